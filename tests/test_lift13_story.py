"""One invented story in English, German and French: the English and French outlets report a peace deal agreed
in principle and not yet signed, the German one that both governments signed it. On 8047466 the three sentences
were one agreed item (the German one lifted by :mod:`crosswire.compare.claims.across_bar` or the translation
check), hiding the outcome conflict; now the signing's two stages (``[polar.signing]`` of
``data/facts_outcomes.toml``) keep it apart and report it as a conflict. Near-misses: the facts all three state
alike (the talks ended on Tuesday, the minister's mediation, the next round on Thursday) stay agreed."""

from __future__ import annotations

import pytest

from crosswire.compare.records import ClaimConflict, ClaimItem, Comparison
from test_compare_core import compare_texts

EN = (
    "Talks between Veloria and Carst on the future of the island of Marn ended in Geneva on Tuesday. "
    "The peace deal was agreed in principle on Tuesday and has yet to be signed by both governments. "
    "Foreign minister Ilse Korven has mediated between the two sides for months. "
    "The next round of talks is scheduled for Thursday."
)
DE = (
    "In Genf sind am Dienstag die Gespräche zwischen Veloria und Carst über die Zukunft der Insel Marn zu Ende "
    "gegangen. Beide Regierungen unterzeichneten am Dienstag das Friedensabkommen. "
    "Außenministerin Ilse Korven vermittelt seit Monaten zwischen beiden Seiten. "
    "Die nächste Gesprächsrunde ist für Donnerstag angesetzt."
)
FR = (
    "Les négociations entre Veloria et Carst sur l'avenir de l'île de Marn se sont achevées mardi à Genève. "
    "Les deux gouvernements ont conclu mardi un accord de principe sur la paix, qui doit encore être signé. "
    "La ministre des Affaires étrangères Ilse Korven joue depuis des mois un rôle de médiatrice entre les deux "
    "camps. Le prochain cycle de négociations est prévu jeudi."
)


@pytest.fixture(scope="module")
def deal(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    rows = [
        ("en1", "Marn Herald", "2026-11-03", EN),
        ("de1", "Genfer Bote", "2026-11-03", DE),
        ("fr1", "Le Courrier de Marn", "2026-11-03", FR),
    ]
    return compare_texts(tmp_path_factory.mktemp("deal"), rows)


def test_signed_and_not_yet_signed_are_no_agreed_item(deal: Comparison) -> None:
    for item in deal.agreed:
        texts = [ev.text for ev in item.evidence]
        signed = any("unterzeichneten" in t for t in texts)
        unsigned = any("in principle" in t or "de principe" in t for t in texts)
        assert not (signed and unsigned), texts


def test_the_signing_is_reported_as_a_conflict(deal: Comparison) -> None:
    found = [
        c for c in deal.conflicts if isinstance(c, ClaimConflict) and c.measure == "whether the agreement was signed"
    ]
    assert len(found) == 1, [c.summary for c in deal.conflicts]
    sides = {s.label: sorted(ev.article for ev in s.evidence) for s in found[0].sides}
    assert sides == {"signed": ["de1"], "not signed": ["en1", "fr1"]}


@pytest.mark.parametrize("words", [("ended in Geneva", "Genf"), ("mediated", "vermittelt"), ("Thursday", "Donnerstag")])
def test_what_all_three_state_alike_stays_agreed(deal: Comparison, words: tuple[str, str]) -> None:
    items = [
        i
        for i in deal.agreed
        if isinstance(i, ClaimItem) and all(any(w in ev.text for ev in i.evidence) for w in words)
    ]
    assert items, [i.summary for i in deal.agreed]
    assert items[0].sources == [1, 2, 3]


def test_the_brief_asks_whether_the_agreement_was_signed(deal: Comparison) -> None:
    """A polar act's label is a question ("whether the agreement was signed"): the brief says "Reports differ on
    whether ...", never "Reports of the whether ..." (lead14, a development trial's brief)."""
    lines = [b.text for b in deal.brief if "whether the agreement was signed" in b.text]
    assert lines and all(t.startswith("Reports differ on whether the agreement was signed") for t in lines), lines
