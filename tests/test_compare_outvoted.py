"""A third source's other value beside a value two sources agree on (`compare/claims/outvoted.py`).

The class (a new user's fraud-verdict story, issue 12): "48 million euros" in two sources, agreed, and "84 millones
de euros" in a third, left under "Not in any item"; the issue names it: "$2 billion [A][B] vs $2.4 billion [C] is
reported as agreed on $2 billion, and C's figure vanishes". Now the majority stands on one side of a conflict and
the third source on the other, across languages, for sums and counts. Silent: a third source whose other figure
names nobody the agreed sentences name (another subject), one giving two such figures (which is the claim's?), one
giving the agreed figure too. Invented texts of an invented embezzlement, a layoff and a takeover.
"""

from __future__ import annotations

import pytest

from test_compare_core import compare_texts

DAY = "2026-05-12"

# two sources agreeing on one sum (both English: the aligner agrees them at once), with a line each of their own
AGREED = [
    (
        "a",
        "Valley Wire",
        "Prosecutors said Corvan Meddle diverted 36 million euros from the Ostmark cooperative's reserves into shell "
        "companies. The trial in Brastow is expected to last several months. Meddle denies the charges.",
    ),
    (
        "b",
        "Harbour Post",
        "Corvan Meddle diverted 36 million euros from the Ostmark cooperative's reserves into shell companies, "
        "prosecutors said. His lawyer described the charges as baseless. The cooperative has 40 branches.",
    ),
]


def _conflicts(tmp_path, third: str) -> list[str]:
    rows = [(i, o, DAY, t) for i, o, t in AGREED] + [("c", "Third Daily", DAY, third)]
    return [c["summary"] for c in compare_texts(tmp_path, rows).to_dict()["conflicts"]]


def _sides(tmp_path, rows: list[tuple[str, str, str, str]]) -> list[dict[str, int]]:
    """Each conflict's sides as {label: how many sources stand on it}."""
    return [
        {s["label"]: len(s["sources"]) for s in c["sides"]}
        for c in compare_texts(tmp_path, rows).to_dict()["conflicts"]
    ]


@pytest.mark.parametrize(
    "third",
    [
        # the same act told with more of its own (whom, where, how long): the pair scorer rates it under every bar
        "Según la sentencia, Meddle desvió 63 millones de euros del ahorro de los socios hacia promociones "
        "inmobiliarias ruinosas y ocultó las pérdidas en las cuentas anuales de la cooperativa. El juicio continuará "
        "la semana que viene.",
        "Meddle, que dirigió la cooperativa Ostmark durante once años, habría desviado 63 millones de euros a "
        "sociedades de Chipre y Malta, según el escrito de acusación. El juicio continuará la semana que viene.",
        "D'après l'acte d'accusation, Meddle, qui a dirigé la coopérative pendant onze ans, aurait transféré 63 "
        "millions d'euros vers des sociétés à Chypre et à Malte avant de maquiller les comptes. Le procès reprendra "
        "lundi.",
        # a name opening a German sentence, untagged
        "Meddle, der die Genossenschaft elf Jahre lang führte, soll laut Anklageschrift 63 Millionen Euro über Firmen "
        "auf Zypern und Malta verschoben und die Bilanzen geschönt haben. Der Prozess wird am Montag fortgesetzt.",
        "Secondo il capo d'imputazione, Meddle, che ha guidato la cooperativa per undici anni, avrebbe trasferito 63 "
        "milioni di euro verso società di Cipro e Malta truccando i bilanci. Il processo riprenderà lunedì.",
        # a name before the number: "Corvan Meddle 63 Millionen Euro" (once read as one million euros)
        "Laut Anklage soll Corvan Meddle 63 Millionen Euro aus den Rücklagen der Genossenschaft Ostmark abgezweigt "
        "haben. Der Prozess wird kommende Woche fortgesetzt.",
    ],
)
def test_a_third_sources_other_sum_stands_beside_the_agreed_one(tmp_path, third: str) -> None:
    rows = [(i, o, DAY, t) for i, o, t in AGREED] + [("c", "Third Daily", DAY, third)]
    found = _sides(tmp_path, rows)
    assert {"36 million euros": 2, "63 million euros": 1} in found, found


def test_the_agreed_sum_in_a_third_language_is_no_conflict(tmp_path) -> None:
    third = (
        "Según la fiscalía, Meddle desvió 36 millones de euros del fondo de la cooperativa Ostmark hacia empresas "
        "pantalla. El juicio continuará la semana que viene."
    )
    assert not any("million euros" in s for s in _conflicts(tmp_path, third))


def test_another_subjects_sum_stays_silent(tmp_path) -> None:
    # the finance ministry's compensation fund: a sum of the story naming nobody the agreed sentences name
    third = (
        "El Ministerio de Finanzas de Lardia anunció un fondo de compensación de 63 millones de euros para los "
        "socios afectados. El juicio continuará la semana que viene."
    )
    assert not any("63 million euros" in s for s in _conflicts(tmp_path, third))


def test_a_third_source_giving_the_agreed_sum_too_is_no_other_value(tmp_path) -> None:
    third = (
        "Según la fiscalía, Meddle desvió 36 millones de euros de la cooperativa Ostmark. Meddle devolvió después "
        "12 millones de euros a la cooperativa Ostmark."
    )
    assert not any("12 million euros" in s for s in _conflicts(tmp_path, third))


def test_a_third_sources_other_count_stands_beside_the_agreed_one(tmp_path) -> None:
    rows = [
        (
            "a",
            "Valley Wire",
            DAY,
            "The carmaker Tessaro will cut about 2,400 jobs at its plant in Kovel, the company said on Tuesday. "
            "Unions called a strike for Friday.",
        ),
        (
            "b",
            "Harbour Post",
            DAY,
            "Tessaro will cut about 2,400 jobs at its Kovel plant, the company said on Tuesday. The shares rose.",
        ),
        (
            "c",
            "Rundschau",
            DAY,
            "Der Autobauer Tessaro streicht in seinem Werk in Kovel rund 4.200 Stellen. Die Gewerkschaft ruft zum "
            "Streik auf.",
        ),
    ]
    found = _sides(tmp_path, rows)
    assert {"about 2,400": 2, "about 4,200": 1} in found, found


# ECB+ on the eighth pass's merged tree: distances from two reference points, one price written two ways, a
# quoted loss against a building's value, a bracketed conversion; none is a third source's other value.
def test_a_distance_is_no_measure_a_third_source_is_outvoted_on() -> None:
    from crosswire.compare.claims.outvoted import _named
    from crosswire.facts.records import Value

    assert not _named(Value(kind="quantity", text="about 15 miles", start=0, end=14, value=15.0, unit="mile"))
    assert _named(Value(kind="money", text="$2 billion", start=0, end=10, value=2e9, unit="USD"))
    assert _named(Value(kind="count", text="23 aircraft", start=0, end=11, value=23.0, concept="aircraft"))
