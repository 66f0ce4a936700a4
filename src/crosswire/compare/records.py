"""Records of a story's comparison: what the compare stage produces, the store keeps and every renderer reads.

The contract is ``docs/compare-schema.md``, generated from this module by :mod:`crosswire.compare.schema` (the
field docstrings below are its text; a test fails when the document is out of date). Serialisation happens
once, at the edge: :meth:`Record.to_dict` writes each field under its own name, in declaration order (the
JSON key order of ``crosswire compare --json``), and each record's ``from_dict`` rebuilds it from that JSON.
Fields marked with :data:`OMIT_NONE` are left out of the JSON when they are None.

Offsets: every :class:`~crosswire.model.Evidence` span is in characters into the cleaned body of its article
(:attr:`crosswire.model.Article.body`). Source numbers (``sources``) are the ``n`` of :class:`Source`, the
citations ``[n]`` of every summary and brief sentence.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Self, TypeAlias

from crosswire.model import Evidence
from crosswire.stories.records import StoryArticle

OMIT_NONE: Mapping[str, bool] = {"omit_none": True}  # field metadata: no JSON key when the value is None

ConflictReason = Literal[
    "different value",
    "different scope",
    "different time",
    "vague vs precise",
    "different day",
    "different role",
    "different agent",
    "different outcome",
    "different meaning",
    "preliminary vs revised",
    "different place",
]
SaidKind = Literal["direct", "reported"]

_FIELD_TYPES: dict[type, dict[str, Any]] = {}  # record class -> its fields' resolved types


def _json(value: object) -> Any:
    if isinstance(value, Record | Evidence):
        return value.to_dict()
    if isinstance(value, list):
        return [_json(v) for v in value]
    return value


def _is_record(tp: object) -> bool:
    return isinstance(tp, type) and (issubclass(tp, Record) or tp is Evidence)


def _kind(cls: type) -> object:
    return next((f.default for f in dataclasses.fields(cls) if f.name == "kind"), None)


def _from_json(value: Any, tp: Any) -> Any:
    """A JSON value as the field type ``tp`` holds it: records rebuilt (items of a union by their ``kind``)."""
    if value is None:
        return None
    if _is_record(tp):
        return tp.from_dict(value)
    args = typing.get_args(tp)
    if typing.get_origin(tp) is list:
        return [_from_json(v, args[0]) for v in value]
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        records = [a for a in args if _is_record(a)]
        if len(records) > 1:
            return _from_json(value, next(r for r in records if _kind(r) == value["kind"]))
        return _from_json(value, records[0]) if records else value
    return value


@dataclass(slots=True, kw_only=True)
class Record:
    """Base of the comparison records: one :meth:`to_dict` and one :meth:`from_dict` for all, each key spelled
    as its field is."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: every field by name in declaration order, records and lists converted."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if value is None and f.metadata.get("omit_none"):
                continue
            out[f.name] = _json(value)
        return out

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Self:
        """Rebuild from :meth:`to_dict` output (the JSON the store keeps). An absent key takes the field's
        default; TypeError when a field without one is absent, StopIteration for an item of unknown ``kind``."""
        if cls not in _FIELD_TYPES:
            _FIELD_TYPES[cls] = typing.get_type_hints(cls)
        hints = _FIELD_TYPES[cls]
        return cls(
            **{f.name: _from_json(d[f.name], hints[f.name]) for f in dataclasses.fields(cls) if f.init and f.name in d}
        )


# -- the story's articles and its independent sources -------------------------------------------------------
@dataclass(slots=True, kw_only=True)
class ComparedArticle(Record):
    """One article of the compared story, with the independent source it belongs to."""

    id: str
    """The article's id in the store."""
    url: str | None = None
    """Where the article was published, when known."""
    outlet: str | None = None
    """The outlet that published it ("Pacific Courier")."""
    agency: str | None = None
    """The wire agency credited in it ("AP", "AFP"), when one is."""
    title: str | None = None
    """Its headline."""
    published: str | None = None
    """ISO 8601 publication date or datetime."""
    copy_of: str | None = None
    """The id of the article whose text this one syndicates (a wire copy within the story); null for an original."""
    source: int = 0
    """The number ``n`` of the independent source the article belongs to."""
    language: str | None = field(default=None, metadata=OMIT_NONE)
    """The article's language, ISO 639-1 ("ru"), as the cleaner identified it; absent when unknown."""
    name: str | None = field(default=None, metadata=OMIT_NONE)
    """With no outlet known, how a reader is shown the article's source: its address's domain or the file it
    was read from ("bws_wire.txt"); absent when the outlet is known."""

    @classmethod
    def of(cls, row: StoryArticle, source: int) -> ComparedArticle:
        """The story's article ``row`` as compared, in source ``source``."""
        return cls(
            id=row.id,
            url=row.url,
            outlet=row.outlet,
            agency=row.agency,
            title=row.title,
            published=row.published,
            copy_of=row.copy_of,
            source=source,
            language=row.language,
        )

    def row(self) -> StoryArticle:
        """The story's own record of this article (without its source number)."""
        return StoryArticle(
            id=self.id,
            url=self.url,
            outlet=self.outlet,
            agency=self.agency,
            title=self.title,
            published=self.published,
            copy_of=self.copy_of,
            language=self.language,
        )


@dataclass(slots=True, kw_only=True)
class Source(Record):
    """An independent source: wire copies and same-agency articles collapsed, other articles grouped by outlet."""

    n: int
    """The source's number, 1.. by first publication: the citation ``[n]``."""
    label: str
    """How the source is named to a reader: its outlets and agency ("The Daily Lantern, Pacific Courier / MPA")."""
    outlets: list[str] = field(default_factory=list)
    """The outlets whose articles belong to the source, by first publication."""
    agency: str | None = None
    """The wire agency the source's articles credit, when one does."""
    articles: list[str] = field(default_factory=list)
    """The ids of the source's articles, by publication."""


# -- items: agreed, conflicting, single-source --------------------------------------------------------------
@dataclass(slots=True, kw_only=True)
class FigureSlot(Record):
    """What a figure counts, where and when: figures of two sources are compared only within one slot."""

    counted: str
    """What is counted, as a reader would say it: "people detained", "earthquake magnitude"."""
    place: str | None = None
    """The place the figures apply to ("Minsk"), when every source gives the same one."""
    time: str | None = None
    """The ISO date (or month, or year) the figures are dated to, when a sentence dates one."""
    unit: str | None = None
    """The unit of a quantity ("km")."""
    currency: str | None = None
    """The ISO 4217 currency of a sum of money ("USD")."""


@dataclass(slots=True, kw_only=True)
class FigureValue(Record):
    """One value of a figure item as the sources wrote it (one entry per wording, or per side of a conflict)."""

    text: str
    """The figure as written ("more than 500", "$2.3bn")."""
    value: float | None = None
    """The number, when the text states one exactly (not a bound, not a vague estimate)."""
    low: float | None = None
    """The lowest number the text allows, when it has a lower bound."""
    high: float | None = None
    """The highest number the text allows, when it has an upper bound (null for "more than 500")."""
    qualifier: str | None = None
    """The words that qualify the number ("more than", "an estimated"), when any do."""
    exact: bool = True
    """Whether the text states the number exactly."""
    sources: list[int] = field(default_factory=list)
    """The sources that give this value."""
    evidence: list[Evidence] = field(default_factory=list)
    """The sentences that give it, verbatim."""


@dataclass(slots=True, kw_only=True)
class ConflictSide(Record):
    """One side of a conflict: the sources that agree with one another and disagree with the other side(s)."""

    label: str
    """The side's figure as written, with its place when it has one ("more than 500 (Minsk)")."""
    sources: list[int] = field(default_factory=list)
    """The sources on this side."""
    evidence: list[Evidence] = field(default_factory=list)
    """Their sentences, verbatim."""


@dataclass(slots=True, kw_only=True)
class FigureItem(Record):
    """Figures of one slot: agreed by two or more sources, or given by one source only."""

    kind: Literal["figure"] = field(default="figure", init=False)
    """The item kind: ``"figure"``."""
    summary: str
    """One line with citations: "People injured (Zarovsk): 40 [1][2]"."""
    sources: list[int]
    """Every source the item cites, ascending."""
    evidence: list[Evidence]
    """Every sentence behind the item, verbatim (wire copies of one sentence each appear)."""
    slot: FigureSlot
    """What the figures count, where and when."""
    values: list[FigureValue]
    """The values: one per distinct wording (agreed, single-source) or one per side (conflicts)."""


@dataclass(slots=True, kw_only=True)
class FigureConflict(FigureItem):
    """Figures of one slot that sources give incompatibly: each side's sources agree, the sides do not."""

    reason: ConflictReason
    """Why the sides differ: ``"different value"``, ``"different scope"`` (different areas), ``"different
    time"`` (a running toll reported on different days) or ``"vague vs precise"`` (a figure's conflicts use
    these four)."""
    explanation: str
    """The reason in one sentence, with the sides and their citations."""
    sides: list[ConflictSide]
    """The sides, by their lowest source number."""


@dataclass(slots=True, kw_only=True)
class QuoteItem(Record):
    """A quotation: the same words from two or more sources (agreed), or a direct quote only one source has."""

    kind: Literal["quote"] = field(default="quote", init=False)
    """The item kind: ``"quote"``."""
    summary: str
    """The speaker and the quoted words: 'Anatoliy Verbytsky: "We will rebuild..."'."""
    sources: list[int]
    """The sources that carry the quotation."""
    evidence: list[Evidence]
    """The sentences that carry it, verbatim."""
    speaker: str
    """Who is quoted, by the fullest name the story gives."""


@dataclass(slots=True, kw_only=True)
class EventItem(Record):
    """An event ("who did what to whom") that two or more sources report, or a notable one only one source does."""

    kind: Literal["event"] = field(default="event", init=False)
    """The item kind: ``"event"``."""
    summary: str
    """The first source's sentence, verbatim."""
    sources: list[int]
    """The sources that report the event."""
    evidence: list[Evidence]
    """One sentence per source, verbatim."""
    action: str | None = field(default=None, metadata=OMIT_NONE)
    """Who did what to whom, from the parse ("Karovia approved aid"); absent on single-source events."""


@dataclass(slots=True, kw_only=True)
class ClaimItem(Record):
    """A claim two or more sources state (agreed: their sentences aligned across sources), or a notable claim
    no other source's sentence states (single-source)."""

    kind: Literal["claim"] = field(default="claim", init=False)
    """The item kind: ``"claim"``."""
    summary: str
    """The first source's sentence, verbatim."""
    sources: list[int]
    """The sources whose own sentence states the claim."""
    evidence: list[Evidence]
    """One sentence per source, verbatim; each cited source has its own."""
    score: float = 1.0
    """How sure the alignment is that the sentences state a claim in common (0-1); 1 for a single source."""
    shared: list[str] = field(default_factory=list)
    """What the sentences share, as the first source writes it: names and values ("Julian Assange", "$1.5
    billion"), and the value of a figure item folded into the claim because every source of the claim
    states it ("up to 50,000")."""


@dataclass(slots=True, kw_only=True)
class RoleItem(Record):
    """One named person's role or title that two or more sources give alike ("Oskar Helle: mine safety
    director"), whatever else their sentences say: agreed only (a role one source alone gives is no item)."""

    kind: Literal["role"] = field(default="role", init=False)
    """The item kind: ``"role"``."""
    summary: str
    """What the sources agree on, not a sentence of theirs: the person's name and the role as the first source
    writes them ("Oskar Helle: mine safety director")."""
    sources: list[int]
    """The sources that give the person the role."""
    evidence: list[Evidence]
    """One span per source, verbatim: the words of that source's first sentence giving the role, from the role
    to the name or the name to the role ("Mine safety director Oskar Helle", "Oskar Helle, the mine safety
    director"), never the rest of the sentence (what else it says is not agreed)."""
    person: str
    """The person, by the fullest name the first source gives."""
    role: str
    """The role as the first source writes it ("mine safety director", "former mayor"); for a title the facts
    stage reads no role in, the one of fewest words whose words every cited source writes ("former heavyweight
    champion" beside "former 2-Time Heavyweight Champion")."""


@dataclass(slots=True, kw_only=True)
class ClaimConflict(Record):
    """One claim that sources state with values that cannot all be true of the same thing."""

    kind: Literal["claim"] = field(default="claim", init=False)
    """The item kind: ``"claim"``."""
    summary: str
    """One sentence: what is measured, each side's value and its citations."""
    sources: list[int]
    """Every source on any side."""
    evidence: list[Evidence]
    """Every side's sentences, verbatim."""
    measure: str
    """What the values measure ("boats", "age of Julian Assange", "day")."""
    reason: ConflictReason
    """Why the sides differ: ``"different value"``, ``"vague vs precise"``, ``"different scope"`` (the
    sentences name different places), ``"different time"`` (different times of day for one event: "10:40" /
    "11:15"), ``"different day"`` (the event is placed on different days), ``"different role"``, ``"different
    agent"`` (different doers of one act: "a security guard" / "a neighbour" raised the alarm), ``"different
    outcome"`` ("resigned" / "dismissed") or ``"different meaning"`` (one speaker's statement quoted by sources
    saying different things: "We will not put a single passenger at risk" / "Nie możemy wykluczyć ryzyka dla
    pasażerów", we cannot rule out a risk to passengers; measured as "what <speaker> said") or ``"different
    place"`` (one act placed at two places of a kind: "the Regional Court in Velmora" / "Das Landgericht
    Drestow", measured as "court's place", "hospital town", "border crossing")."""
    explanation: str
    """The reason in words, for a reader."""
    sides: list[ConflictSide]
    """Each incompatible value with the sources that give it."""


Item: TypeAlias = FigureItem | QuoteItem | EventItem | ClaimItem | RoleItem
"""An agreed or single-source item; ``kind`` tells which."""
Conflict: TypeAlias = FigureConflict | ClaimConflict
"""A conflict; ``kind`` tells which."""


# -- variants, quotations, timeline, brief ------------------------------------------------------------------
@dataclass(slots=True, kw_only=True)
class Spelling(Record):
    """One way the sources write a name."""

    text: str
    """The name as written."""
    sources: list[int] = field(default_factory=list)
    """The sources that write it so."""
    evidence: list[Evidence] = field(default_factory=list)
    """Up to three sentences that write it so, verbatim."""


@dataclass(slots=True, kw_only=True)
class NameVariant(Record):
    """One person whose name sources spell differently (Tikhanovskaya / Tsikhanouskaya)."""

    entity: str
    """The name the story links the spellings under."""
    type: str = "person"
    """The entity type (``"person"``)."""
    spellings: list[Spelling] = field(default_factory=list)
    """The spellings, by their lowest source number."""
    evidence: list[Evidence] = field(default_factory=list)
    """The first sentence of each spelling, verbatim."""


@dataclass(slots=True, kw_only=True)
class VariantQuote(Record):
    """One wording of a statement that sources quote differently."""

    text: str
    """The quoted words (direct) or the reported clause, in the language the source prints them in."""
    sources: list[int] = field(default_factory=list)
    """The source that quotes it so."""
    evidence: list[Evidence] = field(default_factory=list)
    """Its sentences, verbatim."""
    language: str | None = field(default=None, metadata=OMIT_NONE)
    """The language of the wording, ISO 639-1 (its article's); absent when unknown."""
    quoted: bool = True
    """Whether the source prints these words in quotation marks (its speaker's own words); false for reported
    speech, the outlet's paraphrase, which is never shown in quotation marks."""


@dataclass(slots=True, kw_only=True)
class QuoteVariant(Record):
    """One statement quoted in other words by two or more sources: translations of one sentence (into other
    languages too: the original and its translations, each in its own language), or one language's rewordings.
    Its wordings say one thing: a wording of the statement that says something else is a side of the quote
    conflict on what the speaker said (a ``ClaimConflict``, reason ``"different meaning"``), not a wording here."""

    speaker: str
    """Who made the statement."""
    similarity: float = 0.0
    """The lowest cosine similarity of sentence embeddings that links a wording to the statement, rounded to
    3 decimals (0 when every link is by shared names and numbers)."""
    quotes: list[VariantQuote] = field(default_factory=list)
    """The wordings, by source number."""
    evidence: list[Evidence] = field(default_factory=list)
    """Every sentence of every wording, verbatim."""
    not_compared: list[VariantQuote] = field(default_factory=list)
    """Quotations of the same speaker, in a language the sentence encoder does not cover (Ukrainian,
    Belarusian), that share no name or number with the statement: shown beside it, not compared with it."""


@dataclass(slots=True, kw_only=True)
class SaidQuote(Record):
    """One quotation of a speaker, as one or more sources print it (a partial quote repeating another source's
    direct quote of the same speaker is the same quotation)."""

    text: str
    """The quoted words (direct) or the reported clause."""
    kind: SaidKind = "direct"
    """``"direct"`` (in quotation marks) or ``"reported"`` (said that ...)."""
    sources: list[int] = field(default_factory=list)
    """The sources that carry it, each with its own sentence among the evidence."""
    evidence: list[Evidence] = field(default_factory=list)
    """Its sentences, verbatim (every copy in each source)."""
    language: str | None = field(default=None, metadata=OMIT_NONE)
    """The language of the quotation, ISO 639-1 (its article's); absent when unknown."""


@dataclass(slots=True, kw_only=True)
class SpeakerQuotes(Record):
    """A row of "who said what": one speaker and every quotation of them, by source."""

    speaker: str
    """The speaker, by the fullest name the story gives."""
    quotes: list[SaidQuote] = field(default_factory=list)
    """The speaker's quotations, by source number."""


@dataclass(slots=True, kw_only=True)
class TimelineLine(Record):
    """One dated claim of the story's timeline."""

    date: str
    """The day, ISO 8601 (YYYY-MM-DD), of the act the sentence states: a day of an act told as background
    ("had left ... late on Friday night ... when it left the road") dates no line. A wire story and its
    re-run are one line."""
    text: str
    """What happened: the sentence that dates it (cut at 240 characters)."""
    sources: list[int] = field(default_factory=list)
    """The sources whose own sentence states what happened (aligned as one claim)."""
    evidence: list[Evidence] = field(default_factory=list)
    """Each cited source's sentence, verbatim."""
    scheduled: bool = False
    """The day was still ahead when the article was written: a scheduled event, not a past one."""


@dataclass(slots=True, kw_only=True)
class BriefSentence(Record):
    """One sentence of the cited brief; it ends with its citations (``... [1][3].``)."""

    text: str
    """The sentence with its citations."""
    sources: list[int] = field(default_factory=list)
    """The sources it cites, ascending (exactly the ``[n]`` in ``text``)."""
    evidence: list[Evidence] = field(default_factory=list)
    """The sentences that back it: for every cited source, at least one sentence of that source's own
    articles (a source is never cited for another's words)."""


@dataclass(slots=True, kw_only=True)
class LeftSentence(Record):
    """A body sentence of one source that is in no agreed, conflicting or single-source item, with why: shown so
    that nothing an article states leaves the comparison unsaid (a sentence another source's sentence relates to,
    but not closely enough to call it agreed, was in no section at all)."""

    kind: Literal["left"] = field(default="left", init=False)
    """The item kind: ``"left"``."""
    summary: str
    """The sentence, verbatim."""
    sources: list[int]
    """The source whose sentence it is (one)."""
    evidence: list[Evidence]
    """The sentence, verbatim (with its copy in a re-run of the same wire story, when there is one)."""
    reason: str
    """Why it is in no item, for a reader: "partly matches [3], not closely enough to be agreed", or "no
    other source relates to it; not listed as a fact of its own"."""
    nearest: list[Evidence] = field(default_factory=list)
    """The other source's sentence that comes nearest it, verbatim, when one relates to it (the partial match)."""
    nearest_sources: list[int] = field(default_factory=list)
    """The source of that sentence."""


@dataclass(slots=True, kw_only=True)
class Stats(Record):
    """How much the comparison holds."""

    articles: int = 0
    """Articles compared."""
    sources: int = 0
    """Independent sources among them."""
    agreed: int = 0
    """Agreed items."""
    conflicts: int = 0
    """Conflicts."""
    single_source: int = 0
    """Single-source items."""


@dataclass(slots=True, kw_only=True)
class UnreadArticle(Record):
    """An article of the story whose facts could not be read, so nothing it says is compared."""

    article: str
    """The article's id."""
    source: int
    """The number ``n`` of its source."""
    outlet: str | None = None
    """Its outlet."""
    language: str | None = None
    """Its language, ISO 639-1, when known."""
    reason: str
    """Why its facts could not be read, as the facts stage gives it ("language 'ru': facts need an English
    model"; "no facts stored")."""


# -- the comparison -----------------------------------------------------------------------------------------
@dataclass(slots=True, kw_only=True)
class Comparison(Record):
    """What a story's independent sources agree on, where they conflict and what only one of them reports."""

    id: str | None
    """The story id (null for an ad hoc set of articles compared as one story)."""
    title: str | None = None
    """The story's title (else its first article's)."""
    first_seen: str | None = None
    """The story's first day (else its earliest article's), ISO 8601."""
    last_seen: str | None = None
    """The story's last day (else its latest article's), ISO 8601."""
    articles: list[ComparedArticle] = field(default_factory=list)
    """The compared articles, in the story's order."""
    sources: list[Source] = field(default_factory=list)
    """The independent sources, by number."""
    agreed: list[Item] = field(default_factory=list)
    """Facts two or more independent sources report alike: figures, then quotes, then events and claims, then
    the roles of named people."""
    conflicts: list[Conflict] = field(default_factory=list)
    """Figures and claims the sources give incompatibly."""
    single_source: list[Item] = field(default_factory=list)
    """Notable facts only one source reports: figures, then direct quotes, then events (in any language: a
    sentence giving a value no other source gives, or naming a person or organisation no other source names,
    to which no other source's sentence is related)."""
    unmatched: list[LeftSentence] = field(default_factory=list)
    """Every other body sentence of the sources that states something (six words or more), in no item above,
    with why: a partial match with another source's sentence, or no relation to any."""
    name_variants: list[NameVariant] = field(default_factory=list)
    """Names the sources spell differently."""
    quote_variants: list[QuoteVariant] = field(default_factory=list)
    """Statements the sources quote in other words."""
    who_said_what: list[SpeakerQuotes] = field(default_factory=list)
    """Quotations by speaker, most quoted first."""
    timeline: list[TimelineLine] = field(default_factory=list)
    """Dated events, one line per day, in date order."""
    brief: list[BriefSentence] = field(default_factory=list)
    """The cited brief: a short account built from the items above, each sentence ending with its citations."""
    unread: list[UnreadArticle] = field(default_factory=list)
    """Every article whose facts could not be read, with why: its source is listed but nothing it says is
    compared (a source all of whose articles are here is a source in name only)."""
    stats: Stats = field(default_factory=Stats)
    """Counts of the above."""
    fingerprint: str | None = field(default=None, metadata=OMIT_NONE)
    """Digest of the compared article ids and the compare and facts versions: a stored comparison whose
    fingerprint differs from its story's is stale. Absent from a story shown without its comparison."""
    compare: Literal["unavailable"] | None = field(default=None, metadata=OMIT_NONE)
    """``"unavailable"`` when the comparison could not be computed and the story's articles are shown alone
    (every list but ``articles`` and ``sources`` empty); absent otherwise."""

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Self:
        """Rebuild from :meth:`to_dict` output; absent lists are empty, and absent stats are counted."""
        comparison = super(Comparison, cls).from_dict(d)
        if not d.get("stats"):
            comparison.stats = comparison.counted()
        return comparison

    def counted(self) -> Stats:
        """The stats of the lists as they are."""
        return Stats(
            articles=len(self.articles),
            sources=len(self.sources),
            agreed=len(self.agreed),
            conflicts=len(self.conflicts),
            single_source=len(self.single_source),
        )
