"""clean36: a short body paragraph next to the page's furniture is body, in the pre-scraped text cleaner.

A new user's Italian page lost its closing sentence "Il processo è durato quattordici mesi." (six words, right
above "Leggi anche: ..."): a sentence line of six words scores zero in the main-text run, and the closing rule
took only lines of five words or fewer. The class: a short statement paragraph at either end of the text, or a
paragraph on the far side of an ad slot, dropped as "outside main text". Invented pages, several languages.
"""

from __future__ import annotations

import pytest

from crosswire.clean import clean_document
from crosswire.model import RawDocument


def clean(text: str) -> object:
    return clean_document(RawDocument(source="test", kind="text", content=text, content_type="text"))


def page(*lines: str) -> str:
    return "\n\n".join(lines)


# (masthead, menu, title, byline, date line, two long paragraphs, related line, share line, copyright)
PAGES = {
    "it": (
        "Gazzetta del Nord",
        "Home | Cronaca | Sport | Meteo",
        "Frana sulla statale, chiusa la strada per Valdorno",
        "di Marta Rinaldi",
        "3 marzo 2026, ore 10:15",
        "Una frana ha invaso la statale 42 nella notte tra domenica e lunedì, bloccando il traffico tra Valdorno "
        "e il capoluogo per diverse ore.",
        "I tecnici della provincia hanno iniziato i lavori di sgombero all'alba e contano di riaprire una corsia "
        "entro giovedì sera.",
        "Leggi anche: Maltempo, allerta gialla in tutta la regione",
        "Condividi su Facebook | Twitter",
        "© Gazzetta del Nord - Riproduzione riservata",
    ),
    "en": (
        "Harbour Daily",
        "News | Sport | Weather | Subscribe",
        "Ferry service suspended after engine fire",
        "By Tom Hale",
        "March 3, 2026 10:15 AM",
        "An engine fire forced the crew of the Lindholm ferry to evacuate 212 passengers on Monday morning, the "
        "operator said in a statement.",
        "Coastguard boats took the passengers back to the harbour in Kessby, where they were met by paramedics "
        "and given blankets.",
        "Related: Port strike ends after two weeks",
        "Share this article",
        "© 2026 Harbour Daily",
    ),
    "de": (
        "Talbote",
        "Startseite | Lokales | Sport | Wetter",
        "Brand in Lagerhalle: Feuerwehr die ganze Nacht im Einsatz",
        "Von Jonas Weber",
        "03.03.2026, 10:15 Uhr",
        "In einer Lagerhalle am Stadtrand von Kessel ist in der Nacht zum Montag ein Großbrand ausgebrochen, "
        "teilte die Feuerwehr am Morgen mit.",
        "Mehr als achtzig Einsatzkräfte waren bis zum Vormittag vor Ort, um ein Übergreifen der Flammen auf die "
        "Nachbargebäude zu verhindern.",
        "Lesen Sie auch: Neue Feuerwache soll 2027 öffnen",
        "Artikel teilen",
        "© Talbote 2026",
    ),
    "es": (
        "Diario del Valle",
        "Portada | Sociedad | Deportes | Opinión",
        "Cortada la carretera de Valdorno por un desprendimiento",
        "Por Ana Ruiz",
        "3 de marzo de 2026 - 10:15",
        "Un desprendimiento de rocas cortó el lunes la carretera entre Valdorno y la capital de la provincia "
        "durante varias horas, según la Guardia Civil.",
        "Los operarios de la diputación empezaron a retirar las piedras al amanecer y esperan abrir un carril "
        "antes del jueves por la noche.",
        "Lea también: Alerta amarilla por lluvias en toda la región",
        "Compartir en Facebook | X",
        "© 2026 Diario del Valle. Todos los derechos reservados.",
    ),
    "pl": (
        "Gazeta Dolna",
        "Strona główna | Kraj | Sport | Pogoda",
        "Osuwisko na drodze do Valdorna. Trasa zamknięta",
        "Anna Nowak",
        "03.03.2026, 10:15",
        "Osuwisko ziemi zablokowało w nocy z niedzieli na poniedziałek drogę między Valdornem a stolicą "
        "województwa, podała policja.",
        "Drogowcy zaczęli usuwać ziemię o świcie i liczą, że jeden pas zostanie otwarty do czwartku wieczorem.",
        "Czytaj także: Ostrzeżenie przed ulewami w całym regionie",
        "Udostępnij: Facebook | X",
        "© 2026 Gazeta Dolna. Wszelkie prawa zastrzeżone.",
    ),
}

# Short statements of each language: a closing one (six words, as on the new user's page, and shorter or
# longer ones) and an opening one.
CLOSING = {
    "it": [
        "Il processo è durato quattordici mesi.",
        "Nessuno è rimasto ferito.",
        "La strada resterà chiusa fino a giovedì.",
    ],
    "en": ["The trial lasted fourteen months overall.", "Nobody was hurt.", "Repairs will take about three weeks."],
    "de": [
        "Verletzt wurde nach Angaben niemand.",
        "Der Schaden ist hoch.",
        "Die Polizei ermittelt wegen Brandstiftung.",
    ],
    "es": ["Nadie resultó herido en el accidente.", "La vía sigue cortada.", "La investigación sigue abierta."],
    "pl": ["Nikt nie został ranny w wypadku.", "Droga jest zamknięta.", "Policja prowadzi w tej sprawie śledztwo."],
}
OPENING = {
    "it": "La strada è chiusa da ieri.",
    "en": "The ferry was evacuated.",
    "de": "Die Halle brannte völlig aus.",
    "es": "La carretera sigue cortada.",
    "pl": "Droga jest nieprzejezdna.",
}


def _lines(lang: str) -> tuple[str, ...]:
    return PAGES[lang]


@pytest.mark.parametrize(("lang", "closing"), [(lang, c) for lang, cs in CLOSING.items() for c in cs])
def test_a_short_closing_paragraph_above_the_related_line_is_body(lang: str, closing: str) -> None:
    """The paragraph that closes the text, right above "Leggi anche"/"Related"/"Lesen Sie auch", is body (the
    six-word ones were removed as "outside main text"); the related line and share bar stay out."""
    mast, menu, title, by, date, p1, p2, related, share, legal = _lines(lang)
    doc = clean(page(mast, menu, title, by, date, p1, p2, closing, related, share, legal))
    assert doc.body.endswith(closing), doc.body[-160:]
    assert related not in doc.body and share not in doc.body
    assert all(r.text != closing for r in doc.removed)


@pytest.mark.parametrize("lang", list(OPENING))
def test_a_short_opening_paragraph_under_the_date_line_is_body(lang: str) -> None:
    """A short first paragraph right under the byline and date line opens the text (it was removed as "outside
    main text": it scores below zero, so the run started after it); the date line and byline stay out."""
    mast, menu, title, by, date, p1, p2, related, share, legal = _lines(lang)
    doc = clean(page(mast, menu, title, by, date, OPENING[lang], p1, p2, related, share, legal))
    assert doc.body.startswith(OPENING[lang]), doc.body[:160]
    assert date not in doc.body and title not in doc.body


@pytest.mark.parametrize("lang", ["en", "it", "de"])
def test_paragraphs_after_an_ad_slot_at_the_end_are_body(lang: str) -> None:
    """An ad slot between the last paragraphs ("Advertisement", "Pubblicità", "Anzeige") costs the run more than
    the short paragraphs after it earn: they were cut off with the page's furniture."""
    ad = {"en": "Advertisement", "it": "Pubblicità", "de": "Anzeige"}[lang]
    mast, menu, title, by, date, p1, p2, related, share, legal = _lines(lang)
    last, other = CLOSING[lang][2], CLOSING[lang][0]
    doc = clean(page(mast, menu, title, by, date, p1, p2, ad, last, other, related, share, legal))
    assert last in doc.body and other in doc.body, doc.body[-200:]
    assert ad not in doc.body


def test_the_new_users_italian_page_keeps_its_closing_sentence() -> None:
    """The trial page's shape (invented wording): the six-word closing line above "Leggi anche" is body."""
    text = page(
        "Corriere del Sud",
        "Home | Cronaca | Economia | Sport | Abbonati",
        "Pubblicità",
        "Truffa sui fondi, otto anni all'ex presidente",
        "di Carlo Bianchi",
        "2 dicembre 2026, ore 19:05",
        "ROMA - Il tribunale ha condannato martedì l'ex presidente del consorzio a otto anni di reclusione per "
        "truffa aggravata.",
        "La sentenza è stata letta dalla presidente del collegio. L'imputato ha lasciato l'aula senza parlare.",
        '"Ricorreremo in appello", ha detto ai cronisti l\'avvocato difensore.',
        "Il dibattimento è durato undici mesi.",
        "Leggi anche: Consorzi, la riforma slitta a gennaio",
        "Condividi su Facebook | Twitter",
        "© Corriere del Sud - Riproduzione riservata",
    )
    doc = clean(text)
    assert doc.body.endswith("Il dibattimento è durato undici mesi.")
    assert not any(r.reason == "outside main text" for r in doc.removed)


def test_short_statements_among_teasers_stay_out() -> None:
    """Only statement lines bounded by furniture, a boundary or the page's end are pulled in: short lines
    followed by a teaser's headline, and a call to comment, stay where the run's scoring puts them."""
    mast, menu, title, by, date, p1, p2, _related, share, legal = _lines("en")
    doc = clean(
        page(mast, menu, title, by, date, p1, p2, "The vote was 7-4.", "Most read stories", "Weather in Kessby")
    )
    assert "The vote was 7-4." not in doc.body
    doc = clean(page(mast, menu, title, by, date, p1, p2, "What do you think?", share, legal))
    assert "What do you think?" not in doc.body
