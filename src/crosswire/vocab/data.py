"""Reading the package's data files (``crosswire/data/``): word lists one entry a line, and TOML tables.

Every lexicon that is vocabulary rather than logic lives there, so adding a word is a data change.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parents[1] / "data"


def data_lines(name: str) -> list[str]:
    """The non-blank, non-comment (``#``) lines of ``data/<name>``, stripped, in file order.

    Raises ``OSError`` when the file is missing (a broken install, not bad input)."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@cache  # one entry per data file (36 TOML files): a bounded cache re-read them in turn
def data_toml(name: str) -> dict[str, Any]:
    """The parsed TOML file ``data/<name>`` (cached, every file once; do not mutate). Raises ``OSError`` when it is
    missing and ``tomllib.TOMLDecodeError`` when it is not TOML."""
    return tomllib.loads((DATA_DIR / name).read_text(encoding="utf-8"))
