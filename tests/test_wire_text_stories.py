"""A wire story read as pre-scraped text and re-run as HTML, then listed, shown and compared (a new user's
wire text and its re-run: the copy's diff listed the first paragraph as changed because the two datelines were
written differently, ``stories`` and ``compare`` gave the story two titles and two ids, and ``show`` could not
find the id ``compare`` printed). Invented agencies, places and text:

- a dateline is read with the offset where the text after it starts, in every shape the cleaner reads (a
  region, a date, an agency in brackets, a Russian place in capitals before a written-out day and a full stop),
  and a line that opens with no dateline gives 0;
- a wire copy's diff leaves out the dateline that opens either text;
- a headline that is only a dateline never titles a story; without copies, the earliest headline in the
  story's leading language does;
- the same files ingested into a store and compared in one run give one title, and ``show`` finds the story
  by the id ``compare`` printed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosswire.clean import clean_document
from crosswire.clean.metadata import dateline_end, read_dateline
from crosswire.compare.align import ArticleRow
from crosswire.model import RawDocument
from crosswire.stories.dedup import paragraph_changes
from crosswire.stories.headline import dateline_only, story_headline


@pytest.mark.parametrize(
    ("paragraph", "dateline", "place", "agency"),
    [
        (
            "TALLBROOK, Merania, March 3 (Meridale Wire) - A flood closed",
            "TALLBROOK, Merania, March 3 (Meridale Wire) - ",
            "TALLBROOK",
            "Meridale Wire",
        ),
        ("TALLBROOK (Meridale Wire) — A flood closed", "TALLBROOK (Meridale Wire) — ", "TALLBROOK", "Meridale Wire"),
        ("TALLBROOK -- A flood closed", "TALLBROOK -- ", "TALLBROOK", None),
        # a place in any case, with a listed agency
        ("Tallbrook (dpa) - Ein Hochwasser", "Tallbrook (dpa) - ", "Tallbrook", "dpa"),
        ("ТАЛЛБРУК, 3 марта. Наводнение закрыло", "ТАЛЛБРУК, 3 марта. ", "ТАЛЛБРУК", None),
        ("ТАЛЛБРУК, 3 марта — Наводнение закрыло", "ТАЛЛБРУК, 3 марта — ", "ТАЛЛБРУК", None),
        ("TALLBROOK. Die Flut hat", "TALLBROOK. ", "TALLBROOK", None),
    ],
)
def test_a_dateline_is_read_with_where_the_text_starts(paragraph: str, dateline: str, place: str, agency) -> None:
    found = read_dateline(paragraph)
    assert found is not None
    assert found[0] == place and found[1] == agency
    assert paragraph[: dateline_end(paragraph)] == dateline


@pytest.mark.parametrize(
    "paragraph",
    [
        "В среду, 3 марта. Наводнение закрыло мост.",  # a weekday in lower case: a sentence, no dateline
        "ТАСС, 3 марта. Наводнение закрыло мост.",  # an agency's name in capitals is no place
        "The flood closed the bridge on Tuesday.",
        "NATO said on Tuesday it would help.",
    ],
)
def test_a_paragraph_without_a_dateline_starts_at_once(paragraph: str) -> None:
    assert dateline_end(paragraph) == 0


WIRE_TEXT = """Meridale Wire News Agency
Home | World | Business

Flood closes Tallbrook bridge, drivers diverted for a week

By Ines Calder
{dateline}
Published March 3, 2026 08:40 GMT

A flood closed the main bridge of Tallbrook on Tuesday, forcing some 3,000 drivers a day onto a detour through \
the hills, the regional roads office said.

Engineers will inspect the piers once the river falls, which could take until the weekend, the office said.

The mayor, Petra Lunde, said the town would pay for extra buses while the bridge stays shut.
"""

COPY_HTML = """<html><head><title>Tallbrook bridge shut by flood | The Merania Ledger</title>
<meta property="og:title" content="Tallbrook bridge shut by flood">
<meta property="article:published_time" content="2026-03-03T10:05:00+01:00"></head>
<body><article><h1>Tallbrook bridge shut by flood</h1>
<p>{dateline} A flood closed the main bridge of Tallbrook on Tuesday, forcing some 3,000 drivers a day onto a \
detour through the hills, the regional roads office said.</p>
<p>Engineers will inspect the piers once the river falls, which could take until the weekend, the office said.</p>
<p>The mayor, Petra Lunde, said the town would pay for extra buses while the bridge stays shut.</p>
</article></body></html>"""


def _text(dateline: str):
    content = WIRE_TEXT.format(dateline=dateline)
    return clean_document(RawDocument(source="meridale.txt", kind="text", content=content, content_type="text"))


def _html(dateline: str):
    content = COPY_HTML.format(dateline=dateline)
    return clean_document(RawDocument(source="ledger.html", kind="html", content=content, content_type="html"))


@pytest.mark.parametrize(
    ("wire_dateline", "copy_dateline"),
    [
        ("TALLBROOK, Merania, March 3 (Meridale Wire) -", "TALLBROOK (Meridale Wire) -"),
        ("TALLBROOK, March 3 (Meridale Wire) —", "TALLBROOK (Meridale Wire) —"),
        ("TALLBROOK (Meridale Wire) -", "TALLBROOK, Merania (Meridale Wire) -"),
    ],
)
def test_a_copy_that_rewrites_the_dateline_changes_no_paragraph(wire_dateline: str, copy_dateline: str) -> None:
    wire, copy = _text(wire_dateline), _html(copy_dateline)
    assert wire.title == "Flood closes Tallbrook bridge, drivers diverted for a week"
    for article in (wire, copy):
        assert (article.dateline, article.agency) == ("TALLBROOK", "Meridale Wire")
    change = paragraph_changes(copy.id, wire.paragraphs, copy.paragraphs)
    assert change.added == [] and change.removed == []
    # an edit after the dateline is still a change
    edited = [copy.paragraphs[0].replace("3,000", "4,000"), *copy.paragraphs[1:]]
    change = paragraph_changes(copy.id, wire.paragraphs, edited)
    assert change.removed == [wire.paragraphs[0]] and change.added == [edited[0]]


@pytest.mark.parametrize(
    "title",
    ["TALLBROOK, Merania, March 3 (Meridale Wire) -", "TALLBROOK (Meridale Wire) —", "TALLBROOK --"],
)
def test_a_dateline_never_titles_a_story(title: str) -> None:
    assert dateline_only(title)
    rows = [
        ArticleRow(id="w", title=title, published="2026-03-03T07:40:00+00:00", language="en"),
        ArticleRow(
            id="l", title="Tallbrook bridge shut by flood", published="2026-03-03T09:05:00+00:00", language="en"
        ),
    ]
    assert story_headline(rows, {"w", "l"}) == "Tallbrook bridge shut by flood"


@pytest.mark.parametrize(
    "title", ["Flood closes Tallbrook bridge, drivers diverted", "NATO - the alliance meets", "TALLBROOK"]
)
def test_a_headline_is_no_dateline(title: str) -> None:
    assert not dateline_only(title)


def test_without_copies_the_leading_language_titles_the_story() -> None:
    rows = [
        ArticleRow(
            id="es", title="Una riada cierra el puente de Tallbrook", published="2026-03-03T06:00", language="es"
        ),
        ArticleRow(id="en1", title="Flood closes Tallbrook bridge", published="2026-03-03T08:00", language="en"),
        ArticleRow(id="en2", title="Tallbrook bridge shut", published="2026-03-03T09:00", language="en"),
        ArticleRow(id="de", title="Hochwasser sperrt Brücke", published="2026-03-03T07:00", language="de"),
    ]
    assert story_headline(rows, {r.id for r in rows}) == "Flood closes Tallbrook bridge"
    tie = [r for r in rows if r.id != "en2"]  # no language leads: the earliest headline
    assert story_headline(tie, {r.id for r in tie}) == "Una riada cierra el puente de Tallbrook"


FOLLOW_UP = """The Tallbrook Courier

Tallbrook detour adds an hour to commutes

TALLBROOK, March 3 - Drivers on the Tallbrook detour said on Tuesday their commute had grown by an hour since \
the flood closed the main bridge, and the regional roads office said some 3,000 drivers a day used the hill road.

Petra Lunde, the mayor, said extra buses would run from Wednesday while engineers wait for the river to fall.

The roads office said the bridge piers would be inspected once the water drops, possibly by the weekend.
"""


def test_a_store_and_a_compare_run_give_one_title_and_a_findable_id(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from crosswire.cli import app

    folder = tmp_path / "in"
    folder.mkdir()
    # the re-run is given first; both commands place a batch in publication order (stories.order), so the store
    # no longer names the story after the re-run it received first: one id for the same files
    (folder / "a-ledger.html").write_text(COPY_HTML.format(dateline="TALLBROOK (Meridale Wire) -"), "utf-8")
    (folder / "b-meridale.txt").write_text(
        WIRE_TEXT.format(dateline="TALLBROOK, Merania, March 3 (Meridale Wire) -"), "utf-8"
    )
    (folder / "c-courier.txt").write_text(FOLLOW_UP, "utf-8")
    runner = CliRunner()

    def run(*args: object) -> tuple[str, str]:
        result = runner.invoke(app, [str(a) for a in args], catch_exceptions=False, env={"COLUMNS": "200"})
        assert result.exit_code == 0, result.output
        return result.stdout, result.stderr

    db = tmp_path / "cw.db"
    run("ingest", folder, "--db", db)
    stored = json.loads(run("stories", "--db", db, "--json")[0])["stories"]
    compared, note = run("compare", *sorted(folder.iterdir()), "--json")
    (comparison,) = json.loads(compared)["stories"]
    (story,) = stored
    assert story["id"] == comparison["id"]
    assert story["title"] == comparison["title"] == "Flood closes Tallbrook bridge, drivers diverted for a week"
    assert "this run's" in note and "crosswire show" in note
    shown = json.loads(run("show", comparison["id"], "--db", db, "--json")[0])
    assert shown["id"] == story["id"]
    assert shown["title"] == comparison["title"]
