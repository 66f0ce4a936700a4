"""Units of the stories stage: normalisation, near-duplicate tests, paragraph diffs, entity keys, clustering
state round trip. Texts are written for these tests."""

from __future__ import annotations

from collections import Counter

import numpy as np

from crosswire.stories.cluster import Clusterer, DocFeatures, StoryState, hashed_counts, parse_day
from crosswire.stories.dedup import band_keys, is_copy, minhash, paragraph_changes
from crosswire.stories.text import fact_entities, heuristic_entities, norm_hash, shingles

WIRE = (
    "The city council of Brennholt voted on Thursday to close the old tram depot and turn the site into "
    "housing, ending a decade of argument over one of the last industrial plots in the centre. The plan, "
    "approved by 31 votes to 12, allows up to 900 flats, a third of them let at controlled rents, and a "
    "school. Opponents said the depot's brick halls should have been kept as a museum of the city's transport."
)


def test_exact_hash_ignores_case_punctuation_and_spacing() -> None:
    retyped = WIRE.upper().replace(",", " ,").replace(". ", ".\n\n")
    assert norm_hash(retyped) == norm_hash(WIRE)
    assert norm_hash(WIRE + " Extra sentence.") != norm_hash(WIRE)


def test_near_copy_found_by_lsh_and_verified() -> None:
    edited = WIRE.replace("Thursday", "Thursday evening").replace("a school", "a primary school")
    a, b = shingles(WIRE), shingles(edited)
    assert is_copy(a, b)
    assert set(band_keys(minhash(a))) & set(band_keys(minhash(b)))
    # A cut copy (first two sentences only) is contained in the wire text.
    cut = WIRE.split(". The plan")[0] + "."
    assert is_copy(shingles(cut), a)


def test_different_text_on_same_topic_is_not_a_copy() -> None:
    other = (
        "Brennholt will get up to 900 new flats on the site of its old tram depot after councillors backed the "
        "scheme on Thursday. Campaigners who wanted a transport museum in the brick halls said they would "
        "keep fighting, while the mayor called the vote a turning point for the city centre's housing."
    )
    assert not is_copy(shingles(WIRE), shingles(other))
    assert not set(band_keys(minhash(shingles(WIRE)))) & set(band_keys(minhash(shingles(other))))


def test_paragraph_changes() -> None:
    wire = ["First paragraph.", "Second paragraph here.", "Third one.", "Fourth, cut by the copy."]
    copy = ["FIRST paragraph!", "Second paragraph, edited here.", "Third one.", "A local note."]
    ch = paragraph_changes("c", wire, copy)
    assert ch.removed == ["Second paragraph here.", "Fourth, cut by the copy."]
    assert ch.added == ["Second paragraph, edited here.", "A local note."]


def test_heuristic_entities() -> None:
    text = ("President Amara Okafor met Chancellor Lena Vogt in Geneva on Monday. Okafor said Geneva was ready. "
            "The talks, held at the Palais des Nations, lasted three hours.")
    ents = heuristic_entities(text)
    assert ents["amara okafor"] == 1 and ents["okafor"] == 2
    assert ents["lena vogt"] == 1 and ents["geneva"] == 2
    assert "the" not in ents and "monday" not in ents and "president" not in ents


def test_fact_entities_use_canonical_names() -> None:
    facts = {"entities": [{"name": "Amara Okafor", "mentions": [{}, {}]}, {"name": 3}, "junk"]}
    assert fact_entities(facts) == Counter({"amara okafor": 2, "okafor": 2})
    assert fact_entities(None) == Counter()


def test_parse_day() -> None:
    assert parse_day("2020-09-14T10:00:00+03:00") == parse_day("2020-09-14")
    assert parse_day("yesterday") is None and parse_day(None) is None


def test_story_state_round_trip_is_exact() -> None:
    cl = Clusterer()
    rng = np.random.default_rng(0)
    for i in range(3):
        emb = rng.normal(size=512).astype(np.float32)
        emb /= np.linalg.norm(emb)
        tf = hashed_counts([["tram", "depot", "housing", f"w{i}"]])[0]
        cl.assign(DocFeatures(f"d{i}", 738000 + i, emb, tf, ["brennholt"], f"Title {i}"))
    for story in cl.stories.values():
        again = StoryState.from_json(story.id, story.to_json())
        assert again.to_json() == story.to_json()
        assert np.array_equal(again.emb_sum, story.emb_sum)
