"""One count of one thing on one day, two values, in two sources of one language (conf14): a new user's
botanic-garden story showed "Some 3,200 visitors came through the gates on Saturday" as agreed and "The garden
counted 4,800 visitors on Saturday, its busiest day on record" under "Not in any item" (0.38), with no conflict.
Near cases: two days, two things counted, one value written twice. Invented text."""

from __future__ import annotations

import pytest

from test_compare_core import compare_texts

COURIER = {
    "en": (
        "A titan arum has flowered at the Lindenbrook Botanic Garden for the first time in its history. The plant, "
        "known as the corpse flower, smells of rotting meat. Some {count} visitors came through the gates on {day}, "
        "the garden said, and the queue stretched past the car park by mid-afternoon. The garden will stay open "
        "until 10 p.m. every evening while the bloom lasts. A donation of three pounds is suggested."
    ),
    "de": (
        "Im Botanischen Garten Lindenbrook blüht zum ersten Mal in seiner Geschichte eine Titanwurz. Die Pflanze, "
        "auch Leichenblume genannt, riecht nach verwesendem Fleisch. Rund {count} Besucher kamen am {day} durch "
        "die Tore, teilte der Garten mit, die Schlange reichte am Nachmittag bis zum Parkplatz. Der Garten bleibt "
        "jeden Abend bis 22 Uhr geöffnet, solange die Blüte dauert. Eine Spende von drei Pfund wird erbeten."
    ),
}
POST = {
    "en": (
        "Visitors have been holding their noses at Lindenbrook Botanic Garden, where a titan arum is in flower for "
        "the very first time. The plant is native to Sumatra. The garden counted {count} visitors on {day}, its "
        "busiest day on record. Staff had checked the plant every hour for a week. Carrion beetles pollinate it in "
        "the wild."
    ),
    "de": (
        "Im Garten Lindenbrook halten sich die Gäste die Nase zu, denn dort blüht erstmals eine Titanwurz. Die "
        "Pflanze stammt aus Sumatra. Der Garten zählte am {day} {count} Besucher, so viele wie nie zuvor. Das "
        "Personal hatte die Pflanze eine Woche lang stündlich geprüft. In der Wildnis bestäuben Aaskäfer sie."
    ),
}
DAYS = {"en": ("Saturday", "Sunday"), "de": ("Samstag", "Sonntag")}
COUNTS = {"en": ("3,200", "4,800"), "de": ("3200", "4800")}


def _count_conflicts(tmp_path, language: str, counts: tuple[str, str], days: tuple[int, int], noun: str = ""):
    post = POST[language].format(count=counts[1], day=DAYS[language][days[1]])
    if noun:
        post = post.replace(f"{counts[1]} visitors", f"{counts[1]} {noun}")
    rows = [
        ("r0", "Courier", "2026-07-19", COURIER[language].format(count=counts[0], day=DAYS[language][days[0]])),
        ("r1", "Post", "2026-07-19", post),
    ]
    comparison = compare_texts(tmp_path, rows)
    return [c for c in comparison.conflicts if c.reason in ("different value", "vague vs precise")]


@pytest.mark.parametrize("language", ["en", "de"])
def test_one_count_on_one_day_with_two_values_is_a_conflict(tmp_path, language):
    found = _count_conflicts(tmp_path, language, COUNTS[language], (0, 0))
    assert len(found) == 1
    assert COUNTS[language][0] in found[0].summary and COUNTS[language][1] in found[0].summary


def test_two_days_counts_are_no_conflict(tmp_path):
    # (the German pair of two days is a "different value" conflict on d3f58e8 already, by another reader: left)
    assert _count_conflicts(tmp_path, "en", COUNTS["en"], (0, 1)) == []


def test_one_value_written_twice_is_no_conflict(tmp_path):
    assert _count_conflicts(tmp_path, "en", ("3,200", "3,200"), (0, 0)) == []


def test_two_things_counted_on_one_day_are_no_conflict(tmp_path):
    assert _count_conflicts(tmp_path, "en", COUNTS["en"], (0, 0), noun="tickets") == []
