"""Helpers shared by tests over invented text: the facts of one article (or one paragraph) in one language, the
opening sentence of an invented chemical-plant explosion (Korvane, in Varena) in six languages, and two plain-text
pages with no outlet line on an invented silo collapse (Marrow Quay, in Dunfirth)."""

from __future__ import annotations

from crosswire.compare.claims.units import Unit
from crosswire.facts.records import ArticleFacts, Claim, Value
from crosswire.facts.stage import extract_facts
from crosswire.model import Article, Block

# The Korvane explosion's lead, one per language: a story to hang figures on.
KORVANE_LEAD = {
    "en": "An explosion tore through the Korvane chemical plant in Varena on Tuesday.",
    "es": "Una explosión sacudió el martes la planta química Korvane en Varena.",
    "fr": "Une explosion a frappé mardi l'usine chimique Korvane à Varena.",
    "de": "Eine Explosion hat am Dienstag das Chemiewerk Korvane in Varena erschüttert.",
    "ru": "Во вторник на химическом заводе «Корване» в Варене произошёл взрыв.",
    "pl": "We wtorek w zakładach chemicznych Korvane w Varenie doszło do wybuchu.",
}

# Two plain-text pages (file name -> a headline line, then paragraphs) of one event, neither naming its outlet; the
# file names hold an underscore, which Markdown escapes.
SILO_PAGES = {
    "quay_wire.txt": "Grain silo collapses at Marrow Quay\n\nA grain silo collapsed at Marrow Quay in Dunfirth on "
    "Monday morning, spilling about 1,500 tonnes of wheat into the harbour, the port authority said.\n\nNo one "
    "was hurt. The harbour was closed to shipping while divers checked the berth.\n",
    "harbour_notes.txt": "Dunfirth harbour shut after silo falls\n\nThe port authority closed Dunfirth harbour "
    "on Monday after a grain silo at Marrow Quay collapsed, pouring some 1,500 tonnes of wheat into the "
    "water.\n\nNobody was injured, the authority said. The silo was built in 1968.\n",
}


def article_facts(language: str, *paragraphs: str, published: str) -> ArticleFacts:
    """The facts stage's output for one article in ``language`` (ISO 639-1) whose body is ``paragraphs`` (one
    paragraph block each, in order), published on ``published`` (ISO 8601 day)."""
    article = Article(
        id=language,
        source=language,
        content_hash=language + "\n\n".join(paragraphs),
        language=language,
        published=published,
        blocks=[Block("paragraph", p) for p in paragraphs],
    )
    return extract_facts([article])[0]


def paragraph_facts(language: str, text: str, published: str) -> ArticleFacts:
    """The facts stage's output for one article whose body is the paragraph ``text`` in ``language``
    (ISO 639-1), published on ``published`` (ISO 8601 day)."""
    return article_facts(language, text, published=published)


def count_value(text: str, word: str, value: float, noun: str, concept: str | None = None) -> Value:
    """A count as the facts stage reads one: ``word`` (its first occurrence in ``text``) counting ``value`` of
    ``noun`` (and ``concept``), with offsets into ``text``."""
    at = text.index(word)
    return Value(kind="count", text=word, start=at, end=at + len(word), value=value, noun=noun, concept=concept)


def claim_unit(index: int, source: int, text: str, language: str, values: list[Value]) -> Unit:
    """A claim unit of one whole sentence ``text`` of source ``source``, giving ``values`` (offsets into ``text``),
    for the comparison's readers that take units."""
    claim = Claim(id=f"c{index}", start=0, end=len(text), language=language, values=values)
    return Unit(index=index, source=source, article=f"a{index}", claim=claim, text=text, position=0.5)
