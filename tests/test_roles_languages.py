"""Roles beyond English, in the facts and in the comparison: "генеральный секретарь профсоюза Йонас Альбрехт",
"Jonas Albrecht, secretario general del EDU", "EDU-Generalsekretär Jonas Albrecht", "przewodniczący związku
Jonas Albrecht" gave ``roles: []`` in a new user's five-language strike story, so the Polish outlet's chairman
was never set against the others' general secretary; in English "president of the union" and "general
secretary of the union" were both read as entity roles but neither was a role the comparison knows. Near cases:
a former or deputy title, roles one person often holds together, a union leader who is its general secretary.
Invented text."""

from __future__ import annotations

import pytest

from invented import paragraph_facts
from test_compare_core import compare_texts


@pytest.mark.parametrize(
    ("language", "text", "roles"),
    [
        (
            "ru",
            "«Мы не сдадимся», — заявил генеральный секретарь профсоюза Марек Ольшан у ворот завода.",
            ["генеральный секретарь профсоюза"],
        ),
        (
            "es",
            "«No nos rendiremos», afirmó Marek Olszan, secretario general del SIT, ante los huelguistas.",
            ["secretario general"],
        ),
        (
            "de",
            "„Wir geben nicht auf“, sagte SIT-Generalsekretär Marek Olszan vor den Streikenden.",
            ["generalsekretär"],
        ),
        (
            "pl",
            "„Nie poddamy się” – powiedział przewodniczący związku Marek Olszan przed bramą zakładu.",
            ["przewodniczący związku"],
        ),
        # near cases: a former holder and a deputy hold no such role
        ("de", "„Wir geben nicht auf“, sagte der frühere Generalsekretär Marek Olszan vor den Streikenden.", []),
        ("de", "„Wir geben nicht auf“, sagte Vize-Generalsekretär Marek Olszan vor den Streikenden.", []),
        ("ru", "«Мы не сдадимся», — заявил бывший генеральный секретарь профсоюза Марек Ольшан у ворот.", []),
    ],
)
def test_titles_beyond_english_are_the_persons_roles(language, text, roles):
    facts = paragraph_facts(language, text, "2026-03-02")
    people = [e for e in facts.entities if e.type == "person"]
    assert people
    assert people[0].roles == roles


TAIL = {
    "en": " The strike at the Kestrel works began on Monday, the union said.",
    "ru": " Забастовка на заводе Kestrel началась в понедельник, сообщили в профсоюзе.",
    "es": " La huelga en la planta Kestrel comenzó el lunes, según el sindicato.",
    "de": " Der Streik im Kestrel-Werk begann am Montag, teilte die Gewerkschaft mit.",
    "pl": " Strajk w zakładach Kestrel rozpoczął się w poniedziałek, poinformował związek.",
}


def _role_conflicts(tmp_path, rows: list[tuple[str, str, str]]):
    comparison = compare_texts(
        tmp_path, [(f"r{i}", o, "2026-03-02", t + TAIL[lang]) for i, (o, lang, t) in enumerate(rows)]
    )
    return [c for c in comparison.conflicts if c.reason == "different role"]


def test_general_secretary_against_chairman_across_languages(tmp_path):
    found = _role_conflicts(
        tmp_path,
        [
            (
                "Harbour Times",
                "en",
                '"We will not give up," said Marek Dorn, general secretary of the SIT, at the gate.',
            ),
            ("Вестник", "ru", "«Мы не сдадимся», — заявил генеральный секретарь профсоюза Марек Дорн у ворот."),
            ("Kurier", "de", "„Wir geben nicht auf“, sagte SIT-Generalsekretär Marek Dorn vor dem Tor."),
            ("Gazeta", "pl", "„Nie poddamy się” – powiedział przewodniczący związku Marek Dorn przed bramą."),
        ],
    )
    assert len(found) == 1
    assert sorted(len(s.sources) for s in found[0].sides) == [1, 3]


SECRETARY = '"We will not give up," said Marek Dorn, general secretary of the SIT, outside the gate.'


def test_president_against_general_secretary_in_english(tmp_path):
    found = _role_conflicts(
        tmp_path,
        [
            ("Harbour Times", "en", SECRETARY),
            ("Coast Daily", "en", '"We will not give up," said Marek Dorn, president of the SIT, outside the gate.'),
        ],
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a president who is also the general manager
        (
            '"We will not give up," said Marek Dorn, president of Kestrel Works, outside the gate.',
            '"We will not give up," said Marek Dorn, the general manager of Kestrel Works, outside the gate.',
        ),
        # a union leader who is its general secretary
        (SECRETARY, '"We will not give up," said union leader Marek Dorn outside the gate.'),
        # one role in two wordings
        (SECRETARY, '"We will not give up," said Marek Dorn, secretary-general of the SIT, outside the gate.'),
    ],
)
def test_near_cases_raise_no_role_conflict(tmp_path, first, second):
    assert _role_conflicts(tmp_path, [("Harbour Times", "en", first), ("Coast Daily", "en", second)]) == []
