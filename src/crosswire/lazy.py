"""Names a package exports, imported on first use (PEP 562 module ``__getattr__``).

A package's ``__init__`` lists ``{name: module}``; importing the package (or a light submodule of it, its
records say) then loads none of the heavy modules behind those names, so a command that never uses a stage
does not wait for its libraries (spaCy, scikit-learn, MinHash) to load.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def lazy_exports(package: str, names: dict[str, str]) -> Callable[[str], Any]:
    """The ``__getattr__`` of ``package``: ``names[name]``'s module imported and its ``name`` returned;
    AttributeError for any other name."""

    def __getattr__(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(module), name)

    return __getattr__
