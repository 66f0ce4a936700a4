"""How often each word of the money-concept lexicon (``data/money_concepts.toml``) occurs in real news text of
its language: the articles of SemEval-2022 Task 8 (``../shared/bench/semeval2022-t8/training_set.csv``, both
texts of every pair, by their language code). A check that the hand-written entries are words news copy uses,
and, beside a number, of a sum of money: for each entry the articles whose text holds it, and how many of
those hits stand within six words of an amount (a number followed by a scale or currency word).

    .venv/bin/python bench/money_words.py [--language fr]

Prints one line per entry: language, concept, entry, articles holding it, hits near an amount. Reads the
shared data only; writes nothing.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter

import shared_dir
from crosswire.vocab.concepts import entry_matches
from crosswire.vocab.data import data_toml

CSV = shared_dir.SHARED / "bench" / "semeval2022-t8" / "training_set.csv"
LANGUAGES = ("en", "fr", "de", "es", "ru")
# a number then a scale or currency word in any of the five languages (for "near an amount" only)
_AMOUNT = re.compile(
    r"\d[\d.,\s]*\s?(?:bn|billion|million|milliard|millions?|millones|mil millones|milliarden|millionen|mrd|mio|"
    r"млрд|млн|тыс|euros?|dollars?|€|\$|£|crowns?|couronnes?|kronen|крон|евро|доллар|рубл)",
    re.I,
)
_WORD = re.compile(r"[^\W\d_]+", re.U)
NEAR = 6  # words


def _texts(language: str) -> list[str]:
    csv.field_size_limit(sys.maxsize)
    out = []
    with CSV.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for side in ("1", "2"):
                if row[f"lang{side}"] == language and row[f"text{side}"]:
                    out.append(row[f"text{side}"])
    return out


def _hits(entry: str, text: str, language: str) -> list[int]:
    """Character offsets of the words of ``text`` the entry matches, read as the lexicon reads them
    (:func:`crosswire.vocab.concepts.entry_matches`; a two-word entry as the two words in a row)."""
    low = text.lower()
    if " " in entry:
        return [m.start() for m in re.finditer(re.escape(entry), low)]
    return [m.start() for m in _WORD.finditer(low) if entry_matches(entry, m.group(), language)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--language", choices=LANGUAGES)
    args = ap.parse_args(argv)
    if not CSV.exists():
        print(f"{CSV}: not found (the shared data is needed)", file=sys.stderr)
        return 1
    table = data_toml("money_concepts.toml")
    for lang in [args.language] if args.language else LANGUAGES:
        texts = _texts(lang)
        amounts = [[m.start() for m in _AMOUNT.finditer(t)] for t in texts]
        print(f"## {lang}: {len(texts)} articles")
        for concept, words in table.items():
            for entry in words.get(lang, []):
                docs, near = 0, Counter[str]()
                for text, spots in zip(texts, amounts, strict=True):
                    hits = _hits(entry.casefold(), text, lang)
                    docs += bool(hits)
                    for h in hits:
                        window = len(" ".join(text[max(0, h - 80) : h + 80].split()[: NEAR * 2]))
                        if any(abs(s - h) <= window for s in spots):
                            near[entry] += 1
                print(f"{lang}\t{concept}\t{entry}\t{docs}\t{near[entry]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
