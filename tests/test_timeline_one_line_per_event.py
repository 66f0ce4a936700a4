"""One timeline line per event (issue 12, invented text): the sentences the alignment puts together on one day are
one line citing each source that states the event, in any language and wording, though one source gives details
the others leave out ("from 7.0 percent", "its first emergency move since 2019") or gives the change instead of the
old value ("de 250 points de base"); a figure of the same kind at another value keeps a source off the line (two
values of one measure are a conflict). A day one article wrote ahead and a later one as past is a line of an act
that has happened, citing the report, and the article written ahead is a scheduled line of its own (faithful12).
Found on a new user's trial: a rate rise listed twice on its day, each line citing one source and three sources on
neither."""

from __future__ import annotations

from pathlib import Path

from test_compare_core import compare_texts

RISE = {
    "en": "Ostrava Bank raises key rate\n\nThe Central Bank of Vellmark raised its key policy rate to 8.5 percent "
    "from 6.0 percent on Monday at an emergency meeting, its first such move since 2019, as the crown slid to a "
    "record low. The governor said the bank would act again if needed.",
    "fr": "La banque centrale relève son taux\n\nLa Banque centrale du Vellmark a relevé lundi son taux directeur de "
    "250 points de base, à 8,5 %, lors d'une réunion d'urgence. Le gouverneur a promis d'agir encore si nécessaire.",
    "de": "Zentralbank erhöht Leitzins\n\nDie Zentralbank von Vellmark hat am Montag in einer Notsitzung den "
    "Leitzins von 6 auf 8,5 Prozent angehoben. Der Gouverneur kündigte weitere Schritte an.",
    "es": "El banco central sube los tipos\n\nEl Banco Central de Vellmark elevó el lunes su tipo de interés de "
    "referencia hasta el 8,5 %, en una reunión de emergencia. El gobernador prometió actuar de nuevo.",
    "pl": "Bank centralny podnosi stopy\n\nBank Centralny Vellmarku podniósł w poniedziałek główną stopę procentową "
    "z 6 do 8,5 proc. na nadzwyczajnym posiedzeniu. Prezes banku zapowiedziała dalsze kroki.",
}
PUBLISHED = "2027-03-09"  # a Tuesday: the rise was on Monday 8 March


def _lines(tmp_path: Path, rows: list[tuple[str, str, str, str]], day: str) -> list[tuple[list[int], bool]]:
    comparison = compare_texts(tmp_path, rows)
    return [(line.sources, line.scheduled) for line in comparison.timeline if line.date == day]


def test_one_rate_rise_in_five_languages_is_one_line_citing_every_source(tmp_path: Path) -> None:
    rows = [(lang, f"Outlet {lang}", PUBLISHED, text) for lang, text in RISE.items()]
    lines = _lines(tmp_path, rows, "2027-03-08")
    assert [sources for sources, _ in lines] == [[1, 2, 3, 4, 5]], lines


def test_a_source_giving_the_rate_at_another_value_is_not_cited(tmp_path: Path) -> None:
    other = RISE["de"].replace("von 6 auf 8,5 Prozent", "von 6 auf 9 Prozent")
    rows = [("en", "Outlet en", PUBLISHED, RISE["en"]), ("de", "Outlet de", PUBLISHED, other)]
    lines = _lines(tmp_path, rows, "2027-03-08")
    assert all(sources != [1, 2] for sources, _ in lines), lines


def test_a_day_written_ahead_and_then_past_is_one_line_of_an_act_that_happened(tmp_path: Path) -> None:
    ahead = (
        "Vellmark bank to meet\n\nThe Central Bank of Vellmark will raise its key policy rate to 8.5 percent at an "
        "emergency meeting on Monday, its spokesman said on Saturday. The governor will speak afterwards."
    )
    rows = [("a", "Outlet a", "2027-03-06", ahead), ("en", "Outlet en", PUBLISHED, RISE["en"])]
    lines = _lines(tmp_path, rows, "2027-03-08")
    # the act done is one line citing the report; the article written ahead says only that it was planned: its
    # own scheduled line, not a citation of the act done (faithful12, trial 40)
    assert sorted(lines) == [([1], True), ([2], False)], lines


def test_a_source_giving_part_of_a_count_at_another_value_is_not_cited(tmp_path: Path) -> None:
    wire = (
        "Aid workers freed\n\nThe Tarvel Front released seven aid workers of the relief group Kestrel Aid on Monday, "
        "ending 19 days of captivity in the northern province of Orrin, the government said."
    )
    french = (
        "Otages libérés\n\nSix des sept employés de l'ONG Kestrel Aid enlevés dans la province d'Orrin ont été "
        "libérés lundi par le Front de Tarvel, selon le gouvernement."
    )
    rows = [("en", "Outlet en", PUBLISHED, wire), ("fr", "Outlet fr", PUBLISHED, french)]
    lines = _lines(tmp_path, rows, "2027-03-08")
    assert all(sources != [1, 2] for sources, _ in lines), lines
