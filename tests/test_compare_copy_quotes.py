"""One source's wire and its lightly edited syndicated copy quote one statement once in "Who said what"
(crosswire.compare.quotes.collect): a new user's "Harlund" row listed "it would set up a fund ... for the staff"
and "... for its staff", both [1]. Two near-alike quotes of one article stay two statements. Invented text in
English, German, French, Spanish and Polish; facts built by hand (no model runs)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from crosswire.compare import quotes as quotes_mod
from crosswire.compare.stage import _stored_rows, load_story_data
from crosswire.facts import FACTS_VERSION
from crosswire.model import Article, Block
from crosswire.store import Store
from test_glued_titles import _facts

PAIRS = [
    (
        "en",
        "it would set up a retraining fund of 85 million euros for the staff",
        "it would set up a retraining fund of 85 million euros for its staff",
    ),
    (
        "de",
        "man werde einen Fonds von 85 Millionen Euro für die Belegschaft einrichten",
        "man werde einen Fonds von 85 Millionen Euro für seine Belegschaft einrichten",
    ),
    (
        "fr",
        "elle créerait un fonds de 85 millions d'euros pour le personnel",
        "elle créerait un fonds de 85 millions d'euros pour son personnel",
    ),
    (
        "es",
        "crearía un fondo de 85 millones de euros para la plantilla",
        "crearía un fondo de 85 millones de euros para su plantilla",
    ),
    (
        "pl",
        "utworzy fundusz w wysokości 85 mln euro dla załogi",
        "utworzy fundusz w wysokości 85 mln euro dla całej załogi",
    ),
]


def _load(tmp: Path, rows: list[tuple[str, str, str, str]]):
    """Store (id, language, body, quote) articles of one agency, the speaker Tarn Motors, and load the story."""
    with Store(tmp / "cw.db") as store:
        with store.transaction():
            for aid, language, body, words in rows:
                art = Article(
                    id=aid,
                    source=f"{aid}.txt",
                    content_hash=hashlib.sha256(body.encode()).hexdigest(),
                    blocks=[Block(kind="paragraph", text=body)],
                    outlet=f"Paper {aid}",
                    agency="Nordwire",
                    published="2026-12-02T12:00:00Z",
                    language=language,
                )
                store.add_article(art)
                facts = _facts(aid, language, art.body, [("Tarn Motors", "organisation")], [])
                for words_one in words.split("|"):
                    facts.quotes.extend(
                        _facts(
                            aid, language, art.body, [("Tarn Motors", "organisation")], [(words_one, "Tarn Motors")]
                        ).quotes
                    )
                store.put_facts(aid, facts.to_dict(), FACTS_VERSION)
        return load_story_data(store, _stored_rows(store, [r[0] for r in rows]))


@pytest.mark.parametrize(("language", "wire", "copy"), PAIRS)
def test_a_copy_edit_is_one_statement(tmp_path: Path, language: str, wire: str, copy: str) -> None:
    rows = [
        ("w1", language, f"Tarn Motors said {wire}.", wire),
        ("w2", language, f"Tarn Motors said {copy}.", copy),
    ]
    data = _load(tmp_path, rows)
    assert len(set(data.source_of.values())) == 1
    said = quotes_mod.who_said_what(quotes_mod.collect(data))
    assert [len(r.quotes) for r in said] == [1], said
    assert {ev.article for ev in said[0].quotes[0].evidence} == {"w1", "w2"}


def test_two_alike_quotes_of_one_article_stay_two(tmp_path: Path) -> None:
    body = "Tarn Motors said we will not close the plant. Later Tarn Motors said we will close the plant."
    rows = [("w1", "en", body, "we will not close the plant|we will close the plant")]
    said = quotes_mod.who_said_what(quotes_mod.collect(_load(tmp_path, rows)))
    assert [len(r.quotes) for r in said] == [2], said
