"""Conflicts over the role a named person holds, in any language: "the managing director of Kaldor Lifts" /
"chief engineer at Kaldor Lifts" / "главный инженер". Found by a new user's five-language story, whose two
roles were shown as one agreed claim. Near cases stay quiet: the same role in other words or languages, two
people's roles, a former role, an organisation a role is at, a prosecutor of another rank. Invented text."""

from __future__ import annotations

import pytest

from crosswire.compare.claims.roles import _role_in
from test_compare_core import compare_texts

SHARED = " The lift at Brannock was stopped for inspection on Saturday, the resort said."


def _roles(tmp_path, texts: list[tuple[str, str]]):
    rows = [(f"s{i}", outlet, "2026-03-14", text + SHARED) for i, (outlet, text) in enumerate(texts)]
    comparison = compare_texts(tmp_path, rows)
    return [c for c in comparison.conflicts if c.reason == "different role"]


def test_two_roles_of_one_person_across_languages(tmp_path):
    found = _roles(
        tmp_path,
        [
            ("Harbourline Post", "Jovan Kerenčić, the managing director of Kaldor Lifts, defended the brake."),
            ("Le Courrier", "Le directeur général de Kaldor Lifts, Jovan Kerenčić, a défendu le frein."),
            ("Northgate Courier", "Jovan Kerenčić, chief engineer at Kaldor Lifts, said the brake worked."),
            ("Горные новости", "Главный инженер компании Kaldor Lifts Йован Керенчич заявил, что тормоз сработал."),
        ],
    )
    assert len(found) == 1
    sides = {side.label: set(side.sources) for side in found[0].sides}
    assert len(sides) == 2
    for side in found[0].sides:  # each side cites the sentences that give its role
        assert all(any(w.lower() in ev.text.lower() for w in side.label.split(" / ")) for ev in side.evidence)


@pytest.mark.parametrize(
    "texts",
    [
        # one role in other words and languages
        [
            ("Harbourline Post", "Jovan Kerenčić, the chief executive of Kaldor Lifts, defended the brake."),
            ("Le Courrier", "Le directeur général de Kaldor Lifts, Jovan Kerenčić, a défendu le frein."),
        ],
        # two people, two roles
        [
            ("Harbourline Post", "Ilse Marrow, the mayor of Brannock, praised the rescuers."),
            ("Northgate Courier", "Jovan Kerenčić, chief engineer at Kaldor Lifts, praised the rescuers."),
        ],
        # a former role is no role held
        [
            ("Harbourline Post", "Jovan Kerenčić, the managing director of Kaldor Lifts, defended the brake."),
            ("Northgate Courier", "Former chief engineer Jovan Kerenčić defended the brake."),
        ],
        # a prosecutor of any rank is a prosecutor
        [
            ("Harbourline Post", "Prosecutor Anna Ferrow said the brake had been tampered with."),
            ("Northgate Courier", "Assistant District Attorney Anna Ferrow said the brake had been tampered with."),
        ],
    ],
)
def test_no_role_conflict(tmp_path, texts):
    assert _roles(tmp_path, texts) == []


def test_a_deputy_holds_another_post(tmp_path):
    found = _roles(
        tmp_path,
        [
            ("Harbourline Post", "Then deputy harbour master Olen Brask ordered the port closed."),
            ("Northgate Courier", "Then harbour master Olen Brask ordered the port closed."),
        ],
    )
    assert len(found) == 1 and {s.label.lower() for s in found[0].sides} == {"deputy harbour master", "harbour master"}


@pytest.mark.parametrize(
    ("text", "at_end", "expected"),
    [
        ("the chief engineer of ", True, None),  # the name after "of" is the organisation's
        ("the chief engineer of , ", True, ("chief_engineer", "chief engineer")),
        ("chief engineer at Kaldor Lifts", False, ("chief_engineer", "chief engineer")),
        ("who met the mayor and ", True, None),
        ("ex-mayor ", True, None),
    ],
)
def test_role_ties(text, at_end, expected):
    assert _role_in(text, at_end=at_end) == expected


def test_a_deputy_minister_is_no_minister_across_languages(tmp_path):
    """A portfolio may stand between a minister's title and the name ("Министр транспорта Антон Келлер",
    "Wiceminister transportu Anton Keller"); one minister under two portfolios is not compared."""
    found = _roles(
        tmp_path,
        [
            ("Harbourline Post", "Transport Minister Anton Keller arrived in Brannock on Tuesday."),
            ("Горные новости", "Министр транспорта Антон Келлер прибыл в Браннок во вторник."),
            ("Gazeta Górska", "Wiceminister transportu Anton Keller przyjechał do Brannock we wtorek."),
        ],
    )
    assert len(found) == 1
    assert sorted(len(s.sources) for s in found[0].sides) == [1, 2]
    (tmp_path / "quiet").mkdir()
    quiet = _roles(
        tmp_path / "quiet",
        [
            ("Harbourline Post", "Transport Minister Anton Keller arrived in Brannock on Tuesday."),
            ("Northgate Courier", "Interior Minister Anton Keller arrived in Brannock on Tuesday."),
        ],
    )
    assert quiet == []
