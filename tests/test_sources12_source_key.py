"""One outlet is one independent source, whichever of its articles credits an agency (trial 40's Eurostream Radio
pages: the Spanish one credited "(Eurostream)", the French one nothing, and the header counted 7 independent
sources for 6 outlets); an agency's copy run by two outlets is one source; a site re-running a wire's text does
not pull its own reporting into the wire's source. Invented outlets and agencies."""

from __future__ import annotations

from crosswire.compare.align import ArticleRow, build_sources


def _groups(rows: list[ArticleRow]) -> list[list[str]]:
    sources, _ = build_sources(rows)
    return [sorted(s.articles) for s in sources]


def test_an_outlets_two_articles_are_one_source_when_only_one_credits_an_agency() -> None:
    rows = [
        ArticleRow(id="es", outlet="Eurostream Radio", agency="Norland Press", published="2026-12-01T15:10:00"),
        ArticleRow(id="fr", outlet="Eurostream Radio", published="2026-12-02T09:40:00"),
        ArticleRow(id="pl", outlet="Kurier Nadbużański", published="2026-12-02T18:05:00"),
    ]
    sources, source_of = build_sources(rows)
    assert len(sources) == 2
    assert source_of["es"] == source_of["fr"] != source_of["pl"]
    assert sources[0].label == "Eurostream Radio / Norland Press"


def test_the_order_of_the_articles_does_not_change_the_sources() -> None:
    rows = [
        ArticleRow(id="fr", outlet="Eurostream Radio", published="2026-12-02"),
        ArticleRow(id="pl", outlet="Kurier Nadbużański", published="2026-12-02"),
        ArticleRow(id="es", outlet="eurostream radio ", agency="Norland Press", published="2026-12-01"),
    ]
    assert sorted(_groups(rows)) == [["es", "fr"], ["pl"]]


def test_an_agencys_copy_run_by_two_outlets_is_one_source() -> None:
    rows = [
        ArticleRow(id="a", outlet="The Marrowby Herald", agency="AFP", published="2026-12-01"),
        ArticleRow(id="b", outlet="Tarsker Rundschau", agency="AFP", published="2026-12-01"),
        ArticleRow(id="c", outlet="El Diario Europeo", published="2026-12-01"),
    ]
    assert sorted(_groups(rows)) == [["a", "b"], ["c"]]


def test_a_sites_copy_of_a_wire_does_not_join_its_own_reporting_to_the_wire() -> None:
    rows = [
        ArticleRow(id="wire", outlet="Continental Wire", published="2026-12-01T13:42:00"),
        ArticleRow(id="copy", outlet="The Harbour Courier", copy_of="wire", published="2026-12-01T16:05:00"),
        ArticleRow(id="own", outlet="The Harbour Courier", published="2026-12-01T18:00:00"),
    ]
    assert sorted(_groups(rows)) == [["copy", "wire"], ["own"]]


def test_articles_with_no_outlet_and_no_agency_stay_apart() -> None:
    rows = [ArticleRow(id="x", published="2026-12-01"), ArticleRow(id="y", published="2026-12-01")]
    assert sorted(_groups(rows)) == [["x"], ["y"]]
