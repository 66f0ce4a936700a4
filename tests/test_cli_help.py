"""``crosswire --help`` and each command's ``--help`` as a new user reads them: the README's command list names
exactly the commands the CLI has; every option and argument says what it is for; the top-level list gives each
command's summary as flowing text (a docstring's line breaks used to break its sentences there: "compare the
stories that grew;" / "report read, stored, ..."); a command's help is its own docstring, not a shorter text
that the app set over it."""

from __future__ import annotations

import re
from pathlib import Path

import typer
from typer.testing import CliRunner

from crosswire.commands.app import app

README = Path(__file__).resolve().parents[1] / "README.md"


def _group():
    return typer.main.get_command(app)


def _readme_commands() -> set[str]:
    text = README.read_text(encoding="utf-8")
    block = text.split("## Using it", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    return {m.group(1) for m in re.finditer(r"^crosswire ([a-z]+)", block, re.M)}


def test_the_readme_lists_every_command_and_no_other() -> None:
    assert _readme_commands() == set(_group().commands)


def test_every_option_and_argument_is_documented() -> None:
    missing = [
        f"{name} {param.name}"
        for name, command in _group().commands.items()
        for param in command.params
        if not (getattr(param, "help", None) or "").strip()
    ]
    assert missing == []


def test_each_commands_summary_is_one_flowing_line() -> None:
    for name, command in _group().commands.items():
        summary = command.short_help or ""
        assert summary, name
        assert "\n" not in summary, name
        assert "``" not in summary, name  # reST markup is shown as written
        assert summary == " ".join((command.help or "").split("\n\n")[0].split()), name


def test_a_command_help_is_its_docstring() -> None:
    from crosswire.stories.cli import recluster_command

    help_text = " ".join((_group().commands["recluster"].help or "").split())
    assert help_text == " ".join((recluster_command.__doc__ or "").split())
    assert "report what differs" in help_text


def test_the_top_level_help_lists_each_command_once() -> None:
    result = CliRunner().invoke(app, ["--help"], terminal_width=200, env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for name in _group().commands:
        assert re.search(rf"^\W*{name}\s", result.output, re.M), name
