"""Speed cuts of the tenth pass (issue 12): the behaviours they keep.

Marked single-source facts (:func:`crosswire.compare.claims.single_marked.marked_facts`) run their pure tests
cheapest first: a story without embeddings (one source) marks nothing, and the agent phrases of ``fact_mark`` are
read last. Their outputs were checked identical to the old order's on the 181 real pages (`bench/same_output.py`,
bench/RESULTS-compare.md "speed10"); a copy of the old order kept here would rot as the function changes, so what
stays are the behaviours: a marked fact is still found, and a story without embeddings reads no agent phrase. The
texts are invented (a ferry that ran aground at an island pier)."""

from __future__ import annotations

from crosswire.compare.claims import single_marked
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


STORIES = [
    [("f-en", "Island Wire", "2025-06-02", FERRY_EN), ("f-de", "Küstenblatt", "2025-06-02", FERRY_DE)],
    [
        ("f-en", "Island Wire", "2025-06-02", FERRY_EN),
        ("f-es", "Diario del Puerto", "2025-06-02", FERRY_ES),
        ("f-ru", "Морские вести", "2025-06-02", FERRY_RU),
    ],
    [("f-en", "Island Wire", "2025-06-02", FERRY_EN)],
]


def test_the_story_with_marks_gives_them(tmp_path) -> None:
    # the cut keeps marking: a marked fact one source alone gives is still found
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
