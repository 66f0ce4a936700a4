"""Quotations rendered with opposite meanings by different sources: one conflict per statement.

A governor's "The worst is behind us" rendered by a Russian outlet as «Худшее ещё впереди» (the worst is still
ahead) is one statement told two ways, which cannot both be what he said (a new user's wildfire story cited the
Russian sentence under the others' agreement). :func:`crosswire.compare.quote_meaning.opposite_outcomes` reads the
opposition, in each sentence's own language (``data/quote_meanings.toml``: an outcome denied and stated, or two
poles of one direction or time: behind / ahead, over / not over, rising / falling, before / after);
:func:`.align.contradict` keeps such sentences out of one agreement, and this module sets them against each other.

Which sentences are compared: two quoting sentences (``claim.quoted``, each printing words in quotation marks,
which alone are read: :func:`quoted_words`) of two sources that the aligner links
(a candidate pair scored at ``bar`` or more, or a translation, :func:`.align.translated`) or that are each other's
stand-out nearest across languages (:func:`.dissent.stand_out_pairs`). Each side is widened by the sentences a pair
at ``bar`` links to it that read the same pole ("Das Schlimmste haben wir hinter uns" joins "The worst is behind
us"). A source on both sides (a change told) is no conflict.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.pairs import Pair
from crosswire.compare.claims.units import Unit
from crosswire.compare.quote_meaning import opposite_outcomes, outcomes, poles, ruled_apart, sentence_pairs
from crosswire.compare.records import ClaimConflict

_QUOTED = re.compile(r'["“„«]([^"“”„«»]{3,})["”“»]')


@lru_cache(maxsize=1 << 14)
def quoted_words(text: str) -> str:
    """The words a sentence prints in quotation marks, of any language's style, joined ("" when none): only the
    speaker's own words are read for their meaning, never the outlet's narration around them ("... was arrested
    after a chase", "... police said"). Cached by the text: the pair checks (:func:`.align.quotes_apart`,
    :func:`.align.said_apart`) ask it of both sentences of every pair (~2 % of the 50-article story's warm
    compare in bench/compare.py), and it reads nothing but the text."""
    return " … ".join(m.group(1) for m in _QUOTED.finditer(text))


def reading(u: Unit, what: str) -> tuple[bool, str] | None:
    """(which way the sentence's quoted words read ``what``, the words as written) for an outcome of
    ``[outcomes]`` (denied or stated) or a pair of ``[poles]`` (pole b or a) of ``data/quote_meanings.toml``;
    None when they read neither."""
    words = quoted_words(u.text)
    if not words:  # a claim's polarity is read on the whole sentence (ruled out or not): :func:`ruled_apart`
        return poles(u.text, u.language).get(what) if what in sentence_pairs() else None
    return outcomes(words, u.language).get(what) or poles(words, u.language).get(what)


def opposed_quote_conflicts(
    units: list[Unit],
    pairs: list[Pair],
    nearest: list[tuple[Unit, Unit]],
    data: StoryData,
    bar: float,
    linked: frozenset[frozenset[int]] = frozenset(),
) -> list[ClaimConflict]:
    """One "different meaning" conflict per statement that two sources quote with opposite meanings (see the
    module), measured as "what <speaker> said"; sides labelled by the words that give each reading ("ha pasado /
    hinter uns" vs "впереди"). Input: the story's units, the aligner's scored candidate pairs, the stand-out
    nearest pairs, the conflict bar ``bar`` (the pair scorer's, 0-1) and ``linked``, further pairs of unit indexes
    to compare (translations). Output: claim conflicts, [] when none."""
    strong = [p for p in pairs if p.score >= bar or frozenset((p.a.index, p.b.index)) in linked]
    edges: dict[str, list[tuple[Unit, Unit]]] = {}
    for a, b in [*((p.a, p.b) for p in strong), *nearest]:
        if a.source == b.source:
            continue
        qa, qb = quoted_words(a.text), quoted_words(b.text)
        if not (a.claim.quoted and b.claim.quoted and qa and qb):
            # a sentence that quotes no one flips a claim by a negation ("Police have not ruled out arson")
            what = ruled_apart(a.text, a.language, b.text, b.language)
            if what is not None:
                edges.setdefault(what, []).append((a, b))
            continue
        what = opposite_outcomes(qa, a.language, qb, b.language)
        if what is not None:
            edges.setdefault(what, []).append((a, b))
    out: list[ClaimConflict] = []
    done: set[frozenset[int]] = set()
    for what, found in sorted(edges.items()):
        members: dict[int, Unit] = {}
        for a, b in found:
            members[a.index], members[b.index] = a, b
        grew = True
        while grew:  # each side widened by the quoting sentences a strong pair links to it, read the same way
            grew = False
            for p in strong:
                if (p.a.index in members) == (p.b.index in members):
                    continue
                old, new = (p.a, p.b) if p.a.index in members else (p.b, p.a)
                ro, rn = reading(old, what), reading(new, what)
                if (
                    (new.claim.quoted or what in sentence_pairs())
                    and ro is not None
                    and rn is not None
                    and ro[0] == rn[0]
                ):
                    members[new.index] = new
                    grew = True
        key = frozenset(members)
        if key in done:
            continue
        done.add(key)
        sides: dict[bool, list[Unit]] = {}
        shown: dict[bool, list[str]] = {}
        for u in sorted(members.values(), key=lambda u: (u.source, u.index)):
            r = reading(u, what)
            if r is None:
                continue
            sides.setdefault(r[0], []).append(u)
            shown.setdefault(r[0], []).append(r[1])
        if len(sides) < 2 or not sources_apart(list(sides.values())):
            continue
        speaker = next((u.speaker for side in sides.values() for u in side if u.speaker), None)
        name = speaker.partition(":")[2] if speaker else ""
        measure = f"what {name} said" if name else "what was said"
        out.append(
            worded_conflict(
                data,
                measure,
                "different meaning",
                [(" / ".join(dict.fromkeys(shown[k])), sides[k]) for k in sides],
            )
        )
    return out
