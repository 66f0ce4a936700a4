"""The clean stage's entry point: one RawDocument in, one Article out, whatever the input looks like.

Dispatches on ``raw.content_type``; metadata the container already knew (``raw.outlet``, ``raw.published``,
``raw.title``, ``raw.language``) wins over what is inferred from the text. Empty content gives an Article
with no blocks. A failure inside a cleaner propagates: the batch's guard is
:func:`crosswire.pipeline.clean_one`, which turns it into an :class:`~crosswire.model.IngestError` naming the
document, so the failure is reported rather than stored as an empty article.
"""

from __future__ import annotations

import logging

from crosswire.clean.assemble import empty_article, finish_article
from crosswire.clean.text import split_text
from crosswire.model import Article, RawDocument

log = logging.getLogger(__name__)


def clean_text(raw: RawDocument) -> Article:
    """Clean pre-scraped text (``raw.content``) into an Article; see :func:`split_text`. Unlike
    :func:`clean_document`, an error in the cleaner propagates."""
    return finish_article(raw, split_text(raw.content))


def clean_document(raw: RawDocument) -> Article:
    """Turn one raw document (pre-scraped text or HTML) into a cleaned Article.

    Output: the Article (id from ``raw.id`` or the content hash); empty content gives an Article with no
    blocks. Raises whatever a cleaner raises on a document it cannot handle (a bug to report); batch callers
    go through :func:`crosswire.pipeline.clean_one`.
    """
    if not isinstance(raw.content, str) or not raw.content.strip():
        return empty_article(raw)
    if raw.content_type == "html":
        from crosswire.clean.html import clean_html

        return clean_html(raw)
    return clean_text(raw)
