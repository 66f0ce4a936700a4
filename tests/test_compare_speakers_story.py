"""One story end to end, the class of a new user's coach-crash trial on invented text (tests/fixtures/speakers:
an agency's own copy as a text file, a site's re-run of it as HTML, and Spanish, Polish, Russian and French
records in JSON Lines). What it pins down:

- the agency's own copy has the agency as its outlet, and the re-run is that outlet's copy, one source;
- the story is titled with the agency's headline (the original the re-run copies), not another language's;
- every quotation of the harbour master is his, in five languages: a Spanish one with no subject ("«...»,
  declaró a la prensa"), a French inverted pronoun ("a-t-il déclaré"), a Polish one closed by a straight
  quote and with no subject ("„..." – powiedział dziennikarzom"), a Russian one naming him in Cyrillic
  ("заявил Тодоров"), which keeps his surname's form; the passenger's Polish quotation, after a colon, is hers;
- a ministry's statement is given to no "person" cut from the ministry's name (the whole ministry, the
  said-verb's subject, is its speaker);
- no evidence is labelled by an article id, and the brief has no line that only says sources "report the
  same event".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare import compare_articles
from crosswire.compare.records import Comparison
from crosswire.pipeline import ingest_paths
from crosswire.store import Store
from test_compare_core import all_evidence, assert_verbatim

HERE = Path(__file__).resolve().parent / "fixtures" / "speakers"


@pytest.fixture(scope="module")
def story(tmp_path_factory) -> tuple[Comparison, set[str]]:
    db = tmp_path_factory.mktemp("speakers") / "cw.db"
    with Store(db) as store:
        ingest_paths(store, sorted(HERE.iterdir()))
        ids = list(store.article_ids())
        comparison = compare_articles(store, ids)
        assert_verbatim(store, comparison)
    return comparison, set(ids)


def test_the_agencys_own_copy_is_its_outlet_and_the_rerun_its_copy(story) -> None:
    c, _ids = story
    wire = next(a for a in c.articles if a.outlet == "Harbour Wire Service")
    rerun = next(a for a in c.articles if a.outlet == "Kessel Evening Post")
    assert rerun.copy_of == wire.id and rerun.source == wire.source
    assert len(c.sources) == 5
    assert c.title == wire.title == "Ferry with 212 aboard runs aground off Kessel Point"


def test_every_quotation_has_its_speaker_in_every_language(story) -> None:
    c, _ids = story
    said = {row.speaker: row for row in c.who_said_what}
    todorov = said["Ivan Todorov"]
    direct = [q for q in todorov.quotes if q.kind == "direct"]
    assert {q.language or "en" for q in direct} == {"en", "es", "ru", "fr", "pl"}, [q.text for q in direct]
    sowa = said["Ewa Sowa"]
    assert {q.language or "en" for q in sowa.quotes} == {"en", "pl"}
    # the ministry's statement is the ministry's (its whole name: the said-verb's subject), never a cut of it
    cut = [
        n
        for n in said
        if ("Transportes" in n or n.startswith("Ministerio")) and n != "Ministerio de Transportes Marítimos"
    ]
    assert not cut, list(said)
    assert not any(name.startswith("Иван") for name in said), list(said)  # joined to Ivan Todorov


def test_no_evidence_is_named_by_an_id_and_no_brief_line_is_empty(story) -> None:
    c, ids = story
    assert all(ev.outlet and ev.outlet not in ids for ev in all_evidence(c))
    assert not any("the same event" in line.text for line in c.brief), [line.text for line in c.brief]
