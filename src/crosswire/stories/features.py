"""What clustering needs of each article, computed once per batch: lead embedding, hashed term counts, top
entity keys and day (see :mod:`crosswire.stories.cluster` for how they are scored).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from murmurhash.mrmr import hash as murmur3_32  # type: ignore[import-untyped]  # Cython, no stubs

from crosswire.stories.config import DEFAULT_CONFIG, Config
from crosswire.stories.embed import DIM
from crosswire.vocab.calendar import iso_day

N_FEATURES = 2**20


@dataclass(slots=True)
class DocFeatures:
    """What clustering needs of one article, computed once."""

    id: str
    day: int | None
    emb: np.ndarray  # (512,) float32 unit vector (or zeros): the 40-word lead
    tf: dict[int, float]  # hashed term -> raw count (words and ``ent:`` tokens)
    entities: list[str]  # top entity keys, most mentioned first
    title: str | None = None
    lang: str | None = None  # ISO 639-1 of the article (the cleaner's language id), None when unknown
    emb_long: np.ndarray | None = None  # (512,) unit vector of the 80-word lead (None: the lead's ``emb``)
    figures: tuple[str, ...] = ()  # distinct specific figures of title and body (crosswire.stories.figures)

    @property
    def long(self) -> np.ndarray:
        """The longer embedding, or the lead's when the article has no words beyond its lead."""
        return self.emb if self.emb_long is None else self.emb_long


def parse_day(published: str | None) -> int | None:
    """Days since 0001-01-01 of an ISO date or datetime; None when absent or unreadable."""
    if not published or not isinstance(published, str):
        return None
    day = iso_day(published.strip())
    return day.toordinal() if day is not None else None


_INT32_MIN = -(2**31)


def hashed_term(token: str) -> int:
    """The hashed-space index of one term, in ``[0, N_FEATURES)``: the index scikit-learn's ``FeatureHasher``
    gives it (``n_features=N_FEATURES, input_type="string", alternate_sign=False``, whose output the stored
    stories' term counts were built with): the signed 32-bit MurmurHash3 (x86, seed 0) of the term's UTF-8
    bytes, its absolute value modulo ``N_FEATURES``, and for -2**31 the same index scikit-learn assigns.

    Why not scikit-learn itself: importing it loads scipy.stats and the rest of the library, about 1 CPU s of
    every ``crosswire ingest`` that clusters, for this one function. ``murmurhash`` (spaCy's dependency, already
    loaded by the facts stage) computes the same MurmurHash3_x86_32."""
    h = int(murmur3_32(token))
    if h == _INT32_MIN:
        return (2**31 - 1 - (N_FEATURES - 1)) % N_FEATURES  # scikit-learn's value for abs(-2**31) % n
    return abs(h) % N_FEATURES


def hashed_counts(token_lists: Sequence[list[str]]) -> list[dict[int, float]]:
    """Raw term counts in the hashed space, per token list: ``{index: count}`` in increasing index order,
    counts as floats (as scikit-learn's FeatureHasher sums them: murmurhash3, stable across runs)."""
    out = []
    for tokens in token_lists:
        counts = Counter(hashed_term(t) for t in tokens)
        out.append({i: float(counts[i]) for i in sorted(counts)})
    return out


def top_entities(counts: Counter[str], k: int = 10) -> list[str]:
    return [e for e, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]


def featurize(
    ids: Sequence[str],
    titles: Sequence[str | None],
    paragraphs: Sequence[list[str]],
    days: Sequence[int | None],
    entity_counts: Sequence[Counter[str]],
    config: Config = DEFAULT_CONFIG,
    languages: Sequence[str | None] | None = None,
) -> list[DocFeatures]:
    """Features for a batch of articles (one embedding batch, one hashing pass); ``languages`` are the
    articles' ISO 639-1 codes (None: unknown, scored as before languages were known)."""
    from crosswire.stories.embed import embed
    from crosswire.stories.figures import specific_figures
    from crosswire.stories.text import canonical_counts, content_words, lead

    leads = [lead(t, ps, config.lead_words) for t, ps in zip(titles, paragraphs, strict=True)]
    rests = [lead(t, ps, config.long_words, config.lead_words) for t, ps in zip(titles, paragraphs, strict=True)]
    if config.emb_weight > 0:
        embs = embed(leads)  # batched apart from the rests: a lead's vector does not depend on them
        longs = _long(embs, embed(rests))
    else:
        embs = np.zeros((len(leads), DIM), dtype=np.float32)
        longs = [None] * len(leads)
    tokens = []
    ents = []
    texts = ["\n\n".join(([t] if t else []) + list(ps)) for t, ps in zip(titles, paragraphs, strict=True)]
    for t, ps, raw in zip(titles, paragraphs, entity_counts, strict=True):
        ec = canonical_counts(raw)
        words = content_words(" ".join(([t] if t else []) + list(ps)))
        top = top_entities(ec, 10)
        ents.append(top)
        tokens.append(words + [f"ent:{e}" for e in top for _ in range(min(ec[e], 3))])
    counts = hashed_counts(tokens)
    langs = list(languages) if languages is not None else [None] * len(ids)
    return [
        DocFeatures(i, d, embs[k], counts[k], ents[k], t, _lang(langs[k]), longs[k], figures=specific_figures(texts[k]))
        for k, (i, t, d) in enumerate(zip(ids, titles, days, strict=True))
    ]


def _long(leads: np.ndarray, rests: np.ndarray) -> list[np.ndarray | None]:
    """The 80-word embedding of each article: its lead's and the next 40 words' unit vectors summed and
    renormalised (two 40-word halves embed in half the time of 80 words at once and scored as well on the
    SemEval tune half); None where the article has no words beyond its lead."""
    out: list[np.ndarray | None] = []
    for a, b in zip(leads, rests, strict=True):
        if not np.any(b):
            out.append(None)
            continue
        v = a + b
        out.append((v / (np.linalg.norm(v) or 1.0)).astype(np.float32))
    return out


def _lang(code: str | None) -> str | None:
    """``"en-GB"`` -> ``"en"``; None for nothing."""
    return code.strip().lower().split("-")[0] or None if code and code.strip() else None
