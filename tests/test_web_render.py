"""The story page's evidence segmentation (overlapping spans, offsets that drift) and citation parsing."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from crosswire.web.ingest import label
from crosswire.web.render import cited, item_ids, locate, reading_view, segments

BODY = "Alpha said one thing.\n\nBeta said 40 people.\n\nGamma said 62 people."


def test_segments_mark_overlaps():
    a = BODY.index("Beta")
    b = BODY.index("Gamma")
    spans = [(a, a + 21, "conflicts-0", "s0"), (a, len(BODY), "agreed-1", None)]
    segs = segments(BODY, spans)
    assert "".join(s.text for s in segs) == BODY
    beta = next(s for s in segs if s.text.startswith("Beta"))
    assert beta.items == ["conflicts-0", "agreed-1"] and beta.sides == ["conflicts-0:s0"]
    gamma = next(s for s in segs if "Gamma" in s.text)
    assert gamma.items == ["agreed-1"] and gamma.text.endswith("62 people.") and b >= 0
    assert segs[0].items == []


@given(st.text(min_size=1, max_size=200), st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=8))
def test_segments_cover_the_body_exactly(body, raw):
    spans = []
    for n, (x, y) in enumerate(raw):
        x, y = sorted((min(x, len(body)), min(y, len(body))))
        if x < y:
            spans.append((x, y, f"i{n}", None))
    segs = segments(body, spans)
    assert "".join(s.text for s in segs) == body
    pos = 0
    for seg in segs:
        for start, end, item, _ in spans:
            covered = start <= pos and pos + len(seg.text) <= end
            assert (item in seg.items) == covered
        pos += len(seg.text)


def test_locate_trusts_offsets_then_unique_text():
    text = "Beta said 40 people."
    i = BODY.index(text)
    assert locate(BODY, {"text": text, "start": i, "end": i + len(text)}) == (i, i + len(text))
    assert locate(BODY, {"text": text, "start": 0, "end": len(text)}) == (i, i + len(text))  # drifted offsets
    assert locate(BODY, {"text": "said", "start": 0, "end": 3}) is None  # wrong and ambiguous
    assert locate(BODY, {"text": "not there", "start": 0, "end": 9}) is None


def test_reading_view_marks_conflict_sides_in_each_article():
    other = "Delta reported 62 people hurt."
    comparison = {
        "articles": [{"id": "a", "source": 1}, {"id": "b", "source": 2}],
        "conflicts": [
            {
                "summary": "x",
                "sources": [1, 2],
                "evidence": [],
                "sides": [
                    {
                        "label": "40",
                        "sources": [1],
                        "evidence": [{"article": "a", "text": "Beta said 40 people.", "start": 23, "end": 43}],
                    },
                    {
                        "label": "62",
                        "sources": [2],
                        "evidence": [{"article": "b", "text": other, "start": 0, "end": len(other)}],
                    },
                ],
            }
        ],
    }
    sections = item_ids(comparison)
    cols = reading_view(comparison, sections, {"a": BODY, "b": other})
    lit = [[(s.text, s.sides) for s in c["segments"] if s.items] for c in cols]
    assert lit[0] == [("Beta said 40 people.", ["conflicts-0:s0"])]
    assert lit[1] == [(other, ["conflicts-0:s1"])]


def test_cited_splits_citations():
    assert cited("Forty hurt [1][2], sixty [3].") == [
        {"text": "Forty hurt "},
        {"cite": 1},
        {"cite": 2},
        {"text": ", sixty "},
        {"cite": 3},
        {"text": "."},
    ]
    assert cited("no citation") == [{"text": "no citation"}]


@given(st.text(max_size=300))
def test_upload_label_is_never_a_path(name):
    out = label(name)
    assert out.startswith("upload:")
    assert re.fullmatch(r"upload:[\w.\- ]{1,120}", out), out  # no separators, no control characters
