"""Sentences that cannot both hold are never one agreed claim, in any pair of languages: a named person's two
fates ("starb" / "survived"), two days ("am Samstag" / "w niedzielę"), numbers each gives and the other lacks
("drei Menschen" / "четыре человека"). A new user's six-language balloon story showed each of these as one
agreed item citing both sides. Invented text."""

from __future__ import annotations

from test_compare_core import compare_texts

DAY = "2026-11-15"
STORY = {
    "en": (
        "Harbourline Post",
        "A hot-air balloon carrying 12 people crashed near the town of Vessel on Saturday, killing two passengers. "
        "The pilot, Aron Kessik, survived the crash and was taken to hospital in a serious condition. "
        "Festival flights were suspended for the rest of the day.",
    ),
    "de": (
        "Talbote",
        "Beim Absturz eines Heißluftballons nahe der Stadt Vessel sind am Samstag zwei Menschen ums Leben "
        "gekommen. Der Pilot Aron Kessik starb am Abend im Krankenhaus. Die Flüge des Festivals wurden für den "
        "Rest des Tages ausgesetzt.",
    ),
    "ru": (
        "Вечерний курьер",
        "Воздушный шар с 12 людьми на борту потерпел крушение в субботу возле города Вессел, погибли три "
        "человека. Пилот Арон Кессик выжил и доставлен в больницу. Полёты на фестивале приостановлены до конца дня.",
    ),
    "pl": (
        "Gazeta Brzegowa",
        "Balon na ogrzane powietrze z 12 osobami na pokładzie rozbił się w niedzielę w pobliżu miasta Vessel. "
        "Pilot Aron Kessik przeżył katastrofę. Loty festiwalowe zawieszono do końca dnia.",
    ),
}


def _compare(tmp_path):
    return compare_texts(tmp_path, [(k, o, DAY, t) for k, (o, t) in STORY.items()])


def test_a_person_reported_dead_and_alive_is_a_conflict_not_an_agreement(tmp_path):
    comparison = _compare(tmp_path)
    fate = [c for c in comparison.conflicts if c.measure.startswith("fate of")]
    assert len(fate) == 1 and fate[0].reason == "different outcome"
    sides = {side.label: {ev.article for ev in side.evidence} for side in fate[0].sides}
    assert sides == {"survived": {"en", "ru", "pl"}, "died": {"de"}}
    for item in comparison.agreed:
        texts = " ".join(ev.text for ev in item.evidence)
        assert not ("starb" in texts and ("survived" in texts or "выжил" in texts or "przeżył" in texts)), item


def test_two_days_or_two_tolls_across_languages_are_not_one_claim(tmp_path):
    comparison = _compare(tmp_path)
    for item in comparison.agreed:
        cited = {ev.article: ev.text for ev in item.evidence}
        assert not (
            "niedzielę" in cited.get("pl", "")
            and ("Saturday" in cited.get("en", "") or "Samstag" in cited.get("de", ""))
        ), item
        assert not ("три" in cited.get("ru", "") and "zwei" in cited.get("de", "")), item


def test_the_same_facts_across_languages_still_agree(tmp_path):
    """The suspension of the festival's flights is stated alike in four languages: still agreed."""
    comparison = _compare(tmp_path)
    suspended = [
        it for it in comparison.agreed if any("suspended" in ev.text or "ausgesetzt" in ev.text for ev in it.evidence)
    ]
    assert suspended and max(len(it.sources) for it in suspended) >= 3, [it.summary for it in comparison.agreed]


def test_one_source_telling_of_a_change_is_no_conflict(tmp_path):
    """A source that gives both fates tells of a change ("survived the crash but died in hospital")."""
    rows = [
        (
            "a",
            "Harbourline Post",
            DAY,
            "The pilot, Aron Kessik, survived the crash. Aron Kessik died in hospital on Sunday evening.",
        ),
        ("b", "Talbote", DAY, "Der Pilot Aron Kessik starb am Sonntagabend im Krankenhaus, teilte die Klinik mit."),
    ]
    comparison = compare_texts(tmp_path, rows)
    assert not [c for c in comparison.conflicts if c.measure.startswith("fate of")]
