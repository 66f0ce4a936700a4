"""The place a dateline names is a place: "MARVENNA, Estaria (Northgate Wire) — ..." or "МАРВЕННА, 29 ноября
— ..." opens the body with a name in capitals that the entity readers, seeing an unknown word in capitals at the
start of a paragraph, type a person or an organisation (a new user's wildfire trial: ``person MARVENNA``,
``organisation МАРВЕННА``). The cleaner has read the dateline already (``Article.dateline``); an entity named
as it, in any case, is retyped a place here, after extraction, in every language."""

from __future__ import annotations

from crosswire.facts.records import Entity


def retype_dateline_place(entities: list[Entity], dateline: str | None) -> bool:
    """Make the ``entities`` whose name is the dateline's place (its part before a comma, compared case-folded)
    places; changes them in place and says whether any changed. A dateline whose place is no word (None, "")
    changes nothing."""
    place = (dateline or "").split(",")[0].strip().casefold()
    if not place or not any(c.isalpha() for c in place):
        return False
    changed = False
    for entity in entities:
        if entity.type != "place" and entity.name.strip().casefold() == place:
            entity.type, changed = "place", True
    return changed
