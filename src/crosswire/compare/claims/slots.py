"""What a claim's value measures: its *slot*, a key every source shares for the same measure of the same thing.

A count of the same noun ("boat"), of people by the act that befell them in any wording (:mod:`.acts`), an
amount in one currency, a share, the age of one canonical person, a tally, the day an act happened (by its
verb) or is set for (by its event), a time of day, a length of time of one act. Two sources' values are
compared only within one slot (:mod:`.values`).

Why hand-written: no library decides that "forcing 300 residents from their homes" and "450 residents were
evacuated" measure one thing; the word lists are data (``data/claim_acts.toml``, ``data/concepts.toml``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from lemminflect import getAllInflections, getLemma

from crosswire.compare.claims.acts import (
    PEOPLE_NOUNS,
    TOLL_ACTS,
    act_of,
    event_act,
    held_act,
    holder_of,
    increment,
    is_event,
    occurring_event,
    people_count,
    phrase_act,
    verb_act,
)
from crosswire.compare.claims.conversions import DAYS_IN, conversion_of
from crosswire.compare.claims.estimates import magnitude
from crosswire.compare.claims.money import money_concept, named_sum
from crosswire.compare.claims.qualified import qualifier, whole_concept
from crosswire.compare.claims.qualifiers import approximate_time, near_time
from crosswire.compare.claims.units import Unit
from crosswire.compare.claims.when import act_by_words, date_verb, starts_state
from crosswire.facts.records import Value
from crosswire.vocab.concepts import concept_of
from crosswire.vocab.data import data_toml
from crosswire.vocab.terms import singular

Slot = tuple[str, ...]
NOT_COUNTED = frozenset({"had", "has", "have", "other", "others", "more", "few", "many", "some", "all", "one"})
CLOCK_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight", "this morning", "this afternoon", "this evening"})

_HYPHEN_COMPOUND = re.compile(r"\s?-\s?[^\W\d]")


# Concepts of people counted by what befell them across languages: people of no other description,
# passengers (of a vehicle in an accident, the people it befell) and miners (of a mine in one: "Pięciu górników
# trafiło do szpitala" / "Three miners were taken to hospital", each source also counting the miners trapped and
# rescued, so a count of miners by its concept alone gave each source three values and no conflict). Other
# groups (firefighters, soldiers, children) stay their own concept: "two firefighters injured" is a part of
# "five people injured", not a rival figure.
PEOPLE_CONCEPTS = frozenset({"person", "passenger", "miner", "patient"})
# What befell people or was done to them: a count's predicate is part of what it counts ("3 patients died" and
# "1,840 patients enrolled" are two slots, never one; a new user's drug-trial story had its 3 vs 4 dead unread
# beside the trial's enrolment). Each is a concept of data/concepts.toml.
HAPPENED = frozenset({"dead", "injured", "unhurt", "detained", "evacuated", "hospitalized", "enrolled", "treated"})
# People concepts whose count with nothing said of them has no slot: "people", "patients" (a trial's, one
# centre's and one country's patients are three numbers of one story); passengers and miners keep theirs.
_UNNAMED_PEOPLE = frozenset({"person", "patient"})
_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE = re.compile(r"[,;:()，；：（）]|\s[–—-]\s")  # and the full-width marks of Chinese


def _happened(unit: Unit, v: Value, own_verb: bool = False) -> str | None:
    """What befell the people a count counts, as a concept id (``dead``, ``injured``, ...): in English from
    the counted phrase's participle ("person killed"), in other languages from the sentence's own words and
    lemmas ("погибли 3 человека", "7 Menschen kamen ums Leben"); None when no word says, or two do."""
    lang = unit.language
    own = _segment_act(unit, v) if lang != "en" else None  # English: the parse's participle, below
    if own is not None:
        return own or None
    if lang == "en":
        words = v.noun.split()[1:] if v.noun else []
        # "Five people were taken to hospital": no participle names it, a phrase after the number does
        words.append(phrase_act(unit.text[max(0, v.end - unit.claim.start) :]) or "")
        if own_verb and not any(concept_of(w, lang) in HAPPENED for w in words) and v.verb:
            # no participle: the count's own verb ("after three patients died", "enrolled 1,840 patients")
            act = act_of(v.verb)
            words.append(act if act in HAPPENED else v.verb)
    else:
        # the number's own clause first ("пострадали 31 человек, четверо из них госпитализированы": injured),
        # else the whole sentence ("Погибли, по данным МЧС, 3 человека")
        at = v.start - unit.claim.start
        clause = _CLAUSE.split(unit.text[:at])[-1] + _CLAUSE.split(unit.text[at:])[0]
        # with another count of people in the sentence, only the number's own clause says what befell them:
        # "Воздушный шар с 14 людьми на борту потерпел крушение ..., погибли четыре человека" (14 on board were
        # read as 14 dead, so the source gave two tolls and was left out of the 3 vs 4 dead conflict)
        others = any(w is not v and w.kind == "count" and w.concept in PEOPLE_CONCEPTS for w in unit.values)
        for text in (clause,) if others else (clause, unit.text):
            toks = _WORD.findall(text.lower())
            words = [*toks, *(f"{a} {b}" for a, b in pairwise(toks))]
            found = {c for w in words if (c := concept_of(w, lang)) in HAPPENED}
            if len(found) == 1:
                return found.pop()
        if others:
            return None
        words = list(unit.claim.terms)  # lemmas ("пострадать"), for the whole sentence
    found = {c for w in words if (c := concept_of(w, lang)) in HAPPENED}
    return found.pop() if len(found) == 1 else None


def happened(unit: Unit, v: Value, own_verb: bool = False) -> str | None:
    """What befell the people count ``v`` of ``unit``'s sentence counts, as a concept id of :data:`HAPPENED`
    ("injured" of "One technician was slightly injured", "Никто не пострадал"), or None (see :func:`_happened`).
    ``own_verb``: an English count with no participle takes the act of its own verb ("after three patients
    died"), as the comparison across languages reads it; one language's readers (a count of nobody joined by
    counts of anyone) keep the participle alone."""
    return _happened(unit, v, own_verb)


_NUMBERED = ("count", "quantity", "money", "percent")


def _found_acts(text: str, lang: str) -> set[str]:
    """The concepts of :data:`HAPPENED` that the words of ``text`` (and their pairs) name in ``lang``."""
    toks = _WORD.findall(text.lower())
    return {c for w in (*toks, *(f"{a} {b}" for a, b in pairwise(toks))) if (c := concept_of(w, lang)) in HAPPENED}


def _segment_act(unit: Unit, v: Value) -> str | None:
    """What befell the people a count counts, read off the count's own stretch of a sentence that gives two
    or more numbers: from the number to the next number or the clause's end ("Одиннадцать человек погибли и |
    23 получили ранения", "Neuf personnes ont été tuées et | 23 blessées", "Al menos nueve personas murieron y
    | más de 20 resultaron heridas"), else, when no number comes before it in its clause, from the clause's
    start ("погибли 3 человека"). A number after another in its clause does not take the words before it
    ("... resultaron heridas este sábado cuando un autocar con unos 50 pasajeros": the passengers are not
    the injured); else from the number past any aside up to the clause of the next number ("Vingt-trois
    personnes, pour la plupart des enfants, ont été hospitalisées, | dont quatre ..."). ``""`` when the
    stretch names no act or two; None when the sentence gives one number only (the whole sentence is read
    then, :func:`_happened`). Why: the clause rule gave the 11 dead and the 23 injured of one Russian sentence
    both acts (no toll), and the Spanish 9 dead the injured's act (a new user's coach story). English counts
    take their act from the parse (:func:`_happened`), but for a bare number ("... and 23 injured")."""
    numbers = sorted((w for w in unit.values if w.kind in _NUMBERED), key=lambda w: w.start)
    if len(numbers) < 2:
        return None
    base, lang = unit.claim.start, unit.language
    at, end = v.start - base, v.end - base
    nxt = min((w.start - base for w in numbers if w.start >= v.end), default=len(unit.text))
    after = _CLAUSE.split(unit.text[at:nxt])[0]
    found = _found_acts(after, lang)
    if found:
        return found.pop() if len(found) == 1 else ""
    clause_start = at - len(_CLAUSE.split(unit.text[:at])[-1])
    if not any(clause_start <= w.end - base <= at for w in numbers if w is not v):
        # no number before it in its clause (else the words before are that number's)
        found = _found_acts(unit.text[clause_start:end], lang)
        if found:
            return found.pop() if len(found) == 1 else ""
    # past an aside, up to the clause of the next number: "Vingt-trois personnes, pour la plupart des enfants,
    # ont été hospitalisées, | dont quatre ..."; not "12 людьми на борту потерпел крушение ..., | погибли три
    # человека", whose act is the next number's
    upto = nxt - len(_CLAUSE.split(unit.text[:nxt])[-1]) if nxt < len(unit.text) else nxt
    found = _found_acts(unit.text[at : max(upto, end)], lang)
    return found.pop() if len(found) == 1 else ""


# Words that make the count after them a part of a larger group the sentence counts ("Seven people, including
# two firefighters"): news copy's own words for it, per language. Read within PART_REACH characters before
# the count.
PART_OF = {
    "en": ("including", "among them", "among whom", "of whom", "of them"),
    "es": ("entre ellos", "entre ellas", "incluidos", "incluidas", "de ellos", "de ellas"),
    "de": ("darunter", "davon"),
    "fr": ("dont", "parmi eux", "parmi elles", "parmi lesquels", "y compris"),
    "ru": ("в том числе", "среди них", "из них"),
    "uk": ("у тому числі", "в тому числі", "серед них", "з них"),
    "be": ("у тым ліку", "сярод іх", "з іх"),
    "pl": ("w tym", "wśród nich", "z czego"),
    "it": ("tra cui", "fra cui", "tra loro", "di cui", "compresi", "comprese", "inclusi", "incluse"),
    "pt": ("entre eles", "entre elas", "incluindo", "dos quais", "das quais", "dentre eles"),
}
PART_REACH = 16


def part_of_group(unit: Unit, v: Value) -> bool:
    """Whether count ``v`` is a part of a larger group its sentence counts ("Seven people, including two
    firefighters"; "entre ellas dos bomberos"; "darunter zwei Feuerwehrleute"): not a figure of its own
    concept, so it neither conflicts with nor parts a source's total ("140 firefighters")."""
    before = unit.text[max(0, v.start - unit.claim.start - PART_REACH) : max(0, v.start - unit.claim.start)]
    before = " " + " ".join(before.lower().split()).rstrip(" ,:")
    return any(before.endswith(" " + w) for w in PART_OF.get(unit.language or "en", ()))


@lru_cache(maxsize=1)
def _owned_words() -> dict[str, tuple[str, ...]]:
    """``data/owned_parts.toml``: per language, the words after a count that make it a part of an owner's set."""
    return {lang: tuple(words) for lang, words in data_toml("owned_parts.toml").items()}


def owned_part(unit: Unit, v: Value) -> bool:
    """Whether count ``v`` counts a part of a set an owner holds ("diverted three of its ships to Kallvik", "tres
    de sus buques"): across languages, matched by its noun alone, it was set against the count of the ships
    waiting at the port (a new user's strike story). Such a count has no slot keyed by concept; in one
    language its sentence is still compared as a claim."""
    after = unit.text[max(0, v.end - unit.claim.start) :][:PART_REACH]
    after = " ".join(after.lower().split()) + " "
    return any(after.startswith(w + " ") for w in _owned_words().get(unit.language or "en", ()))


def qualified_slot(unit: Unit, v: Value) -> Slot | None:
    """The slot of a count of a qualified group ("about 600 temporary workers", "Of the 2,400 workers, 612 are on
    temporary contracts"): the qualifier and the concept of its noun, or of the whole it is a part of, in every
    language (``("count", "", "temporary worker")``); None for a count of no qualified group
    (:func:`.qualified.qualifier`)."""
    group = qualifier(unit, v)
    if group is None:
        return None
    return ("count", v.unit or "", f"{group} {v.concept or whole_concept(unit, v) or 'worker'}")


def _concept_slot(unit: Unit, v: Value) -> Slot | None:
    """A count's slot by language-neutral concept, for sentences of two languages: people by what befell
    them ("person dead"), other things by their concept ("house" for "homes", "Häuser", "maisons"). A count
    that is a part of a group the sentence counts has none (:func:`part_of_group`), nor one of an owner's set
    (:func:`owned_part`)."""
    if v.kind == "count" and (group := qualified_slot(unit, v)):
        return group  # "cerca de 600 trabajadores temporales": temporary workers, not all workers
    if v.kind != "count" or part_of_group(unit, v) or owned_part(unit, v):
        return None
    if not v.concept:
        # a number standing for the people a count before it names ("Nine people were killed and 23
        # injured", "Neuf personnes ont été tuées et 23 blessées", "... y más de 20 resultaron heridas")
        people_before = any(
            w.kind == "count" and w.concept in PEOPLE_CONCEPTS and w.end <= v.start for w in unit.values
        )
        act = _segment_act(unit, v) if people_before else ""
        return ("count", v.unit or "", f"person {act}") if act else None
    if v.concept in HAPPENED:
        # a count of what befell people itself ("12人死亡", "5 fatalities"): the people of that act, as "15
        # people were killed" is
        return ("count", v.unit or "", f"person {v.concept}")
    if v.concept in PEOPLE_CONCEPTS:
        # people of any name by what befell them ("Three passengers were taken to hospital" / "5 человек
        # госпитализированы"); passengers with nothing said of them keep their concept ("46 passengers")
        happened = _happened(unit, v, own_verb=True)
        if happened:
            return ("count", v.unit or "", f"person {happened}")
        return None if v.concept in _UNNAMED_PEOPLE else ("count", v.unit or "", v.concept)
    return ("count", v.unit or "", v.concept)


# slot_of's answers, remembered per sentence and value for one story's ``canonical`` map (the claim aligner asks
# again for every pair a sentence is in: ~17,000 calls for ~2,000 values on a 50-article story). Keyed by the
# ids of the unit, the value and the map, each entry holding the three objects themselves, so an id is never
# another object's while its entry lives, and a hit is checked by identity. Cleared when another map comes.
_SLOTS: dict[tuple[int, int, int, bool], tuple[Unit, Value, dict[tuple[str, str], str], Slot | None]] = {}
_SLOTS_FOR: list[dict[tuple[str, str], str]] = []
REMEMBER_SLOTS = True  # the switch the oracle test turns off (tests/test_speed_cuts13.py)
SLOTS_KEPT = 200_000  # answers kept at most (a map kept across many stories must not grow the cache without end)


def slot_of(unit: Unit, v: Value, canonical: dict[tuple[str, str], str], across: bool = False) -> Slot | None:
    """:func:`read_slot`, read once per sentence, value and ``across`` of the story being compared: a pure
    function of the unit, the value, the ``canonical`` map and the data tables (nothing here changes them after
    the units are built), so the remembered answer is the one reading again gives."""
    if not REMEMBER_SLOTS:
        return read_slot(unit, v, canonical, across)
    if not _SLOTS_FOR or _SLOTS_FOR[0] is not canonical or len(_SLOTS) > SLOTS_KEPT:
        _SLOTS.clear()
        _SLOTS_FOR[:] = [canonical]
    key = (id(unit), id(v), id(canonical), across)
    hit = _SLOTS.get(key)
    if hit is not None and hit[0] is unit and hit[1] is v and hit[2] is canonical:
        return hit[3]
    slot = read_slot(unit, v, canonical, across)
    _SLOTS[key] = (unit, v, canonical, slot)
    return slot


def read_slot(unit: Unit, v: Value, canonical: dict[tuple[str, str], str], across: bool = False) -> Slot | None:
    """What the value measures, comparable across sources; None for a value no slot compares. ``across``:
    the sentences compared are in two or more languages, so counts are keyed by concept (see
    :func:`_concept_slot`) and sums by what they are (:func:`.money.money_concept`: a sum whose clause names
    no concept, or two, has no slot across languages), every other value as in one language; in one language a
    sum whose own words name one concept is keyed by it (:func:`.money.named_sum`: "a $9.5 billion rescue" /
    "a bailout worth $8 billion"), else by its noun. An increment
    counting a group of people under an act is keyed like people ("five other bank workers were rescued" and
    "20 more people ... ushered to safety": :func:`_others_of_a_group`).

    Left out, because two sources' values of them are too often two different things: a count of people
    that does not say what happened to them ("three people" died, "tens of thousands" marched), an amount
    that does not say what it pays for, ranks ("the sixth round", "the seventh"), a duration that no verb
    governs (a modifier: "a two-day trial", "a 10-year-old law"), and a day given relative to publication
    ("today", "yesterday"), whose day is the outlet's clock, not the event's. A year a verb governs is keyed
    by the act and by whether it starts a state ("since 2004": ``("since", act)``) or dates a one-off act
    ("opened in 1998": ``("year", act)``), a year relative to publication ("this year") not at all; a
    decade spans its years (:func:`.when.year_span`). A day still ahead is keyed by the act it is set for, a
    noun and its verb one act ("their first court appearance is scheduled for Jan.
    21" / "expected to appear in court on Wednesday": see ``data/claim_acts.toml``); a day past by its
    governing verb as written. A duration a verb governs is
    keyed by its scale (minutes and hours, days and weeks, months and years) and the act the verb names
    ("served four months" / "served five months"; "deliberated for two hours" / "took 90 minutes to reach a
    verdict"): a trial's days are compared with a deliberation's minutes never, and lengths under two verbs
    ("offered seven years" / "are at eight years"; "hospitalized for four weeks" / "in a coma for a week")
    are two measures (on ECB+ a slot by unit alone set them against each other); a length of minutes to weeks
    written before the thing it measures is the length of that thing (:func:`length_of`: "a 90-minute speech",
    "the 8.25 minutes long video", "knapp achtminütigen Video"). An earthquake's magnitude
    is its own slot in every language (:func:`.estimates.magnitude`)."""
    if magnitude(unit, v):
        return ("magnitude",)  # "a 4.2 magnitude earthquake", "der Stärke 4,4": a measure, no count of the noun
    if across and v.kind == "count":
        return _concept_slot(unit, v)
    if v.kind == "quantity" and not v.noun:
        return _measure_slot(v, unit.text, unit.claim.start)
    if v.kind == "count" and (group := qualified_slot(unit, v)):
        return group
    if v.kind in ("count", "quantity"):
        if not v.noun or not _noun_like(v.noun):
            return None
        if v.kind == "count" and v.value is not None and v.value != int(v.value):
            return None  # "a magnitude 6.1 earthquake": a measure beside a noun, not a count of it
        if v.kind == "count" and _HYPHEN_COMPOUND.match(unit.text, v.end - unit.claim.start):
            return None  # "a 2-yard run", "a 13 - play drive": the number names a kind of thing, counts none
        # A count of people is one slot only with what happened to them, as one act however worded ("people
        # killed" and "deaths", "children removed" and "children apprehended": see :mod:`.acts`); a count
        # of things is one slot whatever happened to them ("three rifles", "nine rifles seized").
        before, after = unit.text[: max(0, v.start - unit.claim.start)], unit.text[max(0, v.end - unit.claim.start) :]
        people = people_count(v.noun, before, v.verb, after)
        more = ("more",) if increment(before, after) else ()  # "a further 300 residents": not the total
        if people and held_act(people):  # "19 wives" are Blackmore's, "two wives" Oler's: one slot each
            owner = holder_of(unit.entities, before)
            return (v.kind, v.unit or "", people, owner, *more) if owner else None
        if people:
            return (v.kind, v.unit or "", people, *more)
        if more and (others := _others_of_a_group(v, after)):
            return (v.kind, v.unit or "", others, "more")
        head = v.noun.split()[0]
        act = _passenger_act(v, after)
        if act:  # "Three passengers were taken to hospital" / "Five people were taken to hospital"
            return (v.kind, v.unit or "", f"person {act}", *more)
        if head in PEOPLE_NOUNS:
            return None
        # one thing under its synonyms ("40 cargo ships" / "48 cargo vessels"): the groups of
        # data/counted_synonyms.toml marked for slots
        return (v.kind, v.unit or "", SLOT_SYNONYMS.get(head, head), *more)
    if v.kind == "money":
        converted = conversion_of(unit, v)
        if converted is not None:
            return ("conversion", v.unit or "", converted)
        if across:  # "a capital shortfall of 2.3 billion crowns" / "Дыра в капитале ... 3,1 млрд крон"
            return ("money", v.unit or "", f"={concept}") if (concept := money_concept(unit, v)) else None
        if concept := named_sum(unit, v):  # "a $9.5 billion rescue" / "a bailout worth $8 billion"
            return ("money", v.unit or "", f"={concept}")
        return ("money", v.unit or "", v.noun) if v.noun else None
    if v.kind in ("percent", "proportion"):
        return ("share", v.noun or "")
    if v.kind == "age":
        holder = canonical.get((unit.article, v.holder)) if v.holder else None
        # the holder by name, whatever type the parse gave it: "Ivo Marsh, 19," typed an organisation beside
        # "The 21-year-old Ivo Marsh" typed a person (an age is a person's, so any named holder is one)
        return ("age", holder.partition(":")[2].casefold() or holder) if holder else None
    if v.kind == "tally":
        # a vote's tally ("passed 8-4" / "by a vote of 7-to-4"); a match's tallies are scores, leads at
        # moments of a game, records of a season (on ECB+ "(10-5)" against "20-13", a tie "12-12" against the
        # final "65-53", two games' scores), read by :mod:`.match_scores` and :mod:`.tallies`, not here
        # a match's score read as such ("beim Stand von 1:1" / "abandoned at 1-1": crosswire.facts.scores) is keyed
        # across languages only (story_wide.across_languages), so one score in two notations agrees and two scores
        # of one match conflict; a source giving two scores leaves the slot out there. In one language the scores
        # of many moments meet (keyed in one language too, ECB+ gave 10 false "Score" conflicts of leads, runs and
        # records, 78 -> 88, and 11 fewer agreed items): final scores are match_scores' there
        if v.noun == "score":
            return ("tally", "score") if across else None
        return ("tally", "vote") if v.noun == "vote" else None
    if v.kind == "rank" and v.noun and (best := _SUPERLATIVE.search(v.text)):
        # "the third-largest port" / "the country's fourth largest port": a place in an order the superlative
        # names (a bare ordinal, "the sixth round", is a position in a sequence, not a rank: left out)
        return ("rank", best.group().lower(), v.noun)
    if v.kind == "date" and v.unit in DATED_UNITS and not v.scheduled and (verb := date_verb(unit, v)):
        if v.text.strip().lower() in CLOCK_WORDS:
            return None
        # the day something happened, by what happened: the governing verb's act ("revoked" / "withdrew" a
        # licence are one act, data/claim_acts.toml), else the verb
        if unplaced_day(v):
            # "on 3 May" in an undated article ("--05-03"): a day of some year, set only against another such
            # day (two undated outlets' "3 May" / "5 May"), never against a dated article's day of a known year
            return ("day", day_act(verb, unit.text), UNPLACED)
        return ("day", day_act(verb, unit.text))
    written = any(ch.isdigit() for ch in v.text)  # "this year", "last year": the outlet's clock, as "today"
    if v.kind == "date" and v.unit == "year" and written and not v.scheduled and (verb := date_verb(unit, v)):
        # the year of an act ("the plant opened in 1998"), or the year a state began ("has chaired the board
        # since 2004"): two measures, never compared with each other (:mod:`.when`)
        return ("since" if starts_state(unit, v) else "year", day_act(verb, unit.text))
    if v.kind == "date" and v.unit == "day" and v.scheduled and (verb := v.verb or date_verb(unit, v)):
        # the day something is to happen: "appearance" = "appear"; "the parade will take place" = "parade"; a
        # verb the light readers do not attach is the sentence's act ("Le site fermera ses portes le 31 mars")
        act = occurring_event(verb, unit.text) or event_act(verb)
        if not is_event(act) and unit.language not in (None, "en"):
            act = act_by_words(unit.text, unit.language) or act  # "cerrará su planta el 30 de junio": close
        return ("scheduled", act)
    if v.kind == "time" and (v.exact or (v.value is not None and approximate_time(v.qualifier, unit.language))):
        return ("time",)  # "at 6:40", and "at about 6:40", "vers 7h40" (not "before 7")
    if v.kind == "time" and v.value is not None and near_time(v.qualifier):
        return ("time",)  # "shortly before noon", "just after 4 a.m.": within the hour on one side
    if v.kind == "duration" and (thing := length_of(unit, v)):
        return ("length", _SCALE[v.unit or ""], thing)  # "a 90-minute speech", "achtminütigen Video"
    if v.kind == "duration" and v.verb and v.unit in DAYS_IN:
        return ("duration", _SCALE[v.unit], verb_act(v.verb) or v.verb)
    return None


UNPLACED = "unplaced"  # the third part of the slot of a day written with no year in an undated article


def unplaced_day(v: Value) -> bool:
    """Whether date value ``v`` is a day and month of no known year ("--05-03": :func:`~crosswire.facts.values.
    from_month_day`)."""
    return v.kind == "date" and (v.text_value or "").startswith("--")


# Units of a length a thing lasts that is compared by the thing ("a 90-minute speech", "a two-day visit"): not
# months and years, whose modifiers name kinds of things ("a five-year plan", "a 10-year bond").
_THING_UNITS = frozenset({"minute", "hour", "day", "week"})
_LENGTH_BEFORE = re.compile(r"(?:\s+long)?\s+([^\W\d_]+)\b(?!-)")  # "-minute video", " minutes long video"
_NOT_THINGS = frozenset(
    {
        "of",
        "and",
        "or",
        "to",
        "in",
        "on",
        "at",
        "for",
        "by",
        "with",
        "from",
        "ago",
        "later",
        "earlier",
        "before",
        "after",
        "old",
        "the",
        "a",
        "an",
        "each",
        "per",
        "long",
        "late",
        "early",
        "away",
    }
)


def length_of(unit: Unit, v: Value) -> str | None:
    """What a length of time measures when it stands before a thing as its modifier, as a key every language
    shares where the noun is a concept (``data/concepts.toml``), else the noun lower case: English "a 90-minute
    speech", "the 8.25 minutes long video" (a hyphenated length, or one followed by "long"), and the compounds
    the light readers give with their noun (``"knapp achtminütigen Video"``: :mod:`crosswire.facts.languages.
    compounds`). None for a length no thing follows ("for 90 minutes"), for months and years (a "five-year
    plan" is a kind of plan), and for an age ("a 10-year-old")."""
    if v.unit not in _THING_UNITS or v.value is None:
        return None
    noun = v.noun
    if noun is None and (unit.language or "en") == "en":
        rest = unit.text[max(0, v.end - unit.claim.start) :]
        hyphened = "-" in v.text
        m = _LENGTH_BEFORE.match(rest)
        if m is None or not (hyphened or rest.lstrip().lower().startswith("long ")):
            return None
        noun = m.group(1).lower()
    if not noun or noun in _NOT_THINGS:
        return None
    return concept_of(noun, unit.language) or singular(noun)


# Concepts whose nouns name a group of people ("five other bank workers", "three more passengers"): an
# increment of them under an act is one of the others that act befell (data/concepts.toml).
GROUP_CONCEPTS = frozenset({"worker", "passenger", "police", "soldier", "child", "firefighter", "rescuer", "prisoner"})


def _others_of_a_group(v: Value, after: str) -> str | None:
    """The slot noun of an increment counting a group of people under an act that is no toll ("five other
    bank workers were rescued" -> ``person rescue``), so that it meets "20 more people had to be ushered to
    safety": both count the others the act befell besides those named before (the protocol's *different
    scope* when the two name different groups). None for a noun of no group of people, or an act of a toll
    (two more soldiers and five more people killed are often two strikes' tolls) or none."""
    words = (v.noun or "").split()
    if not words or concept_of(words[0], "en") not in GROUP_CONCEPTS:
        return None
    act = act_of(words[1] if len(words) > 1 else None) or phrase_act(after) or act_of(v.verb)
    return f"person {act}" if act and act not in TOLL_ACTS else None


# Units a length of one act is written in interchangeably: "deliberated for two hours" / "took 90 minutes to
# reach a verdict", "10 days" / "two weeks", "18 months" / "two years". Lengths of different scales are not
# compared (a trial's days and a deliberation's minutes measure two things, whatever the verb).
# Verbs of one act when what is dated is the act: withdrawing or cancelling a licence, a permit, a contract is
# revoking it (hand-made, from the `day_acts` table of data/claim_acts.toml).
# Units no measure slot is made of: yards, in news copy mostly American football's per-player statistics
# (on ECB+ "rushed for 226 yards" / "101 yards" were two players' runs)
NOT_MEASURES = frozenset({"yard"})
# English counted noun -> the first word of its group, for the groups of data/counted_synonyms.toml marked
# ``slot = true`` (true synonyms: "vessel" -> "ship"); the concepts lexicon is too loose for a slot ("pupil"
# and "school" are one concept there)
SLOT_SYNONYMS = {
    w: g["en"][0] for g in data_toml("counted_synonyms.toml")["group"] if g.get("slot") for w in g.get("en", [])
}
# unit word -> one spelling per unit of a dimension ("metres", "metre", "meters" -> "metre"), from
# data/unit_dimensions.toml: a word's singular by dropping a final "s" when the list holds it
MEASURE_UNITS = {
    w.casefold(): (w[:-1] if w.endswith("s") and w[:-1] in words else w).casefold().replace("meter", "metre")
    for words in data_toml("unit_dimensions.toml").values()
    for w in words
}
_DAY_ACTS = {w: group[0] for group in data_toml("claim_acts.toml").get("day_acts", []) for w in group}
# the verbs of the acts only the leads compare (``lead_acts``): {"say": "announce", "сообщить": "announce"}; every
# other sentence's day keeps such a verb's own lemma ("say"), as before they were listed
_LEAD_ACTS = {w: group[0] for group in data_toml("claim_acts.toml").get("lead_acts", []) for w in group}
LEAD_ONLY_ACTS = frozenset(_LEAD_ACTS.values())
# a verb with its particle, by verb lemma: {"strike": {"down": "revoke"}} (the `day_phrasal_acts` table)
_PHRASAL: dict[str, dict[str, str]] = {}
for _phrase, _act in data_toml("claim_acts.toml").get("day_phrasal_acts", {}).items():
    _verb, _, _particle = _phrase.partition(" ")
    _PHRASAL.setdefault(_verb, {})[_particle] = _act
# verbs whose day is the day of the act they decide ("voted on Wednesday to annul the law": the annulling), from
# the `day_purpose_verbs` list of data/claim_acts.toml
_PURPOSE = frozenset(data_toml("claim_acts.toml").get("day_purpose_verbs", []))
_TO_VERB = re.compile(r"\bto\s+([a-z]+)\b")
DAY_ACT_NAMES = frozenset(_DAY_ACTS.values()) | LEAD_ONLY_ACTS  # the acts of the lists, by name ("revoke")


def lead_slot(slot: Slot | None, *, leads: bool) -> Slot | None:
    """A day slot as the leads (``leads``) or any other sentences compare it: between leads the verbs of a
    lead-only act are that act (("day", "say") and ("day", "сообщить") -> ("day", "announce")); elsewhere a
    lead-only act read from a language's stems (("day", "announce"): "teilte ... mit") is no slot, and its
    English verbs keep their own lemma, as they did before the act was listed. Other slots as given."""
    if slot is None or slot[0] != "day" or len(slot) < 2:
        return slot
    if leads and slot[1] in _LEAD_ACTS:
        return ("day", _LEAD_ACTS[slot[1]], *slot[2:])
    if not leads and slot[1] in LEAD_ONLY_ACTS:
        return None
    return slot


# the spans of a date that date an act ("on Monday", "in May", "last week": a week holds its days)
DATED_UNITS = frozenset({"day", "month", "week"})
_SCALE = {"minute": "hours", "hour": "hours", "day": "weeks", "week": "weeks", "month": "years", "year": "years"}


_SUPERLATIVE = re.compile(r"\b\w+est\b|\bmost\b|\bbest\b|\bworst\b", re.I)


def _measure_slot(v: Value, unit_text: str, unit_start: int) -> Slot | None:
    """The slot of a quantity no noun counts ("stretch 300 metres into the bay", "fell 50 metres"): its unit
    (singular, lower case) and the act its governing verb names, so "stretch 300 metres" / "stretch 450
    metres" meet and "fell 50 metres" / "is 80 metres wide" do not. Two units (metres and feet) are not
    converted: they are left as two slots, neither agreeing nor conflicting. None without a unit of
    ``data/unit_dimensions.toml`` or a verb, for a bracketed conversion, yards (:data:`NOT_MEASURES`) and a
    verb of having or being. ``unit_text``/``unit_start``: the sentence and its body offset."""
    unit = (v.unit or "").casefold()
    if not v.verb or unit not in MEASURE_UNITS or MEASURE_UNITS[unit] in NOT_MEASURES:
        return None
    if unit_text[max(0, v.start - unit_start - 2) : max(0, v.start - unit_start)].strip().endswith("("):
        return None  # "10 kilometres (6 miles)": a conversion of the figure before it, not its own
    act = verb_act(v.verb) or v.verb
    if act in ("have", "be"):
        return None  # "had 404 yards", "is 80 metres": a state, whose holder no key says
    return ("quantity", MEASURE_UNITS[unit], act)


def _passenger_act(v: Value, after: str) -> str | None:
    """The act a count of passengers names (its participle, or a phrase after the number), as a count of
    people would (:data:`PEOPLE_CONCEPTS`); None for other nouns or when nothing says what befell them."""
    if v.concept != "passenger" or not v.noun:
        return None
    words = v.noun.split()
    return (act_of(words[1]) if len(words) > 1 else None) or phrase_act(after)


def _noun_like(noun: str) -> bool:
    """A counted noun worth a slot: a word of three letters or more that is not a verb form or a filler
    the parse left as "what is counted" ("had", "other", "m" of a split "p. m.")."""
    head = noun.split()[0]
    return len(head) >= 3 and head.isalpha() and head not in NOT_COUNTED


def day_act(verb: str, text: str) -> str:
    """The act a dated verb (a lemma) names in ``text`` (its sentence): the act of its group in ``day_acts``
    ("withdraw" -> ``"revoke"``), the act of the verb with the particle right after one of its forms
    (``day_phrasal_acts``: "struck down the law" -> ``"revoke"``, while "the quake struck" keeps ``"strike"``),
    the act a verb of deciding decides (``day_purpose_verbs``: "voted 6-3 on Wednesday to annul" ->
    ``"revoke"``), else the verb itself."""
    if verb in _DAY_ACTS:
        return _DAY_ACTS[verb]
    particles = _PHRASAL.get(verb)
    if particles and (act := _phrasal_act(verb, text.lower(), tuple(sorted(particles.items())))):
        return act
    if verb in _PURPOSE and (act := _purpose_act(text.lower())):
        return act
    return verb


@lru_cache(maxsize=1 << 12)
def _purpose_act(low: str) -> str | None:
    """The listed act (``day_acts``) of the first verb after "to" in the lower-cased sentence ("voted 6-3 on
    Wednesday to annul three articles" -> ``"revoke"``); None for none."""
    for m in _TO_VERB.finditer(low):
        for lemma in getLemma(m.group(1), upos="VERB"):
            if lemma in _DAY_ACTS:
                return _DAY_ACTS[lemma]
    return None


@lru_cache(maxsize=1 << 12)
def _phrasal_act(verb: str, low: str, particles: tuple[tuple[str, str], ...]) -> str | None:
    """The act of the first particle of ``particles`` ((particle, act) pairs) that follows a form of ``verb``
    (lemminflect's inflections) in the lower-cased sentence ``low``; None for none."""
    forms = {verb} | {f.lower() for fs in getAllInflections(verb, upos="VERB").values() for f in fs}
    for particle, act in particles:
        pattern = r"\b(?:" + "|".join(map(re.escape, sorted(forms))) + r")\s+" + re.escape(particle) + r"\b"
        if re.search(pattern, low):
            return act
    return None
