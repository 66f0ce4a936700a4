"""clean36: a date line or the author's bare name printed as a paragraph above an HTML page's text is header,
not body.

New users' HTML pages print ``<p class="date">Tuesday 1 December 2026</p>`` and ``<p class="autor">Piotr
Wolański</p>`` under the headline; the HTML cleaner kept both as body sentences (a sentence with a date and no
fact, and a person's name as a sentence). Invented pages, several languages.
"""

from __future__ import annotations

import pytest

from crosswire.clean.html import clean_html
from crosswire.model import RawDocument

BODY = {
    "en": [
        "An engine fire forced the crew of the Lindholm ferry to evacuate 212 passengers on Monday morning, the "
        "operator said in a statement.",
        "Coastguard boats took the passengers back to the harbour in Kessby, where paramedics met them.",
        "The operator said repairs would take several weeks and that the route would be served by a spare ship.",
    ],
    "de": [
        "In einer Lagerhalle am Stadtrand von Kessel ist in der Nacht zum Montag ein Großbrand ausgebrochen, "
        "teilte die Feuerwehr am Morgen mit.",
        "Mehr als achtzig Einsatzkräfte waren bis zum Vormittag vor Ort, um die Nachbargebäude zu schützen.",
        "Die Polizei ermittelt wegen des Verdachts der Brandstiftung und sucht nach Zeugen.",
    ],
    "pl": [
        "Osuwisko ziemi zablokowało w nocy z niedzieli na poniedziałek drogę między Valdornem a stolicą "
        "województwa, podała policja.",
        "Drogowcy zaczęli usuwać ziemię o świcie i liczą, że jeden pas zostanie otwarty do czwartku.",
        "Kierowcy muszą korzystać z objazdu przez sąsiednie gminy, co wydłuża podróż o pół godziny.",
    ],
    "es": [
        "Un desprendimiento de rocas cortó el lunes la carretera entre Valdorno y la capital de la provincia "
        "durante varias horas, según la Guardia Civil.",
        "Los operarios empezaron a retirar las piedras al amanecer y esperan abrir un carril antes del jueves.",
        "Los conductores deben tomar un desvío por los pueblos vecinos, lo que alarga el viaje media hora.",
    ],
}
DATES = {
    "en": "Monday 2 March 2026",
    "de": "02.03.2026, 10:15 Uhr",
    "pl": "poniedziałek, 2 marca 2026, 10:15",
    "es": "lunes, 2 de marzo de 2026",
}
AUTHORS = {"en": "Tom Hale", "de": "Jonas Weber", "pl": "Anna Nowak", "es": "Ana Ruiz"}


def _html(lang: str, header: list[str], author: str | None) -> str:
    meta = f'<meta name="author" content="{author}">' if author else ""
    paras = "".join(f"<p>{p}</p>" for p in [*header, *BODY[lang]])
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Headline - Outlet</title>{meta}'
        '<meta property="og:site_name" content="Outlet"></head><body><header><nav><a href="/">Home</a></nav>'
        f"</header><main><article><h1>Headline of the story here</h1>{paras}</article></main>"
        "<footer>© 2026 Outlet</footer></body></html>"
    )


def _clean(html: str) -> object:
    return clean_html(RawDocument(source="t.html", kind="html", content=html, content_type="html"))


@pytest.mark.parametrize("lang", list(DATES))
def test_a_date_line_above_the_text_is_no_body(lang: str) -> None:
    doc = _clean(_html(lang, [DATES[lang]], None))
    assert DATES[lang] not in doc.body
    assert doc.body.startswith(BODY[lang][0])
    assert any(r.text == DATES[lang] and r.reason == "date/time line" for r in doc.removed)


@pytest.mark.parametrize("lang", list(AUTHORS))
def test_the_meta_authors_bare_name_above_the_text_is_the_byline(lang: str) -> None:
    doc = _clean(_html(lang, [AUTHORS[lang], DATES[lang]], AUTHORS[lang]))
    assert AUTHORS[lang] not in doc.body and DATES[lang] not in doc.body
    assert doc.byline == AUTHORS[lang]
    assert doc.body.startswith(BODY[lang][0])


def test_a_name_or_date_inside_the_text_stays() -> None:
    """Only blocks above the first paragraph are header: a short dated line or a name among the paragraphs is
    left in the text, and a bare name that is not the page's author is left too."""
    html = _html("en", ["Kessby Harbour Master"], "Tom Hale")
    assert "Kessby Harbour Master" in _clean(html).body
