"""Two wordings of one speaker's quote whose matching clauses have opposite polarity (a new user's bridge story:
"We were warned about this bridge, and we did not act fast enough" / «Nessuno ci aveva avvertito su questo
ponte», nobody had warned us, was shown as one statement in two wordings).

Each wording is cut into its main clauses (at ``;``, ``:``, dashes, and the coordinators of ``[coordinators]`` in
``data/quote_meanings.toml``: "..., and ...", "... but ..."), each clause read as denied when it holds a word of
``[negation]`` ("not", "nobody", "niemand", "nessuno", "personne", "nadie", "nikt", "никто") outside a hedge, or,
when it holds an evidential predicate, as its proposition is asserted unproven ("found no evidence that ...",
«keine Beweise», «nicht erwiesen»; "not without evidence" is proven: :func:`crosswire.compare.proposition.evidential`).
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
ABBREVIATION_LETTERS = 3  # a capitalised word of at most this many letters before a full stop is an abbreviation
# ("Dr.", "Gen.", "Mrs."), no sentence's end
_CUT = re.compile(r"[;:–—()\"«»“”„]|\s-\s")
_SENTENCE_END = re.compile(r"(?<=\w)[.!?…]+\s+(?=\S)")  # a sentence's end inside a quotation, when a capital follows
_WORD = re.compile(r"[^\W_][\w'’-]*", re.UNICODE)
# "not only" in the languages of [negation]: an addition, no denial ("is not only the first direct detection")
_NOT_ONLY = re.compile(
    r"(?<!\w)(?:not only|not just|nicht nur|non seulement|pas seulement|no solo|no sólo|non solo|não só|não apenas"
    r"|nie tylko|не только|не лише|не толькі)(?!\w)"
)


@lru_cache(maxsize=16)
def _contrast(language: str) -> re.Pattern[str] | None:
    """The contrastive negations of a language (``[contrast]`` of ``data/quote_meanings.toml``: "and not a",
    « et non d'un », "а не") as one pattern of the lead words before a determiner (matched lower-cased); None for a
    language the table lacks."""
    spec = data_toml("quote_meanings.toml").get("contrast", {}).get(language)
    if not spec:
        return None
    leads = spec.get("lead", [])
    det = spec.get("det", [])
    after = rf"(?=\s*(?:{_alternation(det)})(?![\w-]))" if det else r"(?=\s)"
    words = [w for w in leads if not w.startswith(",")]
    parts = [rf"(?<![\w-])(?:{_alternation(words)})"] if words else []
    if len(words) < len(leads):
        parts.append(_alternation([w for w in leads if w.startswith(",")]))
    return re.compile(rf"(?:{'|'.join(parts)}){after}")


def contrast_spans(low: str, language: str | None) -> list[tuple[int, int]]:
    """(start, end) character offsets into ``low`` (a lower-cased wording) of each contrastive negation's lead
    words ("an accident and not a political choice": the piece from "and not" on is what the statement was not;
    :func:`_contrast`)."""
    pat = _contrast(language or "en")
    return [] if pat is None else [m.span() for m in pat.finditer(low)]


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


# Words of :data:`NOUN_DENIALS` that deny the verb in a language: Spanish "no" stands only before a verb ("No
# volveremos a Varnessa", we will not go back; a noun is denied by "ningún" or "sin"), as English "no" stands
# only before a noun. A new user's hostage story read "No volveremos" as stated, against "We will return".
VERB_NO = {"es": frozenset({"no"})}


@lru_cache(maxsize=16)
def _clause_negation(language: str) -> re.Pattern[str] | None:
    """The ``[negation]`` words of a language but :data:`NOUN_DENIALS` (Italian "nessuno", the pronoun, kept), as
    one pattern (matched lower-cased); None for a language the table lacks."""
    verbs = VERB_NO.get(language, frozenset())
    words = [
        w
        for w in data_toml("quote_meanings.toml").get("negation", {}).get(language, [])
        if w not in NOUN_DENIALS or w in verbs
    ]
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
    from crosswire.compare.proposition import evidential

    lang = language or "en"
    low = _unhedged_low(text, lang)
    bare = _NOT_ONLY.sub(lambda m: " " * len(m.group()), low)  # "not only ... but" adds, it denies nothing
    contrasted = contrast_spans(low, lang)
    out = []
    for a, b in clause_spans(text, lang):
        proof = evidential(text[a:b], lang)  # "no evidence that ...": unproven; "not without evidence": proven
        denied = (
            True  # "and not a political choice", « et non d'un choix politique »: the noun phrase is denied
            if any(x <= a < y for x, y in contrasted)
            else proof[0]
            if proof is not None
            else _verb_denied(bare[a:b], lang) or bool(_ruled_out(text[a:b], lang))
        )
        out.append((text[a:b].strip(" ,"), denied))
    return out


def _ends_sentence(text: str, m: re.Match[str]) -> bool:
    """Whether an end mark ends a sentence rather than an abbreviation: the word before it is lower-case or longer
    than :data:`ABBREVIATION_LETTERS` letters ("comes first.", "in Rome." but not "Dr.", "Gen.", "U.S.")."""
    before = re.search(r"[\w'’-]+$", text[: m.start()])
    word = before.group() if before else ""
    return word.islower() or len(word) > ABBREVIATION_LETTERS


def _unhedged_low(text: str, language: str) -> str:
    from crosswire.compare.quote_meaning import unhedged

    return unhedged(text, language)


def clause_spans(text: str, language: str | None) -> list[tuple[int, int]]:
    """(start, end) character offsets into ``text`` of each main clause of a quote wording, in order (cut at
    ``;``, ``:``, dashes, quotation marks and the language's ``[coordinators]``; a piece of fewer than
    :data:`MIN_WORDS` words is read with its neighbour)."""
    lang = language or "en"
    low = _unhedged_low(text, lang)
    cuts = [m.span() for m in _CUT.finditer(low)]
    # a quotation of two sentences is two propositions: "The safety of our passengers comes first. We will not cut
    # corners ..." rendered as „Die Sicherheit unserer Passagiere hat für uns Vorrang“ renders the first only
    cuts += [m.span() for m in _SENTENCE_END.finditer(text) if text[m.end()].isupper() and _ends_sentence(text, m)]
    split = _splitters().get(lang)
    if split is not None:
        cuts += [m.span() for m in split.finditer(low)]
    # a contrastive negation opens a clause of its own, the negation kept in it: "It was an accident | and not a
    # political choice" (what it was, what it was not: :func:`contrast_starts`)
    cuts += [(i, i) for i, _end in contrast_spans(low, lang)]
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
    return merged


# Negative pronouns that deny a whole clause ("nobody had warned us").
NEGATIVE_PRONOUNS = re.compile(
    r"(?<!\w)(?:nobody|no one|no-one|niemand|nessuno|personne ne|personne n|nadie|nikt|никто|ніхто|ninguém)(?!\w)"
)
# French "ne" / "n'" deny a verb only with a second word ("ne ... pas", "n'... jamais", "ne ... plus"); alone, or
# with "que", they are no denial: "nous n'avons que deux jours" (we only have two days), "avant qu'il ne parte".
_FRENCH_DENIAL = re.compile(r"(?<![\w-])(?:pas|jamais|rien|personne|plus|guère|nullement|aucun\w*)(?![\w-])")
# "no more than" in the languages of [negation]: a bound, no denial ("nicht mehr als zwei Tage", at most two days)
_NO_MORE_THAN = re.compile(
    r"(?<!\w)(?:not more than|no more than|nicht mehr als|pas plus de|no más de|non più di|nie więcej niż"
    r"|не более|не больше)(?!\w)"
)

# "ever" after a comparison, in the languages that spell it with a word of [negation]: "lo más extraño que he visto
# nunca", "la chose la plus étrange que j'aie jamais vue", "la cosa più strana che abbia mai visto", "o pior dia
# que vivi jamais": the strangest thing I have ever seen, no denial. A new user's balloon story showed a club
# chairwoman's English and Spanish quote as "one denies what another states" (speaker14b). The "ever" word is
# blanked only with a comparative or superlative word before a "que"/"che" before it and no verb negation between
# ("lo más extraño que no he visto nunca" stays denied; "nunca he visto algo así" has no comparison and stays),
# and only after the verb: "más de 40 personas que nunca habían votado" (who had never voted) stays denied.
_EVER_AFTER_COMPARISON = re.compile(
    r"(?<!\w)(?:más|menos|mejor|peor|mayor|menor|plus|moins|meilleur\w*|pire|più|meno|migliore|peggiore|mais|melhor"
    r"|pior)(?!\w)[^,;.!?]*?(?<!\w)(?:que|qu'|qu’|che|ch'|ch’)(?P<between>[^,;.!?]*?)(?<!\w)(?P<ever>nunca|jamás|jamais"
    r"|mai)(?!\w)"
)
_VERB_NEGATION = re.compile(r"(?<!\w)(?:no|ne|n'|n’|non|não|nem)(?!\w)")


def _ever_blanked(clause: str) -> str:
    """``clause`` (lower-cased) with each "ever" of :data:`_EVER_AFTER_COMPARISON` blanked (same length)."""

    def blank(m: re.Match[str]) -> str:
        if _VERB_NEGATION.search(m.group("between")) or not re.search(r"\w", m.group("between")):
            # "más de 40 personas que nunca habían votado": an "ever" right after "que" stands before its verb,
            # where it denies it (who had never voted); the "ever" of a comparison follows the verb
            return m.group()
        at = m.start("ever") - m.start()
        return m.group()[:at] + " " * len(m.group("ever")) + m.group()[at + len(m.group("ever")) :]

    return _EVER_AFTER_COMPARISON.sub(blank, clause)


def _ruled_out(clause: str, language: str | None) -> bool | None:
    """True when a clause rules a course out ("A reversal is ruled out", «Wir schließen das aus»: pole a of the
    ``raw`` pair "ruled out or open" of ``[poles]``), False when it keeps it open ("remains possible", "not ruled
    out"), None when it reads neither."""
    from crosswire.compare.quote_meaning import poles

    read = poles(clause, language).get("ruled out or open")
    return None if read is None else not read[0]


RESTRICTIVE_GAP = 3  # words a restrictive negation's two parts may hold between them ("nichts anderes wollend, als")


@lru_cache(maxsize=16)
def _restrictive(language: str) -> re.Pattern[str] | None:
    """The restrictive negations of a language (``[restrictive]`` of ``data/quote_meanings.toml``: "nothing but",
    "nichts anderes ... als", "nada más que", "не что иное, как": only, no denial) as one pattern matched
    lower-cased, " ... " read as up to :data:`RESTRICTIVE_GAP` words; None for a language the table lacks."""
    entries = data_toml("quote_meanings.toml").get("restrictive", {}).get(language, [])
    if not entries:
        return None
    gap = rf"(?:[\s,]+[^\s,]+){{0,{RESTRICTIVE_GAP}}}[\s,]+"
    alts = [
        gap.join(r"\s+".join(re.escape(w) for w in part.split()) for part in entry.split(" ... "))
        for entry in sorted(entries, key=len, reverse=True)
    ]
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])")


def restricted_blanked(clause: str, language: str | None) -> str:
    """``clause`` (lower-cased) with each restrictive negation (:func:`_restrictive`: "nothing but", "nichts anderes
    ... als") blanked, same length: "nichts anderes wollend, als gehört zu werden" states wanting to be heard."""
    pat = _restrictive(language or "en")
    return clause if pat is None else pat.sub(lambda m: " " * len(m.group()), clause)


def _verb_denied(clause: str, language: str | None) -> bool:
    """Whether a clause (lower-cased, hedges blanked) holds a word of ``[negation]`` that denies its verb or the
    clause (not :data:`NOUN_DENIALS`; French "ne" only with its second word; not a restrictive negation,
    :func:`restricted_blanked`)."""
    neg = _clause_negation(language or "en")
    bare = _ever_blanked(_NO_MORE_THAN.sub(lambda m: " " * len(m.group()), restricted_blanked(clause, language)))
    if neg is None or neg.search(bare) is None:
        return False
    return language != "fr" or _FRENCH_DENIAL.search(bare) is not None


def _stated(ta: str, tb: str, la: str | None, lb: str | None, a_denied: bool) -> bool:
    """Whether of two matched clauses of opposite polarity the denied one is denied by a negative pronoun or a
    verb's negation ("Nessuno ci aveva avvertito" / "We were warned"; "Nie zamkniemy zakładu" / "Nous allons
    fermer l'usine"; "we will not reverse it" / "nous pourrions encore la revoir") and the other holds no word of
    ``[negation]`` at all outside a hedge (a noun's denial, "keinen Strom" / "lost power", is placed elsewhere by
    each language: no reading) and rules nothing out."""
    from crosswire.compare.proposition import evidential
    from crosswire.compare.quote_meaning import negation_pattern, poles, reads_negative, unhedged

    denied, dl, other, other_lang = (ta, la, tb, lb) if a_denied else (tb, lb, ta, la)
    read_d, read_o = poles(denied, dl), poles(other, other_lang)
    shared = read_d.keys() & read_o.keys()
    if shared and all(read_d[p][0] == read_o[p][0] for p in shared):
        # one proposition of [poles] read alike, each with its own words: "We will not allow these aircraft to fly"
        # and „Diese Flugzeuge bleiben am Boden“ both say grounded; the negation word is the English wording's own
        return False
    if reads_negative(other, other_lang) is not None and not shared:
        return False  # a denial in the other's words ("bleiben am Boden" is "not fly"): not the plainly stated side
    proof, other_proof = evidential(denied, dl), evidential(other, other_lang)
    if other_proof is not None:  # "not without evidence that ...": proven, whatever its words of [negation]
        if other_proof[0]:
            return False
    else:
        neg = negation_pattern(other_lang)
        plain = neg is None or neg.search(unhedged(other, other_lang)) is None
        if not plain or _ruled_out(other, other_lang):
            return False
    if proof is not None:  # "found no evidence that ..." / «als erwiesen an, dass ...»
        return proof[0]
    low = unhedged(denied, dl).replace("’", "'")
    return NEGATIVE_PRONOUNS.search(low) is not None or _verb_denied(low, dl) or bool(_ruled_out(denied, dl))


@lru_cache(maxsize=16)
def _possible_modals(language: str) -> re.Pattern[str] | None:
    """The ``[possible_modals]`` words of a language ("could", "pourrions", "könnten", "podríamos", "moglibyśmy"),
    with the ``[possibility]`` hedges, as one pattern (matched lower-cased); None for a language with neither."""
    table = data_toml("quote_meanings.toml")
    words = [*table.get("possible_modals", {}).get(language, []), *table.get("possibility", {}).get(language, [])]
    if not words:
        return None
    alts = [re.escape(w[:-1]) + r"\w*" if w.endswith("-") else re.escape(w) for w in sorted(words, key=len)[::-1]]
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])")


def held_possible(clause: str, language: str | None) -> bool:
    """Whether a clause holds its act possible ("we might still revise it", «nous pourrions encore la revoir»,
    «nie wykluczamy»): a word of ``[possible_modals]`` or ``[possibility]`` in its language, or the open pole of
    "ruled out or open"."""
    pat = _possible_modals(language or "en")
    return (pat is not None and pat.search(clause.lower()) is not None) or _ruled_out(clause, language) is False


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
