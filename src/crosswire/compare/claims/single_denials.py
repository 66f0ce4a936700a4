"""A denial two sources report is no fact only one of them reports: "Il governo ... ha negato di aver pagato un
riscatto" beside "..., but Vasko denied that any money had changed hands" after "The group had demanded a ransom".

The pair scorer and the sentence encoder read such sentences far apart across languages (0.15-0.35 on a new
user's hostage story: the Italian and the German "Vasko wies Berichte über ein Lösegeld entschieden zurück" were each
listed "only X" while the English wire, the French and the Spanish outlets gave the same denial). What they share
is the act's object, a word of the polar act tables (``[polar.*].objects`` of ``data/facts_outcomes.toml``: the
ransom) beside a verb of denial (``data/facts_denial_verbs.txt``: negare, zurückweisen, deny), or the act's negated
pole ("n'a pas payé", "did not pay"; :func:`crosswire.compare.claims.polar.poles_in`). For an act one story holds
one of (``tie = "object"``: one ransom, one court request) two sources denying it, or stating it did
not happen, state one claim, as :func:`crosswire.compare.claims.polar.polar_differ` already reads two poles of such
an act as a conflict whatever the pair scorer says. Acts tied by a related pair or a name (an offer, a report, a
vote) are left out: a story may hold several.

Pure: reads the units' text and language only. Offsets are the units' (character offsets into the cleaned body).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from crosswire.compare.claims.align import ClaimAlignment
from crosswire.compare.claims.polar import Act, acts, poles_in
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import ClaimItem, EventItem, Item
from crosswire.facts.lexicon import denial_form, denial_verbs
from crosswire.vocab.data import data_toml

_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=32)
def _denials(lang: str) -> frozenset[str]:
    """The denial words read in ``lang``: the shared list less that language's words of negation (the list's
    French "nie", "he denies", is the Polish "not"; a negation is read through the act's negated pole instead)."""
    negation = data_toml("facts_outcomes.toml").get("polar_negation", {}).get(lang, [])
    return denial_verbs() - {w.lower() for w in negation}


@lru_cache(maxsize=1 << 16)
def _inflected(word: str, lang: str) -> bool:
    """Whether ``word`` is a form of a listed verb of denial the list does not hold ("zaprzeczyło", "negano":
    :func:`crosswire.facts.lexicon.denial_form`), never a word of negation of ``lang`` (Polish "nie").

    Cached by (word, language): :func:`denied_acts` asks it of every word of every sentence of a story
    (122,490 calls on the 181 benchmark pages' comparisons, ~20,000 distinct words), and the answer depends on
    nothing else (a shipped word list and simplemma's table)."""
    negation = data_toml("facts_outcomes.toml").get("polar_negation", {}).get(lang, [])
    return word not in negation and denial_form(word, lang)


def _no_pole(act: Act) -> str | None:
    """The one pole a denial of ``act`` states: the pole its one "yes" pole becomes when negated ("paid" ->
    "refused to pay", a request "granted" -> "rejected"); None for an act whose negation runs both ways (a
    service withdrawn / kept in service: a denial says nothing of which) or has none (a report, an offer)."""
    if len(act.negated) != 1:
        return None
    (no,) = act.negated.values()
    return None if no in act.negated else no


@lru_cache(maxsize=1 << 14)
def denied_acts(text: str, lang: str) -> dict[str, bool]:
    """Act id -> whether ``text`` (one sentence in language ``lang``) names the act's object, for each act of one
    object to a story (``tie = "object"``) with one pole a denial states (:func:`_no_pole`) that the sentence
    denies or says did not happen: a verb of denial and, after it, a word of the act's object ("negó haber
    pagado un rescate", "wies Berichte über ein Lösegeld zurück"; a word before the verb names who denies: "Il
    governo ... ha negato" is no denial of a government's fate), or the act's negated pole ("did not pay", "n'a
    été versé" after "pas": the object may be unnamed, "Pas un centime n'a été versé aux ravisseurs"). Empty for
    most sentences."""
    low = text.lower()
    words = _denials(lang)
    denial = next((m.end() for m in _WORDS.finditer(low) if m.group() in words or _inflected(m.group(), lang)), None)
    poles = poles_in(text, lang)
    out: dict[str, bool] = {}
    if denial is None and not poles:
        return out  # most sentences: no verb of denial and no pole of any act
    for act in acts():
        no = _no_pole(act)
        if act.tie != "object" or no is None:
            continue
        pat = act.objects.get(lang)
        if denial is not None and pat is not None and pat.search(low, denial) is not None:
            out[act.id] = True
        elif poles.get(act.id) == no:
            out[act.id] = pat is not None and pat.search(low) is not None
    return out


def denied_alike(a: Unit, b: Unit) -> bool:
    """Whether two sentences deny one act of one object to a story (:func:`denied_acts`), one of them naming the
    object: the same claim, whatever their pair score."""
    da, db = denied_acts(a.text, a.language or "en"), denied_acts(b.text, b.language or "en")
    return any(act in db and (named or db[act]) for act, named in da.items())


def denied_elsewhere(items: Sequence[Item], claims: ClaimAlignment) -> set[int]:
    """Positions in ``items`` (would-be single-source events and claims) whose sentence denies an act another
    source's sentence also denies (:func:`denied_alike`): "only X reports" would be said of a denial every
    source reports. Figures are left out (a figure names a value, not the denial beside it: "demanded a ransom of
    $4.5 million, but ... denied" is the demand's figure) and quotes are the quote aligner's."""
    out: set[int] = set()
    denying = [v for v in claims.units if denied_acts(v.text, v.language or "en")]
    if len(denying) < 2:
        return out
    for i, item in enumerate(items):
        if not isinstance(item, (EventItem, ClaimItem)):
            continue
        for u in claims.units_of(item):
            if any(v.source not in item.sources and denied_alike(u, v) for v in denying):
                out.add(i)
                break
    return out
