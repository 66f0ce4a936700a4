"""A story's clustering state: embedding sums, top tf-idf terms, entity counts, days, languages and candidate
titles, with an exact JSON round trip (what the ``stories.data`` column of the store holds). State written
before languages were kept has no ``long`` or ``langs``: its story then scores as a story of unknown language
(:func:`crosswire.stories.config.language_group`) until an article with a language joins it. State written before
figures were kept has no ``figs``: the same-day figures rule then has nothing to read until an article joins.
"""

from __future__ import annotations

import base64
import hashlib
import math
from dataclasses import dataclass, field

import numpy as np

from crosswire.stories.embed import DIM


@dataclass(slots=True)
class StoryState:
    id: str
    seq: int  # creation order
    touched: int  # tick of the last article that joined
    n: int = 0  # clustered (non-copy) members
    emb_sum: np.ndarray = field(default_factory=lambda: np.zeros(DIM, dtype=np.float32))
    terms: dict[int, float] = field(default_factory=dict)
    ents: dict[str, float] = field(default_factory=dict)
    days: dict[int, int] = field(default_factory=dict)
    titles: list[tuple[str, str, np.ndarray]] = field(default_factory=list)  # (article id, title, emb f16)
    long_sum: np.ndarray = field(default_factory=lambda: np.zeros(DIM, dtype=np.float32))  # 80-word embeddings
    langs: dict[str, int] = field(default_factory=dict)  # ISO 639-1 -> clustered members in that language
    figs: dict[str, int] = field(default_factory=dict)  # specific figure -> members giving it (stories.figures)
    _unit: np.ndarray | None = None
    _tnorm: float | None = None
    _long_unit: np.ndarray | None = None

    @property
    def unit(self) -> np.ndarray:
        if self._unit is None:
            norm = float(np.linalg.norm(self.emb_sum))
            self._unit = (self.emb_sum / norm).astype(np.float32) if norm else self.emb_sum
        return self._unit

    @property
    def long_unit(self) -> np.ndarray:
        """The mean 80-word embedding as a unit vector (the lead's :attr:`unit` for state written without it)."""
        if self._long_unit is None:
            norm = float(np.linalg.norm(self.long_sum))
            self._long_unit = (self.long_sum / norm).astype(np.float32) if norm else self.unit
        return self._long_unit

    def forget_norms(self) -> None:
        """Drop the cached unit vectors and norm after the sums changed."""
        self._unit = None
        self._tnorm = None
        self._long_unit = None

    @property
    def term_norm(self) -> float:
        if self._tnorm is None:
            self._tnorm = math.sqrt(sum(w * w for w in self.terms.values())) or 1.0
        return self._tnorm

    def top_entities(self, k: int = 10) -> set[str]:
        return {e for e, _ in sorted(self.ents.items(), key=lambda kv: (-kv[1], kv[0]))[:k]}

    def central_title(self) -> str | None:
        if not self.titles:
            return None
        unit = self.unit
        best = max(enumerate(self.titles), key=lambda it: (float(it[1][2].astype(np.float32) @ unit), -it[0]))
        return best[1][1]

    # -- persistence (JSON-ready, exact round trip) ----------------------------------------------------
    def to_json(self) -> dict:
        return {
            "seq": self.seq,
            "touched": self.touched,
            "n": self.n,
            "emb": base64.b64encode(self.emb_sum.astype("<f4").tobytes()).decode(),
            "terms": [[t, w] for t, w in self.terms.items()],
            "ents": self.ents,
            "days": [[d, c] for d, c in self.days.items()],
            "titles": [[a, t, base64.b64encode(e.astype("<f2").tobytes()).decode()] for a, t, e in self.titles],
            "long": base64.b64encode(self.long_sum.astype("<f4").tobytes()).decode(),
            "langs": self.langs,
            "figs": self.figs,
        }

    @classmethod
    def from_json(cls, story_id: str, d: dict) -> StoryState:
        return cls(
            id=story_id,
            seq=int(d["seq"]),
            touched=int(d["touched"]),
            n=int(d["n"]),
            emb_sum=np.frombuffer(base64.b64decode(d["emb"]), dtype="<f4").astype(np.float32),
            terms={int(t): float(w) for t, w in d.get("terms", [])},
            ents={str(k): float(v) for k, v in d.get("ents", {}).items()},
            days={int(k): int(v) for k, v in d.get("days", [])},
            titles=[
                (a, t, np.frombuffer(base64.b64decode(e), dtype="<f2").astype(np.float16))
                for a, t, e in d.get("titles", [])
            ],
            long_sum=(
                np.frombuffer(base64.b64decode(d["long"]), dtype="<f4").astype(np.float32)
                if "long" in d
                else np.zeros(DIM, dtype=np.float32)
            ),
            langs={str(k): int(v) for k, v in d.get("langs", {}).items()},
            figs={str(k): int(v) for k, v in d.get("figs", {}).items()},
        )


def story_id_for(article_id: str) -> str:
    """The id a story takes from the article that starts it: ``s`` and 12 hex digits of its SHA-1."""
    return "s" + hashlib.sha1(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:12]
