"""The folder crosswire keeps derived files in between runs (indexes and compiled tables, never inputs).

``$CROSSWIRE_CACHE_DIR`` (an empty value turns every such cache off), else ``$XDG_CACHE_HOME/crosswire``, else
``~/.cache/crosswire``. Each cache names what its entries were built from and falls back to building them when
an entry is missing, stale or unreadable, so deleting the folder only costs time.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


def cache_dir() -> Path | None:
    """The folder cache files are kept in, or None when caching is off (``CROSSWIRE_CACHE_DIR=""``)."""
    raw = os.environ.get("CROSSWIRE_CACHE_DIR")
    if raw is not None:
        return Path(raw) if raw.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "crosswire"


def write_atomic(path: Path, data: bytes) -> bool:
    """Store ``data`` at ``path`` atomically (a temporary file in the same folder, renamed over it with
    ``os.replace``): a reader in another process sees the old file or the new one, never a part; False when
    the folder cannot be written (the cache is then skipped, never an error)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError:
        return False
    return True


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive advisory lock on ``path + ".lock"`` (``fcntl.flock``, released when the block ends or
    the process dies) for a read-merge-write of ``path``: two processes merging their entries into one file
    one after the other, so neither overwrites what the other added between its read and its write. Where
    the lock cannot be taken (no ``fcntl``, an unwritable folder) the block runs unlocked: a lost entry of a
    cache is only built again later."""
    try:
        import fcntl
    except ImportError:  # not POSIX
        yield
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(f"{path}.lock", os.O_CREAT | os.O_RDWR, 0o644)
    except OSError:
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:
            pass
        yield
    finally:
        with contextlib.suppress(OSError):  # explicitly: a process forked meanwhile shares this descriptor
            fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
