"""How sources are named to a reader (a new user's coach-crash comparison labelled the wire's evidence by its
hash, "— *7ef4412c0a0ce74d*", listed it as "— ?", named "BWS" beside "Balkan Wire Service", and was titled
with a French paper's headline over the wire's English one). Invented agencies, outlets and events:

- an agency's own copy (its byline and its copyright line name the agency, nothing names a site) has the
  agency as its outlet, in English, Polish, Spanish and German; a site re-running the copy keeps its own name,
  and a copyright line alone or a byline alone does not make the agency the outlet;
- an article with no outlet is named by its address's domain or its file name, in its evidence and in the
  article lists of every rendering;
- a source's label does not repeat an agency's initials beside its full name;
- a story is titled with its most-copied original's headline, else the earliest article's, else one in the
  language most of its articles use.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.clean import clean_document
from crosswire.compare.align import ArticleRow, build_sources
from crosswire.compare.headline import story_headline
from crosswire.compare.markdown import render_markdown
from crosswire.compare.render import render_html
from crosswire.compare.source_names import readable_name
from crosswire.model import RawDocument
from invented import SILO_PAGES
from test_compare_core import compare_files

OWN_COPY = {
    "en": "Ferry runs aground off Kessel Point\n\nBy Tomas Arlen, Harbour Wire Service\nMarch 3, 2026\n\n"
    "KESSEL POINT (HWS) - A passenger ferry carrying 212 people ran aground off Kessel Point on Tuesday, the "
    "coastguard said.\n\nAll passengers were taken ashore by lifeboats within three hours, officials said.\n\n"
    "(c) 2026 Harbour Wire Service. All rights reserved.\n",
    "pl": "Prom osiadł na mieliźnie u wybrzeży Kessel\n\nAutor: Tomasz Arlen, Agencja Informacyjna Bałtyk\n"
    "3 marca 2026\n\nProm pasażerski z 212 osobami na pokładzie osiadł we wtorek na mieliźnie u wybrzeży "
    "Kessel, poinformowała straż przybrzeżna.\n\nWszystkich pasażerów przewieziono na ląd łodziami "
    "ratunkowymi w ciągu trzech godzin.\n\n© 2026 Agencja Informacyjna Bałtyk. Wszelkie prawa zastrzeżone.\n",
    "es": "Un ferri encalla frente a Punta Kessel\n\nPor Tomás Arlen, Agencia de Noticias del Puerto\n3 de marzo "
    "de 2026\n\nUn ferri de pasajeros con 212 personas a bordo encalló el martes frente a Punta Kessel, "
    "informó la guardia costera.\n\nTodos los pasajeros fueron llevados a tierra en botes salvavidas en tres "
    "horas.\n\n© 2026 Agencia de Noticias del Puerto. Todos los derechos reservados.\n",
}


def _clean(text: str, source: str = "page.txt") -> str | None:
    article = clean_document(RawDocument(source=source, kind="text", content=text, content_type="text"))
    return article.outlet


@pytest.mark.parametrize("language", sorted(OWN_COPY))
def test_an_agencys_own_copy_has_the_agency_as_its_outlet(language: str) -> None:
    text = OWN_COPY[language]
    copyright_line = next(ln for ln in text.splitlines() if ln.startswith(("(c)", "©")))
    agency = copyright_line.split("2026 ", 1)[1].split(".")[0]
    assert _clean(text) == agency


@pytest.mark.parametrize("language", sorted(OWN_COPY))
def test_an_agency_named_once_is_not_the_outlet(language: str) -> None:
    lines = OWN_COPY[language].splitlines()
    no_copyright = "\n".join(ln for ln in lines if not ln.startswith(("(c)", "©")))
    no_byline = "\n".join(ln for ln in lines if not ln.startswith(("By ", "Autor:", "Por ")))
    assert _clean(no_copyright) is None  # the byline alone credits the agency, it names no site
    assert _clean(no_byline) is None  # the copyright alone credits the story (a re-run keeps it)


def test_a_site_rerunning_the_copy_keeps_its_own_name() -> None:
    text = OWN_COPY["en"] + "\n© 2026 Kessel Evening Post\n"
    assert _clean(text) == "Kessel Evening Post"


@pytest.mark.parametrize(
    ("outlet", "url", "source", "expected"),
    [
        ("Kessel Evening Post", "https://www.kep.example/a", "in/a.txt", "Kessel Evening Post"),
        (None, "https://www.kep.example/news/1", "in/a.html", "kep.example"),
        (None, None, "https://news.harbour.example/feed/item-3", "news.harbour.example"),
        (None, None, "/data/in/ferry_wire.txt", "ferry_wire.txt"),
        (None, None, "exports/coverage.jsonl:3", "coverage.jsonl:3"),
        (None, None, None, "a1b2c3"),
        ("  ", None, "in/b.txt", "b.txt"),
    ],
)
def test_a_source_without_an_outlet_gets_a_readable_name(outlet, url, source, expected) -> None:
    assert readable_name(outlet, url, source, "a1b2c3") == expected


def test_evidence_and_article_lists_name_files_not_ids(tmp_path: Path) -> None:
    c = compare_files(tmp_path, SILO_PAGES)
    ids = {a.id for a in c.articles}
    assert {a.name for a in c.articles} == set(SILO_PAGES)
    items = [*c.agreed, *c.single_source]
    shown = {e.outlet for it in items for e in it.evidence}
    assert shown and shown <= set(SILO_PAGES), shown
    md = render_markdown([c]).replace("\\_", "_")  # Markdown escapes the underscore
    html = render_html([c])
    for aid in ids:
        assert aid not in md
    assert "— ?" not in html
    assert all(name in md and name in html for name in SILO_PAGES)


def _row(aid: str, title: str, published: str | None, language: str = "en", copy_of: str | None = None):
    return ArticleRow(id=aid, title=title, published=published, language=language, copy_of=copy_of)


def test_a_source_label_does_not_repeat_an_agencys_initials() -> None:
    rows = [
        ArticleRow(id="w", outlet="Harbour Wire Service", agency="HWS", published="2026-03-03"),
        ArticleRow(id="r", outlet="Kessel Evening Post", agency="HWS", published="2026-03-03T12:00", copy_of="w"),
    ]
    sources, _ = build_sources(rows)
    assert [s.label for s in sources] == ["Harbour Wire Service / Kessel Evening Post"]
    other, _ = build_sources([ArticleRow(id="x", outlet="Kessel Evening Post", agency="HWS")])
    assert other[0].label == "Kessel Evening Post / HWS"  # initials of no listed outlet: kept


def test_a_story_is_titled_with_the_most_copied_original() -> None:
    rows = [
        _row("fr", "Un ferri s'échoue au large de Kessel", "2026-03-03T06:00", "fr"),
        _row("wire", "Ferry runs aground off Kessel Point", "2026-03-03T08:00"),
        _row("rerun", "Ferry aground, 212 safe", "2026-03-03T09:00", copy_of="wire"),
        _row("rerun2", "212 safe as ferry runs aground", "2026-03-03T10:00", copy_of="rerun"),
        _row("es", "Un ferri encalla frente a Punta Kessel", "2026-03-03T07:00", "es"),
    ]
    assert story_headline(rows, {r.id for r in rows}) == "Ferry runs aground off Kessel Point"


def test_without_copies_the_earliest_article_then_the_common_language_titles_the_story() -> None:
    dated = [
        _row("es", "Un ferri encalla frente a Punta Kessel", "2026-03-03T09:00", "es"),
        _row("pl", "Prom osiadł na mieliźnie", "2026-03-03T07:30", "pl"),
        _row("fr", "Un ferri s'échoue au large de Kessel", None, "fr"),
    ]
    assert story_headline(dated, {r.id for r in dated}) == "Prom osiadł na mieliźnie"
    undated = [
        _row("fr", "Un ferri s'échoue au large de Kessel", None, "fr"),
        _row("es1", "Un ferri encalla frente a Punta Kessel", None, "es"),
        _row("es2", "Encalla un ferri con 212 pasajeros", None, "es"),
    ]
    assert story_headline(undated, {r.id for r in undated}) == "Un ferri encalla frente a Punta Kessel"
    assert story_headline(undated, {"fr"}) == "Un ferri s'échoue au large de Kessel"  # only what was read
    assert story_headline(undated, set()) is None


@pytest.mark.parametrize("credited", ["root", "copy"])
def test_a_copy_is_one_source_with_its_wire_whichever_credits_the_agency(credited: str) -> None:
    """A re-run page that names no agency and the agency's own undated text it copies (or the reverse) are
    one source: agreeing with oneself is no agreement of two sources. A new user's runway story counted the
    wire and its re-run as two sources agreeing."""
    wire = ArticleRow(
        id="w", outlet="Kelm Courier", published="2026-11-29", agency="MPA" if credited == "root" else None
    )
    copy = ArticleRow(id="c", title="Jet skids", agency="MPA" if credited == "copy" else None, copy_of="w")
    other = ArticleRow(id="o", outlet="Dravna Daily", published="2026-11-29")
    sources, source_of = build_sources([copy, wire, other])
    assert len(sources) == 2
    assert source_of["w"] == source_of["c"] != source_of["o"]
    assert sources[source_of["w"] - 1].agency == "MPA"
