"""How a reader is shown an article's source when the article names no outlet.

A comparison labels every evidence sentence and every listed article with its outlet. An article whose page
names none (a plain-text file without a masthead, an agency's copy with no site) was labelled by its store id
("— *7ef4412c0a0ce74d*") or by "?": nothing a reader can look up. The name is then the first of: the domain of
the article's address (``www.`` dropped), the file name it was read from (a JSON Lines record keeps its line,
"feed.jsonl:3"), the article's id. Written by hand: two lines of ``urllib.parse`` and ``pathlib``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePath
from urllib.parse import urlsplit


def readable_name(
    outlet: str | None, url: str | None, source: str | None, article_id: str, agency: str | None = None
) -> str:
    """The name a reader is shown for one article's source.

    Input: the article's outlet (wins when set), its address, the path or address it was read from
    (``Article.source``), its store id and the agency it credits. Output: the outlet; else the address's host
    without ``www.`` ("correocontinental.example"); else the agency ("CWA": a wire text read from a file is labelled
    by the agency it names, never by the file's name, a new user read "— *wire_cwa.txt*" under its sentences);
    else the domain the source's file name opens with or the file name (:func:`file_outlet`: "kyivpost.com",
    "bws_wire.txt", "feed.jsonl:3"); else the id. Raises nothing."""
    if outlet and outlet.strip():
        return outlet.strip()
    for address in (url, source):
        host = _host(address)
        if host:
            return host
    if agency and agency.strip():
        return agency.strip()
    return file_outlet(source) or article_id


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


# The shortest first word two names may share to be one agency's ("Nordwire"): shorter first words ("AP",
# "La") are too common to tell anything.
SHARED_FIRST_WORD_CHARS = 4


def same_agency(a: str, b: str) -> bool:
    """Whether two printed names are one agency's: one name's words contain the other's, case aside
    ("NorthWire" in "NorthWire News Agency"; "Reuters" in "Thomson Reuters"), or both open with the same
    distinctive word and add to it only generic words ("Vistula Wire" / "Vistula Press Agency"; not "Balkan
    Wire Service" / "Balkan Insight"). Generic are the data file's agency words, nouns and fillers
    (``[credits]`` of ``furniture.toml``); a first word shorter than :data:`SHARED_FIRST_WORD_CHARS` letters
    or itself generic proves nothing, and a leading "The" is skipped.

    Input: two names as printed. Output: True when they name one agency. Written by hand: a name test that no
    library makes, for the label a reader sees (a wire's name printed twice, under two spellings, read as two
    sources in one label). Meant for an agency against an outlet; two newspapers ("The Times", "The New York
    Times") are not compared with it."""
    from crosswire.clean.furniture import table

    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb:
        return False
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1)):
        return True
    t = table()
    generic = t.agency_nouns | t.agency_filler | {w for phrase in t.agency_words for w in phrase.split()}
    first = wa[0]
    return (
        first == wb[0]
        and len(first) >= SHARED_FIRST_WORD_CHARS
        and first not in generic
        and all(w in generic for w in wa[1:] + wb[1:])
    )


def _name_words(name: str) -> list[str]:
    """A name's words, case-folded, without punctuation and without a leading "the"."""
    words = [w for w in (w.strip(".,;:()[]\"'’“”«»").casefold() for w in name.split()) if w]
    return words[1:] if words[:1] == ["the"] else words


def file_outlet(source: str | None) -> str | None:
    """The name a reader can tell a file's source by when nothing in the file names its outlet: the domain
    its name opens with ("kyivpost.com_war-update.txt" -> "kyivpost.com"), else its file name
    ("northwire-kessingen.txt"; a JSON Lines record keeps its line, "feed.jsonl:3"); an http(s) address gives
    its host. None without a source. Raises nothing."""
    if not source or not source.strip():
        return None
    host = _host(source.strip())
    if host:
        return host
    name = PurePath(source.strip()).name or source.strip()
    domain = _DOMAIN_STEM.match(name)
    return domain.group(1) if domain else name


# A file name that opens with a domain: labels of letters, digits and hyphens joined by dots, then a separator.
_DOMAIN_STEM = re.compile(r"^((?:[a-z0-9-]+\.)+[a-z]{2,24})[_\s~+]", re.I)


def shown_agency(outlets: Sequence[str], agency: str | None) -> str | None:
    """The agency to print beside a source, or None when every outlet of the source is that agency itself: a
    dateline naming the paper's own name ("DRAVNA, 27 nov (El Diario Continental) -" in El Diario Continental) or
    an agency's own copy ("(Meridian Press)" on Meridian Press's page) credits no agency a reader needs told (a
    new user read "El Diario Continental (agency: El Diario Continental)" as the paper being a news agency).
    Input: the source's outlet names as printed and its agency; output: the agency, or None."""
    if not agency:
        return None
    if outlets and all(same_agency(o, agency) or o.casefold() == agency.casefold() for o in outlets):
        return None
    return agency
