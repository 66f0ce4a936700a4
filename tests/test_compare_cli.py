"""`crosswire compare`, `show` and `demo` end to end: the seeds, our own hostile articles, the example corpus."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from crosswire.cli import app

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
FIXTURES = Path(__file__).parent / "fixtures" / "report"
HOSTILE = [FIXTURES / "hostile-a.txt", FIXTURES / "hostile-b.txt"]
KEYS = {
    "id",
    "title",
    "first_seen",
    "last_seen",
    "articles",
    "sources",
    "agreed",
    "conflicts",
    "single_source",
    "name_variants",
    "quote_variants",
    "who_said_what",
    "timeline",
    "brief",
    "stats",
}
SECTIONS = [
    "Brief",
    "Conflicts",
    "Agreed",
    "Single-source",
    "Name variants",
    "Quote variants",
    "Timeline",
    "Who said what",
]
CITATION = re.compile(r"\[(\d+)\]")

runner = CliRunner()
needs_seeds = pytest.mark.skipif(not SEEDS, reason="../shared/seeds not present")


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def seeds_json() -> dict:
    result = run("compare", *SEEDS, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _check_brief(story: dict) -> None:
    valid = {s["n"] for s in story["sources"]}
    assert story["brief"]
    for sentence in story["brief"]:
        cited = {int(n) for n in CITATION.findall(sentence["text"])}
        assert cited and cited <= valid and cited == set(sentence["sources"]), sentence


@needs_seeds
def test_compare_seeds_json_is_one_story_with_every_key(seeds_json: dict) -> None:
    assert list(seeds_json) == ["skipped", "stories"] and seeds_json["skipped"] == []
    assert len(seeds_json["stories"]) == 1
    story = seeds_json["stories"][0]
    assert KEYS <= set(story)
    assert {a["outlet"] for a in story["articles"]} == {"France 24", "Arkansas Democrat-Gazette"}
    assert len(story["sources"]) == 2
    for a in story["articles"]:
        assert {"id", "outlet", "agency", "title", "published"} <= set(a)
    for key in ("agreed", "conflicts", "single_source"):
        for item in story[key]:
            assert item["evidence"] and all(
                {"article", "outlet", "text", "start", "end"} <= set(e) for e in item["evidence"]
            )
    _check_brief(story)
    conflict_sentences = [s for s in story["brief"] if s["text"].startswith("Reports of the ")]
    assert len(conflict_sentences) == len(story["conflicts"])


@needs_seeds
def test_compare_seeds_markdown_and_html(tmp_path: Path, seeds_json: dict) -> None:
    story = seeds_json["stories"][0]
    result = run("compare", *SEEDS, "--markdown")
    assert result.exit_code == 0
    md = result.stdout
    for section in SECTIONS:
        assert f"## {section}" in md
    html_of_md = MarkdownIt("commonmark").render(md)
    assert "<h1>" in html_of_md and "<script" not in html_of_md
    out = tmp_path / "page.html"
    result = run("compare", *SEEDS, "--html", "--out", out)
    assert result.exit_code == 0 and result.stdout == ""
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and page.rstrip().endswith("</html>")
    assert "<script" not in page and "<link" not in page
    assert story["sources"][0]["label"].replace("'", "&#39;") in page
    for section in SECTIONS:
        assert f"<h2>{section}</h2>" in page


@needs_seeds
def test_compare_terminal_report(seeds_json: dict) -> None:
    result = run("compare", *SEEDS)
    assert result.exit_code == 0
    for section in SECTIONS:
        assert section in result.stdout
    assert seeds_json["stories"][0]["brief"][0]["text"][:40] in " ".join(result.stdout.split())


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list]] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.append((tag, attrs))


def test_compare_renders_hostile_article_text_inertly(tmp_path: Path) -> None:
    """Articles of our own with script tags, onerror attributes, Markdown and rich markup in their text."""
    result = run("compare", *HOSTILE, "--json")
    assert result.exit_code == 0
    assert "<script>" in result.stdout and "onerror=" in result.stdout, "the payloads reach the comparison"
    page_path = tmp_path / "h.html"
    assert run("compare", *HOSTILE, "--html", "-o", page_path).exit_code == 0
    page = page_path.read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(page)
    assert not any(tag in ("script", "img", "b") for tag, _ in parser.tags)
    assert not any(name.startswith("on") for _, attrs in parser.tags for name, _ in attrs)
    assert "&lt;script&gt;" in page
    md = run("compare", *HOSTILE, "--markdown").stdout
    html_of_md = MarkdownIt("commonmark").render(md)
    assert "<script" not in html_of_md and "<img" not in html_of_md and "<b>" not in html_of_md
    assert 'href="http://evil.example"' not in html_of_md
    terminal = run("compare", *HOSTILE)
    assert terminal.exit_code == 0 and "<script>" in terminal.stdout


def test_compare_exit_codes(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("compare", empty, "--json")
    assert result.exit_code == 1 and result.stdout == ""
    assert run("compare", *HOSTILE, "--json", "--html").exit_code == 2
    report = tmp_path / "report.txt"
    result = run("compare", *HOSTILE, "--out", report)
    assert result.exit_code == 0 and result.stdout == ""
    text = report.read_text(encoding="utf-8")
    assert "Brief" in text and "Velmar" in text and "\x1b[" not in text  # plain text, no colour codes


def test_compare_json_names_the_inputs_it_skipped(tmp_path: Path) -> None:
    """An input that yields no article is one "skipped" line on stderr and one entry of the JSON's "skipped";
    the rest is still compared (exit 0, as `ingest` does)."""
    missing = tmp_path / "no-such-article.txt"
    result = run("compare", *HOSTILE, missing, "--json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["skipped"] == [{"source": str(missing), "reason": "no such file or folder"}]
    assert doc["stories"]


@needs_seeds
def test_show_prints_the_story_then_its_comparison(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    assert run("ingest", *SEEDS, "--db", db).exit_code == 0
    stories = json.loads(run("stories", "--db", db, "--json").stdout)["stories"]
    sid = stories[0]["id"]
    result = run("show", sid[:6], "--db", db)
    assert result.exit_code == 0
    assert "2 articles" in result.stdout and "Conflicts" in result.stdout and "Who said what" in result.stdout
    data = json.loads(run("show", sid, "--db", db, "--json").stdout)
    assert data["id"] == sid and {"articles", "copies", "outlets"} <= set(data)
    assert KEYS <= set(data["comparison"]) and data["comparison"]["id"] == sid
    md = run("show", sid, "--db", db, "--markdown").stdout
    assert md.startswith("# ") and "## Brief" in md
    assert run("show", "zzz", "--db", db).exit_code == 1


def test_demo_ends_with_the_comparison_of_its_biggest_story() -> None:
    result = run("demo", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    biggest = max(data["stories"], key=lambda s: len(s["articles"]))
    comparison = data["comparison"]
    assert comparison["id"] == biggest["id"] and KEYS <= set(comparison)
    _check_brief(comparison)
    text = run("demo").stdout
    stories = len(data["stories"])
    assert f"stories made {stories}, updated 0, comparisons written {stories}" in text  # what the stages did
    tail = text[text.index("Stories") :]
    for section in SECTIONS:
        assert section in tail


def test_compare_one_article_gives_its_own_timeline(tmp_path: Path) -> None:
    """One article is one source: nothing to align, but its dated sentences still make the timeline, each
    line citing that source with its own sentence."""
    article = tmp_path / "one.txt"
    article.write_text(
        "Harbour board names new chair\n\n"
        "By Ana Ferreira\n\n"
        "PORTO LEVANTE, March 3, 2025 — The harbour board of Porto Levante named Rui Castanho its chair on "
        "Monday after a vote of its nine members.\n\n"
        "Castanho said the board would publish the new tariffs on March 20, 2025, before the summer season.\n\n"
        "The former chair resigned in January after eleven years on the board.\n",
        encoding="utf-8",
    )
    result = run("compare", article, "--json")
    assert result.exit_code == 0, result.output
    (story,) = json.loads(result.stdout)["stories"]
    lines = story["timeline"]
    assert lines, "a dated article gives timeline lines"
    body_dates = {line["date"] for line in lines}
    assert "2025-03-20" in body_dates
    for line in lines:
        assert line["sources"] == [1]
        assert line["evidence"] and all(ev["text"] in article.read_text(encoding="utf-8") for ev in line["evidence"])
    assert "no dated events" not in run("compare", article).stdout


@needs_seeds
def test_compare_one_seed_says_what_its_source_reports_without_only() -> None:
    """A story of one source has nothing to set its facts against: its brief says what the source reports,
    never "Only <source> reports" (said three times over before)."""
    result = run("compare", SEEDS[0], "--json")
    assert result.exit_code == 0, result.output
    (story,) = json.loads(result.stdout)["stories"]
    texts = [s["text"] for s in story["brief"]]
    assert any(" reports: " in t for t in texts), texts
    assert not any(t.startswith("Only ") for t in texts), texts


def test_compare_says_at_once_that_it_is_reading_when_stderr_is_no_terminal(tmp_path: Path) -> None:
    """A new user's six-article run printed nothing for about 20 s (models loading, then the comparison): with no
    terminal for a spinner, one plain line on stderr says the run has started, before any other output."""
    result = run("compare", *HOSTILE, "--json")
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert lines[0].startswith("reading 2 inputs and extracting facts") and "models" in lines[0], result.stderr
    # each stage says what it does and how long it took (a new user's airline-strike trial was told "a few
    # seconds" for a run of 12-14 s of CPU): no promise of a duration the run does not keep
    assert "few seconds" not in result.stderr
    assert any(ln.startswith("comparing 1 story") for ln in lines), result.stderr
    assert sum(1 for ln in lines if ln.strip().startswith("done in ")) == 2, result.stderr
    json.loads(result.stdout)  # stdout stays the JSON document alone
