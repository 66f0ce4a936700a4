"""A day and month written without a year in articles with no publication date (invented text).

Real coverage often comes undated (the mined set's SemEval and ECB+ texts, a pasted page): the English reader left
"on 3 May" with no value at all and the German one put "am 3. Mai" in the current year, so two undated outlets'
"arrested on 3 May" / "am 5. Mai festgenommen" were never compared as days. Now every reader keeps such a day as
a day of no known year (``DateFact.month_day``, "--05-03"; ``value`` stays None: no year is made up, in any
language), and the comparison sets it against another outlet's day of no known year as a different day, never
against a dated article's day of a known year.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosswire.compare.claims.slots import UNPLACED
from test_compare_core import compare_texts, fixture_units

EN = (
    "Suspect held over Orvel depot fire\n\n"
    "Police arrested a 31-year-old man on {day} over the fire that destroyed a fuel depot in Orvel, officials said. "
    "The blaze burned for eleven hours before firefighters put it out."
)
# (language, the same report with the day written in the language, the day's span, its month-day)
OTHERS = [
    (
        "de",
        "Festnahme nach Brand in Orvel\n\nDie Polizei hat am {day} einen Mann wegen des Brandes festgenommen, der ein "
        "Tanklager in Orvel zerstört hatte, teilten die Behörden mit.",
        {"3": "3. Mai", "5": "5. Mai"},
    ),
    (
        "es",
        "Detenido por el incendio de Orvel\n\nLa policía detuvo el {day} a un hombre por el incendio que destruyó un "
        "depósito de combustible en Orvel, informaron las autoridades.",
        {"3": "3 de mayo", "5": "5 de mayo"},
    ),
    (
        "it",
        "Arrestato per l'incendio di Orvel\n\nLa polizia ha arrestato il {day} un uomo per l'incendio che ha distrutto "
        "un deposito di carburante a Orvel, hanno comunicato le autorità.",
        {"3": "3 maggio", "5": "5 maggio"},
    ),
    (
        "pl",
        "Zatrzymanie po pożarze w Orvel\n\nPolicja zatrzymała {day} mężczyznę w związku z pożarem, który zniszczył "
        "skład paliw w Orvel, poinformowały władze.",
        {"3": "3 maja", "5": "5 maja"},
    ),
    (
        "ru",
        "Задержан подозреваемый в поджоге в Орвеле\n\nПолиция задержала {day} мужчину по делу о пожаре, уничтожившем "
        "топливный склад в Орвеле, сообщили власти.",
        {"3": "3 мая", "5": "5 мая"},
    ),
]


def _facts(tmp_path: Path, language: str, text: str, published: str | None):
    row = {"id": f"a-{language}", "outlet": "Outlet", "published": published, "language": language, "text": text}
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    data, units = fixture_units(tmp_path, path)
    ((_aid, facts, _body),) = list(data.with_facts())
    return facts, units


@pytest.mark.parametrize(("language", "text", "days"), OTHERS, ids=[o[0] for o in OTHERS])
def test_an_undated_day_and_month_is_a_day_of_no_year_in_every_language(tmp_path, language, text, days) -> None:
    facts, units = _facts(tmp_path, language, text.format(day=days["3"]), None)
    (fact,) = [d for d in facts.dates if d.text.startswith("3")]
    assert fact.value is None  # no year made up (the German reader put it in the current year)
    assert fact.month_day == "--05-03"
    (value,) = [v for u in units for v in u.values if v.kind == "date"]
    assert value.text_value == "--05-03"


def test_the_english_reader_keeps_the_day_of_no_year(tmp_path) -> None:
    facts, _units = _facts(tmp_path, "en", EN.format(day="3 May"), None)
    (fact,) = [d for d in facts.dates if "May" in d.text]
    assert (fact.value, fact.month_day) == (None, "--05-03")


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_a_dated_article_places_the_day_in_its_year(tmp_path, language) -> None:
    text = EN.format(day="3 May") if language == "en" else {o[0]: o for o in OTHERS}[language][1]
    if language != "en":
        text = text.format(day={o[0]: o[2] for o in OTHERS}[language]["3"])
    facts, _units = _facts(tmp_path, language, text, "2026-05-06")
    (fact,) = [d for d in facts.dates if d.text.startswith(("3", "May"))]
    assert (fact.value, fact.month_day) == ("2026-05-03", None)


Dates = tuple[str | None, str | None]


def _story(tmp_path: Path, other: tuple[str, str, dict[str, str]], days: tuple[str, str], dates: Dates):
    language, text, written = other
    rows = [
        ("wire", "Orvel Wire", dates[0], EN.format(day=f"{days[0]} May")),
        (f"{language}-1", f"Outlet {language}", dates[1], text.format(day=written[days[1]])),
    ]
    return [(c.summary, c.reason) for c in compare_texts(tmp_path, rows).conflicts]


@pytest.mark.parametrize("other", OTHERS, ids=[o[0] for o in OTHERS])
def test_two_undated_outlets_days_differ(tmp_path, other) -> None:
    conflicts = _story(tmp_path, other, ("3", "5"), (None, None))
    assert any(reason == "different day" for _s, reason in conflicts), conflicts


@pytest.mark.parametrize("other", OTHERS[:2], ids=[o[0] for o in OTHERS[:2]])
def test_two_undated_outlets_giving_one_day_agree(tmp_path, other) -> None:
    conflicts = _story(tmp_path, other, ("3", "3"), (None, None))
    assert not any(reason == "different day" for _s, reason in conflicts), conflicts


def test_two_undated_english_outlets_days_differ(tmp_path) -> None:
    other = ("en", EN.replace("Police arrested", "Officers arrested"), {"5": "5 May"})
    conflicts = _story(tmp_path, other, ("3", "5"), (None, None))
    assert any(reason == "different day" for _s, reason in conflicts), conflicts


@pytest.mark.parametrize("other", OTHERS[:2], ids=[o[0] for o in OTHERS[:2]])
def test_an_undated_day_is_never_set_against_a_dated_one(tmp_path, other) -> None:
    # the dated article's 3 May is of 2026; the undated one's 5 May of no known year: not comparable
    conflicts = _story(tmp_path, other, ("3", "5"), ("2026-05-06", None))
    assert not any(reason == "different day" for _s, reason in conflicts), conflicts


def test_the_slot_of_an_undated_day_is_its_own(tmp_path) -> None:
    from crosswire.compare.claims.slots import slot_of

    units = _facts(tmp_path, "en", EN.format(day="3 May"), None)[1]

    (unit,) = [u for u in units if "arrested" in u.text]
    (value,) = [v for v in unit.values if v.kind == "date"]
    slot = slot_of(unit, value, {})
    assert slot is not None and slot[0] == "day" and slot[-1] == UNPLACED
