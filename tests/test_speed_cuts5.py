"""Speed cuts that must change no output (branch speed5): each cut is compared with the code path it skips."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from crosswire.facts import values

INVENTED = [
    "The ferry left Halvik at 6.40am and docked shortly after noon, the operator said.",
    "By 16:30 local time the council had voted 8-4 to close the bridge; nobody was hurt.",
    "Around MIDNIGHT on Sunday night staff found the door open.",
    "Piet Larsen, 42, and Ana Soto, aged 37, were among the two-thirds of residents evacuated.",
    "It was the country's third-largest port and its 2nd busiest terminal overnight.",
    "No one was killed, and there were no reported deaths; the vote passed by 87 votes to 64.",
    "Nearly half of the 120 crew stayed aboard; a quarter of them were injured in the evening.",
    "Die Fähre legte um 6.40 Uhr ab, kurz nach Mitternacht.",
    "Паром отошёл в 6:40 утра; никто не пострадал.",
    "El Tercero de la liga ganó 3-1 a las 21:05.",
    "Mıdnight, NOON and the ſhip at the İnn: odd cases that match case-insensitively.",
    "İn the morning the first traİn left at 7 a.m.",
    "Matthew 5:12 and a 3:1 majority are no times; 10-15 minutes is no tally.",
    "",
    "   ",
]

_ALPHABET = [
    *"aeinostmdhrg ,.:-0123456789",
    "\u0131",
    "\u0130",
    "\u017f",
    "\u212a",
    "é",
    "٣",
    " noon",
    " midnight",
    " morning",
    " night",
    " third",
    " quarter",
    " half",
    " of ",
    " first",
    " voted",
    " am",
    " p.m.",
    " no one was killed",
    " nobody",
]


def _random_texts(n: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def _unguarded(monkeypatch: pytest.MonkeyPatch, text: str) -> list[values.Value]:
    """read_values with every cheap guard answering "run the pattern" (``re.compile("")`` finds a digit
    everywhere)."""
    with monkeypatch.context() as m:
        m.setattr(values, "_may_hold", lambda *a, **k: True)
        m.setattr(values, "_DIGIT", re.compile(""))
        return values.read_values(text, 3, lambda s, e: "e1")


def test_guarded_values_equal_the_full_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = INVENTED + _random_texts(6000)
    found = 0
    for text in texts:
        got = values.read_values(text, 3, lambda s, e: "e1")
        assert got == _unguarded(monkeypatch, text), text
        found += bool(got)
    assert found > 500  # the random texts do hold values, so the guards are tested where they must let through


def test_the_invented_sentences_keep_their_values() -> None:
    kinds = {v.kind for t in INVENTED for v in values.read_values(t, 0, lambda s, e: "e1")}
    assert {"time", "tally", "proportion", "rank", "age", "count"} <= kinds
    odd = values.read_values("Mıdnight came.", 0, lambda s, e: None)
    assert [v.kind for v in odd] == ["time"]  # "ı" matches "i" case-insensitively: the guard lets it through


def test_the_clock_pattern_needs_its_colon() -> None:
    """_time_values runs the 24-hour pattern only on text with a ":"; the pattern has that literal."""
    assert "):(?P<m>" in values._CLOCK_24.pattern


# -- simplemma's table index kept on disk ----------------------------------------------------------------------


def _fresh(language: str):
    from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

    return StreamMap(language)


def test_a_cached_table_index_gives_simplemmas_own_answers(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from crosswire.facts.languages import table_index

    monkeypatch.setenv("CROSSWIRE_CACHE_DIR", str(tmp_path))
    first = table_index.stream_map("it")  # built by simplemma, stored
    assert (tmp_path / "simplemma-index-it.pickle").exists()
    again = table_index.stream_map("it")  # read back
    ref = _fresh("it")
    for table in (first, again):
        assert (table._firsts, table._blocks, table._count, table._pos, table._rev) == (
            ref._firsts,
            ref._blocks,
            ref._count,
            ref._pos,
            ref._rev,
        )
    keys = list(ref)[::53]
    probes = keys + [k[:-1] for k in keys] + [k.capitalize() for k in keys] + ["Zzyzx", "", "ä", "aaaa"]
    assert [again.get(k) for k in probes] == [ref.get(k) for k in probes]
    assert any(again.get(k) for k in probes) and any(again.get(k) is None for k in probes)


def test_a_stale_or_broken_entry_is_rebuilt(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pickle

    from crosswire.facts.languages import table_index

    monkeypatch.setenv("CROSSWIRE_CACHE_DIR", str(tmp_path))
    path = tmp_path / "simplemma-index-it.pickle"
    ref = _fresh("it")
    table_index.stream_map("it")
    entry = pickle.loads(path.read_bytes())
    # a truncated index under the right key: refused by its record count, rebuilt
    path.write_bytes(pickle.dumps({**entry, "firsts": entry["firsts"][:-1], "blocks": entry["blocks"][:-1]}))
    assert table_index.stream_map("it")._firsts == ref._firsts
    # another version's entry: refused by its key
    path.write_bytes(pickle.dumps({**entry, "key": "0/other", "firsts": [b"x"], "blocks": [(0, b"", b"")]}))
    assert table_index.stream_map("it")._firsts == ref._firsts
    path.write_bytes(b"not a pickle")
    assert table_index.stream_map("it")._blocks == ref._blocks
    assert pickle.loads(path.read_bytes())["key"] == entry["key"]  # rewritten


def test_the_cache_can_be_turned_off(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from crosswire.facts.languages import table_index

    monkeypatch.setenv("CROSSWIRE_CACHE_DIR", "")
    assert table_index.cache_dir() is None
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    assert table_index.stream_map("it")._firsts == _fresh("it")._firsts
    assert not any(tmp_path.rglob("*.pickle"))
    monkeypatch.delenv("CROSSWIRE_CACHE_DIR")
    assert table_index.cache_dir() == tmp_path / ".cache" / "crosswire"


# -- per-word and per-prefix answers cached in the comparison ----------------------------------------------------


def test_money_concepts_cached_per_word_equal_the_table_scan() -> None:
    from crosswire.vocab import concepts

    clauses = [
        (["a", "funding", "shortfall", "of"], "en"),
        (["eine", "Kapitallücke", "von", "Haushaltsloch"], "de"),
        (["пакет", "помощи", "в", "размере", "штраф"], "ru"),
        (["la", "multa", "y", "las", "pérdidas", "del", "banco"], "es"),
        (["the", "rescue", "package", "cost", "damages", "fines", "losses"], None),
        (["Strafe", "Verluste", "Kosten", "Einlagen"], "de"),
    ]
    for words, lang in clauses * 3:  # again, from the cache
        code = lang or "en"
        table = concepts._money_table(code)
        low = [w.casefold() for w in words]
        direct = {c for w in low if (c := concepts._money_word(w, table, code))}
        pairs = {f"{a} {b}" for a, b in itertools.pairwise(low)}
        direct |= {c for entry, c in table if " " in entry and entry in pairs}
        assert concepts.money_concepts(words, lang) == direct, words
    assert concepts.money_concepts(["a", "funding", "shortfall"], "en")


def test_a_names_number_reads_the_last_word_before_it() -> None:
    from crosswire.compare.claims.pairs import _LAST_WORD, _named_by
    from crosswire.vocab.names import fold
    from crosswire.vocab.terms import singular

    texts = ["Not only is Destiny 2 not true 4K", "(Destiny 2 is free)", "Final Battles 3", "the 4 ships", "Ü 5", ""]
    rng = random.Random(7)
    texts += ["".join(rng.choice("Ab c,.-Dé 2\n") for _ in range(rng.randint(0, 25))) for _ in range(3000)]
    for text in texts:
        for cut in range(0, len(text) + 1, 3):
            for noun in ("destiny", "battle", "ship", "ab", "dé"):
                m = _LAST_WORD.search(text[:cut])
                want = bool(m and m.group(1)[:1].isupper() and singular(fold(m.group(1)).lower()) == noun)
                assert _named_by(text, cut, noun) == want, (text, cut, noun)


def test_per_sentence_readers_cached_answer_as_before() -> None:
    from crosswire.compare.claims import acts, clash, past, when

    sentences = [
        "300 residents from their homes were evacuated overnight, officials said.",
        "20 more people had to be ushered to safety after the shooting of the boy on Saturday night.",
        "Three workers died on Tuesday, the worst toll since an explosion in 1998; a quake struck in 2004.",
        "El presidente Hoffmann y la ministra Ålund, según Reuters; «rescatados» 12 mineros.",
        "Die Polizei evakuierte 300 Anwohner, sagte Müller gegenüber der dpa.",
        "",
    ]
    rng = random.Random(11)
    sentences += ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 30))) for _ in range(400)]
    for text in sentences * 2:  # the second round from the caches
        assert acts.phrase_act(text) == acts.phrase_act.__wrapped__(text)
        assert clash._words(text) == clash._words.__wrapped__(text)
        assert list(past._clauses(text)) == list(past._clauses.__wrapped__(text))
        for at in range(0, len(text) + 1, 7):
            end = min(len(text), at + 4)
            assert when._act_noun_at(text, at, end) == when._act_noun_at.__wrapped__(text, at, end)
    assert acts.phrase_act("residents from their homes") is not None
