"""The Russian front-end: natasha (razdel segmentation, slovnet NER) with pymorphy2 lemmas and normal forms.

Why not natasha's own morphology tagger and ``normalize``: on two shared cores they cost more than the rest
of the stage (about 6,000 words/s for tagging against 9,000 for NER), and the facts need only a lemma and a
coarse part of speech per word, which pymorphy2's most probable parse gives, cached per word form. A name's
normal form is its nominative (:mod:`crosswire.facts.languages.russian_names`); a word tagged alone as a
person or a place that is an adjective before a body's noun is that body ("крах Тарского банка"). The models
ship inside the ``natasha`` package (no download); install with ``pip install 'crosswire[ru]'``.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

from crosswire.facts.languages.base import Analysis, MissingExtra, NameLabel, NameSpan, Pos, Sentence, Token
from crosswire.facts.languages.common_words import organisation_word
from crosswire.facts.languages.lexicon import words_for
from crosswire.facts.languages.russian_names import normal_form, organisation_adjective
from crosswire.facts.languages.sentence_ends import cut_sentences
from crosswire.facts.languages.slovnet_ner import NerSpan, ner_spans

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


@lru_cache(maxsize=1 << 14)
def future_verb(word: str) -> bool:
    """Whether pymorphy2's most probable parse of ``word`` (lower case) is a finite verb in the future: "будет",
    and the perfective non-past forms, which say what is still to come ("проведёт", "состоится", "откроется")."""
    p = _load()["morph"].parse(word)[0]
    return str(p.tag.POS) == "VERB" and p.tag.tense == "futr"


@lru_cache(maxsize=1 << 17)
def _parse(word: str) -> tuple[str, Pos]:
    """(lemma, coarse POS) of a word form by pymorphy2's most probable parse."""
    p = _load()["morph"].parse(word)[0]
    pos: Pos = _POS.get(str(p.tag.POS), "OTHER")
    if pos == "NOUN" and ({"Name", "Surn", "Patr", "Geox", "Orgn"} & set(p.tag.grammemes)):
        pos = "PROPN"
    return p.normal_form, pos


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
        cut_sentences(text, out, words_for("ru"), _common_word)  # "с 1987 г. Сейчас ...": razdel keeps one sentence
        if not text.strip():
            return out
        spans = _place_head_dropped(text, _first_names_joined(text, ner_spans(m["ner"], tokens)))  # one_blas_thread()
        after = {t.start: t for t in tokens}
        for span, span_tokens in zip(spans, envelop_spans(tokens, spans), strict=True):
            label = _LABELS.get(span.type)
            if label is None:
                continue
            words, stop = [t.text for t in span_tokens], span.stop
            nxt = after.get(span.stop + 1)
            if label in ("PER", "LOC") and len(words) == 1 and nxt is not None and _body_noun(words[0], nxt.text):
                label, stop, words = "ORG", nxt.stop, [*words, nxt.text]  # "крах Тарского банка": a bank
            out.names.append(NameSpan(span.start, stop, label, normal_form(words, label)))
        return out


def _first_names_joined(text: str, spans: list[NerSpan]) -> list[NerSpan]:
    """The tagger's person names with a lone first name and the name right after it (one space between) made
    one: it tags "премьер-министра Илоны Марек" (an indeclinable surname after a genitive first name) as two
    people, "Илоны" and "Марек" (a new user's no-confidence story). A first name is a word pymorphy2 reads as one
    (grammeme ``Name``)."""
    from crosswire.facts.languages.russian_names import parses

    out: list[NerSpan] = []
    for span in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == "PER"
            and span.type == "PER"
            and text[prev.stop : span.start] == " "
            and " " not in text[prev.start : prev.stop]
            and any("Name" in p.tag.grammemes for p in parses(text[prev.start : prev.stop]))
        ):
            out[-1] = NerSpan(prev.start, span.stop, "PER")
            continue
        out.append(span)
    return out


MIN_DROPPED_NAME_WORDS = 3  # words of a person's name whose first may be a place's or a body's noun before it


def _place_head_dropped(text: str, spans: list[NerSpan]) -> list[NerSpan]:
    """The tagger's person names of :data:`MIN_DROPPED_NAME_WORDS` words or more without a first word that is no
    person's when the word after it is a first name (grammeme ``Name``): a country's or a body's noun ("России",
    "Газпрома": every pymorphy2 parse inanimate) or an unknown word in a place's genitive
    (:func:`crosswire.facts.name_stems.place_nominative` changes it: "Лестрии" -> "Лестрия", which pymorphy2's
    guesser may read as a first name). "премьер-министра Лестрии Илоны Браско" is Lestria's prime minister Ilona
    Brasko, not a person "Лестрия Илона Браско" (a new user's pipeline story listed "Лестрии Илоны Браско" as a
    spelling of her name). The first name must be one the dictionary knows ("Илоны"; not a guess: "Азию Биби",
    Asia Bibi, whose "Биби" is no known first name, keeps her "Азия", in the BSNLP 2021 Russian texts), and a word
    the dictionary knows as a person's (a surname first, "Иванова Ивана Петровича"; "Марии") is kept."""
    from crosswire.facts.languages.russian_names import parses
    from crosswire.facts.name_stems import place_nominative

    out: list[NerSpan] = []
    for span in spans:
        words = list(re.finditer(r"\S+", text[span.start : span.stop]))
        if span.type == "PER" and len(words) >= MIN_DROPPED_NAME_WORDS:
            word = words[0].group()
            head, given = parses(word), parses(words[1].group())
            known_person = any(p.is_known and "anim" in p.tag.grammemes for p in head)
            placelike = all("inan" in p.tag.grammemes for p in head) or place_nominative(word, "ru") != word
            first_name = any(p.is_known and "Name" in p.tag.grammemes for p in given)
            if head and not known_person and placelike and first_name:
                span = NerSpan(span.start + words[1].start(), span.stop, "PER")
        out.append(span)
    return out


def _body_noun(word: str, noun: str) -> bool:
    """Whether a word tagged alone as a person or a place is an adjective before a body's noun that agrees with
    it ("крах Тарского банка", "на Дравнинской бирже"): the noun is an organisation word
    (``data/organisation_words.toml``), and the two are the body's name."""
    return organisation_word(noun, "ru") and organisation_adjective(word, noun)


NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "UNKN"})


@lru_cache(maxsize=1 << 14)
def _common_word(word: str) -> bool:
    """Whether a capitalised word is a common word (pymorphy2's most probable parse of its lower-case form is no
    name, place, organisation or abbreviation): "Сейчас", not "Москва"."""
    p = _load()["morph"].parse(word.lower())[0]
    return not (NAME_TAGS & set(p.tag.grammemes))


def _token(start: int, stop: int, text: str) -> Token:
    if text[:1].isalpha():
        lemma, pos = _parse(text.lower())
    elif text[:1].isdigit():
        lemma, pos = text, "NUM"
    else:
        lemma, pos = text, "PUNCT"
    return Token(start, stop, text, lemma, pos)


@lru_cache(maxsize=1 << 14)
def past_verb(word: str) -> bool:
    """Whether pymorphy2's most probable parse of ``word`` (lower case) is a finite verb in the past ("встретился",
    "провёл"): a date's clause in the past (:func:`crosswire.facts.languages.dates.past_in`)."""
    p = _load()["morph"].parse(word)[0]
    return str(p.tag.POS) == "VERB" and p.tag.tense == "past"
