"""Name variants: one linked entity written differently by different sources (Tikhanovskaya / Tsikhanouskaya).

Linking is :func:`crosswire.facts.link_entities`; this module only reports the spellings. A spelling counts
when it is a full name (two words or more) and differs from another full spelling in more than case, accents,
a middle initial or a grammatical case ending of the language it is written in, so "Putin" next to "Vladimir
Putin" is not a variant, nor Polish "Donalda Trumpa" next to "Donald Trump" (:mod:`crosswire.facts.name_stems`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from lemminflect import getAllLemmas

from crosswire.compare.align import StoryData, evidence, uniq_evidence
from crosswire.compare.records import NameVariant, Spelling
from crosswire.facts.glued_titles import PLACE_ENDINGS, PLACE_KEY_MIN, place_key
from crosswire.facts.languages.places import english_place
from crosswire.facts.lexicon import places
from crosswire.facts.linking import DECLINING
from crosswire.facts.name_stems import case_stem, place_nominative
from crosswire.facts.records import Entity
from crosswire.model import Evidence
from crosswire.vocab.names import fold, is_name_suffix, latin, title_before


def _shape(name: str) -> tuple[str, str]:
    """First and last name in lower case, without middle initials or a generational suffix ("Patrick W.
    Carlineo Jr." and "Patrick Carlineo" are one shape). Accents are kept: "Kerenčić" and "Kerencic" are two
    spellings, and a spelling cites only the sources that write it so (folded, the first source's "Kerenčić"
    was shown for sources that write "Kerencic")."""
    words = [w.rstrip(",") for w in re.split(r"\s+", unicodedata.normalize("NFC", name).lower().replace("’", "'"))]
    words = [w for w in words if w and not re.fullmatch(r"[a-z]\.?", w) and not is_name_suffix(w)]
    return (words[0], words[-1]) if len(words) >= 2 else ("", words[0] if words else "")


def _declined(a: tuple[str, str], la: str | None, b: tuple[str, str], lb: str | None) -> bool:
    """Whether shape ``a`` (written in language ``la``) is shape ``b`` in another grammatical case: word by
    word in one script, equal once the case ending of each word's language is taken off its transliteration
    ("donalda trumpa" in Polish / "donald trump"). A nominative written two ways stays two spellings:
    "Lukashenka" / "Lukashenko" differ in their stems."""

    def forms(word: str, language: str | None) -> tuple[str, str]:
        spelled = re.sub(r"[^a-z]", "", latin(word).lower())
        return spelled, case_stem(spelled, language)

    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        if fold(x) == fold(y):
            return False  # the same letters but for accents: two spellings, not two cases
        if x.isascii() != y.isascii():
            return False
        (px, sx), (py, sy) = forms(x, la), forms(y, lb)
        if not (sx == py or sy == px or (sx == sy and sx != px and sy != py)):
            return False
    return True


@dataclass(slots=True)
class _Spelled:
    """One spelling of an entity: its first text and language, the sources that write it so, their
    sentences."""

    text: str
    sources: set[int] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)
    language: str | None = None


def _between_sources(shapes: Mapping[Any, _Spelled]) -> bool:
    """Whether two spellings part the sources: each used by a source that does not use the other. One
    source writing a name two ways (a typo, a headline form) while the others agree is not a variant."""
    entries = list(shapes.values())
    return any(a.sources - b.sources and b.sources - a.sources for i, a in enumerate(entries) for b in entries[i + 1 :])


def _spellings(data: StoryData) -> tuple[dict[str, dict[tuple[str, str], _Spelled]], dict[str, str]]:
    """Canonical person id -> name shape -> spelling, and canonical id -> entity type."""
    spellings: dict[str, dict[tuple[str, str], _Spelled]] = {}
    types: dict[str, str] = {}
    for aid, facts, body in data.with_facts():
        for e in facts.entities:
            if e.type != "person" or len(e.name.split()) < 2:
                continue
            cid = data.canonical.get((aid, e.id))
            if not cid:
                continue
            types[cid] = e.type
            shapes = spellings.setdefault(cid, {})
            shape = _shape(e.name)
            if shape not in shapes:  # a declined form counts as the spelling it declines
                shape = next((s for s, v in shapes.items() if _declined(shape, facts.language, s, v.language)), shape)
            written = _as_written(e)
            title = _title(e, body)
            if title is not None:  # "Prof. Kasimir Oradek" beside "Kasimir Oradek": the source's own way to write it
                shape, written = (f"{title.lower()} {shape[0]}", shape[1]), f"{title} {written}"
            entry = shapes.setdefault(shape, _Spelled(written, language=facts.language))
            entry.sources.add(data.source_of[aid])
            m = next((m for m in e.mentions if m.text == e.name), e.mentions[0] if e.mentions else None)
            if m is not None:
                entry.evidence = uniq_evidence([*entry.evidence, evidence(data, aid, m.sentence_start, m.sentence_end)])
    return spellings, types


def _title(e: Entity, body: str) -> str | None:
    """The academic or professional title (:func:`crosswire.vocab.names.title_before`: "Prof.", "Dr. med.",
    "проф.") an article writes before a full-name mention of ``e`` (two words or more), as written; None when no
    such mention has one. A name model leaves the title out of the name ("Vorstandschef Dr. Henrik Aalto" gives
    "Henrik Aalto"), and linking ignores it (one person); a reader is shown that a source titles the person."""
    for m in e.mentions:
        if len(m.text.split()) >= 2 and 0 < m.start <= len(body):
            title = title_before(body, m.start)
            if title is not None:
                return title
    return None


def _as_written(e: Entity) -> str:
    """The entity's name as its article writes it: its name when a mention reads so, else its longest
    mention. A Russian name's base form is the parser's guess ("Марит Сольберг" was given as "Мариты
    Сольберг", a form no article wrote: a new user's ferry story)."""
    written = [m.text for m in e.mentions]
    if not written or e.name in written:
        return e.name
    return max(written, key=lambda t: (len(t.split()), len(t)))


_PLACE_KEY_MIN = PLACE_KEY_MIN
_PLACE_WORD_MIN = 5  # letters of a name word read at all


def _known_place(word: str, language: str | None) -> bool:
    """Whether the gazetteer knows ``word`` (a country or a city, in any case form of its language): its names in
    other languages ("Italy" / "Italien" / "Italie") are exonyms a reader knows, not spellings to point out."""
    return english_place(word, language) is not None or fold(word) in places()


def _place_spellings(data: StoryData) -> dict[str, dict[str, _Spelled]]:
    """Key (:func:`place_key`) -> word as written -> its spelling: the names of places, and the one-word names of
    things that are no person, that the gazetteer does not know and no article writes in lower case (a common
    noun: "Economy" of "Ministry of Economy", "Économie", "Economía" are one word, not a name); then the same
    keys' words in other sources' sentences (:func:`_body_spellings`: "Luftfahrtbehörde Korvaniens")."""
    lower = {w for _aid, _facts, body in data.with_facts() for w in _NAME_WORD.findall(body) if w.islower()}
    out: dict[str, dict[str, _Spelled]] = {}
    for aid, facts, _body in data.with_facts():
        for e in facts.entities:
            if e.type == "person" or (e.type != "place" and len(e.name.split()) > 1):
                continue
            for word in re.findall(r"\w+", e.name):
                if len(word) < _PLACE_WORD_MIN or not word[0].isupper() or not word.isalpha() or word.isupper():
                    continue
                if word.lower() in lower or _known_place(word, facts.language):
                    continue
                base = place_nominative(word, facts.language)  # "Korwanii" is listed as "Korwania"
                entry = out.setdefault(place_key(base), {}).setdefault(base, _Spelled(base, language=facts.language))
                m = next((m for m in e.mentions if word in m.text), None)
                ev = evidence(data, aid, m.sentence_start, m.sentence_end) if m is not None else None
                if ev is not None and re.search(rf"\b{re.escape(word)}\b", ev.text):
                    entry.sources.add(data.source_of[aid])  # credited only where its sentence shown writes it
                    entry.evidence = uniq_evidence([*entry.evidence, ev])
    _body_spellings(data, out)
    for spelled in out.values():  # a spelling no sentence shown writes (a dateline's name) is no source's
        for text in [t for t, entry in spelled.items() if not entry.sources]:
            del spelled[text]
    return out


_NAME_WORD = re.compile(rf"\b[^\W\d_]{{{_PLACE_WORD_MIN},}}\b")  # a word of letters only, long enough to read


def _body_spellings(data: StoryData, out: dict[str, dict[str, _Spelled]]) -> None:
    """Add to ``out`` the capitalised words of each article's sentences whose key a name of the story already has
    (in place): a parser misses some names of places in some languages ("L'autorité de l'aviation civile de
    Corvanie (CAAC)": no entity for "Corvanie" in a new user's French article), and a word spelled as a
    known name's key, in another source, is that name's spelling there."""
    for aid, facts, body in data.with_facts():
        for claim in facts.claims:
            for m in _NAME_WORD.finditer(body[claim.start : claim.end]):
                word = m.group()
                if not word[0].isupper() or word.isupper():
                    continue
                base = place_nominative(word, facts.language)
                spelled = out.get(place_key(base))
                if spelled is None or _known_place(word, facts.language):
                    continue
                entry = spelled.setdefault(base, _Spelled(base, language=facts.language))
                src = data.source_of[aid]
                if src not in entry.sources:  # each source credited with a spelling has a sentence writing it
                    entry.sources.add(src)
                    entry.evidence = uniq_evidence([*entry.evidence, evidence(data, aid, claim.start, claim.end)])


_CASE_ENDING_MAX = 3  # letters a case ending adds to a name ("Dorvan" / Polish "w Dorvanie", German "Korvaniens")


def _merge_case_forms(spelled: dict[str, _Spelled]) -> None:
    """Fold into a spelling its case forms (in place): a word of a declining language (Polish "Dorvanie", the
    locative of "Dorvan") that is another spelling plus up to :data:`_CASE_ENDING_MAX` letters is that spelling
    declined, not another spelling, and a word of the same language that adds a genitive "s" ("Korvaniens" /
    "Korvanien") too; its sources cite the spelling it declines. A word of a language that declines no names is
    its own spelling: French "Korvanie" and German "Korvanien" are not case forms of English "Korvan" (a new
    user's "Korvan" was credited to four sources that never wrote it)."""
    for word in sorted(spelled, key=len, reverse=True):
        base = next((b for b in spelled if _declines(word, spelled[word], b, spelled[b])), None)
        if base is not None:
            form = spelled.pop(word)
            spelled[base].sources |= form.sources
            spelled[base].evidence = uniq_evidence([*spelled[base].evidence, *form.evidence])


def _declines(word: str, form: _Spelled, base: str, of: _Spelled) -> bool:
    """Whether ``word`` (spelled ``form``) is ``base`` (spelled ``of``) in another case (:func:`_merge_case_forms`)."""
    extra = word[len(base) :]
    if base == word or not word.startswith(base) or len(extra) > _CASE_ENDING_MAX:
        return False
    return form.language in DECLINING or (extra in _GENITIVE_S and form.language == of.language)


_GENITIVE_S = frozenset({"s", "es"})  # a genitive ending a language that declines no name still writes on one


def _drop_modifiers(spelled: dict[str, _Spelled]) -> None:
    """Drop (in place) a spelling that a longer spelling of the same sources extends by a place's ending
    (:data:`crosswire.facts.glued_titles.PLACE_ENDINGS`): the source that writes "Korvania" and "Korvan" ("the
    Korvan mark") writes the place and an adjective or a people's word made of it; the shorter is no spelling
    of the place."""
    for word in list(spelled):
        form = spelled[word]
        if any(
            other != word
            and other.startswith(word)
            and other[len(word) :].lower() in PLACE_ENDINGS
            and form.sources <= spelled[other].sources
            for other in spelled
        ):
            spelled.pop(word)


def _by_source(data: StoryData, entry: _Spelled) -> list[Evidence]:
    """A spelling's evidence: the first sentence of each source it credits, in source order, then up to three
    in all (each credited source is shown writing it)."""
    first: dict[int, Evidence] = {}
    for ev in entry.evidence:
        first.setdefault(data.source_of.get(ev.article, 0), ev)
    shown = [first[s] for s in sorted(first)]
    return uniq_evidence([*shown, *entry.evidence])[: max(3, len(shown))]


def _english_word(word: str) -> bool:
    """Whether lemminflect's English dictionary has ``word`` in lower case (a common noun or adjective: "economy";
    no invented name of a place is there)."""
    return bool(getAllLemmas(fold(word).lower()))


def place_variants(data: StoryData) -> list[NameVariant]:
    """Names of places the gazetteer does not know that sources of two or more languages spell differently
    ("Corvania" [en][es] / "Korvaniens" [de] / "Corvanie" [fr]: a new user's airline story listed no name variant
    for its invented country), each spelling with up to three sentences. One language's spellings alone are no
    variant (its case forms: "Korvanien" / "Korvaniens"); the spellings must part the sources."""
    out = []
    for key, spelled in _place_spellings(data).items():
        _merge_case_forms(spelled)
        _drop_modifiers(spelled)
        if any(_english_word(text) for text in spelled):
            continue  # a common noun of a name ("Ministry of Economy" / "de l'Économie" / "de Economía")
        if len(key) < _PLACE_KEY_MIN or len(spelled) < 2 or not _between_sources(spelled):
            continue
        if len({e.language for e in spelled.values()}) < 2:
            continue
        entries = sorted(spelled.values(), key=lambda e: (min(e.sources), e.text))
        out.append(
            NameVariant(
                entity=entries[0].text,
                type="place",
                spellings=[
                    Spelling(text=e.text, sources=sorted(e.sources), evidence=_by_source(data, e)) for e in entries
                ],
                evidence=uniq_evidence(ev for e in entries for ev in e.evidence[:1]),
            )
        )
    return out


def align(data: StoryData) -> list[NameVariant]:
    """People whose full name the sources spell differently, each spelling with up to three sentences; then
    places' names spelled differently across languages (:func:`place_variants`)."""
    spellings, types = _spellings(data)
    out = []
    for cid, shapes in spellings.items():
        if len(shapes) < 2 or not _between_sources(shapes):
            continue
        entries = sorted(shapes.values(), key=lambda e: min(e.sources))
        out.append(
            NameVariant(
                entity=cid.partition(":")[2],
                type=types[cid],
                spellings=[Spelling(text=e.text, sources=sorted(e.sources), evidence=e.evidence[:3]) for e in entries],
                evidence=uniq_evidence(ev for e in entries for ev in e.evidence[:1]),
            )
        )
    return [*out, *place_variants(data)]
