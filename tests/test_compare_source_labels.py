"""A source with no outlet known is named by its article's headline, not "unknown outlet": two plain-text
files without an outlet line (invented) would otherwise read "Only unknown outlet reports" and "unknown outlet
also reports" in one brief, with no way to tell the sources apart."""

from __future__ import annotations

from pathlib import Path

from crosswire.compare import compare_articles
from crosswire.pipeline import ingest_paths
from crosswire.store import Store

PAGES = {
    "quay.txt": "Grain silo collapses at Marrow Quay\n\nA grain silo collapsed at Marrow Quay in Dunfirth on Monday "
    "morning, spilling about 1,500 tonnes of wheat into the harbour, the port authority said.\n\nNo one was "
    "hurt. The harbour was closed to shipping while divers checked the berth.\n",
    "harbour.txt": "Dunfirth harbour shut after silo falls\n\nThe port authority closed Dunfirth harbour on "
    "Monday after a grain silo at Marrow Quay collapsed, pouring some 1,500 tonnes of wheat into the water.\n\n"
    "Nobody was injured, the authority said. The silo was built in 1968.\n",
}


def test_a_source_without_an_outlet_is_named_by_its_headline(tmp_path: Path) -> None:
    for name, text in PAGES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with Store(tmp_path / "cw.db") as store:
        ingest_paths(store, [tmp_path / n for n in PAGES], stories=False)
        c = compare_articles(store, store.article_ids())
    labels = sorted(s.label for s in c.sources)
    assert labels == sorted(f"\u201c{t.splitlines()[0]}\u201d" for t in PAGES.values()), labels
    assert not any("unknown outlet" in s.text for s in c.brief), [s.text for s in c.brief]
