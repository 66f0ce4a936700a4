"""Conflicts of four classes that held on no unseen coverage (issue 12, trial 19's wildfire and the issue's
list), each probed on invented two- and three-outlet stories of several domains, with near cases that must stay
quiet:

- a person's role: the head of a fire service against a mayor ("Ilda Marek, the head of the provincial fire
  service" / "Ilda Marek, alcaldesa de Calder");
- one person's outcome when no sentence names them ("The 47-year-old man was charged" / "the man was released
  without charge" / "мужчина был отпущен без предъявления обвинения"), and treated at the scene against taken
  to hospital;
- who started a fire ("started by a farmer burning stubble" / "by sparks from a railway maintenance crew");
- a part of the day against a precise time for one act ("broke out in the afternoon" / "at 11 a.m.");
- the year a named person took up a post ("has chaired the board since 2004" / "became chair in 2005");
- one person's age in sentences naming them differently ("Reyes, 57," / "The 54-year-old mayor-elect");
- a named thing's rank by a superlative ("the nation's fourth-largest lender" / "fifth-largest"), within one
  field only ("the world's 40th-largest" is another ranking).

Each conflict carries its typed reason and cites each side's own sentence (``compare_texts`` checks the
evidence verbatim). Invented text."""

from __future__ import annotations

import pytest

from crosswire.compare.claims.day_parts import part_of_day
from test_compare_core import compare_texts

OUTLETS = ["Valley Tribune", "Coast Ledger", "Harbour Post"]

FIRE_EN = "A wildfire burned through pine forest above Calder on Sunday, forcing 900 people from their homes. "
FIRE_EN2 = "A wildfire tore through forest above the town of Calder on Sunday and 900 people were evacuated. "
MAREK_HEAD = "Ilda Marek, the head of the provincial fire service, said 14 aircraft were fighting the blaze."
BARNS_A = "A farmer burning stubble started a grass fire near Oltrin on Saturday that destroyed three barns. "
CHARGED = "The 47-year-old man was charged with negligent arson and remanded in custody on Sunday, police said."
BARNS_B = "A grass fire near Oltrin on Saturday destroyed three barns after a farmer burned stubble on his field. "
PUB_A = "Two men were arrested after a brawl outside a Dunmore pub on Friday night. "
PUB_B = "Police arrested two men after a fight outside a pub in Dunmore late on Friday. "
BUS_A = "A bus overturned on the coast road near Dunmore on Friday morning, injuring 12 passengers. "
BUS_B = "A bus overturned on the coast road outside Dunmore on Friday, and 12 passengers were hurt. "
VAN_A = "A delivery van hit a lamp post in Brenmoor on Monday morning. "
VAN_B = "A van crashed into a lamp post in central Brenmoor on Monday. "
TRIAL_A = "A Brenmoor court ruled on Thursday in the trial over the harbour warehouse fire. "
TRIAL_B = "The trial over the fire at a Brenmoor harbour warehouse ended on Thursday. "
SCRUB_A = "A wildfire burned 400 hectares of scrub near Oltrin on Saturday. "
SCRUB_B = "A wildfire destroyed 400 hectares of scrub near Oltrin on Saturday. "
KELT_A = "A grass fire spread across 60 hectares near the village of Kelt on Tuesday. "
KELT_B = "A grass fire burned 60 hectares near Kelt on Tuesday. "
STORE_A = "A fire broke out at a warehouse in Dunmore on Monday, destroying stock worth thousands. "
STORE_B = "Firefighters battled a warehouse fire in Dunmore on Monday. "
BRIDGE_A = "A bridge over the Varn river collapsed on Wednesday, cutting the main road to the coast. "
BRIDGE_B = "The Varn river bridge fell into the water on Wednesday. "
LIND_A = "Brenmoor Water announced on Monday that its chairman, Oskar Lind, will retire in June. "
LIND_B = "Oskar Lind, chairman of Brenmoor Water, will step down in June, the utility said on Monday. "
ARKEL_A = "Dunmore City sacked manager Piet Arkel on Sunday after a 4-0 defeat. "
ARKEL_B = "Dunmore City dismissed Piet Arkel on Sunday after losing 4-0 at home. "
REYES_A = "Carmen Reyes was elected mayor of Valdora on Sunday with 58 percent of the vote. "
REYES_B = "Valdora elected Carmen Reyes as its new mayor on Sunday. "
KELL_A = "Ostrand's Kell Bank agreed on Friday to buy a smaller rival for $2 billion. "
KELL_B = "Kell Bank said on Friday it would buy a smaller rival in a $2 billion deal. "
PORT_A = "Brenmoor port handled a record 14 million tonnes of cargo last year, officials said on Tuesday. "
PORT_B = (
    "Brenmoor's port moved a record 14 million tonnes of goods in the past year, the port authority said on Tuesday. "
)


def _conflicts(tmp_path, texts: list[str]):
    rows = [(f"r-{i}", OUTLETS[i], "2024-03-13", t) for i, t in enumerate(texts)]
    return compare_texts(tmp_path, rows).conflicts


# (texts, reason, the words each side's label holds)
CONFLICTS = [
    # role: the head of a fire service is no mayor, in English and across languages
    (
        [FIRE_EN + MAREK_HEAD, FIRE_EN2 + "Ilda Marek, the mayor of Calder, said 14 aircraft were fighting the fire."],
        "different role",
        ["mayor", "head of the provincial fire service"],
    ),
    (
        [
            FIRE_EN + MAREK_HEAD,
            "Un incendio forestal arrasó el domingo el bosque sobre Calder y 900 personas fueron evacuadas. "
            "Ilda Marek, alcaldesa de Calder, explicó que 14 aviones combaten el fuego.",
            "Pożar lasu nad Calder zmusił w niedzielę 900 osób do ewakuacji. Szefowa prowincjonalnej straży "
            "pożarnej Ilda Marek poinformowała, że z pożarem walczy 14 samolotów.",
        ],
        "different role",
        # a side an English source states is labelled in its words (crosswire.compare.claims.roles.role_label)
        ["alcaldesa", "head of the provincial fire service"],
    ),
    # one unnamed person's outcome
    (
        [
            BARNS_A + CHARGED,
            BARNS_B + "On Sunday the man was released without charge, a police spokesman said.",
        ],
        "different outcome",
        ["released without charge", "charged"],
    ),
    (
        [
            BARNS_A + CHARGED,
            "Пожар возле деревни Олтрин в субботу уничтожил три сарая. В воскресенье мужчина был отпущен без "
            "предъявления обвинения, сообщил представитель полиции.",
        ],
        "different outcome",
        ["released without charge", "charged"],
    ),
    (
        [
            TRIAL_A + "The woman was acquitted of arson by a jury, her lawyer said.",
            TRIAL_B + "The woman was convicted of arson and will be sentenced next month.",
        ],
        "different outcome",
        ["convicted", "acquitted"],
    ),
    # treated at the scene / taken to hospital, a named and an unnamed person
    (
        [
            BUS_A + "The driver, Georgi Petkov, was treated at the scene for minor cuts, police said.",
            BUS_B + "The driver, Georgi Petkov, was taken to hospital with cuts, police said.",
        ],
        "different outcome",
        ["taken to hospital", "treated at the scene"],
    ),
    (
        [
            VAN_A + "The driver was treated at the scene, ambulance staff said.",
            VAN_B + "The driver was taken to hospital with head injuries, police said.",
        ],
        "different outcome",
        ["taken to hospital", "treated at the scene"],
    ),
    # who started a fire: passive with "sparks from", active, across languages
    (
        [
            SCRUB_A + "Police said the blaze was started by a farmer burning stubble on his land.",
            SCRUB_B + "The fire was started by sparks from a railway maintenance crew's grinder, railway police said.",
        ],
        "different agent",
        ["farmer", "railway maintenance crew"],
    ),
    (
        [
            KELT_A + "Investigators said lightning started the fire late in the afternoon.",
            KELT_B + "An arsonist started the blaze, investigators said.",
        ],
        "different agent",
        ["lightning", "arsonist"],
    ),
    (
        [
            SCRUB_A + "Police said the blaze was started by a farmer burning stubble on his land.",
            "Pożar lasu strawił w sobotę 400 hektarów zarośli koło wsi Oltrin. Policja podała, że pożar wywołał "
            "47-letni rolnik.",
            "Ein Waldbrand hat am Samstag bei Oltrin 400 Hektar Buschland zerstört. Der Brand wurde durch "
            "Funkenflug von Gleisarbeitern ausgelöst, teilte die Bahnpolizei mit.",
        ],
        "different agent",
        ["rolnik", "Gleisarbeitern"],
    ),
    (  # German verb first, an attribution between the passive and its "durch"
        [
            SCRUB_A + "Police said the blaze was started by a farmer burning stubble on his land.",
            "Ein Waldbrand hat am Samstag bei Oltrin 400 Hektar Buschland zerstört. Ausgelöst wurde der Brand nach "
            "Angaben der Bahnpolizei durch Funkenflug beim Schleifen von Schienen: Ein Wartungstrupp der Eisenbahn "
            "hatte an der Strecke gearbeitet.",
        ],
        "different agent",
        ["farmer", "Schleifen von Schienen"],
    ),
    (
        [
            SCRUB_A + "Police said the blaze was started by a farmer burning stubble on his land.",
            "Un incendio forestal quemó el sábado 400 hectáreas de matorral cerca de Oltrin. El incendio fue "
            "provocado por un rayo, según los bomberos.",
        ],
        "different agent",
        ["farmer", "rayo"],
    ),
    # a part of the day against a precise time of one act
    (
        [
            STORE_A + "The fire broke out at 11 a.m., firefighters said.",
            STORE_B + "The fire broke out in the afternoon, a fire service spokesman said.",
        ],
        "vague vs precise",
        ["in the afternoon", "11 a.m."],
    ),
    (
        [
            BRIDGE_A + "The bridge collapsed at about 2:30 p.m., witnesses said.",
            BRIDGE_B + "It collapsed during the night, when no cars were on it, the roads agency said.",
        ],
        "vague vs precise",
        ["during the night", "2:30 p.m."],
    ),
    (
        [
            STORE_A + "The fire broke out at 11 a.m., firefighters said.",
            "Пожар на складе в Данморе вспыхнул в понедельник. Пожар вспыхнул днём, сообщили пожарные.",
        ],
        "vague vs precise",
        ["днём", "11 a.m."],
    ),
]


CONFLICTS += [
    (
        [
            REYES_A + "Reyes, 57, is a former schoolteacher.",
            REYES_B + "The 54-year-old mayor-elect previously ran a school.",
        ],
        "different value",
        ["57", "54-year-old"],
    ),
    (
        [
            LIND_A + "Lind has chaired the board since 2004, the company said.",
            LIND_B + "Lind became chair in 2005 after a decade on the board.",
        ],
        "different time",
        ["since 2004", "2005"],
    ),
    (
        [ARKEL_A + "Arkel had coached the team since 2019.", ARKEL_B + "Arkel was appointed head coach in 2021."],
        "different time",
        ["since 2019", "2021"],
    ),
    (
        [
            KELL_A + "Kell Bank is the nation's fourth-largest lender.",
            KELL_B + "Kell Bank is the nation's fifth-largest lender.",
        ],
        "different value",
        ["fourth-largest", "fifth-largest"],
    ),
    (
        [
            PORT_A + "Brenmoor is the country's third-largest port.",
            PORT_B + "Brenmoor is the second-largest port in the country.",
        ],
        "different value",
        ["third-largest", "second-largest"],
    ),
]


@pytest.mark.parametrize(("texts", "reason", "labels"), CONFLICTS)
def test_conflict_of_the_class(tmp_path, texts, reason, labels):
    typed = [c for c in _conflicts(tmp_path, texts) if c.reason == reason]
    assert len(typed) == 1, [c.summary for c in _conflicts(tmp_path, texts)]
    conflict = typed[0]
    written = " | ".join(s.label for s in conflict.sides)
    for label in labels:
        assert label in written, (label, written)
    # each side cites its own sentences: its sources' evidence, no source on two sides
    assert all(s.evidence and s.sources for s in conflict.sides)
    assert not set.intersection(*(set(s.sources) for s in conflict.sides))
    assert not set.intersection(*({e.article for e in s.evidence} for s in conflict.sides))
    for side in conflict.sides:  # the side's own words are in its own evidence (an outcome's label is its name)
        for part in side.label.split(" / ") if reason != "different outcome" else []:
            assert any(part.lower() in e.text.lower() for e in side.evidence), (part, side.evidence)


QUIET = [
    # the same role in other words, or in other languages
    [FIRE_EN + MAREK_HEAD, FIRE_EN2 + "Fire chief Ilda Marek said 14 aircraft were fighting the fire."],
    [
        FIRE_EN + MAREK_HEAD,
        "Лесной пожар над Калдером в воскресенье вынудил 900 человек покинуть дома. Глава провинциальной пожарной "
        "службы Ильда Марек сообщила, что с огнём борются 14 самолётов.",
        "Ein Waldbrand oberhalb von Calder hat am Sonntag 900 Menschen aus ihren Häusern vertrieben. Die Leiterin "
        "der Provinzfeuerwehr, Ilda Marek, sagte, 14 Flugzeuge seien im Einsatz.",
    ],
    # two unnamed men of two ages: two people
    [
        PUB_A + "A 23-year-old man was released without charge on Saturday, police said.",
        PUB_B + "A 41-year-old man was charged with assault, police said.",
    ],
    # taken to hospital in other words; a source telling of both (care at the scene, then hospital)
    [
        VAN_A + "The driver was taken to hospital, ambulance staff said.",
        VAN_B + "The driver was rushed to hospital with head injuries, police said.",
    ],
    [
        VAN_A + "The driver was treated at the scene and then taken to hospital, ambulance staff said.",
        VAN_B + "The driver was taken to hospital with head injuries, police said.",
    ],
    # one cause in two voices; one source naming two causes tells of two fires
    [
        KELT_A + "Investigators said lightning started the fire late in the afternoon.",
        KELT_B + "The blaze was sparked by lightning, investigators said.",
    ],
    [
        "Two grass fires burned 60 hectares near the village of Kelt on Tuesday. Lightning started one fire, and an "
        "arsonist started the blaze near the church, investigators said.",
        "Two grass fires burned 60 hectares near Kelt on Tuesday. The blaze was sparked by lightning, investigators "
        "said.",
    ],
    # a time inside the part; an "about" time at the part's edge; a part of another act
    [
        STORE_A + "The fire broke out at 3 p.m., firefighters said.",
        STORE_B + "The fire broke out in the afternoon, a fire service spokesman said.",
    ],
    [
        BRIDGE_A + "The bridge collapsed at about 11:45 a.m., witnesses said.",
        BRIDGE_B + "The bridge collapsed in the afternoon, the roads agency said.",
    ],
    [
        STORE_A + "The fire broke out at 11 a.m., firefighters said.",
        STORE_B + "Crews arrived in the afternoon, a fire service spokesman said.",
    ],
]


QUIET += [
    # one age in two framings; another person's age
    [
        REYES_A + "Reyes, 57, is a former schoolteacher.",
        REYES_B + "The 57-year-old mayor-elect previously ran a school.",
    ],
    [
        REYES_A + "Reyes, 57, is a former schoolteacher.",
        "Valdora elected Carmen Reyes as its new mayor on Sunday, defeating Tomas Ibarra. The 64-year-old incumbent "
        "conceded late on Sunday.",
    ],
    # one start year in two framings; two posts' start years
    [
        LIND_A + "Lind has chaired the board since 2004, the company said.",
        LIND_B + "Lind became chair in 2004 after a decade on the board.",
    ],
    [
        LIND_A + "Lind has been chief executive since 2004, the company said.",
        LIND_B + "Lind became chair in 2009 after a decade on the board.",
    ],
    # a rank in another field; the same rank in other words
    [
        KELL_A + "Kell Bank is the world's 40th-largest lender.",
        KELL_B + "Kell Bank is the nation's fifth-largest lender.",
    ],
    [
        PORT_A + "Brenmoor is the world's 30th-largest port.",
        PORT_B + "Brenmoor is the second-largest port in the country.",
    ],
    [
        PORT_A + "Brenmoor is the country's second-largest port.",
        PORT_B + "Brenmoor is the second-biggest port in the country.",
    ],
]


@pytest.mark.parametrize("texts", QUIET)
def test_near_case_stays_quiet(tmp_path, texts):
    assert [c.summary for c in _conflicts(tmp_path, texts)] == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The fire broke out in the afternoon.", "en", "afternoon"),
        ("Das Feuer brach am Nachmittag aus.", "de", "afternoon"),
        ("El incendio se declaró por la mañana.", "es", "morning"),
        ("Пожар вспыхнул ночью.", "ru", "night"),
        ("Pożar wybuchł po południu.", "pl", "afternoon"),
        ("L'incendie s'est déclaré dans la soirée.", "fr", "evening"),
        ("The fire broke out at 11 a.m.", "en", None),
        ("It burned from the morning into the night.", "en", None),
    ],
)
def test_part_of_day(text, lang, expected):
    found = part_of_day(text, lang)
    assert (found[0] if found else None) == expected
