"""A body's vote on a proposal told with opposite outcomes across languages is a conflict, never "only" one
outlet's (a new user's bridge story: "the city council voted to close the two other bridges" / "Eine Mehrheit
lehnte es ab, ... zu sperren"). The vote is often told over two sentences (the session, then its outcome), so the
outcome sentence is tied through the one before it. All texts are invented."""

from __future__ import annotations

import pytest

from crosswire.compare.claims.polar import poles_in
from test_compare_core import compare_texts

POLES = [
    ("The town council voted to ban cars from the old harbour.", "en", "approved"),
    ("Councillors voted against closing the public pool.", "en", "rejected"),
    ("The board voted not to renew the contract.", "en", "rejected"),
    ("Der Gemeinderat stimmte gegen die Schließung des Hallenbads.", "de", "rejected"),
    ("Der Stadtrat beschloss, den Hafen für Autos zu sperren.", "de", "approved"),
    ("Le conseil municipal a voté pour la fermeture de la piscine.", "fr", "approved"),
    ("Le conseil municipal a refusé de fermer la piscine.", "fr", "rejected"),
    ("El pleno rechazó cerrar la piscina municipal.", "es", "rejected"),
    ("Il consiglio comunale ha deciso di chiudere la piscina.", "it", "approved"),
    ("Radni głosowali przeciw zamknięciu basenu.", "pl", "rejected"),
]

NOT_A_VOTE = [
    ("The council will vote on Thursday whether to close the pool.", "en"),
    ("Der Stadtrat soll am Donnerstag über die Schließung abstimmen.", "de"),
]


@pytest.mark.parametrize(("text", "lang", "pole"), POLES, ids=[p[0][:40] for p in POLES])
def test_vote_outcome_is_read(text: str, lang: str, pole: str) -> None:
    assert poles_in(text, lang).get("body_vote") == pole


@pytest.mark.parametrize(("text", "lang"), NOT_A_VOTE, ids=[p[0][:40] for p in NOT_A_VOTE])
def test_a_vote_to_come_states_no_outcome(text: str, lang: str) -> None:
    assert "body_vote" not in poles_in(text, lang)


def _story(approved: tuple[str, str], rejected: tuple[str, str]) -> list[tuple[str, str, str, str]]:
    day = "2027-09-07"
    return [("a0", approved[0], day, approved[1]), ("a1", rejected[0], day, rejected[1])]


STORIES = [
    (
        "French approved vs Polish rejected, told over two sentences",
        (
            "La Vigie",
            "Merrow\n\nUn mur du marché couvert de Merrow s'est effondré lundi, blessant quatre personnes.\n\n"
            "Lors d'une séance extraordinaire lundi soir, le conseil municipal a voté pour fermer les deux autres "
            "marchés couverts de la ville.\n\nLes pompiers ont sécurisé le site.",
        ),
        (
            "Kurier Nadmorski",
            "Merrow\n\nW poniedziałek w Merrow zawaliła się ściana hali targowej, raniąc cztery osoby.\n\n"
            "W poniedziałek wieczorem rada miasta zebrała się na nadzwyczajnej sesji.\n\n"
            "Większość radnych odrzuciła wniosek o zamknięcie dwóch pozostałych hal targowych.\n\n"
            "Strażacy zabezpieczyli teren.",
        ),
    ),
    (
        "English rejected vs Spanish approved",
        (
            "Northern Ledger",
            "Merrow\n\nA wall of the covered market in Merrow collapsed on Monday, injuring four people.\n\n"
            "At an emergency session on Monday evening, the town council voted against closing the two other "
            "covered markets.\n\nFirefighters secured the site.",
        ),
        (
            "Diario del Sur",
            "Merrow\n\nUn muro del mercado cubierto de Merrow se derrumbó el lunes y dejó cuatro heridos.\n\n"
            "En una sesión extraordinaria el lunes por la noche, el pleno votó a favor de cerrar los otros dos "
            "mercados cubiertos.\n\nLos bomberos aseguraron la zona.",
        ),
    ),
]


@pytest.mark.parametrize(("case", "one", "other"), STORIES, ids=[s[0] for s in STORIES])
def test_opposite_vote_outcomes_are_a_conflict(tmp_path, case: str, one: tuple, other: tuple) -> None:
    comparison = compare_texts(tmp_path, _story(one, other))
    votes = [c for c in comparison.conflicts if "vote" in (c.measure or "")]
    assert votes, case
    assert sorted(votes[0].sources) == [1, 2]
