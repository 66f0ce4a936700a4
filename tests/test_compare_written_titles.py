"""Agreements the facts stage reads no role for, and dates written with an abbreviated month.

Found on the alignment gold's tune2 half (bench/compare_alignment.py): a boxer called "a former heavyweight
champion" by one outlet and "former 2-Time Heavyweight Champion" by another (the facts stage reads no role for
either), and an awards show dated "on February 22" / "on Feb. 22", whose pair the rule against sentences sharing
only a number removed. Invented stories here (a chess match, a harbour festival), with the near cases that must
stay apart: two different titles of one head word, one title of two people, a former holder and the current one.
"""

from __future__ import annotations

import pytest

from crosswire.compare.claims.align import _months_written_out, only_numbers_shared
from crosswire.compare.claims.held_roles import _title_in, _titles_beside, states_role
from crosswire.compare.records import Comparison, RoleItem
from crosswire.facts.records import Mention
from test_compare_agreed_precision import _terms
from test_compare_core import compare_texts

CHESS_A = (
    "David Miller beat Sarah Collins in 41 moves in Zadar on Sunday to reach the final of the Adriatic Open. "
    "Collins, a former world chess champion who retired in 2019, resigned after losing her queen. "
    "Miller, the reigning national chess champion, will play Peter Grant in the final on Tuesday. "
    "Peter Grant, a former European junior champion, beat Mark Evans in a quick draw-free game."
)
CHESS_B = (
    "David Miller reached the Adriatic Open final in Zadar on Sunday after beating Sarah Collins in 41 moves. "
    "Miller needed barely three hours to overcome former 2-Time World Chess Champion, Sarah Collins, on the "
    "tournament's main board. Former National Chess Champion, David Miller, said he had prepared the opening "
    "for weeks. Peter Grant, a former world junior champion, plays him on Tuesday."
)


@pytest.fixture(scope="module")
def chess(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    rows = [("a", "Zadar Daily", "2025-05-04", CHESS_A), ("b", "Board Wire", "2025-05-04", CHESS_B)]
    return compare_texts(tmp_path_factory.mktemp("chess"), rows)


def _roles(c: Comparison) -> dict[str, RoleItem]:
    return {it.person: it for it in c.agreed if isinstance(it, RoleItem)}


def test_a_title_written_beside_the_name_is_agreed(chess: Comparison) -> None:
    item = _roles(chess).get("Sarah Collins")
    assert item is not None, [(it.kind, it.summary) for it in chess.agreed]
    assert item.role.lower() == "former world chess champion"  # the words both titles hold
    texts = sorted(ev.text for ev in item.evidence)
    assert texts == ["Collins, a former world chess champion", "former 2-Time World Chess Champion, Sarah Collins"]
    assert states_role(item)


def test_a_former_holder_is_not_the_reigning_one(chess: Comparison) -> None:
    # "the reigning national chess champion" / "Former National Chess Champion": two facts
    assert "David Miller" not in _roles(chess)


def test_two_titles_of_one_head_word_are_not_agreed(chess: Comparison) -> None:
    # "a former European junior champion" / "a former world junior champion"
    assert "Peter Grant" not in _roles(chess) and "Grant" not in _roles(chess)


def test_one_title_of_two_people_is_no_agreement() -> None:
    body = "Mark Evans, a former world junior champion, lost. Peter Grant, a former world junior champion, won."
    pavlin = Mention(text="Mark Evans", start=0, end=10, sentence_start=0, sentence_end=48)
    dent_at = body.index("Peter Grant")
    dent = Mention(text="Peter Grant", start=dent_at, end=dent_at + 11, sentence_start=dent_at, sentence_end=len(body))
    # each title is read beside its own name only; the items are keyed by the person (canonical id)
    assert [t for _, _, t in _titles_beside(body, pavlin)] == ["former world junior champion"]
    assert all(body[s:e].startswith("Peter Grant") for s, e, _ in _titles_beside(body, dent))


def test_a_single_word_or_a_part_played_is_no_written_title() -> None:
    body = "The studio cast as the Old Captain Jonas Brell, an American, last week."
    at = body.index("Jonas Brell")
    m = Mention(text="Jonas Brell", start=at, end=at + 11, sentence_start=0, sentence_end=len(body))
    assert _titles_beside(body, m) == []


def test_the_check_wants_every_word_of_a_written_title() -> None:
    assert _title_in("former 2-Time World Chess Champion, Sarah Collins", "former world chess champion")
    assert not _title_in("former 2-Time World Junior Champion, Sarah Collins", "former world chess champion")
    assert not _title_in("World Chess Champion Sarah Collins", "former world chess champion")


# -- a date with its month abbreviated ------------------------------------------------------------------------


def test_an_abbreviated_month_is_the_month() -> None:
    assert _months_written_out(frozenset({"feb.", "22", "show"})) == {"february", "22", "show"}
    assert _months_written_out(frozenset({"sept", "festival"})) == {"september", "festival"}


def test_two_sentences_dating_one_day_are_left_to_the_pair_scorer() -> None:
    a = _terms(
        0,
        1,
        "The harbour festival will open at the old fish market in Skerholm on March 14.",
        {"harbour", "festival", "open", "old", "fish", "market", "skerholm", "march", "14"},
    )
    b = _terms(
        1,
        2,
        "Radio Skerholm will carry the opening live on Mar. 14.",
        {"radio", "carry", "opening", "live", "mar", "14"},
    )
    assert not only_numbers_shared(a, b)  # one calendar day: not "only a number"
    # a number alone, or a day of two different months, still is
    c = _terms(2, 3, "Tickets went on sale on April 14.", {"ticket", "go", "sale", "april", "14"})
    assert only_numbers_shared(a, c)
    d = _terms(3, 4, "Some 14 boats will take part.", {"14", "boat", "take", "part"})
    assert only_numbers_shared(a, d)


def test_an_apposition_without_an_article_is_no_title() -> None:
    body = "Sarah Collins, who resigned in 2019, said nothing."
    m = Mention(text="Sarah Collins", start=0, end=13, sentence_start=0, sentence_end=len(body))
    assert _titles_beside(body, m) == []


def test_a_name_before_a_name_is_no_title() -> None:
    body = "The freighter MV Gibe, INS Mysore and two tugs answered the call on Monday."
    at = body.index("INS Mysore")
    m = Mention(text="INS Mysore", start=at, end=at + 10, sentence_start=0, sentence_end=len(body))
    assert _titles_beside(body, m) == []
