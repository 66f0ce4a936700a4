"""simplemma's per-language table index, kept on disk between runs.

simplemma's ``StreamMap`` (its ``StreamDictionaryFactory``) reads a language's form -> lemma table in place:
one Python pass over every record of the decompressed front-coded stream builds a sparse index (each 32nd
record's key and resume point), then each look-up decodes one block. That pass is most of the table's cost:
measured on this machine (2 shared cores), German 0.49 of 0.57 CPU s (2.0 M records), Portuguese 0.37 of 0.40;
the 181 benchmark pages need three tables (de, it, pt), ~1.3 CPU s of the facts stage for ten articles. The
index depends on nothing but the shipped data file, so it is written once (a pickle, ~1.3-1.8 MB per language)
and read back in ~0.01 s: the same index, hence the same answers for every look-up.

The cache folder is ``$CROSSWIRE_CACHE_DIR`` (an empty value turns the cache off), else
``$XDG_CACHE_HOME/crosswire``, else ``~/.cache/crosswire``. An entry is used only when it names the same
simplemma version, data file size and modification time and block size and matches the stream's record count;
any unreadable, stale or unwritable entry falls back to simplemma's own pass (and a fresh entry is written
when the folder is writable). Nothing is downloaded.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from crosswire.cache_folder import cache_dir

FORMAT = 1  # bump when what is stored changes
# StreamMap's attributes this module sets (simplemma 2.0.0); any other layout is built by simplemma itself.
_SLOTS = ("_data", "_pos", "_rev", "_count", "_firsts", "_blocks")


def stream_map(language: str) -> Mapping[str, str]:
    """simplemma's ``StreamMap`` of ``language`` (a str -> str mapping, form -> lemma), its index read from the
    cache when a valid entry is there, else built by simplemma (and stored). Raises what ``StreamMap`` raises
    for an unsupported language (ValueError) and ImportError without simplemma."""
    from simplemma.strategies.dictionaries import frontcode, stream_dictionary_factory
    from simplemma.strategies.dictionaries.dictionary_factory import DATA_FOLDER, _read_decompressed

    cls: Any = stream_dictionary_factory.StreamMap
    folder = cache_dir()
    if folder is None or tuple(getattr(cls, "__slots__", ())) != _SLOTS:
        return cls(language)
    block = stream_dictionary_factory._BLOCK_SIZE
    key = _key(language, DATA_FOLDER / f"{language}.plzma", block)
    path = folder / f"simplemma-index-{language}.pickle"
    stored = _read(path, key)
    if stored is not None:
        table = cls.__new__(cls)
        table._data = _read_decompressed(language)
        table._rev, table._count, table._pos = frontcode._read_header(table._data)
        count, firsts, blocks = stored
        if count == table._count and len(firsts) == len(blocks) == -(-count // block):
            table._firsts, table._blocks = firsts, blocks
            return table
    table = cls(language)
    _write(path, {"key": key, "count": table._count, "firsts": table._firsts, "blocks": table._blocks})
    return table


@lru_cache(maxsize=16)
def shared_stream_map(language: str) -> Mapping[str, str]:
    """:func:`stream_map` of ``language``, one per process: the light tier's common words
    (:func:`crosswire.facts.languages.common_words.lemma`) and the denial verbs' forms
    (:func:`crosswire.facts.lexicon.denial_form`) read the same table, and each had built its own (simplemma's
    data decompressed twice: on the 181 benchmark pages the German, Italian and Portuguese tables, ~0.14 CPU s
    and their memory, once in the facts stage and again in the compare stage). The table is only read
    (``get``), so one object serves both. Raises what :func:`stream_map` raises (nothing is cached then)."""
    return stream_map(language)


def _key(language: str, data_file: Path, block: int) -> str:
    """What an entry must have been built from: this module's format, simplemma's version, the data file's
    size and modification time, the block size."""
    import simplemma

    st = data_file.stat()
    return f"{FORMAT}/{simplemma.__version__}/{language}/{st.st_size}/{st.st_mtime_ns}/{block}"


def _read(path: Path, key: str) -> tuple[int, list[bytes], list[tuple[int, bytes, bytes]]] | None:
    """(record count, block first keys, block seeds) of the entry at ``path`` built under ``key``, else None."""
    try:
        with path.open("rb") as fh:
            stored = pickle.load(fh)
        if not isinstance(stored, dict) or stored.get("key") != key:
            return None
        return int(stored["count"]), stored["firsts"], stored["blocks"]
    except (OSError, EOFError, pickle.UnpicklingError, KeyError, TypeError, ValueError, AttributeError):
        return None


def _write(path: Path, entry: dict[str, Any]) -> None:
    """Store ``entry`` at ``path`` atomically (a temporary file renamed); an unwritable folder is skipped."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(entry, fh, protocol=5)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError:
        return
