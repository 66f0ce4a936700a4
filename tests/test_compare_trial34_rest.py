"""Classes a new user's hostage story (trial 34) still missed, on invented stories of other events: a count of a
group held in a state ("12 detained members") never met another language's count of prisoners; a sum in two
languages whose word has a second sense ("un rescate", a bailout or a ransom) never met "a ransom".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.vocab.concepts import held_state, money_senses, state_concept
from invented import article_facts
from test_compare_core import compare_texts

MONDAY = "2027-03-08"  # all outlets publish on Monday 8 March 2027
OUTLETS = ["Fenwick Herald", "Oderblatt", "La Gazette du Lac", "Correo Austral", "Gazzetta Alta"]


def _rows(*texts: str) -> list[tuple[str, str, str, str]]:
    return [(f"a{i}", OUTLETS[i], MONDAY, f"Dunmarrow\n\n{t}") for i, t in enumerate(texts)]


def _conflicts_citing(comparison, *needles: str) -> list:
    """The conflicts whose evidence holds a sentence with each needle."""
    return [c for c in comparison.conflicts if all(any(n in ev.text for ev in c.evidence) for n in needles)]


def _counts(language: str, text: str) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.concept) for f in article_facts(language, text, published=MONDAY).figures if f.type == "count"]


# -- class 1: a group held in a state counts prisoners ---------------------------------------------------------

HELD = [
    ("en", "Under the accord, the authorities freed 12 detained members of the union on Sunday, the minister said."),
    ("en", "The court ordered the release of 30 jailed activists on Friday."),
    ("en", "The junta released 9 imprisoned journalists on Saturday."),
    ("de", "Die Regierung hat am Sonntag 15 inhaftierte Mitglieder der Gewerkschaft freigelassen."),
    ("es", "El Gobierno liberó el domingo a 15 miembros detenidos del sindicato."),
    ("it", "Il governo ha liberato domenica 15 membri detenuti del sindacato."),
    ("fr", "Le gouvernement a relâché dimanche 15 militants emprisonnés du syndicat."),
]


@pytest.mark.parametrize(("language", "text"), HELD, ids=[f"{lang}-{t[:24]}" for lang, t in HELD])
def test_a_group_held_in_a_state_counts_prisoners(language: str, text: str) -> None:
    """A group noun of no concept ("members", "Mitglieder", "miembros") or a people noun with a held state
    before it ("detained", "jailed", "inhaftierte") or after it ("detenidos", "emprisonnés") counts prisoners."""
    assert [c for _v, c in _counts(language, text)] == ["prisoner"], (language, text)


ARRESTS = [
    ("en", "Police detained 40 people on Friday after the march."),
    ("es", "La policía detuvo el viernes a 40 personas tras la marcha."),
    ("en", "The union has 300 members in the port."),
    ("de", "Die Gewerkschaft hat 300 Mitglieder im Hafen."),
]


@pytest.mark.parametrize(("language", "text"), ARRESTS, ids=[f"{lang}-{t[:24]}" for lang, t in ARRESTS])
def test_an_arrest_or_a_plain_group_is_no_prisoner_count(language: str, text: str) -> None:
    """An arrest (the act, after the noun: "40 people detained") and a group in no held state keep their own
    concept: never prisoners."""
    assert all(c != "prisoner" for _v, c in _counts(language, text)), (language, text)


def test_state_concept() -> None:
    assert held_state("Detained", "en") == held_state("inhaftierte", "de") == "prisoner"
    assert held_state("detenidos", "es") == held_state("détenus", "fr") == "prisoner"
    assert held_state("freed", "en") is None
    assert state_concept(None, "jailed", None, "en") == "prisoner"
    assert state_concept("person", None, "detenidas", "es") == "person"  # "personas detenidas": an arrest
    assert state_concept("soldier", "detained", None, "en") == "soldier"  # a concept of its own stays


PRISONERS = [
    (
        "English detained members vs French prisoners",
        "Masked men seized the Korvent depot near Dunmarrow on Saturday. Under the accord, the authorities freed "
        "12 detained members of the militia on Sunday evening, the minister said.",
        "Des hommes masqués ont pris samedi le dépôt Korvent près de Dunmarrow. En échange, les autorités ont "
        "relâché 15 prisonniers membres de la milice, a indiqué une source policière.",
        ("12 detained", "15 prisonniers"),
    ),
    (
        "German imprisoned members vs English prisoners",
        "Maskierte Männer besetzten am Samstag das Korvent-Depot bei Dunmarrow. Im Gegenzug ließ die Regierung "
        "20 inhaftierte Mitglieder der Miliz frei, hieß es aus Sicherheitskreisen.",
        "Masked men seized the Korvent depot near Dunmarrow on Saturday. In exchange, the government released 14 "
        "prisoners belonging to the militia, a security source said.",
        ("20 inhaftierte", "14 prisoners"),
    ),
    (
        "Spanish detained members vs Italian prisoners",
        "Unos hombres enmascarados tomaron el sábado el depósito Korvent cerca de Dunmarrow. A cambio, el "
        "Gobierno liberó a 18 miembros detenidos de la milicia, según una fuente policial.",
        "Uomini mascherati hanno occupato sabato il deposito Korvent vicino a Dunmarrow. In cambio, il governo "
        "ha liberato 11 prigionieri della milizia, secondo una fonte della polizia.",
        ("18 miembros", "11 prigionieri"),
    ),
]


@pytest.mark.parametrize(("case", "a", "b", "needles"), PRISONERS, ids=[c[0] for c in PRISONERS])
def test_a_held_group_and_prisoners_freed_are_one_count(
    tmp_path: Path, case: str, a: str, b: str, needles: tuple[str, str]
) -> None:
    """Two counts of prisoners freed in two languages, one written as a group in a held state, that differ are
    one conflict (before: the held group counted no concept and the two never met)."""
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert len(_conflicts_citing(comparison, *needles)) == 1, (case, [c.summary for c in comparison.conflicts])


# -- class 2: a sum whose word has a second sense ---------------------------------------------------------------


def test_money_senses() -> None:
    assert money_senses(["exigía", "un", "rescate"], "es") == {"bailout", "ransom"}
    assert money_senses(["pediu", "um", "resgate"], "pt") == {"bailout", "ransom"}
    assert money_senses(["a", "ransom", "of"], "en") == {"ransom"}
    assert money_senses(["a", "fine", "of"], "en") == {"fine"}


RANSOMS = [
    (
        "English ransom vs Spanish rescate, both long sentences",
        "Masked men seized two Korvent engineers near Dunmarrow on Saturday. The kidnappers had demanded a ransom "
        "of $3.2 million, but the minister denied that any money had been handed over to them.",
        "Unos hombres enmascarados secuestraron el sábado a dos ingenieros de Korvent cerca de Dunmarrow. La "
        "banda exigía un rescate de 2,3 millones de dólares, según fuentes policiales consultadas por este diario.",
        ("$3.2 million", "2,3 millones"),
    ),
    (
        "Portuguese resgate vs French rançon",
        "Homens mascarados sequestraram no sábado dois engenheiros da Korvent perto de Dunmarrow. O grupo pedia um "
        "resgate de 4 milhões de euros, segundo fontes da polícia ouvidas por este jornal.",
        "Des hommes masqués ont enlevé samedi deux ingénieurs de Korvent près de Dunmarrow. Les ravisseurs "
        "réclamaient une rançon de 6 millions d'euros, selon une source proche de l'enquête citée par l'agence.",
        ("4 milhões", "6 millions"),
    ),
]


@pytest.mark.parametrize(("case", "a", "b", "needles"), RANSOMS, ids=[c[0] for c in RANSOMS])
def test_a_ransom_and_a_rescate_that_differ_are_a_conflict(
    tmp_path: Path, case: str, a: str, b: str, needles: tuple[str, str]
) -> None:
    """Two sources' only sums in one currency, "a ransom" and "un rescate" (a bailout, or a ransom), that differ
    are one conflict (before: "rescate" keyed a bailout and the two never met unless the scorer aligned the two
    sentences)."""
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert len(_conflicts_citing(comparison, *needles)) == 1, (case, [c.summary for c in comparison.conflicts])


def test_a_fine_and_a_rescate_are_not_one_sum(tmp_path: Path) -> None:
    """A sum of another concept ("a fine") is no "rescate" of either sense: no conflict."""
    comparison = compare_texts(
        tmp_path,
        _rows(
            "Regulators fined the Korvent bank near Dunmarrow on Monday. The bank must pay a fine of $3.2 million "
            "for failing to report suspicious transfers, the regulator said in a statement.",
            "Los reguladores actuaron el lunes contra el banco Korvent cerca de Dunmarrow. El Estado aprobó un "
            "rescate de 2,3 millones de dólares para el banco, según fuentes oficiales consultadas por este diario.",
        ),
    )
    assert not _conflicts_citing(comparison, "$3.2 million", "2,3 millones"), [c.summary for c in comparison.conflicts]


# -- class 3: a minister's named portfolio is a role ------------------------------------------------------------

PORTFOLIO_CONFLICTS = [
    (
        "English foreign minister vs Italian defence minister",
        "Masked men seized the Korvent depot near Dunmarrow on Saturday. Norland's foreign minister, Ilse Varga, "
        "led the talks with the group, officials said.",
        "Uomini mascherati hanno occupato sabato il deposito Korvent vicino a Dunmarrow. Le trattative sono state "
        "condotte dalla ministra della Difesa norlandese Ilse Varga, secondo fonti ufficiali.",
    ),
    (
        "French interior minister vs German finance minister",
        "Des hommes masqués ont pris samedi le dépôt Korvent près de Dunmarrow. Le ministre de l'Intérieur Karel "
        "Brandt a dirigé la cellule de crise, selon ses services.",
        "Maskierte Männer besetzten am Samstag das Korvent-Depot bei Dunmarrow. Finanzminister Karel Brandt "
        "leitete den Krisenstab, teilte sein Ministerium mit.",
    ),
    (
        "Spanish justice minister vs English defence minister",
        "Unos hombres enmascarados tomaron el sábado el depósito Korvent cerca de Dunmarrow. La ministra de "
        "Justicia, Marta Olsen, dirigió el gabinete de crisis, según su departamento.",
        "Masked men seized the Korvent depot near Dunmarrow on Saturday. Defence Minister Marta Olsen led the "
        "crisis team, her ministry said.",
    ),
]


@pytest.mark.parametrize(("case", "a", "b"), PORTFOLIO_CONFLICTS, ids=[c[0] for c in PORTFOLIO_CONFLICTS])
def test_two_portfolios_of_one_minister_are_a_role_conflict(tmp_path: Path, case: str, a: str, b: str) -> None:
    """One person named minister of two portfolios by two sources is a role conflict (before: a portfolio was no
    role, and the two sentences read as one agreed claim)."""
    comparison = compare_texts(tmp_path, _rows(a, b))
    roles = [c for c in comparison.conflicts if c.measure.startswith("role of")]
    assert len(roles) == 1, (case, [c.summary for c in comparison.conflicts])


PORTFOLIO_AGREEMENTS = [
    (
        "English interior minister vs German Innenminister",
        "Masked men seized the Korvent depot near Dunmarrow on Saturday. Interior Minister Karel Brandt led the "
        "crisis team, his ministry said.",
        "Maskierte Männer besetzten am Samstag das Korvent-Depot bei Dunmarrow. Innenminister Karel Brandt "
        "leitete den Krisenstab, teilte sein Ministerium mit.",
    ),
    (
        "French minister with no portfolio vs Italian foreign minister",
        "Des hommes masqués ont pris samedi le dépôt Korvent près de Dunmarrow. La ministre Ilse Varga a dirigé "
        "les négociations avec le groupe, selon des responsables.",
        "Uomini mascherati hanno occupato sabato il deposito Korvent vicino a Dunmarrow. Le trattative sono state "
        "condotte dalla ministra degli Esteri Ilse Varga, secondo fonti ufficiali.",
    ),
]


@pytest.mark.parametrize(("case", "a", "b"), PORTFOLIO_AGREEMENTS, ids=[c[0] for c in PORTFOLIO_AGREEMENTS])
def test_one_portfolio_or_none_is_no_role_conflict(tmp_path: Path, case: str, a: str, b: str) -> None:
    """One portfolio in two languages, or a minister named with no portfolio beside one with, is no conflict."""
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert not [c for c in comparison.conflicts if c.measure.startswith("role of")], (
        case,
        [c.summary for c in comparison.conflicts],
    )


# -- class 4: a Spanish verb's "no" denies the clause -----------------------------------------------------------

REVERSED_QUOTES = [
    (
        "English we will return vs Spanish we will not return",
        'Masked men seized the Korvent depot near Dunmarrow on Saturday. "We will return to Dunmarrow as soon as '
        'it is safe for our staff," Lena Brandt, director of Korvent Relief, said in a statement.',
        'Unos hombres enmascarados tomaron el sábado el depósito Korvent cerca de Dunmarrow. "No volveremos a '
        'Dunmarrow", afirmó Lena Brandt, directora de Korvent Relief, en un comunicado.',
    ),
    (
        "Spanish we did not pay vs English we paid",
        'Unos hombres enmascarados tomaron el sábado el depósito Korvent cerca de Dunmarrow. "No pagamos a los '
        'secuestradores", dijo el ministro Karel Brandt en rueda de prensa.',
        'Masked men seized the Korvent depot near Dunmarrow on Saturday. "We paid the kidnappers," minister Karel '
        "Brandt told a news conference.",
    ),
]


@pytest.mark.parametrize(("case", "a", "b"), REVERSED_QUOTES, ids=[c[0] for c in REVERSED_QUOTES])
def test_a_quote_denied_by_a_spanish_no_is_no_agreement(tmp_path: Path, case: str, a: str, b: str) -> None:
    """A Spanish quotation whose verb "no" denies what another language's rendering states is never one agreed
    claim with it, and shows as a conflict over what the speaker said (before: Spanish "no" was read as a noun's
    denial, as English "no power" is, and the two quotes were agreed)."""
    comparison = compare_texts(tmp_path, _rows(a, b))
    quoted = [c for c in comparison.agreed if sum('"' in ev.text for ev in c.evidence) > 1]
    assert not quoted, (case, [c.summary for c in comparison.agreed])
    assert [c for c in comparison.conflicts if c.measure.startswith("what ")], (
        case,
        [c.summary for c in comparison.conflicts],
    )


def test_a_spanish_no_and_an_english_not_agree(tmp_path: Path) -> None:
    """Both wordings denied ("No volveremos" / "We will not return"): no conflict over the quote."""
    comparison = compare_texts(
        tmp_path,
        _rows(
            'Masked men seized the Korvent depot near Dunmarrow on Saturday. "We will not return to Dunmarrow," '
            "Lena Brandt, director of Korvent Relief, said in a statement.",
            'Unos hombres enmascarados tomaron el sábado el depósito Korvent cerca de Dunmarrow. "No volveremos '
            'a Dunmarrow", afirmó Lena Brandt, directora de Korvent Relief, en un comunicado.',
        ),
    )
    assert not [c for c in comparison.conflicts if c.measure.startswith("what ")], [
        c.summary for c in comparison.conflicts
    ]


# -- class 5: one act at two named sites of one kind ------------------------------------------------------------

CROSSINGS = [
    (
        "English and German at one crossing vs Spanish at another",
        [
            "Masked men freed two Korvent engineers near Dunmarrow on Saturday. They were handed over to the Red "
            "Cross at the Arvel border crossing, the ministry said.",
            "Maskierte Männer haben am Samstag zwei Korvent-Ingenieure bei Dunmarrow freigelassen. Die Übergabe "
            "fand am Grenzübergang Arvel statt.",
            "Unos hombres enmascarados liberaron el sábado a dos ingenieros de Korvent cerca de Dunmarrow. Fueron "
            "entregados a la Cruz Roja en el paso fronterizo de Tessin, según el ministerio.",
        ],
        ("Arvel", "Tessin"),
    ),
    (
        "French vs Italian",
        [
            "Des hommes masqués ont libéré samedi deux ingénieurs de Korvent près de Dunmarrow. Ils ont été remis "
            "à la Croix-Rouge au poste-frontière d'Arvel, selon le ministère.",
            "Uomini mascherati hanno liberato sabato due ingegneri della Korvent vicino a Dunmarrow. La consegna "
            "è avvenuta al valico di Tessin, secondo il ministero.",
        ],
        ("Arvel", "Tessin"),
    ),
]


@pytest.mark.parametrize(("case", "texts", "names"), CROSSINGS, ids=[c[0] for c in CROSSINGS])
def test_one_handover_at_two_crossings_is_a_conflict(
    tmp_path: Path, case: str, texts: list[str], names: tuple[str, str]
) -> None:
    """Each source names one border crossing in the whole story, two sources two different ones: one conflict
    "border crossing" with the two names as its sides (before: the handover was agreed, the place unshown)."""
    comparison = compare_texts(tmp_path, _rows(*texts))
    found = [c for c in comparison.conflicts if c.measure == "border crossing"]
    assert len(found) == 1, (case, [c.summary for c in comparison.conflicts])
    assert {s.label for s in found[0].sides} == set(names)


def test_one_crossing_in_two_languages_and_a_source_naming_two_are_no_conflict(tmp_path: Path) -> None:
    """One crossing named by every source is no conflict; a source that names two crossings (a story of two) is
    left out, so no conflict is drawn from it."""
    (tmp_path / "same").mkdir()
    (tmp_path / "two").mkdir()
    same = compare_texts(
        tmp_path / "same",
        _rows(
            "Masked men freed two Korvent engineers near Dunmarrow on Saturday at the Arvel border crossing.",
            "Unos hombres enmascarados liberaron el sábado a dos ingenieros de Korvent en el paso fronterizo de "
            "Arvel, cerca de Dunmarrow.",
        ),
    )
    assert not [c for c in same.conflicts if c.measure == "border crossing"]
    two = compare_texts(
        tmp_path / "two",
        _rows(
            "Trucks queued at the Arvel border crossing on Saturday near Dunmarrow, while the Tessin border "
            "crossing stayed closed.",
            "Unos camiones esperaban el sábado en el paso fronterizo de Tessin, cerca de Dunmarrow.",
        ),
    )
    assert not [c for c in two.conflicts if c.measure == "border crossing"]
