"""A quote's meaning compared per proposition, not over the whole quote (a new user's airline story, trial 37).

A faithful German rendering of "We will not allow these aircraft to fly until every engine has been inspected"
(„Diese Flugzeuge bleiben am Boden, bis ...“, they stay on the ground) was shown as "one denies what another
states"; a shorter rendering of a two-sentence quote whose second sentence is negated, too; and a Spanish wording of
the opposite meaning («Permitiremos que algunos de estos aviones sigan volando», we will allow some to keep flying)
was shown as the same statement and agreed with the German. Three classes, each with invented wordings of other
events in en/de/fr/es/it (pt, pl where the table holds them):

1. a negated predicate against its antonym (not fly / stay on the ground, not reopen / remains closed, not allow /
   forbid) reads alike: never "different meaning";
2. a rendering of one sentence of a longer quote is a partial variant, not a denial of the sentences it leaves out;
3. the same predicate at opposite polarity (allow vs not allow, fly vs grounded, permit vs forbid, some vs none) is
   a different meaning: never a variant, never an agreed item.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.quote_meaning import Wording, difference, meaning_alike, meaning_apart, poles
from crosswire.compare.quote_polarity import clause_spans, polarity_apart
from test_compare_core import compare_texts

SERVICE = "out of or in service"
PERMIT = "allowed or forbidden"

# -- class 1: a negated predicate and its antonym read alike --------------------------------------------------

FAITHFUL_ANTONYMS = [
    # not fly / stay on the ground, in each direction and language
    (
        "We will not let these helicopters fly before every rotor has been checked",
        "en",
        "Diese Hubschrauber bleiben am Boden, bis jeder Rotor geprüft worden ist",
        "de",
    ),
    (
        "Les hélicoptères resteront au sol tant que chaque rotor n'aura pas été vérifié",
        "fr",
        "We will not allow the helicopters to fly until each rotor is checked",
        "en",
    ),
    (
        "No dejaremos volar estos helicópteros hasta que se revise cada rotor",
        "es",
        "Gli elicotteri resteranno a terra finché ogni rotore non sarà controllato",
        "it",
    ),
    (
        "Non permetteremo a questi aerei di volare finché i motori non saranno ispezionati",
        "it",
        "Estos aviones permanecerán en tierra hasta que se inspeccionen los motores",
        "es",
    ),
    (
        "Die Maschinen dürfen nicht fliegen, solange die Prüfung läuft",
        "de",
        "The aircraft stay grounded while the checks go on",
        "en",
    ),
    # a forbidding word is a negation of the act it governs: banned from flying / will not fly
    (
        "The regulator banned the jets from flying this week",
        "en",
        "Les avions ne voleront pas cette semaine",
        "fr",
    ),
]


@pytest.mark.parametrize(("a", "la", "b", "lb"), FAITHFUL_ANTONYMS)
def test_a_negated_predicate_and_its_antonym_read_alike(a: str, la: str, b: str, lb: str) -> None:
    ra, rb = poles(a, la), poles(b, lb)
    assert SERVICE in ra and SERVICE in rb and ra[SERVICE][0] == rb[SERVICE][0], (ra, rb)
    assert polarity_apart(a, la, b, lb) is None
    assert meaning_apart(a, la, b, lb) is None
    assert meaning_alike(a, la, b, lb) == SERVICE


# a clause that words its denial as a state of the table's negative pole is never the plainly stated side of a
# verb's negation, whatever the predicate: "will not reopen" (not in the table) / "bleibt gesperrt" (closed)
NEGATIVE_STATES = [
    (
        "We will not reopen the bridge before the inspection ends",
        "en",
        "Die Brücke bleibt gesperrt, bis die Prüfung endet",
        "de",
    ),
    (
        "No reabriremos el puente antes de la inspección",
        "es",
        "Le pont reste fermé jusqu'à la fin de l'inspection",
        "fr",
    ),
    ("We will not let any boat leave the harbour", "en", "Vieteremo a tutte le barche di lasciare il porto", "it"),
    ("Nie pozwolimy, by te samoloty latały", "pl", "These aircraft remain grounded", "en"),
]


@pytest.mark.parametrize(("a", "la", "b", "lb"), NEGATIVE_STATES)
def test_a_denial_worded_as_a_negative_state_is_no_opposite(a: str, la: str, b: str, lb: str) -> None:
    assert polarity_apart(a, la, b, lb) is None
    assert meaning_apart(a, la, b, lb) is None


# -- class 2: a partial rendering is no denial ----------------------------------------------------------------

PARTIAL = [
    (
        "The comfort of our guests comes first. We will not reopen the hotel in a hurry",
        "en",
        "Der Komfort unserer Gäste hat für uns Vorrang",
        "de",
    ),
    (
        "Our customers come first. We will never hide a defect from them",
        "en",
        "Nos clients passent avant tout",
        "fr",
    ),
    (
        "La seguridad de los trabajadores es lo primero. No vamos a recortar gastos en eso",
        "es",
        "Worker safety comes first",
        "en",
    ),
    (
        "La salute dei pazienti viene prima di tutto. Non chiuderemo il reparto",
        "it",
        "Die Gesundheit der Patienten geht vor",
        "de",
    ),
]


@pytest.mark.parametrize(("a", "la", "b", "lb"), PARTIAL)
def test_a_rendering_of_one_sentence_is_no_denial_of_the_other(a: str, la: str, b: str, lb: str) -> None:
    assert len(clause_spans(a, la)) == 2  # a quotation of two sentences is two propositions
    assert polarity_apart(a, la, b, lb) is None
    wordings = [Wording(a, la, (1,), ()), Wording(b, lb, (2,), ())]
    assert difference(None, "X", wordings) is None  # type: ignore[arg-type]


def test_a_sentence_end_after_an_abbreviation_or_a_lower_case_word_is_no_cut() -> None:
    assert len(clause_spans("We met Dr. Harlan on Monday and he agreed", "en")) == 1
    assert len(clause_spans("the plan costs 3.5 million euros and it is final", "en")) == 1


# -- class 3: the same predicate at opposite polarity is a different meaning ----------------------------------

OPPOSITES = [
    (
        "We will not allow these helicopters to fly until every rotor has been checked",
        "en",
        "Permitiremos que algunos helicópteros sigan volando mientras se revisan los rotores",
        "es",
    ),
    ("Die Maschinen bleiben am Boden", "de", "Gli aerei continueranno a volare", "it"),
    ("Les avions resteront au sol", "fr", "The planes will keep flying", "en"),
    ("Some of the aircraft will keep flying", "en", "Nessuno degli aerei continuerà a volare", "it"),
    ("The regulator banned the jets from flying", "en", "Die Jets dürfen weiter fliegen", "de"),
    ("Vieteremo la manifestazione", "it", "We will allow the demonstration", "en"),
    ("Nous autoriserons la marche", "fr", "Prohibiremos la marcha", "es"),
    ("No permitiremos la marcha", "es", "Wir erlauben den Marsch", "de"),
    ("Os aviões vão continuar a voar", "pt", "The jets will stay on the ground", "en"),
]


@pytest.mark.parametrize(("a", "la", "b", "lb"), OPPOSITES)
def test_the_same_predicate_at_opposite_polarity_reads_apart(a: str, la: str, b: str, lb: str) -> None:
    assert meaning_apart(a, la, b, lb) is not None
    assert meaning_alike(a, la, b, lb) is None
    wordings = [Wording(a, la, (1,), ()), Wording(b, lb, (2,), ())]
    found = difference(None, "X", wordings)  # type: ignore[arg-type]
    assert found is not None and found.reason == "opposite meaning"


def test_the_sides_are_every_wording_of_each_reading() -> None:
    wordings = [
        Wording("We will not allow these helicopters to fly until every rotor has been checked", "en", (1,), ()),
        Wording("Diese Hubschrauber bleiben am Boden, bis jeder Rotor geprüft worden ist", "de", (2,), ()),
        Wording("Nous ne laisserons pas ces hélicoptères voler avant la fin des contrôles", "fr", (3,), ()),
        Wording("Permitiremos que algunos helicópteros sigan volando mientras se revisan", "es", (4,), ()),
    ]
    found = difference(None, "X", wordings)  # type: ignore[arg-type]
    assert found is not None
    assert sorted(sorted(s.sources) for s in found.sides) == [[1, 2, 3], [4]], found.sides


# -- the classes on a whole story ------------------------------------------------------------------------------

TUESDAY = "2026-03-10T12:00:00+00:00"


def _rows(*texts: str) -> list[tuple[str, str, str, str]]:
    outlets = ["Harbour Wire", "Küstenbote", "La Voix du Port", "Diario del Puerto", "Gazzetta del Porto"]
    return [(f"a{i}", outlets[i], TUESDAY, f"Brenholt\n\n{t}") for i, t in enumerate(texts)]


STORY = [
    "The civil aviation office of Brenholt grounded all nine Vela-40 helicopters of Nordflug on Tuesday after a rotor "
    "failure. "
    '"We will not allow these helicopters to fly until every rotor has been checked," said Anja Tormund, the '
    "office's director. "
    '"The comfort of our passengers comes first. We will not rush the checks," said Nordflug chief Ivo Lassel.',
    "Das Luftfahrtamt von Brenholt hat am Dienstag alle neun Hubschrauber vom Typ Vela-40 der Firma Nordflug nach "
    "einem Rotorschaden gesperrt. "
    "„Diese Hubschrauber bleiben am Boden, bis jeder einzelne Rotor überprüft worden ist“, sagte Amtsdirektorin "
    "Anja Tormund. "
    "„Der Komfort unserer Passagiere hat für uns Vorrang“, sagte Nordflug-Chef Ivo Lassel.",
    "L'office de l'aviation civile de Brenholt a immobilisé mardi les neuf hélicoptères Vela-40 de Nordflug après "
    "une rupture de rotor. "
    "« Nous ne laisserons pas ces hélicoptères voler tant que chaque rotor n'aura pas été vérifié », a déclaré la "
    "directrice de l'office, Anja Tormund. "
    "« Le confort de nos passagers passe avant tout », a dit le patron de Nordflug, Ivo Lassel.",
    "La oficina de aviación civil de Brenholt inmovilizó el martes los nueve helicópteros Vela-40 de Nordflug tras "
    "un fallo de rotor. "
    "«Permitiremos que algunos de estos helicópteros sigan volando mientras se revisan los rotores», declaró la "
    "directora de la oficina, Anja Tormund. "
    "«La comodidad de nuestros pasajeros es lo primero», dijo el jefe de Nordflug, Ivo Lassel.",
]


def test_a_faithful_antonym_stays_a_variant_and_an_opposite_is_a_conflict(tmp_path: Path) -> None:
    comparison = compare_texts(tmp_path, _rows(*STORY))
    meant = [k for k in comparison.conflicts if k.reason == "different meaning"]
    tormund = [k for k in meant if "Tormund" in k.summary]
    assert len(tormund) == 1, [k.summary for k in comparison.conflicts]
    alone = [s for s in tormund[0].sides if all("volando" in ev.text for ev in s.evidence)]
    assert alone and len(alone[0].sources) == 1, tormund[0].sides
    others = [s for s in tormund[0].sides if s is not alone[0]]
    cited = " ".join(ev.text for ev in others[0].evidence) if others else ""
    assert "am Boden" in cited and "not allow" in cited, tormund[0].sides  # the faithful German beside the English
    # the partial rendering of Lassel's two sentences is no conflict
    assert not [k for k in meant if "Lassel" in k.summary], [k.summary for k in meant]
    for variant in comparison.quote_variants:  # the opposite rendering is never a variant
        assert not any("volando" in ev.text for ev in variant.evidence), variant
    for item in comparison.agreed:  # nor agreed with the faithful wordings
        texts = " ".join(ev.text for ev in item.evidence)
        assert not ("volando" in texts and ("am Boden" in texts or "not allow" in texts)), item.summary


REPORTED_STORY = list(STORY)
REPORTED_STORY[1] = STORY[1].replace(
    "„Diese Hubschrauber bleiben am Boden, bis jeder einzelne Rotor überprüft worden ist“, sagte Amtsdirektorin "
    "Anja Tormund.",
    "Amtsdirektorin Anja Tormund sagte, keiner dieser Hubschrauber werde fliegen, bis jeder einzelne Rotor "
    "überprüft worden sei.",
)
REPORTED_STORY[3] = STORY[3].replace(
    "«Permitiremos que algunos de estos helicópteros sigan volando mientras se revisan los rotores», declaró la "
    "directora de la oficina, Anja Tormund.",
    "La directora de la oficina, Anja Tormund, dijo que algunos de estos helicópteros seguirán volando mientras se "
    "revisan los rotores.",
)


def test_reported_speech_of_opposite_polarity_is_never_agreed(tmp_path: Path) -> None:
    assert REPORTED_STORY[1] != STORY[1] and REPORTED_STORY[3] != STORY[3]
    comparison = compare_texts(tmp_path, _rows(*REPORTED_STORY))
    for item in comparison.agreed:
        texts = " ".join(ev.text for ev in item.evidence)
        assert not ("seguirán volando" in texts and ("keiner dieser" in texts or "not allow" in texts)), item.summary
    meant = [k for k in comparison.conflicts if k.reason == "different meaning" and "Tormund" in k.summary]
    assert meant and any("seguirán volando" in ev.text for ev in meant[0].evidence), [
        k.summary for k in comparison.conflicts
    ]
