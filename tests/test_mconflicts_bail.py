"""Whether a defendant's bail was paid, read as one polar act in every language read ([polar.bail] of
data/facts_outcomes.toml, crosswire.compare.claims.polar). Two Polish outlets of the alignment gold's mtune half
disagree on it ("opuścił areszt po wpłaceniu poręczenia majątkowego" / "nie wpłacił poręczenia majątkowego") and the
comparison listed no conflict. Invented text throughout; near-misses: a bail set or demanded states no pole, and a
sentence naming no bail ties to no bail."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.polar import acts, has_object, poles_in
from test_compare_core import compare_texts


@pytest.mark.parametrize(
    ("language", "text", "pole"),
    [
        ("en", "Marek Dunn left custody on Friday after paying bail of 20,000 dollars.", None),  # "paying": see below
        ("en", "Marek Dunn posted bail and left custody on Friday.", "paid"),
        ("en", "Marek Dunn did not post bail and remains in custody.", "not paid"),
        ("en", "His family could not pay the bail, his lawyer said.", "not paid"),
        ("de", "Marek Dunn hat die Kaution gezahlt und ist frei.", "paid"),
        ("de", "Marek Dunn hat die Kaution nicht gezahlt.", "not paid"),
        ("fr", "Marek Dunn a payé la caution et a quitté la prison.", "paid"),
        ("fr", "Marek Dunn n'a pas payé la caution.", "not paid"),
        ("es", "Marek Dunn pagó la fianza y salió de prisión.", "paid"),
        ("es", "Marek Dunn no pagó la fianza.", "not paid"),
        ("it", "Marek Dunn ha pagato la cauzione ed è uscito dal carcere.", "paid"),
        ("it", "Marek Dunn non ha pagato la cauzione.", "not paid"),
        ("pt", "Marek Dunn pagou a fiança e deixou a prisão.", "paid"),
        ("pt", "Marek Dunn não pagou a fiança.", "not paid"),
        ("pl", "Marek Dunn opuścił areszt po wpłaceniu poręczenia majątkowego.", "paid"),
        ("pl", "Marek Dunn wpłacił kaucję i wyszedł na wolność.", "paid"),
        ("pl", "Marek Dunn nie wpłacił poręczenia majątkowego.", "not paid"),
        ("ru", "Марек Данн внес залог и вышел на свободу.", "paid"),
        ("ru", "Марек Данн не внес залог.", "not paid"),
        ("uk", "Марек Данн сплатив заставу і вийшов на волю.", "paid"),
        ("uk", "Марек Данн не сплатив заставу.", "not paid"),
    ],
)
def test_a_sentence_states_whether_bail_was_paid(language: str, text: str, pole: str | None) -> None:
    assert poles_in(text, language).get("bail") == pole


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The judge ordered that bail of 20,000 dollars be paid by Monday."),  # a demand
        ("en", "Marek Dunn must post bail before he can leave custody."),  # a condition: no infinitive is a pole
        ("pl", "Marek Dunn musi wpłacić poręczenie majątkowe w wysokości 200 tys. zł."),  # must pay: no pole
        ("de", "Das Gericht setzte eine Kaution von 20.000 Euro fest."),  # bail set, nothing paid
        ("ru", "Суд назначил залог в размере 200 тысяч рублей."),
    ],
)
def test_a_bail_set_or_demanded_states_no_pole(language: str, text: str) -> None:
    assert "bail" not in poles_in(text, language)


def test_a_payment_of_no_bail_ties_to_no_bail() -> None:
    bail = next(a for a in acts() if a.id == "bail")
    assert not has_object("Marek Dunn paid tribute to his lawyer.", "en", bail)
    assert has_object("Marek Dunn nie wpłacił poręczenia majątkowego.", "pl", bail)


PL_A = (
    "Wypuścili Dunna z aresztu\n\nMarek Dunn opuścił areszt w Lublinie po wpłaceniu poręczenia majątkowego, "
    "dowiedziała się agencja. Prokuratura zapowiedziała zażalenie na decyzję sądu."
)
PL_B = (
    "Dunn bez aresztu\n\nSąd w Lublinie nie zastosował aresztu wobec Marka Dunna. Marek Dunn nie wpłacił "
    "poręczenia majątkowego, ale sąd i tak go zwolnił. Prokuratura zapowiedziała zażalenie na decyzję sądu."
)
EN_A = (
    "Businessman freed\n\nMarek Dunn left custody in Lublin on Friday after he posted bail, the agency reported. "
    "Prosecutors said they would appeal against the court's decision."
)
EN_B = (
    "Businessman stays free\n\nA court in Lublin declined to hold Marek Dunn in custody on Friday. Marek Dunn did not "
    "post bail, but the court released him anyway. Prosecutors said they would appeal against the court's decision."
)


def _outcomes(tmp_path: Path, a: str, b: str) -> list[str]:
    rows = [("a", "Outlet A", "2026-11-13", a), ("b", "Outlet B", "2026-11-13", b)]
    return [c.summary for c in compare_texts(tmp_path, rows).conflicts if c.reason == "different outcome"]


@pytest.mark.parametrize(("a", "b"), [(PL_A, PL_B), (EN_A, EN_B)], ids=["pl", "en"])
def test_paid_against_not_paid_is_a_conflict(tmp_path: Path, a: str, b: str) -> None:
    found = _outcomes(tmp_path, a, b)
    assert [s for s in found if s.startswith("Bail payment")] == ["Bail payment: paid [1] vs not paid [2]"], found


def test_two_outlets_saying_bail_was_paid_agree(tmp_path: Path) -> None:
    b = EN_B.replace("did not post bail, but the court released him anyway", "posted bail and was released")
    assert not [s for s in _outcomes(tmp_path, EN_A, b) if s.startswith("Bail payment")]


def test_two_defendants_bails_are_two_acts(tmp_path: Path) -> None:
    """One defendant paid, another did not: each outlet names its own, so no conflict (the person tie)."""
    b = EN_B.replace("Marek Dunn did not post bail", "His co-defendant Lena Ostrova did not post bail")
    b = b.replace("declined to hold Marek Dunn", "declined to hold Lena Ostrova")
    assert not [s for s in _outcomes(tmp_path, EN_A, b) if s.startswith("Bail payment")]
