"""'Only X reports' (issue 12): a quote is not single-source when another source reports the same speaker in
its own words, sharing a word no other sentence of the story uses ("There is no ground for us to keep to the
moratorium any longer" [1]; "Dal said Varnia had dropped its self-declared moratorium" [2]).

Fixtures are invented (the invented country Varnia, its leader Dal Min-ho); each case has a negative: the same
speaker's other statement, which the other outlet does not report, stays listed.
"""

from __future__ import annotations

import pytest

from crosswire.compare.singles import same_speaker
from test_compare_core import compare_texts

TIMES = (
    "Varnia's leader Dal Min-ho said the country would soon show the world a new long-range rocket. "
    "He spoke at a closed meeting of the ruling party's central committee in the capital, Oskel. "
    '"There is no ground for us to keep to the moratorium any longer," Dal Min-ho said. '
    '"Our farmers brought in a record harvest of barley this autumn," Dal Min-ho added. '
    "Varnia has not tested a long-range rocket since 2023."
)
POST = (
    "Varnian leader Dal Min-ho has threatened to resume long-range rocket launches, state media reported on "
    "Thursday. Speaking at a party meeting on Wednesday, Dal said Varnia had dropped its self-declared "
    "moratorium, as Dorvale kept up its naval drills. "
    '"The world will soon witness a new strategic weapon," he said.'
)
ROWS = [("a", "Oskel Times", "2026-01-02", TIMES), ("b", "Dorvale Post", "2026-01-02", POST)]


@pytest.fixture(scope="module")
def speech(tmp_path_factory):
    return compare_texts(tmp_path_factory.mktemp("speech"), ROWS)


def _single(c, text: str) -> list:
    return [it for it in c.single_source if any(text in ev.text for ev in it.evidence)]


def test_a_quote_another_source_reports_in_its_own_words_is_not_single_source(speech):
    """The Post reports the moratorium statement ("had dropped its self-declared moratorium", speaker "Dal",
    typed an organisation by the entity model): "only [1]" would be wrong."""
    assert not _single(speech, "no ground for us to keep to the moratorium")


def test_the_same_speakers_statement_no_other_source_reports_stays_single_source(speech):
    assert [it.kind for it in _single(speech, "record harvest of barley")] == ["quote"]


def test_without_the_check_the_moratorium_quote_would_be_listed(monkeypatch, tmp_path):
    """The fixture exercises the check: the pair scorer and the echo check leave the quote listed. (The Post's
    "Speaking at a party meeting ..., Dal said Varnia had dropped its ... moratorium" also states the quote
    inside its sentence agreed with the Times' "He spoke at a closed meeting ...", which
    :func:`crosswire.compare.restated.joined_in_other` reads: that second check is left out here too.)"""
    import crosswire.compare.restated as restated
    import crosswire.compare.singles as singles

    monkeypatch.setattr(singles, "reported_elsewhere", lambda items, claims: set())
    monkeypatch.setattr(restated, "joined_in_other", lambda u, claims: False)
    c = compare_texts(tmp_path, ROWS)
    assert [it.kind for it in _single(c, "no ground for us to keep to the moratorium")] == ["quote"]


def test_one_speaker_under_a_short_and_a_full_name():
    assert same_speaker("person:Kim", "person:Kim Jong-un")
    assert same_speaker("organisation:Volker", "person:Kurt Volker")  # a bare surname typed an organisation
    assert not same_speaker("person:Kim Jong-un", "person:Moon Jae-in")
    assert not same_speaker("organisation:Varnia Rail", "organisation:Varnia")  # no person: two bodies
    assert not same_speaker("place:Claure", "person:Marcelo Claure")
