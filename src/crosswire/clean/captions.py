"""Photo captions: credit splitting, template residue, near-duplicate merging.

Written by hand because no library separates captions in *pre-scraped* text; the signals are general ones:
a trailing photo credit ("(AP Photo)", "(TUT.by via AP)", "© Name, AFP", "Credit... Name/Paper"), template
residue left by a CMS ("story.lead_photo.caption"), and repetition (galleries print each caption twice).
Near-duplicates (a doubled space, a stray character) are merged with a rapidfuzz edit distance after
whitespace normalisation, tight enough that two captions sharing a long first sentence stay apart.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from crosswire.model import Caption

# in brackets after a caption: English, and the photo words of the other languages read ("(Foto: Marta Horvat)")
_PHOTO_WORDS = (
    r"(?:photo|photos|photograph|foto|fotos|bild|фото|фота|fot|pool|via|file|getty|images|shutterstock|epa|afp|ap"
    r"|reuters|credit|courtesy|/)"
)
_PAREN_CREDIT = re.compile(r"\s*(\((?=[^()]{0,120}\)\s*$)[^()]*?(?:\b" + _PHOTO_WORDS + r"\b|/)[^()]*\))\s*$", re.I)
_COPYRIGHT_CREDIT = re.compile(r"\s*(©\s*(?=[^©]*[A-Za-zÀ-ÿ])[^©]{2,90}?)\s*$")
# "... in 1962. Dana Whitcomb/The Sentinel", "... este martes. / DIARIO DEL LITORAL"
_SLASH_CREDIT = re.compile(
    r"(?<=[.!?])\s+((?:[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,3}\s?/\s?[A-ZÀ-Þ][\w.'’&-]*(?:\s+[\w.'’&-]+){0,4})"
    r"|/\s+[A-ZÀ-Þ][A-ZÀ-Þ0-9 .&'’-]{2,40})\s*$"
)
_LABELLED_CREDIT = re.compile(
    r"\s*((?:photo(?:graph)?|image|picture|credit|source|foto|bild|illustration|graphic|video|фото|фота|fot\.)s?"
    r"\s*(?::|\.\.\.|…|by)"
    r"\s*[^.:…]{2,90}?)\s*$",
    re.I,
)
# CMS template variables such as "story.lead_photo.caption" or "{{image.caption}}" left in the text.
TEMPLATE_RESIDUE = re.compile(r"^\s*(?:\{\{\s*)?([a-z_]+(?:\.[a-z_]+)+)(?:\s*\}\})?\s+(?=\S)")
_CAPTION_HINT = re.compile(r"caption|photo|image|media", re.I)
_SPACE = re.compile(r"\s+")
_NUMBERS = re.compile(r"\d+")

# Photo words of the languages the cleaner reads: English, German, French, Spanish, Polish ("fot."), Russian and
# Ukrainian ("фото"), Belarusian ("фота").
_CREDIT_WORD = re.compile(r"photo|image|picture|credit|source|foto|bild|illustration|graphic|фото|фота|fot\.|/", re.I)
_PHOTO_CREDIT_HINT = re.compile(
    r"\b(?:photo|photos|picture|image|photograph|foto|bild|illustration|graphic|pool|via|file|getty|images|фото|фота|fot|"
    r"shutterstock|epa|credit)\b|/|©",
    re.I,
)


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def strip_template_residue(line: str) -> tuple[str, bool]:
    """The line without a leading CMS template variable, and whether that variable named a caption."""
    m = TEMPLATE_RESIDUE.match(line)
    if not m:
        return line, False
    return line[m.end() :], bool(_CAPTION_HINT.search(m.group(1)))


def split_credit(text: str) -> tuple[str, str | None]:
    """Split a trailing photo credit off a caption: ("... Sochi.", "© Andrei Stasevich Belta, AFP")."""
    text = normalise(text)
    for pattern in (_PAREN_CREDIT, _COPYRIGHT_CREDIT, _SLASH_CREDIT):
        m = pattern.search(text)
        if m and m.start() > 0:
            return text[: m.start()].rstrip(), m.group(1).strip()
    m = _LABELLED_CREDIT.search(text)
    if m and m.start() > 0 and re.search(r"[.!?]\s*$", text[: m.start()]):
        return text[: m.start()].rstrip(), m.group(1).strip()
    return text, None


def has_photo_credit(text: str) -> bool:
    """Whether a line ends in something only a photo caption carries (not a text credit like "(AFP)")."""
    if ")" not in text and "©" not in text and not _CREDIT_WORD.search(text):
        return False
    body, credit = split_credit(text)
    return credit is not None and bool(body) and bool(_PHOTO_CREDIT_HINT.search(credit))


class CaptionSet:
    """Distinct captions in first-seen order; a near-duplicate copy merges into the one already held.

    Near-duplicate means: the same after whitespace normalisation, or within a tiny edit distance (1% of
    the length, at least 2) with the same numbers in the same order, so "Sept. 13" and "Sept. 14" captions
    of one gallery stay apart while a stray character or space does not split one caption in two."""

    def __init__(self, max_edit_ratio: float = 0.01) -> None:
        self.max_edit_ratio = max_edit_ratio
        self.captions: list[Caption] = []
        self._exact: dict[str, int] = {}
        self._by_numbers: dict[tuple[str, ...], list[int]] = {}
        self._keys: list[str] = []

    def find(self, text: str) -> int | None:
        key = normalise(text).lower()
        if key in self._exact:
            return self._exact[key]
        for i in self._by_numbers.get(tuple(_NUMBERS.findall(key)), []):
            k = self._keys[i]
            allowed = max(2, int(len(k) * self.max_edit_ratio))
            if abs(len(k) - len(key)) <= allowed and Levenshtein.distance(k, key, score_cutoff=allowed) <= allowed:
                return i
        return None

    def add(self, line: str) -> bool:
        """Add a caption line; False when it was a copy of one already held (its credit is kept if new)."""
        text, credit = split_credit(line)
        if not text:
            return False
        i = self.find(text)
        if i is not None:
            if credit and not self.captions[i].credit:
                self.captions[i].credit = credit
            return False
        key = normalise(text).lower()
        self._exact[key] = len(self.captions)
        self._by_numbers.setdefault(tuple(_NUMBERS.findall(key)), []).append(len(self.captions))
        self._keys.append(key)
        self.captions.append(Caption(text=text, credit=credit))
        return True
