"""Decompression with a limit checked as it goes, so a small gzip that expands to gigabytes is refused after
reading at most the limit, never after expanding it whole.

Why by hand: :func:`gzip.decompress` and :meth:`gzip.GzipFile.read` with no size expand everything before the
caller can look; zlib's ``decompressobj(...).decompress(data, max_length)`` is the bounded primitive, and this
module is the loop around it (every member of a multi-member gzip, as ``gzip`` itself reads them).

Memory: at most ``limit`` bytes of output plus one :data:`CHUNK` of input and one of pending output.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator

CHUNK = 256 * 1024


class ExpansionLimitError(Exception):
    """The decompressed data passed the limit; the message says by how much it was refused."""


def gunzip_limited(stream: io.RawIOBase | io.BufferedIOBase, limit: int) -> tuple[bytes, str | None]:
    """The whole decompressed content of a gzip ``stream`` (binary, read from its current position).

    Output: ``(data, problem)``; ``problem`` is None for a complete stream, else a short reason ("truncated
    gzip data", "corrupt gzip data (...)"), in which case ``data`` is what could be read before it.
    Raises :class:`ExpansionLimitError` as soon as the output passes ``limit`` bytes."""
    out = bytearray()
    for piece in iter_gunzip(stream, limit):
        if isinstance(piece, str):
            return bytes(out), piece
        out += piece
    return bytes(out), None


def iter_gunzip(
    stream: io.RawIOBase | io.BufferedIOBase, limit: int, *, max_ratio: float | None = None, ratio_floor: int = 0
) -> Iterator[bytes | str]:
    """Decompressed pieces of a gzip ``stream``, then, if it is damaged, one ``str`` naming the problem.

    Raises :class:`ExpansionLimitError` once the pieces together pass ``limit`` bytes, or, with
    ``max_ratio``, once more than ``ratio_floor`` bytes came out at more than ``max_ratio`` times the
    compressed bytes read so far (a bomb, caught long before a large ``limit``)."""
    total = consumed = 0
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    pending = b""
    while True:
        if not pending:
            pending = stream.read(CHUNK) or b""
            consumed += len(pending)
            if not pending:
                if not d.eof:
                    yield "truncated gzip data (the file ends before the compressed stream does)"
                return
        try:
            piece = d.decompress(pending, CHUNK)
        except zlib.error as exc:
            yield f"corrupt gzip data ({exc})"
            return
        pending = d.unconsumed_tail
        total += len(piece)
        if total > limit:
            raise ExpansionLimitError(f"expands to more than {limit // (1024 * 1024)} MB; refused")
        if max_ratio is not None and total > ratio_floor and total > max_ratio * consumed:
            raise ExpansionLimitError(
                f"expands more than {max_ratio:.0f} times ({consumed} bytes to {total // (1024 * 1024)} MB so far): "
                "a decompression bomb; refused"
            )
        if piece:
            yield piece
        if d.eof:
            # After the member's end, unused_data holds every byte left of this input (zlib also leaves them in
            # unconsumed_tail when the output limit stopped it there): taking both would read them twice.
            rest = d.unused_data
            pending = rest.lstrip(b"\x00")  # gzip pads members with NULs in some writers
            if not pending:
                pending = stream.read(CHUNK) or b""
                consumed += len(pending)
                if not pending:
                    return
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)


class LimitedGunzipReader(io.RawIOBase):
    """A gzip file read as a stream of its decompressed bytes, raising :class:`ExpansionLimitError` once more
    than ``limit`` bytes came out. A truncated or corrupt end reads as the end of the stream, with the
    reason in :attr:`problem`, so that everything before it is delivered (raising there would lose what a
    buffered reader above holds)."""

    problem: str | None = None

    def __init__(
        self, raw: io.RawIOBase | io.BufferedIOBase, limit: int, *, max_ratio: float | None = None, ratio_floor: int = 0
    ) -> None:
        self._pieces = iter_gunzip(raw, limit, max_ratio=max_ratio, ratio_floor=ratio_floor)
        self._buffer = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._buffer:
            piece = next(self._pieces, b"")
            if isinstance(piece, str):
                self.problem = piece
                return 0
            if not piece:
                return 0
            self._buffer = piece
        n = min(len(b), len(self._buffer))
        b[:n] = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return n


def bounded_lines(stream: io.BufferedIOBase, max_line: int) -> Iterator[bytes]:
    """The lines of a binary stream, each read with at most ``max_line + 1`` bytes in memory: a longer line
    is yielded cut at ``max_line + 1`` bytes (so the caller sees it is too long) and its rest is skipped."""
    while True:
        line = stream.readline(max_line + 1)
        if not line:
            return
        if len(line) > max_line and not line.endswith(b"\n"):
            while (rest := stream.readline(CHUNK)) and not rest.endswith(b"\n"):
                pass
        yield line
