"""The multilingual alignment set's selection rule (PROTOCOL.md, "Third set"), as code: which SemEval-2022 Task 8
rows are candidates, in which seeded random order each language group is read, and which split each slot gets.

    .venv/bin/python bench/multigold_select.py            # every group's candidates in reading order, with slots

A candidate is a row of ``training_set.csv`` with ``Overall`` = 1 (same story), whose ``pair_id`` carries no
language suffix (a suffix, as in ``1484008155es_1483984703``, marks a machine-translated text), and whose two
texts are both at least ``MIN_CHARS`` characters. Rows are keyed by the CSV's row number (column ``Unnamed:
0``): some ``pair_id`` occur twice with different texts. Each group's candidates, sorted by row number, are
shuffled with ``random.Random(f"{SEED}-{group}")``; the annotator reads them in that order and keeps the first ``QUOTA``
that are real articles on one story, skipping a row whose ``pair_id`` is already kept (the same story
scraped twice); a skipped row's reason goes to PROTOCOL.md. Slots (the n-th kept pair of
a group) get their split before any text is read: alternating ``mtune`` / ``mreport`` within a group, the
first slot's split drawn (:func:`slots`), so the halves are balanced within each group and overall.
"""

from __future__ import annotations

import csv
import random
import re

import alignment_data

SEED = 20261203
MIN_CHARS = 700
"""Near-empty texts are left out: 700 characters is about five sentences; the CSV caps texts near 1,200."""
GROUPS = ("de-de", "es-es", "fr-fr", "it-it", "pl-pl", "de-en", "es-en", "pl-en", "es-it", "de-fr")
QUOTA = {"de-de": 4, "es-es": 5, "fr-fr": 3, "pl-pl": 5, "de-en": 7}
"""24 pairs. it-it, es-en, pl-en, es-it and de-fr have no candidate: every Overall = 1 pair of those groups has a
machine-translated side. fr-fr has three candidates; de-en, the one cross-language group left, gets the most."""
EXTENSION = {"de-de": 2, "es-es": 2, "pl-pl": 2, "de-en": 1}
"""Written down after the 24 were annotated and scored (they held 5 conflicts), before any further text was read:
the next pairs of each group in the same reading order (fr-fr has none left, de-en one), their splits continuing
each group's alternation (:func:`slots`)."""


def candidates() -> dict[str, list[dict[str, str]]]:
    """{group: candidate rows in reading order}."""
    alignment_data._semeval_rows()  # sets the csv field size limit
    path = alignment_data.SHARED / "bench" / "semeval2022-t8" / "training_set.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out: dict[str, list[dict[str, str]]] = {}
    for group in GROUPS:
        keep = [
            r
            for r in rows
            if f"{r['lang1']}-{r['lang2']}" == group
            and float(r["Overall"]) == 1.0
            and not re.search(r"[a-z]", r["pair_id"])
            and min(len(r["text1"].strip()), len(r["text2"].strip())) >= MIN_CHARS
        ]
        keep.sort(key=lambda r: int(r["Unnamed: 0"]))
        random.Random(f"{SEED}-{group}").shuffle(keep)
        out[group] = keep
    return out


def slots() -> dict[str, list[str]]:
    """{group: the split of its 1st, 2nd, ... kept pair}, fixed before reading. Within a group the splits
    alternate; an even group's first split is drawn, and the odd groups' first splits alternate (the first
    drawn) so that the two halves have the same size overall."""
    out = {}
    odd_first = random.Random(f"{SEED}-odd-split").random() < 0.5
    for group in GROUPS:
        n = QUOTA.get(group, 0)
        if n % 2:
            first, odd_first = odd_first, not odd_first
        else:
            first = random.Random(f"{SEED}-{group}-split").random() < 0.5
        n += EXTENSION.get(group, 0)  # the extension continues the alternation
        out[group] = [("mtune" if (i % 2 == 0) == first else "mreport") for i in range(n)]
    return out


def main() -> None:
    cands, sl = candidates(), slots()
    for group in GROUPS:
        quota = f"{QUOTA.get(group, 0)} + extension {EXTENSION.get(group, 0)}"
        print(f"## {group}: {len(cands[group])} candidates, quota {quota}, slots {sl[group]}")
        for r in cands[group]:
            print(f"  row {r['Unnamed: 0']} {r['pair_id']} ({len(r['text1'])}/{len(r['text2'])} chars)")


if __name__ == "__main__":
    main()
