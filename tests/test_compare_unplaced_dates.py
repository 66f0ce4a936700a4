"""A relative date with no anchor is never compared as a date (mined set, bench/mined_conflicts, 2 Dec 2026).

Real coverage often comes with no publication date (the mined set's SemEval and ECB+ texts, a pasted page). Then
"last year", "去年", "l'an dernier" or "в прошлом году" place their sentence in no year: the facts stage gives the
date no value, and the comparison took such a sentence as undated, so "去年 ... 750,000 辆汽车" was set against
another outlet's "in 2011, nearly 1.3 million vehicles" as one figure disagreeing (the one wrong mined conflict on
main). Now the sentence is dated to a time that meets no year (``Unit.unanchored``): it is compared with sentences
that give no year, or with other unplaced ones, never with a sentence dated to a year. Invented stories of other
events, in six languages.
"""

from __future__ import annotations

import json

import pytest

from crosswire.compare.claims.values import Reading, SlotComparison
from test_compare_core import compare_texts, fixture_units

# (language, a sentence dated "last year" in that language, the words to find it by)
LAST_YEAR = [
    ("en", "Last year, about 900,000 parcels were screened by the customs programme in Orvel.", "parcels"),
    ("de", "Im vergangenen Jahr wurden beim Zollprogramm in Orvel rund 900.000 Pakete kontrolliert.", "Pakete"),
    ("es", "El año pasado, el programa de aduanas de Orvel revisó unos 900.000 paquetes.", "paquetes"),
    ("fr", "L'an dernier, le programme douanier d'Orvel a contrôlé environ 900 000 colis.", "colis"),
    ("ru", "В прошлом году таможенная программа Орвела проверила около 900 000 посылок.", "посылок"),
    ("zh", "去年，奥维尔海关项目检查了大约 900,000 件包裹。", "包裹"),
]


def _units(tmp_path, language: str, text: str, published: str | None):
    row = {"id": f"a-{language}", "outlet": "Outlet", "published": published, "language": language, "text": text}
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    return fixture_units(tmp_path, path)[1]


@pytest.mark.parametrize(("language", "text", "words"), LAST_YEAR, ids=[x[0] for x in LAST_YEAR])
def test_last_year_with_no_publication_date_is_unplaced(tmp_path, language: str, text: str, words: str) -> None:
    (unit,) = [u for u in _units(tmp_path, language, text, None) if words in u.text]
    assert unit.unanchored
    assert not any(v.kind == "date" for v in unit.values)  # no year is made up for it


@pytest.mark.parametrize(("language", "text", "words"), LAST_YEAR, ids=[x[0] for x in LAST_YEAR])
def test_last_year_with_a_publication_date_is_that_year(tmp_path, language: str, text: str, words: str) -> None:
    (unit,) = [u for u in _units(tmp_path, language, text, "2020-03-04") if words in u.text]
    assert not unit.unanchored
    assert any(v.kind == "date" and v.text_value == "2019" for v in unit.values)


@pytest.mark.parametrize(
    ("text", "unplaced"),
    [
        ("Kestria extended its ban on river cruises until 14 June, the transport ministry said.", False),
        ("Vell missed nine games this season because of the injury, the club said.", False),
        ("The ferry sank on Saturday near Orvel, the coastguard said.", False),
        ("The ferry company was sold four years ago to a Danish group.", True),
        ("The ferry route was opened two years ago by the port of Orvel.", True),
    ],
)
def test_only_a_relative_year_with_no_publication_date_is_unplaced(tmp_path, text: str, unplaced: bool) -> None:
    """A day or a season with no anchor places its sentence within some year, not in another one: a conflict
    between "missed nine games this season" and "missed 10 games, including last Sunday's loss" stays (ECB+)."""
    (unit,) = _units(tmp_path, "en", text, None)
    assert unit.unanchored is unplaced


def test_a_sentence_with_no_date_is_not_unplaced(tmp_path) -> None:
    text = "About 900,000 parcels were screened by the customs programme in Orvel, officials said."
    (unit,) = [u for u in _units(tmp_path, "en", text, None) if "parcels" in u.text]
    assert not unit.unanchored


WIRE_2014 = (
    "Nearly 2.1 million parcels were screened at the height of Orvel's customs programme in 2014, officials said. "
    "The programme ends soon."
)
OTHERS = {
    "en": (
        "Last year, about 900,000 parcels were screened by Orvel's customs programme, officials said. "
        "The programme ends soon."
    ),
    "ru": (
        "В прошлом году таможенная программа Орвела проверила около 900 000 посылок, сообщили чиновники. "
        "Программа скоро закончится."
    ),
}


@pytest.mark.parametrize("language", sorted(OTHERS))
def test_a_year_is_not_set_against_an_unplaced_last_year(tmp_path, language: str) -> None:
    rows = [("wire", "Wire", None, WIRE_2014), (f"{language}-1", "Other", None, OTHERS[language])]
    assert compare_texts(tmp_path, rows).to_dict()["conflicts"] == []


def test_an_undated_figure_still_conflicts_with_a_dated_one(tmp_path) -> None:
    other = "About 900,000 parcels were screened by Orvel's customs programme, officials said. The programme ends soon."
    rows = [("wire", "Wire", None, WIRE_2014), ("en-1", "Other", None, other)]
    conflicts = compare_texts(tmp_path, rows).to_dict()["conflicts"]
    assert len(conflicts) == 1 and "900,000" in conflicts[0]["summary"]


def _side(unit, value) -> list[Reading]:
    return [Reading(unit, value, value.value, value.value, False)]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_two_unplaced_sides_may_still_conflict(tmp_path, language: str) -> None:
    """Both sides dated by a date no anchor places: one time as far as the comparison knows, compared."""
    _, text, words = next(x for x in LAST_YEAR if x[0] == language)
    (a,) = [u for u in _units(tmp_path / "a", language, text, None) if words in u.text]
    other = text.replace("900", "700")
    (b,) = [u for u in _units(tmp_path / "b", language, other, None) if words in u.text]
    va = next(v for v in a.values if v.kind == "count")
    vb = next(v for v in b.values if v.kind == "count")
    b.source = a.source + 1
    cmp = SlotComparison(("count", "", "parcel"), [_side(a, va), _side(b, vb)], aligned=True)
    assert cmp.conflict
