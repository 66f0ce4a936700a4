"""A named person's role that two sources give alike is an agreed fact, whatever else their sentences say.

Found on the alignment gold's tune half (bench/compare_alignment.py): "Donald Trump is the U.S. president",
stated by two outlets in sentences about other things ("US President Donald Trump has claimed victory ..." /
"... President Donald Trump's ..."), was missed, since the pair scorer rates such sentences low (they share the
name and the title and little else). Invented stories here (a dock strike, a cannery closure), each with the
near cases that must stay apart: two people with one title, one person under two titles the lexicon does not
tie, a former holder against a holder.
"""

from __future__ import annotations

import pytest

from crosswire.compare.claims.held_roles import _key
from crosswire.compare.records import ClaimItem, Comparison
from test_compare_core import compare_texts

STRIKE_A = (
    "Dockworkers in Port Halvik walked off the job on Tuesday, halting traffic at the country's largest harbour. "
    "Harbour chairman Elias Varn said the talks with the union would resume next week. "
    "Shipping firms diverted at least 30 vessels to Skerholm, a coastguard officer said. "
    "Mayor Ana Pell urged both sides to return to the table."
)
STRIKE_B = (
    "Ships queued outside Port Halvik on Tuesday as dockworkers began an open-ended strike over pay. "
    "The strike began after chairman Elias Varn rejected the union's demand for a 9 percent raise last month. "
    "The union's leader, Tomas Rek, said members would stay out until the offer improved. "
    "Mayor Ivo Rask of Skerholm said his port could take in only a few of the diverted ships."
)

CANNERY_A = (
    "Brelka Foods said on Wednesday it would close its cannery in Ostrava Nova, cutting 400 jobs. "
    "Chief executive Mara Lind told staff the plant had lost money for three years. "
    "Rebel commander Dario Vost has not commented on the closure. "
    "Former mayor Petra Holm called the decision a betrayal of the town. "
    "Mayor Jan Sedlak said the town would look for a buyer. "
    "Plant manager Olek Dunn said the last shift would end in March."
)
CANNERY_B = (
    "About 400 workers will lose their jobs when Brelka Foods shuts its Ostrava Nova cannery, the company said "
    "Wednesday. The company's sales fell sharply last year, CEO Mara Lind said in a statement. "
    "Regional strongman Dario Vost owns the land under the plant. "
    "Petra Holm, a former mayor of the town, said the closure would hit every family. "
    "Jan Sedlak, a former mayor, runs the workers' fund. "
    '"It is a sad day for all of us," plant manager Olek Dunn told FoodNews.com on Wednesday.'
)


def _roles(c: Comparison) -> dict[str, ClaimItem]:
    """Agreed role items by person name (their ``shared`` is [name, role as written])."""
    return {
        it.shared[0]: it
        for it in c.agreed
        if isinstance(it, ClaimItem) and len(it.shared) == 2 and it.score == 1.0 and len(it.sources) > 1
    }


@pytest.fixture(scope="module")
def strike(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    rows = [("a", "Halvik Post", "2025-12-02", STRIKE_A), ("b", "Coast Wire", "2025-12-02", STRIKE_B)]
    return compare_texts(tmp_path_factory.mktemp("strike"), rows)


@pytest.fixture(scope="module")
def cannery(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    rows = [("a", "Nova Post", "2025-12-03", CANNERY_A), ("b", "Food Wire", "2025-12-03", CANNERY_B)]
    return compare_texts(tmp_path_factory.mktemp("cannery"), rows)


def test_one_role_of_one_person_in_two_sources_is_agreed(strike: Comparison) -> None:
    item = _roles(strike).get("Elias Varn")
    assert item is not None, [(it.shared, it.summary) for it in strike.agreed]
    assert item.shared[1].lower() == "chairman"
    assert item.summary in {ev.text for ev in item.evidence}  # headed by one of its own sentences
    cited = sorted(ev.text for ev in item.evidence)
    assert any("talks with the union would resume" in t for t in cited)
    assert any("rejected the union's demand" in t for t in cited)
    assert len({ev.article for ev in item.evidence}) == 2  # one sentence per source


def test_one_title_of_two_people_is_no_agreement(strike: Comparison, cannery: Comparison) -> None:
    roles = _roles(strike)
    assert "Ana Pell" not in roles and "Ivo Rask" not in roles
    assert not any("Pell" in ev.text and "Rask" in ev.text for it in strike.agreed for ev in it.evidence)


def test_titles_the_lexicon_ties_agree_as_written(cannery: Comparison) -> None:
    item = _roles(cannery).get("Mara Lind")
    assert item is not None, [(it.shared, it.summary) for it in cannery.agreed]
    assert item.shared[1] in ("CEO", "Chief executive")  # as the lead sentence writes it


def test_two_titles_no_lexicon_ties_are_not_agreed(cannery: Comparison) -> None:
    assert "Dario Vost" not in _roles(cannery)  # "rebel commander" / "regional strongman"


def test_a_former_holder_agrees_only_with_a_former_holder(cannery: Comparison) -> None:
    roles = _roles(cannery)
    assert roles["Petra Holm"].shared[1].lower() == "former mayor"  # both sources: a former mayor
    assert "Jan Sedlak" not in roles  # "Mayor Jan Sedlak" / "Jan Sedlak, a former mayor": two facts


def test_role_key_drops_a_former_and_spacing() -> None:
    assert _key("Former  Mayor") == "mayor"
    assert _key("chief executive") == "chief executive"


def test_a_quoted_sentence_gives_the_role_too(cannery: Comparison) -> None:
    item = _roles(cannery).get("Olek Dunn")
    assert item is not None, [(it.shared, it.summary) for it in cannery.agreed]
    assert any("sad day" in ev.text for ev in item.evidence)  # a quote naming a site is still a sentence


def test_real_coverage_gives_one_general_manager_in_a_statement_and_a_quote(tmp_path) -> None:
    """ECB+ topic 10 (reports of the Angels' offer to Mark Teixeira): "Angels general manager Tony Reagins
    confirmed ..." [2] and "'It's something they can consider ...,' Angels general manager Tony Reagins told
    MLB.com on Friday." [3] agree on his title."""
    import alignment_data

    try:
        texts = [alignment_data.load_text(f"ecb:10/10_{n}ecb.xml") for n in (2, 3)]
    except (OSError, KeyError):
        pytest.skip("ECB+ corpus not present in ../shared")
    rows = [(f"ecb10-{n}", f"outlet {n}", "2008-12-13", text) for n, text in enumerate(texts, 1)]
    comparison = compare_texts(tmp_path, rows)
    item = _roles(comparison).get("Tony Reagins")
    assert item is not None, [(getattr(it, "shared", None), it.summary) for it in comparison.agreed]
    assert "told MLB.com" in item.summary  # the other sentence heads the item on his offer: not merged into it
    assert any("told MLB.com" in ev.text for ev in item.evidence)
    # the item on his confirmed offer keeps its own sentences: the quote does not state the offer
    offer = [it for it in comparison.agreed if it.summary.startswith("Angels general manager Tony Reagins confirmed")]
    assert offer and not any("told MLB.com" in ev.text for it in offer for ev in it.evidence)
