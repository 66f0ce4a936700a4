"""Header and teaser lines a new user's invented English bank-collapse page showed the text cleaner missing:
a byline naming where the reporter files from ("By Hannah Roe in Dravna") was removed as a short line and no
byline was read; an English teaser on one line ("Read more: What happens to your savings when a bank
fails?") stayed in the body."""

from __future__ import annotations

import pytest

from crosswire.clean.credits import parse_byline
from crosswire.clean.text import split_text


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Hannah Roe in Dravna", ["Hannah Roe"]),
        ("By Jane Doe and John Roe in New York", ["Jane Doe", "John Roe"]),
        ("By Hannah Roe in Dravna, Business Editor", ["Hannah Roe"]),
        ("Von Anna Schmidt aus Berlin", ["Anna Schmidt"]),
        ("By Hannah Roe", ["Hannah Roe"]),
        ("By the way in which this works", None),
    ],
)
def test_a_byline_with_the_place_filed_from(line: str, names: list[str] | None) -> None:
    assert parse_byline(line) == names


PAGE = (
    "The Harbour Ledger\nHome | News | Business\n\nLedger bank shut after losses on property loans\n\n"
    "By Hannah Roe in Dravna\nThursday 14 May 2026 18:40 BST\n\n"
    "The central bank of Selvania revoked the licence of Tarsk Savings Bank on Thursday after months of losses "
    "on loans to property developers, the regulator said.\n\n"
    "Read more: What happens to your savings when a bank fails?\n\n"
    "Insured deposits of up to 50,000 crowns will be repaid within 20 working days, the deposit fund said in "
    "a statement on Thursday evening.\n"
)


def test_the_byline_is_read_and_a_one_line_teaser_leaves_the_body() -> None:
    parts = split_text(PAGE)
    body = " ".join(text for _kind, text, _line in parts.blocks)
    assert "Read more" not in body and "Insured deposits" in body
    assert any(reason == "related link" and text.startswith("Read more:") for text, reason, _ in parts.removed)
    assert ["Hannah Roe"] in parts.bylines, (parts.bylines, parts.removed)


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("DRAVNA. Die Nationalbank Selvaniens hat der Tarsker Sparkasse die Lizenz entzogen.", "DRAVNA"),
        ("BAD KELLING. Der Stadtrat hat am Montag getagt.", "BAD KELLING"),
        ("PARIS. Le gouvernement a annoncé lundi un plan.", "PARIS"),
        ("NATO. The alliance said on Monday it would meet.", None),  # an English sentence after an acronym
        ("AFP. Die Agentur meldete.", None),  # an agency is no place
    ],
)
def test_a_german_style_dateline_with_a_full_stop(paragraph: str, place: str | None) -> None:
    from crosswire.clean.metadata import parse_dateline

    assert parse_dateline(paragraph)[0] == place


def test_a_caption_credited_in_another_language_is_a_caption() -> None:
    """ "(Foto: Marta Horvat)" after a caption line: the caption leaves the body (it was the first paragraph)."""
    from crosswire.clean.captions import has_photo_credit, split_credit

    line = "Ein Polizist bewacht den Eingang der Zentrale der Tarsker Sparkasse in Dravna. (Foto: Marta Horvat)"
    assert has_photo_credit(line)
    assert split_credit(line)[1] == "(Foto: Marta Horvat)"
