"""Text features shared by dedup and clustering: normalised body, shingles, entity keys, hashed terms.

Why hand-written entity heuristics: the facts stage (spaCy) gives canonical entities when it has run, but
stories must also cluster without it (bench data, ``--no-facts`` ingests), and running a parser here would cost
far more than the 10 ms per article the stage can afford. A run of capitalised words is a cheap, language-light
stand-in that is good enough to say "these two articles name the same people and places".
"""

from __future__ import annotations

import ast
import hashlib
import importlib.util
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import regex
from anyascii import anyascii

from crosswire.vocab.calendar import MONTH_NUMBERS, WEEKDAYS

# a name's stem lives with the other name helpers: one function for the stories' keys and the comparison's places
from crosswire.vocab.names import name_stem as name_stem


def english_stop_words() -> frozenset[str]:
    """scikit-learn's English stop words (``sklearn.feature_extraction.text.ENGLISH_STOP_WORDS``, 318 words),
    read from the literal in its ``_stop_words.py`` without importing scikit-learn.

    Why: importing any part of scikit-learn runs its package initialisation, which loads scipy.stats and the
    rest of the library: about 1 CPU s of every ``crosswire ingest`` that clusters, for one constant. The
    module is a single ``frozenset([...])`` literal; should its form ever change, the package is imported."""
    spec = importlib.util.find_spec("sklearn")  # locates the package without importing it
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    try:
        with open(f"{folders[0]}/feature_extraction/_stop_words.py", encoding="utf-8") as fh:
            tree = ast.parse(fh.read())
        for node in tree.body:
            if (
                isinstance(node, ast.Assign)
                and [getattr(t, "id", None) for t in node.targets] == ["ENGLISH_STOP_WORDS"]
                and isinstance(node.value, ast.Call)
                and getattr(node.value.func, "id", None) == "frozenset"
                and len(node.value.args) == 1
            ):
                return frozenset(ast.literal_eval(node.value.args[0]))
    except (IndexError, OSError, SyntaxError, ValueError):
        pass
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


ENGLISH_STOP_WORDS = english_stop_words()

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_WORD = re.compile(r"\b\w[\w'’-]*\b", re.UNICODE)
# A capitalised word (an upper-case first letter in any script: Latin, Cyrillic, Greek), optionally joined by
# short lower-case particles. ``regex`` (installed with dateparser) for the Unicode letter classes. A run never
# crosses a blank line (a paragraph break: "... Дубовская.\n\nВласти ..." are two names, not one); it may cross
# a single line break, as it always has (stopping there too was measured: ECB+ B³ F1 0.911 -> 0.908).
_GAP = r"(?:(?!\n\s*\n)\s)+"
_CAP_RUN = regex.compile(
    rf"(?:(?<=\s)|^|(?<=[\"“«„(]))((?:\p{{Lu}}[\w'’.-]*)(?:{_GAP}(?:(?:of|de|da|del|von|van|al|bin|la|le){_GAP})?"
    r"\p{Lu}[\w'’.-]*)*)"
)
_POSSESSIVE = re.compile(r"['’]s$")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)$")
# Words that are capitalised for position or honour, not because they name something.
_TITLE_WORDS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "prime",
    "minister",
    "sir",
    "lord",
    "king",
    "queen",
    "prince",
    "gen",
    "general",
    "sen",
    "senator",
    "rep",
    "gov",
    "governor",
    "mayor",
    "chancellor",
    "judge",
    "officer",
}
_WEEKDAYS_MONTHS = set(WEEKDAYS) | set(MONTH_NUMBERS)
_STOP = set(ENGLISH_STOP_WORDS) | _WEEKDAYS_MONTHS


def normalise(text: str) -> str:
    """Case-, accent-form- and punctuation-insensitive form, so trivial re-typesetting hashes the same."""
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(_NON_WORD.sub(" ", text).split())


def norm_hash(body: str) -> str:
    return hashlib.sha256(normalise(body).encode("utf-8", "surrogatepass")).hexdigest()


def shingles(body: str, k: int = 5) -> set[str]:
    """Word k-grams of the normalised body (the whole body as one shingle when it is shorter than k)."""
    words = normalise(body).split()
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def heuristic_entities(text: str) -> Counter[str]:
    """Entity keys from runs of capitalised words, lower-cased, title words stripped.

    A multi-word name also yields its last word ("vladimir putin" → "putin") so that a later bare surname
    matches it. A single capitalised word that opens a sentence is skipped unless it recurs mid-sentence,
    because sentence-initial capitals carry no signal.
    """
    found: Counter[str] = Counter()
    sentence_initial: Counter[str] = Counter()
    for m in _CAP_RUN.finditer(text):
        words = _name_words(m.group(1))
        if not words:
            continue
        if len(words) == 1 and (m.start() == 0 or _SENTENCE_START.search(text[max(0, m.start() - 3) : m.start()])):
            sentence_initial[words[0]] += 1
            continue
        found[" ".join(words)] += 1
        if len(words) > 1 and words[-1] not in _STOP and len(words[-1]) > 2:
            found[words[-1]] += 1
    for word, n in sentence_initial.items():
        if word in found:
            found[word] += n
    return found


def _name_words(run: str) -> list[str]:
    """The lower-cased words of a run of capitalised words, possessives and edge punctuation dropped, leading
    title and stop words and trailing stop words stripped; empty when nothing name-like is left (a single
    word shorter than 3 letters, or a number)."""
    words = [w for w in (_POSSESSIVE.sub("", w).strip(".'’-").lower() for w in run.split()) if w]
    start = 0
    while start < len(words) and (words[start] in _TITLE_WORDS or words[start] in _STOP):
        start += 1
    end = len(words)
    while end > start and words[end - 1] in _STOP:
        end -= 1
    words = words[start:end]
    if len(words) == 1 and (len(words[0]) < 3 or words[0].isdigit()):
        return []
    return words


def fact_entities(facts: dict | None) -> Counter[str]:
    """Entity keys from the facts stage (canonical name and its last word), when facts exist."""
    found: Counter[str] = Counter()
    if not facts:
        return found
    for ent in facts.get("entities") or []:
        if not isinstance(ent, dict):
            continue
        name = ent.get("canonical") or ent.get("name")
        if not isinstance(name, str) or not name.strip():
            continue
        key = " ".join(normalise(name).split())
        if not key:
            continue
        weight = max(1, len(ent.get("mentions") or []))
        found[key] += weight
        last = key.split()[-1]
        if last != key and len(last) > 2 and last not in _STOP:
            found[last] += weight
    return found


@lru_cache(maxsize=65536)
def entity_key(name: str) -> str:
    """One key for the spellings of one name across outlets: "Dorofeyev"/"Dorofeev", "Karovian"/"Karovia".

    Each word goes through the facts stage's transliteration skeleton (:func:`crosswire.facts.linking.skeleton`:
    accents folded, the letters romanisations swap made equal, double letters single), so stories and the
    facts stage agree on what "the same name" is. A single word that is a demonym becomes its place first:
    the facts lexicon knows real countries ("Russian" -> "Russia"); for any other word the regular English
    suffix rule "-ia"/"-ea" -> "-ian"/"-ean" is undone ("Karovian" -> "Karovia", "Korean" -> "Korea"). Why not
    fuzzy matching at scoring time: keys must be exact to be hashed into TF-IDF terms and compared as sets in
    bounded time, so the variation is folded once, here.

    The key is language-free on purpose: a language's own spelling rules of the skeleton (``data/name_rules.toml``,
    Polish "sz" -> "sh", German "z" -> "ts") would part a name from itself where another language keeps its
    spelling ("Szymon" in an English report, "Elizabeth" in a German one).
    """
    from crosswire.facts.lexicon import nationality
    from crosswire.facts.linking import skeleton

    words = name.split()
    if not name.isascii():
        words = anyascii(name).lower().split()
    if len(words) == 1:
        word = words[0]
        country = nationality(word) if len(word) > 4 else None
        if country:
            words = normalise(country).split()
        elif len(word) > 5 and word.endswith(("ian", "ean")):
            words = [word[:-1]]
    return " ".join(skeleton(w) or w for w in words)


def canonical_counts(counts: Counter[str]) -> Counter[str]:
    """Entity counts re-keyed by :func:`entity_key` (variants of one name add up)."""
    out: Counter[str] = Counter()
    for name, n in counts.items():
        out[entity_key(name)] += n
    return out


def content_words(text: str) -> list[str]:
    """Lower-case word tokens without stop words and numbers: the TF-IDF vocabulary."""
    out = []
    for w in _WORD.findall(text.lower()):
        if len(w) > 1 and w not in _STOP and not w.isdigit():
            out.append(w)
    return out


def lead(title: str | None, paragraphs: Iterable[str], max_words: int = 120, start: int = 0) -> str:
    """The title and opening words, words ``start`` to ``max_words``: what the embedding sees (the lead carries
    the event; bodies drift)."""
    words: list[str] = []
    if title:
        words.extend(title.split())
    for p in paragraphs:
        if len(words) >= max_words:
            break
        words.extend(p.split())
    return " ".join(words[start:max_words])
