"""conf13 (thirteenth pass): a magnitude word in the genitive singular after a qualifier that takes the genitive
("около тысячи человек", "более миллиона", "близько тисячі людей", "około tysiąca osób") is about (more than) one of
it, not the plural's 1,000-10,000 nor nothing (data/singular_magnitudes.toml ``genitive``); and a plural of a
scale word is more than one of it ("Millionen", "millones de", "thousands": crosswire.compare.rounding.vague_bottom),
so "Millionen" against "1 Million" is vague against precise, never agreed. Near-misses: the plural without a
qualifier ("тысячи людей") and after a numeral ("две тысячи") read as before; "about a thousand" against 1,000 and
"millions" against "about a million" stay compatible."""

from __future__ import annotations

from pathlib import Path

import pytest

from invented import paragraph_facts
from test_compare_core import compare_texts

PUBLISHED = "2026-11-02"


def _counts(language: str, text: str) -> list[tuple[float | None, float | None, float | None, str | None]]:
    facts = paragraph_facts(language, text, PUBLISHED)
    return [(f.value, f.low, f.high, f.qualifier) for f in facts.figures if f.type == "count"]


@pytest.mark.parametrize(
    ("language", "text", "value", "qualifier"),
    [
        ("ru", "На площадь вышли около тысячи человек.", 1000.0, "около"),
        ("ru", "На площадь вышли около миллиона человек.", 1e6, "около"),
        ("ru", "На площадь вышли более тысячи человек.", 1000.0, "более"),
        ("uk", "На площу вийшли близько тисячі людей.", 1000.0, "близько"),
        ("uk", "На площу вийшли більше мільйона людей.", 1e6, "більше"),
        ("pl", "Na plac wyszło około tysiąca osób.", 1000.0, "około"),
        ("pl", "Na plac wyszło ok. tysiąca osób.", 1000.0, "ok."),
        ("pl", "Na plac wyszło blisko miliona osób.", 1e6, "blisko"),
    ],
)
def test_a_genitive_magnitude_after_a_qualifier_is_one_of_it(
    language: str, text: str, value: float, qualifier: str
) -> None:
    assert [(v, q) for v, _low, _high, q in _counts(language, text)] == [(value, qualifier)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "На площадь вышли тысячи человек.", (None, 1000.0, 10000.0, "тысячи")),
        ("uk", "На площу вийшли тисячі людей.", (None, 1000.0, 10000.0, "тисячі")),
        ("pl", "Na plac wyszły tysiące osób.", (None, 1000.0, 10000.0, "tysiące")),
        ("ru", "На площадь вышли две тысячи человек.", (2000.0, None, None, None)),
    ],
)
def test_the_plural_and_a_numbered_magnitude_read_as_before(
    language: str, text: str, expected: tuple[float | None, float | None, float | None, str | None]
) -> None:
    assert _counts(language, text) == [expected]


RU = (
    "Протест в Варене\n\nВ субботу в Варене {a} человек вышли на улицы против закрытия больницы. Полиция не сообщила "
    "об инцидентах.",
    "Марш против закрытия больницы\n\nПротив закрытия больницы в субботу в Варене вышли на улицы {b} человек, "
    "сообщили организаторы.",
)
UK = (
    "Протест у Варені\n\nУ суботу у Варені {a} людей вийшли на вулиці проти закриття лікарні. Поліція не повідомила "
    "про інциденти.",
    "Марш проти закриття лікарні\n\nПроти закриття лікарні в суботу у Варені на вулиці вийшли {b} людей, повідомили "
    "організатори.",
)
ES = (
    "Protesta en Varena\n\nEn Varena se manifestaron el sábado {a} personas contra el cierre del hospital. La policía "
    "no registró incidentes.",
    "Marcha contra el cierre\n\nContra el cierre del hospital salieron a la calle el sábado en Varena {b} personas, "
    "según los organizadores.",
)


def _conflicts(tmp_path: Path, texts: tuple[str, str], a: str, b: str) -> list[tuple[str, str]]:
    rows = [
        ("a", "Outlet A", PUBLISHED, texts[0].format(a=a)),
        ("b", "Outlet B", PUBLISHED, texts[1].format(b=b)),
    ]
    return [(c.reason, c.summary) for c in compare_texts(tmp_path, rows).conflicts]


@pytest.mark.parametrize(
    ("texts", "a", "b"),
    [(RU, "около тысячи", "1500"), (UK, "близько тисячі", "3000")],
)
def test_about_a_thousand_against_another_figure_conflicts(
    tmp_path: Path, texts: tuple[str, str], a: str, b: str
) -> None:
    found = _conflicts(tmp_path, texts, a, b)
    assert [r for r, s in found if "1,000" in s] == ["different value"], found


@pytest.mark.parametrize(("texts", "a", "b"), [(RU, "около тысячи", "1000"), (RU, "миллионы", "около миллиона")])
def test_compatible_magnitudes_are_no_conflict(tmp_path: Path, texts: tuple[str, str], a: str, b: str) -> None:
    assert _conflicts(tmp_path, texts, a, b) == []


def test_millions_against_one_million_is_vague_against_precise(tmp_path: Path) -> None:
    found = _conflicts(tmp_path, ES, "millones de", "un millón de")
    assert [r for r, _s in found] == ["vague vs precise"], found
