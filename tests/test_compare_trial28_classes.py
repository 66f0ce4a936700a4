"""Classes a new user's six-language drug-trial story missed (trial 28), on invented stories of other events:
a count's predicate is part of what it counts (patients who died and patients enrolled are two counts, never
one agreed claim citing both tolls).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.model import Article
from test_compare_core import compare_texts

MONDAY = "2026-03-09"


def _rows(*texts: str, published: str = MONDAY) -> list[tuple[str, str, str, str]]:
    outlets = ["Harbor Daily", "Lugano Sera", "Gazeta Ranna", "Jornal do Tejo", "Rhein Kurier"]
    return [(f"a{i}", outlets[i], published, f"Orvessa\n\n{t}") for i, t in enumerate(texts)]


def _summaries(comparison) -> list[str]:
    return [c.summary for c in comparison.conflicts]


EN_TOLL = (
    "The Danish biotech Hollmark Bio stopped its vaccine study on Monday after two patients died of heart "
    "inflammation. The study had enrolled 960 patients in nine countries."
)
TOLLS = [
    (
        "Italian toll",
        "La danese Hollmark Bio ha interrotto lunedì lo studio sul vaccino dopo la morte di cinque pazienti per "
        "una miocardite. Lo studio aveva arruolato 960 pazienti in nove paesi.",
    ),
    (
        "Portuguese toll",
        "A dinamarquesa Hollmark Bio interrompeu na segunda-feira o estudo da vacina depois de cinco pacientes "
        "morrerem de uma miocardite. O estudo tinha recrutado 960 doentes em nove países.",
    ),
    (
        "Polish toll",
        "Duńska firma Hollmark Bio przerwała w poniedziałek badanie szczepionki. Pięciu pacjentów zmarło z "
        "powodu zapalenia mięśnia sercowego. W badaniu uczestniczyło 960 pacjentów.",
    ),
]


@pytest.mark.parametrize(("case", "other"), TOLLS, ids=[c[0] for c in TOLLS])
def test_patients_who_died_conflict_apart_from_patients_enrolled(tmp_path: Path, case: str, other: str) -> None:
    comparison = compare_texts(tmp_path, _rows(EN_TOLL, other))
    deaths = [s for s in _summaries(comparison) if "killed" in s.lower() or "dead" in s.lower()]
    assert len(deaths) == 1, (case, _summaries(comparison))
    assert "960" not in deaths[0], (case, deaths)
    assert not any("960" in s for s in _summaries(comparison)), (case, _summaries(comparison))


def test_enrolled_patients_conflict_apart_from_the_toll(tmp_path: Path) -> None:
    it = (
        "La danese Hollmark Bio ha interrotto lunedì lo studio sul vaccino dopo la morte di due pazienti per una "
        "miocardite. Lo studio aveva arruolato 690 pazienti in nove paesi."
    )
    comparison = compare_texts(tmp_path, _rows(EN_TOLL, it))
    enrolled = [s for s in _summaries(comparison) if "960" in s]
    assert len(enrolled) == 1 and "690" in enrolled[0], _summaries(comparison)
    assert not any("two" in s.lower() and "due" in s.lower() for s in _summaries(comparison)), _summaries(comparison)


def test_one_centre_and_one_country_patients_are_no_conflict(tmp_path: Path) -> None:
    """One centre's enrolled patients (the source also gives the trial's) and one country's arm, of which
    nothing is said but that they took part, are no rivals of each other nor of the trial's total."""
    it = (
        "Lo studio del vaccino di Hollmark Bio aveva arruolato 960 pazienti. In Italia il centro più grande era "
        "l'ospedale di Cremona, che aveva arruolato 48 pazienti per lo studio del vaccino di Hollmark Bio."
    )
    pt = (
        "O estudo da vacina da Hollmark Bio tinha também um braço brasileiro, com a participação de 150 "
        "pacientes em centros de Recife."
    )
    comparison = compare_texts(tmp_path, _rows(EN_TOLL, it, pt))
    assert not any("48" in s or "150" in s for s in _summaries(comparison)), _summaries(comparison)


LONE_HOURS = [
    ("it", "Il comunicato è stato diffuso alle 22, a mercati chiusi.", 22 * 60),
    ("it", "La nota della società è uscita alle 7.", 7 * 60),
    ("it", "La polizia è arrivata alle 22.30 davanti al porto.", 22 * 60 + 30),
    ("pl", "Komunikat spółki wydano o 22.", 22 * 60),
    ("pt", "O comunicado foi divulgado às 22h, com os mercados fechados.", 22 * 60),
    ("pt", "O comunicado foi divulgado às 22, com os mercados fechados.", 22 * 60),
    ("es", "El comunicado llegó a las 22, con los mercados cerrados.", 22 * 60),
    ("de", "Die Mitteilung kam um 22 Uhr.", 22 * 60),
]


@pytest.mark.parametrize(("language", "text", "minutes"), LONE_HOURS, ids=[f"{c[0]}-{c[2]}" for c in LONE_HOURS])
def test_a_lone_hour_after_a_clock_preposition_is_a_time_of_day(language: str, text: str, minutes: int) -> None:
    from crosswire.facts.languages.clock import clock_values
    from crosswire.facts.languages.lexicon import words_for

    assert [v.value for v in clock_values(text, 0, words_for(language))] == [minutes]


@pytest.mark.parametrize(
    ("language", "text"),
    [("it", "Il sindaco si è unito alle 3 famiglie del quartiere."), ("pl", "Ceny wzrosły o 22 proc.")],
)
def test_an_hour_with_a_noun_after_it_is_no_time(language: str, text: str) -> None:
    from crosswire.facts.languages.clock import clock_values
    from crosswire.facts.languages.lexicon import words_for

    assert clock_values(text, 0, words_for(language)) == []


def test_an_italian_lone_hour_conflicts_with_an_english_morning_time(tmp_path: Path) -> None:
    en = (
        "The Danish biotech Hollmark Bio stopped its vaccine study on Monday. The company said in a statement "
        "issued at 8 a.m., before the market opened, that it had stopped all dosing."
    )
    it = (
        "La danese Hollmark Bio ha interrotto lunedì lo studio sul vaccino. L'annuncio è arrivato con un "
        "comunicato diffuso alle 21, a mercati chiusi."
    )
    comparison = compare_texts(tmp_path, _rows(en, it))
    times = [s for s in _summaries(comparison) if s.lower().startswith("time")]
    assert len(times) == 1 and "21:00" in times[0], _summaries(comparison)


def _figures(text: str, language: str) -> list:
    from crosswire.facts.languages.lexicon import words_for
    from crosswire.facts.languages.numbers import figures_in

    return figures_in(text, [], 0, (0, len(text)), words_for(language), language)


MONEY = [
    ("pt", "Os analistas estimavam vendas anuais acima de 2 mil milhões de francos suíços.", 2e9),
    ("pl", "Analitycy szacowali roczną sprzedaż na ponad 2 mld franków szwajcarskich.", 2e9),
    ("es", "Los analistas calculaban ventas anuales de más de 2.000 millones de francos suizos.", 2e9),
    ("it", "Gli analisti stimavano vendite annue superiori ai 2 miliardi di franchi.", 2e9),
]


@pytest.mark.parametrize(("language", "text", "value"), MONEY, ids=[c[0] for c in MONEY])
def test_francs_with_a_scale_word_are_money(language: str, text: str, value: float) -> None:
    figures = _figures(text, language)
    money = [f for f in figures if f.type == "money"]
    assert [(f.value, f.currency) for f in money] == [(value, "CHF")], [(f.text, f.type, f.counted) for f in figures]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "La casa farmaceutica ha sospeso la sperimentazione di fase 3 ORBIT sul suo vaccino."),
        ("pt", "A empresa interrompeu o ensaio clínico de fase 2 ORBIT do seu anticorpo."),
        ("pl", "Firma przerwała badanie w fazie 3 nad nowym lekiem."),
    ],
)
def test_a_trial_phase_number_is_no_count(language: str, text: str) -> None:
    figures = _figures(text, language)
    assert not [f for f in figures if f.type == "count"], [(f.text, f.counted) for f in figures]


def _names(text: str, language: str) -> set[str]:
    from crosswire.facts.languages.light import LightFrontEnd

    return {n.normal for n in LightFrontEnd().analyse(text, language).names}


@pytest.mark.parametrize(
    ("language", "text", "person", "glued"),
    [
        (
            "it",
            "L'amministratore Marco Vellani ha detto che la società valuterà ogni opzione.",
            "Marco Vellani",
            "L'amministratore Marco Vellani",
        ),
        ("it", "La direttrice Paola Serini ha annunciato nuove verifiche.", "Paola Serini", "direttrice Paola Serini"),
        (
            "de",
            "„Wir fordern volle Aufklärung“, sagte die Vorsitzende Helga Brenner.",
            "Helga Brenner",
            "Vorsitzende Helga Brenner",
        ),
        (
            "de",
            "Der Vorsitzende Jonas Keller kündigte eine Sondersitzung an.",
            "Jonas Keller",
            "Vorsitzende Jonas Keller",
        ),
    ],
)
def test_a_title_before_a_name_is_no_part_of_it(language: str, text: str, person: str, glued: str) -> None:
    names = _names(text, language)
    assert person in names and glued not in names, names


def test_a_german_company_description_is_no_name() -> None:
    """ "Der Dänische Chemiekonzern Orvik Chemicals": the description (adjective, compound company noun) names no one;
    the company's own name is kept."""
    names = _names("Der Dänische Chemiekonzern Orvik Chemicals hat am Montag die Produktion gestoppt.", "de")
    assert "Orvik Chemicals" in names and not any("Chemiekonzern" in n for n in names), names


def test_a_company_noun_opening_a_name_is_kept() -> None:
    names = _names("Die Stadtwerke Kelmsdorf erhöhen die Preise.", "de")
    assert any("Stadtwerke" in n for n in names), names


def test_the_company_said_in_german_is_the_company_the_description_named(tmp_path: Path) -> None:
    en = "The Danish chemicals group Orvik Chemicals stopped production on Monday after a leak, the company said."
    de = (
        "Der Dänische Chemiekonzern Orvik Chemicals hat am Montag die Produktion gestoppt. Zwei Arbeiter seien "
        "verletzt worden, teilte das Unternehmen mit."
    )
    comparison = compare_texts(tmp_path, _rows(en, de))
    speakers = {w.speaker for w in comparison.who_said_what}
    assert "Orvik Chemicals" in speakers and not any("Chemiekonzern" in s for s in speakers), speakers


def _page(lines: list[str], lang: str) -> Article:
    from crosswire.clean import clean_document
    from crosswire.model import RawDocument

    body = "".join(f"<p>{p}</p>" for p in lines)
    page = (
        f'<html lang="{lang}"><head><title>Orvessa - Il Corriere del Lago</title></head><body>'
        f"<article><h1>Orvessa</h1>{body}</article></body></html>"
    )
    return clean_document(RawDocument(source="page.html", kind="html", content=page, content_type="html"))


IT_BODY = [
    "La danese Hollmark Bio ha interrotto lunedì lo studio sul vaccino dopo la morte di due pazienti.",
    "Lo studio aveva arruolato 960 pazienti in nove paesi.",
]


@pytest.mark.parametrize(
    ("lines", "place"),
    [
        (["Orvessa, 9 marzo 2026 - 16:30", *IT_BODY], "Orvessa"),
        (
            ["Il vaccino era in fase 3. Coinvolti anche pazienti italiani", "Orvessa, 9 marzo 2026 - 16:30", *IT_BODY],
            "Orvessa",
        ),
        (["Valverde, 09/03/2026 - 09:14", *IT_BODY], "Valverde"),
    ],
)
def test_a_place_and_stamp_line_is_the_dateline_not_body(lines: list[str], place: str) -> None:
    article = _page(lines, "it")
    assert article.dateline == place
    assert not any("16:30" in b.text or "09:14" in b.text for b in article.blocks), [b.text for b in article.blocks]
    assert article.blocks[-1].text == IT_BODY[-1]


def test_a_sentence_after_a_place_is_kept() -> None:
    article = _page(["Orvessa, 12 persone sono rimaste ferite nel crollo di un ponte.", *IT_BODY], "it")
    assert article.blocks[0].text.startswith("Orvessa, 12 persone")


@pytest.mark.parametrize(
    ("paragraph", "place", "rest"),
    [
        (
            "Basileia, 9 de março de 2026 — A dinamarquesa Hollmark Bio interrompeu o estudo.",
            "Basileia",
            "A dinamarquesa",
        ),
        ("Sevilla, 9 de marzo de 2026 - La danesa Hollmark Bio interrumpió el estudio.", "Sevilla", "La danesa"),
    ],
)
def test_a_dateline_with_the_year_after_de_is_read(paragraph: str, place: str, rest: str) -> None:
    from crosswire.clean.metadata import dateline_end, parse_dateline

    assert parse_dateline(paragraph)[0] == place
    assert paragraph[dateline_end(paragraph) :].startswith(rest)


def test_a_trial_halt_ordered_by_a_regulator_against_a_voluntary_one(tmp_path: Path) -> None:
    en = (
        "Hollmark Bio stopped its vaccine study on Monday after two patients died. Hollmark said it took the "
        "decision voluntarily, on the advice of the study's safety board."
    )
    it = (
        "La danese Hollmark Bio ha interrotto lunedì lo studio sul vaccino dopo la morte di due pazienti. La "
        "decisione è stata presa volontariamente su raccomandazione del comitato di sicurezza."
    )
    pt = (
        "A dinamarquesa Hollmark Bio interrompeu na segunda-feira o estudo da vacina depois de dois pacientes "
        "morrerem. Segundo a empresa, a interrupção foi ordenada pela agência reguladora dinamarquesa."
    )
    comparison = compare_texts(tmp_path, _rows(en, it, pt))
    agents = [c for c in comparison.conflicts if c.summary.lower().startswith("who decided")]
    assert len(agents) == 1, _summaries(comparison)


def test_a_trial_suspended_against_one_ended_for_good(tmp_path: Path) -> None:
    en = "Hollmark Bio stopped its vaccine study on Monday. The study remains suspended pending a full safety review."
    pl = (
        "Duńska firma Hollmark Bio przerwała w poniedziałek badanie szczepionki. Według firmy badanie zostało "
        "zakończone definitywnie i nie zostanie wznowione."
    )
    comparison = compare_texts(tmp_path, _rows(en, pl))
    status = [c for c in comparison.conflicts if c.summary.lower().startswith("trial status")]
    assert len(status) == 1, _summaries(comparison)


def test_a_trial_suspended_in_two_languages_is_no_conflict(tmp_path: Path) -> None:
    en = "Hollmark Bio stopped its vaccine study on Monday. The study remains suspended pending a full safety review."
    de = (
        "Das dänische Biotechunternehmen Hollmark Bio hat am Montag seine Impfstoffstudie gestoppt. Die Studie "
        "bleibe bis zum Abschluss einer Sicherheitsprüfung ausgesetzt."
    )
    comparison = compare_texts(tmp_path, _rows(en, de))
    assert not any(s.lower().startswith(("trial status", "who decided")) for s in _summaries(comparison))
