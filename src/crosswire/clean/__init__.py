"""Cleaning: turn a RawDocument (pre-scraped text or HTML) into an Article.

Exports :func:`clean_document`, the stage's entry point (any input; never raises on bad input), and
:func:`clean_text` (the pre-scraped text path alone). The HTML path is :func:`crosswire.clean.html.clean_html`;
the text path's line splitter is :func:`crosswire.clean.text.split_text`; the article-extraction benchmark's
metric is in :mod:`crosswire.clean.evaluate`.
"""

from crosswire.clean.document import clean_document, clean_text

__all__ = ["clean_document", "clean_text"]
