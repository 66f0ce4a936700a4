"""Data phrases as regular expressions: the one convention of the word tables under ``data/`` that the claim
readers search (``agents.toml``, ``facts_outcomes.toml``'s polar acts, ``deciders.toml``).

A phrase is words split by spaces; a word ending in "-" is a stem ("evacuat-": evacuated, evacuation), "a|b" is
either word. A phrase matches whole words: nothing of a word (letters, digits, "_", "-") right before or after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

WORD_START = r"(?<![\w-])"  # every phrase pattern begins with this look-behind
WORD_END = r"(?![\w-])"


def token(word: str) -> str:
    """One word of a data phrase as a pattern body: "evacuat-" -> ``evacuat\\w*``, "a|b" -> ``(?:a|b)``."""
    if "|" in word:
        return "(?:" + "|".join(token(alt) for alt in word.split("|") if alt) + ")"
    return re.escape(word[:-1]) + r"\w*" if word.endswith("-") and len(word) > 1 else re.escape(word)


def body(phrase: str, joint: str = r"\s+") -> str:
    """A phrase's words as one pattern body, ``joint`` between two words (any space by default)."""
    return joint.join(token(w) for w in phrase.split())


def alternation(phrases: Iterable[str], *, flags: int = 0) -> re.Pattern[str]:
    """Whole-word ``phrases``, longest first, as one pattern (duplicates dropped). Phrases of one length keep
    their alphabetical order, so the pattern's text is the same in every process (a set's order follows the
    process's string hashes, and a pattern that differs per process is parsed anew instead of read from
    :mod:`crosswire.regex_cache`)."""
    bodies = [body(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p))]
    return re.compile(WORD_START + "(?:" + "|".join(bodies) + ")" + WORD_END, flags)


def one_search(patterns: Iterable[str], *, flags: int = 0) -> re.Pattern[str] | None:
    """One pattern matching wherever any of ``patterns`` (each starting with :data:`WORD_START`) may match, the
    common look-behind tested once per position before the alternatives: Python's ``re`` would otherwise try it
    once per alternative at every position (about ten times the CPU on the 181 benchmark pages, measured when the
    agent phrases were joined so). None for no patterns. Raises ValueError for a pattern without the look-behind."""
    parts = list(patterns)
    if not parts:
        return None
    if not all(p.startswith(WORD_START) for p in parts):
        raise ValueError("every phrase pattern must start at a word (WORD_START)")
    bodies = [p.removeprefix(WORD_START) for p in parts]
    return re.compile(WORD_START + "(?:" + "|".join(f"(?:{b})" for b in bodies) + ")", flags)


def _case_key_of(code: int) -> int:
    """One code point per class of characters Python's ``re`` matches alike under ``IGNORECASE`` (a ``str``
    pattern): a cased pattern character matches a text character whose simple lower case is its own or one of
    its extra cases (``re._casefix``: "s" / "ſ", "i" / "ı", "θ" / "ϑ", ...); the key is the lowest of those."""
    import _sre  # type: ignore[import-not-found]
    from re import _casefix  # type: ignore[attr-defined]

    low = _sre.unicode_tolower(code)
    return min((low, *_casefix._EXTRA_CASES.get(low, ())))


class _CaseKeys(dict[int, int]):
    """``str.translate`` table from a code point to its :func:`_case_key_of`, filled as characters come."""

    def __missing__(self, code: int) -> int:
        key = self[code] = _case_key_of(code)
        return key


_CASE_KEYS = _CaseKeys()


def case_key(text: str) -> str:
    """``text`` with each character replaced by its ``IGNORECASE`` class's key: two strings of one length that a
    case-insensitive literal pattern of one matches in the other have the same key (never the reverse claim
    for a character ``re`` does not treat as cased: only a necessary condition is read from it)."""
    return text.translate(_CASE_KEYS)


class EndingTitles:
    """``(?<![\\w-])(?:w1|w2|...)<tail>$`` under ``IGNORECASE``, where ``tail`` is ``\\s+`` or ``,?\\s+``: one of
    ``words`` ending a text (a title right before a name, "... Porto mayor "). :meth:`search` answers as the
    pattern's own ``search`` (the very match object), after an exact test that skips the pattern when no word
    can end the text: the words are literal and match one text character each, so a match ends where the
    text's trailing white space (and with ``comma``, the one comma before it) begins, and the text's last
    characters of some word's length have that word's :func:`case_key`. Why: a pattern of ~3,000 titles in
    every language costs ~0.5 ms a search in Python's ``re`` (each alternative is entered at every word start
    of the 60-character window), and the facts stage searches it for every name the model tags an organisation
    or MISC: ~0.6 CPU s of the 181 benchmark pages, nearly all of them no match."""

    def __init__(self, words: Iterable[str], *, comma: bool) -> None:
        ordered = list(dict.fromkeys(words))  # the caller's order: the alternatives are tried in it
        tail = r",?\s+$" if comma else r"\s+$"
        self.pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in ordered) + ")" + tail, re.I)
        self.comma = comma
        # words that could end elsewhere than where the trailing space begins: the test is then skipped
        self._exact = all(ordered) and not any(w[-1].isspace() or w[-1] == "," for w in ordered)
        self._keys = frozenset(case_key(w) for w in ordered)
        self._lengths = sorted({len(w) for w in ordered})
        self._longest = self._lengths[-1] if self._lengths else 0

    def may_match(self, text: str) -> bool:
        """False only when :attr:`pattern` cannot match ``text`` (see the class)."""
        if not self._exact:
            return True
        end = len(text.rstrip())
        if end == len(text):
            return False  # no white space after the title
        if self.comma and end and text[end - 1] == ",":
            end -= 1
        tail = case_key(text[max(0, end - self._longest) : end])
        return any(tail[-n:] in self._keys for n in self._lengths if n <= len(tail))

    def search(self, text: str) -> re.Match[str] | None:
        """``self.pattern.search(text)``."""
        return self.pattern.search(text) if self.may_match(text) else None
