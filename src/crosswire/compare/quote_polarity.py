"""Two wordings of one speaker's quote whose matching clauses have opposite polarity (a new user's bridge story:
"We were warned about this bridge, and we did not act fast enough" / «Nessuno ci aveva avvertito su questo
ponte», nobody had warned us, was shown as one statement in two wordings).

Each wording is cut into its main clauses (at ``;``, ``:``, dashes, and the coordinators of ``[coordinators]`` in
``data/quote_meanings.toml``: "..., and ...", "... but ..."), each clause read as denied when it holds a word of
``[negation]`` ("not", "nobody", "niemand", "nessuno", "personne", "nadie", "nikt", "никто") outside a hedge.
Clauses of the two wordings are matched by sentence embeddings (multilingual USE, the model the quote variants
already use): a clause and its counterpart, each the other's most alike clause and at least
:data:`CLAUSE_BAR` alike, that one states and the other denies, say opposite things. A wording cut shorter (one
clause of the other quoted) is no difference: only matched clauses are compared.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.stories.embed import embed_cached
from crosswire.vocab.data import data_toml

CLAUSE_BAR = 0.4  # cosine of two clauses rendering one statement across languages: "We were warned about this
# bridge" / «Nessuno ci aveva avvertito su questo ponte» 0.70, "nothing that suggested an imminent failure" /
# «rien ne laissait prévoir un effondrement» 0.67, «Niemand hat uns über die Risse im Damm informiert» / "We were
# informed about the cracks in the dam" 0.45 (German reads low against English in this encoder); another clause of
# the same quotes 0.08-0.21 (measured on the invented wordings of tests/test_compare_quote_polarity.py), and the
# clauses must be each other's most alike
MIN_WORDS = 2  # a clause of fewer words ("and so") is read with its neighbour
_CUT = re.compile(r"[;:–—()\"«»“”„]|\s-\s")
_WORD = re.compile(r"[^\W_][\w'’-]*", re.UNICODE)
# "not only" in the languages of [negation]: an addition, no denial ("is not only the first direct detection")
_NOT_ONLY = re.compile(
    r"(?<!\w)(?:not only|not just|nicht nur|non seulement|pas seulement|no solo|no sólo|non solo|não só|não apenas"
    r"|nie tylko|не только|не лише|не толькі)(?!\w)"
)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _splitters() -> dict[str, re.Pattern[str]]:
    """language -> pattern of the places a wording's main clauses meet."""
    out: dict[str, re.Pattern[str]] = {}
    for lang, words in data_toml("quote_meanings.toml").get("coordinators", {}).items():
        comma, bare = words.get("comma", []), words.get("bare", [])
        parts = [rf",\s*(?:{_alternation(comma)})(?!\w)"] if comma else []
        if bare:
            parts.append(rf"(?:,\s*|(?<=\s))(?:{_alternation(bare)})(?!\w)")
        out[lang] = re.compile("|".join(parts), re.IGNORECASE)
    return out


# Words of ``[negation]`` that deny a noun, not the clause ("no power", "keinen Strom", "sin luz", "bez prądu"):
# "Some 12,000 homes lost power" / "Rund 12.000 Haushalte hatten keinen Strom" say one thing. A clause reads
# denied by a verb's negation or a negative pronoun ("not", "never", "nobody", "niemand", "nessuno", "personne",
# "nadie", "nikt", "никто") only.
NOUN_DENIALS = frozenset(
    "no none without kein- ohne aucun- sans ningún ninguna ninguno sin nessun- senza nenhum- sem żaden żadna żadne "
    "żadnego żadnej żadnych żadnym żadną bez без жодн-".split()
)


@lru_cache(maxsize=16)
def _clause_negation(language: str) -> re.Pattern[str] | None:
    """The ``[negation]`` words of a language but :data:`NOUN_DENIALS` (Italian "nessuno", the pronoun, kept), as
    one pattern (matched lower-cased); None for a language the table lacks."""
    words = [w for w in data_toml("quote_meanings.toml").get("negation", {}).get(language, []) if w not in NOUN_DENIALS]
    if language == "it":
        words.append("nessuno")
    if not words:
        return None
    alts = [re.escape(w[:-1]) + r"\w*" if w.endswith("-") else re.escape(w) for w in sorted(words, key=len)[::-1]]
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])")


def clauses(text: str, language: str | None) -> list[tuple[str, bool]]:
    """(clause as written, whether it is denied) for each main clause of a quote wording, in order: "We were
    warned about this bridge, and we did not act fast enough" -> [("We were warned about this bridge", False),
    ("we did not act fast enough", True)]. A language without coordinators is cut at punctuation only."""
    from crosswire.compare.quote_meaning import unhedged

    lang = language or "en"
    low = unhedged(text, lang)
    cuts = [m.span() for m in _CUT.finditer(low)]
    split = _splitters().get(lang)
    if split is not None:
        cuts += [m.span() for m in split.finditer(low)]
    pieces, start = [], 0
    for a, b in sorted(cuts):
        if a >= start:
            pieces.append((start, a))
            start = b
    pieces.append((start, len(text)))
    merged: list[tuple[int, int]] = []
    for a, b in pieces:
        if len(_WORD.findall(text[a:b])) < MIN_WORDS:
            if merged:
                merged[-1] = (merged[-1][0], b)
            continue
        merged.append((a, b))
    neg = _clause_negation(lang)
    bare = _NOT_ONLY.sub(lambda m: " " * len(m.group()), low)  # "not only ... but" adds, it denies nothing
    return [(text[a:b].strip(" ,"), neg is not None and neg.search(bare[a:b]) is not None) for a, b in merged]


# Negative pronouns that deny a whole clause ("nobody had warned us"); a clause read denied only by another
# negation ("not a single patient", "ningún paciente", "lost power" / "keinen Strom") is set against no other,
# since languages deny a noun or a verb in different places.
NEGATIVE_PRONOUNS = re.compile(
    r"(?<!\w)(?:nobody|no one|no-one|niemand|nessuno|personne ne|personne n|nadie|nikt|никто|ніхто|ninguém)(?!\w)"
)


def _stated(ta: str, tb: str, la: str | None, lb: str | None, a_denied: bool) -> bool:
    """Whether of two matched clauses of opposite polarity the denied one holds a negative pronoun and the other no
    word of ``[negation]`` at all: "Nessuno ci aveva avvertito" / "We were warned"."""
    from crosswire.compare.quote_meaning import negation_pattern

    denied, other, other_lang = (ta, tb, lb) if a_denied else (tb, ta, la)
    neg = negation_pattern(other_lang)
    plain = neg is None or neg.search(other.lower()) is None
    return plain and NEGATIVE_PRONOUNS.search(denied.lower().replace("’", "'")) is not None


def polarity_apart(a: str, a_language: str | None, b: str, b_language: str | None) -> tuple[str, str] | None:
    """(clause of ``a``, clause of ``b``) that render one statement, each the other's most alike clause and at
    least :data:`CLAUSE_BAR` alike, one stated and the other denied ("We were warned about this bridge" / «Nessuno
    ci aveva avvertito su questo ponte»); None when every matched pair of clauses has one polarity, when a
    wording has no clause, or for two wordings of one language (two statements of one speaker read alike by
    topic there: their shared words decide, :func:`crosswire.compare.quote_meaning.difference`). Input: two quote
    wordings with their language codes."""
    if a_language == b_language:
        return None  # one language: the shared words tell a flipped statement (quote_meaning._negation_difference)
    ca, cb = clauses(a, a_language), clauses(b, b_language)
    if not ca or not cb or {n for _t, n in ca} | {n for _t, n in cb} == {False}:
        return None
    vecs = embed_cached([t for t, _n in ca] + [t for t, _n in cb])
    sims = vecs[: len(ca)] @ vecs[len(ca) :].T
    for i, (ta, na) in enumerate(ca):
        j = int(sims[i].argmax())
        tb, nb = cb[j]
        if (
            na != nb
            and sims[i, j] >= CLAUSE_BAR
            and int(sims[:, j].argmax()) == i
            and _stated(ta, tb, a_language, b_language, na)
        ):
            return ta, tb
    return None
