"""Points of a rate read as one measure across languages: "250 basis points" is "2.5 percentage points"
("relevé ... de 250 points de base" / "elevó ... en 2,5 puntos porcentuales": a new user's rate-rise story kept
the Spanish sentence of the rise out of its agreement, the two numbers read as two values of one measure).

Input: a claim unit's number values (:class:`~crosswire.facts.records.Value`) and its sentence. Output: the
values with a count of basis points rescaled to percentage points (a hundredth each), so every reader of the
comparison's claim units (:func:`crosswire.compare.claims.units.build_units` converts them once: the pair checks
of :func:`crosswire.compare.claims.align.contradict`, the value comparisons and conflicts) compares one number.
The words are ``data/rate_points.toml``'s, per language.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from crosswire.facts.records import Value
from crosswire.vocab.data import data_toml

BASIS_PER_POINT = 100.0  # basis points in one percentage point (the definition of a basis point)
AFTER = 40  # characters after a number read for its points word
POINT_NOUN = "percentage point"  # the noun of a value read here (so it is never rescaled twice)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, dict[str, re.Pattern[str]]]:
    table = data_toml("rate_points.toml")
    out: dict[str, dict[str, re.Pattern[str]]] = {}
    for kind in ("basis", "percentage"):
        for lang, words in table[kind].items():
            alts = "|".join(f"(?:{w})" for w in sorted(words, key=len, reverse=True))
            # right after the number: a hyphen ("250-basis-point"), spaces, or a joining "de" is all between
            out.setdefault(kind, {})[lang] = re.compile(rf"^[\s\-]*(?:{alts})(?!\w)", re.IGNORECASE)
    return out


def points_kind(after: str, language: str) -> str | None:
    """``"basis"`` or ``"percentage"`` when ``after`` (the text right after a number) starts with a word of
    points of that kind in ``language`` (English's words too, as a borrowed "bp" is); None otherwise."""
    pats = _patterns()
    for kind in ("basis", "percentage"):
        for lang in dict.fromkeys((language, "en")):
            pat = pats[kind].get(lang)
            if pat is not None and pat.search(after[:AFTER]):
                return kind
    return None


def in_points(values: list[Value], text: str, start: int, language: str) -> list[Value]:
    """``values`` (numbers of a sentence ``text`` starting at article offset ``start``) with each count of basis
    points given as percentage points: value, low and high divided by :data:`BASIS_PER_POINT`. Other values as
    they are."""
    out = []
    for v in values:
        if v.value is None or v.kind not in ("count", "quantity") or v.noun == POINT_NOUN:  # read once
            out.append(v)
            continue
        after = text[max(0, v.end - start) :]
        if points_kind(after, language) != "basis":
            out.append(v)
            continue
        out.append(
            replace(
                v,
                value=v.value / BASIS_PER_POINT,
                low=None if v.low is None else v.low / BASIS_PER_POINT,
                high=None if v.high is None else v.high / BASIS_PER_POINT,
                noun=POINT_NOUN,
            )
        )
    return out
