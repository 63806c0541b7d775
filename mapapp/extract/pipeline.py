"""Article in, candidate events out: place mentions typed, dated and attributed.

The pipeline (pure functions, no Streamlit):

1. :class:`mapapp.mentions.MentionFinder`: sentences and place mentions, with offsets, each
   resolved with the whole article as context.
2. Event words (:data:`TRIGGERS`) in each sentence give the event type. Each word belongs to
   the nearest place in its clause (else in its sentence); a place with no event word of its
   own shares those of the places listed with it ("Stari Terny and Trudove"). A place no event
   word reaches is not an event.
3. The date is the date phrase in the event word's clause (:mod:`mapapp.extract.dates`), else in the
   place's, else a date that opens the sentence, else the publication day (precision 1).
4. ``claimed_by`` is the sentence's attribution ("according to X", "X said", "said X"), else
   "The article".
5. One event per place, type and date: a later sentence repeating it adds nothing.

The excerpt of each event is its sentence, a verbatim slice of the article with its offsets.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import os
import pickle
import re
import subprocess
import sys
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from operator import itemgetter
from pathlib import Path
from textwrap import shorten
from typing import Any

from mapapp.core.errors import ArticleError
from mapapp.core.names import fold
from mapapp.core.schema import EVENT_TYPES, event_title, new_event_id
from mapapp.extract.dates import SUPERLATIVE, DatePhrase, find_dates
from mapapp.extract.mentions import (
    COMMON_ZIPF,
    DIRECTION_OF,
    DIRECTION_OF_BEFORE,
    DISTRICT_OF,
    LANDMARK_THEN_NEAR,
    LIST_COMMA,
    NAME_COMMA_BEFORE,
    OFFICE,
    POSSESSIVE,
    Mention,
    MentionFinder,
    Rejected,
    Sentence,
    direction_listed,
    district_drawn_at,
    list_starts,
)
from mapapp.geo.distance import haversine_km
from mapapp.geo.gazetteer import Gazetteer, Place
from mapapp.geo.locate import candidate_list, location_fields
from mapapp.geo.resolver import VILLAGE_POPULATION, Points, Theatre

# Who attacks on the ground ("a massive mechanised attack"), and an attack tried.
_BY_LAND = r"(?:mechani[sz]ed|ground|land|infantry|armou?red|tank)"
_TRIED_TO = r"(?:attempt(?:s|ed|ing)?|tried|trying|tries)\s+to"
# ... where ("attempt to attack near Orekhovo"), not what ("tried to attack Kyiv").
_WHERE_NEXT = r"(?=\s+(?:near|in|around|at|towards?)\b)"
# "the Russian army is attacking in the areas of Staromaiorske": troops attack where, on the
# ground (not "Russian troops attacked Kyiv with drones": what they struck).
_GROUND_SUBJECT = (
    # ("It is attacking in the areas of the settlements of Kondratovka, Alekseyevka")
    r"(?:army|troops|forces|enemy|occupiers|invaders|infantry|marines|paratroopers|units|it|they)\s+"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|continues?\s+to|continued\s+to"
    r"|keeps?|kept|also|again|actively|still|repeatedly)\s+){0,3}"
)
_ATTACKS_WHERE = (
    r"attack(?:s|ed|ing)?(?=\s+(?:near|around|in\s+the\s+(?:areas?|vicinity|direction)\s+of)\b)"
)
# "repelled 15 enemy attacks near Toretsk", "eight attacks in the areas of Spirne": counted
# attacks where, the General Staff's words for assaults on the ground.
_COUNTED = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple"
    r"|dozens\s+of)\s+(?:(?:enemy|Russian|Ukrainian|more|other)\s+)?"
)
_AREA_NEXT = (
    # ("16 enemy attacks were recorded west of the village of Verbove")
    r"(?=\s+(?:(?:were|have\s+been)\s+(?:recorded|repelled|repulsed|registered)\s+)?"
    r"(?:near|in\s+the\s+(?:areas?|vicinity)\s+of|around|in\s+the\s+direction\s+of"
    r"|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\b)"
)
# What carries or fires a weapon, after the weapon's name: no attack of its own.
_CARRIER_AFTER = (
    # ("praised ... missile and artillery troops": both arms)
    r"(?!(?:\s+and\s+(?:missile|rocket|artillery))?\s+(?:frigates?|cruisers?|corvettes?|ships?"
    r"|boats?|carriers?|troops|systems?|complex(?:es)?|launchers?|brigades?|regiments?|units?"
    r"|forces|batter(?:y|ies)))"
)
# A share or an area of ground: "70%", "99 percent", "396 square kilometers (153 square
# miles)", "400 km²".
_SHARE_OR_AREA = (
    r"\d[\d.,]*\s*(?:%|percent|per\s+cent|square\s+(?:kilometers|kilometres|km|miles)"
    r"|sq\.?\s*(?:km|mi)|km²|km2)(?:\s*\([^()]{0,40}\))?"
)
# What is left of a drone or missile that fell.
_DEBRIS = r"debris|wreckage|fragments|remains"
# Not before a country's own lands: "Kyiv’s grinding efforts to retake its occupied
# territories" names no place.
_OWN_LANDS_AFTER = (
    r"(?!\s+(?:all\s+)?(?:its|their|our)\s+(?:[\w-]+\s+)?(?:territor(?:y|ies)|lands?)\b)"
)
# The words that make a sentence report an event of each type. Hyphenated uses describe a
# place rather than report an event ("Russian-occupied Kherson") and do not count.
# "a very difficult situation ... is developing in Artemovsk": fighting there.
_DIFFICULT_SITUATION = r"(?:difficult|tense|critical|toughest|hardest)\s+situation"
TRIGGERS: dict[str, tuple[str, ...]] = {
    "strike": (
        r"struck", r"strikes?", r"hits?",
        # ("The target was a massive ammunition depot in the town of Toropets"; not "the target
        # was to reach the border")
        r"(?<=The\s)target\s+(?:of\s+the\s+(?:attack|strike)\s+)?was(?=\s+(?:a|an|the)\s)",
        # ("accused Kyiv's forces of striking several villages in its Belgorod region"; not
        # "capable of striking the town", "within striking distance")
        r"(?<!capable\sof\s)(?<!able\sto\s)striking(?!\s+(?:distance|range))",
        # ("The Liman community was subjected to 10 shellings")
        r"shell(?:s|ed|ings?)?", r"bomb(?:s|ed|ing|ardments?)?",
        # ("On August 18, the Russians wounded five residents of the Donetsk region: four in
        # Chasiv Yar and one in Kurakhove": the enemy's toll is an attack's)
        # ("The occupiers killed eight people: two adults in Dnipro and ... in Synelnykove")
        r"(?:(?<=Russians\s)|(?<=occupiers\s)|(?<=invaders\s)|(?<=enemy\s))"
        r"(?:wounded|killed|injured)(?=\s+(?:\d+|two|three|four|five|six|seven"
        r"|eight|nine|ten|several|a|an|one)\b)",
        r"bombarded",
        # ("The Caesar Kunikov large landing ship sank near Alupka", "sank a Russian vessel":
        # a ship sunk in an attack, where it went down)
        r"(?<=ship\s)sank", r"(?<=vessel\s)sank", r"(?<=boat\s)sank",
        r"(?:sank|sunk|sinking)(?=\s+(?:(?:a|an|the|two|three)\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:ship|vessel|boat|corvette|frigate|submarine|tugboat|tug|cutter))",
        # ("Russians dropped a FAB-250 with a UMPK module on the residential area of
        # Kostiantynivka", "dropped explosives on a bus")
        r"dropp(?:ed|ing)\s+(?:an?\s+|\d+\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:(?-i:FAB|KAB|UPAB)(?:-\d+)?|bombs?|explosives?|grenades?|munitions|mines)",
        # ("6 mines were dropped by Russians on the territory of the community": from drones)
        r"(?<=mines\s)(?:were|had\s+been|have\s+been)\s+dropped",
        # ("People are being evacuated from the city of Vovchansk due to heavy russian fire")
        r"due\s+to\s+(?:(?:heavy|constant|intense|massive|continuous|russian|Russian|enemy"
        r"|artillery)\s+){0,2}fire\b(?!\s+(?:safety|hazards?|risks?|danger|rules|regulations))",
        # ("An operative burned down a relay cabinet near the village of Stolbove": sabotage)
        r"(?:burn(?:ed|t|s)?|set\s+fire\s+to)(?=\s+(?:down\s+)?(?:an?|the|two|three|several)"
        r"\s+(?:[\w-]+\s+){0,2}?(?:relay|cabinet|locomotive|train|transformer|substation|"
        r"military|vehicle|truck|helicopter|aircraft|plane|tank))",
        # (not the arm that carries them: "a guided missile frigate", "missile troops",
        # "Polonez rocket systems")
        rf"missiles?{_CARRIER_AFTER}", rf"rockets?{_CARRIER_AFTER}",
        # (not the guns: "more than 555 artillery systems")
        # (not "using small infantry units and drone surveillance", "drone operators")
        r"drones?(?!\s+(?:surveillance|reconnaissance|footage|operators?|pilots?|production"
        # (nor "highlighting the strategic importance of drone warfare")
        r"|manufactur\w*|makers?|industry|warfare|technolog\w+)\b)",
        rf"artillery{_CARRIER_AFTER}(?!\s+(?:pieces|guns?|barrels)\b)",
        r"air\s?strikes?",
        # ("Russia launched 30 Shaheds at Odesa overnight"; the drones' own names)
        rf"(?-i:Shaheds?|Gerans?|Kalibrs?|Iskanders?|Kinzhals?)(?:-\w+)?{_CARRIER_AFTER}",
        # ("Falling debris caused a fire in Bucha", "debris of a downed drone fell on a house")
        r"(?:falling|drone|missile|rocket|UAV)\s+debris",
        # ("A fragment fell down near the Sevastopol ... Theater", after a missile attack)
        r"(?:debris|(?:missile\s+)?fragments?|wreckage)\s+(?:(?:of|from)\s+(?:[\w-]+\s+){0,3}?)?"
        # ("debris also fell in Cheboksary")
        r"(?:(?:also|reportedly|then|later)\s+)?"
        r"(?:fell|falling|fall|hit|damaged|struck|landed|caused)",
        # ("Two UAVs over the territory of the Belgorod region")
        r"UAVs?", r"unmanned\s+aerial\s+vehicles?",
        # ("air raid warnings were issued": an alert, not a strike)
        r"air\s+raids?(?!\s+(?:warnings?|alerts?|sirens?|alarms?))",
        # ("partisans have set a Russian military base in occupied Mariupol on fire")
        r"set\s+(?:[\w’'-]+\s+){0,8}?on\s+fire", r"set\s+fire\s+to",
        # ("derailed in Bryansk after an unidentified explosive device went off")
        r"(?:explosive|improvised)\s+devices?",
        # ("There are consequences in Cherkasy, Lviv, Zaporizhzhia, Mykolaiv and Poltava
        # regions", after a night's attack)
        r"(?:recording|recorded|there\s+are|there\s+were)\s+(?:the\s+)?consequences"
        r"(?=\s+in\b)",
        # ("Ukrainian partisans in occupied Melitopol blew up a vehicle with four Russian
        # soldiers")
        r"bl(?:ew|own|owing|ows?)\s+up",
        # ("Ukrainian partisans successfully derailed a Russian train in the city of Melitopol")
        r"derail(?:s|ed|ing|ment)?",
        # ("in the wake of a “massive blow” to the town of Shebekino"; not "a heavy blow to
        # Russia's economy")
        r"(?:massive|heavy|powerful|crushing|devastating)\s+blows?[”\"’]?(?=\s+(?:to|on|at)\s+the"
        r"\s+(?:town|city|village|settlement)\s+of\b)",
        # ("Our armed forces dealt a good blow in the morning ... in the village of Rykove"; not
        # "dealt a blow to Russia's economy")
        r"(?:dealt|deliver(?:ed|s|ing)?|inflict(?:ed|s|ing)?)\s+(?:a\s+|another\s+)?"
        r"(?:[\w-]+\s+){0,2}?blows?(?!\s+to\b)",
        # ("The blows fell on the private sector of the village of Obukhivka")
        r"blows\s+(?:fell|landed)\s+on",
        r"explosions?", r"blasts?", r"shot\s+down",
        # ('Another “bangs” were heard in Sevastopol, Yevpatoria, Saki, Dzhankoy and Balaklava')
        r"bangs?(?=[”\"’']?\s+(?:were|was|had\s+been|have\s+been)\s+heard)",
        # ("It was loud in Marhanets and Pokrovsk communities", as Ukraine's officials report
        # shelling)
        r"(?:it\s+was|it[’']s|it\s+is|they\s+were)\s+(?:also\s+)?(?:very\s+)?(?:loud|noisy)"
        r"(?=\s+(?:today\s+)?(?:in|near|at)\b)",
        r"(?:brought|bring|brings)\s+down",
        # ("In Novomoskovsk, an explosive wave overturned a minibus passing by the place of
        # impact")
        r"(?:explosive|blast|shock)\s+waves?", r"(?:place|site|point)s?\s+of\s+(?:the\s+)?impact",
        r"downed",
        # ("The Sinelnykyvs'kyi district suffered — the Mezhivska, ... communities"; not a
        # side that "suffered heavy losses", "suffered numerous losses")
        r"(?<=[\w,]\s)suffered(?!\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:losses|casualties"
        r"|defeats?|setbacks?))",
        # ("suffered a shrapnel injury in Kupiansk", "died as a result of firing in X")
        r"shrapnel", r"firing(?=\s+(?:in|on|at)\s)",
        # ("In the area of the villages Molochne and Zatyshne near Yevpatoriya, the Pantsir-S1
        # is firing")
        r"(?:(?<=\sis\s)|(?<=\sare\s))firing\b", r"reduced\s+to\s+(?:rubble|ruins)",
        r"attack(?:s|ed|ing)?",
        # ("the air defence worked over Sevastopol"; not "air defence systems to Kyiv")
        r"air\s+defen[cs]es?(?!\s+systems?\s+(?:to|in)\b)",
        # ("PPO worked in Kyiv, Kharkiv, Sumy ... regions": Ukrainian initials of air defence)
        r"(?-i:PPO)(?=\s+(?:was\s+|were\s+)?(?:work|operat|activ|engag))",
        # ("anti-aircraft systems were activated in the area of the Danube ports of Izmail")
        r"anti-?aircraft(?!\s+(?:systems?|guns?|missiles?)\s+(?:to|for)\b)",
        # (not "one of Moscow’s key targets": an aim)
        # (nor "the enemy's priority targets are Chasiv Yar", "Russia's other targets are the
        # key logistics hub of Pokrovsk", "the next targets": what it aims at next)
        # ("Hirnyk ... and Selydove ... were the next targets")
        r"(?<!key\s)(?<!main\s)(?<!primary\s)(?<!major\s)(?<!strategic\s)"
        r"(?:target(?:ed|ing)|(?<!next\s)targets(?!\s+(?:are|remain)\b))",
        # ("fired cluster munitions from the Grad multiple launch rocket system (MLRS) at")
        r"cluster\s+(?:munitions?|bombs?|shells?|warheads?)",
        r"pound(?:ed|ing)", r"pummel{1,2}(?:ed|ing)", r"barrages?", r"intercepted",
        # ("The majority of these, 139 in total, were neutralized in Belgorod Oblast", after
        # the drones the sentence before counts)
        r"(?<=were\s)neutrali[sz]ed(?=\s+(?:in|over|above)\b)",
        r"damag(?:ed|ing)",
        # ("The city of Nikopol, as well as the Marhanets and Pokrov hromadas, were affected",
        # in a report of attacks; not "affected by power issues", "people were affected")
        # ("Dobropillia and Sloviansk were also affected")
        r"(?:were|was|have\s+been|has\s+been)\s+(?:also\s+)?affected(?!\s+by\s+(?:power"
        r"|the\s+(?:blackout"
        r"|outage)|blackouts?|outages?))",
        r"destroy(?:ed|ing)", r"destruction", r"explod(?:ed|es|ing)", r"detonat(?:e|ed|es|ing|ion)",
        # ("the hromadas came under fire", "fired 19 times on border areas"; not "a fire")
        r"(?:came|come|comes|coming)\s+under\s+(?:[\w-]+\s+){0,2}?fire",
        # ("the Dniprovsky, Solomyansky, and Obolonsky districts of the city fell under the
        # blows of the invaders")
        r"(?:fell|falls?|falling|came|come|comes|coming)\s+under\s+(?:the\s+)?(?:enemy\s+)?blows",
        # ("Nikopol, the Marhanets, Pokrovsk and Myrove communities were affected": a military
        # administration's daily list of places hit; not people or households affected)
        r"(?:(?<=communities\s)|(?<=hromadas\s))(?:were|have\s+been)\s+affected",
        r"(?:(?<=community\s)|(?<=hromada\s))(?:was|has\s+been)\s+affected",
        r"(?:opened\s+fire|fired(?:\s+[\w-]+){0,5}?)\s+(?:on|at|upon)",
        # ("Other regions listed in the statement included Belgorod, Bryansk and Voronezh":
        # the rest of a defence ministry's list of regions where drones were downed)
        r"(?<=regions\s)(?:listed|named|mentioned)\s+in\s+(?:the|its|that)\s+(?:statement|report"
        r"|list|update)\s+(?:also\s+)?include[sd]?",
        # ("an industrial area in Lyudinovo was impacted")
        r"(?:was|were|been|being)\s+impacted",
    ),
    "deployment": (
        # (not "Russian forces deployed Grad multiple-launch rocket systems (MLRS) to attack the
        # city of Toretsk": weapons used, a strike)
        r"(?:re)?deploy(?:s|ed|ing|ments?)?"
        r"(?!(?:\s+(?!(?:troops|forces|units|soldiers|servicemen|personnel|brigades?|battalions?"
        r"|fighters|groups?|marines|reserves|men)\b)[\w()-]+){1,7}?\s+to\s+(?:attack|strike|shell"
        r"|hit|bomb|target|pound)\b)",
        # ("Further north in Bakhmut, the Ukrainians have been losing ground": fighting there)
        r"(?:los(?:e|es|ing|t)|giv(?:e|es|ing)\s+up|gave\s+up|ced(?:e|ed|ing))\s+ground",
        # ("The Kara-Dag Brigade’s operations in Selydove"; not "the special military
        # operation in Ukraine")
        # (not "a GUR drone operation in the early hours of 1 May struck ...": a strike)
        # (nor "The Afipsky refinery ... resumed normal operations in mid-September", nor
        # "Emergency and rescue operations in Kyiv are ongoing": responders at work)
        r"(?<!special\s)(?<!military\s)(?<!drone\s)(?<!air\s)(?<!normal\s)(?<!resumed\s)"
        r"(?<!rescue\s)(?<!search\s)(?<!recovery\s)(?<!relief\s)(?<!humanitarian\s)"
        r"operations?(?=\s+(?:in|near|around)\s)",
        # ("17 Ukrainian soldiers surrendered to Russian forces in Donetsk", "we took eight
        # prisoners in the area of Tiotkino")
        r"surrender(?:ed|s|ing)?(?=\s+(?:to|in|near|at)\s)",
        r"(?:took|taken|taking|take)\s+(?:[\w-]+\s+){0,2}?prisoners?",
        # ("the Russians had increased their presence in Luhansk Oblast")
        r"(?:increas|boost|bolster|buil|strengthen|expand)\w*\s+(?:[\w’-]+\s+){0,2}?"
        r"(?:military\s+)?presence",
        # ("Wagner Group fighters based in Belarus"; not "a rocket-maker based in the capital")
        r"(?:fighters|troops|forces|units|soldiers|mercenaries|militants|group|brigades?"
        r"|regiments?|battalions?|fleet|aircraft|bombers|jets|warships|ships|submarines)\s+"
        # ("Wagner fighters would be based near Osipovichi")
        r"(?:(?:are|is|were|was|would|will|be|mainly|currently|now|still|permanently)\s+){0,3}"
        r"based"
        r"(?=\s+(?:in|at|near)\b)",
        # ("Russian forces have been halted": where they fought)
        r"(?:forces|troops|units|offensive|advance|assaults?)\s+(?:have\s+|has\s+|had\s+)?"
        r"(?:been\s+)?(?:halted|stopped)",
        # ("10 kilometers southwest of the front line at Chasiv Yar": the fighting there)
        r"front[- ]?lines?(?=\s+(?:at|around)\s+(?-i:[A-Z]))",
        # ("The three-day drills in the Gomel and Grodno regions"; not "exercise caution")
        r"drills", r"(?:military|joint|strategic|tactical|naval|combat|training|and)\s+"
        r"(?:[\w-]+\s+){0,2}?exercises?\b",
        # ("the sites where the exercises took place on the territory of Belarus")
        r"exercises\s+(?:(?:are|is|were|was)\s+)?(?:took|take|takes|taking|will\s+take)\s+place",
        # ("The exercises, dubbed “Zapad 2025,” are held in Belarus and Russia")
        r"exercises(?:,[^.;]{0,80}?,[”\"’']?)?\s+(?:are|is|were|was|will\s+be)\s+(?:being\s+)?"
        r"(?:held|conducted)",
        # (also quoted: "announced it was sending “additional forces” to the Belgorod region")
        r"(?:sent|send|sending|dispatched|moved|moving|transfer(?:s|red|ring)?|brought"
        # ("Russia relocated some troops from southern Zaporizhzhia ... towards Kursk")
        # ("the Russians decided to relocate their planes and helicopters to an airfield in
        # Kirovske", "have begun evacuating part of their personnel from Dzhankoi")
        r"|relocat(?:e|es|ed|ing)|evacuat(?:e|es|ed|ing)"
        # ("Lukashenko ... is drawing a considerable number of personnel ... to the Gomel
        # region")
        # (not "a mass drone assault struck Novorossiysk ..., sending remnants of the unmanned
        # aircraft plummeting into residential areas": debris)
        r"|bringing|taking|drawing|drew|drawn)\s+[“\"‘]?"
        r"(?!(?:the\s+)?(?:remnants|debris|fragments|wreckage|parts|pieces)\b)"
        r"(?:\w+\s+){0,4}?(?:troops|forces"
        # (not "drew Russian forces away from the front line in the Donetsk region")
        r"|soldiers|units|reinforcements|mercenaries|battalions|brigades|tanks|personnel"
        r"|planes|aircraft|helicopters)"
        r"(?!\s+away\b)",
        # ("This became possible due to the transfer of Ukrainian reserves to Selidovo")
        r"(?:transfer|redeployment|relocation|movement|arrival)s?\s+of\s+(?:[\w’'-]+\s+){0,3}?"
        r"(?:troops|forces|soldiers|units|reserves|reinforcements|battalions|brigades"
        r"|personnel)(?=\s+(?:to|into|towards?)\b)",
        # ("minesweepers and other small ships have been moved out of Sevastopol ... to the
        # port of Feodosia", "the Black Sea Fleet was likely relocating to Novorossiysk")
        # ("one ship was observed to have been relocated to Feodosia")
        r"(?:troops|forces|soldiers|units|ships?|vessels?|warships?|submarines?|frigates?|fleet"
        # ("Several units of paratroopers were transferred there")
        r"|aircraft|bombers|jets|helicopters)\s+(?:of\s+[\w-]+\s+)?"
        r"(?:(?:have|has|had|was|were|is|are|being|been"
        r"|likely|now|reportedly|(?:observed|seen|said|reported|believed)\s+to)\s+){0,4}"
        r"(?:moved|moving|relocat(?:ed|ing)|transferred|redeployed"
        r"|travell?ed|travell?ing)",
        # ("Belarus has decided to reinforce its military grouping on the Gomel and Mozyr
        # tactical fronts")
        # (not "it only reinforced Chechnya’s resolve")
        r"reinforc(?:e|es|ed|ing|ements?)(?!\s+(?:(?-i:[A-Z])[\w-]*[’']s\s+|the\s+|its\s+|their\s+)?"
        r"(?:resolve|determination|unity|belief|commitment|position|ties|sense|view|image))",
        r"stationed",
        # ("instructions to strengthen the grouping of troops on the Gomel and Mozyr tactical
        # directions")
        r"(?:strengthen|bolster)(?:s|ed|ing)?\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:grouping|group|troops|forces|contingent)s?",
        # ("Ukrainian forces attempt to attack near the town of Orekhovo every day", "another
        # attempt at a massive mechanised attack")
        # (not "tried to attack Kyiv", "the attempt to attack the oil depot": a target)
        rf"{_TRIED_TO}\s+attack{_WHERE_NEXT}",
        rf"{_BY_LAND}\s+attacks?", rf"{_COUNTED}attacks{_AREA_NEXT}",
        rf"{_GROUND_SUBJECT}{_ATTACKS_WHERE}",
        # ("launched a cross-border raid into Russia's southern Belgorod and Kursk regions":
        # fighting there)
        r"(?<!air\s)raids?(?=\s+into\b)",
        # ("Russian forces, currently bogged down in nearby Bakhmut")
        r"bogged\s+down(?=\s+(?:in|near|around|at)\s)",
        # ("over 15 military trucks carrying Chechen fighters recently arrived in temporarily
        # occupied Mariupol"; not "Zelensky arrives in Washington")
        r"(?:troops|forces|soldiers|fighters|servicemen|units|mercenaries|reinforcements|trucks"
        r"|convoys?|columns?|tanks|sappers|brigades?|battalions?|regiments?)\s+"
        r"(?:[\w’'-]+\s+){0,4}?arriv(?:e|es|ed|ing)(?=\s+(?:in|at)\s)",
        # ("Ukrainian forces ... have retreated to the city of Kharkiv", "fallen back to")
        r"(?:retreat(?:ed|s|ing)|f(?:e|a)ll(?:en|s|ing)?\s+back|pulled\s+back)\s+to(?=\s)",
        # ("Russian troops are now less than 10 kilometers from Pokrovsk", "The Russian Army is
        # currently just 6.5 kilometers away from reaching Konstantinovka": fighting near it;
        # not "the village is 10 km from Kupiansk", which places the village)
        # ("the Russians stood several hundred metres from the first buildings of Chasiv Yar")
        r"(?:troops|forces|army|units|soldiers|Russians|Ukrainians)\s+(?:(?:are|were|is|was"
        r"|now|currently|only|just|already|still|remains?|remained|have\s+been|has\s+been"
        r"|had\s+been|stood|stand|standing)\s+){1,3}(?:(?:less|no\s+more|fewer)\s+than\s+|within\s+|about\s+"
        r"|around\s+|some\s+|roughly\s+|just\s+|only\s+)*(?:a\s+few\s+(?:hundred\s+)?"
        r"|several\s+(?:hundred\s+)?|[\d.,]+\s*|(?:one|two|three|four|five|six|seven|eight"
        r"|nine|ten|a)\s+)(?:kilomet(?:er|re)s?|km|miles?|met(?:er|re)s)"
        r"(?:\s*\([^()]{1,40}\))?\s+(?:away\s+)?from(?:\s+(?:reaching|capturing))?",
        # ("the fleet is likely basing at Novorossiysk"; not "moored", said of most ships
        # struck in port)
        r"basing(?=\s+(?:in|at)\b)", r"(?:break(?:s|ing)?|broke|broken)\s+through",
        # ("about 15,000 additional troops in Zaporizhia", "thousands of soldiers near", "up to
        # 31,000 soldiers are in the Belgorod region")
        r"(?:\d[\d,.]*|thousands\s+of|hundreds\s+of)\s+(?:more\s+|additional\s+|extra\s+)?"
        r"(?:troops|soldiers|servicemen|fighters)(?=\s+(?:(?:are|were|is|was)\s+(?:now\s+)?)?"
        r"(?:in|near|at|around)\s)",
        # ("in the Lyman direction, there are 48,000 Russian occupying forces")
        r"there\s+(?:are|were)\s+(?:now\s+)?(?:about\s+|approximately\s+|some\s+|up\s+to\s+"
        r"|over\s+|more\s+than\s+)?\d[\d,.]*(?=\s+(?:[\w-]+\s+){0,3}?(?:troops|soldiers"
        r"|servicemen|forces|occupiers|personnel)\b)",
        # ("attempted border breakthroughs in the Sudzhansky and Korenevsky districts")
        r"breakthroughs?",
        # ("around 100 Ukrainian fighters attempted to enter Russia in the Sudzha area")
        r"(?:fighters|troops|soldiers|forces|units|groups?|saboteurs|infantry|servicemen"
        rf"|militants)\s+(?:[\w-]+\s+){{0,2}}?{_TRIED_TO}\s+(?:enter|cross|infiltrate|storm)\b",
        # ("continuing to eliminate the armed formations of the Ukrainian armed forces in")
        r"eliminat(?:e|es|ed|ing|ion)\s+(?:of\s+)?(?:the\s+)?(?:[\w’'-]+\s+){0,2}?"
        r"(?:formations|forces|troops|units|groups|militants|saboteurs|fighters|servicemen)",
        # ("The enemy massed a very powerful group in the Lyman-Kupyansk direction")
        r"mass(?:ing|ed)\s+(?:\w+\s+){0,3}?(?:troops|forces|groups?|groupings?|reserves|units"
        r"|personnel|soldiers)",
        # ("Russian troops massed near Osipovichi": where they were massed)
        r"massed(?=\s+(?:near|in|at|along|on|around|outside|close\s+to)\b)",
        r"build-?up", r"combat", r"fighting",
        # ("the partisans recorded an increase in the number of Russian troops", "has
        # increased the number of its troops near Kupiansk")
        r"increas(?:e|es|ed|ing)\s+(?:in\s+)?the\s+(?:number|numbers)\s+of\s+(?:[\w’'-]+\s+){0,2}?"
        r"(?:troops|forces|soldiers|servicemen|personnel|military\s+personnel)\b",
        # ("The soldiers were engaged in a firefight ... on the outskirts of the town of
        # Hlukhiv")
        r"fire-?fights?", r"gun-?fights?", r"shoot-?outs?",
        # ("marines have held onto the bridgeheads they secured on the eastern bank, in the
        # village of Krynky"; not "held on to power")
        r"h(?:o|e)ld(?:s|ing)?\s+on(?:to|\s+to)(?=\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?"
        r"(?:bridgeheads?|positions?|foothold|ground|village|town|city|settlement|line)\b)",
        # ("The situation in Sumy Oblast, particularly in Yunakivka and Khotyn hromadas,
        # remains challenging": a front's state; not "the humanitarian situation")
        r"(?<!humanitarian\s)(?<!energy\s)(?<!economic\s)(?<!financial\s)situation"
        r"(?=\s+(?:in|near|around|on|at)\s[^.;]{0,100}?\b(?:remains?|is|was|has\s+been|became)"
        r"\s+(?:(?:extremely|very|particularly|most|quite|still)\s+)?(?:difficult|challenging"
        r"|complicated|critical|hot)\b)",
        # ("The Kupiansk and Borivsk directions are more difficult": fronts')
        r"(?:directions|sectors|axes)(?=\s+(?:(?:are|remain|were|have\s+been)\s+)(?:(?:extremely"
        r"|very|particularly|still|even|more|the\s+most|most)\s+)?(?:difficult|challenging"
        r"|complicated|critical|hot)\b)",
        # ("there are frequent street fights"; not "fights corruption")
        r"(?:street|heavy|fierce|intense|urban|positional|close)\s+fights",
        # ("The occupiers are establishing strongholds in abandoned high-rise buildings in
        # Crimea", "the occupiers' stronghold in Yevpatoria"; not "Kurakhove, a key Ukrainian
        # stronghold", nor "key Ukrainian strongholds in Donetsk Oblast", descriptions)
        r"establish(?:es|ed|ing)?\s+(?:a\s+|their\s+|its\s+|new\s+)*strongholds?",
        r"(?<=occupiers[’']\s)strongholds?(?=\s+(?:in|near|at)\s)",
        # ("Hostilities were reported near the towns of Shebekino and Grayvoron"; not "an
        # escalation of hostilities along the border")
        r"hostilities(?=\s+(?:(?:were|are|have\s+been|had\s+been)\s+)?(?:reported|recorded"
        r"|ongoing|continu\w*|underway|near|around)\b)",
        # ("reported on the continuation of hostilities in Vovchansk")
        r"(?:continuation|resumption)\s+of\s+(?:the\s+)?hostilities",
        # ("The settlements of Bilohorivka, Bakhmut, Avdiivka and Marinka remain at the
        # epicenter of hostilities")
        r"(?:epicent(?:er|re)|hot\s*spots?|centre|center)\s+of\s+(?:the\s+)?hostilities",
        r"fought", r"battl(?:es?|ed|ing)",
        # ("the Russian Armed Forces are approaching Vuhledar from three directions")
        r"approach(?:es|ed|ing)?(?=\s+(?:the\s+(?:city|town|village)\s+of\s+)?"
        r"(?!(?:Ukrainian|Russian|Belarusian|North|Korean)\b)(?-i:[A-Z]))",
        # ("a very difficult situation ... is developing in Artemovsk (Bakhmut) and Vugledar",
        # "the situation remains difficult near Kupiansk": the fighting there)
        _DIFFICULT_SITUATION,
        # ("the situation is particularly tense in the area of Dvorichna", "in the village of
        # Ivanivske, the situation is considerably worse")
        r"situation\s+(?:is|was|remains|remained)\s+(?:very\s+|extremely\s+|most\s+"
        r"|particularly\s+|especially\s+|considerably\s+|much\s+|even\s+)?"
        r"(?:difficult|tense|critical|worse)",
        # ("the occupiers are increasing their efforts in the Pokrovsk direction", "focuses its
        # main efforts on the Pokrovske direction": where the fighting is)
        r"efforts(?=\s+(?:in|on|near|at|along)\s)",
        # ("Border towns in the Kursk and Belgorod regions have become battlegrounds"; not
        # "the skies ... have become a battleground" of drones)
        r"battlegrounds?",
        # ("a missile assault", "drone assaults": strikes, which "missile" already says)
        r"(?<!missile\s)(?<!drone\s)(?<!rocket\s)(?<!aerial\s)(?<!air\s)assaults?"
        # (not "the assault boats were hit near Chernomorske": a kind of boat)
        r"(?!\s+(?:boats?|ships?|craft|rifles?|helicopters?|vessels?|aircraft)\b)",
        r"clash(?:es|ed)?", r"skirmish(?:es|ed)?",
        # ("there were active hostilities in Sudzha district"; not "since the start of
        # hostilities", "the end of hostilities", "a period of escalating hostilities in the
        # region")
        r"(?<=active\s)hostilities",
        r"(?<!of\s)(?<!escalating\s)(?<!increasing\s)hostilities"
        r"(?=\s+(?:in|near|around|at|on)\s)",
        r"(?:military|joint)\s+(?:exercises|drills)",
        r"repel(?:s|led|ling)",
        r"repuls(?:e|ed|es|ing)", r"onslaughts?",
        # ("achieved victories over Ukrainian Armed Forces personnel ... in other regions")
        r"victor(?:y|ies)\s+over",
        # ("defeated Ukrainian troops near the settlements of Kostiantynivka", "inflicted
        # defeat on the manpower and equipment of three brigades near": the Russian Defence
        # Ministry's words for fighting there; not "a defeat for Moscow")
        r"defeat(?:ed|ing|s)?\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:troops|forces|units"
        r"|formations|brigades?|manpower|servicemen|groups|personnel)",
        # ("the Russian military “delivered a defeat” to the Ukrainian forces in the area of the
        # villages of Evgenovka, ...")
        r"(?:inflicted|delivered|dealt)\s+(?:a\s+)?defeat",
        # (“improved the tactical position and dealt a blow to (Ukrainian) manpower” around
        # border villages: the same ministry's words)
        r"dealt\s+(?:a\s+)?(?:[\w-]+\s+)?blows?\s+to\s+(?:the\s+)?(?:[\w’'()-]+\s+){0,3}?"
        r"(?:troops|forces|units|formations|brigades?|manpower|servicemen|personnel)",
        r"improv(?:e|ed|es|ing)\s+(?:the\s+|their\s+|its\s+)?tactical\s+positions?",
        # ("eliminated a Ukrainian troop formation trapped in a fire pocket on the north side of
        # Konstantinovka": fighting there; not people "eliminated" by a drone, which says strike)
        r"eliminat(?:ed|ing|es?)\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,3}?(?:troops|forces"
        r"|units?|formations?|garrisons?|groupings?|strongholds?)\b",
        r"(?:stopped|thwarted|foiled)\s+(?:[\w’'-]+\s+){0,2}?attempts?",
        # (not "converted the S-200 air defense system into an offensive weapon")
        r"offensives?(?!\s+(?:weapons?|capabilit(?:y|ies)|arms|potential)\b)",
        r"counter-?offensives?", r"positions", r"garrisons?",
        # ("Ukrainian forces counterattacked near Robotyne", "Russian troops are storming
        # Vovchansk"; not a storm of weather)
        r"counter-?attack(?:s|ed|ing)?", r"(?-i:storm(?:ed|ing))",
        # ("trying to storm the city", "have been trying to take Pokrovsk": an assault, not
        # yet a capture)
        r"(?<=\sto\s)(?-i:storm)(?=\s)",
        r"(?:(?<=try\sto\s)|(?<=trying\sto\s)|(?<=tried\sto\s)|(?<=tries\sto\s)"
        r"|(?<=attempt\sto\s)|(?<=attempts\sto\s)|(?<=attempting\sto\s)|(?<=attempted\sto\s)"
        r"|(?<=failed\sto\s)|(?<=failing\sto\s)|(?<=seeking\sto\s)|(?<=sought\sto\s))"
        r"take(?=\s+(?:(?-i:[A-Z])|the\s+(?:city|town|village|settlement)\b))",
        r"(?:military\s+)?convoys?",
        # ("They are now at the gates of Niu York, a significant Ukrainian stronghold")
        r"(?:(?<=\bare\s)|(?<=\bis\s)|(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bnow\s)|(?<=\balready\s))"
        r"at\s+the\s+gates\s+of",
        r"armou?red\s+vehicles",
        r"(?:troops|forces)\s+and\s+(?:military\s+)?(?:equipment|hardware)",
        r"(?:military\s+)?(?:equipment|hardware)\s+and\s+(?:troops|forces)",
        # (troops or weapons gathered; not "TASS has gathered the key takeaways")
        r"gather(?:s|ed|ing)(?=\s+(?:up\s+)?(?:[\w’',-]+\s+){0,4}?(?:troops|forces|soldiers|units"
        r"|servicemen|personnel|reserves|equipment|manpower|men|fighters|tanks|vehicles|aircraft"
        r"|groups?)\b)",
        r"(?:(?<=troops\s)|(?<=forces\s)|(?<=soldiers\s)|(?<=units\s)|(?<=reserves\s)|(?<=are\s)"
        r"|(?<=were\s)|(?<=been\s))gather(?:ed|ing)\b",
        r"amass(?:es|ed|ing)",
        # (not "Shaheds were being assembled in Yelabuga", "a plant assembling drones":
        # weapons made there)
        r"(?<!drones\s)(?<!Shaheds\s)(?<!missiles\s)(?<!weapons\s)(?<!drones\swere\sbeing\s)"
        r"(?<!Shaheds\swere\sbeing\s)(?<!missiles\swere\sbeing\s)assembl(?:ed|ing)"
        r"(?!\s+(?:(?:the|their|its)\s+)?(?:drones|Shaheds|missiles|weapons|vehicles)\b)",
        # ("pushing back the adversary in the vicinity of Kupyansk", "military operations are
        # underway near the village")
        # ("a comprehensive operation to destroy and displace the enemy is underway in
        # Pokrovsk")
        # (not "Rescue operations are currently underway in Kryvyi Rih", "Shelling is underway")
        r"(?<!rescue\s)(?<!search\s)(?<!recovery\s)operations?\s+(?:[\w-]+\s+){0,8}?(?:is|are)"
        r"\s+(?:now\s+|currently\s+|still\s+)?underway(?=\s+(?:in|near|around|at)\s)",
        # ("Emphasis on holding Pokrovsk and Mirnograd"; not "holding talks", nor a company:
        # "factories belonging to Kalashnikov Holding Company", "part of the Russian chemical
        # holding Ruskhim")
        r"(?<!\ba\s)(?<!\bthe\s)(?<!chemical\s)(?<!energy\s)(?<!industrial\s)(?<!state\s)"
        r"(?<!defence\s)(?<!defense\s)(?<!media\s)(?<!oil\s)(?<!gas\s)(?<!investment\s)"
        r"(?-i:holding)(?=\s+(?:the\s+(?:city|town|village)\s+of\s+)?(?-i:[A-Z]))",
        # ("the town of Dvorichna, which is contested between Russian and Ukrainian forces",
        # "Russia is also contesting for the town of Zapadne")
        r"contested(?=\s+between\b[^.;]{0,40}?\b(?:forces|troops|armies|sides)\b)",
        r"contesting(?=\s+for\s+(?:the\s+)?(?:town|village|city|settlement)\b)",
        # ("Soledar holds on. Although there is even more destruction", "the town is holding
        # out against daily assaults"; not "holds out hope", "held out a hand")
        r"(?:holds?|holding|held)\s+(?:on|out)(?=\s*[.,;!\"”]|\s+(?:against|despite|under"
        r"|for\s+(?:now|days|weeks|months)|amid)\b)",
        # ("The Russians are trying to hold Kreminna with all their might")
        r"(?<=to\s)hold(?=\s+(?:the\s+(?:city|town|village)\s+of\s+)?(?-i:[A-Z]))",
        r"push(?:es|ed|ing)?\s+back",
        # ("Russian invaders tried to dislodge our units from the occupied lines in the areas
        # of Myrolyubivka, Promin")
        r"dislodg(?:e|es|ed|ing)",
        # ("Our brigade’s zone of responsibility covers the city of Soledar")
        # (not "24 Shahed-131/136 drones were destroyed in their area of responsibility: 10 over
        # Mykolaiv Oblast": where air defence shot them down)
        r"(?<!their\s)(?:zone|area|sector)\s+of\s+responsibility",
        # ("tried to breach the Russian border near the villages of Tyotkino and Novy Put")
        # ("pierced a small but important section of the front line in ... Donetsk region")
        # ("Russia made a swift push to the town of Dobropillia, piercing through Ukraine’s
        # defences")
        r"(?:breach(?:es|ed|ing)?|pierc(?:e|es|ed|ing))(?=\s+(?:the\s+|their\s+|its\s+|an?\s+)?"
        # (not "a rare breach of the Ukrainian capital’s air defences": the sky's)
        r"(?:[\w’'-]+\s+){0,5}?(?:border|(?<!air\s)defen[cs]es?|lines?|front|positions"
        r"|fortifications)\b)",
        r"(?<=\s)push(?:es)?(?=\s+(?:to|towards?|on|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:town|city|village|settlement|(?-i:[A-Z]))\b)",
        # ("Russian troops are continuing to push on multiple axes, including Lyman, Siversk")
        r"push(?:es|ing)?(?=\s+on\s+(?:[\w-]+\s+){0,2}?(?:axes|directions|fronts|sectors)\b)",
        # ("taking a defensive stance against the Russians near the eastern city of Kupiansk")
        r"defensive\s+(?:stance|posture)",
        # ("the group operated in the Ugledar region"; not a company "operating in")
        r"(?:(?<=group\s)|(?<=unit\s)|(?<=groups\s)|(?<=units\s)|(?<=forces\s)|(?<=troops\s)|(?<=brigade\s)"
        r"|(?<=battalion\s)|(?<=fighters\s)|(?<=detachment\s))operat(?:ed|es|ing)"
        r"(?=\s+(?:in|near|around)\s)",
        # ("the Russians are installing minefields east of the occupied Enerhodar")
        r"(?:lay(?:s|ing)?|laid|install(?:s|ed|ing)?|plant(?:s|ed|ing)?)\s+minefields",
        r"minefields\s+(?:are|were|have\s+been|had\s+been)\s+(?:being\s+)?(?:laid|installed)",
        r"(?<!special\s)military\s+operations?(?=\s+(?:is|are"
        r"|was|were)\s+(?:underway|ongoing|continuing))",
        r"concentrat(?:ed|ing)",
        # ("continues to concentrate its personnel and equipment in the Kupiansk, Lyman, and
        # Svatove directions")
        r"concentrates?\s+(?:its\s+|their\s+)?(?:[\w-]+\s+)?(?:personnel|forces|troops"
        r"|equipment|units|reserves)",
        # ("There is also an accumulation of Russian troops there", "The Russian armed forces
        # are also accumulating in the depths of Crimea")
        # ("There are "powerful concentrations" of Russian troops near occupied Melitopol")
        r"(?:accumulations?|concentrations?[”\"’]?)\s+of\s+(?:[\w’'-]+\s+){0,3}?(?:troops|forces"
        r"|equipment|personnel"
        r"|servicemen|units|soldiers)",
        r"(?:troops|forces|units|personnel|servicemen|soldiers)\s+(?:(?:are|were|is|was|have"
        r"|has|been|also|still|now)\s+){1,3}accumulating",
        # ("The enemy is active near Maryinka, Krasnohorivka and Novomykhailivka")
        r"(?:(?<=enemy\s)|(?<=troops\s)|(?<=forces\s)|(?<=Russians\s)|(?<=occupiers\s)"
        r"|(?<=occupants\s))"
        r"(?:is|are|was|were|remains?|remained|has\s+been|have\s+been)\s+(?:[a-z]+\s+)?active",
        # ("Fortifications are being built ... near Feodosia", "dug about 200 kilometers of
        # trenches along the beaches")
        r"(?:build(?:s|ing)?|built|dig(?:s|ging)?|dug|erect(?:s|ed|ing)?|construct(?:s|ed|ing)?)"
        r"\s+(?:[\w’'-]+\s+){0,4}?(?:fortifications?|trenches|(?:defensive|defen[cs]e)\s+lines?"
        # ("erecting barbed wire around Konstantinovka and digging an antitank ditch")
        r"|barbed\s+wire|anti-?tank\s+(?:ditch(?:es)?|obstacles|defen[cs]es))",
        # ("Russian troops are strengthening their defenses in the Tokmak area", "the enemy
        # also continues to fortify in other directions")
        # ("Ukraine strengthened its position in the Kursk region of Russia")
        r"(?:strengthen|bolster|reinforc)\w*\s+(?:[\w’'-]+\s+){0,2}?(?:defen[cs]es|positions?"
        r"|fortifications|defensive\s+lines?)",
        r"fortif(?:y|ies|ying)\b",
        # ("a person responsible for the construction of fortifications has been appointed")
        r"construction\s+of\s+(?:[\w-]+\s+){0,2}?(?:fortifications|trenches|defen[cs]e\s+lines)",
        r"(?:fortifications?|trenches)\s+(?:are|were|is|was|have\s+been|has\s+been)\s+"
        r"(?:being\s+)?(?:built|erected|constructed|dug)",
        # ("Russia's Black Sea Fleet was likely relocating to Novorossiysk")
        r"(?<=fleet\s|Fleet\s)(?:(?:is|was|were|has\s+been|likely|now)\s+){0,2}relocat(?:es|ed|ing)",
        # ("Russian forces have partially shifted to defense near the village of Lyptsi")
        r"(?:shift(?:s|ed|ing)?|switch(?:es|ed|ing)?|went|gone|go(?:es|ing)?|mov(?:e|es|ed|ing))"
        r"\s+(?:\w+\s+)?(?:to|on(?:to)?)\s+(?:the\s+)?defen[cs](?:e|ive)",
        r"on\s+the\s+defensive", r"retreating(?!\s+from)",
        # ("meeting the fiercest resistance near the southern town of Pokrovsk")
        r"(?:fierce|fiercest|stiff|stiffest|heavy|strong|stubborn)\s+resistance",
        # ("Russia also continues to press against other Donetsk Oblast towns, namely Chasiv
        # Yar and Pokrovsk", "Russian units are pressing toward Huliaipole")
        r"press(?:es|ed|ing)?\s+(?:on\s+)?(?:against|towards?)\b",
        # ("mounting intense pressure on the city of Pokrovsk")
        # (not "increase pressure on Moscow", nor "stepping up pressure on Kyiv's forces")
        r"(?:mount(?:s|ed|ing)?|pil(?:e|es|ed|ing))\s+(?:[\w-]+\s+){0,2}?pressure\s+on"
        r"(?!\s+(?:[\w’'-]+\s+)?(?:forces|troops|army|defenders|units|soldiers)\b)",
        # ("enemy activity on the border of Krasnoyaruzhsky District"; "Most attempts have been
        # recorded on the Sumy front, but activity has also been observed in Kharkiv Oblast",
        # of sabotage groups)
        r"(?:enemy|hostile)\s+activity",
        # ("a slight decrease in Russian activity on the Kupiansk and Lyman fronts")
        r"(?:Russian|Ukrainian)\s+activity(?=\s+on\s+the\s+(?:[\w’'-]+\s+){1,4}?(?:fronts?"
        r"|directions?|axes|axis|sectors?)\b)",
        # (not "Russian UAV activity has been observed in Sumy": drones)
        r"(?<!UAV\s)(?<!drone\s)(?<!aerial\s)(?<!aviation\s)(?<!air\s)"
        r"activity\s+(?:(?:has|have)\s+(?:also\s+)?been|was|were)\s+(?:also\s+)?(?:observed"
        r"|recorded|noted|detected)",
        # ("The presence of Russian infantry has been detected on the northern outskirts")
        r"presence\s+of\s+(?:[\w-]+\s+){0,2}?(?:troops|forces|infantry|soldiers|units)",
        # ("are currently operating in small groups ... to the village of Krynky", "sabotage
        # groups infiltrated the village")
        # (not "air defense was operating in the Khmelnytskyi region", "a company operating in")
        # (nor "Air defense forces were operating in the Lviv region": the defence against
        # a strike)
        r"(?<!defense\s)(?<!defence\s)"
        r"(?:troops|forces|units|groups|soldiers|servicemen|fighters|saboteurs|infantry)\s+"
        r"(?:[\w’'-]+\s+){0,10}?operat(?:e|es|ed|ing)"
        r"(?=\s+(?:in|near|around|inside|behind|along|on)\s+(?!support\b))",
        r"infiltrat(?:e|es|ed|ing|ion)",
        # ("a pocket around the Ukrainian troops defending Kostiantynivka", "the units still
        # defending the city of Pokrovsk"; not "to defend Kyiv", a purpose)
        r"(?:troops|forces|units|soldiers|servicemen|brigades?|defenders|garrison)\s+"
        r"(?:(?:who\s+(?:are|were)|are|were|is|was|have\s+been|has\s+been|had\s+been|still|now"
        r"|currently)\s+)*defending"
        r"(?=\s+(?:the\s+(?:city|town|village)\s+of\s+)?(?-i:[A-Z]))",
        # ("an armed group of ten people approaching the Hlukhiv community"; "Ukrainian
        # military vehicle columns had been moving along the bypass road from Kharkiv")
        r"(?:troops|forces|units|groups?|columns?|convoys?|soldiers|servicemen)\s+"
        r"(?:[\w’'-]+\s+){0,6}?(?:approach(?:ing|ed|es)?|moving)"
        r"(?=\s+(?:the|along|through|from|into|toward|towards)\b)",
        # ("Russian troops started using military equipment near the towns of Toretsk")
        r"us(?:e|es|ed|ing)\s+(?:military\s+|heavy\s+|armou?red\s+)?"
        r"(?:equipment|vehicles|armou?r|tanks)(?=\s+(?:near|in|around)\s)",
        # ("only six Tu-22M3s were spotted at the Mozdok airbase")
        r"(?:aircraft|bombers|jets|planes|warships|ships|Tu-\d+\w*)\s+(?:were\s+|was\s+)?"
        r"(?:spotted|seen|observed)(?=\s+(?:at|in|near)\s)",
        # ("A Russian sabotage and reconnaissance group tried to enter Sumy Region")
        # (or "subversive and reconnaissance group", another rendering of the same words)
        r"(?:sabotage|subversive)\s+(?:and\s+reconnaissance\s+)?(?:groups?|units?)",
        # ("the Russian army is quickly closing in on what has for months been ...")
        r"clos(?:e|es|ed|ing)\s+in\s+on",
        # ("significant Russian troops’ activity is also observed in the directions of")
        r"(?:troops|forces|units)[’']?\s+activity",
        # ("simultaneous military activity on the outskirts of the village of Plavne")
        # (not "heightened military activity in Russia's capital": air defence, alerts)
        r"military\s+activity(?=\s+(?:on\s+the\s+outskirts|near|around)\b"
        # ("intensified military activity over the summer in the Borova direction")
        r"|(?:\s+[\w’'-]+){0,3}?\s+in\s+the\s+(?-i:[A-Z])[\w’'-]+\s+(?:direction|sector|axis)\b)",
        # ("The 3rd Assault Brigade ..., defending the Borova direction")
        r"defending(?=\s+the\s+(?-i:[A-Z])[\w’'-]+\s+(?:direction|sector|axis)\b)",
        # ("Ukrainian forces, who have held Stepnogorsk for months": holding the town)
        r"(?:have|has|had)\s+(?:(?:long|still|so\s+far)\s+)?held(?=\s+(?:the\s+)?(?-i:[A-Z]))",
        # ("Ukrainian forces are holding the line near Siversk")
        r"(?:hold|holds|holding|held)\s+the\s+(?:front\s+)?line",
        r"activity\s+of\s+(?:[\w’'-]+\s+){0,2}?(?:troops|forces|units)",
        # ("Russian forces had crossed the river near the village of Masiutivka")
        r"cross(?:ed|es|ing)?\s+the\s+(?:[A-Z][\w-]+\s+)?[Rr]iver", r"river\s+crossings?",
        # ("The enemy's main efforts are focused on the area around the settlements of ...")
        r"efforts?\s+(?:are|were|is|was|have\s+been|remain)\s+(?:\w+\s+)?focused\s+on",
        r"focus(?:es|ed|ing)?\s+(?:its|their|the)\s+(?:main\s+)?(?:efforts|attacks|forces)",
        # ("contested Korenevo", "the contested town of Toretsk": fought over; not "the area
        # remains contested", which says no more where, nor "the contested Donetsk region",
        # a region's description)
        r"contested(?=\s+(?:town|city|village|settlement|(?-i:[A-Z])(?![\w’'-]*\s+"
        r"(?:region|oblast|province|krai|territory)\b)))",
        # ("operatives of the Timur special task force ... landed in Crimea"; "the landing in
        # Crimea was carried out by boat")
        r"(?:troops|forces|operatives|marines|paratroopers|commandos|units|group)\s+"
        r"(?:[\w’'-]+\s+){0,8}?landed(?=\s+(?:in|on|at|near)\s)",
        r"(?<!emergency\s)landings?(?=\s+(?:in|on|at|near)\s)",
        # ("receiving training at five military training grounds in Ekaterinoslavka", "the
        # start of training for the Ukrainian military on Leopard 2 in Germany", "Ukrainian
        # units are also training in Germany")
        r"(?:military\s+)?training\s+(?:grounds?|camps?|ranges?)(?=\s+(?:in|at|near)\b)",
        # ("the Wagner Group camp in the settlement of Tsel near Asipovichy")
        r"(?:Wagner(?:\s+Group)?|army|military|tent(?:ed)?)\s+camps?(?=\s+(?:in|at|near)\b)",
        # ("Wagner instructors training national guardsmen at a firing range in the Asipovichy
        # region", "Wagner are training Belarusian soldiers in Belarus")
        r"(?:firing|shooting|military)\s+ranges?(?=\s+(?:in|at|near)\b)",
        # ("Wagner fighters instructing Belarusian soldiers at a military range")
        r"(?:training|instructing|drilling)\s+"
        r"(?:(?:the|their|its|new|young|local|national|[A-Z][\w-]*)\s+){0,3}"
        r"(?:soldiers|troops|servicemen|guardsmen|military|personnel|recruits|conscripts"
        r"|units|pilots|crews)(?=\s+(?:in|at|on)\s)",
        r"(?:receiv\w*|undergo\w*|underwent|start\w*|began|begin\w*)\s+(?:(?:of|the|their|an?"
        r"|accelerated|basic|military|combat)\s+){0,3}training",
        r"(?:troops|soldiers|servicemen|pilots|tankers|crews|units|recruits)\s+"
        r"(?:(?:are|were|is|was|also|now|being|been|have|has)\s+){0,3}(?:training|trained)"
        r"(?=\s+(?:in|at|on)\s)",
        # ("the Armed Forces of Ukraine are regrouping in the part of the Zaporozhye region")
        r"regroup(?:s|ed|ing)?(?=\s+(?:in|near|around|at|on)\s)",
        # ("the largest and strongest Russian soldiers are currently located in the Kursk
        # direction")
        r"(?:troops|forces|soldiers|units|servicemen|brigades?|groupings?)\s+(?:(?:are|were|is"
        r"|was|currently|now|still|also)\s+){1,3}located(?=\s+(?:in|near|at|on|along)\s)",
        # ("begun to mop up the area of multistory buildings", "mopping up Toretsk")
        r"mop(?:s|ped|ping)?\s+up",
        # ("Now our defenders continue to clear the settlement")
        r"clear(?:s|ed|ing)?(?=\s+the\s+(?:settlement|village|town|city)\b(?!\s+of\b))",
        # ("conditions are worsening in nearby areas like Selidovo and Toretsk")
        r"(?:situation|conditions)\s+(?:(?:is|are|was|were|has|have|had|continues?\s+to)\s+)?"
        r"(?:been\s+|now\s+|further\s+)?(?:worsen(?:s|ed|ing)?|deteriorat(?:e|es|ed|ing))"
        r"(?=\s+(?:in|near|around|at)\s)",

        # ("The enemy is blocked in Krynky"; not "the road was blocked in Kyiv")
        # ("Ukrainian soldiers were stretched along the eastern bank ..., and had been “blocked”
        # in the tiny village of Krynky"; "Dozens of Russian troops have been cut off at a
        # building site in the city of Vovchansk")
        r"(?:enemy|troops|forces|soldiers|units|groups|garrison|servicemen)\s+"
        r"(?:[\w’'-]+,?\s+){0,14}?(?:is|are|was|were|been|being)\s+[“\"‘]?"
        r"(?:blocked|cut\s+off|pinned\s+down)[”\"’]?"
        r"(?=\s+(?:in|at|near|inside)\s)",
    ),
    "territorial_claim": (
        r"captur(?:e|ed|es|ing)", r"(?:took|take|taken|taking|seized|gained|regained|in|under"
        # (not the governor's "controlled fuel burning" at a struck depot)
        r"|full)\s+control",
        r"control(?:s|led)(?!\s+(?:fuel\s+)?(?:burn(?:ing|out)?|fires?|explosions?|detonations?"
        r"|demolitions?|releases?|descent)\b)",
        # ("Russian troops have taken 13 villages ... six in the Dnipropetrovsk region", "has
        # also begun to take territory in Ukraine's neighbouring Sumy region")
        # (not "Kyiv’s grinding efforts to retake its occupied territories": its own lands)
        # (not "132 artillery attacks took place on the territory of Bilenke")
        r"(?:re)?(?:took|take|takes|taken|taking)(?!\s+place\b)"
        r"(?=\s+(?:[\w-]+\s+){0,3}?(?:villages|settlements"
        r"|localities|territory|territories)\b)" + _OWN_LANDS_AFTER,
        # (not "fighting continues for control of Pokrovsk", "the battle for control over")
        r"(?<!for\s)(?<!for\sthe\s)(?<!for\sfull\s)control\s+(?:of|over)",
        # ("Russian troops now control territory to the north, east and south of Kurakhove")
        r"(?<!for\s)(?<!to\s)control\s+(?:(?:the|most|much|parts?|all)\s+(?:of\s+)?)?"
        r"(?:territory|territories|areas?|ground|land)\b",
        # ("Russian troops now control eastern and southeastern Toretsk")
        r"(?<=now\s)control(?=\s+(?:the\s+)?(?:[a-z]+ern\s+(?:and\s+[a-z]+ern\s+)?)?(?-i:[A-Z]))",
        # ("Russian forces likely no longer control a ... trench line west of Verbove": lost)
        r"no\s+longer\s+(?:fully\s+)?control(?:s)?",
        # (not "Lukashenko, who seized power in Belarus", nor "the enemy has seized a huge
        # number of recreation centers, hotels" in Kyrylivka: buildings taken over)
        r"seiz(?:e|ed|es|ing|ure)(?!\s+(?:of\s+)?power\b)(?!\s+(?:(?:a|an)\s+)?(?:huge|large"
        r"|great|vast)?\s*(?:number|numbers)\s+of\b)",
        r"restor(?:e|ed|es|ing|ation\s+of)\s+(?:\w+\s+)?control",
        # ("Ukrainians established control over the proximate island", "have increased their
        # bridgehead on the eastern bank")
        r"establish(?:ed|es|ing)?\s+(?:\w+\s+)?control",
        # ("The Ukrainian military also continues to hold a foothold on the left bank ...
        # near the village of Krynky")
        r"(?:increas|expand|widen|enlarg|extend|hold|held|keep|kept|establish|creat)\w*\s+"
        r"(?:(?:their|its|the|a)\s+)?(?:[\w-]+\s+)?(?:bridgeheads?|foothold)",
        # ("Ukrainian officials have established a military commandant’s office in Sudzha")
        r"(?:establish|set\s+up|open|creat)\w*\s+(?:an?\s+|the\s+)?(?:military\s+)?"
        r"commandant[’']?s?\s+offices?",
        # ("expanding the buffer zone around the city of Volchansk", "Our zone of control is
        # also expanding around the city")
        r"(?:increas|expand|widen|enlarg|extend|creat)\w*\s+(?:(?:their|its|the|a|our)\s+)?"
        r"(?:buffer|security|sanitary)\s+zones?",
        r"zones?\s+of\s+control\s+(?:(?:is|are|has\s+been|was|also|now|steadily)\s+){0,3}"
        r"(?:expand|widen|grow|increas)\w*",
        # ("secured a foothold in Dvorichna"; "trying to gain a foothold" is fighting there)
        r"(?:gain(?:s|ed|ing)?|establish(?:es|ed|ing)?|secur(?:e|es|ed|ing)|got)\s+(?:a\s+)?"
        r"foothold",
        r"(?:took|taken|taking|takes|take)\s+over",
        # ("Kurakhove was the first significant town to capitulate")
        r"capitulat(?:e|ed|es|ing|ion)",
        # ("Russian forces last month also took Velyka Novosilka"; not "took Kyiv's side")
        r"(?:forces|troops|army|units|military)\s+(?:[\w,-]+\s+){0,4}?(?:re)?took"
        r"(?=\s+(?:the\s+(?:[\w-]+\s+)?(?:town|city|village|settlement)\s+of\s+)?(?-i:[A-Z])"
        r"(?![\w’'-]*[’']s\b))",
        r"liberat(?:e|ed|es|ing|ion)",
        # ("part of the territory near Dvorichna in the Kharkiv region was de-occupied")
        r"de-?occup(?:y|ied|ies|ying|ation)",
        # ("Staromaiorske, Donetsk region -- released.": an official's word for liberated)
        r"(?<=[-–—]\s)released(?=\s*[.!\n])",
        # ("freed the settlements of Melovoy, Podol and Sudzha"; not "freed two hostages")
        r"fre(?:ed|es|eing)(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:settlements?|villages?|towns?"
        r"|city|cities|(?-i:[A-Z])))",
        # (not "Kyiv’s grinding efforts to retake its occupied territories", beside Odesa: its
        # own lands, no place named)
        r"(?:recaptur(?:e|ed|es|ing)|retook|retak(?:e|en|ing)|regain(?:ed|s)?)" + _OWN_LANDS_AFTER,
        # ("its troops also took back the village of Nikolsky"; not "took back his words")
        r"(?:took|take|takes|taking|taken)\s+back(?=\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,2}?"
        r"(?:(?-i:[A-Z])|villages?|towns?|city|cities|settlements?|positions?|territor(?:y|ies)"
        r"|control|ground)\b)",
        # ("Ukrainian troops have pulled out of a village in the east"; not "Putin pulled out of
        # a deal")
        r"(?:(?<=troops\s)|(?<=forces\s)|(?<=units\s)|(?<=have\s)|(?<=has\s)|(?<=had\s))pull(?:ed|s|ing)?\s+out\s+of"
        r"(?!\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:deal|agreement|treaty|initiative|talks))",
        # ("Russian forces now control most of Chasiv Yar"; "controls" and "controlled" are
        # events whatever follows, above)
        # ("Ukrainian forces still control around 396 square kilometers (153 square miles)
        # in the Kursk region")
        r"control(?:ling)?(?=\s+(?:(?:about|around|roughly|nearly|almost|over|more\s+than"
        r"|less\s+than|some|up\s+to)\s+)?(?:(?:most|much|part|parts|half|all|the\s+bulk)\s+of"
        rf"|{_SHARE_OR_AREA}\s+(?:of|in))\b)",
        # ("the Russian Armed Forces control at least a dozen settlements in the
        # Dnipropetrovsk region, including Dachnoye, Filiya, Berezove")
        r"control(?=\s+(?:(?:at\s+least|about|around|some|over|more\s+than|nearly|almost)\s+)?"
        r"(?:a\s+dozen|dozens\s+of|several|[0-9]+|two|three|four|five|six|seven|eight|nine|ten)"
        r"\s+(?:[a-z]+\s+)?(?:settlements|villages|towns)\b)",
        # ("the South grouping holds parts of Konstantinovka"; not "holds half of its shares")
        r"hold(?:s|ing)?(?=\s+(?:most|much|part|parts|half|all)\s+of\s+(?:the\s+)?(?-i:[A-Z]))",
        # ("Russian forces now hold roughly 99 percent of the Luhansk region")
        r"hold(?:s|ing)?(?=\s+(?:(?:about|around|roughly|nearly|almost|over|more\s+than|some)"
        rf"\s+)?{_SHARE_OR_AREA}\s+(?:of|in)\s+(?:the\s+)?(?-i:[A-Z]))",
        # ("Russian troops on Wednesday took charge of the eastern Ukrainian town of Vuhledar")
        r"(?:took|take|taken|taking)\s+charge\s+of(?=\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
        r"(?:town|city|village|settlement)\b)",
        r"encircl(?:e|ed|es|ing|ement)", r"surrounded",
        # ("Ukrainian forces that had been trapped in the pockets of Kupyansk ... and of
        # Pokrovsk")
        r"(?:trapped|caught)\s+in\s+(?:the\s+)?pockets?", r"occup(?:y|ied|ies|ying|ation)",
        # (not "highlights the advancement of Ukrainian drone technology")
        r"advanc(?:e|ed|es|ing|ements?)(?!\s+(?:of\s+|in\s+)?(?:[\w-]+\s+){0,2}?(?:technolog\w*"
        r"|capabilit\w*|weapons?\s+systems|industry|programs?|programmes?)\b)",
        r"incursion",
        # ("its forward units had even pushed further east into the town of Graivoron")
        # ("In May, Russian forces also pushed across the border into Ukraine's Kharkiv region")
        r"pushed\s+(?:(?:further|farther|deeper|[a-z]+ward|north|south|east|west)\s+){0,2}"
        r"(?:across\s+the\s+border\s+)?(?:into|through)",
        # ("it had pushed Ukrainian forces out of a settlement called Guyevo"; not "residents
        # were forced out of their homes")
        r"(?:push(?:ed|ing)?|dr(?:o|i)ve|driven|driving|forc(?:ed|ing)|kick(?:ed|ing)|threw"
        r"|thrown|knock(?:ed|ing)|oust(?:ed|ing)|expell(?:ed|ing)|eject(?:ed|ing)"
        r"|displac(?:ed|ing)|edg(?:ed|ing))\s+"
        r"(?:[\w’'-]+\s+){0,3}?(?:forces|troops|units|soldiers|enemy|militants|invaders"
        r"|occupiers|them)\s+(?:out\s+of|from)"
        # (not "pushing the enemy out of their positions" near Verbove: fighting there)
        r"(?!\s+(?:(?:their|its|the|some|several)\s+)?(?:[\w-]+\s+)?positions?\b)",

        # ("Ukrainian troops were pushed out of Krynky"; not "residents were forced out of")
        r"(?:forces|troops|units|soldiers|army|enemy|militants|invaders|occupiers)\s+"
        r"(?:[\w’'-]+\s+){0,2}?(?:were|was|been|being|got)\s+(?:pushed|driven|forced|kicked"
        r"|knocked|ousted|expelled|thrown)\s+(?:back\s+)?out\s+of",
        # ("After being pushed out of Kursk Oblast, their aim was ...")
        r"(?:(?<=after\s)|(?<=since\s))(?:being|having\s+been)\s+(?:pushed|driven|kicked"
        r"|knocked|ousted|expelled|thrown)\s+(?:back\s+)?out\s+of",
        # ("In the Kupyansk direction, the Armed Forces of Ukraine (AFU) left several
        # strongholds", "had to abandon their positions")
        r"(?:left|leave|leaving|abandon(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,2}?(?:strongholds|positions)",
        # ("forced Kyiv to withdraw hastily from the town of Avdiivka")
        r"withdr(?:ew|awn|awal|aw|aws|awing)\s+(?:[a-z]+ly\s+)?from",
        # ("the withdrawal of Russian forces on the territory of Belarus")
        r"withdrawal\s+of\s+(?:[\w’'-]+\s+){0,2}?(?:troops|forces|units)(?=\s+(?:on|in|at)\b)",
        # ("Bakhmut was taken in its entirety", "Lyman, which was taken by Russia in May"; not
        # "taken to hospital", "taken prisoner", "measures are being taken")
        r"(?<!measures\s)(?<!steps\s)(?<!decision\s)(?<!action\s)(?<!actions\s)"
        # ("Similar measures have been taken in the Belgorod and Kursk regions")
        r"(?<!measures\shave\s)(?<!measures\shad\s)(?<!measures\sare\s)(?<!steps\shave\s)"
        r"(?<!steps\sare\s)(?<!precautions\shave\s)(?<!precautions\sare\s)"
        # (nor "the photo was taken near Kupiansk": where a picture was made)
        r"(?<!photo\s)(?<!photos\s)(?<!video\s)(?<!videos\s)(?<!footage\s)(?<!image\s)"
        r"(?<!images\s)(?<!picture\s)(?<!pictures\s)(?<!screenshot\s)(?<!photograph\s)"
        # ("Pokrovsk city ... and Vovchansk city ... were also taken")
        r"(?:was|were|been|being)\s+(?:(?:fully|completely|finally|already|reportedly|also)\s+)?"
        r"taken(?!\s+(?:to|into|away|down|off|out|up|over|prisoners?|hostages?|captives?|aback"
        r"|care|place|part|seriously|hold|ill|apart|from|by\s+surprise|under|in\s+by)\b)",
        r"mov(?:e|ed|ing)\s+(?:\w+\s+){0,2}?into",
        r"retreat(?:ed|s)?\s+from", r"annex(?:ed|ation)",
        r"fell\s+to(?!\s+(?:the\s+)?(?:ground|earth|floor|zero|\d))",
        # (not "a fire broke out ... due to the fall of UAV wreckage", "after the fall of
        # Shaheds")
        r"fall(?=\s+of\s+(?-i:[A-Z]))"
        rf"(?!\s+of\s+(?:[\w-]+\s+){{0,2}}?(?:{_DEBRIS}|parts|Shaheds?|Gerans?|drones?|UAVs?"
        r"|missiles?|rockets?)\b)",
        # (not "several Russian aircraft entered Romanian airspace")
        r"entered(?!\s+(?:[\w-]+\s+){0,2}?air\s?space)",
        # ("Ukrainian forces invaded Kursk Region on August 6", "they again invaded the Russian
        # border region of Belgorod"; not "since Russia invaded Ukraine", a country)
        r"invaded(?=\s+(?:the\s+)?(?:Russian\s+)?(?:(?:border\s+)?(?:region|territory|city|town"
        r"|village)\s+of\s+)?(?!(?-i:Ukraine|Russia|Georgia|Crimea\s+in\s+2014)\b)(?-i:[A-Z]))",
        # ("the Russian army has already penetrated into the Sumy Region", "a sabotage group
        # ... penetrated the territory of the Klimovsky district", "Enemy troops managed to
        # penetrate the city of Toretsk"; not "penetrating wounds", "trying to penetrate deep
        # into Russian territory", nor "have not penetrated")
        r"(?:(?<!not\s)(?<!never\s)penetrated|(?<=managed\sto\s)penetrate)"
        r"(?=\s+(?:(?:deep(?:er|ly)?|further)\s+)?(?:into\s+)?(?:the\s+)?"
        r"(?:(?:territory|city|town|village|settlement)\s+of\s+(?:the\s+)?)?(?-i:[A-Z]))",
        r"(?:troops|forces|soldiers|units|army)\s+(?:[\w’'-]+\s+){0,3}?reach(?:ed|es|ing)",
        # ("On Sunday, they reached Vovchansk")
        r"they\s+(?:[\w’'-]+\s+){0,2}?reach(?:ed|es|ing)"
        r"(?=\s+(?:the\s+)?(?:(?:outskirts|suburbs|edge|centre|center)\s+of\s+)?(?-i:[A-Z]))",
        # ("hoisted the Russian tricolor in the center of the village of Kamenskoye")
        r"rais(?:e|ed|es|ing)\s+(?:\w+\s+){0,2}?(?:flags?|tricolou?rs?)",
        r"(?:flags?|tricolou?rs?)\s+(?:was\s+|were\s+)?raised",
        r"hoist(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){0,3}?(?:flags?|tricolou?rs?)",
        # ("The Ukrainian military installed the national flag on the territory of the village
        # of Kozachi Lageri")
        r"(?:install|plant)(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){0,3}?(?:flags?|tricolou?rs?)",
        # ("the Ukrainian flag was again flying over the village of Storozhove")
        r"flags?\s+(?:(?:was|were|is|are)\s+)?(?:(?:again|now|once\s+again)\s+)?"
        r"(?:flying|flies|flew|waving|waves)\s+(?:over|above|in)",
        r"(?:made|make|makes|making)\s+(?:\w+\s+){0,2}?(?:gains|inroads)",
        # ("The Russian army is gaining ground in the Donetsk region")
        r"gain(?:s|ed|ing)?\s+(?:more\s+)?ground",
        # ("Russian troops have extended their reach by at least 30 km in ... regions")
        r"extend(?:s|ed|ing)?\s+(?:their|its)\s+reach",
        # ("its troops had finished clearing the Russian border town of Sudzha of Moscow’s
        # forces")
        r"clear(?:ed|ing|s)?(?=[^.;]{0,60}?\bof\s+(?:[\w’'-]+\s+){0,2}?(?:forces|troops|enemy"
        r"|units|soldiers|militants)\b)",
        # ("its troops had taken Rivnopillia and Mala Tokmachka", "Russian forces also took
        # Mala Tokmachka")
        r"(?:troops|forces|army|units|soldiers)\s+(?:(?:had|have|has|also|reportedly|now"
        r"|already|then|since)\s+){0,2}(?:took|taken)"
        r"(?=\s+(?-i:[A-Z]))",
        # ("its troops had taken the village of Voznesenka")
        r"(?:took|taken|take|takes|taking)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?"
        r"(?:village|town|city|settlement|hamlet)s?\s+of",
        # ("made progress against Russian forces elsewhere in the Donetsk region"; not in talks)
        r"(?:made|make|makes|making)\s+(?:\w+\s+){0,2}?progress(?!\s+(?:in|on|towards?|at)\s+"
        r"(?:the\s+)?(?:\w+\s+)?(?:talks|negotiations|peace|deal|agreement|diplomacy))",
        r"held\s+by\s+(?:[\w’'-]+\s+){0,2}?(?:forces|troops|army|soldiers)",
        r"under\s+(?!personal\b)(?:[\w’'-]+\s+){1,2}?control",
        # ("secured the eastern portion of Kupyansk", "secured a position in this settlement")
        r"secur(?:e|ed|es|ing)\s+(?:a\s+|the\s+|full\s+)?(?:[\w-]+ern\s+)?(?:positions?"
        r"|portion|part|half|foothold|bridgehead|checkpoint|control|settlement|village|town"
        r"|city|outskirts)",
        # ("has secured 13 settlements and over 230 square kilometers across the
        # Dnepropetrovsk and Zaporozhye regions")
        r"secur(?:e|ed|es|ing)\s+(?:\d+|several|two|three|four|five|six|seven|eight|nine|ten)"
        r"\s+(?:more\s+)?(?:settlements|villages|towns|localities)",
    ),
}  # fmt: skip
_AIR_DEFENCE_BEFORE = re.compile(
    r"\bair\s+defen[cs]es?\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?$", re.IGNORECASE
)
# "about 300 Ukrainians attacked the other checkpoint": people attack on the ground.
_PEOPLE_BEFORE = re.compile(
    r"\b(?:\d+(?:,\d{3})*|hundreds|dozens|thousands)\s+(?:of\s+)?(?:Ukrainian\s+|Russian\s+)?"
    r"(?:troops|soldiers|servicemen|fighters|Ukrainians|Russians|infantry(?:men)?|paratroopers"
    r"|saboteurs|militants)\s+(?:(?:had|have|has|then|also)\s+)?$",
    re.IGNORECASE,
)
# "retook positions", "struck Russian positions": positions as the object of another event.
_OBJECT_OF_EVENT = re.compile(
    r"\b(?:retook|recaptured|captured|took|seized|struck|hit|shelled|attacked|targeted|bombed"
    r"|liberated|destroyed)\s+(?:[\w’'-]+\s+){0,2}$"
    # ("the strike on enemy positions in Luhansk")
    r"|\b(?:strikes?|attacks?|hits?)\s+(?:on|against)\s+(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "repelled a Ukrainian drone attack", "repelled the attack of a drone": air defence.
_AIR_ATTACK_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:drones?|missiles?|rockets?|UAVs?|air|aerial)\b", re.IGNORECASE
)
# "repelled a Ukrainian attack involving several hundred soldiers", "repulsed 15 enemy
# attacks": the attack is ground combat, which the other word reports.
_REPELLED_BEFORE = re.compile(
    r"\b(?:repel(?:s|led|ling)?|repuls(?:e|ed|es|ing)|fought\s+off|beat\s+(?:back|off)"
    # ("Ukrainian forces had halted 37 Russian attacks in the Pokrovsk area")
    r"|halted|warded\s+off|held\s+off)\s+"
    # ("repelled at least 39 Russian attacks")
    r"(?:[\w’'-]+\s+){0,4}$",
    re.IGNORECASE,
)
# "all enemy attacks were repelled": the same, told the other way round.
_REPELLED_AFTER = re.compile(
    r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:[\w-]+\s+)?(?:repelled|repulsed|fought\s+off"
    r"|beaten\s+(?:back|off)|halted|warded\s+off|held\s+off)\b",
    re.IGNORECASE,
)
# An attack tried, or made by troops or armour: on the ground (the deployment triggers have
# it).
_GROUND_ATTACK_BEFORE = re.compile(rf"\b{_BY_LAND}\s+$", re.IGNORECASE)
# (and "attempt to attack near Orekhovo": intransitive, where they attacked)
_ATTEMPT_NEAR = re.compile(rf"(?<=\bto\s)attack{_WHERE_NEXT}", re.IGNORECASE)
# "as a result of offensive actions", "during the offensive", "a surprise counteroffensive":
# how a place was taken, in a sentence that says it was (_TAKEN).
_MEANS_BEFORE = re.compile(
    r"\b(?:as\s+a\s+result\s+of|during|in\s+the\s+course\s+of|after|amid|launching|through"
    r"|thanks\s+to)\s+(?:(?:the|a|an|its|their|successful|surprise|active|swift|lightning"
    r"|[\w’'-]+[’']s)\s+){0,3}$",
    re.IGNORECASE,
)
_TAKEN = re.compile(
    r"\b(?:captur(?:ed|ing)|liberat(?:ed|ing)|freed|seized|took|taken|retook|recaptured)\b",
    re.IGNORECASE,
)
# An attack tried ("attempted to attack"), and the deployment triggers for a ground attack;
# neither is ground fighting when drones or missiles are what tried (_AIR_WEAPONS).
_TRIED_BEFORE = re.compile(rf"\b{_TRIED_TO}\s+$", re.IGNORECASE)
_GROUND_ATTACK = re.compile(
    rf"{_TRIED_TO}\s+attack|{_BY_LAND}\s+attacks?|{_COUNTED}attacks|{_GROUND_SUBJECT}attack(?:s|ed|ing)?",
    re.IGNORECASE,
)
_GROUND_SUBJECT_BEFORE = re.compile(rf"\b{_GROUND_SUBJECT}$", re.IGNORECASE)
_ATTACKS_WHERE_AT = re.compile(_ATTACKS_WHERE, re.IGNORECASE)
_COUNTED_BEFORE = re.compile(rf"\b{_COUNTED}$", re.IGNORECASE)
_COUNTED_AREA_AFTER = re.compile(_AREA_NEXT, re.IGNORECASE)
_AIR_WEAPONS = re.compile(
    r"\b(?:drones?|missiles?|rockets?|UAVs?|unmanned|aerial|aircraft|bombs?|shelling|artillery"
    r"|Shaheds?|Gerans?|high-speed\s+targets?)\b",
    re.IGNORECASE,
)
# "Center for the Study of the ": an institution's name goes on, in capitals.
_NAME_OF_BEFORE = re.compile(
    r"(?-i:[A-Z])[\w-]+\s+(?:for|of)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]+\s+(?:of\s+)?(?:the\s+)?)?$"
)
# "relentless attacks by small, squad-level assault teams": on the ground.
_BY_GROUND_UNITS_AFTER = re.compile(
    # (not "an attack by russian occupation troops on the territory of Cherkasy region")
    r"\s+by\s+(?:[\w’',-]+\s+){0,4}?(?:assault\s+(?:teams|groups|units)|infantry|squads"
    r"|tanks)\b",
    re.IGNORECASE,
)
# "North Korean soldiers launched an attack on the village of Plyokhovo": troops attacking
# on the ground.
_GROUND_FORCES_BEFORE = re.compile(
    # (not "Russian troops launched a missile attack", Ukraine's usual words for a strike)
    r"\b(?:soldiers|infantry(?:men)?|paratroopers|marines|assault\s+(?:groups|teams|units))\s+(?:[\w’'-]+\s+){0,2}?(?:launched|carried\s+out|mounted|conducted"
    r"|began|started)\s+(?:an?\s+|new\s+|the\s+|their\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "attacked Ukrainian positions near Hlyboke", "attempted to attack the positions of
# Ukrainian troops west of Verbove": on the ground.
_POSITIONS_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?positions\b", re.IGNORECASE)
# "destroying Russian infantry holed up in Rodynske", "sabotage groups ... destroyed": forces
# beaten on the ground.
_FORCES_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:infantry|troops|personnel|manpower|groups?|units?|soldiers"
    r"|servicemen|tanks|armou?red\s+vehicles|military\s+vehicles|equipment)\b",
    re.IGNORECASE,
)
# "reporting unsuccessful Russian attacks in several areas around Avdiivka": ground combat
# (unless the attacks came from the air).
_FAILED_BEFORE = re.compile(r"\b(?:unsuccessful|failed)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
# (Not gains "on the left bank" or "on Bakhmut's southern flank".)
_ON_AFTER = re.compile(
    r"\s+on\b(?!\s+(?:the\s+)?(?:(?:left|right|east|west)(?:ern)?\s+bank|[\w-]+[’']s\s"
    r"|(?:[\w-]+\s+)?flanks?\b))",
    re.IGNORECASE,
)
# "Paratroopers captured 27 enemy soldiers in the Kursk region": prisoners taken in fighting
# there, no ground.
_PRISONERS_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:soldiers|servicemen|troops|prisoners|fighters|militants|men"
    r"|personnel|POWs|paratroopers|marines|mercenaries)\b",
    re.IGNORECASE,
)
# "Footage captured the moment of an explosion", "captured on video": filmed.
_CAMERA_BEFORE = re.compile(
    r"\b(?:footage|videos?|cameras?|CCTV|photos?|photographs?|images?|pictures?|recordings?"
    r"|witnesses|residents|locals|satellites?)\s+(?:[\w-]+\s+){0,2}$"
    # ("satellite footage at 3:41, which allegedly captured six ignition points")
    r"|\b(?:footage|videos?|photos?|images?|pictures?)\b[^.;]{0,30}?\b(?:which|that)\s+"
    r"(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_CAMERA_AFTER = re.compile(
    # ("reported by Militarnyi and captured in eyewitness videos")
    # ("a moment captured only by the grainy footage of a single security camera")
    r"\s+(?:(?:only\s+)?(?:on|in|by)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:videos?|cameras?|film"
    r"|footage|photos?|tape|CCTV)"
    r"|the\s+(?:moment|sound|scene|image|attack|explosion|blast)s?"
    # ("explosions and a large fire ... captured by fishermen in Romania")
    r"|by\s+(?:a\s+|the\s+)?(?:local\s+)?(?:fishermen|residents|locals|(?:eye)?witnesses"
    r"|journalists|photographers?|passers-?by|bystanders|tourists))\b",
    re.IGNORECASE,
)
# ... with a gloss in brackets the lookbehind of the "taken" word cannot see: "one of the
# photos (a screenshot from the video) was taken".
_PICTURE_BEFORE = re.compile(
    r"\b(?:photos?|videos?|footage|images?|pictures?|screenshots?|photographs?)\s*"
    r"\([^()]{0,60}\)\s*$",
    re.IGNORECASE,
)
# "the situation was under control" (a mayor calming residents), "the Russian authorities in
# control of the Zaporizhzhia nuclear power plant" (who runs it): no ground held or taken.
_NOT_HELD_BEFORE = re.compile(
    r"\b(?:situation|fires?|blaze|flames)\s+(?:(?:is|was|remains|remained|has\s+been|had\s+been"
    r"|were|are|now|already|fully|completely)\s+){1,3}$"
    # ("the main regional city which is under Ukrainian control": a description)
    r"|\b(?:which|that)\s+(?:is|are|remains|remain|has\s+remained)\s+(?:still\s+|now\s+)?$"
    r"|\b(?:authorities|officials|administration|management|operators?|company)\s+$",
    re.IGNORECASE,
)
# ... however long the phrase that names it (unless it is someone's control "of" it).
_SITUATION_BEFORE = re.compile(r"\b(?:situation|fires?|blaze)\b[^.;:]*$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b")
# "towns under Ukrainian government control such as Chasiv Yar": examples of a state.
_EXAMPLES = re.compile(r",?\s+(?:such\s+as|including|like)\b", re.IGNORECASE)
# "battling a blaze": firefighting, not fighting.
_FIRE_AFTER = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:blazes?|fires?|flames|wildfires?)\b"
    # ("doctors are fighting to save his life")
    r"|\s+(?:to\s+save|for\s+(?:his|her|their|the)\s+li(?:fe|ves))\b",
    re.IGNORECASE,
)
# A kind of unit: "Assault Battalion", "airborne assault brigades".
_UNIT_NAME_AFTER = re.compile(
    r"\s+(?:battalions?|brigades?|regiments?|compan(?:y|ies)|divisions?|corps|detachments?)\b",
    re.IGNORECASE,
)
# "unmanned combat aerial vehicles": drones, no fighting on the ground.
_COMBAT_VEHICLE_AFTER = re.compile(
    r"\s+(?:aerial\s+vehicles?|drones?|UAVs?|aircraft|jets?|helicopters?"
    # ("as a result of the combat work of the Armed Forces, a radar station ... was
    # destroyed": the strike's own words)
    r"|work\s+of)\b",
    re.IGNORECASE,
)
# "withdrew from the grain deal": a treaty left.
_AGREEMENT_AFTER = re.compile(
    # ("Russia’s withdrawal from a UN-brokered Black Sea grain accord")
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,4}?(?:deal|agreement|treaty|initiative|talks"
    r"|accord|pact|convention|negotiations)\b",
    re.IGNORECASE,
)
# "occupied" describing what it stands before ("the temporarily occupied left bank",
# "occupied territories"), not reporting an occupation.
# "the part of the Zaporozhye region controlled by Kyiv": which part of a region is meant.
_PART_OF_BEFORE = re.compile(
    r"\b(?:the|a)\s+(?:[\w-]+\s+)?(?:part|parts|portion|areas?|territor(?:y|ies))\s+of\s+"
    r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:region|oblast|province|krai)?\s*$"
)
_DESCRIBED_BEFORE = re.compile(
    r"\b(?:temporarily|partly|partially|newly|illegally|currently|the|an?|its|their"
    # ("the governor of Ukraine’s occupied Zaporizhzhia region")
    r"|(?-i:[A-Z])[\w-]*['’]s)\s+$",
    re.IGNORECASE,
)
_TEMPORARY_BEFORE = re.compile(r"\bunder\s+(?:the\s+)?(?:temporary|partial)\s+$", re.IGNORECASE)
_DESCRIBED = re.compile(
    r"\s+(?:(?i:left|right|parts?|territor\w*|areas?|regions?|lands?|bank|cit\w+|towns?"
    r"|villages?|zones?|settlements?|peninsula|south\w*|east\w*|north\w*|west\w*)\b)"
)
# "more advanced S-400 systems", "advanced weapons": the adjective.
_ADVANCED_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:more|most|highly|technologically|an|the|its|their)\s+$", re.IGNORECASE
)
_ADVANCED_ADJECTIVE_AFTER = re.compile(
    r"\s+(?:[A-Z]|(?:weapons?|weaponry|arms|systems?|air|missiles?|equipment|technolog\w*"
    r"|fighter|jets?|aircraft|drones?|radars?|tanks?|artillery"
    # ("95 buildings equipped with advanced information technology")
    r"|information|training|medical|research|materials?|features?|capabilit\w*)\b)"
)
_OCCUPIERS_AFTER = re.compile(
    # (and 'the official occupation so-called "authorities" of Crimea', 'The Russian occupation
    # “authority” confirmed the explosions')
    r"\s+(?:[\w-]+\s+)?[\"“]?(?:authority|authorities|forces|troops|army|power|administration"
    r"|officials|regime)\b",
    re.IGNORECASE,
)
_NEARLY_BEFORE = re.compile(
    r"\b(?:all\s+but|almost|nearly|partially|partly|half|practically|virtually)\s+$",
    re.IGNORECASE,
)
_OCCUPYING_FORCES_BEFORE = re.compile(
    r"\b(?:forces|troops|army|authorities|administration|officials|units)\s+$", re.IGNORECASE
)
# "the captured territories of the Kherson region": which lands.
_TERRITORIES_OF_AFTER = re.compile(r"\s+(?:territor(?:y|ies)|lands?|areas?)\s+of\b", re.IGNORECASE)
# "the seized settlement of Sorokyne", "the captured Avdiivka": one place, named.
_ONE_PLACE_AFTER = re.compile(r"\s+(?:(?:settlement|town|city|village)\s+of\s+)?(?-i:[A-Z])")
# "the destroyed frontline city of Bakhmut", "the largely ruined town": what a place is
# like, no event.
_THE_RUINED_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their)\s+(?:(?:largely|almost|nearly|completely|totally|partly"
    r"|partially|heavily|badly|now)\s+)?$",
    re.IGNORECASE,
)
_RUINED_PLACE_AFTER = re.compile(
    r"(?:,?\s+(?!(?:by|in|on|at|with|and|or)\b)[\w-]+){0,2}?\s+(?:city|town|village|settlement"
    r"|cities|towns|villages|settlements)\b",
    re.IGNORECASE,
)
# "with annexed Crimea", "in occupied Melitopol": after a preposition, before a name.
_DESCRIBED_NAME = re.compile(r"\s+[A-Z]")
# "before the beginning of the Russian offensive", "since the start of the full-scale
# invasion": when, not where.
_WAR_BEGAN_BEFORE = re.compile(
    r"\b(?:before|since|after)\s+(?:the\s+)?(?:start|beginning|outbreak|launch|onset)\s+of\s+"
    r"(?:(?:the|Russia[’']s|Moscow[’']s|its|a)\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "was occupied by Russian forces for months": held once, for a while.
_WAS_BEFORE = re.compile(r"\b(?:was|were|had\s+been)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_FOR_A_WHILE_AFTER = re.compile(
    r"[^.;]{0,40}?\bfor\s+(?:(?:several|many|some|eight|six|seven|nine|two|three|four|five|\d+)"
    r"\s+)?(?:months|weeks|years)\b",
    re.IGNORECASE,
)
# "has largely been spared the worst of the fighting": what a place has not seen.
_SPARED_BEFORE = re.compile(
    r"\bspared\s+(?:from\s+)?(?:the\s+)?(?:(?:worst|brunt|bulk)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# "was occupied for several months ... before being retaken": a past occupation and its end.
_ENDED_OCCUPATION_BEFORE = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:[\w-]+\s+)?(?:occupied|held|seized|captured)\b[^.;]{0,80}?"
    r"\bbefore\s+being\s+$",
    re.IGNORECASE,
)
# "controlled the central parts of Kupiansk with FPV drones": by fire.
# ("entrances to Pokrovsk ... are all controlled by Russian FPV drones")
_FIRE_CONTROL_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:with|by)\s+(?:[\w-]+\s+){0,2}?(?:drones|UAVs|artillery|fire)\b",
    re.IGNORECASE,
)
# A name and its comma just before "occupied" or "annexed": either what the word describes in
# passing ("Crimea, annexed by Russia, hosts just two such terminals", with
# _APPOSITION_BY_AFTER), or the item before it in a list ("the capital Moscow, occupied
# Crimea, and many other regions", with _LISTED_NAME_AFTER).
_NAME_COMMA_BEFORE = re.compile(r"(?-i:[A-Z])[\w’'-]+,\s+$")
# "Donetsk, a large city occupied by Moscow in eastern Ukraine": what the place is, said in
# passing.
_A_PLACE_OF_BEFORE = re.compile(
    r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|settlement|port|region"
    r"|peninsula)\s+$"
    # ("in Genichesk – a town just north of Crimea, also occupied by Russian forces")
    r"|(?:,|\s[–—])\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|settlement|port"
    r"|region|peninsula)\s+(?:just\s+)?(?:north|south|east|west|near|outside)\b[^.;,]{0,40},\s+"
    r"(?:also|now|still|too)\s+$",
    re.IGNORECASE,
)
# "in the city, now held by Russian forces,": its state, said in passing.
_NOW_BEFORE = re.compile(r",\s+(?:now|still|currently)\s+$", re.IGNORECASE)
_LISTED_NAME_AFTER = re.compile(
    r"\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s*(?:,|\band\b)"
)
_APPOSITION_BY_AFTER = re.compile(
    r"\s+by\s+(?:Russia|Moscow|(?:the\s+)?Russian\s+(?:Federation|forces|troops))"
    r"(?:\s+in\s+\d{4})?,",
    re.IGNORECASE,
)
_VERB_AND_BEFORE = re.compile(r"\b(?-i:[a-z])[\w’'-]*,?\s+and\s+$")
# ", which is", ", which Moscow claims to have": a relative aside after a place, which
# describes it.
_RELATIVE_ASIDE_BEFORE = re.compile(
    # (and "the city of Donetsk, which remains occupied by Russia", or no comma after a
    # region: "the Donetsk, Lugansk, Kherson and Zaporizhzhia regions that it claimed to
    # have annexed")
    r"(?:,\s*|\b(?:regions?|oblasts?|territor(?:y|ies)|lands?|areas?|peninsula)\s+)"
    r"(?:which|that)\s+(?:[\w’'-]+\s+){0,7}?(?:is|are|was|were|been|have|has|partially"
    r"|now|still|also|remains?|remained"
    # ("the Zaporizhia region that is partly controlled by Moscow"; not "which it already
    # partly controls", a claim)
    r"|(?<=is\s)(?:partly|largely|mostly|fully))\s+"
    # ("In Mariupol, which is under the occupation of Russia")
    r"(?:under\s+(?:the\s+)?)?$"
    # ("the eastern region of Luhansk, most of which Moscow controls")
    r"|,\s*(?:most|much|all|parts?|some)\s+of\s+which\s+(?:[\w’'-]+\s+){1,2}(?:now\s+|still\s+)?$",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(
    # ("sank a Russian patrol ship off occupied Crimea", "near annexed Crimea")
    r"\b(?:with|in|into|to|from|of|on|across|and|through|over|for|off|near|around|outside"
    r"|towards?|at|inside|within|throughout|by"
    # ... or a list's: "91 drones across eight regions, including Belgorod, as well as
    # annexed Crimea"
    r"|as\s+well\s+as|including|or"
    # ... or a verb of attack: "Explosions rocked occupied Crimea", "struck occupied Melitopol"
    r"|rocked|rock|rocks|hit|hits|struck|strikes|shelled|shells|attacked|attacks|targeted"
    r"|targets|bombed|pounded)\s+$",
    re.IGNORECASE,
)
# "its advance missions near Soledar": the fighting, no ground taken.
_MISSIONS_AFTER = re.compile(r"\s+(?:missions?|operations?|attempts?|efforts?)\b", re.IGNORECASE)
# An attempt to take a place is fighting there, not a claim that it was taken.
_ATTEMPT_BEFORE = re.compile(
    r"\b(?:try|trying|tried|tries|attempt(?:ed|ing|s)?|in\s+order|fail(?:ed|ing|s)?|sought|seeking"
    # ("Russia has been pushing to capture the remaining parts of Donetsk Oblast")
    r"|aim(?:ed|ing|s)?|plan(?:ned|ning|s)?|intend(?:ed|ing|s)?|bid|efforts?"
    r"|push(?:es|ed|ing)?|striv(?:e|es|ed|ing))\s+"
    # ("all efforts by the occupiers to gain complete control over the left bank")
    # ("attempting to partially encircle the city of Pokrovsk")
    r"(?:by\s+(?:the\s+)?[\w’'-]+\s+)?to\s+(?:[a-z]+ly\s+)?(?:(?:gain|win|establish|take|seize)\s+"
    r"(?:full\s+|complete\s+|total\s+)?)?$"
    # ("focusing its efforts on capturing the strategic location", "aimed at taking the city")
    r"|\b(?:efforts?|aim(?:ed|ing|s)?)\s+(?:on|at)\s+$"
    # ("continuing to hold back the advance of Russian troops", "halted the Russian advance")
    r"|\b(?:hold(?:ing|s)?|held)\s+back\s+(?:the\s+)?$"
    r"|\b(?:(?:halt|stall|thwart|contain|slow)(?:s|ed|ing)|stop(?:s|ped|ping)"
    r"|to\s+(?:halt|stop|stall|thwart|contain|slow))\s+(?:the\s+)?(?:[\w’'-]+\s+)?$"
    # ("with the aim of capturing Borova")
    r"|\b(?:aim|goal|purpose|intention|hope)\s+of\s+$"
    # ("stepped up their drive to encircle the eastern Ukrainian city of Bakhmut", "have
    # stopped Russia from advancing further into the northeastern Kharkiv region")
    r"|\bdrive\s+to\s+$"
    # ("The Russians are far from capturing the lifeline route from Chasiv Yar")
    r"|\bfar\s+from\s+$"
    # ("Their primary objective appears to be the encirclement of Kupiansk", "deploying
    # additional forces to encircle the city")
    r"|\b(?:objective|goal|aim)s?\s+(?:(?:is|was|are|were|appears?|seems?|to|be)\s+){1,3}"
    r"(?:the\s+)?$"
    r"|\b(?:forces|troops|reserves|units|reinforcements)\s+to\s+$"
    r"|\b(?:stop(?:s|ped|ping)?|prevent(?:s|ed|ing)?|kept|keep(?:s|ing)?)\s+(?:[\w’'-]+\s+){1,3}?"
    r"from\s+$"
    # ("an imminent and intense battle for control of Pokrovsk": fighting for it)
    r"|\b(?:battles?|fight(?:s|ing)?|struggle|contest)\s+for\s+(?:full\s+)?$",
    re.IGNORECASE,
)
# Attacks "in the Donetsk, South Donetsk, Krasny Liman and Kupyansk directions": along a
# front, on the ground (unless the sentence tells of missiles or drones).
_IN_DIRECTIONS_AFTER = re.compile(
    r"\s+(?:in|on|along)\s+(?:the\s+)?(?:[\w’'-]+(?:\s*,\s*|\s+and\s+|\s+)){1,8}?"
    r"(?:directions?|axis|axes|sectors?)\b",
    re.IGNORECASE,
)
# "advanced to within 12 miles of the city of Sumy": near it, none of it taken.
_TO_WITHIN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?to\s+within\b", re.IGNORECASE)
# "as Russian forces advance towards the city": on the way to a place, none taken yet.
_TOWARD_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?towards?\b", re.IGNORECASE)
# "The Ukrainian military deployed a suicide drone to execute the strike": a weapon launched
# (the drone is the strike), no troops deployed.
_WEAPON_LAUNCHED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:drones?|UAVs?|missiles?|rockets?|bombs?|munitions"
    # ("Russians deployed heavy artillery to attack Nikopol": the shelling is the event)
    r"|artillery(?=\s+to\s+(?:attack|shell|strike|hit|fire|pound)))\b"
    # (not "has deployed the Oreshnik missile system in Belarus": a weapon stationed there)
    r"(?!\s+(?:systems?|launchers?|complex(?:es)?|batter(?:y|ies)|units?|divisions?"
    r"|brigades?|regiments?)\b)",
    re.IGNORECASE,
)
# "attempting to break through Ukrainian defenses in the forests around Kupyansk and
# advance towards the city": the attempt covers the second verb too.
_ATTEMPT_AND_BEFORE = re.compile(
    r"\b(?:(?:trying|tried|tries|attempt(?:ed|ing|s)?|sought|seeking)\s+to"
    # ("with the aim of blocking, and later capturing, Kupiansk")
    r"|(?:aim|goal|purpose|intention)\s+of)\s+[^.;:]{1,90}?"
    r"(?:\s+and|,\s+and|,)\s+(?:(?:later|then|eventually|ultimately)\s+)?"
    # ("attempting to partially encircle the city of Pokrovsk ... and gain control of")
    r"(?:(?:gain|win|establish|take|seize)\s+)?$",
    re.IGNORECASE,
)
HYPOTHETICAL = "hypothetical"
# A drone seen flying over a place, and what would make it a strike there after all.
_FLEW_OVER_AFTER = re.compile(r"\s+(?:flew|flies|flying|appeared|hovered|circled)\s+over\b")
_CAME_DOWN = re.compile(
    r"\b(?:crash\w*|hit|struck|fell|explod\w*|damag\w*|attack\w*|destroy\w*|shot\s+down)\b",
    re.IGNORECASE,
)
# Drones or missiles brought down, in the same sentence.
_SHOT_DOWN = re.compile(
    r"\b(?:drones?|UAVs?|[Ss]haheds?|missiles?)\b[^.;]{0,80}?\b(?:shot\s+down|intercepted"
    r"|downed|neutrali[sz]ed)\b",
    re.IGNORECASE,
)
# Between an event word and the weapons it was made with: " with guided aerial ".
_WEAPON_OF_BEFORE = re.compile(r"\s+with\s+(?:[\w-]+\s+){0,3}")
# "Russian troops regularly shell the settlements of Sumy Oblast": what is done as a rule,
# no event of the article's.
_HABITUAL_BEFORE = re.compile(r"\b(?:regularly|routinely|habitually)\s+$", re.IGNORECASE)
# "an airborne forces battalion, previously engaged in the Zaporizhzhia region's combat":
# what it did before, not news.
_FORMERLY_BEFORE = re.compile(r"\b(?:previously|formerly)\s+(?:[\w’'-]+\s+){0,6}$", re.IGNORECASE)
# "no active combat operations are taking place on the Kupiansk ... directions": denied.
_NONE_BEFORE = re.compile(
    r"\bno\s+(?:(?:active|major|significant|new|further|serious|large-scale)\s+)?$"
    # ("parts of the Donetsk region that were not already under occupation")
    r"|\bnot\s+(?:(?:already|yet|currently|now)\s+)?under\s+(?:(?:Russian|Ukrainian)\s+)?$"
    # ("Russia has not taken control of Pokrovsk", "Russian forces haven't yet captured")
    r"|\b(?:has|have|had|did|does|do)(?:\s+not|n[’']t)\s+(?:(?:yet|fully|completely)\s+)?$"
    # ("The enemy did not conduct offensive operations in the Kupiansk sector")
    r"|\b(?:did|does|do)(?:\s+not|n[’']t)\s+(?:conduct|carry\s+out|launch|mount|undertake)"
    r"\s+(?:any\s+)?(?:(?:active|offensive|assault|combat)\s+)?$",
    re.IGNORECASE,
)
# What might happen is no event: "would help in capturing the rest of Donetsk", "aimed at
# making ... Bakhmut", "focused on recapturing Kupiansk", "wanted to expand its advance",
# "may become the focal point of a future Russian offensive", "may now be prioritizing ...
# advancing to the boundary", "their intention to attack the city", "a cell that had been
# preparing an attack on synagogues in Moscow".
_HYPOTHETICAL_BEFORE = re.compile(
    # ("where Ukraine says Russia is planning a fresh offensive")
    r"\b(?:would|could|might|in\s+order\s+to|prepar(?:e|es|ed|ing)|plott(?:ed|ing)|plann(?:ed|ing)"
    # ("a state of emergency due to a possible drone attack")
    r"|possible|potential"
    # ("This creates prospects for advancing to the regional center of Borovaya", "no
    # information that Russia is ready to attack Kharkiv", "poised to capture")
    r"|prospects?\s+(?:for|of)|(?:ready|poised)\s+to"
    r"|aim(?:ed|ing|s)?\s+(?:at|to)|focus(?:ed|es)?\s+on|hop(?:e|es|ed|ing)\s+to"
    # ("their aim was to establish a buffer zone in Sumy Oblast")
    r"|(?:aim|goal|objective)s?\s+(?:was|is|were|are)\s+to"
    # ("the range of weapons capable of targeting the city")
    r"|capable\s+of"
    # ("could utilize its elevation to gain an increased advantage for attacks on the
    # neighboring towns of Kostiantynivka and Druzhkivka")
    r"|advantage\s+(?:for|in)\b"
    # ("Moscow's efforts are now centralized on conquering the Donetsk and Luhansk regions")
    r"|(?:centred|centered|centralized|centralised)\s+on"
    r"|want(?:s|ed)?\s+to|wish(?:es|ed)?\s+to|conditions\s+for|launch\s+point\s+for"
    # ("The capture of Chasiv Yar would allow the Russian military to launch an offensive
    # against ... Kostiantynivka"; not "allowed Ukrainian troops to enter", which happened)
    r"|(?:would|could|will|might|may)\s+(?:also\s+)?(?:allow|enable|let)\s+(?:[\w’'-]+\s+){1,3}?to"
    r"|help(?:s|ed)?\s+in|allow(?:s|ed|ing)?\s+(?:for|us\s+to|them\s+to)|pav(?:e|es|ed|ing)\s+the"
    r"\s+way\s+(?:for|to)|(?-i:may)\s+become|(?<!\bthe\s)future"
    r"|(?-i:may)\s+(?:now\s+|also\s+)?be\s+[a-z]+ing|intentions?\s+to"
    # ("the occupiers intended to launch guided aerial bomb attacks on Beryslav", "In an
    # attempt to deliver another aviation strike ... on the Beryslav area")
    r"|intend(?:s|ed|ing)?\s+to|in\s+an\s+attempt\s+to"
    # ("trying to capture Chasiv Yar for months in a bid to occupy the entirety of Donetsk
    # Oblast")
    r"|in\s+a\s+bid\s+to"
    # ("a crucial staging point to advance westward through the Donetsk region, potentially
    # targeting the key cities of Kramatorsk and Sloviansk"; "a path opened to" a town)
    r"|potentially|staging\s+(?:point|ground|area|post)s?\s+(?:to|for)"
    r"|paths?\s+(?:paved\s+|opened\s+)?(?:for|to)"
    # ("a logistics hub ... that is threatened by the advance of Russian troops")
    r"|threatened\s+by|under\s+threat\s+(?:of|from)|at\s+risk\s+(?:of|from)"
    # ("an exhibition commemorating the Russian capture of Ukrainian Mariupol": a past event
    # remembered, not this one)
    r"|commemorat(?:e|es|ed|ing|ions?\s+of)|anniversary\s+of"
    # ("security units and law enforcement agencies ordered to destroy any drones detected")
    r"|ordered\s+to\s+(?:destroy|shoot|intercept)"
    # ("The Seshcha airbase ... is used to launch Iranian-made Shahed kamikaze drones at
    # Kyiv": what a base is for, no attack told)
    r"|(?:is|are|being)\s+(?:also\s+)?used\s+(?:to|for)"
    # ("the threat of drone attacks remains", "the danger of a drone strike had passed")
    r"|threats?\s+(?:of|from)|dangers?\s+of"
    # ("its next objective is to take the town of Sloviansk")
    # ("Russia's aim was almost certainly to capture parts of ... Donetsk region")
    r"|(?:objective|goal|target|task|mission|aim)\s+(?:is|was|will\s+be)\s+(?:[a-z]+\s+){0,2}?to"
    # ("Their aim is full control over both Sumy and Kharkiv")
    r"|(?:objective|goal|aim|intention)s?\s+(?:is|was|are|were|will\s+be)\s+"
    r"(?:(?:the|a|full|complete|total)\s+)*$"
    # ("their broader objectives of fully occupying Donetsk and Luhansk oblasts")
    r"|objectives?\s+of"
    # ("wages a campaign to capture the whole of ... Donetsk region", "its mission to take
    # the key logistical hub of Pokrovsk", "their overall goal to capture the entire
    # Donetsk Oblast")
    r"|(?:campaign|mission|quest|goals?|ambitions?)\s+to"
    # ("advancing slowly and steadily westward as part of a drive to capture the Donbas"; not
    # "stepped up their drive to encircle ... Bakhmut", which goes on)
    r"|part\s+of\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?(?:drive|bid|push)\s+to"
    # ("the Russians need to transfer armored vehicles to the western bank, but they cannot")
    r"|needs?\s+to|cannot|can[’']t|unable\s+to"
    # ("cautiously optimistic that Ukraine can retake Tokmak")
    r"|\bcan\s+$"
    # ("Russia will do everything possible to cross the administrative border")
    r"|(?:do|does|doing|did)\s+everything\s+(?:possible\s+|in\s+its\s+power\s+)?to"
    # ("we will actually mop up quite a large urban agglomeration near Konstantinovka")
    r"|(?:we|they|you)\s+will"
    # ("keeping the Russians from advancing westward ... to the cities of Kramatorsk")
    r"|(?:keep(?:s|ing)?|kept|prevent(?:s|ed|ing)?)\s+(?:[\w’'-]+\s+){0,3}?from"
    # ("a strategically important height to deter the offensive on the adjacent Kramatorsk
    # agglomeration")
    r"|to\s+(?:deter|forestall|thwart)"
    # ("the enemy ... plans to develop an offensive west of Avdiivka and Maryinka")
    r"|plans?\s+to"
    # ("allowing Moscow to more effectively protect Donetsk from attacks", "will shield
    # Kharkiv from missile strikes"; not "protected Kyiv from a drone attack overnight")
    r"|(?:to|will|would|can|could)\s+[“\"]?(?:[a-z]+\s+){0,2}?(?:protect|defend|shield|safeguard)"
    r"\s+(?:[\w’'-]+\s+){0,3}?from)"
    # (a quotation may open before the event word: 'the possible "capture of Vuhledar')
    r"(?:\s+(?!and\b|but\b|then\b)[\w’'‘“-]+){0,5}\s*[‘“\"]?$",
    re.IGNORECASE,
)
# "Russian troops are preparing to conduct an assault in": ground forces getting ready.
_PREPARING_GROUND = re.compile(
    r"\b(?:troops|forces|occupiers|occupants|enemy|Russians|army|units|invaders)\b"
    r"[^.;]{0,40}?(?<!\bto\s)\bprepar(?:e|es|ed|ing)\s+"
    r"(?:to\s+(?:conduct|launch|carry\s+out|mount|begin|start)\s+|for\s+)?"
    r"(?:an?\s+|new\s+|the\s+|another\s+)?$",
    re.IGNORECASE,
)
# ... not "preparing offensive actions against the Sumy region": a target.
_AGAINST_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:against|on|towards?)\b")
# A condition: "If they completely lose control of these settlements, ...", "The city would
# be a key Russian target if its forces make further progress through Donetsk region"; ("the
# counteroffensive will proceed more rapidly once Tokmak is liberated").
_CONDITION_BEFORE = re.compile(
    r"\b(?<!\bas\s)(?:if|unless|once(?=\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*\s+(?:is|are|has\s+been)\s))"
    r"\s+[^.;:,]{0,80}$",
    re.IGNORECASE,
)
# What a place is known for: "the focal point of the Russian military's slow westward
# advance", "has been a focal point for battles".
# ... or what it is one of: "Zaporizhzhia is one of four Ukrainian regions that have been
# partially occupied by Russian forces".
_KNOWN_FOR_BEFORE = re.compile(
    r"\b(?:focal\s+points?|hotspots?|hot\s+spots?|flashpoints?)\s+(?:of|for)\s+(?:[\w’'-]+\s+){0,5}$"
    r"|\bis\s+one\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:regions|oblasts|provinces|cities|towns"
    r"|villages|areas)\s+(?:that|which)\s+[^.;]{0,100}$",
    re.IGNORECASE,
)
# ... or what an advance is after: "Pokrovsk, one of the main targets of the Russian advance".
_TARGET_OF_BEFORE = re.compile(
    r"\b(?:targets?|objectives?|goals?)\s+of\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE
)
# ", a village in", "— a town in the", ", another settlement in": an apposition saying where
# the place before it is.
_APPOSITION_IN = re.compile(
    r"(?:,|\s[—–])\s+(?:an?|the|another)\s+(?:[\w’'-]+\s+){0,3}?(?:city|town|village|settlement|hamlet"
    r"|port|hub)\s+(?:(?:located|situated|lying)\s+)?(?:in|of|on)\s+(?:the\s+)?"
    # ("Sevastopol, a major port of the annexed Crimean Peninsula")
    r"(?:[A-Z][\w-]*[’']s\s+)?(?:(?:north|south|east|west|central)[\w-]*\s+|[a-z][\w-]+\s+)?$"
)
# "the Donetsk area": the land around a city, named after it.
_AREA_AFTER = re.compile(r"\s+(?:area|region)\b")
# "Capturing it would pave the way", "gaining control of the territory would disrupt": what
# an act would bring about, not a report that it happened; "capturing Kupyansk is a primary
# objective": what is aimed at.
_GERUND_BEFORE = re.compile(r"\b[A-Za-z]+ing\s+$")
# An act named as a thing: "Tokmak's capture", "the capture (of ...)".
_ACT_NAMED_BEFORE = re.compile(r"(?:\b[Tt]he|\b[A-Z][\w-]*[’']s)\s+$")
_WOULD_HAVE_AFTER = re.compile(
    r"(?:\s+(?!and\b|but\b)[\w’'-]+){0,5}?\s+(?:would|could|might)\s+have\b"
)
_WOULD_AFTER = re.compile(
    r"(?:\s+(?!and\b|but\b)[\w’'-]+){0,5}?\s+(?:would|could|might"
    r"|(?:is|was|remains|has\s+been)\s+(?:a|the|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:objectives?|goals?|aims?|priorit(?:y|ies)|targets?))\b"
)
# "resumption of combat activity is expected in Luhansk Oblast": what is awaited.
_EXPECTED_AFTER = re.compile(
    r"(?:\s+(?!and\b|but\b)[\w’'-]+){0,2}?\s+(?:is|are)\s+(?:now\s+|still\s+)?(?:expected"
    r"|anticipated|forecast|predicted)\b"
    # ("The intended target of the strikes could have been the Ukrainian airfield Lviv-2": a
    # guess at what it was aimed at)
    r"|(?:\s+(?!and\b|but\b)[\w’'-]+){0,2}?\s+(?:could|might|may)\s+have\s+been\s+(?:the|an?)\b"
    # ("in the north of the Kharkiv region, the advance of the enemy is not recorded": none)
    r"|(?:\s+of\s+(?:the\s+)?(?:enemy|occupiers|Russians?|Russian\s+(?:troops|forces|army)))?"
    r"\s+(?:is|was|are|were|has\s+been|have\s+been)\s+not\s+(?:recorded|observed|registered"
    r"|confirmed|reported)\b"
)
_TRIGGER = re.compile(
    "|".join(
        rf"(?P<{key}>(?<![\w-])(?:{'|'.join(words)})(?![\w-]))" for key, words in TRIGGERS.items()
    ),
    re.IGNORECASE,
)
# Clauses: commas and "and" separate the parts of a list or a sentence (weak); these separate
# statements about different things (strong), and a date does not cross them.
_STRONG_BREAK = re.compile(
    # ("not only at X but also at Y": one statement)
    r"[;()“”\"]|\b(?:but(?!\s+also\b)|while|whereas|where|which|who|after|before|when|although"
    r"|though|because|that)\b",
    re.IGNORECASE,
)
# A name in brackets or quotes ("(Pokrovsk)", "“Engels-1”", "(known in Ukraine as Bakhmut)",
# "(the city of Nikopol)"):
# up to four capitalised words, or a region's name ("in Yeysk (Krasnodar region) and in
# Engels").
_GLOSS = re.compile(
    r"(?P<open>[(“\"])(?:(?:also\s+)?(?:known|called|spelt|spelled)\s+(?:in\s+[A-Z][\w-]*\s+"
    r"|locally\s+)?as\s+|formerly\s+"
    # ("targeting the district centre (the city of Nikopol) and the Marhanets and Pokrovske
    # hromadas")
    r"|the\s+(?:city|town|village|settlement)\s+of\s+)?"
    r"[A-Z\d][\w’'-]*(?:\s[A-Z\d][\w’'-]*){0,3}(?:\s(?:region|oblast|province|krai))?"
    r"(?P<close>[)”\"])"
)
# "and elsewhere in the Donetsk region": the region beyond the places just named.
_ELSEWHERE_BEFORE = re.compile(
    r"\belsewhere\s+in\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE
)
# An attack that did not reach its target: "an attempted drone attack on Moscow", "during an
# attempt to break into Moscow" (not "drones aimed at the Budyonnovsk industrial zone", which
# reached it).
_ATTACK_TRIED_ON_BEFORE = re.compile(
    r"(?:\b(?:attempt(?:ed|s)?|tried|trying|failed)\b[^.;]{0,40}?\b(?:attacks?|strikes?|raids?)"
    r"\s+on|\battempt\s+to\s+break\s+(?:into|through\s+to))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "in the Donetsk region", "in Russia’s Rostov region": a region as a locator.
_IN_REGION = re.compile(
    # ("the village of Kalynove in eastern Ukraine's Donetsk region")
    r"\b(?:in|within)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+(?=[A-Z][\w-]*[’']s\s))?"
    # ("in the country's northwestern Leningrad region", "nestled within the Kursk Region")
    r"(?:(?:[A-Z][\w-]*|country|nation)[’']s\s+)?(?:(?:north|south|east|west|central)\w*\s+"
    r"|(?:[a-z-]+\s+)?(?!region\b|oblast\b|province\b)[a-z-]+\s+)?"
    # ("on Sevastopol in Russian-occupied Crimea")
    r"(?:(?:Russian|Ukrainian)-(?:occupied|controlled|held)\s+)?"
    r"(?:(?:region|oblast|province)\s+of\s+)?$"
)
# A name, then an opening bracket: "Kolodyazi (".
_NAME_BRACKET_BEFORE = re.compile(r"((?-i:[A-Z])[\w’'-]*(?:\s+[\w’'-]+){0,2}?)\s*\($")
# ", close to Moscow", ", 40 km south of Kharkiv" right after a place: a landmark for it.
_DISTANCE = (
    r"(?:(?:about|some|around|roughly|nearly|just|only|approximately)\s+)?(?:\d+|a\s+few|several"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty"
    r"|hundreds\s+of)\s*"
    # ("a few hundred kilometers southwest of Moscow"; "15 kilometers—roughly 16 miles—southeast")
    r"(?:hundred\s+|thousand\s+)?(?:km|kilometres|kilometers|miles)"
    r"(?:\s*\([^()]{1,40}\)|\s*[—–][^—–]{1,40}[—–])?\s*"
)
# ... along a river or inland: "approximately 26KM upriver from Kherson city".
_ALONG = r"(?:(?:up|down)(?:river|stream)\s+|inland\s+)?"
# A list of where something happened: "attacks ... east of Pervomaiske, and near
# Novobakhmutivka".
_AND_NEXT = re.compile(r",?\s+and\s")
_NEAR = r"(?:near|around|outside)\s+(?:the\s+)?"


def _places_of(mention: Mention) -> tuple[Place, ...]:
    """The places ``mention``'s name may be: its place and the gazetteer's candidates."""
    result = mention.result
    if result is None:
        return ()
    return tuple(dict.fromkeys([*([result.place] if result.place else []), *result.candidates]))


# " and near ": where again, not a direction from a landmark.
_AND_NEAR = re.compile(rf",?\s+and\s+{_NEAR}")
# ", near ", " and near ": where, or where in a region.
# (and "near the shores of temporarily occupied Crimea, not far from the city of Alupka")
_NEAR_SINCE = re.compile(
    rf",?\s+(?:and\s+)?(?:{_NEAR}|(?:not\s+far\s+from|close\s+to)\s+(?:the\s+)?)"
    r"(?:(?:city|town|village|settlement)\s+of\s+)?"
)
# " and an ammunition depot near ": another target, and where it is.
_AND_ANOTHER_TARGET = re.compile(r"\s+and\s+(?:an?|another)\s+")
# ", east of ", ", and to the south of ": the next of a list of directions from landmarks.
_NEXT_DIRECTION = re.compile(
    rf",\s+(?:and\s+)?{DIRECTION_OF}\s+(?:the\s+(?:town|city|village|settlement)\s+of\s+)?",
    re.IGNORECASE,
)


def _next_where(
    text: str, sentence: Sentence, here: list[Mention], i: int, locators: Mapping[int, str]
) -> bool:
    """Whether ``here[i]``, after "and near", is the next of the places where something
    happened, not a landmark of the place before: "regained positions in New-York and
    Nelipivka in Donetsk Oblast and near Lyptsi in Kharkiv Oblast"."""
    k = i - 1
    if here[k].kind == "region" and k in locators and k > 0:
        k -= 1  # (the region only locates the place before it)
    elif k in locators:
        return False
    since = text[here[k].end : here[i].start]
    return bool(
        _REGION_AND_NEXT.fullmatch(since)
        and _PLACES_IN_BEFORE.search(text, sentence.start, here[k].start)
    )


# ... after the region of the place before: " in Donetsk Oblast and near".
_REGION_AND_NEXT = re.compile(
    r"\s+in\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+){1,2}(?:[Oo]blast|[Rr]egion|[Pp]rovince|Krai)"
    r",?\s+and\s+(?:near|around|outside|in)\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?"
)
# "in New-York and ": where, or the first places of a list of where.
_PLACES_IN_BEFORE = re.compile(
    # ("clashes ... in the area of Pokrovskye in Dnipropetrovsk oblast and near Gulyai-Pole,
    # Ternove, and Zatyshye in Zaporizhzhia oblast")
    r"\b(?:in|near|around|outside|including)\s+(?:the\s+)?"
    r"(?:(?:village|town|city|area|vicinity)\s+of\s+)?"
    r"(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:,\s+|,?\s+and\s+))*$"
)
# ", the suburbs of", as an item of a list rather than where the place before it lies.
_SUBURBS_ITEM = re.compile(r",\s+the\s+(?:suburbs|outskirts)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_AROUND_BEFORE = re.compile(
    rf"\b(?:{DIRECTION_OF}|near|in\s+the\s+vicinity\s+of|around)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Novogrodovka in the Krasnoarmeysk area": the area of a town that locates the place before.
_IN_THE_SINCE = re.compile(r"\s+in\s+the\s+")
_AREA_AFTER = re.compile(r"\s+area\b")
# "Soledar to Bakhmut’s north": where the place before lies from this one.
_TO_THE_SIDE_SINCE = re.compile(r",?\s+(?:(?:just|immediately|directly)\s+)?to\s+")
_SIDE_OF_AFTER = re.compile(
    r"[’']s\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\b", re.IGNORECASE
)
_LANDMARK = re.compile(
    # ("Andriivka — west of the logistics centre of Kurakhove")
    # ("Chasiv Yar, a city in the Donetsk area immediately west of the heavily-battered
    # Bakhmut")
    # ("the locality of Yagodnoye (Yahidne) to the north of Bakhmut": after a gloss)
    r"^(?:\s*\([^()]{1,40}\))?(?:\s+(?:area|region|oblast|province))?"
    # ("the village of Kalynove in the Donetsk region and near the key logistics hub of
    # Pokrovsk")
    # ("Kriukivshchyna, another city on the outskirts of Kyiv")
    r"(?:,|\s*[—–])?(?:\s+and)?\s+(?:(?:a|an|another)\s+(?:[\w-]+\s+){1,5}?)?"
    r"(?:(?:oil\s+)?(?:refinery|plant|airfield|air\s+base|base|depot|port|airport"
    # ("in Serebryansky forest near Kreminna"; "Stepove and Severne villages near Avdiivka")
    r"|forest|forestry|woods|reservoir|dam|villages?|settlements?)\s+)?"
    r"(?:(?:located|situated|lying|which\s+(?:is|lies))\s+)?(?:(?:immediately|just|directly)\s+)?"
    rf"(?:close\s+to|near|not\s+far\s+from|between"
    # ("Mykhailivka, at the gates of the town of Selydove")
    rf"|at\s+the\s+gates\s+of"
    # ("located across the Dnipro River from Russian-occupied Kakhovka")
    rf"|across\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{1,2}}(?:river\s+)?from"
    # ("Pivdenne, on the outskirts of Toretsk")
    rf"|(?:(?:on|in|at)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:suburbs?|outskirts|part|district|neighbou?rhood)\s+of|(?:{_DISTANCE})?"
    rf"{DIRECTION_OF}|{_DISTANCE}{_ALONG}from)"
    # ("the Russian-held Crimean Peninsula", "the Black Sea port of Novorossiysk", "the
    # ruined, Russian-occupied city of Bakhmut", "the largely obliterated Russian-held city")
    r"\s+(?:the\s+)?(?:(?:[A-Za-z]+-(?:held|controlled|occupied|annexed)"
    # ("immediately north of the country's capital Kyiv")
    r"|(?!(?:in|on|at|of|and|or|to|from|by|near|with|for)\b)(?-i:[a-z][\w’'-]+)),?\s+){0,3}"
    r"(?:(?:region[’']s\s+)?(?:[\w-]+\s+){0,3}?(?:towns?|city|cities|villages?"
    r"|settlements?|capital|centre|center|port|hub|stronghold)(?:\s+of)?\s+)?$",
    re.IGNORECASE,
)
# "the Toretsk-Horlivka direction (southwest of Chasiv Yar and northeast of Avdiivka ...)":
# landmarks in an aside, whatever they place.
_DIRECTION_ASIDE = re.compile(
    rf"\(\s*(?:[^()]*?\s(?:and|or)\s+|[^()]*?,\s+)?(?:{_DISTANCE})?{DIRECTION_OF}\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "... of Avdiivka in Ukrainian Donetsk Oblast": the region a landmark is in.
_IN_REGION_SINCE = re.compile(r",?\s+in\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)?")
# "the Pokrovske area of Dnipropetrovsk region": the region of the place before.
_AREA_OF_SINCE = re.compile(r"\s+(?:area|part|district)\s+of\s+(?:the\s+)?")
# "Lastochkyne lies to the west of Avdiivka": a landmark, whatever names the place it places.
# ("It lies about 25 kilometres to the northwest of Donetsk")
_LIES_OFF = re.compile(
    rf"\b(?:lies|lie|lying|located|situated)\s+(?:just\s+)?(?:{_DISTANCE})?{DIRECTION_OF}"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# What a place is called before its name: "the city of", "the logistics hub of".
_PLACE_WORD = r"(?:towns?|city|cities|villages?|settlements?|capital|hub|centre|center)"
# "Kyiv's forces had relinquished control of the village, southwest of the Russian-held city
# of Donetsk", "bombs in the city north of the Russian-held regional centre of Donetsk": a
# landmark for a place the sentence does not name.
_UNNAMED_THEN_DIRECTION = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:village|town|settlement|city|locality|hamlet),?\s+"
    r"(?:(?:located|situated|lying|which\s+(?:is|lies))\s+)?(?:just\s+)?"
    rf"{DIRECTION_OF}\s+(?:the\s+)?"
    r"(?:[A-Za-z]+-(?:held|controlled|occupied)\s+)?"
    rf"(?:(?:[\w-]+\s+){{0,2}}?{_PLACE_WORD}\s+of\s+)?$",
    re.IGNORECASE,
)
# "The village lies near the strategic city of Pokrovsk, where fierce battles have been
# fought for months": a landmark, and what is said of it background (not "troops located
# near Pokrovsk", nor "located near Kurakhove, which Russia appears close to capturing").
_LIES_NEAR = re.compile(
    r"\b(?!(?:troops|forces|units|soldiers|servicemen|positions|brigades?|which|that|is|was"
    r"|are|were|been"
    # (military things are where they stand: "their military equipment, which was located
    # near the village of Medvedivka")
    r"|equipment|hardware|vehicles|tanks|artillery|weapons|aircraft|systems"
    # (a facility is where it stands: "a Bashneft refinery located on the outskirts of Ufa")
    r"|refinery|refineries|plants?|depots?|airfields?|air\s?bases?|bases?|facility|facilities"
    r"|factory|factories|terminals?|substations?|warehouses?|stations?|ports?|airports?"
    r"|enterprises?|complex)\b)[\w’'-]+,?\s+(?:(?:which|that)\s+)?(?:(?:is|was|are|were)\s+)?"
    r"(?:lies|lie|lying|located|situated|sits)\s+"
    r"(?:just\s+)?(?:near|close\s+to|not\s+far\s+from|outside|on\s+the\s+outskirts\s+of"
    r"|between)\s+"
    rf"(?:the\s+)?(?:(?:[\w-]+\s+){{0,3}}?{_PLACE_WORD}\s+of\s+)?$",
    re.IGNORECASE,
)
# The second end of a stretch "between" two places, with its own words: "... and the occupied
# town of Vasylivka".
_BETWEEN_AND_GAP = re.compile(
    rf"\s+and\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_PLACE_WORD}\s+of\s+", re.IGNORECASE
)
_BETWEEN_BEFORE = re.compile(
    rf"\bbetween\s+(?:the\s+)?(?:(?:[\w-]+\s+){{0,2}}?{_PLACE_WORD}\s+of\s+)?$", re.IGNORECASE
)
_VILLAGE_WORD = re.compile(r"\b(?:village|hamlet)s?\b", re.IGNORECASE)
_SAID_OF_IT = re.compile(r"\b(?:which|where|that)\b")
_FOR_MONTHS = re.compile(
    r"\b(?:(?:in|over|for|during)\s+(?:the\s+)?(?:past|recent|last)\s+"
    r"(?:(?:several|few|many|two|three|\d+)\s+)?(?:months|weeks|years)|for\s+months)\b",
    re.IGNORECASE,
)
# "Stupochky, a village east of the town of ": a capitalised name, then what it is, and
# nothing else named before the next place.
_UNKNOWN_APPOSITIVE = re.compile(
    r"\b(?-i:[A-Z])[\w’'-]+(,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:village|town|settlement|hamlet"
    r"|city)\s+[^,.;:]{0,60})$",
    re.IGNORECASE,
)
# "the settlement, some 38 kilometres west of Kherson": something the distance places.
# ("captured two more villages ..., with one of them lying just several kilometers away from
# the critical logistics hub of Pokrovsk")
_UNNAMED_SUBJECT = re.compile(
    r"\b(?:(?:the|a|an|this|that|two|three|four|five|several|more)\s+(?:[\w-]+\s+)?"
    r"(?:settlement|village|town|city|hamlet|plant|base|airfield|depot|refinery|port"
    r"|bridgehead|region|area|district)s?\b|one\s+of\s+them\b"
    # ("the agricultural enterprises of Khlevensky district, which is around 400 kilometres
    # south of Moscow": a district the gazetteer lacks)
    r"|(?-i:[A-Z])[\w’'-]+\s+(?:district|raion|rayon)\b)",
    re.IGNORECASE,
)
# "The Belgorod region borders the Kharkiv region": a neighbour described.
_BORDERS_AFTER = re.compile(r"\s+(?:also\s+)?borders\b")
# ... and the neighbours a relative clause names: "Sumy Oblast, which borders Russia and three
# other Ukrainian oblasts — Chernihiv, Poltava, and Kharkiv — has seen escalating attacks",
# "the Kaluga region which borders the broader Moscow region".
_BORDERS_BEFORE = re.compile(r"\b(?:which|that)\s+(?:also\s+)?borders?\s+(?:on\s+)?")
# The words such a list of neighbours may hold besides their names.
_NEIGHBOUR_WORDS = frozenset(
    "and or the both other two three four five several oblasts oblast regions region provinces"
    " province countries country states member of on broader directly".split()
)


def _neighbour_listed(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Whether ``mention`` is one of the neighbours a "which borders ..." clause names."""
    lead = text[max(sentence.start, mention.start - 100) : mention.start]
    clause = max(_BORDERS_BEFORE.finditer(lead), key=lambda m: m.start(), default=None)
    if clause is None:
        return False
    between = lead[clause.end() :]
    return (
        len(re.findall(r"[—–]|\s-\s", between)) <= 1
        and not re.search(r"[.;:!?()]", between)
        and all(w in _NEIGHBOUR_WORDS for w in re.findall(r"\b[a-z][\w’'-]*", between))
    )


# "17 km from the Afipsky refinery, which was reportedly attacked by drones the previous
# night": a landmark with an event of its own.
_WHICH_WAS_HIT = re.compile(
    r"(?:(?:\s+[a-z][\w-]*){0,2},?\s+which\s+(?:was|were|has\s+been|had\s+been|is\s+being)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    # ("20 kilometers from Dobropillia, a town that Russian forces have heavily struck since
    # the August breach")
    r"|,\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:town|city|village|settlement)\s+(?:that|which)\s+"
    r"(?:Russian|Ukrainian|enemy|the\s+enemy|Russia|Ukraine)\s+(?:[\w-]+\s+){0,3}?)"
    r"(?:attacked|struck|hit|targeted|shelled|bombed|captured|seized|taken)\b"
)
# "some 38 kilometres west of Kherson", "about six miles from the town of Orikhiv".
_MEASURED_FROM = re.compile(
    rf"\b{_DISTANCE}(?:{DIRECTION_OF}|{_ALONG}from|away\s+from"
    # ("just 20 kilometers from the regional capital, Sumy")
    # ("about 21 km southeast of the important Ukrainian logistical hub of Pokrovsk")
    # ("just five kilometers south of Russian-occupied Bakhmut")
    rf"|outside)\s+(?:the\s+)?(?:[A-Za-z]+-(?:held|controlled|occupied|annexed)\s+)?"
    rf"(?:(?:[\w-]+\s+){{0,3}}?{_PLACE_WORD}(?:\s+of|,)?\s+)?$",
    re.IGNORECASE,
)
# "the Kursk villages of Guevo and Gornal", "the Kherson border town of".
_UNITS_OF_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?:villages?|towns?|settlements?|communities|cities|city)\s+of\s+",
)
# "Crimea’s Belbek airfield", "the Kursk region's Sudzha district".
_POSSESSED_AFTER = re.compile(r"[’']s\s+(?:[a-z][\w-]*\s+){0,2}")
# "the city, located in the northern Sumy Oblast", "the village in the Donetsk region": the
# region locates a place the sentence names otherwise.
_UNKNOWN_OF_REGION = re.compile(
    r"\b((?-i:[A-Z])[a-z’'-]+(?:\s+(?-i:[A-Z])[a-z’'-]+)?)\s+of\s+(?:the\s+)?$"
)
# "Robotyne, " right before a region.
# (after a word in lower case: not a person's surname, "Aleksandr Bogomaz, Bryansk Oblast
# Governor")
# (or after another name of a list: "Nevske, Belogorivka, Luhansk region")
_UNKNOWN_COMMA = re.compile(
    r"(?:\b(?-i:[a-z])[a-z]*\s+|(?-i:[A-Z])[a-z’'-]+,\s+)"
    r"((?-i:[A-Z])[a-z’'-]+(?:-(?-i:[A-Z])[a-z’'-]+)?),\s+$"
)
# Words of titles and institutions "of the X region" is said of, not places.
_TITLE_WORDS = frozenset(
    "governor head mayor ministry forces administration council republic government police"
    " service guard guards prosecutor office command commander people citizens residents"
    " territory part parts north south east west centre center border borders capital"
    " authorities army troops units heads governors mayors ministries councils governments"
    " administrations commanders services offices".split()
)
_TROOPS_LOCATED = re.compile(
    r"\b(?:troops|forces|soldiers|units|servicemen|brigades?|groupings?)\s+(?:(?:are|were|is"
    r"|was|currently|now|still|also)\s+){1,3}(?:located|based)\s+(?:in|within)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LOCATED_REGION = re.compile(
    # ("the small front line community in the largely Russian-occupied eastern Donetsk region")
    r"(?:\b[Tt]he\s+(?:(?!of\b|an?\b)[\w-]+\s+){0,3}?(?:city|town|village|settlement|community"
    r"|plant|refinery|airfield|base)"
    r",?\s+(?:(?:located|situated|lying|nestled)\s+)?|\b(?:located|situated|lying|based|nestled)\s+)"
    r"(?:in|within)\s+(?:the\s+)?(?:[A-Z][\w-]*[’']s\s+)?"
    r"(?:(?:north|south|east|west|central)\w*\s+|(?:(?!region\b|oblast\b)[a-z]+\s+)?"
    r"(?:[A-Za-z]+-(?:held|controlled|occupied|annexed)\s+)?(?!region\b|oblast\b)[a-z]+\s+)?"
    r"(?:[A-Z][\w-]*[’']s\s+)?$"
    # "in Novosleka village in the Donetsk region": a village the gazetteer lacks, by name.
    r"|\b(?-i:[A-Z])[\w’'-]+\s+(?:village|town|settlement|hamlet)\s+(?:located\s+)?in\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*[’']s\s+)?(?:(?:north|south|east|west|central)\w*\s+)?$"
    # "the Surazh district of the Bryansk region", "Kupiansk district, Kharkiv region": the
    # region says where the district is.
    r"|\b(?:[Dd]istrict|raion|rayon|municipality|hromada|community|okrug)(?:,|\s+of|\s+in)\s+"
    r"(?:the\s+)?$"
    # "250 kilometers north of Ukraine’s eastern Luhansk region": a landmark.
    # (not "moving new military units to the north of Crimea": a part of the region)
    r"|\b(?<!the\s)(?:north|south|east|west)[\w-]*\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*[’']s\s+)?"
    r"(?:(?:north|south|east|west|central)\w*\s+)?$"
)
# "18 front-line settlements", "several villages": an announcement that a list follows.
_ANNOUNCED_PLACES = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+number"
    r"\s+of|many|dozens\s+of)\s+(?:[\w-]+\s+){0,2}?(?P<unit>settlements|villages|towns"
    # ("attacked infrastructure facilities in three districts of the Kursk region")
    r"|cities|localities|communities|districts|raions|hromadas)\b",
    re.IGNORECASE,
)
MIN_LISTED = 3
_DISTRICT_UNITS = ("districts", "raions", "hromadas")
# "16 enemy attacks were repelled. They took place in Sinkivka, ...": a sentence that says
# where the events just told of happened, each place named in it (one is enough).
_WHERE_THEY_WERE = re.compile(
    r"(?:They|These|Those|The\s+(?:attacks|assaults|clashes|battles|fighting|strikes|shelling)"
    # ("... the downing of three Ukrainian drones. This event took place near the
    # Zaporizhzhia nuclear power plant")
    # ("... 12 high-rise buildings ... were damaged. It happened in Kurakhovo.")
    r"|(?P<one>(?:This|The)\s+(?:event|incident|attack|strike|explosion|blast)"
    r"|It|This|That|Everything))"
    r"\s+(?:(?:all|mostly|mainly)\s+)?(?:took\s+place|occurred|happened|were\s+recorded"
    # ("25 battles had taken place over the past day. These were near the eastern town of
    # Bakhmut and further south near Avdiivka")
    r"|(?<=These\s)were|(?<=Those\s)were)"
    r"\s+(?:in|near|around|at|on)\b"
    # ("... among the attacked cities were those where airfields were located. Namely:
    # Morozovsk in the Rostov region, Yeysk in the Krasnodar region, and Engels")
    r"|(?:Namely|Among\s+them|They\s+are|These\s+are)\s*[:,—–-]"
    # ("... had taken control of three villages. The settlements are named as Kamianske in
    # the Zaporizhzhia region, Dehtiarne in the Kharkiv region, and Popiv Yar")
    r"|(?:The|These|Those)\s+(?:settlements|villages|towns|localities)\s+(?:are|were)"
    r"\s+(?:named|identified|listed)(?:\s+as)?\b"
    # ("there are also hits in the Lviv region. This is an industrial facility in Drohobych.")
    r"|(?P<what>(?:This|It)\s+(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:facility|enterprise"
    r"|plant|building|object|site|depot|warehouse|substation)\s+(?:in|near)\b)"
)
# "has increased from 3,000 to 27,000 since its liberation": a time since, not the event.
_SINCE_ITS_BEFORE = re.compile(r"\b(?:since|after)\s+(?:its|their)\s+$", re.IGNORECASE)
# A year before publication in an event's statement ("the annexation of Crimea in 2014"):
# background, not news.
_MONTH = (
    r"(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August"
    # ("recaptured by Ukraine during its counteroffensive in late 2022")
    r"|September|October|November|December)\s+|(?:early|late|mid-?)\s*(?=(?:19|20)\d\d))"
)
# ("born in 1958" dates a person, not the statement; "In June 2022, ..." opens one.)
# ("liberated Kherson ... in the fall 2022 counteroffensive")
_SEASON = r"(?:(?:early|late|mid-?)\s*)?(?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?"
_PAST_YEAR = re.compile(
    rf"\b(?<!born\s)(?:(?:[Ii]n|[Ss]ince|of|[Ff]rom|[Uu]ntil)\s+(?:the\s+{_SEASON}|{_SEASON})?"
    rf"(?:{_MONTH})?|the\s+(?:{_SEASON})?)((?:19|20)\d\d)\b"
)
# "has gone on since 2022": what goes on still.
_GONE_ON_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:gone\s+on|continued|lasted|raged|been\s+going\s+on|been\s+ongoing)"
    r"\s+$"
)
# "the deadliest attack since the full-scale war began in February 2022": a year to compare
# with, not the event's.
_SUPERLATIVE_SINCE = re.compile(
    rf"\b(?:{SUPERLATIVE}"
    # ... or what has gone on since then, and goes on: "has been continuously shelled by
    # Russian forces since they were liberated ... in November 2022"
    r"|(?:has|have)\s+been\s+(?:continuously|constantly|regularly|repeatedly|relentlessly)"
    r")\b[^.;]{0,90}?\bsince\b(?=[^.;]*$)",
    re.IGNORECASE,
)
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:the|its|their)\s+(?:(?:larg|bigg|great|heavi|fierc|dead|strong|intens|wid|long"
    r"|high|seri)est|most\s+\w+|worst)\b[^.;,]{0,80}$",
    re.IGNORECASE,
)
_YEAR_AFTER = re.compile(
    r"(?:\s+(?!and\b|but\b)[\w’'-]+){0,4}?"
    rf"\s+(?:(?:in|since)\s+(?:{_MONTH})?((?:19|20)\d\d)\b|(?:last|the\s+previous)\s+year\b)"
)
_LAST_YEAR = re.compile(r"\b(?:last|the\s+previous)\s+year\b", re.IGNORECASE)
# "A year ago, emergency power outages were recorded due to attacks by the Russian army": a
# statement that opens so is of the year before (not "in a village named Krynky, ...,
# reclaimed by Ukraine a year ago", which dates only what it ends).
_YEARS_AGO_OPENING = re.compile(
    r"\s*(?:(?:about|almost|nearly|exactly|more\s+than)\s+)?(?:a|one|two|three|\d+)\s+years?"
    r"\s+ago\b",
    re.IGNORECASE,
)
_MONTHS = tuple(calendar.month_name[1:])
_LAST_MONTH = re.compile(rf"\blast\s+({'|'.join(_MONTHS)})\b", re.IGNORECASE)
# "Drone strikes inside Russia have dramatically increased in recent months, notably in
# Moscow": a trend of months, no event of the article's week.
_RECENT_MONTHS = re.compile(
    r"\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+)?"
    r"(?:months|years)\b",
    re.IGNORECASE,
)
# ("Kurakhove has seen increasingly heavy assaults in the past months", "Ust-Luga and
# Novorossiisk have been repeatedly targeted in recent months")
_ENDURED = re.compile(
    r"\b(?:has|have)\s+(?:(?:also|again|repeatedly|regularly|frequently|often|constantly"
    r"|continually|been)\s+){0,2}(?:faced|endured|suffered|weathered|seen|witnessed"
    r"|come\s+under|been\s+under|withstood|repelled|held\s+off|fought\s+off|targeted|attacked"
    r"|hit|struck|shelled|bombarded|bombed)\b",
    re.IGNORECASE,
)
# "Melitopol, which was captured by Russian forces early in the war": the war's first year.
WAR_BEGAN = 2022
# "areas that also saw heavy fighting during World War II": a war long past.
_OLD_WAR = re.compile(
    r"\b(?:during|in|since|after|from)\s+(?:the\s+)?(?:World\s+War\s+(?:II|Two|2)\b|Second\s+World"
    r"\s+War\b|WWII\b|WW2\b|Great\s+Patriotic\s+War\b)",
    re.IGNORECASE,
)
OLD_WAR_ENDED = 1945
_WAR_BEGINNING = re.compile(
    r"\b(?:early\s+in|at\s+the\s+(?:start|beginning|outset)\s+of|in\s+the\s+(?:first|early)"
    # ("in the first days of the February 2022 invasion")
    rf"\s+(?:days|weeks|months)\s+of)\s+the\s+(?:(?:{_MONTH})?2022\s+)?"
    r"(?:(?:full-scale|large-scale)\s+)?(?:war|invasion)\b",
    re.IGNORECASE,
)
# (and "The first known use of Oreshnik was in November 2024, when ... the Russian army had
# targeted a facility in Dnipro")
_RELATIVE = re.compile(r"\s*(?:,\s*)?(?:that|which|who|when)\s*", re.IGNORECASE)
_LIST_GAP = re.compile(r",\s+|\s+and\s+|,\s+and\s+|\s+or\s+")
# Between a village and its address: "Stelmakhovka of the Luhansk region", "Shevchenkove,
# Velykopysarivska community, Okhtyrsky district".
_ADDRESS_AFTER = re.compile(
    # (after more names of villages the gazetteer does not know: "Olshana and Sinkovka of")
    r"(?:(?:,\s+|,?\s+and\s+)[A-Z][\w’'-]+){0,3}"
    # ("the area of the Serebryanskyi forest in Luhansk Oblast")
    r"(?:\s+(?:forest|woods|river|lake|heights|area))?"
    r"(,\s+|\s+of\s+(?:the\s+)?|,?\s+in\s+(?:the\s+)?)"
    r"(?:[A-Z][\w’'-]*\s+(?:community|hromada),\s+)?"
)
_WEAK_BREAK = re.compile(r"[,:]|\b(?:and|or)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,:;]|\b(?:and|or)\b", re.IGNORECASE)
_SEMICOLON = re.compile(";")

_SAY = (
    r"(?:said|says|say|claimed|claims|claim|reported|reports|announced|announces|stated"
    r"|states|confirmed|confirms|admitted|admits|told|added|wrote|posted|alleged|insisted"
    r"|warned)"
)
_ATTRIBUTIONS = (
    re.compile(r"\baccording\s+to\s+(?P<who>[^,.;:()“”\"]+)", re.IGNORECASE),
    re.compile(
        r"(?:^|[,;:“”\"(]\s*)(?P<who>[^,;:“”\"()]{2,90}?)\s+(?:has\s+|have\s+|had\s+)?"
        + _SAY
        + r"\b"
    ),
    re.compile(r",\s*" + _SAY + r"\s+(?P<who>[^,.;:()“”\"]+)"),
    re.compile(
        r"\b(?:comments|statements?|claims|reports)\s+(?:by|from)\s+(?P<who>[^,.;:()“”\"]+?)"
        r"\s+(?:that|of|on)\b"
    ),
)
# The longest article read at once (about 150,000 words, a book): bounds what one request
# (a file, a paste in the app) may cost. Extraction takes about 2-4 s per million characters.
MAX_ARTICLE_CHARS = 1_000_000
# Control characters other than tab, line feed and carriage return: shown as spaces, so that
# offsets keep their meaning and excerpts hold only text.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PRONOUNS = frozenset("he she it they we i you this that there who which".split())
_PASSIVE_AUXILIARIES = frozenset("is are was were been be being".split())
MAX_ATTRIBUTION_WORDS = 10
UNATTRIBUTED = "The article"


def default_title(text: str) -> str:
    """A source title for an article that has none: its first line, shortened."""
    return shorten(text.strip().splitlines()[0], 100, placeholder="…")


@dataclass(frozen=True)
class Trigger:
    """An event word in the text: ``text[start:end]`` reports an event of ``type`` (or of
    none: :data:`HYPOTHETICAL`, what might happen)."""

    type: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Candidate:
    """One candidate event: a place mention, what happened there, when, and who says so."""

    mention: Mention
    type: str
    date: dt.date
    time_precision: int
    claimed_by: str
    sentence: Sentence
    triggers: tuple[Trigger, ...]
    date_phrase: DatePhrase | None = None
    # Later sentences that report the same event (same place, type and date).
    also_reported: tuple[Sentence, ...] = ()

    @property
    def place(self) -> Place | None:
        return self.mention.place

    @property
    def located(self) -> bool:
        return self.place is not None

    @property
    def title(self) -> str:
        return event_title(self.type, self.mention.name)

    def to_feature(self, source: Mapping[str, Any], id_prefix: str) -> dict[str, Any]:
        """The candidate as a GeoJSON Feature in the events-file schema (``[lon, lat]``).

        An unlocated mention has ``"geometry": null`` and lists the places it may be.
        """
        mention, place = self.mention, self.place
        properties: dict[str, Any] = {
            "id": new_event_id(id_prefix, mention.name, self.type, mention.start),
            "type": self.type,
            "title": self.title,
            "place": mention.name,
            "excerpt": self.sentence.text,
            "date": self.date.isoformat(),
            "time_precision": self.time_precision,
            "geo_precision": mention.geo_precision,
            "claimed_by": self.claimed_by,
            "source": dict(source),
            "excerpt_offsets": [self.sentence.start, self.sentence.end],
            "mention_offsets": [mention.start, mention.end],
        }
        if self.date_phrase is not None:
            properties["date_phrase"] = self.date_phrase.text
        if self.also_reported:
            properties["also_reported"] = [[s.start, s.end] for s in self.also_reported]
        properties.update(location_fields(place, mention.geo_precision))
        if place is not None and mention.kind == "district":
            properties["located_at"] = f"{mention.name}: {district_drawn_at(mention, place)}"
        geometry = properties.pop("geometry")
        if place is None:
            result = mention.result
            properties["unlocated"] = result.reason if result else "not looked up"
            properties["candidates"] = candidate_list(result.candidates if result else ())
        return {"type": "Feature", "geometry": geometry, "properties": properties}


@dataclass(frozen=True)
class Extraction:
    """What the pipeline read in one article."""

    text: str
    published: dt.date
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    rejected: tuple[Rejected, ...]
    candidates: tuple[Candidate, ...]
    id_prefix: str = field(default="")
    # What the article is about ("Donetsk Oblast, Ukraine"): the resolver's focus, empty
    # when the text gave no clue and the theatre stood in.
    about: tuple[str, ...] = ()

    def features(self, source: Mapping[str, Any]) -> list[dict[str, Any]]:
        return [c.to_feature(source, self.id_prefix) for c in self.candidates]


def check_length(text: str, name: str) -> None:
    """Raise :class:`ArticleError` if ``text`` (named ``name``) is longer than
    :data:`MAX_ARTICLE_CHARS`."""
    if len(text) > MAX_ARTICLE_CHARS:
        raise ArticleError(
            f"{name}: {len(text):,} characters, more than the {MAX_ARTICLE_CHARS:,} one article"
            " may have; split it into several articles"
        )


def clean_text(text: str) -> str:
    """``text`` with control characters (other than tab and line breaks) replaced by spaces,
    so that offsets into it keep their meaning."""
    return _CONTROLS.sub(" ", text) if _CONTROLS.search(text) else text


def decode_article(raw: bytes, name: str) -> str:
    """The text of an article given as bytes (a file, an upload); ``name`` names it in errors.

    Raises :class:`ArticleError` for a binary file (a NUL byte anywhere), text that is not
    UTF-8, no text, or more than :data:`MAX_ARTICLE_CHARS` characters. Other control
    characters become spaces.
    """
    if b"\x00" in raw:
        raise ArticleError(f"{name}: a binary file, expected UTF-8 text")
    if len(raw) > 4 * MAX_ARTICLE_CHARS + 3:  # too long whatever it holds: not worth decoding
        raise ArticleError(
            f"{name}: {len(raw):,} bytes, more than the {MAX_ARTICLE_CHARS:,} characters one"
            " article may have; split it into several articles"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ArticleError(
            f"{name}: not UTF-8 text (byte 0x{raw[err.start]:02x} at offset {err.start});"
            " save it as UTF-8"
        ) from None
    if not text.strip():
        raise ArticleError(f"{name}: the file is empty, expected an article's text")
    check_length(text, name)
    return clean_text(text)


def _spans(text: str, start: int, end: int, breaks: re.Pattern[str]) -> list[tuple[int, int]]:
    """The clauses of ``text[start:end]`` between matches of ``breaks``, in text offsets. The
    brackets or quotes around a name (a gloss) are no break: "Krasnoarmeysk (Pokrovsk) and
    Dimitrov are completely surrounded", "attacked the “Engels-1” airfield"."""
    out, first = [], start
    glosses = (
        {g.start(k) for g in _GLOSS.finditer(text, start, end) for k in ("open", "close")}
        if breaks is _STRONG_BREAK
        else set()
    )
    for match in breaks.finditer(text, start, end):
        if match.start() in glosses:
            continue
        # (a semicolon between the items of a list of places is none)
        semicolon = breaks is not _WEAK_BREAK and match.group() == ";"
        if semicolon and _list_semicolon(text, match, start, end):
            continue
        out.append((first, match.start()))
        first = match.end()
    out.append((first, end))
    return out


# Words a list of places may hold besides the names: "Halahanivka, Chernihiv oblast;
# Novovasylivka, Chuikivka, and Fotovizh in Sumy oblast, as well as Okip".
_LIST_WORDS = frozenset(
    "and or as well also in of the oblast oblasts region regions district districts raion"
    " hromada community communities province krai such others".split()
)
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _list_like(text: str) -> bool:
    """Whether ``text`` is only names (capitalised words) and the words of a list."""
    words = _WORD.findall(text)
    return (
        bool(words)
        and any(w[0].isupper() for w in words)
        # ("the Kupiansk district's Dvorichna, Synkivka; ...")
        and all(w[0].isupper() or POSSESSIVE.sub("", w.lower()) in _LIST_WORDS for w in words)
    )


# The words of a list that name a kind of unit: items with them are of one make.
_UNIT_LIST_WORDS = frozenset(
    "oblast oblasts region regions district districts raion hromada community communities"
    " province krai".split()
)


def _list_run(text: str) -> str:
    """The names and list words ``text`` ends with ("the Bohodukhiv district's Chervona
    Zoria" of "attacks affected the Bohodukhiv district's Chervona Zoria")."""
    words = list(_WORD.finditer(text))
    k = len(words)
    while k and (
        words[k - 1].group()[0].isupper()
        or POSSESSIVE.sub("", words[k - 1].group().lower()) in _LIST_WORDS
    ):
        k -= 1
    return text[words[k].start() :] if k < len(words) else ""


def _units_of(text: str) -> frozenset[str]:
    return frozenset(POSSESSIVE.sub("", w.lower()) for w in _WORD.findall(text)) & _UNIT_LIST_WORDS


def _list_semicolon(text: str, match: re.Match[str], start: int, end: int) -> bool:
    """Whether a semicolon parts the items of one list of places, as the General Staff
    writes them when an item has its region: the last item before it and all that follows
    it, to the next semicolon, are names and the words of a list."""
    before = text[start : match.start()]
    # (the list may follow a colon: "came under enemy artillery and mortar fire, including:
    # Veterinary in Kharkiv district; Nesterne in Chuhuiv district; ...")
    cut = max(before.rfind(","), before.rfind(":"))
    tail = before[cut + 1 :] if cut >= 0 else ""
    following = text.find(";", match.end(), end)
    part = text[match.end() : end if following < 0 else following]
    if not _list_like(part):
        return False
    # ... or the names before it, after the clause's verb, are an item of the same make as
    # the part after it: "attacks affected the Bohodukhiv district's Chervona Zoria; the
    # Chuhuiv district's Pletenivka, Zemlianky ...; the Kupiansk district's Dvorichna ...".
    if _units_of(_list_run(before)) & _units_of(part):
        return True
    # ... or, after the words of the list's first part, every part that follows is one:
    # "Synkivka, Ivanivka, Kyslivka of the Kharkiv region were hit by airstrikes; Nevske,
    # Belogorivka, Luhansk region; Serebrianka, ... of the Donetsk region".
    return _list_like(tail) or (
        _list_like(before[: before.find(" ")] if " " in before else before)
        and all(_list_like(part) for part in text[match.end() : end].split(";"))
    )


def _clause(spans: list[tuple[int, int]], offset: int) -> int:
    """The clause (index in ``spans``) that holds ``offset``; the last one for an offset
    inside a break. The spans are in order and apart, so the first that ends at or after
    ``offset`` is the only one that can hold it."""
    i = bisect_left(spans, offset, key=_END)
    return i if i < len(spans) and spans[i][0] <= offset else len(spans) - 1


_END = itemgetter(1)

# A relative aside between commas, then the list goes on: "the cities of Novorossiysk, where
# the fleet is based, and ... Ryazan".
_ASIDE_BREAK = re.compile(r",\s*(?:where|which|who)\s*$", re.IGNORECASE)
_ASIDE_END = re.compile(r"[^,;]*,\s+(?:and|or)\s")
# After an aside in brackets, the list it interrupted goes on: "), residential buildings in".
_LIST_AFTER_ASIDE = re.compile(r",\s*(?:and\s+)?(?!(?:and|but|while|as|which|who|where)\b)[\w’'-]")


def _statement(text: str, spans: list[tuple[int, int]], offset: int) -> int:
    """The statement (index in the strong ``spans``) that ``offset`` belongs to: its clause,
    or, past the end of a relative aside, the clause before the aside."""
    k = _clause(spans, offset)
    if (
        k >= 2
        and text[spans[k - 2][1] : spans[k - 1][0]] == "("
        and text[spans[k - 1][1] : spans[k][0]] == ")"
        and _LIST_AFTER_ASIDE.match(text, spans[k][0]) is not None
    ):
        # A list that goes on past an aside in brackets: "Their missiles hit an industrial
        # facility in Lutsk (three people were killed), residential buildings in Lviv".
        return _statement(text, spans, spans[k - 2][0])
    if k == 0 or not _ASIDE_BREAK.search(text, spans[k - 1][0], spans[k][0]):
        return k
    start, end = spans[k]
    aside = _ASIDE_END.match(text, start, end)
    return k - 1 if aside is not None and offset >= aside.end() else k


def attribution(sentence: str) -> str:
    """Who the sentence says reports it ("Russia’s Defense Ministry"), or :data:`UNATTRIBUTED`."""
    for pattern in _ATTRIBUTIONS:
        for match in pattern.finditer(sentence):
            who = match.group("who").strip()
            who = re.sub(r"^(?:but|and|as|meanwhile)\s+", "", who, flags=re.IGNORECASE)
            # "the Ukrainian military" is "Ukrainian military"; "the city's mayor" keeps "the".
            who = re.sub(r"^[Tt]he\s+(?=[A-Z])", "", who)
            words = who.split()
            if not words or len(words) > MAX_ATTRIBUTION_WORDS:
                continue
            if words[0].lower() in _PRONOUNS or who.lower() in _PRONOUNS:
                continue
            if words[-1].lower() in _PASSIVE_AUXILIARIES:
                # "At least four Tu-95s were confirmed destroyed ..., a Ukrainian source said":
                # what was confirmed, not who says so
                continue
            return who[0].upper() + who[1:]
    return UNATTRIBUTED


# What is said of drones or missiles seen on their way: "UAVs were detected in".
_SIGHTED_AFTER = re.compile(
    r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:detected|spotted|tracked|seen|observed"
    r"|moving|heading|flying)\b"
    # ("a drone was also reportedly found in a forest near Moscow": where it lay, no strike)
    r"|\s+(?:were|was|have\s+been|had\s+been)\s+(?:(?:also|reportedly|later)\s+){0,2}"
    r"(?:found|discovered)\b"
    # ("allegations of Ukrainian drones allegedly violating Belarusian airspace")
    r"|\s+(?:(?:allegedly|reportedly)\s+)?(?:violat\w+|enter(?:ed|ing)|cross(?:ed|ing))"
    r"\s+(?:[\w’'-]+\s+){0,2}?airspace\b",
    re.IGNORECASE,
)
# ... but an explosion "observed" in a place went off there.
_SEEN_AFTER = re.compile(
    r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:seen|observed)\b", re.IGNORECASE
)
# A drone heard, not a strike: "Eyewitnesses in the nearby city of Kotovsk heard the sound of
# a drone engine as it was passing over their houses", "residents heard the drone engines".
_HEARD_BEFORE = re.compile(
    r"\bheard\s+(?:the\s+|an?\s+)?(?:(?:sound|noise|buzz|buzzing|hum|humming|roar|whine)s?\s+"
    r"of\s+(?:an?\s+|the\s+)?(?:enemy\s+|Russian\s+|Ukrainian\s+)?)?$",
    re.IGNORECASE,
)
# Weapons kept, not fired: "Russia stores part of its nuclear weapons in Belarus and has
# deployed medium-range Oreshnik ballistic missiles there", "Belarus received Russian missiles",
# "tactical nuclear bombs were stored in Belarus". Where they are is a deployment. (Drones
# "deployed" are launched: "deployed 40 drones against Kyiv".)
_WEAPON_NOUN = re.compile(r"(?:missiles?|rockets?|bombs?|drones?|UAVs?)", re.IGNORECASE)
_HELD_BEFORE = re.compile(
    # (the verb, not "attacked the railway station with FPV drones")
    r"\b(?:stor(?:e|es|ed|ing)|stockpil\w*|station(?:ed|ing)|(?<=to\s)station|receiv(?:e|es|ed|ing)"
    r"|deliver(?:s|ed|ing|y\s+of|ies\s+of)|transferr(?:ed|ing)|placed|placing"
    r"|(?P<deployed>deploy(?:s|ed|ing|ment\s+of)))\s+(?P<between>(?:[\w’'-]+\s+){0,4}?)$",
    re.IGNORECASE,
)
_HELD_AFTER = re.compile(
    r"(?!\s+(?:heavy\s+)?(?:bombers?|aircraft|planes?|jets?|carriers?|ships?|boats?)\b)"
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:was|were|will\s+be|would\s+be|have\s+been|has\s+been"
    r"|had\s+been|are|is)\s+(?:now\s+|also\s+|already\s+)?(?:placed\s+on\s+combat\s+duty"
    r"|on\s+combat\s+duty|stationed|stored|deployed|delivered|dispersed|based|kept|housed)\b",
    re.IGNORECASE,
)
_FIRED = re.compile(
    r"\b(?:fired|launch\w*|used|uses|using|struck|hits?|attack\w*|shot|intercept\w*|downed"
    r"|against|to|by|when|as|after|while|which|that|wounds?|injur\w*)\b",
    re.IGNORECASE,
)
# "deployed missiles against Kyiv": aimed, so fired.
_AIMED_AFTER = re.compile(r"\s+(?:against|at|on|over|to\s+(?:attack|strike|hit))\b", re.IGNORECASE)
# "strike forces", "a strike group": troops, not a strike.
_STRIKE_FORCE_AFTER = re.compile(r"\s+(?:forces|groups?|grouping|units|troops)\b", re.IGNORECASE)
# "driven Russians back from Kupyansk through active search and strike operations": troops
# clearing a town, on the ground.
_SEARCH_AND_BEFORE = re.compile(r"\bsearch[- ]and[- ]$", re.IGNORECASE)


_DEBRIS_AFTER = re.compile(rf"\s+(?:{_DEBRIS})\b", re.IGNORECASE)


def _held_weapon(word: str, before: str, after: str) -> bool:
    """Whether a weapon's name (``word``) tells where weapons are kept, not fired."""
    if not _WEAPON_NOUN.fullmatch(word) or _DEBRIS_AFTER.match(after):
        # ("four reports of UAV fragments being found in Vinnytsia, Haisyn and Zhmerynka
        # districts": what fell there, not weapons kept)
        return False
    held = _HELD_BEFORE.search(before)
    if (
        held is not None
        and not _FIRED.search(held.group("between"))
        and not (held.group("deployed") and word.lower().startswith(("drone", "uav")))
    ):
        return _AIMED_AFTER.match(after) is None
    return _HELD_AFTER.match(after) is not None


# Who is deployed after a strike, not to fight: "120 firefighters were deployed".
_RESPONDERS_BEFORE = re.compile(
    r"\b(?:firefighters|rescuers|rescue\s+(?:teams|workers|crews)|emergency\s+(?:services"
    r"|crews|workers|teams)|medics|paramedics|police(?:\s+officers)?|ambulances|fire\s+(?:crews"
    r"|engines|brigades)"
    # ("operational teams were deployed to manage the situation", after a strike on the grid)
    r"|(?:operational|response|repair|utility|medical)\s+(?:teams?|crews?|workers|brigades)"
    r"|power\s+engineers|energy\s+workers"
    # ("Air defence forces were deployed", in an attack on the Ivano-Frankivsk region: the
    # defence against the strike, not troops at a front)
    r"|air[- ]defen[cs]e(?:\s+(?:forces|units|systems|crews|teams))?|mobile\s+fire\s+groups"
    # ("anti-aircraft systems were again deployed to intercept the incoming threats")
    r"|anti-?aircraft(?:\s+(?:systems|guns|units|defen[cs]es|crews))?"
    # ("The IAEA Support and Assistance Mission to Zaporizhzhia (ISAMZ) team stationed at
    # ZNPP": monitors, not troops)
    r"|(?:IAEA|UN|OSCE|monitoring|assistance|inspection)\b(?:\s+[\w()-]+){0,4}\s+(?:teams?"
    r"|experts|staff|inspectors|monitors|missions?)|(?:inspectors|monitors|observers)"
    # ("an anti-bomb team was deployed to the area", where rocket debris was found)
    r"|(?:anti-?bomb|bomb[- ]disposal|explosive\s+ordnance(?:\s+disposal)?|demining)\s+(?:teams?"
    r"|units?|squads?|experts|specialists)|bomb\s+squads?|sappers|de-?miners|pyrotechnicians)"
    r"\b(?:\s+[\w-]+){0,3}\s+$",
    re.IGNORECASE,
)


# A list of the arms a force has: "equipment, including tanks, artillery, multiple launch
# rocket systems (MLRS)".
_INVENTORY_BEFORE = re.compile(
    r"\b(?:equipment|weapons|hardware|weaponry|armou?r),?\s+(?:including|such\s+as)\s+"
    r"(?:(?!and\b)[\w()-]+(?:,\s*|\s+)(?:and\s+)?)*$",
    re.IGNORECASE,
)


# "Proletarsk is located approximately 250km from": a place's distance from things.
_LIES_KM_FROM = re.compile(
    # ("Kostiantynivka, situated just 13 kilometers from the active combat zone")
    r"(?:\b(?:is|are|lies|lie)\s+(?:located\s+|situated\s+)?|,\s+(?:located|situated|lying)\s+)"
    r"(?:(?:about|approximately|around"
    r"|some|roughly|just|only|nearly|over|more\s+than|less\s+than)\s+)?\d[\d,.]*\s*(?:km"
    r"|kilometers|kilometres|miles)\s+(?:\([^()]{0,30}\)\s+)?(?:away\s+)?from\b[^.;,]*$",
    re.IGNORECASE,
)


def _triggers(sentence: Sentence) -> list[Trigger]:
    """The event words of a sentence, with their types (text offsets)."""
    out: list[Trigger] = []
    for match in _TRIGGER.finditer(sentence.text):
        kind = match.lastgroup or ""
        word = match.group().lower()
        before = sentence.text[max(0, match.start() - 30) : match.start()]
        after = sentence.text[match.end() : match.end() + 50]
        if (
            word == "positions"
            or (kind == "deployment" and word.endswith(("ground", "grounds", "range", "ranges")))
        ) and _OBJECT_OF_EVENT.search(before):
            continue  # "retook positions", "struck Russian positions", "struck the occupiers'
            # training ground": the other word counts
        if word.startswith(("offensive", "invasion", "war")) and _WAR_BEGAN_BEFORE.search(
            sentence.text, max(0, match.start() - 60), match.start()
        ):
            continue  # "a population of 26,000 before the beginning of the Russian
            # offensive": a time, not a place's event
        if (
            word in ("occupied", "held", "controlled")
            and _WAS_BEFORE.search(before)
            and _FOR_A_WHILE_AFTER.match(sentence.text, match.end(), match.end() + 60)
        ):
            continue  # "Kupiansk was an important rail hub that was occupied by Russian forces
            # for months": a past state, since ended
        if _ENDED_OCCUPATION_BEFORE.search(
            sentence.text, max(0, match.start() - 120), match.start()
        ):
            continue  # "Izyum ... was occupied for several months the beginning of the war
            # before being retaken by Ukraine": how an occupation once ended
        if word.startswith("control") and _FIRE_CONTROL_AFTER.match(
            sentence.text, match.end(), match.end() + 80
        ):
            continue  # "the enemy controlled the central parts of Kupiansk with FPV drones":
            # under fire, not held
        if word.startswith("assault") and _UNIT_NAME_AFTER.match(after):
            continue  # "the 1st Assault Battalion of the 3rd Separate Assault Brigade": a unit
        if _SPARED_BEFORE.search(before):
            continue  # "Western Lviv has largely been spared the worst of the fighting": none
        if word.startswith(("battl", "fight")) and (
            _FIRE_AFTER.match(after) or _AIR_DEFENCE_BEFORE.search(before)
        ):
            continue  # "a train battling a blaze", "fighting to save his life", "where air
            # defense is fighting": no combat on the ground
        if word.startswith(("battleground", "approach")) and _AIR_WEAPONS.search(sentence.text):
            continue  # "a region that has become a frequent battleground" for drones,
            # "Shaheds approaching Chernihiv"
        if (
            kind == "strike"
            and _SIGHTED_AFTER.match(after)
            # ("Three mortar explosions were observed in the Shalyhyne hromada": a blast seen
            # is a blast there)
            and not (word.lower().startswith(("explosion", "blast")) and _SEEN_AFTER.match(after))
        ):
            continue  # "hostile UAVs were detected in the Sumy region": flying, not striking
        if (
            kind == "strike"
            and _FLEW_OVER_AFTER.match(after)
            and not _CAME_DOWN.search(sentence.text, match.end())
        ):
            continue  # "The first drone flew over the Tulcea area", "the second drone appeared
            # over the Galați area": seen on its way (not "flew over Kursk and crashed")
        if kind == "deployment" and word.startswith("combat") and _SHOT_DOWN.search(sentence.text):
            continue  # "As a result of combat operations, all 23 drones were shot down in
            # Kharkiv, Poltava ... regions": air defence at work, no fighting on the ground
        if (
            kind == "strike"
            and word.startswith(("drone", "uav", "shahed"))
            and _HEARD_BEFORE.search(before)
        ):
            continue  # "heard the sound of a drone engine", "heard the drone engines": a drone
            # flying over, not a strike
        if (
            kind == "strike"
            and word.startswith(("casualt", "victim"))
            and _TOLL_UNTOLD.search(sentence.text)
        ):
            continue  # "The number of victims in Mariupol and Volnovakha cannot be
            # established": what is not known of a place
        if kind == "strike" and _INVENTORY_BEFORE.search(
            sentence.text, max(0, match.start() - 100), match.start()
        ):
            continue  # "troops and equipment, including tanks, artillery, multiple launch
            # rocket systems": what was brought, not fired
        if word.startswith(("deploy", "stationed")) and (
            _RESPONDERS_BEFORE.search(sentence.text[max(0, match.start() - 60) : match.start()])
            or _WEAPON_LAUNCHED_AFTER.match(after)
        ):
            continue  # "more than 120 firefighters were deployed", "deployed a drone": no troops
        if kind == "deployment" and word.lower() == "combat" and _COMBAT_VEHICLE_AFTER.match(after):
            continue  # "unmanned combat aerial vehicles attacked": drones, the strike
        if (
            kind == "deployment"
            and word.lower().startswith(("offensive", "counteroffensive", "counter-offensive"))
            and _MEANS_BEFORE.search(before)
            and _TAKEN.search(sentence.text)
        ):
            continue  # "liberated five villages as a result of offensive actions": the means
        if kind != "strike" and _LIES_KM_FROM.search(sentence.text, 0, match.start()):
            continue  # "Proletarsk is located approximately 250km from the Ukrainian border and
            # 350km from areas under Kyiv's control on the eastern Ukrainian frontline": where
            # the place is, told by what it is far from
        if word.startswith("withdr") and _AGREEMENT_AFTER.match(after):
            continue  # "withdrew from a grain deal": a treaty left, no ground given up
        if (
            word.startswith("repel")
            or (word in ("fought", "fight", "fights", "fighting") and after.startswith(" off"))
        ) and _AIR_ATTACK_AFTER.match(after):
            continue  # "repelled a drone attack": air defence, and the attack is the strike
        if (
            word.startswith("attack")
            and _REPELLED_BEFORE.search(before)
            and not _AIR_ATTACK_AFTER.match(before[-20:] + word + after[:30])
        ):
            continue  # "repelled a Ukrainian attack", "repelled 15 attacks": ground combat
        if (
            kind == "territorial_claim"
            and word.lower().startswith("advance")
            and _REPELLED_BEFORE.search(before)
        ):
            # "Ukrainian troops fought off Russian advances near Kharkiv, Kupiansk, Lyman":
            # fighting there, no ground taken
            kind = "deployment"
        if (
            kind == "strike"
            and word.lower() == "attacks"  # (not "the attack was repelled": of what was told)
            and _REPELLED_AFTER.match(after)
            and not _AIR_ATTACK_AFTER.match(before[-20:] + word + after[:30])
            and not _AIR_WEAPONS.search(sentence.text)
        ):
            # "11 enemy attacks were repelled in the Kharkiv sector, in particular in Hlyboke":
            # the fighting there (the attack word is the event: no other word tells of it)
            kind = "deployment"
        if (
            kind == "strike"
            and word.startswith("attack")
            and _PEOPLE_BEFORE.search(before)
            and not _AIR_WEAPONS.search(sentence.text)
        ):
            kind = "deployment"  # "about 300 Ukrainians attacked the other checkpoint"
        if (kind == "deployment" and _GROUND_ATTACK.fullmatch(word)) or (
            kind == "strike"
            and word.startswith("attack")
            and (
                _GROUND_ATTACK_BEFORE.search(before)
                or (_COUNTED_BEFORE.search(before) and _COUNTED_AREA_AFTER.match(after))
                or (
                    _ATTEMPT_NEAR.match(sentence.text, match.start())
                    and _TRIED_BEFORE.search(before)
                )
                or (
                    _ATTACKS_WHERE_AT.match(sentence.text, match.start())
                    and _GROUND_SUBJECT_BEFORE.search(before)
                )
            )
        ):
            # "attempt to attack near Orekhovo", "a massive mechanised attack": on the ground,
            # unless drones or missiles tried ("drones attempted to attack Moscow")
            air = _AIR_WEAPONS.search(sentence.text) is not None
            if air == (kind == "deployment"):
                continue
        if word.endswith("taken") and _PICTURE_BEFORE.search(
            sentence.text, max(0, match.start() - 90), match.start()
        ):
            continue  # "photo (screenshot from the video) was taken on a section of the road"
        if kind == "territorial_claim" and word.endswith("control") and _EXAMPLES.match(after):
            continue  # "other towns under Ukrainian government control such as X": a state
        if (
            kind == "territorial_claim"
            and (word.startswith(("under", "in ")) and word.endswith("control"))
            and (
                _NOT_HELD_BEFORE.search(before)
                # ("the situation in the Toretsk and Pokrovsky directions ... is under
                # control", "trying to bring the fire under control")
                or (
                    _SITUATION_BEFORE.search(
                        sentence.text, max(0, match.start() - 100), match.start()
                    )
                    and not _OF_AFTER.match(after)
                )
            )
        ):
            continue  # "the situation was under control", "the authorities in control of"
        if word.startswith("captur") and (
            _CAMERA_BEFORE.search(sentence.text, max(0, match.start() - 60), match.start())
            or _CAMERA_AFTER.match(after)
        ):
            continue  # "Footage captured the moment of an explosion": filmed, not taken
        if word == "advanced" and (
            _ADVANCED_ADJECTIVE_BEFORE.search(before) or _ADVANCED_ADJECTIVE_AFTER.match(after)
        ):
            continue  # "two more advanced S-400 systems": a kind of weapon, no advance
        if word == "occupying" and _OCCUPYING_FORCES_BEFORE.search(before):
            # "Russian forces occupying the Crimean Peninsula reported coming under attack":
            # who the forces are, no news of an occupation
            continue
        if word.startswith("occup") and _OCCUPIERS_AFTER.match(after):
            continue  # "the occupying authorities of Sevastopol": who, not an occupation
        if word == "occupation" and _TEMPORARY_BEFORE.search(before):
            continue  # "the territories ... under temporary occupation": description
        if match.group() == "Occupation" and _NAME_OF_BEFORE.search(before):
            continue  # "the Center for the Study of the Occupation": an institution's name
        if word in (
            "liberation",
            "capture",
            "occupation",
            "recapture",
        ) and _SINCE_ITS_BEFORE.search(before):
            continue  # "the population of Izium has increased ... since its liberation": the
            # town as it has been since, not news of its taking
        if word.startswith(("occup", "annex", "control", "held")) and _RELATIVE_ASIDE_BEFORE.search(
            sentence.text, max(0, match.start() - 80), match.start()
        ):
            continue  # "Luhansk, which is occupied by Russian forces": said in passing
        if word in ("controlled", "held", "occupied") and _PART_OF_BEFORE.search(
            sentence.text, max(0, match.start() - 100), match.start()
        ):
            continue  # "in the part of the Zaporozhye region controlled by Kyiv": which part
        if word in ("occupied", "annexed", "liberated", "de-occupied") and (
            _DESCRIBED_BEFORE.search(before)
            or _DESCRIBED.match(after)
            or (
                _DESCRIBED_NAME.match(after)
                # (or opening the sentence: "Occupied Crimea functions as Russia's base")
                and (_PREPOSITION_BEFORE.search(before) or not before.strip(" \"“‘'("))
                # (not two verbs joined: "crossed the border and liberated Kozinka")
                and not (word == "liberated" and _VERB_AND_BEFORE.search(before))
            )
        ):
            continue  # "the temporarily occupied left bank", "annexed Crimea", "the
            # liberated part of the Kharkiv region", "the de-occupied settlements of Kherson,
            # Beryslav and Kakhovka districts": description
        if (
            word in ("occupied", "annexed")
            and _NAME_COMMA_BEFORE.search(before)
            and (_APPOSITION_BY_AFTER.match(after) or _LISTED_NAME_AFTER.match(after))
        ):
            continue  # "Crimea, annexed by Russia, hosts ...", "the capital Moscow, occupied
            # Crimea, and many other regions were under attack": description in passing
        if (
            word.split()[0] in ("occupied", "annexed", "held", "controlled")
            and (
                _A_PLACE_OF_BEFORE.search(sentence.text, max(0, match.start() - 90), match.start())
                or _NOW_BEFORE.search(before)
            )
            and (" by " in word or after.lstrip().lower().startswith("by "))
        ):
            continue  # "a market in Donetsk, a large city occupied by Moscow", "the city,
            # now held by Russian forces,": what it is
        if (
            word in ("seized", "captured", "recaptured")
            and _DESCRIBED_BEFORE.search(before)
            and _ONE_PLACE_AFTER.match(after)
        ):
            continue  # "a depot in the seized settlement of Sorokyne": description (not "named
            # the captured villages as Novenke, Basivka ...", the news itself)
        if word.lower() == "positions" and _PROXIMITY_TO_BEFORE.search(before):
            continue  # "regular targets of Russian attacks due to their proximity to Russian
            # positions": where the positions are not
        if (
            word in ("destroyed", "ruined", "devastated", "shattered")
            and _THE_RUINED_BEFORE.search(before)
            and _RUINED_PLACE_AFTER.match(after)
        ):
            continue  # "the destroyed frontline city of Bakhmut": description
        if (
            word in ("seized", "captured")
            and _DESCRIBED_BEFORE.search(before)
            and _TERRITORIES_OF_AFTER.match(after)
        ):
            continue  # "fuel for the occupiers in the captured territories of the Kherson and
            # Zaporizhzhia regions": which territories, not their capture
        if kind == "strike" and (
            _held_weapon(word, sentence.text[max(0, match.start() - 80) : match.start()], after)
            or (word in ("strike", "strikes") and _STRIKE_FORCE_AFTER.match(after))
            or (word.lower() == "strike" and _SEARCH_AND_BEFORE.search(before))
        ):
            kind = "deployment"  # "has deployed Oreshnik missiles there", "strike forces"
        if (
            kind == "deployment"
            and _PREPARING_GROUND.search(sentence.text, max(0, match.start() - 90), match.start())
            # (not "preparing offensive actions against the Sumy region": a target)
            and not _AGAINST_AFTER.match(after)
        ):
            pass  # "Russian troops are preparing to conduct an assault in the area of Orikhiv":
            # troops gathering there, a deployment, whether or not the assault comes
        elif (
            _HYPOTHETICAL_BEFORE.search(sentence.text[max(0, match.start() - 60) : match.start()])
            or _CONDITION_BEFORE.search(sentence.text, max(0, match.start() - 90), match.start())
            or _KNOWN_FOR_BEFORE.search(sentence.text, max(0, match.start() - 160), match.start())
            or (
                word.lower().startswith(("advanc", "offensive"))
                and _TARGET_OF_BEFORE.search(
                    sentence.text, max(0, match.start() - 80), match.start()
                )
            )
            or (kind == "territorial_claim" and _TOWARD_AFTER.match(after))
            or _HABITUAL_BEFORE.search(before)
            or _NONE_BEFORE.search(before)
            or _FORMERLY_BEFORE.search(before)
            or _EXPECTED_AFTER.match(after)
        ) or (
            # ("Control over Kupyansk would enable further advances")
            (
                word.endswith("ing")
                or _GERUND_BEFORE.search(before)
                or match.group()[:1].isupper()
                # ("Tokmak's capture would be a milestone", "the fall of Pokrovsk would"; not
                # "The strike on Kyiv could have killed many more", which happened)
                or (_ACT_NAMED_BEFORE.search(before) and not _WOULD_HAVE_AFTER.match(after))
            )
            and _WOULD_AFTER.match(after)
        ):
            # Kept, so that the place it is about takes no other event word from its list.
            kind = HYPOTHETICAL
        elif kind == "territorial_claim" and (
            _ATTEMPT_BEFORE.search(sentence.text, max(0, match.start() - 60), match.start())
            or _ATTEMPT_AND_BEFORE.search(sentence.text, max(0, match.start() - 120), match.start())
            or (word.startswith("captur") and _PRISONERS_AFTER.match(after))
            # ("Kremlin forces continue to advance on the strategic city of Pokrovsk")
            or (word.startswith("advanc") and _ON_AFTER.match(after))
            # ("The Russian army continues its advance missions near Soledar, Bakhmut")
            or (word.startswith("advanc") and _MISSIONS_AFTER.match(after))
            # ("Russia's military has advanced to within 12 miles of the city of Sumy")
            or (word.startswith("advanc") and _TO_WITHIN_AFTER.match(after))
            # ("Avdiivka is almost empty and all but surrounded by Russian forces")
            or (word.startswith(("surround", "encircl")) and _NEARLY_BEFORE.search(before))
        ):
            kind = "deployment"
        elif (
            kind == "strike"
            and word.startswith("attack")
            and (
                _IN_DIRECTIONS_AFTER.match(sentence.text, match.end())
                or _FAILED_BEFORE.search(before)
                or _BY_GROUND_UNITS_AFTER.match(sentence.text, match.end())
                or _POSITIONS_AFTER.match(sentence.text, match.end())
                or _GROUND_FORCES_BEFORE.search(before)
            )
            and not _FROM_THE_AIR.search(sentence.text)
        ) or (
            kind == "strike"
            and word.lower().startswith("destroy")
            and _FORCES_AFTER.match(sentence.text, match.end())
            and not _FROM_THE_AIR.search(sentence.text)
        ):
            # "attempts to attack in Donetsk and Kupyansk directions", "unsuccessful attacks"
            kind = "deployment"
        start = sentence.start + match.start()
        if (
            out
            and out[-1].type == HYPOTHETICAL
            and _WEAPON_OF_BEFORE.fullmatch(
                sentence.text, out[-1].end - sentence.start, match.start()
            )
        ):
            # "an attempt to deliver another aviation strike with guided aerial bombs on the
            # Beryslav area": the weapons of what was only attempted
            kind = HYPOTHETICAL
        out.append(Trigger(kind, start, start + len(match.group()), match.group()))
    if any(t.type == "strike" for t in out):
        # "the onslaught killed five as the missiles damaged ...": a missile onslaught.
        out = [t for t in out if t.text.lower() not in ("onslaught", "onslaughts")]
    return out


def _nearest(order: list[int], starts: list[int], mentions: list[Mention], trigger: Trigger) -> int:
    """The mention among ``order`` (indices into ``mentions``, in text order, apart) nearest
    to ``trigger``: the gap to a mention after it counts once, to one before it twice; a tie
    goes to the earlier mention. The gap grows with each mention further after the word and
    with each further before it, so only the last mention that starts before the word ends
    and the first one after can be nearest."""
    k = bisect_left(starts, trigger.end)
    best, best_gap = -1, 0
    if k > 0:
        before = mentions[order[k - 1]]
        best, best_gap = order[k - 1], 2 * (trigger.start - before.end)
    if k < len(order):
        after = mentions[order[k]]
        if best < 0 or after.start - trigger.end < best_gap:
            best = order[k]
    return best


def _in_order(mentions: list[Mention]) -> bool:
    """Whether ``mentions`` are in text order and do not overlap (as the mention finder
    makes them)."""
    return all(a.end <= b.start and b.start < b.end for a, b in pairwise(mentions))


# "X is located 10 kilometers southwest of ...": where a place lies.
_LIES_AT_DISTANCE = re.compile(
    r"\s+(?:is|was|lies|lay|sits)\s+(?:located\s+|situated\s+)?(?:about\s+|some\s+|around\s+"
    r"|roughly\s+|just\s+|only\s+|approximately\s+)?\d"
)


def _assign(
    text: str,
    sentence: Sentence,
    strong: list[tuple[int, int]],
    mentions: list[Mention],
    triggers: Sequence[Trigger],
) -> tuple[dict[int, list[Trigger]], list[bool]]:
    """Give each event word to the nearest place mention in its clause, else in its sentence;
    words after a place count as nearer than words before it ("struck Kharkiv" before
    "Kharkiv, where ... attacked"). A semicolon ends a clause too ("In Kostiantynivka, ...
    26 private houses ... were damaged; 2 more houses were damaged in Markove": the first
    damage is Kostiantynivka's)."""
    weak = _spans(text, sentence.start, sentence.end, _CLAUSE_BREAK)
    out: dict[int, list[Trigger]] = {i: [] for i in range(len(mentions))}  # by mention
    if not mentions:
        return out, []
    clauses = [_clause(weak, m.start) for m in mentions]
    in_order = _in_order(mentions)
    by_clause: dict[int, list[int]] = {}
    for i, clause in enumerate(clauses):
        by_clause.setdefault(clause, []).append(i)
    by_clause_starts = {c: [mentions[i].start for i in order] for c, order in by_clause.items()}
    everyone = list(range(len(mentions)))
    all_starts = [m.start for m in mentions]
    # A clause with no place of its own takes the nearest of its part of the sentence up
    # to a semicolon, before the sentence's others.
    parts = _spans(text, sentence.start, sentence.end, _SEMICOLON)
    part_of = [_clause(parts, m.start) for m in mentions]
    by_part: dict[int, list[int]] = {}
    for i, part in enumerate(part_of):
        by_part.setdefault(part, []).append(i)
    by_part_starts = {p: [mentions[i].start for i in order] for p, order in by_part.items()}
    for trigger in triggers:
        clause = _clause(weak, trigger.start)
        said = _clause(parts, trigger.start)
        if in_order:
            if clause in by_clause:
                best = _nearest(by_clause[clause], by_clause_starts[clause], mentions, trigger)
            elif said in by_part:
                best = _nearest(by_part[said], by_part_starts[said], mentions, trigger)
            else:
                best = _nearest(everyone, all_starts, mentions, trigger)
            out[best].append(trigger)
            continue

        def distance(
            i: int, clause: int = clause, said: int = said, trigger: Trigger = trigger
        ) -> tuple[int, int]:
            m = mentions[i]
            rank = 0 if clauses[i] == clause else 1 if part_of[i] == said else 2
            # English puts the place after the event word more often than before it.
            gap = m.start - trigger.end if m.start >= trigger.end else 2 * (trigger.start - m.end)
            return (rank, gap)

        out[min(range(len(mentions)), key=distance)].append(trigger)
    assigned_directly = [bool(out[i]) for i in range(len(mentions))]
    # A place with no event word of its own shares those of the nearest place in its
    # statement that has some: lists ("Stari Terny and Trudove", "cities in Donetsk Oblast -
    # Sloviansk, Kramatorsk") report one event at each of their places.
    statements = [_statement(text, strong, m.start) for m in mentions]
    donors: dict[int, list[int]] = {}  # by statement, in text order
    for j in range(len(mentions)):
        if assigned_directly[j]:
            donors.setdefault(statements[j], []).append(j)
    donor_starts = {c: [mentions[j].start for j in found] for c, found in donors.items()}
    for i, mention in enumerate(mentions):
        if out[i] or statements[i] not in donors or _LIES_AT_DISTANCE.match(text, mention.end):
            # (not "Kostiantynivka is located 10 kilometers southwest of the front line at
            # Chasiv Yar": where it lies, not one of a list)
            continue
        found = donors[statements[i]]
        if in_order:
            # The nearest donor is the last one before the place or the first one after it
            # (the earlier of the two on a tie, as min() picks).
            k = bisect_left(donor_starts[statements[i]], mention.start)
            near = found[max(0, k - 1) : k + 1]
        else:
            near = found
        j = min(near, key=lambda j: abs(mentions[j].start - mention.start))
        out[i] = list(out[j])
    return out, assigned_directly


# "Within days, ...", "Weeks later, ...": a sentence that tells what followed the one before.
_FOLLOWING_OPENING = re.compile(
    r"(?:Within\s+(?:(?:a\s+few|two|three|several)\s+)?(?:hours|days|weeks|months)"
    r"|Within\s+an?\s+(?:day|week|month)"
    r"|(?:(?:A\s+few|Two|Three|Several)\s+)?(?:Hours|Days|Weeks|Months|hours|days|weeks|months)"
    r"\s+later|An?\s+(?:day|week|month)\s+later|(?:Soon|Shortly)\s+after(?:wards)?)\b"
)
_FOLLOWING_REACH = 600  # characters: longer than any real sentence before one


class _Statements:
    """The strong clauses of a sentence, what each is dated by and whether it is about an
    earlier year, each worked out once."""

    def __init__(
        self, text: str, sentence: Sentence, dates: list[DatePhrase], published: dt.date
    ) -> None:
        self.text, self.published = text, published
        self.spans = _spans(text, sentence.start, sentence.end, _STRONG_BREAK)
        self.dates: dict[int, list[DatePhrase]] = {}
        self.all_dates = dates
        for phrase in dates:
            self.dates.setdefault(self.clause(phrase.start), []).append(phrase)
        # A date that opens the sentence ("On Monday, ..."); dates are in text order.
        self.opening = next(
            (
                d
                for d in dates[:3]
                if d.start - sentence.start < 3 and text[d.end : d.end + 2].startswith(",")
            ),
            None,
        )
        self._past: dict[int, list[tuple[int, int]]] = {}

    def clause(self, offset: int) -> int:
        return _clause(self.spans, offset)

    def dated_before(self, word: Trigger) -> bool:
        """Whether an earlier year directly follows the event word ("annexed in 2014",
        "annexed last year")."""
        after = _YEAR_AFTER.match(self.text, word.end)
        if after is None:
            return False
        return after.group(1) is None or int(after.group(1)) < self.published.year

    def _years(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """The years ``text[start:end]`` names ("in 2014", "last year"; "in recent months" as
        the year before): each with where what it dates begins (after a superlative's "since",
        else ``start``) and where it ends."""
        out = []
        found = [
            (int(m.group(1)), m)
            for m in _PAST_YEAR.finditer(self.text, start, end)
            # (not "The fighting for Seversk has gone on since 2022": going on still)
            if not _GONE_ON_BEFORE.search(self.text, max(start, m.start() - 40), m.start())
            or not m.group().lower().startswith("since")
        ]
        found += [(self.published.year - 1, m) for m in _LAST_YEAR.finditer(self.text, start, end)]
        if (ago := _YEARS_AGO_OPENING.match(self.text, start, end)) is not None:
            found.append((self.published.year - 1, ago))
        # "last November", said in April: the November of the year before.
        found += [
            (self.published.year - 1, m)
            for m in _LAST_MONTH.finditer(self.text, start, end)
            if _MONTHS.index(m.group(1).capitalize()) + 1 >= self.published.month
        ]
        found += [(WAR_BEGAN, m) for m in _WAR_BEGINNING.finditer(self.text, start, end)]
        found += [(OLD_WAR_ENDED, m) for m in _OLD_WAR.finditer(self.text, start, end)]
        recent = [
            m
            for m in _RECENT_MONTHS.finditer(self.text, start, end)
            # (nor "Pokrovsk, which has faced near-constant Russian attacks in recent months":
            # what a place has endured for months it endures still)
            if not _ENDURED.search(self.text, start, m.start())
            # (not "the largest drone attack on Crimea in recent months": today's, measured
            # against them)
            if not _SUPERLATIVE_BEFORE.search(self.text, max(start, m.start() - 90), m.start())
        ]
        spans = [(year, m.start(), m.end()) for year, m in found]
        # ("was occupied by Russian forces from Feb. 27 to Sept. 10, 2022")
        spans += [
            (d.date.year, d.start, d.end)
            for d in self.all_dates
            if d.year_named and start <= d.start and d.end <= end
        ]
        for year, begins, ends in spans:
            # (up to the year's end: "their first major gain since May 2023" names it with
            # its "since")
            since = _SUPERLATIVE_SINCE.search(self.text, max(start, begins - 120), ends)
            out.append((year, since.end() if since else start, ends))
        for m in recent:
            # "in recent months" dates only the part of the statement it stands in: not
            # "Russian forces were now in control of Petropavlivka, a village between the
            # towns of Pokrovsk and Kurakhove, focal points in fighting in recent months".
            part = self.text.rfind(",", start, m.start())
            out.append((self.published.year - 1, part + 1 if part >= 0 else start, m.end()))
        return out

    def past(self, offset: int) -> bool:
        """Whether the statement at ``offset`` names a year before publication as its latest.
        A year to compare with ("the deadliest attack since the war began in 2022") dates
        only what follows its "since" ("since Moscow captured Bakhmut in May 2023")."""
        clause = self.clause(offset)
        if clause not in self._past:
            start, end = self.spans[clause]
            years = [(year, after) for year, after, _ in self._years(start, end)]
            if clause and _RELATIVE.fullmatch(self.text, self.spans[clause - 1][1], start):
                # "counteroffensives last year that retook the northern city of Kharkiv": a
                # year right before "that" dates the clause it opens.
                before_start, before_end = self.spans[clause - 1]
                years += [
                    (year, start)
                    for year, _, year_end in self._years(before_start, before_end)
                    if not self.text[year_end:before_end].strip(" ,")
                ]
            sentence_start = self.spans[0][0]
            if _FOLLOWING_OPENING.match(self.text, sentence_start):
                # "Last August, Ukraine launched a daring cross-border incursion into Kursk
                # ... Within days, Ukrainian units had captured ... the strategic border town
                # of Sudzha": what followed an earlier year's event is that year's too.
                # (the sentence before, read back at most _FOLLOWING_REACH characters)
                floor = max(0, sentence_start - _FOLLOWING_REACH)
                before = max(
                    floor - 1,
                    self.text.rfind(". ", floor, sentence_start - 2),
                    self.text.rfind("\n", floor, sentence_start - 1),
                )
                years += [(year, start) for year, _, _ in self._years(before + 1, sentence_start)]
            # "annexed in 2014, said a fire broke out ... early Tuesday": a date of this
            # year in the statement says it is news.
            recent = any(d.date.year >= self.published.year for d in self.dates.get(clause, ()))
            self._past[clause] = [] if recent else years
        latest = [year for year, after in self._past[clause] if offset >= after]
        return bool(latest) and max(latest) < self.published.year

    def dated_past(self, offset: int) -> bool:
        """Whether the last date of its statement before ``offset`` names an earlier year:
        "Previously, on March 22, 2024, the Zmiiv TPP ... was utterly destroyed, and on July
        25, 2022, Russian troops occupied the Vuglehirsk TPP in the Donetsk region" (the
        region's date is 2022, whatever else the statement dates)."""
        clause = self.clause(offset)
        before = [d for d in self.dates.get(clause, ()) if d.end <= offset]
        if not before and clause:
            # ("The first known use of Oreshnik was in November 2024, when Vladimir Putin
            # said the Russian army had targeted a facility in Dnipro": the sentence's last
            # date before it, in a clause of its own)
            before = [d for d in self.all_dates if d.end <= offset]
        return bool(before) and before[-1].year_named and before[-1].date.year < self.published.year


def _background(statements: _Statements, place: int, words: list[Trigger]) -> bool:
    """Whether the place, or every event word, is in a statement dated to an earlier year
    ("the annexation of Crimea in 2014"), or every event word is dated so right after it
    ("the peninsula Russia annexed in 2014, said a fire broke out ... on Tuesday")."""
    return (
        statements.past(place)
        or statements.dated_past(place)
        or all(statements.past(word.start) or statements.dated_before(word) for word in words)
    )


def _date(
    statements: _Statements, anchors: list[int], published: dt.date
) -> tuple[dt.date, int, DatePhrase | None]:
    """The date of the first phrase in the strong clause of an anchor (event word, place),
    else a date that opens the sentence, else the publication day."""
    for anchor in anchors:
        inside = statements.dates.get(statements.clause(anchor))
        if inside:
            best = min(inside, key=lambda d: abs(d.start - anchor))
            return best.date, best.time_precision, best
    if (phrase := statements.opening) is not None:
        return phrase.date, phrase.time_precision, phrase
    return published, 1, None


def _destination_before(
    rejected: Sequence[Rejected], start: int, after: int, mention: Mention
) -> Rejected | None:
    """The last name of the sentence (from ``start``, and after the place named before, which
    ends at ``after``) that stands before ``mention`` as a destination, not a place."""
    before = [
        r
        for r in rejected
        if max(start, after) <= r.start
        and r.end <= mention.start
        # (or an end of a route: "the route leading from the Pokrovske area of
        # Dnipropetrovsk region")
        # (or where fire came from: "launched from Vovchansk, in Ukraine's Kharkiv Oblast")
        and r.reason.startswith(
            ("a destination", "an end of a route", "where an attack was launched")
        )
    ]
    return max(before, key=lambda r: r.start, default=None)


_UNNAMED_SITE = re.compile(
    r"[Tt]he\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:plant|refinery|airfield),?\s+in\s"
)
# (a site told of before: "a Shahed drone depot in Russia’s Krasnodar Krai ... the base")
_SITE_WORD = re.compile(
    r"\b(?:plants?|refiner(?:y|ies)|airfields?|air\s?bases?|bases?|depots?|facilit(?:y|ies)"
    r"|terminals?|warehouses?)\b",
    re.IGNORECASE,
)


def _unnamed_site_of(text: str, sentence: Sentence, located: str) -> bool:
    """Whether ``located`` ("the refinery in") names a site of the region that neither it nor
    the text before it names: "APU attacked the refinery in the Volgograd region" reports the
    attack in the region, which no named place carries. (After "the Afipsky refinery" or "a
    refinery in Afipsky ... the refinery in the Krasnodar region" the region only locates it.)"""
    site = _UNNAMED_SITE.match(located)
    return site is not None and not _SITE_WORD.search(text, 0, sentence.start)


def _events_in(
    text: str,
    sentence: Sentence,
    here: list[Mention],
    published: dt.date,
    rejected: list[Rejected],
    triggers: Sequence[Trigger],
) -> Iterator[Candidate]:
    """The candidate events one sentence reports at the places it names, by its event words
    (``triggers``)."""
    if not triggers:
        return
    dates = find_dates(sentence.text, published, offset=sentence.start)
    claimed_by = attribution(sentence.text)
    statements = _Statements(text, sentence, dates, published)
    # Places that only locate another one take no event word: "a depot near Dzhankoi in
    # northern Crimea ... to detonate" reports the blast at Dzhankoi, not in Crimea.
    locators: dict[int, str] = {}
    for i, mention in enumerate(here):
        before = text[max(sentence.start, mention.start - 30) : mention.start]
        since = text[here[i - 1].end : mention.start] if i else ""
        # ("had taken control of Stupochky, a village east of the town of Kostiantynivka": a
        # village the gazetteer lacks, then its landmark)
        unknown = None if i else _UNKNOWN_APPOSITIVE.search(text, sentence.start, mention.start)
        lead = text[max(sentence.start, mention.start - 80) : mention.start]
        if _OUTAGES_IN_BEFORE.search(lead) and not _DAMAGE_TOO.search(
            text, mention.end, sentence.end
        ):
            # ("emergency power outages have been introduced in the Korosten, Zhytomyr, and
            # Zviahel districts"): where the power is out, not where the attack fell.
            locators[i] = "where power is out, not where something happened"
        elif (
            (
                left := _LEFT_BEFORE.search(
                    text, max(sentence.start, mention.start - 200), mention.start
                )
            )
            and (dark := _WITHOUT_SUPPLY_AFTER.match(text, mention.end, sentence.end))
            and _DARK_LIST_WORDS.fullmatch(left.group("between") + " " + dark.group("between"))
        ):
            locators[i] = "where power is out, not where something happened"
        elif (
            (dark := _DARK_AFTER.match(text, mention.end, sentence.end))
            and _DARK_LIST_WORDS.fullmatch(dark.group("between"))
            and not _DARK_CAUSE.search(_AS_A_RESULT.sub("", sentence.text))
        ):
            # ("As a result of the strike, over 20,000 customers in four communities in the
            # Shostka area were left without electricity"): where the power went out, not
            # where the attack told before fell (but "X is without power due to Russian
            # strikes", "after shelling, X was left without electricity" say X was hit)
            locators[i] = "where power is out, not where something happened"
        elif (
            _LIES_OFF.search(lead)
            or _UNNAMED_THEN_DIRECTION.search(lead)
            or (
                _LIES_NEAR.search(lead)
                and (
                    _SAID_OF_IT.search(text, mention.end, sentence.end) is None
                    or _FOR_MONTHS.search(text, mention.end, sentence.end) is not None
                )
            )
            or _DIRECTION_ASIDE.search(
                text[max(sentence.start, mention.start - 120) : mention.start]
            )
        ):
            # "Lastochkyne lies to the west of Avdiivka": a landmark, whatever names the place.
            locators[i] = "a landmark for the place the sentence speaks of"
        elif len(here) > 1 and _ATTACK_TRIED_ON_BEFORE.search(lead):
            # "Another drone that tried to carry out an attack on Moscow was shot down tonight
            # ... in the Ramensky District": where it was aimed, not where it fell.
            locators[i] = "where an attack was aimed, not where it fell"
        elif _BORDERS_AFTER.match(text, mention.end) or _neighbour_listed(text, sentence, mention):
            # "The Belgorod region borders the Kharkiv region, where Ukrainian forces staged
            # an offensive": the neighbour is described, not the scene.
            locators[i] = "a neighbour of the place meant, not where something happened"
        elif (
            (
                measured := _MEASURED_FROM.search(
                    text, max(sentence.start, mention.start - 80), mention.start
                )
            )
            and not _WHICH_WAS_HIT.match(text, mention.end)
            and (
                i
                # (before the distance: "a site located 5 kilometers from the village of
                # Shelkovichnoe" is near the village; "the settlement, some 38 kilometers west
                # of Kherson" is not Kherson)
                or _UNNAMED_SUBJECT.search(text, sentence.start, measured.start())
                # (or the sentence opens with the distance, its subject after it: "Situated
                # 10 km to the south of the frontline town of Orikhiv ..., Robotyne lies")
                or len(text[sentence.start : measured.start()].split()) <= 2
                # ("had taken Ptyche, about 21 km southeast of ... Pokrovsk": a name the gazetteer
                # lacks)
                or NAME_COMMA_BEFORE.search(
                    text, max(sentence.start, measured.start() - 40), measured.start()
                )
            )
        ):
            # "the settlement, some 38 kilometers west of Kherson", "about six miles from the
            # town of Orikhiv": a distance is measured from a landmark.
            locators[i] = "a landmark a distance is measured from, not where something happened"
        elif unknown is not None and _LANDMARK.match(unknown.group(1)):
            locators[i] = "a landmark for the place the sentence speaks of"
        elif (
            i
            and here[i - 1].kind == mention.kind == "settlement"
            and _IN_THE_SINCE.fullmatch(since)
            and _AREA_AFTER.match(text, mention.end)
            # (not a region's centre, whose "area" is the region: "the village of Vuhledar in
            # the Donetsk area")
            and not (mention.place is not None and (mention.place.seat or mention.place.capital))
        ):
            # "positions in Novogrodovka in the Krasnoarmeysk area": the town says where the
            # place before it lies.
            locators[i] = f"a landmark for {here[i - 1].name}, not where something happened"
        elif i and _TO_THE_SIDE_SINCE.fullmatch(since) and _SIDE_OF_AFTER.match(text, mention.end):
            # "the salt-mining town of Soledar to Bakhmut’s north"
            locators[i] = f"a landmark for {here[i - 1].name}, not where something happened"
        elif (
            i
            and _LANDMARK.match(since)
            # (not a village that says where in a region: "seized about 2 kilometres of Sumy
            # Oblast near the village of Oleksandriia")
            and not (here[i - 1].kind == "region" and _VILLAGE_WORD.search(since))
            # (nor where the next target of a list is: "struck a command post in Lgov and an
            # ammunition depot near Kurchatov")
            and not _AND_ANOTHER_TARGET.match(since)
            # (nor a place that says where in the region the sentence speaks of: "a drone hit
            # an energy facility in the Khmelnytskyi region, near Starokostiantyniv air base")
            and not (
                here[i - 1].kind == "region"
                and locators.get(i - 1) in (None, f"locates {mention.name} in the same sentence")
                and _NEAR_SINCE.fullmatch(since)
            )
            # (nor a place in a country: "based in Belarus near Gomel airport")
            and not _is_country(here[i - 1])
            # (nor the next item of a list: "Strikes have been carried out on Shchastye,
            # Novopskov, the suburbs of Krasny Luch and Severodonetsk")
            and not (
                i > 1
                and LIST_COMMA.fullmatch(text, here[i - 2].end, here[i - 1].start)
                and _SUBURBS_ITEM.match(since)
            )
            # (not a list of places around which it happened: "east of Pervomaiske, and near
            # Novobakhmutivka")
            and not (
                _AND_NEXT.match(since)
                # (but after a landmark, a landmark: "Lozuvatske, about 24 kilometers east of
                # Pokrovsk and near the small town of Ocheretyne")
                and (i - 1) not in locators
                and (
                    _AROUND_BEFORE.search(text, sentence.start, here[i - 1].start)
                    # ("advanced in Toretsk and near Shcherbynivka": where, twice)
                    or (
                        here[i - 1].kind == "settlement"
                        and _AND_NEAR.fullmatch(since)
                        and _PLACES_IN_BEFORE.search(text, sentence.start, here[i - 1].start)
                    )
                    # ("explosions in Sevastopol, Saky, Kerch, and near Belbek airfield": the
                    # last of a list)
                    or (i > 1 and LIST_COMMA.fullmatch(text, here[i - 2].end, here[i - 1].start))
                )
            )
            # (nor the next of the places where: "regained positions in New-York and
            # Nelipivka in Donetsk Oblast and near Lyptsi in Kharkiv Oblast")
            and not _next_where(text, sentence, here, i, locators)
            # (nor the first of a list after "near": "explosions were heard in Sevastopol, near
            # Saky, Feodosiia, Rozdilne and Hvardiiske")
            and not list_starts(text, here, i)
            # (nor the next of a list of directions: "south of Novokalynove, east of
            # Pervomaiske, and near Novobakhmutivka")
            and not (
                _NEXT_DIRECTION.fullmatch(since)
                and DIRECTION_OF_BEFORE.search(
                    text, max(sentence.start, here[i - 1].start - 40), here[i - 1].start
                )
            )
            # (nor one more item of a list of where, far from the place before it: "in the
            # urban area of Chasiv Yar, east of Kruhlyakivka and near Shevchenko")
            and not direction_listed(
                text, here[i - 1], mention, _places_of(here[i - 1]), _places_of(mention)
            )
            # (nor where, after the landmark: "fighting continued west of Kreminna near Terny
            # and Yampolivka")
            and not (
                LANDMARK_THEN_NEAR.fullmatch(since)
                and DIRECTION_OF_BEFORE.search(
                    text, max(sentence.start, here[i - 1].start - 40), here[i - 1].start
                )
            )
        ):
            # "near the city of Ryazan, close to Moscow", "the village of Synkivka near
            # Kupiansk": the second place only helps find the first.
            # (A landmark after a locator is the located place's: "Chasiv Yar, a city in the
            # Donetsk area immediately west of Bakhmut".)
            placed = next((j for j in range(i - 1, -1, -1) if j not in locators), i - 1)
            locators[i] = f"a landmark for {here[placed].name}, not where something happened"
        elif (
            named := _destination_before(
                rejected, sentence.start, here[i - 1].end if i else 0, mention
            )
        ) and (
            _LANDMARK.match(text[named.end : mention.start])
            or (
                mention.kind == "region"
                and (
                    _IN_REGION_SINCE.fullmatch(text, named.end, mention.start)
                    or _AREA_OF_SINCE.fullmatch(text, named.end, mention.start)
                )
            )
        ):
            # "redeployment toward the town of Orekhov near Zaporozhye", "a breakthrough
            # toward the village of Borova in Kharkiv Oblast": the landmark of a name that is
            # no event place (a destination), or its region, is none either.
            locators[i] = f"a landmark for {named.name}, not where something happened"
        elif (
            i
            and locators.get(i - 1, "").startswith("a landmark")
            and _IN_REGION_SINCE.fullmatch(since)
        ):
            # "(... northeast of Avdiivka in Ukrainian Donetsk Oblast)": where a landmark is.
            locators[i] = locators[i - 1]
        elif (
            i
            and locators.get(i - 1, "").startswith("a landmark")
            and _LIST_GAP.fullmatch(since)
            # (not after an aside: "the capture of Lozova, near Kupiansk, and Sontsivka, north
            # of Kurakhove" lists two places, each with its landmark)
            and not (
                since.startswith(",")
                and i > 1
                and text[here[i - 2].end : here[i - 1].start].startswith(",")
            )
        ):
            # "between the cities of Donetsk and Pokrovsk": both only locate.
            locators[i] = locators[i - 1]
        elif (
            i
            and locators.get(i - 1, "").startswith("a landmark")
            and _BETWEEN_AND_GAP.fullmatch(since)
            and _BETWEEN_BEFORE.search(text, max(0, here[i - 1].start - 80), here[i - 1].start)
        ):
            # "the village located between the Ukrainian-controlled town of Orikhiv and the
            # occupied town of Vasylivka": both ends only locate.
            locators[i] = locators[i - 1]
        elif (
            mention.contains
            and (_IN_REGION.search(before) or (i and since.strip() == ","))
            # (not "on Pokrovsk and elsewhere in Ukraine’s Donetsk region": the region's
            # other places too)
            and not _ELSEWHERE_BEFORE.search(before)
        ):
            # "the Novoshakhtinsk refinery in Russia’s Rostov region": the region says where
            # the settlement is.
            locators[i] = f"locates {', '.join(mention.contains)} in the same sentence"
        elif (
            mention.kind == "region"
            and i
            and here[i - 1].kind == "district"
            and DISTRICT_OF.fullmatch(since)
        ):
            # "an attack in the Klimovsky District of Russia's Bryansk Region": the region
            # says where the district is.
            locators[i] = f"locates {here[i - 1].name} in the same sentence"
        elif (
            mention.kind == "region"
            and (glossed := _NAME_BRACKET_BEFORE.search(text, sentence.start, mention.start))
            and not (i and here[i - 1].kind == "region" and here[i - 1].end == glossed.end(1))
            and re.match(r"\s*\)", text[mention.end : mention.end + 2])
        ):
            # "the capture of Kolodyazi (Donetsk region)", "in Serebryansky forestry (Luhansk
            # region)": the region in brackets after a place says where it is.
            locators[i] = f"locates {glossed.group(1)} in its region"
        elif i and _capital_for_region(text, here[i - 1], mention):
            # "the town of Vuhledar in Donetsk": a region named as its capital city is.
            locators[i] = f"locates {here[i - 1].name} in its region"
        elif (
            i
            and mention.place is not None
            and mention.place.seat
            and here[i - 1].kind == "settlement"
            and here[i - 1].place is None
            and re.fullmatch(r",?\s+in\s+", since)
            and _NEXT_IN_CAPITAL.fullmatch(text, mention.end, sentence.end)
        ):
            # "the settlements of Novopil in Donetsk and Vodolagy in Sumy": villages the
            # gazetteer lacks, put in regions named as their capitals are.
            locators[i] = f"locates {here[i - 1].name} in its region"
        elif (
            mention.kind == "region"
            and i
            and here[i - 1].kind == "settlement"
            and re.fullmatch(r",\s+the\s+", since)
        ):
            # "near Novoselovsky, the Luhansk People's Republic" (a village unknown here)
            locators[i] = f"locates {here[i - 1].name} in the same sentence"
        elif (
            mention.kind in ("region", "district")
            and i
            and here[i - 1].kind == "settlement"
            and here[i - 1].place is None
            and (address := _ADDRESS_AFTER.fullmatch(since)) is not None
            # (not the next of a list of regions: "Kryviy Rih, Ternopil, Ivano-Frankivsk and
            # Lviv regions", where each name is given the list's region word)
            and not (
                address.group(1).startswith(",")
                and mention.name != text[mention.start : mention.end]
            )
        ):
            # "the settlements of Novoselovskoye, Stelmakhovka of the Lugansk People's
            # Republic", "the village of Shevchenkove, Velykopysarivska community, Okhtyrsky
            # district": the address of a village the gazetteer lacks, not another place the
            # event happened at (which the map would show instead of the village, unlocated).
            locators[i] = f"locates {here[i - 1].name} in the same sentence"
        elif (
            mention.kind == "region"
            and i + 1 < len(here)
            and _POSSESSED_AFTER.fullmatch(text, mention.end, here[i + 1].start)
        ):
            # "near Crimea’s Belbek airfield": the region says where the next place is.
            locators[i] = f"locates {here[i + 1].name} in the same sentence"
        elif i + 1 < len(here) and _UNITS_OF_AFTER.fullmatch(text, mention.end, here[i + 1].start):
            # "the Kursk villages of Guevo and Gornal": the region says where they are.
            locators[i] = f"locates {here[i + 1].name} in the same sentence"
        elif (mention.kind == "region" or _AREA_AFTER.match(text, mention.end)) and (
            _APPOSITION_IN.search(text, max(sentence.start, mention.start - 80), mention.start)
        ):
            # "Novopavlivka, a village in Dnipropetrovsk Oblast", "Chasiv Yar, a city in the
            # Donetsk area": what the place named before it is.
            locators[i] = "locates the place named before it, not where something happened"
        elif (
            mention.kind == "region"
            and (
                located := _LOCATED_REGION.search(
                    text[max(sentence.start, mention.start - 80) : mention.start]
                )
            )
            # (not troops "located in the Kursk direction": where they are)
            and not _TROOPS_LOCATED.search(
                text, max(sentence.start, mention.start - 80), mention.start
            )
            and not _unnamed_site_of(text, sentence, located.group())
        ):
            locators[i] = "locates the place the sentence speaks of, not where it happened"
        elif (
            mention.kind == "region"
            and (
                unknown := _UNKNOWN_OF_REGION.search(
                    text, max(sentence.start, mention.start - 60), mention.start
                )
            )
            and unknown.group(1).lower() not in _TITLE_WORDS
        ):
            # "in the direction of Novoselivske and Stelmakhivka of the Luhansk Region": a
            # village the gazetteer lacks, and the region says where it is.
            locators[i] = f"locates {unknown.group(1)} in the same sentence"
        elif (
            mention.kind == "region"
            and (
                unknown := _UNKNOWN_COMMA.search(
                    text, max(sentence.start, mention.start - 40), mention.start
                )
            )
            and not any(m.end == unknown.end(1) for m in here)
            and not any(r.start == unknown.start(1) for r in rejected)
        ):
            # "entered Robotyne, Zaporizhzhya Region, and organised the evacuation": a village
            # the gazetteer lacks (no place, no word it knows), and the region says where it is.
            locators[i] = f"locates {unknown.group(1)} in the same sentence"
    active = [i for i in range(len(here)) if i not in locators]
    some, some_direct = _assign(
        text, sentence, statements.spans, [here[i] for i in active], triggers
    )
    assigned = {i: some[k] for k, i in enumerate(active)}
    direct = dict(zip(active, some_direct, strict=True))
    for i, mention in enumerate(here):
        if i in locators:
            rejected.append(Rejected(mention.name, mention.start, mention.end, locators[i]))
            continue
        if (
            mention.contains
            and (not direct[i] or _is_country(mention))
            # (not a region with a tally of its own: "eight over the Krasnodar region, where
            # Tuapse is located")
            and not _TALLY_OVER_BEFORE.search(
                text, max(sentence.start, mention.start - 40), mention.start
            )
        ):
            # "cities in Donetsk Oblast - Sloviansk, Kramatorsk": the region says where the
            # settlements are. (A country always does: "a camp in Osipovichi, a base in
            # Belarus, where Wagner arrived" is Osipovichi's event.)
            reason = f"locates {', '.join(mention.contains)} in the same sentence"
            rejected.append(Rejected(mention.name, mention.start, mention.end, reason))
            continue
        # Its event words lent to a settlement in it ("attacked the Poltava region with
        # drones, hitting an oil refinery in Kremenchuk"): one event, coded where it is most
        # precisely placed, not again at the region.
        lent = {
            t.start
            for j, other in enumerate(here)
            if other.name in mention.contains and j in assigned
            for t in assigned[j]
        }
        # (not an event word behind what might happen there: "recent Ukrainian advances have
        # caused ... optimism that Ukraine can retake Tokmak")
        maybe = [t for t in assigned[i] if t.type == HYPOTHETICAL]
        for event_type in EVENT_TYPES:
            words = [
                t
                for t in assigned[i]
                if t.type == event_type
                and not (
                    event_type == "territorial_claim"
                    and any(
                        (t.end <= h.start and h.end <= mention.start)
                        or (mention.end <= h.start and h.end <= t.start)
                        for h in maybe
                    )
                )
            ]
            if not words or _background(statements, mention.start, words):
                continue
            if any(t.start in lent for t in words):
                where = ", ".join(mention.contains)
                reason = f"{EVENT_TYPES[event_type].label.lower()} placed more precisely at {where}"
                rejected.append(Rejected(mention.name, mention.start, mention.end, reason))
                continue
            anchors = [t.start for t in words] + [mention.start]
            date, precision, phrase = _date(statements, anchors, published)
            yield Candidate(
                mention, event_type, date, precision, claimed_by, sentence, tuple(words), phrase
            )


def _capital_for_region(text: str, previous: Mention, mention: Mention) -> bool:
    """Whether ``mention`` names the region of the settlement just before it as its capital
    is named: "Vuhledar in Donetsk", "Huliaipole, in Zaporizhia"."""
    here, there = mention.place, previous.place
    if (
        here is not None
        and here.seat
        and there is None
        and previous.kind == "settlement"
        and re.fullmatch(r",?\s+in\s+the\s+", text[previous.end : mention.start])
        and re.match(r"\s*[,.;]", text[mention.end : mention.end + 2])
    ):
        # "the settlement of Ostrovskoye in the Donetsk, ...": a region, named as its capital
        # with the article a region takes, holds a village the gazetteer lacks.
        return True
    return (
        here is not None
        and here.seat
        and there is not None
        and there.kind == "settlement"
        and there.id != here.id
        and (there.country, there.admin1_code) == (here.country, here.admin1_code)
        and re.fullmatch(r",?\s+in\s+", text[previous.end : mention.start]) is not None
    )


# "In Kharkiv district, four private houses ... were damaged. In Kupiansk district - two
# private houses and outbuildings; in Izium district - a warehouse building, a car": a
# regional report's list of what was hit where, with the verb left out after the first.
_DASHED_ITEM = re.compile(r"^In\s+(?:the\s+)?(?-i:[A-Z])[^.;:–—]{0,60}?\s+[-–—:]\s+\w")
_DASH_AFTER = re.compile(r"\s*[-–—:]\s")
_IN_BEFORE = re.compile(r"\b[Ii]n\s+(?:the\s+)?$")


def _announced(
    text: str,
    sentences: Sequence[Sentence],
    sentence: Sentence,
    here: list[Mention],
    published: dt.date,
    words_of: Mapping[int, list[Trigger]],
) -> Iterator[Candidate]:
    """A list of places with no event word of its own, whose event a sentence just before
    announced for a number of places: "18 front-line settlements ... began to be subjected
    to increased shelling. [...] Among the settlements ... are Timoshovka, Smirnovka, ...";
    or a sentence saying where the events just told of took place ("16 enemy attacks were
    repelled. They took place in Sinkivka, ..."). Each place gets that event; the excerpt
    runs from the announcement to the list."""
    # (and districts drawn at their towns: "we are talking about facilities in the
    # Sudzhansky, Korenevsky and Glushkovsky districts")
    listed = [m for m in here if m.kind == "settlement" or (m.kind == "district" and m.place)]
    said = _WHERE_THEY_WERE.match(sentence.text)
    where = said is not None
    if said is not None and (said.group("one") or said.group("what")):
        listed = [m for m in here if m.kind in ("settlement", "facility")][:1]  # one event
    elif said is None and _DASHED_ITEM.match(sentence.text):
        # ("In Kupiansk district - two private houses; in Izium district - a car": each place
        # an item of the damage the sentence before reports)
        listed = [
            m
            for m in here
            if _IN_BEFORE.search(text, max(0, m.start - 8), m.start)
            and _DASH_AFTER.match(text, m.end)
        ]
        if not listed or sentence.index == 0 or not words_of[sentence.index - 1]:
            return
        where = True
    if len(listed) < (1 if where else MIN_LISTED) or words_of[sentence.index]:
        return
    for back in (1, 2, 3):
        if sentence.index - back < 0:
            return
        first = sentences[sentence.index - back]
        announced = None if where else _ANNOUNCED_PLACES.search(first.text)
        if not where and announced is None:
            if words_of[first.index]:
                # ("captured two more villages. [...] Moscow said its troops liberated Hostre
                # and Hryhorivka. Gostre is ... west of the city of Donetsk, while ...": the
                # villages announced were told of in between.)
                return
            continue
        words = words_of[first.index]
        if not words:
            continue
        if announced is not None and announced.group("unit").lower() not in _DISTRICT_UNITS:
            # (settlements announced, settlements listed: not "Makarivka is located in the
            # Volnovakha district" after "several settlements ... called Leninskoye")
            listed = [m for m in listed if m.kind != "district"]
            if len(listed) < MIN_LISTED:
                return
        yield from _told_before(text, first, sentence, listed, published, words)
        return


def _told_before(
    text: str,
    first: Sentence,
    sentence: Sentence,
    places: list[Mention],
    published: dt.date,
    words: list[Trigger],
    start: Sentence | None = None,
) -> Iterator[Candidate]:
    """Each of ``places`` (in ``sentence``, or in ``start``, a heading before ``first``) with
    each event ``words`` of the sentence ``first`` tell, dated and attributed by ``first``;
    the excerpt runs from ``start`` or ``first`` to ``sentence``."""
    begin = (start or first).start
    excerpt = Sentence(
        sentence.index, begin, sentence.end, text[begin : sentence.end], (start or first).opens_line
    )
    dates = find_dates(first.text, published, offset=first.start)
    date, precision, phrase = (
        (dates[0].date, dates[0].time_precision, dates[0]) if dates else (published, 1, None)
    )
    claimed_by = attribution(first.text)
    for event_type in EVENT_TYPES:
        typed = tuple(t for t in words if t.type == event_type)
        for mention in places if typed else ():
            yield Candidate(
                mention, event_type, date, precision, claimed_by, excerpt, typed, phrase
            )


# A sentence that is only where: "In the Pavlohrad, Ternivka and Yurivka communities.", "In
# the Kyiv district.", "These are Kharkiv, Bohodukhiv, Kupyansk and Izium districts."
_WHERE_ALONE = re.compile(
    r"(?:In|At|Near|(?:These|Those|They)\s+(?:are|were|include))\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:(?:,\s+(?:and\s+)?|\s+and\s+|\s+)"
    r"(?:[A-Z][\w’'-]*|communit(?:y|ies)|districts?|hromadas?|raions?))*\s*\.?"
)


def _where_of_before(
    text: str,
    sentences: Sequence[Sentence],
    sentence: Sentence,
    here: list[Mention],
    published: dt.date,
    words_of: Mapping[int, list[Trigger]],
    by_sentence: Mapping[int, list[Mention]],
) -> Iterator[Candidate]:
    """A sentence that only says where ("There is destruction in the region due to a massive
    missile attack. In the Pavlohrad, Ternivka and Yurivka communities."): its places get the
    events of the sentence just before, which named none."""
    if not here or not sentence.index or not _WHERE_ALONE.fullmatch(sentence.text.strip()):
        return
    before = sentences[sentence.index - 1]
    if before.headline or by_sentence.get(before.index):
        return
    if words := words_of[before.index]:
        yield from _told_before(text, before, sentence, here, published, words)


# "09-37, Kupyansk district, Novoosynove village. A private house and grass were burning as a
# result of the shelling.": what a sentence with no place says happened, at the place the
# line just before named and said nothing of.
_BECAUSE_OF = r"\b(?:as\s+a\s+result\s+of|because\s+of|due\s+to)\s+"
_THE_ATTACK = (
    r"(?:[\w-]+\s+)?"
    r"(?:shelling|attacks?|strikes?|bombing|bombardment|shell|drone|missile|explosion|hit)\b"
)
_RESULT_OF = re.compile(_BECAUSE_OF + r"(?:the|this|that)\s+" + _THE_ATTACK, re.IGNORECASE)
# ... and after a short line that only names the place ("06: 33, Kupyansky district,
# Kruglyakovka village. Due to enemy shelling, a summer kitchen ... destroyed", "As a result of
# air shelling, 7 houses ... were damaged"), the shelling however it is told.
_RESULT_OF_ANY = re.compile(
    _BECAUSE_OF
    + r"(?:(?:an?|enemy|russian|hostile|air|aerial|artillery|massive|heavy)\s+){1,2}"
    + _THE_ATTACK,
    re.IGNORECASE,
)
# How long a line naming only a place may be ("02:55-03: 12, Izyumsky district, Borovaya
# village.").
_PLACE_LINE = 80


def _result_of_before(
    text: str,
    sentences: Sequence[Sentence],
    sentence: Sentence,
    by_sentence: Mapping[int, list[Mention]],
    published: dt.date,
    words: list[Trigger],
) -> Iterator[Candidate]:
    """The events of a sentence that names no place and gives them as "the result of the
    shelling", at the settlement (else the district) the sentence just before names, when
    that one tells no event of its own."""
    if sentence.headline or not sentence.index:
        return
    before = sentences[sentence.index - 1]
    if not _RESULT_OF.search(sentence.text) and not (
        len(before.text.strip()) <= _PLACE_LINE and _RESULT_OF_ANY.search(sentence.text)
    ):
        return
    if _triggers(before):
        return
    named = by_sentence.get(before.index, [])
    place = next((m for m in named if m.kind == "settlement"), None) or next(
        (m for m in named if m.kind == "district"), None
    )
    if place is None or len(named) > 4:
        return
    yield from _told_before(text, sentence, sentence, [place], published, words, start=before)


# "... identified the facility as an optical fibre factory located in Saransk": where the
# site struck, told of before, is.
_SITE = (
    r"(?:facility|plant|factory|refinery|depot|enterprise|site|airfield|air\s*base|airport"
    r"|terminal|arsenal|warehouse|substation|shipyard)"
)
_THE_SITE_LOCATED = re.compile(
    # ("The oil depot is located near the town of Rovenky")
    rf"\bthe\s+(?:[\w-]+\s+){{0,2}}?(?:{_SITE}|target)\b[^.;]{{0,80}}?"
    r"\b(?:located|situated|based)\s+(?:in|at|near)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$"
    # ("said the target had been an optical fibre factory in the city of Saransk")
    rf"|\bthe\s+target\s+(?:had\s+been|has\s+been|was|is)\s+(?:an?\s+|the\s+)?[^.;]{{0,60}}?"
    rf"\b{_SITE}\s+(?:in|at|near)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
_A_SITE = re.compile(rf"\b{_SITE}\b", re.IGNORECASE)


def _site_located(
    text: str,
    sentences: Sequence[Sentence],
    sentence: Sentence,
    here: list[Mention],
    published: dt.date,
    words_of: Mapping[int, list[Trigger]],
) -> Iterator[Candidate]:
    """The strike on a site a sentence just before told of ("An industrial facility in
    Russia's Mordovia region was targeted by a drone"), at the town a sentence with no event
    word says "the facility" is in ("identified the facility as an optical fibre factory
    located in Saransk")."""
    if words_of[sentence.index] or sentence.headline:
        return
    places = [
        m
        for m in here
        if m.kind == "settlement"
        and _THE_SITE_LOCATED.search(text, max(sentence.start, m.start - 140), m.start)
    ][:1]
    if not places:
        return
    for back in (1, 2):
        if sentence.index - back < 0:
            return
        first = sentences[sentence.index - back]
        words = [t for t in words_of[first.index] if t.type == "strike"]
        if words and _A_SITE.search(first.text):
            yield from _told_before(text, first, sentence, places, published, words)
            return


# A line of a list ("7 – over the territory of Smolensk region,", "- Kupiansk;") and a
# heading that introduces one ("... intercepted and destroyed 21 Ukrainian UAVs:").
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*]|\d+\s*[-–—]|\d+[.)])\s")
_LIST_HEADING_END = re.compile(r":\s*$")
# "due to their proximity to Russian positions": positions somewhere near, not here.
_PROXIMITY_TO_BEFORE = re.compile(
    r"\b(?:proximity|closeness)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
# A count of drones, in words or digits.
_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
# "eight over the Krasnodar region": a count of drones downed over a region.
_TALLY_OVER_BEFORE = re.compile(
    rf"(?:^|[,;:]\s*|\band\s+){_COUNT}\s+(?:drones?\s+|UAVs?\s+)?(?:over|above)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A count and where, with no verb: the next part of the tally before it.
_TALLY_OPENS = re.compile(
    # ("Among them: 8 over the Ryazan region, 6 over the Kursk region, ...")
    rf"\s*(?:(?:among\s+them|of\s+(?:them|these))\s*[:,]?\s*)?(?:{_COUNT}|another)"
    r"(?:\s+(?:more|other|others|of\s+them))?(?:\s+(?:drones?|UAVs?|missiles?))?\s+(?:in|over|above)\s",
    re.IGNORECASE,
)


def _under_heading(
    text: str,
    sentences: Sequence[Sentence],
    sentence: Sentence,
    here: list[Mention],
    published: dt.date,
    words_of: Mapping[int, list[Trigger]],
) -> Iterator[Candidate]:
    """A line of a list with no event word of its own, under a heading ending in a colon that
    has one ("air defense duty forces intercepted and destroyed 21 Ukrainian UAVs:" / "7 –
    over the territory of Smolensk region,"): its places get the heading's events, dated by
    the heading; the excerpt runs from the heading to the line."""
    if not here or words_of[sentence.index]:
        return
    if _LIST_ITEM.match(sentence.text):
        for index in range(sentence.index - 1, -1, -1):
            head = sentences[index]
            if _LIST_HEADING_END.search(head.text):
                break
            if not _LIST_ITEM.match(head.text):
                return
        else:
            return
    elif sentence.index and _TALLY_OPENS.match(sentence.text):
        # (or a tally that goes on from the sentence before it: "A total of five drones were
        # destroyed ... over the oblast." / "Two in the Synelnykove district and two in the
        # Dnipro district, and another one in Novomoskovsk district.")
        head = sentences[sentence.index - 1]
    elif sentence.index and _only_names(sentence, here):
        # (or a line that is only the places' names, under the heading just before it:
        # "Russian shelling and airstrikes targeted multiple locations, including:" /
        # "Antonivka, Prydniprovske, Mykilske, ... and Kherson.")
        head = sentences[sentence.index - 1]
        if not _LIST_HEADING_END.search(head.text):
            return
    else:
        return
    words = words_of[head.index]
    if words:
        yield from _told_before(text, head, sentence, here, published, words)


# A line of names: each between commas (or "and"), each word of each capitalised.
_NAMES_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_A_NAME = re.compile(
    r"(?:the\s+(?:city|town|village)\s+of\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
)


def _only_names(sentence: Sentence, here: list[Mention]) -> bool:
    """Whether ``sentence`` is only names of places, two or more, at least half of them
    among the places ``here`` ("Antonivka, Prydniprovske, Mykilske, ... and Kherson.")."""
    items = _NAMES_SEPARATOR.split(sentence.text.strip().rstrip(".;"))
    if len(items) < 2 or not all(_A_NAME.fullmatch(item) for item in items):
        return False
    names = {m.name for m in here}
    return 2 * sum(any(n in item for n in names) for item in items) >= len(items)


# How many lines after a place's heading tell of it.
HEADING_LINES = 3
# What may stand around a heading's name: quotes, a colon or a full stop.
# (and a report's label before a quoted heading: 'Quote: "Dnipro. Friday evening.')
_HEADING_MARKS = re.compile(r"^(?:Quote\s*:)?[\s\"“”«„']+|[\s:.]+$")
# ... after the time of day a report's lines open with ("01:00 Korotych village, Kharkiv
# district." / "The territory was shelled.").
_HEADING_TIME = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?\s*,?\s*")
# ... and with what the place is and where ("Zolochiv, Bohodukhiv district").
_HEADING_WHERE = re.compile(
    r"(?:\s+(?:village|town|city|settlement))?"
    r"(?:,\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s+"
    r"(?:district|raion|community|hromada|region|oblast))?",
    re.IGNORECASE,
)


def _heading_with_where(line: str, name: str) -> bool:
    """Whether ``line`` is ``name``, then at most what it is and the unit it lies in."""
    return line.startswith(name) and _HEADING_WHERE.fullmatch(line, len(name)) is not None


# A line that goes on from the one before it (no full stop, colon or quote ends that one).
_RUNS_ON = re.compile(r"[\w,]\s*\n\s*$")


def _headed_lines(
    text: str,
    sentences: Sequence[Sentence],
    sentence: Sentence,
    here: list[Mention],
    published: dt.date,
    words_of: Mapping[int, list[Trigger]],
    by_sentence: Mapping[int, list[Mention]],
    struck: bool,
) -> Iterator[Candidate]:
    """A line that is only a place's name, a heading ("Brovary district" / "As a result of
    the falling wreckage of the downed enemy target, ... a car were also damaged."): the
    lines after it that name no place of their own tell of it. Each gets their events (in
    an article that reports strikes, a toll or damage is one), dated by its line; the
    excerpt runs from the heading to that line."""
    if len(here) != 1 or words_of[sentence.index]:
        return
    # (a quoted report's first line, a full stop after the name: "\"Koriukivka. Seven
    # combat drones hit the territory of an agricultural enterprise.")
    line = _HEADING_MARKS.sub("", _HEADING_TIME.sub("", sentence.text))
    if line != here[0].name and not _heading_with_where(line, here[0].name):
        return
    if _RUNS_ON.search(text, max(0, sentence.start - 3), sentence.start):
        return  # ("near\nMelitopol\n, explosions": a sentence broken across lines)
    for body in sentences[sentence.index + 1 : sentence.index + 1 + HEADING_LINES]:
        if by_sentence.get(body.index) or body.headline or not body.text[:1].isupper():
            return
        words = words_of[body.index]
        if not words and struck and (toll := _AFTERMATH.search(body.text)) is not None:
            # ("Vyshhorod district" / "The grass flooring caught fire.", in a report of
            # strikes: what a strike left there)
            at = body.start + toll.start()
            words = [Trigger("strike", at, at + len(toll.group()), toll.group())]
        if words:
            yield from _told_before(text, body, body, here, published, words, start=sentence)


# What an attack leaves: with no event word of its own, a sentence saying so of a place
# reports the strike the article is about ("Two people were injured in the Kursk region").
_AFTERMATH = re.compile(
    r"\b(?:injur(?:ed|ing|ies)|wound(?:ed|ing)|killed|dead|casualties|damage|debris"
    # ("There were deaths in Dnipro, Kharkiv, ...", not "Their deaths serve as a reminder")
    r"|(?:deaths|fatalities)(?=\s+(?:in|at)\b)"
    r"|fires?|caught\s+fire|ablaze|blaze|flames|smoke|incident|victims?|outages?|blackouts?"
    # ("The windows of four high-rise buildings and several shops were smashed in Dnipro")
    r"|smashed|shattered|blown\s+out"
    # ("The city of Chornomorsk and its surroundings were the most affected")
    r"|(?:most|worst|hardest|badly|severely)\s+affected"
    # ("The affected settlements include Mykhailivka, Beryslav, ...", "The impacted areas
    # included the communities of Sumy, Yunakivka, ...")
    r"|(?:affected|impacted)\s+(?:settlements|communities|villages|towns|localities|areas)"
    r"|power\s+cuts?)\b",
    re.IGNORECASE,
)


# A toll a report cannot give, or leaves out: "it is now impossible to count the exact
# number of casualties in Mariupol and Volnovakha", "These numbers do not include casualties
# in Mariupol and Volnovakha" (occupied cities, named for what is not known of them).
_TOLL_UNTOLD = re.compile(
    r"\b(?:(?:impossible|not\s+possible|unable|cannot|can\s*not|can[’']t)\s+(?:yet\s+)?to\s+"
    r"|(?:cannot|can\s*not|can[’']t)\s+(?:yet\s+)?(?:be\s+)?)"
    r"(?:count|establish|determine|calculate|verify|assess|confirm)(?:ed)?\b"
    r"|\b(?:do|does|did)\s+not\s+(?:yet\s+)?(?:include|take\s+into\s+account|account\s+for)\b"
    r"|\bnot\s+(?:yet\s+)?(?:included|counted)\b",
    re.IGNORECASE,
)


# "Due to damage to the high-voltage line, there is no electricity supply in Prudianka,
# Tsupivka, ...": the places cut off, which coders do not count as struck.
_SUPPLIES = r"(?:electricity|power|gas|water|heating)"
_SUPPLY_LOST = re.compile(
    rf"\b(?:no|without|lost|cut\s+off\s+from)\s+{_SUPPLIES}"
    r"(?:\s+supply)?\b|\bde-?energi[sz]ed\b",
    re.IGNORECASE,
)
# "Telegram channels also report blackouts in Stary Oskol, Gubkin, ...": the places a strike
# elsewhere left without power; unless the sentence tells of damage too ("Officials
# confirmed damage to critical infrastructure or reported power cuts in regions ...").
_OUTAGES = r"(?:blackouts?|(?:power\s+)?outages?|power\s+cuts?)"
_BLACKOUTS_IN = re.compile(rf"\b{_OUTAGES}\s+(?:in|across)\b", re.IGNORECASE)
# "power outages have been introduced in the X, Y and Z districts": the places a list after
# it names.
_OUTAGES_IN_BEFORE = re.compile(
    # ("Blackout is observed in Donetsk, Makeevka, Mariupol, Starobeshevsky district")
    rf"\b{_OUTAGES}\s+(?:(?:have|has|had|were|was|is|are)\s+"
    r"(?:been\s+)?)?(?:introduced|imposed|applied|reported|recorded|observed)?\s*(?:in|across)\s+"
    r"(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]+(?:\s+(?:district|region|oblast|community))?,?\s+"
    r"(?:and\s+)?)*$",
    re.IGNORECASE,
)
_DAMAGE_TOO = re.compile(r"\b(?:damag\w*|destroy\w*|hit|struck|strikes?)\b", re.IGNORECASE)
# "strikes targeted electrical substations, leaving parts of Melitopol, as well as Primorsk,
# Energodar, ... without power": the places a strike elsewhere left in the dark.
_LEFT_BEFORE = re.compile(r"\b(?:leaving|left|leaves)\s+(?P<between>[^.;]{0,200})$", re.IGNORECASE)
_WITHOUT_SUPPLY_AFTER = re.compile(
    rf"(?P<between>[^.;]{{0,200}}?)\bwithout\s+(?:{_SUPPLIES}|light)\b",
    re.IGNORECASE,
)
# "X and Y communities were de-energized", "customers in the X area were left without
# electricity": the places named as the ones in the dark, ...
_DARK_AFTER = re.compile(
    r"(?P<between>[^.;]{0,160}?)\b(?:were|was|are|is|have\s+been|has\s+been|remain(?:ed|s)?)"
    r"\s+(?:(?:left|partially|partly|temporarily|completely|also)\s+)*"
    rf"(?:without\s+(?:{_SUPPLIES}|light)|de-?energi[sz]ed|cut\s+off\s+from)\b",
    re.IGNORECASE,
)
# ... after no word of damage but the one that points back to the attack told before.
_AS_A_RESULT = re.compile(
    r"\b(?:as\s+a\s+result|because)\s+of\s+(?:the|this|that|these|those)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|shelling|hits?)\b",
    re.IGNORECASE,
)
_DARK_CAUSE = re.compile(
    r"\b(?:shell\w*|strik\w*|struck|attack\w*|bomb\w*|drones?|UAVs?|missiles?|rockets?|hits?"
    r"|damag\w*|destr\w*|explosions?|blasts?|fire|Shaheds?)\b",
    re.IGNORECASE,
)
# ... only names and the words of a list between them (not "leaving approximately 5,000
# residents of the Kursky district without electricity", where the strike fell).
_DARK_LIST_WORDS = re.compile(
    r"(?:\s|,|\b(?:parts?|most|much|some|of|as|well|and|the|in|regions?|oblasts?|districts?"
    r"|communit(?:y|ies)|areas?|territorial|hromadas?"
    r"|around\s+\d+\s+other\s+(?:settlements|villages|towns))\b"
    r"|(?-i:[A-Z])[\w’'-]*)+",
    re.IGNORECASE,
)


# The clauses of a sentence a semicolon parts.
_CLAUSES = re.compile(r"[^;]+")


def _aftermath(
    text: str,
    sentence: Sentence,
    here: list[Mention],
    published: dt.date,
    words: Sequence[Trigger],
    struck: bool,
) -> Iterator[Candidate]:
    """Strikes at the places of a sentence with no event word (``words``) that tells of an
    attack's toll or damage there, in an article (``struck``) that reports strikes. (A
    description or a condition has no event word: "Vadym Filashkin, governor of Donetsk
    region, the focal point of the Russian military's slow westward advance, said one person
    was killed ... in the city of Kramatorsk".)"""
    if not struck or not here or any(t.type != HYPOTHETICAL for t in words):
        return
    if _SUPPLY_LOST.search(sentence.text) or (
        _BLACKOUTS_IN.search(sentence.text) and not _DAMAGE_TOO.search(sentence.text)
    ):
        return  # where power is out, not where the strike fell
    if _TOLL_UNTOLD.search(sentence.text):
        return  # a toll the report cannot give
    # Each clause's toll at its own places ("in the village of Vovchanski Khutory ... a
    # 70-year-old man was injured; in the village of Pidlyman ... men were injured; in the
    # village of Vilkhuvatka, a 53-year-old man was killed").
    # (A clause with no toll of its own takes the sentence's: "Drones struck Kharkiv; two
    # people were injured".)
    # (A toll denied is none: "No civilian casualties or damage ... have been reported in
    # the Ukrainian capital"; but "No victims, but there are wounded in Mykolaivka".)
    tolls = [
        m
        for m in _AFTERMATH.finditer(sentence.text)
        if not _NO_TOLL_BEFORE.search(sentence.text, max(0, m.start() - 40), m.start())
    ]
    if not tolls:
        return
    start = sentence.start
    for clause in _CLAUSES.finditer(sentence.text):
        places = [m for m in here if start + clause.start() <= m.start < start + clause.end()]
        if not places:
            continue
        own = [m for m in tolls if clause.start() <= m.start() < clause.end()]
        toll = own[0] if own else tolls[0]
        at = start + toll.start()
        trigger = Trigger("strike", at, at + len(toll.group()), toll.group())
        # The clause read again with the toll as its event word.
        rejected: list[Rejected] = []
        yield from _events_in(text, sentence, places, published, rejected, (trigger,))


# A toll denied: "No casualties", "no civilian casualties or damage", "without damage".
_NO_TOLL_BEFORE = re.compile(
    r"\b(?:no|without)\s+(?:(?:civilian|human|serious|major|significant|immediate|further"
    r"|other|reports?\s+of)\s+){0,2}(?:[\w-]+\s+(?:or|and)\s+(?:[\w-]+\s+)?)?$",
    re.IGNORECASE,
)
# "seven people were wounded in the Rylsk district, and three more people were injured in
# the Lgov district": a toll told right before a place.
_HURT_IN = re.compile(
    r"\b(?:were|was|been)\s+(?:injured|wounded|killed|hurt)\s+in\s+(?:the\s+)?$", re.IGNORECASE
)


def _hurt_there(
    text: str,
    sentence: Sentence,
    here: list[Mention],
    published: dt.date,
    rejected: list[Rejected],
    events: Sequence[Candidate],
) -> list[Candidate]:
    """Strikes at the places of a sentence that reports strikes (``events``, found by its
    event words) where the sentence says people were hurt ("Ten people were injured as a
    result of an attack ... on Russia's Kursk Region, ... adding that seven people were
    wounded in the Rylsk district, and three more people were injured in the Lgov
    district"), which its event words left out."""
    if not any(c.type == "strike" for c in events):
        return []
    taken = {c.mention.start for c in events} | {r.start for r in rejected}
    out: list[Candidate] = []
    for mention in here:
        if mention.start in taken:
            continue
        hurt = _HURT_IN.search(text, max(sentence.start, mention.start - 40), mention.start)
        if hurt is None:
            continue
        trigger = Trigger("strike", hurt.start(), hurt.end(), hurt.group())
        out += _events_in(text, sentence, [mention], published, rejected, (trigger,))
    return out


# "Part of the settlement is under the control of Russian forces", "assaults on positions in
# the city": the town the sentence before named (not "the city of X", which names one).
_THE_TOWN = re.compile(r"\b(?:the|this)\s+(?:city|town|village|settlement)\b(?!\s+of\b)")
# How many sentences back a town named is what "the town" means.
ANAPHORA_SENTENCES = 2


def _anaphora(
    text: str,
    sentences: Sequence[Sentence],
    sentence: Sentence,
    by_sentence: Mapping[int, list[Mention]],
    published: dt.date,
    words: Sequence[Trigger],
) -> Iterator[Candidate]:
    """Events a sentence that names no place reports at "the town", when the sentences just
    before name one settlement (one only: two, and "the town" could be either). The caller
    keeps them only for a town with no event yet: of one that has, such a sentence mostly
    tells more of the same events."""
    said = _THE_TOWN.search(sentence.text)
    if said is None or sentence.headline:
        return
    before = []
    for s in sentences[max(0, sentence.index - ANAPHORA_SENTENCES) : sentence.index]:
        named = [] if s.headline else by_sentence.get(s.index, [])
        before += [
            m
            for k, m in enumerate(named)
            # (not a capital naming its region: "Huliaipole, in Zaporizhia")
            if m.kind == "settlement" and not (k and _capital_for_region(text, named[k - 1], m))
        ]
    yield from _named_again(text, sentence, said, before, published, words)


def _named_again(
    text: str,
    sentence: Sentence,
    said: re.Match[str],
    named: Sequence[Mention],
    published: dt.date,
    words: Sequence[Trigger],
) -> Iterator[Candidate]:
    """The events ``words`` report at the place ``said`` ("the town", "the region") stands
    for: the one place ``named`` before it (none if they name two), or the one its paragraph
    names ("In Donetsk Oblast, three people in Bakhmut ... were injured. In total, Russia hit 14
    settlements in the region", after a paragraph on Kharkiv Oblast)."""
    if len({fold(m.query) for m in named}) > 1:
        paragraph = text.rfind("\n", 0, sentence.start)
        named = [m for m in named if m.start > paragraph]
    if len({fold(m.query) for m in named}) != 1:
        return
    town = named[-1].place
    if (
        "village" in said.group().lower()
        and town is not None
        and (town.seat or town.population >= VILLAGE_POPULATION)
    ):
        return  # "the village" after "the Russian-controlled city of Bakhmut": another place
    rejected: list[Rejected] = []
    place = _standing_for(named[-1], sentence, said)
    yield from _events_in(text, sentence, [place], published, rejected, words)


def _standing_for(mention: Mention, sentence: Sentence, said: re.Match[str]) -> Mention:
    """``mention`` where the words ``said`` of ``sentence`` ("the town", "both cities")
    stand for it."""
    start = sentence.start + said.start()
    return replace(mention, start=start, end=start + len(said.group()), sentence=sentence.index)


# "both cities", "both of these towns", "these two villages": the two settlements the
# sentence before names.
_BOTH = re.compile(
    r"\b(?:both(?:\s+of\s+(?:these|the|those))?|th(?:ese|ose)\s+two)\s+(?:cities|towns|villages"
    r"|settlements)\b",
    re.IGNORECASE,
)


def _both_named(
    text: str,
    sentences: Sequence[Sentence],
    sentence: Sentence,
    by_sentence: Mapping[int, list[Mention]],
    published: dt.date,
    words: Sequence[Trigger],
    events: Sequence[Candidate],
) -> list[Candidate]:
    """Events a sentence reports in "both cities" ("Toretsk and Chasiv Yar are a very long
    and complicated hell. In both cities, urban battles have been ongoing"): at each of the
    two settlements the sentence before names, that this sentence gives no event of its own."""
    said = _BOTH.search(sentence.text)
    if said is None or not sentence.index or sentences[sentence.index - 1].headline:
        return []
    named = [m for m in by_sentence.get(sentence.index - 1, []) if m.kind == "settlement"]
    if len({fold(m.query) for m in named}) != 2:
        return []
    here = {_place_key(c) for c in events}
    return [
        c
        for mention in {fold(m.query): m for m in named}.values()
        for c in _events_in(
            text, sentence, [_standing_for(mention, sentence, said)], published, [], words
        )
        if _place_key(c) not in here
    ]


# "the region's territory", "the region's border villages": the region's ground (not "the
# region's already volatile security landscape").
_REGIONS_GROUND = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:territory|skies|sky|airspace|borders?|border\w*|districts?"
    r"|villages?|towns?|settlements?|cities|communities|north|south|east|west|cent(?:re|er)"
    r"|parts?|areas?|infrastructure|facilit(?:y|ies)|airfields?|fields?|forests?)\b",
    re.IGNORECASE,
)
# The titles of a region's offices.
_OFFICE_TITLE = (
    r"(?:governor|head|administration|authorities|officials?|chief|leader|administrator"
    r"|government|ombudsman|police|prosecutor)"
)
# "drones were destroyed over the region", "in two districts within the region", "the
# region's territory": the region the text has named (not "the region of X").
# "The region ..." opening a sentence: the region named before, as its subject.
_REGION_AS_SUBJECT = r"[\s\"“]*the\s+(?:region|oblast|province)\b"
_THE_REGION = re.compile(
    # ("a military facility in his region", said by its governor)
    r"\b(?:in|over|across|within|throughout|on|of|into)\s+(?:the|his|her)\s+"
    r"(?:region|oblast|province)"
    r"(?:[’']s\b|\b(?!\s+of\b))"
    r"|\bthe\s+(?:region|oblast|province)[’']s\b"
    # ("The region is under constant shelling with 10 civilians wounded": its subject)
    rf"|^{_REGION_AS_SUBJECT}(?=\s+(?:is|was|has|had|came|comes|remains|remained|also|again)\b)",
    re.IGNORECASE,
)
# "This is not the first time Ukrainian forces have targeted civilian infrastructure in the
# region": what has happened before, no event of its own.
_NOT_THE_FIRST = re.compile(
    r"[\s\"“]*(?:this|it)\s+(?:(?:is|was)\s+not|isn[’']t|wasn[’']t)\s+the\s+first\s+time\b",
    re.IGNORECASE,
)
_REGION_SUBJECT = re.compile(rf"{_REGION_AS_SUBJECT}\s", re.IGNORECASE)
# "the governor of the region", "the region's governor": an office, not a place ...
# ... or a part of the region, which says where a town is ("a port ... in the south of the
# region").
_OFFICE_OR_PART_BEFORE = re.compile(
    rf"\b(?:{_OFFICE_TITLE}|(?:north|south|east|west)(?:-?(?:east|west))?|cent(?:re|er)|parts?)"
    r"\s*$",
    re.IGNORECASE,
)
_OFFICE_AFTER = re.compile(rf"\s+(?:acting\s+|deputy\s+)?{_OFFICE_TITLE}\b", re.IGNORECASE)


def _region_anaphora(
    text: str,
    sentence: Sentence,
    regions: Sequence[Mention],
    published: dt.date,
    words: Sequence[Trigger],
) -> Iterator[Candidate]:
    """Events a sentence that names no place reports "over the region", when the text
    before it names one region only (as a place or in an office's title: "Governor of
    Voronezh Oblast Alexander Gusev ... destroyed more than 10 UAVs in two districts within
    the region")."""
    said = next(
        (
            m
            for m in _THE_REGION.finditer(sentence.text)
            if not _OFFICE_OR_PART_BEFORE.search(sentence.text, 0, m.start())
            and not _OFFICE_AFTER.match(sentence.text, m.end())
        ),
        None,
    )
    if said is None or sentence.headline:
        return
    strikes = [t for t in words if t.type == "strike"]
    before = [m for m in regions if m.start < sentence.start + said.start()]
    yield from _named_again(text, sentence, said, before, published, strikes)


# What an official reports of their own region without naming a place in it: attacks, and
# fighting.
_JURISDICTION_TYPES = frozenset({"strike", "deployment"})
_AIR_DEFENCE = re.compile(r"\bair[\s-]+defen[cs]es?\b", re.IGNORECASE)


def _jurisdiction(
    text: str,
    sentence: Sentence,
    offices: Sequence[Mention],
    rejected: Sequence[Rejected],
    published: dt.date,
    words: Sequence[Trigger],
    gazetteer: Gazetteer,
) -> Iterator[Candidate]:
    """Events a sentence that names no place reports through the official of one region
    ("A civilian was killed when an explosive device was dropped from the drone onto a
    vehicle, Belgorod region governor Vyacheslav Gladkov wrote"): the attack or fighting is
    in that region, at region level."""
    if sentence.headline:
        return
    here = [m for m in offices if m.sentence == sentence.index]
    titles = [
        r for r in rejected if r.reason == OFFICE and sentence.start <= r.start < sentence.end
    ]
    if len({m.query for m in here}) != 1 or len(titles) != len(here):
        return  # (another office: a city's, or a second region's)
    if _unknown_place_in(sentence, gazetteer):
        return  # ("a drone attack in Novoberyslav": a place the gazetteer lacks)
    kept = [t for t in words if t.type in _JURISDICTION_TYPES]
    if _AIR_DEFENCE.search(sentence.text):
        # ("air defense units had repelled an attack": of drones, not troops)
        kept = [t for t in kept if t.type == "strike"]
    if not kept:
        return
    yield from _events_in(text, sentence, here[:1], published, [], kept)


# "a Russian drone attack in Novoberyslav": a name after "in", which may be a place the
# gazetteer lacks.
_IN_NAME = re.compile(
    r"\b(?:in|near|on|at)\s+(?:the\s+(?:village|town|city|settlement)\s+of\s+)?"
    r"((?-i:[A-Z])[a-z’'-]{3,}(?:-[A-Z][a-z]+)?)\b"
)


def _unknown_place_in(sentence: Sentence, gazetteer: Gazetteer) -> bool:
    """Whether ``sentence`` puts something "in" a name the gazetteer does not know and that is
    no English word: the place an official's report speaks of, not their whole region."""
    return any(
        not gazetteer.is_name(name) and gazetteer.english_zipf(name) < COMMON_ZIPF
        for name in _IN_NAME.findall(sentence.text)
    )


def _unplaced_in_region(
    reported: Sequence[Candidate], found: Iterable[Candidate], gazetteer: Gazetteer
) -> list[Candidate]:
    """The events officials report of their regions (:func:`_jurisdiction`) at places the
    article does not name: not when it has an event of that type in that region already,
    or at a place it cannot locate (which may be in it, unless the official codifier has
    it only in other oblasts), which is mostly what the official speaks of."""
    inside: set[tuple[str, str | None, str | None]] = set()
    # (the types of events at villages the codifier has: it says nothing of another
    # country's villages)
    abroad: set[str] = set()
    for c in found:
        place, result = c.mention.place, c.mention.result
        if place is not None:
            inside.add((c.type, place.country, place.admin1_code))
        elif c.mention.kind == "district" and result is not None and result.candidates:
            # (a district the reviewer is asked about lies at one of its towns; a village
            # left unlocated may be one the gazetteer lacks, anywhere)
            inside.update((c.type, p.country, p.admin1_code) for p in result.candidates)
        elif c.mention.kind == "settlement" and (
            codified := gazetteer.codified_anywhere(c.mention.query, endings=True)
        ):
            # ("retaken Klishchiivka", of Donetsk oblast, is not "an offensive in the
            # Kharkiv region")
            inside.update((c.type, "UA", admin1) for admin1, _, _ in codified)
            abroad.add(c.type)
        else:
            inside.add((c.type, None, None))
    return [
        c
        for c in reported
        if c.mention.place is not None
        and (c.type, None, None) not in inside
        and (c.type, c.mention.place.country, c.mention.place.admin1_code) not in inside
        and not (c.mention.place.country != "UA" and c.type in abroad)
    ]


# A few of something unnamed: "a village", "two settlements", "another village".
_SOME = r"\b(?i:an?|one|two|three|four|five|several|another|\d+)\s+"
# Weapons counted by where they were downed, the region's own event: "destroyed two drones in
# Tver Region, one in Bryansk Region", "shot down one drone in the Moscow region" (not "downed
# a drone in the Bryansk region", which the text may go on to place in a district of it).
_WEAPONS_COUNTED_IN = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:(?:[\w-]+\s+)?(?:drones?"
    r"|UAVs?|unmanned\s+aerial\s+vehicles?|missiles?|rockets?|Shaheds?|projectiles?)"
    # ("Seven more were destroyed in Rostov-on-Don, four in the Belgorod region, two in the
    # Voronezh region", after drones shot down over another region)
    r"|more\s+(?:were|was)\s+(?:also\s+)?(?:destroyed|shot\s+down|intercepted|downed))"
    r"\s+(?:in|over|above)\b",
    re.IGNORECASE,
)
# After "X in Donetsk": the end of the phrase, or another village in another capital's region.
_NEXT_IN_CAPITAL = re.compile(
    r"(?:\s+(?:and|,)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+in\s+[A-Z][\w’'-]*)?"
    r"(?:[\s,;.]+(?:have|has|had|were|was|are|is|fell|came)\b.*|[.;,]?\s*)",
    re.DOTALL,
)
# More places than an article names one by one: "37 settlements", "12 villages", "several
# municipalities".
_MANY = re.compile(
    r"\s*(?:\d{2,}|[4-9]|(?i:several|multiple|numerous|many|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|dozens\s+of|a\s+dozen))\s"
)
# "In the Chernihiv region, the invaders attacked three settlements": unnamed places of the
# region the sentence opens with.
_UNNAMED_FRAME_AFTER = re.compile(
    r",\s+(?:[\w’'-]+\s+){0,4}?(?:attacked|shelled|struck|hit|targeted|fired\s+(?:on|at))\s+"
    r"((?:two|three|\d+|several|some)\s+(?:[\w-]+\s+)?(?:settlements|villages|localities"
    r"|towns|communities)\b)",
    re.IGNORECASE,
)
# ("two other villages in Sumy region"; not "another village", the one named next)
_OTHER = re.compile(r"\bother\b", re.IGNORECASE)
# "A resident of a Belgorod Region village died": a region as a word for an unnamed place.
_UNNAMED_AFTER = re.compile(r"\s+(?:villages?|towns?|settlements?|hamlets?|communit(?:y|ies))\b")
_UNNAMED_BEFORE = re.compile(_SOME + "$", re.IGNORECASE)
# "captured two new settlements in the Donetsk region", "pulled out from a village in the
# eastern Donetsk region", "a nuclear plant in the Kursk region": something unnamed in a
# region.
_UNNAMED_IN = re.compile(
    # (Not "three others were wounded in the Moscow region": people, where it happened.)
    _SOME
    # (nor "holding a salient in Russia’s Kursk region": ground held in the region itself)
    + r"(?:(?!(?:were|was|is|are|been|have|has|had|others|people|civilians|salients?"
    r"|bridgeheads?|footholds?|pockets?)\b)[\w-]+\s+){0,3}?"
    # ("another village in their offensive in ...", "two settlements in the 1,000-km front
    # line in the Donetsk region")
    r"(?:(?:in|on|along)\s+(?:the\s+|their\s+|its\s+)?(?:[\w,-]+\s+){0,2}?"
    r"(?:offensive|advance|front(?:\s+line)?|frontline|push|assault|operations?)\s+)?"
    # ("a railway station in northern Ukraine’s Sumy region", "a Russian-held area of
    # Ukraine’s southern Kherson region")
    r"(?:in|(?<=area\s)of|(?<=part\s)of)\s+(?:the\s+)?(?:(?:north|south|east|west|central)[\w-]*\s+)?"
    r"(?:[A-Z][\w-]*[’']s\s+)?(?:(?:north|south|east|west|central)[\w-]*\s+)?"
    # ("a factory site in the Russian-occupied Luhansk region", "a shipyard in annexed
    # Crimea", "an oil depot in temporarily occupied Crimea")
    r"(?:[A-Za-z]+-(?:held|controlled|occupied|annexed)\s+"
    r"|(?:(?:temporarily|illegally)\s+)?(?:occupied|annexed)\s+)?"
    # "another village in the northeastern Ukrainian region of Sumy"
    r"(?:(?:[\w-]+\s+){0,2}?(?:region|oblast|province)\s+of\s+)?$"
)

# "captured another village in eastern Ukraine near the town of Kurakhove": something unnamed
# near the place.
_UNNAMED_NEAR = re.compile(
    _SOME + r"(?:[\w-]+\s+)?"
    r"(?:village|settlement|town|hamlet|localit(?:y|ie))s?\s+"
    r"(?:(?:in|on)\s+(?:[\w’'-]+\s+){1,3}?)?(?:near|close\s+to|not\s+far\s+from|outside)\s+"
    r"(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:town|city|village|settlement)\s+of\s+)?$",
    re.IGNORECASE,
)
# How far from the place an unnamed one "near" it the article names may be.
UNNAMED_NEAR_KM = 50.0


# Words of ground combat that also tell of an air attack ("the Russian assault on Odesa",
# "repelled a massive attack on Sevastopol"), and the words of attacks from the air.
_REPEL = r"repel\w*|repuls\w*"
# ("air defense systems had thwarted an attempt by Ukraine to carry out attacks with UAVs")
_THWARTED = r"(?:stopped|thwarted|foiled)\s+(?:[\w’'-]+\s+){0,2}?attempts?"
_GROUND_OR_AIR = re.compile(rf"assaults?|{_REPEL}|{_THWARTED}", re.IGNORECASE)
# One assault, assaults on a place, or a repelled attack ("conducted assaults near Bakhmut"
# stays ground combat).
_ONE_ATTACK = re.compile(
    # ("the assaults, on the ports of Reni and Izmail", "a collection of assaults alongside
    # the Danube")
    rf"assault(?!s)|assaults(?=,?\s+(?:on|against|along|alongside)\b)"
    # ("stopped several attempts by Kiev to carry out terrorist attacks using ... UAVs")
    rf"|(?:{_REPEL}|{_THWARTED})(?=[^.;]{{0,50}}\battack)",
    re.IGNORECASE,
)
# "a massive UAV attack on Kotovsk was repelled": the attack, then the word.
_REPELLED = re.compile(_REPEL, re.IGNORECASE)
_ATTACK_REPELLED = re.compile(
    r"\battacks?\b[^.;]{0,60}?\b(?:was|were|has\s+been|have\s+been|had\s+been|being)\s+$",
    re.IGNORECASE,
)
_FROM_THE_AIR = re.compile(
    r"missiles?|rockets?|drones?|shot\s+down|intercepted|air\s?strikes?|air\s+defen[cs]es?"
    r"|bomb\w*",
    re.IGNORECASE,
)


# Forces on the ground, whose attacks are no air attacks.
_GROUND_FORCES = re.compile(
    r"\bassault\s+(?:groups?|units?|detachments?|teams?)\b|\binfantry\b"
    r"|\b(?:sabotage|subversive)\s+(?:and\s+reconnaissance\s+)?groups?\b",
    re.IGNORECASE,
)


def _air_war(text: str, words_of: dict[int, list[Trigger]]) -> dict[int, list[Trigger]]:
    """In an article of attacks from the air with no other word of ground combat, an
    assault or a repelled attack is one of those attacks: a strike."""
    every = [t for words in words_of.values() for t in words]
    if _GROUND_FORCES.search(text):
        return words_of  # "repelled the attacks of assault groups": ground combat
    if not any(t.type == "strike" and _FROM_THE_AIR.fullmatch(t.text) for t in every) or any(
        t.type in ("deployment", "territorial_claim")
        and not _GROUND_OR_AIR.fullmatch(t.text)
        and not t.text.lower().startswith("annex")  # "annexed by Moscow in 2014": no combat
        for t in every
    ):
        return words_of

    def one_attack(t: Trigger) -> bool:
        return bool(
            _ONE_ATTACK.match(text, t.start)
            or (
                _REPELLED.fullmatch(t.text)
                and _ATTACK_REPELLED.search(text, max(0, t.start - 80), t.start)
            )
        )

    return {
        index: [replace(t, type="strike") if one_attack(t) else t for t in words]
        for index, words in words_of.items()
    }


def _text_order(candidate: Candidate) -> tuple[int, int]:
    return (candidate.sentence.start, candidate.mention.start)


# ", where ...": a clause that tells of the place before it.
_WHERE_CLAUSE_AFTER = re.compile(r",?\s+where\b")


# "A group of drones reached Russia’s Dagestan region and struck ... Kaspiysk", "drones ...
# have reached Bashkortostan, hitting the ... plant": how far they flew.
_REACHED_BEFORE = re.compile(
    r"\breach(?:ed|es|ing)?\s+(?:[A-Z][\w-]*[’']s\s+)?(?:the\s+)?(?:[a-z]+ern\s+)?$"
)


def _headline_regions_told_below(candidates: list[Candidate]) -> list[Candidate]:
    """Leave out a headline's region ("Strikes by the Armed Forces of Ukraine on occupied
    Crimea") when the body tells an event of that kind at a place in it ("launched missile
    strikes on the Dzhankoy airfield"): the headline names the region the story is in."""
    told = {
        (c.type, c.place.country, c.place.admin1_code)
        for c in candidates
        if c.place is not None and c.place.kind != "region" and not c.sentence.headline
    }
    return [
        c
        for c in candidates
        if not (
            c.sentence.headline
            and c.place is not None
            and c.place.kind == "region"
            and (c.type, c.place.country, c.place.admin1_code) in told
        )
    ]


# "attacked six border areas and settlements of Sumy Oblast", "attacked 10 settlements along
# the Sumy Oblast border", "Several districts in the Kyiv region were damaged": a count of
# places of the region the sentence names.
# (Each count word with the number of places it stands for; "several" as three.)
_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "several": 3,
}  # fmt: skip
# A count of unnamed communities: "two communities", "3 hromadas" (see _unnamed_reason).
_COUNT_WORD = re.compile(rf"\s*(\d+|{'|'.join(_COUNTS)})\s", re.IGNORECASE)
_UNITS = re.compile(r"\b(?:communities|hromadas)\b", re.IGNORECASE)
_COUNTED_PLACES_BEFORE = re.compile(
    rf"\b(?P<count>\d+|{'|'.join(_COUNTS)})\s+"
    # (not "fired five times at the settlements of Donetsk region": a count of attacks)
    r"(?:(?!(?:times|at|on|by|with)\b)[\w-]+\s+){0,3}?(?:settlements|villages|communities"
    r"|hromadas|towns|localities|districts|raions)\b(?:\s+(?:of|in|along|across)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w-]*[’']s\s+)?(?:(?:north|south|east|west)[\w-]*\s+)?)?$",
    re.IGNORECASE,
)


def _regions_counted_out(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Leave out a region's event told as a count of its places ("Russian forces attacked six
    border areas and settlements of Sumy Oblast") when the article names at least that many
    places of the region with events of its kind ("The communities of Bilopillia,
    Krasnopillia, ... were targeted"): the places carry it. A count the article does not
    name in full ("27 settlements of Sumy Oblast came under fire") stays the region's."""
    out = []
    for c in candidates:
        place = c.place
        # (and only a region reported nowhere else: "in the Kursk region one person was
        # injured", after its three districts' strikes, is an event no named place carries)
        if place is not None and place.kind == "region" and not c.also_reported:
            before = text[max(c.sentence.start, c.mention.start - 80) : c.mention.start]
            counted = _COUNTED_PLACES_BEFORE.search(before)
            if counted is not None:
                word = counted.group("count").lower()
                need = int(word) if word.isdigit() else _COUNTS[word]
                named = {
                    _place_key(d)
                    for d in candidates
                    if d.type == c.type
                    # (a village the gazetteer lacks counts too: "The communities of Bilopillia,
                    # Yunakivka, Krasnopillia, Seredyna-Buda, and Berestivka were targeted")
                    and (
                        d.place is None
                        or (
                            d.place.kind != "region"
                            and (d.place.country, d.place.admin1_code)
                            == (place.country, place.admin1_code)
                        )
                    )
                    # (told there or after: "On Wednesday, Ukrainian troops also shelled several
                    # localities in the Kherson Region", after Thursday's named ones, are others)
                    and d.sentence.start >= c.sentence.start
                }
                if len(named) >= need:
                    continue
        out.append(c)
    return out


# How far apart in days a region's dated event and its settlements' events may be for the
# settlements to carry the region's.
SAME_EVENT_DAYS = 7


def _without_unnamed(
    text: str,
    candidates: list[Candidate],
    rejected: list[Rejected],
    later: list[list[Candidate]],
    gazetteer: Gazetteer,
) -> list[Candidate]:
    """Leave out a region's event that a sentence reports at something unnamed in it
    ("captured a village in the Donetsk region", "a drone strike in the Kursk region") when
    the article names a settlement of that region, or one the gazetteer lacks (and the
    official codifier does not put only in other oblasts), with events of the same kind: it
    is the place the article goes on to name. So is a region drones only
    "reached" when the article names a town of it they struck.

    ``later`` holds, for each candidate, the later sentences' reports of the same event: for
    a region, the first of them that is no such report takes the candidate's place ("a drone
    attack in the Krasnodar region ... in Tuapse ... 44 UAVs over the Krasnodar Territory").
    """
    # The settlements the article names, by region, and by region and kind of event.
    named: dict[tuple[str, str], str] = {}
    same_kind: dict[tuple[str, str, str], str] = {}
    for c in candidates:
        if c.place is not None and c.place.kind == "settlement":
            named[(c.place.country, c.place.admin1_code)] = c.mention.name
            same_kind[(c.place.country, c.place.admin1_code, c.type)] = c.mention.name
    # A village the gazetteer lacks may be the one: "seized another village in Ukraine’s
    # Sumy region ... gained control over the village of Yablunivka".
    unplaced: dict[str, list[tuple[str, frozenset[tuple[str, str]]]]] = {}
    for c in candidates:
        if c.place is None and c.mention.kind == "settlement":
            codified = gazetteer.codified_anywhere(c.mention.query, endings=True)
            oblasts = frozenset(("UA", admin1) for admin1, _, _ in codified)
            unplaced.setdefault(c.type, []).append((c.mention.name, oblasts))
    out = []
    for candidate, reports in zip(candidates, later, strict=True):
        if (
            candidate.date_phrase is not None
            and candidate.place is not None
            and candidate.place.kind == "region"
        ):
            # (A region's event with a date of its own, told after its settlements' events,
            # is theirs only when they are within a week of it: "Last month, Kraken ...
            # destroyed a Russian military watchtower in Bryansk Oblast" is not the shelling
            # of Suzemka the article opens with, on 30 April.)
            near = [
                (c.place, c)
                for c in candidates
                if c.place is not None
                and c.place.kind == "settlement"
                and (
                    abs((c.date - candidate.date).days) <= SAME_EVENT_DAYS
                    or c.sentence.start > candidate.sentence.start
                )
            ]
            named_then = {(p.country, p.admin1_code): c.mention.name for p, c in near}
            kind_then = {(p.country, p.admin1_code, c.type): c.mention.name for p, c in near}
            reason = _unnamed_reason(text, candidate, candidates, named_then, kind_then, unplaced)
        else:
            reason = _unnamed_reason(text, candidate, candidates, named, same_kind, unplaced)
        if reason is None:
            out.append(candidate)
            continue
        mention = candidate.mention
        rejected.append(Rejected(mention.name, mention.start, mention.end, reason))
        if candidate.place is None or candidate.place.kind != "region":
            # (A town's later report is mostly the same landmark again: "two villages near
            # the town of Kurakhove ... Maksymivka and Antonivka, both south of Kurakhove".)
            continue
        for n, report in enumerate(reports):
            if _unnamed_reason(text, report, candidates, named, same_kind, unplaced) is None:
                rest = tuple(r.sentence for r in reports[n + 1 :])
                out.append(replace(report, also_reported=rest))
                break
    return out


def _unnamed_reason(
    text: str,
    candidate: Candidate,
    candidates: list[Candidate],
    named: dict[tuple[str, str], str],
    same_kind: dict[tuple[str, str, str], str],
    unplaced: dict[str, list[tuple[str, frozenset[tuple[str, str]]]]],
) -> str | None:
    """Why ``candidate`` is a report of something unnamed the article names elsewhere (see
    :func:`_without_unnamed`), or None if it is not."""
    mention, place = candidate.mention, candidate.place
    before = text[max(candidate.sentence.start, mention.start - 80) : mention.start]
    if (
        place is not None
        and place.kind == "settlement"
        and _UNNAMED_NEAR.search(before)
        # (not "a village near the city of Bakhmut, where intense battles continue": the
        # clause tells of Bakhmut itself)
        and not (
            _WHERE_CLAUSE_AFTER.match(text, mention.end)
            and all(t.start > mention.end for t in candidate.triggers)
        )
        and (settlement := _named_near(candidate, candidates)) is not None
    ):
        return f"an unnamed place near it, which the article names ({settlement})"
    if place is None or place.kind != "region":
        return None
    if (
        candidate.type == "strike"
        and _REACHED_BEFORE.search(before)
        and (town := same_kind.get((place.country, place.admin1_code, "strike")))
    ):
        return f"how far the attack reached, which the article then places at {town}"
    settlement = named.get((place.country, place.admin1_code)) or next(
        (
            name
            for name, oblasts in unplaced.get(candidate.type, ())
            # (not a village the codifier has only in other oblasts: "retaken
            # Klishchiivka", of Donetsk oblast, is not "an offensive in the Kharkiv region";
            # Ukraine's codifier says nothing of another country's villages)
            if not oblasts or place.country != "UA" or (place.country, place.admin1_code) in oblasts
        ),
        None,
    )
    unnamed = (
        (
            # (not drones counted by region: "destroyed two drones in Tver Region, one in
            # Bryansk Region", in a report of a strike on a village the article names)
            None
            if _WEAPONS_COUNTED_IN.search(candidate.sentence.text)
            else _UNNAMED_IN.search(before)
        )
        or (_UNNAMED_BEFORE.search(before) and _UNNAMED_AFTER.match(text, mention.end))
        # ("In the Chernihiv region, the invaders attacked three settlements. In
        # particular, ... Prohres")
        or _UNNAMED_FRAME_AFTER.match(text, mention.end)
    )
    phrase = (
        unnamed.group(1)
        if unnamed and unnamed.re is _UNNAMED_FRAME_AFTER
        else (unnamed.group() if unnamed else "")
    )
    if (
        unnamed
        and (_MANY.match(phrase) or _OTHER.search(phrase))
        # (but not when the sentence goes on to name them: "recaptured four settlements
        # in the Kursk region: Malaya Lokhnya, Cherkasskoye Porechnoye, Kositsa, and
        # Lebedevka")
        and not text.startswith(":", mention.end)
    ):
        # "strikes at 37 settlements in Kherson region", "hit two other villages in Sumy
        # region": the region's event, not the one the article names
        unnamed = None
    elif unnamed and (count := _COUNT_WORD.match(phrase)) is not None and _UNITS.search(phrase):
        word = count.group(1).lower()
        need = int(word) if word.isdigit() else _COUNTS[word]
        told = {
            _place_key(c)
            for c in candidates
            if c.mention.kind == "settlement"
            and (
                c.place is None
                or (c.place.country, c.place.admin1_code) == (place.country, place.admin1_code)
            )
        }
        if len(told) < need:
            # "attacked two communities in Mykolaiv region", then only the Halytsynove
            # community: the region's event, more than the places the article names
            unnamed = None
    # ("Russians fired 11 times at the border of Chernihiv region" is the region's own
    # event, a report of it as a whole, even when the article goes on to name villages.)
    if settlement is not None and unnamed:
        return f"an unnamed settlement in the region, which the article names ({settlement})"
    return None


def _named_near(candidate: Candidate, candidates: list[Candidate]) -> str | None:
    """The settlement with an event of ``candidate``'s kind, not its place, that the article
    names and that may be "near" it (unlocated, or within :data:`UNNAMED_NEAR_KM`), if any."""
    here = candidate.place
    if here is None:
        return None
    for other in candidates:
        there = other.place
        if (
            other.type == candidate.type
            and other.mention.kind == "settlement"
            and (there is None or there.id != here.id)
            and (
                there is None
                or haversine_km(here.lat, here.lon, there.lat, there.lon) <= UNNAMED_NEAR_KM
            )
        ):
            return other.mention.name
    return None


def _place_key(candidate: Candidate) -> str:
    mention = candidate.mention
    return mention.place.id if mention.place else mention.name.lower()


def _event_key(candidate: Candidate) -> tuple[str, str, dt.date, int]:
    """One event per place, type and date (with its precision)."""
    return (_place_key(candidate), candidate.type, candidate.date, candidate.time_precision)


def extract(text: str, published: dt.date, gazetteer: Gazetteer) -> Extraction:
    """Read ``text`` (an article published on ``published``) and return its candidate events.

    One event per place, type and date, as conflict-event data sets code them: a later
    report of the same event (often from another source) is noted in ``also_reported``. A
    headline repeats what the article reports: its events join the article's events of the
    same place and type, whatever their date, and only stand alone when the body has none.

    Raises :class:`ArticleError` for a text longer than :data:`MAX_ARTICLE_CHARS`. Control
    characters (other than tab and line breaks) are read as spaces.
    """
    check_length(text, "The article")
    text = clean_text(text)
    finder = MentionFinder(gazetteer)
    reading = finder.read(text)
    sentences, mentions, rejected = reading.sentences, reading.mentions, list(reading.rejected)
    about = () if reading.focus.from_theatre else tuple(reading.focus.describe(gazetteer))
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    found: dict[tuple[str, str, dt.date, int], Candidate] = {}
    # The first key found for each place and type, where a headline's event joins.
    first_key: dict[tuple[str, str], tuple[str, str, dt.date, int]] = {}
    # The later sentences reporting each event (sentence indices, in the order found).
    also: dict[tuple[str, str, dt.date, int], dict[int, Sentence]] = {}
    # And those later reports themselves, in case the first is not the event after all.
    later: dict[tuple[str, str, dt.date, int], list[Candidate]] = {}
    # Each sentence's event words, found once.
    words_of = {sentence.index: _triggers(sentence) for sentence in sentences}
    struck = any(t.type == "strike" for words in words_of.values() for t in words)
    words_of = _air_war(text, words_of)
    # The regions the text names, as places or in the title of an office, for "the region":
    # looked up when a sentence first needs them.
    regions: list[Mention] | None = None
    offices: list[Mention] | None = None  # the regions named in an office's title
    reported: list[Candidate] = []  # events an official reports of their region
    # The body first, then the headlines.
    for sentence in sorted(sentences, key=lambda s: s.headline):
        headline = sentence.headline
        here = by_sentence.get(sentence.index, [])
        words = words_of[sentence.index]
        events = list(_events_in(text, sentence, here, published, rejected, words))
        if events and struck:
            events += _hurt_there(text, sentence, here, published, rejected, events)
        if not events:
            events = list(_announced(text, sentences, sentence, here, published, words_of))
        if not events:
            events = list(_under_heading(text, sentences, sentence, here, published, words_of))
        if not events:
            events = list(
                _headed_lines(
                    text, sentences, sentence, here, published, words_of, by_sentence, struck
                )
            )
        if not events:
            events = list(_aftermath(text, sentence, here, published, words, struck))
        if not events:
            events = list(_site_located(text, sentences, sentence, here, published, words_of))
        if not events and not words:
            events = list(
                _where_of_before(text, sentences, sentence, here, published, words_of, by_sentence)
            )
        if not events and not here and words:
            events = list(
                _result_of_before(text, sentences, sentence, by_sentence, published, words)
            )
        if not events and not here and words:
            # A sentence that names no place may speak of a region named before or of an
            # official's own region.
            if offices is None:
                offices = _office_regions(rejected, gazetteer, sentences)
            if _THE_REGION.search(sentence.text) and not _NOT_THE_FIRST.match(sentence.text):
                if regions is None:
                    regions = sorted(
                        [m for m in mentions if m.kind == "region" and m.place is not None]
                        + offices,
                        key=lambda m: m.start,
                    )
                events = [
                    c
                    for c in _region_anaphora(text, sentence, regions, published, words)
                    # (not a region named only where a town is, whose event this goes on
                    # with: "the village of Kornievo, nestled within the Kursk Region" ...
                    # "drones had struck near private residences, marking a stark
                    # escalation in the region's already volatile security landscape")
                    if not (
                        re.search(r"[’']s$", text[c.mention.start : c.mention.end])
                        and not _REGIONS_GROUND.match(text, c.mention.end)
                        and any(
                            f.type == c.type and f.mention.name in c.mention.contains
                            for f in found.values()
                        )
                    )
                    # (nor, as the sentence's subject, the event a town of it has already:
                    # "explosions were heard in the town of Kotovsk, Tambov Region. The region
                    # was attacked by drones.")
                    and not (
                        _REGION_SUBJECT.match(sentence.text)
                        and c.place is not None
                        and any(
                            f.type == c.type
                            and f.place is not None
                            and f.place.kind != "region"
                            and (f.place.country, f.place.admin1_code)
                            == (c.place.country, c.place.admin1_code)
                            for f in found.values()
                        )
                    )
                ]
            if not events:
                # Kept aside: the article may name the place in that region elsewhere.
                reported.extend(
                    _jurisdiction(text, sentence, offices, rejected, published, words, gazetteer)
                )
        if words and not headline:
            events += _both_named(text, sentences, sentence, by_sentence, published, words, events)
        if not events and not here and words:
            placed = {key[0] for key in found}
            events = [
                c
                for c in _anaphora(text, sentences, sentence, by_sentence, published, words)
                if _place_key(c) not in placed  # a town with events of its own: those
            ]
        for candidate in events:
            key = _event_key(candidate)
            if headline:
                key = first_key.get(key[:2], key)
            if key in found:
                if sentence.index != found[key].sentence.index:
                    also.setdefault(key, {}).setdefault(sentence.index, sentence)
                    later.setdefault(key, []).append(candidate)
                continue
            found[key] = candidate
            first_key.setdefault(key[:2], key)
    for candidate in _unplaced_in_region(reported, found.values(), gazetteer):
        found.setdefault(_event_key(candidate), candidate)
    for key, sentences_also in also.items():
        found[key] = replace(found[key], also_reported=tuple(sentences_also.values()))
    ordered = sorted(found, key=lambda k: _text_order(found[k]))
    candidates = _without_unnamed(
        text,
        [found[k] for k in ordered],
        rejected,
        [later.get(k, []) for k in ordered],
        gazetteer,
    )
    candidates = _headline_regions_told_below(candidates)
    candidates = _regions_counted_out(text, candidates)
    candidates = _fighting_far_off(candidates, finder.theatre)
    candidates = _village_areas(text, candidates)
    candidates = _countries_struck(candidates)
    candidates = _moves_next_door(candidates, finder.theatre)
    candidates = _toward_not_taken(text, candidates)
    candidates = _front_labels(text, candidates)
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    return Extraction(
        text, published, sentences, mentions, tuple(rejected), tuple(candidates), digest, about
    )


# Ground fighting is at the front, where the text's other places are: a town it is reported
# at, this far from every other place the text locates while those lie together, is likelier
# a village the gazetteer lacks ("Fighting is ongoing in settlements such as Dobropillia,
# Pryluky, and Varvarivka", near Huliaipole: not Pryluky of Chernihiv oblast, 480 km away).
FIGHTING_FAR_KM = 300.0
FIGHTING_TOGETHER_KM = 150.0
_FIGHTING_WORD = re.compile(
    r"fighting|fought|battl(?:e|es|ed|ing)|clash(?:es|ed)?|skirmish(?:es|ed)?|combat|assaults?"
    # ("Ukrainian forces are concentrating their offensive from the city of Suja": Sudzha,
    # not Shuya of Ivanovo oblast, which GeoNames also calls Suja)
    r"|(?:counter-?)?offensives?|(?:counter-?)?attacks?\s+repelled|repel(?:s|led|ling)?"
    # (an attack read as troops', a deployment: "the aggressor attacked our positions 74
    # times in the areas of the settlements of Baranivka, Zelene Pole, ...")
    r"|attack(?:s|ed|ing)?"
    # ("the difficult situation near the settlements of Dobropillia, Pryluky, and
    # Varvarivka", on the Huliaipole front: the fighting there)
    rf"|{_DIFFICULT_SITUATION}",
    re.IGNORECASE,
)


def _claims_as_deployments(
    candidates: list[Candidate], moved: Callable[[Candidate], bool]
) -> list[Candidate]:
    """Each territorial claim ``moved`` picks made a deployment (one per place)."""
    deployed = {_place_key(c) for c in candidates if c.type == "deployment"}
    out = []
    for candidate in candidates:
        if candidate.type == "territorial_claim" and moved(candidate):
            if _place_key(candidate) in deployed:
                continue
            deployed.add(_place_key(candidate))
            candidate = replace(candidate, type="deployment")
        out.append(candidate)
    return out


def _moves_next_door(candidates: list[Candidate], theatre: Theatre) -> list[Candidate]:
    """Ground "taken" or "withdrawn from" in a country beside the theatre, where no side
    fights for ground ("almost all Russian troops have been withdrawn from Belarus"): troops
    moving, a deployment."""
    return _claims_as_deployments(
        candidates, lambda c: c.place is not None and c.place.country in theatre.neighbours
    )


# "advanced in the direction of Chasiv Yar", "in the direction of the settlements of Basivka
# and Zhuravka", "in the direction of Mala Tokmachka - Ocheretuvate": the front's name for
# where the fighting goes on, short of the place.
_IN_THE_DIRECTION_OF = re.compile(
    r"\bin\s+the\s+direction\s+of\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:cities|city|towns?"
    r"|villages?|settlements?)\s+of\s+)?(?:(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?"
    r"(?:,\s+|,?\s+and\s+|\s+[-–]\s+)){0,4}$",
    re.IGNORECASE,
)
_ADVANCE_WORD = re.compile(r"(?:advanc|progress|push|mov|success|gain)", re.IGNORECASE)


def _toward_not_taken(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A place the ground advance goes "in the direction of" is where it is fought for, not
    one taken: its claim is a deployment."""

    def toward(candidate: Candidate) -> bool:
        start = max(candidate.sentence.start, candidate.mention.start - 120)
        return bool(
            _IN_THE_DIRECTION_OF.search(text, start, candidate.mention.start)
            # (not "regained lost positions in the direction of Lyptsi": ground held there)
            and all(_ADVANCE_WORD.match(t.text) for t in candidate.triggers)
        )

    return _claims_as_deployments(candidates, toward)


# "On the Volnovasky direction, ...", "In the Bakhmut direction, in Chasiv Yar, ...": a front
# that opens a sentence, as a daily summary files its towns under their fronts.
_FRONT_LABEL_BEFORE = re.compile(r"(?:^|[.!?;:\n]\s*)(?:On|In|At)\s+the\s+$")


def _front_labels(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A front that heads a sentence reporting a strike at a town it names (a daily summary's
    "On the Lysychanskyi direction in Siversk, five buildings were damaged by shelling") only
    files the town under the front: the strike is the town's, not the front's."""

    def label(candidate: Candidate) -> bool:
        mention = candidate.mention
        return (
            candidate.type == "strike"
            and bool(_FRONT_NAME.fullmatch(mention.name))
            and bool(_FRONT_LABEL_BEFORE.search(text, max(0, mention.start - 12), mention.start))
            and any(
                other.type == "strike"
                and other.sentence.index == candidate.sentence.index
                and other.mention.start > mention.end
                and other.mention.kind != "region"
                and not _FRONT_NAME.fullmatch(other.mention.name)
                for other in candidates
            )
        )

    return [c for c in candidates if not label(c)]


# A front named after a town ("key positions on the Boguslav direction") is where the
# fighting is, whatever the sentence's word for it.
_FRONT_NAME = re.compile(r".*\s(?:directions?|axis|axes|fronts?|sectors?)", re.IGNORECASE)


def _fighting(candidate: Candidate) -> bool:
    return candidate.type == "deployment" and (
        any(_FIGHTING_WORD.fullmatch(t.text) for t in candidate.triggers)
        or bool(_FRONT_NAME.fullmatch(candidate.mention.name))
    )


# Guns reach some tens of kilometres: "the enemy fired at Tyahynka, Bilozerka, ..., Lviv,
# Sadove" (Kherson oblast's villages) names a village the gazetteer lacks, not the city of
# Lviv, 600 km from the front.
_SHELLING_WORD = re.compile(
    r"shell(?:s|ed|ing)?|(?:opened\s+fire|fired\b.*)|artillery|mortars?|(?:came|come|comes)"
    r"\s+under\s+(?:artillery\s+|mortar\s+)?fire",
    re.IGNORECASE,
)


def _shelled_in_a_list(candidate: Candidate, candidates: list[Candidate]) -> bool:
    """Whether ``candidate`` is a place reported only as shelled, in a sentence naming at
    least three other places shelled."""
    if candidate.type != "strike" or not all(
        _SHELLING_WORD.fullmatch(t.text) for t in candidate.triggers
    ):
        return False
    beside = {
        c.place.id
        for c in candidates
        if c is not candidate
        and c.place is not None
        and c.sentence.index == candidate.sentence.index
        and c.type == "strike"
    }
    return len(beside) >= 3


def _fighting_far_off(candidates: list[Candidate], theatre: Theatre) -> list[Candidate]:
    """Settlements reported only as scenes of ground fighting, or only as shelled among other
    places shelled, far from the text's other places while those lie together, and
    settlements outside the theatre reported only as ground taken or fought over, left
    unlocated with the reason and their candidates."""
    places = {c.place.id: c.place for c in candidates if c.place is not None}
    at_place: dict[str, list[Candidate]] = {}
    for c in candidates:
        if c.place is not None:
            at_place.setdefault(c.place.id, []).append(c)
    bounded = bool(theatre.countries or theatre.regions)
    groups: list[set[str]] | None = None  # (worked out once, when first needed)
    out = []
    for candidate in candidates:
        place, mention = candidate.place, candidate.mention
        result = mention.result
        if (
            place is None
            or result is None
            or place.kind != "settlement"
            or mention.kind != "settlement"
        ):
            out.append(candidate)
            continue
        here = at_place[place.id]
        reason = ""
        shelled = all(_shelled_in_a_list(c, candidates) for c in here)
        if (
            bounded
            and not place.capital
            and not theatre.contains(place)
            # (a country beside it is where troops move and a convoy "entered": not fought over)
            and place.country not in theatre.neighbours
            and all(_fighting(c) or c.type == "territorial_claim" for c in here)
        ):
            # ("The Russian armed forces advanced towards the village. Novgorod and occupied
            # about 1/4 of the settlement!": Novhorodske near Toretsk, not Veliky Novgorod)
            reason = (
                f"ground taken or fought over, reported at {place.label}, outside the"
                f" theatre ({theatre.label}): likelier a village the gazetteer lacks"
            )
        elif (
            len(places) >= 3
            and (not place.capital or shelled)
            and (shelled or all(_fighting(c) for c in here))
        ):
            others = [p for p in places.values() if p.id != place.id]
            km = Points((p.lat, p.lon) for p in others).nearest_km(place.lat, place.lon)
            # (or far from where most of them lie, with another far one beside it: two
            # villages of Crimea side by side in a list of the Pokrovsk front's are no
            # anchor for each other)
            if groups is None:
                groups = _far_groups(list(places.values()))
            largest = groups[0]
            group = next(g for g in groups if place.id in g)
            what = "shelling" if shelled else "ground fighting"
            if km > FIGHTING_FAR_KM and _together(others):
                reason = (
                    f"{what} reported at {place.label}, {km:,.0f} km from every other"
                    " place the text names, which lie close together: likelier a village the"
                    " gazetteer lacks"
                )
            elif len(largest) >= 3 * len(group) and _together(
                [p for p in places.values() if p.id in largest]
            ):
                km = min(
                    haversine_km(place.lat, place.lon, p.lat, p.lon)
                    for p in places.values()
                    if p.id not in group
                )
                reason = (
                    f"{what} reported at {place.label}, {km:,.0f} km from the {len(largest)}"
                    " places where the text's others lie: likelier a village the gazetteer"
                    " lacks"
                )
        if not reason:
            out.append(candidate)
            continue
        out.append(_left_unlocated(candidate, reason))
    return out


def _left_unlocated(
    candidate: Candidate, reason: str, offered: tuple[Place, ...] | None = None
) -> Candidate:
    """``candidate`` with its place taken back: a question, with ``reason`` and the places
    offered (its result's candidates unless ``offered`` says)."""
    result = candidate.mention.result
    assert result is not None
    asked = replace(
        result,
        status="ambiguous",
        place=None,
        candidates=result.candidates if offered is None else offered,
        reason=reason,
    )
    return replace(candidate, mention=replace(candidate.mention, result=asked))


# "in the Vasyukovka, Dubovo-Vasylivka, Khromovo and Ivanovsky regions": a machine
# translation's "regions" for the areas of villages, the last of them named as an adjective.
_AREAS_LISTED_BEFORE = re.compile(
    r"\b(?:in|near|around)\s+the\s+(?:(?-i:[A-Z])[\w’'-]+(?:\s*,\s*|\s+and\s+)){2,}$"
)


def _village_areas(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A region named last of a list of villages, with the plural "regions" after it (the
    others are villages of the front), left unlocated with the reason: the area of a village
    of that name, not the region (Ivanovsky, near Bakhmut, is no Ivanovo oblast)."""
    out = []
    for candidate in candidates:
        mention, result = candidate.mention, candidate.mention.result
        if (
            candidate.place is not None
            and result is not None
            and mention.kind == "region"
            and text[mention.start : mention.end].endswith("regions")
            and _AREAS_LISTED_BEFORE.search(
                text, max(candidate.sentence.start, mention.start - 120), mention.start
            )
            and any(
                c.mention.kind == "settlement"
                and c.sentence.index == candidate.sentence.index
                and c.mention.end <= mention.start
                for c in candidates
            )
        ):
            reason = (
                f"the last of a list of villages' areas"
                f' ("{text[mention.start : mention.end]}"): a village of that name, not the region'
            )
            candidate = _left_unlocated(candidate, reason)
        out.append(candidate)
    return out


def _together(places: Sequence[Place]) -> bool:
    """Whether most of ``places`` lie within :data:`FIGHTING_TOGETHER_KM` of another."""
    points = Points((p.lat, p.lon) for p in places)
    apart = sorted(points.nearest_km(p.lat, p.lon, skip=(p.lat, p.lon)) for p in places)
    return apart[len(apart) // 2] <= FIGHTING_TOGETHER_KM


def _far_groups(places: Sequence[Place]) -> list[set[str]]:
    """The ids of ``places`` in groups linked by steps of at most :data:`FIGHTING_FAR_KM`,
    largest first."""
    parent = {p.id: p.id for p in places}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for i, p in enumerate(places):
        for q in places[i + 1 :]:
            if haversine_km(p.lat, p.lon, q.lat, q.lon) <= FIGHTING_FAR_KM:
                parent[root(p.id)] = root(q.id)
    groups: dict[str, set[str]] = {}
    for p in places:
        groups.setdefault(root(p.id), set()).add(p.id)
    return sorted(groups.values(), key=len, reverse=True)


def _countries_struck(candidates: list[Candidate]) -> list[Candidate]:
    """A strike reported in a country as a whole ("fragments of a drone were found in
    Romania", "drones flew into Belarus"), left unlocated with the reason and the country
    offered: its capital, where the map would draw it, is no more the place than any other
    town of it. (Troops that arrive in a country are drawn at its capital, as coders place
    them.)"""
    out = []
    for candidate in candidates:
        place, result = candidate.place, candidate.mention.result
        if place is None or result is None or place.kind != "country" or candidate.type != "strike":
            out.append(candidate)
            continue
        reason = f"a strike reported in {place.name} as a whole: the text does not say where in it"
        offered = result.candidates if place in result.candidates else (place, *result.candidates)
        out.append(_left_unlocated(candidate, reason, offered))
    return out


def _is_country(mention: Mention) -> bool:
    return mention.place is not None and mention.place.kind == "country"


def _office_regions(
    rejected: Sequence[Rejected], gazetteer: Gazetteer, sentences: Sequence[Sentence]
) -> list[Mention]:
    """The regions named in the title of an office ("Governor of Voronezh Oblast"), as
    mentions where they are named."""
    out = []
    for r in rejected:
        if not r.office_region:
            continue
        result = gazetteer.lookup(r.office_region)
        if result.place is None or result.place.kind != "region":
            continue
        index = next((s.index for s in sentences if s.start <= r.start < s.end), 0)
        out.append(Mention(r.name, r.start, r.end, index, "region", False, r.office_region, result))
    return out


def extract_isolated(
    text: str, published: dt.date, gazetteer: Gazetteer, timeout: float
) -> Extraction:
    """:func:`extract` in a process of its own, stopped after ``timeout`` seconds.

    For a server (the app), whose other users must not wait while one article is read: the
    child opens the same gazetteer index itself (an open one cannot be sent), reads the
    article and sends the :class:`Extraction` back. A fresh process each time costs a few
    tenths of a second and can always be stopped. Raises :class:`ArticleError` for an article
    that is too long, takes too long or makes the child fail.
    """
    check_length(text, "The article")
    root = str(Path(__file__).resolve().parents[2])  # mapapp importable, installed or not
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])),
    }
    request = pickle.dumps((str(gazetteer.path), text, published), pickle.HIGHEST_PROTOCOL)
    try:
        child = subprocess.run(
            [sys.executable, "-c", "from mapapp.extract.pipeline import _serve; _serve()"],
            input=request,
            capture_output=True,
            timeout=timeout,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ArticleError(
            f"Finding the events took more than {timeout:g} seconds and was stopped; try a"
            " shorter text, or split the article"
        ) from None
    if child.returncode != 0:
        last = (child.stderr.decode("utf-8", "replace").strip().splitlines() or ["no message"])[-1]
        raise ArticleError(f"Finding the events failed: {last}")
    status, result = pickle.loads(child.stdout)
    if status == "error":
        raise ArticleError(result)
    assert isinstance(result, Extraction)
    return result


def _serve() -> None:
    """The child of :func:`extract_isolated`: the request on stdin, the result on stdout."""
    path, text, published = pickle.load(sys.stdin.buffer)
    try:
        result: tuple[str, object] = ("ok", extract(text, published, Gazetteer(path)))
    except ArticleError as err:
        result = ("error", str(err))
    pickle.dump(result, sys.stdout.buffer, pickle.HIGHEST_PROTOCOL)
