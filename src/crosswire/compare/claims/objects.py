"""Whether two sentences' acts fall on two objects: "the court granted the recount request" / "the court
rejected the appeal" are two rulings on two filings, not one ruling told two ways (tense15). An outcome conflict
needs one act and one object; the outcome readers (:func:`.clash.outcome_clash`, the agreed groups' outcome
conflicts of :func:`.align._outcome_conflicts`) ask this before setting two outcomes against each other.

The object is the main clause's object as the facts stage's parse wrote it
(:attr:`crosswire.facts.records.Claim.object`: "Anna Kessel's request for a recount"), read for English sentences
only: its head is the last word before a preposition or a relative word ("request"), singular. Other languages'
objects are not compared here (the light tier writes none, and a head-initial phrase needs its own reading): the
rule keeps quiet there, and the polar acts' kinds of object (``data/facts_outcomes.toml``: a request, an appeal)
tell two objects in every language of their lists (:func:`two_rulings`).
"""

from __future__ import annotations

import re

from crosswire.compare.claims.units import Unit
from crosswire.vocab.terms import singular

# words that end an English noun phrase's head part: prepositions, relative words and participles of a filing
_CUT = re.compile(
    r"\s+(?:for|of|to|in|on|at|against|by|with|from|over|about|under|that|which|who|whose|filed|lodged|brought|"
    r"made|submitted)\b.*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")
# heads that name no object of their own: pronouns and determiners standing for one
_NO_HEAD = frozenset({"it", "them", "this", "that", "these", "those", "one", "ones", "him", "her", "all", "both"})


def object_head(u: Unit) -> str | None:
    """The head noun (lower case, singular) of an English sentence's main object: "the recount request" ->
    "request", "Anna Kessel's request for a recount" -> "request"; None for another language, no object, or a
    pronoun. Raises nothing."""
    obj = u.claim.object
    if u.language != "en" or not obj:
        return None
    words = _WORD.findall(_CUT.sub("", obj).lower())
    if not words or words[-1] in _NO_HEAD:
        return None
    return singular(words[-1])


def _words(u: Unit) -> frozenset[str]:
    """The sentence's words, lower case and singular."""
    return frozenset(singular(w) for w in _WORD.findall(u.text.lower()))


def two_objects(a: Unit, b: Unit) -> bool:
    """Whether the two sentences' main objects are two things: each has a head (:func:`object_head`) and neither
    head is a word of the other sentence ("the recount request" / "the request" are one; "the recount request" /
    "the appeal" are two; "won the title and beat the Owls in the final" / "lost the final to the Owls" are one
    final: the second head is in the first sentence, though not its main object). False whenever either object is
    not read."""
    ha, hb = object_head(a), object_head(b)
    if ha is None or hb is None or ha == hb:
        return False
    return ha not in _words(b) and hb not in _words(a)


def two_rulings(a: Unit, b: Unit) -> bool:
    """Whether the two sentences tell opposite outcomes (one exclusive group of ``data/facts_outcomes.toml``:
    granted / rejected) of acts on two objects: neither one claim nor an
    outcome conflict ("The court granted the recount request" / "The court rejected the appeal"; "Das Gericht gab
    dem Antrag statt" / "El tribunal rechazó el recurso"). Read two ways: the outcome classes of the parse
    (:attr:`crosswire.facts.records.Claim.outcomes`) with English objects of two heads (:func:`two_objects`), or
    two poles of one polar act of ``data/facts_outcomes.toml`` whose objects are of two kinds (a request and an
    appeal, :func:`.polar.kinds_of`), in any language of its lists. Raises nothing."""
    from crosswire.compare.claims.clash import _EXCLUSIVE
    from crosswire.compare.claims.polar import acts, kinds_of, poles_in

    oa, ob = set(a.claim.outcomes), set(b.claim.outcomes)
    opposed = any((oa & group) - ob and (ob & group) - oa for group in _EXCLUSIVE)
    if opposed and two_objects(a, b):
        return True
    pa, pb = poles_in(a.text, a.language), poles_in(b.text, b.language)
    for act in acts():
        if act.kinds and act.id in pa and act.id in pb and pa[act.id] != pb[act.id]:
            ka, kb = kinds_of(a.text, a.language, act), kinds_of(b.text, b.language, act)
            if ka and kb and not ka & kb:
                return True
    return False
