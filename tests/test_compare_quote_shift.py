"""Quotes whose meaning shifts between outlets: never one quote variant, always a quote conflict.

Two new users' trials showed one speaker's statement rendered two ways as "one statement in different words": a
company head's "We will not put a single passenger at risk" beside a Polish «Nie możemy wykluczyć ryzyka dla
pasażerów» (we cannot rule out a risk to passengers), a minister's "We will study the ruling and respect it"
beside a Spanish "Acataremos el fallo, aunque no lo compartimos" (we will abide by it, although we do not share
it), and a regulator's "all buses were withdrawn from service" beside a Russian "the buses stay on the routes".
Each wording is read in its own language (``data/quote_meanings.toml``): polarity (a negation, never the one inside
a hedge such as "cannot rule out"), modality (a possibility against a certainty), a reservation only one wording
states, and opposed content (two poles: out of or in service). Invented text of other events (a ferry line, a
mine, a dam, a transit strike), in several languages.
"""

from __future__ import annotations

import pytest

from crosswire.compare.quote_meaning import (
    meaning_apart,
    modality_apart,
    outcomes,
    possibility,
    reservation,
    reserved_apart,
)
from crosswire.compare.records import ClaimConflict
from test_compare_core import compare_texts

# -- the readers, per language --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        # a denial against a possibility: the hedge's own negation ("cannot rule out") denies nothing
        (
            "No resident will be put in danger",
            "en",
            "Wir können nicht ausschließen, dass Anwohner in Gefahr sind",
            "de",
        ),
        ("Nobody was injured in the blast", "en", "No descartamos que haya heridos", "es"),
        ("Żaden górnik nie jest zagrożony", "pl", "Не исключено, что горняки в опасности", "ru"),
        ("Aucun passager n'a été blessé", "fr", "We cannot rule out that passengers were injured", "en"),
        # one outcome stated by both, as a certainty and as a possibility
        ("Two workers may have died in the tunnel", "en", "Dwóch robotników zginęło w tunelu", "pl"),
        ("Возможно, погибли двое рабочих", "ru", "Zwei Arbeiter sind gestorben", "de"),
        # one language, the same words but a hedge
        ("We may raise fares in March", "en", "We will raise fares in March", "en"),
        # a reservation only one wording states, against a whole wording of the statement
        (
            "We accept the decision, although we do not agree with it",
            "en",
            "Wir akzeptieren die Entscheidung und setzen sie um",
            "de",
        ),
        (
            "Aceptamos la decisión, aunque no la compartimos",
            "es",
            "Мы принимаем это решение и будем его выполнять",
            "ru",
        ),
        (
            "We will comply with the verdict and honour it",
            "en",
            "We will comply with the verdict, even though we disagree",
            "en",
        ),
        # opposed content: out of service against kept in service
        ("All ferries were taken out of service", "en", "Паромы продолжат курсировать по расписанию", "ru"),
        ("Wszystkie promy zostały wycofane z eksploatacji", "pl", "Los transbordadores seguirán en servicio", "es"),
    ],
)
def test_wordings_whose_meaning_differs_are_apart(a: str, la: str, b: str, lb: str) -> None:
    assert meaning_apart(a, la, b, lb) is not None
    assert meaning_apart(b, lb, a, la) is not None  # whichever comes first


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        # faithful renderings of one denial, with or without negative concord
        ("We will not put a single diver in danger", "en", "Nie narazimy na niebezpieczeństwo ani jednego nurka", "pl"),
        ("No pondremos en peligro a ningún buzo", "es", "Wir werden keinen einzigen Taucher in Gefahr bringen", "de"),
        # the same hedge in both
        ("We cannot rule out that miners were injured", "en", "Nie wykluczamy, że górnicy są ranni", "pl"),
        ("Miners may have been injured", "en", "Es ist möglich, dass Bergleute verletzt wurden", "de"),
        # a month or a name is no hedge
        ("We will reopen the bridge in May", "en", "Wir werden die Brücke im Mai wieder öffnen", "de"),
        ("Theresa May said nobody was hurt", "en", "Nobody was hurt", "en"),
        # a reservation in both; a concession with no negation or disagreement is none
        (
            "We accept the decision, although we do not agree with it",
            "en",
            "Aceptamos la decisión, aunque no la compartimos",
            "es",
        ),
        ("We will rebuild the school, even though it will take years", "en", "Wir bauen die Schule wieder auf", "de"),
        # a cut quotation: one language, only words of the reserved wording; or far fewer words in another language
        ("We will comply with the verdict", "en", "We will comply with the verdict, even though we disagree", "en"),
        ("Cumpliremos", "es", "We will comply with the verdict, although we do not share it", "en"),
        # one pole in both
        ("All ferries were taken out of service", "en", "Alle Fähren wurden aus dem Verkehr gezogen", "de"),
        ("The trams stay in service", "en", "Трамваи останутся в эксплуатации", "ru"),
    ],
)
def test_faithful_wordings_are_not_apart(a: str, la: str, b: str, lb: str) -> None:
    assert meaning_apart(a, la, b, lb) is None


def test_a_hedge_is_read_with_its_words_and_masks_its_own_negation() -> None:
    assert possibility("Nie możemy wykluczyć ryzyka dla pasażerów", "pl") == "Nie możemy wykluczyć"
    assert possibility("In May the dam was closed", "en") is None  # capitalised first word: no hedge either way
    assert possibility("The dam closed in May", "en") is None
    # "cannot rule out" states a possible danger, not a denied one; the label starts at the hedge
    assert (
        outcomes("We cannot rule out that divers were in danger", "en")
        == {"in danger": (False, "We cannot rule out that divers were in danger")}
        or outcomes("We cannot rule out that divers were in danger", "en")["in danger"][0] is False
    )
    assert outcomes("Nie możemy wykluczyć ryzyka dla pasażerów", "pl") == {
        "in danger": (False, "Nie możemy wykluczyć ryzyka")
    }
    assert modality_apart("Two workers may have died", "en", "Two workers died", "en") is not None


def test_a_reservation_is_the_concession_holding_a_negation_or_a_disagreement() -> None:
    assert reservation("Acataremos el fallo, aunque no lo compartimos", "es") == "aunque no lo compartimos"
    assert reservation("Wir respektieren das Urteil, obwohl wir es ablehnen", "de") == "obwohl wir es ablehnen"
    assert reservation("We will rebuild, although it will take years", "en") is None
    assert reserved_apart(
        "Wir respektieren das Urteil des Gerichts", "de", "Acataremos el fallo, aunque no lo compartimos", "es"
    )


# -- the whole story: a ferry line's engine fire, four languages -------------------------------------------------------

EN = (
    "SALVIK (Baltic Courier Wire) - Nordferry has suspended sailings on its Salvik-Orra route after an engine fire "
    "on the ferry Elsa Marit on Monday, the company said. The fire was put out by the crew within 40 minutes. "
    '"We will not put a single passenger in danger," Nordferry chief executive Jonas Trell told reporters in '
    "Salvik. All ferries of the Elsa class were taken out of service on Monday, harbour master Greta Lind said."
)
DE = (
    "Die Reederei Nordferry hat nach einem Maschinenbrand auf der Fähre Elsa Marit am Montag die Fahrten auf der "
    "Linie Salvik-Orra eingestellt. Die Besatzung löschte den Brand innerhalb von 40 Minuten. „Wir werden keinen "
    "einzigen Passagier in Gefahr bringen“, sagte Nordferry-Chef Jonas Trell in Salvik. Alle Fähren der "
    "Elsa-Klasse wurden am Montag aus dem Verkehr gezogen, sagte Hafenmeisterin Greta Lind."
)
ES = (
    "La naviera Nordferry suspendió el lunes los viajes de su ruta Salvik-Orra tras un incendio en la sala de "
    'máquinas del ferri Elsa Marit. La tripulación apagó el fuego en 40 minutos. "No pondremos en peligro a '
    'ningún pasajero", afirmó el consejero delegado de Nordferry, Jonas Trell, en Salvik. La capitana del puerto, '
    "Greta Lind, dijo que todos los ferris de la clase Elsa quedaron fuera de servicio el lunes."
)
PL = (
    "Armator Nordferry wstrzymał w poniedziałek rejsy na linii Salvik-Orra po pożarze maszynowni na promie Elsa "
    "Marit. Załoga ugasiła pożar w ciągu 40 minut. „Nie możemy wykluczyć, że pasażerowie byli zagrożeni” – "
    "powiedział prezes Nordferry Jonas Trell w Salviku. Kapitan portu Greta Lind poinformowała, że promy klasy "
    "Elsa pozostaną w ruchu do czasu przeglądu."
)


@pytest.fixture(scope="module")
def ferry(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    rows = [
        ("fe-en", "Baltic Courier Wire", "2026-05-11", EN),
        ("fe-de", "Küstenbote", "2026-05-11", DE),
        ("fe-es", "Diario del Puerto", "2026-05-11", ES),
        ("fe-pl", "Gazeta Morska", "2026-05-11", PL),
    ]
    return compare_texts(tmp_path_factory.mktemp("ferry"), rows)


def _outlets(story) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {o: s.n for s in story.sources for o in s.outlets}


def _said(story, speaker: str) -> list[ClaimConflict]:  # type: ignore[no-untyped-def]
    return [
        c
        for c in story.conflicts
        if isinstance(c, ClaimConflict) and c.reason == "different meaning" and c.measure == f"what {speaker} said"
    ]


def test_a_possibility_against_a_denial_is_a_quote_conflict_not_a_variant(ferry) -> None:  # type: ignore[no-untyped-def]
    n = _outlets(ferry)
    found = _said(ferry, "Jonas Trell")
    assert len(found) == 1, [c.summary for c in ferry.conflicts]
    sides = sorted(s.sources for s in found[0].sides)
    assert [n["Gazeta Morska"]] in sides
    assert sorted(n[o] for o in ("Baltic Courier Wire", "Küstenbote", "Diario del Puerto")) in sides
    # each side cites each of its sources by that source's own sentence
    for side in found[0].sides:
        assert sorted({ev.outlet for ev in side.evidence}) == sorted(
            {o for o, k in n.items() if k in side.sources} & {ev.outlet for ev in side.evidence}
        )
        assert len({ev.article for ev in side.evidence}) == len(side.sources)
    # the Polish wording is in no quote variant, and no agreement puts its sentence beside another's quotation
    for qv in ferry.quote_variants:
        assert all(n["Gazeta Morska"] not in q.sources for q in qv.quotes if "Trell" in qv.speaker)
    for item in ferry.agreed:
        texts = " ".join(ev.text for ev in item.evidence)
        assert not ("wykluczyć" in texts and ("in danger" in texts or "peligro" in texts or "Gefahr" in texts))


def test_the_wordings_line_names_every_source_and_the_other_meaning(ferry) -> None:  # type: ignore[no-untyped-def]
    n = _outlets(ferry)
    lines = [s for s in ferry.brief if s.text.startswith("Jonas Trell's words")]
    assert lines, [s.text for s in ferry.brief]
    line = lines[0]
    assert "; with a different meaning: “Nie możemy wykluczyć, że pasażerowie byli zagrożeni”" in line.text, line.text
    assert set(line.sources) == set(n.values())
    assert {ev.article for ev in line.evidence} >= {"fe-en", "fe-de", "fe-es", "fe-pl"}


def test_a_reported_statement_told_the_other_way_joins_the_point(ferry) -> None:  # type: ignore[no-untyped-def]
    n = _outlets(ferry)
    found = _said(ferry, "Greta Lind")
    assert len(found) == 1, [c.summary for c in ferry.conflicts]
    assert [n["Gazeta Morska"]] in [s.sources for s in found[0].sides]
    line = next((s.text for s in ferry.brief if s.text.startswith("Greta Lind's words")), "")
    if line:  # when the faithful wordings make a variant, its line names the Polish one as another meaning
        assert "with a different meaning: (reported) promy klasy Elsa pozostaną w ruchu" in line, line


def test_the_brief_states_each_quote_conflict(ferry) -> None:  # type: ignore[no-untyped-def]
    said = [s.text for s in ferry.brief if s.text.startswith("Reports differ on what Jonas Trell said")]
    assert said and "wykluczyć" in said[0], [s.text for s in ferry.brief]


def test_before_and_after_are_connectives() -> None:
    # a denied connective says when, not the other pole: "not ... until after" is "after"
    assert (
        meaning_apart(
            "She will not publish the letters until after the trial ends",
            "en",
            "She would publish the letters after the trial ended",
            "en",
        )
        is None
    )
    # two statements of one speaker about one time differ in their connective: no link below the bar
    a, b = "The bridge was inspected after the storm", "The bridge had been inspected before, in spring"
    assert meaning_apart(a, "en", b, "en") == "before or after"  # wordings already read as one statement
    assert meaning_apart(a, "en", b, "en", connectives=False) is None
