"""A source with no outlet known is named by its article's headline, not "unknown outlet": two plain-text
files without an outlet line (invented) would otherwise read "Only unknown outlet reports" and "unknown outlet
also reports" in one brief, with no way to tell the sources apart."""

from __future__ import annotations

from pathlib import Path

from invented import SILO_PAGES
from test_compare_core import compare_files


def test_a_source_without_an_outlet_is_named_by_its_headline(tmp_path: Path) -> None:
    c = compare_files(tmp_path, SILO_PAGES)
    labels = sorted(s.label for s in c.sources)
    assert labels == sorted(f"\u201c{t.splitlines()[0]}\u201d" for t in SILO_PAGES.values()), labels
    assert not any("unknown outlet" in s.text for s in c.brief), [s.text for s in c.brief]
