"""The comparison's output read as a reader reads it: labels not cut mid-phrase, a lead that says who else reports
it without repeating it, a quote told in other words not "only X", no agreement across a tally dispute,
and a quotation cut by the sentence splitter told apart.

A new user's wildfire story (six outlets, five languages) showed a tally side "27 votos a favor y 13", a time side
"23", the lead cited to one source of four, "X also reports: <the lead's own fact>", and agreed items headed by a
piece of a quotation. Invented fixtures of other events.
"""

from __future__ import annotations

import pytest

from crosswire.compare.agreed import checked_against_conflicts
from crosswire.compare.brief import _restates
from crosswire.compare.records import ClaimConflict, ClaimItem, ConflictSide
from crosswire.model import Evidence
from test_compare_core import compare_texts

# -- a vote told in two languages: labels -------------------------------------------------------------------------

EN = (
    "LORENA (Harbour Wire) - The city council of Lorena approved a new flood levy on Thursday in a vote of 33 to "
    "8, officials said. The session opened at around 10 a.m. on Thursday. Mayor Ivo Brandt said the levy would "
    "pay for new dikes along the Tessel river. Shops on the waterfront stayed closed."
)
ES = (
    "El concejo municipal de Lorena aprobó el jueves un nuevo impuesto contra las inundaciones con 29 votos a "
    "favor y 12 en contra, informaron las autoridades. El alcalde Ivo Brandt dijo que el impuesto pagará nuevos "
    "diques a lo largo del río Tessel."
)
DE = (
    "Der Stadtrat von Lorena hat am Donnerstag eine neue Hochwasserabgabe beschlossen. Die Sitzung begann am "
    "Donnerstag gegen 22 Uhr. Bürgermeister Ivo Brandt sagte, die Abgabe werde neue Deiche am Fluss Tessel "
    "bezahlen."
)


@pytest.fixture(scope="module")
def levy(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    rows = [
        ("l-en", "Harbour Wire", "2026-05-07", EN),
        ("l-es", "Diario de Lorena", "2026-05-07", ES),
        ("l-de", "Tesselbote", "2026-05-07", DE),
    ]
    return compare_texts(tmp_path_factory.mktemp("levy"), rows)


def test_a_tally_side_is_labelled_through_its_votes_against(levy) -> None:  # type: ignore[no-untyped-def]
    labels = [side.label for c in levy.conflicts for side in getattr(c, "sides", [])]
    assert any(label.startswith("29 votos a favor y 12") for label in labels), labels
    assert "29 votos a favor y 12 en contra" in labels, labels


def test_a_bare_hour_is_labelled_as_a_time_of_day(levy) -> None:  # type: ignore[no-untyped-def]
    labels = [side.label for c in levy.conflicts for side in getattr(c, "sides", [])]
    assert "22" not in labels, labels
    times = [c for c in levy.conflicts if getattr(c, "measure", "") == "time of day"]
    if times:  # the German hour is a side of its own, written as a time
        assert "22:00" in [side.label for side in times[0].sides]


def test_the_lead_says_who_else_reports_it_without_repeating_it(levy) -> None:  # type: ignore[no-untyped-def]
    lines = [s.text for s in levy.brief]
    assert not any("also reports:" in line and _restates(line, [EN]) for line in lines), lines


# -- the brief's lead: a restatement --------------------------------------------------------------------------------


def test_a_sentence_that_says_nothing_the_lead_does_not_restates_it() -> None:
    lead = (
        "A storm that hit the port of Veska on Monday has sunk two trawlers and forced about 900 people from "
        "their homes, officials in Norland's Ostmark province said."
    )
    assert _restates(
        "A storm hit the port of Veska in Ostmark province, Norland, on Monday, sinking two trawlers", [lead]
    )
    assert not _restates(
        "The storm's winds reached 140 km/h before dawn, toppling a crane at the container terminal", [lead]
    )


def _ev(article: str, start: int, text: str) -> Evidence:
    return Evidence(article=article, text=text, start=start, end=start + len(text))


# -- no agreement across a tally dispute ----------------------------------------------------------------------

WIRE = _ev("wire", 10, "The council declared an emergency on Friday in a vote of 33 to 8, officials said.")
ES_EV = _ev("es", 20, "El concejo declaró la emergencia el viernes con 29 votos a favor y 12 en contra.")
SOURCE_OF = {"wire": 1, "es": 2}


def _tally() -> ClaimConflict:
    sides = [
        ConflictSide(label="33 to 8", sources=[1], evidence=[WIRE]),
        ConflictSide(label="29 votos a favor y 12 en contra", sources=[2], evidence=[ES_EV]),
    ]
    return ClaimConflict(
        summary="Tally: 33 to 8 [1] vs 29 votos a favor y 12 en contra [2]",
        sources=[1, 2],
        evidence=[WIRE, ES_EV],
        measure="tally",
        reason="different value",
        explanation="",
        sides=sides,
    )


def test_two_sentences_each_on_a_side_agree_on_nothing() -> None:
    item = ClaimItem(summary=WIRE.text, sources=[1, 2], evidence=[WIRE, ES_EV])
    assert checked_against_conflicts([item], [_tally()], SOURCE_OF) == []


# -- a quote told by another source in its own words ----------------------------------------------------------------

QUOTE_EN = (
    "VESKA (Coast Wire) - A storm that hit the port of Veska on Monday sank two trawlers and forced about 900 "
    'people from their homes, officials said. "We have saved the harbour," Harbour Master Ola Strand told '
    'reporters. "But the sea is still rough, and no boat should leave port yet." The storm also toppled a crane '
    "at the container terminal."
)
QUOTE_EN2 = (
    "VESKA - A storm that struck the port of Veska on Monday sank two fishing trawlers, officials said. About 900 "
    "people left their homes. Harbour Master Ola Strand said the harbour had been saved. He said no boat should "
    "sail for now. Fishermen met at the town hall in the evening."
)


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    rows = [("h-1", "Coast Wire", "2026-02-02", QUOTE_EN), ("h-2", "Veska Post", "2026-02-02", QUOTE_EN2)]
    return compare_texts(tmp_path_factory.mktemp("harbour"), rows)


def test_a_quote_the_other_source_tells_in_its_own_words_is_not_only_one_sources(harbour) -> None:  # type: ignore[no-untyped-def]
    singles = [" ".join(ev.text for ev in it.evidence) for it in harbour.single_source]
    assert not any("no boat should leave port yet" in s for s in singles), singles
