"""Story order and display names that do not depend on the order the articles came in.

A comparison reads its articles one after another (a wire copy's sentence is held by the first article that
has it; the first member of a person group names the group), so the order the user gave the files in showed
through: the re-run copy's sentence cited for the wire, "Томаш Врона" heading an English report. Here the
articles are put in an order their own data gives (the report's language first, source, originals before
their copies, publication time, id), and each person is shown under the name a stable rule picks from how
the sources write it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence

from crosswire.compare.align import ArticleRow
from crosswire.facts.records import ArticleFacts
from crosswire.vocab.calendar import published_order

REPORT_LANGUAGE = "en"  # the language the reports are written in: its sources' wordings lead a label


def story_order(rows: Sequence[ArticleRow], source_of: Mapping[str, int]) -> list[ArticleRow]:
    """``rows`` in the report's language first (their wordings lead a side's label: "mine director /
    dyrektor kopalni"), then by source number, each source's originals before its copies, then by publication time
    (:func:`crosswire.vocab.calendar.published_order`), then by article id. Input: the story's articles in any
    order and article id -> source number (:func:`crosswire.compare.align.build_sources`). Output: a new list;
    an article with no source number goes last. Raises nothing."""
    last = len(source_of) + 1
    return sorted(
        rows,
        key=lambda r: (
            r.language != REPORT_LANGUAGE,
            source_of.get(r.id, last),
            r.copy_of is not None,
            published_order(r.published),
            r.id,
        ),
    )


def is_latin(name: str) -> bool:
    """Whether every letter of ``name`` is a Latin letter (accented ones included: "Paweł", "Dmitró")."""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)


def stable_names(
    canonical: Mapping[tuple[str, str], str], facts: Mapping[str, ArticleFacts], source_of: Mapping[str, int]
) -> dict[tuple[str, str], str]:
    """``canonical`` (article id, entity id) -> "person:<name>" with each person shown under a name picked by
    a rule that the order of the articles cannot change: among the full names (as many words as the most
    words any member has) its members are written under, the one the most sources write, then one in Latin
    script (the reports are written in English), then the one of the earliest-published source, then the
    first in code-point order. Ids of other entity types are kept. A person is renamed only when no other
    entity already has the new id (two people never become one). Input: the ids of
    :func:`crosswire.facts.linking.link_entities`, the facts by article id, article id -> source number.
    Output: a new mapping. Raises nothing."""
    names: dict[str, dict[str, set[int]]] = {}
    for (article, eid), cid in canonical.items():
        if not cid.startswith("person:") or article not in facts or article not in source_of:
            continue
        entity = next((e for e in facts[article].entities if e.id == eid), None)
        if entity is not None and entity.name.strip():
            name = " ".join(entity.name.split())
            names.setdefault(cid, {}).setdefault(name, set()).add(source_of[article])
    taken = set(canonical.values())
    rename: dict[str, str] = {}
    for cid, written in sorted(names.items()):
        most = max(len(n.split()) for n in written)
        full = {n: srcs for n, srcs in written.items() if len(n.split()) == most}
        best = min(full, key=lambda n: (-len(full[n]), not is_latin(n), min(full[n]), n))
        new = "person:" + best
        if new != cid and new not in taken:
            rename[cid] = new
            taken.add(new)
    return {key: rename.get(cid, cid) for key, cid in canonical.items()}


def name_key(cid: str) -> str:
    """A canonical entity id as the thing it names, whatever type the entity model gave it: a person keeps
    their id, any other entity is its name case-folded (``"place:Dorvale"`` and ``"organisation:Dorvale"`` ->
    ``"dorvale"``). Why: the small English model types one name by its context ("Dorvale is the third-largest
    port" GPE, "Dorvale's new quay" ORG), so two outlets' sentences on one town named no entity in common and
    their values were never compared. Used only where a comparison asks whether two sentences speak of one
    thing (a conflict's sides, the subject of an act or outcome), not in the pair scorer's features, whose
    weights were fitted on the typed ids. Input: an id ``"<type>:<name>"``; output: a string key."""
    etype, _, name = cid.partition(":")
    return cid if etype == "person" or not name else name.casefold()


def name_keys(ids: frozenset[str]) -> frozenset[str]:
    """:func:`name_key` of every id."""
    return frozenset(name_key(c) for c in ids)
