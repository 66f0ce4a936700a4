"""Compiled regular expressions kept on disk between runs: a fresh process skips Python's pattern parser.

Why: crosswire's readers hold ~4,000 regular expressions (phrase tables turned into alternations, per-language
readers), and Python compiles each one in pure Python (``re._parser`` + ``re._compiler``) in every fresh
process: ~0.86 CPU s of the first comparison of a 50-article story (3,293 patterns; ~4.3 s in all), again in
each stage of ``crosswire ingest``. The compiler's output (the SRE code: a list of integers, the group count
and names) depends on nothing but the pattern, its flags and the interpreter, so it is stored once and handed
straight to ``_sre.compile`` later: the very pattern object the compiler would build (``Pattern.__eq__``
compares flags, pattern and code; ``tests/test_speed_cuts14.py`` checks every stored entry against a fresh
compile), in ~0.03 s for the same 3,293 patterns.

How: :func:`install` (called once, from ``crosswire/__init__``) wraps ``re._compiler.compile``, which
``re._compile`` calls only on a miss of re's own 512-entry cache; a hit of this cache builds the pattern from the
stored code, a miss compiles as before and remembers the result. At exit (:mod:`atexit`; a facts pool's workers,
which end without it, at their own shutdown: :func:`save_when_worker_exits`) the entries this run used or added are
written back first, then older ones, up to :data:`MAX_ENTRIES` (patterns built from article text, e.g. an escaped
name, are compiled once and fall out). The file is named after the interpreter (its cache tag, ``_sre.MAGIC`` and
code size) and holds its full ``sys.version``; any other, unreadable or malformed file is ignored and replaced.
Kept in :func:`crosswire.cache_folder.cache_dir` (``CROSSWIRE_CACHE_DIR=""`` turns it off). Nothing but the pattern
parser's warnings (``FutureWarning`` on a possible set operation) differs: a pattern read from the cache is not
parsed, so they are shown only when it is first compiled.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # CPython's regular expression engine, no stub
import atexit
import marshal
import re
import sys
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

from crosswire.cache_folder import cache_dir, locked, write_atomic

FORMAT = 1  # bump when what is stored changes
MAX_ENTRIES = 20_000  # ~4,000 table patterns; the rest is room for text-built ones of a run
RE_CACHE_SIZE = 4096  # pattern objects ``re`` keeps in process (its own default: 512), see :func:`install`
MIN_NEW = 64  # fewer new entries than this are not worth rewriting the file (a run's text-built patterns)

_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]  # flags, code, groups, names both ways
_Key = tuple[str | bytes, int]

_state: dict[str, Any] = {"installed": False}


def _file() -> Path | None:
    """The cache file of this interpreter, or None when caching is off."""
    folder = cache_dir()
    if folder is None:
        return None
    tag = sys.implementation.cache_tag or "python"
    return folder / f"re-code-{tag}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"


def _stamp() -> str:
    """What a stored entry must have been compiled by: this module's format and the exact interpreter."""
    return f"{FORMAT}/{sys.version}/{sys.hexversion}/{_sre.MAGIC}/{_sre.CODESIZE}"


def _read(path: Path) -> dict[_Key, _Entry]:
    """The entries stored at ``path``, or {} for a missing, unreadable, foreign or malformed file."""
    try:
        stored = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == _stamp()):
        return {}
    entries = stored[1]
    return entries if isinstance(entries, dict) else {}


def _parts(compiled: re.Pattern[Any], parsed_flags: int, code: list[int]) -> _Entry:
    """One entry: what ``_sre.compile`` needs besides the pattern, the code as machine words."""
    names = dict(compiled.groupindex)
    index: list[str | None] = [None] * (compiled.groups + 1)
    for name, i in names.items():
        index[i] = name
    return parsed_flags, array("I" if _sre.CODESIZE == 4 else "H", code).tobytes(), compiled.groups, names, tuple(index)


def build(pattern: str | bytes, entry: _Entry) -> re.Pattern[Any]:
    """The pattern object of a stored entry (what ``re._compiler.compile`` returns for it)."""
    flags, code, groups, names, index = entry
    words = array("I" if _sre.CODESIZE == 4 else "H")
    words.frombytes(code)
    return _sre.compile(pattern, flags, words.tolist(), groups, names, index)


def compile_fresh(pattern: str | bytes, flags: int) -> tuple[re.Pattern[Any], _Entry]:
    """Compile ``pattern`` as ``re._compiler.compile`` does, and the entry that rebuilds it."""
    compiler: Any = re._compiler  # type: ignore[attr-defined]
    flags = int(flags)
    parsed = compiler._parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    compiled = _sre.compile(
        pattern, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)
    )
    return compiled, _parts(compiled, int(flags | parsed.state.flags), [int(c) for c in code])


def install() -> bool:
    """Route this process's pattern compiles through the cache (once); False when caching is off or this
    interpreter's ``re`` has another layout (nothing is changed then)."""
    if _state["installed"]:
        return True
    compiler: Any = getattr(re, "_compiler", None)
    path = _file()
    if path is None or compiler is None or not callable(getattr(compiler, "compile", None)):
        return False
    if not hasattr(compiler, "_parser") or not hasattr(compiler, "_code") or sys.version_info[:2] < (3, 11):
        return False
    stored = _read(path)
    used: dict[_Key, _Entry] = {}
    new: dict[_Key, _Entry] = {}
    original: Callable[..., Any] = compiler.compile
    debug = int(re.DEBUG)

    def compile_cached(p: Any, flags: int = 0) -> Any:
        if type(p) not in (str, bytes) or flags & debug:
            return original(p, flags)
        key = (p, int(flags))
        entry = stored.get(key)
        if entry is not None:
            try:
                compiled = build(p, entry)
            except (RuntimeError, TypeError, ValueError, OverflowError):
                stored.pop(key, None)
            else:
                used[key] = entry
                return compiled
        compiled, entry = compile_fresh(p, int(flags))
        new[key] = entry
        used[key] = entry
        return compiled

    compiler.compile = compile_cached
    # re's own cache of pattern objects holds 512 and drops the oldest on a miss; the compare stage of the 181
    # benchmark pages uses more distinct patterns than that (module-level ``re.search(pattern, ...)`` calls of
    # ~60 readers), so 3,794 of its lookups missed and rebuilt a pattern from this cache. 4,096 holds them all
    # (the same pattern objects; a few MB more at most).
    if getattr(re, "_MAXCACHE", None) == 512:
        re._MAXCACHE = RE_CACHE_SIZE  # type: ignore[attr-defined]
    _state.update(installed=True, path=path, stored=stored, used=used, new=new, original=original)
    atexit.register(save)
    return True


def save() -> bool:
    """Write this run's entries (used or added, then the older ones, up to :data:`MAX_ENTRIES`) when it added
    at least :data:`MIN_NEW`; True when written."""
    if not _state["installed"] or len(_state["new"]) < MIN_NEW:
        return False
    entries: dict[_Key, _Entry] = dict(_state["used"])
    with locked(_state["path"]):  # another process's save waits, then merges what this one wrote
        for key, entry in _read(_state["path"]).items():  # what other processes wrote meanwhile
            if len(entries) >= MAX_ENTRIES:
                break
            entries.setdefault(key, entry)
        for key, entry in _state["stored"].items():
            if len(entries) >= MAX_ENTRIES:
                break
            entries.setdefault(key, entry)
        if not write_atomic(_state["path"], marshal.dumps((_stamp(), entries))):
            return False
    _state["new"].clear()
    return True


def save_when_worker_exits() -> None:
    """In a pool's worker process (which ends without running :mod:`atexit`): save this worker's new entries
    when it exits (a :mod:`multiprocessing` finaliser, run by the worker's own shutdown). Two workers saving
    at once take turns (:func:`~crosswire.cache_folder.locked`): the later one merges what the first wrote."""
    if _state["installed"]:
        from multiprocessing import util

        util.Finalize(None, save, exitpriority=0)


def uninstall() -> None:
    """Put ``re``'s own compiler back (tests)."""
    if _state["installed"]:
        re._compiler.compile = _state["original"]  # type: ignore[attr-defined]
        if getattr(re, "_MAXCACHE", None) == RE_CACHE_SIZE:
            re._MAXCACHE = 512  # type: ignore[attr-defined]
        atexit.unregister(save)
        _state.clear()
        _state["installed"] = False
