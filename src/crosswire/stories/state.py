"""A story's clustering state: embedding sum, top tf-idf terms, entity counts, days and candidate titles,
with an exact JSON round trip (what the ``stories.data`` column of the store holds).
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
    _unit: np.ndarray | None = None
    _tnorm: float | None = None

    @property
    def unit(self) -> np.ndarray:
        if self._unit is None:
            norm = float(np.linalg.norm(self.emb_sum))
            self._unit = (self.emb_sum / norm).astype(np.float32) if norm else self.emb_sum
        return self._unit

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
        )


def story_id_for(article_id: str) -> str:
    """The id a story takes from the article that starts it: ``s`` and 12 hex digits of its SHA-1."""
    return "s" + hashlib.sha1(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:12]
