"""Coarse POS and verb lemmas at a fraction of the cost of spaCy's ``attribute_ruler`` + ``lemmatizer``.

Why: on the project's machines those two rule components take ~35-55 ms of the ~175 ms spaCy spends on a
720-word article, mostly in the Matcher and in setting morphology the facts stage never reads. The facts
stage needs only the coarse POS of every token and the lemma of verbs. This module reads the model's own
attribute-ruler patterns and lemmatizer tables (so it follows the model, not a hand copy), applies the POS
patterns as numpy masks over a whole batch of Docs, and lemmatizes verbs lazily with the model's rule tables. The bench
(`bench/facts.py --check-pos`) compares it with the full pipeline on real text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.strings import StringStore
    from spacy.tokens import Doc, Token

COMPONENT = "crosswire_fast_pos"
BASE_FORM_TAGS = {"VB", "VBP"}
# Base forms whose lemma is not themselves (the ruler's LEMMA patterns for VB/VBP).
BASE_FORM_LEMMAS = {
    "are": "be",
    "'re": "be",
    "am": "be",
    "'m": "be",
    "'ve": "have",
    "ai": "be",
    "wo": "will",
    "ca": "can",
    "sha": "shall",
}
# Clitics, whatever their tag (the ruler's LEMMA patterns); "'d" after a subject is "would" unless VBD.
CLITIC_LEMMAS = {"'s": "be", "'ll": "will", "'d": "would", "'re": "be", "'m": "be", "'ve": "have"}

EXPLETIVE_VERBS = {"is", "are", "was", "were", "'s", "'re"}

ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
ATTR_IDS: list[int | str] = ["TAG", "LOWER", "DEP", "IS_SPACE"]

_state: dict[str, Any] = {}


def _readable(cond: object) -> bool:
    """Whether a Matcher condition is one :func:`_vector_rule` can turn into a mask."""
    if isinstance(cond, (bool, str)):
        return True
    return isinstance(cond, dict) and len(cond) == 1 and set(cond) <= {"IN", "NOT_IN"}


def build(nlp: Language) -> None:
    """Replace the ruler and lemmatizer of ``nlp`` with the fast component (in place)."""
    from spacy.language import Language
    from spacy.parts_of_speech import IDS as POS_IDS  # type: ignore[import-not-found]  # Cython, no stub
    from spacy.pipeline import AttributeRuler, Lemmatizer

    ruler = nlp.get_pipe("attribute_ruler")
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(ruler, AttributeRuler) or not isinstance(lemmatizer, Lemmatizer):
        return  # not the components this module reads: keep the model's own
    specs = []  # (single-token Matcher spec, POS) in the ruler's order: later ones win
    patterns: list[dict[str, Any]] = ruler.patterns  # each {"patterns": [[spec]], "attrs": {...}}
    for p in patterns:
        pattern = p["patterns"][0]
        pos = p["attrs"].get("POS")
        if pos is None or len(pattern) != 1:
            continue
        spec = pattern[0]
        if set(spec) - set(ATTRS) or not all(_readable(c) for c in spec.values()) or pos not in POS_IDS:
            return  # a pattern this module cannot read: keep the model's own components
        specs.append((spec, pos))
    tables = lemmatizer.lookups
    _state["verb_index"] = set(tables.get_table("lemma_index").get("verb", []))
    _state["verb_exc"] = dict(tables.get_table("lemma_exc").get("verb", {}))
    _state["verb_rules"] = [tuple(r) for r in tables.get_table("lemma_rules").get("verb", [])]

    strings = nlp.vocab.strings
    _state["specs"] = specs
    _state["vector_rules"] = [_vector_rule(spec, strings) for spec, _pos in specs]
    _state["pos_ids"] = {pos: POS_IDS[pos] for _spec, pos in specs}
    _state["expl"] = (
        np.array([strings.add(w) for w in EXPLETIVE_VERBS], dtype=np.uint64),
        strings.add("expl"),
        POS_IDS["VERB"],
    )

    if COMPONENT not in Language.factories:

        @Language.factory(COMPONENT)
        def _make(nlp: Language, name: str) -> FastPOS:
            return FastPOS()

    nlp.remove_pipe("lemmatizer")
    nlp.replace_pipe("attribute_ruler", COMPONENT)


def _vector_rule(spec: dict[str, Any], strings: StringStore) -> list[tuple[int, str, Any]]:
    """A rule as (column, kind, hashes) tests over the ``to_array`` columns of :data:`ATTRS`."""
    tests: list[tuple[int, str, Any]] = []
    for attr, cond in spec.items():
        col = ATTRS.index(attr)
        if isinstance(cond, bool):
            tests.append((col, "eq", np.uint64(int(cond))))
        elif isinstance(cond, str):
            tests.append((col, "eq", np.uint64(strings.add(cond))))
        elif "IN" in cond:
            tests.append((col, "in", np.array([strings.add(v) for v in cond["IN"]], dtype=np.uint64)))
        else:
            tests.append((col, "not_in", np.array([strings.add(v) for v in cond["NOT_IN"]], dtype=np.uint64)))
    return tests


class FastPOS:
    """The coarse POS of a batch of Docs at once: the ruler's single-token patterns as numpy masks over
    the concatenated (TAG, LOWER, DEP, IS_SPACE) columns, later patterns winning, as in the ruler."""

    def __call__(self, doc: Doc) -> Doc:
        self._apply([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                self._apply(batch)
                yield from batch
                batch = []
        if batch:
            self._apply(batch)
            yield from batch

    def _apply(self, docs: list[Doc]) -> None:
        from spacy.attrs import POS  # type: ignore[import-not-found]  # Cython, no stub

        docs = [d for d in docs if len(d)]
        if not docs:
            return
        cols = np.concatenate([d.to_array(ATTR_IDS) for d in docs]).astype(np.uint64, copy=False)
        pos = np.zeros(len(cols), dtype=np.uint64)
        pos_ids = _state["pos_ids"]
        for (_spec, value), tests in zip(_state["specs"], _state["vector_rules"], strict=True):
            mask = None
            for col, kind, ref in tests:
                column = cols[:, col]
                m = column == ref if kind == "eq" else np.isin(column, ref, invert=kind == "not_in")
                mask = m if mask is None else mask & m
            if mask is not None:
                pos[mask] = pos_ids[value]
        # "there is": the verb after an expletive is a VERB (the ruler's one two-token POS pattern)
        words, expl, verb = _state["expl"]
        starts = np.cumsum([0] + [len(d) for d in docs])
        after_expl = np.zeros(len(cols), dtype=bool)
        after_expl[1:] = cols[:-1, 2] == expl
        after_expl[starts[:-1]] = False
        pos[after_expl & np.isin(cols[:, 1], words)] = verb
        for d, a, b in zip(docs, starts[:-1], starts[1:], strict=True):
            d.from_array([POS], pos[a:b].reshape(-1, 1))  # type: ignore[arg-type]  # thinc's Ints2d is an ndarray


def lemma(tok: Token) -> str:
    """The lemma of a verb (lower case); other words come back lower-cased, as the facts stage needs."""
    if tok.pos_ not in ("VERB", "AUX"):
        return tok.lower_
    if "verb_rules" not in _state:
        return tok.lemma_.lower() or tok.lower_  # the model's own lemmatizer is in the pipeline
    return _verb_lemma(tok.lower_, tok.tag_)


@lru_cache(maxsize=65536)
def _verb_lemma(lower: str, tag: str) -> str:
    clitic = lower.replace("\u2019", "'")
    if clitic in CLITIC_LEMMAS:
        return "have" if clitic == "'d" and tag == "VBD" else CLITIC_LEMMAS[clitic]
    if tag in BASE_FORM_TAGS or tag == "MD":
        return BASE_FORM_LEMMAS.get(lower, lower)
    exc = _state["verb_exc"].get(lower)
    index = _state["verb_index"]
    forms: list[str] = []
    oov: list[str] = []
    for old, new in _state["verb_rules"]:
        if lower.endswith(old):
            form = lower[: len(lower) - len(old)] + new
            if not form:
                continue
            (forms if form in index or not form.isalpha() else oov).append(form)
    forms = list(dict.fromkeys(forms))
    for form in exc or []:
        if form not in forms:
            forms.insert(0, form)
    return (forms or oov or [lower])[0]
