"""The brief names a disputed value once, with its sources, as an editor's paragraph would (notes10).

A brief sentence stating a value that a conflict disputes used to end "...; sources differ on the amount of diesel
[1]", and the conflict's own line followed it: "Reports of the amount of diesel differ: some 180 tonnes [1][2],
about 310 tonnes [3]" (the dispute said twice, in the conflict's own words). Now the first sentence stating the
value names every other side's value with its sources ("...; Seebote gives the amount of diesel as about 310
tonnes [3]") and the conflict's line is left out; a later sentence stating it points up ("(disputed: see
above)"). Two conflicts of one measure (a figure's and a claim's on one toll) are one line. Every citation stays
backed by the cited source's own sentence.

Invented comparisons built by hand (English, German, Spanish, Polish sentences), and two invented stories run
through the whole comparison: a footbridge collapse (en/en/es/pl) and a silo collapse told in German, French,
Italian and Spanish only (a Spanish lead stating "unas 2.000 toneladas" of the side "about 2,000 tonnes").
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crosswire.compare.brief import SEE_ABOVE, build_brief, disputed_in, side_wordings, stated_sides
from crosswire.compare.records import (
    BriefSentence,
    ClaimConflict,
    ClaimItem,
    ComparedArticle,
    Comparison,
    Conflict,
    ConflictSide,
    FigureConflict,
    FigureSlot,
    FigureValue,
    Source,
)
from crosswire.model import Evidence
from test_compare_core import compare_fixture

FIXTURES = Path(__file__).parent / "fixtures" / "notes10"
CITATION = re.compile(r"\[(\d+)\]")


# -- a comparison built by hand ---------------------------------------------------------------------------------
def _ev(article: str, body: str, sentence: str) -> Evidence:
    start = body.index(sentence)
    return Evidence(article=article, start=start, end=start + len(sentence), text=sentence)


def _story(
    bodies: dict[str, tuple[str, str, str]],
    agreed: list[tuple[list[str], str]],
    conflicts: list[tuple[str, str, list[tuple[str, list[str], str]]]],
    single: list[tuple[str, str]] = (),  # type: ignore[assignment]
) -> Comparison:
    """A comparison of ``bodies`` (article id -> (outlet, language, body)), each article its own source numbered
    in order; ``agreed``: (article ids, sentence words all of them hold) items; ``conflicts``: (measure, kind
    "claim" or "figure", sides (label, article ids, sentence words)); ``single``: (article id, sentence)."""
    ids = list(bodies)
    n = {a: i + 1 for i, a in enumerate(ids)}
    sources = [Source(n=n[a], label=bodies[a][0], outlets=[bodies[a][0]], articles=[a]) for a in ids]
    articles = [ComparedArticle(id=a, outlet=bodies[a][0], source=n[a], language=bodies[a][1]) for a in ids]

    def sentence_of(article: str, words: str) -> Evidence:
        body = bodies[article][2]
        sentence = next(s for s in re.split(r"(?<=\.)\s+", body) if words in s)
        return _ev(article, body, sentence)

    items = [
        ClaimItem(
            summary=sentence_of(arts[0], words).text,
            sources=[n[a] for a in arts],
            evidence=[sentence_of(a, words) for a in arts],
        )
        for arts, words in agreed
    ]
    made: list[Conflict] = []
    for measure, kind, raw in conflicts:
        sides = [
            ConflictSide(label=label, sources=[n[a] for a in arts], evidence=[sentence_of(a, w) for a in arts])
            for label, arts, w in raw
        ]
        every = sorted({s for side in sides for s in side.sources})
        evs = [e for side in sides for e in side.evidence]
        summary = f"{measure}: " + " vs ".join(side.label for side in sides)
        if kind == "figure":
            made.append(
                FigureConflict(
                    summary=summary,
                    sources=every,
                    evidence=evs,
                    slot=FigureSlot(counted=measure),
                    values=[FigureValue(text=s.label, sources=s.sources, evidence=s.evidence) for s in sides],
                    reason="different value",
                    explanation=summary,
                    sides=sides,
                )
            )
        else:
            made.append(
                ClaimConflict(
                    summary=summary,
                    sources=every,
                    evidence=evs,
                    measure=measure,
                    reason="different value",
                    explanation=summary,
                    sides=sides,
                )
            )
    singles = [ClaimItem(summary=w, sources=[n[a]], evidence=[sentence_of(a, w)]) for a, w in single]
    return Comparison(
        id="invented", articles=articles, sources=sources, agreed=items, conflicts=made, single_source=singles
    )


DAM = {
    "wire": (
        "Kestrel Wire",
        "en",
        "Floodwater from the Ostra dam killed 9 people in the village of Pell on Tuesday, officials said. "
        "Engineers had warned of cracks in 2023.",
    ),
    "bote": (
        "Talbote",
        "de",
        "Das Hochwasser des Ostra-Staudamms hat am Dienstag im Dorf Pell 9 Menschen getötet. "
        "Die Ingenieure hatten 2023 vor Rissen gewarnt.",
    ),
    "sur": (
        "Diario del Sur",
        "es",
        "La crecida de la presa de Ostra mató a 11 personas el martes en el pueblo de Pell. "
        "Los 11 muertos eran vecinos del pueblo.",
    ),
    "gazeta": (
        "Gazeta Polna",
        "pl",
        "Powódź z zapory Ostra zabiła we wtorek w Pell 9 osób.",
    ),
}
DAM_AGREED = [(["wire", "bote", "gazeta"], "Pell")]
DAM_TOLL = ("people killed", "figure", [("9", ["wire", "bote", "gazeta"], "Pell"), ("11", ["sur"], "Pell")])


def told_by(sentence: BriefSentence, conflict: Conflict) -> bool:
    """Whether a brief sentence names every side's value of ``conflict`` (one wording of each, case aside)."""
    low = sentence.text.casefold()
    return all(any(w in low for w in side_wordings(side.label) if w) for side in conflict.sides if side.label)


def assert_disputes_told_once(c: Comparison) -> None:
    """The class of awkward briefs as a check: no sentence hedges with the conflict's own words ("sources differ
    on ..."); a sentence stating a disputed value names every side with its sources or points to the one sentence
    above that does; no two sentences name every side of one conflict; every cited source is backed by its own
    sentence among the sentence's evidence."""
    source_of = {a: s.n for s in c.sources for a in s.articles}
    texts = [s.text for s in c.brief]
    for s in c.brief:
        assert "sources differ on" not in s.text, s.text
        assert sorted({int(x) for x in CITATION.findall(s.text)}) == s.sources, s.text
        assert set(s.sources) <= {source_of[e.article] for e in s.evidence}, s.text
    stated = [{index for index, _c, _s in stated_sides(c.conflicts, s.text, s.evidence)} for s in c.brief]
    for k, conflict in enumerate(c.conflicts):
        tellers = [i for i, s in enumerate(c.brief) if k in stated[i] and told_by(s, conflict)]
        subject = {
            j
            for j, other in enumerate(c.conflicts)
            if (getattr(other, "measure", None) or other.summary.split(":")[0]).casefold()
            == (getattr(conflict, "measure", None) or conflict.summary.split(":")[0]).casefold()
        }
        assert len(tellers) <= 1, (conflict.summary, [texts[i] for i in tellers])
        for i, s in enumerate(c.brief):
            if k not in stated[i]:
                continue
            if told_by(s, conflict) or "differ" in s.text:
                continue
            above = [j for j in range(i) if any(told_by(c.brief[j], c.conflicts[m]) for m in subject)]
            assert "see above)" in s.text and above, (s.text, conflict.summary)


def test_a_lead_stating_a_disputed_value_names_the_other_value_with_its_source() -> None:
    c = _story(DAM, DAM_AGREED, [DAM_TOLL])
    brief = build_brief(c)
    lead = brief[0].text
    assert lead.startswith("Floodwater from the Ostra dam killed 9 people"), lead
    assert "Diario del Sur gives 11 people killed [3]" in lead, lead
    assert not any(s.text.startswith("Reports of the people killed") for s in brief), [s.text for s in brief]
    assert_disputes_told_once(c.__class__(**{**_fields(c), "brief": brief}))


def test_a_later_sentence_stating_a_told_value_points_up_and_never_repeats_it() -> None:
    # Diario del Sur's second sentence states its toll again, alone: a single-source line after the conflicts
    toll = (DAM_TOLL[0], DAM_TOLL[1], [DAM_TOLL[2][0], ("11", ["sur"], "Los 11 muertos")])
    c = _story(DAM, DAM_AGREED, [toll], single=[("sur", "Los 11 muertos")])
    brief = build_brief(c)
    later = [s.text for s in brief if "Los 11 muertos" in s.text]
    assert later and SEE_ABOVE.strip() in later[0], [s.text for s in brief]
    assert sum("11" in s.text and "9" in s.text for s in brief) == 1, [s.text for s in brief]
    assert_disputes_told_once(c.__class__(**{**_fields(c), "brief": brief}))


def test_two_conflicts_of_one_measure_are_said_in_one_line() -> None:
    figure = ("people killed", "figure", [("9", ["wire"], "Pell"), ("11", ["sur"], "Pell")])
    claim = ("people killed", "claim", [("9", ["wire", "bote"], "Pell"), ("11", ["sur"], "Pell")])
    # no lead states the toll: the agreed item is the engineers' warning
    c = _story(DAM, [(["wire", "bote"], "2023")], [figure, claim])
    brief = build_brief(c)
    lines = [s.text for s in brief if "11" in s.text]
    assert len(lines) == 1 and "[1][2]" in lines[0], [s.text for s in brief]
    # told beside a lead that states it: one clause, not one per conflict
    c = _story(DAM, DAM_AGREED, [figure, claim])
    brief = build_brief(c)
    assert sum(s.text.count("11 people killed") for s in brief) == 1, [s.text for s in brief]
    assert_disputes_told_once(c.__class__(**{**_fields(c), "brief": brief}))


def test_a_lead_stating_two_disputed_values_names_each_other_value_once() -> None:
    bodies = dict(DAM)
    bodies["post"] = (
        "Pell Post",
        "en",
        "Floodwater from the Ostra dam killed 9 people in Pell on Monday, the mayor said.",
    )
    day = ("day", "claim", [("Tuesday", ["wire"], "Pell"), ("Monday", ["post"], "Pell")])
    c = _story(bodies, [(["wire", "bote", "gazeta", "post"], "Pell")], [DAM_TOLL, day])
    brief = build_brief(c)
    lead = brief[0].text
    assert "Diario del Sur gives 11 people killed [3]" in lead and "Pell Post gives the day as Monday [5]" in lead
    assert lead.count("Pell Post") == 1, lead  # not said to give the Tuesday too
    assert len(brief) == 1, [s.text for s in brief]  # no "Pell Post also reports: ... on Monday"
    assert_disputes_told_once(c.__class__(**{**_fields(c), "brief": brief}))


def test_a_sentence_in_another_language_states_its_value_in_digits() -> None:
    """A Spanish sentence writing "unas 2.000 toneladas" states the side "about 2,000 tonnes" (its own sentence)."""
    body = "Un silo se derrumbó el lunes y vertió unas 2.000 toneladas de trigo en la dársena."
    ev = _ev("es", body, body)
    side = ConflictSide(label="about 2,000 tonnes", sources=[1], evidence=[ev])
    other = ConflictSide(label="about 3,500 tonnes", sources=[2], evidence=[])
    conflict = ClaimConflict(
        summary="", sources=[1, 2], evidence=[ev], measure="quantity", reason="different value", explanation="",
        sides=[side, other],
    )  # fmt: skip
    assert disputed_in([conflict], body, [ev]) == ["quantity"]
    assert disputed_in([conflict], body.replace("2.000", "20.000"), [ev]) == []


def _fields(c: Comparison) -> dict[str, object]:
    return {f: getattr(c, f) for f in c.__dataclass_fields__ if c.__dataclass_fields__[f].init}


# -- invented stories, the whole comparison ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def bridge(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_fixture(tmp_path_factory.mktemp("bridge"), FIXTURES / "bridge.jsonl")


@pytest.fixture(scope="module")
def silo(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_fixture(tmp_path_factory.mktemp("silo"), FIXTURES / "silo.jsonl")


def test_the_bridge_lead_names_the_other_toll_once(bridge: Comparison) -> None:
    lead = bridge.brief[0].text
    assert "killing 12 people" in lead and "Orlec Post gives 14 people killed [4]" in lead, lead
    assert_disputes_told_once(bridge)


def test_a_spanish_lead_names_the_italian_tonnage(silo: Comparison) -> None:
    lead = silo.brief[0].text
    assert lead.startswith("Un silo de grano se derrumbó"), lead
    assert "Il Faro gives about 3,500 tonnes [2]" in lead, lead
    assert not any(s.text.startswith("Reports of the quantity") for s in silo.brief), [s.text for s in silo.brief]
    assert_disputes_told_once(silo)


def test_a_side_of_several_wordings_is_not_printed_whole_for_a_source_that_also_gives_it() -> None:
    """The lead states Tuesday; Diario del Sur, outside the lead's item, writes "el martes": its side's label is
    "Tuesday / martes", and "also gives Tuesday / martes" named a wording it never wrote."""
    bodies = dict(DAM)
    bodies["post"] = ("Pell Post", "en", "Floodwater from the Ostra dam killed 9 people in Pell on Monday.")
    day = ("day", "claim", [("Tuesday / martes", ["wire", "sur"], "Pell"), ("Monday", ["post"], "Pell")])
    c = _story(bodies, [(["wire", "bote", "gazeta"], "Pell")], [day])
    brief = build_brief(c)
    lead = brief[0].text
    assert "Diario del Sur also gives the same day [3]" in lead, lead
    assert "Pell Post gives the day as Monday [5]" in lead, lead
    assert "martes" not in lead, lead
    assert_disputes_told_once(c.__class__(**{**_fields(c), "brief": brief}))
