"""The compare stage on real pages: same-day coverage of one event by different outlets, from the
181 pages of ``../shared/bench/article-extraction/html`` (read there, never copied). The expectations come
from reading the pages (bench/RESULTS-compare.md, "Real pages"); each case also pins a mistake an earlier
version made on them."""

from __future__ import annotations

from pathlib import Path

import pytest

from compare_keys import all_evidence
from crosswire.compare import compare_articles
from crosswire.pipeline import ingest_paths
from crosswire.store import Store

HTML = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "article-extraction" / "html"

pytestmark = pytest.mark.skipif(not HTML.is_dir(), reason="../shared/bench is not present")

ASSANGE = ["c7e39ac49fa1235f", "dc7ccccc1f34eb29"]  # BBC News, Al Bawaba
PLAGUE = ["432362af0be43f6d", "8b19453030820413", "ba4dfe2d3e817ff7", "ea25dd7edff4d279"]
EUROPA = ["14cc2a0ca59c62a8", "686bb170effe273e", "f344ca5fb36e130f"]
OMAR = ["6ebac05f637ece8a", "7a457a4f71735c17"]  # The Hill, NBC News


def _page(key: str) -> Path:
    (path,) = HTML.glob(key + "*")
    return path


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("real") / "cw.db")
    keys = ASSANGE + PLAGUE + EUROPA + OMAR
    ingest_paths(store, [_page(k) for k in keys], stories=False)
    ids = {}
    for key in keys:
        row = store.conn.execute("SELECT id FROM articles WHERE source LIKE ?", (f"%{key}%",)).fetchone()
        ids[key] = row["id"]
    yield store, ids
    store.close()


def _compare(real, keys):
    store, ids = real
    comparison = compare_articles(store, [ids[k] for k in keys])
    bodies = {ids[k]: store.get_article(ids[k]).body for k in keys}
    for ev in all_evidence(comparison):
        assert bodies[ev.article][ev.start : ev.end] == ev.text
    return comparison


def _events(comparison):
    return [" | ".join(e.text for e in i.evidence) for i in comparison.agreed if i.kind in ("event", "claim")]


def test_assange_investigation_dropped(real):
    c = _compare(real, ASSANGE)
    events = _events(c)
    assert any("dropped" in e and "investigation" in e for e in events), events
    assert any("denie" in e for e in events), events
    # Different charges are not one event (an earlier version paired them on "faces ... charge(s) in the US").
    assert not any("18 criminal charges" in e and "175 years" in e for e in events), events
    assert not any("computer intrusion" in e and "rape charge" in e for e in events), events
    # One real disagreement: both report the decision of 19 November 2019; the BBC calls Assange "the
    # 48-year-old Australian", Al Bawaba "Assange, 47" (he turned 48 in July 2019).
    assert [x.summary for x in c.conflicts] == ["Age of Julian Assange: 48-year-old [1] vs 47 [2]"]
    speakers = {w.speaker for w in c.who_said_what}
    assert "Eva-Marie Persson" in speakers and "Sweden" not in speakers, speakers
    # The brief never lends one outlet's sentence to the other: an "also reports" sentence quotes the
    # cited outlet's own words.
    also = [s for s in c.brief if "also report" in s.text]
    assert also, [s.text for s in c.brief]
    for sentence in also:
        cited = sentence.sources
        body = sentence.text.split(": ", 1)[1].split(" [")[0].rstrip(".")
        texts = [
            e.text
            for i in c.agreed
            for e in i.evidence
            if any(e.article in s.articles for s in c.sources if s.n in cited)
        ]
        assert any(body in t for t in texts), sentence


def test_plague_cases_in_china(real):
    c = _compare(real, PLAGUE)
    agreed = {i.summary.split(":")[0].lower() for i in c.agreed if i.kind == "figure"}
    assert "deaths" in agreed and "cases reported" in agreed, agreed  # 584 deaths, 3,248 cases (WHO, 2010-15)
    assert not any("deaths killed" in s.text for s in c.brief)
    # The conflicts are the Black Death's toll and the share of Europe it killed, which the outlets do give
    # differently ("up to 60 percent" / "nearly one-third"), and the day the third case was reported: "on
    # Sunday" in one outlet, "on November 16" (a Saturday) in another. The toll is labelled in the words of
    # the first source, The Sun since sources are numbered by publication time (19:09 UTC, before the
    # Smithsonian's 16:06 at -05:00): "Deaths".
    assert len(c.conflicts) <= 3
    for item in c.conflicts:
        summary = item.summary
        assert (
            "killed" in summary.lower()
            or (summary.startswith("Deaths:") and "million" in summary)
            or ("Sunday" in summary and "November 16" in summary)
            or ("up to 60 percent" in summary and "one-third" in summary)
        ), summary
    # The lead is about this week's cases, not the 14th century.
    assert "Black Death" not in c.brief[0].text and "million" not in c.brief[0].text


def test_europa_water_vapour_no_false_agreement(real):
    c = _compare(real, EUROPA)
    events = _events(c)
    # The researcher's "next best thing" statement, quoted by all three, is agreed, with each outlet's own
    # sentence; nothing is claimed to conflict.
    assert any(e.count("next best thing") >= 2 for e in events), events
    assert c.conflicts == []


def test_omar_threat_plea(real):
    c = _compare(real, OMAR)
    fine = [i for i in c.agreed if i.kind == "figure" and "250,000" in i.summary]
    assert fine, [i.summary for i in c.agreed]
    # "Patrick W. Carlineo" and "Patrick Carlineo Jr." are one name written with and without its middle
    # initial and suffix, not a spelling variant between outlets.
    assert not any("Carlineo" in v.entity for v in c.name_variants), c.name_variants
