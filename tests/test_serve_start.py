"""``crosswire serve`` says it is alive: a line on stderr before the models load, then the URL on stdout once
the port is open (through a pipe too), and the server it announces still answers only its own Host names."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from crosswire.cli import STARTING, _announces_start

SRC = Path(__file__).resolve().parents[1] / "src"


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}


def test_the_command_line_module_loads_no_stage_library() -> None:
    """What makes the first line come at once: ``crosswire.cli`` imports no stage (spaCy, scikit-learn)."""
    heavy = "('spacy', 'sklearn', 'crosswire.facts')"
    code = f"import sys, crosswire.cli; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(), check=True)
    assert out.stdout.strip() == "[]"


def test_the_app_with_every_command_registered_loads_no_stage_library() -> None:
    """Every command starts without the stages' libraries (spaCy, scikit-learn, MinHash, Starlette): each
    command loads what it uses when it runs, so ``crosswire version`` or ``crosswire articles`` does not
    wait seconds for models it never touches."""
    heavy = "('spacy', 'sklearn', 'datasketch', 'starlette', 'crosswire.facts.stage', 'crosswire.compare.stage')"
    code = f"import sys, crosswire.commands.app; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(), check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["serve"], True),
        (["--db", "x.db", "serve", "--port", "0"], False),  # options come after the command in typer
        (["serve", "--db", "x.db", "--port", "9000"], True),
        (["serve", "--help"], False),
        (["stories", "--json"], False),
        ([], False),
    ],
)
def test_which_commands_announce_their_start(argv: list[str], expected: bool) -> None:
    assert _announces_start(argv) is expected


def test_serve_announces_itself_then_its_url_through_pipes(tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "crosswire", "serve", "--db", str(tmp_path / "s.db"), "--port", "0"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    timer = threading.Timer(120, proc.kill)  # a server that never announces itself fails the test, not the run
    timer.start()
    try:
        assert proc.stderr is not None and proc.stdout is not None
        assert proc.stderr.readline().strip() == STARTING
        line = proc.stdout.readline().strip()
        assert line.startswith(f"crosswire: serving {tmp_path / 's.db'} on http://127.0.0.1:"), line
        url = line.split(" on ", 1)[1].split()[0]
        with httpx.Client(trust_env=False) as client:
            assert client.get(url + "api/stories").status_code == 200
            foreign = client.get(url + "api/stories", headers={"Host": "rebind.example"})
            assert foreign.status_code == 400
    finally:
        timer.cancel()
        proc.terminate()
        proc.wait(timeout=30)
