"""Test-suite configuration: the eval gate's command-line options and its end-of-run summary.

``--update-floors`` turns a run into the gate's update command (only the test marked ``floor_update`` runs; see
tests/eval_gate.py); ``--allow-lower REASON`` lets that update lower floors, recording the reason. Without
``--update-floors`` the update test is deselected. The summary prints every figure the gate measured in this
run next to its floor, so a CI log shows the numbers and not only a pass.
"""

from __future__ import annotations

import sys

import pytest
from hypothesis import HealthCheck, settings

# Property tests check what a parser returns, never how fast: no per-example deadline and no "too slow"
# health check (on a loaded 2-core CI machine a first call that imports a library can take half a second).
settings.register_profile("crosswire", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("crosswire")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("eval gate")
    group.addoption(
        "--update-floors",
        action="store_true",
        help="re-measure the eval gate's figures and raise tests/floors.json (never lowers a floor)",
    )
    group.addoption(
        "--allow-lower",
        metavar="REASON",
        default=None,
        help="with --update-floors: allow floors to go down, recording REASON in tests/floors.json",
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--allow-lower") is not None and not config.getoption("--update-floors"):
        raise pytest.UsageError("--allow-lower only makes sense with --update-floors")
    if config.getoption("--allow-lower") is not None and not config.getoption("--allow-lower").strip():
        raise pytest.UsageError("--allow-lower needs a reason")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    update = bool(config.getoption("--update-floors"))
    keep, drop = [], []
    for item in items:
        (keep if (item.get_closest_marker("floor_update") is not None) == update else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    gate = sys.modules.get("eval_gate")
    if gate is None or not gate.measured_so_far():
        return
    try:
        pinned = gate.load_floors()["measures"]
    except (OSError, ValueError, KeyError):
        pinned = {}
    terminalreporter.section("eval gate")
    terminalreporter.write_line(f"{'measure':22} {'figure':32} {'value':>7} {'floor':>7} {'margin':>7} {'seconds':>8}")
    for name, (figures, seconds) in gate.measured_so_far().items():
        floors = pinned.get(name, {}).get("floors", {})
        for i, (figure, value) in enumerate(figures.items()):
            f = floors.get(figure)
            floor, margin = (f"{f['floor']:.4f}", f"{f['margin']:.3f}") if f else ("-", "-")
            secs = f"{seconds:.1f}" if i == 0 else ""
            terminalreporter.write_line(f"{name:22} {figure:32} {value:7.4f} {floor:>7} {margin:>7} {secs:>8}")
