"""lead14: an appeal to subscribe is furniture in every language the project reads, never a single-source fact.

A held-out trial showed two such lines as facts only one outlet reports: an English line opening on a slogan and a
colon, and a Spanish one in the formal imperative ("Suscríbase"), which the list knew only in the informal
("suscríbete"). Every case is invented; the near misses are body sentences that report subscribing.
"""

from __future__ import annotations

import pytest

from crosswire.clean.lines import classify_line


@pytest.mark.parametrize(
    "line",
    [
        "Support independent local journalism: subscribe to the Courier from 3.99 a month.",
        "Good reporting costs money — subscribe today and read without limits.",
        "Subscribe now for full access to every story.",
        "Suscríbase a nuestro boletín y reciba cada mañana las noticias de la región.",
        "Suscribite a nuestro newsletter semanal.",
        "Abonnieren Sie jetzt unser Digitalangebot für 1 Euro im ersten Monat.",
        "Abonnez-vous pour soutenir une information locale indépendante.",
        "Iscriviti alla nostra newsletter per ricevere le notizie del porto ogni mattina.",
        "Inscreva-se para receber as principais notícias da região no seu e-mail.",
        "Zaprenumeruj wydanie cyfrowe i czytaj bez ograniczeń.",
        "Подпишитесь на нашу рассылку, чтобы получать главные новости утром.",
        "Підпишіться на нашу розсилку, щоб отримувати головні новини.",
    ],
)
def test_subscription_appeals_are_furniture(line: str) -> None:
    got = classify_line(1, line)
    assert got.kind == "furniture", (line, got)


@pytest.mark.parametrize(
    "line",
    [
        "About 2,000 households subscribe to the district heating service, the operator said.",
        "The number of people who subscribe to the newspaper's print edition fell by a fifth last year.",
        "Los vecinos que se suscribieron al servicio recibieron un aviso el martes.",
        "Die Zahl der Abonnenten stieg im Oktober auf 12.000, teilte der Verlag mit.",
        "Les habitants inscrits sur les listes électorales étaient 41 000, selon la mairie.",
        "Около 3000 жителей подписались на петицию в первый день, сообщили организаторы.",
    ],
)
def test_sentences_reporting_subscriptions_stay_body(line: str) -> None:
    got = classify_line(1, line)
    assert got.kind != "furniture", (line, got)
