"""A sentence that ends what its own neighbour began, in an agreed item, is no fact only its source reports.

One source may tell over two sentences what another tells in one: "El grupo armado, que reclama la autonomía de las
tierras altas del norte, no ha hecho declaraciones. En el pasado ya había secuestrado a trabajadores extranjeros."
against "Le mouvement, qui revendique l'autonomie des hauts plateaux du nord, avait déjà enlevé des travailleurs
étrangers." The first Spanish sentence was agreed with the French one (the autonomy), the second was listed "only El
Faro Austral" (a new user's hostage story): its subject is elided, so the pair scorer found no counterpart, and its
cosine to the French sentence was 0.39. The comparison already holds the source in the agreed item through the
neighbour; the second sentence reads near another language's member of that item, so it tells the rest of that
item's claim.

Only members in another language than the sentence count: within one language the encoder reads a story's
sentences near each other through the words of the scene (singles10 and singles11 found the same for their
group rules), across languages the encoder is what there is. Pure: reads the units, the agreed items and the
encoder's similarity matrix. Offsets are the units' (character offsets into the cleaned body).
"""

from __future__ import annotations

from collections.abc import Sequence

from crosswire.compare.claims.align import ClaimAlignment
from crosswire.compare.claims.single_sentences import UNANCHORED_COSINE
from crosswire.compare.claims.units import Unit, _month_words
from crosswire.compare.records import ClaimItem, EventItem, Item

# A sentence this near (USE cosine) to another language's member of the agreed item its neighbour is in tells that
# item's claim: the bar under which a sentence is far from every other source's (single_sentences.UNANCHORED_COSINE,
# chosen on new users' trials 14-16: restatements across languages 0.39-0.58, facts of one outlet 0.22-0.46, most
# under 0.32). On new users' trials 33-36 the sentences beside an agreed neighbour that only their source gives read
# 0.06-0.23 against that item's other members; the Spanish continuation above 0.39.
NEIGHBOUR_COSINE = UNANCHORED_COSINE
# A sentence naming a person or a body says who acts in it and leans on no neighbour: a new user's car-plant story
# lost the German-only "Ihr Vorsitzender Piet Voss warf der Konzernführung vor, die Belegschaft zu spät informiert
# zu haben" to an agreed rally whose English member names Piet Voss (the name brings the cosine over the bar). A
# continuation leaves its actor to the sentence before ("En el pasado ya había secuestrado ...": subject elided).
ACTORS = ("person", "organisation")


def _neighbours(units: list[Unit]) -> dict[int, set[int]]:
    """Unit index -> the indices of the sentences just before and after it in its article."""
    by_article: dict[str, list[Unit]] = {}
    for w in units:
        by_article.setdefault(w.article, []).append(w)
    out: dict[int, set[int]] = {}
    for arts in by_article.values():
        arts.sort(key=lambda w: w.claim.start)
        for k, w in enumerate(arts):
            out[w.index] = {arts[k + d].index for d in (-1, 1) if 0 <= k + d < len(arts)}
    return out


def continues_agreed(items: Sequence[Item], agreed: Sequence[Item], claims: ClaimAlignment) -> set[int]:
    """Positions in ``items`` (would-be single-source events and claims) whose sentence names no person or body
    (:data:`ACTORS`), stands next to its own source's sentence in an agreed item of ``agreed`` and reads within
    :data:`NEIGHBOUR_COSINE` (cosine, or nearer) of a member of that item in another language and of another
    source. Figures are left out (a figure names one value, which a sentence near in meaning seldom gives) and
    quotes are the quote aligner's, and so is a sentence that names a month (a date or a deadline of its own: "Die
    Werkstätten sollen die Arbeiten bis Mitte April abschließen" beside an agreed "the company will pay for all
    repairs", an invented recall story's only-German fact, which read 0.40 to the Spanish member)."""
    if claims.near is None:
        return set()
    sims = claims.near.sims
    near = _neighbours(claims.units)
    cited = [claims.units_of(ag) for ag in agreed]
    out: set[int] = set()
    for i, item in enumerate(items):
        if not isinstance(item, (EventItem, ClaimItem)):
            continue
        for u in claims.units_of(item):
            if any(cid.partition(":")[0] in ACTORS for cid in u.entities):
                continue  # it names who acts: a claim of its own, near the item through that name
            if u.terms & _month_words():
                continue  # it dates something: a value of its own, like a figure
            beside = near.get(u.index, set())
            lang = u.language or "en"
            if any(
                any(c.index in beside and c.source == u.source for c in members)
                and any(
                    v.source != u.source
                    and (v.language or "en") != lang
                    and float(sims[u.index, v.index]) >= NEIGHBOUR_COSINE
                    for v in members
                )
                for members in cited
            ):
                out.add(i)
                break
    return out
