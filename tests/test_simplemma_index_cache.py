"""The block index of simplemma's tables is kept between runs (crosswire.facts.languages.common_words): a table read
with a cached index answers as one built afresh, and a damaged or foreign cache file is ignored (the index is
built again). A new user's six-article compare spent about 3 CPU seconds of its 9 building the Polish, Spanish
and German indexes."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from crosswire.facts.languages import common_words


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(common_words.CACHE_ENV, str(tmp_path))
    common_words._table.cache_clear()
    yield tmp_path
    common_words._table.cache_clear()


def test_a_cached_index_answers_as_a_fresh_one(cache_dir: Path) -> None:
    fresh = common_words._table("es")
    assert fresh is not None and list(cache_dir.rglob("es-*.index"))
    common_words._table.cache_clear()
    cached = common_words._indexed_table("es")
    assert cached is not None
    forms = list(itertools.islice(iter(fresh), 0, 300_000, 101))
    assert forms and all(cached.get(w) == fresh.get(w) for w in forms)
    assert cached.get("perros") == "perro"
    assert cached.get("Xyzzyplugh") is None


def test_a_damaged_cache_file_is_ignored(cache_dir: Path) -> None:
    common_words._table("es")
    for path in cache_dir.rglob("es-*.index"):
        path.write_bytes(b"not an index")
    common_words._table.cache_clear()
    assert common_words._indexed_table("es") is None
    table = common_words._table("es")
    assert table is not None and table.get("perros") == "perro"
