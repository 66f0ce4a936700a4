"""Word lists and patterns the figure aligner reads: concepts, qualifiers, scope and time words, tally nouns.

Why a lexicon and not a parse: a spaCy parse of every figure sentence costs more than the whole 2 s budget of a
50-article story, and the words that name what is counted in news copy are few. Every list is lower case
unless it says otherwise; prefixes are matched against tokens near the number.
"""

import re

from crosswire.vocab.calendar import MONTHS, WEEKDAYS

# concept -> word prefixes (lower case) that name it; checked against tokens near the number.
CONCEPTS: dict[str, tuple[str, ...]] = {
    "killed": ("kill", "dead", "death", "die", "fatalit", "toll", "perish"),
    "injured": ("injur", "wound", "hurt"),
    "detained": ("detain", "detention", "arrest", "custody", "jailed"),
    "missing": ("missing",),
    "trapped": ("trap",),
    "rescued": ("rescued", "pulled", "saved"),
    "in shelters": ("shelter", "displac", "homeless"),
    "evacuated": ("evacuat",),
    "protesting": (
        "protests",
        "protest ",
        "rally",
        "rallies",
        "march",
        "flooded",
        "drawing",
        "drew",
        "crowd",
        "gather",
        "turnout",
        "turned out",
        "demonstration",
    ),
    "without power": ("electricity", "power ", "blackout", "outage"),
    "magnitude": ("magnitude",),
    "sent": ("sent", "deploy", "dispatch"),
    "stolen": ("stole", "stolen", "theft"),
    "reward": ("reward",),
}
# Words that say power was lost: "without power" is read only beside one of them ("176 hp of power", "20%
# more powerful" count no one without electricity).
POWER_LOSS = frozenset({"without", "lost", "lose", "losing", "no", "cut", "outage", "outages", "blackout", "blackouts"})
# Tallies that mean one quantity whoever reports them; for actions with an agent ("sent", "rescued") two
# numbers are usually two agents (the government's 600 rescuers, a neighbour's 120), so they never conflict.
CONFLICT_CONCEPTS = {
    "killed",
    "injured",
    "detained",
    "missing",
    "trapped",
    "in shelters",
    "evacuated",
    "protesting",
    "without power",
    "magnitude",
}
# Nouns that already name what happened, so the concept is not added to them.
EVENT_NOUNS = frozenset(
    {
        "deaths",
        "dead",
        "fatalities",
        "casualties",
        "injuries",
        "arrests",
        "detentions",
        "evacuations",
        "lives",
        "victims",
    }
)
# Seismic events other than the earthquake itself: a magnitude given with one of these nouns is that event's
# ("a magnitude 4.1 tremor shook the same area last month"), labelled with it, not "earthquake magnitude".
OTHER_SHOCKS = frozenset({"tremor", "tremors", "aftershock", "aftershocks", "foreshock", "foreshocks"})
TIME_WORDS = {w.capitalize() for w in (*WEEKDAYS, *MONTHS)} | {"The", "In", "Across", "Throughout"}
PEOPLE = {
    "people",
    "persons",
    "person",
    "protesters",
    "protestors",
    "demonstrators",
    "residents",
    "civilians",
    "individuals",
    "men",
    "women",
    "children",
    "victims",
    "detainees",
    "others",
    "more",
}
SKIP_TOKENS = PEOPLE | {
    "a",
    "an",
    "the",
    "of",
    "were",
    "was",
    "had",
    "have",
    "been",
    "are",
    "is",
    "be",
    "and",
    "who",
    "that",
}
STOPWORDS = SKIP_TOKENS | {
    "on",
    "in",
    "at",
    "for",
    "to",
    "from",
    "with",
    "by",
    "or",
    "but",
    "as",
    "than",
    "per",
    "into",
    "since",
    "after",
    "before",
    "during",
    "while",
    "when",
    "which",
    "this",
    "it",
}
LOWER_Q = ("more than", "over", "above", "at least", "upwards of", "in excess of", "more", "at least another")
UPPER_Q = ("nearly", "almost", "under", "less than", "fewer than", "up to", "at most", "just under", "close to")
APPROX_Q = (
    "about",
    "around",
    "some",
    "an estimated",
    "estimated",
    "approximately",
    "roughly",
    "approx",
    "an approximate",
    "circa",
)
VAGUE_Q = (
    "tens of",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "scores",
    "several",
    "a few",
    "tens of thousands",
    "hundreds of thousands",
    "dozen",
)
EXTENSION = re.compile(
    r"\b(other|elsewhere|across|throughout|region|province|country|nationwide|whole|surrounding)\b", re.I
)
SCOPE_AFTER = re.compile(
    r"\b(in|across|throughout|around|near|outside)\s+((?:the\s+)?(?:[a-z][\w'-]*\s+){0,3}?"
    r"[A-Z][\w'-]*(?:\s+(?:of\s+)?[A-Z][\w'-]*)*"
    r"(?:\s+(?:region|province|district|area|oblast|county|and other cities|and other towns|and elsewhere))?)"
)
SCOPE_BEFORE = re.compile(r"^\s*(?:In|Across|Throughout)\s+((?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s*,")
CLAUSE_END = re.compile(r"[,;:!?]|\.(?:\s|$)|\s--?\s|\s—\s")
TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*")
CURRENCY_SIGNS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₽": "RUB"}
SUFFIX = re.compile(r"^\s?(tn|trillion|bn|billion|mn|m|million|k|thousand)\b", re.I)
SCALE = {
    "tn": 1e12,
    "trillion": 1e12,
    "bn": 1e9,
    "billion": 1e9,
    "mn": 1e6,
    "m": 1e6,
    "million": 1e6,
    "k": 1e3,
    "thousand": 1e3,
}
# Words that scale a number ("$1 trillion", "$12.9bn"): never what the number counts. Not "m" or "k", which
# are units too ("a fall of about 60m").
SCALE_WORDS = frozenset(
    {*SCALE, "hundred", "dozen", "billions", "millions", "trillions", "thousands", "hundreds"} - {"m", "k"}
)
NEAR_DAYS = 3
STALE_DAYS = 14

CLAUSE_JOINS = {"and", "but", "while", "leaving", "whereas"}
DAY_WORDS = set(WEEKDAYS) | {"yesterday", "today", "tonight", "overnight", "weekend"}
BREAKDOWN = re.compile(r"(?:^|(?<!\d),\s*|\band\s+)\d[\d,.]*\s+(?:[a-z]+\s+){0,5}?(?:in|at)\s")


# What a tally counts, for deciding whether two tallies can conflict. Words that stand for "people" in a
# tally ("86 arrests", "1 wounded", "two dead") count as people; a specific group ("officers",
# "schoolchildren") only meets the same group: "10,000 people marched" and "hundreds of schoolchildren
# gathered" are two crowds, not one crowd counted twice.
PEOPLE_WORDS = EVENT_NOUNS | {
    "dead",
    "wounded",
    "injured",
    "killed",
    "arrested",
    "detained",
    "missing",
    "evacuated",
    "displaced",
    "homeless",
    "trapped",
    "survivors",
}
GROUP_NOUNS = {
    "officers",
    "policemen",
    "police",
    "soldiers",
    "troops",
    "students",
    "workers",
    "miners",
    "passengers",
    "pupils",
    "schoolchildren",
    "tourists",
    "migrants",
    "refugees",
    "patients",
    "journalists",
    "fighters",
    "militants",
    "children",
    "women",
    "men",
    "prisoners",
    "climbers",
    "crew",
    "firefighters",
    "rescuers",
    "staff",
    "employees",
    "members",
    "families",
}
POWER_NOUNS = {"homes", "households", "customers", "properties", "buildings", "houses", "people"}

# Tallies that only grow while an event is still being counted: a later report giving more is the count
# moving on, not the sources disagreeing. ("Missing" and "trapped" fall as people are found.)
RUNNING_TOTALS = {"killed", "injured", "detained", "evacuated"}

OF_NOUN = re.compile(r"\b([a-z]{3,})\s+of\s+(?:about|around|only|some|nearly|almost|more than|just)?\s*[$£€]?$")
