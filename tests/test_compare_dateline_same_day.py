"""A wire dateline is the article's metadata, never part of the evidence a user is shown, and a sentence that
says it happened "the same day" is on the timeline under that day. Invented story (a road bridge collapse in
the invented town of Velmora), in English, Russian, German and Polish, published on Tuesday 3 March 2026:

* the collapse's sentences open with datelines ("VELMORA, Karsten, March 3 (Harbour Wire) -", "VELMORA -",
  "ВЕЛЬМОРА, 3 марта —", "Velmora (dpa) -"): no evidence, agreed item or timeline line starts with one, and every span
  stays verbatim in its cleaned body (the body keeps the dateline);
* the council's vote, said to be "hours later" / "в тот же день", is a timeline line of 3 March citing both
  (the German "am selben Tag" sentence is dated too, but the line cites only sentences giving its 9-2 tally,
  which the German "mit 9 zu 2 Stimmen" is not read as); "the next day" dates nothing (a new user's rocket story
  had one timeline line). The phrases of other languages are checked one by one.
"""

from __future__ import annotations

import re

import pytest

from crosswire.compare.claims.timeline import says_same_day
from crosswire.compare.records import Comparison
from test_compare_core import compare_texts

pytest.importorskip("natasha", reason="the Russian language front-end is not installed")

EN = (
    "VELMORA, Karsten, March 3 (Harbour Wire) - A road bridge over the river Tarn collapsed in Velmora on Tuesday, "
    "sending two lorries into the water, police said.\n\n"
    "Both drivers were pulled from the river by fishermen and taken to hospital.\n\n"
    "Hours later, the Karsten regional council voted 9-2 to close three other bridges of the same design.\n\n"
    "The next day, engineers began to inspect the remaining spans of the road."
)
EN2 = (
    "VELMORA - A road bridge over the river Tarn collapsed in Velmora on Tuesday, sending two "
    "lorries into the water, police said.\n\n"
    "Both drivers were rescued by fishermen and were taken to hospital with light injuries.\n\n"
    "The bridge, built in 1974, had been due for repairs this summer."
)
RU = (
    "ВЕЛЬМОРА, 3 марта — Во вторник в Вельморе обрушился автомобильный мост через реку Тарн, две фуры упали в "
    "воду, сообщила полиция.\n\n"
    "Обоих водителей вытащили из реки рыбаки.\n\n"
    "В тот же день региональный совет Карстена 9 голосами против 2 проголосовал за закрытие ещё трёх мостов "
    "той же конструкции."
)
DE = (
    "Velmora (dpa) - In Velmora ist am Dienstag eine Straßenbrücke über den Fluss Tarn eingestürzt, zwei "
    "Lastwagen stürzten ins Wasser, wie die Polizei mitteilte.\n\n"
    "Am selben Tag beschloss der Regionalrat von Karsten mit 9 zu 2 Stimmen, drei weitere Brücken derselben "
    "Bauart zu sperren."
)

DATELINE = re.compile(r"^(?:VELMORA|ВЕЛЬМОРА|Velmora \()")


@pytest.fixture(scope="module")
def bridge(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    rows = [
        ("en", "Harbour Wire", "2026-03-03", EN),
        ("en2", "Karsten Evening Post", "2026-03-03", EN2),
        ("ru", "Карстенские новости", "2026-03-03", RU),
        ("de", "Tarn-Bote", "2026-03-03", DE),
    ]
    return compare_texts(tmp_path_factory.mktemp("bridge"), rows)


def _evidence(c: Comparison):
    for item in c.agreed:
        yield from item.evidence
    for conflict in c.conflicts:
        for side in conflict.sides:
            yield from side.evidence
    for item in c.single_source:
        yield from item.evidence
    for line in c.timeline:
        yield from line.evidence


def test_no_evidence_starts_with_a_dateline(bridge: Comparison) -> None:
    evidence = list(_evidence(bridge))
    assert evidence
    assert not [ev.text for ev in evidence if DATELINE.match(ev.text)]
    assert any(ev.text.startswith("A road bridge over the river Tarn collapsed") for ev in evidence)


def test_no_timeline_line_or_agreed_item_starts_with_a_dateline(bridge: Comparison) -> None:
    assert bridge.stats.sources == 4
    assert not [t.text for t in bridge.timeline if DATELINE.match(t.text)]
    assert not [a.summary for a in bridge.agreed if DATELINE.match(a.summary)]


def test_the_same_day_vote_is_on_the_timeline(bridge: Comparison) -> None:
    on_day = [t for t in bridge.timeline if t.date == "2026-03-03"]
    cited = {ev.text for t in on_day for ev in t.evidence}
    assert any(t.startswith("Hours later, the Karsten regional council voted") for t in cited)
    assert any("В тот же день региональный совет" in t for t in cited)  # the same tally: the line's figures
    assert not any(
        "The next day" in t for line in bridge.timeline for t in [line.text, *(e.text for e in line.evidence)]
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hours after the failure, the council voted to suspend launches.", "en"),
        ("Later that day the minister resigned.", "en"),
        ("Муниципальный совет в тот же день проголосовал за приостановку.", "ru"),
        ("Noch am selben Tag trat der Minister zurück.", "de"),
        ("Tego samego dnia rada gminy zagłosowała za wstrzymaniem startów.", "pl"),
        ("Ese mismo día el ayuntamiento votó la suspensión.", "es"),
        ("Le jour même, le conseil a voté la suspension.", "fr"),
        ("Того ж дня міська рада проголосувала за призупинення.", "uk"),
    ],
)
def test_same_day_phrases_in_each_language(text: str, language: str) -> None:
    assert says_same_day(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The next day, the council voted to suspend launches.", "en"),
        ("Days later the minister resigned.", "en"),
        ("На следующий день совет проголосовал за приостановку.", "ru"),
        ("Am nächsten Tag trat der Minister zurück.", "de"),
        ("Następnego dnia rada gminy zagłosowała.", "pl"),
    ],
)
def test_another_day_is_no_same_day(text: str, language: str) -> None:
    assert not says_same_day(text, language)
