"""Conflicts of one measure across languages and labels that name it (the tenth pass's conflicts16), on invented
stories of other events than the trials':

1. a part of a group, "N of M", is one value in every language ("Five of the nine members" / "Fünf der neun
   Mitglieder" / "czterech z dziewięciu członków" / "cinq des neuf membres"): two paired sentences giving two
   parts of one whole are a conflict;
2. a role is the whole role phrase ("économiste en chef", "economista jefe", "chief economist"), never its
   chief-word alone ("chef", "jefe", "chief");
3. a sum that is the object of a verb of selling or buying is the amount sold or bought, not a sale price of the
   sentence's subject ("The port authority sold 40 million euros of bonds").
"""

from __future__ import annotations

import pytest

from test_compare_core import compare_texts, source_of

DAY = "2027-03-09"
OUTLETS = ["Tallmouth Wire", "Nordkurier Tal", "Gazeta Portowa", "Le Phare", "Diario Levante"]


def _rows(*texts: str) -> list[tuple[str, str, str, str]]:
    return [(f"a{i}", OUTLETS[i], DAY, f"Tallmouth harbour board raises fees\n\n{t}") for i, t in enumerate(texts)]


# -- class 1: a part of a group ---------------------------------------------------------------------------------

FRACTIONS = [
    ("en", "Five of the nine members of the harbour board voted for the increase.", 5, 9, "members"),
    ("en", "Only 3 out of 12 jurors backed the motion.", 3, 12, "jurors"),
    ("de", "Fünf der neun Mitglieder des Hafenrats stimmten für die Erhöhung.", 5, 9, "Mitglieder"),
    ("de", "Drei von zwölf Geschworenen stimmten zu.", 3, 12, "Geschworenen"),
    ("pl", "Za podwyżką głosowało czterech z dziewięciu członków rady.", 4, 9, "członków"),
    ("pl", "Spośród dwunastu sędziów poparło wniosek trzech ze dwunastu sędziów.", 3, 12, "sędziów"),
    ("fr", "Cinq des neuf membres du conseil ont voté pour la hausse.", 5, 9, "membres"),
    ("fr", "Trois sur douze jurés ont approuvé.", 3, 12, "jurés"),
    ("es", "Cinco de los nueve miembros de la junta votaron a favor.", 5, 9, "miembros"),
    ("it", "Cinque dei nove membri del consiglio hanno votato a favore.", 5, 9, "membri"),
    ("ru", "Пятеро из девяти членов совета проголосовали за.", 5, 9, "членов"),
]


@pytest.mark.parametrize(("language", "text", "part", "whole", "noun"), FRACTIONS)
def test_part_of_a_group_read(language: str, text: str, part: int, whole: int, noun: str) -> None:
    from crosswire.compare.claims.fractions import fractions_of

    found = fractions_of(text, language)
    assert [(f.part, f.whole, f.noun) for f in found][-1:] == [(part, whole, noun)], found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "It was one of its driest autumns on record."),
        ("en", "Nine of them voted for it."),
        ("de", "Zwölf der Mitglieder stimmten zu."),
        ("fr", "Neuf des membres ont voté pour."),
        ("en", "Seven of the 3 boats sank."),  # a part larger than the whole is no part of it
    ],
)
def test_no_part_of_a_group(language: str, text: str) -> None:
    from crosswire.compare.claims.fractions import fractions_of

    assert fractions_of(text, language) == []


EN = (
    "TALLMOUTH, March 9 (Tallmouth Wire) - The harbour board of Tallmouth raised mooring fees by 12 percent on "
    "Tuesday. Five of the nine members of the harbour board voted for the increase, the board's secretary said."
)
DE = (
    "Der Hafenrat von Tallmouth hat am Dienstag die Liegegebühren um 12 Prozent erhöht. Fünf der neun Mitglieder "
    "des Hafenrats stimmten für die Erhöhung."
)
PL = (
    "Rada portu w Tallmouth podniosła we wtorek opłaty za postój o 12 proc. Za podwyżką opłat głosowało trzech "
    "z dziewięciu członków rady portu."
)
FR = (
    "Le conseil du port de Tallmouth a relevé mardi de 12 % les droits d'amarrage. Six des neuf membres du "
    "conseil ont voté pour la hausse."
)


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return compare_texts(tmp_path_factory.mktemp("fractions"), _rows(EN, DE, PL, FR))


def test_parts_of_one_board_conflict(board) -> None:  # type: ignore[no-untyped-def]
    found = [c for c in board.conflicts if any("z dziewięciu" in ev.text for ev in c.evidence)]
    assert found, [c.summary for c in board.conflicts]
    c = found[0]
    assert c.reason == "different value", c.summary
    sides = {s.label: set(s.sources) for s in c.sides}
    en, de, pl, fr = (source_of(board, f"a{i}") for i in range(4))
    assert sides.get("5 of 9", set()) >= {en, de}, sides
    assert sides.get("3 of 9") == {pl}, sides
    assert sides.get("6 of 9") == {fr}, sides
    assert "members" in c.measure, c.measure


def test_one_part_agreed_is_no_conflict(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pl = PL.replace("trzech", "pięciu")
    fr = FR.replace("Six des", "Cinq des")
    story = compare_texts(tmp_path, _rows(EN, DE, pl, fr))
    assert not [c for c in story.conflicts if " of 9" in c.summary], [c.summary for c in story.conflicts]


def test_two_parts_of_one_source_are_no_conflict() -> None:
    from types import SimpleNamespace

    from crosswire.compare.claims.fractions import fraction_conflicts

    def unit(i: int, source: int, text: str, language: str, *predicates: str) -> SimpleNamespace:
        claim = SimpleNamespace(predicates=list(predicates))
        return SimpleNamespace(index=i, source=source, text=text, language=language, claim=claim)

    a = unit(0, 1, "Five of the nine members voted for it and four of the nine against.", "en", "vote")
    b = unit(1, 2, "Fünf der neun Mitglieder stimmten dafür.", "de", "stimmen")
    pairs = [SimpleNamespace(a=a, b=b, score=0.9)]
    assert fraction_conflicts(pairs, 0.6, SimpleNamespace()) == []  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # the two sides of one vote make up the whole: "six for" / "one against"
        (
            ("Six of the seven members voted for the plan.", "en", "vote"),
            ("Uno de los siete miembros votó en contra.", "es", "votar"),
        ),
        (
            ("Sechs der sieben Mitglieder stimmten dafür.", "de", "stimmen"),
            ("Un des sept membres a voté contre.", "fr", "voter"),
        ),
        # one language, no predicate shared (a light verb is none): two things counted
        (
            ("Two of the five victims were children.", "en", "be"),
            ("Three of the five victims were women.", "en", "be"),
        ),
        (
            ("Five of the nine suspects were arrested.", "en", "arrest"),
            ("Three of the nine suspects remain at large.", "en", "remain"),
        ),
    ],
)
def test_parts_of_two_predicates_are_no_conflict(one: tuple[str, ...], other: tuple[str, ...]) -> None:
    from types import SimpleNamespace

    from crosswire.compare.claims.fractions import fraction_conflicts

    def unit(i: int, source: int, text: str, language: str, *predicates: str) -> SimpleNamespace:
        claim = SimpleNamespace(predicates=list(predicates))
        return SimpleNamespace(index=i, source=source, text=text, language=language, claim=claim)

    a, b = unit(0, 1, *one), unit(1, 2, *other)
    pairs = [SimpleNamespace(a=a, b=b, score=0.9)]
    assert fraction_conflicts(pairs, 0.6, SimpleNamespace()) == []  # type: ignore[arg-type]


# -- class 2: a role is the whole role phrase, never its chief-word --------------------------------------------

CHIEF_PHRASES = [
    ("fr", "L'économiste en chef de l'autorité portuaire, ", "économiste en chef"),
    ("fr", "Le rédacteur en chef du quotidien, ", "rédacteur en chef"),
    ("es", "El economista jefe de la autoridad portuaria, ", "economista jefe"),
    ("es", "La ingeniera jefa del puerto, ", "ingeniera jefa"),
    ("it", "L'economista capo dell'autorità portuale, ", "economista capo"),
    ("en", "The port authority's chief economist, ", "chief economist"),
    ("en", "The harbour's chief pilot ", "chief pilot"),
]


@pytest.mark.parametrize(("language", "before", "phrase"), CHIEF_PHRASES)
def test_chief_word_with_its_noun_is_the_role(language: str, before: str, phrase: str) -> None:
    from crosswire.compare.claims.roles import GENERIC, _generic_in

    found = _generic_in(before, language)
    assert found is not None and found[1] == phrase, found
    # read as its chief-word: compatible with the same roles as before (a "chief constable" may be a "police chief")
    assert found[0].startswith(GENERIC) and found[0].removeprefix(GENERIC) in phrase.lower()


@pytest.mark.parametrize(
    ("language", "before", "word"),
    [
        ("fr", "Le chef de la police, ", "chef"),
        ("fr", "Le nouveau chef de la police, ", "chef"),
        ("es", "El jefe de la policía, ", "jefe"),
        ("en", "Police chief ", "chief"),
        ("de", "Der Chef der Hafenbehörde, ", "Chef"),
    ],
)
def test_chief_word_alone_stays_the_title(language: str, before: str, word: str) -> None:
    from crosswire.compare.claims.roles import _generic_in

    found = _generic_in(before, language)
    assert found is not None and found[1] == word, found


ROLE_EN = (
    "TALLMOUTH, March 9 (Tallmouth Wire) - The harbour board of Tallmouth raised mooring fees by 12 percent on "
    "Tuesday. Deputy Mayor Oskar Lindqvist cast the only vote against the increase."
)
ROLE_FR = (
    "Le conseil du port de Tallmouth a relevé mardi de 12 % les droits d'amarrage. L'économiste en chef du port, "
    "Oskar Lindqvist, seul membre du conseil à avoir voté contre, plaidait pour une hausse plus modeste."
)
ROLE_ES = (
    "La junta del puerto de Tallmouth subió el martes un 12 % las tasas de amarre. El economista jefe del puerto, "
    "Oskar Lindqvist, fue el único miembro de la junta que votó en contra."
)


def test_role_conflict_names_the_whole_phrase(tmp_path) -> None:  # type: ignore[no-untyped-def]
    story = compare_texts(tmp_path, _rows(ROLE_EN, ROLE_FR, ROLE_ES))
    found = [c for c in story.conflicts if c.reason == "different role"]
    assert found, [c.summary for c in story.conflicts]
    labels = [s.label for s in found[0].sides]
    assert "deputy mayor" in labels, labels
    assert not any(label in ("chef", "jefe") for label in labels), labels
    assert any("économiste en chef" in label or "economista jefe" in label for label in labels), labels


# -- class 3: a sum a verb of trading governs is the amount traded -----------------------------------------------


@pytest.mark.parametrize(
    ("before", "label"),
    [
        ("The port authority said it had sold ", "amount sold"),
        ("The central bank sold about ", "amount sold"),
        ("On Monday the fund bought some ", "amount bought"),
        ("The pension fund purchased more than ", "amount bought"),
        ("The authority is selling ", "amount sold"),
        # a price stands after "for" or "at", or what fetches a sum is the thing sold: the price of it
        ("The port authority sold the old ferry for ", "sale price of the old ferry"),
        ("The ferry was sold at auction for ", "sale price of the ferry"),
        ("The old ferry fetched ", "sale price of the old ferry"),
    ],
)
def test_sum_traded_is_no_sale_price_of_the_subject(before: str, label: str) -> None:
    from crosswire.compare.figures.measures import money_label

    assert money_label(before) == label


TRADE_EN = (
    "TALLMOUTH, March 9 (Tallmouth Wire) - The harbour board of Tallmouth raised mooring fees by 12 percent on "
    "Tuesday. The port authority said it had sold 40 million euros of bonds on Monday to pay for the new quay."
)
TRADE_ES = (
    "La junta del puerto de Tallmouth subió el martes un 12 % las tasas de amarre. Según la propia autoridad, el "
    "puerto vendió el lunes bonos por valor de 65 millones de euros para pagar el nuevo muelle."
)


def test_trade_conflict_label(tmp_path) -> None:  # type: ignore[no-untyped-def]
    story = compare_texts(tmp_path, _rows(TRADE_EN, TRADE_ES))
    found = [c for c in story.conflicts if any("65 millones" in ev.text for ev in c.evidence)]
    assert found, [c.summary for c in story.conflicts]
    assert found[0].measure == "amount sold", found[0].summary


# -- class 4: one rate of one month, two values ----------------------------------------------------------------

RATE_NOUNS = [
    ("en", "Unemployment reached 7.8 percent in September.", "unemployment"),
    ("en", "Inflation slowed to 4 percent.", "inflation"),
    ("de", "Die Arbeitslosigkeit, die im September bei rund 10 Prozent lag, bleibt das Hauptproblem.", "unemployment"),
    ("de", "Die Inflation stieg auf 5 Prozent.", "inflation"),
    ("fr", "Le chômage atteignait environ 10 % en septembre.", "unemployment"),
    ("es", "La inflación subió al 6 % en septiembre.", "inflation"),
    ("pl", "Bezrobocie we wrześniu wyniosło około 10 proc.", "unemployment"),
    ("pl", "Frekwencja wyniosła 61 proc.", "turnout"),
    ("it", "La disoccupazione è salita al 9 per cento.", "unemployment"),
]


@pytest.mark.parametrize(("language", "text", "rate"), RATE_NOUNS)
def test_rate_noun_read(language: str, text: str, rate: str) -> None:
    from crosswire.compare.claims.rates import rate_nouns

    assert [r for _at, r in rate_nouns(text, language)] == [rate]


RATE_EN = (
    "TALLMOUTH, March 9 (Tallmouth Wire) - The harbour board of Tallmouth raised mooring fees by 12 percent on "
    "Tuesday. Unemployment in the port district reached 7.8 percent in February, far above the city's target of "
    "5 percent, the statistics office said."
)
RATE_DE = (
    "Der Hafenrat von Tallmouth hat am Dienstag die Liegegebühren um 12 Prozent erhöht. Die Arbeitslosigkeit, die "
    "im Februar bei rund 11 Prozent lag, gilt als das größte Problem des Hafenviertels."
)
RATE_PL = (
    "Rada portu w Tallmouth podniosła we wtorek opłaty za postój o 12 proc. Bezrobocie w dzielnicy portowej "
    "wyniosło w lutym około 8 proc."
)
RATE_FR = (
    "Le conseil du port de Tallmouth a relevé mardi de 12 % les droits d'amarrage. Le chômage dans le quartier du "
    "port atteignait environ 11 % en février, selon l'office statistique."
)


@pytest.fixture(scope="module")
def rates(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return compare_texts(tmp_path_factory.mktemp("rates"), _rows(RATE_EN, RATE_DE, RATE_PL, RATE_FR))


def test_vague_rate_against_precise_is_a_conflict(rates) -> None:  # type: ignore[no-untyped-def]
    found = [c for c in rates.conflicts if any("rund 11 Prozent" in ev.text for ev in c.evidence)]
    assert found, [c.summary for c in rates.conflicts]
    c = found[0]
    assert c.reason == "vague vs precise", c.summary
    assert c.measure.startswith("unemployment"), c.measure
    assert any("7.8 percent" in s.label for s in c.sides), c.summary
    assert not any("5 percent" == s.label for s in c.sides), c.summary  # the target is no value of the rate


def test_vague_rate_within_rounding_is_no_conflict(rates) -> None:  # type: ignore[no-untyped-def]
    # "około 8 proc." holds 7.8 percent: the Polish sentence stands on the English one's side, and no second
    # conflict sets the same sentences against each other as shares of nothing
    found = [c for c in rates.conflicts if c.measure.startswith("unemployment")]
    assert len(found) == 1, [c.summary for c in rates.conflicts]
    en, de, pl, fr = (source_of(rates, f"a{i}") for i in range(4))
    sides = [set(s.sources) for s in found[0].sides]
    assert {en, pl} in sides and {fr, de} in sides, found[0].summary
    assert not [c for c in rates.conflicts if c.summary.startswith("Share")], [c.summary for c in rates.conflicts]


@pytest.mark.parametrize(
    ("word", "language", "month"),
    [
        ("lutym", "pl", 2),
        ("wrześniu", "pl", 9),
        ("października", "pl", 10),
        ("oktober", "de", 10),
        ("février", "fr", 2),
        ("octubre", "es", 10),
        ("ottobre", "it", 10),
        ("октябре", "ru", 10),
        ("marki", "pl", None),  # a currency, no March
        ("często", "pl", None),
        ("marché", "fr", None),
    ],
)
def test_month_named_in_any_case(word: str, language: str, month: int | None) -> None:
    from crosswire.compare.claims.rates import _month_of

    assert _month_of(word, language) == month


def test_rates_of_two_places_are_no_conflict(tmp_path) -> None:  # type: ignore[no-untyped-def]
    en = RATE_EN.replace("Unemployment in the port district", "Unemployment in Hamburg")
    fr = RATE_FR.replace("Le chômage dans le quartier du port", "Le chômage à Lyon")
    story = compare_texts(tmp_path, _rows(en, fr))
    assert not [c for c in story.conflicts if c.measure.startswith("unemployment")], [
        c.summary for c in story.conflicts
    ]


def test_rates_of_two_months_are_no_conflict(tmp_path) -> None:  # type: ignore[no-untyped-def]
    de = RATE_DE.replace("im Februar", "im Januar")
    story = compare_texts(tmp_path, _rows(RATE_EN, de))
    assert not [c for c in story.conflicts if c.measure.startswith("unemployment")], [
        c.summary for c in story.conflicts
    ]


def test_rates_no_sentence_dates_are_no_conflict(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # undated rates may be of two periods (a year's average, the latest month): never compared
    en = RATE_EN.replace(" in February", "")
    de = RATE_DE.replace("im Februar ", "")
    story = compare_texts(tmp_path, _rows(en, de))
    assert not [c for c in story.conflicts if c.measure.startswith("unemployment")], [
        c.summary for c in story.conflicts
    ]


@pytest.mark.parametrize(
    ("language", "text", "modifier"),
    [
        ("en", "Core inflation rose to 4 percent in March.", "core"),
        ("es", "La inflación subyacente subió al 4 % en marzo.", "core"),
        ("pl", "Bezrobocie wśród młodzieży wyniosło 20 proc.", "youth"),
        ("fr", "Le chômage des jeunes atteint 18 %.", "youth"),
        ("en", "Food inflation hit 9 percent.", "food"),
        ("en", "Inflation rose to 4 percent in March, driven by food and energy prices.", None),
        ("de", "Die Inflation lag im Oktober bei rund 14 Prozent.", None),
    ],
)
def test_rate_of_another_measure(language: str, text: str, modifier: str | None) -> None:
    from crosswire.compare.claims.rates import _modifier, rate_nouns

    (at, _rate), *_ = rate_nouns(text, language)
    assert _modifier(text, at) == modifier
