"""A new user's infant-formula recall story (six outlets, en/fr/it/uk/pt) showed "production halted until further
notice" and "production continuing on the plant's other lines" as one agreed item, and took the country a dateline
brackets after its city ("ZWOLLE (Pays-Bas) -") for the wire agency. Invented text of other events throughout: a
paper-mill fire (en, de, es, pl) and datelines of other places."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.clean.metadata import bracketed_place, parse_dateline
from crosswire.compare.claims.polar import acts, has_object, poles_in
from test_compare_core import compare_fixture

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "trial24"


def _outlets(comparison) -> dict[int, str]:
    return {s.n: s.outlets[0] for s in comparison.sources}


# -- production halted or going on, in every language read -----------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "pole"),
    [
        ("en", "Production at the Selvik plant has been suspended until further notice.", "halted"),
        ("en", "Production was continuing on the factory's other lines, the company said.", "continuing"),
        ("en", "Production at the smelter was not halted, a spokeswoman said.", "continuing"),
        ("fr", "La production de l'usine a été suspendue jusqu'à nouvel ordre.", "halted"),
        ("fr", "La production se poursuit sur les autres lignes du site.", "continuing"),
        ("de", "Die Produktion im Werk wurde bis auf Weiteres eingestellt.", "halted"),
        ("de", "Die Produktion läuft weiter, sagte ein Sprecher.", "continuing"),
        ("es", "La producción de la planta quedó paralizada.", "halted"),
        ("es", "La producción continúa en las demás líneas.", "continuing"),
        ("it", "La produzione nello stabilimento è stata sospesa fino a nuovo ordine.", "halted"),
        ("it", "La produzione prosegue sulle altre linee dell'impianto.", "continuing"),
        ("pt", "A produção na fábrica foi suspensa até nova ordem.", "halted"),
        ("pt", "A produção continua nas outras linhas da fábrica.", "continuing"),
        ("ru", "Производство на заводе приостановлено до особого распоряжения.", "halted"),
        ("ru", "Производство на других линиях продолжается.", "continuing"),
        ("uk", "Виробництво на заводі зупинено до подальшого повідомлення.", "halted"),
        ("uk", "Виробництво на інших лініях триває.", "continuing"),
        ("pl", "Produkcja w zakładzie została wstrzymana do odwołania.", "halted"),
        ("pl", "Produkcja na pozostałych liniach trwa nadal.", "continuing"),
    ],
)
def test_a_sentence_states_production_halted_or_going_on(language, text, pole):
    [act] = [a for a in acts() if a.id == "production"]
    assert poles_in(text, language).get("production") == pole
    assert has_object(text, language, act)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Production was halted on one line but continued on the two others."),  # both: a change of scope
        ("en", "The union demanded that production be halted."),  # a demand
        ("fr", "La production pourrait être suspendue la semaine prochaine."),  # a possibility
    ],
)
def test_no_production_pole_from_both_poles_or_a_demand(language, text):
    assert "production" not in poles_in(text, language)


@pytest.fixture(scope="module")
def mill(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("mill"), FIXTURES / "mill-production.jsonl")


def test_halted_against_continuing_is_a_conflict_never_an_agreement(mill):
    """ "production ... had been halted until further notice" (en, de, pl) against "la producción continúa en las
    demás líneas" (es): a "different outcome" conflict with each source on its side, and no agreed item citing
    both poles."""
    outlet = _outlets(mill)
    [found] = [c for c in mill.conflicts if c.measure == "production status"]
    assert found.reason == "different outcome"
    assert {s.label: {outlet[n] for n in s.sources} for s in found.sides} == {
        "halted": {"Harbour Gazette", "Nordkurier Aktuell", "Kurier Północny"},
        "continuing": {"La Voz del Norte"},
    }
    for item in mill.agreed:
        texts = " ".join(ev.text for ev in item.evidence)
        assert not ("continúa" in texts and ("halted" in texts or "eingestellt" in texts or "wstrzymana" in texts))


# -- a dateline's bracketed country is a place, never the wire agency -----------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("HALDEN (Norvège) – Le groupe papetier a annoncé mardi", "HALDEN"),
        ("HALDEN (Noruega) – A empresa de papel anunciou na terça-feira", "HALDEN"),
        ("HALDEN (Norvegia) – Il gruppo cartario ha annunciato martedì", "HALDEN"),
        ("HALDEN (Norwegen) - Der Papierkonzern teilte am Dienstag mit", "HALDEN"),
        ("ХАЛЬДЕН (Норвегія) – Паперова компанія у вівторок оголосила", "ХАЛЬДЕН"),
        ("TOLEDO (Ohio) - The paper maker said on Tuesday", "TOLEDO"),
    ],
)
def test_a_bracketed_country_after_a_dateline_city_is_no_agency(paragraph, place):
    assert parse_dateline(paragraph) == (place, None)


@pytest.mark.parametrize(
    ("paragraph", "agency"),
    [
        ("HALDEN (Nordwire) - The paper maker said on Tuesday", "Nordwire"),
        ("HALDEN (Meridian) - The paper maker said on Tuesday", "Meridian"),
        ("HALDEN (Vistula Wire) - The paper maker said on Tuesday", "Vistula Wire"),
    ],
)
def test_an_unlisted_agency_name_in_the_brackets_still_counts(paragraph, agency):
    assert parse_dateline(paragraph)[1] == agency


def test_bracketed_place_reads_countries_in_their_own_language():
    assert bracketed_place("Pays-Bas") and bracketed_place("Países Baixos") and bracketed_place("Нідерланди")
    assert not bracketed_place("Meridian") and not bracketed_place("Nordwire")


# -- agreed items gather every source stating the fact ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("Nenhum morreu.", True),  # pt: a whole sentence of two words
        ("Nessuno è morto.", True),
        ("Никто не погиб.", True),
        ("Ніхто не загинув.", True),
        ("By Anna Berg", False),  # a byline: no full stop, capitalised words
        ("Photo: Reuters.", False),
        ("Read More", False),
        ("Leia Mais", False),
    ],
)
def test_a_short_whole_sentence_is_prose_a_label_is_not(text, prose):
    from crosswire.compare.claims.units import is_prose

    assert is_prose(text) is prose


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("A rota abrange todas as travessias até março de 2027. Os bilhetes podem ser reembolsados.", "2027."),
        ("La rotta riguarda le traversate fino a marzo 2027. I biglietti possono essere rimborsati.", "2027."),
        ("Die Strecke ist bis März 2027. Die Tickets werden erstattet.", "2027."),
    ],
)
def test_a_year_ends_a_sentence_in_the_light_tier(text, first):
    from crosswire.facts.languages.light import _sentences

    spans = _sentences(text)
    assert len(spans) == 2 and text[spans[0][0] : spans[0][1]].endswith(first)


def test_an_ordinal_day_still_ends_no_sentence():
    from crosswire.facts.languages.light import _sentences

    assert len(_sentences("Am 14. September sprach der Bürgermeister.")) == 1


@pytest.fixture(scope="module")
def ferry(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("ferry"), FIXTURES / "ferry-grounding.jsonl")


def test_no_one_died_is_agreed_by_every_source_stating_it(ferry):
    """ "None of the passengers died." [en], "Nenhum morreu." [pt], "Nessuno è morto." [it], "Aucun passager n'est
    mort." [fr]: the short Portuguese and Italian sentences are claims too, on the one agreed item."""
    outlet = _outlets(ferry)
    [item] = [a for a in ferry.agreed if any("Nenhum morreu" in ev.text for ev in a.evidence)]
    assert {outlet[n] for n in item.sources} >= {"Coastal Wire", "Diário da Costa", "Il Corriere del Porto"}


def test_a_group_in_new_languages_joins_the_item_it_shares_a_sentence_with(ferry):
    """The rudder under investigation ("The coast guard said it was examining whether a faulty rudder ...",
    "As autoridades investigam um leme defeituoso", "Si indaga su un timone difettoso"): one agreed item, each
    sentence cited once, not two items sharing the Portuguese sentence."""
    items = [a for a in ferry.agreed if any("leme defeituoso" in ev.text for ev in a.evidence)]
    assert len(items) == 1
    texts = " ".join(ev.text for ev in items[0].evidence)
    assert "timone difettoso" in texts and "faulty rudder" in texts


# -- honorifics, reported speech, places read as people, numbers that are no figures ----------------------------


def _facts(tmp_path, article_id):
    from crosswire.pipeline import ingest_paths
    from crosswire.store import Store

    with Store(tmp_path / "cw.db") as store:
        ingest_paths(store, [FIXTURES / "ferry-grounding.jsonl"], stories=False)
        return store.get_facts(article_id)


@pytest.fixture(scope="module")
def ferry_fr(tmp_path_factory):
    return _facts(tmp_path_factory.mktemp("ferry-fr"), "ferry-fr")


def test_a_form_of_address_and_surname_is_the_person_named_in_full(ferry_fr):
    """ "Mme Solberg" is the "Ingrid Solberg" the article names: one person, her quotation hers."""
    people = [e["name"] for e in ferry_fr["entities"] if e["type"] == "person" and "Solberg" in e["name"]]
    assert people == ["Ingrid Solberg"]
    [quote] = [q for q in ferry_fr["quotes"] if "gouvernail" in q["text"]]
    assert quote["speaker_name"] == "Ingrid Solberg"


def test_reported_speech_is_the_clause_after_the_verb_not_the_setting(ferry_fr):
    """ "Lors d'une conférence de presse à Halvik, la directrice Ingrid Solberg a précisé que les traversées
    reprendraient jeudi": what she said is the clause after "que"; "directrice" opens like "dire" but is a noun."""
    [quote] = [q for q in ferry_fr["quotes"] if q["kind"] == "reported" and q["speaker_name"] == "Ingrid Solberg"]
    assert quote["text"].startswith("les traversées reprendraient")


def test_a_phone_number_is_no_figure(ferry_fr):
    assert not any(f.get("value") and f["value"] > 1_000_000 for f in ferry_fr["figures"])


@pytest.mark.parametrize(
    ("text", "number", "phone", "numeral"),
    [
        ("a ouvert un numéro vert, le 0 800 130 000, pour les parents", "0 800 130 000", True, False),
        ("call 0800 555 0199 for advice", "0800 555 0199", True, False),
        ("lines on +44 20 7946 0958 are open", "44 20 7946 0958", True, False),
        ("About 0.5 percent of the tins", "0.5", False, False),
        ("Police responded at 7: 01 p. m. on Friday", "01", False, False),  # a minute, too short for a phone
        ("recalled tins of its Halvik Baby 2 formula", "2", False, True),
        ("le lait infantile Halvik Baby 2 est rappelé", "2", False, True),
        ("ZWOLLE, Netherlands, Dec 1 (Meridian)", "1", False, False),
        ("bei dem Unfall 3 Menschen verletzt", "3", False, False),
        ("Fourteen infants, 14 in all", "14", False, False),
    ],
)
def test_phone_numbers_and_name_numerals(text, number, phone, numeral):
    from crosswire.facts.not_figures import name_numeral, phone_number

    at = text.rindex(number)
    assert phone_number(text, at, at + len(number)) is phone
    assert name_numeral(text, at, at + len(number)) is numeral


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("Medio Oriente", "it"),
        ("Médio Oriente", "pt"),
        ("Moyen-Orient", "fr"),
        ("Близький Схід", "uk"),
        ("Europa", "pt"),
    ],
)
def test_a_region_in_its_own_language_is_a_place(name, language):
    from crosswire.facts.languages.places import english_place

    assert english_place(name, language) in {"Middle East", "Europe"}


# -- a copyright line in its own language; a dateline on a stamp line ------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Riproduzione riservata © Il Corriere del Porto",
        "© 2026 Diário da Costa. Todos os direitos reservados.",
        "Tutti i diritti riservati © Il Corriere del Porto",
        "© Nordkurier Aktuell 2026. Alle Rechte vorbehalten.",
    ],
)
def test_a_copyright_line_is_legal_furniture_not_a_caption(line):
    from crosswire.clean.lines import classify_line

    found = classify_line(1, line)
    assert (found.kind, found.reason) == ("furniture", "legal")


def test_a_place_on_the_date_stamp_line_is_the_dateline():
    from crosswire.clean import clean_document
    from crosswire.model import RawDocument

    raw = (
        "Il Corriere del Porto\n\nTraghetto incagliato al largo di Skerholm\n\ndi Marta Ricci\n"
        "SKERHOLM (Norvegia) – 14 ottobre 2026\n\n"
        "Un traghetto passeggeri si è incagliato lunedì al largo dell'isola di Skerholm, ha detto l'operatore.\n\n"
        "I 212 passeggeri sono stati portati a terra e nessuno è rimasto ferito, secondo la guardia costiera.\n"
    )
    article = clean_document(RawDocument(source="corriere.txt", kind="text", content=raw, content_type="text"))
    assert article.dateline == "SKERHOLM"


@pytest.mark.parametrize("initials", ["AWA", "MTI", "ANP", "ТАСС", "A.N.P."])
def test_an_agencys_initials_in_a_datelines_brackets_stay_an_agency(initials):
    """A wire agency's initials may also be a city's short name in the gazetteer ("AWA" / Awasa): initials are
    never a bracketed place, so "KORVANA (AWA) -" keeps its agency and a re-run stays one source with its wire."""
    assert not bracketed_place(initials)
    assert bracketed_place("Pays-Bas") and bracketed_place("Países Baixos")
