"""Byline and publication lines: "Par Camille Morel (avec agences) — Publié le 14 mai 2026 à 21h05", "By Jane
Roe | Updated 9:30 a.m. ET, May 14, 2026", "Von Anna Schmidt, veröffentlicht am 14.05.2026, 21:05 Uhr",
"Автор: Иван Петров. Опубликовано 14 мая 2026, 21:05". Such a line is metadata (the byline and the publication
stamp), never body: kept as text, its stamp's time of day became a claim that conflicted with the story's own
hour (a new user's airline-strike trial: "05:00 vs 16h30").

The labels a stamp opens with are data (``[credits] published_labels`` in ``data/furniture.toml``, one list for
every language the cleaner reads); dates and times are found with the publication-date readers of
:mod:`crosswire.clean.published` and :mod:`crosswire.clean.written_dates`. Hand-written: the lines are short
and formulaic, and no library reads a byline and a stamp printed on one line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.clean.credits import parse_byline
from crosswire.clean.furniture import table
from crosswire.clean.published import FULL_DATE, NUMERIC_DATE, TIME_RE
from crosswire.clean.written_dates import written_date_pattern

# A note in brackets after a byline's names: "(avec agences)", "(with agencies)", "(mit Agenturen)", "(AFP)".
_BYLINE_NOTE = re.compile(r"\s*\([^()\d]{2,40}\)")
# Where a byline ends and its stamp begins: a dash, a bar, a bullet, a comma or a full stop and a space.
_STAMP_SPLIT = re.compile(r"\s+[–—|·•/]\s+|\s+-\s+|[,.;]\s+|\s+(?=\S)")
# The words a stamp may add to its label, date and time ("le", "à", "am", "um", "Uhr", "ET", "в", "о", "г."):
# at most this many are left once the label, the dates and the times are taken out. Four covers "Publié le ...
# à ...", "Mis à jour le ... à ..." and "Veröffentlicht am ... um ... Uhr".
STAMP_MAX_LEFT_WORDS = 4
STAMP_MAX_WORDS = 16  # the longest stamp: "Updated: Thursday, November 26, 2026 at 4:30 p.m. Eastern Time"


@lru_cache(maxsize=1)
def _label_pattern() -> re.Pattern[str]:
    labels = sorted(table().published_labels, key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in labels) + r")(?![^\W\d_])\s*:?", re.I)


def _without_dates(text: str) -> str:
    """``text`` with its dates and times of day taken out."""
    for pattern in (FULL_DATE, written_date_pattern(), NUMERIC_DATE, TIME_RE):
        text = pattern.sub(" ", text)
    return text


def _dated(text: str) -> bool:
    """Whether ``text`` holds a full date or a time of day."""
    return any(p.search(text) for p in (FULL_DATE, written_date_pattern(), NUMERIC_DATE, TIME_RE))


def is_publication_stamp(text: str, labelled: bool = True) -> bool:
    """Whether a short piece of text is a publication or update stamp: a label of the data file ("Publié le",
    "Updated", "Veröffentlicht am", "Publicado", "Опубликовано", "Опубліковано", "Opublikowano") followed by a
    date or a time of day, with at most :data:`STAMP_MAX_LEFT_WORDS` other words ("le", "à", "Uhr"); with
    ``labelled`` False a date without a label counts too ("26 novembre 2026 à 16h30", "26.11.2026, 14:10").
    Input: the text; output: the answer. A sentence that mentions a date ("Published on Monday, the report
    found ...") is no stamp: it has no date or too many other words."""
    text = " ".join(text.split()).strip(" .")
    if not text or len(text.split()) > STAMP_MAX_WORDS or not _dated(text):
        return False
    label = _label_pattern().match(text)
    if label is None and labelled:
        return False
    rest = text[label.end() :] if label else text
    left = [w for w in _without_dates(rest).split() if any(c.isalpha() for c in w)]
    return len(left) <= STAMP_MAX_LEFT_WORDS


# A place, a comma (or a dash) and a stamp on a line of its own above the text: "Basilea, 1 dicembre 2026 - 16:30",
# "Valverde, 07/02/2024 - 09:14", "ZWOLLE (Paesi Bassi) – 2 dicembre 2026". Up to four capitalised words, a region
# in brackets allowed.
_PLACE_BEFORE_STAMP = re.compile(
    r"^([^\W\d_][\w'’.-]+(?: [^\W\d_][\w'’.-]+){0,3})(?:\s*\([^()]{1,30}\))?(?:,|\s*[–—-])\s*(?=\d)"
)


def is_place_stamp(text: str) -> bool:
    """Whether a line is a place then a date stamp and nothing else ("Basilea, 1 dicembre 2026 - 16:30"): the
    dateline and publication stamp Italian and Spanish pages print above the text, metadata and never body. A
    new user's Italian copy kept it as a body line, its time a claim of its own. The part after the place must be
    an unlabelled stamp (:func:`is_publication_stamp`); the place must open with a capital."""
    text = " ".join(text.split())
    m = _PLACE_BEFORE_STAMP.match(text)
    return bool(m and text[:1].isupper() and is_publication_stamp(text[m.end() :], labelled=False))


def parse_byline_stamp(line: str) -> tuple[list[str], str] | None:
    """(names, stamp) of a byline that prints its publication stamp on the same line ("Par Camille Morel (avec
    agences) — Publié le 14 mai 2026 à 21h05" -> (["Camille Morel"], "Publié le 14 mai 2026 à 21h05"));
    None when the line is not one. The byline part is read by :func:`~crosswire.clean.credits.parse_byline`
    once a note in brackets ("(avec agences)") is set aside; the stamp part must pass
    :func:`is_publication_stamp` (a labelled stamp, or a bare date after a dash or a bar)."""
    text = " ".join(line.split())
    if len(text.split()) > 30:
        return None
    for m in _STAMP_SPLIT.finditer(text):
        head, stamp = text[: m.start()].strip(), text[m.end() :].strip()
        if not head or not stamp:
            continue
        labelled = bool(_label_pattern().match(stamp))
        bare_ok = m.group(0).strip() in ("–", "—", "|", "·", "•", "/", "-")
        if not (labelled or bare_ok) or not is_publication_stamp(stamp, labelled=not bare_ok):
            continue
        names = parse_byline(_BYLINE_NOTE.sub("", head))
        if names:
            return names, stamp
    return None
