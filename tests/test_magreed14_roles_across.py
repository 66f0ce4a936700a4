"""A named person's role two sources of two languages give alike is an agreed role item
(:mod:`crosswire.compare.claims.across_roles`): "Tomas Rek, president of the dockers' union" / "Tomas Rek,
président du syndicat des dockers" / "Prezes spółki Halvik Ports Ilse Varn" (two new users' stories planted
such roles; the English role items read English only, so they were in no item). Invented stories in English,
French, Polish, Ukrainian and Spanish; near-misses that must stay apart: a minister whose portfolio differs
between the sources (the lexicon reads no portfolio), a person given two roles that disagree (a role conflict),
a generic title, a role in one source only."""

from __future__ import annotations

import pytest

from crosswire.compare.claims.across_roles import written_name
from crosswire.compare.claims.held_roles import states_role
from crosswire.compare.records import Comparison, RoleItem
from test_compare_core import compare_texts

EN = (
    "Dockworkers in Port Halvik walked off the job on Tuesday, halting traffic at the country's largest harbour. "
    "Tomas Rek, president of the Halvik Dockers' Union, said the strike would last until the offer improved. "
    "Ilse Varn, chief executive of Halvik Ports, said the company could not pay more. "
    "Transport Minister Ada Moll called on both sides to return to the table. "
    "Oskar Lind, chief executive of Skerholm Shipping, said ten ships had been diverted."
)
FR = (
    "Les dockers du port de Halvik ont cessé le travail mardi, paralysant le plus grand port du pays. "
    "Tomas Rek, président du syndicat des dockers de Halvik, a appelé ses adhérents à tenir bon. "
    "La directrice générale de Halvik Ports, Ilse Varn, a jugé la revendication irréaliste. "
    "La ministre du Travail Ada Moll a proposé une médiation. "
    "Oskar Lind, président de Skerholm Shipping, a dénoncé la grève."
)
PL = (
    "Dokerzy w porcie Halvik rozpoczęli we wtorek strajk, paraliżując największy port kraju. "
    "Prezes spółki Halvik Ports Ilse Varn zapowiedziała, że firma nie podniesie płac. "
    "Minister transportu Ada Moll wezwała obie strony do rozmów."
)
UK = (
    "Докери порту Галвік у вівторок припинили роботу. "
    "Генеральна директорка компанії «Halvik Ports» Ilse Varn заявила, що компанія не може платити більше."
)


@pytest.fixture(scope="module")
def strike(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    rows = [
        ("en", "Halvik Wire", "2026-07-21", EN),
        ("fr", "Le Courrier du Port", "2026-07-21", FR),
        ("pl", "Kurier Portowy", "2026-07-21", PL),
        ("uk", "Портові новини", "2026-07-21", UK),
    ]
    return compare_texts(tmp_path_factory.mktemp("strike"), rows)


def _roles(c: Comparison) -> dict[str, RoleItem]:
    return {it.person: it for it in c.agreed if isinstance(it, RoleItem)}


def test_a_role_two_languages_give_alike_is_one_item(strike: Comparison) -> None:
    roles = _roles(strike)
    assert "Tomas Rek" in roles, [it.summary for it in strike.agreed]
    rek = roles["Tomas Rek"]
    assert len(rek.sources) == 2 and rek.role == "president"
    assert any("président" in ev.text for ev in rek.evidence)
    assert all(states_role(it) for it in roles.values())


def test_a_chief_executive_in_three_languages_and_scripts(strike: Comparison) -> None:
    varn = _roles(strike).get("Ilse Varn")
    assert varn is not None and len(varn.sources) >= 3, [it.summary for it in strike.agreed]
    texts = " | ".join(ev.text for ev in varn.evidence)
    assert "chief executive" in texts and "directrice générale" in texts and "Генеральна директорка" in texts


def test_near_misses_stay_apart(strike: Comparison) -> None:
    roles = _roles(strike)
    assert "Ada Moll" not in roles  # transport minister / ministre du Travail: the portfolio is not read
    assert "Oskar Lind" not in roles  # chief executive / président: the roles disagree


def test_a_name_folded_to_latin_letters() -> None:
    assert written_name("Prezes spółki Halvik Ports Mirosław Hedenko", "Miroslav Hedenko")
    assert written_name("Генеральний директор Мирослав Геденко", "Miroslav Hedenko")
    assert not written_name("Генеральний директор Геденко", "Miroslav Hedenko")
