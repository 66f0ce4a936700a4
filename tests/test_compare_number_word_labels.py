"""Number words read as values in every language we read, and a conflict side labelled from its value in the
reader's language (`facts/languages/numbers.py`, `compare/claims/items.side_text`, `data/languages.toml`).

The class (a new user's pension-fund story, issue 12): a side read "About 12,000 / about zwölftausend" (an English
qualifier beside the German number word) and the Spanish "Unos doce mil" was left off the 12,000 side ("mil" was read
as a second count, 1,000, so the sentence gave two counts of one measure). Now: spelled-out numbers with a scale
word are one figure ("doce mil", "douze mille", "dodicimila", "dwanaście tysięcy", "zwölftausend"); a side's label
is the value in English ("About 12,000", the English source's words, and "about 12,000" for "Rund zwölftausend":
one label) whatever the source wrote, once; a Polish "mln koron" is a sum in crowns,
not a count; a name before a number and a scale word does not swallow the number ("Corvan Meddle 63 Millionen
Euro"); an English "31-metre trawler" is a quantity of 31 metres. Invented sentences.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from crosswire.compare.claims.items import side_label
from crosswire.compare.claims.values import Reading
from crosswire.facts.records import Value
from invented import paragraph_facts

DAY = "2026-06-02"


def _figures(language: str, text: str) -> list[tuple[str, float, str, str | None]]:
    facts = paragraph_facts(language, text, DAY)
    return [(f.text, float(f.value), f.type, f.currency) for f in facts.figures if f.value is not None]


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("de", "Rund zwölftausend Rentner verloren ihre Ersparnisse.", "Rund zwölftausend"),
        ("es", "Unos doce mil jubilados perdieron sus ahorros.", "Unos doce mil"),
        ("fr", "Environ douze mille retraités ont perdu leurs économies.", "Environ douze mille"),
        ("it", "Circa dodicimila pensionati hanno perso i risparmi.", "Circa dodicimila"),
        ("pl", "Około dwanaście tysięcy emerytów straciło oszczędności.", "Około dwanaście tysięcy"),
        ("es", "Doce mil jubilados perdieron sus ahorros.", "Doce mil"),
        ("fr", "Douze mille retraités ont perdu leurs économies.", "Douze mille"),
    ],
)
def test_a_number_word_and_its_scale_word_are_one_figure(language: str, text: str, words: str) -> None:
    assert _figures(language, text) == [(words, 12000.0, "count", None)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "Kuter był ubezpieczony na kwotę 1,8 mln koron."),
        ("pl", "Armator otrzymał 1,8 mln koron odszkodowania."),
        ("be", "Суднаўладальнік атрымаў 1,8 млн крон."),
    ],
)
def test_crowns_are_a_sum_not_a_count(language: str, text: str) -> None:
    assert [(v, t, c) for _, v, t, c in _figures(language, text)] == [(1_800_000.0, "money", "crown")]


def test_a_name_before_a_sum_leaves_the_number_to_the_sum() -> None:
    found = _figures("de", "Laut Anklage soll Corvan Meddle 63 Millionen Euro abgezweigt haben.")
    assert [(v, t, c) for _, v, t, c in found] == [(63_000_000.0, "money", "EUR")]


def _reading(language: str, source: int, text: str, value: Value) -> Reading:
    value.start, value.end = text.index(value.text), text.index(value.text) + len(value.text)
    unit = SimpleNamespace(language=language, source=source, index=source, text=text, claim=SimpleNamespace(start=0))
    return Reading(unit=unit, value=value, low=value.value or 0.0, high=value.value or 0.0, vague=False)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "text", "written", "qualifier"),
    [
        ("de", "Rund zwölftausend Rentner verloren ihre Ersparnisse.", "Rund zwölftausend", "Rund"),
        ("es", "Unos doce mil jubilados perdieron sus ahorros.", "Unos doce mil", "Unos"),
        ("fr", "Environ douze mille retraités ont perdu leurs économies.", "Environ douze mille", "Environ"),
        ("it", "Circa dodicimila pensionati hanno perso i risparmi.", "Circa dodicimila", "Circa"),
        ("pl", "Około dwanaście tysięcy emerytów straciło oszczędności.", "Około dwanaście tysięcy", "Około"),
    ],
)
def test_a_side_is_labelled_by_its_value_in_english(language: str, text: str, written: str, qualifier: str) -> None:
    english = "About 12,000 pensioners lost their savings."
    side = [
        _reading(
            "en", 1, english, Value(kind="count", text="About 12,000", start=0, end=0, value=12000.0, qualifier="about")
        ),
        _reading(
            language, 2, text, Value(kind="count", text=written, start=0, end=0, value=12000.0, qualifier=qualifier)
        ),
    ]
    assert side_label(side) == "About 12,000"


def test_a_sum_with_a_qualifier_is_labelled_in_english() -> None:
    text = "Según la fiscalía, desvió unos 84 millones de euros."
    v = Value(kind="money", text="unos 84 millones de euros", start=0, end=0, value=84e6, unit="EUR", qualifier="unos")
    assert side_label([_reading("es", 1, text, v)]) == "about 84 million euros"


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("The 31-metre trawler sank off the cape.", "31-metre", 31.0, "metre"),
        ("A 12-tonne load fell from the crane.", "12-tonne", 12.0, "tonne"),
        ("Crews cleared a 4-kilometre stretch of the road.", "4-kilometre", 4.0, "kilometre"),
    ],
)
def test_a_number_and_a_unit_written_as_one_adjective_is_a_quantity(
    text: str, written: str, value: float, unit: str
) -> None:
    found = [(f.text, float(f.value), f.type, f.unit) for f in paragraph_facts("en", text, DAY).figures]
    assert found == [(written, value, "quantity", unit)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [("A 10-year-old boy was hurt.", "age"), ("The 5-day strike ended on Friday.", "duration")],
)
def test_an_age_or_a_length_of_time_is_no_quantity(text: str, kind: str) -> None:
    assert [f.type for f in paragraph_facts("en", text, DAY).figures] == [kind]
