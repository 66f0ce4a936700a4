"""The Russian front-end: natasha (razdel segmentation, slovnet NER) with pymorphy2 lemmas and normal forms.

Why not natasha's own morphology tagger and ``normalize``: on two shared cores they cost more than the rest
of the stage (about 6,000 words/s for tagging against 9,000 for NER), and the facts need only a lemma and a
coarse part of speech per word, which pymorphy2's most probable parse gives, cached per word form. A name's
normal form is inflected to the nominative by pymorphy2 in the case its words share ("Владимиром Путиным" ->
"Владимир Путин"). The models ship inside the ``natasha`` package (no download); install with
``pip install 'crosswire[ru]'``.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

from crosswire.facts.languages.base import Analysis, MissingExtra, NameLabel, NameSpan, Pos, Sentence, Token
from crosswire.facts.languages.slovnet_ner import ner_spans

EXTRA = "ru"
_POS: dict[str, Pos] = {
    "NOUN": "NOUN",
    "VERB": "VERB",
    "INFN": "VERB",
    "PRTF": "VERB",
    "PRTS": "VERB",
    "GRND": "VERB",
    "ADJF": "ADJ",
    "ADJS": "ADJ",
    "COMP": "ADJ",
    "NUMR": "NUM",
}
_LABELS: dict[str, NameLabel] = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
_lock = threading.Lock()
_models: dict[str, Any] = {}


def _load() -> dict[str, Any]:
    """natasha's NER tagger and pymorphy2's analyser, loaded once per process (razdel, which segments, has
    no model).

    Raises :class:`MissingExtra` when natasha is not installed."""
    if not _models:
        with _lock:
            if not _models:
                try:
                    from natasha import NewsEmbedding, NewsNERTagger
                    from pymorphy2 import MorphAnalyzer
                except ImportError as exc:
                    raise MissingExtra(f"Russian needs natasha: pip install 'crosswire[{EXTRA}]' ({exc})") from exc
                _models["ner"] = NewsNERTagger(NewsEmbedding())
                _models["morph"] = MorphAnalyzer()
    return _models


@lru_cache(maxsize=1 << 17)
def _parse(word: str) -> tuple[str, Pos]:
    """(lemma, coarse POS) of a word form by pymorphy2's most probable parse."""
    p = _load()["morph"].parse(word)[0]
    pos: Pos = _POS.get(str(p.tag.POS), "OTHER")
    if pos == "NOUN" and ({"Name", "Surn", "Patr", "Geox", "Orgn"} & set(p.tag.grammemes)):
        pos = "PROPN"
    return p.normal_form, pos


_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


@lru_cache(maxsize=1 << 15)
def _forms(word: str) -> tuple[tuple[str, str], ...]:
    """(case, nominative form) for each case a word form can be in, from pymorphy2's parses."""
    out: list[tuple[str, str]] = []
    for p in _load()["morph"].parse(word):
        case = p.tag.case
        if case not in _CASES or p.tag.POS not in ("NOUN", "ADJF"):
            continue
        nom = p.inflect({"nomn"} | ({"plur"} if "plur" in p.tag else set()))
        if nom is not None:
            out.append((case, nom.word))
    return tuple(out)


def normal_form(words: list[str]) -> str:
    """A name in the nominative: each word inflected from the case all its words can share (the first such
    case in nominative, genitive, dative, accusative, instrumental, prepositional order); words pymorphy2
    cannot inflect stay as written. Capitalisation follows the original. Cached per word sequence (a story
    names the same people again and again)."""
    return _normal_form(tuple(words))


@lru_cache(maxsize=1 << 14)
def _normal_form(words: tuple[str, ...]) -> str:
    forms = [dict(_forms(w)) for w in words]
    inflectable = [f for f in forms if f]
    shared = [c for c in _CASES if inflectable and all(c in f for f in inflectable)]
    if not shared:
        return " ".join(words)
    case = shared[0]
    out = []
    for w, f in zip(words, forms, strict=True):
        nom = f.get(case, w) if f else w
        out.append(nom.capitalize() if w[:1].isupper() and not w.isupper() else (w if w.isupper() else nom))
    return " ".join(out)


class RussianFrontEnd:
    """natasha tokens, sentences and names; pymorphy2 lemmas (:mod:`crosswire.facts.languages.base`)."""

    languages: tuple[str, ...] = ("ru",)
    tier = "model"

    def __init__(self) -> None:
        _load()

    def analyse(self, text: str, language: str | None = None) -> Analysis:
        """razdel's tokens and sentences (what natasha's ``Segmenter`` gives), tokenised once and handed to
        the NER tagger as words (:mod:`crosswire.facts.languages.slovnet_ner`)."""
        from natasha.span import envelop_spans
        from razdel import sentenize, tokenize

        m = _load()
        tokens = list(tokenize(text))
        sents = list(sentenize(text)) if text else []
        out = Analysis()
        for sent, sent_tokens in zip(sents, envelop_spans(tokens, sents), strict=True):
            first = len(out.tokens)
            for t in sent_tokens:
                out.tokens.append(_token(t.start, t.stop, t.text))
            out.sentences.append(Sentence(sent.start, sent.stop, first, len(out.tokens)))
        if not text.strip():
            return out
        spans = ner_spans(m["ner"], tokens)  # callers hold one_blas_thread(): numpy threads contend on 2 cores
        for span, span_tokens in zip(spans, envelop_spans(tokens, spans), strict=True):
            label = _LABELS.get(span.type)
            if label is not None:
                words = [t.text for t in span_tokens]
                out.names.append(NameSpan(span.start, span.stop, label, normal_form(words)))
        return out


def _token(start: int, stop: int, text: str) -> Token:
    if text[:1].isalpha():
        lemma, pos = _parse(text.lower())
    elif text[:1].isdigit():
        lemma, pos = text, "NUM"
    else:
        lemma, pos = text, "PUNCT"
    return Token(start, stop, text, lemma, pos)
