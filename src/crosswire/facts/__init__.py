"""The facts stage: entities with canonical names, quotes with speakers, figures, dates and events.

Entry points: :func:`extract_facts` (articles -> :class:`ArticleFacts`), :func:`update_store` (the same,
persisted), :func:`link_entities` (one canonical id per real-world entity across articles) and
``crosswire.facts.cli.facts_command``.
"""

from crosswire.facts.linking import link_entities
from crosswire.facts.records import ArticleFacts, DateFact, Entity, Event, Figure, Mention, Quote
from crosswire.facts.stage import FACTS_VERSION, extract_facts, update_store

__all__ = [
    "FACTS_VERSION",
    "ArticleFacts",
    "DateFact",
    "Entity",
    "Event",
    "Figure",
    "Mention",
    "Quote",
    "extract_facts",
    "link_entities",
    "update_store",
]
