"""Day words beside English: a weekday after a future or planned verb is the coming day, not the last
("reabrirán el domingo" in Saturday's paper is tomorrow), and "por la mañana" is the morning, not "mañana"
(tomorrow). Found by a new user's Spanish and French pages, whose Sunday went six days back. Invented text."""

from __future__ import annotations

from datetime import date

import pytest

from crosswire.facts.languages.dates import _day_words
from crosswire.facts.languages.lexicon import words_for

SATURDAY = date(2026, 11, 14)


def _days(language: str, text: str) -> list[tuple[str, str]]:
    found = _day_words(text, 0, (0, len(text)), words_for(language), SATURDAY, [])
    return [(d.text, d.value) for d in found]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Las demás pistas de Brannock reabrirán el domingo por la mañana.", [("domingo", "2026-11-15")]),
        (
            "fr",
            "Les autres pistes devaient rouvrir dimanche matin, mais le télésiège restera fermé.",
            [("dimanche", "2026-11-15")],
        ),
        ("pl", "Pozostałe wyciągi mają zostać ponownie uruchomione w niedzielę rano.", [("niedzielę", "2026-11-15")]),
        ("ru", "Остальные подъёмники должны возобновить работу в воскресенье утром.", [("воскресенье", "2026-11-15")]),
        ("de", "Die anderen Lifte sollen am Sonntag wieder fahren.", [("Sonntag", "2026-11-15")]),
        # past acts keep the last such day
        ("es", "La policía detuvo el domingo a dos hombres en Brannock.", [("domingo", "2026-11-08")]),
        ("fr", "La police a arrêté dimanche deux hommes à Brannock.", [("dimanche", "2026-11-08")]),
        ("de", "Die Polizei nahm am Sonntag zwei Männer fest.", [("Sonntag", "2026-11-08")]),
        # a future verb in another clause does not carry over
        ("fr", "La police a arrêté dimanche deux hommes, qui seront jugés.", [("dimanche", "2026-11-08")]),
        # the morning is no day word; tomorrow is
        ("es", "Los rescatadores llegaron por la mañana y el alcalde hablará mañana.", [("mañana", "2026-11-15")]),
        ("de", "Heute Morgen sagte er, dass er morgen kommt.", [("Heute", "2026-11-14"), ("morgen", "2026-11-15")]),
    ],
)
def test_day_words_after_future_verbs_and_mornings(language, text, expected):
    assert _days(language, text) == expected


def test_a_future_weekday_named_on_that_weekday_is_the_same_day():
    """Saturday's paper: "reabrirán el sábado" is today (news copy names today by its weekday); "hasta el
    sábado" (until Saturday) is a week on."""
    assert _days("es", "Las pistas de Brannock reabrirán el sábado por la tarde.") == [("sábado", "2026-11-14")]
    assert _days("es", "Las pistas de Brannock seguirán cerradas hasta el sábado.") == [("sábado", "2026-11-21")]

    # a past or present verb: the airport was closed until today, in the paper of that day
    assert _days("de", "Die Behörde sperrte den Flughafen bis Samstagmittag.") == [("Samstagmittag", "2026-11-14")]
    assert _days("ru", "Агентство закрыло аэропорт до полудня субботы.") == [("субботы", "2026-11-14")]
    assert _days("es", "El aeropuerto permaneció cerrado hasta el sábado al mediodía.") == [("sábado", "2026-11-14")]
    # "until" another weekday is the coming one; "next" a week on
    assert _days("de", "Die Behörde sperrte den Flughafen bis Montag.") == [("Montag", "2026-11-16")]
    assert _days("ru", "Аэропорт закрыт до следующей субботы.") == [("субботы", "2026-11-21")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("uk", "Літак у п'ятницю ввечері викотився за межі смуги.", [("п'ятницю", "2026-11-13")]),
        ("uk", "Літак у п’ятницю ввечері викотився за межі смуги.", [("п’ятницю", "2026-11-13")]),
        ("uk", "Літак у пʼятницю ввечері викотився за межі смуги.", [("пʼятницю", "2026-11-13")]),
        ("uk", "Аеропорт закрили до п'ятниці.", [("п'ятниці", "2026-11-20")]),
    ],
)
def test_a_weekday_typed_with_any_apostrophe(language, text, expected):
    """Babel spells Ukrainian Friday "пʼятниця" (U+02BC); texts type "'" or "’". A new user's Ukrainian page
    had its "у п'ятницю ввечері" unread, so its different day went unseen."""
    assert _days(language, text) == expected


@pytest.mark.parametrize(
    ("language", "word", "weekday"),
    [
        ("ru", "четверо", None),  # four people
        ("ru", "четверть", None),  # a quarter
        ("ru", "среди", None),  # among
        ("ru", "четверга", 3),
        ("ru", "среду", 2),
        ("pl", "czwarty", None),  # fourth
        ("pl", "środek", None),  # middle
        ("pl", "czwartku", 3),
        ("pl", "środę", 2),
        ("uk", "серед", None),  # among
    ],
)
def test_words_that_begin_like_a_weekday(language, word, weekday):
    """A new user's Russian "пострадали 31 человек, четверо из них ..." was dated the Thursday before."""
    from crosswire.facts.languages.dates import weekday_of

    assert weekday_of(word, False, words_for(language)) == weekday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Министр окружающей среды посетила порт, где разлилось масло.", []),
        ("Загрязнение природной среды проверят эксперты.", []),
        ("Министр окружающей среды посетила порт в среду.", [("среду", "2026-11-11")]),
        ("Порт закрыли до среды.", [("среды", "2026-11-18")]),
    ],
)
def test_the_environment_is_no_wednesday(text, expected):
    """Russian "среды" is Wednesday's genitive and the environment's: a new user's chemical-spill story put
    "Министр окружающей среды побывала на причале" (the environment minister) on a Wednesday no source gave."""
    assert _days("ru", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El accidente ocurrió el 14 de noviembre de 2026 en Brannock.", [("14 de noviembre de 2026", "2026-11-14")]),
        ("La empresa sustituyó el reductor en septiembre de 2025.", [("septiembre de 2025", "2025-09")]),
        (
            "El viernes 13 de noviembre hubo una revisión.",
            [("viernes", "2026-11-13"), ("13 de noviembre", "2026-11-13")],
        ),
    ],
)
def test_spanish_dates_joined_by_de(text, expected):
    """Spanish writes "14 de noviembre de 2026" and "septiembre de 2025": no Spanish day or month was read
    (a new user's single-source fact, "en septiembre de 2025", had no value)."""
    from crosswire.facts.languages.dates import dates_in

    found = dates_in(text, 0, (0, len(text)), words_for("es"), "es", SATURDAY)
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # "not before Thursday": the earliest day something can still happen, ahead of Saturday's paper
        ("fr", "Les habitants ne pourront pas regagner leur logement avant jeudi au plus tôt.", "2026-11-19"),
        ("ru", "Вернуться домой, по оценке властей, они смогут не раньше четверга.", "2026-11-19"),
        ("es", "Los vecinos no podrán volver a sus casas antes del jueves.", "2026-11-19"),
        ("pl", "Mieszkańcy nie wrócą do domów wcześniej niż w czwartek.", "2026-11-19"),
        ("de", "Die Anwohner dürfen nicht vor Donnerstag zurück.", "2026-11-19"),
        # neighbours: "before" without a negation, or a negation in another clause, is a past day
        ("fr", "La police avait bouclé le quartier avant jeudi.", "2026-11-12"),
        ("es", "No hubo heridos, según la policía, que cerró la calle antes del jueves.", "2026-11-12"),
    ],
)
def test_not_before_a_weekday_is_ahead(language, text, expected):
    (found,) = _days(language, text)
    assert found[1] == expected


@pytest.mark.parametrize(
    ("language", "text", "year"),
    [
        ("fr", "Le ferry avait été construit en 1998 au chantier naval de Porvenk.", "1998"),
        ("es", "El buque fue construido en 1998 en el astillero de Porvenk.", "1998"),
        ("de", "Die Fähre wurde im Jahr 1998 auf der Werft von Porvenk gebaut.", "1998"),
    ],
)
def test_a_year_after_in_is_the_date_of_the_fact(language, text, year):
    """A French article's "construit en 1998", the only source to give the year, gave no value, so it could
    not be listed as single-source (a new user's ferry story)."""
    from crosswire.facts.languages.dates import dates_in

    found = dates_in(text, 0, (0, len(text)), words_for(language), language, SATURDAY)
    assert [(d.text, d.value, d.granularity) for d in found] == [(year, year, "year")]


def test_a_year_like_count_is_no_year():
    from crosswire.facts.languages.dates import dates_in

    text = "Quelque 1998 passagers étaient à bord, selon la compagnie."
    assert dates_in(text, 0, (0, len(text)), words_for("fr"), "fr", SATURDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German tells of the future in the present: "erst am Montag", "frühestens Montag" are ahead
        ("Die Landebahn bleibt gesperrt und öffnet nach Angaben des Betreibers erst am Montag wieder.", "2026-11-16"),
        ("Der Zugverkehr läuft laut der Bahn frühestens am Dienstag wieder normal.", "2026-11-17"),
        ("Die Ergebnisse der Untersuchung liegen erst am Mittwoch vor, sagte ein Sprecher.", "2026-11-18"),
        # neighbours: a past auxiliary in the clause keeps the last such day
        ("Erst am Montag wurde bekannt, dass zwei Fluggäste verletzt waren.", "2026-11-09"),
        ("Die Polizei hatte erst am Dienstag mit den Ermittlungen begonnen.", "2026-11-10"),
        # a past verb in another sentence does not reach the clause of the weekday
        ("Die Maschine war überfüllt. Der Flugbetrieb läuft erst am Montag wieder an.", "2026-11-16"),
    ],
)
def test_the_earliest_day_in_the_german_present_is_ahead(text, expected):
    (found,) = _days("de", text)
    assert found[1] == expected
