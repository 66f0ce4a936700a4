"""A share bar's buttons on one line ("Share  Tweet  Email", "Teilen Twittern Drucken", "Partager Tweeter
Envoyer") are page furniture, never a contributor's name (a new user's bridge story credited "Share Tweet Email"
beside its reporter). A two-word name line stays a name. Texts are invented."""

from __future__ import annotations

import pytest

from crosswire.clean import clean_document
from crosswire.model import RawDocument

BARS = [
    "Share  Tweet  Email",
    "Teilen Twittern Drucken",
    "Partager Tweeter Envoyer",
    "Compartir Twitter Correo",
    "Condividi Stampa Email",
    "Share | Print | Comments",
]


def _page(bar: str) -> str:
    return (
        "Harbour Ledger | Home | World\n"
        "Ferry runs aground off Harnvik\n"
        "By Mira Castell\n"
        "March 3, 2027 9:15 AM UTC\n"
        f"{bar}\n\n"
        "HARNVIK, March 3 (Harbour Ledger) - A ferry carrying 212 passengers ran aground off Harnvik on Wednesday "
        "morning, the coastguard said.\n\n"
        "All passengers were taken ashore by lifeboats within three hours, coastguard spokesman Ivo Rand said.\n\n"
        "The cause of the grounding was not yet known.\n\n"
        "(Reporting by Mira Castell; Editing by Tomas Berg)\n"
    )


@pytest.mark.parametrize("bar", BARS)
def test_a_share_bar_is_no_contributor(bar: str) -> None:
    article = clean_document(RawDocument(source="wire.txt", kind="text", content=_page(bar), content_type="text"))
    assert article.contributors and "Mira Castell" in article.contributors
    assert not any(bar.split()[0] in c for c in article.contributors)
    assert bar.split()[0] not in article.body
