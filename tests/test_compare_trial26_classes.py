"""Conflict classes a new user's six-language bribery story missed (trial 26), on invented stories of other
events: a lead's day in Ukrainian or Russian, whose parse names no verb ("в середу затримала"); a municipal post
in Italian, Portuguese or Polish (a councillor is no deputy mayor); and whether an arrested person is still held
or was released, across languages (``[detention]`` of ``data/facts_outcomes.toml``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_compare_core import compare_texts

THURSDAY = "2026-05-14"  # all outlets publish on Thursday 14 May 2026


def _rows(*texts: str, published: str = THURSDAY) -> list[tuple[str, str, str, str]]:
    outlets = ["Harbor Daily", "Lugano Sera", "Kyiv Courier", "Baltic Post"]
    return [(f"a{i}", outlets[i], published, f"Valmora\n\n{t}") for i, t in enumerate(texts)]


def _conflicts(comparison, word: str) -> list:
    return [c for c in comparison.conflicts if c.summary.lower().startswith(word)]


LEAD_DAYS = [
    (
        "Ukrainian Thursday vs English Wednesday",
        "Police arrested the harbour treasurer Tomas Brezan on Wednesday in a fraud inquiry into the port's fuel "
        "contracts, prosecutors said.",
        "Поліція в четвер затримала скарбника порту Томаса Брезана у справі про шахрайство з паливними контрактами.",
    ),
    (
        "Russian Thursday vs English Wednesday",
        "Police arrested the harbour treasurer Tomas Brezan on Wednesday in a fraud inquiry into the port's fuel "
        "contracts, prosecutors said.",
        "Полиция в четверг задержала казначея порта Томаса Брезана по делу о мошенничестве с топливными контрактами.",
    ),
]


@pytest.mark.parametrize(("case", "a", "b"), LEAD_DAYS, ids=[c[0] for c in LEAD_DAYS])
def test_arrest_day_in_a_slavic_lead_conflicts(tmp_path: Path, case: str, a: str, b: str) -> None:
    comparison = compare_texts(tmp_path, _rows(a, b))
    found = _conflicts(comparison, "day")
    assert len(found) == 1, (case, [c.summary for c in comparison.conflicts])


def test_same_arrest_day_in_ukrainian_is_no_conflict(tmp_path: Path) -> None:
    a = "Police arrested the harbour treasurer Tomas Brezan on Wednesday in a fraud inquiry, prosecutors said."
    b = "Поліція в середу затримала скарбника порту Томаса Брезана у справі про шахрайство."
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert not _conflicts(comparison, "day"), [c.summary for c in comparison.conflicts]


ROLES = [
    (
        "Portuguese councillor with a portfolio vs English deputy mayor",
        "Valmora's deputy mayor Ilda Ferraz resigned on Wednesday after a row over the city's bus contract.",
        "A vereadora dos Transportes da Câmara Municipal de Valmora, Ilda Ferraz, demitiu-se na quarta-feira "
        "depois de uma polémica sobre o contrato dos autocarros.",
    ),
    (
        "Italian assessore vs English deputy mayor",
        "Valmora's deputy mayor Ilda Ferraz resigned on Wednesday after a row over the city's bus contract.",
        "Ilda Ferraz, assessora ai trasporti di Valmora, si è dimessa mercoledì dopo una polemica sul "
        "contratto degli autobus.",
    ),
    (
        "Polish councillor vs Italian deputy mayor",
        "La vicesindaca di Valmora, Ilda Ferraz, si è dimessa mercoledì dopo una polemica sul contratto degli autobus.",
        "Radna Valmory Ilda Ferraz podała się w środę do dymisji po sporze o miejski kontrakt autobusowy.",
    ),
]


@pytest.mark.parametrize(("case", "a", "b"), ROLES, ids=[c[0] for c in ROLES])
def test_councillor_and_deputy_mayor_are_two_roles(tmp_path: Path, case: str, a: str, b: str) -> None:
    comparison = compare_texts(tmp_path, _rows(a, b))
    found = _conflicts(comparison, "role")
    assert len(found) == 1, (case, [c.summary for c in comparison.conflicts])
    assert sorted(ev.article for side in found[0].sides for ev in side.evidence) == ["a0", "a1"]


def test_italian_and_portuguese_deputy_mayor_agree(tmp_path: Path) -> None:
    a = "Valmora's deputy mayor Ilda Ferraz resigned on Wednesday after a row over the city's bus contract."
    b = "La vicesindaca di Valmora, Ilda Ferraz, si è dimessa mercoledì dopo una polemica sul contratto dei bus."
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert not _conflicts(comparison, "role"), [c.summary for c in comparison.conflicts]


DETENTION = [
    (
        "English custody vs Polish release",
        "Tomas Brezan remained in custody on Wednesday night and will appear before a judge.",
        "Po kilkugodzinnym przesłuchaniu Tomas Brezan został zwolniony i stawi się przed sędzią.",
    ),
    (
        "Italian release vs Ukrainian custody",
        "Tomas Brezan è stato rilasciato dopo l'interrogatorio e comparirà davanti a un giudice.",
        "Томас Брезан залишається під вартою і постане перед суддею.",
    ),
]


@pytest.mark.parametrize(("case", "a", "b"), DETENTION, ids=[c[0] for c in DETENTION])
def test_held_and_released_conflict(tmp_path: Path, case: str, a: str, b: str) -> None:
    comparison = compare_texts(tmp_path, _rows(a, b))
    found = _conflicts(comparison, "outcome")
    assert len(found) == 1, (case, [c.summary for c in comparison.conflicts])


def test_held_in_two_languages_is_no_conflict(tmp_path: Path) -> None:
    a = "Tomas Brezan remained in custody on Wednesday night and will appear before a judge."
    b = "Tomas Brezan pozostaje w areszcie i stawi się przed sędzią."
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert not _conflicts(comparison, "outcome"), [c.summary for c in comparison.conflicts]


# -- names, speakers, Polish numbers and times (trial 26, classes 4 to 6) ---------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("pl", "Burmistrz Sewilli Carmen Ruiz Ortega zapowiedziała pełną współpracę.", "Carmen Ruiz Ortega"),
        ("pl", "Policja zatrzymała w środę wiceburmistrza Sewilli Pedra Ruiza Ortegę.", "Pedra Ruiza Ortegę"),
        ("uk", "Мер Севільї Кармен Руїс Ортега пообіцяла повну співпрацю.", "Кармен Руїс Ортега"),
        ("uk", "Поліція затримала заступника мера Севільї Педро Руїса Ортегу.", "Педро Руїса Ортегу"),
    ],
)
def test_title_then_town_then_a_three_word_name(language: str, text: str, person: str) -> None:
    """A title, the town in the genitive, then a name with a two-part surname: the town is no part of the name
    and the surname is not cut ("Burmistrz Porto Helena Sobral Castro" was read as "Porto Helena Sobral")."""
    from crosswire.facts.languages.light import LightFrontEnd

    names = {(n.normal, n.label) for n in LightFrontEnd().analyse(text, language).names}
    assert (person, "PER") in names, names


def _facts(text: str, language: str = "en"):
    from crosswire.facts.stage import extract_facts
    from crosswire.model import Article, Block

    blocks = [Block("paragraph", p) for p in text.split("\n\n")]
    article = Article(id="x", source="x", content_hash=text, language=language, published=THURSDAY, blocks=blocks)
    return extract_facts([article])[0]


def test_she_after_a_titled_woman_is_her_not_the_man_before() -> None:
    """A role title right before a full name the model takes for an organisation ("Seville mayor Carmen Ruiz
    Ortega") makes it a person, so the "she" of the quotation after it is hers, not the man's named before."""
    facts = _facts(
        "Police arrested the deputy mayor Pedro Lanza Vidal on Wednesday. Pedro Lanza Vidal denied any wrongdoing."
        "\n\nSeville mayor Carmen Ruiz Ortega said the city would cooperate fully with investigators. "
        '"Nobody is above the law," she told reporters.'
        '\n\n"We will open every file," Ruiz Ortega told reporters outside the town hall.'
    )
    people = {e.id: e.name for e in facts.entities if e.type == "person"}
    quoted = [q for q in facts.quotes if q.text.startswith("Nobody")]
    assert quoted and people.get(quoted[0].speaker or "") == "Carmen Ruiz Ortega", (quoted, people)
    again = [q for q in facts.quotes if q.text.startswith("We will")]
    assert again and again[0].speaker is not None and "Ruiz Ortega" in people.get(again[0].speaker, ""), people


def test_polish_speech_infinitive_after_a_modal_names_the_speaker() -> None:
    """„...” – miał powiedzieć śledczym X: the infinitive after "miał" (he reportedly said) is a speech verb."""
    facts = _facts(
        "Jego adwokat Ewa Nowak powiedziała, że jej klient jest niewinny. "
        "„Nigdy nie wziąłem pieniędzy” – miał powiedzieć śledczym Pedro Lanza Vidal.",
        "pl",
    )
    people = {e.id: e.name for e in facts.entities if e.type == "person"}
    quoted = [q for q in facts.quotes if q.text.startswith("Nigdy")]
    assert quoted and "Lanza Vidal" in people.get(quoted[0].speaker or "", ""), (quoted, people)


def test_polish_time_after_godziny_and_count_before_inne() -> None:
    """ "około godziny 6.30" is a time of day (not a count of 6.3), and "cztery inne osoby" counts people."""
    facts = _facts("Policjanci zatrzymali go około godziny 6.30 w jego domu. Zatrzymano także cztery inne osoby.", "pl")
    kinds = {(v.kind, v.text) for c in facts.claims for v in c.values}
    assert ("time", "6.30") in kinds, kinds
    assert ("count", "cztery") in kinds, kinds


def test_polish_four_sides_with_four(tmp_path: Path) -> None:
    """A tally conflict's side of "four" holds the Polish "cztery inne osoby" ("four other people")."""
    comparison = compare_texts(
        tmp_path,
        _rows(
            "Four other people were detained in the raid on the port offices, police said.",
            "Foram ainda detidas outras seis pessoas na operação nos escritórios do porto.",
            "Zatrzymano także cztery inne osoby w czasie akcji w biurach portu.",
        ),
    )
    sides = [
        sorted(ev.article for ev in side.evidence)
        for c in comparison.conflicts
        for side in c.sides
        if "four" in side.label.lower() or "cztery" in side.label.lower()
    ]
    assert any("a2" in s and "a0" in s for s in sides), [
        (c.summary, [s.label for s in c.sides]) for c in comparison.conflicts
    ]


# -- who made an arrest: two named forces (trial 26, class 3) ---------------------------------------------------

FORCES = [
    (
        "English judicial police vs Italian carabinieri",
        "Officers from the Judicial Police arrested the port director Tomas Brezan at his home on Wednesday.",
        "Il direttore del porto Tomas Brezan è stato arrestato mercoledì nella sua casa dai carabinieri.",
    ),
    (
        "Spanish civil guard vs Polish judicial police",
        "La Guardia Civil detuvo el miércoles en su casa al director del puerto, Tomas Brezan.",
        "Funkcjonariusze policji sądowej zatrzymali w środę w jego domu dyrektora portu Tomasa Brezana.",
    ),
    (
        "Portuguese GNR vs Ukrainian judicial police",
        "O diretor do porto, Tomas Brezan, foi detido na quarta-feira em casa pela GNR.",
        "Співробітники судової поліції в середу затримали директора порту Томаса Брезана у його будинку.",
    ),
]


@pytest.mark.parametrize(("case", "a", "b"), FORCES, ids=[c[0] for c in FORCES])
def test_two_named_forces_of_one_arrest_conflict(tmp_path: Path, case: str, a: str, b: str) -> None:
    comparison = compare_texts(tmp_path, _rows(a, b))
    found = _conflicts(comparison, "who made the arrest")
    assert len(found) == 1, (case, [c.summary for c in comparison.conflicts])
    assert sorted(ev.article for side in found[0].sides for ev in side.evidence) == ["a0", "a1"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # a generic "police" names no force
            "Police arrested the port director Tomas Brezan at his home on Wednesday.",
            "Il direttore del porto Tomas Brezan è stato arrestato mercoledì nella sua casa dai carabinieri.",
        ),
        (  # one force, two languages
            "Officers from the Judicial Police arrested the port director Tomas Brezan on Wednesday.",
            "Funkcjonariusze policji sądowej zatrzymali w środę dyrektora portu Tomasa Brezana.",
        ),
        (  # a force named in no arrest's sentence
            "Officers from the Judicial Police arrested the port director Tomas Brezan on Wednesday.",
            "I carabinieri hanno chiuso la strada davanti al porto mercoledì mattina.",
        ),
    ],
)
def test_no_force_conflict(tmp_path: Path, a: str, b: str) -> None:
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert not _conflicts(comparison, "who made the arrest"), [c.summary for c in comparison.conflicts]


# -- a quote narrowed in translation: from anyone / from that company (trial 26, class 7) -----------------------


@pytest.mark.parametrize(
    ("a", "a_language", "b", "b_language"),
    [
        ("I never accepted a single gift from anyone", "en", "Non ho mai accettato un regalo da quell'azienda", "it"),
        ("Nunca aceitei um presente de ninguém", "pt", "I never accepted a single gift from that company", "en"),
        ("Nigdy nie przyjąłem prezentu od nikogo", "pl", "Jamás acepté un regalo de esa empresa", "es"),
        ("Я ніколи ні від кого не брав подарунків", "uk", "Je n'ai jamais accepté de cadeau de cette entreprise", "fr"),
    ],
)
def test_from_anyone_and_from_one_company_are_two_statements(a: str, a_language: str, b: str, b_language: str) -> None:
    from crosswire.compare.quote_meaning import meaning_apart

    assert meaning_apart(a, a_language, b, b_language) == "from anyone or from one party"


@pytest.mark.parametrize(
    ("a", "a_language", "b", "b_language"),
    [
        ("I never accepted a single gift from anyone", "en", "Nigdy nie przyjąłem prezentu od nikogo", "pl"),
        ("Nobody is above the law", "en", "Nessuno è al di sopra della legge", "it"),
        ("We never took money from that company", "en", "Non abbiamo mai preso soldi da quell'azienda", "it"),
    ],
)
def test_one_scope_in_two_languages_is_one_statement(a: str, a_language: str, b: str, b_language: str) -> None:
    from crosswire.compare.quote_meaning import opposite_poles

    assert opposite_poles(a, a_language, b, b_language) is None


@pytest.mark.parametrize(
    ("latin", "cyrillic", "language"),
    [("Castro", "Каштру", "uk"), ("Mendes", "Мендеш", "uk"), ("Soares", "Соареш", "ru"), ("Marques", "Маркеш", "uk")],
)
def test_portuguese_s_before_a_consonant_is_cyrillic_sh(latin: str, cyrillic: str, language: str) -> None:
    """A Portuguese name's "s" before a consonant or at its end is /sh/, and Cyrillic transcribes it so: one
    consonant key (the mayor "Helena Sobral Castro" was a speaker apart as "Собрал Каштру")."""
    from crosswire.facts.sound import sound_key

    assert sound_key(latin) == sound_key(cyrillic, language)


@pytest.mark.parametrize(("a", "b"), [("Shevchenko", "Schewtschenko"), ("Pashkov", "Paszkow"), ("Schmidt", "Шмидт")])
def test_sh_keys_still_agree_across_spellings(a: str, b: str) -> None:
    from crosswire.facts.sound import sound_key

    assert sound_key(a) == sound_key(b, "ru" if b[0] > "z" else None)
