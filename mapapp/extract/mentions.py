"""Place mentions in running text: where an article names a place, and which place it means.

text → sentences → runs of capitalised words → names the gazetteer knows → mentions that are
places here (not people, governments or common words) → places, chosen with the whole text
as context. Every mention keeps its character offsets in the text, so the sentence around it
is a slice of the article that tests can check.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from itertools import pairwise
from math import ceil
from typing import Literal, TypeVar

from mapapp.core.names import fold, loose
from mapapp.core.names import loose as loose_key  # (where a parameter is called loose)
from mapapp.core.schema import GeoPrecision
from mapapp.geo.distance import haversine_km
from mapapp.geo.gazetteer import (
    FROM_CONTEXT,
    LOOKALIKE,
    NOT_PLACES,
    Gazetteer,
    GeocodeResult,
    Place,
    within_region,
)
from mapapp.geo.resolver import (
    VILLAGE_POPULATION,
    Focus,
    NameEvidence,
    Points,
    Theatre,
    prominence,
    region_like,
    resolve_names,
    theatre_from_setting,
)

# A one-word name at least this common in English ("Both", "Kim", "Sky") is read as the word,
# unless the place is a city of DOMINANT_POPULATION or more. Zipf 3.5: about three times in a
# million words. "Lyman" (3.1) and "Kyiv" (3.1) stay places.
COMMON_ZIPF = 3.5
BIG_CITY = 100_000
# A name matched only through its romanisation-insensitive key ("Kurakhovo" for Kurakhove)
# must be at least this long and no English word.
LOOSE_MIN_LENGTH = 5
MAX_NAME_WORDS = 4

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen lt col maj capt sgt sen rep gov pres prof jr sr no vs etc inc ltd co"
    " jan feb mar apr jun jul aug sep sept oct nov dec approx est".split()
)
# The line-break alternative starts a gap only where its whitespace starts ("(?<!\s)"): tried
# inside a long run of spaces it would rescan the rest of the run at every position.
# ... and a full stop with no space after it, as some pages run sentences together ("the
# ministry stated.Meanwhile", "on May 8.Strikes were"), but not "St.Petersburg" or "U.S.".
_SENTENCE_GAP = re.compile(
    r"(?<=[.!?…])[\"”’»)\]]*\s+(?=[\"“‘«(\[]?[^\W_a-zа-я])"
    # A line break ends a sentence or a headline, except one inside a hard-wrapped paragraph:
    # "fired drones and missiles at\nthe Poltava region" reads on. (A blank line never does,
    # nor does the break before an item of a list: "According to him:\nin Boryspil district,
    # a fire ...;\nin Obukhiv district, windows were damaged".)
    r"|(?<!\s)\s*\n(?=\s*\n)\s*|(?<=[:;])[ \t\r]*\n\s*"
    r"|(?<!\s)[ \t\r]*\n[ \t]*+(?![a-zа-яёіїєґ])\s*"
    r"|(?<=[a-z\d][.!?])(?=[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ])"
)
# A "sentence" longer than this (a paste with no full stop, a list of thousands of names) is
# cut into pieces of MAX_SENTENCE_CHARS / 2 to MAX_SENTENCE_CHARS, at a clause boundary
# (", ", "; ", ": ") if it has one, else between words: every later stage looks at one
# sentence at a time, so this bounds what one sentence can cost. A real sentence is at most a
# few hundred characters (the longest in the test data: 543).
MAX_SENTENCE_CHARS = 2000
# How far after a name the patterns that read on from it look ("Donetsk, Luhansk and
# Zaporizhzhia regions", ", a Russian region", "oil refinery"): far beyond any real phrase.
AFTER_WINDOW = 400
# "the Pokrovsk district", "Kupiansk raion": a district, not the town it is named after.
_DISTRICT_WORDS = frozenset(
    "district districts raion raions rayon neighborhood neighbourhood microdistrict".split()
)
# ("the Graivoron urban district", "the Belgorod municipal okrug")
_DISTRICT_AFTER = re.compile(
    rf"\s+(?:(?:urban|municipal|rural|city|administrative)\s+)?(?:{'|'.join(sorted(_DISTRICT_WORDS))})\b"
    r"|\s+(?:urban|municipal)\s+okrugs?\b",
    re.IGNORECASE,
)
DISTRICT = "a district (raion) whose administrative centre the gazetteer does not know"
# A district is drawn at the town it is named after, its administrative centre as a rule (a
# Ukrainian raion since 2020, most Russian districts), as "near" it (geo precision 2: a small
# area stood in for by a nearby settlement), never as the town itself. Not a neighbourhood of
# a city ("the Saltivka neighbourhood"), nor a city's own district ("the Dnipro district of
# Kherson"), which the city stands for.
_CITY_PART_WORDS = frozenset("neighborhood neighbourhood microdistrict".split())
CITY_DISTRICT = "a district of {city}, which the text names"
# "a fire broke out in a private yard in Dniprovskyi district": a name that districts of
# several cities bear (Kyiv's, Kamianske's, Kherson's ...), which GeoNames has for one of
# them, in a text that names none of those cities.
SOME_CITYS_DISTRICT = (
    "several cities have a district of that name (GeoNames has {place}'s); the text names none"
    " of them"
)


_OF_A_NAMED_CITY = re.compile(re.escape(CITY_DISTRICT.partition("{")[0]))
# ... and drawn at GeoNames' own point for it.
CITY_DISTRICT_POINT = CITY_DISTRICT + ": GeoNames' point for it"
# ... or the one the official codifier has a district of that name in ("the Holosiivskyi
# district": Kyiv's), in a text that names no city.
CODIFIER_DISTRICT_POINT = (
    "a district of {city}, the city the official codifier (KATOTTG) has it in: GeoNames'"
    " point for it"
)
_CITY_DISTRICT_POINTS = tuple(
    re.compile(re.escape(reason).replace(r"\{city\}", "(.+)"))
    for reason in (CITY_DISTRICT_POINT, CODIFIER_DISTRICT_POINT)
)


def district_drawn_at(mention: Mention, place: Place) -> str:
    """What a district drawn at ``place`` is drawn at, for the reviewer: a city's district at
    GeoNames' point for it, any other at the town it is run from."""
    reason = mention.result.reason if mention.result is not None else ""
    for point in _CITY_DISTRICT_POINTS:
        if (city := point.fullmatch(reason)) is not None:
            return f"a district of {city.group(1)}, drawn at {place.name}, GeoNames' point for it"
    return f"a district, drawn at {place.name}, the town it is run from"


# A district's or a community's name as an adjective ("Glushkovsky", "Boryspilskyi",
# "Kutsurubska"): the stem, and what follows it in the town's name ("Glushkov-o",
# "Tsimlyan-sk", a stanitsa's "Kushchev-skaya", "Kutsurub-", "Marhanet-s", "Vasylkiv-ka",
# "Krasnopil-lia").
# (-zka: "Medzhybizka", Меджибізька)
_ADJECTIVE_ENDING = re.compile(
    r"(?:[sz][’'ʼ]?k(?:y|yi|iy|ii|i|yy|aya|a|e|oye|oe|oy))$", re.IGNORECASE
)
_STEM_ENDINGS = ("", "o", "sk", "skaya", "a", "e", "ske", "ka", "s", "lia", "i")
_COMPOUND_PREFIXES = {
    "staro": ("Staryy ", "Stary ", "Staraya ", "Stara "),
    "novo": ("Novyy ", "Novaya ", "Nova ", "Novyi "),
    "velyko": ("Velyka ", "Velykyi "),
    "verkhne": ("Verkhniy ", "Verkhnyaya "),
    "nizhne": ("Nizhniy ", "Nizhnyaya "),
}
# A masculine adjective names a district, not a settlement of that name ("Sholokhovsky":
# the Sholokhovsky district is governed from Vyoshenskaya, not from Sholokhovskiy).
_MASCULINE_ENDING = re.compile(r"[sz][’'ʼ]?k(?:y|yi|iy|ii|i|yy|oy)$", re.IGNORECASE)
# A neuter adjective, as many villages are named ("Torskoye", "Torske", "Pokrovskoye").
_NEUTER_ENDING = re.compile(r"[sz]k(?:oye|oe|e)$", re.IGNORECASE)
# A feminine adjective, as a power plant is named by its town ("Zmiivska", "Starobeshevskaya").
_FEMININE_ENDING = re.compile(r"[sz][’'ʼ]?k(?:a|aya)$", re.IGNORECASE)
_UKRAINIAN_MASCULINE = re.compile(r"[sz][’'ʼ]?k(?:yi|yy)$", re.IGNORECASE)
# The rest of a list of names after its first, up to the noun they share ("the Kupiansk and
# Lyman directions": " and Lyman ").
_REST_OF_A_LIST = (
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z][\w’'ʼ-]*\s*(?:,\s*(?:and\s+)?|\s+and\s+))*"
    r"[A-Z][\w’'ʼ-]*\s+"
)
# The first names of a list of fronts ("the Kupiansk and Lyman directions").
_FRONTS_LISTED_AFTER = re.compile(
    _REST_OF_A_LIST + r"(?:(?:tactical|operational(?:-tactical)?)\s+)?(?:directions|fronts|sectors"
    r"|axes)\b"
)
# "districts—Verkhnedonsky, Millerovsky", "several districts, including Chertkovskoye,
# Sholkhovskoye": names listed after the word for them.
_DISTRICTS_LIST_BEFORE = re.compile(
    # (and "four border communities of Chernihiv region during the day: Novhorod-Siverska,
    # Semenivska, Snovska and Horodnyanska")
    r"\b(?P<unit>districts|raions|rayons|communities|hromadas|municipalities)\b"
    r"(?:(?:\s+(?:in|of)\s+[\w’'-]+(?:\s+[\w’'-]+){0,4}?)?\s*"
    r"(?:[—–:]|,\s+(?:including|such\s+as|namely))\s*"
    # (or the list right after "of": "the districts of Grayvoron, Grayvoronsky, Shebekinsky")
    r"|(?<=districts)\s+of\s+)"
    r"(?:(?-i:[A-Z])[\w’'-]+\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$",
    re.IGNORECASE,
)
# The first adjectives of a list of districts or communities ("the Kutsurubska and
# Halytsynivska communities", "Slavyansky and Kushchevsky districts").
# ("the Belgorodsky, Korochansky and Starooskolsky municipal districts")
# ("the north-eastern Desnianskyi and southwestern Holosiivskyi districts")
_COMPASS = r"(?:(?:(?:north|south)-?(?:east|west)?|east|west)(?:ern)?|central)\s+"
_UNITS_LISTED_AFTER = re.compile(
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:{_COMPASS})?"
    rf"(?:[A-Z][\w’'ʼ-]*\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:{_COMPASS})?)*"
    r"[A-Z][\w’'ʼ-]*\s+(?:(?:urban|municipal|rural|administrative)\s+)?"
    r"(communities|hromadas|municipalities|districts|raions|rayons)\b"
)
# How many times larger than its namesakes abroad a Ukrainian town must be for "the X region"
# to be its raion ("the Nikopol region": Nikopol, 105,000 people; a Bulgarian Nikopol, 3,600).
FAR_LARGER = 10
# How far from a hyphenated place a town of its first part may lie and still be its own
# neighbour (Kupiansk, 5 km from Kupiansk-Vuzlovyi), not a short form of it.
NEAR_TOWN_KM = 30.0
# A name with the word that tells it from its namesakes ("Nizhny Novgorod", "Veliky
# Novgorod"): the rest of it is the short form the text may use after it.
# (Russian cities: "Velyka Novosilka" and "Novosilka" are two villages of Donetsk oblast.)
_QUALIFIED_NAME = re.compile(r"(?:Nizhn(?:y|iy|i|ii)|Velik(?:y|iy|iye))\s+([A-Z][\w’'-]+)")
# "the Pokrovsk sector", "the Bakhmut direction": a stretch of the front named after a town,
# drawn at the town as "near" it, as a community is; "the Kharkiv front", one named after a
# region, is in the region (not "the direction of Bakhmut", the way to it).
# ("the Gomel and Mozyr tactical directions")
_FRONT_WORDS = (
    r"(?:(?:tactical|operational(?:-tactical)?|operational-strategic)\s+)?"
    r"(?:front(?:\s+line|-line)?|frontline|sectors?|directions?|axis|axes|fronts)"
)
_FRONT_AFTER = re.compile(rf"\s+{_FRONT_WORDS}\b(?!\s+of\b)", re.IGNORECASE)
# The names of Ukraine's Tavria operational direction ("Tavriisk", "Tavriia", "Tavria"), folded.
_TAVRIA = re.compile(r"tavri(?:a|ia|ya|i?[iy]?sk(?:yi|iy|yy|y|ii|ij)?)$")
# A front's name, as a mention has it.
_FRONT_ENDING = re.compile(rf"\s{_FRONT_WORDS}$", re.IGNORECASE)
# "the Shostka community", "Nikopol hromada": the community governed from that town, drawn
# at the town as "near" it (geo precision 2); "the Semenivska municipality", as some English
# news calls a hromada.
# (And the initials of a territorial community, as officials write them: "Illinivska TG",
# "Oleksandrivka UTC".)
_COMMUNITY_WORDS = frozenset(
    "hromada hromadas community communities municipality municipalities tg utc otg".split()
)
# The unit word after a community's name, as a pattern.
_COMMUNITY_WORD_ALT = "|".join(sorted(_COMMUNITY_WORDS))
# The ordinals of village names ("Lyman Pershyi", "Zhelannoye Vtoroye").
_ORDINALS = frozenset(
    "pershyi persha pershe druhyi druha druhe tretii tretia tretie pervyi pervyy pervaya pervoye"
    " pervoe vtoroi vtoroy vtoraya vtoroye vtoroe tretii tretiy tretya tretye".split()
)
# Words, with the hyphens and apostrophes inside them ("Rostov-on-Don", "Kryvyi Rih").
_WORD = re.compile(r"[^\W_](?:[-’'ʼ]?[^\W_])*")
POSSESSIVE = re.compile(r"[’'ʼ]s$")
_REGION_WORDS = {unit: unit for unit in ("region", "oblast", "province")}
_REGION_PLURALS = {f"{unit}s": unit for unit in _REGION_WORDS}
_REGION_WORD_AFTER = re.compile(r"\s+(?:region|oblast|province)s?\b", re.IGNORECASE)
_BORDER_REGION_WORD = re.compile(r"\s+(?i:border|frontier)\s+((?i:region|oblast|province))\b")
# A country beside the theatre, named as where something happened (see MentionFinder._match).
COUNTRY = "a country beside the theatre, drawn at its capital"
# Russia's krais in English ("the Krasnodar Territory", "Krasnodar Krai"): regions too.
_KRAI_WORDS = frozenset({"territory", "krai", "kray"})
# "Donetsk and Luhansk regions": a name followed by more names and a plural region word.
# ("Donetsk and Dnipropetrovsk Oblasts": the capitalised region word is no part of a name.)
_NAME = r"[^\W\d_][\w’'-]*(?:\s+(?!(?i:regions?|oblasts?|provinces?)\b)[^\W\d_a-z][\w’'-]*){0,2}"
_MORE_NAMES = rf"(?:,\s+{_NAME})*,?\s+(?:and|or)\s+"
_REGION_LIST = re.compile(rf"{_MORE_NAMES}{_NAME}\s+((?i:regions|oblasts|provinces))\b")
# "the Lugansk and Donetsk People’s Republics": the first is a republic too, not its capital.
_REPUBLICS_LIST = re.compile(rf"{_MORE_NAMES}[A-Z][\w’'-]*\s+(?i:people[’']s\s+republics)\b")
# ", a Russian region" right after a name: the region of that name.
_REGION_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(region|oblast|province)\b"
)

# News agencies war reporting cites ("according to Tass"), some of them also place names.
_NEWS_AGENCIES = frozenset(
    "tass ria interfax ukrinform unian xinhua reuters anadolu yonhap kyodo bernama efe".split()
)
_CALENDAR = frozenset(name.lower() for name in (*calendar.day_name, *calendar.month_name) if name)
# The surnames of the war's leaders, named alone in a sentence ("Zelenskyy inspected the
# trenches"): no place, though a place abroad may be spelt like one (Zelensk, Uzbekistan).
_LEADERS = frozenset(
    "zelensky zelenskyy zelenskiy zelenskyi putin lukashenko shoigu gerasimov belousov peskov"
    " zakharova lavrov medvedev syrskyi syrsky zaluzhnyi zaluzhny budanov prigozhin kadyrov"
    " sybiha kuleba yermak umerov shmyhal svyrydenko".split()
)
# Capitalised words that may stand next to a place name without making it part of a person's
# or an organisation's name: adjectives ("Russian-occupied Kherson"), directions, the words of
# facility names ("Zaporizhzhia Nuclear Power Plant") and administrative units.
_ADJECTIVE = re.compile(r"(?:ian|ean|ese|ish|ern|ic)$|-[a-z]")
_NEIGHBOUR_WORDS = (
    frozenset(
        "north south east west northern southern eastern western central greater upper lower"
        " region oblast province district raion city town village port airport air base airbase"
        " oil refinery nuclear power plant station thermal bridge dam reservoir airfield railway"
        " depot steel works metallurgical plant coke chemical factory combine shipyard"
        " children hospital clinic school university academy theatre theater museum market"
        " cathedral church mall aviation aircraft bay"
        # Russian kinds of settlement written before the name ("Sloboda Belaya")
        " sloboda selo posyolok poselok khutor stanitsa derevnya"
        # (a sentence's first word: "Alongside Kyiv, the areas targeted included ...")
        " alongside besides beyond unlike despite including near outside across around towards"
        " toward besieged neighboring neighbouring nearby".split()
    )
    | _CALENDAR
)
# Words before a person's name: "Mr Zelensky", "President Putin", "Gen. Zaluzhny".
_TITLES = frozenset(
    "mr mrs ms dr president minister premier chancellor senator sen general gen lieutenant lt"
    " colonel col major maj captain capt commander governor mayor secretary ambassador"
    " spokesman spokeswoman spokesperson king queen prince pope patriarch adviser advisor"
    " correspondent reporter journalist leader chief deputy member mp".split()
)
# Any of those titles, in any case.
_TITLE = rf"(?i:{'|'.join(sorted(_TITLES))})"
# A title and a first name before a surname: "Governor Alexander Gusev".
_TITLE_FIRST_NAME_BEFORE = re.compile(rf"(?<![\w-]){_TITLE}\.?\s+[A-Z][\w’'-]+\s+$")
# A title of an office, its place and a first name before a surname: "Governor of Voronezh
# Oblast Alexander Gusev", "the head of the Kherson Regional Military Administration
# Oleksandr Prokudin".
_TITLE_OF_PLACE_FIRST_NAME_BEFORE = re.compile(
    rf"(?<![\w-]){_TITLE}\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|region|oblast|province|krai"
    r"|regional|military|administration)\s+){1,5}[A-Z][\w’'-]+\s+$"
)
# ", Governor of Russia's Voronezh Oblast" after a name: the person holding the office.
# ("Ivan Fedorov, head of the regional military administration")
_TITLE_OF_AFTER = re.compile(
    rf",\s+(?:the\s+)?(?:acting\s+|deputy\s+|regional\s+)?(?:{_TITLE}|(?i:head))"
    r"\s+of\b"
)
# What follows a place name used for an office or an institution: "Kharkiv governor said",
# "Xinhua news agency reported".
_OFFICE_AFTER = re.compile(
    # ("Donetsk People's Republic (DPR) head Denis Pushilin")
    r"(?:\s+\([A-Z]{2,6}\))?"
    # ("Kherson's Regional State Administration confirmed")
    r"(?:[’']s)?"
    # ("Mariupol's deputy mayor advisor, Petro Andriushchenko")
    r"\s+(?:acting\s+|deputy\s+|regional\s+|city\s+|military\s+|oblast\s+|state\s+)*"
    r"(?:governor|mayor|authorities|officials?|administration|council|head|chief|police"
    r"|(?:operational\s+)?headquarters"
    # ("Krasnodar Krai’s operations centre said")
    r"|(?:operations?|operational|emergency|crisis)\s+cent(?:re|er)"
    r"|prosecutors?|government|spokes(?:man|woman|person)|ministry|leadership|court"
    # ("Volunteers of Cherkasy regional organization of the Ukrainian Red Cross")
    r"|organi[sz]ation|branch"
    # ("LPR Health Minister Natalia Pashchenko said")
    r"|(?:(?-i:[A-Z])[a-z]+\s+)?minister"
    # ("coordinator of the Nikolayev underground network"): a resistance group
    r"|underground|partisans?|(?:partisan|resistance)\s+(?:movement|network|group)"
    # "Xinhua news agency reported": the media
    # ("the Sumy regional prosecutorʼs office", with a modifier letter for the apostrophe)
    r"|(?:news\s+)?agency|newspaper|news\s+(?:site|outlet|portal)|broadcaster)(?:ʼs)?\b"
    # ("the representatives of Sumy OVA": a military administration by its Ukrainian initials)
    r"|\s+(?-i:OVA|ODA|RVA|RDA|MVA|OMA|RMA|CMA|MBA)\b",
    re.IGNORECASE,
)
# A site run by an office, then where it is: "a warehouse operated by the Russian defense
# ministry in Toropets".
_RUN_BY_OFFICE_BEFORE = re.compile(
    r"\b(?:operated|owned|run|used|controlled|managed)\s+by\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?"
    r"(?:defen[cs]e\s+)?ministry(?:\s+of\s+defen[cs]e)?\s+(?:in|at)\s+$",
    re.IGNORECASE,
)
# What follows a place name used for its government: "Kyiv said", "Moscow has denied".
_ACTOR_AFTER = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+|also\s+|again\s+|then\s+)?"
    r"(?:said|says|say|claimed|claims|claim|announced|announces|denied|denies|accused|accuses"
    r"|warned|warns|vowed|vows|insisted|insists|told|stated|responded|responds|demanded"
    r"|demands|refused|refuses|wants|would|will|could|struck|launched|launches|sent|sends"
    r"|wrote|writes|posted|posts|added|adds|noted|notes|tweeted"
    r"|retaliated|blamed|blames|threatened|threatens|rejected|rejects|agreed|agrees|signed"
    r"|ordered|orders|plans|intends|hopes|believes|expects|reported|reports|admitted)\b"
)
# "multiple Ukrainian cities—Kyiv, Dnipro, ...": a capital in a list of cities is the city.
_LISTED_CITY = re.compile(
    r"\b(?:cities|towns|places)\s*(?:[—–:]|,\s+(?:including|such\s+as))\s*"
    r"(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s+(?:and\s+)?)*$"
)
# "included Kyiv, Dnipro and Lviv", "Odesa, Lviv and Kyiv": a capital listed with another
# town of the same country is the city, not its government.
_LIST_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
_LIST_PREVIOUS = re.compile(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?:,\s*(?:and\s+)?|\s+and\s+)$")
OFFICE = "names an office or institution"
# "hold talks in the Russian Black Sea resort of Sochi", "a press conference ... in Helsinki"
_VENUE_BEFORE = re.compile(
    # ("said at a briefing in Kyiv on May 24")
    # ("before Putin and Erdogan meet in Moscow to discuss reviving the grain agreement")
    r"\b(?:talks|summit|meeting|meet|meets|conference|negotiations|forum|briefing)\s+"
    r"(?:[^.;,]{0,40}?\s)?(?:in|at)"
    r"\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}?(?:of\s+)?$"
    # ("negotiations between Vladimir Putin and Recep Tayyip Erdogan which will be hosted by
    # Sochi")
    r"|\b(?:talks|summit|meeting|conference|negotiations|forum)\b[^.;]{0,80}?\bhosted\s+(?:by|in)"
    r"\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# A title in lower case just before a name ("regional governor Smirnov", "army chief
# Syrskyi"): a person. (Not "major" or "general", which also describe places.)
_LOWER_TITLE_BEFORE = re.compile(
    r"(?<![\w-])(governor|mayor|president|minister|spokes(?:man|woman|person)|commander|chief"
    r"|secretary|ambassador|advis[eo]r|correspondent|reporter|journalist|deputy|premier"
    r"|chancellor|senator|colonel|lieutenant|captain|patriarch)\s+$"
)
# "Lviv mayor Andrii Sadovyi reported an explosion in the city": the office's city is where
# it happened (not "in the city of Dnipro").
# A governor's is a region's office (the governor of Odesa is the Odesa oblast's).
_REGION_OFFICE = re.compile(r"governor|regional|region|oblast|province", re.IGNORECASE)
# "According to Khortytsia, ...": who says so (an army group, a government), not a place.
# ("... freed Ukrainian soldiers from encirclement, citing Azov": the brigade)
_SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|citing)\s+(?:the\s+)?$", re.IGNORECASE)
# "than those used in Hiroshima", "than in the Avdiivka sector": a comparison.
_COMPARED_BEFORE = re.compile(
    r"(?:\bthan\s+(?:(?:those|that|the\s+ones?|the\s+bombs?|the\s+attacks?)\s+)?"
    r"(?:(?:used|dropped|seen|recorded|reported)\s+)?(?:in|on|at|over)\s+(?:the\s+)?"
    # ("turned into a field of destruction similar to Bakhmut or Maryinka")
    r"|\bsimilar\s+to\s+(?:(?:that|those|what)\s+(?:of|in)\s+)?"
    # ("Similar incidents have occurred in Poland": other events, named to compare)
    r"|\b(?:similar|such)\s+(?:incidents?|attacks?|cases?|strikes?|events?)\s+(?:have\s+|had\s+)?"
    r"(?:also\s+)?(?:occurred|happened|taken\s+place|been\s+(?:reported|recorded|seen))\s+"
    r"(?:in|on|over|across)\s+(?:the\s+)?"
    # ("the Russians use the same tactics as against Bakhmut")
    r"|\b(?:same|similar)\s+(?:[\w-]+\s+){0,3}?as\s+(?:(?:against|in|at|on|near|around|for)\s+)?"
    r"(?:the\s+)?"
    # ("Chasiv Yar was destroyed as a result of the fighting, as was the case with Bakhmut and
    # Avdiivka", "repeating the fate of Mariupol")
    r"|\bas\s+(?:was|is|had\s+been|has\s+been)\s+the\s+case\s+(?:with|in|of)\s+(?:the\s+)?"
    r"|\bas\s+(?:it\s+)?(?:happened|did)\s+(?:with|in|to)\s+(?:the\s+)?"
    r"|\b(?:repeat(?:s|ed|ing)?|share[sd]?|suffer(?:s|ed)?)\s+the\s+fate\s+of\s+)"
    r"(?:(?-i:[A-Z])[\w’'-]+(?:,\s+|,?\s+(?:and|or)\s+))*$",
    re.IGNORECASE,
)
_COMPASS_BEFORE = re.compile(r"\b(?:south|north|east|west)(?:ern)?\s+$", re.IGNORECASE)
_THE_CITY = re.compile(r"\b(?:in|over|across|on)\s+the\s+(?:city|town)\b(?!\s+of\b)")
# "Kyiv Mayor Vitali Klitschko said ... blocks of flats were hit", "the mayor of Kharkiv": a
# city's own office, which speaks of the city (see MentionFinder.scan).
_CITY_OFFICE_AFTER = re.compile(
    # (and "Voronezh’s mayor Sergei Petrin said a kindergarten was damaged")
    r"(?:[’']s)?\s+(?:(?:city\s+)?mayor|city\s+(?:military\s+|state\s+)?administration)\b",
    re.IGNORECASE,
)
# "Sevastopol Governor Mikhail Razvozhaev": a city with a region's status has a governor.
_CITY_REGION_OFFICE_AFTER = re.compile(r"\s+(?:governor|head)\b", re.IGNORECASE)
_CITY_REGIONS = frozenset({"sevastopol", "sevastopil"})
# "Governor Mikhail Razvozhayev of Sevastopol"
_CITY_REGION_OFFICE_BEFORE = re.compile(
    r"\b(?:governor|head)\s+(?:(?-i:[A-Z])[\w’'-]+\s+){0,3}of\s+(?:the\s+city\s+of\s+)?$",
    re.IGNORECASE,
)
_CITY_OFFICE_BEFORE = re.compile(
    r"\b(?:mayor|head\s+of\s+the\s+city\s+(?:military\s+)?administration)\s+of\s+"
    r"(?:the\s+city\s+of\s+)?$",
    re.IGNORECASE,
)


def _quote_named_before(text: str, sentence: Sentence, mentions: Sequence[Mention]) -> bool:
    """Whether ``sentence`` begins inside a quotation (opened earlier in its paragraph)
    whose words before it name one of ``mentions``."""
    start = text.rfind("\n", 0, sentence.start) + 1
    opened = None
    for match in _QUOTE_MARK.finditer(text, start, sentence.start):
        mark = match.group()
        # (a straight mark opens a quote or closes the one it opened; a curly one says which)
        opens = mark == "\u201c" or (mark == '"' and opened is None)
        opened = match.start() if opens else None
    return opened is not None and any(opened < m.start < sentence.start for m in mentions)


_QUOTE_MARK = re.compile('["\u201c\u201d]')


# "Zelensky arrives in Washington for talks": a visit, no event there.
_ARRIVES_BEFORE = re.compile(r"\barriv(?:e|es|ed|ing)\s+in\s+(?:the\s+)?$", re.IGNORECASE)
_FOR_TALKS_AFTER = re.compile(
    r"\s+(?:for|on)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:talks|visit|summit|meetings?"
    r"|conference|negotiations)\b",
    re.IGNORECASE,
)
# "the bridge connecting Crimea to Russia’s mainland", "a supply conduit from Russia to
# occupied Crimea": the ends of a route.
_ROUTE_BEFORE = re.compile(
    r"\b(?:connecting|linking|links|connects|connected|linked)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:(?:and|to|with)\s+(?:the\s+)?(?:parts?\s+of\s+(?:the\s+)?)?(?:occupied\s+|annexed\s+)?)?$"
    r"|\b(?:conduit|route|corridor|link|road|railway|bridge)\s+from\s+[A-Z][\w’'-]+\s+to\s+"
    r"(?:the\s+)?(?:occupied\s+|annexed\s+)?$"
    # ("a key supply route from Sumy"; not "capturing the lifeline route from Chasiv Yar to
    # Bakhmut", its end)
    r"|\bsupply\s+(?:route|corridor|line|road)s?\s+from\s+(?:the\s+)?$"
    # ("settlements located along the logistical route leading from the Pokrovske area")
    # ("cut off the logistical routes leading from Pokrovsk")
    r"|\b(?:routes?|corridors?|roads?|railways?|highways?)\s+(?:leading|running|going)\s+from\s+"
    r"(?:the\s+)?$"
    # ("the transport link between the Russian mainland and the Moscow-annexed Crimean
    # peninsula")
    r"|\b(?:conduit|route|corridor|link|road|railway|bridge)\s+between\s+[^.;]{0,60}?\s+and\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+)?$"
    # ("a railway line between the city of Luhansk and the village of Lantrativka": both ends)
    r"|\b(?:railway|rail|power|gas|pipe)\s*lines?\s+between\s+(?:the\s+)?"
    r"(?:(?:city|town|village|settlement)\s+of\s+)?(?:[^.;]{0,60}?\s+and\s+(?:the\s+)?"
    r"(?:(?:city|town|village|settlement)\s+of\s+)?)?$"
    # ("clashes ... around strategically important gas and oil platforms between Crimea and
    # Odessa": both ends of a stretch of sea)
    r"|\b(?:platforms?|rigs?|towers|waters|ferry|ferries|shipping\s+lanes?)\s+between\s+(?:the\s+)?"
    r"(?:[^.;]{0,60}?\s+and\s+(?:the\s+)?(?:[\w’'-]+\s+)?)?$"
    # ("electric trains will not run on the route Kharkiv - Dergachi - Slatyno", "train No.
    # 66/65 - 166/165 Uman - Cherkasy - Kharkiv", "a passenger train running between Shostka
    # and Kyiv": where trains run, not where the attack was)
    r"|\b(?:route|train\s+No\.?\s*[\d/]+(?:\s*[-–—]\s*[\d/]+)?)\s+"
    r"(?:(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s*[-–—]\s*)*$"
    # ("a civilian train travelling between the Ukrainian cities of Odesa and Zaporizhzhia")
    r"|\b(?:trains?|services?|buses|bus)\s+(?:running|operating|travell?ing|going)\s+between\s+"
    r"(?:the\s+(?:[\w-]+\s+)?(?:cities|towns)\s+of\s+)?(?:(?-i:[A-Z])[\w’'-]+\s+and\s+)?$"
    # ("In Crimea, roads to the mainland lead to the areas of Armiansk and Chongar")
    r"|\b(?:roads?|routes?|railways?|highways?)\s+(?:[\w-]+\s+){0,4}?lead(?:s|ing)?\s+to\s+"
    r"(?:the\s+)?(?:areas?\s+of\s+)?(?:(?-i:[A-Z])[\w’'-]+(?:,\s+|\s+and\s+))*$"
    # ("the same awaits other trains in the Kramatorsk direction")
    r"|\btrains\s+in\s+the\s+$"
    # ("The targeted train had been transporting ammunition and fuel on a daily basis from
    # Crimea to Melitopol and Dniprorudne": the ends of a supply run)
    # ("a train traveling from Odesa to Zaporizhzhia was damaged": where it ran)
    r"|\b(?:trains?|bus(?:es)?|ships?|vessels?|ferr(?:y|ies)|planes?|flights?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:travell?(?:ing|ed)|running|going|heading|headed|en\s+route)\s+from"
    r"\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]+\s+to\s+(?:the\s+)?)?$"
    # (not "carry out a maneuver to withdraw units from Vuhledar")
    r"|\b(?:transport(?:ing|ed|s)?|carrying|carried|deliver(?:ing|ed|s)?|ferrying"
    r"|ferried)\b[^.;]{0,60}?\bfrom\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]+\s+to\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w’'-]+(?:,\s+|,?\s+and\s+))*)?$",
    re.IGNORECASE,
)
# "along the Slaviansk–Donetsk–Mariupol highway": a road named after the towns it joins (the
# dash chain after a name; the names after the first are in a dash chain too).
_DASH_NAME = r"(?:\s*[–—]\s*|-)(?-i:[A-Z])[\w’']+"
_NAMED_ROAD_AFTER = re.compile(
    rf"(?:(?<=[–—-])|{_DASH_NAME})(?:{_DASH_NAME})*"
    r"\s+(?:highway|motorway|road|railway|railroad|route|pipeline)\b",
    re.IGNORECASE,
)
# "Sofiivka of Druzhkivska municipal community", "Druzhba of Toretsk city": the unit a village
# belongs to, after the village.
_VILLAGE_OF_BEFORE = re.compile(r"\b(?-i:[A-Z])[\w’'-]+\s+of\s+$")
_UNIT_OF_VILLAGE_AFTER = re.compile(
    r"\s+(?:(?:municipal|urban|rural|settlement|village|territorial|city)\s+)?(?:community|hromada)"
    r"\b|\s+city\b(?!\s+(?:council|administration|military|hall|authorities|officials))",
    re.IGNORECASE,
)
# "A police lieutenant from the Kirovohrad region was also killed": where a person is from.
# "residents of Yurivka and Novy Melitopol heard it": a list of the places where a blast
# was heard, and what follows one of them.
_PART_OF = r"(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+(?:part|outskirts)\s+of\s+)?"
_LISTED_NAME = rf"{_PART_OF}[A-Z][\w’'-]*(?:[\s-][A-Z][\w’'-]*)?"
_RESIDENTS_OF_BEFORE = re.compile(
    rf"\b(?:residents|inhabitants|locals)\s+of\s+(?:{_LISTED_NAME}(?:,\s+|,?\s+and\s+))*{_PART_OF}$"
)
_HEARD_AFTER = re.compile(
    rf"(?:(?:,\s+|,?\s+and\s+){_LISTED_NAME})*\s+(?:also\s+|reportedly\s+|could\s+)?(?:heard"
    r"|hear)\b"
)
# "explosions heard as far away as Yevpatoria and the Bakhchisaray district": how far the
# blasts carried, not where they were.
_HEARD_AS_FAR_AS_BEFORE = re.compile(
    rf"\b(?:heard|felt|seen|visible)\s+as\s+far\s+(?:away\s+)?as\s+"
    rf"(?:{_LISTED_NAME}(?:\s+(?:district|region|oblast))?(?:,\s+|,?\s+and\s+))*{_PART_OF}$"
)
_PERSON_FROM_BEFORE = re.compile(
    r"\b(?:officers?|lieutenants?|policem[ae]n|residents?|m[ae]n|wom[ae]n|soldiers?|servicem[ae]n"
    r"|volunteers?|journalists?|doctors?|drivers?|workers?|rescuers?|boys?|girls?|child|children"
    r"|famil(?:y|ies)|natives?|teenagers?|pensioners?|students?)\s+(?:(?:who\s+(?:was|were|is"
    r"|are)|originally)\s+)?from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "launched an attack with guided bombs from the Belgorod region", "drones fired from
# Crimea": where the weapons came from.
_ORIGIN_BEFORE = re.compile(
    # ("launched 31 drones from Krasnodar Krai and 1 Iskander-M ballistic missile from
    # occupied Crimea")
    # ("Russians deployed 35 kamikaze drones over Ukraine from three directions")
    # ("Shahed attack drones were heading from Kherson Oblast to Mykolaiv Oblast")
    # ("The attack reportedly originated from several directions including Russia’s
    # Primorsko-Akhtarsk, Kursk, Orel, and Millerovo")
    r"(?:\b(?:launch(?:ed|es|ing)?|fired|firing|flew|flying|heading|headed|took\s+off|taking\s+off"
    r"|originat(?:ed|es|ing)"
    r"|deployed\s+(?:\d+\s+)?(?:[\w-]+\s+)?(?:drones|UAVs|Shaheds|missiles))\b"
    r"[^.;,]{0,100}?|\b(?:attacks|shelling|fire)\s+"
    # ("The attack was carried out from Russia’s Kursk Oblast")
    r"|\bcarried\s+out\s+"
    # ("The Russians hit Odesa with ballistic missiles from Crimea", "attacked with 60 Shahed
    # type strike UAVs and drones of other types from the directions of Bryansk")
    # ("a guided Kh-59 missile from the airspace of the Kursk Region")
    r"|\b(?:missiles?|rockets?|drones?|UAVs?|Shaheds?)\s+(?:of\s+(?:other|various|different)\s+types\s+)?"
    # ("combatants who are trying to advance on the area from Ukraine’s Sumy region")
    r"|\badvanc(?:e|es|ed|ing)\s+(?:on|into|towards?)\s+[^.;,]{0,40}?"
    # ("Russian assault groups from Oleshky attempted to break through to the bridge")
    r"|\b(?:assault|sabotage|reconnaissance|infantry)\s+(?:groups?|units?|teams?|squads?)\s+"
    r")\bfrom\s+(?:the\s+)?"
    # ("the strikes were carried out from the territory of the Russian Federation's Belgorod
    # region")
    # ("from the occupied territory of Kherson Oblast", "from its Belgorod region")
    r"(?:(?:its|their)\s+)?(?:(?:temporarily\s+)?occupied\s+(?=territor))?"
    r"(?:(?:territory|territories|airspace)\s+of\s+(?:the\s+)?)?(?:(?-i:[A-Z])[\w-]*\s+(?=(?-i:[A-Z])[\w-]*[’'ʼ]s\s))?"
    # ... or the next of them: "cruise missiles launched from Russian territory as well as
    # occupied Crimea"
    # (not "fired drones from the 20-21st September over the Black Sea and the Crimean
    # peninsula": where they flew)
    r"(?:(?!\d)(?:(?!\b(?:over|at|on|to|towards?|into|in|across)\b)[^.;,]){1,40}?"
    r"\s(?:as\s+well\s+as|and|or)\s+(?:from\s+)?(?:the\s+)?)?"
    # ("launched from the Black Sea (near Feodosia)", "launched from near Feodosia")
    r"(?:(?:Black|Azov|Caspian)\s+Sea\s*\(\s*)?(?:(?:near|around|outside)\s+)?"
    # ("regular attacks from northeastern Ukraine’s Kharkiv region")
    r"(?:(?:north|south|east|west|central)[\w-]*\s+(?=[A-Z][\w-]*[’']s\s))?"
    r"(?:[A-Z][\w-]*[’']s\s+)?"
    # (and "launched from the Russian-annexed Crimea")
    r"(?:(?:temporarily\s+|still\s+|Russian-)?(?:north|south|east|west|central|occupied|annexed)"
    r"[\w-]*\s+)?"
    # ("fired from the Russian border region of Belgorod")
    r"(?:(?:Russian|Ukrainian)\s+)?(?:(?:border|neighbou?ring|front-?line)\s+)?"
    # ("had launched cruise missiles from the area of Engels in Russiaʼs Saratov Oblast")
    # ("from the Black Sea water area and temporarily occupied territory of Kherson Oblast")
    r"(?:(?:region|oblast|province|city|town|area|vicinity|directions?|territory)\s+of\s+"
    r"(?:the\s+)?)?"
    # ... or any of a list: "launched drones from five districts — Bryansk, Kursk, Orel,
    # Millerovo and Primorsko-Akhtarsk"
    r"(?:(?:[\w-]+\s+)?(?:districts|regions|areas|directions|locations)"
    r"(?:\s*[—–:]\s*|,?\s+including\s+)(?:(?-i:[A-Z])[\w-]*[’']s\s+)?)?"
    # ("from three directions: Cape Chauda (Crimea), Prymorsko-Akhtarsk, and Kursk (Russia)")
    r"(?:(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?(?:\s*\([^()]{1,30}\))?"
    r"(?:,\s+|,?\s+(?:and|or)\s+))*"
    # ... and the region that locates it: "from the area of Engels in Russiaʼs Saratov
    # Oblast", "missiles fired from a multiple rocket launcher in Ukraine's Kharkov region"
    # ("launched from Cape Chauda in occupied Crimea")
    # ("from the area of the Chauda training ground in the still occupied Crimea")
    r"(?:(?:(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?"
    r"(?:\s+(?:airfield|air\s*base|airport|training\s+ground|test\s+site|range))?"
    r"|(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:launchers?|systems?|positions?))\s+in\s+"
    r"(?:(?-i:[A-Z])[\w-]*[’'ʼ]s\s+)?(?:the\s+)?"
    r"(?:(?:temporarily\s+|still\s+)?(?:[A-Za-z]+-)?(?:occupied|annexed|held)\s+)?)?$",
    re.IGNORECASE,
)
# "struck the nearby town of Samarske", "the neighbouring village of X"
_NEARBY_BEFORE = re.compile(
    r"\b(?:nearby|neighbou?ring)\s+(?:[\w-]+\s+)?(?:town|village|city|settlement|hamlet)s?"
    r"\s+(?:of\s+)?$",
    re.IGNORECASE,
)
# "near the village of Oleksandriia", "the villages of Loknia and Vodoroga", "Krynky village":
# what the text calls a village.
_VILLAGE_BEFORE = re.compile(
    r"\b(?:village|hamlet)s?\s+(?:of\s+|called\s+|named\s+)?"
    # (names of two words too: "the villages of Novaya Tavolzhanka and Murom")
    r"(?:[A-Z][\w’'ʼ-]*(?:\s+[A-Z][\w’'ʼ-]*)?(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$"
)
_VILLAGE_AFTER = re.compile(r"\s+(?:village|hamlet)\b", re.IGNORECASE)
# A site placed at a town's edge ("situated on the eastern outskirts of Feodosia"): a place
# said to be near after it is near the site, not the town.
_SITE_OUTSKIRTS_BEFORE = re.compile(
    r"\b(?:on|at|in)\s+the\s+(?:(?:north|south|east|west)[a-z-]*\s+)?outskirts\s+of\s+$",
    re.IGNORECASE,
)
# Between a settlement and the place it is said to be near: "Pivdenne, on the outskirts of
# Toretsk", "Andriivka, a village near the decimated eastern city of Bakhmut", "Selydove
# located about 18 km (10 miles) southeast of Pokrovsk", "Andriivka is about 13 kilometers
# south of Bakhmut".
_NUMBER_WORDS = {
    "a few": 5, "several": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50,
}  # fmt: skip
# "west of Kreminna near Terny" (the Institute for the Study of War's way of saying where):
# the landmark, a direction from it, then the place near it.
LANDMARK_THEN_NEAR = re.compile(
    r"\s+(?:near|around|close\s+to)\s+(?:the\s+(?:town|city|village|settlement)\s+of\s+)?"
)
# "west of", "to the north-east of": a direction from a landmark.
DIRECTION_OF = r"(?:to\s+the\s+)?(?:north|south|east|west)[\w-]*\s+of"
DIRECTION_OF_BEFORE = re.compile(
    rf"\b{DIRECTION_OF}\s+(?:the\s+(?:town|city|village|settlement)\s+of\s+)?$",
    re.IGNORECASE,
)
_NEAR_BETWEEN = re.compile(
    # ("Sergiivka, another frontline village some 15 kilometers ... from Pokrovsk"; a quote
    # may end between: '"liberated the village of Georgievka," around 30 kilometres (20
    # miles) west of Donetsk city')
    r",?[”\"’]?\s+(?:(?:an?|the|another)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:village|town|settlement|city|hamlet)\s+)?"
    r"(?:(?:which\s+)?(?:is|was|lies|lay)\s+)?(?:(?:located|situated|lying)\s+)?"
    r"(?:(?P<near>(?:on|in)\s+the\s+outskirts\s+of|near|close\s+to|not\s+far\s+from"
    r"|(?:just\s+)?outside(?:\s+of)?|in\s+the\s+vicinity\s+of|next\s+to|on\s+the\s+edge\s+of"
    # ("near Aleksandrovka (northeast of Korenevo)": a direction with no distance, near it)
    r"|(?<=\()(?:north|south|east|west)[\w-]*\s+of|(?<=,\s)(?:north|south|east|west)[\w-]*\s+of)"
    r"|(?:(?:about|some|around|roughly|nearly|just|only|approximately)\s+)?"
    # ("approximately 25–27 kilometers from the outskirts of Zaporizhzhia": the farther)
    rf"(?P<count>\d+(?:\.\d+)?(?:\s*[–-]\s*\d+(?:\.\d+)?)?|{'|'.join(_NUMBER_WORDS)})[\s-]*"
    r"(?P<unit>km|kilometres?|kilometers?|miles?)(?:\s*\([^()]{1,30}\))?\s+"
    rf"(?:{DIRECTION_OF}|from|away\s+from|outside(?:\s+of)?))"
    r"\s+(?:the\s+)?(?:(?:outskirts|edge|centre|center)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:Ukraine|Russia)[’']s\s+)?(?:[A-Za-z]+-(?:held|controlled|occupied)\s+)?"
    # ("the town of Orikhiv", "the regional capital Donetsk")
    r"(?:(?:[\w-]+\s+){0,4}?(?:town|city|village|settlement|hub|centre|center|capital)"
    r"(?:\s+of)?\s+)?",
    re.IGNORECASE,
)
# "in the urban area of Chasiv Yar, east of Kruhlyakivka and near Shevchenko": a direction
# after a comma that another place's preposition follows is one more item of a list of where
# the fighting is (Kruhlyakivka is in Kharkiv oblast), not where the place before it lies.
COMMA_DIRECTION = re.compile(r",\s+(?:north|south|east|west)[\w-]*\s+of\s+", re.IGNORECASE)
# (when no place of either name lies within this of the other's: "Bakhmut, east of
# Kramatorsk, and near Soledar" keeps its landmark)
LIST_ITEM_APART_KM = 60.0
ANOTHER_PLACE_AFTER = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:north|south|east|west)[\w-]*\s+of|near|in|at"
    r"|around|outside|close\s+to)\s+(?-i:[A-Z])",
    re.IGNORECASE,
)


def direction_listed(
    text: str, before: Mention, mention: Mention, these: Sequence[Place], those: Sequence[Place]
) -> bool:
    """Whether ``mention``, after ", east of" and followed by another place's preposition, is
    one more item of a list of where (``these`` and ``those`` the places the two names may be,
    none within :data:`LIST_ITEM_APART_KM` of the other) rather than the landmark of
    ``before``."""
    return bool(
        COMMA_DIRECTION.fullmatch(text, before.end, mention.start)
        and ANOTHER_PLACE_AFTER.match(text, mention.end)
        and these
        and those
        and all(
            haversine_km(p.lat, p.lon, q.lat, q.lon) > LIST_ITEM_APART_KM
            for p in these
            for q in those
        )
    )


# A side's word, not a place ("Ukrainian-held").
_HELD_BY = re.compile(r"[A-Z][a-z]+-(?:held|controlled|occupied)")
# A name right after the place it is near that makes it part of another name ("near the
# Zaporizhzhia plant"): no place to measure from.
_NAMES_SOMETHING = re.compile(
    r"\s+(?:[A-Z]|(?:nuclear|power|plant|station|airport|airfield|air\s+base|base|refinery"
    r"|port|region|oblast|province|district|direction|front|axis|sector)\b)"
)


# How far a first-level region reaches from its centre (Kharkiv oblast's border lies up to
# 200 km from Kharkiv).
REGION_REACH_KM = 250.0


def near_limit(match: re.Match[str]) -> float | None:
    """How far from the place it names the place a :data:`_NEAR_BETWEEN` match describes may
    be: twice a stated distance (journalists give a road's length, or round it) and 10 km
    for the size of the places, or None for
    "near" (the resolver's :data:`~mapapp.geo.resolver.NEAR_KM`, near a town)."""
    if match.group("count"):
        count = re.split(r"\s*[–-]\s*", match.group("count").lower())[-1]
        value = float(_NUMBER_WORDS.get(count, 0) or count)
        km = value * (1.609 if match.group("unit").lower().startswith("mile") else 1.0)
        return km * 2.0 + 10.0
    return None


# "with Kyiv facing consecutive attacks", "Kyiv came under a massive missile attack": the
# city is what was attacked, not its government.
_UNDER_ATTACK_AFTER = re.compile(
    r"\s+(?:(?:was|were|is|has\s+been|had\s+been)\s+(?:again\s+|also\s+)?"
    r"(?:hit|struck|shelled|attacked|targeted|bombarded|rocked)\b"
    r"|(?:facing|faced|faces|came\s+under|comes\s+under|under|endured|endures|suffered|suffers)"
    r"(?:\s+(?:an?|the|another|consecutive|repeated|massive|heavy|fresh|new|[\w-]+ly|missile"
    r"|drone|rocket|air|aerial|Russian)){0,4}"
    r"\s+(?:attacks?|strikes?|shelling|bombardments?|fire|assaults?|barrages?|raids?)\b)",
    re.IGNORECASE,
)
# "The acting governor of Kursk, Smirnov, reported": the name after the office is a person.
_TITLE_OF_BEFORE = re.compile(
    r"\b(?:governor|mayor|head|chief|spokes(?:man|woman|person)|commander|minister|leader)"
    # (and a first name: "the mayor of Melitopol, Ivan Fedorov")
    r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,2},\s+(?:[A-Z][\w’'-]+\s+)?$"
)
# A modal after a name ("Kyiv would ..."): a government acts so, a town does not.
_MODAL = re.compile(r"\b(?:would|will|could)$")
# The reason a name was part of a longer one, and the word beside it.
# "Slavyansk-on-Kuban": a town named with its river.
_ON_A_RIVER = re.compile(r"[- ]on[- ]", re.IGNORECASE)
# "the Black Sea Tuapse refinery": a sea's name said of the town after it.
_A_SEA_BEFORE = re.compile(r"\b(?:Black|Azov|Baltic|Caspian)\s+Sea\s+$")
_LONGER_NAME = re.compile(r"part of a longer name \(next to '([^']*)'\)")
# A word joined to the name by a full stop and no space: "Suspilne.Sumy", a handle or a site.
_GLUED_BEFORE = re.compile(r"\b([A-Za-z][\w-]{2,})\.\Z")
# The capitalised words just after a name, in the same longer name ("[Novorossiysk] Mazutny
# Terminal").
_RUN_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*)+")


def _capitalised_after(text: str, end: int) -> list[str]:
    """The capitalised words that follow ``text[:end]`` as part of one longer name."""
    after = _RUN_AFTER.match(text, end)
    return after.group().split() if after else []


_AFTER_PREPOSITION = re.compile(
    r"\b(?:of|over|in|into|at|near|from|for|on|by|around|across|outside)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "the anniversary of Moscow launching its invasion", "despite Kyiv saying": a capital as the
# subject of what a government does (after a preposition too).
_GOVERNMENT_DOING = re.compile(
    r"\s+(?:launching|sending|saying|claiming|denying|accusing|threatening|demanding|refusing"
    r"|insisting|warning|announcing|ordering|blaming|rejecting|invading|annexing|waging)\b"
)
# "steps up pressure on Kiev to cede territory", "to get Moscow to withdraw": a government
# asked, pressed or brought to act.
_ASKED_TO_AFTER = re.compile(
    r"\s+to\s+(?:cede|accept|agree|negotiate|surrender|withdraw|sign|stop|end|abandon"
    r"|recogni[sz]e|halt|cease|give\s+up|make\s+concessions|compromise|back\s+down|pull\s+out)\b"
)
# "increase pressure on Moscow", "sanctions against Moscow": a government pressed.
_PRESSED_BEFORE = re.compile(
    r"\b(?:pressure|sanctions|leverage)\s+(?:on|upon|against)\s+$", re.IGNORECASE
)
# A national capital is a place only after words like these ("in Kyiv", "struck Kyiv"):
# otherwise news uses its name for the government ("to get Moscow to withdraw").
# "since Washington delivered the vehicles to Kyiv": a government receiving (not "sent troops
# to Kyiv").
_RECIPIENT_BEFORE = re.compile(
    r"\b(?:deliver|supplie|supply|provid|gave|give|given|transferr|hand|shipp|sold|sell|promis"
    r"|pledg|donat)\w*\s+(?:[\w’'-]+\s+){0,4}?to\s+$",
    re.IGNORECASE,
)
# "The city of Vugledar ... fell to Moscow in early October": the side that took it.
_FELL_TO_BEFORE = re.compile(r"\b(?:fell|fallen|falls|fall)\s+to\s+$", re.IGNORECASE)
# "an adviser to the city loyal to Kyiv", "forces loyal to Moscow", "Moscow's war on Kyiv":
# a side.
_LOYAL_TO_BEFORE = re.compile(
    # ("the most spectacular attack Moscow attributed to Kiev": its side, blamed)
    r"\b(?:(?:loyal|allied|subordinate|attributed|ascribed)\s+to|blamed\s+on"
    r"|(?:war|invasion|aggression)\s+(?:on|against)"
    # ("units of Russians fighting in support of Kiev": its side)
    r"|(?:in\s+support|on\s+behalf|on\s+the\s+side)\s+of"
    # ("It is currently under the full control of Kyiv": of its side)
    r"|under\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?control\s+of)\s+$",
    re.IGNORECASE,
)
# "a senior official in Kiev has claimed", "the Kiev regime": a capital for its government.
_OFFICIALS_IN_BEFORE = re.compile(
    r"\b(?:officials?|authorities|government|leadership|politicians|diplomats?"
    # ("The Russian breakthrough north of Pokrovsk caused outrage and confusion in Kiev")
    r"|outrage|confusion|dismay|frustration|irritation|consternation|jubilation)\s+in\s+$",
    re.IGNORECASE,
)
_REGIME_AFTER = re.compile(
    r"\s+(?:regime|government|authorities|leadership"
    # ("the commander of the Kiev land forces Oleksandr Syrskyi": its army)
    r"|(?:(?:land|ground|armed|regime)\s+)?(?:forces|troops|army))\b",
    re.IGNORECASE,
)
_CAPITAL_CUE = re.compile(
    r"(?:\b(?:in|at|on|near|over|outside|around|into|towards?|across|to|of|including)"
    r"|\b(?:hit|hits|struck|strikes?|attacked|attacks?|shelled|shelling|bombed|bombarded"
    r"|targeted|targets|targeting|pounded|reached|entered|encircled|captured"
    # ("Russia pummeled Kyiv with waves of drones", "Explosions rocked Kyiv")
    r"|pummell?ed|pummels|rocked|rocks|battered|hammered|blasted|shook|shakes))"
    r"\s+(?:the\s+)?(?:(?:central|downtown|northern|southern|eastern|western)\s+)?"
    r"(?:(?:city|capital|town|outskirts|suburbs?|centre|center|streets|skies)"
    r"\s+of\s+|(?:[A-Z][a-z]+\s+)?capital,?\s+)?$"
    # "the capital Kyiv was targeted", "Ukraine’s capital, Kyiv": the city by its title.
    r"|\b(?:the|[A-Z][\w-]*[’']s)\s+(?:[A-Z][a-z]+\s+)?capital,?\s+$"
    # ("the capital of Ukraine, Kyiv, was the main target of the Russian air attack")
    r"|\bthe\s+capital\s+of\s+[A-Z][a-z]+,\s+$",
    re.IGNORECASE,
)
# Between a settlement and a region named as its capital is: "Piddubne in Donetsk",
# "Vasilyevka, a city in Zaporizhzhia".
_IN_CAPITAL_S_REGION = re.compile(
    r",?\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:village|town|city|settlement)\s+)?in\s+"
)
# "In Moscow, the Defense Ministry said Russian troops took Levadne": where a government
# speaks from. (Not "In Kyiv, Mayor Klitschko said a drone hit a building": the city's own.)
_SENTENCE_OPENS_IN = re.compile(r"[\s\"“]*In\s+")
_SPEAKER_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:[Mm]inistry|Kremlin|[Gg]overnment|General\s+Staff"
    r"|[Pp]resident|spokes(?:man|woman|person))\b[^.;:!?]{0,40}?"
    r"\b(?:said|says|announced|reported|claimed|stated|told)\b"
)
# "Moscow’s strikes", "Kyiv’s position": a capital's possessive is its government's, unless
# what follows is a part of the city ("Kyiv’s outskirts", "Moscow’s Vnukovo airport").
_STATE_POSSESSIVE = re.compile(
    # (nor a list of its districts: "Kyiv's Darnytskyi, Pecherskyi and Sviatoshynskyi districts")
    r"[’'ʼ]s\s+(?!(?:[A-Z][\w-]*(?:\s*,\s*(?:and\s+)?|\s+and\s+))*[A-Z][\w-]*\s+districts\b)"
    r"(?!(?:[A-Z][\w-]*\s+)?(?:outskirts|suburbs?|streets?|centre|center|districts?"
    r"|neighbou?rhoods?|skies|residents|airports?|region|oblast|metro|subway|river|left|right"
    r"|east|west|north|south|outer|inner|city|residential|historic|kremlin|ports?|harbou?rs?"
    r"|refinery|refineries)\b)",
    re.IGNORECASE,
)
# "“Baza” Telegram channel reports", "the Telegram channel Typical Kursk".
_CHANNEL_AFTER = re.compile(r"[”\"’']?\s+(?:Telegram\s+)?channel\b", re.IGNORECASE)
_CHANNEL_BEFORE = re.compile(
    r"\b(?:Telegram\s+channel"
    # ("the independent journalists’ cooperative Bereg went to Ramenskoye")
    r"|(?:journalists[’']?|media|news)\s+(?:cooperative|collective|outlet|project|portal)"
    r"|(?:independent|investigative|opposition|exiled)\s+(?:outlet|publication|newspaper))"
    r"\s+[“\"]?(?:[A-Z][\w-]*\s+)?$"
)
# "Severstal, a Russian steel and mining company": a company, wherever the text names it.
_ORGANISATION_NAMED = re.compile(
    r"([A-Z][\w’'-]*(?:[ -][A-Z][\w’'-]*)*)"
    r"\s*,\s+(?:an?|the|Russia[’']s|Ukraine[’']s)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:company|firm|producer|maker|manufacturer|giant|corporation|conglomerate|holding"
    # (not "between Kamensky and Orekhov, a group of Ukrainian fighters ...": a group of
    # people)
    r"|concern|operator|group(?!\s+of\b))\b"
    # (not "For the defense of the city of Sumy, a separate group has been created": the
    # subject of a clause, not an apposition)
    r"(?!\s+(?:has|have|had|was|were|is|are|will)\b)"
)


def _organisation(text: str, name: str) -> bool:
    """Whether the text says ``name`` is a company ("Severstal, a Russian steel and mining
    company")."""
    return name in _organisations(text)


@functools.lru_cache(maxsize=8)
def _organisations(text: str) -> frozenset[str]:
    """The names the text calls companies (read once per text)."""
    return frozenset(m.group(1) for m in _ORGANISATION_NAMED.finditer(text))


# "near X", "outside X", "20 km north of X", "near the industrial town of X".
_NEAR_BEFORE = re.compile(
    r"\b(?:near|nearby|outside|around|outskirts\s+of|close\s+to|not\s+far\s+from"
    r"|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
    r"\s+of|(?:km|kilomet(?:re|er)s|miles|met(?:re|er)s)(?:\s*\([^()]{1,40}\))?\s+(?:away\s+)?from"
    r"|vicinity\s+of|suburbs?\s+of"
    r"|approaches\s+to|direction\s+of|(?:efforts|actions)\s+towards?)\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "the capture of Rivnopillya, jeopardizing the town of Huliaipole": what an event puts at
# risk.
_THREATENED_BEFORE = re.compile(
    r"\b(?:jeopardi[sz](?:e|es|ed|ing)|endanger(?:s|ed|ing)?|imperil(?:s|led|ling)?"
    r"|threatening)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:town|city|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# "Ukraine has already redeployed forces from Kherson to the Zaporozhye area": where troops
# were moved from (their coders code where they went).
_MOVED_FROM_BEFORE = re.compile(
    # (not "withdrew its troops from Siversk", "transferred the units it had withdrawn from
    # Kherson": ground given up there; nor "moving their troops from Sumy", which coders take
    # for where the troops are)
    r"\b(?:re-?deploy\w*|transferr\w*|transfers?|relocat\w*)\s+"
    # ("transferring its troops, from both the direction of Berdiansk and ...")
    r"(?:(?!withdr)[\w’',-]+\s+){0,6}?from\s+(?:both\s+)?(?:the\s+)?(?:directions?\s+of\s+(?:the\s+)?)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "Voronezh, Novovoronezh, Liskino, and Buturlinovsk districts are particularly at risk": a
# warning, not an event there.
_AT_RISK_AFTER = re.compile(
    r"(?:(?:,|\s+and|\s+or|,\s+and)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)*"
    r"(?:\s+(?:districts?|regions?|oblasts?|areas?|communities|hromadas?))?"
    r"\s+(?:are|is|remain|remains)\s+(?:(?:particularly|especially|also|still|now)\s+)?"
    r"(?:at\s+risk|under\s+threat|in\s+danger)\b"
)
# "Rosaviatsia ... ordered a local airport closure, the closures in six other cities:
# Volgograd, Tambov, ...": where flights stopped, not where an attack was.
# ("airports in Kazan, Kaluga, ..., Nizhnekamsk and Ulyanovsk")
_LIST_BEFORE_END = (
    r"(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:,\s+(?:and\s+)?|\s+and\s+))*(?:and\s+)?$"
)
# "The communities of Sumy, Khotin, Yunakivka, ": a list of communities, to the name after it.
_COMMUNITIES_OF_BEFORE = re.compile(
    r"\b(?:communities|hromadas|municipalities)\s+of\s+" + _LIST_BEFORE_END
)
_FLIGHTS_STOPPED_BEFORE = re.compile(
    r"\b(?:airports?|airspace|flights?|Rosaviatsi(?:y)?a)\b[^.;]{0,120}?"
    r"\b(?:clos(?:ed|ure|ures|ing)|suspen(?:ded|sion|sions)|restrictions?|halted)\b[^.;:]{0,60}?"
    # ("imposed temporary restrictions at Moscow’s Sheremetyevo, Vnukovo, ... airports")
    r"(?::\s*|\b(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w-]*[’']s\s+)?)"
    + _LIST_BEFORE_END
    + r"|\b(?:clos(?:ed|ure|ures|ing)|suspen(?:ded|sion|sions)|restrictions?|halted)\b[^.;]{0,40}?"
    r"\bairports?\s+(?:of|in)\s+" + _LIST_BEFORE_END
)
# ... or after ("flights at Kazan and Nizhnekamsk airports were suspended").
# The rest of a list after its first name: ", Domodedovo, and Zhukovsky".
_LIST_AFTER_FIRST = r"(?:(?:,\s+(?:and\s+)?|\s+and\s+)[A-Z][\w’'-]+)*"
_AIRPORTS_STOPPED_AFTER = re.compile(
    _LIST_AFTER_FIRST + r"\s+airports?\s+(?:(?:was|were|is|are|has"
    r"|have|had|been|temporarily)\s+){1,3}(?:closed|suspended|restricted|halted|shut)\b"
)
# ... or listed as airports that stopped ("major international airports in Moscow, including
# Sheremetyevo, Domodedovo, and Zhukovsky, temporarily suspended operations").
# ("Moscow’s airports – Sheremetyevo, Vnukovo, Domodedovo, and Zhukovsky – were temporarily
# closed")
_AIRPORTS_LISTED_BEFORE = re.compile(
    r"\bairports\b[^.;:]{0,60}?(?:,\s+)?(?:including|such\s+as|:|[–—]|\s-)\s+" + _LIST_BEFORE_END
)
_LISTED_STOPPED_AFTER = re.compile(
    _LIST_AFTER_FIRST + r"(?:,|\s+[–—-])?\s+(?:(?:have|had|were|temporarily)\s+)"
    r"{0,2}(?:(?:suspended|halted|stopped|restricted|closed)\s+(?:(?:their|all)\s+)?"
    r"(?:operations|flights|work)\b|(?<=were\s)(?:temporarily\s+)?(?:closed|shut)\b)"
)
# "some flights were redirected to Samara": where planes landed instead.
# ("several flights being diverted to alternative hubs such as Saint Petersburg, Nizhny
# Novgorod, and Kazan")
_FLIGHTS_DIVERTED_BEFORE = re.compile(
    r"\b(?:flights?|planes?|aircraft|airliners?)\s+(?:(?:were|was|had|been|have|being)\s+){0,2}"
    r"(?:re-?directed|diverted|re-?routed)\s+to\s+(?:the\s+)?"
    r"(?:(?:alternative|alternate|other|nearby|reserve)\s+)?(?:(?:airports|airfields|hubs|cities)"
    r",?\s+(?:such\s+as|including|like)\s+)?" + _LIST_BEFORE_END
)
# "the capture of Chasovyi Yar can give them a tactical advantage over the neighboring cities
# of Kostiantynivka, Druzhkivka and Kramatorsk": what a position commands, nothing done there.
_ADVANTAGE_OVER_BEFORE = re.compile(
    r"\badvantage\s+(?:at\s+the\s+height\s+)?(?:over|above)\s+(?:the\s+)?"
    r"(?:(?:neighbou?ring|nearby|surrounding)\s+)?(?:(?:towns?|city|cities|villages?)"
    r"(?::|\s+of)?\s+)?" + _LIST_BEFORE_END,
    re.IGNORECASE,
)
# "from Kurakhove", "from the town of Kurakhove": where something comes from.
_FROM_BEFORE = re.compile(
    # (not "pushing Russian troops further away from the city of Sumy")
    r"(?<!away\s)(?<!further\s)(?<!farther\s)\bfrom\s+(?:the\s+)?"
    r"(?:(?:town|city|village|settlement)\s+of\s+)?$",
    re.IGNORECASE,
)
# "on the way to X", "towards X", "advance closer to X": where someone is going, not where
# something happened.
# "warned about a missile passing Kropyvnytskyi in the direction of Cherkasy": on its way.
_PASSING_BEFORE = re.compile(
    r"\b(?:missiles?|drones?|UAVs?|Shaheds?|rockets?|aircraft)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:passing|bypassing|flying\s+(?:past|over))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Where the wounded are treated: "hospitalized in Chernihiv Children's Regional Hospital",
# "Another injured woman died on 11 September in a Dnipro hospital".
_HOSPITALISED_IN_BEFORE = re.compile(
    r"\b(?:hospitali[sz]ed|died|treated)\s+(?:[\w-]+\s+){0,3}?(?:in|at|to)\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)
_HOSPITAL_NAME_AFTER = re.compile(
    r"(?:\s+(?-i:[A-Z])[\w’'-]*){0,3}\s+(?:[Hh]ospital|[Cc]linic|Medical\s+Cent(?:er|re))\b"
)
# Where people or things were taken: "wounded and dead sailors were transported to Sevastopol".
# ("were taken to Mykolaiv for treatment", "were transported to a hospital in Belarus"; but
# "A woman was taken to hospital in Kherson after shelling" is where the shells fell)
_TAKEN_TO_BEFORE = re.compile(
    # ("The latter ... were sent to a hospital in Sumy"; not "Troops were sent to Pokrovsk")
    r"\b(?:were|was|been|being)\s+(?:(?:sent|rushed|airlifted)\s+to\s+(?:(?:a|the)\s+)?"
    r"(?:hospital|clinic)\s+in\s+|(?:transported|brought|evacuated|delivered)\s+to\s+"
    r"(?:(?:a|the)\s+)?(?:(?:hospital|clinic)\s+in\s+)?|taken\s+to\s+)(?:the\s+)?"
    r"(?:(?:city|town|village|port)\s+of\s+)?$"
    # ("dispatched three ambulances to transport them to occupied Melitopol")
    r"|\bto\s+(?:transport|take|bring|evacuate|deliver|carry)\s+(?:them|him|her|the\s+\w+)\s+to"
    r"\s+(?:(?:a|the)\s+)?(?:(?:hospital|clinic)\s+in\s+)?(?:(?:Russian-)?occupied\s+)?$"
    # ("the bus, which was carrying local residents evacuating to Sumy")
    r"|\b(?:residents|people|civilians|families|children|passengers)\s+(?:[\w-]+\s+){0,2}?"
    r"evacuat(?:ing|ed)\s+to\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
_DESTINATION_BEFORE = re.compile(
    # (not "the enemy continues to focus its main efforts towards Lyman": the General Staff's
    # name for the fighting near it)
    r"\b(?:(?<!efforts\s)(?<!actions\s)towards?|(?:closer|nearer)\s+to|on\s+the\s+(?:way|road)\s+to"
    r"|the\s+road\s+to"
    r"|route\s+to"
    # "In the direction of" is the front's name for where the fighting goes on ("fought off
    # 85 Russian attacks in the direction of the cities of Lyman and Avdiyivka", "advancing
    # in the direction of Chasiv Yar"); only what flies or moves in the direction of a place
    # is on its way there.
    r"|(?:flying|flew|flies|heading|headed|moving|moved|travell?(?:ing|ed))\s+"
    r"(?:[\w’'-]+\s+){0,3}?in\s+the\s+direction\s+of"
    # ("pushing Russian troops further away from the city of Sumy": not there)
    r"|(?:further|farther)\s+(?:away\s+)?from"
    r"|heading\s+(?:to|for)|bound\s+for|stepping[- ]stone\s+(?:to|towards?)"
    # ("to continue the fight for territory and shell further on to Kostyantynivka,
    # Druzhkivka, Slovyansk and Kramatorsk")
    r"|further\s+on\s+to(?:\s+(?-i:[A-Z])[\w’'-]+(?:,|,?\s+and)){0,4}"
    # ("viewed as the gateway to recapturing Russian-held Donetsk", "its position as a
    # gateway to the city of Donetsk")
    r"|gateway\s+(?:to|into)(?:\s+(?:recapturing|capturing|taking|seizing|retaking))?"
    # ("fighters recently arrived in Mariupol, with plans to relocate to the Zaporizhzhia
    # region": where they are meant to go)
    r"|(?:plans?|planned|planning|intend(?:s|ed|ing)?|preparing|ready|ordered|orders)\s+to\s+"
    r"(?:relocate|redeploy|move|transfer|head|go)\s+(?:[\w-]+\s+){0,2}?(?:to|into)"
    # ("a day after Zelenskiy traveled to Berlin to ask for support")
    r"|(?:travell?(?:ed|ing|s)?|flew|fly(?:ing)?|trip|visit)\s+to"
    # ("the strike UAVs were flying from the Black Sea to Odesa region, to the village of
    # Pivdenne")
    r"|(?:flying|flew|flies|heading|headed)\s+from\s+[^.;]{0,40}?\s+to(?:\s+[^.;]{0,40}?,\s+to)?"
    # ("which Ukraine uses to move grain to the Romanian port of Constanta"): where goods go
    r"|(?:mov|ship|export|transport|deliver|carry|carri|send|sent)\w*\s+(?:[\w-]+\s+)?"
    r"(?:grain|goods|cargo|cargoes|oil|fuel|exports?|wheat|corn|food|products|supplies)"
    r"\s+(?:[\w’'-]+\s+){0,2}?to)\s+(?:the\s+)?"
    # ("moving along the bypass road from Kharkiv towards Russia’s Belgorod region")
    r"(?:(?-i:[A-Z])[\w-]*[’']s\s+)?"
    r"(?:[\"“]?[a-z-]+[\"”]?\s+){0,3}(?:of\s+)?"
    # "towards the major cities of Kramatorsk, Sloviansk and Kostiantynivka", "towards key
    # cities in the Donetsk region, including Kostiantynivka, Sloviansk and Kramatorsk": each
    # of them.
    r"(?:(?:cities|towns|villages|settlements|strongholds|hubs)[’\"]?\s+(?:of\s+|in\s+(?:the\s+)?"
    r"|(?:[^,.;:]{0,40}?,?\s+)?(?:including|such\s+as|like)\s+)"
    r"(?:(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+))?(?:,\s+|,?\s+and\s+)){0,4})?$",
    re.IGNORECASE,
)
# "launched 33 Shahed drones towards Kyiv Oblast": the target of an attack, which is where it
# is met (shot down over, struck), not a destination passed through.
_FIRED_TOWARDS_BEFORE = re.compile(
    r"\b(?:launch(?:es|ed|ing)?|fir(?:e|es|ed|ing))\s+(?:[\w’'-]+\s+){0,4}?(?:drones|missiles"
    r"|rockets|UAVs|Shaheds|bombs)\s+(?:[\w’'-]+\s+){0,3}?towards?\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "bordering the Kharkiv region", "near the border with the Kursk region", "a port in southern
# Russia, just across the Moscow-annexed Crimean peninsula": a neighbour, named to locate
# something else.
_BORDERING_BEFORE = re.compile(
    # ("near the administrative border of the Dnipropetrovsk region")
    # (not "three in neighboring Zaporizhzhia province": in it)
    # (nor "hit two other villages in Sumy region and also neighbouring Kharkiv region")
    # (nor "sending additional forces to the neighboring Belgorod region": "the
    # neighbouring region" is the region itself)
    r"\b(?:bordering|borders|adjacent\s+to|(?<!\bin\s)(?<!\band\s)(?<!\balso\s)(?<!\bthe\s)"
    # (nor "In both Slavuta and a neighboring city Netishyn": the city itself)
    r"(?<!\bto\s)(?<!\binto\s)(?<!\bon\s)(?<!\bover\s)(?<!\ba\s)(?<!\bits\s)neighbou?ring"
    # ("the village of Kurkovichi, located across the border from northeast Ukraine’s
    # Chernihiv region")
    r"|border\s+with|just\s+across|across\s+the\s+border\s+from"
    # (and "seven kilometers from the border of Ukraine's central Dnipropetrovsk region")
    r"|(?:near|towards?|from)\s+the\s+(?:administrative\s+)?border\s+of"
    # ("the point where three regions converge: the administrative border of Zaporizhzhia,
    # Dnipro and Donetsk regions")
    r"|administrative\s+border\s+of"
    r"|across\s+from|opposite)\s+(?:the\s+)?(?:[A-Za-z]+-(?:held|controlled|occupied|annexed)\s+)?"
    # ("On the territory of Romania, opposite the Ukrainian city of Izmail")
    r"(?:(?:Ukrainian|Russian|Romanian|Moldovan|Belarusian)\s+(?:city|town|village|port)\s+of\s+)?"
    # ("near the border with Ukraine’s Sumy region")
    # ("borders the Ukrainian oblasts of Sumy, Kharkiv, and Luhansk")
    r"(?:(?:(?:Ukrainian|Russian)\s+)?(?:oblasts|regions|provinces)\s+of\s+"
    r"(?:(?-i:[A-Z])[\w’'-]+,?\s+(?:and\s+)?)*|(?:[\w’'-]+\s+){0,2})$"
    # ("which shares a border with Ukraine’s Donetsk and Luhansk oblasts": the next of them)
    r"|\bborder\s+with\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*[’']s\s+)?(?-i:[A-Z])[\w’'-]+"
    r"(?:,\s+(?:and\s+)?|\s+and\s+)$",
    re.IGNORECASE,
)
# "Saratov’s Gagarin International Airport": an airport named after a person, the city's.
_CITY_POSSESSOR_BEFORE = re.compile(r"\b[A-Z][\w-]*[’']s\s+$")
# "Marinka ... essentially a suburb of Donetsk": the city a place is said to be part of (not
# "a part of the Kharkiv region", which may be what was taken).
_SUBURB_OF_BEFORE = re.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+)?(?:suburb|satellite\s+town|district|neighbou?rhood)\s+of"
    r"\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$",
    re.IGNORECASE,
)
_AIRPORT_AFTER = re.compile(r"\s+(?:International\s+)?Airport\b")
# ... and any airport after a town's name, as in "close the Sochi airport" (closed, as a route
# is, below).
_AN_AIRPORT_AFTER = re.compile(r"\s+(?:international\s+)?airports?\b", re.IGNORECASE)
# A country named as a border, a landmark, or where an attack came from: "its border with
# Belarus", "the region, which borders both Ukraine and Belarus", "the ferry between Romania
# and Ukraine", "not far from Romania", "missiles fired from Tu-22 bombers flying over
# Belarus", "attack from the territory of Belarus".
_COUNTRY_ASIDE_BEFORE = re.compile(
    r"(?:\bborder(?:s|ed|ing)?\b[^.;:,]{0,50}"
    r"|\bbetween\s+(?:the\s+)?(?:\w+\s+and\s+)?(?:the\s+)?"
    r"|\b(?:far|close)\s+(?:from|to)\s+(?:the\s+)?"
    r"|\b(?:launched|fired|flying|attacks?|threat|invasion|invaded?)\b[^.;:,]{0,40}"
    r"\b(?:from|over)\s+(?:the\s+)?(?:territory\s+of\s+)?(?:the\s+)?(?:Republic\s+of\s+)?"
    # ... or in the title of an office: "Chief of General Staff of Belarus"
    r"|\b(?:General\s+Staff|Ministry|Minister|President|Chief|Government|Embassy|Ambassador"
    r"|Parliament|Security\s+Council|Armed\s+Forces)\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?)$",
    re.IGNORECASE,
)
# What a country's government does, beside what any government does (_ACTOR_AFTER).
# ("Poland closed all border crossings with Belarus", "representatives of ... Turkey and
# Hungary, observed the drills")
_COUNTRY_DECIDES_AFTER = re.compile(
    r",?\s+(?:has\s+|have\s+|had\s+|also\s+|again\s+)?(?:decided|decides|mentioned|mentions"
    r"|considers|considered|asked|asks|called|calls|urged|urges|promised|promises|confirmed"
    r"|confirms|summoned|protested|condemned|recogni[sz]ed|voted|supports|supported"
    r"|closed|closes|observed|observes)\b"
)
# ... also after what it is: "Poland, a NATO member bordering western Ukraine, responded by
# deploying Polish and allied aircraft".
_COUNTRY_ACTS_AFTER = re.compile(
    rf"(?:,\s+(?:a|an|the)\s+[^,;.]{{1,60}}?,)?(?:{_ACTOR_AFTER.pattern}|{_COUNTRY_DECIDES_AFTER.pattern})"
)
# "Neighboring Bessonovka faced a different kind of damage": the sentence is about it.
_NEIGHBOUR_SUBJECT = re.compile(
    r"\s*(?:the\s+)?neighbou?ring\s+(?:(?:village|town|city|settlement)\s+of\s+)?", re.IGNORECASE
)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|near|at|outside|around|into|(?:towns?|city|cities|villages?|settlements?|ports?)\s+of)"
    r"\s+(?:the\s+)?$"
)
# "Salavat city": a place by its own word, whatever else the article calls so.
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:city|town|village)\b")
# "..., where Ukrainian forces staged an offensive": what follows happened there.
_WHERE_AFTER = re.compile(r"(?:\s+(?:of|in)\s+[\w’'-]+)?,?\s+where\b", re.IGNORECASE)
# Ships and weapons named after places: "the cruiser Moskva", "Moskva, the flagship",
# "Neptune missiles" (but "the Kremenchuk missile strike" is a place).
_SHIP_BEFORE = re.compile(
    # ("hitting the ship, the Novocherkassk")
    # ("the Turkish-flagged LPG tanker 'Orinda'")
    r"\b(?:cruiser|warship|flagship|frigate|submarine|vessel|ship|destroyer|tanker|freighter"
    r"|ferry|carrier)s?(?:,\s+the|,)?\s+"
    # ("the Turkish-owned tanker MT Orinda": a vessel's prefix)
    r"(?:(?-i:MT|MV|SS|RFS|MS)\s+)?"
    # ("a large landing ship called Novocherkassk", "the burnt-out ship, named Novocherkassk",
    # 'the large landing ship "Novocherkask."')
    r"(?:(?:called|named|dubbed)\s+)?[“\"‘']?"
    # ("missile ships Tatarstan and Dagestan", "two of Russia's large landing ships, the Yamal
    # and the Azov")
    r"(?:[A-Z][\w-]+[”\"’']?(?:\s*,\s*|\s+and\s+)(?:the\s+)?[“\"‘']?)*$",
    re.IGNORECASE,
)
# "the Rostov-on-Don" alone, with a verb or a stop after it, in a text about a vessel.
_THE_NAME_BEFORE = re.compile(r"\b[Tt]he\s+[“\"‘']?$")
_NAME_ALONE_AFTER = re.compile(
    r"[”\"’']?(?:\s*[.,;:]|\s+(?:was|is|has|had|were|sank|sunk|ship|submarine)\b)"
)
_VESSEL_WORD = re.compile(
    r"\b(?:submarines?|ships?|vessels?|cruisers?|frigates?|corvettes?)\b", re.IGNORECASE
)
_SHIP_AFTER = re.compile(
    # (not "the Crimean port of Sevastopol showed a ship in flames", "A terminal in Mykolaiv,
    # damaging a vessel": a verb between)
    r"[’'”\"]?,?\s+(?:the\s+|a\s+)?(?:(?![\w-]+(?:ed|ing)\s+(?:a|an|the)\s|(?:shows?|saw|sees|hit|hits"
    # (nor "a ferry terminal in the port of Kerch and a vessel in Chornomorske": two targets)
    r"|sank|sinks|is|are|was|were|has|have|had|and|or)\b)[\w-]+\s+){0,2}?(?:flagship|warship|cruiser|frigate"
    r"|submarine"
    r"|vessel|destroyer|ship)\b"
    # ("hit the Azov and Yamal large landing ships": the first of the ships' names)
    r"|(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?(?-i:[A-Z])[\w-]+)*\s+(?:(?:large|small|landing|missile"
    r"|patrol|naval|amphibious|assault|reconnaissance|guided-missile)\s+){1,2}"
    r"(?:warships|cruisers|frigates|submarines|vessels|destroyers|ships|corvettes|boats)\b",
    re.IGNORECASE,
)
_WEAPON_AFTER = re.compile(
    r"\s+(?:(?!(?:with|using|by|from|of|and|or|the|an?|in|on|at|to)\s)[\w-]+\s+){0,2}?"
    r"(?:missiles?|rockets?|launchers?|howitzers?|(?:missile|rocket|air[- ]defen[cs]e)\s+systems?)"
    r"\b(?!\s+(?:strikes?|attacks?|barrage|fire|hit))"
    # ("the arsenal stored ... Iskander and North Korean-made KN24 missiles", "Adler and RM-70
    # Vampire (MLRS) multiple launch rocket systems": the first of two; not "attacked Kharkiv
    # and Zaporizhzhia with missiles")
    r"|\s+and\s+(?:(?!(?:with|using|by|from|of|and|or|in|on|at|to|over)\s)[\w()-]+\s+){1,6}?"
    r"(?:missiles|(?:missile|rocket)\s+systems|launchers)\b"
    r"(?!\s+(?:strikes?|attacks?|barrage|fire|hit))"
    # ("a Pantsir system near Yevpatoria", "a Tor complex": the weapon's own name, right
    # before what it is)
    r"|\s+(?:systems?|complex(?:es)?)\b"
    # ("the Magura V5 strike sea drones": a model's name and its number)
    r"|\s+(?-i:V)\d+\b"
    # ('the "Geran-2" UAV': a model's name, its number and what it is)
    r"|-\d+[”\"’']?\s+(?:[\w-]+\s+)?(?:UAVs?|drones?|missiles?)\b",
    re.IGNORECASE,
)
# "in", "near", "at", "outside", "around", "from", "over" (the) (nearby): before a place.
_PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|near|at|outside|around|from|over)\s+(?:the\s+)?(?:(?:nearby|neighbouring"
    r"|neighboring)\s+)?$",
    re.IGNORECASE,
)
# "they captured Adviivka": what a verb of capture takes is a place.
_CAPTURED_BEFORE = re.compile(
    r"\b(?:captured|seized|liberated|retook|recaptured|(?:took|taken)\s+control\s+of)\s+"
    r"(?:the\s+(?:village|town|city|settlement)\s+of\s+)?$",
    re.IGNORECASE,
)
# "in Oleksandrivka and Huliapole": a name listed after a preposition of place.
_LISTED_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|near|at|outside|around)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?"
    r"(?:,\s+and\s+|,\s+|\s+and\s+)){1,4}$",
    re.IGNORECASE,
)
# ", a key town in", ", the village of": the name before is a settlement's.
_SAID_TO_BE_A_PLACE = re.compile(
    r",\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|settlement)\s+(?:in|of|near)\b"
)
# The shortest word read as a misspelt place name: shorter ones are too often one letter
# from some village's.
LOOKALIKE_LETTERS = 5
# "the village of X", "the villages of X and Y": X is a settlement even if no gazetteer
# entry has its name; it is then kept, unlocated.
_SETTLEMENT_BEFORE = re.compile(
    r"\b(?:villages?|towns?|cities|city|settlements?|hamlets?)\s+of\s+"
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:,\s+|\s+and\s+|,\s+and\s+))*$"
)
# "captured Klynove village": a settlement the gazetteer may lack, named before the word.
_SETTLEMENT_WORD_AFTER = re.compile(r"\s+(?:village|settlement|hamlet)\b(?!\s+of\b)")
# "..., Lysak said": a speaker.
# "the Bay of", "Battle of": a capitalised word and "of" before a name.
_NAMED_OF_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+of\s+$")
_SAYS_AFTER = re.compile(
    r"\s+(?:said|says|told|added|wrote|reported|stated|noted|announced|confirmed)\b"
    # ("the Russian city of Pskov, Andrii Yusov, a spokesperson for Ukraine's Military
    # Intelligence, confirmed": a person, then his office)
    r"|,\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|governor|mayor"
    r"|commander|minister|official|representative|adviser|advisor|deputy|director|secretary"
    r"|head|chief)\s+(?:of|for|at)\b"
)
# A facility named after a town lies near it, not in it: "the Novoshakhtinsk oil refinery".
_FACILITY_AFTER = re.compile(
    r"(?:-\d+)?[”\"’]?\s+(?:[a-z-]+\s+){0,3}?(?:refinery|airfield|air\s+base|airbase|airport|power\s+plant"
    r"|power\s+station|plant|depot|port|dam|reservoir|bridge|terminal|factory|works|base|enterprise"
    # ("near the Sevastopol Lunacharsky Russian Drama Theater")
    r"|theat(?:er|re))\b",
    re.IGNORECASE,
)

# "the Prydniprovskyi direction": the front along the Dnipro river (Kherson oblast), not the
# village of Prydniprovsk.
_RIVERSIDE_FRONT = re.compile(
    r"pr[iy]dn[ie]pro?vs[’']?k(?:yi|y|iy|ii|ij|a|e|oye)\b(?=\s+(?:directions?|axis|fronts?"
    r"|sectors?|group)\b)",
    re.IGNORECASE,
)
# "across the island of Khortitsa": an island, not a town of that name.
_ISLAND_BEFORE = re.compile(r"\b(?:island|islet)\s+of\s+$", re.IGNORECASE)
# "landed on the east bank of the Dnipro", "a raid across the Dnipro": the river.
_RIVER_BEFORE = re.compile(
    r"\b(?:banks?\s+of|across|crossing|crossed|cross)\s+the\s+$", re.IGNORECASE
)
# "the left bank of Dnipro": the river, named without its article.
_BANK_OF_BEFORE = re.compile(
    r"\b(?:right|left|east|west|eastern|western|northern|southern)\s+banks?\s+of\s+$",
    re.IGNORECASE,
)
# Rivers named like towns on them: with "the" before it ("the mouths of the Dnipro", "along
# the Oskil"), the river; a town takes no article.
_RIVER_NAMES = frozenset(
    "dnipro dnieper dnepr desna oskil inhulets samara dnister dniester".split()
)
_THE_BEFORE = re.compile(r"(?<![\w-])the\s+$", re.IGNORECASE)
# ("a critical foothold on the Dnepr right bank")
_RIVER_WORD_AFTER = re.compile(
    r"\s+(?:river|(?:right|left|east|west|eastern|western)\s+bank)\b", re.IGNORECASE
)
_RIVER_BANK_POSSESSIVE = re.compile(
    r"[’']s\s+(?:(?:right|left|east|west|eastern|western|northern|southern)\s+)?banks?\b"
    # ("artillery attacks ... along the Dnipro's direction and on the city of Kherson": the
    # front along the river; "controlling the Dnipro coastline (Antonivka, Sadove, Kherson)")
    r"|(?:[’']s)?\s+(?:coast(?:line)?|shore(?:line)?)\b|[’']s\s+direction\b",
    re.IGNORECASE,
)
# ... when no noun follows it ("the Samara attack": the region's).
_RIVER_END_AFTER = re.compile(
    r"\s*(?:[,.;:)”\"]|$)|\s+(?:and|or|in|on|at|near|to|from|into|between|river|estuary|delta"
    # ("a bridgehead on the Dnipro islands near Kherson")
    r"|banks?|islands?|islets?|floodplains?)\b",
    re.IGNORECASE,
)
# "the Dnipro Hydroelectric Power Plant", "the Kerch Strait bridge", "the Belgorod Dam
# reservoir": named after a river, a strait or a reservoir, not a town.
_NOT_ITS_TOWN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:Strait|River|Sea|Gulf|Bay|Lake|[Rr]eservoir)"
)
# "the Dnipro Hydroelectric Power Plant", "the Dnister HPP": named after its river, not a town
# (the Kaniv one is at Kaniv).
_HYDRO_AFTER = re.compile(r"\s+(?:[Hh]ydro|HPP\b|HES\b)")
# "the Druzhba (Friendship) pipeline", "the TurkStream gas pipeline": a pipeline of that name.
_PIPELINE_AFTER = re.compile(r"(?:\s+\([^()]{1,40}\))?\s+(?:oil\s+|gas\s+)?pipelines?\b", re.I)
# "the Tambov Gunpowder Plant in Kotovsk": the town a facility is in, named after it.
_SITED_AFTER = re.compile(r",?\s+(?:in|at|near|outside)\s+(?:the\s+)?[A-Z]")
# ... but "the Novocherkassk State District Power Plant in Russia's Rostov Oblast" is at the
# town it is named after, in that region (and "the Salavat oil refinery in Russia", in it;
# "the Gazprom Neftekhim Salavat refinery in the Russian republic of Bashkortostan").
_SITED_IN_REGION = re.compile(
    r",?\s+in\s+(?:the\s+)?(?:(?:Russia|Ukraine)(?:[’']s\s+|\b)|[A-Z][\w-]+\s+(?:[Rr]egion"
    r"|[Oo]blast|[Kk]rai|[Pp]rovince)\b|(?:Russian\s+|Ukrainian\s+)?(?:[Rr]epublic|[Rr]egion"
    r"|[Oo]blast|[Kk]rai|[Pp]rovince)\s+of\s+[A-Z])"
)
# "the Bryansk chemical plant near the town of Seltso": the plant is at Seltso (also after a
# quotation that ends with the plant's name: 'at the Bryansk Chemical Plant" in the village').
_AT_ANOTHER_TOWN = re.compile(
    # ("the Artemivskyi non-ferrous metal processing plant, also known as AZOM, in northern
    # Bakhmut")
    r"[”\"’']?,?(?:\s+also\s+known\s+as\s+[\w“”\"-]+,)?"
    r"\s+(?:(?P<near>near|outside)|(?:in|at)\s+the\s+(?:town|city|village|settlement)"
    r"\s+of|in\s+(?P<part>(?:north|south|east|west|centr)(?:ern|al)))\s+(?P<town>the\s+(?:town|city|village|settlement)\s+of\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)"
)
# "the Zaporizhzhia nuclear power plant", "Kursk NPP": such a plant lies outside the town it
# is named after (at Enerhodar, Kurchatov): not that town. (Nor "the Kursk-2 nuclear power
# plant, currently being built in Kurchatov".)
_NUCLEAR_PLANT_AFTER = re.compile(
    r"(?:-\d+)?\s+(?:[Nn]uclear\s+[Pp]ower\s+(?:[Pp]lants?|[Ss]tations?)|NPPs?|[Nn]uclear\s+[Pp]lants?)\b"
)
# "the Khmelnytskyi and Rivne nuclear power plants": each name of the list is a plant's.
_NUCLEAR_PLANTS_LISTED_AFTER = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z][\w’'-]*(?:\s*,\s*(?:and\s+)?|\s+and\s+))*"
    r"[A-Z][\w’'-]*\s+(?:[Nn]uclear\s+[Pp]ower\s+(?:[Pp]lants|[Ss]tations)|NPPs|[Nn]uclear\s+[Pp]lants)\b"
)
NUCLEAR_PLANT = "a nuclear power plant named after {name}; such plants lie outside the town"
PLANT_AT = "the town the curated data puts"
PLANT_HOST = PLANT_AT + " the {plant} at (geodata/facilities.csv)"
# A page's link to another of its articles, copied with the text.
# ("Читайте також:", Ukrainian, and "Читайте также:", Russian, left in English pages)
_ANOTHER_STORY = re.compile(
    r"\s*(?:read|see)\s+(?:also|more)\s*:|\s*related\s*:"
    r"|\s*(?:читайте|дивіться|смотрите)\s+(?:також|также)\s*:",
    re.IGNORECASE,
)
ANOTHER_STORY = "in a link to another article"
# "the Crimea bridge", "the Crimean Bridge": a bridge (at the Kerch Strait), not the region.
_BRIDGE_AFTER = re.compile(r"\s+(?:(?:road|railway|rail)\s+)?[Bb]ridge\b")
# "the Sea of Azov", "the Azov Sea": a sea, not the town.
_SEA_BEFORE = re.compile(r"\bSea\s+of\s+$")
# ("over the Black and Azov seas")
_SEA_AFTER = re.compile(r"\s+(?:Sea|seas)\b")
# "Ukraine's Khortytsia army unit", "'Dnipro' formation units", the "Vostok" grouping: a
# military unit named after a place.
_UNIT_AFTER = re.compile(
    # ("the “Malibu” and “Wings to Hell” units")
    r"[’'”\"]?(?:\s*(?:,|\band\b)\s*[“\"‘'][^”\"’'\n]{1,30}[’'”\"])*"
    # ("the Vostok (East) group of forces")
    r"(?:\s+\([\w\s-]{1,30}\))?"
    # ("the AFU’s Khortytsia operational-strategic group")
    # (and "the Khortytsia operational and strategic group")
    # ("the Khortytsia battle group")
    r"(?:\s+"
    # ("the Zaporizhia separate territorial defense brigade")
    r"(?i:(?:separate|independent)\s+)?(?i:(?:territorial[-\s]defen[cs]e|mechani[sz]ed"
    r"|motori[sz]ed|assault|airborne|tank|artillery|rifle|infantry)\s+)?"
    r"(?:(?:army|military|battle|combat|task|operational(?:[-\s](?:and\s+)?"
    r"(?:strategic|tactical))?)\s+)?"
    r"(?:units?|groups?|groupings?|formations?"
    # ("the commander of the Kharkiv military garrison")
    # ("the military from Skhid (East) Air Command downed ...")
    # ("citing the Ukrainian Kursk military command")
    r"|(?i:brigades?|battalions?|regiments?)|corps|divisions?|garrisons?|(?:[Aa]ir\s+)?Command"
    # ("Odesa marines have liberated the settlement of Storozhove")
    r"|marines|paratroopers"
    # ('the spokesman of the "Kharkiv" OTU': an operational-tactical grouping)
    r"|OTU|OTG|OSGT|OSG"
    # ("offensive operations in the Donetsk and Tavriysk operational areas": the army's
    # groupings, named after a city and a region)
    r"|(?<=operational\s)(?:areas?|zones?)"
    r"|(?<=military\s)command)\b"
    # ("the Lviv 103rd Territorial Defense Brigade")
    r"|\s+\d+(?:st|nd|rd|th)(?:\s+[A-Z][\w-]+){0,3}?\s+(?:Brigade|Regiment|Battalion|Division"
    r"|Corps)\b)"
)
UNIT = "a military unit named after the place, not the place"
# The first names of a list of operational areas ("the Donetsk and Tavriysk operational
# areas").
_OPERATIONAL_AREAS_LISTED_AFTER = re.compile(_REST_OF_A_LIST + r"operational\s+(?:areas|zones)\b")
# A dateline, the text's first words: "Belgorod, July 1 – ", "Kharkiv, Ukraine - ".
_DATELINE_AFTER = re.compile(
    r"(?:,\s*(?:Ukraine|Russia|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))*"
    r"\s*(?:\((?:AP|Reuters|AFP|dpa|UNN|Ukrinform|TASS|Interfax)\)\s*)?[-–—]{1,2}\s"
)
DATELINE = "a dateline: where the report was filed, not where something happened"
# (a dateline is the text's first word: only so much blank may stand before it)
DATELINE_LEAD = 40
# "the military in Kiev said": the command that speaks, not a scene.
_MILITARY_IN_BEFORE = re.compile(r"\b(?:the|its|their)\s+military\s+in\s+$", re.IGNORECASE)
# A name at the head of a sentence, a line or a clause ...
_AT_SENTENCE_HEAD = re.compile(r"(?:^|[.!?:,]\s+|\n\s*)$")
# ... followed by what a unit does or says, not where something happened.
_UNIT_ACTS = re.compile(
    r"\s+(?:on\s+(?:Telegram|Facebook|X)\b|(?:said|says|reported|reports|wrote|managed"
    r"|claimed|claims|stated|posted|published|fighters|soldiers|troops)\b)"
)
# ... and "the 85th Separate Motorized Brigade of the self-proclaimed Luhansk People's
# Republic": the army the unit belongs to.
_UNIT_BEFORE = re.compile(
    r"\b(?:[Gg]roup|[Gg]rouping|[Bb]rigade|[Uu]nit|[Ff]ormation|[Bb]attalion)\s+[“\"‘']?$"
    # ("drones of the Russian group of forces Dnepr have destroyed four speedboats")
    r"|\b(?:[Gg]roups?|[Gg]roupings?)\s+of\s+(?:forces|troops)\s+[“\"‘']?$"
    # ('the spokesman of the Joint Forces Operation "Dnipro" Viktor Tregubov')
    r"|\b(?:[Ff]orces|[Mm]ilitary|[Jj]oint)\s+[Oo]peration\s+[“\"‘']$"
    # ("Vadym Mysnyk, spokesman of the Ukrainian army command Siversk")
    r"|\b(?:army|military|operational)\s+command\s+[“\"‘']?$"
    # ("Ukraine's 425th Assault Regiment, better known as Skelia")
    r"|\b(?:[Rr]egiment|[Bb]rigade|[Bb]attalion|[Dd]ivision|[Cc]orps|[Uu]nit|[Dd]etachment)"
    r",?\s+(?:better\s+|also\s+|widely\s+)?known\s+as\s+[“\"‘']?$"
    # ("the 4th Separate Motorized Rifle Brigade from the Luhansk People's Republic")
    r"|\b(?:[Bb]rigade|[Rr]egiment|[Bb]attalion|[Dd]ivision|[Cc]orps)\s+(?:of|from)\s+the\s+"
    r"(?:(?:self-proclaimed|so-called|unrecognized|unrecognised)\s+)?$"
)
# "have likely withdrawn from the Donetsk Oblast town": a town the text names, described by
# its region ("the Donetsk region town", not "the Donetsk region town of Siversk", which is
# the town's mention).
_DESCRIBES_A_TOWN_BEFORE = re.compile(r"\b[Tt]he\s+$")
_DESCRIBES_A_TOWN_AFTER = re.compile(
    r"\s+(?:front-?line\s+|border\s+|industrial\s+|port\s+)?(?:town|city|village|settlement)\b"
    r"(?!\s+of\b|s\b)",
    re.IGNORECASE,
)
# "the eastern Donetsk city of Myrnohrad", "the Kharkiv village of Kupiansk-Vuzlovyi", "an
# attack in Donetsk on the town of Siversk": the region (named as its capital is) of the
# place named after it.
REGION_OF_PLACE = "the region of the place named after it"
REGION_OF_PLACE_REACH = 40  # characters, from the region's name to the place's
_REGION_OF_PLACE_AFTER = re.compile(
    r"\s+(?:(?:on|at)\s+the\s+|(?:frontline|front-line|industrial|mining|border|port)\s+)?"
    r"(?:city|town|village|settlement|hamlet)\s+of\s+[A-Z]"
)
# A list of names: "Vovchansk, Synkivka, Tabaivka, and Berestove".
_NAME = r"(?-i:[A-Z])[\w’'-]+(?:\s(?-i:[A-Z])[\w’'-]+)?"
_LIST_OF_NAMES = re.compile(rf"{_NAME}(?:(?:,\s+(?:and\s+)?|\s+and\s+){_NAME})+")
_LIST_ITEM = re.compile(rf"(?<![\w’'-]){_NAME}")
# "houses on Berehova and Karpatska streets": streets.
_STREETS_AFTER = re.compile(
    r"(?:\s*,\s*[A-Z][\w’'-]+)*(?:,?\s+and\s+[A-Z][\w’'-]+)?\s+(?:streets|avenues|roads|lanes)\b"
)
# "the Zhytomyr road", "the Kharkiv highway": a road named after where it leads.
_ROAD_AFTER = re.compile(
    r"\s+(?:road|highway|motorway)\b"
    # ... or its first end: "the Yunakivka–Sudzha road"
    r"|\s*[–—-]\s*[A-Z][\w’'-]+\s+(?:road|highway|motorway)\b"
)
# "Kurulka in Kharkiv Oblast", "Kalynivske, Kherson Oblast": the region locates the place.
# Used with fullmatch on the text between the two names.
# "the region of Kursk", "the popular republic of Donetsk" (the DPR, not the city).
_REGION_OF = r"(?:region|oblast|province|(?:people[’']s\s+|popular\s+)?republic)\s+of\s+"
_LOCATED_IN = re.compile(
    # ("the Belbek airbase in occupied Crimea")
    r"(?:\s+(?:air\s*base|airfield|naval\s+base|base|port|refinery|depot|shipyard|plant))?"
    r"\s+in\s+(?:the\s+)?(?:(?:occupied|annexed|[\w-]+-(?:occupied|annexed|held|controlled))\s+)?"
    r"(?:(?:north|south|east|west|central)[\w-]*\s+)?(?:[A-Z][\w-]*[’']s\s+)?"
    rf"(?i:{_REGION_OF})?"
)
# "the capital", "the Ukrainian capital" (not "the capital of ...", "the capital Moscow").
_THE_CAPITAL = re.compile(
    r"\b[Tt]he\s+(?:(Ukrainian|Russian|Belarusian)\s+)?capital\b(?!\s+(?:of\b|city\b|[A-Z]))"
)
_CAPITAL_ADJECTIVES = {"ukrainian": "UA", "russian": "RU", "belarusian": "BY"}
_CAPITAL_CITIES = {"UA": "Kyiv", "RU": "Moscow", "BY": "Minsk"}
# " in (the) (northeastern) Kharkiv region", after an unknown name.
_IN_NAMED_REGION = re.compile(
    r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?(?:[A-Z][\w-]*[’']s\s+)?"
    r"([A-Z][\w’'-]+)\s+(?i:region|oblast|province)\b"
)
# A unit's name as the heading of its places: "Semenivka community: Progress - 1 explosion".
# (a name, then a dash, a count or a list: not "Kharkiv district: Russian drones struck ...")
_HEADS_ITS_PLACES = re.compile(
    r"[ \t]*:[ \t]*(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)[ \t]*(?:[-–—(,:]|\d|and\b)"
)
# Between a district and its region: "the Vasylivka district of Zaporizhzhia region", "the
# Klimovsky District of Russia's Bryansk Region".
DISTRICT_OF = re.compile(r"(?:\s+of|,)\s+(?:the\s+)?(?:[A-Z][\w-]*[’']s\s+)?")
# What stands between a settlement and the region the text puts it in: "Trudove in the
# Donetsk region", "Piatykhatky, a village in the west of the Zaporizhia region",
# "Kalynivske, Kherson Oblast", "Robotyne (Zaporizhzhia Oblast)".
_WITHIN = re.compile(
    # (a quotation may end after the name: '"liberated the village of Zaporizhzhia" in the
    # eastern Donetsk region')
    r"[”\"]?"
    # ("The Slavyansk oil refinery in Russia’s Krasnodar region": what is named after it)
    r"(?:\s+(?:(?:oil|military|fuel|ammunition|arms)\s+)?(?:refiner(?:y|ies)|airfields?"
    r"|air\s*bases?|ports?|depots?|terminals?|airports?|substations?|arsenals?)(?=,?\s+in\s))?"
    r"(?:\s*[–—-])?(?:,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:village|town|city|settlement|hamlet)\b"
    r"[^.;:()]{0,60}?)?,?\s+"
    # ("Vasylivka, nestled within the war-torn Zaporizhzhia Oblast")
    r"(?:(?:located|situated|lying)\s+in|(?:nestled\s+)?within|nestled\s+in|in)\s+(?:the\s+)?"
    # ("Vasylivka in the occupied part of the Zaporizhzhia region")
    r"(?:(?:(?:temporarily\s+)?(?:occupied|[A-Za-z]+-(?:occupied|controlled|held))\s+)"
    r"(?:part|parts|area|areas|territory|territories)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:north|south|east|west|central)[\w-]*\s+"
    r"(?:(?:part|outskirts)\s+)?(?:of\s+)?(?:the\s+)?)?(?:[A-Z][\w-]*[’']s\s+)?"
    r"(?:(?:north|south|east|west|central)[\w-]*\s+)?"
    # ("the town of Makiivka in the eastern region of Luhansk", "in the Russian border
    # region of Belgorod")
    r"(?:(?:(?:Russian|Ukrainian)\s+)?(?:border\s+)?(?:region|oblast|province)\s+of\s+)?"
    # ("Sevastopol in Russian-occupied Crimea")
    r"(?:(?:Russian|Ukrainian)-(?:occupied|controlled|held)\s+)?"
    # ("the western town of Novofedorivka in occupied Crimea")
    r"(?:(?:temporarily\s+)?(?:occupied|annexed)\s+)?"
    r"(?:(?:war-torn|war-ravaged|embattled)\s+)?"
    r"|,\s+|\s+\(",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r",\s+|\s+and\s+|,\s+and\s+|\s+or\s+")
# How many settlements a list needs for the one region that has them all to hold them.
LIST_REGION_NAMES = 3
# ... unless every other town of the text with one region only lies in regions whose
# centres are this far from that one's.
LIST_REGION_APART_KM = 300.0
# ... or, in a list of names of several regions, the share that one region must have; and
# how many settlements may share a name for the one of that region to be taken for it.
LIST_MAJORITY, LIST_NAMESAKES = 2 / 3, 5
# The same, over names of the list the gazetteer does not know ("Berdychiv, Stepove,
# Lastochkine, Tonenke, Avdiyivka and Pervomaiske in the Donetsk Oblast").
_LIST_GAP_NAMES = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+|\s+or\s+)(?:(?-i:[A-Z])[\w’'-]+(?:,\s+(?:and\s+)?|\s+and\s+))*"
)
# "Novooleksandrivka, Tomyna Balka, ... Topolyne and the city of Kherson came under enemy fire
# and air strikes in the Kherson region": a list's verb, then the region the list's places
# were struck in (villages of that oblast, not the Topolyne of Zaporizhzhia oblast).
_LIST_STRUCK_IN = re.compile(
    r"\s+(?:came|come|comes|were|was|have\s+been|has\s+been|had\s+been)\s+"
    r"(?:under|hit|struck|shelled|attacked|targeted|bombarded)\b[^.;:”\"A-Z]{0,60}?\s+in\s+"
    r"(?:the\s+)?"
)
_COMMA_IN = re.compile(r",\s+in\b")
# ", where ... the settlements of ": a clause after a region that names settlements in it.
_WHERE_SETTLEMENTS_OF = re.compile(
    r"[”\"’]?,\s+where\b[^.;:]{0,100}?\b(?:the\s+)?(?:settlements|villages|towns)\s+of\s+"
)


def _listed_with(text: str, mentions: Sequence[Mention], i: int) -> range:
    """The indices of the settlements of the list that ends with ``mentions[i]`` ("Topolyne
    and the city of Kherson" too)."""
    j = i
    while (
        j > 0
        and mentions[j - 1].kind == "settlement"
        and mentions[j - 1].sentence == mentions[i].sentence
        and _LIST_ITEM_GAP.fullmatch(text, mentions[j - 1].end, mentions[j].start)
    ):
        j -= 1
    return range(j, i + 1)


_LIST_ITEM_GAP = re.compile(
    _LIST_GAP_NAMES.pattern + r"(?:the\s+(?:city|town|village|settlement)\s+of\s+)?"
)

# "shelled two villages in the Kherson region - Dniprovske and Lviv": places of a region,
# then a dash or colon and the list of them.
_UNITS_IN_BEFORE = re.compile(
    r"\b(?:villages|settlements|towns|localities|communities|hromadas)\s+(?:in|of)\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
_LIST_OPENS = re.compile(r"\s*(?:[-–—:]|,\s*(?:namely|including))\s*$")
# A name just before a comma: "Kamyanske, Zaporizhzhia" (also what a distance after it places).
NAME_COMMA_BEFORE = re.compile(r"\b([A-Z][\w’'-]+),\s+$")
# "the village of Plyokhovo in ": a village, then what holds it.
_VILLAGE_IN_BEFORE = re.compile(
    r"\b(?:village|settlement|hamlet|farmstead|khutor)\s+of\s+([A-Z][\w’'-]+)\s+in\s+$"
    # ("a missile strike on Vasilyevka, a city in Zaporizhzhia")
    r"|\b([A-Z][\w’'-]+),\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:village|town|city|settlement)"
    r"\s+in\s+$"
)
# "the Izmail Port in Ukraine's Odessa": a town (or its port), then the oblast that holds it,
# named as its capital is.
_TOWN_IN_GAP = (
    r"(?:\s+(?:[Pp]ort|[Aa]irfield|[Rr]efinery|[Dd]istrict))?\s+in\s+"
    r"(?:(?:Ukraine|Russia)[’']s\s+)?(?:(?:south|north|east|west|central)[a-z]*\s+)?"
)
_TOWN_IN_BEFORE = re.compile(rf"\b([A-Z][\w’'-]+){_TOWN_IN_GAP}$")
# "offensives in the Orekhovo-Vasylivka area of Donetsk": a village's area, then the oblast
# named as its capital is.
_AREA_OF_BEFORE = re.compile(r"\b([A-Z][\w’'-]+)\s+area\s+of\s+$")
# "Ivano-Frankivsk, Ternopil oblasts": the last name of a list of regions (the mention's own
# word, "oblast", then its plural "s").
_PLURAL_REGION_WORD = re.compile(r"(?:oblast|region|province)s\b", re.IGNORECASE)
# The end of a clause or sentence right after a name ("in Kamyanske, Zaporizhzhia.").
_CLAUSE_END = re.compile(r"\s*(?:[.;:!?)]|$)")
# "Russia took control of Vuhledar, southern Donetsk, which lies ...": a settlement, then a
# side of the oblast that holds it, named as its capital is.
_NAME_THEN_OBLAST_BEFORE = re.compile(
    r"\b((?:[A-Z][\w’'-]+\s+)?[A-Z][\w’'-]+),\s+"
    r"(?:south|north|east|west|south-?east|south-?west|north-?east|north-?west)ern\s+$"
)
_RESPECTIVELY = re.compile(r"[^.;]{0,40}?\brespectively\b")
# "near the Donetsk border", "along the Belgorod border": a border, named after a region.
_TO_THE_BORDER_BEFORE = re.compile(
    r"\b(?:near|along|to|towards?|reached|reaching|across|approaching)\s+the\s+$", re.IGNORECASE
)
_BORDER_AFTER = re.compile(r"\s+border\b(?!\s+(?:town|village|city|settlement|region|area))")
# A mention that names a site after its town: "Rivne nuclear power plants".
_SITE_NAMED = re.compile(
    r"\s(?:plants?|stations?|refiner(?:y|ies)|airfields?|airports?|ports?|depots?|NPPs?|TPPs?"
    r"|HPPs?)$",
    re.IGNORECASE,
)
# "crossed the airspace of Moldova and": a country whose airspace drones crossed (not "were
# neutralized in the airspace of Kursk, Pskov, and Tula regions", shot down there).
_AIRSPACE_OF_BEFORE = re.compile(
    r"\b(?:cross\w*|violat\w*|enter\w*|invad\w*|intrud\w*)\s+(?:the\s+)?airspace\s+of\s+"
    r"(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]+(?:,\s+|\s+and\s+|,\s+and\s+))*$",
    re.IGNORECASE,
)
# A "republic" in quotes after a name: 'the Donetsk “people’s republic”'.
_QUOTED_REPUBLIC = re.compile(
    r"\s+[“\"«‘']\s*(?:(?:people[’']s|popular)\s+)?republic\s*[”\"»’']", re.IGNORECASE
)
# A word that says a name is a region's ("the Kursk region", "Donetsk Oblast").
_REGION_WORD = re.compile(
    r"\b(?:regions?|oblasts?|provinces?|krai|territory|republic|okrug)\b", re.IGNORECASE
)
# A list of one kind of small unit: "the X, Y and Z communities", "the villages of X, Y and Z"
# (and "in the Nikopol district, the cities of Nikopol, Pokrovsk, and Marhanets").
_UNITS = r"(?:communities|hromadas|villages|settlements|cities|towns)"
_UNITS_AFTER = re.compile(rf"\s+{_UNITS}\b", re.IGNORECASE)
_UNITS_BEFORE = re.compile(rf"\b{_UNITS}\s+(?:of\s+)?$", re.IGNORECASE)
# How far from the rest of its list of small units a place in another region may lie (a
# village just across an oblast border stays; "Vasilyevka" among Kherson-region settlements is
# not the Vasylivka of Mykolaiv oblast, 55 km from them).
LIST_OUTLIER_KM = 30.0
# A village of a name many villages share (this many namesakes), put this far from every other
# place the text locates while those lie close together (half of them this near to another),
# is likelier another village of that name the gazetteer lacks: "Mykhailivka" retaken beside
# Zelenyi Hai and Volodymyrivka near Pokrovsk is not the Mykhailivka 90 km off.
CLUSTER_NAMESAKES, CLUSTER_OUTLIER_KM, CLUSTER_KM = 5, 75.0, 50.0
CLUSTER_VILLAGE = 20_000  # people: a town of more is not one of many
# A text that locates more places than this is a list, not a report on one stretch of front
# (and its distances, compared pairwise, would cost more than the rest of the reading).
CLUSTER_MAX_PLACES = 60
# "the village of Kuban", "the town of".
_SETTLEMENT_WORD_BEFORE = re.compile(
    r"\b(?:village|settlement|town|city|hamlet|khutor|stanitsa)\s+(?:of\s+)?$", re.IGNORECASE
)
# "the governor of the Belgorod region", "head of Ukraine’s Donetsk region", "the dictator
# of Chechnya": an office.
_OFFICE_BEFORE = re.compile(
    r"\b(?:governor|mayor|head|authorities|administration|officials?|chief|spokes\w+"
    # ("the government of Russia’s Bryansk Oblast ... reported")
    r"|headquarters|police|prosecutors?|council|leadership|leader|dictator|ruler|government)"
    # ("governor of the wider Kharkiv region", "the acting regional governor of nearby
    # Transbaikalia")
    r"\s+of\s+(?:the\s+)?(?:(?:wider|surrounding|greater|larger|nearby|neighbou?ring)\s+)?"
    r"(?:[A-Z][\w-]*[’']s\s+)?"
    # ("The pro-Russian head of the “Luhansk People’s Republic”")
    r"(?:(?:republic|region|oblast|province)\s+of\s+)?[“\"«]?$"
    # ("the chief of the military administration for the Donetsk area")
    r"|\badministration\s+for\s+the\s+$"
    # "the Defense Ministry in Moscow", "according to authorities in Kyiv"
    # ("a deputy chief of the State Emergency Service in Donetsk Oblast")
    # (not "Local authorities in Izmail said port infrastructure was damaged": the town's own)
    # ("The Defense Department in Moscow claims that the attack was directed against")
    r"|\b(?:ministry(?:\s+of\s+(?:defen[cs]e|foreign\s+affairs))?|department|government"
    # ("Russian officials at Zaporizhzhia, Europe's largest nuclear plant, also confirmed")
    # ("Volodymyr Tymoshko, head of police in Kharkiv, said")
    r"|(?<!local\s)authorities|(?<!local\s)officials|kremlin|embassy|service|sources?"
    r"|(?<=of\s)police)"
    r"\s+(?:in|at)\s+$"
    # ("reported the State Emergency Service in the Kharkiv region", "Deputy head of Ukraine’s
    # State Emergency Service (SES) in Donetsk Oblast", "the prosecutor's office in the
    # Donetsk region said")
    r"|\bservice(?:\s*\([A-Z]{2,6}\))?\s+in\s+(?:the\s+)?$|\boffice\s+in\s+the\s+$"
    # ("Leonid Pasechnik, Moscow-installed leader in Luhansk")
    r"|\b(?:installed|appointed)\s+(?:leader|head|governor|chief|authorities|officials"
    r"|administration)\s+in\s+$"
    # ("the IAEA Support and Assistance Mission to Zaporizhzhia (ISAMZ) team")
    r"|\b(?-i:Mission)\s+to\s+(?:the\s+)?$"
    # "Gov. Serhiy Lysak of the Dnipropetrovsk region": the office of the person named
    r"|\b(?:gov\.|governor|mayor|head|chief)\s+(?:(?-i:[A-Z])[\w’'-]+\s+){1,3}of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Russia's northwestern port of Primorsk", "Ukraine's southern city of Odesa": the country
# says where the place is.
_COUNTRY_POSSESSIVE_BEFORE = re.compile(
    r"\b(Russia|Ukraine|Belarus|Moldova|Poland|Romania)[’']s\s+(?:[\w-]+\s+){0,3}?"
    r"(?:port|city|town|village|settlement)\s+(?:of\s+)?$"
)
# "the coordinator of pro-Russian underground network in Nikolayev, Sergei Lebedev, told
# Sputnik": a person's title, where their group is, not where something happened.
_MEMBER_OF_BEFORE = re.compile(
    # (and "the coordinator the pro-Russian underground network in Nikolaev", "of" left out)
    r"\b(?:coordinator|leader|member|head|organi[sz]er|representative)\s+(?:of\s+)?(?:the\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:network|movement|cell|group|underground)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_GOVERNOR_OF_BEFORE = re.compile(r"\bgovernors?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "Kursk regional governor Smirnov", "the Kherson regional administration": the office of the
# region named after the city.
# "Kharkiv governor Oleh Syniehubov": a governor is a region's.
_GOVERNOR_AFTER = re.compile(r"[’'ʼ]?s?\s+(?:acting\s+)?governor\b", re.IGNORECASE)
_REGIONAL_OFFICE_AFTER = re.compile(
    r"\s+regional\s+(?:acting\s+|military\s+)?(?:governor|administration|head|authorities)\b",
    re.IGNORECASE,
)
# "other Russian regions, including Kaluga, Moscow, Bryansk, Oryol, and Ryazan": regions.
_REGIONS_LISTED = re.compile(
    r"\bregions\b(?:\s+(?:of|in)\s+[A-Z][\w’'-]+)?,?\s+(?:including|such\s+as|like|namely)\s+"
    r"(?:(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s+(?:and\s+)?)*(?:and\s+)?$"
)
# "air defence systems working in the regions of Rivne, Zhytomyr, Volyn, and Lviv": each a
# region (not "the border regions of Russia, Chechnya head Ramzan Kadyrov said").
_REGIONS_OF_BEFORE = re.compile(
    r"\b(?:regions|oblasts|provinces)\s+of\s+((?:[A-Z][\w’'-]+(?:,\s+(?:and\s+)?|\s+and\s+))*)$"
)
# "the northeastern region of Kharkiv": the region of that name.
_REGION_OF_BEFORE = re.compile(rf"\b{_REGION_OF}$", re.IGNORECASE)

Kind = Literal["settlement", "region", "district", "facility"]
V = TypeVar("V")


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a headline line) of the text, as ``text[start:end]``."""

    index: int
    start: int
    end: int
    text: str
    # Whether it begins a line: the last sentence of a paragraph cut short ("..., damaging
    # six private houses, said Kyrylenko") has no closing punctuation, but is no headline.
    opens_line: bool = True

    @property
    def headline(self) -> bool:
        """A line with no closing punctuation, such as a headline or a caption."""
        return (
            self.opens_line
            and not re.search(r"[.!?…:;\"”’)\]]$", self.text)
            and len(self.text.split()) <= 25
        )


@dataclass(frozen=True)
class Mention:
    """A place named in the text, and the gazetteer's answer for it.

    ``name`` is what the text says (``text[start:end]``), extended by a region word when the
    text has one ("Rostov region" for "the Rostov region"); ``query`` is what was looked up.
    """

    name: str
    start: int
    end: int
    sentence: int
    kind: Kind
    near: bool
    query: str
    result: GeocodeResult | None = None
    # For a region: the settlements named in the same sentence that lie in it. Unless the
    # sentence reports an event at the region itself, it only locates them.
    contains: tuple[str, ...] = ()
    # For a district or a community named by an adjective: the other towns it may be named
    # after ("the Vasylkivska community": Vasylkiv, else Vasylkivka), in case ``query``'s
    # place lies far from the text's other places.
    alternatives: tuple[str, ...] = ()
    # A word no place has, after a preposition of place ("in Novoshajtinsk"): a place only if
    # one the article is about is spelt almost so; otherwise no mention at all.
    if_spelt_like: bool = False

    @property
    def place(self) -> Place | None:
        return self.result.place if self.result else None

    @property
    def geo_precision(self) -> int | None:
        if self.place is None:
            return None
        return int(GeoPrecision.of(self.place.kind, self.near))


@dataclass(frozen=True)
class Rejected:
    """A name the gazetteer knows that the text does not use as a place here, and why."""

    name: str
    start: int
    end: int
    reason: str
    # A region named in an office's title ("Sumy Region Governor"): no place of an event, but
    # evidence of what the text is about.
    office_region: str = ""


@dataclass(frozen=True)
class Reading:
    """What :meth:`MentionFinder.read` reads in a text."""

    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    rejected: tuple[Rejected, ...]
    focus: Focus


def split_sentences(text: str) -> list[Sentence]:
    """Sentences and headline lines, with their offsets; abbreviations ("Mr.") do not end one."""
    out: list[Sentence] = []
    start = 0

    def add(end: int) -> None:
        for piece_start, piece_end in _pieces(text, start, end):
            chunk = text[piece_start:piece_end]
            stripped = chunk.strip()
            if stripped:
                first = piece_start + (len(chunk) - len(chunk.lstrip()))
                # (looking back over the spaces before it only, not the whole text)
                back = first - 1
                while back >= 0 and text[back] in " \t":
                    back -= 1
                opens_line = back < 0 or text[back] == "\n"
                out.append(Sentence(len(out), first, first + len(stripped), stripped, opens_line))

    for gap in _SENTENCE_GAP.finditer(text):
        before = text[max(0, gap.start() - 12) : gap.start()]
        last_word = re.search(r"([\w.]+)\.$", before)
        # (not an ellipsis: "no casualties... Bakhmut district.")
        if "\n" not in gap.group() and last_word and not before.endswith(".."):
            word = last_word.group(1).lower()
            # "Mr.", "Jan.", an initial ("J.") or an abbreviation with inner dots ("U.S.").
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word:
                continue
        add(gap.start())
        start = gap.end()
    add(len(text))
    return out


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` as pieces of at most :data:`MAX_SENTENCE_CHARS` (one piece if it
    is that short, as every real sentence is)."""
    while end - start > MAX_SENTENCE_CHARS:
        low, high = start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS
        cut = max(text.rfind(mark, low, high) for mark in (", ", "; ", ": "))
        if cut >= 0:
            cut += 1  # the comma stays with the clause it ends
        else:
            cut = max(text.rfind(space, low, high) for space in (" ", "\t"))
            if cut < 0:
                cut = high
        yield start, cut
        start = cut
    yield start, end


# "the Zmiyivska TPP", "the Burshtynska thermal power plant": a power plant (not a
# hydroelectric one).
_POWER_PLANT_AFTER = re.compile(
    r"\s+(?:TPPs?|TES|CHPs?|CHPPs?|(?:thermal\s+|coal(?:-fired)?\s+)?power\s+(?:plants?|stations?)"
    r"|thermal\s+(?:power\s+)?plants?)\b",
    re.IGNORECASE,
)
# ... and the first names of a list of them: "the Dobrotvirska, Burshtynska, Kaluska, and
# Ladyzhynska TPPs".
_POWER_PLANTS_LISTED_AFTER = re.compile(
    _REST_OF_A_LIST + r"(?:TPPs|CHPs|CHPPs|(?:thermal\s+)?power\s+(?:plants|stations)"
    r"|thermal\s+(?:power\s+)?plants)\b"
)
# "the Krasnorichensk settlement community", "the Bilozerka village hromada": a community
# by the kind of its seat.
_KIND_OF_COMMUNITY = re.compile(
    r"\s+(?:settlement|village|urban|rural|city|town)\s+(community|hromada|territorial"
    r"\s+community)\b",
    re.IGNORECASE,
)
# "the Pokrovsk region of the Donetsk region": a region's part.
_OF_A_REGION_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]+\s+(?:region|oblast|province)\b", re.IGNORECASE
)


def _words(sentence: Sentence) -> list[tuple[int, int, str]]:
    """(start, end, word) in text offsets; a possessive "’s" is not part of the word."""
    words = []
    for match in _WORD.finditer(sentence.text):
        # "Engels-1" (an airfield): the name is "Engels".
        word = re.sub(r"-\d+$", "", POSSESSIVE.sub("", match.group()))
        start = sentence.start + match.start()
        words.append((start, start + len(word), word))
    return words


def list_starts(text: str, mentions: Sequence[Mention], i: int) -> bool:
    """Whether ``mentions[i]`` is the first of three or more settlements listed together
    ("near Saky, Feodosiia, Rozdilne and Hvardiiske"): then "near" is said of them all, and
    the first is no landmark of the place before it."""
    items = mentions[i : i + 3]
    return (
        len(items) == 3
        and all(m.kind == "settlement" for m in items)
        and LIST_COMMA.fullmatch(text, items[0].end, items[1].start) is not None
        and _LIST_JOIN.fullmatch(text, items[1].end, items[2].start) is not None
    )


# The comma between two items of a list.
LIST_COMMA = re.compile(r",\s+")


def _unit_word(plural: str) -> str:
    """The unit word a list's plural gives each of its names: "the Kutsurubska and
    Halytsynivska communities", the Kutsurubska community; "hromadas", a hromada."""
    plural = plural.lower()
    if plural.endswith("ies"):
        return plural.removesuffix("ies") + "y"  # communities, municipalities
    return plural.removesuffix("s")


def _community_adjective(stem: str) -> str:
    """The adjective a community is named by, from the stem English news sometimes writes
    for it: "the Chutiv community" is the Chutivska one (Chutove's), "the Myrivsk community"
    the Myrivska, "the Verkhnyosyrovatsk community" the Verkhnosyrovatska (Ukrainian "ньо",
    "nyo" in some romanisations, "no" in the official one). The stem itself if it ends in a
    vowel (no adjective is made so)."""
    if not stem or stem[-1].lower() in "aeiouy":
        return stem
    stem = re.sub(r"(?<=[^\W\d_])nyo(?=[^\W\d_])", "no", stem)
    return f"{stem}a" if stem.lower().endswith(("sk", "tsk", "zk")) else f"{stem}ska"


def _capitalised(word: str) -> bool:
    # Acronyms (NATO, US, ATACMS, and "UAVs") are not parts of place names here, but for the
    # regions known by theirs ("Seversk in the DPR").
    acronym = len(word) > 1 and (word.isupper() or (len(word) > 2 and word[:-1].isupper()))
    return word[0].isupper() and (not acronym or word in _REGION_ACRONYMS)


# An institution named by a region's initials: "LNR Joint Center of Control and
# Coordination", "the DPR People's Militia", "DNR Ministry of Emergency Situations".
_ACRONYM_BODY_AFTER = re.compile(
    r"\s+(?:(?-i:[A-Z])[\w’'-]+\s+){0,3}?(?:Cent(?:er|re)|Ministry|Militia|Army|Corps|Council"
    r"|Government|Administration|Committee|Service|Headquarters|Command|Office|Police"
    r"|Parliament|Court|Prosecutor)\b"
)
# The regions news names by their initials (``geodata/regions.csv`` lists them as names).
_REGION_ACRONYMS = frozenset({"DPR", "LPR", "DNR", "LNR"})


# A Russian plant named in one word after its town: "Kirishinefteorgsintez" (Kirishi's
# "oil organic synthesis"), "Ufaneftekhim", "Shchekinazot".
_PLANT_WORD = re.compile(r"([A-Z][a-z]{2,}?)(?:nefteorgsintez|neftekhim|azot)")
_POSSESSIVE_GAPS = frozenset({"’s ", "'s ", "ʼs "})
_RUN_GAPS = frozenset({" ", *_POSSESSIVE_GAPS})
# "St. Petersburg", "Mt. Elbrus": an abbreviated first word, with its full stop.
_ABBREVIATED_FIRST = frozenset({"St", "Mt", "Ft"})


def _runs(text: str, words: list[tuple[int, int, str]]) -> Iterator[list[int]]:
    """Indices of consecutive capitalised words separated by single spaces (or a possessive,
    as in "Donetsk People’s Republic")."""
    run: list[int] = []
    for i, (start, _, word) in enumerate(words):
        gap = text[words[run[-1]][1] : start] if run else ""
        if (
            _capitalised(word)
            and run
            and (gap in _RUN_GAPS or (gap == ". " and words[run[-1]][2] in _ABBREVIATED_FIRST))
        ):
            run.append(i)
            continue
        if run:
            yield run
        run = [i] if _capitalised(word) else []
    if run:
        yield run


def _title_case(line: str) -> bool:
    """Whether a line has every word of four letters or more capitalised, as a headline
    may ("Six Injured In Poltava Following Russian Drone Attack")."""
    long_words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) >= 4]
    return len(long_words) >= 3 and all(w[0].isupper() for w in long_words)


def _neutral_neighbour(word: str) -> bool:
    key = word.lower()
    return key in NOT_PLACES or key in _NEIGHBOUR_WORDS or bool(_ADJECTIVE.search(word))


# What follows a name that is not the last of a list.
_LIST_GOES_ON = re.compile(r"\s*(?:,|\band\b|\bor\b)")
# Between a name the gazetteer does not place and the region it is put in, the words of a
# description: "Sadove in the Russian-occupied part of Ukraine’s Kherson region", "the
# Kirovske military airfield, located in the Russian-occupied Crimean Peninsula", "Vovche, in
# the southeast corner of the Dnipropetrovsk region", "Filiya inside Ukraine’s".
_DESCRIBED_IN = re.compile(
    r"(?:[^.;:!?()\n\"“”]{0,50}?)\b(?:in|inside|within|on\s+the\s+border\s+of)\s+[^.;:!?()\n,]{0,45}"
)
# ... no list, motion or other clause among those words ("as the Russian army pushes further
# westwards into the", "a village near the administrative borders of Kharkiv and").
_NOT_DESCRIPTION = re.compile(
    r"\b(?:and|or|to|towards|from|into|near|than|while|as|after|before|says?|said|where"
    r"|which|who)\b",
    re.IGNORECASE,
)
# The capitalised words such a description may hold: what a facility is, "Russian".
_DESCRIPTION_CAPITALS = re.compile(
    r"(?:Russian|Ukrainian|Thermal|Power|Plant|Station|Chemical|Refinery|Oil|Depot|Airfield"
    r"|Air|Base|Military|Port)(?:-[\w-]+)?|[A-Z][\w-]*[’']s"
)
# "on the border of Zaporizhzhia and Donetsk region": not one region that holds it.
_ANOTHER_REGION_AFTER = re.compile(r"\s+(?:and|or)\s+[A-Z]")


def _described_in(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, between a name the gazetteer does not place and a region
    just after it, is a description that puts the one in the other."""
    between = text[start:end]
    if _DESCRIBED_IN.fullmatch(between) is None or _NOT_DESCRIPTION.search(between):
        return False
    return all(
        _DESCRIPTION_CAPITALS.fullmatch(word) for word in re.findall(r"\b[A-Z][\w’'-]*", between)
    )


# Joins the names of a list ("Slavyansky and Kushchevsky districts").
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# The region a district is put in right after it: "the Pokrovsky district, Donetsk region",
# "the Pokrovsky district of the Donetsk region".
_DISTRICT_REGION_AFTER = re.compile(
    r"(?:,\s+|\s+(?:of|in)\s+(?:the\s+)?)((?-i:[A-Z])[\w’'-]+)\s+(?:region|oblast|province|krai)\b",
    re.IGNORECASE,
)
# A district's name as an adjective ("Kushchevsky", "Pokrovskyi"), not a town's.
_DISTRICT_ADJECTIVE = re.compile(r"(?:sk|ck|tsk|zk)(?:y|yi|iy|ii|i|yy)$", re.IGNORECASE)


def _district_sense(
    text: str, mentions: list[Mention], named_after: Callable[[str], tuple[str, ...]]
) -> list[Mention]:
    """Names listed before "districts" are districts too ("in Slavyansky and Kushchevsky
    districts"), and a district's adjective named alone elsewhere is the district ("In
    Kushchevsky, a drone was downed"): none of them is the town of that name, each is drawn
    near the town it is named after (``named_after``) if there is one."""
    out = list(mentions)
    for k in range(len(out) - 1, 0, -1):
        if out[k].kind != "district" or not out[k].name.lower().endswith(
            ("districts", "raions", "rayons")
        ):
            continue
        j = k
        while j > 0 and _LIST_JOIN.fullmatch(text[out[j - 1].end : out[j].start]):
            if out[j - 1].kind == "district":
                # "the Slovyansk, Siversky, and Kushchevsky districts": Siversky, a
                # district's adjective, was read as a district already.
                j -= 1
                continue
            if out[j - 1].kind != "settlement":
                break
            seats = named_after(out[j - 1].name)
            out[j - 1] = replace(
                out[j - 1],
                # "the Boryspil, Obukhiv and Brovary districts": the Boryspil district
                name=f"{out[j - 1].name} {out[k].name.split()[-1].lower().rstrip('s')}",
                kind="district",
                near=bool(seats),
                query=seats[0] if seats else f"{out[j - 1].name} district",
                alternatives=seats[1:],
            )
            j -= 1
    districts = {fold(m.name.split()[0]): m for m in out if m.kind == "district" and m.name.split()}
    return [
        replace(
            m,
            kind="district",
            near=district.near,
            query=district.query,
            alternatives=district.alternatives,
        )
        if m.kind == "settlement"
        and _DISTRICT_ADJECTIVE.search(m.name)
        and (district := districts.get(fold(m.name))) is not None
        else m
        for m in out
    ]


class MentionFinder:
    """Finds the places a text names, using every name and variant the gazetteer holds."""

    def __init__(self, gazetteer: Gazetteer, theatre: Theatre | None = None) -> None:
        self.gazetteer = gazetteer
        self.theatre = theatre_from_setting() if theatre is None else theatre

    def find(self, text: str) -> tuple[list[Sentence], list[Mention], list[Rejected]]:
        """Sentences, resolved place mentions, and names rejected as not places here."""
        reading = self.read(text)
        return list(reading.sentences), list(reading.mentions), list(reading.rejected)

    def read(self, text: str) -> Reading:
        """What :meth:`find` returns, and the text's focus: what it is about."""
        sentences, mentions, rejected = self.scan(text)
        resolved, focus = self._resolve(text, sentences, mentions, rejected)
        return Reading(tuple(sentences), tuple(resolved), tuple(rejected), focus)

    def scan(self, text: str) -> tuple[list[Sentence], list[Mention], list[Rejected]]:
        """Sentences, the place mentions before any is resolved, and the rejected names."""
        sentences = split_sentences(text)
        mentions: list[Mention] = []
        rejected: list[Rejected] = []
        for sentence in sentences:
            if _ANOTHER_STORY.match(sentence.text):
                # "Read also: Russia’s Kursk hit again": a link to another article, whose
                # places are neither events nor what this text is about.
                found: list[Mention] = []
                self._scan(text, sentence, found, rejected)
                rejected += [Rejected(m.name, m.start, m.end, ANOTHER_STORY) for m in found]
                continue
            found_here = len(mentions)
            offices: list[Mention] = []
            self._scan(text, sentence, mentions, rejected, offices)
            listed = self._unknown_in_list(text, sentence, mentions[found_here:], rejected)
            if listed:
                # (A listed name is an unknown settlement, kept unlocated, not just a word
                # that may be a look-alike: "in Sinkivka, Terny and Bilohorivka".)
                spans = {(m.start, m.end) for m in listed}
                mentions[found_here:] = [
                    m for m in mentions[found_here:] if (m.start, m.end) not in spans
                ]
                mentions += listed
            located = self._locating_offices(text, offices, mentions[found_here:])
            if located:
                # "The governor of Sevastopol in the occupied Crimea stated that fragments ...
                # damaged private houses": the region only says where the office's city is.
                del mentions[found_here:]
                rejected += [
                    Rejected(m.name, m.start, m.end, LOCATES.format(name=o.name))
                    for m, o in located
                ]
            if (
                offices
                and len(mentions) == found_here
                and not _quote_named_before(text, sentence, mentions)
            ):
                # "Kyiv Mayor Vitali Klitschko said blocks of flats were hit": a city's own
                # office speaking in a sentence that names no other place speaks of the city
                # (not when it ends a quote that named one: "\"Tokmak, good evening.
                # Residents are reporting several loud explosions,\" wrote the mayor of
                # Melitopol").
                mentions += offices
                spoken_of = _spans(offices)
                rejected[:] = [r for r in rejected if (r.start, r.end) not in spoken_of]
        mentions = _district_sense(
            text, self._one_sense(text, mentions, rejected), self._named_after
        )
        plants, closed = self._named_facilities(text, sentences, mentions)
        if plants or closed:
            # (a facility's name holds a town's or a region's: "the Crimean Bridge")
            named = plants + closed
            mentions = [m for m in mentions if not any(_overlap(m, p) for p in named)]
            rejected[:] = [r for r in rejected if not any(_overlap(r, p) for p in named)]
            rejected += [Rejected(m.name, m.start, m.end, CLOSED) for m in closed]
        capitals = self._capitals(text, sentences, mentions) + plants
        if capitals:
            mentions = sorted(mentions + capitals, key=lambda m: m.start)
        return sentences, mentions, rejected

    def _named_facilities(
        self, text: str, sentences: list[Sentence], mentions: list[Mention]
    ) -> tuple[list[Mention], list[Mention]]:
        """A facility named by its abbreviation ("a drone hit the ZNPP's training centre") or
        by a name the curated data lists ("the Crimean Bridge", "the Chonhar bridge"): at the
        town the curated data puts it at, as the facility's full name is. An abbreviation is
        matched as written, a name case aside. Second, those only closed to traffic."""
        out: list[Mention] = []
        closed: list[Mention] = []
        # (the longest name first, where two overlap)
        names = sorted(self.gazetteer.facility_names().items(), key=lambda item: -len(item[0]))
        for name, (facility, host) in names:
            flags = 0 if name.isupper() else re.IGNORECASE
            for match in re.finditer(rf"\b{re.escape(name)}\b", text, flags):
                start, end = match.span()
                if any(m.start < end and start < m.end for m in out) or (
                    name.isupper() and any(m.start < end and start < m.end for m in mentions)
                ):
                    continue
                sentence = next((s for s in sentences if s.start <= start < s.end), None)
                if sentence is None or _ANOTHER_STORY.match(sentence.text):
                    continue
                label = match.group()
                plant = label if label == facility else f"{label} ({facility})"
                reason = PLANT_HOST.format(plant=plant)
                at = GeocodeResult(host.name, "found", host, (host,), reason)
                named = Mention(
                    label, start, end, sentence.index, "settlement", True, host.name, at
                )
                (closed if _closed_to_traffic(text, sentence, named) else out).append(named)
        return out, closed

    def _capitals(
        self, text: str, sentences: list[Sentence], mentions: list[Mention]
    ) -> list[Mention]:
        """ "The capital", "the Ukrainian capital": the capital city of the country named by
        the adjective, else the one capital the text names (Kyiv, Moscow, Minsk), if only
        one. ("The capital Moscow" names it anyway; "the capital of X" is X's.)"""
        named = {
            country for country, city in _CAPITAL_CITIES.items() if re.search(rf"\b{city}\b", text)
        }
        out = []
        for sentence in sentences:
            for match in _THE_CAPITAL.finditer(text, sentence.start, sentence.end):
                adjective = (match.group(1) or "").lower()
                country = _CAPITAL_ADJECTIVES.get(adjective)
                if country is None:
                    if adjective or len(named) != 1:
                        continue
                    country = next(iter(named))
                start, end = match.start(), match.end()
                if any(m.start < end and start < m.end for m in mentions):
                    continue
                if _DESTINATION_BEFORE.search(text, max(sentence.start, start - 60), start):
                    continue  # ("drones were shot down en route towards the capital")
                city = _CAPITAL_CITIES[country]
                out.append(
                    Mention(match.group(), start, end, sentence.index, "settlement", False, city)
                )
        return out

    def _one_sense(
        self, text: str, mentions: list[Mention], rejected: list[Rejected]
    ) -> list[Mention]:
        """A name the article uses for a person, a ship or a weapon ("Vladimir Putin", "the
        cruiser Moskva") means that elsewhere in it too, unless a preposition of place comes
        before it ("in Moskva"). A town in the name of an institution or facility, next to
        or followed by an English word ("the Poltava Military Institute", "the Novorossiysk
        Mazutny Terminal"), is still the town elsewhere."""
        other = {
            fold(r.name): r.reason
            for r in rejected
            if r.reason.startswith(("a person's name", "names a "))
            or r.reason == UNIT
            or (
                (longer := _LONGER_NAME.match(r.reason)) is not None
                # (a town of two words is no one's first name: "the head of the city of the
                # Nova Kakhovka Volodymyr Kovalenko" leaves "in the occupied Nova Kakhovka")
                and len(r.name.split()) == 1
                # (a village named with an ordinal is no person: "Lyman Pershyi" leaves Lyman)
                and fold(longer.group(1)) not in _ORDINALS
                and not any(
                    self.gazetteer.english_zipf(word) > 0
                    for word in (longer.group(1), *_capitalised_after(text, r.end))
                )
            )
        }
        # Names that stood after another word of a longer name ("Suspilne Mykolaiv"), where
        # a person's surname would: a city's name there is no one's.
        second = {
            fold(r.name)
            for r in rejected
            if (longer := _LONGER_NAME.match(r.reason)) is not None
            and text[: r.start].rstrip().endswith(longer.group(1))
        }
        kept = []
        for mention in mentions:
            reason = other.get(fold(mention.name))
            before = text[max(0, mention.start - 12) : mention.start]
            if (
                reason
                # (a unit named after a town, elsewhere in quotes as it was: 'the "Azov"
                # brigade ... the involvement of "Azov"'; the town itself is not quoted)
                and (
                    reason != UNIT
                    or before.endswith(('"', "“", "«", "'", "‘"))
                    # ("Azov on Telegram", "Azov managed to stabilise the situation": the
                    # unit, at the head of a sentence and before what it did or said)
                    or (_AT_SENTENCE_HEAD.search(before) and _UNIT_ACTS.match(text, mention.end))
                )
                and mention.kind == "settlement"
                and not _LOCATIVE_BEFORE.search(before)
                # ("the industrial zone of Salavat city", beside "Gazprom Neftekhim Salavat")
                and not _PLACE_NOUN_AFTER.match(text, mention.end)
                # ("struck the Gazprom Neftekhim Salavat refinery", beside "Gazprom Neftekhim
                # Salavat is one of the largest ... companies": the company's plant at its town)
                and not (_LONGER_NAME.match(reason) and _FACILITY_AFTER.match(text, mention.end))
                # (nor a city after another name, no one's surname: "Suspilne Mykolaiv", the
                # broadcaster's branch, leaves "reported that Mykolaiv was likely attacked
                # with S-300 missiles"; "Vladimir Rogov" still takes the city of Vladimir)
                and not (
                    fold(mention.name) in second
                    and _city_called(self.gazetteer, mention.name, mention.query)
                )
            ):
                rejected.append(
                    Rejected(mention.name, mention.start, mention.end, f"{reason}, as elsewhere")
                )
                continue
            kept.append(mention)
        return kept

    @staticmethod
    def _city_office(text: str, sentence: Sentence, mention: Mention) -> bool:
        """Whether ``mention`` is a settlement named for its own city office ("Kyiv Mayor",
        "the mayor of Kharkiv", "Sevastopol Governor")."""
        if mention.name.endswith(" City") and _CITY_OFFICE_AFTER.match(
            text, mention.end - len(" City"), sentence.end
        ):
            return True  # "the Kyiv City Military Administration" (Kyiv City, a region too)
        return mention.kind == "settlement" and bool(
            _CITY_OFFICE_AFTER.match(text, mention.end, sentence.end)
            or (
                fold(mention.name) in _CITY_REGIONS
                and (
                    _CITY_REGION_OFFICE_AFTER.match(text, mention.end, sentence.end)
                    or _CITY_REGION_OFFICE_BEFORE.search(
                        text, max(sentence.start, mention.start - 60), mention.start
                    )
                )
            )
            or _CITY_OFFICE_BEFORE.search(
                text, max(sentence.start, mention.start - 60), mention.start
            )
        )

    def _countries_stated(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A settlement the text puts in a country by its possessive ("Russia's
        northwestern port of Primorsk") is a place of that country: the one of that name
        there, if the gazetteer has one, else left unlocated with the reason (not Prymorsk
        in Zaporizhzhia oblast)."""
        out = []
        for mention in mentions:
            place = mention.place
            stated = _COUNTRY_POSSESSIVE_BEFORE.search(
                text, max(0, mention.start - 60), mention.start
            )
            country = stated.group(1) if stated is not None else ""
            code = self.gazetteer.country(country) if country else None
            if (
                place is None
                or mention.kind != "settlement"
                or code is None
                or place.country == code
            ):
                out.append(mention)
                continue
            there = [
                p
                for p in self.gazetteer.candidates(mention.query)
                if p.country == code
                and p.kind == "settlement"
                and self.gazetteer.spelt(p, mention.query)
            ]
            if len(there) == 1:
                reason = f"in {country}, as the text says"
                result = GeocodeResult(mention.query, "found", there[0], (there[0],), reason)
            else:
                reason = f"the text puts it in {country}; {place.label} is not there"
                result = GeocodeResult(
                    mention.query, "ambiguous", None, tuple(there) or (place,), reason
                )
            out.append(replace(mention, result=result))
        return out

    def _list_outliers(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A name in a list of small units ("the Krasnopillia, Bilopillia, ..., Mykolaiv, and
        Myropillia communities") whose other places all lie in one region is in that region
        too: placed there if the gazetteer has one place of that name in it, else left
        unlocated with the reason (not put at the city of Mykolaiv, 485 km away)."""
        out = list(mentions)
        start = 0
        while start < len(out):
            end = start + 1
            while (
                end < len(out)
                and out[end].kind == out[start].kind == "settlement"
                and out[end].sentence == out[start].sentence
                and _LIST_GAP.fullmatch(text, out[end - 1].end, out[end].start)
            ):
                end += 1
            group = out[start:end]
            if len(group) >= 3 and _unit_list(text, group):
                # The region most of the list's located places lie in, if one does: two
                # outliers ("the Myropil, Mykolaiv, Esman, Svesa, and Berezivka communities"
                # of Sumy oblast) do not hide each other.
                counts = Counter(
                    (m.place.country, m.place.admin1_code) for m in group if m.place is not None
                ).most_common(2)
                if (
                    not counts
                    or counts[0][1] < 2
                    or (len(counts) > 1 and counts[1][1] == counts[0][1])
                ):
                    start = end
                    continue
                regions = {counts[0][0]}
                for k, mention in enumerate(group):
                    others = [
                        m.place
                        for m in group
                        if m is not mention
                        and m.place is not None
                        and (m.place.country, m.place.admin1_code) in regions
                    ]
                    place = mention.place
                    if place is None or len(others) < 2:
                        continue
                    km = min(haversine_km(place.lat, place.lon, p.lat, p.lon) for p in others)
                    if place.seat or (
                        place.population >= BIG_CITY
                        and km <= LONE_FAR_KM
                        # (by its own name: "Alekseyevka" is not Oleksiyivka, a part of Kharkiv)
                        and fold(place.name) == fold(mention.query)
                    ):
                        # ("the cities of Odesa, Vinnytsia, ..., Dnipro, ... and Kryvyi Rih":
                        # a regional capital, or a city not far off, is itself)
                        continue
                    if (place.country, place.admin1_code) in regions or km <= LIST_OUTLIER_KM:
                        continue
                    region = self.gazetteer.region(*next(iter(regions)))
                    where = region.name if region is not None else "one region"
                    inside = [
                        p
                        for p in self.gazetteer.candidates(mention.query)
                        if (p.country, p.admin1_code) in regions
                    ]
                    if len(inside) == 1:
                        reason = f"in {where}, as the places listed with it"
                        result = GeocodeResult(
                            mention.query, "found", inside[0], (inside[0],), reason
                        )
                    else:
                        reason = (
                            f"listed with places in {where}; the {place.label} is {km:,.0f} km"
                            " from them"
                        )
                        found = mention.result.candidates if mention.result else ()
                        result = GeocodeResult(mention.query, "ambiguous", None, found, reason)
                    out[start + k] = replace(mention, result=result)
            start = end
        return out

    def _named_after(
        self, name: str, loose: bool = False, districts: bool = True
    ) -> tuple[str, ...]:
        """The towns a district or a community may be named after, as the gazetteer knows
        them, likeliest first: the name itself ("the Boryspil district", "the Shostka
        community") or the towns its adjective may be made from ("the Glushkovsky district":
        Glushkovo; "Tsimlyansky": Tsimlyansk; "the Kutsurubska community": Kutsurub;
        "Halytsynivska": Halytsynove; "Marhanetska": Marhanets; "Krasnopilska": Krasnopil,
        then Krasnopillia), or else the centres of the units of that name in Ukraine's
        codifier (:meth:`Gazetteer.division_seats`). Empty if none. ``loose``: a look-alike
        spelling of a name will do ("the Krasnopilia community"). ``districts``: Russia's
        districts too (not for a community, a unit of Ukraine's: "the Sloviansk community" is
        Sloviansk's, not the Slavyansky district's of Krasnodar Krai)."""
        if self.gazetteer.english_zipf(name) >= COMMON_ZIPF:
            return ()  # "the Central District"
        # A Russian district the curated data knows is run from its own centre: "the Kamensky
        # district" from Glubokiy, not from Kamensk-Shakhtinsky; then any town the name
        # may also be made from ("the Krasnogvardeisky district", Biryuch's in Belgorod
        # oblast, or Krasnohvardiiske's in Crimea).
        seats = self.gazetteer.district_seats(name) if districts else ()
        curated = tuple(dict.fromkeys(p.name for p in seats))
        if curated:
            towns = self._named_after_town(name, loose)
            if _UKRAINIAN_MASCULINE.search(name) or any(
                p.country == "UA" and p.kind == "settlement" and self.gazetteer.spelt(p, name)
                for p in self.gazetteer.candidates(name)
            ):
                # (spelt the Ukrainian way, or a Ukrainian town's own name: "the
                # Pervomaiskyi district", "Pervomaisk district" of Mykolaiv oblast, before the
                # Pervomaysky district of Tambov oblast)
                return tuple(dict.fromkeys((*towns, *curated)))
            return tuple(dict.fromkeys((*curated, *towns)))
        return self._named_after_town(name, loose)

    def _plant_town(self, name: str) -> str | None:
        """The Russian town a plant's one-word name begins with ("Kirishinefteorgsintez":
        Kirishi; "Shchekinazot": Shchekino; "Yaroslavnefteorgsintez": Yaroslavl), if the
        gazetteer has a settlement of exactly that name in Russia."""
        plant = _PLANT_WORD.fullmatch(name)
        if plant is None:
            return None
        stem = plant.group(1)
        for town in (stem, f"{stem}o", f"{stem}l", f"{stem}a"):
            if any(
                p.kind == "settlement" and p.country == "RU" and fold(p.name) == fold(town)
                for p in self.gazetteer.candidates(town)
            ):
                return town
        return None

    def _larger_town_in(self, name: str, mention: Mention) -> bool:
        """Whether the rest of a facility's ``name`` after ``mention``, a run of capitalised
        words, holds the name of a larger town (not a common English word): the town the
        facility stands at. (Not "Energodar near the Zaporizhzhia plant": no name.)"""
        *words, _ = _WORD.findall(name)  # (the last, the facility's word: "Plant")
        if not all(word[0].isupper() for word in words):
            return False
        own = _population(self.gazetteer, mention.query)
        return any(
            fold(word) != fold(mention.query)
            and self.gazetteer.english_zipf(word) < COMMON_ZIPF
            and _population(self.gazetteer, word) > own
            for word in words
        )

    def _front_town(self, name: str) -> tuple[str, ...]:
        """The town a front's adjective is made from when the gazetteer has it only by a
        spelling like it ("the Gulyaypolskoe direction": Gulyaypole, a spelling of
        Huliaipole); empty if none."""
        ending = _ADJECTIVE_ENDING.search(name)
        if ending is None or ending.start() < 4:
            return ()
        stem = name[: ending.start()]
        return next(
            ((n,) for n in (f"{stem}e", stem, f"{stem}o") if self.gazetteer.candidates(n)), ()
        )

    def _raion_of_stem(self, name: str) -> tuple[str, ...]:
        """The town a Ukrainian raion is run from, for a stem of its adjective that names no
        place ("Synelnyk district": the Synelnykivskyi raion, Synelnykove's), from Ukraine's
        codifier; empty if none is called so."""
        if _ADJECTIVE_ENDING.search(name) or self.gazetteer.english_zipf(name) >= COMMON_ZIPF:
            return ()
        adjectives = [name + "ivskyi", name + "skyi"]
        if name.lower().endswith("sk"):
            adjectives.append(name + "yi")  # "Novhorod-Siversk district": Novhorod-Siverskyi
        if ending := re.search(r"[oe]v[oe]$", name):
            # "Synelnykovo district", a Russian spelling of Synelnykove: Synelnykivskyi
            adjectives.append(name[: ending.start()] + "ivskyi")
        for adjective in adjectives:
            if seats := self.gazetteer.division_seats(adjective):
                return seats
        return ()

    def _community_seats(self, name: str) -> tuple[str, ...]:
        """The towns the community called ``name`` ("the Chutiv community", "the Richkivska
        community") may be run from, likeliest first: those of the communities Ukraine's
        codifier names so (the Chutivska community is Chutove's, not Chutivka's), then any
        town the name may be made from."""
        if self.gazetteer.english_zipf(name) >= COMMON_ZIPF:
            return ()  # "border communities"
        adjectives = [name, _community_adjective(name)]
        unknown = not self.gazetteer.candidates(name)
        written_as_village = _as_village_is_named(name)
        if written_as_village and (unknown or not name.lower().endswith(("ske", "zke"))):
            # "the Novoslobidske hromada": the Novoslobidska (where the gazetteer has no village
            # of that name); "the Halytsynivka hromada": the Halytsynivska, Halytsynove's
            adjectives.append(written_as_village)
        for adjective in dict.fromkeys(adjectives):
            seats = self._named_after(adjective, loose=True, districts=False)
            if seats and seats[0] == name:
                # A town's own name ("the Ivano-Frankivsk community"), first; then the other
                # towns Ukraine's codifier runs a community of that name from: "the Myropil
                # community" of Sumy oblast is Myropillia's, not Myropil's in Zhytomyr oblast.
                official = self.gazetteer.division_seats(_community_adjective(name))
                return tuple(dict.fromkeys((*seats, *official)))
            if seats:
                official = self.gazetteer.division_seats(adjective)
                return tuple(dict.fromkeys((*official, *seats)))
        if written_as_village and unknown:
            # (named after a town the gazetteer spells otherwise: the codifier's seat)
            return self.gazetteer.division_seats(written_as_village)
        return ()

    def _named_after_town(self, name: str, loose: bool) -> tuple[str, ...]:
        ending = _ADJECTIVE_ENDING.search(name)
        if ending is None or not _MASCULINE_ENDING.search(name):
            known = self.gazetteer.candidates(name) if loose else self.gazetteer.is_name(name)
            # ("Pokrovska", an adjective, is only another name of Pokrovsk in Yakutia; but
            # "Torskoye", a neuter one, is the village Torske, not Sloviansk, once called Tor)
            neuter = _NEUTER_ENDING.search(name) is not None
            own = ending is None or any(
                fold(p.name) == fold(name)
                or (
                    neuter
                    and p.kind == "settlement"
                    and loose_key(fold(p.name)) == loose_key(fold(name))
                )
                for p in self.gazetteer.candidates(name)
            )
            if known and own:
                return (name,)  # "Boryspil", and towns named so ("Kamianske", "Pokrovske")
        if ending is None or ending.start() < 3:
            # ("the Liski district": a town whose name only looks like an adjective)
            return (name,) if ending is not None and self.gazetteer.is_name(name) else ()
        ukrainian = _UKRAINIAN_MASCULINE.search(name) is not None
        if ukrainian and (seats := self.gazetteer.division_seats(name)):
            # ("the Kyivskyi district", "Shevchenkivskyi": in English a Ukrainian adjective
            # names a city's district more often than a raion; only a raion of the official
            # codifier that is no city's district is one: "the Synelnykivskyi district".)
            return seats
        stem = name[: ending.start()]
        stems = [stem]
        if stem.endswith("iv"):  # Ukrainian i for o in a closed syllable
            stems.append(stem[:-2] + "ov")
        if stem.endswith("in") and len(stem) > 4:  # "Anninsky": Anna
            stems.append(stem[:-2])
        if stem.endswith("an") and len(stem) > 5:  # "Sudzhansky": Sudzha; "Rossoshansky": Rossosh
            stems += [stem[:-1], stem[:-2]]
        # A compound's adjective: "Starooskolsky" (Staryy Oskol), "Novokakhovska" (Nova
        # Kakhovka), "Velykopysarivska" (Velyka Pysarivka).
        for prefix, words in _COMPOUND_PREFIXES.items():
            rest = stem[len(prefix) :]
            if stem.lower().startswith(prefix) and len(rest) > 2:
                stems += [word + rest[0].upper() + rest[1:] for word in words]
        # (A stem of three letters is rarely a town's whole name: "Kursky" is Kursk's, not
        # Kur's, in Azerbaijan.)
        tails = _STEM_ENDINGS if len(stem) > 3 else (*_STEM_ENDINGS[1:], "")
        found = (base + tail for base in stems for tail in tails)
        derived = tuple(dict.fromkeys(n for n in found if self.gazetteer.is_name(n)))
        if ukrainian:
            # A Russian district spelt the Ukrainian way ("the Karachevskyi district in the
            # Bryansk region": Karachev's); a name Ukraine also has is a city's district
            # ("Primorskyi", Mariupol's; "Petrovskyi", Donetsk's).
            # (by a town's own name: "Pokrovskaya" is only one of Engels' old names, and the
            # Pokrovskyi district of "Selydove, Pokrovskyi District, Donetsk Region" is not
            # Engels')
            return tuple(
                n
                for n in derived
                if all(p.country == "RU" for p in self.gazetteer.candidates(n))
                and any(fold(p.name) == fold(n) for p in self.gazetteer.candidates(n))
            )
        # Else a raion or hromada of the official codifier: "Medzhybizka" is Medzhybizh's,
        # "Derazhnianska" Derazhnia's. So is a raion spelt the Russian way whose towns the
        # name may be made from all lie outside the theatre: "the Lubensky district" of
        # Poltava oblast is Lubny's, not one named after Luben (Lubin, in Poland).
        if derived and _population(self.gazetteer, name) > 10 * max(
            _population(self.gazetteer, n) for n in derived
        ):
            # A city whose own name is an adjective ("the Khmelnytsky district": Khmelnytskyi,
            # a city of 274,000, not the hamlet Khmelnytske near Sevastopol)
            return (name, *derived)
        if derived and not any(
            self.theatre.contains(p) for n in derived for p in self.gazetteer.candidates(n)
        ):
            return self.gazetteer.division_seats(name) or derived
        return derived or self.gazetteer.division_seats(name)

    def _ukrainian_town(self, name: str) -> bool:
        """Whether every place of exactly that name is a settlement, Ukrainian, or at least the
        largest by far (Nikopol, not the Bulgarian village): no oblast is named after it, or the
        gazetteer would have the oblast."""
        found = [p for p in self.gazetteer.candidates(name) if self.gazetteer.spelt(p, name)]
        if not found or any(p.kind != "settlement" for p in found):
            return False
        home = max((p.population for p in found if p.country == "UA"), default=-1)
        abroad = max((p.population for p in found if p.country != "UA"), default=-1)
        return home >= 0 and (abroad < 0 or home >= FAR_LARGER * abroad)

    def _is_region_name(self, name: str) -> bool:
        return self.gazetteer.is_name(name) and all(
            p.kind == "region" for p in self.gazetteer.candidates(name)
        )

    def _locating_offices(
        self, text: str, offices: list[Mention], found: list[Mention]
    ) -> list[tuple[Mention, Mention]]:
        """Each of ``found`` paired with the city office it follows and holds ("the governor
        of Sevastopol in the occupied Crimea"), when every one of them is such a region;
        else none."""
        pairs = []
        for mention in found:
            office = max(
                (o for o in offices if o.end <= mention.start), key=lambda o: o.end, default=None
            )
            if (
                mention.kind != "region"
                or office is None
                or not _OFFICE_REGION_SINCE.fullmatch(text, office.end, mention.start)
                or not self._held_by(mention.query) & self._settlement_regions(office.name)
            ):
                return []
            pairs.append((mention, office))
        return pairs

    def _country_in_play(self, country: str | None, text: str) -> bool:
        """Whether ``country`` is the theatre's or beside it, or the text names it."""
        return country is not None and (
            self.theatre.touches(country) or country in self.gazetteer.countries_named(text)
        )

    def _settlement_regions(self, name: str) -> set[tuple[str, str]]:
        """The first-level regions of the settlements whose own name or spelling is
        ``name`` (not a look-alike)."""
        return {(p.country, p.admin1_code) for p in self._spelt_settlements(name)}

    def _codified_regions(self, name: str) -> set[tuple[str, str]]:
        """The Ukrainian oblasts the official codifier lists a settlement ``name`` in, spelt
        with its ending (:meth:`Gazetteer.codified_anywhere`)."""
        return {("UA", admin1) for admin1, _, _ in self.gazetteer.codified_anywhere(name, True)}

    def _other_regions_city(self, name: str, regions: frozenset[tuple[str, str]]) -> bool:
        """Whether ``name`` is a city of 100,000 people with no settlement of that name in
        ``regions``."""
        return self.gazetteer.largest_called(name) >= BIG_CITY and not (
            self._settlement_regions(name) & regions
        )

    def _spelt_settlements(self, name: str) -> list[Place]:
        """The settlements whose own name or spelling is ``name`` (not a look-alike)."""
        return [
            p
            for p in self.gazetteer.candidates(name)
            if p.kind == "settlement" and self.gazetteer.spelt(p, name)
        ]

    def _neighbour(self, name: str) -> Place | None:
        """The country called ``name`` as a place, if it is one beside the theatre."""
        code = self.gazetteer.country(name)
        if code is None or code not in self.theatre.neighbours:
            return None
        return self.gazetteer.country_place(code)

    def _held_by(self, query: str) -> frozenset[tuple[str, str]]:
        """The first-level regions a place "in" the region called ``query`` may be coded to
        (see :func:`within_region`), of every region of that name."""
        return frozenset(
            code
            for p in self.gazetteer.candidates(query)
            if p.kind == "region"
            for code in within_region(p.country, p.admin1_code)
        )

    def _region(self, name: str) -> str | None:
        """``"<name> region"`` if the gazetteer knows a region by that name."""
        query = f"{name} region"
        return query if any(p.kind == "region" for p in self.gazetteer.candidates(query)) else None

    def _scan(
        self,
        text: str,
        sentence: Sentence,
        mentions: list[Mention],
        rejected: list[Rejected],
        city_offices: list[Mention] | None = None,
    ) -> None:
        """The mentions of ``sentence`` into ``mentions``, the names it does not use as places
        into ``rejected``, and the cities named for their own offices ("Kyiv Mayor") into
        ``city_offices`` (also rejected)."""
        city_offices = [] if city_offices is None else city_offices
        words = self._front_pairs(text, _words(sentence))
        for run in _runs(text, words):
            i = 0
            while i < len(run):
                for j in range(min(len(run), i + MAX_NAME_WORDS), i, -1):
                    start, end = words[run[i]][0], words[run[j - 1]][1]
                    found = self._match(text, start, end, sentence)
                    if found is None:
                        continue
                    # A word after a possessive is no part of the name ("Ukraine’s Kharkiv").
                    before = (
                        words[run[i - 1]][2]
                        if i > 0 and text[words[run[i - 1]][1] : start] == " "
                        else None
                    )
                    after = (
                        words[run[j]][2]
                        if j < len(run) and text[end : words[run[j]][0]] == " "
                        else None
                    )
                    reason = self._reject_reason(text, sentence, found, before, after)
                    if (
                        reason
                        and i == 0
                        and (_LONGER_NAME.fullmatch(reason) or j < len(run))
                        and (unknown := self._unknown_settlement(text, sentence, words, run))
                    ):
                        # "the settlement of Novaya Poltavka": a name the gazetteer lacks
                        # that holds one it has ("Poltavka") is that unknown settlement; so
                        # is one whose first word is no place ("the village of Nova
                        # Kruhlyakivka").
                        mentions.append(unknown)
                        i = len(run)
                        break
                    if (
                        reason
                        and i == 0
                        and _LONGER_NAME.fullmatch(reason)
                        and (unknown := self._codified_unknown(text, sentence, words, run))
                    ):
                        # "near Bila Hora, Chasiv Yar and Stupochky": a village of two words
                        # the codifier lists and the gazetteer lacks, one of which it has
                        # ("Bila").
                        mentions.append(unknown)
                        i = len(run)
                        break
                    if reason:
                        office = found.query if found.kind == "region" and reason == OFFICE else ""
                        if (
                            reason == OFFICE
                            and found.kind == "settlement"
                            and (
                                _GOVERNOR_OF_BEFORE.search(
                                    text, max(sentence.start, found.start - 40), found.start
                                )
                                or _REGIONAL_OFFICE_AFTER.match(text, found.end)
                                or _GOVERNOR_AFTER.match(text, found.end)
                            )
                        ):
                            # "the regional governor of Kursk", "Kursk regional governor",
                            # "Kharkiv governor Oleh Syniehubov": the region's office.
                            office = self._region(found.name) or ""
                        if reason == DATELINE:
                            # (still what the text is about: "Crimea – ... Belbek Airfield")
                            office = found.query if found.kind == "region" else ""
                            office = office or self._region(found.name) or ""
                        rejected.append(
                            Rejected(found.name, found.start, found.end, reason, office)
                        )
                        if reason == OFFICE and self._city_office(text, sentence, found):
                            city_offices.append(found)
                    else:
                        mentions.append(found)
                    i = j
                    break
                else:
                    if (
                        i == 0
                        and len(run) > 1
                        and text[words[run[0]][1] : words[run[1]][0]] in _POSSESSIVE_GAPS
                    ):
                        # "at Lukoil's Volgograd refinery", "Novatek's Ust-Luga terminal": an
                        # owner that is no place, then the run's own names (not the whole run
                        # as one unknown settlement).
                        run = run[1:]
                        continue
                    if i == 0 and _SETTLEMENT_BEFORE.search(
                        text[max(sentence.start, words[run[0]][0] - 80) : words[run[0]][0]]
                    ):
                        # An unknown settlement ("the village of Kurulka"): the whole run,
                        # kept so that its event is listed as unlocated, not lost.
                        if unknown := self._unknown_settlement(text, sentence, words, run):
                            mentions.append(unknown)
                            break
                        if len(run) == 1:
                            break
                        # (else the rest of the run may hold a name: "the city of Sevastopol
                        # and Russia's Novorossiysk")
                        i += 1
                        continue
                    if i == 0 and (plant := self._power_plant(text, sentence, words, run)):
                        # "the Zmiyivska TPP": a power plant named after its town.
                        mentions.append(plant)
                        break
                    if i == 0 and (
                        unknown := self._unknown_before_word(text, sentence, words, run)
                    ):
                        # "its forces captured Klynove village": the word after says it.
                        mentions.append(unknown)
                        break
                    if i == 0 and self._unknown_in_region(text, sentence, words, run):
                        # "Dehtiarne in northeastern Kharkiv region": a settlement the
                        # gazetteer lacks, put in a region it knows: kept, unlocated.
                        start, end = words[run[0]][0], words[run[-1]][1]
                        name = text[start:end]
                        mentions.append(
                            Mention(name, start, end, sentence.index, "settlement", False, name)
                        )
                        break
                    if i == 0 and (misspelt := self._misspelt_region(text, sentence, words, run)):
                        # "intercepted over the Volograd region": Volgograd Oblast, the only
                        # region spelt within an edit of it.
                        mentions.append(misspelt)
                        break
                    if i == 0 and (unknown := self._codified_unknown(text, sentence, words, run)):
                        # "its forces had retaken Klishchiivka": a village the official
                        # codifier lists and GeoNames lacks, kept unlocated, not lost.
                        mentions.append(unknown)
                        break
                    if i == 0 and (
                        unknown := self._unknown_after_preposition(text, sentence, words, run)
                    ):
                        # "a petroleum products plant in Novoshajtinsk": a look-alike of a
                        # place the article is about, if any (see _resolve).
                        mentions.append(unknown)
                        break
                    if (
                        i == 1
                        and words[run[0]][0] == sentence.start
                        and (
                            unknown := self._unknown_after_preposition(
                                text, sentence, words, run[1:]
                            )
                        )
                    ):
                        # ("Near Shchebekino in the Belgorod Oblast, a drone struck ...": the
                        # preposition that opens the sentence is capitalised, not a name; the
                        # look-alike stands only after one)
                        mentions.append(unknown)
                        break
                    i += 1

    def _power_plant(
        self, text: str, sentence: Sentence, words: list[tuple[int, int, str]], run: list[int]
    ) -> Mention | None:
        """A power plant named by its town's adjective, as Ukrainian ones are ("the
        Zmiyivska TPP", "the Burshtynska thermal power plant"): near the town, which it stands
        beside (not a hydroelectric plant, whose reservoir reaches far from its town)."""
        if len(run) != 1:
            return None
        start, end, word = words[run[0]]
        plant = _POWER_PLANT_AFTER.match(text, end)
        if plant is None or not _ADJECTIVE_ENDING.search(word):
            return None
        towns = self._named_after(word)
        if not towns or fold(towns[0]) == fold(word):
            return None
        end = plant.end()
        return Mention(
            text[start:end], start, end, sentence.index, "settlement", True, towns[0],
            alternatives=towns[1:],
        )  # fmt: skip

    def _unknown_settlement(
        self, text: str, sentence: Sentence, words: list[tuple[int, int, str]], run: list[int]
    ) -> Mention | None:
        """The run of capitalised words as an unknown settlement, if "the village of" or the
        like stands before it ("the village of Kurulka"): kept so that its event is listed as
        unlocated, not lost. (Not a country, nor a name the gazetteer has.)"""
        start, end = words[run[0]][0], words[run[-1]][1]
        said = _SETTLEMENT_BEFORE.search(text[max(sentence.start, start - 80) : start])
        if said is None:
            return None
        name = text[start:end]
        if re.search(r",|\sand\s", said.group()) and (
            any(self.gazetteer.english_zipf(words[k][2]) > 0 for k in run)
            or _SAYS_AFTER.match(text, end) is not None
        ):
            # "the village of Robotyne, Ukrainian forces ...", "the town of Samarske, Lysak
            # said": not a list of villages.
            return None
        if self.gazetteer.country(name) or self.gazetteer.candidates(name):
            return None
        if len(run) > 1 and _city_called(self.gazetteer, words[run[0]][2]):
            # ("the Crimean port city of Sevastopol Mikhail Razvozhayev said": a city, then
            # its governor's name)
            return None
        return Mention(name, start, end, sentence.index, "settlement", False, name)

    def _unknown_before_word(
        self, text: str, sentence: Sentence, words: list[tuple[int, int, str]], run: list[int]
    ) -> Mention | None:
        """The run of capitalised words as an unknown settlement, if "village" or the like
        follows it ("captured Klynove village"); not English words ("the Ukrainian village"),
        nor a country."""
        start, end = words[run[0]][0], words[run[-1]][1]
        if not _SETTLEMENT_WORD_AFTER.match(text, end):
            return None
        name = text[start:end]
        if self.gazetteer.country(name) or any(
            self.gazetteer.english_zipf(words[k][2]) > 0 for k in run
        ):
            return None
        return Mention(name, start, end, sentence.index, "settlement", False, name)

    def _misspelt_region(
        self, text: str, sentence: Sentence, words: list[tuple[int, int, str]], run: list[int]
    ) -> Mention | None:
        """A word no place has, before "region", "oblast" or "province", that is spelt almost
        like the name of one region only ("the Volograd region": Volgograd Oblast), as that
        region. Not a common English word, nor a country's name."""
        if len(run) != 1:
            return None
        start, end, word = words[run[0]]
        after = _REGION_WORD_AFTER.match(text, end)
        if (
            after is None
            or not word.isalpha()
            or self.gazetteer.english_zipf(word) > 0
            or self.gazetteer.country(word)
        ):
            return None
        if region_like(self.gazetteer, f"{word} region") is None:
            return None
        name = text[start : after.end()]
        return Mention(name, start, after.end(), sentence.index, "region", False, name)

    def _codified_unknown(
        self, text: str, sentence: Sentence, words: list[tuple[int, int, str]], run: list[int]
    ) -> Mention | None:
        """The run of capitalised words (one to three) as a settlement the official codifier
        KATOTTG lists and the gazetteer does not have ("retaken Klishchiivka"): kept, so that
        its event is listed as unlocated, not lost. Not when a word of it is a common English
        word, or the run is a country, a person's name (a title or a first name before it), a
        possessive, an organisation's name, or a district's, a community's or a region's."""
        if not 1 <= len(run) <= 3:
            return None
        start, end = words[run[0]][0], words[run[-1]][1]
        name = text[start:end]
        if (
            len(fold(name)) < LOOKALIKE_LETTERS
            # (a name of several words may have an English one: "Bila Hora", not "Black Sea")
            or (
                any(self.gazetteer.english_zipf(words[k][2]) > 0 for k in run)
                if len(run) == 1
                else all(self.gazetteer.english_zipf(words[k][2]) > 0 for k in run)
            )
            or POSSESSIVE.search(name)
            or not self.gazetteer.codified_anywhere(name, endings=True)
            or self.gazetteer.country(name)
            or self.gazetteer.candidates(name)
        ):
            return None
        before = text[max(sentence.start, start - 60) : start]
        after = text[end : min(sentence.end, end + 20)].split()
        if (
            # ("the Bukovina area": a land, as a village's name is seldom said with "the")
            (before.split() and before.split()[-1].lower() == "the")
            # ("the Bay of Khersones": a named feature's)
            or _NAMED_OF_BEFORE.search(before)
            # ("Yagodnoye (Yahidne)": another spelling of the name before it)
            or (text[start - 1 : start] == "(" and text[end : end + 1] == ")")
            or _TITLE_FIRST_NAME_BEFORE.search(before)
            or (before.split() and before.split()[-1].lower().rstrip(".") in _TITLES)
            or _LOWER_TITLE_BEFORE.search(before)
            or (after and after[0].lower().strip(",.;:") in _DISTRICT_WORDS | _COMMUNITY_WORDS)
            or _REGION_WORD_AFTER.match(text, end)
            or _organisation(text, name)
        ):
            return None
        return Mention(name, start, end, sentence.index, "settlement", False, name)

    def _unknown_after_preposition(
        self, text: str, sentence: Sentence, words: list[tuple[int, int, str]], run: list[int]
    ) -> Mention | None:
        """A capitalised word no place has (or two: "in Chasyov Yar"), after a preposition
        of place ("in Novoshajtinsk", "from nearby Kurakheve"), as a mention that stands
        only if a place is spelt almost like it: not a common English word, a country, a
        person's name (a title before it) or an organisation's, nor one that starts the
        sentence."""
        if len(run) not in (1, 2):
            return None
        start, end, word = words[run[0]]
        # (or two: "in Chasyov Yar", neither a common English word, the first no name of a
        # place nor a compound: not "in Russian-occupied Berdiansk")
        if any(self.gazetteer.english_zipf(words[k][2]) > 0 for k in run) or (
            len(run) == 2 and (self.gazetteer.is_name(word) or not word.isalpha())
        ):
            return None
        end = words[run[-1]][1]
        word = text[start:end]
        if (
            start == sentence.start
            or len(fold(word)) < LOOKALIKE_LETTERS
            or not (
                _PLACE_PREPOSITION_BEFORE.search(text, max(sentence.start, start - 30), start)
                # (or listed after one: "advances in Oleksandrivka and Huliapole")
                or _LISTED_AFTER_PREPOSITION.search(text, max(sentence.start, start - 80), start)
                # (or said to be one: "liberating Gulaypole, a key town in Ukraine's
                # Zaporozhye Region")
                or _SAID_TO_BE_A_PLACE.match(text, end)
                # (or what was captured: "Last month they captured Adviivka")
                or (
                    _CAPTURED_BEFORE.search(text, max(sentence.start, start - 30), start)
                    and not re.match(r"[’'ʼ]s\b", text[end : end + 3])
                )
            )
            or POSSESSIVE.search(word)
            or self.gazetteer.country(word)
            or _organisation(text, word)
        ):
            return None
        return Mention(
            word, start, end, sentence.index, "settlement", False, word, if_spelt_like=True
        )

    def _unknown_in_list(
        self, text: str, sentence: Sentence, found: list[Mention], rejected: list[Rejected]
    ) -> list[Mention]:
        """Unknown settlements listed with known ones ("hit Vovchansk, Synkivka, Tabaivka,
        and Berestove"): in a list of three or more names, all of them settlements the text
        names or names the gazetteer does not know, at least two of them known; kept
        unlocated, so that their events are not lost. (Not when a name of the list is an
        English word or a country, or one rejected as a place.)"""
        towns = {m.start: m for m in found if m.kind == "settlement" and not m.if_spelt_like}
        if len(towns) < 2:
            return []
        taken = [(m.start, m.end) for m in found if not m.if_spelt_like]
        taken += [(r.start, r.end) for r in rejected]
        out: list[Mention] = []
        for listed in _LIST_OF_NAMES.finditer(text, sentence.start, sentence.end):
            items = [m.span() for m in _LIST_ITEM.finditer(text, listed.start(), listed.end())]
            known = [start for start, _ in items if start in towns]
            unknown = [
                (start, end)
                for start, end in items
                if start not in towns and not any(a < end and start < b for a, b in taken)
            ]
            if len(items) < 3 or len(known) < 2 or len(known) + len(unknown) != len(items):
                continue
            if any(
                self.gazetteer.english_zipf(word) > 0
                or self.gazetteer.country(POSSESSIVE.sub("", word))
                # ("near Belbek and Sevastopol, Ukraine’s general staff said")
                or POSSESSIVE.search(word)
                for start, end in unknown
                for word in text[start:end].split()
            ):
                continue
            for start, end in unknown:
                if _SOURCE_BEFORE.search(text, max(sentence.start, start - 20), start):
                    continue  # ("According to Haivanenko, Nikopol, Marganetska, ..."): who says
                name = text[start:end]
                out.append(Mention(name, start, end, sentence.index, "settlement", False, name))
        return out

    def _unknown_in_region(
        self, text: str, sentence: Sentence, words: list[tuple[int, int, str]], run: list[int]
    ) -> bool:
        """Whether the run of capitalised words is an unknown place the text puts in a region
        the gazetteer knows ("Popiv Yar in Donetsk region"): no word of it a common English
        word, a known name or a country, and none of it a person's (a title before it)."""
        names = [words[k][2] for k in run]
        if any(
            self.gazetteer.english_zipf(word) > 0
            or self.gazetteer.country(word)
            # ("Russian-occupied Enerhodar in Zaporizhzhia Oblast": a place it knows)
            or self.gazetteer.is_name(word)
            for word in names
        ):
            return False
        if _organisation(text, " ".join(names)):
            return False  # "Severstal, a Russian steel and mining company"
        before = text[max(sentence.start, words[run[0]][0] - 20) : words[run[0]][0]].split()
        if before and before[-1].lower().rstrip(".") in _TITLES:
            return False
        if before and before[-1].lower() == "the":
            return False  # "the Dnieper in the Kherson region": a river, not a village
        after = text[words[run[-1]][1] : min(sentence.end, words[run[-1]][1] + 80)]
        if _FACILITY_AFTER.match(after):
            return False  # "the Pervyi Zavod plant in Russia's Kaluga region": a plant's name
        located = _IN_NAMED_REGION.match(after)
        return located is not None and self._region(located.group(1)) is not None

    def _match(self, text: str, start: int, end: int, sentence: Sentence) -> Mention | None:
        """The mention ``text[start:end]`` makes, if the gazetteer knows the name."""
        name = text[start:end]
        key = fold(name)
        if not key or key in NOT_PLACES:
            return None
        if _TAVRIA.match(key) and _FRONT_AFTER.match(text, end):
            # "the Tavriisk direction": Ukraine's southern operational direction, named after
            # Tavria (the steppe north of Crimea), not the town of Tavriisk by Nova Kakhovka.
            return None
        if country := self.gazetteer.country(name):
            # A country beside the theatre may be where an event is ("Russian troops arrived
            # in Belarus"): a place as a region is, drawn at its capital (see _resolve).
            # Others, and the theatre's own ("a drone attack on Ukraine"), say nothing of
            # where, nor does "the Belarus region" (a slip for Belgorod).
            if country not in self.theatre.neighbours or _REGION_WORD_AFTER.match(text, end):
                return None
            if text.startswith("-", end):
                # ("Slovakia-, Palau- and Liberia-flagged vessels": a flag, not a place)
                return None
            return Mention(name, start, end, sentence.index, "region", False, name)
        if town := self._plant_town(name):
            # "the Kirishinefteorgsintez Oil Refinery", "Ufaneftekhim", "Shchekinazot": a
            # Russian plant named in one word after its town, drawn near the town.
            return Mention(name, start, end, sentence.index, "settlement", True, town)
        # (the adjective's ending first: the two searches after it run for few names)
        if (
            _FEMININE_ENDING.search(name)
            and (
                (plant_after := _POWER_PLANT_AFTER.match(text, end))
                or _POWER_PLANTS_LISTED_AFTER.match(text, end)
            )
            and (seat := self._named_after(name, districts=False))
        ):
            # "the Zmiivska Thermal Power Plant", "the Starobeshevskaya TPP": a power plant
            # named by its town's adjective, drawn near the town (Zmiiv, Starobesheve).
            end = plant_after.end() if plant_after else end
            return Mention(
                text[start:end], start, end, sentence.index, "settlement", True, seat[0],
                alternatives=seat[1:],
            )  # fmt: skip
        if (
            " " in name
            and name.split()[-1].lower() in _DISTRICT_WORDS
            and not self.gazetteer.is_name(name)
        ):
            # "the Kirovsky District": read as a district (below), not as a look-alike of a
            # name ("Kirovskyi", a part of Donetsk).
            return None
        following = text[end : min(sentence.end, end + AFTER_WINDOW)]
        # ("Russia's western Kursk border region": the region)
        word = (
            _BORDER_REGION_WORD.match(following)
            or re.match(r"\s+(\w+)\b", following)
            # ("Pokrovsk [community] – with KABs": the unit word an editor added)
            or re.match(r"\s+\[(communit(?:y|ies)|hromadas?)\]", following)
        )
        # ("the Krasnorichensk settlement community": a community)
        if kind_of := _KIND_OF_COMMUNITY.match(following):
            word = kind_of
        suffix = word.group(1).lower() if word else ""
        region, region_query = self._region(name), None
        district = _DISTRICT_AFTER.match(following)
        if (
            district
            # (not "the Novocherkassk State District Power Plant", a kind of power plant)
            and not _POWER_PLANT_AFTER.match(following, district.end())
            and (
                (seat := self._named_after(name) or self._raion_of_stem(name))
                or self.gazetteer.candidates(name)
                # ("the city's Holosiivskyi district": a city's, placed by its city below)
                or self.gazetteer.is_city_district(name)
            )
        ):
            if not seat and self.gazetteer.english_zipf(name) >= COMMON_ZIPF:
                return None  # "Three districts in Russia's Belgorod region": no name
            if not seat:
                # ("the Odintsovo and Narofominsk districts": Naro-Fominsk, written whole)
                letters = _letters(name)
                seat = tuple(
                    dict.fromkeys(
                        p.name
                        for p in self.gazetteer.candidates(name)
                        if p.kind == "settlement" and _letters(p.name) == letters
                    )
                )
            if len(seat) > 1 and (said := _DISTRICT_REGION_AFTER.match(following, district.end())):
                # The town the district is named after in the region the text puts it in
                # first: "the Pokrovsky district, Donetsk region" is Pokrovsk's, not Pokrov's.
                regions = {
                    (p.country, p.admin1_code)
                    for p in self.gazetteer.candidates(f"{said.group(1)} region")
                    if p.kind == "region"
                }
                there = next(
                    (
                        n
                        for n in seat
                        if any(
                            p.kind == "settlement"
                            and fold(p.name) == fold(n)
                            and (p.country, p.admin1_code) in regions
                            for p in self.gazetteer.candidates(n)
                        )
                    ),
                    None,
                )
                if there is not None:
                    seat = (there, *(n for n in seat if n != there))
            end += district.end()
            if not seat or district.group().split()[-1].lower() in _CITY_PART_WORDS:
                # Unlocated: looked up as the whole phrase, which names no place.
                return Mention(
                    text[start:end], start, end, sentence.index, "district", False, text[start:end]
                )
            return Mention(
                text[start:end], start, end, sentence.index, "district", True, seat[0],
                alternatives=seat[1:],
            )  # fmt: skip
        listed = _UNITS_LISTED_AFTER.match(following)
        if (
            listed
            and listed.group(1).lower() in _DISTRICT_WORDS
            and not self._named_after(name)
            and self.gazetteer.is_city_district(name)
        ):
            # "Kyiv's Darnytskyi, Pecherskyi and Sviatoshynskyi districts": a city's, placed by
            # its city below.
            return Mention(
                f"{name} district", start, end, sentence.index, "district", False,
                f"{name} district",
            )  # fmt: skip
        if (
            listed
            and listed.group(1).lower() in _COMMUNITY_WORDS
            and not _ADJECTIVE_ENDING.search(name)
            and (seat := self._community_seats(name))
            and seat != (name,)
        ):
            # "the Myropil, Mykolaiv and Esman communities", "the Nikopol, Myriv and Marhanets
            # communities": each a community, as the last one is (the Myrivska is Myrove's).
            label = f"{name} {_unit_word(listed.group(1))}"
            return Mention(
                label, start, end, sentence.index, "settlement", True, seat[0],
                alternatives=seat[1:],
            )  # fmt: skip
        if (
            _COMMUNITIES_OF_BEFORE.search(text, max(sentence.start, start - 300), start)
            and not self.gazetteer.candidates(name)
            and (seat := self._community_seats(name))
            and seat != (name,)
        ):
            # "The communities of Sumy, Khotin, ..., Novoslobidsk, ... were targeted": a name
            # no place has, in such a list, is a community's (the Novoslobidska is Nova
            # Sloboda's).
            return Mention(
                name, start, end, sentence.index, "settlement", True, seat[0],
                alternatives=seat[1:],
            )  # fmt: skip
        if listed and _ADJECTIVE_ENDING.search(name) and (seat := self._named_after(name)):
            unit = listed.group(1).lower()
            listed_kind: Kind = "district" if unit in _DISTRICT_WORDS else "settlement"
            # "the Kutsurubska and Halytsynivska communities": the Kutsurubska community
            label = f"{name} {_unit_word(unit)}"
            return Mention(
                label, start, end, sentence.index, listed_kind, True, seat[0],
                alternatives=seat[1:],
            )  # fmt: skip
        if (
            # (or the noun a curated district's adjective is made from: "Kamensk")
            (_ADJECTIVE_ENDING.search(name) or self.gazetteer.district_seats(name))
            and (
                units := _DISTRICTS_LIST_BEFORE.search(
                    text, max(sentence.start, start - 120), start
                )
            )
            and (
                seat := self._named_after(
                    name, loose=units.group("unit").lower() in _COMMUNITY_WORDS
                )
            )
        ):
            # "in three separate districts—Verkhnedonsky, Millerovsky, and Chertkovskiy":
            # each a district, drawn at its town; a community near its town, as a hromada is.
            if units.group("unit").lower() in _COMMUNITY_WORDS:
                return Mention(
                    f"{name} community", start, end, sentence.index, "settlement", True, seat[0],
                    alternatives=seat[1:],
                )  # fmt: skip
            return Mention(
                f"{name} district", start, end, sentence.index, "district", True, seat[0],
                alternatives=seat[1:],
            )  # fmt: skip
        if _FRONTS_LISTED_AFTER.match(following) and self.gazetteer.candidates(name):
            # "the Kupiansk and Lyman directions": the first is a front too, near its town.
            return Mention(name, start, end, sentence.index, "settlement", True, name)
        front = _FRONT_AFTER.match(following)
        if front and (region or self.gazetteer.candidates(name)):
            end += front.end()
            if region:  # "the Kharkiv front": in the region, not at its capital
                return Mention(text[start:end], start, end, sentence.index, "region", False, region)
            return Mention(text[start:end], start, end, sentence.index, "settlement", True, name)
        if (
            front
            # (or neuter, as the Russian "napravlenie" is: "the Gulyaypolskoe direction")
            and (_MASCULINE_ENDING.search(name) or _NEUTER_ENDING.search(name))
            and (seat := self._named_after(name) or self._front_town(name))
            and self.gazetteer.english_zipf(name) < COMMON_ZIPF
        ):
            # "the Korenevsky direction": the front named after Korenevo, near it.
            end += front.end()
            return Mention(
                text[start:end], start, end, sentence.index, "settlement", True, seat[0],
                alternatives=seat[1:],
            )  # fmt: skip
        plant = _NUCLEAR_PLANT_AFTER.match(following)
        listed = None if plant else _NUCLEAR_PLANTS_LISTED_AFTER.match(following)
        if (plant or listed) and (named_after := self.gazetteer.candidates(name)):
            end += plant.end() if plant else 0
            # Drawn near the town it lies at, if the curated data has it; else unlocated.
            host = self.gazetteer.facility_host(named_after)
            if host is not None:
                # Its host's answer is set here: the resolver would read the host's name
                # afresh, and GeoNames also calls Lazurnyi, in Donetsk oblast, Chornobyl.
                label = text[start:end]
                reason = PLANT_HOST.format(plant=label if plant else f"{label} nuclear power plant")
                at = GeocodeResult(host.name, "found", host, (host,), reason)
                return Mention(label, start, end, sentence.index, "settlement", True, host.name, at)
            return Mention(text[start:end], start, end, sentence.index, "facility", False, name)
        if region and (
            _REGION_OF_BEFORE.search(text[max(sentence.start, start - 20) : start])
            or _REGIONS_LISTED.search(text[max(sentence.start, start - 160) : start])
            or (
                (listed := _REGIONS_OF_BEFORE.search(text, max(sentence.start, start - 160), start))
                and all(self._region(n) for n in re.findall(r"[A-Z][\w’'-]+", listed.group(1)))
            )
        ):
            return Mention(name, start, end, sentence.index, "region", False, region)
        if suffix in _COMMUNITY_WORDS and (seat := self._community_seats(name)):
            unit_end = end + word.end()  # type: ignore[union-attr]
            return Mention(
                text[start:unit_end], start, unit_end, sentence.index, "settlement", True,
                seat[0], alternatives=seat[1:],
            )  # fmt: skip
        if (region or self.gazetteer.candidates(name)) and (
            suffix in _REGION_WORDS or suffix in _REGION_PLURALS
        ):
            unit = _REGION_WORDS.get(suffix) or _REGION_PLURALS[suffix]
            end += word.end()  # type: ignore[union-attr]
            if region is None and (
                self._ukrainian_town(name)
                # ("the Pokrovsk region of the Donetsk region": a region's district)
                or _OF_A_REGION_AFTER.match(text, end)
            ):
                # The gazetteer has every Ukrainian oblast: "the Derhachi region" of a town
                # that is none is its raion, as translations often call one, drawn at it.
                return Mention(f"{name} {unit}", start, end, sentence.index, "district", True, name)
            # A region the gazetteer lacks ("the Saratov region") is not its capital city:
            # the mention stays, unlocated.
            region_query = region or f"{name} {unit}"
            name = f"{name} {unit}"
        elif region and suffix in _KRAI_WORDS and word and word.group(1)[0].isupper():
            end += word.end()
            name, region_query = f"{name} {word.group(1)}", region
        elif (listed := _REGION_LIST.match(following)) or (_REGION_APPOSITION.match(following)):
            region_query = region
            if listed and region_query:
                name = f"{name} {_REGION_PLURALS[listed.group(1).lower()]}"
        elif region and _REPUBLICS_LIST.match(following):
            region_query = region
        elif region and (quoted := _QUOTED_REPUBLIC.match(following)):
            # ("the self-proclaimed Donetsk “people’s republic”"): the region, not its capital
            end += quoted.end()
            name, region_query = text[start:end], region
        elif word and suffix == word.group(1) and self._is_region_name(f"{name} {suffix}"):
            # A region whose name goes on in lower case: "the Crimean peninsula".
            end += word.end()
            name = region_query = f"{name} {suffix}"
        if region_query:
            return Mention(name, start, end, sentence.index, "region", False, region_query)
        found = self.gazetteer.candidates(name)
        if not found:
            return None
        kind: Kind = "region" if all(p.kind == "region" for p in found) else "settlement"
        own = [p for p in found if p.kind == "region" and self.gazetteer.spelt(p, name)]
        if (
            len(own) == 1
            and len(name.split()) == 1
            and all(p.kind == "region" or p.population < VILLAGE_POPULATION for p in found)
            # (not "the village of Kuban", nor an outlet's name: "Krym.Realii reported")
            and not _SETTLEMENT_WORD_BEFORE.search(text, max(0, start - 30), start)
            and not re.match(r"\.\w", text[end : end + 2])
        ):
            # A region's own one-word name beats a village's ("attacked ... a military
            # airfield in Kuban": Krasnodar Krai, not the village of Kuban'; "Chechnya": the
            # republic, not the village in Donetsk oblast).
            return Mention(name, start, end, sentence.index, "region", False, name)
        near = bool(
            _NEAR_BEFORE.search(text[max(sentence.start, start - 60) : start])
            or _FACILITY_AFTER.match(following)
        )
        return Mention(name, start, end, sentence.index, kind, near and kind != "region", name)

    def _reject_reason(
        self, text: str, sentence: Sentence, mention: Mention, before: str | None, after: str | None
    ) -> str:
        """Why ``mention`` is not a place in this text, or "" if it is one."""
        # Only this sentence speaks about the mention: a headline's last word and the next
        # line's first words ("Strike on Zaporizhzhia" / "Russian missiles struck...") are
        # not one phrase.
        before_text = text[max(sentence.start, mention.start - 40) : mention.start]
        glued = _GLUED_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        if glued and not self.gazetteer.is_name(glued.group(1)):
            # ("with reference to Suspilne.Sumy": an outlet's name, not the city; but not
            # "Kyiv.Sumy", two places run together)
            return f"part of a longer name (next to '{glued.group(1)}')"
        if (
            mention.start < DATELINE_LEAD
            and not text[: mention.start].strip()
            and _DATELINE_AFTER.match(text, mention.end)
        ):
            # "Tulcea – Russia attacked port facilities in the city of Ismail": where the
            # report was filed, not where something happened
            return DATELINE
        if (
            mention.kind == "region"
            and self.gazetteer.country(mention.name)
            and _COUNTRY_ASIDE_BEFORE.search(
                text, max(sentence.start, mention.start - 80), mention.start
            )
        ):
            return "a border, a landmark, an office or where an attack came from, not a scene"
        if (
            mention.kind == "region"
            and self.gazetteer.country(mention.name)
            and _COUNTRY_ACTS_AFTER.match(text, mention.end, sentence.end)
            and not _AFTER_PREPOSITION.search(before_text)
        ):
            # "Belarus said a big grouping of Ukrainian troops was massed", "Belarus has
            # decided to reinforce its grouping": its government, as "Kyiv said" is
            return "a country used for its government (the subject of a verb)"
        if (
            mention.kind == "settlement"
            and (named := NAME_COMMA_BEFORE.search(before_text)) is not None
            and _CLAUSE_END.match(text, mention.end)
            and (region_query := self._region(mention.query)) is not None
            and self._held_by(region_query) & self._settlement_regions(named.group(1))
        ):
            # "in Kamyanske, Zaporizhzhia.": the oblast, named as its capital is, that holds
            # the place before it
            return LOCATES_AS_OBLAST.format(name=named.group(1))
        if (
            mention.kind == "settlement"
            and (named := _NAME_THEN_OBLAST_BEFORE.search(before_text)) is not None
            and (region_query := self._region(mention.query)) is not None
            and self._held_by(region_query) & self._settlement_regions(named.group(1))
        ):
            return LOCATES_AS_OBLAST.format(name=named.group(1))
        if (
            mention.kind == "settlement"
            and (
                (named := _TOWN_IN_BEFORE.search(before_text)) is not None
                or (named := _AREA_OF_BEFORE.search(before_text)) is not None
            )
            and fold(named.group(1)) != fold(mention.name)
            and (region_query := self._region(mention.query)) is not None
            and (
                self._held_by(region_query) & self._settlement_regions(named.group(1))
                # (a village the gazetteer lacks: "the Orekhovo-Vasylivka area of Donetsk")
                or (named.re is _AREA_OF_BEFORE and not self.gazetteer.candidates(named.group(1)))
            )
        ):
            return LOCATES_AS_OBLAST.format(name=named.group(1))
        if (
            mention.kind == "settlement"
            and (named := _VILLAGE_IN_BEFORE.search(before_text)) is not None
            and self._region(mention.query) is not None
        ):
            # "an attack on the village of Plyokhovo in Kursk": no village lies in a city; the
            # oblast, named as its capital is, holds it
            return LOCATES_AS_OBLAST.format(name=named.group(1) or named.group(2))
        if mention.kind == "settlement" and _SUBURB_OF_BEFORE.search(before_text):
            return "what the place before it is part of, not where something happened"
        if _CITY_POSSESSOR_BEFORE.search(before_text) and _AIRPORT_AFTER.match(text, mention.end):
            return "the name of the airport of the city before it"  # "Saratov’s Gagarin Airport"
        if mention.name in _REGION_ACRONYMS and text[mention.start - 1 : mention.start] == "(":
            return "the initials of the name before it"  # "Donetsk People's Republic (DPR)"
        if mention.name in _REGION_ACRONYMS and _ACRONYM_BODY_AFTER.match(text, mention.end):
            # (the so-called "LNR Joint Center of Control and Coordination")
            return "names an office or institution"
        if (
            _DESTINATION_BEFORE.search(
                text[max(sentence.start, mention.start - 120) : mention.start]
            )
            and not _FROM_BEFORE.search(before_text)
            and not _FIRED_TOWARDS_BEFORE.search(
                text, max(sentence.start, mention.start - 80), mention.start
            )
        ):
            # (but "reserves towards this direction from Kurakhove": where they come from)
            return "a destination, not where something happened"
        if _TO_THE_BORDER_BEFORE.search(before_text) and _BORDER_AFTER.match(text, mention.end):
            # ("reached the area near the Donetsk border"): a border, not the place
            return "names a border, not where something happened"
        if _CLOSED_BEFORE.search(before_text) and _AN_AIRPORT_AFTER.match(text, mention.end):
            # ("made the Russian authorities close the Sochi airport")
            return "where flights were stopped, not where something happened"
        if _ALERT_IN_BEFORE.search(text, max(sentence.start, mention.start - 200), mention.start):
            # ("An air-raid warning was issued in Kyiv and most parts of Ukraine ... due to a
            # large-scale Russian drone attack")
            return "where an alert was sounded, not where something happened"
        if _AIRSPACE_OF_BEFORE.search(before_text):
            # ("Russian drones crossed the airspace of Moldova and Romania during a massive
            # attack on Ukraine")
            return "whose airspace was crossed, not where something happened"
        if _TAKEN_TO_BEFORE.search(before_text):
            # ("wounded and dead sailors were transported to Sevastopol"; not "taken to
            # hospital in Kherson after shelling")
            return "a destination, not where something happened"
        if _HOSPITALISED_IN_BEFORE.search(before_text) and _HOSPITAL_NAME_AFTER.match(
            text, mention.end
        ):
            # ("The girl is hospitalized in Chernihiv Children's Regional Hospital"): where
            # the wounded are treated, a hospital named after its city
            return "a destination, not where something happened"
        if _PASSING_BEFORE.search(before_text):
            return "passed on the way, not where something happened"
        if _THREATENED_BEFORE.search(
            text, max(sentence.start, mention.start - 60), mention.start
        ) or _AT_RISK_AFTER.match(text, mention.end, sentence.end):
            return "a place put at risk, not where something happened"
        if _FLIGHTS_STOPPED_BEFORE.search(
            text, max(sentence.start, mention.start - 300), mention.start
        ) or _AIRPORTS_STOPPED_AFTER.match(text, mention.end, sentence.end):
            return "where flights were stopped, not where something happened"
        if _AIRPORTS_LISTED_BEFORE.search(
            text, max(sentence.start, mention.start - 200), mention.start
        ) and _LISTED_STOPPED_AFTER.match(text, mention.end, sentence.end):
            return "where flights were stopped, not where something happened"
        if _FLIGHTS_DIVERTED_BEFORE.search(
            text, max(sentence.start, mention.start - 120), mention.start
        ):
            return "where flights were diverted to, not where something happened"
        if _ADVANTAGE_OVER_BEFORE.search(
            text, max(sentence.start, mention.start - 120), mention.start
        ):
            return "a place a position commands, not where something happened"
        if _MOVED_FROM_BEFORE.search(text, max(sentence.start, mention.start - 100), mention.start):
            return "where troops were moved from, not where they went"
        after_text = text[mention.end : min(sentence.end, mention.end + 120)]
        if (
            _BORDERING_BEFORE.search(text, max(sentence.start, mention.start - 60), mention.start)
            and not _WHERE_AFTER.match(after_text)
            and not _NEIGHBOUR_SUBJECT.fullmatch(text, sentence.start, mention.start)
        ):
            return "a neighbour of the place meant, not where something happened"
        following = text[mention.end : min(sentence.end, mention.end + 80)]
        office = _OFFICE_AFTER.match(following) or _OFFICE_BEFORE.search(before_text)
        if (
            office
            and not (
                # ("a warehouse operated by the Russian defense ministry in Toropets": where the
                # site is, not the ministry's seat)
                mention.kind == "settlement"
                and _RUN_BY_OFFICE_BEFORE.search(
                    text, max(sentence.start, mention.start - 80), mention.start
                )
            )
            and not (
                # ("Lviv mayor Andrii Sadovyi reported an explosion in the city"; not "the governor
                # of Odesa said Moscow launched a drone attack on the city", another city)
                mention.kind == "settlement"
                and not _REGION_OFFICE.search(office.group())
                and _THE_CITY.search(text, mention.end, sentence.end)
            )
        ):
            return OFFICE
        if _MEMBER_OF_BEFORE.search(text, max(sentence.start, mention.start - 100), mention.start):
            return "where the group of a person's title is, not where something happened"
        if _SOURCE_BEFORE.search(before_text):
            return "cited as a source, not a place (after 'according to' or 'citing')"
        if _COMPARED_BEFORE.search(text, max(sentence.start, mention.start - 60), mention.start):
            # "three times more powerful than those used in Hiroshima and Nagasaki", "more
            # attacks ... than in the Avdiivka sector"
            return "named to compare with, not where something happened"
        if _FRONT_ENDING.search(mention.name) and _COMPASS_BEFORE.search(
            text, max(sentence.start, mention.start - 12), mention.start
        ):
            # "the south Donetsk direction": a stretch of front, neither the city nor the oblast
            return "a sector of the front named after a region's part, not a place"
        if mention.kind == "region" and _BRIDGE_AFTER.match(following):
            return "names a bridge, not the region"
        if _VENUE_BEFORE.search(text[max(sentence.start, mention.start - 140) : mention.start]) or (
            _ARRIVES_BEFORE.search(before_text) and _FOR_TALKS_AFTER.match(following)
        ):
            return "where a meeting is held, not where something happened"
        if _ROUTE_BEFORE.search(
            text[max(sentence.start, mention.start - 140) : mention.start]
        ) or _NAMED_ROAD_AFTER.match(text, mention.end, sentence.end):
            return "an end of a route or bridge, not where something happened"
        if _VILLAGE_OF_BEFORE.search(before_text) and _UNIT_OF_VILLAGE_AFTER.match(
            text, mention.end, sentence.end
        ):
            # ("the villages of Toretske, Sofiivka of Druzhkivska municipal community, Druzhba
            # of Toretsk city, and Fedorivka of Soledar municipal community")
            return "the community of the village named before it, not where something happened"
        if _ORIGIN_BEFORE.search(text[max(sentence.start, mention.start - 140) : mention.start]):
            return "where an attack was launched from, not where it struck"
        if _RESIDENTS_OF_BEFORE.search(before_text) and _HEARD_AFTER.match(following):
            # "residents of Novoshakhtinsk, Aksay and the western part of Rostov heard the
            # explosions": where the blasts were heard, not where they were
            return "where an explosion was heard, not where it was"
        if _HEARD_AS_FAR_AS_BEFORE.search(
            text, max(sentence.start, mention.start - 120), mention.start
        ):
            return "how far away an explosion was heard, not where it was"
        if mention.kind == "region" and _PERSON_FROM_BEFORE.search(before_text):
            # (a district is where its residents are hurt: "a 41-year-old man from Belovsky
            # District ... was gravely injured by a drone strike")
            return "where a person is from, not where something happened"
        if _UNIT_BEFORE.search(before_text):
            return UNIT
        if _MILITARY_IN_BEFORE.search(before_text) and _ACTOR_AFTER.match(following):
            # "All of them were shot down, the military in Kiev said": who speaks
            return "names who reports, not where something happened"
        if (
            mention.kind == "region"
            and _DESCRIBES_A_TOWN_BEFORE.search(before_text)
            and _DESCRIBES_A_TOWN_AFTER.match(following)
        ):
            return "describes a town, not the region"
        if mention.kind == "region" and _SHIP_BEFORE.search(before_text):
            return "names a ship"  # "missile ships Tatarstan and Dagestan"
        if mention.kind == "region" and _UNIT_AFTER.match(following):
            # "the Volyn Territorial Defence Brigade": a region's name, bare, before a unit's
            return UNIT
        if (
            mention.kind == "region"
            and " " in mention.name
            and self.gazetteer.english_zipf(first := mention.name.split(" ", 1)[0]) >= COMMON_ZIPF
            and not any(p.kind == "region" for p in self.gazetteer.candidates(mention.query))
        ):
            # ("Other regions listed in the statement included Belgorod"): a word before a
            # region word, no region's name
            return f"a common English word ({first}) before a region word, no region's name"
        if mention.kind in ("region", "district", "facility"):
            return ""
        gazetteer = self.gazetteer
        if fold(mention.name) in _CALENDAR:
            return "a day or month name"
        if fold(mention.name) in _NEWS_AGENCIES:
            return "a news agency"
        if fold(mention.name) in _LEADERS:
            return "a person's name (one of the war's leaders)"
        one_word = " " not in mention.name and "-" not in mention.name
        zipf = gazetteer.english_zipf(mention.name)
        if (
            one_word
            and zipf >= COMMON_ZIPF
            and (
                gazetteer.largest_called(mention.query) < BIG_CITY
                # ("Surprise was the key factor for Russia’s success in the operation to liberate
                # Ugledar": a big city named like a word, in a country neither at war nor named)
                or not self._country_in_play(gazetteer.largest_country(mention.query), text)
            )
        ):
            return f"a common English word (Zipf {zipf:.1f}) rather than a place"
        if not gazetteer.is_name(mention.query) and (
            len(fold(mention.query)) < LOOSE_MIN_LENGTH or zipf > 0
        ):
            return "only a loose spelling match, too short or an English word"
        if before and before.lower().rstrip(".") in _TITLES:
            return f"a person's name (after '{before}')"
        if _TITLE_FIRST_NAME_BEFORE.search(before_text):  # "Governor Alexander Gusev"
            return f"a person's name (after '{before_text.split()[-2]} {before}')"
        if _TITLE_OF_PLACE_FIRST_NAME_BEFORE.search(
            text, max(sentence.start, mention.start - 90), mention.start
        ):  # "Governor of Voronezh Oblast Alexander Gusev"
            return f"a person's name (after an office and the first name '{before}')"
        if before and before[:1].isupper() and _TITLE_OF_AFTER.match(following):
            # "Alexander Gusev, Governor of Russia's Voronezh Oblast"
            return "a person's name (before a title of an office)"
        if _TITLE_OF_BEFORE.search(before_text):  # "the acting governor of Kursk, Smirnov,"
            return "a person's name (after a title of an office and its place)"
        title = _LOWER_TITLE_BEFORE.search(before_text)
        if title:  # "according to Kursk regional governor Smirnov"
            return f"a person's name (after '{title.group(1)}')"
        if (
            (actor := _ACTOR_AFTER.match(following))
            and not _AFTER_PREPOSITION.search(before_text)
            # (a site does not govern: "the Khmelnytskyi and Rivne nuclear power plants
            # reported hearing explosions")
            and not _SITE_NAMED.search(mention.name)
            and (
                not _MODAL.search(actor.group())
                or gazetteer.largest_called(mention.query) >= BIG_CITY
            )
        ):
            # ("Control over Kupiansk will allow ...": after a preposition, no subject. A
            # town is no government that would act: "Velyka Novosilka would represent the
            # first major town to fall" is the town.)
            return "used for its government or people (the subject of a verb)"
        # ("the Vovchansk Aggregate Plant": the plant's town, which it is drawn near; not "the
        # Tambov Gunpowder Plant in Kotovsk", nor "the Kerch Strait bridge", nor "the Kakhovka
        # Reservoir", which reaches 200 km up the Dnipro from the town)
        if _PIPELINE_AFTER.match(following):
            return "a pipeline of that name, which runs far from any one town"
        facility = _FACILITY_AFTER.match(following)
        if facility is not None and self._larger_town_in(following[: facility.end()], mention):
            # ("the Sergo Ordzhonikidze Sevastopol Maritime Plant": named after a man, at
            # Sevastopol; GeoNames lists Sergo as an old name of Kadiyivka)
            return "names a facility that stands at another town"
        if _HYDRO_AFTER.match(following) and fold(mention.name) in _RIVER_NAMES:
            return "a hydroelectric plant named after its river: not the town"
        if facility is not None and _NOT_ITS_TOWN_AFTER.match(following):
            return "a hydroelectric plant, a strait or a reservoir of that name: not the town"
        if (
            facility is not None
            and (other := _AT_ANOTHER_TOWN.match(following, facility.end()))
            # (not its own: "the Ilsky oil refinery in the settlement of Ilsky")
            and fold(other.group("name")) != fold(mention.name)
            # ("the Bryansk chemical plant near Seltso"; but "the Kstovo refinery near Nizhny
            # Novgorod" stands at Kstovo: a facility near a larger city is the small town's)
            and not (
                other.group("near")
                and not other.group("town")
                and _population(gazetteer, mention.query)
                < _population(gazetteer, other.group("name"))
            )
            # (a part of a town, not of a country or region: "in southern Russia")
            and not (
                other.group("part")
                and (
                    not _population(gazetteer, other.group("name"))
                    or gazetteer.country(other.group("name"))
                    or self._region(other.group("name"))
                )
            )
        ):
            return "names a facility that stands at another town"
        named_facility = facility is not None and not (
            _SITED_AFTER.match(following, facility.end())
            and not _SITED_IN_REGION.match(following, facility.end())
        )
        title_case = sentence.headline and _title_case(sentence.text)
        for neighbour in (before, after):
            if neighbour and not _neutral_neighbour(neighbour):
                if neighbour is after and named_facility:
                    continue
                if neighbour is before and named_facility and not gazetteer.is_name(neighbour):
                    # ("the Gazprom Neftekhim Salavat oil refinery", "the Lukoil Volgograd
                    # refinery": a company's name before its facility's town)
                    continue
                if neighbour is before and _A_SEA_BEFORE.search(before_text):
                    continue  # ("Russia's Black Sea Tuapse oil refinery": the sea it is on)
                if title_case and gazetteer.english_zipf(neighbour) >= COMMON_ZIPF:
                    # "Six Injured In Poltava Following Russian Drone Attack": a headline
                    # with every word capitalised, not a longer name.
                    continue
                return f"part of a longer name (next to '{neighbour}')"
        if _RIVERSIDE_FRONT.match(mention.name):
            return "a front named after the Dnipro river, not a town"
        if _ISLAND_BEFORE.search(before_text):
            return "an island of that name, not the town"
        if mention.kind == "settlement" and (
            _RIVER_BEFORE.search(before_text)
            or (
                fold(mention.name) in _RIVER_NAMES
                and _THE_BEFORE.search(before_text)
                and _RIVER_END_AFTER.match(following)
            )
            # ("Russian Forces Regrouping Near Dnipro River", a headline)
            or (fold(mention.name) in _RIVER_NAMES and _RIVER_WORD_AFTER.match(following))
            # ("attacked Kherson from the temporarily occupied left bank of Dnipro")
            or (fold(mention.name) in _RIVER_NAMES and _BANK_OF_BEFORE.search(before_text))
            # ("Krynky, a small village on the Dnipro's eastern bank"; a town takes no "the")
            or (
                fold(mention.name) in _RIVER_NAMES
                and _THE_BEFORE.search(before_text)
                and _RIVER_BANK_POSSESSIVE.match(following)
            )
        ):
            return "a river of that name, not the town"
        if _SHIP_BEFORE.search(before_text) or _SHIP_AFTER.match(following):
            return "names a ship"
        if (
            mention.kind == "settlement"
            and _THE_NAME_BEFORE.search(before_text)
            and _NAME_ALONE_AFTER.match(following)
            and _VESSEL_WORD.search(text)
            # (not "the Pokrovsk sector, where most of the enemy's attacks are taking place",
            # in a report that also counts warships: a front)
            and not _FRONT_ENDING.search(mention.name)
        ):
            # "The Rostov-on-Don was docked at Sevastopol", "hit the Rostov-on-Don.", in a
            # report on a submarine: a town is not "the Rostov-on-Don"; the vessel named after
            # it is.
            return "names a ship"
        if _SEA_BEFORE.search(before_text) or _SEA_AFTER.match(following):
            return "the sea of that name, not the town"
        if _UNIT_AFTER.match(following) or _OPERATIONAL_AREAS_LISTED_AFTER.match(following):
            return UNIT
        if _ROAD_AFTER.match(following):
            return "a road named after the town it leads to, not the town"
        if _STREETS_AFTER.match(following):
            return "a street of that name"
        # (a region's name: not "the enemy fired at Velykyi Burluk village of Kupyansk
        # district", a village of a district)
        if _REGION_OF_PLACE_AFTER.match(following) and self._region(mention.name):
            return REGION_OF_PLACE
        if _WEAPON_AFTER.match(following):
            return "names a weapon"
        if _CHANNEL_AFTER.match(following) or _CHANNEL_BEFORE.search(before_text):
            return "names a Telegram channel or a news outlet"
        if _organisation(text, mention.name):
            return "names a company"
        top = gazetteer.candidates(mention.query)[0]
        # (a capital by its own spelling: "Kairy", a Kherson village, only looks like Kairo)
        capital = top.capital and gazetteer.spelt(top, mention.query)
        if capital and _STATE_POSSESSIVE.match(following):
            return "a capital in the possessive, for its government (“Moscow’s strikes”)"
        if (
            capital
            and _SENTENCE_OPENS_IN.fullmatch(text, sentence.start, mention.start)
            and _SPEAKER_AFTER.match(following)
        ):
            return "where a government speaks from (“In Moscow, the Defense Ministry said”)"
        if capital and _RECIPIENT_BEFORE.search(
            text[max(sentence.start, mention.start - 60) : mention.start]
        ):
            return "a capital that is given something, for its government (“delivered to Kyiv”)"
        if capital and _FELL_TO_BEFORE.search(before_text):
            return "a capital a place fell to, for its side (“fell to Moscow”)"
        if capital and _LOYAL_TO_BEFORE.search(before_text):
            return "a capital one is loyal to or at war with, for its side (“loyal to Kyiv”)"
        if capital and (_OFFICIALS_IN_BEFORE.search(before_text) or _REGIME_AFTER.match(following)):
            return "a capital for its government (“an official in Kiev”, “the Kiev regime”)"
        if capital and (_ASKED_TO_AFTER.match(following) or _PRESSED_BEFORE.search(before_text)):
            return "a capital pressed to act, for its government (“pressure on Moscow”)"
        if capital and _GOVERNMENT_DOING.match(following):
            return "a capital doing what a government does (“Moscow launching its invasion”)"
        if (
            capital
            and not _CAPITAL_CUE.search(before_text)
            and not _LISTED_CITY.search(before_text)
            and not self._listed_with_town(top, before_text, following)
            and not _FACILITY_AFTER.match(following)
            and not (after and _neutral_neighbour(after) and after[0].isupper())
            and not _UNDER_ATTACK_AFTER.match(following)
        ):
            return "a capital named without a word of place before it (used for its government)"
        return ""

    def _listed_with_town(self, capital: Place, before_text: str, following: str) -> bool:
        """Whether a capital stands in a list beside a town of its own country that is no
        capital ("Kyiv, Dnipro and Lviv"): then it is a city among cities."""
        neighbours = [m.group(1) for m in (_LIST_PREVIOUS.search(before_text),
                                           _LIST_NEXT.match(following)) if m]  # fmt: skip
        for name in neighbours:
            found = self.gazetteer.candidates(name)
            if found and not found[0].capital and found[0].country == capital.country:
                return True
        return False

    def _front_pairs(
        self, text: str, words: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """A front named after the two towns at its ends ("the Lyman-Kupiansk direction",
        "the Orikhiv-Tokmak sector") is read as both towns' fronts: the hyphenated word, no
        place of its own, becomes its two names. (Not a place's own name: the
        Kupiansk-Vuzlovyi direction is Kupiansk-Vuzlovyi's.)"""
        out = []
        for start, end, word in words:
            first, dash, second = word.partition("-")
            if (
                dash
                and "-" not in second
                and _capitalised(first)
                and _capitalised(second)
                and _FRONT_AFTER.match(text, end)
                and not self.gazetteer.candidates(word)
                and all(
                    any(p.kind == "settlement" for p in self.gazetteer.candidates(part))
                    for part in (first, second)
                )
            ):
                out += [(start, start + len(first), first), (end - len(second), end, second)]
            else:
                out.append((start, end, word))
        return out

    def _short_forms(self, mentions: list[Mention]) -> list[Mention]:
        """A town named in full and then by the first part of its name ("the
        Slavyansk-on-Kuban oil refinery ... the Slavyansk refinery"), or by its name without
        the word that tells it from a namesake ("the Nizhny Novgorod oil refinery ... fires at
        oil refineries in Oryol and near Novgorod"), is one place: the short form is looked up
        as the full name."""
        full = {
            fold(m.query.split("-")[0]): m.query
            for m in mentions
            if m.kind == "settlement"
            and "-" in m.query.strip("-")
            # (a name of a place, or a town on a river: not "the Kupyansk-Uzlovaya railway
            # station", only spelt like Kupiansk-Vuzlovyi, beside "Kupyansk", the town)
            and (
                any(self.gazetteer.spelt(p, m.query) for p in self.gazetteer.candidates(m.query))
                or _ON_A_RIVER.search(m.query) is not None
            )
        }
        for m in mentions:
            if (
                m.kind == "settlement"
                and (qualified := _QUALIFIED_NAME.fullmatch(m.query)) is not None
                and any(
                    self.gazetteer.spelt(p, m.query) for p in self.gazetteer.candidates(m.query)
                )
            ):
                full.setdefault(fold(qualified.group(1)), m.query)
        return [
            replace(m, query=full[fold(m.query)])
            if m.kind == "settlement"
            and "-" not in m.query
            and fold(m.query) in full
            and not self._town_beside(m.query, full[fold(m.query)])
            else m
            for m in mentions
        ]

    def _town_beside(self, short: str, name: str) -> bool:
        """Whether a town of the name ``short`` lies beside the place ``name`` (Kupiansk
        beside Kupiansk-Vuzlovyi, its railway town, 5 km off): then it is that town, not a
        short form of the other."""
        places = [p for p in self.gazetteer.candidates(name) if self.gazetteer.spelt(p, name)]
        return any(
            fold(town.name) == fold(short) or self.gazetteer.spelt(town, short)
            for town in self.gazetteer.candidates(short)
            if town.kind == "settlement"
            and any(haversine_km(town.lat, town.lon, p.lat, p.lon) <= NEAR_TOWN_KM for p in places)
        )

    def _list_region(
        self,
        text: str,
        mentions: Sequence[Mention],
        within: Mapping[int, frozenset[tuple[str, str]]],
        offices: Iterable[str] = (),
    ) -> dict[int, frozenset[tuple[str, str]]]:
        """The one first-level region that has a place of every name of a list of three or
        more settlements (by mention index), when the text puts none of them anywhere: "the
        enemy launched airstrikes on Huliaipole, Malynivka and Zaliznychne" are the three of
        Zaporizhzhia oblast, not the larger Malynivka of Kharkiv oblast. Front-line reports
        list neighbouring villages; namesakes seldom line up region for region."""
        out: dict[int, frozenset[tuple[str, str]]] = {}
        named: set[tuple[str, str]] | None = None  # the regions the text names

        def named_in(group: range) -> set[str]:
            return {mentions[k].query for k in group}

        i = 0
        while i < len(mentions):
            j = i
            while (
                j + 1 < len(mentions)
                and mentions[j + 1].sentence == mentions[i].sentence
                and mentions[j].kind == mentions[j + 1].kind == "settlement"
                and (
                    _LIST_GAP.fullmatch(text, mentions[j].end, mentions[j + 1].start)
                    # (over names the gazetteer does not know: "Malynivka, Bilohirya,
                    # Robotyne, Stepnohirsk")
                    or _LIST_GAP_NAMES.fullmatch(text, mentions[j].end, mentions[j + 1].start)
                )
            ):
                j += 1
            group = range(i, j + 1)
            i = j + 1
            if len(group) < LIST_REGION_NAMES or any(k in within for k in group):
                continue
            held = {k: self._settlement_regions(mentions[k].query) for k in group}
            regions = set.intersection(*held.values())
            if len(regions) == 1:
                only = regions.pop()
                # (not far from every other town of the text that has one region only:
                # "Stepnohirsk ... Kamianske, Plavni, and Prymorske" are villages of
                # Zaporizhzhia oblast GeoNames partly lacks, not three of the Danube delta,
                # whose oblast's centre is 480 km from Zaporizhzhia)
                rest = [
                    m.query
                    for k, m in enumerate(mentions)
                    if k not in group and m.kind == "settlement" and m.query not in named_in(group)
                ]
                sure = {next(iter(r)) for r in map(self._settlement_regions, rest) if len(r) == 1}
                if named is None:
                    named = self._named_regions(mentions, offices)
                if (
                    sure
                    and only not in named
                    and all(self._regions_apart_km(only, r) > LIST_REGION_APART_KM for r in sure)
                ):
                    continue
                region = frozenset(within_region(*only))
                out.update({k: region for k in group})
                continue
            # Most of a long list in one region: "artillery targeted Huliaipole, Orikhiv,
            # Zaliznychne, Malynivka, Bilohirya, Robotyne, Stepnohirsk, Kamianske, Stepove,
            # Piatykhatky": six have a place in Zaporizhzhia oblast, so Kamianske is the
            # village there, not the city of Dnipropetrovsk oblast, and Piatykhatky, which
            # GeoNames has only as a town of Dnipropetrovsk oblast, is one it lacks. (A city
            # of a list is left to itself: "Huliaipole, Orikhiv, Stepnohirsk and Dnipro".)
            # The region must be one the text names: village names repeat from oblast to
            # oblast, and a short list's namesakes may line up in another.
            if named is None:
                named = self._named_regions(mentions, offices)
            # (a village GeoNames lacks counts in the oblasts the codifier lists it in)
            counts = Counter(
                r
                for k, regions_of in held.items()
                for r in regions_of or self._codified_regions(mentions[k].query)
            )
            ranked = counts.most_common(2)
            if (
                not ranked
                or ranked[0][0] not in named
                or ranked[0][1] < max(LIST_REGION_NAMES, ceil(len(group) * LIST_MAJORITY))
                or (len(ranked) > 1 and ranked[1][1] == ranked[0][1])
            ):
                continue
            best = ranked[0][0]
            region = frozenset(within_region(*best))
            for k in group:
                query = mentions[k].query
                if best in held[k]:
                    # (not a name of many villages, "Mykhailivka", "Sofiyivka": the one of the
                    # region GeoNames has is seldom the one meant; the resolver decides)
                    if len(self._spelt_settlements(query)) <= LIST_NAMESAKES:
                        out[k] = region
                elif self.gazetteer.largest_called(query) < BIG_CITY:
                    out[k] = region
        return out

    def _named_regions(
        self, mentions: Sequence[Mention], offices: Iterable[str]
    ) -> set[tuple[str, str]]:
        """The first-level regions the text names, or whose office it names ("the Deputy
        Head of the Sumy Regional Council ... Kostyantynivka, Basivka, and Yunakivka")."""
        queries = [m.query for m in mentions if m.kind == "region"] + list(offices)
        return {code for query in queries for code in self._held_by(query)}

    def _regions_apart_km(self, one: tuple[str, str], other: tuple[str, str]) -> float:
        """How far apart the centres of two first-level regions are (0 if either is
        unknown)."""
        a, b = self.gazetteer.region(*one), self.gazetteer.region(*other)
        return 0.0 if a is None or b is None else haversine_km(a.lat, a.lon, b.lat, b.lon)

    def _regional_capital(self, name: str) -> Place | None:
        """The capital of a first-level region the name is, if it is one's alone ("Donetsk",
        "Kharkiv"; not "Pokrovsk")."""
        capitals = [
            p
            for p in self.gazetteer.candidates(name)
            if p.kind == "settlement" and p.seat and self.gazetteer.spelt(p, name)
        ]
        return capitals[0] if len(capitals) == 1 else None

    def _regions_told(
        self, mentions: Sequence[Mention], offices: Iterable[str] = ()
    ) -> frozenset[tuple[str, str]]:
        """The first-level regions the text names, as region ``mentions`` or by the names of
        their ``offices`` ("the governor of the Kursk region")."""
        queries = [m.query for m in mentions if m.kind == "region"] + sorted(offices)
        return frozenset(code for query in queries for code in self._held_by(query))

    def _district_elsewhere(self, district: Mention, told: frozenset[tuple[str, str]]) -> bool:
        """Whether ``district`` is a curated Russian district of none of the regions the text
        names (``told``), when it names any."""
        seats = self.gazetteer.district_seats(_unit_name(district.name))
        return bool(told and seats) and not any((p.country, p.admin1_code) in told for p in seats)

    def within(
        self, text: str, mentions: Sequence[Mention], rejected: Sequence[Rejected] = ()
    ) -> dict[int, frozenset[tuple[str, str]]]:
        """The regions the text puts each settlement in ("Piatykhatky, a village in the
        Zaporizhia region"), by mention index: the next mention, if it is a region of the
        same sentence and only such words stand between them."""
        out = {}
        # (the regions the text names, as regions or by their offices)
        told = self._regions_told(mentions, {r.office_region for r in rejected if r.office_region})
        for i, (mention, after) in enumerate(pairwise(mentions)):
            gap_end = after.start
            if (
                after.kind == "district"
                and i + 2 < len(mentions)
                and mentions[i + 2].sentence == after.sentence
                and DISTRICT_OF.fullmatch(text, after.end, mentions[i + 2].start)
            ):
                # "Kamianske and Plavni in the Vasylivka district of Zaporizhzhia region": the
                # district's region holds the settlements too.
                after = mentions[i + 2]
            regions: frozenset[tuple[str, str]] = frozenset()
            if (
                mention.kind == "settlement"
                and after.kind == "region"
                and after.sentence == mention.sentence
                and _WITHIN.fullmatch(text, mention.end, gap_end)
                # (not the last of a list of regions: "Lviv, Vinnytsia, Ivano-Frankivsk,
                # Ternopil oblasts", each a region)
                and not _PLURAL_REGION_WORD.search(text, after.start, after.end + 1)
                # (not a clause after a front: "fierce in the Pokrovske and Kurakhove
                # directions, in the Kursk region Russian attempts to break through ...")
                and not (_FRONT_ENDING.search(mention.name) and _COMMA_IN.match(text, mention.end))
                # (not "Dovhenke and Novomykolaivka, located in the Kharkiv and Sumy regions,
                # respectively": each in its own)
                and not _RESPECTIVELY.match(text, after.end)
                # (nor a region by its short name amid a list of regions: "the western oblasts
                # – Vinnytsia, Khmelnytskyi, Volyn, Ternopil and Ivano-Frankivsk")
                and not (
                    _REGION_WORD.search(after.name) is None
                    and i + 2 < len(mentions)
                    and mentions[i + 2].sentence == after.sentence
                    and _LIST_GAP_NAMES.fullmatch(text, after.end, mentions[i + 2].start)
                )
            ):
                regions = self._held_by(after.query)
            elif (
                mention.kind == "settlement"
                and after.kind == "region"
                and after.sentence == mention.sentence
                and _LIST_STRUCK_IN.fullmatch(text, mention.end, gap_end)
                and len(items := _listed_with(text, mentions, i)) >= LIST_REGION_NAMES
                and (held := self._held_by(after.query))
            ):
                opening = True
                for n in items:
                    opening = opening and self._other_regions_city(mentions[n].query, held)
                    if not opening:
                        out[n] = held
                continue
            elif (
                mention.kind == "settlement"
                and after.kind == "settlement"
                and after.sentence == mention.sentence
                and _IN_CAPITAL_S_REGION.fullmatch(text, mention.end, gap_end)
                and (capital := self._regional_capital(after.query)) is not None
            ):
                # "captured the village of Piddubne in Donetsk and Sobolivka in Kharkiv",
                # "Vasilyevka, a city in Zaporizhzhia": a region named as its capital is, or
                # the capital itself, in that region.
                regions = frozenset(within_region(capital.country, capital.admin1_code))
            elif _in_district(text, mention, after):
                # "the village of Mykhailivka, Beryslav district": in the region of the town
                # the district is named after, if all towns of that name lie in one (and the
                # text names that region, if it names any: "Sloboda Belaya, Belyovsky
                # district", in a report on the Kursk region, is no village of Tula oblast).
                seats = self._settlement_regions(after.query)
                if len(seats) == 1 and (not told or seats & told):
                    regions = frozenset(within_region(*seats.pop()))
            if regions:
                out[i] = regions
                # A list before it is in the same region: "Stari Terny and Trudove – in
                # the Donetsk region".
                j = i
                while (
                    j > 0
                    and mentions[j - 1].kind == "settlement"
                    and mentions[j - 1].sentence == mention.sentence
                    and _LIST_GAP_NAMES.fullmatch(text, mentions[j - 1].end, mentions[j].start)
                ):
                    j -= 1
                # Not the cities of other regions that open the list: "a combined attack on
                # Lviv and Kryvyi Rih in the Dnipropetrovsk Oblast". One amid villages of the
                # region is a village of its name: "Beryslav, Kozatske, Olhivka, Lviv,
                # Naddniprianske, Antonivka, Kherson region".
                opening = True
                for n in range(j, i):
                    opening = opening and self._other_regions_city(mentions[n].query, regions)
                    if not opening:
                        out[n] = regions
        # "two villages in the Kherson region - Dniprovske and Lviv": the region holds the
        # list after it (a village of that oblast, not the city of Lviv); and "the Donetsk
        # People's Republic, where Russian forces are reportedly engaged in sustained attacks
        # on the settlements of Rovno and Krasnokamensk", the settlements its clause names
        # (the Rivne of Donetsk oblast, not the city of Rivne).
        # (in the order of the text: a name found by its spelling joins the list later)
        order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
        for place, at in enumerate(order):
            region = mentions[at]
            if region.kind not in ("region", "district"):
                continue
            if _UNITS_IN_BEFORE.search(text, max(0, region.start - 60), region.start):
                opens = _LIST_OPENS
            elif region.kind == "region" and _WHERE_SETTLEMENTS_OF.match(text, region.end):
                opens = _WHERE_SETTLEMENTS_OF
            else:
                continue
            held = self._held_by(region.query)
            if region.kind == "district":
                # ("border settlements of the Sumy district - Bilopole, Vorozhba, Mykolaiv":
                # the district's region, if all towns of its name lie in one the text names)
                seats = self._settlement_regions(region.query)
                held = (
                    frozenset(within_region(*seats.pop()))
                    if len(seats) == 1 and (not told or seats & told)
                    else frozenset()
                )
            previous, gap = region, opens
            for nxt in order[place + 1 :]:
                listed = mentions[nxt]
                if not (
                    held
                    and listed.kind == "settlement"
                    and listed.sentence == region.sentence
                    and gap.fullmatch(text, previous.end, listed.start)
                ):
                    break
                out.setdefault(nxt, held)
                previous, gap = listed, _LIST_GAP_NAMES
        # "the Luhansk region's Makiivka", "the Kaluga Region's Kirovsky District": the region
        # before a possessive holds the place.
        for i, (region, mention) in enumerate(pairwise(mentions)):
            if (
                region.kind == "region"
                and mention.kind in ("settlement", "district")
                and i + 1 not in out
                and _CITY_POSSESSIVE.fullmatch(text, region.end, mention.start)
            ):
                held = self._held_by(region.query)
                if held:
                    out[i + 1] = held
        # "in Kamyanske, Zaporizhzhia.": the oblast named as its capital is (left out as a
        # place) holds the place before it, the Kamianske of Zaporizhzhia oblast, not the
        # city of Dnipropetrovsk oblast.
        for r in rejected:
            if not r.reason.endswith(AS_OBLAST) or (query := self._region(r.name)) is None:
                continue
            k = _settlement_right_before(text, mentions, r.start, rf",\s+|{_TOWN_IN_GAP}")
            if k is not None and k not in out:
                held = self._held_by(query)
                if held & self._settlement_regions(mentions[k].query):
                    out[k] = held
        # "the village of Piddubne in Donetsk and Sobolivka in Kharkiv": a regional capital
        # left out as the locator of the place before it holds it in its region.
        for r in rejected:
            if (
                not r.reason.startswith("locates ")
                or (capital := self._regional_capital(r.name)) is None
            ):
                continue
            k = _settlement_right_before(text, mentions, r.start, _IN_CAPITAL_S_REGION.pattern)
            if k is not None and k not in out:
                out[k] = frozenset(within_region(capital.country, capital.admin1_code))
        # "the Luhansk village of Makeyevka": the region named as an adjective holds it.
        for r in rejected:
            if r.reason != REGION_OF_PLACE or (query := self._region(r.name)) is None:
                continue
            k = next((k for k, m in enumerate(mentions) if m.start > r.end), None)
            if (
                k is None
                or k in out
                or mentions[k].kind != "settlement"
                or not _REGION_OF_PLACE_AFTER.match(text, r.end)
                or mentions[k].start - r.end > REGION_OF_PLACE_REACH
            ):
                continue
            held = self._held_by(query)
            if held:
                out[k] = held
        # One name, one place through the text: "Piatykhatky, a village in the Zaporizhia
        # region" is still there when named again.
        by_name = {fold(mentions[i].query): regions for i, regions in out.items()}
        for i, mention in enumerate(mentions):
            if mention.kind == "settlement" and i not in out:
                named = by_name.get(fold(mention.query))
                if named:
                    out[i] = named
        return out

    def _resolve(
        self,
        text: str,
        sentences: list[Sentence],
        mentions: list[Mention],
        rejected: list[Rejected],
    ) -> tuple[list[Mention], Focus]:
        """Choose each mention's place with the whole text (:func:`resolve_names`), and note
        the settlements each region mention contains ("X in the Donetsk region")."""
        gazetteer = self.gazetteer
        # The regions of offices named ("the governor of the Belgorod region") count towards
        # what the text is about, once each.
        offices = {r.office_region for r in rejected if r.office_region}
        mentions = self._short_forms(mentions)
        within = self.within(text, mentions, rejected)
        nearby = {
            i
            for i, m in enumerate(mentions)
            if m.kind == "settlement" and _NEARBY_BEFORE.search(text, max(0, m.start - 40), m.start)
        }
        villages = {
            i
            for i, m in enumerate(mentions)
            if m.kind == "settlement"
            and (
                _VILLAGE_BEFORE.search(text, max(0, m.start - 80), m.start)
                or _VILLAGE_AFTER.match(text, m.end)
            )
            # (not the community after a village: "the village of Sadove, Kherson community")
            and not _UNIT_WORD_AFTER.match(text, m.end)
            and m.name.split()[-1].lower() not in _COMMUNITY_WORDS
        }
        # The regions the text names: a curated district of none of them is not the one
        # meant ("Sloboda Belaya, Belyovsky district" in a report by the Kursk region's
        # governor is no village of Tula oblast's Belyovsky district; the Belovsky district
        # was misspelt).
        region_named = self._regions_told(mentions)
        # (... and by their offices: "the governor of the Kursk region")
        held_by_offices = self._regions_told([], offices)
        told = region_named | held_by_offices
        # The settlement each settlement is said to be near, and how near.
        near: dict[int, tuple[int, float | None]] = {}
        # (a side's word read as a name is skipped: "some 15 kilometers away from the
        # Ukrainian-held logistics hub of Pokrovsk")
        named = [i for i, m in enumerate(mentions) if not _HELD_BY.fullmatch(m.name)]
        named_mentions = [mentions[k] for k in named]
        for position, (i, j) in enumerate(pairwise(named), start=1):
            m, after = mentions[i], mentions[j]
            if m.kind == after.kind == "settlement" and m.sentence == after.sentence:
                between = _NEAR_BETWEEN.fullmatch(text, m.end, after.start)
                if (
                    between is not None
                    and not _NAMES_SOMETHING.match(text, after.end)
                    # ("explosions in Sevastopol, near Saky, Feodosiia and Rozdilne")
                    and not list_starts(text, named_mentions, position)
                    # (both placing a site: "the terminal is situated on the eastern outskirts
                    # of Feodosia, near Beregovoye village")
                    and not _SITE_OUTSKIRTS_BEFORE.search(text, max(0, m.start - 40), m.start)
                    and not direction_listed(
                        text,
                        m,
                        after,
                        gazetteer.candidates(m.query),
                        gazetteer.candidates(after.query),
                    )
                ):
                    if LANDMARK_THEN_NEAR.fullmatch(
                        text, m.end, after.start
                    ) and DIRECTION_OF_BEFORE.search(text, max(0, m.start - 40), m.start):
                        # "west of Kreminna near Terny": Terny is near Kreminna, the landmark
                        near[j] = (i, near_limit(between))
                    else:
                        near[i] = (j, near_limit(between))
                elif (
                    not _is_unit(m)
                    and _FRONT_ENDING.search(after.name)
                    and _ON_THE_FRONT.fullmatch(text, m.end, after.start)
                ):
                    # "the outskirts of Kamianske and Plavni on the Orikhiv axis": the
                    # Kamianske by Orikhiv, not the city of Dnipropetrovsk oblast (nor is a
                    # village listed before it elsewhere).
                    near[i] = (j, FRONT_REACH_KM)
                    for k in _listed_before(text, mentions, i):
                        near.setdefault(k, (j, FRONT_REACH_KM))
            elif (
                m.kind == "settlement"
                and after.kind == "region"
                and m.sentence == after.sentence
                and (between := _NEAR_BETWEEN.fullmatch(text, m.end, after.start)) is not None
                and (limit := near_limit(between)) is not None
            ):
                # "the village of Voznesenovka, around 7 kilometers north of Ukraine's Kharkiv
                # region": within that distance of the region, whose centre is farther off.
                near[i] = (j, limit + REGION_REACH_KM)
            elif (
                _in_district(text, m, after)
                or (_in_district(text, m, after, _LISTED_THEN_LOCATES) and not _is_unit(m))
            ) and not self._district_elsewhere(after, told):
                # "the village of Mykhailivka, Beryslav district": within a district's reach
                # of its town; a community's centre, the whole district's ("the Mezhova
                # hromada in the Synelnykove district", 90 km from Synelnykove).
                if _is_unit(m):
                    near[i] = (j, DISTRICT_ACROSS_KM)
                    continue  # (... nor does it locate places listed before it)
                near[i] = (j, DISTRICT_REACH_KM)
                # ... and so is each settlement listed before it ("the settlements of
                # Dubovoye, Krasnoye, ... Tavrovo and Shchetinovka in the Belgorodsky
                # District", some of them names the gazetteer does not know).
                for k in _listed_before(text, mentions, i):
                    near.setdefault(k, (j, DISTRICT_REACH_KM))
        within.update(self._list_region(text, mentions, within, offices))
        # (the districts put in a region by the curated data, not by the text)
        curated_in: set[int] = set()
        for i, mention in enumerate(mentions):
            if mention.kind == "district" and i not in within:
                # A district of the curated data is run from its centre in its own region:
                # Mayskiy of Belgorod oblast, not another Mayskiy.
                seats = self.gazetteer.district_seats(_unit_name(mention.name))
                if (
                    regions := frozenset(
                        region
                        for p in seats
                        if p.name == mention.query
                        for region in within_region(p.country, p.admin1_code)
                    )
                ) and (not region_named or regions & region_named):
                    within[i] = regions
                    curated_in.add(mention.start)
        # The regions the text puts each settlement in, by where it starts; and each
        # district ("the Glukhovsky district of the Kursk region").
        put_in = {mentions[i].start: regions for i, regions in within.items()}
        for district, region in pairwise(mentions):
            if (
                district.kind == "district"
                and region.kind == "region"
                and region.sentence == district.sentence
                and DISTRICT_OF.fullmatch(text, district.end, region.start)
                and (held := self._held_by(region.query))
            ):
                put_in.setdefault(district.start, held)
        resolution = resolve_names(
            gazetteer,
            name_evidence(
                mentions,
                sentences,
                within,
                nearby,
                near,
                villages,
                # (a city's district, "Dniprovskyi district": a name many cities' districts
                # bear, no evidence of which city the text is about)
                {
                    i
                    for i, m in enumerate(mentions)
                    if m.kind == "district" and gazetteer.is_city_district(_unit_name(m.name))
                },
            ),
            countries=gazetteer.countries_named(text),
            regions=sorted(offices),
        )
        focus = resolution.focus
        # The city each district is said to be part of; but "the Glushkovsky district of
        # Kursk" is Kursk oblast's district, and Kursk its region.
        cities = {
            i: city
            for i, m in enumerate(mentions)
            if m.kind == "district" and (city := _city_of_district(text, mentions, i))
        }
        regions_named = {
            city.start
            for i, city in cities.items()
            if _regions_district(gazetteer, mentions[i], city)
        }
        # The cities the text names, as places or in an office's title ("Kyiv City Military
        # Administration"): where a city's district named alone may be.
        city_names = tuple(
            dict.fromkeys(
                [m.query for m in mentions if m.kind == "settlement"]
                + [r.name for r in rejected if r.reason == OFFICE]
            )
        )
        codifier_city = _codifier_city(
            gazetteer,
            [
                unit
                for m in mentions
                if m.kind == "district" and (unit := _city_district_name(m, gazetteer))
            ],
        )
        resolved = []
        for i, (mention, result) in enumerate(zip(mentions, resolution.results, strict=True)):
            if mention.kind == "region" and (country := self._neighbour(mention.query)):
                result = GeocodeResult(mention.query, "found", country, (country,), COUNTRY)
            place = result.place
            if mention.if_spelt_like and place is None:
                continue  # a word no place of the article's regions is spelt like
            if mention.start in regions_named:
                reason = "names the region of the district before it, not where it happened"
                rejected.append(Rejected(mention.name, mention.start, mention.end, reason))
                continue
            if (city := cities.get(i)) is not None and city.start not in regions_named:
                at = next((j for j, m in enumerate(mentions) if m is city), None)
                centre = resolution.results[at].place if at is not None else None
                own = _district_of_city(result, centre, gazetteer, _unit_name(mention.name))
                if own is not None:
                    # "Kyiv's Solomianskyi district": GeoNames has the district itself
                    # (Solomyanka, "Solomyanskyi District"), a few km from the city's centre.
                    reason = CITY_DISTRICT_POINT.format(city=city.name)
                    result = GeocodeResult(mention.query, "found", own, (own,), reason)
                    mention = replace(mention, near=False)
                else:
                    reason = CITY_DISTRICT.format(city=city.name)
                    result = GeocodeResult(mention.query, "not_found", reason=reason)
            elif mention.result is not None and mention.result.reason.startswith(PLANT_AT):
                result = mention.result  # "the Chornobyl NPP": at its curated host town
            elif (
                mention.kind == "district"
                and (
                    alone := _city_district_alone(
                        mention, result, city_names, codifier_city, gazetteer
                    )
                )
                is not None
            ):
                # "a multi-story building in the Solomianskyi district, as reported by Kyiv City
                # Military Administration": the district of the one city the text names that
                # has it; else of the one city the codifier gives.
                city_part, reason = alone
                result = GeocodeResult(mention.query, "found", city_part, (city_part,), reason)
            elif (
                mention.kind == "district"
                and not _OF_A_REGION.match(text, mention.end)
                and (city_name := _named_city_with_district(mention, city_names, gazetteer))
            ):
                # "Russia struck Kharkiv overnight ... in the Kyivskyi district": Kharkiv's,
                # which GeoNames has no point for (not Donetsk's or Poltava's, which it has);
                # "Russian drones hit Odesa. In the Prymorskyi district": Odesa's, not the
                # raion Prymorsk was the centre of.
                # ("the Saltivka District of the city": GeoNames has Kharkiv's)
                mention, result = _city_district_answer(mention, city_name, gazetteer, result)
            elif (
                mention.kind == "district"
                and _OF_THE_CITY.match(text, mention.end)
                and (
                    city_name := next(
                        (m.query for m in reversed(mentions[:i]) if m.kind == "settlement"), ""
                    )
                )
            ):
                # "Russian forces attacked the Soniachnyi district of the city", after the
                # city of Pokrovsk: that city's district (GeoNames' point for it, if it has
                # one), not the village of Sonyachnyi 50 km away.
                mention, result = _city_district_answer(mention, city_name, gazetteer)
            elif (
                mention.kind == "district"
                and (
                    _PART_OF_THE_CITY.match(text, mention.end)
                    or _THE_CITYS.search(text, max(0, mention.start - 40), mention.start)
                )
                and (
                    city_name := _one_city_named(city_names, gazetteer)
                    # (or the city named last before it: "the city's" is that one)
                    or _one_city_named(
                        [m.query for m in mentions[:i] if m.kind == "settlement"][-1:], gazetteer
                    )
                )
            ):
                # "a busy market in the Kirovsky District, in the south-western part of the
                # city" of Donetsk, "a house is reportedly on fire in the city's northwestern
                # Kuibyshivskyi district": the city's district, under a name the codifier no
                # longer has; not a village once named so, nor a raion's centre.
                mention, result = _city_district_answer(mention, city_name, gazetteer)
            elif mention.kind == "district" and (
                not mention.near or (place is not None and place.kind != "settlement")
            ):
                result = GeocodeResult(mention.query, "not_found", reason=DISTRICT)
            elif mention.kind == "facility":
                reason = NUCLEAR_PLANT.format(name=mention.query)
                result = GeocodeResult(mention.query, "not_found", reason=reason)
            elif (
                place is not None
                and not gazetteer.spelt(place, mention.query)
                and focus.countries.get(place.country, 0.0) == 0.0
            ):
                # Only a look-alike spelling ("Antonov" for Antonovo), and in a country the
                # text is not about: a name, not this place.
                reason = f"only a look-alike of {place.label}, in a country the text is not about"
                rejected.append(Rejected(mention.name, mention.start, mention.end, reason))
                continue
            resolved.append(replace(mention, result=result))
        resolved = self._list_outliers(text, resolved)
        resolved = self._countries_stated(text, resolved)
        # The towns districts are named after, before those that only locate a village are
        # set aside: places the text names, for the far-village check.
        district_towns = [
            m.place
            for m in resolved
            if m.kind == "district" and m.place is not None and m.place.kind == "settlement"
        ]
        # And the villages the text puts in one of those districts, right after their name.
        in_districts = frozenset(
            m.start
            for m in resolved
            if any(_in_district(text, m, d) for d in resolved if d.kind == "district")
        )
        resolved = _districts_placed(
            text,
            resolved,
            rejected,
            focus,
            gazetteer,
            put_in,
            held_by_offices,
            frozenset(curated_in),
        )
        resolved = _as_its_community_says(resolved)
        resolved = _one_citys_districts(resolved, gazetteer)
        resolved = _seats_of_named_districts(resolved, gazetteer)
        resolved = _far_from_the_rest(resolved, district_towns, put_in, in_districts)
        resolved = _lone_villages_far_off(resolved, put_in)
        resolved = _neighbours_far_off(text, resolved)
        resolved = _communities_of_raion(text, resolved, self.gazetteer)
        settlements: dict[int, list[Mention]] = {}  # by sentence
        for mention in resolved:
            # (and districts drawn at their towns: "the Boryspil, Obukhiv and Brovary
            # districts of Kyiv region")
            if mention.kind == "settlement" or (mention.kind == "district" and mention.place):
                settlements.setdefault(mention.sentence, []).append(mention)
        out = []
        for mention in resolved:
            place = mention.place
            if place is not None and place.kind in ("region", "country"):
                inside = tuple(
                    m.name
                    for m in settlements.get(mention.sentence, ())
                    if (m.place is not None and _same_region(m.place, place))
                    or _LOCATED_IN.fullmatch(text, m.end, mention.start)
                    or (
                        m.place is None
                        and m.end <= mention.start
                        and _described_in(text, m.end, mention.start)
                        and _ANOTHER_REGION_AFTER.match(text, mention.end) is None
                    )
                    # (unlocated, after a sentence that opens in this region: "In the Kherson
                    # region, the Russian military attacked a car in the village of
                    # Novorontsovka")
                    or (m.place is None and m.start > mention.end and _opens_in(text, mention))
                    # (unlocated, but put in this region: "the village of Zaporizhzhya in
                    # Ukraine’s eastern Donetsk region")
                    or (
                        (place.country, place.admin1_code) in put_in.get(m.start, ())
                        and (
                            re.search(r"\sin\s", text[m.end : mention.start]) is not None
                            # ("in Orikhove, Zaporizhzhia Oblast.", not a list of regions)
                            or (
                                re.fullmatch(r",\s*", text[m.end : mention.start]) is not None
                                and _LIST_GOES_ON.match(text, mention.end) is None
                            )
                        )
                    )
                )
                mention = replace(mention, contains=inside)
            out.append(mention)
        return out, focus


# "In the Kherson region, ...": a sentence that opens in a region.
_OPENS_IN_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n\s*)In\s+(?:the\s+)?$")


def _opens_in(text: str, mention: Mention) -> bool:
    """Whether the sentence of ``mention`` opens with "In <mention>," (what it tells happened
    there)."""
    return (
        text.startswith(",", mention.end)
        and _OPENS_IN_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None
    )


# "the Dnipro district of Kherson", "Kherson's Dnipro district", "the Shevchenkivskyi
# district in Kharkiv": a city's own district.
_DISTRICT_OF_CITY = re.compile(r"\s+(?:of|in)\s+(?:the\s+(?:city|town)\s+of\s+)?")
_CITY_POSSESSIVE = re.compile(r"[’'ʼ]s\s+")
# "In the city of Rostov-on-Don itself, two drones crashed into homes in the city's
# Proletarsky district": the district of the town named last before it.
_THE_CITYS = re.compile(r"\bthe\s+(?:city|town)[’'ʼ]s\s+$", re.IGNORECASE)
# How far back that town may be named.
THE_CITYS_REACH = 300


# How far from its city's centre a city's district may lie; how many letters of its name the
# noun a district's adjective is made from must keep.
CITY_DISTRICT_KM, CITY_DISTRICT_STEM = 20.0, 4


def _district_of_city(
    result: GeocodeResult, centre: Place | None, gazetteer: Gazetteer, query: str
) -> Place | None:
    """The place GeoNames keeps for a city's district, if one of the name's places (spelt so
    or like it) lies within :data:`CITY_DISTRICT_KM` of the city the text names (``centre``),
    and only one does."""
    if centre is None:
        return None
    near = {
        c.id: c
        for c in (*result.candidates, *gazetteer.lookup(query).candidates)
        if c.kind == "settlement"
        and c.id != centre.id
        and haversine_km(c.lat, c.lon, centre.lat, centre.lon) <= CITY_DISTRICT_KM
    }
    if not near and (ending := _UKRAINIAN_MASCULINE.search(query)) is not None:
        # "the city's Holosiivskyi district": GeoNames keeps it by the noun its adjective is
        # made from (Holosiyiv, Pechersk, Svyatoshyn), among the city's neighbourhoods; the one
        # named most nearly so, if one is.
        noun = fold(query[: ending.start() + 1].rstrip("sz"))
        # (and "Desnianskyi", made from the river Desna)
        stems = {loose(noun)} | ({loose(noun[:-3] + "a")} if noun.endswith("ian") else set())
        # (and "Holosiivskyi", ії romanised as "ii", where GeoNames writes "Holosiyiv")
        stems |= {loose(noun.replace("ii", "iyi"))}
        if all(len(stem) >= CITY_DISTRICT_STEM for stem in stems):
            named = [
                p
                for p in gazetteer.settlements_in(centre.country, centre.admin1_code)
                if p.id != centre.id
                and loose(fold(p.name)).startswith(tuple(stems))
                and haversine_km(p.lat, p.lon, centre.lat, centre.lon) <= CITY_DISTRICT_KM
            ]
            shortest = sorted(named, key=lambda p: len(p.name))
            if shortest and (len(shortest) == 1 or len(shortest[0].name) < len(shortest[1].name)):
                return shortest[0]
    return next(iter(near.values())) if len(near) == 1 else None


def _city_of(part: Place) -> str:
    """The city (its region, as GeoNames files a city's district) of a city's district."""
    return part.admin1 or part.name


def _city_part(mention: Mention, gazetteer: Gazetteer) -> Place | None:
    """GeoNames' place for ``mention`` (a district named alone) when it is a city's district
    of that very name ("Dniprovskyi", Kyiv's); else None."""
    place = mention.place
    if (
        mention.kind == "district"
        and place is not None
        and fold(place.name) == fold(_unit_name(mention.name))
        # (not "the Dniprovskyi district of Kyiv": the district of a city the text names)
        and not (mention.result is not None and _OF_A_NAMED_CITY.match(mention.result.reason))
        and gazetteer.is_city_district(place.name)
    ):
        return place
    return None


def _city_district_answer(
    mention: Mention, city_name: str, gazetteer: Gazetteer, offered: GeocodeResult | None = None
) -> tuple[Mention, GeocodeResult]:
    """``mention``, a district of the city ``city_name``, and its answer: GeoNames' point for
    that district if it has one (among the places ``offered``, if given), else unlocated,
    saying whose district it is."""
    unit = _city_district_name(mention, gazetteer)
    point = _district_of_some_city(unit, [city_name], gazetteer, offered) if unit else None
    if point is None:
        reason = CITY_DISTRICT.format(city=city_name)
        return mention, GeocodeResult(mention.query, "not_found", reason=reason)
    reason = CITY_DISTRICT_POINT.format(city=city_name)
    found = GeocodeResult(mention.query, "found", point[0], (point[0],), reason)
    return replace(mention, near=False), found


# How far from its city GeoNames' point for a city's district lies at most.
CITY_PART_KM = 30.0
# "Darnytskyi: ... Desnianskyi: ...": a district named as the text's other districts are.
ONE_CITYS_DISTRICT = "a district of {city}, as the text's other districts are"


def _one_citys_districts(mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """``mentions`` with the city's districts they name alone answered as one city's, when
    two or more are placed in one city and another in a second city that has a district of
    that name too: "Dniprovskyi: ... Shevchenkivskyi: ... Desnianskyi: ...", in a report on a
    night in the capital, are Kyiv's three, not Chernihiv's Desnianskyi (GeoNames' point
    for Kyiv's, or unlocated, saying whose district it is)."""

    def city(mention: Mention) -> Place | None:
        place, result = mention.place, mention.result
        name = _city_district_name(mention, gazetteer)
        if not name or place is None or result is None or _OF_A_NAMED_CITY.match(result.reason):
            return None
        return next(
            (
                c
                for c in gazetteer.city_district_cities(name)
                if haversine_km(place.lat, place.lon, c.lat, c.lon) <= CITY_PART_KM
            ),
            None,
        )

    cities = [city(m) for m in mentions]
    counts = Counter(c.id for c in cities if c is not None)
    if len(counts) < 2:
        return mentions
    (top, n), (_, second) = counts.most_common(2)
    if n < 2 or second == n:
        return mentions
    main = next(c for c in cities if c is not None and c.id == top)
    out = []
    for mention, c in zip(mentions, cities, strict=True):
        unit = _city_district_name(mention, gazetteer) if c is not None else ""
        if (
            c is not None
            and c.id != top
            and mention.result is not None
            and any(x.id == top for x in gazetteer.city_district_cities(unit))
        ):
            reason = ONE_CITYS_DISTRICT.format(city=main.name)
            point = _district_of_some_city(unit, [main.name], gazetteer, mention.result)
            if point is None:
                other = mention.result.candidates or ((mention.place,) if mention.place else ())
                reason += f"; GeoNames has no point for {main.name}'s"
                result = GeocodeResult(mention.query, "ambiguous", None, other, reason)
            else:
                reason += ": GeoNames' point for it"
                result = GeocodeResult(mention.query, "found", point[0], (point[0],), reason)
            mention = replace(mention, result=result)
        out.append(mention)
    return out


def _district_of_some_city(
    name: str, city_names: Sequence[str], gazetteer: Gazetteer, result: GeocodeResult | None = None
) -> tuple[Place, str] | None:
    """GeoNames' point for a city's district called ``name`` (its adjective), in the one city
    of ``city_names`` (cities of 100,000 people or more) that has one, and that city's name
    (among the places ``result``, the name's resolution, offers, if given)."""
    found = {}
    for city_name in city_names:
        city = gazetteer.lookup(city_name.removesuffix(" City")).place
        if city is None or city.kind != "settlement" or city.population < BIG_CITY:
            continue
        own = _district_of_city(result or GeocodeResult(name, "not_found"), city, gazetteer, name)
        if own is not None:
            found[own.id] = (own, city.name)
    return next(iter(found.values())) if len(found) == 1 else None


def _city_district_alone(
    mention: Mention,
    result: GeocodeResult,
    city_names: Sequence[str],
    codifier_city: Callable[[str, bool], tuple[str, ...]],
    gazetteer: Gazetteer,
) -> tuple[Place, str] | None:
    """GeoNames' point for ``mention``, a city's district named alone, and why: in the one
    city the text names that has a district so called, else in the city the codifier gives
    (:func:`_codifier_city`)."""
    unit = _city_district_name(mention, gazetteer)
    if not unit:
        return None
    if not mention.near and (named := _district_of_some_city(unit, city_names, gazetteer)):
        return named[0], CITY_DISTRICT_POINT.format(city=named[1])
    if _named_city_with_district(mention, city_names, gazetteer):
        return None  # (the district of the city the text names, which GeoNames has no point for)
    if city_names and gazetteer.is_raion(unit):
        # ("Kharkiv, Kupyanskyi, Bohodukhivskyi, and Kharkivskyi districts were under fire":
        # the raion of Kharkiv oblast, not the district of Donetsk, which the text does not
        # name, that now bears its name)
        return None
    # (a town's own name before "district" names the raion run from it: "Bohodukhiv
    # district" of Kharkiv oblast, not a district of Donetsk; but a city's districts are
    # named after big cities: "the Dnipro district" of Kyiv)
    noun = _unit_name(mention.name)
    town = not _ADJECTIVE_ENDING.search(noun) and any(
        p.kind == "settlement" and fold(p.name) == fold(noun) and p.population < BIG_CITY
        for p in gazetteer.candidates(noun)
    )
    cities = () if town else codifier_city(unit, mention.near)
    if cities and (known := _district_of_some_city(unit, cities, gazetteer, result)):
        return known[0], CODIFIER_DISTRICT_POINT.format(city=known[1])
    return None


# After a district's name: the region it is in ("the Dnipro district of the region": the
# raion, not a city's district).
_OF_A_REGION = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+)?(?i:region|oblast|province)\b")


# After a district's name: where it lies in the city ("the Kirovsky District, in the
# south-western part of the city", "Kuibyshevsky District in the north-west of the capital").
# "the Soniachnyi district of the city": the city the text has named.
_OF_THE_CITY = re.compile(r"\s+of\s+the\s+(?:city|town)\b(?!\s+of\b)")
_PART_OF_THE_CITY = re.compile(
    r",?\s+(?:in\s+)?the\s+(?:[\w-]+\s+){0,2}?(?:part|outskirts|edge|centre|center|north|south"
    r"|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+the\s+(?:city|capital)\b"
)


# "in the city's northwestern Kuibyshivskyi district", "the capital's Darnytskyi district".
_THE_CITYS = re.compile(r"\bthe\s+(?:city|capital)[’'ʼ]s\s+(?:[\w-]+\s+){0,2}$")


def _one_city_named(
    city_names: Sequence[str], gazetteer: Gazetteer, among: Collection[str] | None = None
) -> str:
    """The one city of 100,000 people or more ``city_names`` name (of the place ids
    ``among``, if given), as the text spells it; "" if none or several."""
    named = {
        city.id: name.removesuffix(" City")
        for name in city_names
        if (city := gazetteer.lookup(name.removesuffix(" City")).place) is not None
        and city.kind == "settlement"
        and city.population >= BIG_CITY
        and (among is None or city.id in among)
    }
    return next(iter(named.values())) if len(named) == 1 else ""


def _named_city_with_district(
    mention: Mention, city_names: Sequence[str], gazetteer: Gazetteer
) -> str:
    """The one city of ``city_names`` (cities of 100,000 people or more) the official
    codifier has a district called as ``mention`` names in, or "" (none, or several)."""
    unit = _city_district_name(mention, gazetteer)
    if not unit:
        return ""
    ids = {c.id for c in gazetteer.city_district_cities(unit)}
    return _one_city_named(city_names, gazetteer, ids)


def _city_district_name(mention: Mention, gazetteer: Gazetteer) -> str:
    """The name the official codifier has for a city's district ``mention`` may name, as
    written ("Holosiivskyi") or by the noun it is made from ("the Sviatoshyn district",
    "the Dnipro district": Sviatoshynskyi, Dniprovskyi); "" if none. (A town's name may
    also name a raion: which it is, the text's other districts say.)"""
    unit = _unit_name(mention.name)
    if gazetteer.is_city_district(unit):
        return unit
    if unit == mention.name or not re.fullmatch(r"[A-Z][a-z’'ʼ]{3,}", unit):
        return ""  # (only a name with its unit word: "the Dnipro district", not "Dnipro")
    forms = [f"{unit}skyi", f"{unit}vskyi", f"{unit}yi"]
    if unit.endswith("a"):  # ("Darnytsia", "Solomianka": Darnytskyi, Solomianskyi)
        forms.append(re.sub(r"(?:ia|ka|a)$", "", unit) + "skyi")
    if unit.endswith("o"):  # ("Shevchenko": Shevchenkivskyi)
        forms.append(unit[:-1] + "ivskyi")
    return next((form for form in forms if gazetteer.is_city_district(form)), "")


def _codifier_city(
    gazetteer: Gazetteer, units: Sequence[str]
) -> Callable[[str, bool], tuple[str, ...]]:
    """For a city's district named alone in a text that names none of the cities it may be
    in: the city, when the codifier has a district so called in one city only ("the
    Holosiivskyi district": Kyiv's), or in one city that has every other district the text
    names ("the Desnianskyi and Holosiivskyi districts": Kyiv's, not Chernihiv's). A name
    a raion also bears (``raion``: "the Podilskyi district", Podilsk's raion) is a city's
    only in the second case ("the Sviatoshynskyi and Podilskyi districts")."""
    cities = {unit: tuple(c.name for c in gazetteer.city_district_cities(unit)) for unit in units}
    every = set.intersection(*(set(c) for c in cities.values())) if len(cities) > 1 else set()

    def city(unit: str, raion: bool) -> tuple[str, ...]:
        if len(every) == 1 and unit in cities:
            return tuple(every)
        own = cities.get(unit) or tuple(c.name for c in gazetteer.city_district_cities(unit))
        return own if len(own) == 1 and not raion else ()

    return city


# "temporarily closed the Crimean Bridge to traffic", "traffic on the Crimean bridge was
# blocked": a route closed as a precaution, not where something happened ...
CLOSED = "a route closed to traffic, not where something happened"
# "An air-raid warning was issued in Kyiv", "sirens sounded in Lviv and Lutsk": an alert.
# ('a "red level" drone threat was declared for the city of Yelets and the Terbunsky,
# Zadonsky, ... municipal districts')
_ALERT_IN_BEFORE = re.compile(
    r"\b(?:warnings?|alerts?|alarms?|sirens?|threats?)[”\"’']?\s+"
    r"(?:(?:was|were|has|have|had|been|also)\s+){0,2}"
    r"(?:issued|declared|sounded|announced|raised|in\s+effect|went\s+off|wailed|blared"
    r"|rang\s+out)\s+"
    r"(?:in|across|over|throughout|for)\s+(?:the\s+)?(?:(?:city|region)\s+of\s+)?"
    r"(?:(?-i:[A-Z])[\w’'-]+(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?)*$",
    re.IGNORECASE,
)
_CLOSED_BEFORE = re.compile(
    r"\b(?:clos(?:ed?|ing)|shut|block(?:ed|ing)|suspend(?:ed|ing))\s+(?:the\s+)?$"
    r"|\b(?:traffic|movement\s+of\s+(?:cars|vehicles)|crossings?)\s+(?:on|across|over|along)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CLOSED_AFTER = re.compile(
    r"(?:\s+to\s+(?:all\s+)?traffic\b"
    r"|(?:\s+[\w’'-]+){0,4}?\s+(?:was|were|has\s+been|had\s+been|is|remains?)\s+"
    r"(?:temporarily\s+)?(?:blocked|suspended|halted|stopped|closed|restricted))",
    re.IGNORECASE,
)
# ... unless the sentence says it was struck ("has been suspended following an overnight
# strike").
_STRUCK_AFTER = re.compile(
    r"\b(?:following|after|due\s+to|because\s+of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:strikes?|attacks?|explosions?|blasts?|shelling|incident)\b",
    re.IGNORECASE,
)


def _closed_to_traffic(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Whether ``mention`` (a bridge or road) is only said to be closed to traffic."""
    before = text[max(sentence.start, mention.start - 40) : mention.start]
    after = text[mention.end : min(sentence.end, mention.end + 80)]
    if not (_CLOSED_BEFORE.search(before) and (_CLOSED_AFTER.match(after) or "clos" in before)):
        return False
    return not _STRUCK_AFTER.search(text, mention.end, sentence.end)


def _settlement_right_before(
    text: str, mentions: Sequence[Mention], start: int, gap: str
) -> int | None:
    """The index of the settlement mention that ends right before ``start``, only ``gap`` (a
    pattern) between them; None if there is none."""
    k = next(
        (
            k
            for k, m in enumerate(mentions)
            if m.end <= start and re.fullmatch(gap, text[m.end : start])
        ),
        None,
    )
    return k if k is not None and mentions[k].kind == "settlement" else None


def _listed_before(text: str, mentions: Sequence[Mention], i: int) -> Iterator[int]:
    """The indices of the settlements listed right before ``mentions[i]`` in its sentence
    ("Dubovoye, Krasnoye ... and Shchetinovka"), nearest first."""
    k = i
    while (
        k > 0
        and mentions[k - 1].kind == "settlement"
        and not _is_unit(mentions[k - 1])
        and mentions[k - 1].sentence == mentions[i].sentence
        and _LIST_JOIN.fullmatch(text, mentions[k - 1].end, mentions[k].start)
    ):
        k -= 1
        yield k


def _overlap(a: Mention | Rejected, b: Mention) -> bool:
    """Whether two spans of the text overlap."""
    return a.start < b.end and b.start < a.end


def _letters(name: str) -> str:
    """A name's letters alone, folded: "Naro-Fominsk" and "Narofominsk" are one."""
    return "".join(ch for ch in fold(name) if ch.isalpha())


def _city_of_district(text: str, mentions: Sequence[Mention], i: int) -> Mention | None:
    """The city ``mentions[i]``, a district, is part of, if the text says so."""
    after = mentions[i + 1] if i + 1 < len(mentions) else None
    if (
        after is not None
        and after.kind == "settlement"
        and _DISTRICT_OF_CITY.fullmatch(text, mentions[i].end, after.start)
    ):
        return after
    before = mentions[i - 1] if i > 0 else None
    if (
        before is not None
        and before.kind == "settlement"
        and _CITY_POSSESSIVE.fullmatch(text, before.end, mentions[i].start)
    ):
        return before
    if (
        before is not None
        and before.kind == "district"
        and _LIST_JOIN.fullmatch(text, before.end, mentions[i].start)
    ):
        # ("Kyiv's Darnytskyi, Pecherskyi and Sviatoshynskyi districts": the list's city)
        return _city_of_district(text, mentions, i - 1)
    if _THE_CITYS.search(text, max(0, mentions[i].start - 20), mentions[i].start):
        return next(
            (
                m
                for m in reversed(mentions[:i])
                if m.kind == "settlement" and mentions[i].start - m.end <= THE_CITYS_REACH
            ),
            None,
        )
    return None


# "the village of Borova, Izium district", "Snagost in the Korenevo District", "Kekino village
# in the Glushkovsky District": the district locates the settlement before it ...
# ("Leninavan, nestled within the Miasnikovsky district")
_SITUATED = r"(?:,?\s+(?:located|situated|nestled|lying))?"
# ("Pervomaiske, a village in the Pervomaisk community")
_DISTRICT_LOCATES = re.compile(
    # ("the Kutsurub territorial community of the Mykolaiv district")
    r"(?:\s+(?:village|town|settlement|farm|hamlet|(?:(?:merged\s+)?territorial\s+)?(?:community"
    r"|hromada)))?"
    # ("an enemy strike on Mezhivska hromada, in Synelnykove district")
    rf"(?:\s*,\s*|(?:,|{_SITUATED})\s+(?:in|of|within)\s+"
    r"|,\s+(?:a|the)\s+(?:village|town|settlement|hamlet)\s+(?:in|of)\s+)(?:the\s+)?"
    # ("the village of Lomakovka in the region’s Starodubsky District")
    r"(?:(?:region|oblast|province)[’'ʼ]s\s+)?"
)
# ... also after names the gazetteer does not know ("Vovchansk and Budarky in Chuhuiv
# district").
_LISTED_THEN_LOCATES = re.compile(r"(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w’'-]+){1,3}\s+in\s+(?:the\s+)?")
# "Kamianske and Plavni on the Orikhiv axis": places on a stretch of the front named after a
# town, within this reach of it.
_ON_THE_FRONT = re.compile(
    r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w’'-]+){0,3},?\s+(?:on|along|in)\s+the\s+"
)
FRONT_REACH_KM = 100.0
_UNIT_IN_BEFORE = re.compile(
    r"\b(?:village|town|settlement|farm|hamlet)s?\s+(?:in|of)\s+(?:the\s+)?$"
    # ("the village Hroza, Kupiansk district")
    r"|\b(?:village|town|settlement|farm|hamlet)\s+(?:of\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
    r",\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_UNNAMED_UNIT_BEFORE = re.compile(
    r"\b(?:an?|one\s+of\s+the|another|several|two|three|four|five|\d+)\s+(?:[\w-]+\s+)?"
    r"(?:village|town|settlement|farm|hamlet)s?\s+(?:in|of)\s+(?:the\s+)?$"
    # ("attacked the settlements of Bohodukhiv, Kharkiv, ... districts", "attacked the border
    # village of the Novhorod-Siversk district")
    # ("attacking the border settlements in the Kupiansk, Chuhuiv and Kharkiv districts")
    r"|\bthe\s+(?:border\s+|front-?line\s+)?(?:village|town|settlement|farm|hamlet)s\s+(?:in|of)"
    r"\s+(?:the\s+)?$"
    r"|\bthe\s+(?:border\s+|front-?line\s+)?(?:village|town|settlement)\s+of\s+(?:the\s+)?$"
    # ("It targeted farms in the Mezhova community, causing fires", "to bomb de-occupied
    # settlements of the Svatove District")
    r"|\b(?:village|town|settlement|farm|hamlet)s\s+(?:in|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The settlements a unit holds, named right after it: " - Bilopole, Vorozhba".
_ITS_PLACES_AFTER = re.compile(r"\s*(?:[-–—:]|\s-)\s*[A-Z]")
# ... or the one after it ("the Kupiansk district's Synkivka", "in the Shebekinsky urban
# district, near the village of Korovino").
_DISTRICT_POSSESSIVE = re.compile(
    r"[’'ʼ]s\s+[A-Z]|,?\s+(?:near\s+|in\s+)?(?:the\s+)?(?:village|town|settlement|farm|hamlet)s?"
    r"\s+(?:of\s+)?[A-Z]"
)
# "in the Bakhmut district, in the Chasovoyarska community": a community inside a district.
_COMMUNITY_INSIDE = re.compile(r",?\s+(?:in|within)\s+(?:the\s+)?")
# "In the Pokrovsky district, ...": a sentence that opens with where what it tells happened.
_IN_UNIT_FRAME_BEFORE = re.compile(r"(?:^|[.!?:;\n]\s*)[\"“«]?In\s+(?:the\s+)?$")


def _town_of_unit_after(unit: Mention, later: Sequence[Mention], gazetteer: Gazetteer) -> str:
    """The name of a settlement after ``unit`` (a district) in its sentence that lies within
    DISTRICT_REACH_KM of its centre, in its region, or that the gazetteer lacks; "" if none.
    A city's district named without the word is none ("In the Holosiivskyi district, debris
    fell on a four-story building, in Dniprovskyi, ...": two districts of Kyiv)."""
    seat = unit.place
    assert seat is not None
    for mention in later:
        if mention.sentence != unit.sentence:
            break
        if mention.kind != "settlement" or gazetteer.is_city_district(mention.name):
            continue
        place = mention.place
        if place is None and not gazetteer.candidates(mention.query):
            # ("In the Grayvoronsky municipal district, 14 mortar shells were fired at the
            # Glotovo settlement": a village the gazetteer lacks, in that district)
            return mention.name
        if (
            place is not None
            and (place.country, place.admin1_code) == (seat.country, seat.admin1_code)
            and haversine_km(place.lat, place.lon, seat.lat, seat.lon) <= DISTRICT_REACH_KM
        ):
            return mention.name
    return ""


# How far from the article's other places a district's centre may lie: a district named after
# a city far off is a district of a city the text names ("Kharkiv’s residential Kyiv
# District") or one the gazetteer does not know ("Grafovka in the Krasnoyarsk district").
DISTRICT_MAX_KM = 200.0
# How far from the centre of a region the text names a district's town may lie when the
# text locates no town: a region is large (Kaluga oblast's centre is 170 km from Ramenskoye).
DISTRICT_BESIDE_REGION_KM = 200.0
# How far from the town a district is named after a village the text puts in it may lie (a
# raion of 2020 is up to about 100 km across; its centre is seldom at its edge).
DISTRICT_REACH_KM = 70.0
# ... and a community it holds: its centre may be a town at the district's far edge.
DISTRICT_ACROSS_KM = 110.0
LOCATES = "locates {name}, the place the sentence speaks of"
# "the governor of Sevastopol in the occupied Crimea": the region of a city's office.
_OFFICE_REGION_SINCE = re.compile(
    r",?\s+in\s+(?:the\s+)?(?:(?:occupied|annexed|Russian-occupied|Russian-annexed"
    r"|temporarily\s+occupied|southern|northern|eastern|western)\s+)?",
    re.IGNORECASE,
)
# ... as its oblast, named as the oblast's capital is ("in Kamyanske, Zaporizhzhia.").
AS_OBLAST = " (its oblast, named as its capital is)"
LOCATES_AS_OBLAST = LOCATES + AS_OBLAST


def _in_district(
    text: str, settlement: Mention, district: Mention, between: re.Pattern[str] = _DISTRICT_LOCATES
) -> bool:
    """Whether the text puts ``settlement`` in ``district``, a district drawn at its town,
    right after it ("the village of Mykhailivka, Beryslav district"; with
    ``_LISTED_THEN_LOCATES``, after names the gazetteer does not know: "Repnoye, Tavrovo and
    Shchetinovka in the Belgorodsky District")."""
    return (
        settlement.kind == "settlement"
        and district.kind == "district"
        and district.near
        and settlement.sentence == district.sentence
        and between.fullmatch(text, settlement.end, district.start) is not None
    )


def _far_from_the_rest(
    mentions: list[Mention],
    district_towns: Sequence[Place],
    put_in: Mapping[int, frozenset[tuple[str, str]]],
    in_districts: frozenset[int] = frozenset(),
) -> list[Mention]:
    """Villages of a common name put far from the close-knit rest of the text's places left
    unlocated, their candidates offered (see :data:`CLUSTER_NAMESAKES`). A village near the
    town of a district the text names is not far ("Synkivka, Petropavlivka and Ivanivka in
    Kupiansk district"), nor one the text puts in a district right after its name
    (``in_districts``, by where the mention starts: "the Novopavlivka hromada in the
    Synelnykove district", 96 km from Synelnykove: a raion is that large), nor one the text
    puts in a region none of the rest is in (``put_in``: "the village of Oktyabrsky, in the
    Belgorod region" in a report otherwise on the Donetsk front)."""
    located = {
        m.place.id: m.place
        for m in mentions
        if m.kind == "settlement" and m.place is not None and m.place.kind == "settlement"
    }
    if not 3 <= len(located) <= CLUSTER_MAX_PLACES:
        return mentions

    towns = Points((p.lat, p.lon) for p in district_towns) if district_towns else None
    out = []
    for mention in mentions:
        place, result = mention.place, mention.result
        if (
            place is None
            or result is None
            or mention.kind != "settlement"
            or place.kind != "settlement"
            or place.population >= CLUSTER_VILLAGE
            or len(result.candidates) < CLUSTER_NAMESAKES
            or mention.start in in_districts
            # (a town, the only place so called in its country: Reni, the Danube port, is
            # none of the 23 places abroad spelt like it)
            or (
                place.population >= VILLAGE_POPULATION
                and sum(
                    c.country == place.country and loose(fold(c.name)) == loose(fold(place.name))
                    for c in result.candidates
                )
                == 1
            )
        ):
            out.append(mention)
            continue
        others = [p for p in located.values() if p.id != place.id]
        region = put_in.get(mention.start, frozenset())
        if (place.country, place.admin1_code) in region and not any(
            (p.country, p.admin1_code) in region for p in others
        ):
            out.append(mention)  # in a region of its own, which the text names
            continue
        points = Points((p.lat, p.lon) for p in others)
        spread = sorted(points.nearest_km(p.lat, p.lon, skip=(p.lat, p.lon)) for p in others)
        km = points.nearest_km(place.lat, place.lon)
        if towns is not None:
            km = min(km, towns.nearest_km(place.lat, place.lon))
        if km <= CLUSTER_OUTLIER_KM or spread[len(spread) // 2] >= CLUSTER_KM:
            out.append(mention)
            continue
        close = [
            c
            for c in result.candidates
            if c.kind == "settlement"
            and c.id != place.id
            and loose(fold(c.name)) == loose(fold(place.name))
            and points.nearest_km(c.lat, c.lon) <= CLUSTER_OUTLIER_KM
        ]
        if len(close) == 1:
            # "the Nikopol, Marhanets and Pokrovsk communities": the Pokrovske by Nikopol, not
            # the bigger one 126 km east.
            [near] = close
            reason = (
                f"one of {len(result.candidates)} places of that name, the one near the text's"
                f" other places (the likeliest by itself, {place.label}, lies {km:,.0f} km"
                " from them)"
            )
            chosen = replace(result, status="found", place=near, reason=reason)
            out.append(replace(mention, result=chosen))
            continue
        reason = (
            f"one of {len(result.candidates)} places of that name; {place.label} lies"
            f" {km:,.0f} km from every other place the text names, which lie close together:"
            " likelier a village the gazetteer lacks"
        )
        out.append(
            replace(mention, result=replace(result, status="ambiguous", place=None, reason=reason))
        )
    return out


# A lone village (the only place of its name) this far from every place the text locates
# otherwise is likelier one the gazetteer lacks.
LONE_FAR_KM = 300.0


def _lone_villages_far_off(
    mentions: list[Mention], put_in: Mapping[int, frozenset[tuple[str, str]]]
) -> list[Mention]:
    """Villages put at the only place of their name, under 10,000 people, more than
    :data:`LONE_FAR_KM` from every other place the text locates but such villages and
    capitals, in a sentence that locates another, left unlocated, their candidate offered:
    "the settlements of Novenke and Basivka in the Yunakivka hromada and Veselivka and
    Zhuravka in the Khotin hromada", in Sumy oblast, are not the Noven'koye and Veselovka
    GeoNames has, in Crimea. Not one the text puts in that region itself."""

    def lone(m: Mention) -> bool:
        return (
            m.kind == "settlement"
            and m.place is not None
            and m.place.kind == "settlement"
            and m.place.population < VILLAGE_POPULATION
            and m.result is not None
            and len(m.result.candidates) == 1
        )

    # (a capital is a landmark anywhere: "the border town of Sudzha, 530 km southwest of
    # Moscow")
    others = {
        m.place.id: m.place
        for m in mentions
        if m.place is not None
        and m.place.kind == "settlement"
        and not m.place.capital
        and not lone(m)
    }
    if not others:
        return mentions
    points = Points((p.lat, p.lon) for p in others.values())
    # (the sentences that locate such a place, which a list of villages lies among)
    locating = {m.sentence for m in mentions if m.place is not None and m.place.id in others}
    out = []
    for mention in mentions:
        place = mention.place
        if (
            not lone(mention)
            or place is None
            or mention.result is None
            or mention.sentence not in locating
            or (place.country, place.admin1_code) in put_in.get(mention.start, frozenset())
            or (km := points.nearest_km(place.lat, place.lon)) <= LONE_FAR_KM
        ):
            out.append(mention)
            continue
        reason = (
            f"the only place of that name, {place.label}, lies {km:,.0f} km from every other"
            " place the text names: likelier a village the gazetteer lacks"
        )
        result = replace(mention.result, status="ambiguous", place=None, reason=reason)
        out.append(replace(mention, result=result))
    return out


# A village the text puts next to a town: "captured the nearby settlement of Moskovka",
# "entered Kupyansk from adjacent areas such as Golubovka and Radenkivka".
_NEIGHBOUR_BEFORE = re.compile(
    r"\b(?:nearby|adjacent|neighbou?ring|surrounding|outlying)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:areas?|villages?|settlements?|towns?|localities|hamlets?)\s+"
    r"(?:(?:such\s+as|like|including|of)\s+)?(?:(?-i:[A-Z])[\w’'-]+(?:,\s+(?:and\s+)?|\s+and\s+))*$",
    re.IGNORECASE,
)
# How far from the text's town a place it calls a neighbour of it may lie, and how many
# people a place may have for its name alone to count for less than that (a city is named
# as a neighbour from farther: "nearby cities such as Kramatorsk").
NEIGHBOUR_KM, NEIGHBOUR_POPULATION = 60.0, 50_000


def _neighbours_far_off(text: str, mentions: list[Mention]) -> list[Mention]:
    """A town the text calls a neighbour of a town it names in the same sentence, put at a
    place of its name more than :data:`NEIGHBOUR_KM` from every such town, left unlocated,
    that place offered: "Russian troops entered Kupyansk from adjacent areas such as
    Golubovka" is no Holubivka 140 km away in Luhansk oblast."""
    out = []
    for mention in mentions:
        place = mention.place
        if (
            mention.kind != "settlement"
            or place is None
            or mention.result is None
            or place.population >= NEIGHBOUR_POPULATION
            or place.seat
            or not _NEIGHBOUR_BEFORE.search(text, max(0, mention.start - 120), mention.start)
        ):
            out.append(mention)
            continue
        towns = [
            (haversine_km(m.place.lat, m.place.lon, place.lat, place.lon), m.place.name)
            for m in mentions
            if m is not mention
            and m.sentence == mention.sentence
            and m.kind == "settlement"
            and m.place is not None
            and m.place.kind == "settlement"
            and m.place.id != place.id
        ]
        if not towns:
            out.append(mention)
            continue
        km, nearest = min(towns)
        if km <= NEIGHBOUR_KM:
            out.append(mention)
            continue
        reason = (
            f"named as a neighbour of {nearest}, but {place.label} lies {km:,.0f} km from"
            " it: likelier a village the gazetteer lacks"
        )
        result = replace(mention.result, status="ambiguous", place=None, reason=reason)
        out.append(replace(mention, result=result))
    return out


def _seats_of_named_districts(mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """A town named as the district the text names after it is that district's seat, not a
    bigger namesake elsewhere: "the Slavyansk district of the Krasnodar Krai" ... "the
    Slavyansk Refinery" is Slavyansk-na-Kubani's, not at Sloviansk in Donetsk oblast."""
    seats: dict[str, tuple[Mention, Place]] = {}
    for m in mentions:
        words = m.name.split()
        if (
            m.kind == "district"
            and m.place is not None
            and m.place.kind == "settlement"
            and len(words) > 1
            and words[-1].lower() in _DISTRICT_WORDS
        ):
            name = " ".join(words[:-1])
            seats.setdefault(fold(name), (m, m.place))
            if _DISTRICT_ADJECTIVE.search(name):
                # ("the Slavyansky and Kushchevsky districts" ... "In Slavyansk, another drone
                # fell": the town the adjective is made from)
                seats.setdefault(fold(re.sub(r"(?:yy|yi|iy|ii|y|i)$", "", name)), (m, m.place))
    if not seats:
        return mentions
    out = []
    for m in mentions:
        named = seats.get(fold(m.query)) if m.kind == "settlement" else None
        if (
            named is not None
            and m.place is not None
            and m.place.id != named[1].id
            and any(p.id == named[1].id for p in gazetteer.candidates(m.query))
        ):
            district, seat = named
            reason = f"the seat of the {district.name} the text names"
            result = GeocodeResult(m.query, "found", seat, (seat, m.place), reason)
            m = replace(m, result=result)
        out.append(m)
    return out


def _districts_placed(
    text: str,
    mentions: list[Mention],
    rejected: list[Rejected],
    focus: Focus,
    gazetteer: Gazetteer,
    put_in: Mapping[int, frozenset[tuple[str, str]]],
    office_regions: frozenset[tuple[str, str]] = frozenset(),
    curated_in: frozenset[int] = frozenset(),
) -> list[Mention]:
    """Districts drawn at their centres, except where the district only locates a settlement
    (rejected) or its centre lies far from every other place the text locates and from what
    the article is about, outside the regions of the offices it names (``office_regions``)
    (unlocated). A community that only locates a settlement is
    rejected too. ``curated_in``: the districts (by where they start) ``put_in`` a region by
    the curated data, not by the text."""
    others = [m.place for m in mentions if m.kind != "district" and m.place is not None]
    liked = list(mentions)
    for i, mention in enumerate(mentions):
        spelt_like = mention.result is not None and mention.result.reason.startswith(LOOKALIKE)
        if (mention.place is None or spelt_like) and (adjective := _unit_adjective(text, mention)):
            # "the Khotynska community" of Sumy oblast: Khotin, as GeoNames spells it (said
            # so, rather than as a misspelling of Khotin).
            liked[i] = _town_like(mention, adjective, others, focus, gazetteer) or mention
    # The cities whose districts GeoNames has the text's districts at, by how many.
    parts = [_city_part(m, gazetteer) for m in liked]
    city_parts = Counter(_city_of(part) for part in parts if part is not None)
    # The cities the codifier puts the text's districts named alone in, by how many.
    codified = Counter(
        _city_of(m.place)
        for m in liked
        if m.place is not None
        and m.result is not None
        and _CITY_DISTRICT_POINTS[1].fullmatch(m.result.reason)
    )
    out: list[Mention] = []
    for i, mention in enumerate(liked):
        part = parts[i]
        if part is not None and city_parts[_city_of(part)] < 2:
            # "a fire broke out in a private yard in Dniprovskyi district": GeoNames has the
            # district of one city (Kyiv's), and other cities have one of that name; unless
            # the text names other districts of that city ("Shevchenkivskyi district: ...;
            # Podilskyi district: ...").
            reason = SOME_CITYS_DISTRICT.format(place=_city_of(part))
            result = GeocodeResult(mention.query, "ambiguous", None, (part,), reason)
            mention = replace(mention, result=result)
        # (and a community: "the village of Kizomys in the Bilozerka hromada")
        community = (
            mention.kind == "settlement"
            and mention.near
            and mention.name.split()[-1].lower() in _COMMUNITY_WORDS
        )
        if mention.kind != "district" and not community:
            out.append(mention)
            continue
        before = mentions[i - 1] if i > 0 else None
        if (
            before is not None
            and before.kind == "settlement"
            # (not a list of units: "the Nikopolska, Marhanetska and Chervonohryhorivska
            # communities")
            and not (
                _is_unit(before)
                and _LIST_JOIN.fullmatch(text, before.end, mention.start)
                # (but "the Mezhova community, Synelnykove district": the district that holds
                # the community, not the next of a list)
                and mention.kind != "district"
            )
            # (nor one in the middle of such a list: "the Nikopol, Myriv, and Marhanets
            # communities")
            and not _UNITS_LISTED_AFTER.match(text, mention.end)
            and (
                _DISTRICT_LOCATES.fullmatch(text, before.end, mention.start)
                or _LISTED_THEN_LOCATES.fullmatch(text, before.end, mention.start)
            )
        ):
            located = before.name  # (located or not: "Pisky Radkivskyi, Borivsk community")
        elif (
            before is not None
            and before.kind == "region"
            and i > 1
            and mentions[i - 2].kind == "settlement"
            and not _is_unit(mentions[i - 2])
            and re.fullmatch(r"[’'ʼ]s\s+", text[before.end : mention.start])
            and _DISTRICT_LOCATES.fullmatch(text, mentions[i - 2].end, before.start)
        ):
            # "the village of Prymorske in Zaporizhzhia Oblast's Vasylivka district"
            located = mentions[i - 2].name
        elif (
            mention.kind == "district"
            and i + 1 < len(liked)
            and liked[i + 1].sentence == mention.sentence
            and liked[i + 1].kind == "settlement"
            and liked[i + 1].name.split()[-1].lower() in _COMMUNITY_WORDS
            and _COMMUNITY_INSIDE.fullmatch(text, mention.end, liked[i + 1].start)
        ):
            # "damaged in the Bakhmut district, in the Chasovoyarska community": the district
            # says where the community is, which the sentence speaks of.
            located = liked[i + 1].name
        elif heading := _HEADS_ITS_PLACES.match(text, mention.end):
            # "Novhorod-Siverska community: Vorobiivka - 2 attacks ...": the heading of the
            # places it holds, each told after it (known to the gazetteer or not: "Semenivka
            # community: Progress - 1 explosion from an FPV drone")
            located = heading.group("name")
        elif (
            mention.place is not None
            and (
                _UNIT_IN_BEFORE.search(text, max(0, mention.start - 40), mention.start)
                or _DISTRICT_POSSESSIVE.match(text, mention.end)
            )
            # (not an unnamed one: "attacked a village in the Putivl community", "one of the
            # settlements of the Beryslav district": the district is the place named)
            and not (
                _UNNAMED_UNIT_BEFORE.search(text, max(0, mention.start - 60), mention.start)
                # (named after all: "shelled border settlements of the Sumy district -
                # Bilopole, Vorozhba, Mykolaiv, and Rychkiv")
                and not _ITS_PLACES_AFTER.match(text, mention.end)
            )
        ):
            located = "a settlement"
        else:
            located = ""
        if located:
            if before is not None and located == before.name and before.result:
                # "In Katerynivka, Illinivska community": the Katerynivka of that community;
                # "In the village Slobozhanske, Kharkiv district": of the one community of
                # that district the codifier lists a Slobozhanske in.
                k = next((k for k in range(len(out)) if out[k].start == before.start), None)
                if k is not None and community:  # (not a community itself, rejected above)
                    out[k] = _in_its_community(out[k], _community_name(text, mention), gazetteer)
                elif k is not None and not _is_unit(before):
                    hromada = _raion_community(before, mention, gazetteer)
                    if hromada:
                        out[k] = _in_its_community(out[k], hromada, gazetteer, mention.place)
            reason = LOCATES.format(name=located)
            rejected.append(Rejected(mention.name, mention.start, mention.end, reason))
            continue
        seat = mention.place
        if (
            seat is not None
            and mention.result is not None
            and _CITY_DISTRICT_POINTS[1].fullmatch(mention.result.reason)
            and codified[_city_of(seat)] > 1
        ):
            # "In the Dnipro district ... In the Sviatoshyn district ...": districts of one
            # city, which the text goes through, however far from what it seemed about.
            out.append(mention)
            continue
        if seat is None and community and (other := _other_town(mention, others, focus, gazetteer)):
            # "the Myropil community" in a text about Sumy oblast: Myropil itself, a hamlet
            # of Zhytomyr oblast, was not placed; Myropillia, another town a community of
            # that name is run from, fits the text's places.
            mention, seat = other, other.place
        if seat is None:
            out.append(mention)
            continue
        regions = put_in.get(mention.start, frozenset())
        if (
            mention.kind == "district"
            and regions
            and (seat.country, seat.admin1_code) not in regions
            and mention.result is not None
        ):
            # "the Glukhovsky district of the Kursk region": the town its name leads to,
            # Hlukhiv, is in Sumy oblast; the district meant is one the text puts elsewhere.
            held = gazetteer.region(*sorted(regions)[0])
            where = held.name if held is not None else "another region"
            told = (
                f"the curated district of that name is in {where}"
                if mention.start in curated_in
                else f"the text puts it in {where}"
            )
            reason = f"{told}; {seat.label}, the town its name leads to, is not there"
            result = replace(mention.result, status="ambiguous", place=None, reason=reason)
            out.append(replace(mention, result=result))
            continue
        fits, points = _fits(seat, others, focus, office_regions)
        curated = any(p.id == seat.id for p in gazetteer.district_seats(_unit_name(mention.name)))
        # A Russian district of the curated data, in a text about places in Ukraine only, is
        # a namesake: "the Kuibyshevsky district" of Donetsk, the city, is not the
        # Kuibyshevsky district of Rostov oblast, nor a village once called Kuibyshevo. One
        # in a region where the text places something else is that region's district, however
        # far its centre: "Rostov, Kamensk, and Tarasovsk districts" beside Rostov-on-Don.
        namesake = curated and not _in_its_country(seat, others, focus)
        fits = (fits or (curated and any(_same_region(seat, p) for p in others))) and not namesake
        # (a community of a town the text names itself: "networks were affected in
        # Ivano-Frankivsk community ... the central part of Ivano-Frankivsk")
        named_again = community and sum(p.id == seat.id for p in others) > 1
        if (
            not fits
            and not named_again
            and (other := _other_town(mention, others, focus, gazetteer))
            # (for a namesake of the curated data, only a town the text's places fit, not a
            # village once called so: "59 private houses were damaged in Sloviansk district"
            # beside Kostiantynivka is Sloviansk's, not the Slavyansky district of Krasnodar
            # krai)
            and (
                not namesake
                or (other.place is not None and other.place.population >= VILLAGE_POPULATION)
            )
        ):
            # "the Vasylkivska community" of Dnipropetrovsk oblast: Vasylkivka, not Vasylkiv
            # near Kyiv.
            mention, fits = other, True
        if (
            not community
            and _IN_UNIT_FRAME_BEFORE.search(text, max(0, mention.start - 12), mention.start)
            and text.startswith(",", mention.end)
            and (town := _town_of_unit_after(mention, mentions[i + 1 :], gazetteer))
        ):
            # "In the Pokrovsky district, Russian invaders damaged 3 houses in Veseloy Hay, an
            # enterprise in Hirnik": the district says where Hirnik is. (A community so named
            # is where its coders place the event too: "In Novhorod-Siverska community, 3
            # explosions were recorded ... in the direction of Hremyach".)
            reason = LOCATES.format(name=town)
            rejected.append(Rejected(mention.name, mention.start, mention.end, reason))
            continue
        if community:
            out.append(mention)
            continue
        if not fits:
            if points:
                km = min(haversine_km(seat.lat, seat.lon, lat, lon) for lat, lon in points)
                where = f"{km:,.0f} km from the other places the text names"
            else:
                # (a district of the curated data, in a text that locates nothing else in
                # its country)
                where = "in a country the text says nothing else of"
            reason = (
                f"a district named after {seat.label}, {where}: a district of another town,"
                " or one the gazetteer lacks"
            )
            result = GeocodeResult(mention.query, "ambiguous", None, (seat,), reason)
            mention = replace(mention, result=result)
        out.append(mention)
    return _said_in_unit(text, liked, out, gazetteer)


def _other_town(
    mention: Mention, others: Sequence[Place], focus: Focus, gazetteer: Gazetteer
) -> Mention | None:
    """``mention`` (a district or community) at another town it may be named after, one
    that fits the text's other places (see :func:`_fits`): of those, the nearest to them.
    None if there is none, or nothing to fit (the text locates nothing else)."""
    points = [(p.lat, p.lon) for p in others] or list(focus.points)
    if not points or not mention.alternatives:
        return None
    towns = [
        p
        for name in mention.alternatives
        for p in gazetteer.candidates(name)
        if p.kind == "settlement" and gazetteer.spelt(p, name) and _fits(p, others, focus)[0]
    ]
    if not towns:
        return None
    town = min(
        towns, key=lambda p: min(haversine_km(p.lat, p.lon, lat, lon) for lat, lon in points)
    )
    query = next(n for n in mention.alternatives if gazetteer.spelt(town, n))
    return replace(
        mention, query=query, result=GeocodeResult(query, "found", town, tuple(towns), FROM_CONTEXT)
    )


# A community's or district's stem and a town's name this alike ("Khotyn" and Khotin,
# "Seredyno-Bud" and Seredyna-Buda, "Dobrin" and Dobrinka), their first letters the same.
# Another town this nearly as alike leaves it open.
TOWN_LIKENESS, TOWN_PREFIX, TOWN_MARGIN = 0.8, 4, 0.05
# How such a choice is told (the review table shows it).
NAMED_LIKE = f"{FROM_CONTEXT}: named after "
# ... and a namesake taken for being in the district a sentence opens with.
SAID_IN_UNIT = f"{FROM_CONTEXT}: in the "
_UNIT_WORD_AFTER = re.compile(
    r"\s+(?:communit(?:y|ies)|hromadas?|municipalit(?:y|ies)|districts?|raions?)\b"
)


def _city_called(gazetteer: Gazetteer, name: str, query: str | None = None) -> bool:
    """Whether ``name`` is one of the own names or spellings of a city of :data:`BIG_CITY`
    people or more (among the places ``query``, else ``name``, looks up): "Mykolaiv",
    "Sevastopol"."""
    return any(
        p.kind == "settlement" and p.population >= BIG_CITY and gazetteer.spelt(p, name)
        for p in gazetteer.candidates(query or name)
    )


def _population(gazetteer: Gazetteer, name: str) -> int:
    """The population of the largest settlement of that name (alternate names too)."""
    return max(
        (p.population for p in gazetteer.candidates(name) if p.kind == "settlement"), default=0
    )


def _regions_district(gazetteer: Gazetteer, district: Mention, city: Mention) -> bool:
    """Whether "the X district of <city>" is a curated district of the region named like that
    city: "the Glushkovsky district of Kursk" is Kursk oblast's, not the city's ("the
    Proletarsky district of Rostov-on-Don" is the city's: no region is called so)."""
    seats = gazetteer.district_seats(_unit_name(district.name))
    regions = [p for p in gazetteer.candidates(f"{city.query} region") if p.kind == "region"]
    return any(
        (p.country, p.admin1_code) == (s.country, s.admin1_code) for p in regions for s in seats
    )


# What the reason of a settlement placed, or asked about, by its hromada says.
CODIFIER_LISTS = "the official codifier lists it"
# How far from the centre of its hromada a settlement the text names with it may lie (a
# hromada is some tens of kilometres across).
COMMUNITY_REACH_KM = 30.0
# ... and how far from it the place chosen for such a settlement may lie before the text's
# hromada is asked (the largest hromadas reach some 40 km from their centres).
COMMUNITY_ACROSS_KM = 45.0


def _in_its_community(
    settlement: Mention, community: str, gazetteer: Gazetteer, seat: Place | None = None
) -> Mention:
    """``settlement`` as the text puts it in a hromada (``community``, as the codifier names
    it: "In Katerynivka, Illinivska community"), where the official codifier lists a
    settlement of that name in a hromada of that name: the namesake within
    :data:`COMMUNITY_REACH_KM` of that hromada's centre, if only one is; unlocated, with the
    reason, when none is and the codifier puts it in one oblast. Unchanged otherwise, or when
    the place chosen is such a namesake. With ``seat`` (the centre of the raion the text puts
    it in), only that raion's hromada of the name counts: "Novooleksandrivka in Beryslav
    district" is of the Novooleksandrivska hromada there, not of the two namesake hromadas of
    Dnipropetrovsk and Zaporizhzhia oblasts."""
    result = settlement.result
    if result is None or not community:
        return settlement
    key = loose(community)
    listed = [
        (admin1, hromada, raion)
        for admin1, hromada, raion in gazetteer.codified_anywhere(settlement.query)
        if loose(hromada) == key
    ]
    oblasts = {admin1 for admin1, _, _ in listed}
    seats = [
        c
        for c, r in (gazetteer.hromadas(listed[0][1]) if listed else ())
        if seat is None or (r is not None and r.id == seat.id)
    ]
    seats = [c for c in seats if c.country == "UA" and c.admin1_code in oblasts]
    if not seats:
        return settlement
    there = [
        p
        for p in result.candidates
        if p.kind == "settlement"
        and min(haversine_km(p.lat, p.lon, c.lat, c.lon) for c in seats) <= COMMUNITY_REACH_KM
    ]
    if settlement.place is not None and any(p.id == settlement.place.id for p in there):
        return settlement
    admin1, hromada, raion = listed[0]
    region = gazetteer.region("UA", admin1)
    where = f"the {hromada} hromada ({raion} raion, {region.name if region else 'Ukraine'})"
    if len(there) == 1:
        reason = f"in {where}, as the text says and {CODIFIER_LISTS}"
        found = replace(result, status="found", place=there[0], reason=reason)
        return replace(settlement, result=found)
    if there or len(oblasts) > 1:
        return settlement
    reason = (
        f"the text puts it in {where}, where {CODIFIER_LISTS}; the gazetteer"
        f" has no place of that name within {COMMUNITY_REACH_KM:.0f} km of {seats[0].name}"
    )
    unlocated = replace(result, status="ambiguous", place=None, reason=reason)
    return replace(settlement, result=unlocated)


def _said_in_unit(
    text: str, units: Sequence[Mention], mentions: list[Mention], gazetteer: Gazetteer
) -> list[Mention]:
    """``mentions`` with the settlements a sentence puts in the district or community it
    opens with (``units``: every district and community mention, kept or not) answered as
    being there. "In the Maryinka community, Krasnohorivka, Kostyantynivka and Katerynivka
    are under fire": the Kostiantynivka the official codifier lists in that hromada (see
    :func:`_in_its_community`). "In the Belgorodsky district, the settlement of Malinovka":
    not a Malynivka of Kharkiv oblast, in another country than the district's centre
    (unlocated, with the reason). "In the Nikopol district, ... Pokrovske communities": the
    namesake within a district's reach of its centre, where only one is."""
    out = list(mentions)
    for unit in units:
        if not (
            _is_unit(unit)
            and unit.place is not None
            and unit.result is not None
            and unit.result.status == "found"
            and text.startswith(",", unit.end)
            and _IN_UNIT_FRAME_BEFORE.search(text, max(0, unit.start - 12), unit.start)
        ):
            continue
        district = unit.kind == "district"
        if district and gazetteer.is_city_district(_unit_name(unit.name)):
            continue  # ("In the Holosiivskyi district, ...": a city's, no town of its own)
        community = "" if district else _community_name(text, unit)
        if not district and not community:
            continue
        # (up to the next district, or unit, the sentence names: "In the X district, A and
        # B; in the Y district, C")
        ends = [
            u.start
            for u in units
            if u.sentence == unit.sentence
            and u.start > unit.end
            and (u.kind == "district" if district else _is_unit(u))
        ]
        end = min(ends, default=len(text))
        seat = unit.place
        for k, mention in enumerate(out):
            if not (
                mention.kind == "settlement"
                and mention.sentence == unit.sentence
                and unit.end < mention.start < end
                and mention.result is not None
                and (district or not _is_unit(mention))
            ):
                continue
            place = mention.place
            if place is None:
                continue
            if community:
                # (one the hromada may hold is kept: Hremiach, 37 km from Novhorod-Siverskyi)
                if haversine_km(place.lat, place.lon, seat.lat, seat.lon) > COMMUNITY_ACROSS_KM:
                    out[k] = _in_its_community(mention, community, gazetteer)
                continue
            if place.country != seat.country:
                reason = (
                    f"the text puts it in the {unit.name}, run from {seat.label}; the"
                    f" gazetteer's {place.name} is in {gazetteer.country_name(place.country)}"
                )
                result = replace(mention.result, status="ambiguous", place=None, reason=reason)
                out[k] = replace(mention, result=result)
                continue
            reach = DISTRICT_ACROSS_KM if _is_unit(mention) else DISTRICT_REACH_KM
            if haversine_km(place.lat, place.lon, seat.lat, seat.lon) <= reach:
                continue
            there = [
                p
                for p in mention.result.candidates
                if p.kind == "settlement"
                and p.country == seat.country
                and haversine_km(p.lat, p.lon, seat.lat, seat.lon) <= reach
            ]
            if len(there) == 1:
                reason = f"{SAID_IN_UNIT}{unit.name}, run from {seat.label}"
                result = replace(mention.result, place=there[0], reason=reason)
                out[k] = replace(mention, result=result)
    return out


def _raion_community(settlement: Mention, district: Mention, gazetteer: Gazetteer) -> str:
    """The one hromada of the raion ``district`` names (by the town it is run from) that the
    official codifier lists ``settlement`` in, or ""."""
    seat = district.place
    if district.kind != "district" or seat is None:
        return ""
    held = {
        hromada
        for _, hromada, _ in gazetteer.codified_anywhere(settlement.query)
        if any(r is not None and r.id == seat.id for _, r in gazetteer.hromadas(hromada))
    }
    return held.pop() if len(held) == 1 else ""


def _as_its_community_says(mentions: list[Mention]) -> list[Mention]:
    """Every mention of a settlement the text once puts in its hromada ("In the village of
    Vilkhuvatka, Novovodolazk community") answered as that one is: "a summer house in
    Vilkhuvatka", later, is the same village, not a namesake elsewhere the resolver chose."""
    told = {
        fold(m.name): m.result
        for m in mentions
        if m.kind == "settlement" and m.result is not None and CODIFIER_LISTS in m.result.reason
    }
    out = []
    for mention in mentions:
        result = told.get(fold(mention.name))
        if (
            result is not None
            and mention.kind == "settlement"
            and mention.result is not None
            and CODIFIER_LISTS not in mention.result.reason
            and mention.result.place != result.place
        ):
            mention = replace(mention, result=result)
        out.append(mention)
    return out


def _unit_name(name: str) -> str:
    """A district's name without its unit word: "Kamensky" for "Kamensky district"."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in _DISTRICT_WORDS:
        return " ".join(words[:-1])
    return name


def _community_name(text: str, mention: Mention) -> str:
    """The name of the community a mention is ("Pokrovska" for "the Pokrovska community",
    "the Pokrovsk community", or "Pokrovska" in "the Pokrovska and Mezhivska communities"),
    as the codifier has it; "" for any other mention."""
    if mention.kind != "settlement":
        return ""
    words = mention.name.split()
    if len(words) > 1 and words[-1].strip("[]").lower() in _COMMUNITY_WORDS:
        name = " ".join(words[:-1])
    else:
        listed = _UNITS_LISTED_AFTER.match(text, mention.end)
        if listed is None or listed.group(1).lower() not in _COMMUNITY_WORDS:
            return ""
        name = mention.name
    return _as_village_is_named(name) or _community_adjective(name)


def _as_village_is_named(name: str) -> str:
    """The adjective of a hromada written as its village's name is, as the codifier has it
    ("the Pokrovske hromada": the Pokrovska; "the Novooleksandrivka community": the
    Novooleksandrivska); "" for a name of another form."""
    if name.lower().endswith(("ske", "zke")):
        return name[:-1] + "a"
    if name.lower().endswith("ka") and not name.lower().endswith("ska"):
        return name[:-2] + "ska"
    return ""


def _communities_of_raion(
    text: str, mentions: list[Mention], gazetteer: Gazetteer
) -> list[Mention]:
    """A community of a name several raions have is the one of the raion the text names
    with it, in its sentence or the two before ("The Sinelnykyvs'kyi district suffered: the
    Mezhivska, Slovyanska, Pokrovska, Vasylkivska communities" is Pokrovske's, of the
    Synelnykove raion, not Pokrov's of the Nikopol raion), or else of the one raion that
    has every community listed with it ("shelling in the Pokrovska and Mezhivska
    communities": the Mezhivska community is only in the Synelnykove raion)."""
    options = {
        i: gazetteer.hromadas(name)
        for i, m in enumerate(mentions)
        if (name := _community_name(text, m))
    }
    out = list(mentions)
    for i, hromadas in options.items():
        mention = mentions[i]
        if len(hromadas) < 2:
            continue
        # (the raion its own sentence names first: "struck the Vasylkivka hromada in the
        # Synelnykove district ... hit the Nikopol district ..., targeting ... the Marhanets
        # and Pokrovske hromadas")
        named = [
            {
                m.place.id
                for m in mentions
                if m.kind == "district" and m.place is not None and m.sentence == sentence
            }
            for sentence in range(mention.sentence, mention.sentence - 3, -1)
        ]
        listed = [
            {raion.id for _, raion in options[j] if raion is not None}
            for j in options
            if j != i and mentions[j].sentence == mention.sentence
        ]
        shared = set.intersection(*listed) if listed else set()
        # (or the raion named right after it, which locates it and is no mention of its own:
        # "the Novooleksandrivka community of the Beryslav district")
        of_raion = {
            raion.id
            for _, raion in hromadas
            if raion is not None
            and re.match(
                rf"\s+(?:{_COMMUNITY_WORD_ALT})?\s*(?:of|in)\s+(?:the\s+)?{re.escape(raion.name)}"
                r"\s+(?:district|raion|rayon)\b",
                text[mention.end : mention.end + 80],
                re.IGNORECASE,
            )
        }
        for raions, said in (
            (of_raion, "which the text names"),
            *((ids, "which the text names") for ids in named),
            (shared, "where the communities listed with it are"),
        ):
            fit = [
                (seat, raion)
                for seat, raion in hromadas
                if raion is not None and raion.id in raions
            ]
            if len(fit) > 1 and raions is not shared and shared:
                # (two raions named: the one of the communities listed with it, "attacked
                # the Nikopol and Synelnykivskyi districts ... Nikopol, Marganets, and
                # Pokrovsk communities")
                fit = [(seat, raion) for seat, raion in fit if raion.id in shared] or fit
            if len(fit) > 1:
                # (two of that raion: the one run from the town the text writes, "the
                # Pokrovske hromada" of the Nikopol raion, not Pokrov's)
                spelt = [
                    (seat, raion) for seat, raion in fit if gazetteer.spelt(seat, mention.query)
                ]
                if not spelt and mention.place not in {seat for seat, _ in fit}:
                    # ... else one of them, to be asked which: not a namesake elsewhere
                    # ("Marhanetska, Myrivska and Pokrovska communities": Pokrov's or
                    # Pokrovske's, both of the Nikopol raion, not Pokrovsk's of Donetsk oblast)
                    seats = tuple(seat for seat, _ in fit)
                    reason = (
                        f"{len(seats)} communities of that name in the {fit[0][1].name} raion,"
                        f" {said}; the text does not say which"
                    )
                    result = GeocodeResult(mention.query, "ambiguous", None, seats, reason)
                    out[i] = replace(mention, result=result)
                    break
                fit = spelt
            if len(fit) != 1:
                if fit or len(raions) == 1:
                    break  # (that raion has two or more, or none, of that name)
                continue
            seat, raion = fit[0]
            if seat != mention.place:
                reason = f"the community of that name in the {raion.name} raion, {said}"
                result = GeocodeResult(mention.query, "found", seat, (seat,), reason)
                out[i] = replace(mention, query=seat.name, result=result)
            break
    return out


def _unit_adjective(text: str, mention: Mention) -> str:
    """The adjective a district or community is named with ("Khotynska" for "the Khotynska
    community", "Shalyhinska" in a list of communities); "" for any other mention, and for
    a district the text makes a city's ("the Kirovsky district of Donetsk")."""
    words = mention.name.split()
    unit = words[-1].lower() in _COMMUNITY_WORDS or mention.kind == "district"
    name = " ".join(words[:-1]) if unit and len(words) > 1 else mention.name
    if not (
        unit
        or _UNITS_LISTED_AFTER.match(text, mention.end)
        or _UNIT_WORD_AFTER.match(text, mention.end)
    ):
        return ""
    if mention.result is not None and mention.result.reason.startswith(
        CITY_DISTRICT.partition("{")[0]
    ):
        return ""
    ending = _ADJECTIVE_ENDING.search(name)
    return name if ending is not None and ending.start() >= TOWN_PREFIX else ""


def _town_like(
    mention: Mention, adjective: str, others: Sequence[Place], focus: Focus, gazetteer: Gazetteer
) -> Mention | None:
    """``mention`` (an unlocated district or community named with ``adjective``) drawn near
    the one town of the text's regions whose name is most like the adjective's stem, if one
    is clearly so; else None. (GeoNames spells many a village otherwise than its community's
    adjective: "Khotynska" is Khotin's, "Seredyno-Budska" Seredyna-Buda's.) A Ukrainian
    masculine adjective names a city's district in English unless a town has that very name
    ("the Bilhorod-Dnistrovskyi district"); a Russian one is no village of that very name
    ("the Sholokhovsky district" is not Sholokhovskiy)."""
    regions = dict.fromkeys(
        [key for key, weight in focus.regions.items() if weight > 0]
        + [(p.country, p.admin1_code) for p in others]
    )
    whole = fold(adjective)
    ending = _ADJECTIVE_ENDING.search(adjective)
    key = fold(adjective[: ending.start()]) if ending is not None else whole
    ukrainian = _UKRAINIAN_MASCULINE.search(adjective) is not None
    russian = not ukrainian and _MASCULINE_ENDING.search(adjective) is not None
    scored = sorted(
        (
            (1.0 if ukrainian else SequenceMatcher(None, key, fold(town.name)).ratio(), town)
            for region in regions
            for town in gazetteer.settlements_in(*region)
            if fold(town.name)[:TOWN_PREFIX] == key[:TOWN_PREFIX]
            and (fold(town.name) == whole) == ukrainian
            and not (russian and _ADJECTIVE_ENDING.sub("", fold(town.name)) == key)
        ),
        key=lambda pair: -pair[0],
    )
    if not scored or scored[0][0] < TOWN_LIKENESS:
        return None
    likeness, town = scored[0]
    if len(scored) > 1 and scored[1][0] >= likeness - TOWN_MARGIN and scored[1][1].id != town.id:
        return None  # two towns as like it: either could be meant
    region = town.admin1 or f"region {town.admin1_code}"
    reason = f"{NAMED_LIKE}{town.name}, the town of {region} with a name like it"
    result = GeocodeResult(town.name, "found", town, (town,), reason)
    return replace(mention, near=True, query=town.name, result=result)


def _is_unit(mention: Mention) -> bool:
    """Whether a mention is a district or a community."""
    return (
        mention.kind == "district"
        or mention.name.split()[-1].strip("[]").lower() in _COMMUNITY_WORDS
    )


def _in_its_country(seat: Place, others: Sequence[Place], focus: Focus) -> bool:
    """Whether the text locates another place in the country of a district's town (none
    located: whether the article is about that country, or about nothing it names)."""
    elsewhere = [p for p in others if (p.lat, p.lon) != (seat.lat, seat.lon)]
    if elsewhere:
        return any(p.country == seat.country for p in elsewhere)
    return focus.from_theatre or seat.country in focus.countries


def _fits(
    seat: Place,
    others: Sequence[Place],
    focus: Focus,
    office_regions: frozenset[tuple[str, str]] = frozenset(),
) -> tuple[bool, list[tuple[float, float]]]:
    """Whether a district's town fits the other places the text locates (in one of its
    regions, or within DISTRICT_MAX_KM of one of its settlements; none located: what the
    article is about), and their points. (Not the town itself, named again: "the Gaivoron
    Central District Hospital".)"""
    elsewhere = [p for p in others if (p.lat, p.lon) != (seat.lat, seat.lon)]
    if elsewhere:
        # (in the region of a settlement the text locates too: "Mykolaiv and Pervomaisk
        # districts", 165 km apart, both of Mykolaiv oblast)
        fits = (
            any(
                _same_region(seat, p)
                or (
                    p.kind != "region"
                    and haversine_km(seat.lat, seat.lon, p.lat, p.lon) <= DISTRICT_MAX_KM
                )
                for p in elsewhere
            )
            or (
                # (beside a region the text names, with no town of its own to measure from: "the
                # Ramenskoye district" of Moscow oblast and "the Kaluzhskaya region", 170 km from
                # Ramenskoye, in one report of drones over several regions)
                all(p.kind == "region" for p in elsewhere)
                and any(
                    haversine_km(seat.lat, seat.lon, p.lat, p.lon) <= DISTRICT_BESIDE_REGION_KM
                    for p in elsewhere
                )
            )
            or (
                # (in the region of an office the text names: "Maxim Yegorov, governor of the
                # Tambov region, said a drone fell onto the Michurinsky district of the region")
                (seat.country, seat.admin1_code) in office_regions
            )
        )
        return fits, [(p.lat, p.lon) for p in elsewhere]
    points = [p for p in focus.points if p != (seat.lat, seat.lon)]
    fits = not points or any(
        haversine_km(seat.lat, seat.lon, lat, lon) <= DISTRICT_MAX_KM for lat, lon in points
    )
    return fits, points


def _unit_list(text: str, group: Sequence[Mention]) -> bool:
    """Whether ``group`` (a list of names) is a list of one kind of small unit: "the
    Krasnopillia, ..., Mykolaiv, and Myropillia communities", "the villages of X, Y and Z"."""
    return bool(
        _UNITS_AFTER.match(text, group[-1].end)
        or _UNITS_AFTER.search(group[-1].name)  # "Myropillia communities", read as one
        or _UNITS_BEFORE.search(text, max(0, group[0].start - 40), group[0].start)
    )


def name_evidence(
    mentions: Sequence[Mention],
    sentences: Sequence[Sentence],
    within: Mapping[int, frozenset[tuple[str, str]]] | None = None,
    nearby: Collection[int] = (),
    near: Mapping[int, tuple[int, float | None]] | None = None,
    villages: Collection[int] = (),
    silent: Collection[int] = (),
) -> list[NameEvidence]:
    """The mentions as the resolver reads them: the name looked up, how prominent it is
    (a headline, the first sentences), whether it names a region, the regions the text
    puts it in (``within``, by mention index) and whether it says it is near its other
    places (``nearby``, mention indices) or near one of them (``near``: by mention index,
    the other's index and how far it may be), and whether the text calls it a village
    (``villages``, mention indices); ``silent`` (mention indices) are names that say
    nothing of what the text is about (a city's district). A name is one place throughout a
    text: what
    the text says of one of its mentions holds for the others ("Pobeda, about 20 kilometres
    south-west of Donetsk", then "the advance on Pobeda")."""
    keys = [fold(m.query) for m in mentions]
    within, near = _of_every_mention(within or {}, keys), _of_every_mention(near or {}, keys)
    villages = {i for i, key in enumerate(keys) if any(keys[j] == key for j in villages)}
    return [
        NameEvidence(
            m.query,
            prominence(m.sentence, sentences[m.sentence].headline),
            region=m.kind == "region",
            within=within.get(i, frozenset()),
            nearby=i in nearby,
            near=near.get(i),
            front=m.kind == "settlement" and _FRONT_ENDING.search(m.name) is not None,
            village=i in villages,
            named_after=bool(m.alternatives),
            silent=i in silent,
            district=m.kind == "district",
        )
        for i, m in enumerate(mentions)
    ]


def _of_every_mention(said: Mapping[int, V], keys: Sequence[str]) -> dict[int, V]:
    """What ``said`` of a mention (by index), said of every mention of the same name
    (``keys``, one per mention): the first one said wins."""
    out = dict(said)
    for i, value in said.items():
        for j, key in enumerate(keys):
            if value and key == keys[i]:
                out.setdefault(j, value)
    return out


def _spans(mentions: Sequence[Mention]) -> set[tuple[int, int]]:
    return {(m.start, m.end) for m in mentions}


def _same_region(settlement: Place, region: Place) -> bool:
    if region.kind == "country":
        return settlement.country == region.country
    return (settlement.country, settlement.admin1_code) in within_region(
        region.country, region.admin1_code
    )
