"""The clean stage's entry point: one RawDocument in, one Article out, whatever the input looks like.

Dispatches on ``raw.content_type``; metadata the container already knew (``raw.outlet``, ``raw.published``,
``raw.title``, ``raw.language``) wins over what is inferred from the text. Bad input never raises: an
unreadable document becomes an Article with no blocks and a removed-line entry that says why. This is the
one place a cleaner failure is caught, so one bad page never stops a batch; callers need no guard of their
own.
"""

from __future__ import annotations

import logging

from crosswire.clean.assemble import empty_article, finish_article
from crosswire.clean.text import split_text
from crosswire.model import Article, RawDocument, RemovedLine

log = logging.getLogger(__name__)


def _failed(raw: RawDocument, reason: str) -> Article:
    article = empty_article(raw)
    article.removed.append(RemovedLine(text="", reason=reason))
    return article


def clean_text(raw: RawDocument) -> Article:
    """Clean pre-scraped text (``raw.content``) into an Article; see :func:`split_text`. Unlike
    :func:`clean_document`, an error in the cleaner propagates."""
    return finish_article(raw, split_text(raw.content))


def clean_document(raw: RawDocument) -> Article:
    """Turn one raw document (pre-scraped text or HTML) into a cleaned Article.

    Output: the Article (id from ``raw.id`` or the content hash); empty content gives an Article with no
    blocks. Never raises: a cleaner failure on this document is logged and returned as an Article with no
    blocks whose ``removed`` holds one entry, reason "could not clean SOURCE: ERROR", so a batch goes on.
    """
    if not isinstance(raw.content, str) or not raw.content.strip():
        return empty_article(raw)
    try:
        if raw.content_type == "html":
            from crosswire.clean.html import clean_html

            return clean_html(raw)
        return clean_text(raw)
    except Exception as exc:  # noqa: BLE001 - one bad page must not stop a batch; say which and why
        log.warning("could not clean %s: %s: %s", raw.source, type(exc).__name__, exc)
        return _failed(raw, f"could not clean {raw.source}: {type(exc).__name__}: {exc}")
