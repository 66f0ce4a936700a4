"""One clause alike: two sentences each other's nearest in the other's source, of which one clause reads as one
clause of the other, state one claim, however much else either says.

The class, found by ``bench/agreed_misses.py`` on the tune half of the alignment gold: the pair scorer rates a
sentence pair on the whole sentences, so a fact stated as one clause of a long sentence ("... made his comeback
with struggling former champions Williams last season but left at the end of the campaign" / "Kubica, 35, made
his return to Formula One with Williams last season following a long absence ...") is rated under the agreement
bar (0.3-0.6) though the two clauses read alike. The sentence embeddings (``stories.embed``, the model of the
``embedding`` feature) of each sentence's clauses, and of each two neighbouring clauses joined, are compared;
the pair states one claim when its best clause pair reaches :data:`CLAUSE_COSINE` and the two sentences are each
other's most similar sentence in the other's source (the ``mutual_best`` feature): a clause alike in two
sentences that each have a nearer counterpart is background the story repeats.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from crosswire.compare.claims.pairs import FEATURES, Pair
from crosswire.vocab.data import data_toml

# Chosen on the tune half of the alignment gold and confirmed on tune2 (bench/alignment; candidate pairs of main
# listed with bench/agreed_misses.py's machinery, which marks a miss "one clause alike" by the same cosine): of the
# pairs rated CLAUSE_SCORE to the bar (0.6) that pass align_claims' checks, are not already lifted by
# align.reworded or align.shared_phrase and are each other's best match, those with a clause pair at a cosine of
# at least 0.72 state one gold agreement in 3 of 3 on tune (each a missed agreement) and 2 of 2 on tune2 (one
# missed); at 0.70, 5 of 5 and 2 of 2; at 0.68, 5 of 7 and 3 of 4 (the wrong ones name one topic: "For many years,
# scientists have suspected that there's water on Europa's surface" / "scientists believe that there's a liquid
# water ocean on Europa"), so 0.72 keeps a margin over the wrong pairs. Agreed items (compare_alignment.py): tune
# 158/170 right, 233/344 found -> 160/172, 236/344; tune2 52/65, 74/104 -> 54/66, 75/104.
# CLAUSE_SCORE is the lowest score align_claims reads a pair at (CLIQUE_SHARE of the bar).
CLAUSE_COSINE = 0.72
CLAUSE_SCORE = 0.3
MIN_CLAUSE_WORDS = 3  # a shorter piece ("officials said") is no clause of its own
CLAUSE_MARKS = r"\s*[;:\u2014\u2013]\s*|,\s+"  # punctuation that ends a clause, beside each language's joining words
_MUTUAL = FEATURES.index("mutual_best")
_QUOTES = " ,.\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"


@cache
def _cut(language: str) -> re.Pattern[str]:
    """Clause boundaries of ``language``: :data:`CLAUSE_MARKS` and the language's joining words
    (``data/clause_joins.toml``, an optional comma before them)."""
    words = sorted(data_toml("clause_joins.toml")["joins"].get(language, []), key=len, reverse=True)
    joins = "|".join(re.escape(w) for w in words)
    # the joining word first: ", and" is cut before the word, not at its comma
    return re.compile((rf",?\s+(?:{joins})\s+|" if joins else "") + CLAUSE_MARKS, re.IGNORECASE)


@cache
def clauses(text: str, language: str) -> tuple[str, ...]:
    """The clauses of a sentence holding :data:`MIN_CLAUSE_WORDS` words or more, then each two neighbouring
    clauses joined by a space; the whole sentence alone when it has fewer than two such clauses. Input: one
    sentence and its ISO 639-1 language; output: texts, each a part of the sentence (quote marks trimmed)."""
    parts = [p.strip(_QUOTES) for p in _cut(language).split(text) if p]
    parts = [p for p in parts if len(p.split()) >= MIN_CLAUSE_WORDS]
    if len(parts) < 2:
        return (text,)
    return (*parts, *(f"{a} {b}" for a, b in pairwise(parts)))


def clause_cosine(a_text: str, a_language: str, b_text: str, b_language: str) -> float:
    """The highest cosine (-1 to 1) between a clause of sentence a and a clause of sentence b (:func:`clauses`),
    by the story's sentence embeddings (``stories.embed.embed_cached``: each clause encoded once)."""
    from crosswire.stories.embed import embed_cached

    ca, cb = clauses(a_text, a_language), clauses(b_text, b_language)
    vectors = embed_cached([*ca, *cb])
    return float((vectors[: len(ca)] @ vectors[len(ca) :].T).max())


def one_clause_alike(p: Pair) -> bool:
    """Whether a pair rated at least :data:`CLAUSE_SCORE` whose sentences are each other's best match in the
    other's source has a clause pair at a cosine of :data:`CLAUSE_COSINE` or more (:func:`clause_cosine`).
    Figures that part the two are checked by the caller (``align._figures_apart``)."""
    if p.score < CLAUSE_SCORE or p.features[_MUTUAL] < 1:
        return False
    return clause_cosine(p.a.text, p.a.language, p.b.text, p.b.language) >= CLAUSE_COSINE
