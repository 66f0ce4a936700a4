"""Speed cuts of the tenth pass (issue 12), each checked against the code it replaces, kept here.

Marked single-source facts (:func:`crosswire.compare.claims.single_marked.marked_facts`) run their pure tests
cheapest first: a story without embeddings (one source) marks nothing, and the agent phrases of ``fact_mark`` are
read last. The items must be the same as with the old order, on invented stories in several languages. The texts
are invented (a ferry that ran aground at an island pier)."""

from __future__ import annotations

import pytest

from crosswire.compare import stage as stage_mod
from crosswire.compare.claims import single_marked
from crosswire.compare.claims.items import evidence
from crosswire.compare.claims.single_sentences import novel_names
from crosswire.compare.records import EventItem
from test_compare_core import compare_texts

FERRY_EN = (
    "The ferry Marisol ran aground at the pier of Kestra island on Sunday morning, the harbour office said. "
    "All 112 passengers were taken ashore by lifeboats. Nobody was hurt. "
    "The ferry's operator, Lindqvist Lines, is owned by the Danish group Aarhus Maritime Holding. "
    "Coast guard inspectors boarded the ship to examine the damaged hull."
)
FERRY_DE = (
    "Die Fähre Marisol ist am Sonntagmorgen am Anleger der Insel Kestra auf Grund gelaufen. "
    "Alle 112 Passagiere wurden mit Rettungsbooten an Land gebracht. Verletzt wurde niemand. "
    "Die Staatsanwaltschaft leitete ein Ermittlungsverfahren gegen den Kapitän ein."
)
FERRY_ES = (
    "El ferri Marisol encalló el domingo por la mañana en el muelle de la isla de Kestra. "
    "Los 112 pasajeros fueron llevados a tierra en botes salvavidas. Nadie resultó herido. "
    "La policía portuaria precintó el puente de mando del barco."
)
FERRY_RU = (
    "Паром «Марисоль» в воскресенье утром сел на мель у причала острова Кестра. "
    "Всех 112 пассажиров доставили на берег на спасательных шлюпках. Никто не пострадал. "
    "Следователи изъяли судовой журнал парома."
)


def _old_marked_facts(found, data, covered):  # the order before this pass, kept to compare with
    novel = novel_names(found.units)
    out = []
    for u in found.units:
        if (u.article, u.claim.start) in covered or u.index in found.copied or not single_marked._statement(u):
            continue
        if (
            single_marked.fact_mark(u, novel) is None
            or single_marked.best_score(u, found) >= single_marked.NO_MATCH_BAR
        ):
            continue
        cos = single_marked.nearest_cosine(u, found)
        if cos is None or cos >= single_marked.NEAR_COSINE:
            continue
        out.append(EventItem(summary=u.text, sources=[u.source], evidence=[evidence(data, u)]))
    return out


STORIES = [
    [("f-en", "Island Wire", "2025-06-02", FERRY_EN), ("f-de", "Küstenblatt", "2025-06-02", FERRY_DE)],
    [
        ("f-en", "Island Wire", "2025-06-02", FERRY_EN),
        ("f-es", "Diario del Puerto", "2025-06-02", FERRY_ES),
        ("f-ru", "Морские вести", "2025-06-02", FERRY_RU),
    ],
    [("f-en", "Island Wire", "2025-06-02", FERRY_EN)],
]


@pytest.mark.parametrize("rows", STORIES, ids=["en-de", "en-es-ru", "one-source"])
def test_marked_facts_are_those_of_the_old_order(tmp_path, monkeypatch, rows) -> None:
    calls: list[int] = []

    def both(found, data, covered):
        new = single_marked.marked_facts(found, data, covered)
        old = _old_marked_facts(found, data, covered)
        assert [i.to_dict() for i in new] == [i.to_dict() for i in old]
        calls.append(len(new))
        return new

    monkeypatch.setattr(stage_mod, "marked_facts", both)
    compare_texts(tmp_path, rows)
    assert calls  # the stage read marked facts


def test_the_story_with_marks_gives_them(tmp_path) -> None:
    # the cut must not make the check above vacuous: a marked fact one source alone gives is still found
    c = compare_texts(tmp_path, STORIES[1])
    singles = [it.summary for it in c.single_source]
    assert any("Следователи изъяли" in s or "Aarhus Maritime" in s or "policía portuaria" in s for s in singles)


def test_a_story_without_embeddings_reads_no_agent_phrase(tmp_path, monkeypatch) -> None:
    # one source: nothing is embedded, so no sentence can pass the encoder test; the agent phrases (~400 patterns
    # a language) are not read at all (before this pass every whole statement of the story was read)
    def fail(*_a, **_k):
        raise AssertionError("fact_mark read on a story without embeddings")

    monkeypatch.setattr(single_marked, "fact_mark", fail)
    compare_texts(tmp_path, STORIES[2])
