"""A person's role stated in an attribution (after a quote, in an apposition, with the body it is held at written in
common nouns) is compared like any role, and roles one person holds together (owner, founder, company head) are
never a conflict (a new user's rescue-at-sea trial hid "commander of the coastguard station" / "burmistrz" inside
an agreed quote and raised "owner" / "Firmenchef"; places35). Every text here is invented."""

from __future__ import annotations

import pytest

from test_compare_core import compare_texts

DAY = "2026-05-12"
SHARED_EN = " The harbour of Lorvic will reopen on Friday, the port authority said."


def _roles(comparison) -> list[str]:
    return [c.summary for c in comparison.conflicts if c.summary.lower().startswith("role of")]


@pytest.mark.parametrize(
    ("wire", "other", "language"),
    [
        (
            '"The fog was our enemy, but nobody gave up," said Maren Tolvik, commander of the Lorvic coastguard '
            "station, at a news conference on Tuesday.",
            "„Mgła była naszym wrogiem, ale nikt się nie poddał” – powiedziała we wtorek Maren Tolvik, burmistrz "
            "Lorvic.",
            "pl",
        ),
        (
            "Maren Tolvik, the mayor of Lorvic, said the ferry had drifted for two hours before the rescue.",
            "La comandante de la estación de la guardia costera de Lorvic, Maren Tolvik, dijo que el ferry había "
            "ido a la deriva durante dos horas antes del rescate.",
            "es",
        ),
        (
            '"We reached them just in time," said Maren Tolvik, commander of the coastguard station in Lorvic.',
            "« Nous sommes arrivés juste à temps », a déclaré Maren Tolvik, maire de Lorvic.",
            "fr",
        ),
    ],
)
def test_a_role_given_in_an_attribution_is_compared(tmp_path, wire, other, language):
    rows = [("w-en", "Harbour Wire", DAY, wire + SHARED_EN), (f"w-{language}", "Kurier", DAY, other)]
    found = _roles(compare_texts(tmp_path, rows))
    assert len(found) == 1 and "Tolvik" in found[0], found


@pytest.mark.parametrize(
    ("wire", "other", "language"),
    [
        (
            "Its owner, Tomas Brevik, said he was devastated by the loss of the boat.",
            "Firmenchef Tomas Brevik zeigte sich tief erschüttert über den Verlust des Bootes.",
            "de",
        ),
        (
            "Tomas Brevik, the founder of Brevik Fisheries, said he was devastated by the loss of the boat.",
            "El dueño de Brevik Fisheries, Tomas Brevik, se declaró destrozado por la pérdida del barco.",
            "es",
        ),
        (
            "Tomas Brevik, the chief executive of Brevik Fisheries, said he was devastated by the loss of the boat.",
            "Le fondateur de Brevik Fisheries, Tomas Brevik, s'est dit effondré par la perte du bateau.",
            "fr",
        ),
        # a rank written before the name is no post (ECB+: "Navy spokesman Commander Nirad Sinha")
        (
            "Coastguard spokesman Commander Tomas Brevik said the search would resume on Thursday morning.",
            "El portavoz de la guardia costera, Tomas Brevik, dijo que la búsqueda se reanudaría el jueves.",
            "es",
        ),
    ],
)
def test_owner_founder_and_company_head_are_one_persons_posts(tmp_path, wire, other, language):
    rows = [("w-en", "Harbour Wire", DAY, wire + SHARED_EN), (f"w-{language}", "Kurier", DAY, other)]
    assert _roles(compare_texts(tmp_path, rows)) == []
