"""A payment whose subject is none at all is no payment (class 4 of the eleventh pass,
crosswire.compare.claims.polar.none_before): "Not a single cent was paid to the kidnappers" was read as the ransom
paid, against the outlets that said the government refused to pay (a new user's hostage story); so were "No
ransom was paid", "Kein einziger Cent wurde gezahlt", "Nessun riscatto è stato pagato", "Никакого выкупа
выплачено не было". A negative quantifier opening the pole's clause (or after "said", "that", "qu'") within
three words of the phrase turns it; farther, or the subject of another verb, it does not. Texts invented.
"""

from __future__ import annotations

import pytest

from crosswire.compare.claims.polar import poles_in

NONE_PAID = [
    ("en", "Not a single cent was paid to the kidnappers."),
    ("en", "No ransom was paid, the ministry said."),
    ("en", "No money was paid to the kidnappers."),
    ("en", "Nothing was paid for the release of the hostages."),
    ("en", "The ministry said no ransom was paid."),
    ("en", "Officials said that not a single cent had been paid."),
    ("de", "Kein einziger Cent wurde gezahlt."),
    ("de", "Kein Lösegeld wurde bezahlt, sagte der Minister."),
    ("de", "Der Minister sagte, kein Lösegeld sei gezahlt worden."),
    ("es", "Ningún rescate fue pagado."),
    ("es", "No se pagó ni un céntimo."),
    ("fr", "Le ministre a assuré qu'aucune rançon n'avait été versée."),
    ("fr", "Aucune rançon n'a été payée."),
    ("it", "Nessun riscatto è stato pagato."),
    ("it", "Non è stato pagato un solo centesimo."),
    ("it", "Il ministro ha detto che nessun riscatto è stato pagato."),
    ("pt", "Nenhum resgate foi pago."),
    ("ru", "Никакого выкупа выплачено не было."),
    ("uk", "Жодного викупу не було сплачено."),
    ("pl", "Nie zapłacono ani grosza."),
    ("pl", "Ministerstwo zapewniło, że żaden okup nie został zapłacony."),
]

PAID = [
    ("en", "The family paid a ransom of $2 million."),
    ("en", "A ransom was paid, the ministry said."),
    ("en", "There is no evidence the family paid a ransom."),
    ("en", "No one said the family paid a ransom."),
    ("en", "No sooner had the family paid the ransom than the men were freed."),
    ("en", "The company, which had no insurance, paid the ransom."),
    ("en", "No further details were given, but the family paid a ransom."),
    ("de", "Die Familie zahlte ein Lösegeld."),
    ("es", "La familia pagó un rescate."),
    ("fr", "La famille a payé une rançon."),
    ("it", "La famiglia ha pagato un riscatto."),
    ("pt", "A família pagou um resgate."),
    ("pl", "Rodzina zapłaciła okup."),
]


@pytest.mark.parametrize(("lang", "text"), NONE_PAID)
def test_a_payment_of_nothing_is_read_as_no_payment(lang: str, text: str) -> None:
    # the paying verb is also a pole of a defendant's bail (mconflicts), which a sentence's object word ties to
    # its act (crosswire.compare.claims.polar.polar_differ): whichever act reads it, it reads "not paid"
    poles = poles_in(text, lang)
    assert poles["ransom"] == "refused to pay"
    assert poles.get("bail", "not paid") == "not paid"


@pytest.mark.parametrize(("lang", "text"), PAID)
def test_a_payment_is_still_read_as_paid(lang: str, text: str) -> None:
    poles = poles_in(text, lang)
    assert poles["ransom"] == "paid"
    assert poles.get("bail", "paid") == "paid"
