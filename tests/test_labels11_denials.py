"""Every gender, number, person and aspect form of a listed verb of denial is read as one (class 3 of the eleventh
pass, crosswire.facts.lexicon.denial_form): Polish "zaprzeczyło" (neuter past, "the ministry denied") was not in
``data/facts_denial_verbs.txt``, and neither were "zaprzeczyły", "démentent", "desmintieron", "negano",
"отрицали", "заперечили", so a denial two sources gave was listed as "only X" when one wrote such a form. The
lemmas are listed and simplemma's dictionary reads every form from them. Texts invented.
"""

from __future__ import annotations

import pytest

from crosswire.compare.claims.single_denials import denied_acts
from crosswire.facts.lexicon import denial_form, denies

FORMS = [
    ("pl", "Ministerstwo spraw zagranicznych zaprzeczyło, jakoby zapłacono okup porywaczom."),
    ("pl", "Władze miasta zaprzeczyły doniesieniom o okupie."),
    ("pl", "Rzecznicy rządu zaprzeczają doniesieniom o okupie za zakładników."),
    ("pl", "Biuro prasowe zdementowało pogłoski o okupie."),
    ("de", "Die beiden Minister dementierten Berichte über ein Lösegeld."),
    ("de", "Die Minister wiesen Berichte über ein Lösegeld entschieden zurück."),
    ("fr", "Les deux ministres démentent le versement d'une rançon."),
    ("fr", "Les ministres nièrent alors tout versement d'une rançon."),
    ("es", "Los portavoces desmintieron el pago de un rescate."),
    ("es", "La ministra rechaza el pago de un rescate."),
    ("it", "I ministri negano il pagamento di un riscatto."),
    ("it", "I portavoce negarono il pagamento di un riscatto."),
    ("pt", "Os ministros desmentiram o pagamento de um resgate."),
    ("ru", "Министерство опровергло выплату выкупа похитителям."),
    ("ru", "Министры отрицали выплату выкупа."),
    ("uk", "Міністерство заперечило сплату викупу."),
    ("uk", "Речники уряду заперечили сплату викупу."),
    ("en", "The ministry disputes claims of a ransom."),
    ("en", "Both ministers flatly refute reports of a ransom."),
]

# near-misses: a verb that shares a denial verb's first letters, a confirmation, a demand, Polish "nie"
NEAR = [
    ("pl", "Ministerstwo potwierdziło, że zapłacono okup porywaczom."),
    ("pl", "Porywacze zażądali okupu, ale nie wiadomo, czy został zapłacony."),
    ("pl", "Rzecznik odrzekł, że okup to sprawa rodzin."),
    ("de", "Die Entführer forderten ein Lösegeld."),
    ("ru", "Министр отвечал на вопросы о выкупе."),
    ("fr", "Le ministre a confirmé le versement d'une rançon."),
    ("es", "El ministro anunció el pago de un rescate."),
]


@pytest.mark.parametrize(("lang", "text"), FORMS)
def test_every_form_of_a_denial_verb_denies_the_ransom(lang, text):
    assert denied_acts(text, lang) == {"ransom": True}


@pytest.mark.parametrize(("lang", "text"), NEAR)
def test_no_denial_is_read_in_a_near_miss(lang, text):
    assert denied_acts(text, lang) == {}


@pytest.mark.parametrize(
    ("word", "lang"),
    [("zaprzeczyło", "pl"), ("zaprzeczyliśmy", "pl"), ("démentent", "fr"), ("опровергли", "ru"), ("спростували", "uk")],
)
def test_a_form_is_read_through_its_lemma(word, lang):
    assert denial_form(word, lang)
    assert denies(word, word, lang)


@pytest.mark.parametrize(
    ("word", "lang"),
    [
        ("odrzekł", "pl"),
        ("niech", "pl"),
        ("отвечали", "ru"),
        ("démontent", "fr"),
        ("negotiated", "en"),
        ("zaprzeczyło", "be"),
    ],
)
def test_a_word_sharing_the_letters_is_no_denial(word, lang):
    assert not denial_form(word, lang)
