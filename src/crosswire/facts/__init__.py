"""The facts stage: entities with canonical names, quotes with speakers, figures, dates and events.

Entry points: :func:`extract_facts` (articles -> :class:`ArticleFacts`), :func:`update_store` (the same,
persisted), :func:`link_entities` (one canonical id per real-world entity across articles) and
``crosswire.facts.cli.facts_command``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crosswire.lazy import lazy_exports

# The package's names load on first use (PEP 562), so importing one light submodule (its records, say) does
# not load spaCy and the language models for every command that never uses them.
if TYPE_CHECKING:
    from crosswire.facts.linking import link_entities
    from crosswire.facts.records import ArticleFacts, DateFact, Entity, Event, Figure, Mention, Quote
    from crosswire.facts.stage import FACTS_VERSION, extract_facts, update_store

_LAZY = {
    "link_entities": "crosswire.facts.linking",
    "ArticleFacts": "crosswire.facts.records",
    "DateFact": "crosswire.facts.records",
    "Entity": "crosswire.facts.records",
    "Event": "crosswire.facts.records",
    "Figure": "crosswire.facts.records",
    "Mention": "crosswire.facts.records",
    "Quote": "crosswire.facts.records",
    "FACTS_VERSION": "crosswire.facts.stage",
    "extract_facts": "crosswire.facts.stage",
    "update_store": "crosswire.facts.stage",
}

__getattr__ = lazy_exports(__name__, _LAZY)


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
