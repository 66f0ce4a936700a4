"""One fact, one agreed item. A new user's chemical-spill story (an English wire and its re-run, French, German,
Russian, Spanish) listed "prosecutors opened a negligence investigation" as three agreed items ([1][3][5] through
the wire's sentence, [1][2][4] through the re-run's "have opened", and [2][5]), "Romanian authorities in Giurgiu
were alerted" as two (the Russian sentence agreed with the German one alone), and "Petkov blamed a faulty valve",
which all five outlets report, as none (a role conflict on the same sentences dropped the item whole).

By class, with invented text of other events: a re-run's sentence worded a little apart is its original's sentence
(:func:`~crosswire.compare.claims.groups.copy_originals`); a group sharing one sentence with an item joins it when
its other sentence is, across languages, each other's nearest sentence of two or more of the item's other
sentences (:func:`~crosswire.compare.claims.items._same_claim`); an agreed claim across the sides of a time, day or
role conflict keeps one side's sentences (:func:`~crosswire.compare.agreed.checked_against_conflicts`)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from typer.testing import CliRunner

from crosswire.cli import app
from crosswire.compare.agreed import checked_against_conflicts
from crosswire.compare.claims.groups import Group, copy_originals, with_originals
from crosswire.compare.claims.items import _same_claim
from crosswire.compare.records import ClaimConflict, ClaimItem, ConflictSide
from crosswire.model import Evidence

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "agreed8"


def _u(index: int, source: int, article: str, text: str = "", language: str = "en", values: Any = ()) -> Any:
    return SimpleNamespace(
        index=index, source=source, article=article, text=text, language=language, values=list(values)
    )


# -- a re-run's sentence is its original's ---------------------------------------------------------------------
WIRE_OPENED = _u(1, 1, "wire", "Prosecutors in Belmara opened an investigation into negligence.")
RERUN_OPENED = _u(2, 1, "rerun", "Prosecutors in Belmara have opened an investigation into negligence.")
WIRE_OTHER = _u(3, 1, "wire", "The depot belongs to Selvoil, which is owned by the Danish group Norfjell Energy.")
RERUN_OTHER = _u(4, 1, "rerun", "Oil slicks stretched along about 8 km of the river downstream.")
FR = _u(5, 2, "fr", "Le parquet de Belmara a ouvert une enquête pour négligence.", "fr")
RU = _u(6, 4, "ru", "Прокуратура Белмары возбудила дело о халатности.", "ru")
COPIES = {"wire": None, "rerun": "wire", "fr": None, "ru": None}


def test_a_re_runs_sentence_worded_a_little_apart_is_its_originals() -> None:
    originals = copy_originals([WIRE_OPENED, WIRE_OTHER, RERUN_OPENED, RERUN_OTHER, FR, RU], COPIES)
    assert originals == {2: WIRE_OPENED}  # the slicks sentence has no twin in the wire's units given here


def test_another_outlets_sentence_is_no_copy() -> None:
    french_copy = _u(7, 2, "fr2", WIRE_OPENED.text)  # word for word, but another source: no re-run of the wire
    assert copy_originals([WIRE_OPENED, french_copy], {"wire": None, "fr2": "wire"}) == {}


def test_a_re_run_giving_another_value_is_no_copy() -> None:
    wire = _u(1, 1, "wire", "Twelve people were killed.", values=[SimpleNamespace(kind="count", value=12.0)])
    rerun = _u(2, 1, "rerun", "Fourteen people were killed.", values=[SimpleNamespace(kind="count", value=14.0)])
    assert copy_originals([wire, rerun], {"wire": None, "rerun": "wire"}) == {}


def test_groups_through_a_re_run_cite_the_originals_sentence() -> None:
    through_wire = Group(units=[WIRE_OPENED, FR], score=0.6)
    through_rerun = Group(units=[RERUN_OPENED, RU], score=0.6)
    out = with_originals([through_wire, through_rerun], {2: WIRE_OPENED})
    assert out[0] is through_wire
    assert out[1].units == [WIRE_OPENED, RU] and out[1].score == 0.6


# -- a sentence each other's nearest, across languages, of the item's other sentences ----------------------------
EN, DE, ES, FR2 = (
    _u(11, 1, "en", "en"),
    _u(12, 3, "de", "de", "de"),
    _u(13, 5, "es", "es", "es"),
    _u(14, 2, "fr", "", "fr"),
)
RU2 = _u(15, 4, "ru", "ru", "ru")


def _never(_a: Any, _b: Any) -> bool:
    return False


def _pairs(*pairs: tuple[Any, Any]) -> Any:
    keys = {frozenset((a.index, b.index)) for a, b in pairs}
    return lambda a, b: frozenset((a.index, b.index)) in keys


def test_a_sentence_each_others_nearest_of_the_items_other_sentences_joins_it() -> None:
    item = [EN, FR2, DE, ES]  # the alert agreed by four sources
    group = [RU2, DE]  # the Russian sentence agreed with the German one alone
    mutual = _pairs((RU2, EN), (RU2, FR2), (RU2, ES))
    assert _same_claim(group, item, EN, _never, _never, mutual)


def test_one_missing_nearest_keeps_the_group_apart() -> None:
    item = [EN, FR2, DE, ES]
    mutual = _pairs((RU2, EN), (RU2, FR2))  # the Spanish sentence's nearest Russian one is another
    assert not _same_claim([RU2, DE], item, EN, _never, _never, mutual)


def test_an_item_of_two_sentences_is_not_joined_by_nearest_alone() -> None:
    item = [EN, DE]  # one other sentence: one tie is no agreement
    assert not _same_claim([RU2, DE], item, EN, _never, _never, _pairs((RU2, EN)))


def test_nearest_within_one_language_ties_nothing() -> None:
    en2 = _u(16, 4, "en2", "en")
    item = [EN, FR2, DE, ES]
    mutual = _pairs((en2, EN), (en2, FR2), (en2, ES))
    assert not _same_claim([en2, DE], item, EN, _never, _never, mutual)


# -- an agreed claim across a role conflict keeps one side -----------------------------------------------------
def _ev(article: str, text: str) -> Evidence:
    return Evidence(article=article, outlet=article, text=text, start=0, end=len(text))


VALVE = {
    "en": "Lukas Varga, the depot manager, blamed a corroded joint.",
    "fr": "Lukas Varga, directeur général de Selvoil, a mis en cause un joint corrodé.",
    "de": "Depotleiter Lukas Varga machte eine korrodierte Verbindung verantwortlich.",
    "ru": "Управляющий нефтебазой Лукас Варга объяснил аварию коррозией соединения.",
    "es": "Lukas Varga, gerente del depósito, atribuyó el accidente a una junta corroída.",
}
SOURCE_OF = {"en": 1, "fr": 2, "de": 3, "ru": 4, "es": 5}


def _valve_item() -> ClaimItem:
    return ClaimItem(
        summary=VALVE["en"], sources=[1, 2, 3, 4, 5], evidence=[_ev(a, t) for a, t in VALVE.items()], score=0.8
    )


def _conflict(reason: str, sides: list[tuple[str, list[str]]]) -> ClaimConflict:
    out = [
        ConflictSide(label=label, sources=[SOURCE_OF[a] for a in arts], evidence=[_ev(a, VALVE[a]) for a in arts])
        for label, arts in sides
    ]
    return ClaimConflict(
        summary="",
        sources=sorted({n for s in out for n in s.sources}),
        evidence=[ev for s in out for ev in s.evidence],
        measure="role of Lukas Varga",
        reason=reason,
        explanation="",
        sides=out,  # type: ignore[arg-type]
    )


def test_an_agreed_claim_across_a_role_conflict_keeps_the_larger_side() -> None:
    role = _conflict("different role", [("directeur général", ["fr"]), ("Управляющий", ["ru", "de"])])
    [kept] = checked_against_conflicts([_valve_item()], [role], SOURCE_OF)
    assert kept.sources == [1, 3, 4, 5]  # the French sentence, on the other side, is the conflict's to show
    assert kept.summary == VALVE["en"]


def test_an_agreed_claim_across_a_value_conflict_is_still_dropped() -> None:
    toll = _conflict("different value", [("3", ["fr"]), ("5", ["ru"])])  # the value is the claim
    assert checked_against_conflicts([_valve_item()], [toll], SOURCE_OF) == []


def test_one_source_left_is_no_agreed_claim() -> None:
    two = ClaimItem(summary=VALVE["fr"], sources=[2, 4], evidence=[_ev("fr", VALVE["fr"]), _ev("ru", VALVE["ru"])])
    role = _conflict("different role", [("directeur général", ["fr"]), ("Управляющий", ["ru"])])
    assert checked_against_conflicts([two], [role], SOURCE_OF) == []


# -- end to end: an invented diesel spill (wire, its re-run, fr, de, ru, es) -----------------------------------
@pytest.fixture(scope="module")
def spill() -> dict[str, Any]:
    result = CliRunner().invoke(app, ["compare", *map(str, sorted(FIXTURES.glob("*.jsonl"))), "--json"])
    assert result.exit_code == 0, result.output
    (story,) = json.loads(result.stdout)["stories"]
    return story


INVESTIGATION = ("investigation", "enquête", "ermittelt", "дело", "investigación")


def test_one_investigation_one_agreed_item(spill: dict[str, Any]) -> None:
    items = [it for it in spill["agreed"] if any(w in ev["text"] for ev in it["evidence"] for w in INVESTIGATION)]
    assert len(items) == 1, [it["summary"] for it in items]
    [item] = items
    wire = next(s["n"] for s in spill["sources"] if "bel-wire" in s["articles"])
    cited = [ev["article"] for ev in item["evidence"] if ev["article"] in ("bel-wire", "bel-rerun")]
    assert cited == ["bel-wire"] and wire in item["sources"]  # the source once, by the original's sentence
    assert len(item["sources"]) >= 3


def test_no_source_cites_two_sentences_in_one_agreed_item(spill: dict[str, Any]) -> None:
    source_of = {a: s["n"] for s in spill["sources"] for a in s["articles"]}
    for item in spill["agreed"]:
        if item["kind"] != "claim":
            continue
        cited = [source_of[ev["article"]] for ev in item["evidence"]]
        assert len(cited) == len(set(cited)), item["summary"]


def test_a_group_holding_a_sentence_and_its_copy_holds_it_once() -> None:
    both = Group(units=[WIRE_OPENED, RERUN_OPENED, FR], score=1.0)  # as ages of one person are grouped
    [out] = with_originals([both], {2: WIRE_OPENED})
    assert out.units == [WIRE_OPENED, FR]
