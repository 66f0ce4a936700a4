"""Classes a new user's six-outlet hostage story got wrong (trial 34), on invented stories of other events: a part
of a group freed and the rest still held (or missing) told by one source, the whole group freed by another, shown
as one agreed claim; a denial's clause shown as what the speaker said.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.remainders import part_and_total
from invented import article_facts
from test_compare_core import compare_texts

MONDAY = "2027-03-08"  # all outlets publish on Monday 8 March 2027


def _rows(*texts: str, published: str = MONDAY) -> list[tuple[str, str, str, str]]:
    outlets = ["Fenwick Herald", "Oderblatt", "La Gazette du Lac", "Correo Austral", "Kurier Morski", "Gazzetta Alta"]
    return [(f"a{i}", outlets[i], published, f"Dunmarrow\n\n{t}") for i, t in enumerate(texts)]


def _outcome(comparison) -> list:
    return [c for c in comparison.conflicts if c.measure == "outcome of the release"]


def _agreed_together(comparison, *needles: str) -> list:
    """The agreed items whose evidence holds a sentence with each needle."""
    return [c for c in comparison.agreed if all(any(n in ev.text for ev in c.evidence) for n in needles)]


# -- class 1: a partial outcome shown as unanimous -----------------------------------------------------------------

PARTIAL = [
    (
        "French part of a number and one still held vs English whole group",
        "Cinq des six ingénieurs de la société Korvent enlevés près de Dunmarrow ont été libérés lundi ; le sixième, "
        "le traducteur Ilan Sorel, est toujours retenu par les ravisseurs, selon une source proche du dossier.",
        "The Red Ridge militia released six Korvent engineers kidnapped near Dunmarrow on Monday, the company said "
        "in a statement.",
        ("ingénieurs", "engineers"),
    ),
    (
        "English two still held vs German all freed",
        "Militants freed the Korvent engineers seized near Dunmarrow on Monday, but two of them are still being "
        "held in the mountains, a company spokesman said.",
        "Alle Ingenieure der Firma Korvent, die bei Dunmarrow entführt worden waren, wurden am Montag "
        "freigelassen, teilte das Unternehmen mit.",
        ("Militants", "Ingenieure"),
    ),
    (
        "Spanish part of a number vs Italian whole group",
        "Cuatro de los cinco mineros atrapados en la mina de Dunmarrow fueron rescatados el lunes por la mañana, "
        "según los bomberos.",
        "I cinque minatori intrappolati nella miniera di Dunmarrow sono stati tratti in salvo lunedì mattina "
        "dai vigili del fuoco.",
        ("mineros", "minatori"),
    ),
]


@pytest.mark.parametrize(("case", "a", "b", "needles"), PARTIAL, ids=[c[0] for c in PARTIAL])
def test_a_partial_outcome_is_a_conflict_with_the_whole_group_freed(
    tmp_path: Path, case: str, a: str, b: str, needles: tuple[str, str]
) -> None:
    """The two are one conflict: "different outcome" (part freed vs all freed), or, where the facts stage reads
    the part and the whole as two counts of one measure, "different value" ("4 [1] vs 5 [2]", shown instead of
    the outcome: one conflict for one difference); never one agreed claim."""
    comparison = compare_texts(tmp_path, _rows(a, b))
    both = [c for c in comparison.conflicts if all(any(n in ev.text for ev in c.evidence) for n in needles)]
    assert len(both) == 1, (case, [c.summary for c in comparison.conflicts])
    (conflict,) = both
    if conflict.reason == "different outcome":
        assert conflict.measure == "outcome of the release"
        assert {s.label for s in conflict.sides} == {"part freed, the rest still held", "all freed"}
    else:
        assert conflict.reason == "different value", (case, conflict.summary)
    assert not _agreed_together(comparison, *needles), (case, [c.summary for c in comparison.agreed])


def test_a_part_freed_agrees_with_the_same_part_and_all_freed_agree(tmp_path: Path) -> None:
    """No conflict where no source tells the whole group freed: "five of the six were freed" / "five engineers were
    freed", nor where every source tells the group freed."""
    cases = [
        (
            "Five of the six Korvent engineers kidnapped near Dunmarrow were freed on Monday, the company said.",
            "Cinq ingénieurs de la société Korvent enlevés près de Dunmarrow ont été libérés lundi.",
        ),
        (
            "The Red Ridge militia released six Korvent engineers kidnapped near Dunmarrow on Monday.",
            "Die sechs bei Dunmarrow entführten Ingenieure der Firma Korvent wurden am Montag freigelassen.",
        ),
    ]
    for i, (a, b) in enumerate(cases):
        sub = tmp_path / str(i)
        sub.mkdir()
        comparison = compare_texts(sub, _rows(a, b))
        assert not _outcome(comparison), [c.summary for c in comparison.conflicts]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "six of the seven aid workers were freed", (6, 7)),
        ("fr", "six des sept employés ont été libérés", (6, 7)),
        ("es", "seis de los siete cooperantes fueron liberados", (6, 7)),
        ("de", "sechs der sieben Helfer wurden freigelassen", (6, 7)),
        ("it", "sei dei sette operatori sono stati liberati", (6, 7)),
        ("en", "12 of the 15 prisoners were released", (12, 15)),
        ("en", "the seven aid workers were freed", None),
        ("en", "seven of them were freed", None),
    ],
)
def test_part_and_total(language: str, text: str, expected: tuple[int, int] | None) -> None:
    assert part_and_total(text, language) == expected


# -- class 2: a denial shown as the speaker's statement ------------------------------------------------------------

PUBLISHED = MONDAY


@pytest.mark.parametrize(
    "text",
    [
        "Interior Minister Lena Voss denied that any ransom had been paid to the kidnappers.",
        "Interior Minister Lena Voss rejected reports that the government had paid a ransom.",
        "Interior Minister Lena Voss dismissed claims that the army had opened fire on the convoy.",
        "Interior Minister Lena Voss has repeatedly denied that money changed hands.",
    ],
)
def test_a_denied_clause_is_no_statement(text: str) -> None:
    quotes = article_facts("en", text, published=PUBLISHED).quotes
    assert [q for q in quotes if q.kind == "reported"] == [], [q.text for q in quotes]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le ministre de l'Intérieur, Lena Voss, a nié que de l'argent ait été versé aux ravisseurs."),
        ("es", "La ministra del Interior, Lena Voss, negó que se hubiera pagado un rescate a los secuestradores."),
        ("de", "Innenministerin Lena Voss dementierte, dass ein Lösegeld gezahlt worden sei."),
        ("it", "La ministra dell'Interno Lena Voss ha negato che sia stato pagato un riscatto ai rapitori."),
        ("pl", "Minister spraw wewnętrznych Lena Voss zaprzeczyła, że zapłacono okup porywaczom."),
    ],
)
def test_a_denied_clause_is_no_statement_in_other_languages(language: str, text: str) -> None:
    quotes = article_facts(language, text, published=PUBLISHED).quotes
    assert [q for q in quotes if q.kind == "reported"] == [], [q.text for q in quotes]


def test_a_statement_beside_a_denial_stays(tmp_path: Path) -> None:
    """The denial is left out of Who said what; the speaker's own statement in the next sentence stays."""
    a = (
        "Interior Minister Lena Voss denied that any ransom had been paid to the kidnappers. Voss said the "
        "engineers would be flown home on Tuesday."
    )
    b = "Die Ingenieure sollen am Dienstag nach Hause geflogen werden, sagte Innenministerin Lena Voss."
    comparison = compare_texts(tmp_path, _rows(a, b))
    said = [q.text for s in comparison.who_said_what for q in s.quotes]
    assert not any("ransom had been paid" in t for t in said), said
    assert any("flown home" in t for t in said), said


# -- class 3: two sources' only figures of one measure, each shown as "only X" -------------------------------------


def _singles_citing(comparison, needle: str) -> list:
    return [it for it in comparison.single_source if any(needle in ev.text for ev in it.evidence)]


SOLE = [
    (
        "English about 300 vs Italian 312: one figure by its rounding",
        "About 300 soldiers guarded the road to the dam during the handover, the army said in a statement.",
        "Lungo la strada per la diga, 312 militari hanno garantito la sicurezza durante la consegna.",
        ("soldiers", "militari"),
    ),
    (
        "English 40 vs Spanish 95 firefighters",
        "On Monday 40 firefighters were sent to the quarry, the regional fire service said on its website.",
        "Según el ayuntamiento, en la cantera trabajaron 95 bomberos llegados de toda la comarca.",
        ("firefighters", "bomberos"),
    ),
]


@pytest.mark.parametrize(("case", "a", "b", "needles"), SOLE, ids=[c[0] for c in SOLE])
def test_two_sources_only_figures_of_one_measure_are_not_only_x(
    tmp_path: Path, case: str, a: str, b: str, needles: tuple[str, str]
) -> None:
    comparison = compare_texts(tmp_path, _rows(a, b))
    for needle in needles:
        assert not _singles_citing(comparison, needle), (case, needle, [s.summary for s in comparison.single_source])


def test_two_figures_of_one_measure_that_differ_are_a_conflict(tmp_path: Path) -> None:
    """A guard: the scorer pairs these two sentences on 0ea76a7 already (the firefighters' case above passes there
    too); the sole-figure pairs must keep the conflict, not add a second one."""
    a = "On Monday 40 firefighters were sent to the quarry, the regional fire service said on its website."
    b = "Según el ayuntamiento, en la cantera trabajaron 95 bomberos llegados de toda la comarca."
    comparison = compare_texts(tmp_path, _rows(a, b))
    found = [c for c in comparison.conflicts if any("95" in s.label for s in getattr(c, "sides", []))]
    assert len(found) == 1, [c.summary for c in comparison.conflicts]
