"""The two guards of the lift of a pair of two languages to the agreement bar
(:mod:`crosswire.compare.claims.across_bar`): a pair is not lifted when its sentences state two outcomes of one
deal (signed / agreed in principle, not yet signed: ``[polar.signing]`` of ``data/facts_outcomes.toml``), nor when
one carries a quote and the other neither quotes nor reports anyone's words. Invented pairs, en with de, fr, es,
it, pt, ru, uk, pl; the near-misses that stay lifted: a translation of one outcome, a quote and its translation, a
quote and the same words reported, one fact told without a quote on both sides."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from crosswire.compare.claims.across_bar import ACROSS_BAR, across_bar, carries_quote, quote_unmatched
from crosswire.compare.claims.pairs import FEATURES, Pair
from crosswire.compare.claims.polar import poles_in


def _unit(index: int, language: str, text: str, predicates: tuple[str, ...] = (), quoted: bool = False):
    claim = SimpleNamespace(language=language, predicates=list(predicates), quoted=quoted, values=[])
    return SimpleNamespace(
        index=index, language=language, text=text, entities=frozenset(), values=[], claim=claim, speaker=None
    )


def _pair(a, b) -> Pair:
    features = [0.0] * len(FEATURES)
    features[FEATURES.index("mutual_best")] = 1.0
    return Pair(a, b, features)  # type: ignore[arg-type]


SIGNED_EN = "The two sides signed the deal on Tuesday."
UNSIGNED_EN = "The deal was agreed in principle and has yet to be signed."

# (language, the deal signed, the deal agreed in principle or not yet signed)
DEALS = [
    ("de", "Beide Seiten unterzeichneten das Abkommen am Dienstag.", "Das Abkommen ist noch nicht unterzeichnet."),
    (
        "fr",
        "Les deux camps ont signé l'accord mardi.",
        "Les deux pays ont conclu un accord de principe, avant d'être signé par les parlements.",
    ),
    ("es", "Ambas partes firmaron el acuerdo el martes.", "Las partes cerraron un acuerdo que aún no ha sido firmado."),
    ("it", "Le due parti hanno firmato l'accordo martedì.", "L'accordo non è ancora stato firmato."),
    ("pt", "As duas partes assinaram o acordo na terça-feira.", "O acordo ainda não foi assinado."),
    ("ru", "Стороны подписали соглашение во вторник.", "Стороны достигли принципиальной договорённости по соглашению."),
    ("uk", "Сторони підписали угоду у вівторок.", "Угоду ще не підписано."),
    ("pl", "Obie strony podpisały porozumienie we wtorek.", "Porozumienie nie zostało jeszcze podpisane."),
]


@pytest.mark.parametrize(("lang", "signed", "unsigned"), DEALS)
def test_each_language_reads_both_stages_of_a_deal(lang: str, signed: str, unsigned: str) -> None:
    assert poles_in(signed, lang).get("signing") == "signed"
    assert poles_in(unsigned, lang).get("signing") == "not signed"


@pytest.mark.parametrize(("lang", "signed", "unsigned"), DEALS)
def test_a_deal_signed_and_one_not_yet_signed_are_not_lifted(lang: str, signed: str, unsigned: str) -> None:
    assert not across_bar(_pair(_unit(0, "en", UNSIGNED_EN), _unit(1, lang, signed)), 0.55)
    assert not across_bar(_pair(_unit(0, "en", SIGNED_EN), _unit(1, lang, unsigned)), 0.55)


@pytest.mark.parametrize(("lang", "signed", "unsigned"), DEALS)
def test_one_outcome_in_two_languages_stays_lifted(lang: str, signed: str, unsigned: str) -> None:
    assert across_bar(_pair(_unit(0, "en", SIGNED_EN), _unit(1, lang, signed)), ACROSS_BAR)
    assert across_bar(_pair(_unit(0, "en", UNSIGNED_EN), _unit(1, lang, unsigned)), ACROSS_BAR)


def test_a_signing_to_come_states_no_outcome() -> None:
    for text in ("The two sides will sign the deal next week.", "They plan to sign the agreement on Friday."):
        assert "signing" not in poles_in(text, "en")
    plan = _unit(1, "de", "Beide Seiten wollen das Abkommen nächste Woche unterzeichnen.")
    assert across_bar(_pair(_unit(0, "en", "The two sides will sign the deal next week."), plan), 0.55)


QUOTE_EN = '"We will not accept any deal that divides the island," the foreign minister said.'
# (language, the quote translated, the same words reported, a sentence quoting nothing and stating something else)
QUOTES = [
    (
        "de",
        "„Wir werden keinen Deal akzeptieren, der die Insel teilt“, sagte der Außenminister.",
        "Der Außenminister sagte, man werde keinen Deal akzeptieren, der die Insel teile.",
        "Der Außenminister vermittelt seit Monaten zwischen beiden Seiten.",
    ),
    (
        "fr",
        "« Nous n'accepterons aucun accord qui divise l'île », a déclaré le ministre.",
        "Le ministre a déclaré que Paris n'accepterait aucun accord divisant l'île.",
        "Le ministre joue depuis des mois un rôle de médiateur entre les deux camps.",
    ),
    (
        "es",
        "«No aceptaremos ningún acuerdo que divida la isla», dijo el ministro.",
        "El ministro dijo que no aceptarán ningún acuerdo que divida la isla.",
        "Las conversaciones están previstas para el jueves en Ginebra.",
    ),
    (
        "it",
        "«Non accetteremo alcun accordo che divida l'isola», ha detto il ministro.",
        "Il ministro ha detto che non accetteranno alcun accordo che divida l'isola.",
        "Il ministro media da mesi tra le due parti.",
    ),
    (
        "ru",
        "«Мы не примем никакой сделки, которая разделит остров», — заявил министр.",
        "Министр заявил, что они не примут сделку, которая разделит остров.",
        "Переговоры назначены на четверг в Женеве.",
    ),
    (
        "uk",
        "«Ми не приймемо жодної угоди, яка поділить острів», — заявив міністр.",
        "Міністр заявив, що вони не приймуть угоду, яка поділить острів.",
        "Міністр уже кілька місяців є посередником між сторонами.",
    ),
    (
        "pl",
        "„Nie zaakceptujemy żadnego porozumienia, które podzieli wyspę” – powiedział minister.",
        "Minister powiedział, że nie zaakceptują porozumienia dzielącego wyspę.",
        "Rozmowy zaplanowano na czwartek w Genewie.",
    ),
]


@pytest.mark.parametrize(("lang", "quote", "reported", "other"), QUOTES)
def test_a_quote_and_a_sentence_quoting_nothing_are_not_lifted(
    lang: str, quote: str, reported: str, other: str
) -> None:
    assert quote_unmatched(_unit(0, "en", QUOTE_EN), _unit(1, lang, other))
    assert not across_bar(_pair(_unit(0, "en", QUOTE_EN), _unit(1, lang, other)), 0.55)
    assert not across_bar(_pair(_unit(0, lang, other), _unit(1, "en", QUOTE_EN)), 0.55)


@pytest.mark.parametrize(("lang", "quote", "reported", "other"), QUOTES)
def test_a_quote_and_its_translation_or_its_report_stay_lifted(
    lang: str, quote: str, reported: str, other: str
) -> None:
    assert carries_quote(_unit(1, lang, quote))
    assert across_bar(_pair(_unit(0, "en", QUOTE_EN), _unit(1, lang, quote)), ACROSS_BAR)
    assert across_bar(_pair(_unit(0, "en", QUOTE_EN), _unit(1, lang, reported)), ACROSS_BAR)


def test_one_fact_without_a_quote_on_both_sides_stays_lifted() -> None:
    en = _unit(0, "en", "The foreign minister has mediated between the two sides for months.")
    de = _unit(1, "de", "Der Außenminister vermittelt seit Monaten zwischen beiden Seiten.")
    assert across_bar(_pair(en, de), ACROSS_BAR)


def test_a_short_quoted_term_is_no_quote() -> None:
    en = _unit(0, "en", 'Russia calls the war a "special military operation".')
    ru = _unit(1, "ru", "Россия называет войну специальной военной операцией.")
    assert not carries_quote(en)
    assert across_bar(_pair(en, ru), ACROSS_BAR)


def test_a_speaker_read_by_the_facts_stage_counts_as_reported_speech() -> None:
    quoted = _unit(0, "en", QUOTE_EN)
    told = _unit(1, "ru", "По его словам, Москва не примет такой сделки.", quoted=True)
    assert across_bar(_pair(quoted, told), ACROSS_BAR)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The deal was agreed in principle and is not yet signed."),
        ("en", "The two sides reached a preliminary agreement that has not been signed."),
        ("fr", "Un accord de principe a été trouvé, avant d'être signé."),
        ("fr", "L'accord n'a pas été signé."),
        ("de", "Man habe sich grundsätzlich auf ein Abkommen geeinigt."),
        ("es", "Las partes alcanzaron un acuerdo de principio que aún no ha sido firmado."),
        ("it", "È stato raggiunto un accordo di principio, non ancora firmato."),
        ("pt", "As partes chegaram a um acordo de princípio."),
        ("ru", "Соглашение ещё предстоит подписать."),
        ("uk", "Сторони досягли попередньої угоди."),
        ("pl", "Strony zawarły wstępne porozumienie."),
    ],
)
def test_more_wordings_of_a_deal_not_yet_signed(lang: str, text: str) -> None:
    assert poles_in(text, lang).get("signing") == "not signed"


def test_talks_ending_in_an_agreement_in_principle_still_read_as_an_agreement() -> None:
    assert poles_in("Ils sont parvenus à un accord de principe.", "fr").get("talks") == "agreement"
    assert poles_in("Las partes alcanzaron un acuerdo de principio.", "es").get("talks") == "agreement"
