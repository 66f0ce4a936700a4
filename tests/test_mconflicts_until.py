"""The day a measure ends, compared across sources in every language read (crosswire.compare.claims.until_dates,
data/until_dates.toml). The mined conflicts' tune half holds "extended a warning against international travel until
14 June" [en] against "bis 3. Mai, eine weltweite Reisewarnung" [de]: the two sentences scored 0.25 and the two end
days were never compared. Invented text: a curfew extended in Moldova. Near-misses: one end day written two ways, a
deadline and its extension told by one source, two measures (a curfew and a ban), two countries' curfews, and a
count after "do" / "до" (no date)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.until_dates import _compatible, end_day
from crosswire.facts.records import Value
from test_compare_core import compare_texts

EN = (
    "Moldova extends curfew\n\nThe government of Moldova has extended the curfew until {day}, the interior ministry "
    "said. Shops and restaurants remain closed across the country."
)
OTHER = {
    "de": "Moldau verlängert Ausgangssperre\n\nDie Regierung der Republik Moldau hat die Ausgangssperre bis zum 3. Mai "
    "verlängert, teilte das Innenministerium mit. Geschäfte und Restaurants bleiben geschlossen.",
    "fr": "La Moldavie prolonge le couvre-feu\n\nLe gouvernement de la Moldavie a prolongé le couvre-feu "
    "jusqu'au 3 mai, a indiqué le ministère de l'Intérieur. Les magasins et les restaurants restent fermés.",
    "es": "Moldavia prorroga el toque de queda\n\nEl Gobierno de Moldavia prorrogó el toque de queda hasta el 3 "
    "de mayo, informó el Ministerio del Interior. Las tiendas y los restaurantes siguen cerrados.",
    "it": "La Moldavia proroga il coprifuoco\n\nIl governo della Moldavia ha prorogato il coprifuoco fino al 3 "
    "maggio, ha comunicato il ministero dell'Interno. Negozi e ristoranti restano chiusi.",
    "pt": "Moldávia prorroga toque de recolher\n\nO governo da Moldávia prorrogou o toque de recolher até 3 de maio, "
    "informou o Ministério do Interior. As lojas e os restaurantes continuam fechados.",
    "ru": "Молдавия продлила комендантский час\n\nПравительство Молдавии продлило комендантский час до 3 мая, сообщило "
    "министерство внутренних дел. Магазины и рестораны остаются закрытыми.",
    "uk": "Молдова продовжила комендантську годину\n\nУряд Молдови продовжив комендантську годину до 3 травня, "
    "повідомило міністерство внутрішніх справ. Магазини та ресторани залишаються зачиненими.",
    "pl": "Mołdawia przedłuża godzinę policyjną\n\nRząd Mołdawii przedłużył godzinę policyjną do 3 maja, poinformowało "
    "ministerstwo spraw wewnętrznych. Sklepy i restauracje pozostają zamknięte.",
}


def _ends(tmp_path: Path, a: str, b: str) -> list[str]:
    rows = [("a", "Outlet A", "2026-04-20", a), ("b", "Outlet B", "2026-04-20", b)]
    return [c.summary for c in compare_texts(tmp_path, rows).conflicts if c.summary.startswith("End of the")]


@pytest.mark.parametrize("language", sorted(OTHER))
def test_two_end_days_of_one_curfew_are_a_conflict(tmp_path: Path, language: str) -> None:
    found = _ends(tmp_path, EN.format(day="14 June"), OTHER[language])
    assert len(found) == 1 and "until 14 June" in found[0] and "curfew" in found[0], found


def test_two_english_outlets_on_two_end_days(tmp_path: Path) -> None:
    b = EN.format(day="3 May").replace("The government of Moldova has extended", "Moldova's government extended")
    assert _ends(tmp_path, EN.format(day="14 June"), b) == ["End of the curfew: until 14 June [1] vs until 3 May [2]"]


def test_one_end_day_written_two_ways_is_no_conflict(tmp_path: Path) -> None:
    assert not _ends(tmp_path, EN.format(day="May 3"), OTHER["de"])


def test_a_deadline_and_its_extension_told_by_one_source_is_no_conflict(tmp_path: Path) -> None:
    a = EN.format(day="14 June") + " The curfew had first been set to run until 3 May."
    assert not _ends(tmp_path, a, OTHER["de"])


def test_a_curfew_and_a_ban_are_two_measures(tmp_path: Path) -> None:
    b = OTHER["de"].replace(
        "die Ausgangssperre bis zum 3. Mai verlängert", "das Versammlungsverbot bis zum 3. Mai verlängert"
    )
    assert not _ends(tmp_path, EN.format(day="14 June"), b)


def test_two_countries_curfews_are_two_measures(tmp_path: Path) -> None:
    b = OTHER["de"].replace("Republik Moldau", "Ukraine").replace("Moldau verlängert", "Ukraine verlängert")
    assert not _ends(tmp_path, EN.format(day="14 June"), b)


def test_a_count_after_do_is_no_end_day(tmp_path: Path) -> None:
    b = OTHER["pl"].replace("do 3 maja", "do 3 tysięcy osób")
    assert not _ends(tmp_path, EN.format(day="14 June"), b)


@pytest.mark.parametrize(
    ("text_value", "day"),
    [("2020-06-14", (6, 14, 2020)), ("--05-03", (5, 3, None)), ("2020-06", (6, None, 2020)), ("2020", None)],
)
def test_end_day_reads_days_and_months_only(text_value: str, day: tuple[int, int | None, int | None] | None) -> None:
    assert end_day(Value(kind="date", text="x", start=0, end=1, text_value=text_value)) == day


def test_a_month_is_compatible_with_any_day_of_it() -> None:
    assert _compatible((6, None, None), (6, 14, 2020))
    assert not _compatible((5, 3, None), (6, 14, None))
    assert not _compatible((6, 14, 2020), (6, 14, 2021))
