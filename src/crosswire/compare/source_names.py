"""How a reader is shown an article's source when the article names no outlet.

A comparison labels every evidence sentence and every listed article with its outlet. An article whose page
names none (a plain-text file without a masthead, an agency's copy with no site) was labelled by its store id
("— *7ef4412c0a0ce74d*") or by "?": nothing a reader can look up. The name is then the first of: the domain of
the article's address (``www.`` dropped), the file name it was read from (a JSON Lines record keeps its line,
"feed.jsonl:3"), the article's id. Written by hand: two lines of ``urllib.parse`` and ``pathlib``.
"""

from __future__ import annotations

from pathlib import PurePath
from urllib.parse import urlsplit


def readable_name(outlet: str | None, url: str | None, source: str | None, article_id: str) -> str:
    """The name a reader is shown for one article's source.

    Input: the article's outlet (wins when set), its address, the path or address it was read from
    (``Article.source``) and its store id. Output: the outlet; else the address's host without ``www.``
    ("correocontinental.example"); else the source's file name ("bws_wire.txt", "feed.jsonl:3"); else the id.
    Raises nothing."""
    if outlet and outlet.strip():
        return outlet.strip()
    for address in (url, source):
        host = _host(address)
        if host:
            return host
    if source and source.strip():
        return PurePath(source.strip()).name or source.strip()
    return article_id


def _host(address: str | None) -> str | None:
    """The host of an http(s) address, without ``www.``; None for anything else (a file path)."""
    if not address or not address.lower().startswith(("http://", "https://")):
        return None
    try:
        host = urlsplit(address).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host
