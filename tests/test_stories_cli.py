"""The stories CLI commands, registered on a throwaway typer app the way the main CLI registers them."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from crosswire.model import Article, Block, content_hash
from crosswire.store import Store
from crosswire.stories import cli as stories_cli
from crosswire.stories import update_store
from crosswire.stories.cli import recluster_command, show_command, stories_command

stories_cli.console.width = stories_cli.err_console.width = 300  # no wrapping in assertions

app = typer.Typer()
app.command("stories")(stories_command)
app.command("show")(show_command)
app.command("recluster")(recluster_command)

WIRE = [
    "GLENHAVEN -- A fire at the Glenhaven paper mill on Friday forced the evacuation of 200 workers and sent a "
    "plume of black smoke over the harbour, the county fire service said.",
    "Crews from four stations fought the blaze for six hours. No one was injured, a spokesman said.",
    "The mill, owned by Norrsken Pulp, employs about 450 people and is the largest employer in the town.",
]
COPY = [*WIRE[:2], "<b>Local readers</b> can send photos to the newsroom at [news]."]


def _store(tmp_path: Path) -> Path:
    path = tmp_path / "cli.db"
    with Store(path) as store:
        with store.transaction():
            for aid, paras, outlet in (("w1", WIRE, "Wire Agency"), ("c1", COPY, "Glenhaven [Gazette]")):
                store.add_article(
                    Article(
                        id=aid,
                        source="t",
                        content_hash=content_hash(outlet + aid),
                        blocks=[Block("paragraph", p) for p in paras],
                        outlet=outlet,
                        title="Fire at Glenhaven paper mill",
                        published="2031-06-06",
                    )
                )
        update_store(store, ["w1", "c1"])
    return path


def test_stories_show_and_recluster(tmp_path: Path) -> None:
    db = str(_store(tmp_path))
    runner = CliRunner()
    res = runner.invoke(app, ["stories", "--json", "--db", db])
    assert res.exit_code == 0, res.output
    (story,) = json.loads(res.stdout)["stories"]
    assert [a["id"] for a in story["articles"]] == ["w1", "c1"]
    assert story["copies"][0]["outlets"] == ["Wire Agency", "Glenhaven [Gazette]"]

    res = runner.invoke(app, ["stories", "--db", db])
    assert res.exit_code == 0 and "Glenhaven [Gazette]" in res.stdout  # markup-like text is escaped, not eaten

    res = runner.invoke(app, ["show", story["id"][:5], "--db", db])
    assert res.exit_code == 0, res.output
    assert "- The mill, owned by Norrsken Pulp" in res.stdout
    assert "+ <b>Local readers</b> can send photos to the newsroom at [news]." in res.stdout

    res = runner.invoke(app, ["show", story["id"], "--json", "--db", db])
    change = json.loads(res.stdout)["copies"][0]["changes"][0]
    assert change == {"article": "c1", "added": [COPY[2]], "removed": [WIRE[2]], "title": None}

    res = runner.invoke(app, ["show", "zzz", "--db", db])
    assert res.exit_code == 1

    res = runner.invoke(app, ["recluster", "--json", "--db", db])
    assert res.exit_code == 0, res.output
    report = json.loads(res.stdout)
    assert report["equal"] is True and report["stories_after"] == 1 and report["update"]["copies"] == 1


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    res = CliRunner().invoke(app, ["stories", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 1
    assert "no such store" in res.output


def test_recluster_keeps_the_comparisons_of_unchanged_stories_and_recomputes_stale_ones(tmp_path: Path) -> None:
    from crosswire.compare.stage import update_store as compare_stories

    db = _store(tmp_path)
    with Store(db) as store:
        assert compare_stories(store).written == 1
        (sid,) = store.story_ids()
        before = store.stored_comparison(sid)
    runner = CliRunner()
    res = runner.invoke(app, ["recluster", "--json", "--db", str(db)])
    assert res.exit_code == 0, res.output
    report = json.loads(res.stdout)
    assert report["comparisons_kept"] == 1 and report["comparisons_refreshed"] == 0
    with Store(db) as store:
        assert store.stored_comparison(sid) == before  # kept as it was, not recomputed
        assert before is not None
        store.save_comparison(sid, {**before, "fingerprint": "of other articles"})  # as if the story changed
    res = runner.invoke(app, ["recluster", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "comparisons kept 1, recomputed 1" in res.stdout
    with Store(db) as store:
        assert store.stored_comparison(sid) == before
