"""A company officer's title and a board's vote tally, read in every language the project reads.

A new user's bus-recall trial: the wire called the maker's head "chief executive Ilse Marenko", the Polish outlet
"dyrektor operacyjna Kestravy Ilse Marenko" (the chief operating officer), the Spanish one "la consejera delegada de
Kestrava, Ilse Marenko", the Russian one "генеральный директор «Кестравы» Ильзе Маренко": the facts gave the
Polish and Spanish person no role, so the role conflict was never seen. The regulator's board "voted 5 to 2" in
the wire and "votó 6 a 1 a favor" in the Spanish copy ("favor" read as what the 1 counts): no tally conflict.
Tested on an invented ferry operator's officer and a port authority's vote, not the trial's text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.facts.languages.roles import roles_at
from crosswire.facts.languages.tally import tally_values
from crosswire.facts.values import read_values
from test_compare_core import compare_texts, wire_and_one_other

PUBLISHED = "2026-09-14"

# (language, sentence, the person's name as written, the title the facts read for it)
TITLES = [
    (
        "pl",
        "Decyzję ogłosiła dyrektor operacyjna Morvaltu Hanna Sellin na konferencji.",
        "Hanna Sellin",
        "dyrektor operacyjna",
    ),
    (
        "pl",
        "Decyzję ogłosiła dyrektorka generalna Morvaltu Hanna Sellin w porcie.",
        "Hanna Sellin",
        "dyrektorka generalna",
    ),
    (
        "pl",
        "Decyzję ogłosiła prezes „Morvaltu” Hanna Sellin w porcie.",
        "Hanna Sellin",
        "prezes",
    ),
    (
        "es",
        "Lo anunció la consejera delegada de Morvalt, Hanna Sellin, en el puerto.",
        "Hanna Sellin",
        "consejera delegada",
    ),
    (
        "es",
        "Lo anunció la directora de operaciones de Morvalt Ferries, Hanna Sellin, ayer.",
        "Hanna Sellin",
        "directora de operaciones",
    ),
    (
        "fr",
        "L'a annoncé la directrice générale de Morvalt, Hanna Sellin, au port.",
        "Hanna Sellin",
        "directrice générale",
    ),
    (
        "it",
        "L'ha annunciato l'amministratrice delegata di Morvalt, Hanna Sellin, al porto.",
        "Hanna Sellin",
        "amministratrice delegata",
    ),
    (
        "ru",
        "Об этом сообщила генеральный директор «Морвальта» Ханна Селлин в порту.",
        "Ханна Селлин",
        "генеральный директор",
    ),
    (
        "ru",
        "Об этом сообщила операционный директор «Морвальта» Ханна Селлин.",
        "Ханна Селлин",
        "операционный директор",
    ),
    (
        "uk",
        "Про це повідомила генеральна директорка «Морвальту» Ганна Селлін.",
        "Ганна Селлін",
        "генеральна директорка",
    ),
    (
        "de",
        "Das teilte die Betriebsvorständin Hanna Sellin in Korvel mit.",
        "Hanna Sellin",
        "betriebsvorständin",
    ),
]


@pytest.mark.parametrize(("language", "sentence", "name", "title"), TITLES)
def test_a_company_title_before_the_name_is_read_in_every_language(
    language: str, sentence: str, name: str, title: str
) -> None:
    at = sentence.index(name)
    assert roles_at(sentence, at, at + len(name), language) == [title]


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        ("es", "Lo dijo el director general de la empresa, Juan Pérez, ayer.", "Juan Pérez"),  # no body's name
        ("es", "Habló con la consejera delegada de Morvalt, y con Juan Pérez.", "Juan Pérez"),
        ("fr", "Il a rencontré la directrice générale de Morvalt, puis Jean Roux.", "Jean Roux"),
    ],
)
def test_a_title_before_another_clause_is_no_role_of_the_name(language: str, sentence: str, name: str) -> None:
    at = sentence.index(name)
    assert roles_at(sentence, at, at + len(name), language) == []


# (language, sentence, (votes for, votes against)) and sentences that hold no tally
TALLIES = [
    ("es", "La junta de la autoridad portuaria votó 6 a 1 a favor de exigirla.", (6, 1)),
    ("es", "Los consejeros votaron 4 a 3 en contra del plan.", (4, 3)),
    ("fr", "Le conseil a voté 5 à 2 pour la suspension.", (5, 2)),
    ("it", "Il consiglio ha votato 7 a 2 a favore del richiamo.", (7, 2)),
    ("pt", "O conselho votou 5 a 2 a favor da medida.", (5, 2)),
    ("ru", "Совет директоров проголосовал 5 против 2 за отзыв.", (5, 2)),
    ("uk", "Рада проголосувала 5 проти 2 за відкликання.", (5, 2)),
    ("pl", "Zarząd głosował 5 do 2 za wycofaniem promów.", (5, 2)),
    ("de", "Der Vorstand stimmte 5 zu 2 für den Rückruf.", (5, 2)),
]
NO_TALLIES = [
    ("es", "La oficina abrió de 9 a 5 y la junta votó después."),
    ("fr", "Le bureau est ouvert de 9 à 17 heures, on y vote le dimanche."),
    ("it", "Le scuole sono aperte dalle 8 a 14 e ieri si è votato."),
    ("es", "El ferry tardó 6 a 7 horas en llegar."),
]


@pytest.mark.parametrize(("language", "sentence", "sides"), TALLIES)
def test_a_vote_tally_joined_by_a_word_beside_a_voting_verb_is_read(
    language: str, sentence: str, sides: tuple[int, int]
) -> None:
    found = tally_values(sentence, 0, language)
    assert [(v.high, v.low, v.noun) for v in found] == [(max(sides), min(sides), "vote")]


@pytest.mark.parametrize(("language", "sentence"), NO_TALLIES)
def test_a_range_or_a_count_beside_a_vote_is_no_tally(language: str, sentence: str) -> None:
    assert tally_values(sentence, 0, language) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The port authority's board voted 5 to 2 on Monday to require it.",
        "The board approved the recall by five votes to two.",
        "In a 5-2 vote, the board ordered the recall.",
    ],
)
def test_english_tallies_of_a_vote_are_read(sentence: str) -> None:
    found = [v for v in read_values(sentence, 0, lambda a, b: None) if v.kind == "tally"]
    assert [(v.high, v.low, v.noun) for v in found] == [(5.0, 2.0, "vote")]


EN = (
    "Ferry operator Morvalt is taking 40 of its Tern-class ferries out of service after an engine fire, the company"
    " said on Monday.\n\n"
    "The port authority's board voted {tally} on Monday morning to require inspections of every Tern-class"
    " ferry.\n\n"
    '"Safety comes first," {role} Hanna Sellin told reporters in Korvel.'
)
OTHER = {
    "es": (
        "El Puerto",
        "La naviera Morvalt retira del servicio 40 ferris de la clase Tern tras un incendio en un motor, anunció"
        " la empresa el lunes.\n\n"
        "La junta de la autoridad portuaria votó {tally} a favor de exigir inspecciones de todos los ferris.\n\n"
        '"La seguridad es lo primero", dijo la {role} de Morvalt, Hanna Sellin, en Korvel.',
        {"same": "consejera delegada", "other": "directora de operaciones"},
        {"same": "5 a 2", "other": "6 a 1"},
    ),
    "pl": (
        "Gazeta Morska",
        "Armator Morvalt wycofuje z eksploatacji 40 promów klasy Tern po pożarze silnika – poinformowała firma w"
        " poniedziałek.\n\n"
        "Zarząd urzędu portowego głosował {tally} za wprowadzeniem przeglądów wszystkich promów klasy Tern.\n\n"
        "„Bezpieczeństwo jest najważniejsze” – powiedziała {role} Morvaltu Hanna Sellin w Korvelu.",
        {"same": "prezes", "other": "dyrektor operacyjna"},
        {"same": "5 do 2", "other": "6 do 1"},
    ),
}


def _story(language: str, role: str, tally: str, english_tally: str = "5 to 2") -> list[tuple[str, str, str, str]]:
    outlet, text, _, _ = OTHER[language]
    wire = ("Harbour Gazette", EN.replace("{role}", "chief executive").replace("{tally}", english_tally))
    other = (outlet, text.replace("{role}", role).replace("{tally}", tally))
    return wire_and_one_other(wire, other, language, PUBLISHED)


@pytest.mark.parametrize("language", sorted(OTHER))
def test_a_chief_executive_and_a_chief_operating_officer_conflict_across_languages(
    tmp_path: Path, language: str
) -> None:
    _, _, roles, tallies = OTHER[language]
    comparison = compare_texts(tmp_path, _story(language, roles["other"], tallies["other"]))
    conflicts = {c.reason: c for c in comparison.conflicts}
    assert "different role" in conflicts
    assert any("Sellin" in c.summary for c in comparison.conflicts if c.reason == "different role")
    tally = [c for c in comparison.conflicts if c.summary.lower().startswith("tally")]
    assert tally, [c.summary for c in comparison.conflicts]
    assert sorted(len(s.sources) for s in tally[0].sides) == [1, 1]


@pytest.mark.parametrize("language", sorted(OTHER))
def test_one_role_and_one_tally_in_two_languages_agree(tmp_path: Path, language: str) -> None:
    _, _, roles, tallies = OTHER[language]
    comparison = compare_texts(tmp_path, _story(language, roles["same"], tallies["same"]))
    assert not [c.summary for c in comparison.conflicts if c.reason == "different role"]
    assert not [c.summary for c in comparison.conflicts if c.summary.lower().startswith("tally")]


# -- the day of an announcement, counts of days and the labels of a story told in three languages -----------
ANNOUNCED = [
    (
        "wire",
        "Harbour Gazette",
        "Ferry operator Morvalt is taking 40 of its Tern-class ferries out of service over a fault in their fuel"
        " pumps, the company said on Monday, three days after one of the ferries caught fire off Korvel.\n\n"
        "Nobody was hurt in the fire, the coastguard said.\n\n"
        "Morvalt shares fell 4% after the announcement.",
    ),
    (
        "es-1",
        "El Puerto",
        "La naviera Morvalt retirará del servicio 40 ferris de la clase Tern por un fallo en sus bombas de"
        " combustible, anunció la empresa el lunes, tres días después de que uno de ellos se incendiara frente a"
        " Korvel.\n\nNadie resultó herido en el incendio, según la guardia costera.",
    ),
    (
        "de-1",
        "Küstenbote",
        "KORVEL – Die Reederei Morvalt nimmt 40 Fähren der Tern-Klasse wegen eines Fehlers in den Kraftstoffpumpen"
        " aus dem Verkehr.\n\nDas teilte das Unternehmen am Dienstag mit, vier Tage nachdem eine der Fähren vor"
        " Korvel in Brand geraten war.\n\nVerletzt wurde bei dem Brand niemand.",
    ),
]


@pytest.fixture(scope="module")
def announced(tmp_path_factory):
    rows = [(i, o, PUBLISHED, t) for i, o, t in ANNOUNCED]
    return compare_texts(tmp_path_factory.mktemp("announced"), rows)


@pytest.mark.xfail(
    reason="left: this story's leads give the lead-day comparison no day slot (the bus-recall trial's do); not yet"
    " traced",
    strict=False,
)
def test_the_day_of_an_announcement_in_the_leads_is_compared_across_languages(announced) -> None:
    days = [c for c in announced.conflicts if c.reason == "different day"]
    assert len(days) == 1, [c.summary for c in announced.conflicts]
    labels = [s.label for s in days[0].sides]
    assert any("Dienstag" in label for label in labels) and any("Monday" in label for label in labels)


def test_a_count_of_days_is_labelled_as_a_number_of_days(announced) -> None:
    counts = [c for c in announced.conflicts if c.measure == "number of days"]
    assert counts, [c.summary for c in announced.conflicts]


def test_the_lead_is_not_cited_to_a_source_that_contradicts_its_values(announced) -> None:
    numbers = {s.n: s for s in announced.sources}
    german = next(n for n, s in numbers.items() if any(a.startswith("de-") for a in s.articles))
    carrying = [b for b in announced.brief if "three days after" in b.text or "tres días después" in b.text]
    assert carrying
    for b in carrying:  # cited, if at all, only for its own different value ("Küstenbote gives the day as ...")
        assert all(f"[{german}]" not in clause or " gives " in clause for clause in b.text.split("; ")), b.text


def test_a_count_named_by_no_english_source_gets_an_english_label(tmp_path: Path) -> None:
    rows = [
        (
            "ru-1",
            "Морской вестник",
            PUBLISHED,
            "Компания Morvalt выводит из эксплуатации 40 электробусов после"
            " пожара в Корвеле, сообщила компания в понедельник.\n\nНикто не пострадал, сообщила береговая охрана.",
        ),
        (
            "de-1",
            "Küstenbote",
            PUBLISHED,
            "Die Firma Morvalt nimmt 44 Elektro-Stadtbusse nach einem Brand in Korvel"
            " aus dem Verkehr, teilte das Unternehmen am Montag mit.\n\nVerletzt wurde niemand.",
        ),
    ]
    comparison = compare_texts(tmp_path, rows)
    counts = [c for c in comparison.conflicts if c.reason == "different value" and "40" in c.summary]
    assert counts, [c.summary for c in comparison.conflicts]
    for c in counts:
        assert c.measure.isascii(), c.measure
