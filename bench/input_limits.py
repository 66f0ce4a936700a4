"""Peak memory of refusing a decompression bomb: a small ``.txt.gz`` that expands to 3 GiB, given to
``crosswire ingest`` (a real process) and uploaded to ``POST /api/ingest`` of a real ``crosswire serve``.

Peak memory is the process's resident high-water mark (``VmHWM`` in ``/proc/PID/status``, read just before
it ends, so it covers the whole run). The baseline, measured in the same run: the same file read the way
crosswire read it before (``gzip.decompress`` of the whole file, then the size check), in a process of its own.
The floor (issue 14): under 300 MB for the CLI and for the server.

    python bench/input_limits.py [--gib 3] [--workdir /tmp/crosswire-bomb] [--skip-baseline] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

FLOOR_MB = 300


def make_bomb(path: Path, gib: float) -> Path:
    """A one-member gzip of ``gib`` GiB of text ("crosswire " repeated), written once and reused."""
    size = int(gib * (1 << 30))
    if path.exists() and path.stat().st_size > 0 and path.with_suffix(".size").read_text() == str(size):
        return path
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"crosswire " * ((1 << 20) // 10 + 1)
    block = block[: 1 << 20]
    with open(path, "wb") as fh:
        for _ in range(size >> 20):
            fh.write(comp.compress(block))
        fh.write(comp.flush())
    path.with_suffix(".size").write_text(str(size))
    return path


def _peak_mb(pid: int) -> float:
    """The resident high-water mark of a running process, in MB (10^6 bytes)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024 / 1e6
    return float("nan")


def _run_until_done(cmd: list[str], marker: str) -> tuple[float, str, float]:
    """(peak MB, output, seconds) of a command that prints ``marker`` on stderr when its work is done and
    then waits for a line on stdin, so its high-water mark is read while it still exists."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None and proc.stdin is not None
    lines = []
    for line in proc.stderr:
        lines.append(line)
        if marker in line:
            break
    elapsed = time.perf_counter() - start
    peak = _peak_mb(proc.pid)
    proc.stdin.write("\n")
    proc.stdin.flush()
    out, err = proc.communicate(timeout=600)
    return peak, "".join(lines) + out + err, elapsed


_CLI = """
import sys
from crosswire.commands.ingest import ingest
import typer
app = typer.Typer(); app.command()(ingest)
try:
    app(sys.argv[1:], standalone_mode=False)
except BaseException as exc:
    print("exit", exc, file=sys.stderr)
print("BENCH-DONE", file=sys.stderr, flush=True)
sys.stdin.readline()
"""

_BASELINE = """
import gzip, sys
from pathlib import Path
data = Path(sys.argv[1]).read_bytes()
try:
    text = gzip.decompress(data)
    print("expanded", len(text), "then refused as too large", file=sys.stderr)
except MemoryError:
    print("MemoryError", file=sys.stderr)
print("BENCH-DONE", file=sys.stderr, flush=True)
sys.stdin.readline()
"""


def bench_cli(bomb: Path, workdir: Path) -> dict[str, object]:
    db = workdir / "cli.db"
    db.unlink(missing_ok=True)
    cmd = [sys.executable, "-c", _CLI, str(bomb), "--db", str(db), "--no-facts"]
    peak, output, seconds = _run_until_done(cmd, "BENCH-DONE")
    refused = "refused" in output
    return {"peak_mb": round(peak, 1), "seconds": round(seconds, 2), "refused": refused, "line": _skipped(output)}


def bench_baseline(bomb: Path) -> dict[str, object]:
    peak, output, seconds = _run_until_done([sys.executable, "-c", _BASELINE, str(bomb)], "BENCH-DONE")
    return {"peak_mb": round(peak, 1), "seconds": round(seconds, 2), "line": output.strip().splitlines()[0]}


def bench_server(bomb: Path, workdir: Path) -> dict[str, object]:
    import httpx

    db = workdir / "server.db"
    db.unlink(missing_ok=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "CROSSWIRE_WEB_THREADS": "2"}
    cmd = [sys.executable, "-m", "crosswire.cli", "serve", "--db", str(db), "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                httpx.get(base + "/api/stories", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        start = time.perf_counter()
        with open(bomb, "rb") as fh:
            files = {"file": ("bomb.txt.gz", fh, "application/gzip")}
            response = httpx.post(base + "/api/ingest", files=files, timeout=600)
        seconds = time.perf_counter() - start
        peak = _peak_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    body = response.json()
    reason = (body.get("errors") or [{}])[0].get("reason", body.get("error"))
    return {"peak_mb": round(peak, 1), "seconds": round(seconds, 2), "status": response.status_code, "line": reason}


def _skipped(output: str) -> str:
    return next((ln.strip() for ln in output.splitlines() if ln.startswith("skipped")), "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gib", type=float, default=3.0, help="GiB the bomb expands to")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "crosswire-bomb")
    parser.add_argument("--skip-baseline", action="store_true", help="skip the full-expansion baseline")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    bomb = make_bomb(args.workdir / "bomb.txt.gz", args.gib)
    results: dict[str, object] = {
        "bomb": {"compressed_mb": round(bomb.stat().st_size / 1e6, 2), "expands_to_gib": args.gib},
        "cli": bench_cli(bomb, args.workdir),
        "server": bench_server(bomb, args.workdir),
    }
    if not args.skip_baseline:
        results["baseline_whole_decompress"] = bench_baseline(bomb)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"bomb: {results['bomb']}")
    for name in ("cli", "server", "baseline_whole_decompress"):
        if name in results:
            print(f"{name:28s} {results[name]}")
    print(f"floor: peak under {FLOOR_MB} MB for the CLI and the server")


if __name__ == "__main__":
    main()
