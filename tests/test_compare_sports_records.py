"""A competitor's win-loss record and its tallies (`compare/claims/tallies.py`) and the time within a round a
contest was stopped (`compare/claims/round_times.py`), compared across outlets, on invented bouts and matches.

The class: sports copy gives a record as an appositive block beside the name ("Lena Varga (31-2, 24 KOs)") and
the end of a bout as a time within a numbered round ("at the 1:50 mark of the fifth", "after 40 seconds of the
fifth round"). The facts stage read neither, and the sentences that give them are seldom paired, so a record
written before the bout and one written after it, or two stopping times, were never set side by side.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.match_scores import final_score
from crosswire.compare.claims.ranks import ranks_in
from crosswire.compare.claims.round_times import round_times
from crosswire.compare.claims.tallies import read_record
from test_compare_core import compare_texts

DAY = "2026-04-12"


# a second sentence per article, in the article's own language (the language is detected per article)
FILLER = {
    "en": (
        "Tickets for the hall sold out in two days, the promoter said.",
        "The loser said she would train again in May.",
    ),
    "de": (
        "Die Karten waren nach zwei Tagen ausverkauft, sagte der Veranstalter.",
        "Der Trainer will im Mai neu planen.",
    ),
    "es": (
        "Las entradas se agotaron en dos días, dijo el promotor.",
        "El entrenador dijo que en mayo volverán a entrenar.",
    ),
}


def _rows(a: str, b: str, language: str = "en") -> list[tuple[str, str, str, str]]:
    fa, fb = FILLER[language]
    return [
        ("a", "Ring Daily", DAY, f"Fight night\n\n{a}\n\n{fa}"),
        ("b", "Coast Wire", DAY, f"Fight night\n\n{b}\n\n{fb}"),
    ]


def _measured(comparison, word: str) -> list:
    return [c for c in comparison.conflicts if word in c.measure]


# -- reading a record block, a time within a round, a final score, a place in a ranking ------------------------------

RECORDS = [
    (" (31-2, 24 KOs) stopped", (31, 2), (("knockouts", 24),)),
    (", 18-4-1, 9 knockouts, won", (18, 4, 1), (("knockouts", 9),)),
    (" (12-5-3) beat", (12, 5, 3), ()),
    (", 40-3, 31 KO's.", (40, 3), (("knockouts", 31),)),
    (" (22-1, 15 K.-o.-Siege) gewann", (22, 1), (("knockouts", 15),)),
    (" (27-2, 20 nocauts) venció", (27, 2), (("knockouts", 20),)),
    (" (14–6, 5 submissions) tapped", (14, 6), (("submissions", 5),)),
]

NOT_RECORDS = [
    (" (1923-2008) was a pin-up", "a life's years"),
    (", 6-4, 6-3, in the final", "set scores"),
    (", 6-4, 230 pounds, signed", "a height and a weight"),
    (", 2-1 winners over the Hawks", "a score not closed as a block"),
    (" said 3-1 was fair", "no block after the name"),
    (", 31-24, on Thursday night", "a score between commas"),
]


@pytest.mark.parametrize(("after", "results", "tallies"), RECORDS, ids=[r[0].strip() for r in RECORDS])
def test_a_record_block_after_a_name_is_read(after: str, results: tuple, tallies: tuple) -> None:
    found = read_record("Lena Varga" + after, len("Lena Varga"))
    assert found is not None
    assert found[0] == results
    assert found[1] == tallies


@pytest.mark.parametrize(("after", "why"), NOT_RECORDS, ids=[n[1] for n in NOT_RECORDS])
def test_numbers_after_a_name_that_are_no_record_are_not_read(after: str, why: str) -> None:
    assert read_record("Lena Varga" + after, len("Lena Varga")) is None, why


ROUND_TIMES = [
    ("The referee stopped the bout at the 1:50 mark of the fifth.", "en", 110, 5),
    ("Varga stopped Ruiz after 40 seconds of the fifth round.", "en", 40, 5),
    (
        "After a knockdown in the fourth, the referee waved it off 2 minutes and 5 seconds into the 5th round.",
        "en",
        125,
        5,
    ),
    ("Der Kampf wurde in der fünften Runde nach 40 Sekunden abgebrochen.", "de", 40, 5),
    ("El árbitro detuvo la pelea a los 40 segundos del quinto asalto.", "es", 40, 5),
]

NO_ROUND_TIMES = [
    ("The Hawks scored with 2:15 left in the third period before the game ended.", "en", "a countdown"),
    ("Varga landed 40 punches in the fifth round.", "en", "no stopping"),
    ("The referee stopped the bout at 10:45 p.m. local time.", "en", "a clock time, no round"),
]


@pytest.mark.parametrize(("text", "language", "seconds", "number"), ROUND_TIMES, ids=[r[0][:30] for r in ROUND_TIMES])
def test_a_time_within_a_round_is_read(text: str, language: str, seconds: int, number: int) -> None:
    found = round_times(text, language)
    assert [(t.seconds, t.round) for t in found] == [(seconds, number)]
    assert text[found[0].start :].startswith(found[0].text)


@pytest.mark.parametrize(("text", "language", "why"), NO_ROUND_TIMES, ids=[n[2] for n in NO_ROUND_TIMES])
def test_times_that_are_no_stoppage_within_a_round_are_not_read(text: str, language: str, why: str) -> None:
    assert round_times(text, language) == [], why


SCORES = [
    ("The Harbor Hawks beat the Delta Rays 4-2 on Friday night in Porto Vale.", "en", (4, 2)),
    (
        "Quarterback Ian Holt was nearly perfect as the Hawks beat the host Rays, 31-24, on Thursday night.",
        "en",
        (31, 24),
    ),
    ("The Rays lost 2-4 to the Hawks.", "en", (4, 2)),
    ("A 91-73 victory over visiting Delta (7-2) kept the Hawks unbeaten.", "en", (91, 73)),
    ("Der FC Harbor besiegte Delta am Freitag mit 4:2.", "de", (4, 2)),
    ("Los Harbor Hawks vencieron 4-2 a los Delta Rays el viernes.", "es", (4, 2)),
]

NO_SCORES = [
    ("The Hawks led 2-0 at half-time before the Rays came back to win.", "en", "a half-time score"),
    ("Ivo Marek beat Tomas Rell, 6-4, 6-3, in the final.", "en", "set scores"),
    ("It took 2-3 hours for the fans to beat the traffic home.", "en", "a range"),
    ("The Hawks beat the Rays on Friday at 10:45 p.m.", "en", "a time of day"),
    ("The Hawks (12-5-3) beat the Rays on Friday.", "en", "a record"),
    ("Der FC Harbor gewann das Hinspiel mit 2:1.", "de", "a first leg"),
]


@pytest.mark.parametrize(("text", "language", "score"), SCORES, ids=[s[0][:30] for s in SCORES])
def test_a_final_score_is_read(text: str, language: str, score: tuple[int, int]) -> None:
    found = final_score(text, language)
    assert found is not None
    assert found[:2] == score
    assert found[2] in text


@pytest.mark.parametrize(("text", "language", "why"), NO_SCORES, ids=[n[2] for n in NO_SCORES])
def test_numbers_that_are_no_final_score_are_not_read(text: str, language: str, why: str) -> None:
    assert final_score(text, language) is None, why


RANKS = [
    ("World No. 3 Ivo Marek beat Tomas Rell in the final.", "en", 3),
    ("Fourth-ranked Ivo Marek won the Porto Vale title.", "en", 4),
    ("Ivo Marek, ranked third in the world, beat Tomas Rell.", "en", 3),
    ("Ivo Marek, the world number four, won the title.", "en", 4),
    ("Die Weltranglisten-Dritte Lena Varga gewann in Porto Vale.", "de", 3),
    ("Lena Varga, número tres del mundo, ganó en Porto Vale.", "es", 3),
]

NO_RANKS = [
    ("The third seed, world No. 5 Tomas Rell, lost in the first round.", "en", "a seeding in the sentence"),
    ("Ivo Marek won his third title of the year in Porto Vale.", "en", "an ordinal that is no rank"),
]


@pytest.mark.parametrize(("text", "language", "rank"), RANKS, ids=[r[0][:30] for r in RANKS])
def test_a_ranking_place_is_read(text: str, language: str, rank: int) -> None:
    assert [n for _, _, n in ranks_in(text, language)] == [rank]


@pytest.mark.parametrize(("text", "language", "why"), NO_RANKS, ids=[n[2] for n in NO_RANKS])
def test_numbers_that_are_no_ranking_place_are_not_read(text: str, language: str, why: str) -> None:
    assert ranks_in(text, language) == [], why


# -- compared across outlets -----------------------------------------------------------------------------------

# (the case, the articles' language, outlet a's sentence, outlet b's sentence, {the words of a conflict's measure:
# (its reason, its two sides' labels where checked)}): each measure named has one conflict, citing both outlets
CONFLICTS = [
    (
        "record: boxer before and after the bout",
        "en",
        "Lena Varga (31-2, 24 KOs) stopped Ana Ruiz in Porto Vale on Saturday to keep her lightweight belt.",
        "Champion Lena Varga, 32-2, 25 KO's, dismantled Ana Ruiz in front of a sold-out hall on Saturday.",
        {"record of": ("different time", None), "knockouts of": ("different time", {"24", "25"})},
    ),
    (
        "record: team record, different value",
        "en",
        "The Harbor Hawks (12-5-3) beat the Delta Rays 4-2 at home on Friday night.",
        "The Harbor Hawks (14-3-3) came from behind to beat the Delta Rays on Friday night.",
        {"record of": ("different value", None)},
    ),
    (
        "record: German",
        "de",
        "Lena Varga (31-2, 24 K.-o.-Siege) besiegte Ana Ruiz am Samstag in Porto Vale vorzeitig.",
        "Die Weltmeisterin Lena Varga (32-2, 25 K.-o.-Siege) schlug Ana Ruiz am Samstag in Porto Vale.",
        {"record of": ("different time", None), "knockouts of": ("different time", {"24", "25"})},
    ),
    (
        "record: Spanish",
        "es",
        "Lena Varga (31-2, 24 nocauts) derrotó a Ana Ruiz el sábado en Porto Vale.",
        "La campeona Lena Varga (32-2, 25 nocauts) venció a Ana Ruiz el sábado en Porto Vale.",
        {"record of": ("different time", None), "knockouts of": ("different time", {"24", "25"})},
    ),
    (
        "stopping time: clock mark vs seconds",
        "en",
        "Lena Varga floored Ana Ruiz in the fourth and the referee stopped the fight at the 1:50 mark of the fifth.",
        "Lena Varga kept her belt after stopping Ana Ruiz after 40 seconds of the fifth round in Porto Vale.",
        {"round 5": ("different time", None)},
    ),
    (
        "stopping time: German",
        "de",
        "Lena Varga schlug Ana Ruiz nieder, und der Kampf wurde in der fünften Runde nach 110 Sekunden abgebrochen.",
        "Der Ringrichter brach den Kampf zwischen Lena Varga und Ana Ruiz in der fünften Runde nach 40 Sekunden ab.",
        {"round 5": ("different time", None)},
    ),
    (
        "stopping time: Spanish",
        "es",
        "El árbitro detuvo la pelea de Lena Varga y Ana Ruiz a los 110 segundos del quinto asalto.",
        "Lena Varga noqueó a Ana Ruiz y el árbitro detuvo la pelea a los 40 segundos del quinto asalto.",
        {"round 5": ("different time", None)},
    ),
    (
        "final score: en",
        "en",
        "Ivo Marek scored twice as Harbor City beat Delta United 4-2 on Friday night.",
        "Harbor City edged Delta United 4-1 on Friday night thanks to two goals from Ivo Marek.",
        {"score of": ("different value", None)},
    ),
    (
        "final score: German",
        "de",
        "Der FC Harbor besiegte den SV Delta am Freitagabend mit 4:2, Ivo Marek traf zweimal.",
        "Mit zwei Toren von Ivo Marek gewann der FC Harbor am Freitagabend 4:1 gegen den SV Delta.",
        {"score of": ("different value", None)},
    ),
    (
        "final score: Spanish",
        "es",
        "El FC Harbor venció 4-2 al Delta el viernes por la noche con dos goles de Ivo Marek.",
        "Con dos goles de Ivo Marek, el FC Harbor derrotó 4-1 al Delta el viernes por la noche.",
        {"score of": ("different value", None)},
    ),
    (
        "ranking: en",
        "en",
        "World No. 3 Ivo Marek beat Tomas Rell in the Porto Vale final on Sunday.",
        "Fourth-ranked Ivo Marek won the Porto Vale title on Sunday by beating Tomas Rell.",
        {"ranking of": ("different value", {"No. 3", "No. 4"})},
    ),
    (
        "ranking: German",
        "de",
        "Die Weltranglisten-Dritte Lena Varga gewann am Sonntag das Finale von Porto Vale gegen Ana Ruiz.",
        "Lena Varga, die Nummer vier der Welt, besiegte am Sonntag im Finale von Porto Vale Ana Ruiz.",
        {"ranking of": ("different value", {"No. 3", "No. 4"})},
    ),
    (
        "ranking: Spanish",
        "es",
        "Lena Varga, número tres del mundo, ganó el domingo la final de Porto Vale ante Ana Ruiz.",
        "La cuarta del ranking mundial, Lena Varga, venció el domingo a Ana Ruiz en la final de Porto Vale.",
        {"ranking of": ("different value", {"No. 3", "No. 4"})},
    ),
]


@pytest.mark.parametrize(("case", "language", "a", "b", "expected"), CONFLICTS, ids=[c[0] for c in CONFLICTS])
def test_two_values_of_one_measure_conflict(
    tmp_path: Path, case: str, language: str, a: str, b: str, expected: dict[str, tuple[str, set[str] | None]]
) -> None:
    comparison = compare_texts(tmp_path, _rows(a, b, language))
    for measure, (reason, labels) in expected.items():
        found = _measured(comparison, measure)
        assert len(found) == 1, (case, measure, [c.summary for c in comparison.conflicts])
        assert found[0].reason == reason, (case, measure)
        assert sorted(ev.article for side in found[0].sides for ev in side.evidence) == ["a", "b"], (case, measure)
        if labels is not None:
            assert {s.label for s in found[0].sides} == labels, (case, measure)


def test_a_record_conflict_leaves_the_bout_agreed(tmp_path: Path) -> None:
    """The record is a detail beside the claim: the two sentences still agree that Varga beat Ruiz."""
    a = "Lena Varga (31-2, 24 KOs) stopped Ana Ruiz in the fifth round in Porto Vale on Saturday night."
    b = "Lena Varga (32-2, 25 KOs) stopped Ana Ruiz in the fifth round in Porto Vale on Saturday night."
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert _measured(comparison, "record of")
    assert any({ev.article for ev in item.evidence} == {"a", "b"} for item in comparison.agreed)


# (the case, outlet a's sentence, outlet b's sentence, the words of measures no conflict may have), in English
NO_CONFLICTS = [
    (
        "record: one record in two wordings",
        "Lena Varga (31-2, 24 KOs) stopped Ana Ruiz in Porto Vale on Saturday to keep her lightweight belt.",
        "Champion Lena Varga, 31-2, 24 KO's, dismantled Ana Ruiz in front of a sold-out hall on Saturday.",
        ("record of", "knockouts of"),
    ),
    (
        "record: two sisters of one surname",
        "Lena Varga (31-2, 24 KOs) stopped Ana Ruiz in Porto Vale on Saturday to keep her lightweight belt.",
        "Her sister Mira Varga, 12-6, 3 KO's, lost to Tea Bonn on the undercard on Saturday.",
        ("record of", "knockouts of"),
    ),
    (
        "record: two moments of a season",
        "Dara Olin scored 16 points for the Harbor Hawks (10-0) in their home win over Delta on Tuesday.",
        "Dara Olin had 15 points for the Harbor Hawks (14-1), who were beaten at home by Porto Vale on Sunday.",
        ("record of", "knockouts of"),
    ),
    (
        "record: a game score between commas",
        "The Harbor Hawks (12-5-3) beat the Delta Rays at home on Friday night.",
        "The Harbor Hawks beat the visiting Delta Rays, 4-2, on Friday night.",
        ("record of", "knockouts of"),
    ),
    (
        "record: set scores, not records",
        "Ivo Marek beat Tomas Rell, 6-4, 6-3, in the Porto Vale final on Sunday.",
        "Ivo Marek beat Tomas Rell, 7-5, 6-2, in the Porto Vale final on Sunday.",
        ("record of", "knockouts of"),
    ),
    (
        "record: one source giving two records tells of a change",
        "Lena Varga (31-2, 24 KOs) stopped Ana Ruiz in Porto Vale on Saturday.\n\n"
        "Lena Varga, now 32-2, 25 KOs, will defend the belt again in June.",
        "The Porto Vale crowd cheered as Lena Varga beat Ana Ruiz on Saturday.",
        ("record of",),
    ),
    (
        "stopping time: one time in two wordings",
        "Lena Varga floored Ana Ruiz in the fourth and the referee stopped the fight at the 1:50 mark of the fifth.",
        "Lena Varga kept her belt after stopping Ana Ruiz 1 minute and 50 seconds into the fifth round.",
        ("round",),
    ),
    (
        "stopping time: two rounds",
        "Lena Varga floored Ana Ruiz in the fourth and the referee stopped the fight at the 1:50 mark of the fifth.",
        "Lena Varga kept her belt after stopping Ana Ruiz after 40 seconds of the sixth round in Porto Vale.",
        ("round",),
    ),
    (
        "stopping time: two bouts of a card, no name in common",
        "Lena Varga floored Ana Ruiz in the fourth and the referee stopped the fight at the 1:50 mark of the fifth.",
        "On the undercard, Mira Bonn stopped Tea Lind after 40 seconds of the fifth round.",
        ("round",),
    ),
    (
        "final score: one score, the loser's way round",
        "Ivo Marek scored twice as Harbor City beat Delta United 4-2 on Friday night.",
        "Delta United lost 2-4 to Harbor City on Friday night despite a late rally.",
        ("score of",),
    ),
    (
        "final score: two matches on two days",
        "Ivo Marek scored twice as Harbor City beat Delta United 4-2 on Friday night.",
        "Harbor City had beaten Delta United 3-0 at home on Tuesday, April 7.",
        ("score of",),
    ),
    (
        "final score: another match of a third team",
        "Ivo Marek scored twice as Harbor City beat Delta United 4-2 on Friday night.",
        "Harbor City will next meet Porto Athletic, which beat Delta United 3-1 on Friday night.",
        ("score of",),
    ),
    (
        "final score: half-time and full-time",
        "Ivo Marek scored twice as Harbor City beat Delta United 4-2 on Friday night.",
        "Harbor City led Delta United 2-0 at half-time on Friday night and went on to win.",
        ("score of",),
    ),
    (
        "ranking: one rank in two wordings",
        "World No. 3 Ivo Marek beat Tomas Rell in the Porto Vale final on Sunday.",
        "Ivo Marek, ranked third in the world, won the Porto Vale title on Sunday by beating Tomas Rell.",
        ("ranking of",),
    ),
    (
        "ranking: two players' ranks",
        "World No. 3 Ivo Marek beat Tomas Rell in the Porto Vale final on Sunday.",
        "Tomas Rell, the world number four, lost the Porto Vale final to Ivo Marek on Sunday.",
        ("ranking of",),
    ),
    (
        "ranking: a rise told by one source",
        "Ivo Marek, ranked fifth last month, is now world No. 3 after beating Tomas Rell on Sunday.",
        "Ivo Marek won the Porto Vale title on Sunday by beating Tomas Rell.",
        ("ranking of",),
    ),
]


@pytest.mark.parametrize(("case", "a", "b", "measures"), NO_CONFLICTS, ids=[c[0] for c in NO_CONFLICTS])
def test_values_that_can_both_hold_do_not_conflict(
    tmp_path: Path, case: str, a: str, b: str, measures: tuple[str, ...]
) -> None:
    comparison = compare_texts(tmp_path, _rows(a, b))
    for measure in measures:
        assert not _measured(comparison, measure), (case, [c.summary for c in comparison.conflicts])
