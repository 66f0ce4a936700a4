"""The name index: a linked name's transliteration skeleton -> the words the articles write it with, so that a
search for one spelling finds the others ("Tikhanovskaya" finds "Тихановской" and "Tsikhanouskaya").

Full-text search (SQLite FTS5) matches the words of a body as written; a user types one spelling of a name in
one script. The facts stage already knows, per article, each person's, organisation's and place's mentions
(declined forms included: "Тихановской"); this module turns them into rows ``(skeleton, surface)`` the store
keeps (:meth:`crosswire.store.Store.put_names`), and turns a query into groups of alternative phrases. The
skeleton is :func:`crosswire.facts.name_skeleton.skeleton`, the form the cross-article linker compares names
in; no library maps a typed name to its spellings in other scripts.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

from crosswire.facts.name_skeleton import SKELETON_LANGUAGES, skeleton
from crosswire.facts.records import ArticleFacts

INDEXED_TYPES = ("person", "organisation", "place")
# A surface joins the key of a person's surname when both skeletons share a stem this long: declined forms
# keep the stem ("tihanovsk-a" / "tihanovsk-oi"), other words of the name do not.
MIN_STEM = 4
# At most this many spellings stand in for one name in a query (FTS5 ORs them; more adds noise, not recall).
MAX_SPELLINGS = 24
# A name in a query is at most this many words ("Svetlana Georgievna Tikhanovskaya").
MAX_NAME_WORDS = 4


def _stem_shared(a: str, b: str) -> bool:
    n = len(os.path.commonprefix([a, b]))  # noqa: RUF071 - the characters two words share, not paths
    return n >= MIN_STEM and n >= 0.6 * min(len(a), len(b))


def name_rows(facts: ArticleFacts) -> list[tuple[str, str]]:
    """Rows ``(skeleton, surface)`` for the article's people, organisations and places: each entity's full
    name and (people) surname, as skeletons in the article's language, against every name mention's text as the
    body writes it. A surname key takes only surfaces that share its stem (its declined forms, not the given
    name). Sorted, without duplicates."""
    rows: set[tuple[str, str]] = set()
    for ent in facts.entities:
        if ent.type not in INDEXED_TYPES:
            continue
        surfaces = {m.text.strip() for m in ent.mentions if m.kind in ("name", "surname")} | {ent.name.strip()}
        surfaces.discard("")
        full = skeleton(ent.name, facts.language)
        if full:
            rows.update((full, s) for s in surfaces)
        words = ent.name.split()
        if ent.type == "person" and len(words) > 1:
            last = skeleton(words[-1], facts.language)
            for s in surfaces:
                tail = skeleton(s.split()[-1], facts.language)
                if last and tail and _stem_shared(last, tail):
                    rows.add((last, s))
    return sorted(rows)


def query_keys(phrase: str) -> list[str]:
    """The skeletons a typed phrase may be stored under: without language rules and under each language's
    (a German "Schmidt" is stored by its German rules, typed by a user who applies none)."""
    keys = {skeleton(phrase)} | {skeleton(phrase, lang) for lang in SKELETON_LANGUAGES}
    keys.discard("")
    return sorted(keys)


def expand_query(words: list[str], spellings_of: Callable[[Iterable[str]], list[str]]) -> list[list[str]]:
    """The query as groups of alternative phrases, all groups required: a run of words that is a known name
    becomes one group holding it and its other spellings (longest runs first), every other word a group of
    itself. ``spellings_of(keys)`` gives the stored surfaces of skeleton keys (the store's name index).

    Example: ``["Tikhanovskaya", "protest"]`` -> ``[["Tikhanovskaya", "Тихановской", "Tsikhanouskaya"],
    ["protest"]]`` when the index holds those spellings."""
    groups: list[list[str]] = []
    i = 0
    while i < len(words):
        for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n])
            found = [s for s in spellings_of(query_keys(phrase)) if s.casefold() != phrase.casefold()]
            if found:
                groups.append([phrase, *found[: MAX_SPELLINGS - 1]])
                i += n
                break
        else:
            groups.append([words[i]])
            i += 1
    return groups
