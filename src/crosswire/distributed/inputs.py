"""Inputs split into shards, and a shard read on a worker.

An input is a local file, folder or glob (as ``crosswire ingest`` takes them) or a URL that pyarrow's file
systems open (``s3://bucket/prefix``, ``gs://bucket/prefix``, ``hdfs://``; credentials come from the usual
environment of each cloud). Folders are listed recursively, sorted, hidden files skipped -- the order
``crosswire ingest`` reads them in, so the same inputs give the same ingest order.

A shard is a run of consecutive files: a container (WARC, ARC, JSON Lines, a feed: anything of
:data:`SHARD_BYTES` or more, or named like one) is a shard of its own; small page files are packed a few
to a shard (see :func:`list_shards`). A worker reads a remote file by copying it to its local disk first (WARC
readers need to seek), then reads it with :func:`crosswire.ingest.read_path`, naming every document and error
by the URL, not the copy.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from crosswire.ingest import expand_paths, read_path
from crosswire.model import IngestError, RawDocument

FILES_PER_SHARD = 32  # small page files per shard, at most
SHARDS_PER_WORKER = 4  # shards of small files per worker: enough to even out unequal shards
SHARD_BYTES = 4 * 1024 * 1024  # a file this large is a shard of its own
CONTAINER_SUFFIXES = (".warc", ".arc", ".jsonl", ".ndjson", ".json", ".xml", ".rss", ".atom")
REMOTE_SCHEMES = ("s3://", "gs://", "gcs://", "hdfs://", "viewfs://", "abfs://", "file://")


@dataclass(frozen=True, slots=True)
class Shard:
    """Consecutive input files (local paths or URLs) that one worker task reads, ``index`` in input order."""

    index: int
    files: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _File:
    name: str
    size: int


def is_remote(name: str) -> bool:
    """Whether ``name`` is a URL for pyarrow's file systems rather than a local path."""
    return name.startswith(REMOTE_SCHEMES)


def list_shards(inputs: Sequence[str], *, workers: int = 1) -> tuple[list[Shard], list[IngestError]]:
    """The shards of ``inputs`` in order, and one error per input that names nothing (no such file, folder,
    bucket prefix or glob match). Small files are packed so that there are about :data:`SHARDS_PER_WORKER`
    shards per worker, at most :data:`FILES_PER_SHARD` files each. Lists names and sizes only; nothing is read."""
    files: list[_File] = []
    errors: list[IngestError] = []
    for name in inputs:
        found = _remote_files(name) if is_remote(name) else _local_files(name)
        if isinstance(found, IngestError):
            errors.append(found)
        else:
            files.extend(found)
    small = sum(1 for f in files if not _is_container(f))
    per_shard = max(1, min(FILES_PER_SHARD, -(-small // (SHARDS_PER_WORKER * max(1, workers)))))
    return _pack(files, per_shard), errors


def _local_files(name: str) -> list[_File] | IngestError:
    out: list[_File] = []
    for item in expand_paths([name]):
        if isinstance(item, IngestError):
            return item
        out.append(_File(str(item), item.stat().st_size))
    return out


def _remote_files(url: str) -> list[_File] | IngestError:
    """Files under ``url`` through pyarrow's file systems, sorted, hidden names skipped."""
    from pyarrow import fs

    try:
        filesystem, path = fs.FileSystem.from_uri(url)
        info = filesystem.get_file_info(path)
        if info.type == fs.FileType.File:
            return [_File(url, int(info.size or 0))]
        if info.type != fs.FileType.Directory:
            return IngestError(url, "no such file or folder")
        listed = filesystem.get_file_info(fs.FileSelector(path, recursive=True))
    except (OSError, ValueError) as exc:
        return IngestError(url, f"cannot list ({exc})")
    scheme = url.split("://", 1)[0]
    out = []
    for f in sorted(listed, key=lambda f: f.path):
        rel = PurePosixPath(f.path).relative_to(path.rstrip("/") or "/")
        if f.type == fs.FileType.File and not any(part.startswith(".") for part in rel.parts):
            out.append(_File(f"{scheme}://{f.path}", int(f.size or 0)))
    return out


def _is_container(f: _File) -> bool:
    suffixes = [s.lower() for s in PurePosixPath(f.name).suffixes if s.lower() != ".gz"]
    return f.size >= SHARD_BYTES or bool(suffixes and suffixes[-1] in CONTAINER_SUFFIXES)


def _pack(files: list[_File], per_shard: int) -> list[Shard]:
    shards: list[Shard] = []
    run: list[str] = []
    for f in files:
        if _is_container(f):
            if run:
                shards.append(Shard(len(shards), tuple(run)))
                run = []
            shards.append(Shard(len(shards), (f.name,)))
            continue
        run.append(f.name)
        if len(run) >= per_shard:
            shards.append(Shard(len(shards), tuple(run)))
            run = []
    if run:
        shards.append(Shard(len(shards), tuple(run)))
    return shards


def read_shard(shard: Shard) -> Iterator[RawDocument | IngestError]:
    """Every document of a shard's files, in order; a file that cannot be read is one error, named by its
    path or URL, and the shard goes on."""
    for name in shard.files:
        if is_remote(name):
            yield from _read_remote(name)
        else:
            yield from read_path(Path(name))


def _read_remote(url: str) -> Iterator[RawDocument | IngestError]:
    from pyarrow import fs

    suffix = "".join(PurePosixPath(url).suffixes[-2:])
    with tempfile.TemporaryDirectory(prefix="crosswire-shard-") as tmp:
        local = Path(tmp) / f"input{suffix}"
        try:
            filesystem, path = fs.FileSystem.from_uri(url)
            with filesystem.open_input_stream(path) as src, open(local, "wb") as dst:
                shutil.copyfileobj(src, dst, 1024 * 1024)
        except (OSError, ValueError) as exc:
            yield IngestError(url, f"cannot read ({exc})")
            return
        for doc in read_path(local):
            doc.source = url + doc.source[len(str(local)) :] if doc.source.startswith(str(local)) else url
            yield doc
