"""A quote rendered with the opposite meaning is a conflict, never a variant (a new user's court story, trial 36:
"The court found no evidence that the money was hidden abroad" / «Das Gericht sah es als erwiesen an, dass das
Geld im Ausland versteckt wurde» was shown as one quote in two wordings), on invented stories of other events:

1. a proposition asserted as proven against one asserted as unproven, in en/de/fr/es/it/pl/pt, is read apart
   (:mod:`crosswire.compare.proposition`); two wordings of one denial ("no evidence" / «keine Beweise») and a
   double negation ("not without evidence" / «es gibt Beweise dafür») read alike;
2. the verb's negation of a quoted clause ("did not", "never", «nie», «jamais», «nunca», «mai») against its
   stated rendering reads apart; the reading is one place for the quote variants, the agreed items and the brief;
3. a reported-speech fragment of a direct quote of one speaker in one source is not listed again in Who said what.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_compare_core import compare_texts

TUESDAY = "2027-03-09"

# -- class 1: proven or unproven --------------------------------------------------------------------------------

EVIDENTIAL = [
    # (wording, language, True = unproven, False = proven)
    ("The inquiry found no evidence that the ferry was overloaded", "en", True),
    ("There is no proof that the ferry was overloaded", "en", True),
    ("It has not been proven that the ferry was overloaded", "en", True),
    ("The lack of evidence that the ferry was overloaded is striking", "en", True),
    ("It is not without evidence that the ferry was overloaded", "en", False),
    ("The inquiry found evidence that the ferry was overloaded", "en", False),
    ("It was proven beyond doubt that the ferry was overloaded", "en", False),
    ("Es gibt keine Beweise dafür, dass die Fähre überladen war", "de", True),
    ("Es ist nicht erwiesen, dass die Fähre überladen war", "de", True),
    ("Beweise gab es keine", "de", True),
    ("Die Kommission sah es als erwiesen an, dass die Fähre überladen war", "de", False),
    ("Es ist nachgewiesen, dass die Fähre überladen war", "de", False),
    ("Nicht ohne Beweise sagen wir, dass die Fähre überladen war", "de", False),
    ("Il n'y a aucune preuve que le ferry était surchargé", "fr", True),
    ("Il n'est pas prouvé que le ferry était surchargé", "fr", True),
    ("Faute de preuves, l'enquête sur le ferry est close", "fr", True),
    ("Il est établi que le ferry était surchargé", "fr", False),
    ("No hay pruebas de que el ferry fuera sobrecargado", "es", True),
    ("No quedó probado que el ferry fuera sobrecargado", "es", True),
    ("Quedó probado que el ferry iba sobrecargado", "es", False),
    ("Non ci sono prove che il traghetto fosse sovraccarico", "it", True),
    ("Nessuna prova che il traghetto fosse sovraccarico", "it", True),
    ("È stato provato che il traghetto era sovraccarico", "it", False),
    ("Brak dowodów na to, że prom był przeciążony", "pl", True),
    ("Nie udowodniono, że prom był przeciążony", "pl", True),
    ("Udowodniono, że prom był przeciążony", "pl", False),
    ("Ficou provado que a balsa estava sobrecarregada", "pt", False),
    ("Нет доказательств того, что паром был перегружен", "ru", True),
    ("Доказано, что паром был перегружен", "ru", False),
    ("Немає доказів того, що пором був перевантажений", "uk", True),
]


@pytest.mark.parametrize(("text", "language", "unproven"), EVIDENTIAL, ids=[e[0][:40] for e in EVIDENTIAL])
def test_an_evidential_predicate_is_read_with_its_polarity(text: str, language: str, unproven: bool) -> None:
    from crosswire.compare.proposition import evidential, polarity

    read = evidential(text, language)
    assert read is not None and read[0] is unproven, read
    pol = polarity(text, language)
    assert pol is not None and pol.evidential and pol.denied is unproven


NOT_EVIDENTIAL = [
    ("We will examine the evidence carefully", "en"),  # a noun of evidence stating no proof
    ("The repair proved difficult", "en"),  # "proved" as a copula
    ("Ha provato a fermare il traghetto", "it"),  # «provato a»: tried to
    ("There is no evidence that the crew did not follow the rules", "en"),  # the proposition itself denied
    ("The ferry left the port at noon", "en"),
]


@pytest.mark.parametrize(("text", "language"), NOT_EVIDENTIAL, ids=[e[0][:40] for e in NOT_EVIDENTIAL])
def test_no_evidential_reading(text: str, language: str) -> None:
    from crosswire.compare.proposition import evidential

    assert evidential(text, language) is None


OPPOSITE_PROOF = [
    (
        "The inquiry found no evidence that the ferry was overloaded",
        "en",
        "Die Kommission sah es als erwiesen an, dass die Fähre überladen war",
        "de",
    ),
    ("Es ist nicht erwiesen, dass die Fähre überladen war", "de", "Il est établi que le ferry était surchargé", "fr"),
    (
        "No hay pruebas de que el ferry fuera sobrecargado",
        "es",
        "È stato provato che il traghetto era sovraccarico",
        "it",
    ),
    ("Udowodniono, że prom był przeciążony", "pl", "There is no proof that the ferry was overloaded", "en"),
    ("Il n'y a aucune preuve que le ferry était surchargé", "fr", "Quedó probado que el ferry iba sobrecargado", "es"),
    ("Brak dowodów na to, że prom był przeciążony", "pl", "It was proven that the ferry was overloaded", "en"),
    # one language: no shared-words reading catches it, the evidential reading does
    (
        "We found no evidence that the ferry was overloaded",
        "en",
        "We found it proven that the ferry was overloaded",
        "en",
    ),
]


@pytest.mark.parametrize(("a", "la", "b", "lb"), OPPOSITE_PROOF, ids=[o[0][:30] + o[3] for o in OPPOSITE_PROOF])
def test_proven_against_unproven_reads_apart(a: str, la: str, b: str, lb: str) -> None:
    from crosswire.compare.proposition import EVIDENCE_PAIR
    from crosswire.compare.quote_meaning import meaning_alike, meaning_apart, opposite_poles

    assert opposite_poles(a, la, b, lb) == EVIDENCE_PAIR
    assert meaning_apart(a, la, b, lb) == EVIDENCE_PAIR
    assert meaning_alike(a, la, b, lb) is None


ONE_PROOF = [
    # two wordings of one denial
    (
        "The inquiry found no evidence that the ferry was overloaded",
        "en",
        "Es gibt keine Beweise dafür, dass die Fähre überladen war",
        "de",
    ),
    (
        "Non ci sono prove che il traghetto fosse sovraccarico",
        "it",
        "Brak dowodów na to, że prom był przeciążony",
        "pl",
    ),
    (
        "No hay pruebas de que el ferry fuera sobrecargado",
        "es",
        "Il n'est pas prouvé que le ferry était surchargé",
        "fr",
    ),
    # a double negation states the proof
    (
        "It is not without evidence that the ferry was overloaded",
        "en",
        "Es ist nachgewiesen, dass die Fähre überladen war",
        "de",
    ),
    (
        "Die Kommission sah es als erwiesen an, dass die Fähre überladen war",
        "de",
        "Quedó probado que el ferry iba sobrecargado",
        "es",
    ),
]


@pytest.mark.parametrize(("a", "la", "b", "lb"), ONE_PROOF, ids=[o[0][:30] + o[3] for o in ONE_PROOF])
def test_two_wordings_of_one_proof_or_denial_read_alike(a: str, la: str, b: str, lb: str) -> None:
    from crosswire.compare.proposition import EVIDENCE_PAIR
    from crosswire.compare.quote_meaning import meaning_alike, meaning_apart
    from crosswire.compare.quote_polarity import polarity_apart

    assert meaning_apart(a, la, b, lb) is None
    assert polarity_apart(a, la, b, lb) is None
    assert meaning_alike(a, la, b, lb) == EVIDENCE_PAIR


def test_an_unproven_proposition_against_the_proposition_stated() -> None:
    """ "no evidence that it was overloaded" against "it was overloaded" (no evidential word): the clause reader
    reads the unproven clause as denied; a double negation is no denial."""
    from crosswire.compare.quote_polarity import clauses, polarity_apart

    assert clauses("There are no proofs that the ferry was overloaded", "en")[0][1] is True
    assert clauses("Es gibt keine Beweise dafür, dass die Fähre überladen war", "de")[0][1] is True  # "keine": a noun's
    assert clauses("It is not without evidence that the ferry was overloaded", "en")[0][1] is False
    found = polarity_apart("We found no evidence that the ferry was overloaded", "en", "Die Fähre war überladen", "de")
    assert found is not None


# -- class 2: a verb denied in one rendering ---------------------------------------------------------------------

VERB_DENIED = [
    ("We never received a warning about the ferry", "en", "Nous avons reçu un avertissement sur le ferry", "fr"),
    ("Wir haben nie eine Warnung zur Fähre erhalten", "de", "We received a warning about the ferry", "en"),
    ("Nous n'avons jamais reçu d'avertissement sur le ferry", "fr", "Recibimos una advertencia sobre el ferry", "es"),
    ("Nunca recibimos una advertencia sobre el ferry", "es", "Abbiamo ricevuto un avvertimento sul traghetto", "it"),
    ("Non abbiamo mai ricevuto un avvertimento sul traghetto", "it", "Otrzymaliśmy ostrzeżenie w sprawie promu", "pl"),
    ("Nie otrzymaliśmy ostrzeżenia w sprawie promu", "pl", "We received a warning about the ferry", "en"),
    ("The captain did not leave the bridge", "en", "Der Kapitän verließ die Brücke", "de"),
]


@pytest.mark.parametrize(("a", "la", "b", "lb"), VERB_DENIED, ids=[v[0][:30] for v in VERB_DENIED])
def test_a_verb_denied_against_its_stated_rendering(a: str, la: str, b: str, lb: str) -> None:
    from crosswire.compare.proposition import polarity
    from crosswire.compare.quote_polarity import polarity_apart

    pa, pb = polarity(a, la), polarity(b, lb)
    assert pa is not None and pb is not None and pa.denied and not pb.denied
    assert polarity_apart(a, la, b, lb) is not None


# -- the class on whole stories ----------------------------------------------------------------------------------


def _rows(*texts: str) -> list[tuple[str, str, str, str]]:
    outlets = ["Harbour Wire", "Küstenbote", "La Voix du Port", "Diario del Puerto", "Gazzetta del Porto", "Głos Portu"]
    return [(f"a{i}", outlets[i], TUESDAY, f"Lindmar\n\n{t}") for i, t in enumerate(texts)]


OPPOSITE_STORY = [
    "The maritime inquiry into the sinking of the ferry Aldra closed its hearings in Lindmar on Tuesday. "
    '"We found no evidence that the ferry was overloaded," said Petra Vollan, who chaired the inquiry. '
    "Eleven passengers died in the sinking last spring.",
    "Die Untersuchungskommission zum Untergang der Fähre Aldra hat am Dienstag in Lindmar ihre Anhörungen beendet. "
    "„Wir sahen es als erwiesen an, dass die Fähre überladen war“, sagte Petra Vollan, die Vorsitzende der "
    "Kommission. Elf Passagiere starben im vergangenen Frühjahr.",
    "La commission d'enquête sur le naufrage du ferry Aldra a clos ses auditions mardi à Lindmar. "
    "« Nous n'avons trouvé aucune preuve que le ferry était surchargé », a déclaré Petra Vollan, présidente de la "
    "commission. Onze passagers sont morts au printemps dernier.",
    "La comisión que investiga el hundimiento del ferry Aldra cerró sus audiencias el martes en Lindmar. "
    '"No encontramos pruebas de que el ferry estuviera sobrecargado", dijo Petra Vollan, presidenta de la '
    "comisión. Once pasajeros murieron la pasada primavera.",
]


def test_a_proof_rendered_as_its_denial_is_a_quote_conflict(tmp_path: Path) -> None:
    comparison = compare_texts(tmp_path, _rows(*OPPOSITE_STORY))
    meant = [k for k in comparison.conflicts if k.reason == "different meaning" and "Vollan" in k.summary]
    assert len(meant) == 1, [k.summary for k in comparison.conflicts]
    alone = [s for s in meant[0].sides if len(s.sources) == 1]
    assert alone and all("erwiesen" in ev.text for ev in alone[0].evidence), meant[0].summary
    for side in meant[0].sides:  # each side cited with its own sentences
        assert side.evidence and all(("erwiesen" in ev.text) == (side is alone[0]) for ev in side.evidence)
    for variant in comparison.quote_variants:
        assert not any("erwiesen" in ev.text for ev in variant.evidence), variant
    for item in comparison.agreed:
        texts = " ".join(ev.text for ev in item.evidence)
        assert not ("erwiesen" in texts and ("no evidence" in texts or "aucune preuve" in texts)), item.summary
    for line in comparison.brief:
        cited = " ".join(ev.text for ev in line.evidence)
        if "different wordings" in line.text and "erwiesen" in cited:  # only as the wording of another meaning
            assert line.text.index("erwiesen") > line.text.index("with a different meaning"), line.text
        assert not ("report it too" in line.text and "erwiesen" in cited and "no evidence" in cited), line.text


ONE_DENIAL_STORY = [
    OPPOSITE_STORY[0],
    "Die Untersuchungskommission zum Untergang der Fähre Aldra hat am Dienstag in Lindmar ihre Anhörungen beendet. "
    "„Wir haben keine Beweise dafür gefunden, dass die Fähre überladen war“, sagte Petra Vollan, die Vorsitzende der "
    "Kommission. Elf Passagiere starben im vergangenen Frühjahr.",
    OPPOSITE_STORY[2],
    OPPOSITE_STORY[3],
]


def test_wordings_of_one_denial_stay_one_quote(tmp_path: Path) -> None:
    comparison = compare_texts(tmp_path, _rows(*ONE_DENIAL_STORY))
    assert not [k for k in comparison.conflicts if k.reason == "different meaning"], [
        k.summary for k in comparison.conflicts
    ]
    vollan = [v for v in comparison.quote_variants if "Vollan" in v.speaker]
    assert vollan and len({n for q in vollan[0].quotes for n in q.sources}) >= 3, comparison.quote_variants


# -- class 3: a reported fragment of a direct quote -------------------------------------------------------------


def _quote(text: str, kind: str, source: int, speaker: str = "Petra Vollan"):
    from crosswire.compare.quotes import SourceQuote

    return SourceQuote(speaker_id=f"person:{speaker}", speaker=speaker, text=text, kind=kind, source=source)  # type: ignore[arg-type]


def test_a_reported_fragment_of_a_direct_quote_is_not_listed_twice() -> None:
    from crosswire.compare.quotes import who_said_what

    quotes = [
        _quote('"We will appeal this ruling', "reported", 1),  # read again from a sentence cut inside the quote
        _quote("We will appeal this ruling. The inquiry ignored the weather.", "direct", 1),
        _quote("appeal this ruling", "reported", 2),  # another source's words: its own entry
        _quote("the inquiry had ignored the storm warnings", "reported", 1),  # not a fragment
        _quote("Wir werden gegen diesen Bericht vorgehen", "direct", 3),
    ]
    rows = who_said_what(quotes)
    assert len(rows) == 1
    said = [(q.text, q.kind, q.sources) for q in rows[0].quotes]
    assert ('"We will appeal this ruling', "reported", [1]) not in said
    assert ("appeal this ruling", "reported", [2]) in said
    assert ("the inquiry had ignored the storm warnings", "reported", [1]) in said
    assert len(said) == 4


def test_a_fragment_of_another_speakers_quote_is_kept() -> None:
    from crosswire.compare.quotes import who_said_what

    quotes = [
        _quote("We will appeal this ruling. The inquiry ignored the weather.", "direct", 1),
        _quote("We will appeal this ruling", "reported", 1, speaker="Jon Arve"),
    ]
    texts = [q.text for row in who_said_what(quotes) for q in row.quotes]
    assert "We will appeal this ruling" in texts


# -- a reported statement (no quotation marks) read on the whole sentence ----------------------------------------


def test_a_reported_proof_against_its_denial_reads_apart_on_whole_sentences() -> None:
    from crosswire.compare.proposition import EVIDENCE_PAIR
    from crosswire.compare.quote_meaning import ruled_apart, ruled_left_out

    a = "Investigators found no evidence that the warehouse fire was set deliberately, the fire chief said."
    b = "Los investigadores dieron por probado que el incendio del almacén fue provocado, dijo el jefe de bomberos."
    c = "Die Ermittler fanden keine Beweise dafür, dass das Feuer im Lager gelegt wurde, sagte der Feuerwehrchef."
    assert ruled_apart(a, "en", b, "es") == EVIDENCE_PAIR
    assert ruled_apart(a, "en", c, "de") is None
    # a sentence silent on proof is no difference (left-out reads only the raw pairs)
    assert ruled_left_out(a, "en", "The warehouse burned for six hours.", "en") is None


REPORTED_STORY = [
    "The maritime inquiry into the sinking of the ferry Aldra closed its hearings in Lindmar on Tuesday. The inquiry "
    "found no evidence that the ferry was overloaded, its chair Petra Vollan said. Eleven passengers died in the "
    "sinking last spring.",
    "Die Untersuchungskommission zum Untergang der Fähre Aldra hat am Dienstag in Lindmar ihre Anhörungen beendet. "
    "Die Kommission sah es als erwiesen an, dass die Fähre überladen war, sagte die Vorsitzende Petra Vollan. Elf "
    "Passagiere starben im vergangenen Frühjahr.",
    "La comisión que investiga el hundimiento del ferry Aldra cerró sus audiencias el martes en Lindmar. La comisión "
    "no encontró pruebas de que el ferry estuviera sobrecargado, dijo su presidenta Petra Vollan. Once pasajeros "
    "murieron la pasada primavera.",
]


def test_a_reported_proof_against_its_denial_is_a_conflict_never_agreed(tmp_path: Path) -> None:
    """Reported speech (no quotation marks): the three sentences were one agreed item before."""
    comparison = compare_texts(tmp_path, _rows(*REPORTED_STORY))
    meant = [k for k in comparison.conflicts if k.reason == "different meaning" and "Vollan" in k.summary]
    assert len(meant) == 1, [k.summary for k in comparison.conflicts]
    sides = sorted(meant[0].sides, key=lambda s: len(s.sources))
    assert [len(s.sources) for s in sides] == [1, 2], meant[0].summary
    assert all("erwiesen" in ev.text for ev in sides[0].evidence)
    assert not any("erwiesen" in ev.text for ev in sides[1].evidence)
    for item in comparison.agreed:
        texts = " ".join(ev.text for ev in item.evidence)
        assert not ("erwiesen" in texts and ("no evidence" in texts or "no encontró pruebas" in texts)), item.summary
    for line in comparison.brief:
        cited = " ".join(ev.text for ev in line.evidence)
        assert not ("report it too" in line.text and "erwiesen" in cited), line.text
