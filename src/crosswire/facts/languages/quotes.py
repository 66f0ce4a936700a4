"""Quotes in any language: words between the language's quotation marks (« », „ “, ‚ ‘, " ") and reported
speech after a speech verb and "that" ("заявил, что ...", "sagte, dass ..."), each given to the person the
attribution names: the person named nearest a speech verb outside the quote in the same sentence; for a
pronoun subject ("сказала она", "a-t-il déclaré") the person last named before it; where the language drops a
known subject (``pro_drop``: "«...», declaró.", "— powiedziała dziennikarzom") and nothing after the verb can be
its subject, the person last named before it in the paragraph; with no speech verb, a quotation introduced by
a colon ("Marta Nowak, z łóżka szpitalnego: „...”") is given to the first person named before the colon.

Written by hand: no offline library attributes quotes in these languages; the rules are the mark pairs and the
speech-verb lists in ``data/languages.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from crosswire.facts.company_speakers import names_word
from crosswire.facts.languages.base import Token
from crosswire.facts.languages.lexicon import Words, words_for
from crosswire.facts.lexicon import denies
from crosswire.facts.records import Quote

MIN_QUOTE_WORDS = 2
PARTIAL_WORDS = 5  # fewer words than this: a partial quote ("называл это «провокацией»")


@lru_cache(maxsize=16)
def _marks(language: str) -> re.Pattern[str]:
    words = words_for(language)
    parts = [
        rf"{re.escape(a)}(?P<q{i}>[^{re.escape(a)}{re.escape(b)}\n]{{3,1200}}){re.escape(b)}"
        for i, (a, b) in enumerate(words.quotes)
    ]
    return re.compile("|".join(parts))


Person = tuple[int, int, str, str]  # (start, end, entity id, name) of a person mention
ALL_OPENING = frozenset('«»„“”‚‘"')  # marks a tokeniser may leave between a colon and the quoted words


def direct_quotes(
    text: str,
    offset: int,
    tokens: list[Token],
    sents: list[tuple[int, int]],
    people: list[Person],
    words: Words,
    names: Sequence[tuple[int, int]] = (),
    owned: frozenset[int] = frozenset(),
    roles: Mapping[str, Sequence[str]] | None = None,
) -> list[Quote]:
    """The quotes of one block (``text`` at body ``offset``; ``tokens``, ``sents`` and ``names`` in body
    offsets; ``owned``: the names :func:`owned_names` finds in every block; ``roles``: person entity id -> the
    titles the article gives that person, :func:`crosswire.facts.languages.roles.roles_at`). A name in quotation
    marks is no quote: words a name span of the article covers whole (a newspaper, «Дравнинскими ведомостями»; a
    company, „Almira Polymers“)."""
    out: list[Quote] = []
    for m in _marks(words.language).finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        if len(inner.split()) < MIN_QUOTE_WORDS and not any(ch.isalpha() for ch in inner):
            continue
        lead = len(inner) - len(inner.lstrip())
        inner = inner.strip()
        q_start = offset + m.start() + 1 + lead
        q_end = q_start + len(inner)
        if any(a <= q_start and q_end <= z for a, z in names):
            continue
        s_start = max((s for s, _e in sents if s <= q_start), default=offset)
        s_end = min((e for _s, e in sents if e >= q_end), default=offset + len(text))
        attributed = (_after_colon(sents, s_start, q_start, tokens), s_end)
        speaker = _speaker(tokens, attributed, (q_start, q_end), people, words, offset, owned, roles)
        out.append(
            Quote(
                text=inner,
                start=q_start,
                end=q_end,
                sentence_start=s_start,
                sentence_end=s_end,
                kind="direct" if len(inner.split()) >= PARTIAL_WORDS or _whole(text, offset, m, s_start) else "partial",
                speaker=speaker[0] if speaker else None,
                speaker_name=speaker[1] if speaker else None,
                verb=speaker[2] if speaker else None,
                language=words.language,
            )
        )
    return out


_OPENERS = re.compile(r"[\s\-–—:]*")  # what may stand between a sentence's start and a whole quotation's mark


def _whole(text: str, offset: int, m: re.Match[str], s_start: int) -> bool:
    """Whether the quotation matched by ``m`` (in the block ``text`` at body ``offset``) is a whole statement,
    however short: it opens its sentence (a dash or a colon aside: "«Худшее ещё впереди», — заявил ...",
    "„Najgorsze mamy za sobą” – powiedział ...") or follows a colon. A quotation inside a sentence
    ("называл это «провокацией»") is a partial one."""
    lead = text[max(0, s_start - offset) : m.start()]
    return bool(_OPENERS.fullmatch(lead)) or lead.rstrip().endswith(":")


def _speaker(
    tokens: list[Token],
    sent: tuple[int, int],
    quote: tuple[int, int],
    people: list[Person],
    words: Words,
    block_start: int = 0,
    owned: frozenset[int] = frozenset(),
    roles: Mapping[str, Sequence[str]] | None = None,
) -> tuple[str, str, str] | None:
    """(entity id, name, verb lemma) of who speaks, or None (the rules of the module docstring, in order:
    a named person, a pronoun, a speaker named by role, a dropped subject, a colon). ``block_start``: the body
    offset of the paragraph, the reach of a dropped subject; ``roles``: person id -> titles (:func:`_by_role`)."""
    outside = [t for t in tokens if sent[0] <= t.start < sent[1] and not (quote[0] <= t.start < quote[1])]
    verbs = [t for t in outside if t.pos in ("VERB", "NOUN", "OTHER") and words.is_speech(t.text, t.lemma)]
    named = [p for p in people if sent[0] <= p[0] < sent[1] and not (quote[0] <= p[0] < quote[1])]
    if not verbs:
        return _introduced(outside, quote, named)
    verb = verbs[0]
    if named:
        named = _not_owners(named, tokens, words) or named
        best = min(named, key=lambda p: abs(p[0] - verb.start))
        return best[2], best[3], verb.lemma
    near = [t for t in outside if abs(t.start - verb.start) < 30 and _pronoun(t.text, words)]
    before = [p for p in people if p[1] <= sent[0]]
    if near and before:
        who = _referent(before, tokens, words, owned)
        return who[2], who[3], verb.lemma
    by_role = _by_role(outside, verb, before, roles or {}, words)
    if by_role is not None:
        return by_role[2], by_role[3], verb.lemma
    in_para = [p for p in before if p[0] >= block_start]
    if in_para and _subjectless(outside, verb, words):
        who = _referent(in_para, tokens, words, owned)
        return who[2], who[3], verb.lemma
    return None


ROLE_REACH = 3  # words between a speech verb and the role noun naming its speaker: "sagte der Pilot" (1),
# "a déclaré le pilote" (1, "a" before), "dijo a la prensa el piloto" would be 3 and is not reached by design:
# a noun further off is more often the listener's or the quotation's topic


def _by_role(
    outside: list[Token], verb: Token, before: list[Person], roles: Mapping[str, Sequence[str]], words: Words
) -> Person | None:
    """The person a role noun beside the speech verb stands for: "„...“, sagte der Pilot" / "«...», dijo el
    piloto" / "Der Pilot sagte: „...“" given to the one person named before the sentence whom the article gives
    that role ("der Pilot Jonas Feldkamp", ``roles``: person id -> titles, lower case). None when no role noun
    stands beside the verb (only articles and function words between, :data:`ROLE_REACH`), when a name follows
    the role ("sagte der Pilot Jonas Feldkamp" is read by the named-person rule), when nobody named before holds
    the role (the noun names someone else: "sagte der Schiedsrichter" after only a pilot), or when two people
    named before hold it (which of them is not said)."""
    from crosswire.facts.languages.roles import concepts_of

    if not roles or not before:
        return None
    skip = words.stop | words.articles
    at = outside.index(verb)
    sides = (outside[at + 1 : at + 1 + ROLE_REACH], list(reversed(outside[max(0, at - ROLE_REACH) : at])))
    wanted: frozenset[str] = frozenset()
    for side in sides:
        content = [t for t in side if t.pos != "PUNCT" and t.text.lower() not in skip]
        if content:
            wanted = concepts_of(content[0].text, words.language) or concepts_of(content[0].lemma, words.language)
            if wanted:
                break
    if not wanted:
        return None
    holders: dict[str, Person] = {}
    for p in before:
        if any(concepts_of(r, words.language) & wanted for r in roles.get(p[2], ())):
            holders[p[2]] = p
    return next(iter(holders.values())) if len(holders) == 1 else None


REFERENT_REACH = 300  # characters before the last name a person named as themself may stand within, to be a
# pronoun's referent in its stead (a sentence of news copy: "Stoyan Petkov, directeur général de Danochem, a mis
# en cause une vanne défectueuse." is 83)


def _referent(before: list[Person], tokens: list[Token], words: Words, owned: frozenset[int] = frozenset()) -> Person:
    """The person a speaker pronoun ("a-t-il affirmé", "sagte er") or a dropped subject stands for, of the people
    ``before`` it (in body order, at least one): the last named, unless that name only says whom a person works
    for ("Stoyan Petkov, directeur général de Danochem, ... « ... », a-t-il affirmé": a company the front-end may
    take for a person, named after an ``owner_words`` preposition) and a person named as themself stands within
    :data:`REFERENT_REACH` characters before it; then that person. ``owned``: the body offsets of the names
    (:func:`owned_names`) so named in the article's other blocks, whose tokens ``tokens`` (this block's) lacks."""
    last = before[-1]
    if not (last[0] in owned or _owner_named(last, tokens, words)):
        return last
    for p in reversed(before[:-1]):
        if p[1] < last[0] - REFERENT_REACH:
            break
        if p[2] != last[2] and p[0] not in owned and not _owner_named(p, tokens, words):
            return p
    return last


def _owner_named(person: Person, tokens: list[Token], words: Words) -> bool:
    """Whether ``person`` is named right after an ``owner_words`` preposition ("directeur général de Danochem")."""
    before = [t for t in tokens if t.end <= person[0]]
    return bool(before) and before[-1].text.lower() in words.owner_words


def owned_names(tokens: list[Token], people: Sequence[Person], words: Words) -> set[int]:
    """The body offsets of the person names of ``people`` that one block (its ``tokens``) names right after an
    ``owner_words`` preposition: whom a person works for, not a person (:func:`_referent`)."""
    if not tokens:
        return set()
    lo, hi = tokens[0].start, tokens[-1].end
    return {p[0] for p in people if lo <= p[0] < hi and _owner_named(p, tokens, words)}


def _after_colon(sents: list[tuple[int, int]], s_start: int, q_start: int, tokens: list[Token]) -> int:
    """The start of the sentence that introduces a quotation: the sentence before when the parser ended it at
    the colon that opens the quotation ("La porte-parole ..., Anne Gil, a déclaré : « ... »": the quotation
    is then a sentence of its own), else ``s_start``."""
    lead = [t for t in tokens if s_start <= t.start < q_start and t.text not in ALL_OPENING]
    if lead:
        return s_start
    prev = [t for t in tokens if t.end <= s_start]
    if not prev or prev[-1].text != ":":
        return s_start
    return max((s for s, _e in sents if s < prev[-1].start), default=s_start)


def _not_owners(named: list[Person], tokens: list[Token], words: Words) -> list[Person]:
    """The people of ``named`` not named right after an ``owner_words`` preposition nor inside quotation
    marks: in "dijo el consejero delegado de Caspia Air, Martín Ruiz" the name after "de" is whom the speaker
    works for (a company the light tier may take for a person), and the name in apposition is the speaker;
    in "заявила речниця «Вела Норте» Анна Гіль" the name in «» is the company's."""
    out = []
    for p in named:
        before = [t for t in tokens if t.end <= p[0]]
        after = [t for t in tokens if t.start >= p[1]]
        if before and before[-1].text.lower() in words.owner_words:
            continue
        if before and after and before[-1].text in ALL_OPENING and after[0].text in ALL_OPENING:
            continue
        out.append(p)
    return out


def _pronoun(text: str, words: Words) -> bool:
    """Whether a token is a subject pronoun; French writes an inverted one joined by hyphens ("a-t-il",
    "dit-elle": the tokens "-t", "-il", "-elle")."""
    return text.lower().lstrip("-") in words.pronouns


def _subjectless(outside: list[Token], verb: Token, words: Words) -> bool:
    """Whether, in a language that drops a known subject (``pro_drop``), the speech verb stands without one:
    outside the quotation only function words (``stop``: an auxiliary, "ha dichiarato") come before the verb,
    and after it the sentence ends or goes on with a word of ``subjectless_after`` ("declaró a la prensa"), never a
    word that may be the subject ("declaró el portavoz")."""
    if not words.pro_drop:
        return False
    after = [t for t in outside if t.start > verb.start and t.pos != "PUNCT"]
    before = [t for t in outside if t.start < verb.start and t.pos != "PUNCT"]
    if any(t.text.lower() not in words.stop and t.text.lower() not in words.subjectless_after for t in before):
        return False  # "El portavoz «...» declaró": a content word before the verb may name its subject
    return not after or after[0].text.lower() in words.subjectless_after


def _introduced(outside: list[Token], quote: tuple[int, int], named: list[Person]) -> tuple[str, str, str] | None:
    """With no speech verb: a quotation right after a colon is given to the first person named before the
    colon in its sentence ("Marta Nowak, desde el hospital: «...»"); the verb lemma is then ":"."""
    lead = [t for t in outside if t.end <= quote[0] and t.text not in ALL_OPENING]
    if not lead or lead[-1].text != ":":
        return None
    colon = lead[-1].start
    first = [p for p in named if p[1] <= colon]
    return (first[0][2], first[0][3], ":") if first else None


def reported(tokens: list[Token], sent: tuple[int, int], body: str, people: list[Person], words: Words) -> Quote | None:
    """Reported speech in one sentence: a speech verb, within five words a "that", the clause after it."""
    toks = [t for t in tokens if sent[0] <= t.start < sent[1]]
    # a front-end that tags verbs (spaCy's French, natasha's Russian) tells a noun that opens like a speech verb's
    # stem from the verb: "la directrice générale Maria Kuipers a précisé que ..." ("dire" / "directrice"), whose
    # setting clause before the comma was read as what she said
    tagged = any(x.pos == "VERB" for x in toks)
    for i, t in enumerate(toks):
        if not words.is_speech(t.text, t.lemma) or denies(t.text, t.lemma, words.language):
            continue  # a denial's clause ("a nié que ...", "negó que ...") is never what the speaker said
        if tagged and t.pos != "VERB" and t.lemma not in words.speech_set:
            continue
        conj = next((c for c in toks[i + 1 : i + 6] if c.text.lower() in words.that), None)
        if _negated(toks, i, conj, words):
            continue  # "не сказала, что", "no ha dicho que", "hat nicht gesagt, dass": no statement of hers
        if conj is None:
            inverted = _inverted(toks, i, sent, body, people, words)
            if inverted is not None:
                return inverted
            continue
        named = [p for p in people if sent[0] <= p[0] < t.start]
        named = _not_owners(named, toks, words) or named
        # "Захист Гордієнка заявив, що ...": the defence speaks, not the man it speaks for (:func:`side_of`)
        sides = [(at, p) for p in named if (at := side_of(p, toks, words)) is not None]
        side = body[sides[-1][0] : sides[-1][1][1]] if sides else None
        named = [p for p in named if side_of(p, toks, words) is None]
        # a pronoun subject stands before the verb or between it and its "that" ("a-t-il dit que"); one after the
        # "that" is the reported clause's own subject ("a indiqué qu'il envoyait ...": the body that spoke, not a
        # person named before)
        upto = min(i + 3, toks.index(conj)) if conj in toks else i + 3
        pron = any(x.text.lower() in words.pronouns for x in toks[max(0, i - 3) : upto])
        before = [p for p in people if p[1] <= sent[0]]
        # "Dodał jednak, że ...": a sentence opening with the verb, in a language that drops a known subject,
        # goes on with the person named just before it
        dropped = words.pro_drop and i == 0 and bool(before) and before[-1][1] >= sent[0] - PRO_DROP_REACH
        who = named[-1] if named else (before[-1] if (pron or dropped) and before and side is None else None)
        group = None if who else (side or _group_subject(toks[:i], words))  # "Полиция сообщила, что ..."
        end = sent[1] - (1 if body[sent[1] - 1 : sent[1]] in ".!?" else 0)
        return Quote(
            text=body[conj.end : end].strip(),
            start=conj.end + (len(body[conj.end : end]) - len(body[conj.end : end].lstrip())),
            end=end,
            sentence_start=sent[0],
            sentence_end=sent[1],
            kind="reported",
            speaker=who[2] if who else None,
            speaker_name=who[3] if who else group,
            # the words before the verb, where no person is named: the subject a named body may be found in
            # (:func:`crosswire.facts.languages.build`'s body speakers: "Le motoriste Aldcroft Turbines a indiqué")
            speaker_start=None if who or i == 0 else toks[0].start,
            speaker_end=None if who or i == 0 else toks[i - 1].end,
            verb=t.lemma,
            language=words.language,
        )
    return None


@lru_cache(maxsize=16)
def _sides(language: str) -> frozenset[str]:
    """The nouns of a side speaking for a person in ``language`` (``data/speaker_sides.toml``)."""
    from crosswire.vocab.data import data_toml

    return frozenset(w.lower() for w in data_toml("speaker_sides.toml")["sides"].get(language, []))


def side_of(person: Person, tokens: list[Token], words: Words) -> int | None:
    """The body offset where the phrase of a side a person's name follows starts ("Захист Гордієнка", "la defensa
    de Dorosh", "Die Familie von Anna Berg"): a noun of ``data/speaker_sides.toml`` right before the name, or
    before an ``owner_words`` preposition before it (and its article); the side, not the person, says what the
    sentence reports. None when no side noun stands there ("Адвокат Павло Остапчук": a title before the lawyer's
    own name)."""
    before = [t for t in tokens if t.end <= person[0]]
    if before and before[-1].text.lower() in words.owner_words:
        before = before[:-1]
    if not before or before[-1].text.lower() not in _sides(words.language):
        return None
    if len(before) > 1 and before[-2].text.lower() in words.articles:
        return before[-2].start  # "Die Familie", "la defensa"
    return before[-1].start


PRO_DROP_REACH = 300  # characters before the sentence the person a dropped subject stands for is named within
GROUP_SUBJECT_WORDS = 5  # "Полиция", "Die Polizei", "Komendant główny Państwowej Straży Pożarnej" before the verb


@lru_cache(maxsize=16)
def _agent_words(language: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """(stems, whole words) of ``data/agents.toml``'s classes of agents in ``language`` (police, fire service,
    company, ...): the groups whose statements news reports ("Полиция сообщила")."""
    from crosswire.vocab.data import data_toml

    entries = [w.lower() for cls in data_toml("agents.toml").get("agents", {}).values() for w in cls.get(language, [])]
    return tuple(w[:-1] for w in entries if w.endswith("-")), frozenset(w for w in entries if not w.endswith("-"))


def _group_subject(lead: list[Token], words: Words) -> str | None:
    """The group (or the holder of a post in one) a speech verb's subject names when it is all the sentence
    holds before the verb: one to :data:`GROUP_SUBJECT_WORDS` words, no function word but a first article, one
    of them an agent word of ``data/agents.toml`` ("Полиция", "Die Polizei", "Komendant główny Państwowej
    Straży Pożarnej"); else None."""
    if not 1 <= len(lead) <= GROUP_SUBJECT_WORDS or any(not t.text[:1].isalpha() for t in lead):
        return None
    if any(
        t.text.lower() in words.stop and not (j == 0 and t.text.lower() in words.articles) for j, t in enumerate(lead)
    ):
        return None  # "W niedzielę policja ...": a time or a place before the subject, not the subject alone
    stems, whole = _agent_words(words.language)
    low = " ".join(t.text.lower() for t in lead)
    if not names_word(low, whole, stems):
        return None
    return " ".join(t.text for t in lead)


NEGATION_REACH = 2  # words before a speech verb a negation of it stands in: "не сказала", "n'a pas dit", "no ha dicho"


def _negated(toks: list[Token], i: int, conj: Token | None, words: Words) -> bool:
    """Whether the speech verb ``toks[i]`` is negated: a word of the language's ``negation`` within
    :data:`NEGATION_REACH` words before it, or between it and its "that" ``conj`` ("sagte nicht, dass")."""
    after = [t for t in toks[i + 1 : i + 6] if conj is not None and t.start < conj.start]
    near = [*toks[max(0, i - NEGATION_REACH) : i], *after]
    return any(t.text.lower() in words.negation for t in near)


INVERTED_LEAD = 3  # words the statement before an inverted attribution holds at least
INVERTED_REACH = 8  # the speaker is named within this many words after the verb


def _inverted(
    toks: list[Token], i: int, sent: tuple[int, int], body: str, people: list[Person], words: Words
) -> Quote | None:
    """Reported speech with the attribution after it, verb first: "Rund 90 Feuerwehrleute waren im Einsatz,
    sagte Feuerwehrchef Jewgeni Kowaltschuk." / "..., según explicó el jefe de bomberos, Yevgueni Kovalchuk".
    The statement is the clause before the comma (one word such as "según", "wie", "selon" may stand between
    the comma and the verb); the speaker is the person named within :data:`INVERTED_REACH` words after the
    verb, else a company's description right after it ("..., a précisé la régie": :func:`_company_after`), whose
    speaker is resolved to the company the article named as such. None when neither is there (another
    institution's statement is not given to anyone)."""
    comma = next((j for j in (i - 1, i - 2) if j >= INVERTED_LEAD and toks[j].text == ","), None)
    if comma is None or (comma == i - 2 and not toks[i - 1].text[:1].islower()):
        return None
    reach = toks[i + 1 : i + 1 + INVERTED_REACH]
    # the attribution ends at a comma before a lower-case word: "..., a indiqué l'opérateur Nordlinje, dont la
    # directrice Ingrid Solberg ..." names the company, not the person of the relative clause after it (a comma
    # before a name is an apposition: "dijo la portavoz de Vela Norte, Ana Gil")
    cut = next(
        (
            j
            for j, t in enumerate(reach)
            if t.text in (",", ";") and j + 1 < len(reach) and reach[j + 1].text[:1].islower()
        ),
        len(reach),
    )
    reach = reach[:cut]
    if not reach:
        return None
    named = [p for p in people if toks[i].end <= p[0] <= reach[-1].start]
    body_noun = None if named else _company_after(toks, i, words)
    if not named and body_noun is None:
        return None
    named = _not_owners(named, toks, words) or named
    start = toks[0].start
    if body[start] in '«„“"‚‘':
        return None  # a quotation before the comma is a direct quote, read by the quotation marks
    end = toks[comma].start
    # the speaker: the person named, else a company's description ("a précisé la régie"), resolved later
    noun_start, noun_end = body_noun if body_noun is not None else (None, None)
    return Quote(
        text=body[start:end].strip(),
        start=start,
        end=end,
        sentence_start=sent[0],
        sentence_end=sent[1],
        kind="reported",
        speaker=named[0][2] if named else None,
        speaker_name=named[0][3] if named else body[noun_start:noun_end],
        speaker_start=noun_start,
        speaker_end=noun_end,
        verb=toks[i].lemma,
        language=words.language,
    )


COMPANY_AFTER_WORDS = 2  # "a précisé la régie", "dijo la empresa": an article, then the company noun


def _company_after(toks: list[Token], i: int, words: Words) -> tuple[int, int] | None:
    """Body span of a company's description right after an inverted speech verb ("..., a précisé la régie.",
    "..., dijo la empresa", "..., teilte der Versorger mit"): a company noun of ``data/company_nouns.toml`` within
    :data:`COMPANY_AFTER_WORDS` words after ``toks[i]``, only function words before it; None otherwise. Its
    speaker is resolved to the body the article named as such (:mod:`crosswire.facts.company_speakers`)."""
    from crosswire.facts.company_speakers import is_company_word

    after = toks[i + 1 : i + 1 + COMPANY_AFTER_WORDS]
    for t in after:
        if is_company_word(t.text, words.language):
            return after[0].start, t.end
        if t.text.lower() not in words.stop and t.text.lower() not in words.articles:
            return None
    return None


_DASH_OPEN = re.compile(r"[–—―]\s+")
_DASH_CLOSE = re.compile(r"[,.!?…]?\s+[–—―]\s+")


def dash_quotes(
    text: str,
    offset: int,
    tokens: list[Token],
    sents: list[tuple[int, int]],
    people: list[Person],
    words: Words,
    owned: frozenset[int] = frozenset(),
) -> list[Quote]:
    """Quotations a dash opens, as Polish, Russian, Ukrainian (and French dialogue) print direct speech: a
    sentence that opens with a dash, its quoted words running to the next dash, after which a speech verb and
    the speaker stand ("– Tym rodzinom obiecano tu przyszłość – powiedział przewodniczący związku Piet Voss.",
    "— Это тяжёлый удар, — сказал Пётр Иванов."). The speaker by the rules of :func:`direct_quotes`; a
    sentence whose part after the closing dash holds no speech verb is no quotation read here (a dash also sets
    off an aside). A new user's Polish story had two such quotations glued to the sentence before and unread.
    ``text`` is one block at body ``offset``; ``tokens`` and ``sents`` in body offsets."""
    out: list[Quote] = []
    for s, e in sents:
        local = text[s - offset : e - offset]
        opened = _DASH_OPEN.match(local)
        if opened is None:
            continue
        closed = _DASH_CLOSE.search(local, opened.end())
        if closed is None:
            continue
        inner = local[opened.end() : closed.start()].rstrip()
        if len(inner.split()) < MIN_QUOTE_WORDS:
            continue
        q_start, q_end = s + opened.end(), s + opened.end() + len(inner)
        tail = [t for t in tokens if s + closed.end() <= t.start < e]
        if not any(words.is_speech(t.text, t.lemma) for t in tail[:4]):
            continue
        speaker = _speaker(tokens, (s, e), (q_start, q_end), people, words, offset, owned)
        out.append(
            Quote(
                text=inner,
                start=q_start,
                end=q_end,
                sentence_start=s,
                sentence_end=e,
                kind="direct",
                speaker=speaker[0] if speaker else None,
                speaker_name=speaker[1] if speaker else None,
                verb=speaker[2] if speaker else None,
                language=words.language,
            )
        )
    return out
