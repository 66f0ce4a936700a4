"""Coarse POS and verb lemmas at a fraction of the cost of spaCy's ``attribute_ruler`` + ``lemmatizer``.

Why: on the project's machines those two rule components take ~35-55 ms of the ~175 ms spaCy spends on a
720-word article, mostly in the Matcher and in setting morphology the facts stage never reads. The facts
stage needs only the coarse POS of every token and the lemma of verbs. This module reads the model's own
attribute-ruler patterns and lemmatizer tables (so it follows the model, not a hand copy), applies the POS
patterns through a per-tag index, and lemmatizes verbs lazily with the model's rule tables. The bench
(`bench/facts.py --check-pos`) compares it with the full pipeline on real text.
"""

from __future__ import annotations

import re
from functools import lru_cache

COMPONENT = "crosswire_fast_pos"
BASE_FORM_TAGS = {"VB", "VBP"}
# Base forms whose lemma is not themselves (the ruler's LEMMA patterns for VB/VBP).
BASE_FORM_LEMMAS = {"are": "be", "'re": "be", "am": "be", "'m": "be", "'ve": "have", "ai": "be", "wo": "will",
                    "ca": "can", "sha": "shall"}
# Clitics, whatever their tag (the ruler's LEMMA patterns); "'d" after a subject is "would" unless VBD.
CLITIC_LEMMAS = {"'s": "be", "'ll": "will", "'d": "would", "'re": "be", "'m": "be", "'ve": "have"}

EXPLETIVE_VERBS = {"is", "are", "was", "were", "'s", "'re"}

_state: dict = {}


def _cond(spec):
    """A predicate over one token attribute value from a Matcher spec (str, bool, IN, NOT_IN, REGEX)."""
    if isinstance(spec, bool):
        return lambda v: v is spec
    if isinstance(spec, str):
        return lambda v: v == spec
    if isinstance(spec, dict):
        if "IN" in spec:
            allowed = set(spec["IN"])
            return lambda v: v in allowed
        if "NOT_IN" in spec:
            banned = set(spec["NOT_IN"])
            return lambda v: v not in banned
        if "REGEX" in spec:
            rx = re.compile(spec["REGEX"])
            return lambda v: rx.search(v) is not None
    return None


def build(nlp) -> None:
    """Replace the ruler and lemmatizer of ``nlp`` with the fast component (in place)."""
    from spacy.language import Language

    ruler = nlp.get_pipe("attribute_ruler")
    lemmatizer = nlp.get_pipe("lemmatizer")
    tags = list(nlp.get_pipe("tagger").labels)
    rules = []  # (tag predicate, [(attr, predicate)], pos) in the ruler's order: later ones win
    for p in ruler.patterns:
        pattern = p["patterns"][0]
        pos = p["attrs"].get("POS")
        if pos is None or len(pattern) != 1:
            continue
        spec = pattern[0]
        if set(spec) - {"TAG", "LOWER", "DEP", "IS_SPACE"}:
            return  # a pattern this module cannot read: keep the model's own components
        tag_ok = _cond(spec["TAG"]) if "TAG" in spec else (lambda v: True)
        others = [(attr, _cond(spec[attr])) for attr in ("LOWER", "DEP", "IS_SPACE") if attr in spec]
        rules.append((tag_ok, others, pos))
    by_tag = {t: [(o, pos) for ok, o, pos in rules if ok(t)] for t in tags}
    tables = lemmatizer.lookups
    _state["by_tag"] = by_tag
    _state["verb_index"] = set(tables.get_table("lemma_index").get("verb", []))
    _state["verb_exc"] = dict(tables.get_table("lemma_exc").get("verb", {}))
    _state["verb_rules"] = [tuple(r) for r in tables.get_table("lemma_rules").get("verb", [])]

    if COMPONENT not in Language.factories:

        @Language.component(COMPONENT)
        def fast_pos(doc):  # noqa: ANN001 - spaCy component signature
            table = _state["by_tag"]
            tokens = list(doc)
            for i, t in enumerate(tokens):
                pos = None
                for others, p in table.get(t.tag_, ()):
                    if all(pred(_value(t, attr)) for attr, pred in others):
                        pos = p
                # "there is": the verb after an expletive is a VERB (the ruler's one two-token POS pattern)
                if i and t.lower_ in EXPLETIVE_VERBS and tokens[i - 1].dep_ == "expl":
                    pos = "VERB"
                if pos is not None:
                    t.pos_ = pos
            return doc

    nlp.remove_pipe("lemmatizer")
    nlp.replace_pipe("attribute_ruler", COMPONENT)


def _value(tok, attr: str):
    if attr == "LOWER":
        return tok.lower_
    if attr == "DEP":
        return tok.dep_
    return tok.is_space


def lemma(tok) -> str:
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
    index, forms, oov = _state["verb_index"], [], []
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
