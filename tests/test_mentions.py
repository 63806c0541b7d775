"""Place mentions: found with the gazetteer, offsets kept, false friends left out."""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.core.schema import GeoPrecision
from mapapp.extract.mentions import Mention, MentionFinder, split_sentences
from mapapp.extract.pipeline import extract
from mapapp.geo.gazetteer import Gazetteer


def _mentions(gazetteer: Gazetteer, text: str) -> dict[str, Mention]:
    _, mentions, _ = MentionFinder(gazetteer).find(text)
    for m in mentions:
        # The slice is the name as written; a region's name may add or drop a plural "s".
        assert text[m.start : m.end].split()[0] == m.name.split()[0]
    return {m.name: m for m in mentions}


def _rejected(gazetteer: Gazetteer, text: str) -> dict[str, str]:
    _, _, rejected = MentionFinder(gazetteer).find(text)
    return {r.name: r.reason for r in rejected}


def test_sentences_keep_offsets_and_skip_abbreviations() -> None:
    text = (
        "Mr. Zelensky spoke. The U.S. sent aid on Jan. 5 to Kyiv.\nHeadline without a stop\n"
        "Last one."
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Mr. Zelensky spoke.",
        "The U.S. sent aid on Jan. 5 to Kyiv.",
        "Headline without a stop",
        "Last one.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_sentences_run_together_or_ending_in_a_number_are_split() -> None:
    text = (
        "Strikes hit Kyiv on May 8.Air defence worked, the ministry stated.Meanwhile, troops"
        " took Malinovka near St.Petersburg's namesake. Five people died on May 8. J. Smith said."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Strikes hit Kyiv on May 8.",
        "Air defence worked, the ministry stated.",
        "Meanwhile, troops took Malinovka near St.Petersburg's namesake.",
        "Five people died on May 8.",
        "J. Smith said.",
    ]
    cyrillic = "the statement said.Читайте також: drones were destroyed."
    assert [s.text for s in split_sentences(cyrillic)] == [
        "the statement said.",
        "Читайте також: drones were destroyed.",
    ]


def test_settlements_regions_and_near_get_their_precision(gazetteer: Gazetteer) -> None:
    text = (
        "Drones struck the Novoshakhtinsk oil refinery in the Rostov region. Fighting went on"
        " near the town of Kurakhove, and in Trudove."
    )
    found = _mentions(gazetteer, text)
    assert found["Novoshakhtinsk"].geo_precision == 2  # a refinery named after the town
    assert found["Rostov region"].geo_precision == 3
    assert found["Rostov region"].place.kind == "region"  # type: ignore[union-attr]
    assert found["Kurakhove"].geo_precision == 2
    assert found["Trudove"].place.admin1 == "Donetsk Oblast"  # type: ignore[union-attr]
    assert found["Trudove"].geo_precision == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighting continued in Donetsk oblast.", "Donetsk oblast"),
        ("Shelling hit the Kharkiv Oblast overnight.", "Kharkiv Oblast"),
        ("Troops massed in the Kursk region.", "Kursk region"),
        ("Assaults in Kursk, a Russian region near Ukraine.", "Kursk"),
        ("Strikes hit the Donetsk and Luhansk regions.", "Donetsk region"),
        ("Strikes hit the Donetsk and Luhansk regions.", "Luhansk region"),
    ],
)
def test_region_phrases_are_region_level(gazetteer: Gazetteer, text: str, name: str) -> None:
    mention = _mentions(gazetteer, text)[name]
    assert mention.kind == "region"
    assert mention.geo_precision == 3


@pytest.mark.parametrize(
    ("text", "name", "reason"),
    [
        ("Kyiv said the strike was a war crime.", "Kyiv", "government"),
        ("Moscow claims the village fell.", "Moscow", "government"),
        ("Vladimir Putin visited the front.", "Vladimir", "longer name"),
        ("Kim Jong Un oversaw training.", "Kim", "common English word"),
        ("Mr Zelensky made similar remarks.", "Zelensky", "person"),
        # (The mayor's city when the sentence names another place; else it speaks of the city.)
        ("Kharkiv Mayor Ihor Terekhov said three died in Chuhuiv.", "Kharkiv", "office"),
        ("The Rostov acting governor spoke.", "Rostov", "office"),
        (
            "Missiles hit Kyiv, said a coordinator of the Nikolayev underground.",
            "Nikolayev",
            "office",
        ),
        ("The commander of the Kharkiv military garrison said so.", "Kharkiv", "unit"),
        ("The diplomacy was meant to get Moscow to withdraw.", "Moscow", "capital"),
        ("Both sides fought hard.", "Both", ""),
        ("No casualties were reported.", "No", "common English word"),
        ("Troops moved on the way to Kherson.", "Kherson", "destination"),
        ("The cruiser Moskva sank.", "Moskva", "ship"),
        ("Moskva, the flagship of the fleet, sank.", "Moskva", "ship"),
        ("It was hit by two Neptune missiles.", "Neptune", "weapon"),
        ("Shelling hit Belgorod, bordering the Kharkiv region.", "Kharkiv region", "neighbour"),
        ("Kursk Oblast Governor Roman Starovoit said.", "Kursk Oblast", "office"),
        ("The head of the administration Serhiy Haidai said so.", "Serhiy", "longer name"),
    ],
)
def test_false_friends_are_not_places(
    gazetteer: Gazetteer, text: str, name: str, reason: str
) -> None:
    assert name not in _mentions(gazetteer, text)
    if reason:
        assert reason in _rejected(gazetteer, text)[name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian missiles hit Kyiv on Monday.", "Kyiv"),
        ("Explosions were heard in Moscow.", "Moscow"),
        ("Missiles struck Russian-occupied Kherson in southern Ukraine.", "Kherson"),
        ("Shelling of Lyman in the Donetsk region went on.", "Lyman"),
        ("Kharkiv Mayor Ihor Terekhov said three died.", "Kharkiv"),
    ],
)
def test_places_in_place_positions_are_kept(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert _mentions(gazetteer, text)[name].place is not None


def test_spelling_variants_and_cyrillic_find_the_same_place(gazetteer: Gazetteer) -> None:
    for text, name in [
        ("Russia said it captured Kurakhovo.", "Kurakhovo"),
        ("Russia said it captured Курахове.", "Курахове"),
        ("Russia said it captured Kurakhove.", "Kurakhove"),
    ]:
        place = _mentions(gazetteer, text)[name].place
        assert place is not None
        assert place.name == "Kurakhove"


def test_context_picks_the_homonym_and_no_context_leaves_it_open(gazetteer: Gazetteer) -> None:
    with_region = _mentions(gazetteer, "Russia captured Trudove in the Donetsk region.")
    assert with_region["Trudove"].place.admin1 == "Donetsk Oblast"  # type: ignore[union-attr]
    # Kurakhove, named elsewhere in the text, is 10 km away: it decides too.
    near = _mentions(gazetteer, "Russia captured Trudove. Kurakhove is next.")
    assert near["Trudove"].place.admin1 == "Donetsk Oblast"  # type: ignore[union-attr]
    alone = _mentions(gazetteer, "Russia captured Trudove.")["Trudove"]
    assert alone.place is None
    assert alone.result.status == "ambiguous"  # type: ignore[union-attr]
    assert len(alone.result.candidates) >= 4  # type: ignore[union-attr]


def test_an_unknown_village_is_kept_unlocated(gazetteer: Gazetteer) -> None:
    text = "Troops repelled an offensive near the village of Kurulka in Kharkiv Oblast."
    found = _mentions(gazetteer, text)
    assert found["Kurulka"].place is None
    assert found["Kurulka"].result.status == "not_found"  # type: ignore[union-attr]
    # The region says where Kurulka is.
    assert found["Kharkiv Oblast"].contains == ("Kurulka",)


def test_a_name_used_for_a_ship_is_a_ship_throughout(gazetteer: Gazetteer) -> None:
    text = "Moskva, the flagship of the fleet, sank. Ukraine said it struck the Moskva."
    assert _mentions(gazetteer, text) == {}
    assert _rejected(gazetteer, text)["Moskva"].endswith("as elsewhere")


def test_a_region_the_gazetteer_lacks_is_not_its_capital_city(gazetteer: Gazetteer) -> None:
    mention = _mentions(gazetteer, "Rebels shelled a town in the Idlib province.")["Idlib province"]
    assert mention.kind == "region"
    assert mention.place is None  # not the city of Idlib


def test_a_russian_region_is_the_region_at_its_centre(gazetteer: Gazetteer) -> None:
    mention = _mentions(gazetteer, "A drone fell at an air base in the Saratov region.")[
        "Saratov region"
    ]
    assert mention.place is not None
    assert (mention.place.kind, mention.place.name) == ("region", "Saratov Oblast")
    assert mention.geo_precision == 3


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian forces shelled the Pokrovsk district overnight.", "Pokrovsk district"),
        ("Fighting went on in Kupiansk raion.", "Kupiansk raion"),
    ],
)
def test_a_district_is_drawn_near_the_town_it_is_named_after_never_as_the_town(
    gazetteer: Gazetteer, text: str, name: str
) -> None:
    mention = _mentions(gazetteer, text)[name]
    assert mention.kind == "district"
    assert mention.place is not None
    assert (mention.place.name, mention.place.admin1) in {
        ("Pokrovsk", "Donetsk Oblast"),
        ("Kupyansk", "Kharkiv Oblast"),
    }
    assert mention.geo_precision == GeoPrecision.NEAR  # the district, not the town itself
    (feature,) = extract(text, dt.date(2024, 9, 1), gazetteer).features({"publisher": "X"})
    assert feature["properties"]["place"] == name
    assert feature["properties"]["geo_precision"] == 2
    assert "a district, drawn at" in feature["properties"]["located_at"]


def test_the_region_a_text_puts_a_village_in_decides_which_it_is(gazetteer: Gazetteer) -> None:
    # Only Crimea and Dnipropetrovsk oblast have a Pyatykhatky in the gazetteer: a village
    # "in the Zaporizhia region" is neither, and is not guessed.
    text = (
        "Ukrainian troops recaptured Piatykhatky, a village in the west of the Zaporizhia region."
    )
    mention = _mentions(gazetteer, text)["Piatykhatky"]
    assert mention.place is None
    assert mention.result is not None
    assert mention.result.reason.startswith("the text puts it in Zaporizhzhia Oblast")
    assert mention.result.candidates  # offered to the reviewer
    listed = "Russia claimed Stari Terny and Trudove – in the Donetsk region."
    assert _mentions(gazetteer, listed)["Trudove"].place.admin1 == "Donetsk Oblast"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "The governor of the Belgorod region said two people were hurt.",
        "Vyacheslav Gladkov, head of Russia’s Belgorod region, said drones attacked.",
    ],
)
def test_a_region_named_for_its_office_is_no_place(gazetteer: Gazetteer, text: str) -> None:
    assert "Belgorod region" in _rejected(gazetteer, text)


def test_a_neighbour_with_its_own_event_is_kept(gazetteer: Gazetteer) -> None:
    text = "Belgorod borders the Kharkiv region of Ukraine, where Ukraine staged an offensive."
    assert "Kharkiv region" in _mentions(gazetteer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit Kharkiv, ending a lull in Moscow’s strikes on Ukraine.",
        "Russia pressed its counteroffensive to eliminate Kyiv's positions in Kursk.",
    ],
)
def test_a_capital_in_the_possessive_is_its_government(gazetteer: Gazetteer, text: str) -> None:
    rejected = _rejected(gazetteer, text)
    capital = "Moscow" if "Moscow" in text else "Kyiv"
    assert rejected[capital].startswith("a capital in the possessive")
    # ...but not for a part of the city.
    assert "Kyiv" in _mentions(gazetteer, "Missiles struck Kyiv’s outskirts overnight.")


@pytest.mark.parametrize(
    "text",
    [
        "Days earlier, Russia pummeled Kyiv with waves of drones and missiles overnight.",
        "Explosions rocked Kyiv from about midnight onwards.",
        "Russia hammered Kyiv with missiles.",
    ],
)
def test_a_capital_a_strike_befalls_is_the_city(gazetteer: Gazetteer, text: str) -> None:
    assert "Kyiv" in _mentions(gazetteer, text)
