"""Per-language words of the front-ends (``data/languages.toml``), read once per language."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from babel.dates import get_day_names, get_month_names

from crosswire.vocab.data import data_toml

# Languages that capitalise every noun: a capital there makes no word a name's, nor a role a proper name
# (German "Firma", "Terminalleiter").
NOUN_CAPITALS = frozenset({"de"})


@dataclass(frozen=True, slots=True, eq=False)
class Words:
    """One language's words (see ``data/languages.toml`` for what each list means)."""

    language: str
    speech: tuple[str, ...]
    that: frozenset[str]
    quotes: tuple[tuple[str, str], ...]
    more: tuple[str, ...]
    less: tuple[str, ...]
    about: tuple[str, ...]
    scales: tuple[tuple[str, float], ...]  # longest first
    currencies: tuple[tuple[str, str], ...]  # longest first
    percent: tuple[str, ...]
    stop: frozenset[str]
    relative: dict[str, int]
    pronouns: frozenset[str]
    noun_suffixes: tuple[str, ...]
    ahead: tuple[str, ...]  # words before a weekday that point forward ("до", "bis", "jusqu'à"), lower case
    titles: frozenset[str]  # capitalised titles a name may follow ("Bürgermeisterin"), lower case
    months: dict[str, int]  # every month name and abbreviation (lower case, no dot) -> month number
    weekdays: dict[str, int]  # weekday name -> Monday=0
    clock: tuple[str, ...] = ()  # words after a number that make it a time of day ("Uhr"), lower case
    honorifics: frozenset[str] = frozenset()  # "mme", "sra", "пані": a form of address before a name, no dot
    future: tuple[str, ...] = ()  # future or planned verb forms; "-rá": a word ending (see data/languages.toml)
    plan: tuple[str, ...] = ()  # stems of agreeing/planning verbs whose infinitive is ahead ("договорил")
    infinitive_endings: tuple[str, ...] = ()  # the language's infinitive endings ("ться", "ar", "er")
    relative_noun_after: frozenset[str] = frozenset()  # "la" in "por la mañana": the relative word is a noun
    not_weekdays: frozenset[str] = frozenset()  # "четверо", "среди": a weekday's stem, no weekday
    weekday_noun_after: frozenset[str] = frozenset()  # "окружающей" in "окружающей среды": the environment
    clock_before: tuple[str, ...] = ()  # prepositions before a time of day ("um", "o", "a las"), lower case
    clock_about: tuple[str, ...] = ()  # words before a time of day that make it approximate ("vers", "около")
    hour_before: tuple[str, ...] = ()  # "alle", "às": a lone hour after them, ending its clause, is a time of day
    hour_then: frozenset[str] = frozenset()  # "il", "la": after such a lone hour, an article opens the next phrase
    clock_hours: tuple[str, ...] = ()  # "часов": an hour alone, a time of day with a part of the day after it
    day_parts: dict[str, int] = field(default_factory=dict)  # "утра" = 0, "вечера" = 12: hours added to 1-11
    # "de la tarde" = 12: a phrase right after an hour (a word or digits) that makes it a time of day
    hour_day_parts: dict[str, int] = field(default_factory=dict)
    adjective_endings: tuple[str, ...] = ()  # "-ych": a light-tier word so ending, before a noun, is its adjective
    # "-ів", "-ов", "-ów": a noun so ending after a participle and its short phrase is what a number counts
    genitive_plural_endings: tuple[str, ...] = ()
    number_labels: frozenset[str] = frozenset()  # "route", "nr", "№": a number right after one names, not counts
    midnight: tuple[str, ...] = ()  # "mitternacht", "полуночи", "północy": 0:00 after a ``day_point_before`` word
    noon: tuple[str, ...] = ()  # "mittag", "полудня", "mediodía": 12:00 likewise
    day_point_before: tuple[str, ...] = ()  # "nach", "после", "o": a midnight or noon word after one is a time
    day_point_at: frozenset[str] = frozenset()  # "um", "в", "al": midnight or noon itself, no side of it
    not_day_points: tuple[str, ...] = ()  # "po południu", "после полудня": the afternoon, no noon
    day_point_adverbs: frozenset[str] = frozenset()  # "опівночі": a midnight or noon word that stands alone
    shortly_before: tuple[str, ...] = ()  # "kurz vor", "незадолго до": just before the time after it
    shortly_after: tuple[str, ...] = ()  # "kurz nach", "вскоре после", "tuż po": just after it
    range_from: tuple[str, ...] = ()  # "с", "z", "von", "de": the first word of "с 62 до 64", lower case
    range_to: tuple[str, ...] = ()  # "до", "do", "auf", "a": the word before the new value of a change
    noun_then_qualifier: frozenset[str] = frozenset()  # "über" after a noun: what a sum is for, no bound
    weekday_cases: bool = False  # weekdays inflect (Slavic cases): matched by stem
    weekday_parts: tuple[str, ...] = ()  # parts of the day joined to a weekday ("Donnerstagabend")
    articles: frozenset[str] = frozenset()  # articles (German, with contractions "im", "zum"), lower case
    elided: tuple[str, ...] = ()  # "l'", "dell'": an article joined to the next word by an apostrophe, lower case
    weekday_upper: bool = False  # the language capitalises weekday names (German): babel's own spelling
    speech_set: frozenset[str] = frozenset()  # ``speech`` as a set (derived in :func:`words_for`)
    speech_stems: tuple[str, ...] = ()  # the ``speech`` entries of four letters or more, in list order
    before: frozenset[str] = frozenset()  # "avant", "раньше": with a negation, "not before Thursday" is ahead
    negation: frozenset[str] = frozenset()  # "pas", "не", "nicht", lower case
    until: frozenset[str] = frozenset()  # the ``ahead`` words meaning "until" ("bis", "до"): today included
    earliest: frozenset[str] = frozenset()  # "erst", "frühestens": a weekday after one is ahead, unless `past`
    past: frozenset[str] = frozenset()  # past auxiliaries ("wurde", "hatte"): the clause tells of the past
    # present forms of verbs of a scheduled act ("endet", "expire", "vence"): a weekday in their clause is ahead
    scheduled: frozenset[str] = frozenset()
    until_past: frozenset[str] = frozenset()  # "war", "wurde": "bis Dienstag" under one is the last Tuesday
    relative_pronouns: frozenset[str] = frozenset()  # "qui", "który": open a clause of their own verb
    since: frozenset[str] = frozenset()  # "seit", "depuis": a weekday after one is the day a state began, past
    for_day: frozenset[str] = frozenset()  # "pour", "für", "na": a weekday an act is set for is the coming one
    for_day_not_after: frozenset[str] = frozenset()  # "nocy", "ночь": "w nocy z wtorku na środę" is no such day
    ahead_after: tuple[str, ...] = ()  # "prochain", "que viene": right after a weekday, the coming one
    back_after: tuple[str, ...] = ()  # "dernier", "scorso": right after a weekday, the last one
    from_day: frozenset[str] = frozenset()  # "dès", "ab", "partir": a weekday after one is the coming day
    from_since: frozenset[str] = frozenset()  # "desde", "od", "с": the coming day only under a future form
    called_off: tuple[str, ...] = ()  # stems of calling off or moving an act ("annul", "aplaz", "odwoła")
    day_of: frozenset[str] = frozenset()  # "de", "del", "am": between a noun and the weekday that dates it
    weekday_adjective: tuple[str, ...] = ()  # "ową", "ий": endings of a weekday's adjective ("czwartkową")
    number_case_endings: tuple[tuple[str, str], ...] = ()  # ("ьох", "ь"): "дванадцятьох" is "дванадцять"
    year_before: tuple[str, ...] = ()  # "en", "im Jahr": words before a year that make it the date of a fact
    partitive: frozenset[str] = frozenset()  # "de", "d'" between a scale word and a currency, lower case
    relative_then: frozenset[str] = frozenset()  # "tra" after "nella notte": the words after it give the day
    ambiguous_numbers: frozenset[str] = frozenset()  # "sei" (six; you are): a count only before a content word
    number_words: dict[str, float] = field(default_factory=dict)  # "pięciu" -> 5, "пятеро" -> 5 (apostrophe "'")
    relative_years: dict[str, int] = field(default_factory=dict)  # "l'an dernier" -> -1 (years from publication)
    # "veintena" -> (18, 22, 20), "kilkanaście" -> (11, 19, None): range read alone, and the base a number multiplies
    vague_numbers: dict[str, tuple[float, float, float | None]] = field(default_factory=dict)
    pro_drop: bool = False  # the language leaves a known subject unsaid ("«...», declaró"): see data/languages.toml
    subjectless_after: frozenset[str] = frozenset()  # "a" in "declaró a la prensa": no subject follows the verb
    name_joiners: tuple[str, ...] = ()  # "de", "della": lower-case words inside an organisation's name
    owner_words: frozenset[str] = frozenset()  # "de", "von": a name after one only qualifies a role noun
    inner_abbreviations: frozenset[str] = frozenset()  # "ul", "np", "nr", "sr": their point ends no sentence
    end_abbreviations: frozenset[str] = frozenset()  # "itd", "usw", "j.-c": their point may end a sentence too
    year_marks: frozenset[str] = frozenset()  # "r", "г", "р": the year's abbreviation after a year number
    finite_endings: tuple[str, ...] = ()  # "aron", "arono", "ło": a finite verb after its number subject
    future_with_infinitive: frozenset[str] = frozenset()  # "va", "ma": a future auxiliary only before an infinitive
    perfective_prefixes: tuple[str, ...] = ()  # "prze", "roz", "з": a perfective verb's prefix (Polish, Ukrainian)
    perfective_endings: tuple[str, ...] = ()  # "i", "ie", "еться": third-person non-past endings of a perfective
    imperfective_endings: tuple[str, ...] = ()  # "uje", "odzi", "ається": a prefixed imperfective's present
    imperfective_verbs: frozenset[str] = frozenset()  # "dotyczyć", "залежати": prefixed imperfectives by lemma
    past_plural_endings: tuple[str, ...] = ()  # "ły", "ęli": a past plural's endings, never a perfective future's
    past_stem_endings: tuple[str, ...] = ()  # "li": a past ending on the infinitive's own stem ("podpisali")
    past_endings: tuple[str, ...] = ()  # "ó", "ł", "ла": a past finite verb's endings (its lemma an infinitive)
    past_auxiliaries: frozenset[str] = frozenset()  # "a", "ha", "ist": a compound past's auxiliary
    participle_endings: tuple[str, ...] = ()  # "é", "ato", "ado": a past participle's endings

    def is_speech(self, word: str, lemma: str) -> bool:
        """Whether a token is a speech verb: its lemma listed, or (no lemmatiser) its form starts with a stem."""
        return lemma in self.speech_set or word.lower().startswith(self.speech_stems)


@lru_cache(maxsize=16)
def words_for(language: str) -> Words:
    """The words of ``language`` (ISO 639-1). Raises ``KeyError`` for a language the data file lacks."""
    d = data_toml("languages.toml")[language]
    months: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for month_context in ("format", "stand-alone"):
            for n, name in get_month_names(width, month_context, locale=language).items():
                months.setdefault(name.lower().rstrip("."), int(n))
    weekdays: dict[str, int] = {}
    upper = False
    for day_context in ("format", "stand-alone"):
        for n, name in get_day_names("wide", day_context, locale=language).items():
            weekdays.setdefault(name.lower(), int(n))
            upper = upper or (day_context == "format" and name[:1].isupper())
    for name, n in d.get("weekdays", {}).items():  # forms babel lacks ("ўторак" after a vowel in Belarusian)
        weekdays.setdefault(name, int(n))
    for name, n in list(weekdays.items()):  # babel's "пʼятниця" (U+02BC) as texts type it: "п'ятниця", "п’ятниця"
        for mark in "'’":
            weekdays.setdefault(name.replace("ʼ", mark), n)
    speech = tuple(d["speech"])
    return Words(
        language=language,
        speech=speech,
        that=frozenset(d["that"]),
        quotes=tuple((a, b) for a, b in d["quotes"]),
        more=tuple(d["more"]),
        less=tuple(d["less"]),
        about=tuple(d["about"]),
        scales=tuple(sorted(d["scales"].items(), key=lambda kv: -len(kv[0]))),
        currencies=tuple(sorted(d["currencies"].items(), key=lambda kv: -len(kv[0]))),
        percent=tuple(d["percent"]),
        stop=frozenset(d["stop"]),
        relative=dict(d.get("relative", {})),
        pronouns=frozenset(d.get("pronouns", [])),
        noun_suffixes=tuple(d.get("noun_suffixes", [])),
        ahead=tuple(d.get("ahead", [])),
        before=frozenset(d.get("before", [])),
        negation=frozenset(d.get("negation", [])),
        until=frozenset(d.get("until", [])),
        earliest=frozenset(d.get("earliest", [])),
        past=frozenset(d.get("past", [])),
        scheduled=frozenset(d.get("scheduled", [])),
        since=frozenset(d.get("since", [])),
        for_day=frozenset(d.get("for_day", [])),
        for_day_not_after=frozenset(d.get("for_day_not_after", [])),
        ahead_after=tuple(d.get("ahead_after", [])),
        back_after=tuple(d.get("back_after", [])),
        from_day=frozenset(d.get("from_day", [])),
        from_since=frozenset(d.get("from_since", [])),
        called_off=tuple(d.get("called_off", [])),
        day_of=frozenset(d.get("day_of", [])),
        weekday_adjective=tuple(d.get("weekday_adjective", [])),
        until_past=frozenset(d.get("until_past", [])),
        relative_pronouns=frozenset(d.get("relative_pronouns", [])),
        number_case_endings=tuple((k, v) for k, v in d.get("number_case_endings", {}).items()),
        year_before=tuple(d.get("year_before", [])),
        titles=frozenset(d.get("titles", [])),
        honorifics=frozenset(d.get("honorifics", [])),
        months=months,
        weekdays=weekdays,
        clock=tuple(d.get("clock", [])),
        clock_before=tuple(d.get("clock_before", [])),
        clock_about=tuple(d.get("clock_about", [])),
        hour_before=tuple(d.get("hour_before", [])),
        hour_then=frozenset(d.get("hour_then", [])),
        clock_hours=tuple(d.get("clock_hours", [])),
        day_parts=dict(d.get("day_parts", {})),
        hour_day_parts=dict(d.get("hour_day_parts", {})),
        number_labels=frozenset(d.get("number_labels", [])),
        adjective_endings=tuple(d.get("adjective_endings", [])),
        genitive_plural_endings=tuple(d.get("genitive_plural_endings", [])),
        midnight=tuple(d.get("midnight", [])),
        noon=tuple(d.get("noon", [])),
        day_point_before=tuple(d.get("day_point_before", [])),
        day_point_at=frozenset(d.get("day_point_at", [])),
        not_day_points=tuple(d.get("not_day_points", [])),
        day_point_adverbs=frozenset(d.get("day_point_adverbs", [])),
        shortly_before=tuple(d.get("shortly_before", [])),
        shortly_after=tuple(d.get("shortly_after", [])),
        range_from=tuple(d.get("range_from", [])),
        range_to=tuple(d.get("range_to", [])),
        noun_then_qualifier=frozenset(d.get("noun_then_qualifier", [])),
        not_weekdays=frozenset(d.get("not_weekdays", [])),
        weekday_noun_after=frozenset(d.get("weekday_noun_after", [])),
        future=tuple(d.get("future", [])),
        plan=tuple(d.get("plan", [])),
        infinitive_endings=tuple(d.get("infinitive_endings", [])),
        relative_noun_after=frozenset(d.get("relative_noun_after", [])),
        weekday_cases=bool(d.get("weekday_cases", False)),
        weekday_parts=tuple(d.get("weekday_parts", [])),
        weekday_upper=upper,
        articles=frozenset(d.get("articles", [])),
        elided=tuple(sorted(d.get("elided", []), key=len, reverse=True)),
        speech_set=frozenset(speech),
        speech_stems=tuple(x for x in speech if len(x) >= 4),
        partitive=frozenset(d.get("partitive", [])),
        relative_then=frozenset(d.get("relative_then", [])),
        ambiguous_numbers=frozenset(d.get("ambiguous_numbers", [])),
        number_words={k: float(v) for k, v in d.get("number_words", {}).items()},
        relative_years={k: int(v) for k, v in d.get("relative_years", {}).items()},
        pro_drop=bool(d.get("pro_drop", False)),
        subjectless_after=frozenset(d.get("subjectless_after", [])),
        name_joiners=tuple(d.get("name_joiners", [])),
        owner_words=frozenset(d.get("owner_words", [])),
        inner_abbreviations=frozenset(d.get("inner_abbreviations", [])),
        end_abbreviations=frozenset(d.get("end_abbreviations", [])),
        year_marks=frozenset(d.get("year_marks", [])),
        finite_endings=tuple(d.get("finite_endings", [])),
        future_with_infinitive=frozenset(d.get("future_with_infinitive", [])),
        perfective_prefixes=tuple(d.get("perfective_prefixes", [])),
        perfective_endings=tuple(d.get("perfective_endings", [])),
        imperfective_endings=tuple(d.get("imperfective_endings", [])),
        imperfective_verbs=frozenset(d.get("imperfective_verbs", [])),
        past_plural_endings=tuple(d.get("past_plural_endings", [])),
        past_stem_endings=tuple(d.get("past_stem_endings", [])),
        past_endings=tuple(d.get("past_endings", [])),
        past_auxiliaries=frozenset(d.get("past_auxiliaries", [])),
        participle_endings=tuple(d.get("participle_endings", [])),
        vague_numbers={
            k: (float(v[0]), float(v[1]), float(v[2]) if len(v) > 2 else None)
            for k, v in d.get("vague_numbers", {}).items()
        },
    )


def month_pattern(words: Words) -> str:
    """A regex alternation of the language's month names, longest first (for date spans)."""
    names = sorted(words.months, key=len, reverse=True)
    return "|".join(re.escape(n) for n in names if len(n) >= 3)
