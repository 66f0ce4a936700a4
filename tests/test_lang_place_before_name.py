"""A place in a case form right before a person's name is no part of the name ("з Києва Оксана Мельник": from
Kyiv, Oksana Melnyk; "Мер Львова Андрій Садовий": Lviv's mayor, Andriy Sadovyi). A new user's Ukrainian page
showed the passenger as "Києва Оксана Мельник". Ukrainian opens the vowel of a closed last syllable before an
ending ("Київ" / "Києва", "Харків" / "Харкова"), so the place is found by its nominative. Invented text."""

from __future__ import annotations

import pytest

from crosswire.facts.languages.light import LightFrontEnd
from crosswire.facts.languages.places import english_place


@pytest.mark.parametrize(
    ("language", "text", "person", "place"),
    [
        ("uk", "Пасажирка з Києва Оксана Мельник розповіла, що літак довго гальмував.", "Оксана Мельник", "Києва"),
        ("uk", "Мер Харкова Ігор Терехов заявив, що місто допоможе постраждалим.", "Ігор Терехов", "Харкова"),
        ("uk", "Мер Львова Андрій Садовий подякував рятувальникам.", "Андрій Садовий", "Львова"),
        ("pl", "Pasażerka z Krakowa Anna Nowak powiedziała, że samolot hamował długo.", "Anna Nowak", "Krakowa"),
        ("pl", "Prezydent Wrocławia Jacek Sutryk podziękował strażakom.", "Jacek Sutryk", "Wrocławia"),
    ],
)
def test_a_place_before_a_name_is_its_own_name(language, text, person, place):
    names = {text[n.start : n.end]: n.label for n in LightFrontEnd().analyse(text, language).names}
    assert names.get(person) == "PER"
    assert place in names and names[place] != "PER"


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        # a three-word name with no place in it stays whole
        (
            "uk",
            "Голова правління Олександр Петренко Іванович сказав, що рейс скасовано.",
            "Олександр Петренко Іванович",
        ),
        ("pl", "Rzecznik Anna Maria Nowak powiedziała, że lot odwołano.", "Anna Maria Nowak"),
    ],
)
def test_a_three_word_name_without_a_place_stays_whole(language, text, person):
    names = {text[n.start : n.end] for n in LightFrontEnd().analyse(text, language).names}
    assert person in names


@pytest.mark.parametrize(
    ("word", "english"),
    [("Києва", "Kyiv"), ("Харкова", "Kharkiv"), ("Львова", "Lviv"), ("Київ", "Kyiv")],
)
def test_ukrainian_cities_in_case_forms(word, english):
    assert english_place(word, "uk") == english


@pytest.mark.parametrize("word", ["Петра", "Олена", "Мельника", "Оксана"])
def test_ukrainian_names_are_no_cities(word):
    assert english_place(word, "uk") is None


@pytest.mark.parametrize(
    ("language", "text", "club"),
    [
        ("es", "El Olvena venció 2-1 al Dinamo Karst en la final del sábado.", "Dinamo Karst"),
        ("pl", "Kibice Dynamo Karst wbiegli na boisko po końcowym gwizdku.", "Dynamo Karst"),
        ("uk", "Команда Динамо Карст програла фінал у суботу.", "Динамо Карст"),
        ("de", "Der Sporting Varna verlor das Spiel am Samstag.", "Sporting Varna"),
    ],
)
def test_a_sports_club_is_an_organisation(language, text, club):
    """A new user's football final showed "Dynamo Karst (person)": clubs' names carry words that mark them."""
    names = {text[n.start : n.end]: n.label for n in LightFrontEnd().analyse(text, language).names}
    assert names.get(club) == "ORG"
