"""Roles read by their head noun and qualifier, alike across languages: a presiding judge is a judge ("la jueza
presidenta", "Vorsitzende Richterin", "la presidente del collegio, la giudice", "przewodnicząca składu
sędziowskiego"), a chief prosecutor a prosecutor ("fiscal jefe", "procuratore capo"), a deputy X no X; a former
title is compared with former titles only ("former finance director" / "exdirectora financiera" agree, "ex
vicedirettrice generale" differs); a role conflict is never cited inside an agreed item. A new user's court story
raised "judge vs presidenta" and hid a co-defendant's two roles in the acquittal's agreed item (roles36). Every
text here is invented."""

from __future__ import annotations

import pytest

from crosswire.compare.claims.roles import _former_held, _role_in, unqualified
from test_compare_core import compare_texts

DAY = "2026-03-17"


def _read(text: str, language: str, *, at_end: bool = True) -> tuple[str, str] | None:
    return _role_in(unqualified(text, language), language, at_end=at_end)


@pytest.mark.parametrize(
    ("before", "language"),
    [
        ("Presiding judge ", "en"),
        ("The verdict was read by presiding judge ", "en"),
        ("La jueza presidenta, ", "es"),
        ("El juez presidente ", "es"),
        ("Die Vorsitzende Richterin ", "de"),
        ("Der vorsitzende Richter ", "de"),
        ("letta dalla presidente del collegio, la giudice ", "it"),
        ("il giudice presidente ", "it"),
        ("Le verdict a été lu par la juge présidente ", "fr"),
        ("Wyrok ogłosiła przewodnicząca składu sędziowskiego ", "pl"),
        ("Wyrok odczytał sędzia przewodniczący ", "pl"),
    ],
)
def test_a_presiding_judge_is_a_judge(before, language):
    found = _read(before, language)
    assert found is not None and found[0] == "judge", found


@pytest.mark.parametrize(
    ("before", "language"),
    [
        ("Chief prosecutor ", "en"),
        ("El fiscal jefe, ", "es"),
        ("la fiscal jefa ", "es"),
        ("il procuratore capo ", "it"),
        ("Oberstaatsanwältin ", "de"),
        ("le procureur principal ", "fr"),
    ],
)
def test_a_chief_prosecutor_is_a_prosecutor(before, language):
    found = _read(before, language)
    assert found is not None and found[0] == "prosecutor", found


@pytest.mark.parametrize(
    ("before", "language", "concept"),
    [
        ("La directora general ", "es", "chief_executive"),  # one phrase holds the "qualifier": no blanking
        ("the chief engineer ", "en", "chief_engineer"),
        ("Die Oberste Richterin ", "de", "court_president"),
        ("la presidenta ", "es", "president"),  # a qualifier word alone is its own role
    ],
)
def test_a_phrase_holding_its_qualifier_stays_whole(before, language, concept):
    found = _read(before, language)
    assert found is not None and found[0] == concept, found


@pytest.mark.parametrize(
    ("after", "language", "concept"),
    [
        ("ex vicedirettrice generale del fondo", "it", "deputy chief_executive"),
        ("subdirectora general de la aseguradora", "es", "deputy chief_executive"),
        ("the deputy finance director", "en", "deputy chief_financial_officer"),
        ("vice-directeur général du groupe", "fr", "deputy chief_executive"),
    ],
)
def test_a_deputy_is_no_holder_of_the_post(after, language, concept):
    found = _read(after, language, at_end=False)
    assert found is not None and found[0] == concept, found


@pytest.mark.parametrize(
    ("after", "language", "former"),
    [
        ("the fund's former finance director", "en", True),
        ("exdirectora financiera del fondo", "es", True),
        ("ex-directrice financière de la caisse", "fr", True),
        ("ehemalige Finanzdirektorin des Fonds", "de", True),
        ("była dyrektor finansowa funduszu", "pl", True),
        ("ex vicedirettrice generale del fondo", "it", True),
        ("the fund's finance director", "en", False),
        ("directora financiera del fondo", "es", False),
    ],
)
def test_a_former_title_is_read_as_former(after, language, former):
    found = _read(after, language, at_end=False)
    assert found is not None and found[0].endswith(("chief_financial_officer", "chief_executive")), found
    assert _former_held(after, found[1]) is former


def _roles(comparison) -> list[str]:
    return [c.summary for c in comparison.conflicts if "role of" in c.summary.lower()]


SHARED_EN = " The Harrowgate court sentenced the former bank chief to six years in prison on Monday."


@pytest.mark.parametrize(
    ("wire", "other", "language"),
    [
        (
            "Presiding judge Ilona Berck read the verdict to a silent courtroom.",
            "La jueza presidenta, Ilona Berck, leyó la sentencia ante una sala en silencio.",
            "es",
        ),
        (
            "Judge Ilona Berck, who presided over the trial, read the verdict to a silent courtroom.",
            "Die Vorsitzende Richterin Ilona Berck verlas das Urteil vor einem stillen Saal.",
            "de",
        ),
        (
            "Presiding judge Ilona Berck read the verdict to a silent courtroom.",
            "La sentenza è stata letta dalla presidente del collegio, la giudice Ilona Berck, in un'aula silenziosa.",
            "it",
        ),
        (
            "Presiding judge Ilona Berck read the verdict to a silent courtroom.",
            "Wyrok odczytała przewodnicząca składu sędziowskiego Ilona Berck przy milczącej sali.",
            "pl",
        ),
        (
            "Chief prosecutor Ilona Berck had asked for eight years in prison.",
            "El fiscal jefe, Ilona Berck, había pedido ocho años de prisión.",
            "es",
        ),
        (
            "Ilona Berck, the bank's former finance director, was acquitted of all charges.",
            "Ilona Berck, directrice financière de la banque, a été acquittée de toutes les accusations.",
            "fr",
        ),
        # a public office's or a profession's former titles pile up over a career: each may be true
        (
            "Former president Ilona Berck attended the hearing as a witness.",
            "La exgobernadora Ilona Berck asistió a la vista como testigo de la defensa.",
            "es",
        ),
        (
            "Ilona Berck, a former prosecutor, represented the family at the hearing.",
            "Die frühere Richterin Ilona Berck vertrat die Familie bei der Anhörung.",
            "de",
        ),
    ],
)
def test_compatible_roles_raise_no_conflict(tmp_path, wire, other, language):
    rows = [("w-en", "Court Wire", DAY, wire + SHARED_EN), (f"w-{language}", "Gazette", DAY, other)]
    assert _roles(compare_texts(tmp_path, rows)) == []


@pytest.mark.parametrize(
    ("wire", "other", "language"),
    [
        (
            "Ilona Berck, the bank's former finance director, was acquitted of all charges.",
            "Assolta invece la coimputata Ilona Berck, ex vicedirettrice generale della banca.",
            "it",
        ),
        (
            "Ilona Berck, the bank's former finance director, was acquitted of all charges.",
            "La coacusada, Ilona Berck, exsubdirectora general del banco, quedó absuelta de todos los cargos por el "
            "tribunal de Harrowgate.",
            "es",
        ),
        (
            "Ilona Berck, the bank's deputy finance director, told the court she had warned the board.",
            "Ilona Berck, directora financiera del banco, declaró ante el tribunal que había advertido al consejo.",
            "es",
        ),
    ],
)
def test_a_deputy_or_another_former_post_is_a_conflict(tmp_path, wire, other, language):
    rows = [("w-en", "Court Wire", DAY, wire + SHARED_EN), (f"w-{language}", "Gazette", DAY, other)]
    found = _roles(compare_texts(tmp_path, rows))
    assert len(found) == 1 and "Berck" in found[0], found


def test_an_agreed_item_cites_no_member_whose_role_conflicts(tmp_path):
    rows = [
        (
            "w-en",
            "Court Wire",
            DAY,
            "Ilona Berck, the bank's former finance director, was acquitted of all charges." + SHARED_EN,
        ),
        (
            "w-de",
            "Rundschau",
            DAY,
            "Die Mitangeklagte Ilona Berck, ehemalige Finanzdirektorin der Bank, wurde freigesprochen.",
        ),
        ("w-es", "Diario", DAY, "La coacusada, Ilona Berck, exdirectora financiera del banco, quedó absuelta."),
        ("w-it", "Corriere", DAY, "Assolta invece la coimputata Ilona Berck, ex vicedirettrice generale della banca."),
    ]
    comparison = compare_texts(tmp_path, rows)
    assert any("Berck" in c for c in _roles(comparison)), comparison.conflicts
    for item in comparison.agreed:
        cited = " ".join(e.text for e in item.evidence)
        if "Berck" in cited:
            assert "vicedirettrice" not in cited, item


@pytest.mark.parametrize(
    ("before", "concept"),
    [
        ("Chief Deputy City Attorney ", "prosecutor"),  # ECB+: a city's attorney prosecutes ("Prosecutor Terry White")
        ("Assistant U.S. Attorney ", "prosecutor"),
        ("the county attorney, ", "prosecutor"),
        ("His attorney, ", "lawyer"),
        ("defence lawyer ", "lawyer"),
    ],
)
def test_a_governments_attorney_is_a_prosecutor_not_a_lawyer(before, concept):
    found = _read(before, "en")
    assert found is not None and found[0] == concept, found
