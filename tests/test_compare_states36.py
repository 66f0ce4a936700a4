"""Classes a new user's court-verdict story got wrong (trial 36), on invented stories of other events:

1. a named person's state after the act — taken into custody, placed in detention, sent to a cell, against free,
   on bail, pending appeal — told by two sources of two languages is an outcome conflict ("different outcome"),
   found whatever the two sentences' alignment score;
2. a vague count ("kilkudziesięciu", "Dutzende", "des dizaines de", "decenas de") of one counted thing and a
   precise count of it in another language are shown together when the number falls in the vague range, and are
   a "vague vs precise" conflict when it does not;
3. a named person's age in any language's form ("Marlow, 47," / "Der 47-Jährige" / "Marlow, de 47 años," /
   "Marlow, 47 anni,") is one agreed figure item, and no item when the ages differ.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from test_compare_core import compare_texts

DAY = "2027-03-09"
OUTLETS = ["Harbour Wire", "Nordkurier Tal", "Diario Levante", "Il Foglio del Porto", "Kurier Zatoki", "Le Phare"]


def _rows(*texts: str) -> list[tuple[str, str, str, str]]:
    return [(f"a{i}", OUTLETS[i], DAY, f"Port Ellery\n\n{t}") for i, t in enumerate(texts)]


def _unit(text: str, language: str) -> SimpleNamespace:
    return SimpleNamespace(text=text, language=language, claim=SimpleNamespace(negated=False))


# -- class 1: custody against free after the act ------------------------------------------------------------------

HELD = [
    ("Corwin showed no emotion and was taken into custody at the end of the hearing.", "en"),
    ("Corwin wurde noch im Saal in Haft genommen.", "de"),
    ("Corwin a été placé en détention à l'issue de l'audience.", "fr"),
    ("Corwin ingresó en prisión tras la lectura del fallo.", "es"),
    ("Corwin è stato portato in carcere subito dopo la sentenza.", "it"),
    ("Corwin trafił do aresztu zaraz po ogłoszeniu wyroku.", "pl"),
]
FREE = [
    ("Corwin left the courthouse a free man, pending an appeal.", "en"),
    ("Corwin bleibt bis zur Berufung auf freiem Fuß.", "de"),
    ("Corwin a été laissé libre dans l'attente de l'appel.", "fr"),
    ("Corwin sigue en libertad a la espera del recurso.", "es"),
    ("Corwin ha lasciato l'aula a piede libero in attesa dell'appello.", "it"),
    ("Corwin pozostaje na wolności do czasu rozpatrzenia apelacji.", "pl"),
    ("Corwin was freed on bail pending appeal.", "en"),
]


@pytest.mark.parametrize(("text", "language"), HELD, ids=[h[1] for h in HELD])
def test_taken_into_custody_is_held(text: str, language: str) -> None:
    from crosswire.compare.claims.fates import fates

    assert fates(_unit(text, language)) == frozenset({"held in custody"})


@pytest.mark.parametrize(("text", "language"), FREE, ids=[f"{f[1]}-{i}" for i, f in enumerate(FREE)])
def test_free_pending_appeal_is_released(text: str, language: str) -> None:
    from crosswire.compare.claims.fates import fates

    assert fates(_unit(text, language)) == frozenset({"released"})


VERDICT_LEADS = {
    "en": "A court in Port Ellery convicted the shipping magnate Tomas Corwin of bribery on Tuesday.",
    "de": "Ein Gericht in Port Ellery hat den Reeder Tomas Corwin am Dienstag wegen Bestechung verurteilt.",
    "es": "Un tribunal de Port Ellery condenó el martes al naviero Tomas Corwin por soborno.",
    "it": "Il tribunale di Port Ellery ha condannato martedì l'armatore Tomas Corwin per corruzione.",
    "fr": "Le tribunal de Port Ellery a condamné mardi l'armateur Tomas Corwin pour corruption.",
    "pl": "Sąd w Port Ellery skazał we wtorek armatora Tomasa Corwina za korupcję.",
}


@pytest.mark.parametrize(
    ("held", "free"),
    [
        (
            ("en", "Judge Amara Lind read the verdict, and Tomas Corwin, 52, was taken into custody in the courtroom."),
            ("it", "Tomas Corwin, 52 anni, ha lasciato il tribunale a piede libero in attesa dell'appello."),
        ),
        (
            ("de", "Nach dem Urteil wurde Tomas Corwin noch im Gerichtssaal in Haft genommen."),
            ("es", "Corwin salió del juzgado en libertad a la espera del recurso."),
        ),
        (
            ("fr", "Tomas Corwin a été placé en détention à l'issue de l'audience."),
            ("en", "Tomas Corwin left the courthouse a free man, pending an appeal."),
        ),
    ],
    ids=["en-it", "de-es", "fr-en"],
)
def test_custody_against_free_is_an_outcome_conflict(
    tmp_path: Path, held: tuple[str, str], free: tuple[str, str]
) -> None:
    story = compare_texts(tmp_path, _rows(f"{VERDICT_LEADS[held[0]]} {held[1]}", f"{VERDICT_LEADS[free[0]]} {free[1]}"))
    found = [c for c in story.conflicts if c.reason == "different outcome" and "Corwin" in c.summary]
    assert len(found) == 1, [c.summary for c in story.conflicts]
    labels = {s.label for s in found[0].sides}
    assert labels == {"held in custody", "released"}
    held_side = next(s for s in found[0].sides if s.label == "held in custody")
    assert held_side.sources == [1] and held_side.evidence[0].text in held[1]


def test_one_source_telling_custody_then_bail_is_no_conflict(tmp_path: Path) -> None:
    story = compare_texts(
        tmp_path,
        _rows(
            f"{VERDICT_LEADS['en']} Tomas Corwin was taken into custody on Tuesday. He was freed on bail on Wednesday.",
            f"{VERDICT_LEADS['de']} Tomas Corwin wurde am Dienstag in Haft genommen.",
        ),
    )
    assert not [c for c in story.conflicts if c.reason == "different outcome"]


def test_two_sources_both_held_is_no_conflict(tmp_path: Path) -> None:
    story = compare_texts(
        tmp_path,
        _rows(
            f"{VERDICT_LEADS['en']} Tomas Corwin was taken into custody after the hearing.",
            f"{VERDICT_LEADS['fr']} Tomas Corwin a été placé en détention à l'issue de l'audience.",
        ),
    )
    assert not [c for c in story.conflicts if c.reason == "different outcome"]


# -- class 2: vague against precise counts of one thing --------------------------------------------------------


INQUIRY_LEADS = {
    "en": "The harbour inquiry into the Ellery dock fire closed on Tuesday.",
    "de": "Die Untersuchung zum Brand im Hafen von Port Ellery endete am Dienstag.",
    "es": "La investigación sobre el incendio del muelle de Port Ellery concluyó el martes.",
    "fr": "L'enquête sur l'incendie du port d'Ellery s'est achevée mardi.",
    "pl": "We wtorek zakończyło się dochodzenie w sprawie pożaru w porcie Ellery.",
}


def _items_with(items, *needles: str) -> list:
    return [it for it in items if all(any(n in ev.text for ev in it.evidence) for n in needles)]


@pytest.mark.parametrize(
    ("en", "other"),
    [
        (
            "Over eleven months the inquiry heard 63 witnesses.",
            ("pl", "Komisja przesłuchała kilkudziesięciu świadków."),
        ),
        ("Over eleven months the inquiry heard 63 witnesses.", ("de", "Der Ausschuss hörte Dutzende Zeugen an.")),
        ("Over eleven months the inquiry heard 63 witnesses.", ("es", "La comisión escuchó a decenas de testigos.")),
    ],
    ids=["pl", "de", "es"],
)
def test_a_precise_count_inside_the_vague_range_is_shown_together(
    tmp_path: Path, en: str, other: tuple[str, str]
) -> None:
    story = compare_texts(
        tmp_path,
        _rows(
            f"{INQUIRY_LEADS['en']} {en}",
            f"{INQUIRY_LEADS[other[0]]} {other[1]}",
        ),
    )
    shown = _items_with(story.agreed, "63", other[1][:20])
    assert len(shown) == 1 and shown[0].sources == [1, 2], [it.summary for it in story.agreed]
    assert shown[0].summary.startswith("Witnesses: 63 [1]")
    assert not _items_with(story.single_source, "63 witnesses")
    assert not [c for c in story.conflicts if c.reason == "vague vs precise"]


@pytest.mark.parametrize(
    ("en", "other"),
    [
        ("The inquiry heard 9 witnesses in all.", ("pl", "Komisja przesłuchała kilkudziesięciu świadków.")),
        ("The inquiry heard 9 witnesses in all.", ("fr", "La commission a entendu des dizaines de témoins.")),
        ("The inquiry heard 400 witnesses in all.", ("de", "Der Ausschuss hörte Dutzende Zeugen an.")),
    ],
    ids=["pl", "fr", "de"],
)
def test_a_precise_count_outside_the_vague_range_is_a_conflict(tmp_path: Path, en: str, other: tuple[str, str]) -> None:
    story = compare_texts(
        tmp_path,
        _rows(
            f"{INQUIRY_LEADS['en']} {en}",
            f"{INQUIRY_LEADS[other[0]]} {other[1]}",
        ),
    )
    found = [c for c in story.conflicts if c.reason == "vague vs precise"]
    assert len(found) == 1, [(c.summary, c.reason) for c in story.conflicts]
    assert found[0].sources == [1, 2]
    assert not _items_with(story.agreed, en[:20], other[1][:20])


def test_two_vague_counts_of_other_things_stay_silent(tmp_path: Path) -> None:
    # witnesses against ships: two concepts, nothing to compare
    story = compare_texts(
        tmp_path,
        _rows(
            f"{INQUIRY_LEADS['en']} The inquiry heard 63 witnesses.",
            f"{INQUIRY_LEADS['de']} Dutzende Schiffe lagen fest.",
        ),
    )
    assert not [c for c in story.conflicts if c.reason == "vague vs precise"]
    assert not [it for it in story.agreed if it.summary.startswith("Witnesses")]


# -- class 3: one person's age in every language's form ----------------------------------------------------------

APPOSED = [
    ("Marlow, de 47 años, dirigió la naviera durante una década.", "es", 47),
    ("Marlow, 47 anni, ha lasciato il tribunale.", "it", 47),
    ("Marlow, 47 ans, a quitté le tribunal.", "fr", 47),
    ("Marlow, de 47 anos, deixou o tribunal.", "pt", 47),
    ("Марлоу, 47 лет, покинул зал суда.", "ru", 47),
]


@pytest.mark.parametrize(("text", "language", "age"), APPOSED, ids=[a[1] for a in APPOSED])
def test_an_apposed_age_is_an_age(text: str, language: str, age: int) -> None:
    import re

    from crosswire.facts.languages.ages import apposed_age_end

    m = re.search(r"\d+", text)
    assert m is not None
    end = apposed_age_end(text, m.start(), m.end(), language)
    assert end is not None and text[m.start() : end].startswith(str(age))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El proceso duró 14 años, según la fiscalía.", "es"),  # a length: no name before the comma
        ("En 2019, 40 años después, volvió al puerto.", "es"),  # a year before the comma
        ("Il processo, durato 3 anni, si è chiuso.", "it"),  # a word between the comma and the number
        ("Marlow, de 47 años de carrera, se retiró.", "es"),  # no close after the years
    ],
)
def test_other_numbers_of_years_are_no_age(text: str, language: str) -> None:
    import re

    from crosswire.facts.languages.ages import apposed_age_end

    m = re.search(r"\d+", text)
    assert m is not None
    assert apposed_age_end(text, m.start(), m.end(), language) is None


AGE_LEADS = {
    "en": "Daniel Foster, the former harbour master, was fined on Tuesday for dumping fuel.",
    "de": "Der frühere Hafenmeister Daniel Foster wurde am Dienstag zu einer Geldstrafe verurteilt.",
    "es": "El antiguo capitán del puerto Daniel Foster fue multado el martes por verter combustible.",
    "it": "L'ex capitano del porto Daniel Foster è stato multato martedì per aver scaricato carburante.",
}


def test_one_age_in_four_languages_is_one_agreed_item(tmp_path: Path) -> None:
    story = compare_texts(
        tmp_path,
        _rows(
            f"{AGE_LEADS['en']} Foster, 47, said nothing as the fine was read out.",
            f"{AGE_LEADS['de']} Der 47-Jährige nahm das Urteil schweigend hin.",
            f"{AGE_LEADS['es']} Foster, de 47 años, dirigió el puerto durante una década.",
            f"{AGE_LEADS['it']} Foster, 47 anni, ha lasciato il tribunale in silenzio.",
        ),
    )
    ages = [it for it in story.agreed if it.summary.startswith("Age of")]
    assert len(ages) == 1, [it.summary for it in story.agreed]
    assert ages[0].sources == [1, 2, 3, 4]
    assert ages[0].summary == "Age of Daniel Foster: 47 [1][2][3][4]"
    assert len(ages[0].evidence) == 4


def test_two_ages_are_no_agreed_item(tmp_path: Path) -> None:
    story = compare_texts(
        tmp_path,
        _rows(
            f"{AGE_LEADS['en']} Foster, 47, said nothing as the fine was read out.",
            f"{AGE_LEADS['es']} Foster, de 49 años, dirigió el puerto durante una década.",
        ),
    )
    assert not [it for it in story.agreed if it.summary.startswith("Age of")]


def test_an_unnamed_age_of_another_value_joins_no_one(tmp_path: Path) -> None:
    # "Der 31-Jährige" is no age another source gives Foster: not his
    story = compare_texts(
        tmp_path,
        _rows(
            f"{AGE_LEADS['en']} Foster, 47, said nothing as the fine was read out.",
            f"{AGE_LEADS['de']} Der 31-Jährige Matrose sagte vor Gericht als Zeuge gegen ihn aus.",
            f"{AGE_LEADS['es']} Foster, de 47 años, dirigió el puerto durante una década.",
        ),
    )
    ages = [it for it in story.agreed if it.summary.startswith("Age of")]
    assert len(ages) == 1 and len(ages[0].sources) == 2, [it.summary for it in story.agreed]
    assert not any("31-Jährige" in ev.text for ev in ages[0].evidence)


# -- class 4: a short or many-fact sentence giving an agreed claim's one length of time --------------------------

TRIAL_LEADS = {
    "en": "A court in Port Ellery convicted the shipping magnate Tomas Corwin of bribery on Tuesday.",
    "de": "Ein Gericht in Port Ellery hat den Reeder Tomas Corwin am Dienstag wegen Bestechung verurteilt.",
    "es": "Un tribunal de Port Ellery condenó el martes al naviero Tomas Corwin por soborno.",
    "it": "Il tribunale di Port Ellery ha condannato martedì l'armatore Tomas Corwin per corruzione.",
}


@pytest.mark.parametrize(
    ("en", "de", "es", "it"),
    [
        (
            "The trial lasted 9 months and the court read 400 documents.",
            "Die Verhandlung dauerte neun Monate.",
            "El juicio se prolongó durante nueve meses.",
            "Il processo è durato nove mesi.",
        ),
        (
            "The defence had asked for a five-year term.",
            "Die Verteidigung hatte fünf Jahre Haft gefordert.",
            "La defensa había pedido cinco años de prisión.",
            "La difesa aveva chiesto una condanna a cinque anni.",
        ),
    ],
    ids=["many-fact months", "short years"],
)
def test_a_sentence_giving_the_items_length_joins_it(tmp_path: Path, en: str, de: str, es: str, it: str) -> None:
    story = compare_texts(
        tmp_path,
        _rows(
            f"{TRIAL_LEADS['en']} {en}",
            f"{TRIAL_LEADS['de']} {de}",
            f"{TRIAL_LEADS['es']} {es}",
            f"{TRIAL_LEADS['it']} {it}",
        ),
    )
    joined = _items_with(story.agreed, en[:25], de[:20])
    assert len(joined) == 1, [it.summary for it in story.agreed]
    assert len(joined[0].sources) == 4
    # "only" its source's is said of its other fact alone ("Documents read: 400"), never of the whole sentence
    only = _items_with(story.single_source, en[:25])
    assert not [it for it in only if it.summary.startswith(en[:25]) or "month" in it.summary or "year" in it.summary]
    assert not [s for s in story.unmatched if en[:25] in s.text]


def test_a_sentence_giving_another_length_stays_out(tmp_path: Path) -> None:
    story = compare_texts(
        tmp_path,
        _rows(
            f"{TRIAL_LEADS['en']} The defence had asked for a three-year term.",
            f"{TRIAL_LEADS['de']} Die Verteidigung hatte fünf Jahre Haft gefordert.",
            f"{TRIAL_LEADS['es']} La defensa había pedido cinco años de prisión.",
            f"{TRIAL_LEADS['it']} La difesa aveva chiesto una condanna a cinque anni.",
        ),
    )
    assert not _items_with(story.agreed, "three-year", "fünf Jahre")


def test_lengths_are_read_in_each_language() -> None:
    from crosswire.compare.claims.length_joins import lengths
    from crosswire.facts.records import Value

    def unit(language: str, *values: Value) -> SimpleNamespace:
        return SimpleNamespace(language=language, values=list(values), claim=SimpleNamespace(negated=False))

    assert lengths(unit("en", Value(kind="duration", text="14 months", start=0, end=9, value=14.0, unit="month"))) == {
        (14.0, "month")
    }
    assert lengths(unit("de", Value(kind="count", text="vierzehn", start=0, end=8, value=14.0, noun="monate"))) == {
        (14.0, "month")
    }
    assert lengths(unit("pl", Value(kind="count", text="dziesięciu", start=0, end=9, value=10.0, concept="year"))) == {
        (10.0, "year")
    }
    # one year is too common a length to tie two sentences; a count of another noun is no length
    assert not lengths(unit("es", Value(kind="count", text="un", start=0, end=2, value=1.0, concept="year")))
    assert not lengths(unit("it", Value(kind="count", text="nove", start=0, end=4, value=9.0, noun="navi")))
