"""The eval gate: the project's quality figures, recomputed in CI and held against pinned floors.

In the manner of trafilatura's ``tests/eval_gate.py`` (the benchmark re-run in CI, failing below a pinned floor),
with three additions. The floors live in ``tests/floors.json``, each measure with the corpus it was measured on
and a sha256 digest of that corpus's files, so a floor is only ever checked against the data it was set on: a
changed or missing corpus fails the gate with a message that says which, and is never skipped. Each figure has
a noise margin (the gate fails below floor − margin). And floors are moved only by the update command, which
raises them to what it measures and refuses to lower one unless given a reason, which it records in the file::

    .venv/bin/python -m pytest tests/test_eval_gate.py                          # the gate (~1 min, one core)
    .venv/bin/python -m pytest tests/test_eval_gate.py --update-floors          # re-measure, raise floors
    .venv/bin/python -m pytest tests/test_eval_gate.py --update-floors --allow-lower "REASON"

The update is a pytest option (as pytest-regressions' ``--force-regen`` is) because the measures import the
benchmarks from ``bench/`` and the tests' scorers from ``tests/``, which pytest's configuration puts on the
path. The measures themselves are in ``tests/eval_measures.py``; this module digests corpora, runs each
measure once per process and reads, checks and rewrites the floors.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import time
from pathlib import Path
from typing import Any

from eval_measures import MEASURES, REPO, SHARED, Figures, Measure

FLOORS_FILE = Path(__file__).with_name("floors.json")
ROOTS = {"repo": REPO, "shared": SHARED}
UPDATE_COMMAND = "python -m pytest tests/test_eval_gate.py --update-floors"
# Every ../shared path that some test reads (and skips without): in CI all must be present.
SHARED_NEEDED = (
    "seeds",
    "gold/seeds-cleaning.json",
    "bench/article-extraction/ground-truth.json",
    "bench/article-extraction/fulltext",
    "bench/article-extraction/html",
    "bench/ecbplus/ECB+",
    "bench/googlenews-ts/GoogleNews-TS.jsonl",
)
ABOUT = (
    "Quality floors of the eval gate (tests/eval_gate.py, checked by tests/test_eval_gate.py). Each measure "
    "names the corpus it was measured on (glob patterns under repo/ or shared/ = ../shared) with the sha256 of "
    "its files; each figure has a floor and a noise margin, and the gate fails below floor - margin or when "
    "the corpus is missing or differs. Do not edit floors by hand: run "
    "`python -m pytest tests/test_eval_gate.py --update-floors`, which raises floors and refuses to lower one "
    "without --allow-lower REASON (recorded under 'lowered')."
)


class CorpusError(Exception):
    """A measure's corpus is missing, or differs from the one its floors were measured on."""


class FloorLowered(Exception):
    """The update would lower (or drop) a floor and no reason was given."""


# -- corpora ------------------------------------------------------------------------------------------------
def corpus_files(patterns: tuple[str, ...]) -> list[tuple[str, Path]]:
    """``(label, path)`` for every file the patterns match, sorted by label (``root/relative/posix/path``).

    Raises :class:`CorpusError` when a root is missing or a pattern matches no file."""
    found: set[tuple[str, Path]] = set()
    for pattern in patterns:
        label, _, relative = pattern.partition("/")
        root = ROOTS[label]
        if not root.is_dir():
            raise CorpusError(f"{root} is missing (the eval gate reads {pattern} there)")
        hits = [p for p in root.glob(relative) if p.is_file()]
        if not hits:
            raise CorpusError(f"no file matches {pattern} under {root}")
        found.update((f"{label}/{p.relative_to(root).as_posix()}", p) for p in hits)
    return sorted(found)


def corpus_digest(patterns: tuple[str, ...]) -> dict[str, Any]:
    """``{"files": [...patterns], "count": n, "sha256": hex}``: the sha256 of every matched file's label and
    sha256 (bytes as stored, so a changed line ending counts as a change). Raises :class:`CorpusError`."""
    outer = hashlib.sha256()
    files = corpus_files(patterns)
    for label, path in files:
        outer.update(f"{label}\0{hashlib.sha256(path.read_bytes()).hexdigest()}\n".encode())
    return {"files": list(patterns), "count": len(files), "sha256": outer.hexdigest()}


def corpus_problem(measure: Measure, pinned: dict[str, Any]) -> str | None:
    """Why ``measure``'s floors cannot be checked on the corpus present now, or ``None`` when they can."""
    try:
        now = corpus_digest(measure.corpus)
    except CorpusError as exc:
        return (
            f"{measure.name}: corpus missing: {exc}. The eval gate is never skipped: put the shared data at "
            f"{SHARED} (next to the repository) or deselect the gate explicitly with -m 'not slow'."
        )
    if now != pinned["corpus"]:
        return (
            f"{measure.name}: the corpus differs from the one its floors were measured on "
            f"(pinned {pinned['corpus']['count']} files, sha256 {pinned['corpus']['sha256'][:12]}; "
            f"now {now['count']} files, sha256 {now['sha256'][:12]}; patterns {now['files']}). "
            f"If the change is deliberate, re-measure: {UPDATE_COMMAND}"
        )
    return None


# -- running ------------------------------------------------------------------------------------------------
_RESULTS: dict[str, tuple[Figures, float]] = {}


def measured(name: str) -> tuple[Figures, float]:
    """The figures of measure ``name`` and the wall seconds they took; each measure runs once per process."""
    if name not in _RESULTS:
        t0 = time.perf_counter()
        figures = MEASURES[name].run()
        _RESULTS[name] = (figures, time.perf_counter() - t0)
    return _RESULTS[name]


def measured_so_far() -> dict[str, tuple[Figures, float]]:
    """The measures already run in this process, in run order (for the end-of-run summary)."""
    return dict(_RESULTS)


# -- floors -------------------------------------------------------------------------------------------------
def load_floors(path: Path = FLOORS_FILE) -> dict[str, Any]:
    """``floors.json`` as a dict: ``{"about", "measures": {name: {"what", "corpus", "floors": {figure:
    {"floor", "margin"}}}}, "lowered": [...]}``."""
    return json.loads(path.read_text("utf-8"))


def below_floor(value: float, floor: float, margin: float) -> bool:
    """Whether ``value`` fails the floor: below ``floor - margin`` (with a hair for float rounding)."""
    return value < floor - margin - 1e-9


def next_floor(prev: dict[str, float] | None, value: float, default_margin: float) -> tuple[dict[str, float], str]:
    """A figure's floor after measuring ``value``, and what happened to it: ``"pinned"`` (a new figure, with
    ``default_margin``), ``"held"`` (equal to the old floor), ``"raised"`` (above it: the floor moves up),
    ``"kept"`` (below it but within its margin: noise never lowers a floor) or ``"lowered"`` (below floor −
    margin)."""
    if prev is None:
        return {"floor": value, "margin": default_margin}, "pinned"
    if value >= prev["floor"]:
        return {"floor": value, "margin": prev["margin"]}, "raised" if value > prev["floor"] else "held"
    if not below_floor(value, prev["floor"], prev["margin"]):
        return dict(prev), "kept"
    return {"floor": value, "margin": prev["margin"]}, "lowered"


def _update_measure(
    name: str, figures: Figures, old: dict[str, Any] | None
) -> tuple[dict[str, Any], list[str], list[dict[str, Any]]]:
    """One measure's new entry, its report lines and its lowerings (``{"measure", "figure", "from", "to"}``)."""
    measure, old_floors = MEASURES[name], (old or {}).get("floors", {})
    entry: dict[str, Any] = {"what": measure.what, "corpus": corpus_digest(measure.corpus), "floors": {}}
    lines = []
    if old and old.get("corpus") and old["corpus"] != entry["corpus"]:
        lines.append(f"{name}: corpus re-pinned ({entry['corpus']['count']} files)")
    lowered = [
        {"measure": name, "figure": figure, "from": f["floor"], "to": None}
        for figure, f in old_floors.items()
        if figure not in figures
    ]
    for figure, value in figures.items():
        entry["floors"][figure], verdict = next_floor(old_floors.get(figure), value, measure.margin)
        was = f"{old_floors[figure]['floor']:.4f} -> " if figure in old_floors else ""
        lines.append(f"{name} {figure}: {verdict} {was}{value:.4f}")
        if verdict == "lowered":
            lowered.append({"measure": name, "figure": figure, "from": old_floors[figure]["floor"], "to": value})
    return entry, lines, lowered


def update_floors(
    pinned: dict[str, Any], fresh: dict[str, Figures], allow_lower: str | None, today: str | None = None
) -> tuple[dict[str, Any], list[str]]:
    """New floors from fresh measurements ``{measure: figures}``, and a line per figure saying what changed.

    Floors move as :func:`next_floor` says. A figure below floor − margin, a figure no longer measured and a
    measure dropped are lowerings: refused with :class:`FloorLowered` unless ``allow_lower`` gives the reason,
    which is recorded under ``"lowered"`` with the date (``today``, ISO; default the current date). Corpus
    digests are taken afresh (raises :class:`CorpusError`)."""
    old_measures = pinned.get("measures", {})
    out: dict[str, Any] = {
        "about": pinned.get("about", ABOUT),
        "measures": {},
        "lowered": list(pinned.get("lowered", [])),
    }
    lines: list[str] = []
    lowered = [
        {"measure": name, "figure": figure, "from": f["floor"], "to": None}
        for name in old_measures
        if name not in fresh
        for figure, f in old_measures[name]["floors"].items()
    ]
    for name, figures in fresh.items():
        out["measures"][name], measure_lines, measure_lowered = _update_measure(name, figures, old_measures.get(name))
        lines += measure_lines
        lowered += measure_lowered
    if lowered:
        said = "; ".join(f"{r['measure']} {r['figure']}: {r['from']:.4f} -> {_shown(r['to'])}" for r in lowered)
        if not allow_lower:
            raise FloorLowered(
                f"refusing to lower floors: {said}. If this is deliberate, say why: "
                f'{UPDATE_COMMAND} --allow-lower "REASON"'
            )
        day = today or datetime.date.today().isoformat()
        out["lowered"] += [{"date": day, **r, "reason": allow_lower} for r in lowered]
        lines.append(f"LOWERED ({allow_lower}): {said}")
    return out, lines


def _shown(value: float | None) -> str:
    return "dropped" if value is None else f"{value:.4f}"


def write_floors(floors: dict[str, Any], path: Path = FLOORS_FILE) -> None:
    """Write ``floors`` as indented JSON with one line per figure (``{"floor": f, "margin": m}``)."""
    text = json.dumps(floors, indent=2, ensure_ascii=False)
    text = re.sub(r'\{\s+"floor": ([^,\s]+),\s+"margin": ([^\s]+)\s+\}', r'{"floor": \1, "margin": \2}', text)
    path.write_text(text + "\n", encoding="utf-8")
