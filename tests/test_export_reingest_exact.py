"""Export -> re-ingest of the same store is exact: every exported article is a duplicate of itself (same id, same
body), none "already stored with different text". A new user's German page failed on its own export: its
exported body, re-cleaned as pre-scraped text, lost a short line. The store here is built from HTML pages (a
kicker, a headline, a subheading and a short line inside the body) and pre-scraped text files, in several
languages; invented text of another event."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from crosswire.cli import app

runner = CliRunner()


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def _html(lang: str, kicker: str, headline: str, paragraphs: list[str]) -> str:
    body = "".join(p if p.startswith("<h2>") else f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
        f'<article><p class="kicker">{kicker}</p><h1>{headline}</h1>{body}</article></body></html>'
    )


PAGES = {
    "echo-de.html": _html(
        "de",
        "Panorama",
        "Hochwasser in Brakvell: Elf Bergleute eingeschlossen",
        [
            "Brakvell. Wasser hat am Donnerstag die unteren Stollen der Zinnmine von Brakvell geflutet und elf "
            "Bergleute eingeschlossen, wie der Betreiber mitteilte.",
            "<h2>Pumpen im Einsatz</h2>",
            "Pumpen aus zwei benachbarten Gruben wurden über Nacht zum Schacht gebracht, sagte ein Sprecher.",
            "Noch keine Entwarnung",
            "Die Rettungskräfte hoffen, die Männer bis Freitagabend zu erreichen.",
        ],
    ),
    "courier-en.html": _html(
        "en",
        "World",
        "Eleven miners trapped as water floods Brakvell pit",
        [
            "BRAKVELL (Valley Wire) - Water flooded the lower galleries of the Brakvell tin mine on Thursday, "
            "trapping eleven miners, the company said.",
            "<h2>Race against time</h2>",
            "Pumps from two neighbouring pits were brought to the shaft overnight, a spokesman said.",
            "Rescuers hope to reach the men by Friday evening.",
        ],
    ),
}
TEXTS = {
    "wire-en.txt": "Valley Wire\nHome | World | Sport\nMine flood traps eleven at Brakvell\n\nBRAKVELL, March 6 "
    "(Valley Wire) - Water flooded the lower galleries of the Brakvell tin mine on Thursday, trapping eleven "
    "miners, the operator said.\n\nPumps from two neighbouring pits were brought to the shaft overnight.\n\n"
    "Sign up for our morning newsletter\n",
    "gazeta-pl.txt": "Gazeta Doliny\nŚWIAT\nPowódź w kopalni Brakvell\n\nAutor: Jan Nowak\n\nWoda zalała w "
    "czwartek dolne chodniki kopalni cyny w Brakvell, więżąc jedenastu górników – podała spółka.\n\nAkcja "
    "ratunkowa\n\nPompy z dwóch sąsiednich kopalń przywieziono w nocy do szybu.\n",
    "vesti-ru.txt": "Вести долины\nНаводнение в шахте Браквелл\n\nВода затопила в четверг нижние штольни "
    "оловянной шахты в Браквелле, под землёй остаются одиннадцать горняков, сообщила компания.\n\nНасосы\n\n"
    "Насосы с двух соседних шахт доставили к стволу ночью.\n",
}


def test_an_export_reingests_into_its_own_store_as_every_article_itself(tmp_path: Path) -> None:
    inputs = []
    for name, text in {**PAGES, **TEXTS}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        inputs.append(tmp_path / name)
    db = tmp_path / "store.db"
    first = run("ingest", *inputs, "--db", db, "--no-facts", "--json")
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout)["stored"] == len(inputs)
    exported = tmp_path / "export.jsonl"
    assert run("export", "--db", db, "--format", "jsonl", "-o", exported).exit_code == 0
    records = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(inputs)
    for record in records:  # headlines and kickers are metadata, never the exported body
        assert record["title"] and record["title"] not in record["text"]
        assert not record["text"].startswith(("Panorama", "World", "ŚWIAT"))
    again = run("ingest", exported, "--db", db, "--no-facts", "--json")
    assert again.exit_code == 0, again.output
    counts = json.loads(again.stdout)
    assert (counts["stored"], counts["failed"], counts["skipped_duplicates"]) == (0, 0, len(inputs)), counts
    assert "skipped" not in again.stderr
    # a second export of the store is the first, byte for byte
    second = tmp_path / "export2.jsonl"
    assert run("export", "--db", db, "--format", "jsonl", "-o", second).exit_code == 0
    assert second.read_text(encoding="utf-8") == exported.read_text(encoding="utf-8")


def test_each_message_of_an_ingest_is_a_line_of_its_own(tmp_path: Path) -> None:
    """The summary on stdout and a "skipped" line on stderr never run together on one line."""
    page = tmp_path / "wire-en.txt"
    page.write_text(TEXTS["wire-en.txt"], encoding="utf-8")
    db = tmp_path / "store.db"
    assert run("ingest", page, "--db", db, "--no-facts").exit_code == 0
    exported = tmp_path / "export.jsonl"
    assert run("export", "--db", db, "--format", "jsonl", "-o", exported).exit_code == 0
    row = json.loads(exported.read_text(encoding="utf-8").splitlines()[0])
    row["text"] = "A different report entirely, about a flood in another mine, in another town, on another day."
    changed = tmp_path / "changed.jsonl"
    changed.write_text(json.dumps(row) + "\n", encoding="utf-8")
    result = run("ingest", changed, "--db", db, "--no-facts")
    assert result.stdout.endswith("\n") and result.stderr.endswith("\n")
    lines = result.output.splitlines()
    assert any(line.startswith("skipped ") for line in lines)
    assert any(line.startswith("read 1, stored 0") for line in lines)
    assert all(
        line.count("skipped ") <= 1 and not ("read " in line and "skipped " in line.split(",")[-1]) for line in lines
    )
