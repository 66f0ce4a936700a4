"""text14: furniture lines never facts — cookie and consent banners, "Read more", share and paywall lines in every
language the project reads (it, pt were missing: a new user's Italian cookie banner was shown as a single-source
fact), and a French headline quoting with spaced guillemets is no breadcrumb (it was removed as navigation).

Every case is invented; the near misses are body sentences that mention cookies, sharing or reading.
"""

from __future__ import annotations

import pytest

from crosswire.clean import clean_document
from crosswire.clean.lines import classify_line
from crosswire.model import RawDocument


@pytest.mark.parametrize(
    "line",
    [
        # Italian
        "Questo sito utilizza cookie tecnici e di profilazione. Chiudendo questo banner acconsenti all'uso dei cookie.",
        "Questo sito usa i cookie per migliorare la tua esperienza. "
        "Continuando la navigazione accetti l'uso dei cookie.",
        "Utilizziamo i cookie per personalizzare contenuti e annunci.",
        "Noi e i nostri partner archiviamo informazioni su un dispositivo.",
        # Portuguese
        "Este site utiliza cookies para melhorar a sua experiência. "
        "Ao continuar a navegar, concorda com a sua utilização.",
        "Usamos cookies para melhorar a sua experiência de navegação.",
        # German, French, Spanish, Polish, Russian, Ukrainian wordings the list lacked
        "Wir nutzen Cookies, um unsere Website zu verbessern. Mit der Nutzung stimmen Sie zu.",
        "Notre site utilise des cookies pour mesurer l'audience.",
        "Esta web utiliza cookies para analizar el tráfico.",
        "Ta strona wykorzystuje pliki cookie w celach statystycznych.",
        "Наш сайт использует файлы cookie для улучшения работы.",
        "Наш сайт використовує файли cookie для зручності.",
    ],
)
def test_cookie_banners_are_furniture(line: str) -> None:
    got = classify_line(1, line)
    assert (got.kind, got.reason) == ("furniture", "cookie-notice")


@pytest.mark.parametrize(
    "line",
    [
        "Accetta",
        "Accetta tutti",
        "Rifiuta",
        "Aceitar",
        "Aceitar todos",
        "Rejeitar",
        "Alle ablehnen",
        "Tout refuser",
        "Rechazar",
        "Odrzuć",
        "Отклонить",
        "Відхилити",
    ],
)
def test_consent_buttons_are_furniture(line: str) -> None:
    assert classify_line(1, line).reason == "cookie-notice"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Continua a leggere", "navigation"),
        ("Leggi di più", "navigation"),
        ("Leia mais", "navigation"),
        ("Continue lendo", "navigation"),
        ("Weiterlesen", "navigation"),
        ("Lire la suite", "navigation"),
        ("Seguir leyendo", "navigation"),
        ("Czytaj dalej", "navigation"),
        ("Читать далее", "navigation"),
        ("Читати далі", "navigation"),
        ("Condividi su Facebook", "promo"),
        ("Condividi", "promo"),
        ("Partilhar", "promo"),
        ("Compartilhe", "promo"),
        ("Artikel teilen", "promo"),
        ("Teilen auf WhatsApp", "promo"),
        ("Jetzt abonnieren und weiterlesen", "promo"),
        ("Assine para continuar lendo", "promo"),
        ("Zaloguj się, aby czytać dalej", "promo"),
        ("Subscribe to continue reading", "promo"),
        ("Підписатися на розсилку", "promo"),
        ("Riproduzione riservata", "legal"),
        ("Direitos reservados", "legal"),
    ],
)
def test_read_more_share_paywall_rights(line: str, reason: str) -> None:
    got = classify_line(1, line)
    assert (got.kind, got.reason) == ("furniture", reason)


@pytest.mark.parametrize(
    "line",
    [
        # body sentences about cookies, sharing and reading: never furniture
        "Il Garante ha multato la società per l'uso dei cookie senza il consenso degli utenti.",
        "A empresa foi multada por usar cookies sem consentimento dos utilizadores.",
        "Die Behörde prüft, ob die Cookie-Banner der Händler rechtens sind, sagte sie.",
        "Gli azionisti hanno deciso di condividere i profitti con i dipendenti.",
        "Os leitores podem continuar lendo o relatório no site do ministério, disse o porta-voz.",
        "Die Schüler sollen mehr lesen, sagte die Ministerin am Montag.",
        "Компания прекратила рассылать письма клиентам, сообщил представитель.",
    ],
)
def test_body_sentences_are_not_furniture(line: str) -> None:
    assert classify_line(1, line).kind == "good"


@pytest.mark.parametrize(
    "headline",
    [
        "La « fleur cadavre » fleurit enfin au jardin botanique de Lindenbrook",
        "Le « plan vélo » de la mairie divise les commerçants du centre",
        "La « ley mordaza » vuelve al Congreso tras dos años de bloqueo",
        "Il « decreto flussi » approda in Senato dopo il voto della Camera",
    ],
)
def test_headline_with_spaced_guillemets_is_no_breadcrumb(headline: str) -> None:
    assert classify_line(1, headline).reason != "navigation"


@pytest.mark.parametrize("crumb", ["Europe » Transports", "Home > Esteri > Trasporti", "Accueil › Monde › Europe"])
def test_breadcrumbs_stay_navigation(crumb: str) -> None:
    assert classify_line(1, crumb).reason == "navigation"


def test_italian_cookie_banner_leaves_the_body() -> None:
    text = (
        "IL CORRIERE DI VARNA\nHome > Esteri\n\nTempesta a Varna, porto chiuso per il secondo giorno\n\n"
        "di Marco Rossi\n10 novembre 2026\n\n"
        "VARNA - Il porto di Varna è rimasto chiuso martedì dopo che una tempesta ha danneggiato due moli.\n\n"
        "Il sindaco ha detto che il porto riaprirà giovedì, dopo i controlli degli ingegneri.\n\n"
        "Leggi anche: Maltempo, allerta in tutta la regione\n\n"
        "Questo sito utilizza cookie tecnici e di profilazione. "
        "Chiudendo questo banner acconsenti all'uso dei cookie.\n\n"
        "Riproduzione riservata\n"
    )
    article = clean_document(RawDocument(source="it.txt", content=text, kind="text", content_type="text"))
    assert "cookie" not in article.body
    assert article.body.endswith("dopo i controlli degli ingegneri.")


def test_french_headline_with_guillemets_is_the_title() -> None:
    text = (
        "Le Journal des Jardins\nAccueil | Actualités | Botanique | Contact\n\n"
        "La « fleur cadavre » fleurit enfin au jardin botanique de Lindenbrook\n\n"
        "Par Camille Lefèvre\nPublié le 19 juillet 2026\n\n"
        "HARTWELL, 19 juillet — Pour la première fois de son histoire, "
        "le jardin botanique voit fleurir son arum titan.\n\n"
        "La fleur s'est ouverte jeudi vers 23 heures, selon le jardin, qui restera ouvert le soir.\n"
    )
    article = clean_document(RawDocument(source="fr.txt", content=text, kind="text", content_type="text"))
    assert article.title == "La « fleur cadavre » fleurit enfin au jardin botanique de Lindenbrook"
    assert article.outlet == "Le Journal des Jardins"
