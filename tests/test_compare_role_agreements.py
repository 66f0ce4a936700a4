"""A named person's role that two sources give alike is an agreed fact, whatever else their sentences say: an
item of its own kind ("role"), headed "name: role", citing of each source only the words giving the role.

Found on the alignment gold's tune half (bench/compare_alignment.py): "Donald Trump is the U.S. president",
stated by two outlets in sentences about other things ("US President Donald Trump has claimed victory ..." /
"... President Donald Trump's ..."), was missed, since the pair scorer rates such sentences low (they share the
name and the title and little else). Invented stories here (a dock strike, a cannery closure), each with the
near cases that must stay apart: two people with one title, one person under two titles the lexicon does not
tie, a former holder against a holder.
"""

from __future__ import annotations

import dataclasses

import pytest

from crosswire.compare.claims.held_roles import _first_stating, _key, _parts_played, states_role
from crosswire.compare.records import Comparison, RoleItem
from crosswire.facts.records import ArticleFacts, Entity, Mention
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


def _roles(c: Comparison) -> dict[str, RoleItem]:
    """Agreed role items by person name."""
    return {it.person: it for it in c.agreed if isinstance(it, RoleItem)}


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
    assert item is not None, [(it.kind, it.summary) for it in strike.agreed]
    assert item.role.lower() == "chairman"
    assert item.summary.lower() == "elias varn: chairman"  # what the sources share, not one source's sentence
    # each source's words giving the role, not the rest of its sentence (talks resuming / a rejected demand)
    assert all(ev.text.lower() == "chairman elias varn" for ev in item.evidence)
    assert len({ev.article for ev in item.evidence}) == 2  # one span per source
    assert states_role(item)


def test_one_title_of_two_people_is_no_agreement(strike: Comparison, cannery: Comparison) -> None:
    roles = _roles(strike)
    assert "Ana Pell" not in roles and "Ivo Rask" not in roles
    assert not any("Pell" in ev.text and "Rask" in ev.text for it in strike.agreed for ev in it.evidence)


def test_titles_the_lexicon_ties_agree_as_written(cannery: Comparison) -> None:
    item = _roles(cannery).get("Mara Lind")
    assert item is not None, [(it.kind, it.summary) for it in cannery.agreed]
    assert item.role in ("CEO", "Chief executive")  # as the lead sentence writes it


def test_two_titles_no_lexicon_ties_are_not_agreed(cannery: Comparison) -> None:
    assert "Dario Vost" not in _roles(cannery)  # "rebel commander" / "regional strongman"


def test_a_former_holder_agrees_only_with_a_former_holder(cannery: Comparison) -> None:
    roles = _roles(cannery)
    assert roles["Petra Holm"].role.lower() == "former mayor"  # both sources: a former mayor
    assert "Jan Sedlak" not in roles  # "Mayor Jan Sedlak" / "Jan Sedlak, a former mayor": two facts


def test_role_key_drops_a_former_and_spacing() -> None:
    assert _key("Former  Mayor") == "mayor"
    assert _key("chief executive") == "chief executive"


def test_a_quoted_sentence_gives_the_role_too(cannery: Comparison) -> None:
    item = _roles(cannery).get("Olek Dunn")
    assert item is not None, [(it.kind, it.summary) for it in cannery.agreed]
    # a quote naming a site is still a sentence: its words giving the role are cited
    assert any(ev.text == "plant manager Olek Dunn" for ev in item.evidence)


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
    assert item is not None, [(it.kind, it.summary) for it in comparison.agreed]
    assert item.summary == "Tony Reagins: general manager"
    assert all(ev.text.endswith("general manager Tony Reagins") for ev in item.evidence)
    # the item on his confirmed offer keeps its own sentences: the quote does not state the offer
    offer = [it for it in comparison.agreed if it.summary.startswith("Angels general manager Tony Reagins confirmed")]
    assert offer and not any("told MLB.com" in ev.text for it in offer for ev in it.evidence)


# A theatre story: a part an actor plays is no title he holds; his real title (the company's director) is one.
STAGE_A = (
    "The Lindqvist Theatre opened its new season on Friday with a revival of a wartime drama. "
    "The company chose Jonas Brell to play the Captain, the drama's lead part, after a long search. "
    "Artistic director Sofie Amrell said the revival had sold out its first two weeks."
)
STAGE_B = (
    "A wartime drama returned to the Lindqvist Theatre on Friday, opening the company's new season. "
    "Jonas Brell, who plays the Captain, said the part had haunted him since drama school. "
    "Sofie Amrell, the theatre's artistic director, said tickets for the first two weeks were gone."
)


@pytest.fixture(scope="module")
def stage(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    rows = [("a", "Lindqvist Post", "2025-10-03", STAGE_A), ("b", "Stage Wire", "2025-10-03", STAGE_B)]
    return compare_texts(tmp_path_factory.mktemp("stage"), rows)


def test_a_part_played_is_no_role_held(stage: Comparison) -> None:
    roles = _roles(stage)
    assert "Jonas Brell" not in roles, roles["Jonas Brell"].evidence
    assert "Sofie Amrell" in roles, [(it.kind, it.summary) for it in stage.agreed]  # her title is one


@pytest.fixture(scope="module")
def mine(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    import test_compare_speaker_only as story

    rows = [("a", "Brakvell Echo", "2025-03-07", story.A), ("b", "County Standard", "2025-03-07", story.B)]
    return compare_texts(tmp_path_factory.mktemp("mine"), rows)


def test_a_role_item_cites_no_statement_of_the_person(mine: Comparison) -> None:
    """His pumps (one source) and his refuge chamber (the other) are two statements: the role item agrees on
    his title only, and shows neither as agreed."""
    item = _roles(mine).get("Oskar Helle")
    assert item is not None, [(it.kind, it.summary) for it in mine.agreed]
    assert item.summary.startswith("Oskar Helle: ") and "director" in item.summary
    assert not any("pumps" in ev.text or "refuge" in ev.text for ev in item.evidence)
    assert states_role(item)


def test_the_structural_check_refuses_a_span_without_the_name_or_the_role(mine: Comparison) -> None:
    item = _roles(mine)["Oskar Helle"]
    ev = item.evidence[0]
    no_name = dataclasses.replace(item, evidence=[dataclasses.replace(ev, text="the mine safety director")])
    other_role = dataclasses.replace(item, evidence=[dataclasses.replace(ev, text="Union leader Oskar Helle")])
    former = dataclasses.replace(item, evidence=[dataclasses.replace(ev, text="former safety director Oskar Helle")])
    assert not states_role(no_name) and not states_role(other_role) and not states_role(former)


def test_role_items_read_in_every_output(strike: Comparison) -> None:
    """Terminal, Markdown, HTML and JSON show the item, saying it is the role the sources give; the JSON
    round-trips it as its own kind."""
    import io
    import json

    from rich.console import Console

    from crosswire.compare.markdown import render_markdown
    from crosswire.compare.render import render_html, render_json
    from crosswire.compare.terminal import render_terminal

    buf = io.StringIO()
    render_terminal(strike, Console(file=buf, width=400, color_system=None))
    outputs = {"terminal": buf.getvalue(), "markdown": render_markdown([strike]), "html": render_html([strike])}
    for name, text in outputs.items():
        assert "Elias Varn: chairman (the role each source gives)" in text, name
    data = json.loads(render_json([strike]))
    rows = data["stories"]
    roles = [it for it in rows[0]["agreed"] if it["kind"] == "role"]
    assert any(it["person"] == "Elias Varn" and it["role"].lower() == "chairman" for it in roles)
    back = Comparison.from_dict(rows[0])
    assert any(isinstance(it, RoleItem) and it.person == "Elias Varn" for it in back.agreed)


def _person(body: str, name: str, roles: list[str]) -> Entity:
    at = body.index(name)
    end = next(i for i in range(len(body)) if body[i] == "." and i > at) + 1
    mention = Mention(text=name, start=at, end=at + len(name), sentence_start=0, sentence_end=end)
    return Entity(id="e1", name=name, type="person", mentions=[mention], roles=roles)


def test_a_title_beside_another_persons_name_is_not_his() -> None:
    body = "General manager Ed Marlow announced Tony Brisk as the new coach on Monday."
    brisk = _person(body, "Tony Brisk", ["general manager"])
    marlow = body.index("Ed Marlow")
    assert _first_stating(brisk, "general manager", body, [(marlow, marlow + 9)]) is None
    own = "General manager Tony Brisk said the team would rebuild from the draft."
    assert _first_stating(_person(own, "Tony Brisk", ["general manager"]), "general manager", own, []) is not None


def test_a_deputy_holds_another_post() -> None:
    body = "The club named assistant general manager Tony Brisk as its coach on Monday."
    assert _first_stating(_person(body, "Tony Brisk", ["general manager"]), "general manager", body, []) is None
    vice = "Vice President Alma Reyes spoke to the crowd outside the plant on Monday."
    assert _first_stating(_person(vice, "Alma Reyes", ["president"]), "president", vice, []) is None


SHOW_A = (
    "The BBC said on Monday that actor Tom Hardwick will leave the science fiction series Captain Tomorrow after "
    "four years. Out-going Captain Tom Hardwick thanked the fans in a recorded message. "
    "Producer Linda Marsh said the search for a successor had begun."
)
SHOW_B = (
    "Tom Hardwick will leave Captain Tomorrow at Christmas, the BBC announced on Monday. "
    "Captain Tom Hardwick, who took the part in 2021, said the years on the ship had been the best of his life. "
    "Producer Linda Marsh said auditions would start in the spring."
)


def test_a_part_named_by_the_show_is_no_title(tmp_path) -> None:
    """ "Captain" opens the show's name ("Captain Tomorrow"): the actor's part, as "the Doctor" of "Doctor Who"
    (ECB+ topic 39: "Out-going Doctor Matt Smith" / "Matt Smith, the Doctor")."""
    rows = [("a", "Screen Post", "2025-01-06", SHOW_A), ("b", "TV Wire", "2025-01-06", SHOW_B)]
    comparison = compare_texts(tmp_path, rows)
    assert "Tom Hardwick" not in _roles(comparison), _roles(comparison)


def test_a_title_before_a_persons_name_opens_no_show() -> None:
    body = "President Alma Reyes spoke on Monday. Captain Tomorrow ends at Christmas."
    at = body.index("Alma Reyes")
    reyes = Entity(
        id="e1",
        name="Alma Reyes",
        type="person",
        mentions=[Mention(text="Alma Reyes", start=at, end=at + 10, sentence_start=0, sentence_end=38)],
    )
    facts = ArticleFacts(article="a", entities=[reyes])
    parts = _parts_played([("a", facts, body)])
    assert "captain" in parts and "president" not in parts
