"""A sentence that gives two times of day tells two acts' times apart ("started shortly after 9 p.m. and was put
out by midnight"): its times are not one claim's time to set against another sentence's. Before, the reader kept
one time per sentence (a bound such as "shortly after 9 p.m." has no slot), so "by midnight" was set against
"around 9 p.m." and the two outlets' matching account of the fire was neither agreed nor listed. Invented text;
the near cases keep a real disagreement about one time."""

from __future__ import annotations

from test_compare_core import compare_texts

LEAD_A = "A fire tore through a warehouse in Kelm on Saturday, injuring 14 workers, the fire service said."
LEAD_B = (
    "Fourteen workers were injured when fire swept through a Kelm warehouse late on Saturday, the fire service said."
)


def _compare(tmp_path, a: str, b: str):
    return compare_texts(
        tmp_path,
        [
            ("a", "Kelm Courier", "2026-11-29", f"{LEAD_A} {a}"),
            ("b", "Dravna Daily", "2026-11-29", f"{LEAD_B} {b}"),
        ],
    )


def _cites_both(item, a_word: str, b_word: str) -> bool:
    texts = {ev.article: ev.text for ev in item.evidence}
    return a_word in texts.get("a", "") and b_word in texts.get("b", "")


def test_two_times_in_each_sentence_agree(tmp_path):
    comparison = _compare(
        tmp_path,
        "The blaze started in a storage hall shortly after 9 p.m. and was put out by midnight, officials said.",
        "The fire began in a storage hall around 9 p.m. and was extinguished before midnight.",
    )
    assert not comparison.conflicts
    assert any(_cites_both(item, "storage hall", "storage hall") for item in comparison.agreed)


def test_one_time_each_is_never_agreed(tmp_path):
    comparison = _compare(
        tmp_path,
        "The blaze started in a storage hall at about 9 p.m., officials said.",
        "The fire began in a storage hall at about 11 p.m., officials said.",
    )
    assert not any(_cites_both(item, "storage hall", "storage hall") for item in comparison.agreed)
