"""Is a cleaned page an article at all? Error pages ("404 Page not found"), pages with no body text (an HTML
page cut before its body, a page of scripts) are reported and never stored: stored, they become one-line
articles and stories titled None.

The error-page test needs both a title or first line that names an HTTP error or a missing page and a short
body: a real article about a 404 error, or a story titled "Not found: the missing ...", is long. The phrases
are the status lines and the wording of the default error pages of the common servers and CMSs (Apache,
nginx, IIS, WordPress, Drupal).
"""

from __future__ import annotations

import html
import re

from crosswire.model import Article, RawDocument

# A page this short whose title or first block names an error is the error page itself; the longest default
# error pages measured (WordPress, Drupal themes with search suggestions) run to about 60 words.
MAX_ERROR_PAGE_WORDS = 80

_ERROR_PAGE = re.compile(
    r"^\W*(?:error\s*)?(?:40[0-9]|41[0-8]|5\d\d)\b"
    r"|\b(?:page|file|article|content|story)\s+(?:was\s+)?not\s+(?:be\s+)?found\b"
    r"|\bnot\s+found\W*$"
    r"|^\W*(?:oops|sorry)\b.{0,60}\b(?:can(?:no|')t|couldn't|could not)\s+(?:be\s+)?(?:find|found|locate)"
    r"|\bpage\s+(?:does\s+not|doesn't|no\s+longer)\s+exist"
    r"|\b(?:access\s+denied|forbidden|internal\s+server\s+error|service\s+unavailable|bad\s+gateway)\b",
    re.I,
)


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def page_title(raw: RawDocument) -> str | None:
    """The ``<title>`` of an HTML document as written (the cleaner may not keep it for a page with no text)."""
    if raw.content_type != "html":
        return None
    m = _TITLE.search(raw.content[:8192])
    return html.unescape(" ".join(m.group(1).split())) if m else None


def not_an_article(article: Article, raw: RawDocument | None = None) -> str | None:
    """Why ``article`` is not an article ("empty body", "an error page (“404 Page not found”)"), or None.

    Input: a cleaned Article and, when at hand, the document it was cleaned from (its HTML ``<title>`` is
    looked at too). Output: a short reason for the report line, or None for a real article."""
    if article.word_count > MAX_ERROR_PAGE_WORDS:
        return None
    first = article.blocks[0].text if article.blocks else None
    for line in (article.title, first, page_title(raw) if raw is not None else None):
        if line and len(line) < 200 and _ERROR_PAGE.search(line):
            return f"an error page (“{line.strip()[:80]}”)"
    if article.word_count == 0:
        return "no article text (empty body)"
    return None
