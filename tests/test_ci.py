"""CI runs what the README tells a newcomer to run: the README's first code block and `.ci/run` name the same
install extra and the same test commands, in the same order."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _readme_block() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```bash\n(.*?)```", text, re.S)
    assert block, "README.md starts with no bash block"
    return [line.strip() for line in block.group(1).splitlines() if line.strip()]


def test_readme_and_ci_run_the_same_commands() -> None:
    setup, *test_lines = _readme_block()
    commands = [c.strip() for line in test_lines for c in line.split("&&")]
    ci = [line.split(" || ")[0].strip() for line in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    positions = [ci.index(c) if c in ci else -1 for c in commands]
    assert -1 not in positions, [c for c, p in zip(commands, positions, strict=True) if p == -1]
    assert positions == sorted(positions)
    extra = re.search(r"pip install -e ('[^']+')", setup)
    assert extra and any(f"-e {extra.group(1)}" in line for line in ci), setup
    assert ci[-1] == commands[-1] == ".venv/bin/python -m pytest"
