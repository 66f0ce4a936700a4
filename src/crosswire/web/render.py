"""Shapes the comparison JSON for the story page: item ids, evidence spans cut into highlightable segments.

Why by hand: the reading view must mark exact character spans (``Ev.start``/``Ev.end`` into the cleaned body)
that may overlap, and must escape everything around them. No template or highlighting library works on
given offsets; the segmentation here returns plain text pieces and the template (autoescape on) escapes them.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

# Item lists of the comparison that carry evidence, in the order the story page shows them.
SECTIONS = ("conflicts", "agreed", "single_source", "name_variants", "quote_variants", "timeline")

_CITATION = re.compile(r"\[(\d+)\]")


@dataclass(slots=True)
class Segment:
    text: str
    items: list[str] = field(default_factory=list)  # item ids whose evidence covers this text
    sides: list[str] = field(default_factory=list)  # "<item>:s<n>" for conflict sides


def _evidence_of(section: str, item: dict[str, Any]) -> list[tuple[dict[str, Any], str | None]]:
    """(Ev, side token suffix) pairs of one item; conflict sides get ``s0``, ``s1``..."""
    out: list[tuple[dict[str, Any], str | None]] = [(ev, None) for ev in item.get("evidence") or []]
    if section == "conflicts":
        for n, side in enumerate(item.get("sides") or []):
            out.extend((ev, f"s{n}") for ev in side.get("evidence") or [])
    for key in ("spellings", "quotes"):
        for sub in item.get(key) or []:
            out.extend((ev, None) for ev in sub.get("evidence") or [])
    return out


def locate(body: str, ev: dict[str, Any]) -> tuple[int, int] | None:
    """The span of an evidence sentence in ``body``: its offsets when they hold, else its text if unique."""
    start, end, text = ev.get("start"), ev.get("end"), ev.get("text") or ""
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(body):
        if not text or body[start:end] == text:
            return start, end
    if text and body.count(text) == 1:
        i = body.find(text)
        return i, i + len(text)
    return None


def item_ids(comparison: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Adds ``_id`` (``conflicts-0``...) to every item in :data:`SECTIONS`; returns the items by section."""
    out: dict[str, list[dict[str, Any]]] = {}
    for section in SECTIONS:
        items = []
        for n, item in enumerate(comparison.get(section) or []):
            item = dict(item)
            item["_id"] = f"{section}-{n}"
            items.append(item)
        out[section] = items
    return out


def segments(body: str, spans: list[tuple[int, int, str, str | None]]) -> list[Segment]:
    """Cut ``body`` at every span boundary; each piece lists the items (and conflict sides) covering it."""
    cuts = {0, len(body)}
    for start, end, _, _ in spans:
        cuts.update((start, end))
    points = sorted(cuts)
    out: list[Segment] = []
    for a, b in itertools.pairwise(points):
        if a == b:
            continue
        covering = [(item, side) for start, end, item, side in spans if start <= a and b <= end]
        items = list(dict.fromkeys(item for item, _ in covering))
        sides = list(dict.fromkeys(f"{item}:{side}" for item, side in covering if side))
        out.append(Segment(body[a:b], items, sides))
    return out


def reading_view(
    comparison: dict[str, Any], sections: dict[str, list[dict[str, Any]]], bodies: dict[str, str]
) -> list[dict[str, Any]]:
    """One column per article: metadata and its body as segments marked with the items they support."""
    spans: dict[str, list[tuple[int, int, str, str | None]]] = {aid: [] for aid in bodies}
    for section, items in sections.items():
        for item in items:
            for ev, side in _evidence_of(section, item):
                aid = ev.get("article")
                if aid not in bodies:
                    continue
                where = locate(bodies[aid], ev)
                if where is not None:
                    spans[aid].append((where[0], where[1], item["_id"], side))
    columns = []
    arts = comparison.get("articles") or []
    # Columns in citation order ([1], [1], [2], ...), ingest order within a source.
    order = sorted(range(len(arts)), key=lambda i: (arts[i].get("source") or 0, i))
    for art in (arts[i] for i in order):
        aid = art.get("id")
        if aid not in bodies:
            continue
        columns.append({"article": art, "segments": segments(bodies[aid], spans[aid])})
    return columns


def cited(text: str) -> list[dict[str, Any]]:
    """A brief sentence split into text and ``[n]`` citation parts, so the template can link each citation."""
    parts: list[dict[str, Any]] = []
    pos = 0
    for m in _CITATION.finditer(text):
        if m.start() > pos:
            parts.append({"text": text[pos : m.start()]})
        parts.append({"cite": int(m.group(1))})
        pos = m.end()
    if pos < len(text):
        parts.append({"text": text[pos:]})
    return parts
