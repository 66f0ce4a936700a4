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
from pathlib import Path

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


# -- the fourth set (splits mtune2 / mreport2, 3 Dec 2026, twelfth pass; PROTOCOL.md, "Fourth set") ----------

FOURTH_SEMEVAL = {"de-de": 2, "es-es": 2, "pl-pl": 2}
"""SemEval groups of the fourth set and their quotas: each group's candidates after the last row the third set
read (kept or skipped), in the third set's reading order (:func:`candidates`). fr-fr and de-en have none left;
it-it, ru-ru and every cross-language group but de-en have only machine-translated (suffixed) pairs."""
FOURTH_BSNLP = {"ru-uk": 2, "ru-ru": 2, "uk-uk": 2, "pl-ru": 2, "pl-uk": 2}
"""BSNLP-2021 groups (document A's language, document B's) and their quotas: Russian and Ukrainian, which no
earlier set has, alone and across languages (ru-uk, and against Polish)."""
FOURTH_ORDER = ("ru-uk", "ru-ru", "uk-uk", "pl-ru", "pl-uk", "de-de", "es-es", "pl-pl")
"""The order in which groups are read, both slots of a group before the next (so the halves stay the same
size whenever reading stops): the new languages first."""
FOURTH_EXTENSION = {"ru-uk": 2, "uk-uk": 2}
"""Written down after the 15 events were annotated, re-read and scored (mreport2 held 3 conflicts), before any
further text was read: two more slots for the two groups whose first candidates all held one event, the
cross-language ru-uk and uk-uk, their splits continuing each group's alternation (:func:`fourth_slots`). In the
extension a pair that reports an event already in the set (the same strike, the same statement) is skipped, so
no story is in both halves twice over."""
BSNLP_TOPICS = ("asia_bibi", "brexit", "ec", "ryanair", "trump")
BSNLP_CHARS = (700, 1800)
"""A BSNLP document's body (the lines after its five header lines) must be 700 to 1,800 characters: the SemEval
excerpts of the earlier sets are 700 to about 1,200, and a longer text cannot be read with the same care in the
time of one pass (the median body is 1,393 characters: 3,183 documents, measured 3 Dec 2026 from the lengths
alone)."""


def third_set_read() -> set[str]:
    """The CSV rows the third set read (kept or skipped)."""
    import json

    d = json.loads(alignment_data.MULTI_EVENTS_FILE.read_text(encoding="utf-8"))
    rows = {doc["ref"].split(":")[1].split("#")[0] for e in d["events"] for doc in e["docs"]}
    return rows | {s["row"] for s in d["skipped"]}


def fourth_semeval() -> dict[str, list[dict[str, str]]]:
    """{group: the rows left after the last one the third set read, in the third set's reading order}."""
    read, out = third_set_read(), {}
    for group, rows in candidates().items():
        if group not in FOURTH_SEMEVAL:
            continue
        last = max((i for i, r in enumerate(rows) if r["Unnamed: 0"] in read), default=-1)
        out[group] = rows[last + 1 :]
    return out


def bsnlp_header(path: Path) -> dict[str, str]:
    """A BSNLP raw document's header (id, language, date, URL) and its body's length in characters; the title
    (line 5) and the body are not read here."""
    from urllib.parse import urlsplit

    lines = path.read_text(encoding="utf-8").split("\n")
    return {
        "ref": "bsnlp:" + "/".join(path.parts[-4:]),
        "topic": path.parts[-4],
        "lang": lines[1].strip(),
        "date": lines[2].strip(),
        "host": urlsplit(lines[3].strip()).netloc.lower().removeprefix("www."),
        "chars": str(len("\n".join(lines[5:]).strip())),
    }


def fourth_bsnlp() -> dict[str, list[tuple[dict[str, str], dict[str, str]]]]:
    """{group: candidate document pairs in reading order}. A candidate pair: two raw documents of one topic, of
    the group's two languages, published on the same date (header line 3, not empty), from different hosts (two
    outlets), both bodies within :data:`BSNLP_CHARS`. Pairs sorted by (topic, A's file, B's file) are shuffled with
    ``random.Random(f"{SEED}-bsnlp-{group}")``."""
    root = alignment_data.SHARED / "bench" / "bsnlp2021"
    docs = [
        bsnlp_header(p) for topic in BSNLP_TOPICS for p in sorted((root / topic / "raw").glob("*/*")) if p.is_file()
    ]
    lo, hi = BSNLP_CHARS
    docs = [d for d in docs if lo <= int(d["chars"]) <= hi]
    out = {}
    for group in FOURTH_BSNLP:
        la, lb = group.split("-")
        pairs = [
            (a, b)
            for a in docs
            if a["lang"] == la
            for b in docs
            if b["lang"] == lb
            and b["topic"] == a["topic"]
            and a["date"]
            and b["date"] == a["date"]
            and b["host"] != a["host"]
            and (la != lb or a["ref"] < b["ref"])
        ]
        pairs.sort(key=lambda ab: (ab[0]["ref"], ab[1]["ref"]))
        random.Random(f"{SEED}-bsnlp-{group}").shuffle(pairs)
        out[group] = pairs
    return out


def fourth_slots() -> dict[str, list[str]]:
    """{group: the split of its 1st, 2nd, ... kept pair}: alternating, the first drawn per group with
    ``random.Random(f"{SEED}-{group}-fourth")``; the extension's slots continue the alternation."""
    out = {}
    for group in FOURTH_ORDER:
        n = {**FOURTH_BSNLP, **FOURTH_SEMEVAL}[group] + FOURTH_EXTENSION.get(group, 0)
        first = random.Random(f"{SEED}-{group}-fourth").random() < 0.5
        out[group] = [("mtune2" if (i % 2 == 0) == first else "mreport2") for i in range(n)]
    return out


def main_fourth() -> None:
    sem, bs, sl = fourth_semeval(), fourth_bsnlp(), fourth_slots()
    for group in FOURTH_ORDER:
        print(f"## {group}: slots {sl[group]}")
        if group in sem:
            for r in sem[group]:
                print(f"  row {r['Unnamed: 0']} {r['pair_id']} ({len(r['text1'])}/{len(r['text2'])} chars)")
        else:
            print(f"  {len(bs[group])} candidate pairs; the first 12:")
            for a, b in bs[group][:12]:
                print(f"  {a['ref']} ({a['chars']}) | {b['ref']} ({b['chars']}) {a['date']}")


def main() -> None:
    import sys

    if "--fourth" in sys.argv:
        main_fourth()
        return
    cands, sl = candidates(), slots()
    for group in GROUPS:
        quota = f"{QUOTA.get(group, 0)} + extension {EXTENSION.get(group, 0)}"
        print(f"## {group}: {len(cands[group])} candidates, quota {quota}, slots {sl[group]}")
        for r in cands[group]:
            print(f"  row {r['Unnamed: 0']} {r['pair_id']} ({len(r['text1'])}/{len(r['text2'])} chars)")


if __name__ == "__main__":
    main()
