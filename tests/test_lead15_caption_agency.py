"""A photo credit that names the outlet beside an agency ("© Courrier/AFP") is the outlet's photo desk buying an
agency picture: the article is not that agency's copy. A photo credited to the agency alone on a page whose text
credits nobody still names the agency (an AP story re-run with its "(AP Photo/...)" pictures). Pages invented
for these tests, in several languages."""

from __future__ import annotations

import pytest

from crosswire.clean import clean_document
from crosswire.model import RawDocument

FR = [
    "La mairie de Castelnoir a fermé jeudi le pont de la Garonne aux camions après la découverte de fissures "
    "dans deux piles de l'ouvrage.",
    "Le maire, Hélène Vidal, a promis un bac provisoire pour les marchandises d'ici un mois.",
    "Les transporteurs estiment que le détour ajoutera quarante minutes à chaque livraison.",
]
DE = [
    "Die Stadt Kesselbrück hat am Donnerstag die alte Hafenbrücke für Lastwagen gesperrt, nachdem Gutachter "
    "Risse in zwei Pfeilern gefunden hatten.",
    "Bürgermeisterin Ilse Brandt versprach eine provisorische Fähre für den Güterverkehr binnen eines Monats.",
    "Spediteure rechnen mit vierzig Minuten Umweg für jede Lieferung in die Altstadt.",
]
EN = [
    "The city council of Kessel voted on Tuesday to close the old harbour bridge to lorries after engineers "
    "found corrosion in three of its main cables.",
    "Mayor Ilse Brandt said the decision was painful but unavoidable, and promised a temporary ferry within a month.",
    "Hauliers warned that the detour would add forty minutes to every delivery into the old town.",
]


def clean(lines: list[str], outlet: str | None = None) -> object:
    text = "\n\n".join(lines)
    return clean_document(RawDocument(source="test", kind="text", content=text, content_type="text", outlet=outlet))


@pytest.mark.parametrize(
    ("outlet", "body", "caption"),
    [
        (
            "Le Courrier de Gascogne",
            FR,
            "Photo : Le pont de la Garonne fermé aux camions, jeudi matin à Castelnoir. © Courrier/AFP",
        ),
        ("Le Courrier de Gascogne", FR, "Le pont de la Garonne, jeudi. (Photo Courrier de Gascogne / AFP)"),
        ("Kesselbrücker Tagesbote", DE, "Die gesperrte Brücke am Donnerstag. Foto: Tagesbote/dpa"),
        ("The Kessel Clarion", EN, "The closed bridge on Tuesday. (Clarion photo / Reuters)"),
    ],
)
def test_joint_photo_credit_is_no_agency(outlet: str, body: list[str], caption: str) -> None:
    a = clean([body[0], caption, *body[1:]], outlet=outlet)
    assert a.captions, "the caption line is a caption"
    assert a.agency is None, (outlet, caption, a.agency)


@pytest.mark.parametrize(
    ("body", "caption", "agency"),
    [
        (EN, "The closed bridge in Kessel, Tuesday, May 7, 2024. (AP Photo/Ria Vos)", "AP"),
        (FR, "Le pont fermé aux camions, jeudi. © AFP", "AFP"),
    ],
)
def test_agency_photo_credit_alone_still_names_agency(body: list[str], caption: str, agency: str) -> None:
    a = clean([body[0], caption, *body[1:]], outlet="The Kessel Clarion")
    assert a.agency == agency


def test_text_credit_wins_over_a_joint_photo_credit() -> None:
    lines = [FR[0], "Photo : Le pont fermé, jeudi. © Courrier/AFP", *FR[1:], "(AFP)"]
    a = clean(lines, outlet="Le Courrier de Gascogne")
    assert a.agency == "AFP"  # the text's own tag credits the agency, whatever the photo says
