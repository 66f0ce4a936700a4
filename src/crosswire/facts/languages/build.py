"""The shared extractor of every non-English front-end: one article's blocks through a front-end, then
entities, quotes, figures, dates and claims as the same :class:`~crosswire.facts.records.ArticleFacts` the
English stage gives, with the language-neutral fields filled (``Entity.key``, ``Figure.concept``,
``Value.concept``, ``Quote.speaker_key``, ``Quote.language``, ``Claim.language``).

Events (subject-verb-object from a dependency parse) are English-only: the front-ends parse no syntax.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from crosswire.clean.metadata import dateline_end
from crosswire.facts.casualties import casualty_values
from crosswire.facts.company_speakers import (
    is_company_word,
    kinds,
    named_as_such,
    names_company,
    place_like,
    public_bodies,
    trades,
)
from crosswire.facts.dateline_place import retype_dateline_place
from crosswire.facts.languages.ages import decade_ages
from crosswire.facts.languages.base import Analysis, FrontEnd, NameSpan, Token
from crosswire.facts.languages.clock import clock_values
from crosswire.facts.languages.club_names import retype_club_names
from crosswire.facts.languages.common_words import organisation_word
from crosswire.facts.languages.compounds import compound_durations
from crosswire.facts.languages.dates import dates_in
from crosswire.facts.languages.lexicon import NOUN_CAPITALS, Words, words_for
from crosswire.facts.languages.light import person_like
from crosswire.facts.languages.numbers import figures_in
from crosswire.facts.languages.places import INFLECTING, english_place
from crosswire.facts.languages.quotes import Person, dash_quotes, direct_quotes, owned_names, reported
from crosswire.facts.languages.roles import compound_languages, roles_at
from crosswire.facts.languages.tally import tally_values
from crosswire.facts.languages.vague import vague_figures
from crosswire.facts.languages.venue_names import retype_venue_names
from crosswire.facts.lexicon import role_phrases, role_words
from crosswire.facts.records import (
    ArticleFacts,
    Claim,
    DateFact,
    Entity,
    EntityType,
    Figure,
    Mention,
    MentionKind,
    Quote,
    Value,
)
from crosswire.facts.scores import score_values
from crosswire.facts.sentence_joins import join_analysis
from crosswire.facts.speed import one_blas_thread
from crosswire.facts.values import from_date, from_figure, from_month_day
from crosswire.model import Article
from crosswire.vocab.calendar import iso_day
from crosswire.vocab.names import latin

_TYPES: dict[str, EntityType] = {"PER": "person", "LOC": "place", "ORG": "organisation", "MISC": "other"}
TERM_POS = ("NOUN", "PROPN", "VERB", "ADJ", "NUM")
STEM_KEEP = 3  # letters a name word keeps when its case ending is cut for grouping


class _Block:
    """One analysed block with body offsets."""

    def __init__(self, kind: str, start: int, text: str, analysis: Analysis) -> None:
        self.kind, self.start, self.text = kind, start, text
        self.tokens = [Token(t.start + start, t.end + start, t.text, t.lemma, t.pos) for t in analysis.tokens]
        self.sents = [(s.start + start, s.end + start, s.first, s.last) for s in analysis.sentences]
        self.names = [replace(n, start=n.start + start, end=n.end + start) for n in analysis.names]


TITLE_STEM = 5  # letters of a one-word title that also ends a compound title ("Starverteidiger", "Chefanklägerin")


@lru_cache(maxsize=4096)
def role_title(word: str, language: str) -> bool:
    """Whether ``word`` is a one-word role title of ``data/roles.toml`` (any language: "Verteidiger", "Richterin",
    "Mecenas", "Prokurator", "Minister"), or, in a language that writes titles as compounds (``[ties] compounds``:
    German), a compound ending in one of :data:`TITLE_STEM` letters or more ("Starverteidiger")."""
    w = word.lower()
    if w in role_words():
        return True
    return language in compound_languages() and any(len(t) >= TITLE_STEM and w.endswith(t) for t in role_words())


# Languages whose people commonly bear two given names and two surnames ("Ana Lucía Moreno Ruiz", "Ana Lúcia
# Moreno Costa"): a name of four words after a title is a person's there.
FOUR_WORD_NAMES = frozenset({"es", "pt"})


def titled_name(words: list[str], language: str) -> bool:
    """Whether ``words`` right after a role title look like a person's name: two or three capitalised words
    (:func:`~crosswire.facts.languages.light.person_like`), or four in :data:`FOUR_WORD_NAMES`."""
    if language in FOUR_WORD_NAMES and len(words) == 4:
        return person_like(words[:2]) and person_like(words[2:])
    return person_like(words)


def _stem(word: str) -> str:
    w = latin(word).lower()
    return w[: max(STEM_KEEP, len(w) - 2)]


def _owner_before_first_name(words: list[str], language: str) -> bool:
    """Whether the first of a name's words is an owner in the genitive before a person named in full: the
    second word is a first name the dictionary is sure of and the first is none ("Minister gospodarki Valdenii
    Lena Hallberg", "министр экономики Эстварии Марина Ковальчук": the country's name in the genitive, before
    the minister's own). In declining languages only (:data:`~crosswire.facts.languages.places.INFLECTING`,
    and German's "Valdeniens Lena Hallberg"), where such a genitive stands before a name; a new user's Polish
    story showed "Valdenii Lena Hallberg" as the minister's name and as a name variant."""
    from crosswire.facts.first_names import first_name_gender

    if language not in INFLECTING and language != "de":
        return False
    return first_name_gender(latin(words[1])) is not None and first_name_gender(latin(words[0])) is None


def _trim_leading_names(names: list[tuple[_Block, NameSpan]], language: str = "") -> None:
    """A name of three or more words whose first word is a one-word name elsewhere in the article, or an owner
    before a first name (:func:`_owner_before_first_name`), loses that word (in place): a genitive place before
    a person ("мэр Арлоўкі Марына Дубоўская", where the town is named alone in the article too, in any case:
    the words compared by their stems) is no part of the person's name."""
    alone = {_stem(n.normal) for _b, n in names if " " not in n.normal and not n.common}
    for b, n in names:
        words = n.normal.split()
        first = _stem(words[0]) if words else ""
        if len(words) < 3:
            continue
        named_alone = any(a.startswith(first) or first.startswith(a) for a in alone if len(a) > STEM_KEEP)
        if not named_alone and not _owner_before_first_name(words, language):
            continue
        at = b.text.find(words[1], n.start - b.start)
        if at < 0:
            continue
        n.start, n.normal = b.start + at, " ".join(words[1:])
        if person_like(words[1:]):
            n.label = "PER"


_LAST_WORD = re.compile(r"([^\W\d_][\w-]*)['’]?\s*$")


def _after_company_noun(names: list[tuple[_Block, NameSpan]], language: str, described: set[str]) -> None:
    """A name right after a company noun of ``data/company_nouns.toml`` in its sentence ("der Betreiber Lakora
    Logistik", "l'entreprise Lakora Logistik", "la empresa", "la società", "spółka", "компанія") is an
    organisation's, and so is every other mention of it (in place): a new user's German copy gave "Der Betreiber
    Lakora Logistik teilte mit" to a person "Lakora Logistik". A name whose first word is a first name the
    dictionary is sure of stays a person's ("der Produzent Jan Weber": :func:`~crosswire.facts.first_names.
    first_name_gender`). ``described``: the names a company noun opening their run made organisations
    (:func:`_drop_company_nouns`, "Die Firma Lakora Logistik"), lower case, whose other mentions follow too."""
    from crosswire.facts.company_speakers import is_company_word
    from crosswire.facts.first_names import first_name_gender

    for b, n in names:
        if n.label not in ("PER", "MISC"):
            continue
        sent = next((s for s, e, _f, _l in b.sents if s <= n.start < e), b.start)
        m = _LAST_WORD.search(b.text[max(sent, n.start - 40) - b.start : n.start - b.start])
        word = m.group(1).split("'")[-1].split("’")[-1] if m else ""
        if not word or not is_company_word(word, language):
            continue
        words = n.normal.split()
        if len(words) >= 2 and first_name_gender(words[0]) is not None:
            continue
        described.add(n.normal.lower())
    for _b, n in names:
        if n.label in ("PER", "MISC") and n.normal.lower() in described:
            n.label = "ORG"


def _drop_company_nouns(names: list[tuple[_Block, NameSpan]], language: str) -> set[str]:
    """A company noun of ``data/company_nouns.toml`` (an article before it too) read as a name's first word
    loses that word, and the name is an organisation's (in place): "der Firma Danochem" names Danochem, a company,
    not a person "Firma Danochem" (a new user's chemical-spill story showed that name, glued to its case, as the
    speaker of another article's quotation). Only where the capital tells nothing: in a language that capitalises
    every noun (German), or at a sentence's start ("Компания Danochem заявила"); a capitalised company word inside
    a sentence of other languages is the name's own ("la Société Générale"). Returns the names so read, lower
    case."""
    from crosswire.facts.company_speakers import is_company_word

    articles = words_for(language).articles
    dropped: set[str] = set()
    for b, n in names:
        words = n.normal.split()
        k = 0
        while k < len(words) - 1 and words[k].lower() in articles:
            k += 1
        if k >= len(words) - 1 or not is_company_word(words[k], language):
            continue
        rest = words[k + 1 :]
        if not all(w[:1].isupper() for w in rest) or is_company_word(rest[0], language):
            continue
        opens = any(s == n.start for s, _e, _f, _l in b.sents)
        if language not in NOUN_CAPITALS and not opens:
            continue
        at = b.text.find(rest[0], n.start - b.start)
        if at < 0 or b.start + at >= n.end:
            continue
        n.start, n.normal, n.label = b.start + at, " ".join(rest), "ORG"
        dropped.add(n.normal.lower())
    return dropped


def _entities(blocks: list[_Block], language: str) -> tuple[list[Entity], list[tuple[int, int, str]]]:
    """Entities from the name spans: people grouped on their words' stems (a surname alone joins the one
    full name that ends in it), places on their English name, others on their normal form."""
    groups: dict[tuple[str, ...], Entity] = {}
    spans: list[tuple[int, int, str]] = []
    surnames: dict[str, list[Entity]] = defaultdict(list)
    names = [(b, n) for b in blocks for n in b.names]
    _trim_leading_names(names, language)
    person_surnames = {_stem(n.normal.split()[-1]) for _b, n in names if n.label == "PER" and " " in n.normal}
    for _b, n in names:  # the light tier's single word that is a person's surname in this article
        if n.label != "PER" and " " not in n.normal and _stem(n.normal) in person_surnames:
            n.label = "PER"
    honorifics = words_for(language).honorifics
    for b, n in names:  # a form of address read as a name's first word: "Mme Kuipers", "la Sra. Vidal", "пані
        # Кейперс" name the Kuipers, Vidal, Кейперс the article names in full (their surname joins that name below)
        words = n.normal.split()
        rest = words[1:]
        if 1 <= len(rest) <= 3 and words[0].lower().rstrip(".") in honorifics and all(w[:1].isupper() for w in rest):
            at = b.text.find(words[1], n.start - b.start + len(words[0]))
            if at >= 0:
                n.start, n.normal, n.label = b.start + at, " ".join(words[1:]), "PER"
    for b, n in names:  # a title or an organisation's acronym read as a name's first word: "Pilot Marek Dvořan"
        # is Marek Dvořan, "rzecznik MPK Tomasz Wierzbicki" names Tomasz Wierzbicki, "Verteidiger Tobias Wren"
        # Tobias Wren (the title stays the person's role: :func:`roles_at`); a title before a surname alone
        # ("Verteidiger Wren", "Staatsanwältin Vossen") names that surname
        words = n.normal.split()
        # a title after an owner's genitive: "Hallorans Verteidiger Tobias Wren" names Tobias Wren
        lead = next((i for i in (1, 2) if i < len(words) - 2 and role_title(words[i], language)), 0)
        is_role = role_title(words[lead], language)
        title = is_role or (len(words[0]) >= 2 and words[0].isupper())  # or "MPK"
        if (len(words) - lead >= 3 or (is_role and len(words) == 2)) and title and person_like(words[lead + 1 :]):
            at = b.text.find(words[lead + 1], n.start - b.start + len(" ".join(words[: lead + 1])))
            if at >= 0:
                n.start, n.normal, n.label = b.start + at, " ".join(words[lead + 1 :]), "PER"
    _after_company_noun(names, language, _drop_company_nouns(names, language))
    for b, n in names:  # a MISC full name right after a role title ("La dirigeante syndicale Ilse Marrow"); an
        # organisation stays one ("prezes Banku Pomorskiego"); so is an ORG one of name words only ("Le
        # vice-gouverneur Tomas Reyka Novak", tagged ORG by the French model), and a Spanish or Portuguese name of
        # two given names and two surnames ("La vicegobernadora Ana Lucía Moreno Ruiz")
        at = n.start - b.start
        if (
            (
                n.label == "MISC"
                or (n.label == "ORG" and not any(organisation_word(w, language) for w in n.normal.split()))
            )
            and titled_name(n.normal.split(), language)
            and role_phrases().search(b.text[max(0, at - 60) : at])
        ):
            n.label = "PER"
    retype_club_names(names, language)  # "FC Blau-Weiß Rheinau", "Eintracht Hollstedt": a club, not a person
    retype_venue_names(names, language)  # "Rathaus Talheim": a venue, not a person
    names = [(b, n) for b, n in names if not n.common or n.label == "PER"]  # a common noun, not a surname
    names.sort(key=lambda bn: -len(bn[1].normal.split()) if bn[1].label == "PER" else 0)  # full names first
    for b, n in names:
        etype = _TYPES[n.label]
        if etype == "person" and _stem(n.normal.split()[-1]) not in person_surnames:
            if english_place(n.normal, language):  # "Medio Oriente", "Médio Oriente": a region read as a name
                etype = "place"
        place = english_place(n.normal, language) if etype == "place" else None
        words = n.normal.split()
        if etype == "person":
            key: tuple[str, ...] = ("person", *(_stem(w) for w in words))
            if len(words) == 1 and len(surnames.get(_stem(words[0]), [])) == 1:
                key = next(k for k, e in groups.items() if e is surnames[_stem(words[0])][0])
        else:
            key = (etype, place or n.normal.lower())
        ent = groups.get(key)
        if ent is None:
            ent = Entity(f"e{len(groups) + 1}", n.normal, etype, key=place or latin(n.normal))
            groups[key] = ent
            if etype == "person" and len(words) > 1:
                surnames[_stem(words[-1])].append(ent)
        sent = next(((s, e) for s, e, _f, _l in b.sents if s <= n.start < e), (n.start, n.end))
        kind: MentionKind = "surname" if etype == "person" and len(words) == 1 and len(ent.name.split()) > 1 else "name"
        ent.mentions.append(Mention(b.text[n.start - b.start : n.end - b.start], n.start, n.end, *sent, kind=kind))
        if etype == "person":  # "EDU-Generalsekretär Jonas Albrecht": the title the name is given here
            for role in roles_at(b.text, n.start - b.start, n.end - b.start, language):
                if role not in ent.roles:
                    ent.roles.append(role)
        spans.append((n.start, n.end, ent.id))
    if language in INFLECTING:
        merged = _case_forms(list(groups.values()))
        spans = [(s, t, merged.get(x, x)) for s, t, x in spans]
        groups = {k: e for k, e in groups.items() if e.id not in merged}
    spans.extend(_surname_mentions(blocks, [e for e in groups.values() if e.type == "person"], spans))
    for e in groups.values():
        e.mentions.sort(key=lambda m: m.start)
    entities = sorted(groups.values(), key=lambda e: e.start)
    new_id = {e.id: f"e{i}" for i, e in enumerate(entities, 1)}  # ids in body order
    for e in entities:
        e.id = new_id[e.id]
    return entities, sorted((s, t, new_id[x]) for s, t, x in spans)


CASE_LETTERS = 3  # letters a case form of a one-word name may add to its nominative ("Марвенна", "Марвенной")
CASE_STEM = 5  # letters the shorter name must keep, its last cut, to be a case form's stem


def _case_forms(entities: list[Entity]) -> dict[str, str]:
    """Merge one-word names of places and other things (no people) that are case forms of one name, in place:
    a form the lemmatiser misread ("Марвенной" -> "Марвенная", beside "Марвенна"; "Marvenną" beside "Marvenna")
    joins the entity of the same type whose name, its last letter cut (in Latin letters), it starts with and
    passes by at most :data:`CASE_LETTERS` letters. The entity with more mentions keeps its name (of equals,
    the shorter). Returns the merged entities' ids -> the id they joined."""
    merged: dict[str, str] = {}
    singles = [e for e in entities if e.type != "person" and " " not in e.name and e.key == latin(e.name)]
    singles.sort(key=lambda e: (-len(e.mentions), len(e.name)))
    for i, keep in enumerate(singles):
        if keep.id in merged:
            continue
        k = latin(keep.name).lower()
        for other in singles[i + 1 :]:
            o = latin(other.name).lower()
            short, long_ = sorted((k, o), key=len)
            if other.id in merged or other.type != keep.type or len(short) - 1 < CASE_STEM:
                continue
            if long_.startswith(short[:-1]) and len(long_) - len(short) <= CASE_LETTERS:
                keep.mentions.extend(other.mentions)
                merged[other.id] = keep.id
    return merged


def _surname_mentions(
    blocks: list[_Block], people: list[Entity], spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A person's surname where the front-end tagged no name ("a déclaré Macron"): the last word of one of
    their mentions, as a whole word, outside every tagged span. Added to the entity's mentions (in place)."""
    import re

    added: list[tuple[int, int, str]] = []
    taken = list(spans)
    for e in people:
        surnames = {m.text.split()[-1] for m in e.mentions if len(m.text.split()) > 1}
        for word in surnames:
            pat = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
            for b in blocks:
                for m in pat.finditer(b.text):
                    s, t = b.start + m.start(), b.start + m.end()
                    if any(a < t and s < z for a, z, _x in taken):
                        continue
                    sent = next(((x, y) for x, y, _f, _l in b.sents if x <= s < y), (s, t))
                    e.mentions.append(Mention(word, s, t, *sent, kind="surname"))
                    added.append((s, t, e.id))
                    taken.append((s, t, e.id))
    return added


def extract(article: Article, language: str, front: FrontEnd) -> ArticleFacts:
    """Facts of a non-English ``article`` read by ``front`` (a front-end for ``language``).

    Output: :class:`ArticleFacts` with every offset into ``article.body``. Raises what the front-end raises
    (:class:`~crosswire.facts.languages.base.MissingExtra` when its library is missing)."""
    words = words_for(language)
    blocks: list[_Block] = []
    with one_blas_thread():
        for (start, _end), block in zip(article.block_offsets(), article.blocks, strict=True):
            if block.text.strip():
                analysis = front.analyse(block.text, language)
                join_analysis(block.text, analysis)  # no cut inside a quotation, after "St.", before "le"
                blocks.append(_Block(block.kind, start, block.text, analysis))
    entities, spans = _entities(blocks, language)
    retype_dateline_place(entities, article.dateline)  # the dateline's town: no speaker, no company described
    people = [(s, e, eid, next(x.name for x in entities if x.id == eid)) for s, e, eid in spans]
    people = [p for p in people if any(x.id == p[2] and x.type == "person" for x in entities)]
    base = iso_day(article.published) if article.published else None
    names = [(s, e) for s, e, _x in spans]
    roles = {x.id: tuple(x.roles) for x in entities if x.type == "person"}
    figures, dates, quotes = _per_sentence(article.body, blocks, people, names, words, language, base, roles)
    _body_subjects(quotes, article.body, spans, entities)
    _company_speakers(quotes, blocks, spans, entities, language)
    key_of = {e.id: e.key for e in entities}
    for q in quotes:
        q.speaker_key = key_of.get(q.speaker or "")
    claims = _claims(article.body, blocks, spans, figures, dates, quotes, language)
    return ArticleFacts(
        article=article.id,
        language=language,
        entities=entities,
        quotes=quotes,
        figures=figures,
        dates=dates,
        claims=claims,
    )


BODY_LEAD_WORDS = 4  # words a subject holds before a body's name: "El fabricante de motores Brightwell Motors dijo"
BODY_TAIL_WORDS = 2  # words between the body's name and the speech verb: an auxiliary ("a indiqué", "ha detto")


def _body_subjects(quotes: list[Quote], body: str, spans: list[tuple[int, int, str]], entities: list[Entity]) -> None:
    """Give reported speech whose subject names no person but a body ("Le motoriste Aldcroft Turbines a indiqué
    qu'il ...", "El fabricante de motores Brightwell Motors dijo que ...") to that body, in place: an organisation
    named in the words before the speech verb (``speaker_start``/``speaker_end`` of
    :func:`crosswire.facts.languages.quotes.reported`) with at most :data:`BODY_LEAD_WORDS` words and no comma
    before it and at most :data:`BODY_TAIL_WORDS` words after it. Such a statement is the body's, never a person's
    named in an earlier sentence; with no such body the quote keeps no speaker (and no speaker span)."""
    bodies = {e.id: e.name for e in entities if e.type == "organisation"}
    for q in quotes:
        if q.kind != "reported" or q.speaker is not None or q.speaker_start is None or q.speaker_end is None:
            continue
        if q.speaker_name:
            continue  # a group's phrase ("Die Polizei"), resolved or kept as written
        st, lead = q.speaker_start, body[q.speaker_start : q.speaker_end]
        q.speaker_start = q.speaker_end = None
        found = None
        for s, e, eid in spans:
            if eid not in bodies or not (st <= s and e <= st + len(lead)):
                continue
            before, after = lead[: s - st], lead[e - st :]
            if "," not in before and len(before.split()) <= BODY_LEAD_WORDS and len(after.split()) <= BODY_TAIL_WORDS:
                found = (s, e, eid)
                break
        if found is not None:
            q.speaker, q.speaker_name = found[2], bodies[found[2]]
            q.speaker_start, q.speaker_end = found[0], found[1]


def _company_speakers(
    quotes: list[Quote], blocks: list[_Block], spans: list[tuple[int, int, str]], entities: list[Entity], language: str
) -> None:
    """Give a quote whose speaker is a company's description ("Компания заявила, что ...", "..., a précisé la
    régie") to the body the article named as such before it ("компании Lindavik Vatten", "Lindavik Vatten, la
    régie municipale des eaux"), in place (:mod:`crosswire.facts.company_speakers`); one it cannot resolve keeps
    its phrase."""
    todo = [q for q in quotes if q.speaker is None and q.speaker_name and names_company(q.speaker_name, language)]
    if not todo:
        return
    kinds_of = kinds([(b.start, b.text) for b in blocks], spans, language)
    trades_of = trades([(b.start, b.text) for b in blocks], spans, language)
    bodies = frozenset(e.id for e in entities if e.type == "organisation")
    places = frozenset(e.id for e in entities if e.type == "place")
    places |= place_like([(b.start, b.text) for b in blocks], spans, language)
    places |= public_bodies({e.id: e.name for e in entities if e.type != "place"}, language)
    names = {e.id: e.name for e in entities}
    for q in todo:
        at = q.speaker_start if q.speaker_start is not None else q.sentence_start
        end = q.speaker_end if q.speaker_end is not None else at + 1
        noun = next((w for w in (q.speaker_name or "").split() if is_company_word(w, language)), "")
        ent = named_as_such(spans, kinds_of, at, end, bodies, places, (noun, language, trades_of))
        if ent is not None:
            q.speaker, q.speaker_name = ent, names[ent]


def _per_sentence(
    body: str,
    blocks: list[_Block],
    people: list[Person],
    names: list[tuple[int, int]],
    words: Words,
    language: str,
    base: date | None,
    roles: Mapping[str, Sequence[str]] | None = None,
) -> tuple[list[Figure], list[DateFact], list[Quote]]:
    figures: list[Figure] = []
    dates: list[DateFact] = []
    quotes: list[Quote] = []
    if language == "zh":  # no spaces between words: read by characters (crosswire.facts.languages.chinese)
        return _chinese_per_sentence(body, blocks, people, base)
    owned = frozenset(at for b in blocks for at in owned_names(b.tokens, people, words))
    for b in blocks:
        sents = [(s, e) for s, e, _f, _l in b.sents]
        direct = direct_quotes(b.text, b.start, b.tokens, sents, people, words, names, owned, roles)
        direct += [
            q
            for q in dash_quotes(b.text, b.start, b.tokens, sents, people, words, owned)
            if not any(d.start < q.end and q.start < d.end for d in direct)
        ]
        quotes.extend(direct)
        for s, e, f, last in b.sents:
            toks = b.tokens[f:last]
            dates.extend(dates_in(body[s:e], s, (s, e), words, language, base))
            taken = [(d.start, d.end) for d in dates if s <= d.start < e]
            found = figures_in(body[s:e], toks, s, (s, e), words, language)
            # ages by a word of their decade ("la quinquagénaire", "un octogenario"), which hold no digit
            found += [a for a in decade_ages(body[s:e], s, (s, e), language) if not _overlaps_figure(a, found)]
            # a vote's tally is one value ("11 голосами против 6"), not a count of each number: the 6 was read as
            # six suspensions (a new user's rocket trial)
            tallied = [(t.start, t.end) for t in tally_values(body[s:e], s, language)]
            # so is a match's score ("1-1" read as two counts of 1: a new user's balloon story)
            tallied += [(t.start, t.end) for t in score_values(body[s:e], s, language)]
            found = [f for f in found if not any(a <= f.start and f.end <= z for a, z in tallied)]
            for fig in vague_figures(body[s:e], toks, s, (s, e), words, found):
                if not any(a < fig.end and fig.start < z for a, z in taken):
                    figures.append(fig)
            if not any(q.sentence_start <= s < q.sentence_end for q in direct):
                rep = reported(toks, (s, e), body, people, words)
                if rep is not None:
                    quotes.append(rep)
    return figures, dates, sorted(quotes, key=lambda q: q.start)


def _chinese_per_sentence(
    body: str, blocks: list[_Block], people: list[Person], base: date | None
) -> tuple[list[Figure], list[DateFact], list[Quote]]:
    """Figures, dates and quotes of a Chinese article, sentence by sentence (dates and times first: a number
    inside one is no count)."""
    from crosswire.facts.languages import chinese

    figures: list[Figure] = []
    dates: list[DateFact] = []
    quotes: list[Quote] = []
    for b in blocks:
        sents = [(s, e) for s, e, _f, _l in b.sents]
        quotes.extend(chinese.quotes_in(body, b.start, b.text, sents, people))
        for s, e in sents:
            found = chinese.dates_in(body[s:e], s, (s, e), base)
            dates.extend(found)
            taken = [(d.start, d.end) for d in found] + [(v.start, v.end) for v in chinese.times_in(body[s:e], s)]
            figures.extend(chinese.figures_in(body[s:e], s, (s, e), taken))
    return figures, dates, sorted(quotes, key=lambda q: q.start)


def _term(t: Token, stop: frozenset[str]) -> str | None:
    if t.pos not in TERM_POS or t.lemma in stop or len(t.lemma) < 2:
        return None
    return t.lemma if any(ch.isalnum() for ch in t.lemma) else None


def _claims(
    body: str,
    blocks: list[_Block],
    spans: list[tuple[int, int, str]],
    figures: list[Figure],
    dates: list[DateFact],
    quotes: list[Quote],
    language: str,
) -> list[Claim]:
    words = words_for(language)
    stop = words.stop
    out: list[Claim] = []
    for i, b in enumerate(blocks):
        # the first paragraph's dateline read as a sentence of its own ("Oskarmoor (Valdenien), 13. Oktober."): no
        # claim (a new user's German dateline was shown as a fact agreed with another outlet's lead)
        opening = b.start + dateline_end(b.text) if i == 0 else b.start
        for s, e, f, last in b.sents:
            text = body[s:e]
            lead = len(text) - len(text.lstrip())
            text = text.strip()
            if not any(ch.isalnum() for ch in text) or s + lead + len(text) <= opening:
                continue
            start, end = s + lead, s + lead + len(text)
            toks = b.tokens[f:last]
            ids = list(dict.fromkeys(x for a, z, x in spans if start <= a and z <= end))
            # a vote's tally reads its whole span ("поддержали 124 депутата, против проголосовали 107"), where the
            # figure reader saw a count of each number
            tallies = tally_values(text, start, language) if language != "zh" else []
            values = [
                v
                for v in _values(figures, dates, start, end)
                if not (v.kind == "count" and any(t.start <= v.start and v.end <= t.end for t in tallies))
                and v.start >= opening  # a date in the dateline is the day the outlet filed, not the act's
            ]
            if language == "zh":
                from crosswire.facts.languages.chinese import times_in

                clock = times_in(text, start)
            else:
                clock = clock_values(text, start, words)
            # counts of nobody and of one written without digits ("Никто не пострадал", "Ein Bäcker wurde
            # verletzt"), which the figure reader leaves (crosswire.facts.casualties)
            casualties = [v for v in casualty_values(text, start, language) if not _overlaps(v, values)]
            # lengths of time glued to their number in one adjective ("knapp achtminütigen Video", "двухчасовое")
            lengths = [v for v in compound_durations(text, start, language) if not _overlaps(v, values)]
            # a match's score ("beim Stand von 1:1", "que iba 1-1"), not over a time of day or a vote's tally
            scores = [v for v in score_values(text, start, language) if not _overlaps(v, [*values, *clock, *tallies])]
            values = sorted([*values, *clock, *tallies, *casualties, *lengths, *scores], key=_at)
            quote = next((q for q in quotes if q.start < end and start < q.end), None)
            verbs = [t for t in toks if t.pos == "VERB" and t.lemma not in stop]
            first_verb = verbs[0].start if verbs else end
            subject = next((x for a, _z, x in spans if start <= a < first_verb), None)
            out.append(
                Claim(
                    id=f"c{len(out) + 1}",
                    start=start,
                    end=end,
                    language=language,
                    predicates=list(dict.fromkeys(t.lemma for t in verbs)),
                    subject_entity=subject,
                    entities=ids,
                    terms=sorted({k for t in toks if (k := _term(t, stop))}),
                    values=values,
                    speaker_entity=quote.speaker if quote else None,
                    quoted=quote is not None,
                    kind="subheading" if b.kind == "subheading" else "body",
                )
            )
    return out


def _values(figures: list[Figure], dates: list[DateFact], start: int, end: int) -> list[Value]:
    values = []
    for f in figures:
        if start <= f.start < end:
            v = from_figure(f)
            v.noun = f.counted  # the language's own key; ``concept`` is the shared one
            values.append(v)
    for d in dates:
        if start <= d.start < end and d.value:
            values.append(from_date(d, d.scheduled))
        elif start <= d.start < end and d.month_day:
            values.append(from_month_day(d))
    return sorted(values, key=_at)


def _overlaps_figure(f: Figure, figures: list[Figure]) -> bool:
    """Whether figure ``f``'s span meets one of ``figures`` (body offsets)."""
    return any(g.start < f.end and f.start < g.end for g in figures)


def _at(v: Value) -> int:
    return v.start


def _overlaps(v: Value, values: list[Value]) -> bool:
    """Whether ``v``'s span meets a value of ``values`` (body offsets)."""
    return any(w.start < v.end and v.start < w.end for w in values)
