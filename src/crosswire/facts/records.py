"""Records the facts stage produces for one article.

Every item carries ``start``/``end`` (its own span) and ``sentence_start``/``sentence_end`` (the evidence
sentence) as character offsets into :attr:`crosswire.model.Article.body`, so a renderer can always show
``body[start:end]`` verbatim and a test can check it. They are plain dataclasses so they pickle between
worker processes and serialise with :func:`dataclasses.asdict`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

EntityType = Literal["person", "organisation", "place", "other"]
MentionKind = Literal["name", "surname", "title", "alias"]
QuoteKind = Literal["direct", "partial", "reported"]
FigureType = Literal["count", "money", "percent", "quantity", "duration", "age"]


@dataclass(slots=True)
class Mention:
    """One place in the body where an entity is named or referred to ("Putin", "the Russian leader")."""

    text: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    kind: MentionKind = "name"


@dataclass(slots=True)
class Entity:
    """A canonical entity within one article: every mention that refers to it, linked."""

    id: str  # "e1", unique within the article
    name: str  # the fullest name the article gives
    type: EntityType
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # "president", "opposition leader", "spokesman"
    nationality: str | None = None  # a country name ("Belarus") when the text ties the entity to one
    gender: str | None = None  # "female" / "male" when the text shows it (pronouns, honorifics)
    # Language-neutral: the name in Latin letters (anyascii: "Светлана Тихановская" -> "Svetlana
    # Tikhanovskaya"); for a known country or city its English name ("Мінску" -> "Minsk"). ``name`` stays
    # as the article writes it (its normal form).
    key: str | None = None

    @property
    def start(self) -> int:
        return self.mentions[0].start if self.mentions else 0

    @property
    def end(self) -> int:
        return self.mentions[0].end if self.mentions else 0


@dataclass(slots=True)
class Quote:
    """Something a source said: quoted directly, in part, or reported ("said that ...")."""

    text: str  # the quoted words (without quote marks) or the reported clause
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    kind: QuoteKind
    speaker: str | None = None  # entity id within the article
    speaker_name: str | None = None  # canonical name of that entity, or the speaker phrase ("protesters")
    speaker_start: int | None = None  # where the attribution names the speaker ("she", "the Russian leader")
    speaker_end: int | None = None
    verb: str | None = None  # lemma of the speech verb ("say", "condemn")
    speaker_key: str | None = None  # language-neutral: the speaker's name in Latin letters (Entity.key)
    language: str | None = None  # ISO 639-1 of the words quoted (the article's language)
    # a reported clause that stands for words outside it ("there is no need for that yet"): shown alone it
    # cannot be read (crosswire.facts.anaphora)
    anaphoric: bool = False


@dataclass(slots=True)
class Figure:
    """A number that counts or measures something, normalised to a plain value or a range."""

    text: str  # the number phrase as written: "more than 500", "$1.5 billion", "tens of thousands"
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    type: FigureType
    value: float | int | None = None  # None for a range
    low: float | int | None = None
    high: float | int | None = None
    unit: str | None = None  # "year", "km", "percent"
    currency: str | None = None  # ISO 4217 when written with a symbol or name
    counted: str | None = None  # what is counted: "people arrested", "protesters detained", "loan"
    qualifier: str | None = None  # "more than", "nearly", "an estimated", "tens of"
    exact: bool = True
    place: str | None = None
    time: str | None = None  # ISO date when the sentence dates the figure
    attribution: str | None = None  # who gave it ("The Interior Ministry")
    attribution_entity: str | None = None  # entity id
    concept: str | None = None  # language-neutral: what is counted as a concept id ("boat"; data/concepts.toml)


@dataclass(slots=True)
class DateFact:
    """A date expression resolved against the article's publication date when it can be."""

    text: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    value: str | None  # ISO: "2020-09-14", "2020-08" (month), "2020" (year); None when unresolved
    granularity: str | None = None  # "day", "month", "year", "week"
    relative: bool = False  # resolved from the publication date ("Sunday", "last month")
    scheduled: bool = False  # after the publication day: an event still to come ("ahead of the Jan. 15 primary")
    # a day and month written without a year in an article with no publication date ("on 3 May", "am 3. Mai"):
    # ``value`` stays None (no year is made up), the day of the year is kept as ISO 8601's "--05-03" (month, day)
    month_day: str | None = None
    # the tense of the clause the date dates: "future" (a future, conditional or planned verb: "will meet on
    # Thursday", "se reunirá el miércoles", "spotka się w czwartek"), "past" (a past verb: "raised its rate on
    # Monday", "wurde am Montag beschlossen", "spotkali się w czwartek"), None (a present or no verb read). With
    # ``scheduled`` it tells a planned act from a done one on a day that is not after publication (a same-day
    # report, "meet today", states no act as done): :func:`crosswire.compare.claims.timeline.line_scheduled`
    tense: str | None = None


@dataclass(slots=True)
class Event:
    """The main action of a clause: who did what to whom, from the dependency parse."""

    verb: str  # lemma
    start: int  # span of the verb
    end: int
    sentence_start: int
    sentence_end: int
    subject: str | None = None
    subject_entity: str | None = None
    object: str | None = None
    object_entity: str | None = None
    negated: bool = False
    modal: str | None = None  # "would", "will", "may"
    text: str = ""  # the verb as written ("offered", "would provide")


ValueKind = Literal[
    "count", "money", "percent", "quantity", "duration", "age", "date", "time", "tally", "proportion", "rank"
]


@dataclass(slots=True)
class Value:
    """A typed value inside a claim, read so that two sources' values can be compared whatever their wording.

    ``value`` is the number in a unit every source shares: counts and amounts as numbers (money in
    ``unit``'s currency), percentages and proportions as a fraction of one ("a fifth" and "20 percent" are
    both 0.2), ages and durations in years, times of day in minutes after midnight, a vote tally or a score
    as the larger side's count (``low`` the smaller's), a rank as its ordinal, a date as its ISO string in
    ``text_value``. ``low``/``high`` bound a vague or ranged value ("tens of thousands": 10,000-99,999).
    """

    kind: ValueKind
    text: str  # as written: "more than 500", "7-to-4", "11 a.m.", "a fifth"
    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None  # currency code, "km", "minute"
    noun: str | None = None  # what is counted or ranked, as a term key ("boat", "rifle", "person")
    concept: str | None = None  # language-neutral: ``noun`` as a concept id, the same in every language
    holder: str | None = None  # the entity id the value belongs to (whose age, whose rank)
    qualifier: str | None = None  # "more than", "about", "up to"
    exact: bool = True
    text_value: str | None = None  # ISO date ("2020-09-13", "2020-09", "2004") for a date
    scheduled: bool = False  # a date or time still ahead when the article was written
    tense: str | None = None  # a date's clause tense: "future", "past" or None (:attr:`DateFact.tense`)
    verb: str | None = None  # lemma of the verb the value's phrase hangs from ("fall" of "two bombs fell")


@dataclass(slots=True)
class Claim:
    """What one body sentence asserts: its predicates and arguments, the entities it names, its typed
    values and who it is attributed to. The unit the comparison aligns across sources.

    ``start``/``end`` span the sentence (character offsets into the cleaned body, whitespace trimmed).
    ``terms`` are the sentence's content words as language-specific keys (lemma-like, lower case) and
    ``entities`` the ids of the entities it mentions (within the article; the comparison maps them to
    canonical ids across articles). ``predicates`` are the verb lemmas of its clauses, main clause first.
    """

    id: str  # "c12", unique within the article
    start: int
    end: int
    language: str = "en"
    predicates: list[str] = field(default_factory=list)
    negated: bool = False
    subject_entity: str | None = None
    object: str | None = None
    entities: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    values: list[Value] = field(default_factory=list)
    outcomes: list[str] = field(default_factory=list)  # outcome classes the sentence states ("resigned")
    speaker_entity: str | None = None  # when the sentence is a quote or reported speech
    quoted: bool = False  # the sentence is (or contains) someone's words, not the outlet's narration
    kind: Literal["body", "subheading"] = "body"


@dataclass(slots=True)
class ArticleFacts:
    """Everything the facts stage found in one article."""

    article: str
    language: str | None = None
    skipped: str | None = None
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    dates: list[DateFact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def entity(self, entity_id: str | None) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (what the store keeps): every field by name, records as dicts, lists copied; the same
        output as :func:`dataclasses.asdict`, built ten times faster (asdict deep-copies every value, and an
        article's claims hold thousands of them)."""
        d: dict[str, Any] = _plain(self)
        for e, ed in zip(self.entities, d["entities"], strict=True):
            ed["start"], ed["end"] = e.start, e.end
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ArticleFacts:
        """Rebuild from :meth:`to_dict` output (the JSON kept in the store)."""

        def build(kind: type, item: dict[str, Any]) -> Any:
            names = _field_names(kind)
            if names.issuperset(item):  # every key a field (the stored JSON of this version): passed as it is
                return kind(**item)
            return kind(**{k: v for k, v in item.items() if k in names})

        entities = []
        for ed in d.get("entities", []):
            e = build(Entity, ed)
            e.mentions = [build(Mention, m) for m in ed.get("mentions", [])]
            entities.append(e)
        return cls(
            article=d["article"],
            language=d.get("language"),
            skipped=d.get("skipped"),
            entities=entities,
            quotes=[build(Quote, q) for q in d.get("quotes", [])],
            figures=[build(Figure, f) for f in d.get("figures", [])],
            dates=[build(DateFact, x) for x in d.get("dates", [])],
            events=[build(Event, x) for x in d.get("events", [])],
            claims=[_claim(c, build) for c in d.get("claims", [])],
        )


def _claim(d: dict[str, Any], build: Any) -> Claim:
    claim: Claim = build(Claim, d)
    claim.values = [build(Value, v) for v in d.get("values", [])]
    return claim


_FIELDS: dict[type, tuple[str, ...]] = {}
_NAME_SETS: dict[type, frozenset[str]] = {}


def _field_names(kind: type) -> frozenset[str]:
    """The field names of dataclass ``kind``, read once per class (:func:`dataclasses.fields` builds a tuple on
    every call; :meth:`ArticleFacts.from_dict` asks once per record, some forty thousand times for 181 pages)."""
    names = _NAME_SETS.get(kind)
    if names is None:
        names = _NAME_SETS[kind] = frozenset(f.name for f in dataclasses.fields(kind))
    return names


def _plain(value: Any) -> Any:
    """A record as plain JSON data: dataclasses to dicts (fields in declaration order), lists copied."""
    cls = type(value)
    if cls in (str, int, float, bool) or value is None:
        return value
    if cls is list:
        return [_plain(v) for v in value]
    if cls is dict:
        return {k: _plain(v) for k, v in value.items()}
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(value))
    return {n: _plain(getattr(value, n)) for n in names}
