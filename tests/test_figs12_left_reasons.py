"""A sentence that gives a figure is never said to "give no figure" (``compare/claims/left_figures.py``).

A new user's German "Die Kosten werden auf 48 Millionen Pfund geschätzt." was listed under "Not in any item" as
naming no one and giving no figure. The class: a left sentence with a figure gets the check that kept its figure
from making it single-source. Invented story: a bridge in English and German, with a German figure inside quotation
marks (the quotation comparison's), and a German count equal to an English sum in an unrelated sentence.
"""

from __future__ import annotations

from pathlib import Path

from test_compare_core import compare_texts

PUBLISHED = "2026-11-20"
ROWS = [
    (
        "en1",
        "Harrowgate Herald",
        PUBLISHED,
        "Harrowgate council approved a new river bridge on Monday after a long debate.\n\n"
        "The bridge will carry four lanes of traffic across the river Lune, the council said.\n\n"
        "The council expects the bridge to cost £48 million over five years.",
    ),
    (
        "de",
        "Nordkurier",
        PUBLISHED,
        "Der Stadtrat von Harrowgate hat am Montag den Bau einer neuen Flussbrücke beschlossen.\n\n"
        "Die Brücke soll vier Fahrspuren über den Fluss Lune führen.\n\n"
        "„Wir haben in sechs Wochen 12.000 Unterschriften gegen den Abriss gesammelt“, sagte die Sprecherin der "
        "Bürgerinitiative.\n\n"
        "Die Verkehrsplaner rechnen in den ersten zehn Jahren mit 48 Millionen Fahrgästen auf der Strecke.",
    ),
]


def test_a_left_sentence_with_a_figure_names_the_check_that_kept_it(tmp_path: Path) -> None:
    comparison = compare_texts(tmp_path, ROWS)
    left = {entry.summary: entry.reason for entry in comparison.unmatched}
    quoted = next((r for s, r in left.items() if "12.000 Unterschriften" in s), None)
    assert quoted is not None, left
    assert "gives no figure" not in quoted and "12.000" in quoted and "quoted" in quoted, quoted
    for summary, reason in left.items():
        if any(ch.isdigit() for ch in summary):
            assert "gives no figure" not in reason, (summary, reason)
