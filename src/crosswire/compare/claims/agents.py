"""Conflicts over who did an act: one source has "A security guard raised the alarm", another "Una vecina dio
la alarma"; "police found the body" / "a passer-by found the body"; "the mayor ordered the evacuation" / "the
regional governor ordered the evacuation".

The acts whose agent is news, the phrases that state them per language and the disjoint classes of agents are
data (``data/agents.toml``). An agent is read only where a tight pattern ties it to the act: its words end at
most :data:`GAP` words before an active phrase, in the same clause, with no word of the data's ``blockers``
between ("A neighbour on Tuesday raised the alarm"; not "police said it had found"); in German also inside the
phrase, after its verb ("Gegen zwei Uhr schlug ein Wachmann Alarm"), or right after a phrase that opens its clause
("Geklagt hatte der Journalistenverband"); in Russian, Ukrainian and
Polish also right after the phrase, whose free word order puts the subject there ("Тело нашёл прохожий"); or
after a word of ``by`` within a few words of a passive phrase ("the alarm was raised by a neighbour"). An agent
joined to another ("police and firefighters") is no sole agent and is not read. A sentence with no agent (“the
alarm was raised”) gives nothing. Written by hand: the facts stage keeps no dependency parse for the comparison,
and no library maps these acts and agents across languages.

Offsets are character offsets into the cleaned body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.units import Unit, days_of
from crosswire.compare.records import ClaimConflict
from crosswire.vocab import phrases
from crosswire.vocab.data import data_toml

GAP = 3  # words that may stand between an agent and the active phrase it did ("A neighbour on Tuesday raised")
BY_GAP = 3  # words between a passive phrase and its word of "by" ("was found early on Monday by")
# words between a word of "by" and its agent: an article and a name the agent word ends ("by the Northern
# Fishermen's Union", "by the Velmoran Union of Journalists"); two before the invented court stories of
# tests/test_compare_xevents.py
BY_AGENT_GAP = 3
AFTER_GAP = 1  # words between an active phrase and an agent after it (ru/uk/pl: "Тело нашёл утром прохожий")
PHRASE_GAP = 2  # other words that may stand inside an act phrase ("released the CCTV footage")
FREE_ORDER = frozenset({"ru", "uk", "pl"})  # languages whose subject may follow its verb
# languages whose verb comes second, the subject then inside the act phrase ("Gegen zwei Uhr schlug ein Wachmann
# Alarm", "Am Morgen fand die Polizei die Leiche")
VERB_SECOND = frozenset({"de"})
WORD_START = phrases.WORD_START  # every phrase pattern begins with this look-behind
CLAUSE = re.compile(r"[,;:.!?()«»\"“”„—–]")


@dataclass(frozen=True, slots=True)
class Act:
    """One act of the data: its id, label and compiled phrases per language."""

    id: str
    label: str
    active: dict[str, list[re.Pattern[str]]]
    passive: dict[str, list[tuple[re.Pattern[str], re.Pattern[str] | None]]]  # (head, tail after the agent)
    # the agent classes the act is read with (its data's ``agents``); None for every class. An act whose phrases
    # are loose ("destroyed it") is read only with the classes its question is about (a person at the controls
    # or an automatic system)
    classes: frozenset[str] | None = None
    # classes the act reads as another (its data's ``same``): for who stopped a leak, the company's workers and the
    # people at its controls are the company ("its own crew" against "firefighters"), not a party of their own
    same: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Reading:
    """An agent one sentence ties to an act: the act id, the agent class, the agent as written, and where the
    agent's words stand in the sentence (character offsets into the sentence; -1 when not known)."""

    act: str
    agent: str
    written: str
    start: int = -1
    end: int = -1


@dataclass(slots=True)
class _Side:
    agent: str
    written: list[str] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    named: list[str] = field(default_factory=list)  # canonical ids of the named bodies the agent words are part of


def _phrase(words: str, gap: int) -> re.Pattern[str]:
    """A phrase of the data as a pattern: whole words (an entry ending in "-" a stem), up to ``gap`` other words
    between two of its words."""
    joint = r"\s+" if gap == 0 else rf"\s+(?:\S+\s+){{0,{gap}}}?"
    return re.compile(rf"{WORD_START}{phrases.body(words, joint)}(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=32)
def _acts_of(lang: str) -> tuple[Act, ...]:
    """The acts of ``data/agents.toml`` in the data's order, with the phrases of language ``lang`` compiled:
    ``active`` and ``passive`` hold that language only (empty for an act without phrases in it). Each
    language's patterns (~400) are compiled when a sentence of it is first read, not every language's at once:
    a story in one or two languages pays for those only."""
    out = []
    for aid, spec in data_toml("agents.toml")["acts"].items():
        active = (
            {lang: [_phrase(p, PHRASE_GAP) for p in spec["active"][lang]]} if lang in spec.get("active", {}) else {}
        )
        passive: dict[str, list[tuple[re.Pattern[str], re.Pattern[str] | None]]] = {}
        for p in spec.get("passive", {}).get(lang, []):
            head, _, tail = (x.strip() for x in p.partition("…"))
            passive.setdefault(lang, []).append((_phrase(head, 0), _phrase(tail, 0) if tail else None))
        classes = frozenset(spec["agents"]) if "agents" in spec else None
        out.append(Act(aid, _label_of(aid, spec), active, passive, classes, dict(spec.get("same", {}))))
    return tuple(out)


def _label_of(aid: str, spec: dict) -> str:
    return str(spec.get("label", aid.replace("_", " ")))


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    """Act id -> label, of every act of ``data/agents.toml`` (nothing compiled)."""
    return {aid: _label_of(aid, spec) for aid, spec in data_toml("agents.toml")["acts"].items()}


@lru_cache(maxsize=32)
def _agents(lang: str) -> list[tuple[re.Pattern[str], str]]:
    """(pattern, agent class) of language ``lang``'s agent phrases, longest phrase first (compiled when a
    sentence of the language is first read)."""
    pairs = [(w.lower(), cls) for cls, langs in data_toml("agents.toml")["agents"].items() for w in langs.get(lang, [])]
    return [(_phrase(w, 0), cls) for w, cls in sorted(pairs, key=lambda p: -len(p[0]))]


@lru_cache(maxsize=1)
def _words_of(section: str) -> dict[str, list[re.Pattern[str]]]:
    """The ``by``, ``and``, ``blockers`` or ``means`` words of the data per language, as patterns (longest
    first)."""
    table = data_toml("agents.toml").get(section, {})
    return {lang: [_phrase(w, 0) for w in sorted(ws, key=len, reverse=True)] for lang, ws in table.items()}


def _count(text: str) -> int:
    return len(re.findall(r"[\w'’-]+", text))


def has_words(text: str, section: str, lang: str) -> bool:
    """Whether ``text`` holds a word of the data's ``section`` (``by``, ``and``, ``blockers``, ``attribution``)
    for language ``lang``."""
    return any(p.search(text) for p in _words_of(section).get(lang, []))


# "the landlord's son": a person of the landlord's is the doer, not the landlord; "a crew's grinder" keeps the crew
# (a thing of the agent's is its instrument). The persons are ``[possessed_persons]`` of the data file.
POSSESSIVE = re.compile(r"['’]s?\s+(\w+)")


@lru_cache(maxsize=1)
def _possessed_persons() -> dict[str, frozenset[str]]:
    """Language -> nouns of a person that, after an agent's possessive, name the doer instead of the agent."""
    return {k: frozenset(v) for k, v in data_toml("agents.toml").get("possessed_persons", {}).items()}


def _owner_of_doer(text: str, end: int, lang: str) -> bool:
    """Whether the agent phrase ending at ``end`` is followed by a possessive and a person noun ("the landlord's
    son"): that person, not the agent, is the doer."""
    m = POSSESSIVE.match(text, end)
    return m is not None and m.group(1).lower() in _possessed_persons().get(lang, frozenset())


def agents_in(text: str, lang: str, classes: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, class) of every agent phrase in ``text``, a longer phrase winning over one inside it;
    with ``classes``, only the agents of those classes (a longer phrase of another class still wins: "the
    flight controllers' union" is no controller). A phrase followed by a possessive and a person ("the landlord's
    son found the bodies", :func:`_owner_of_doer`) names whose the doer is, not the doer, and is skipped (ECB+
    topic 32: the landlord's son, not the landlord, found them)."""
    found: list[tuple[int, int, str]] = []
    for pat, cls in _agents(lang):
        for m in pat.finditer(text):
            if _owner_of_doer(text, m.end(), lang):
                continue
            if not any(s < m.end() and m.start() < e for s, e, _c in found):
                found.append((m.start(), m.end(), cls))
    return sorted(f for f in found if classes is None or f[2] in classes)


def _joined(clause: str, start: int, end: int, lang: str) -> bool:
    """Whether the agent at ``clause[start:end]`` is joined to another by a word of ``and`` ("police and
    firefighters", "the guard with a neighbour"): the two words either side of it."""
    before = " ".join(_without_name(clause[:start]).split()[-2:])  # "Food and Consumer Safety Authority": one name
    after = " ".join(re.findall(r"[\w'’-]+", clause[end:])[:1])
    return has_words(before, "and", lang) or has_words(after, "and", lang)


def _before(sentence: str, at: int, lang: str, classes: frozenset[str] | None = None) -> tuple[str, str, int] | None:
    """The agent (class, as written, its start in ``sentence``) ending at most :data:`GAP` words before ``at``
    in its clause (:data:`OF_GAP` when those words are a complement of the agent opened by a word of the data's
    ``of``: "el oficial de seguridad del campo de lanzamiento activó"); not one a word of the data's
    ``according`` names as the source of the report ("Według firmy rakietę zniszczył ...": the firm reports
    it). ``classes``: the agent classes read (None: all)."""
    clause_start = max((m.end() for m in CLAUSE.finditer(sentence, 0, at)), default=0)
    clause = sentence[clause_start:at]
    agents = agents_in(clause, lang, classes)
    if not agents:
        return None
    start, end, cls = agents[-1]
    between = clause[end:]
    gap = OF_GAP if _opens_with(between, "of", lang) else GAP
    if _count(between) > gap or has_words(between, "blockers", lang) or has_words(between, "by", lang):
        return None
    if _joined(clause, start, end, lang) or _reported_by(clause[:start], lang):
        return None
    return cls, clause[start:end], clause_start + start


OF_GAP = 5  # words of an agent's complement between it and its act ("del campo de lanzamiento": four)
REPORTER_GAP = 2  # words between a word of ``according`` and the agent it names as a source ("according to the")


def _opens_with(text: str, section: str, lang: str) -> bool:
    """Whether the first word of ``text`` is a word of the data's ``section`` for ``lang``."""
    first = re.match(r"\s*([\w'’-]+)", text)
    return first is not None and has_words(first.group(1), section, lang)


def _reported_by(lead: str, lang: str) -> bool:
    """Whether the words before an agent end in a word of the data's ``according`` and at most
    :data:`REPORTER_GAP` words after it ("According to the", "Według", "По данным"): the agent is the source of
    the report, not the doer."""
    for p in _words_of("according").get(lang, []):
        for m in p.finditer(lead):
            if _count(lead[m.end() :]) <= REPORTER_GAP:
                return True
    return False


def _after(
    sentence: str, at: int, lang: str, *, by: bool, classes: frozenset[str] | None = None
) -> tuple[str, str, int] | None:
    """The agent (class, as written, its end) after ``at`` in its clause: right after it (at most
    :data:`AFTER_GAP` words, an owner's words such as "jej własny" not counted), or with ``by`` after a word
    of ``by`` at most :data:`BY_GAP` words on. ``classes``: the agent classes read (None: all)."""
    m = CLAUSE.search(sentence, at)
    clause = sentence[at : m.start() if m else len(sentence)]
    agents = agents_in(clause, lang, classes)
    if not agents:
        return None
    start, end, cls = agents[0]
    for nxt in agents[1:]:  # a word inside a name is no agent: the name's last agent word is ("Consumer ... Authority")
        if not _name_inside(clause[start : nxt[0]]):
            break
        start, end, cls = nxt
    lead = clause[:start]
    if by:
        found = [b for p in _words_of("by").get(lang, []) for b in p.finditer(lead)]
        if not found:
            return None
        b = max(found, key=lambda x: x.start())
        if _count(_without_attribution(lead[: b.start()], lang)) > BY_GAP:
            return None
        if _count(_without_name(_without_means(lead[b.end() :], lang))) > BY_AGENT_GAP:
            return None
    elif _count(_without_means(lead, lang)) > AFTER_GAP:
        return None
    if _joined(clause, start, end, lang) or has_words(lead, "blockers", lang):
        return None
    return cls, clause[start:end], at + end


def _without_means(text: str, lang: str) -> str:
    """``text`` without the words of the data's ``means`` ("sparks from": "by sparks from a railway crew" ties
    the crew to the act as "by a railway crew" does), ``collectives`` ("a group of": "by a group of 32
    opposition MPs" ties the MPs as "by 32 opposition MPs" does) and ``owners`` ("its own": "zniszczył jej
    własny system pokładowy" ties the system as "zniszczył system pokładowy" does)."""
    for section in ("means", "collectives", "owners"):
        for p in _words_of(section).get(lang, []):
            text = p.sub(" ", text)
    return text


# words that join the capitalised words of one name ("Food and Consumer Product Safety Authority", "Union of
# Journalists"), in the languages read
NAME_JOINS = frozenset({"and", "of", "for", "und", "für", "et", "de", "des", "du", "y", "del", "e", "di", "do", "da"})


def _without_name(text: str) -> str:
    """``text`` (the words between a word of ``by`` and its agent) without the capitalised words of the name the
    agent word ends and the joining words inside it ("by the Netherlands Food and Consumer Product Safety
    Authority": "the"), so a long official name ties its agent as a short one does."""
    words = re.findall(r"[\w'’-]+", text)

    def inside(i: int) -> bool:  # a joining word between two capitalised words
        return 0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()

    return " ".join(w for i, w in enumerate(words) if not w[:1].isupper() and not (w in NAME_JOINS and inside(i)))


def _name_inside(text: str) -> bool:
    """Whether ``text`` (from one agent word to the next) is capitalised words of one name and the joining words
    inside it only ("Consumer Product Safety ", before "Authority"): the first is a word of the name."""
    words = re.findall(r"[\w'’-]+|[^\w\s'’-]", text)
    return bool(words) and all(w[:1].isupper() or w in NAME_JOINS for w in words) and words[0][:1].isupper()


ATTRIBUTION_WORDS = 2  # words of the body an attribution names ("nach Angaben der Bahnpolizei": "der Bahnpolizei")


def _without_attribution(text: str, lang: str) -> str:
    """``text`` without a report of who said it, a word of the data's ``attribution`` and the
    :data:`ATTRIBUTION_WORDS` words after it ("Ausgelöst wurde der Brand nach Angaben der Bahnpolizei durch
    Funkenflug": the passive and its "durch" are as close as in "Der Brand wurde durch Funkenflug ausgelöst")."""
    for p in _words_of("attribution").get(lang, []):
        for m in reversed(list(p.finditer(text))):
            rest = re.match(rf"(?:\s+[\w'’-]+){{0,{ATTRIBUTION_WORDS}}}", text[m.end() :])
            text = text[: m.start()] + " " + text[m.end() + (rest.end() if rest else 0) :]
    return text


@lru_cache(maxsize=32)
def _any_act(lang: str) -> re.Pattern[str] | None:
    """One pattern matching wherever any act phrase of ``lang`` (active, or a passive's head) may match: most
    sentences name no act, and one search rules them out instead of one search per phrase. None when the
    language has no phrases.

    The phrases' common look-behind (:data:`WORD_START`) is tested once per position, before the alternatives,
    not once per alternative: the same matches, about ten times less CPU on the 181 benchmark pages (Python's
    ``re`` tries every alternative at every position that passes)."""
    parts = [p.pattern for act in _acts_of(lang) for p in act.active.get(lang, [])]
    parts += [head.pattern for act in _acts_of(lang) for head, _tail in act.passive.get(lang, [])]
    if not parts:
        return None
    return phrases.one_search(parts, flags=re.IGNORECASE)


def readings(sentence: str, lang: str) -> list[Reading]:
    """The agents ``sentence`` (one sentence of language ``lang``) ties to the acts of the data, at most one per
    act; [] when it names an act but no agent, or none of the acts. An act whose data lists ``agents`` reads
    only those classes, and, when no agent is tied to it, a marker of one of them in the sentence (the data's
    ``markers``: "without any human command", "automatically", "manually") names its class."""
    return list(_readings(sentence, lang))


@lru_cache(maxsize=4096)
def _readings(sentence: str, lang: str) -> tuple[Reading, ...]:
    """:func:`readings`, cached: the comparison reads one sentence for every pair it is in."""
    out: list[Reading] = []
    anywhere = _any_act(lang)
    if anywhere is None or anywhere.search(sentence) is None:
        return ()
    for act in _acts_of(lang):
        found: tuple[str, str, int] | None = None
        named = False  # whether a phrase of the act is in the sentence
        cls = act.classes
        for pat in act.active.get(lang, []):
            for m in pat.finditer(sentence):
                named = True
                found = _before(sentence, m.start(), lang, cls)
                if found is None and lang in VERB_SECOND:
                    inside = _inside(m.group(), lang, cls)
                    found = (inside[0], inside[1], m.start() + inside[2]) if inside else None
                if found is None and lang in VERB_SECOND and _clause_first(sentence, m.start()):
                    # a fronted participle, the subject after the auxiliary: "Geklagt hatte der Journalistenverband"
                    after = _after(sentence, m.end(), lang, by=False, classes=cls)
                    found = (after[0], after[1], after[2] - len(after[1])) if after else None
                if found is None and lang in FREE_ORDER:
                    after = _after(sentence, m.end(), lang, by=False, classes=cls)
                    found = (after[0], after[1], after[2] - len(after[1])) if after else None
                if found:
                    break
            if found:
                break
        if found is None:
            for head, tail in act.passive.get(lang, []):
                for m in head.finditer(sentence):
                    named = True
                    after = _after(sentence, m.end(), lang, by=True, classes=cls)
                    if after and (tail is None or _tail_follows(tail, sentence, after[2])):
                        found = (after[0], after[1], after[2] - len(after[1]))
                        break
                if found:
                    break
        if found is None and named and cls is not None:
            found = _marked(sentence, lang, cls)
        if found:
            agent = act.same.get(found[0], found[0])
            out.append(Reading(act.id, agent, found[1], found[2], found[2] + len(found[1])))
    return tuple(out)


@lru_cache(maxsize=1)
def _markers() -> dict[str, list[tuple[re.Pattern[str], str]]]:
    """Per language: (pattern, agent class) of the data's ``markers``, longest phrase first."""
    out: dict[str, list[tuple[str, str]]] = {}
    for cls, langs in data_toml("agents.toml").get("markers", {}).items():
        for lang, words in langs.items():
            out.setdefault(lang, []).extend((w.lower(), cls) for w in words)
    return {
        lang: [(_phrase(w, 0), cls) for w, cls in sorted(pairs, key=lambda p: -len(p[0]))]
        for lang, pairs in out.items()
    }


def _marked(sentence: str, lang: str, classes: frozenset[str]) -> tuple[str, str, int] | None:
    """(class, the marker as written, its start) of the one class among ``classes`` a marker of the data names
    in ``sentence`` ("without any human command": an automatic system; "manually": a person at the controls);
    None for none or markers of two classes."""
    hits = [
        (m.start(), m.end(), c) for pat, c in _markers().get(lang, []) if c in classes for m in pat.finditer(sentence)
    ]
    if len({c for _s, _e, c in hits}) != 1:
        return None
    start, end, cls = min(hits)
    return cls, sentence[start:end], start


def agents_differ(a: str, a_language: str, b: str, b_language: str) -> str | None:
    """The label of an act that the two sentences tie to agents of two different classes ("the range safety
    officer destroyed the rocket" / "its own onboard system destroyed it, without any human command"), each in
    its own language; None when none is. Such sentences never state one claim, however alike they read.
    Input: two sentences with their language codes."""
    ra = {r.act: r.agent for r in readings(a, a_language)}
    if not ra:
        return None
    rb = {r.act: r.agent for r in readings(b, b_language)}
    labels = _labels()
    return next((labels[act] for act in sorted(ra.keys() & rb.keys()) if ra[act] != rb[act]), None)


def _clause_first(sentence: str, at: int) -> bool:
    """Whether no word stands before ``at`` in its clause."""
    start = max((m.end() for m in CLAUSE.finditer(sentence, 0, at)), default=0)
    return _count(sentence[start:at]) == 0


def _inside(phrase: str, lang: str, classes: frozenset[str] | None = None) -> tuple[str, str, int] | None:
    """The one agent (class, as written, its start in ``phrase``) standing inside a matched act phrase, after
    its verb (German verb second: "schlug ein Wachmann Alarm"); None for none or two."""
    agents = agents_in(phrase, lang, classes)
    if len(agents) != 1 or agents[0][0] == 0:
        return None
    start, end, cls = agents[0]
    return cls, phrase[start:end], start


def _tail_follows(tail: re.Pattern[str], sentence: str, at: int) -> bool:
    """Whether the rest of a passive phrase ("gefunden") follows the agent within :data:`GAP` words."""
    m = tail.search(sentence, at)
    return m is not None and _count(sentence[at : m.start()]) <= GAP


def agent_conflicts(units: list[Unit], data: StoryData) -> list[ClaimConflict]:
    """Conflicts over who did one act: agents of two or more classes tied to one act of the data by different
    sources, no source giving two of them (a source naming two agents of one act tells of two acts, or of
    agents acting together), and the sides not dated to different days (two acts of one kind at two times).
    Negated sentences are not read. Each side cites the sentences that name its agent."""
    by_act: dict[str, dict[str, _Side]] = {}
    for u in units:
        if u.claim.negated:
            continue
        for r in readings(u.text, u.language):
            side = by_act.setdefault(r.act, {}).setdefault(r.agent, _Side(r.agent))
            side.units.append(u)
            if r.written.lower() not in {w.lower() for w in side.written}:
                side.written.append(r.written)
            for cid in named_agent(u, r, data):
                if cid not in side.named:
                    side.named.append(cid)
    labels = _labels()
    out = []
    for act, sides in by_act.items():
        if len(sides) < 2:
            continue
        if not sources_apart([s.units for s in sides.values()]):
            continue
        days = [frozenset().union(*(days_of(u) for u in s.units)) for s in sides.values()]
        if all(days) and not frozenset.intersection(*days):
            continue
        out.append(_conflict(data, labels[act], list(sides.values())))
    return out


def named_agent(u: Unit, r: Reading, data: StoryData) -> list[str]:
    """The canonical ids (``"organisation:Velmoran Union of Journalists"``) of the named entities whose mentions
    in the unit's sentence overlap the agent's words of reading ``r`` ("Union" in "the Velmoran Union of
    Journalists", "Związek" in "Związek Dziennikarzy Velmory"): the agent as one entity across languages, linked
    by the facts stage's cross-script name linking. [] when the agent is a class word only ("a neighbour")."""
    facts = data.facts.get(u.article)
    if facts is None or r.start < 0:
        return []
    lo, hi = u.claim.start + r.start, u.claim.start + r.end
    out = []
    for e in facts.entities:
        if e.type in {"person", "place"}:
            continue
        if any(m.start < hi and lo < m.end for m in e.mentions):
            cid = data.canonical.get((u.article, e.id))
            if cid and cid not in out:
                out.append(cid)
    return out


def _label(side: _Side) -> str:
    """A side's label: the named bodies its agent words belong to (canonical names), else the words as written."""
    names = [cid.partition(":")[2] or cid for cid in side.named]
    return " / ".join(names) if names else " / ".join(side.written)


def _conflict(data: StoryData, label: str, agents: list[_Side]) -> ClaimConflict:
    return worded_conflict(data, f"who {label}", "different agent", [(_label(s), s.units) for s in agents])
