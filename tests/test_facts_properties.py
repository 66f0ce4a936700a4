"""Bad or odd input never raises, and every span the stage reports is verbatim body text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosswire.facts import extract_facts
from crosswire.model import Article, Block

PIECES = st.sampled_from(
    [
        '"',
        "'",
        "\u201c",
        "\u201d",
        "\u2018",
        "\u2019",
        " said ",
        " she ",
        " He ",
        "Mr ",
        "Ms ",
        "$",
        "\u20ac",
        "1,5",
        "3.5 billion",
        "more than ",
        "tens of thousands",
        "Monday",
        "last month",
        "Aug. 9",
        "26-year-old",
        "Belarus' ",
        "Anna Berg",
        "Berg",
        "Minsk",
        "the Russian president",
        ". ",
        ", ",
        ": ",
        "\n",
        "%",
        "--",
        "...",
    ]
)
PARAGRAPH = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=25).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs=st.lists(PARAGRAPH, max_size=4), published=st.sampled_from([None, "2021-03-01", "not a date"]))
def test_never_raises_and_spans_are_verbatim(paragraphs, published):
    article = Article(
        id="p",
        source="p",
        content_hash="p",
        blocks=[Block("paragraph", p) for p in paragraphs],
        language="en",
        published=published,
    )
    (facts,) = extract_facts([article])
    assert not (facts.skipped or "").startswith("extraction failed"), facts.skipped
    body = article.body
    for item in [*facts.quotes, *facts.figures, *facts.dates]:
        assert body[item.start : item.end] == item.text
    for e in facts.entities:
        for m in e.mentions:
            assert body[m.start : m.end] == m.text
    facts.to_dict()
