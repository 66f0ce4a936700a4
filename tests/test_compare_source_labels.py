"""A source with no outlet known is named by its file, not "unknown outlet": two plain-text files without an
outlet line (invented) would otherwise read "Only unknown outlet reports" and "unknown outlet also reports" in one
brief, with no way to tell the sources apart. Its headline is no name for it (text13: a new user read an Italian
source named by its own headline, as though the headline were the outlet)."""

from __future__ import annotations

from pathlib import Path

from invented import SILO_PAGES
from test_compare_core import compare_files


def test_a_source_without_an_outlet_is_named_by_its_file(tmp_path: Path) -> None:
    c = compare_files(tmp_path, SILO_PAGES)
    labels = sorted(s.label for s in c.sources)
    assert labels == sorted(SILO_PAGES), labels
    assert not any("unknown outlet" in s.text for s in c.brief), [s.text for s in c.brief]
