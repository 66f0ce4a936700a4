"""Clear one-outlet facts are single-source items, not "Not in any item" (issue 12): a sentence naming an
organisation no other source names, or opening with what investigators or officials did, that no other source's
sentence states (a new user's trial 27 lost the wire's owner sentence to a 0.28 partial match, and a Russian
outlet's "investigators seized the logs" to no match at all). Also: one quotation split at its inner full stop is
one entry of that section, and the terminal shows the section as a count per source with the flag that lists it.
The stories are invented (a grain-silo fire at a river port), in several languages."""

from __future__ import annotations

import io
from types import SimpleNamespace

from rich.console import Console

from crosswire.compare.claims.single_marked import fact_mark
from crosswire.compare.leftover import open_quote, quote_runs
from crosswire.compare.records import Comparison, LeftSentence
from crosswire.compare.terminal import left_summary, render_terminal
from crosswire.model import Evidence
from test_compare_core import compare_texts

SILO_EN = (
    "A grain silo at the river port of Velmar caught fire on Thursday night, the port authority said. "
    "Firefighters brought the blaze under control after six hours. Nobody was injured. "
    "The silo's operator, Ostreva Grain, is owned by the Finnish group Kallio Trading. "
    "Barge traffic on the river was halted while the fire burned."
)
SILO_DE = (
    "Im Flusshafen von Velmar ist in der Nacht zum Freitag ein Getreidesilo in Brand geraten. "
    "Die Feuerwehr hatte den Brand nach sechs Stunden unter Kontrolle. Verletzt wurde niemand. "
    "Der Schiffsverkehr auf dem Fluss wurde während des Brandes eingestellt."
)
SILO_RU = (
    "В речном порту Вельмара в ночь на пятницу загорелся зерновой элеватор. "
    "Пожарные справились с огнём через шесть часов. Никто не пострадал. "
    "Следователи изъяли записи камер наблюдения элеватора."
)


def test_an_owner_and_an_investigators_act_only_one_source_gives_are_single_source(tmp_path) -> None:
    rows = [
        ("s-en", "River Wire", "2025-09-12", SILO_EN),
        ("s-de", "Hafenblatt", "2025-09-12", SILO_DE),
        ("s-ru", "Речные новости", "2025-09-12", SILO_RU),
    ]
    c = compare_texts(tmp_path, rows)
    singles = [it.summary for it in c.single_source]
    left = [it.summary for it in c.unmatched]
    assert any("Kallio Trading" in s for s in singles), (singles, left)
    assert any("Следователи изъяли" in s for s in singles), (singles, left)
    # what every source states is never "only X"
    assert not any("Nobody was injured" in s or "Verletzt wurde niemand" in s for s in singles)


def _unit(text: str, lang: str = "en", entities: frozenset[str] = frozenset(), start: int = 0) -> SimpleNamespace:
    claim = SimpleNamespace(kind="body", start=start, end=start + len(text))
    return SimpleNamespace(text=text, language=lang, entities=entities, claim=claim, article="a", values=())


def test_what_marks_a_fact_is_a_novel_organisation_or_an_official_doer() -> None:
    novel = {"organisation:Kallio Trading"}
    owner = _unit("Ostreva Grain is owned by the Finnish group Kallio Trading.", entities=frozenset(novel))
    assert fact_mark(owner, novel) == "organisation"  # type: ignore[arg-type]
    shared = _unit("Ostreva Grain advises farmers to store grain dry.", entities=frozenset({"organisation:Ostreva"}))
    assert fact_mark(shared, novel) is None  # type: ignore[arg-type]  # every source names it: no mark
    assert fact_mark(_unit("Следователи изъяли записи камер наблюдения.", "ru"), novel) == "official"  # type: ignore[arg-type]
    assert fact_mark(_unit("La Fiscalía abrió una investigación por el incendio.", "es"), novel) == "official"  # type: ignore[arg-type]
    # an official named late in the sentence is not its doer
    late = _unit("Residents of the three streets near the port complained to the police.")
    assert fact_mark(late, novel) is None  # type: ignore[arg-type]


def test_open_quotation_marks_in_several_languages() -> None:
    assert open_quote("“The pumps were off.")
    assert not open_quote("“The pumps were off,” she said.")
    assert open_quote('"Wir haben nichts gesehen.')
    assert open_quote("„Wir haben nichts gesehen.")
    assert not open_quote("„Wir haben nichts gesehen“, sagte sie.")
    assert open_quote("« Nous n'avons rien vu.")
    assert not open_quote("He starred in \"Dreamgirls,'' the film.")  # a typewriter's closing marks
    assert not open_quote("The pumps were off.")


def test_a_quotation_split_at_its_inner_full_stop_is_one_run() -> None:
    body = "“The pumps were off. We saw nothing,” she said. The port reopened.\n\n“Nobody came. Ever,” he said."
    parts = [
        "“The pumps were off.",
        "We saw nothing,” she said.",
        "The port reopened.",
        "“Nobody came.",
        "Ever,” he said.",
    ]
    units = []
    for p in parts:
        u = _unit(p, start=body.index(p))
        units.append(u)
    data = SimpleNamespace(bodies={"a": body})
    runs = quote_runs(units, data)  # type: ignore[arg-type]
    assert [len(r) for r in runs] == [2, 1, 2]
    # a quotation never closed stays sentence by sentence; a paragraph break ends a run
    never = [_unit("“It was dark.", start=0), _unit("Nothing more.", start=14)]
    assert [len(r) for r in quote_runs(never, SimpleNamespace(bodies={"a": "“It was dark. Nothing more."}))] == [1, 1]  # type: ignore[arg-type]
    split = [_unit("“It was dark.", start=0), _unit("Nothing,” he said.", start=15)]
    data2 = SimpleNamespace(bodies={"a": "“It was dark.\n\nNothing,” he said."})
    assert [len(r) for r in quote_runs(split, data2)] == [1, 1]  # type: ignore[arg-type]


def _left(text: str, src: int) -> LeftSentence:
    ev = Evidence(article=f"a{src}", text=text, start=0, end=len(text))
    return LeftSentence(summary=text, sources=[src], evidence=[ev], reason="no other source's sentence relates to it")


def test_the_terminal_counts_left_sentences_per_source_and_says_how_to_list_them() -> None:
    c = Comparison(
        id="s1",
        unmatched=[_left("One two three four five six.", 1), *[_left(f"Line {i} a b c d.", 2) for i in range(3)]],
    )
    assert (
        left_summary(c) == "4 sentences: [1] 1, [2] 3. List them with --left; --markdown, --json and --html always do."
    )
    out = io.StringIO()
    render_terminal(c, Console(file=out, width=200, color_system=None))
    assert "[1] 1, [2] 3" in out.getvalue() and "Line 1 a b c d." not in out.getvalue()
    out = io.StringIO()
    render_terminal(c, Console(file=out, width=200, color_system=None), left=True)
    assert "Line 1 a b c d." in out.getvalue()
