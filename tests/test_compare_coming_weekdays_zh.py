"""A Chinese weekday still to come ("将于周五结束", will end on Friday) is the coming one, not the last one.

Found probing the mined set's class "a value in a non-English sentence" (2 Dec 2026): the Chinese reader dated every
weekday without 下 / 上 to the last such day on or before publication, so "奥维尔将于周五结束..." in a Thursday
paper was the Friday before, and an English outlet's "will end ... on Friday" (the next day) became a false "Day"
conflict. The words that make the weekday one to come are data (``[zh] coming`` of ``data/languages.toml``).
Invented stories of other events.
"""

from __future__ import annotations

import pytest

from crosswire.facts import extract_facts
from crosswire.model import Article, Block
from test_compare_core import compare_texts, wire_and_one_other

THURSDAY = "2020-01-02"


def _dates(text: str) -> list[tuple[str, str | None]]:
    article = Article(
        id="t",
        source="t",
        content_hash="t",
        blocks=[Block("paragraph", text)],
        published=THURSDAY,
        language="zh",
        kind="text",
    )
    (facts,) = extract_facts([article])
    return [(d.text, d.value) for d in facts.dates]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("奥维尔将于周五结束包裹海关检查。", "2020-01-03"),  # will end on Friday: tomorrow
        ("港口将在星期一重新开放。", "2020-01-06"),  # will reopen on Monday
        ("议会计划在周四投票。", "2020-01-02"),  # plans to vote on Thursday: today
        ("奥维尔周五结束了包裹海关检查。", "2019-12-27"),  # ended on Friday: the last one
        ("该港口将在下周二重新开放。", "2020-01-07"),  # next week's Tuesday, as before
        ("渡轮上周五沉没。", "2019-12-27"),  # last week's Friday, as before
    ],
)
def test_a_weekday_still_to_come_is_the_coming_one(text: str, day: str) -> None:
    assert [v for _, v in _dates(text)] == [day]


def test_a_coming_weekday_agrees_with_the_english_future(tmp_path) -> None:
    wire = (
        "Orvel will end its customs screening of parcels on Friday. "
        "At the height of Orvel's screening programme in 2014, nearly 2.1 million parcels got customs checks. "
        "The programme began in 1990."
    )
    other = "奥维尔将于周五结束包裹海关检查。去年，大约有 900,000 件包裹需要接受检查。该计划始于 1990 年。"
    rows = wire_and_one_other(("Wire", wire), ("Xinhua", other), "zh", THURSDAY)
    conflicts = compare_texts(tmp_path, rows).to_dict()["conflicts"]
    assert not any(c["summary"].startswith("Day") for c in conflicts), conflicts
