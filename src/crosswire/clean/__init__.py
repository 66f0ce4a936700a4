"""Cleaning: turn a RawDocument (pre-scraped text or HTML) into an Article.

``clean_document`` is the stage's entry point; ``split_text`` (text) and ``clean_html`` (HTML) are the two
paths it dispatches to, and ``evaluate`` holds the article-extraction benchmark's metric.
"""

from crosswire.clean.document import clean_document, clean_text

__all__ = ["clean_document", "clean_text"]
