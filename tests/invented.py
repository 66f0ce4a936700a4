"""Helpers shared by tests over invented text: the facts of one article (or one paragraph) in one language, and
the opening sentence of an invented chemical-plant explosion (Korvane, in Varena) in six languages."""

from __future__ import annotations

from crosswire.facts.records import ArticleFacts
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
