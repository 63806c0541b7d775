"""The place resolver: the article's focus, each named feature, the decision, the theatre."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import numpy as np
import pytest

from mapapp.extract.pipeline import Candidate, extract
from mapapp.geo.gazetteer import NEAREST_NAMESAKE, Gazetteer, Place
from mapapp.geo.resolver import (
    FEATURES,
    NO_THEATRE,
    WEIGHTS_FILE,
    NameEvidence,
    Weights,
    compute_focus,
    default_weights,
    features,
    probabilities,
    prominence,
    resolve_name,
    resolve_names,
    theatre_from_setting,
)

THEATRE = theatre_from_setting("russia-ukraine")


def _feature(matrix: np.ndarray, row: int, name: str) -> float:
    return float(matrix[row, FEATURES.index(name)])


def _placed(gazetteer: Gazetteer, text: str, published: dt.date) -> dict[str, Place | None]:
    """Where the extractor puts each name of ``text`` (its last mention of it)."""
    return {c.mention.name: c.place for c in extract(text, published, gazetteer).candidates}


def _found(gazetteer: Gazetteer, text: str, published: dt.date) -> dict[str, Candidate]:
    """The extractor's candidate for each name of ``text`` (its last mention of it)."""
    return {c.mention.name: c for c in extract(text, published, gazetteer).candidates}


def _place(gazetteer: Gazetteer, name: str, admin1: str) -> Place:
    return next(p for p in gazetteer.candidates(name) if p.admin1_code == admin1)


def test_the_focus_weighs_regions_places_and_prominence(gazetteer: Gazetteer) -> None:
    names = [
        NameEvidence("Donetsk region", prominence(0, headline=True), region=True),
        NameEvidence("Kramatorsk", prominence(1, headline=False)),
        NameEvidence("Kharkiv", prominence(5, headline=False)),
        NameEvidence("Trudove"),  # seven places of that name: no evidence
    ]
    focus, sure = compute_focus(gazetteer, names, countries=["UA"], theatre=THEATRE)
    assert set(sure) == {"kramatorsk", "kharkiv"}
    donetsk, kharkiv = focus.regions[("UA", "05")], focus.regions[("UA", "07")]
    # The headline's region (2 x 2) and Kramatorsk in the lead (1.5) against Kharkiv (1).
    assert donetsk == pytest.approx(5.5 / 6.5)
    assert kharkiv == pytest.approx(1 / 6.5)
    assert focus.countries["UA"] == pytest.approx(1.0)
    assert focus.describe(gazetteer) == ["Donetsk Oblast, Ukraine"]
    assert not focus.from_theatre


def test_with_no_clue_the_theatre_is_the_focus(gazetteer: Gazetteer) -> None:
    focus, sure = compute_focus(gazetteer, [NameEvidence("Trudove")], theatre=THEATRE)
    assert focus.from_theatre
    assert sure == {}
    assert focus.countries["UA"] > focus.countries["RU"] > 0
    # The points are the centres of the theatre's Russian regions (Kursk, Belgorod, ...).
    assert focus.distance_km(_place(gazetteer, "Sudzha", "41")) < 100


def test_name_features_tell_own_alternate_and_loose_names_apart(gazetteer: Gazetteer) -> None:
    focus, _ = compute_focus(gazetteer, [], theatre=THEATRE)
    found = gazetteer.candidates("Pokrovsk")
    matrix = features(gazetteer, "Pokrovsk", found, focus, [], THEATRE)
    rows = {p.name: i for i, p in reversed(list(enumerate(found)))}
    # Pokrovsk itself; Engels, formerly Pokrovsk, only by an alternate name.
    assert _feature(matrix, rows["Pokrovsk"], "own_name") == 1.0
    assert _feature(matrix, rows["Engels"], "own_name") == 0.0
    assert _feature(matrix, rows["Engels"], "alternate_name") == 1.0
    loose = gazetteer.candidates("Yaruga")  # only look-alikes: Jaruge (Croatia), Yaruquí
    assert _feature(features(gazetteer, "Yaruga", loose, focus, [], THEATRE), 0, "loose_name")
    assert _feature(matrix, rows["Pokrovsk"], "theatre") == 1.0
    assert _feature(matrix, rows["Engels"], "theatre") == 0.0


def test_distances_are_continuous_and_seats_and_capitals_are_marked(
    gazetteer: Gazetteer,
) -> None:
    names = [NameEvidence("Kurakhove")]
    focus, sure = compute_focus(gazetteer, names, theatre=THEATRE)
    found = gazetteer.candidates("Trudove")
    matrix = features(gazetteer, "Trudove", found, focus, list(sure.values()), THEATRE)
    distance = {p.admin1_code: _feature(matrix, i, "anchor_distance") for i, p in enumerate(found)}
    # Near Kurakhove (Donetsk) < Zaporizhzhia < Crimea: a scale, not a threshold.
    assert distance["05"] < distance["26"] < distance["11"]
    assert 0.0 <= distance["05"] < 0.3
    kherson = gazetteer.candidates("Kherson")
    row = features(gazetteer, "Kherson", kherson, focus, [], THEATRE)
    assert _feature(row, 0, "seat") == 1.0
    kyiv = [p for p in gazetteer.candidates("Kyiv") if p.capital]
    assert _feature(features(gazetteer, "Kyiv", kyiv, focus, [], THEATRE), 0, "capital") == 1.0


def test_the_conditional_logit_gives_none_its_share() -> None:
    p = probabilities(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([np.log(2.0), 0.0]))
    assert p.tolist() == pytest.approx([0.5, 0.25, 0.25])


@pytest.mark.parametrize(
    ("name", "context", "admin1"),
    [
        # Alone, the front-line city and the oblast centre, not a Sumy village or a Greek one.
        ("Kherson", None, "08"),
        ("Pokrovsk", None, "05"),
        ("Kupyansk", None, "07"),
        # Russian spellings and former names: today's place.
        # (Alone, a Chernihiv-oblast village spelt so too.)
        ("Avdeyevka", "Russian forces pressed on towards Avdeyevka.", "05"),
        ("Krasnoarmeysk", "Fighting near Krasnoarmeysk in the Donetsk region.", "05"),
        # Against Dzerzhinsk, a Russian city of 233,000, and Artemovsk, a Russian village:
        # the text puts them in the region that Russian reporting calls the DPR.
        (
            "Dzerzhinsk",
            "Russian troops entered Dzerzhinsk in the Donetsk People's Republic, TASS said.",
            "05",
        ),
        ("Artemovsk", "Wagner fighters stormed Artemovsk, Donetsk People's Republic.", "05"),
        ("Trudove", "Russia claimed Trudove in the Donetsk region, near Kurakhove.", "05"),
    ],
)
def test_names_resolve_to_the_place_war_reporting_means(
    gazetteer: Gazetteer, name: str, context: str | None, admin1: str
) -> None:
    result = resolve_name(gazetteer, name, context, theatre=THEATRE)
    assert result.status == "found", result.reason
    assert result.place is not None
    assert (result.place.country, result.place.admin1_code) == ("UA", admin1)


def test_pokrovsk_beside_lyman_puts_both_in_donetsk_oblast(gazetteer: Gazetteer) -> None:
    names = [NameEvidence("Pokrovsk"), NameEvidence("Lyman")]
    resolution = resolve_names(gazetteer, names, theatre=THEATRE)
    for result in resolution.results:
        assert result.place is not None, result.reason
        assert result.place.admin1 == "Donetsk Oblast"


def test_crimean_namesakes_lose_in_an_article_about_zaporizhzhia(gazetteer: Gazetteer) -> None:
    names = [
        NameEvidence("Zaporizhzhia region", 2.0, region=True),
        NameEvidence("Orikhiv"),
        NameEvidence("Vasylivka"),
        NameEvidence("Stepove"),
    ]
    resolution = resolve_names(gazetteer, names, theatre=THEATRE)
    vasylivka = resolution.results[2]
    assert vasylivka.place is not None
    assert vasylivka.place.admin1 == "Zaporizhzhia Oblast"
    # No Stepove lies in Zaporizhzhia oblast: none is guessed.
    assert resolution.results[3].place is None


def test_a_russian_spelling_that_is_a_far_village_s_own_name_finds_the_near_town(
    gazetteer: Gazetteer,
) -> None:
    # "Vasilyevka" is the own name of a village in Crimea (GeoNames names it in Russian) and
    # another name of Vasylivka, a town of 12,500 in Zaporizhzhia oblast.
    names = [
        NameEvidence("Zaporizhzhia region", 2.0, region=True),
        NameEvidence("Tokmak"),
        NameEvidence("Vasilyevka"),
    ]
    vasylivka = resolve_names(gazetteer, names, theatre=THEATRE).results[2]
    assert vasylivka.place is not None
    assert vasylivka.place.admin1 == "Zaporizhzhia Oblast"
    assert vasylivka.reason.startswith(f"{NEAREST_NAMESAKE}: Vasilyevka (Crimea")
    assert vasylivka.from_context
    # With no context but the theatre, a near namesake is no better than the far one.
    alone = resolve_names(gazetteer, [NameEvidence("Orlivka")], theatre=THEATRE).results[0]
    assert alone.place is None or alone.place.admin1 != "Sevastopol"


def test_a_village_outside_the_regions_of_the_text_is_not_placed(gazetteer: Gazetteer) -> None:
    # Zhuravka, a Sumy-oblast border village cities500 lacks; its namesake lies in Chernihiv
    # oblast, next door.
    names = [NameEvidence("Sumy region", 2.0, region=True), NameEvidence("Zhuravka")]
    zhuravka = resolve_names(gazetteer, names, theatre=THEATRE).results[1]
    assert zhuravka.place is None
    assert zhuravka.candidates[0].admin1 == "Chernihiv Oblast"
    assert zhuravka.reason.startswith("no place of that name is known in Sumy Oblast, Ukraine;")
    # In a text about Chernihiv oblast, the village there is the one meant.
    names = [NameEvidence("Chernihiv region", 2.0, region=True), NameEvidence("Zhuravka")]
    there = resolve_names(gazetteer, names, theatre=THEATRE).results[1]
    assert there.place is not None
    assert there.place.admin1 == "Chernihiv Oblast"


def test_a_village_across_a_region_s_border_next_to_the_text_s_places_is_placed(
    gazetteer: Gazetteer,
) -> None:
    # The front line crosses oblast borders: Bilohorivka (Luhansk oblast) lies 13 km from
    # Siversk (Donetsk oblast), in a text whose other places are all in Donetsk oblast.
    names = [NameEvidence("Siversk"), NameEvidence("Berestove"), NameEvidence("Bilohorivka")]
    bilohorivka = resolve_names(gazetteer, names, theatre=THEATRE).results[2]
    assert bilohorivka.place is not None
    assert bilohorivka.place.admin1 == "Luhansk Oblast"
    # Only a name like its own is placed so: "Tarasovka" is one of Vyshchetarasivka's names.
    names = [
        NameEvidence("Zaporozhye region", 2.0, region=True),
        NameEvidence("Dneprorudnoe"),
        NameEvidence("Tarasovka"),
    ]
    tarasovka = resolve_names(gazetteer, names, theatre=THEATRE).results[2]
    assert tarasovka.place is None


def test_a_town_of_exactly_the_name_outweighs_a_bigger_city_spelt_like_it(
    gazetteer: Gazetteer,
) -> None:
    # Samar (once Novomoskovsk), 70,000 people; Samara, 1.2 million, is "Samar" only with
    # its final vowel dropped, and GeoNames lists "Samar" among its names.
    names = [NameEvidence("Dnipropetrovsk region", 2.0, region=True), NameEvidence("Samar")]
    samar = resolve_names(gazetteer, names, theatre=THEATRE).results[1]
    assert samar.place is not None
    assert samar.place.admin1 == "Dnipropetrovsk Oblast"


def test_a_lone_foreign_namesake_is_offered_not_placed(gazetteer: Gazetteer) -> None:
    names = [
        NameEvidence("Kursk region", 2.0, region=True),
        NameEvidence("Sudzha"),
        NameEvidence("Giryi"),  # a Kursk-region village cities500 lacks; namesakes abroad
    ]
    resolution = resolve_names(gazetteer, names, theatre=THEATRE)
    giryi = resolution.results[2]
    assert giryi.place is None
    assert giryi.candidates
    assert "this text is about (Kursk Oblast, Russia" in giryi.reason
    assert resolution.results[1].place is not None  # Sudzha itself is placed


def test_the_only_place_of_a_name_far_away_stays_unlocated(gazetteer: Gazetteer) -> None:
    names = [NameEvidence("Belgorod region", 2.0, region=True), NameEvidence("Loknya")]
    result = resolve_names(gazetteer, names, theatre=THEATRE).results[1]
    assert result.place is None
    assert result.reason.startswith("the only place of that name is Loknya (")
    assert "km from what this text is about (Belgorod Oblast, Russia" in result.reason


def test_a_big_city_beside_the_theatre_is_not_placed_by_another_spelling(
    gazetteer: Gazetteer,
) -> None:
    # "Tykhy" (Tykhe, a village near Vovchansk that cities500 lacks) is, in GeoNames, only
    # the Ukrainian spelling of Tychy, Poland, 1,200 km away: a question, not a marker.
    names = [
        NameEvidence("Lyptsi"),
        NameEvidence("Vovchansk"),
        NameEvidence("Tykhy"),
        NameEvidence("Kharkiv"),
    ]
    tykhy = resolve_names(gazetteer, names, theatre=THEATRE).results[2]
    assert tykhy.place is None
    assert tykhy.reason.startswith("the only place of that name is Tychy (")
    assert [c.country for c in tykhy.candidates] == ["PL"]


def test_the_theatre_is_a_setting(gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_name(gazetteer, "Pokrovsk", theatre=THEATRE).status == "found"
    # Without a theatre, nothing says a reader means the Donetsk-oblast town over Engels.
    assert resolve_name(gazetteer, "Pokrovsk", theatre=NO_THEATRE).status == "ambiguous"
    monkeypatch.setenv("MAPAPP_THEATRE", "UA,RU-41")
    custom = theatre_from_setting()
    assert custom.countries == frozenset({"UA"})
    assert custom.regions == frozenset({("RU", "41")})
    with pytest.raises(ValueError, match="Unknown theatre 'Narnia'"):
        theatre_from_setting("Narnia")


def test_found_needs_a_margin_over_the_next_candidate(gazetteer: Gazetteer) -> None:
    strict = dataclasses.replace(default_weights(), margin=0.99)
    result = resolve_name(gazetteer, "Trudove", "in the Donetsk region", weights=strict)
    assert result.status == "ambiguous"
    # Ranked by score: the Donetsk-oblast Trudove first.
    assert result.candidates[0].admin1_code == "05"


def test_the_weights_file_is_readable_and_complete() -> None:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert set(data["weights"]) == set(FEATURES)
    weights = default_weights()
    assert isinstance(weights, Weights)
    assert 0 < weights.found_probability < 1
    assert weights.far_km > 0


def test_a_report_on_two_fronts_places_each_where_war_reporting_means(
    gazetteer: Gazetteer,
) -> None:
    # Mostly about the Kursk region; Pokrovsk and Lyman are still the Donetsk-oblast towns
    # (what the names clearly mean in the theatre), while a lone Pskov-oblast Loknya, 700 km
    # away, is offered, not placed.
    text = (
        "Russian troops launched assaults near Pokrovsk and Lyman, the General Staff said.\n"
        "Ukrainian forces pushed deeper into the Kursk region, capturing Sudzha.\n"
        "Fighting was also reported near Loknya."
    )
    result = extract(text, dt.date(2024, 12, 19), gazetteer)
    where = {c.mention.name: c.place for c in result.candidates}
    assert where["Pokrovsk"] is not None
    assert where["Pokrovsk"].admin1 == "Donetsk Oblast"
    assert where["Lyman"] is not None
    assert where["Lyman"].admin1 == "Donetsk Oblast"
    assert where["Loknya"] is None
    assert set(result.about) == {"Kursk Oblast, Russia", "Donetsk Oblast, Ukraine"}


def test_a_far_big_city_does_not_beat_a_namesake_where_the_article_is(
    gazetteer: Gazetteer,
) -> None:
    # Seversk, Tomsk oblast (107,000), against Siversk, Donetsk oblast, known as "Seversk".
    text = (
        "Russian forces pushed on in the Donetsk region, and in Seversk, Russian troops have"
        " occupied 1,700 buildings, near Kramatorsk."
    )
    where = _placed(gazetteer, text, dt.date(2025, 1, 9))
    place = where["Seversk"]
    assert place is not None
    assert place.admin1 == "Donetsk Oblast"
    market = "Shells hit the Sokol market in the city’s Kirov neighbourhood in Donetsk."
    names = {c.mention.name for c in extract(market, dt.date(2025, 1, 9), gazetteer).candidates}
    assert "Kirov" not in names  # a neighbourhood of Donetsk, not the city of Kirov


def test_the_nearby_town_must_be_near_the_text_s_other_places(gazetteer: Gazetteer) -> None:
    text = (
        "A Russian ballistic missile struck Dnipro on Tuesday, the governor said. The Russian"
        " military also struck the nearby town of Samarske."
    )
    where = _found(gazetteer, text, dt.date(2025, 6, 24))
    # The only Samarske GeoNames has is in Rostov oblast, hundreds of km away.
    samarske = where["Samarske"]
    assert samarske.place is None
    result = samarske.mention.result
    assert result is not None
    assert result.reason.startswith("the text puts it near its other places;")
    assert where["Dnipro"].place is not None
    # Near them, a nearby town is placed as before.
    near = "Missiles struck Kharkiv overnight. Shelling also hit the nearby town of Chuhuiv."
    found = _placed(gazetteer, near, dt.date(2024, 1, 5))
    assert found["Chuhuiv"] is not None


def test_a_name_no_place_has_is_the_one_place_of_the_article_spelt_almost_so(
    gazetteer: Gazetteer,
) -> None:
    text = "Russian troops shelled Kharhiv, Izium and Zaporizhzhia overnight, the staff said."
    where = _found(gazetteer, text, dt.date(2024, 6, 1))
    kharhiv = where["Kharhiv"]
    assert kharhiv.place is not None
    assert kharhiv.place.name == "Kharkiv"
    result = kharhiv.mention.result
    assert result is not None
    assert result.from_context
    assert result.reason.startswith("spelt like Kharkiv (Kharkiv Oblast, Ukraine)")
    # With nothing around it, a look-alike is one of the theatre's towns, as a question for
    # the reviewer ("Rylysk" is Rylsk, Kursk oblast, 15,000 people) ...
    alone = resolve_name(gazetteer, "Kharhiv")
    assert alone.place is not None
    assert alone.place.name == "Kharkiv"
    assert alone.from_context
    rylsk = _placed(gazetteer, "Drones attacked a substation in Rylysk.", dt.date(2025, 10, 1))
    assert rylsk["Rylysk"] is not None
    assert rylsk["Rylysk"].name == "Ryl’sk"
    # ... never a village, which too many words are spelt like ("Yunaivka" is Yunakivka,
    # Sumy oblast, only in a text about Sumy oblast, below).
    assert resolve_name(gazetteer, "Yunaivka").status == "not_found"
    # In the region the text puts it in: "Kurakheve" is Kurakhove, the town (Kurakhivka, a
    # village as close in spelling, is far smaller).
    donetsk = frozenset({("UA", "05")})
    town = resolve_names(gazetteer, [NameEvidence("Kurakheve", within=donetsk)]).results[0]
    assert town.place is not None
    assert town.place.name == "Kurakhove"
    # Look-alikes just as close and as large: no guess, each offered to the reviewer.
    village = resolve_names(gazetteer, [NameEvidence("Adriivka", within=donetsk)]).results[0]
    assert village.status == "ambiguous"
    assert village.place is None
    assert {p.name for p in village.candidates} >= {"Andriyivka"}


def test_a_look_alike_keeps_the_first_letter_and_the_ending_of_the_name(
    gazetteer: Gazetteer,
) -> None:
    zaporizhzhia = ("UA", "26")
    # A village the gazetteer lacks is not its neighbour with another ending...
    assert not [p for p, _ in gazetteer.lookalikes("Novouspenivske", [zaporizhzhia])]
    text = "Russian forces claimed to have captured Novouspenivske in Zaporizhzhia Oblast."
    (claim,) = extract(text, dt.date(2025, 1, 12), gazetteer).candidates
    assert claim.mention.name == "Novouspenivske"
    assert claim.place is None
    # ... nor a village that differs in its first letter ("Synkivka" is no Minkivka).
    donetsk = ("UA", "05")
    assert "Minkivka" not in {p.name for p, _ in gazetteer.lookalikes("Synkivka", [donetsk])}
    # A misspelt village keeps both: "Yunaivka" is Yunakivka of Sumy Oblast, one edit off.
    ((place, edits),) = gazetteer.lookalikes("Yunaivka", [("UA", "21")])
    assert (place.name, edits) == ("Yunakivka", 1)
    # Names of four letters or fewer have too many look-alikes to be read so.
    assert gazetteer.lookalikes("Kyiv", [("UA", "12")]) == ()
    # A region's name is matched among regions, its region word aside.
    (volgograd, _), *_ = gazetteer.lookalikes("Volograd region")
    assert volgograd.name == "Volgograd Oblast"
    assert gazetteer.lookalikes("Sea region") == ()


def test_a_word_after_in_or_near_is_a_place_only_if_one_is_spelt_like_it(
    gazetteer: Gazetteer,
) -> None:
    text = "A drone hit a petroleum products plant in Novoshajtinsk, in the Rostov region."
    (strike,) = extract(text, dt.date(2024, 6, 1), gazetteer).candidates
    assert strike.place is not None
    assert strike.place.name == "Novoshakhtinsk"
    # An unknown word that no place of the article is spelt like is no mention at all (not
    # an unlocated one): the region's event is what the sentence reports.
    other = "A drone hit an office in Qwertzville, in the Rostov region, the governor said."
    (event,) = extract(other, dt.date(2024, 6, 1), gazetteer).candidates
    assert event.mention.name == "Rostov region"
    rejected = extract(other, dt.date(2024, 6, 1), gazetteer).rejected
    assert "Qwertzville" not in {r.name for r in rejected}
    # A name of two words too: "Chasyov Yar", a transliteration of the Russian Chasov Yar;
    # but not a compound before a name the gazetteer has ("in Russian-occupied Berdiansk").
    two = "Russian artillery shelled Ukrainian positions in Chasyov Yar, in the Donetsk region."
    where = _found(gazetteer, two, dt.date(2024, 6, 1))
    assert where["Chasyov Yar"].place is not None
    assert where["Chasyov Yar"].place.name == "Chasiv Yar"
    occupied = "Explosions were heard in Russian-occupied Berdiansk, the mayor said."
    [berdiansk] = extract(occupied, dt.date(2024, 6, 1), gazetteer).candidates
    assert berdiansk.mention.name == "Berdiansk"


def test_a_lone_village_far_from_every_place_the_article_placed_is_not_guessed(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Russian forces launched 19 attacks on the Pokrovsk sector of the front line in"
        ' eastern Ukraine. "The occupying forces are focusing their efforts on the villages of'
        ' Promin and Vyshneve."'
    )
    where = _found(gazetteer, text, dt.date(2024, 11, 3))
    pokrovsk = where["Pokrovsk"].place
    assert pokrovsk is not None
    assert pokrovsk.admin1 == "Donetsk Oblast"
    # The only Promin GeoNames has is a village of Mykolaiv oblast, 367 km away: unlocated,
    # with the reason and the candidate for the reviewer.
    promin = where["Promin"]
    assert promin.place is None
    result = promin.mention.result
    assert result is not None
    assert result.reason.startswith("the only place of that name is Promin (Mykolaiv Oblast")
    assert [p.name for p in result.candidates] == ["Promin"]


def test_a_far_big_city_is_no_rival_for_a_village_where_the_article_is(
    gazetteer: Gazetteer,
) -> None:
    # Oktyabrsky, Bashkortostan (108,000 people), against the village on the border.
    text = (
        "A kamikaze drone attacked a moving car in the Belgorod region, Governor Vyacheslav"
        " Gladkov said. The attack occurred near a border checkpoint in the village of"
        " Oktyabrsky, around 10 kilometers from the border with Ukraine's Kharkiv region."
    )
    where = _placed(gazetteer, text, dt.date(2024, 5, 14))
    place = where["Oktyabrsky"]
    assert place is not None
    assert (place.admin1, place.country) == ("Belgorod Oblast", "RU")
    # Where the article is elsewhere, the big city is not taken for the village either.
    far = "Drones attacked the city of Oktyabrsky in Bashkortostan, the regional head said."
    found = _placed(gazetteer, far, dt.date(2024, 5, 14))
    assert found["Oktyabrsky"] is not None
    assert found["Oktyabrsky"].population > 100_000


def test_a_misspelling_whose_only_namesakes_are_far_is_the_place_spelt_like_it(
    gazetteer: Gazetteer,
) -> None:
    # "Layman" is only one of the other names of Lyman, Mississippi: beside Bakhmut and
    # Avdiivka it is Lyman, Donetsk oblast, said so, with the far one still offered.
    text = (
        "The Ukrainian Defense Forces repelled 41 enemy attacks in the Layman, Bakhmut and"
        " Avdiivka directions, the General Staff said."
    )
    found = _found(gazetteer, text, dt.date(2024, 3, 5))
    layman = found["Layman"]
    assert layman.place is not None
    assert (layman.place.name, layman.place.admin1) == ("Lyman", "Donetsk Oblast")
    result = layman.mention.result
    assert result is not None
    assert result.reason == (
        "spelt like Lyman (Donetsk Oblast, Ukraine); the only place called so, Lyman (region MS,"
        " United States), is far from it"
    )
    assert {p.country for p in result.candidates} == {"UA", "US"}
    # With no region to look in, the far one is offered and nothing is placed.
    alone = "Drones struck an oil depot in Layman overnight, the sheriff said."
    found = _found(gazetteer, alone, dt.date(2024, 3, 5))
    assert found["Layman"].place is None


def test_a_front_named_after_a_town_may_lie_beyond_the_regions_the_text_names(
    gazetteer: Gazetteer,
) -> None:
    # The Novopavlivka direction of the Donetsk front is named after the village of
    # Dnipropetrovsk oblast, 77 km from the article's region; a village of that name in the
    # Donetsk region, which GeoNames lacks, is not put there.
    front = (
        "In the Donetsk region, Ukrainian defenders repelled 12 Russian attacks in the"
        " Novopavlivka direction and 20 in the Pokrovsk direction, the General Staff said."
    )
    found = _placed(gazetteer, front, dt.date(2024, 3, 5))
    place = found["Novopavlivka direction"]
    assert place is not None
    assert place.admin1 == "Dnipropetrovsk Oblast"
    village = (
        "In the Donetsk region, Russian troops shelled the village of Novopavlivka and the"
        " town of Pokrovsk, the governor said."
    )
    found = _placed(gazetteer, village, dt.date(2024, 3, 5))
    assert found["Novopavlivka"] is None


def test_a_village_the_text_puts_in_a_region_after_a_comma_is_looked_for_there(
    gazetteer: Gazetteer,
) -> None:
    # Thirty-one places are called Oktyabrsky; the article is mostly on the Donetsk front,
    # but says which region this one is in.
    text = (
        "The Ukrainian Defense Forces repelled 41 enemy attacks in the Lyman, Bakhmut and"
        " Avdiivka directions, the General Staff said.\nA kamikaze drone attacked a car near a"
        " border checkpoint in the village of Oktyabrsky, in the Belgorod region."
    )
    found = _placed(gazetteer, text, dt.date(2024, 5, 23))
    place = found["Oktyabrsky"]
    assert place is not None
    assert place.admin1 == "Belgorod Oblast"
    # A clause after a front is no region it lies in.
    fronts = (
        "The fighting is particularly fierce in the Pokrovsk and Kurakhove directions, in the"
        " Kursk region for the fifth day Russian attempts to break through the defense go on."
    )
    found = _placed(gazetteer, fronts, dt.date(2024, 8, 10))
    for name in ("Pokrovsk", "Kurakhove directions"):
        place = found[name]
        assert place is not None
        assert place.admin1 == "Donetsk Oblast"


def test_regions_known_by_their_initials(gazetteer: Gazetteer) -> None:
    # "The DPR" is Donetsk oblast: Seversk there is Siversk, not Seversk in Tomsk oblast.
    text = (
        "The Russian Armed Forces are approaching the city of Seversk in the DPR from several"
        " directions, Denis Pushilin said."
    )
    found = _placed(gazetteer, text, dt.date(2025, 9, 14))
    place = found["Seversk"]
    assert place is not None
    assert (place.name, place.admin1) == ("Siversk", "Donetsk Oblast")
    # Initials after the name they stand for are no second place.
    glossed = (
        "Ukrainian troops fired six rockets at Lisichansk in the Lugansk People’s Republic (LPR),"
        " damaging two apartment buildings."
    )
    names = [c.mention.name for c in extract(glossed, dt.date(2023, 5, 22), gazetteer).candidates]
    assert "LPR" not in names
    assert "Lisichansk" in names


def test_a_lone_village_in_a_text_that_says_nowhere_else_where_it_is_is_a_question(
    gazetteer: Gazetteer,
) -> None:
    # GeoNames has one Yurkivka, in Cherkasy oblast; the village of a report with no region
    # may be another (this one was near Zaporizhzhia). Placed, but asked about.
    alone = "After midnight, the enemy attacked the village of Yurkivka. A house was destroyed."
    [strike] = extract(alone, dt.date(2025, 5, 26), gazetteer).candidates
    result = strike.mention.result
    assert result is not None
    assert strike.place is not None
    assert strike.place.admin1 == "Cherkasy Oblast"
    assert result.from_context
    assert "a village" in result.reason
    # Where the text says which region, the one village there is no question.
    there = "Russian drones attacked the village of Yurkivka in Cherkasy Oblast."
    placed = extract(there, dt.date(2025, 5, 26), gazetteer).candidates
    yurkivka = next(c for c in placed if c.mention.name == "Yurkivka")
    assert yurkivka.mention.result is not None
    assert not yurkivka.mention.result.from_context
    # A town is no village: Kupiansk alone is Kupiansk.
    town = resolve_name(gazetteer, "Kupiansk")
    assert town.place is not None
    assert not town.from_context


def test_a_place_in_a_city_region_is_in_the_region_around_it(gazetteer: Gazetteer) -> None:
    # GeoNames files Kacha under the city of Sevastopol, which Crimea surrounds: a text about
    # Crimea is about it too.
    text = (
        "A significant blow has been dealt to Russian military logistics in occupied Crimea,"
        " with an An-26 aircraft destroyed by a Ukrainian drone strike at the Kacha air base."
    )
    found = _placed(gazetteer, text, dt.date(2025, 12, 15))
    kacha = found["Kacha"]
    assert kacha is not None
    assert kacha.admin1 == "Sevastopol"
    # And the other way round: a text about the city of Saint Petersburg is about the
    # Leningrad oblast around it, where the port of Ust-Luga is.
    port = (
        "A fire broke out at Novatek's terminal in the Baltic Sea port of Ust-Luga after two"
        " explosions, the regional governor said. Air defences also shot down drones over"
        " Saint Petersburg, its city authorities said."
    )
    ust_luga = _placed(gazetteer, port, dt.date(2024, 1, 21))["Ust-Luga"]
    assert ust_luga is not None
    assert ust_luga.admin1 == "Leningrad Oblast"


def test_a_town_is_not_the_village_of_its_name_outside_the_regions_of_the_text(
    gazetteer: Gazetteer,
) -> None:
    # GeoNames' Oleksandriia is a town of 80,000 in Kirovohrad oblast; "the village of
    # Oleksandriia" in a report on Sumy oblast is a village it lacks: kept, unlocated, with
    # the reason.
    for text in (
        "Russians shelled Sumy Oblast overnight; the village of Oleksandriia was also hit.",
        "Russians shelled Sumy Oblast overnight; Oleksandriia village was also hit.",
        # (what the text says of one mention holds for the others)
        "Russians advanced in Sumy Oblast near the village of Oleksandriia. A day before, the"
        " area near Oleksandriia was under Ukrainian control.",
    ):
        [village, *_] = [
            c
            for c in extract(text, dt.date(2024, 12, 10), gazetteer).candidates
            if c.mention.name == "Oleksandriia"
        ]
        assert village.place is None, text
        assert village.mention.result is not None
        assert "Sumy Oblast" in village.mention.result.reason
        assert "Oleksandriya" in {p.name for p in village.mention.result.candidates}
    # A village near which a region's ground was taken is where it was taken, not a
    # landmark for the region.
    seized = (
        "Analysts said that the Russians had seized about 2 kilometres of Sumy Oblast near the"
        " village of Oleksandriia, as well as part of Kursk Oblast."
    )
    found = extract(seized, dt.date(2024, 12, 10), gazetteer).candidates
    assert "territorial_claim" in {c.type for c in found if c.mention.name == "Oleksandriia"}
    # In its own region, or called a town, it is the town.
    for text in (
        "Russians shelled Kirovohrad Oblast overnight; the village of Oleksandriia was also hit.",
        "Russians shelled Sumy Oblast overnight; the town of Oleksandriia was also hit.",
    ):
        placed = _placed(gazetteer, text, dt.date(2024, 12, 10))
        town = placed["Oleksandriia"]
        assert town is not None, text
        assert town.admin1 == "Kirovohrad Oblast"


def test_the_village_of_a_name_only_a_town_has_is_asked_about_not_placed(
    gazetteer: Gazetteer,
) -> None:
    # GeoNames' only Pyatykhatky is a town of 18,000 in Dnipropetrovsk oblast; "the village
    # of Pyatykhatky" retaken on the southern front is another, which it lacks.
    village = (
        "Ukrainian forces have recaptured the village of Pyatykhatky from Russian troops on the"
        " southern front, the deputy defence minister said."
    )
    [claim] = extract(village, dt.date(2023, 6, 19), gazetteer).candidates
    assert claim.place is None
    assert claim.mention.result is not None
    assert "calls it a village" in claim.mention.result.reason
    assert [p.name for p in claim.mention.result.candidates] == ["Pyatykhatky"]
    # Called a town, or with nothing said of it, it is the town.
    for text in (
        "Russian missiles struck the town of Pyatykhatky overnight.",
        "Russian missiles struck Pyatykhatky overnight.",
    ):
        assert _placed(gazetteer, text, dt.date(2023, 6, 19))["Pyatykhatky"] is not None, text


def test_a_region_named_as_an_adjective_before_village_of_holds_the_village(
    gazetteer: Gazetteer,
) -> None:
    # "the Luhansk village of Makeyevka" is no Makiyivka of Donetsk oblast, the city of
    # 340,000; GeoNames has no Makiivka in Luhansk oblast, so it stays unlocated.
    text = "Russian forces advanced near the Luhansk village of Makeyevka, the ministry said."
    [claim] = extract(text, dt.date(2025, 5, 30), gazetteer).candidates
    assert claim.mention.name == "Makeyevka"
    assert claim.place is None
    # The region holds the place it names: "the Donetsk village of Ocheretyne" is there.
    there = "Russian forces captured the Donetsk village of Ocheretyne."
    found = _placed(gazetteer, there, dt.date(2024, 5, 5))
    assert found["Ocheretyne"] is not None
    assert found["Ocheretyne"].admin1 == "Donetsk Oblast"


def test_the_theatre_default_yields_to_a_namesake_in_a_region_the_text_names(
    gazetteer: Gazetteer,
) -> None:
    # With no context, "Primorsk" is the theatre's Prymorsk (Zaporizhzhia oblast); a report by
    # the Governor of Leningrad Region means Primorsk on the Baltic, GeoNames' other one.
    text = (
        "A fire broke out on one of the ships in the Primorsk port following a Ukrainian drone"
        " attack, according to Alexander Drozdenko, the Governor of Leningrad Region."
    )
    found = _placed(gazetteer, text, dt.date(2025, 10, 8))
    assert found["Primorsk"] is not None
    assert found["Primorsk"].admin1 == "Leningrad Oblast"
    alone = _placed(gazetteer, "A drone attack hit the port of Primorsk.", dt.date(2025, 10, 8))
    assert alone["Primorsk"] is not None
    assert alone["Primorsk"].admin1 == "Zaporizhzhia Oblast"


def test_a_village_a_stated_distance_from_a_region_lies_within_reach_of_it(
    gazetteer: Gazetteer,
) -> None:
    # The only Voznesenovka GeoNames has is a former name of Shtormovoye, in Crimea, which
    # the article also names; "7 kilometers north of Ukraine's Kharkiv region" puts the
    # village 650 km from there: unlocated, with the reason, not put in Crimea.
    text = (
        "One bus passenger was wounded in a drone strike in the village of Voznesenovka, around"
        " 7 kilometers north of Ukraine's Kharkiv region, Belgorod region Governor Vyacheslav"
        " Gladkov said. The ministry said it downed one drone over annexed Crimea."
    )
    where = _found(gazetteer, text, dt.date(2024, 5, 3))
    village = where["Voznesenovka"]
    assert village.place is None
    assert village.mention.result is not None
    assert "the text puts it near Kharkiv Oblast" in village.mention.result.reason
    assert where["Crimea"].place is not None
    # Within reach of the region, a town is placed: Vovchansk lies by the border.
    near = (
        "A guided bomb hit a school in the town of Vovchansk, about 5 km south of Russia's"
        " Belgorod region, the governor said."
    )
    found = extract(near, dt.date(2024, 5, 3), gazetteer).candidates
    [town] = [c for c in found if c.mention.name == "Vovchansk"]
    assert town.place is not None
    assert town.place.admin1 == "Kharkiv Oblast"


def test_a_list_of_villages_lies_in_the_one_region_that_has_them_all(
    gazetteer: Gazetteer,
) -> None:
    # Huliaipole, Malynivka and Zaliznychne are all villages of Zaporizhzhia oblast; the
    # larger Malynivka of Kharkiv oblast, 250 km off, is a namesake.
    text = (
        "Over the past day, the enemy launched 7 airstrikes on Huliaipole, Malynivka and"
        " Zaliznychne."
    )
    where = _found(gazetteer, text, dt.date(2024, 5, 3))
    for name in ("Huliaipole", "Malynivka", "Zaliznychne"):
        place = where[name].place
        assert place is not None, name
        assert place.admin1 == "Zaporizhzhia Oblast", name
    # A list of places of several regions is left to each name: cities stay the cities.
    cities = "Russian missiles hit Kharkiv, Odesa and Lviv overnight."
    where = _found(gazetteer, cities, dt.date(2024, 5, 3))
    assert {n: c.place.admin1 for n, c in where.items() if c.place} == {
        "Kharkiv": "Kharkiv Oblast",
        "Odesa": "Odesa Oblast",
        "Lviv": "Lviv Oblast",
    }


def test_a_country_beside_the_theatre_is_an_event_place_drawn_at_its_capital(
    gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "Several hundred Russian soldiers have arrived in Belarus for joint military"
        " exercises, the border guard service said."
    )
    result = extract(text, dt.date(2025, 8, 10), gazetteer)
    [belarus] = result.candidates
    assert belarus.type == "deployment"
    assert belarus.place is not None
    assert belarus.place.kind == "country"
    minsk = next(p for p in gazetteer.candidates("Minsk") if p.capital)
    assert (belarus.place.lat, belarus.place.lon) == (minsk.lat, minsk.lon)
    [feature] = result.features({"title": "t", "published": "2025-08-10"})
    assert feature["properties"]["geo_precision"] == 3
    assert feature["properties"]["located_at"] == "Belarus: the whole country, drawn at Minsk"
    # A country of the theatre itself says nothing of where: no marker at Kyiv.
    attack = "Russia launched a massive drone attack on Ukraine."
    assert _found(gazetteer, attack, dt.date(2025, 8, 10)) == {}
    # Neighbours are part of the theatre setting: a theatre given as a list has none.
    monkeypatch.setenv("MAPAPP_THEATRE", "UA,RU-41")
    assert extract(text, dt.date(2025, 8, 10), gazetteer).candidates == ()


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine continues to mine and fortify the entire border with Belarus.",
        "The region, which borders both Ukraine and Belarus, has seen sabotage attacks.",
        "The attacks led officials to suspend the ferry service between Romania and Moldova.",
        "The attacks included missiles fired from Tu-22 bombers flying over Belarus.",
        "Chief of General Staff of Belarus Pavel Muraveyko claimed a deployment of forces.",
        # Its government, as "Kyiv said" is.
        "Belarus said a big grouping of Ukrainian troops was massed close to its border.",
        "Belarus has decided to reinforce its grouping of troops on the border.",
    ],
)
def test_a_country_as_a_border_a_landmark_an_origin_or_an_office_is_no_event_place(
    gazetteer: Gazetteer, text: str
) -> None:
    assert [c.mention.name for c in extract(text, dt.date(2025, 8, 10), gazetteer).candidates] == []


def test_the_place_in_a_country_keeps_the_event(gazetteer: Gazetteer) -> None:
    # The country only says where the camp's town is; the town is the event's place.
    text = (
        "A former camp in Osipovichi, revived into a defence base in Belarus, now houses"
        " Wagner mercenaries as they arrived in the country from Russia."
    )
    assert list(_found(gazetteer, text, dt.date(2025, 8, 10))) == ["Osipovichi"]
    # "based in Belarus near Gomel airport": Gomel is no landmark of the country.
    text = "The Wagner group is mainly based in Belarus near Gomel airport."
    assert "Gomel" in _found(gazetteer, text, dt.date(2025, 8, 10))


def test_a_list_parted_by_semicolons_and_district_possessives_is_one_list(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Enemy artillery strikes affected over 20 settlements in the Kharkiv region, such as"
        " the Kharkiv district's Kozacha Lopan and Lukiantsi; the Kupiansk district's"
        " Dvorichna, Petropavlivka, Kupiansk; and others."
    )
    where = _found(gazetteer, text, dt.date(2023, 12, 1))
    assert {n: c.type for n, c in where.items()} == dict.fromkeys(
        ["Kozacha Lopan", "Lukiantsi", "Dvorichna", "Petropavlivka", "Kupiansk"], "strike"
    )


def test_an_airport_named_after_a_person_is_the_city_s_not_a_town_of_that_name(
    gazetteer: Gazetteer,
) -> None:
    # Gagarin is also a town of Smolensk oblast, 700 km from Saratov.
    text = "Saratov’s Gagarin International Airport halted flights as drones attacked the city."
    assert list(_found(gazetteer, text, dt.date(2025, 3, 25))) == ["Saratov"]


def test_troops_massed_near_a_place_are_deployed_there(gazetteer: Gazetteer) -> None:
    text = "Russian troops massed near Kupiansk, the General Staff said."
    where = _found(gazetteer, text, dt.date(2024, 9, 1))
    assert {n: c.type for n, c in where.items()} == {"Kupiansk": "deployment"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia stores nuclear weapons in Belarus and has deployed Oreshnik missiles there.",
        "Lukashenko added that Belarus received Russian missiles and bombs.",
        "There are currently no enemy strike forces in Belarus, the Ukrainian command said.",
        "Lukashenko said tactical nuclear bombs were stored in Belarus.",
    ],
)
def test_weapons_kept_somewhere_are_deployed_there_not_fired(
    gazetteer: Gazetteer, text: str
) -> None:
    where = _found(gazetteer, text, dt.date(2025, 1, 10))
    assert {n: c.type for n, c in where.items()} == {"Belarus": "deployment"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russia deployed 40 drones against Kharkiv overnight.", "Kharkiv"),
        ("Missiles delivered by Iran struck Odesa on Monday.", "Odesa"),
        ("A woman received shrapnel wounds when a drone struck a car in Shebekino.", "Shebekino"),
        ("Explosions were heard over Engels, where heavy missile bombers are based.", "Engels"),
    ],
)
def test_weapons_launched_delivering_or_carrying_are_still_strikes(
    gazetteer: Gazetteer, text: str, place: str
) -> None:
    where = _found(gazetteer, text, dt.date(2025, 1, 10))
    assert {n: c.type for n, c in where.items()} == {place: "strike"}


def test_drones_violating_airspace_are_no_strike(gazetteer: Gazetteer) -> None:
    text = (
        "In response to Ukrainian drones allegedly violating Belarusian airspace, Belarus has"
        " decided to reinforce its military grouping on the Gomel and Mozyr tactical fronts."
    )
    where = _found(gazetteer, text, dt.date(2024, 8, 25))
    assert {n: c.type for n, c in where.items()} == {
        "Gomel": "deployment",
        "Mozyr tactical fronts": "deployment",
    }


def test_a_community_named_like_a_far_town_is_no_anchor_for_the_other_names(
    gazetteer: Gazetteer,
) -> None:
    # "Bilozerska" may be Bilozerske's (Donetsk oblast) or Bilozerka's (Kherson oblast): not
    # evidence enough to pull Mykolayivka to Donetsk oblast, 400 km from the text's places.
    text = (
        "The Russians shelled the region all night, including Kherson. A private house was hit"
        " in Kizomys. Olhivka was also under fire. A man was killed in Mykolayivka. One person was"
        " killed yesterday by a Russian strike on the Bilozerska community."
    )
    placed = _placed(gazetteer, text, dt.date(2023, 9, 18))
    assert placed["Mykolayivka"] is None
    community = placed["Bilozerska community"]
    assert community is not None
    assert community.name == "Bilozerka"
    assert community.admin1 == "Kherson Oblast"


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces have been trying to take Pokrovsk for nearly a year, without success.",
        "Russian forces have been trying to storm Pokrovsk for nearly a year.",
        "The Russians suffered numerous losses as a result of prolonged fighting, but did not"
        " stop trying to capture Pokrovsk.",
    ],
)
def test_trying_to_take_or_storm_a_town_is_fighting_there(gazetteer: Gazetteer, text: str) -> None:
    events = extract(text, dt.date(2025, 6, 10), gazetteer).candidates
    assert [(c.mention.name, c.type) for c in events] == [("Pokrovsk", "deployment")]


def test_every_place_a_launch_came_from_is_no_target(gazetteer: Gazetteer) -> None:
    text = (
        "Russia launched drones and cruise missiles from Russian territory as well as occupied"
        " Crimea, focusing mainly on the Lviv region."
    )
    assert list(_found(gazetteer, text, dt.date(2025, 11, 19))) == ["Lviv region"]
    # (not where they flew: "19 drones from the 20-21st September over the Black Sea and the
    # Crimean peninsula")
    text = "Ukraine fired 19 drones from the 20-21st September over the Black Sea and Crimea."
    assert list(_found(gazetteer, text, dt.date(2023, 9, 22))) == ["Crimea"]


def test_a_district_a_sentence_opens_with_locates_its_towns(gazetteer: Gazetteer) -> None:
    text = "In the Pokrovsky district, Russian invaders damaged 3 houses in Hirnyk."
    assert list(_found(gazetteer, text, dt.date(2024, 8, 20))) == ["Hirnyk"]
    # A district with no town of its own in the sentence is the place.
    text = "In the Nikopol district, the Russians shelled the district centre with artillery."
    assert list(_found(gazetteer, text, dt.date(2024, 8, 20))) == ["Nikopol district"]


def test_most_of_a_long_list_in_the_region_the_text_names_holds_the_rest(
    gazetteer: Gazetteer,
) -> None:
    # Six of the ten have a place in Zaporizhzhia oblast: Kamianske is the village there, not
    # the city of Dnipropetrovsk oblast, and Piatykhatky (GeoNames has only the town of
    # Dnipropetrovsk oblast) is one the gazetteer lacks.
    text = (
        "Russian forces launched 54 strikes on 20 settlements in Zaporizhzhia region. Artillery"
        " targeted Huliaipole, Orikhiv, Zaliznychne, Malynivka, Bilohirya, Robotyne,"
        " Stepnohirsk, Kamianske, Stepove, Piatykhatky and other villages."
    )
    placed = _placed(gazetteer, text, dt.date(2023, 9, 16))
    kamianske = placed["Kamianske"]
    assert kamianske is not None
    assert kamianske.admin1 == "Zaporizhzhia Oblast"
    assert placed["Piatykhatky"] is None
    # Without a region of the text to agree with, the village beside Stepnohirsk is still
    # meant, not the city 80 km and more from every place of the list.
    text = text.split(". ", 1)[1]
    kamianske = _placed(gazetteer, text, dt.date(2023, 9, 16))["Kamianske"]
    assert kamianske is not None
    assert kamianske.admin1 == "Zaporizhzhia Oblast"


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # A road's first end, and where a supply route starts.
        (
            "Russian troops established fire control over the Yunakivka–Sudzha road, a key"
            " supply route from Sumy, and entered Sudzha.",
            ["Sudzha"],
        ),
        # Where troops were redeployed from; not where they withdrew from.
        (
            "Ukraine has already redeployed forces from Kherson to the Zaporizhzhia region.",
            ["Zaporizhzhia region"],
        ),
        ("Ukrainian forces withdrew from Siversk, the General Staff said.", ["Siversk"]),
        # A warning.
        (
            "A drone danger regime is in effect across the region, the governor warned, noting"
            " that areas including Novovoronezh, Liskino and Buturlinovsk districts are"
            " particularly at risk.",
            [],
        ),
        # What a place is part of.
        (
            "The Russians stormed Marinka, essentially a suburb of Donetsk, for two years.",
            ["Marinka"],
        ),
    ],
)
def test_ends_of_roads_origins_warnings_and_wholes_are_no_event_places(
    gazetteer: Gazetteer, text: str, places: list[str]
) -> None:
    assert list(_found(gazetteer, text, dt.date(2025, 3, 12))) == places


def test_places_that_have_become_battlegrounds_are_fought_over(gazetteer: Gazetteer) -> None:
    text = "Border towns in the Kursk and Belgorod regions have become battlegrounds."
    where = _found(gazetteer, text, dt.date(2024, 3, 13))
    assert {n: c.type for n, c in where.items()} == {
        "Kursk region": "deployment",
        "Belgorod region": "deployment",
    }
    # ... but not the skies of a region where drones are shot down.
    text = "The Kaluga region has become a battleground as drones were shot down there."
    where = _found(gazetteer, text, dt.date(2024, 3, 13))
    assert {n: c.type for n, c in where.items()} == {"Kaluga region": "strike"}


def test_a_part_of_a_region_taken_is_the_region(gazetteer: Gazetteer) -> None:
    # (what a town is "a suburb of" is no event place; a part of a region taken is the region)
    text = "Russian troops captured a large part of the Kharkiv region."
    where = _found(gazetteer, text, dt.date(2024, 5, 20))
    assert {n: c.type for n, c in where.items()} == {"Kharkiv region": "territorial_claim"}


@pytest.mark.parametrize(
    ("name", "place"), [("Krasnoarmeysk", "Pokrovsk"), ("Artemovsk", "Bakhmut")]
)
def test_a_theatre_town_twice_the_size_of_its_namesakes_is_what_its_name_means(
    gazetteer: Gazetteer, name: str, place: str
) -> None:
    # Pokrovsk (60,000, so called until 2016) against the towns of Saratov and Moscow oblasts
    # (26,000 each), in a report on Kupyansk, 130 km away.
    text = f"Russian forces swept into Kupyansk and made deep inroads into {name}."
    found = _placed(gazetteer, text, dt.date(2025, 11, 20))[name]
    assert found is not None
    assert found.name == place
    # Dzerzhinsk, a Russian city of 233,000, is larger than Toretsk: a question, as before.
    text = "Russian troops entered Dzerzhinsk."
    assert _placed(gazetteer, text, dt.date(2024, 7, 10))["Dzerzhinsk"] is None


def test_a_far_larger_namesake_far_from_the_theatre_does_not_count(gazetteer: Gazetteer) -> None:
    # Seversk, Tomsk oblast (110,000), lies 3,300 km from Siversk (11,000), which Russian
    # reports call Seversk; Dzerzhinsk, 950 km from Toretsk, still counts (above).
    text = "The Russian Defence Ministry said its troops had taken full control of Seversk."
    found = _placed(gazetteer, text, dt.date(2025, 12, 11))["Seversk"]
    assert found is not None
    assert found.name == "Siversk"
    assert found.admin1 == "Donetsk Oblast"


def test_cities_whose_airports_were_closed_are_no_event_places(gazetteer: Gazetteer) -> None:
    text = (
        "Drones attacked the Kstovo refinery overnight. Rosaviatsia shut down airspace during"
        " the Kstovo attack and ordered a local airport closure, the closures in six other"
        " cities: Volgograd, Tambov, Penza, Saratov, Samara, and Belgorod."
    )
    assert list(_found(gazetteer, text, dt.date(2025, 11, 4))) == ["Kstovo"]


def test_a_stated_distance_is_read_with_room_for_the_road(gazetteer: Gazetteer) -> None:
    # GeoNames' Komyshuvakha lies 34 km from Zaporizhzhia's centre; the text says 15 km.
    text = (
        "The shelling started from the village of Komyshuvakha, which is 15 km from"
        " Zaporizhzhia. Russia conducted at least 8 air strikes on Komyshuvakha."
    )
    place = _placed(gazetteer, text, dt.date(2024, 9, 24))["Komyshuvakha"]
    assert place is not None
    assert place.admin1 == "Zaporizhzhia Oblast"


@pytest.mark.parametrize(
    ("text", "place", "kind"),
    [
        (
            "Russian forces are approaching Vuhledar from three directions.",
            "Vuhledar",
            "deployment",
        ),
        (
            "A very difficult situation is developing in Bakhmut, Zelensky said.",
            "Bakhmut",
            "deployment",
        ),
        ("Shaheds approaching Chernihiv were shot down overnight.", "Chernihiv", "strike"),
        (
            "The aggressor hit Nikopol with rockets. The windows of four high-rise buildings"
            " were smashed in Dnipro.",
            "Dnipro",
            "strike",
        ),
    ],
)
def test_approaches_difficult_situations_and_smashed_windows(
    gazetteer: Gazetteer, text: str, place: str, kind: str
) -> None:
    found = extract(text, dt.date(2025, 4, 20), gazetteer).candidates
    assert [c.type for c in found if c.mention.name == place] == [kind]


def test_a_village_known_by_a_name_only_as_another_of_its_names_is_no_evidence(
    gazetteer: Gazetteer,
) -> None:
    # "Skelia" is listed for Rodnykove near Sevastopol: not a clue that a report is about
    # Sevastopol.
    _, sure = compute_focus(gazetteer, [NameEvidence("Skelia")], (), THEATRE)
    assert sure == {}
    # ... and a unit "better known as" it is a unit.
    text = (
        "Ukraine's 425th Assault Regiment, better known as Skelia, reported to have cleared two"
        " villages around Pokrovsk of Russian forces."
    )
    assert list(_found(gazetteer, text, dt.date(2025, 9, 5))) == ["Pokrovsk"]


def test_a_place_comma_its_oblast_named_as_its_capital_is_in_that_oblast(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The Defense Forces are forced to retreat from positions in Kamyanske, Zaporizhzhia."
        " Fierce battles continue for this settlement."
    )
    placed = _placed(gazetteer, text, dt.date(2025, 7, 20))
    assert list(placed) == ["Kamyanske"]
    kamianske = placed["Kamyanske"]
    assert kamianske is not None
    assert kamianske.admin1 == "Zaporizhzhia Oblast"


def test_troops_that_took_charge_of_a_town_claim_it(gazetteer: Gazetteer) -> None:
    text = "Russian troops on Wednesday took charge of the eastern Ukrainian town of Vuhledar."
    where = _found(gazetteer, text, dt.date(2024, 10, 2))
    assert {n: c.type for n, c in where.items()} == {"Vuhledar": "territorial_claim"}


def test_occupied_after_a_verb_of_attack_describes_the_place(gazetteer: Gazetteer) -> None:
    text = "Explosions rocked occupied Crimea, with reports from Sevastopol, Yevpatoria and Saky."
    events = extract(text, dt.date(2024, 6, 23), gazetteer).candidates
    assert {c.type for c in events} == {"strike"}
    assert {c.mention.name for c in events} == {"Sevastopol", "Yevpatoria", "Saky"}


def test_efforts_in_a_direction_are_fighting_there(gazetteer: Gazetteer) -> None:
    text = "The occupiers are increasing their efforts in the Pokrovsk direction, Syrsky said."
    where = _found(gazetteer, text, dt.date(2024, 8, 27))
    assert {n: c.type for n, c in where.items()} == {"Pokrovsk direction": "deployment"}


def test_a_name_dozens_of_villages_share_is_asked_about_far_from_the_text_s_places(
    gazetteer: Gazetteer,
) -> None:
    # Fifteen places are called Mykolaivka; the largest in Donetsk oblast, a town by
    # Sloviansk, is 60 km from Pokrovsk: the village taken on that front is not it.
    text = (
        "The news from the Pokrovsk direction is very discouraging. There was an intense fight"
        " there last evening. Mykolaivka was completely occupied as of yesterday evening."
    )
    mykolaivka = _found(gazetteer, text, dt.date(2024, 8, 17))["Mykolaivka"]
    assert mykolaivka.type == "territorial_claim"
    assert mykolaivka.place is None
    assert mykolaivka.mention.result is not None
    reason = mykolaivka.mention.result.reason
    assert reason.startswith("15 places share that name; the likeliest, Mykolaivka (Donetsk")
    assert "km from the other places this text names" in reason
    assert any(p.admin1_code == "05" for p in mykolaivka.mention.result.candidates)


def test_of_a_name_dozens_of_villages_share_the_one_by_the_text_s_places_is_meant(
    gazetteer: Gazetteer,
) -> None:
    # Pokrovske of 9,868 people (Synelnykove district) is 160 km away; the village of
    # Pokrovske 18 km from Nikopol runs the community named after it.
    text = (
        "Meanwhile, the Nikopol district came under attacks from both drones and artillery."
        " The city of Nikopol and the Pokrovske community were targeted, resulting in damage"
        " to two apartment buildings."
    )
    place = _placed(gazetteer, text, dt.date(2025, 8, 20))["Pokrovske community"]
    assert place is not None
    assert place.id == "geonames:696721"


def test_with_no_name_beyond_doubt_the_first_round_s_answers_make_the_focus(
    gazetteer: Gazetteer,
) -> None:
    # No name is sure (Pokrovsk has namesakes, so has Udachne: Udachnoye in Crimea), so the
    # focus was Ukraine with no point to measure from, and the one Udachne by Pokrovsk was
    # "inf km" from it. The first round puts Pokrovsk in Donetsk oblast: that is the focus.
    text = (
        "In the first days of September, Ukraine's 425th Assault Regiment, better known as"
        " Skelia, reported to have cleared two villages around Pokrovsk of Russian forces:"
        " Novoekonomichne and Udachne."
    )
    udachne = _found(gazetteer, text, dt.date(2025, 9, 8))["Udachne"]
    assert udachne.type == "territorial_claim"
    assert udachne.place is not None
    assert (udachne.place.admin1_code, udachne.place.id) == ("05", "geonames:690841")


def test_a_front_named_after_a_front_line_town_spelt_the_russian_way_is_that_town(
    gazetteer: Gazetteer,
) -> None:
    # "Gulyaypole" is no name GeoNames lists for Huliaipole, only one like it; a direction is
    # named after a town where the fighting is, and the village on it is by it.
    text = (
        "Rogov claimed that Malinovka, located on the Gulyaypole direction, is now under control."
    )
    found = _found(gazetteer, text, dt.date(2024, 12, 20))
    front = found["Gulyaypole direction"].place
    assert front is not None
    assert (front.name, front.admin1_code) == ("Hulyaypole", "26")
    malinovka = found["Malinovka"].place
    assert malinovka is not None
    assert malinovka.admin1_code == "26"  # Zaporizhzhia oblast, not the Malynivka of Kharkiv


def test_a_village_the_codifier_lists_several_of_in_its_oblast_is_asked_about(
    gazetteer: Gazetteer,
) -> None:
    # GeoNames has one Zaporizke in Dnipropetrovsk oblast, by Apostolove; the codifier lists
    # six, and the one Russia claimed in August 2025 is on the front, 200 km east of it.
    text = (
        "Russian forces occupied the villages of Zaporizke and Novoheorhiivka in"
        " Dnipropetrovsk Oblast, DeepState monitoring group reported on Aug. 26."
    )
    zaporizke = _found(gazetteer, text, dt.date(2025, 8, 26))["Zaporizke"]
    assert zaporizke.type == "territorial_claim"
    assert zaporizke.place is None
    result = zaporizke.mention.result
    assert result is not None
    assert result.status == "ambiguous"
    assert result.reason.startswith(
        "the official codifier lists 6 places of that name in Dnipropetrovsk Oblast, in the"
        " Kryvorizkyi, Nikopolskyi and Synelnykivskyi raions; the gazetteer has only Zaporizke"
    )
    assert "geonames:687697" in [p.id for p in result.candidates]  # offered to the reviewer
    # A village the gazetteer lacks: the codifier says where to look for it.
    novoheorhiivka = _found(gazetteer, text, dt.date(2025, 8, 26))["Novoheorhiivka"]
    assert novoheorhiivka.place is None
    assert novoheorhiivka.mention.result is not None
    assert novoheorhiivka.mention.result.reason == (
        "the text puts it in Dnipropetrovsk Oblast, where the gazetteer locates no place of"
        " that name; the official codifier lists one there, in the Velykomykhailivska hromada"
        " (Synelnykivskyi raion)"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Russian shelling hit Zaporizke near Apostolove on Monday.",
        "Russian drones hit Apostolove and Zaporizke on Monday.",
    ],
)
def test_of_villages_the_codifier_lists_the_one_by_the_text_s_places_is_meant(
    gazetteer: Gazetteer, text: str
) -> None:
    place = _placed(gazetteer, text, dt.date(2025, 8, 26))["Zaporizke"]
    assert place is not None
    assert place.id == "geonames:687697"


def test_a_village_the_codifier_lists_one_more_of_is_still_placed(gazetteer: Gazetteer) -> None:
    # The codifier lists two villages called Verbove in Zaporizhzhia oblast, GeoNames one:
    # the other is most often a hamlet smaller than the one GeoNames lists.
    text = "Ukrainian troops broke through Russian lines near Verbove, officials said."
    place = _placed(gazetteer, text, dt.date(2023, 9, 21))["Verbove"]
    assert place is not None
    assert (place.name, place.admin1_code) == ("Verbove", "26")


def test_a_city_far_from_the_text_s_places_yields_to_a_namesake_beside_them(
    gazetteer: Gazetteer,
) -> None:
    # The city of Kamianske (Dnipropetrovsk oblast, 226,000 people) is 80 km and more from
    # Stepnohirsk and Zaporizhzhia; the village of Kamianske is 6 km from Stepnohirsk.
    text = (
        "Throughout the summer, the enemy has been trying to dislodge us from both Kamyanske"
        " and Plavni. Voloshyn also added that Kamyanske has been completely destroyed by the"
        " enemy. From Kamyanske and Plavni one can develop an offensive on the next settlement,"
        " which is Stepnohirsk. And this is already reaching the outskirts of Zaporizhzhia."
    )
    kamyanske = _found(gazetteer, text, dt.date(2025, 9, 18))["Kamyanske"]
    assert kamyanske.place is not None
    assert (kamyanske.place.admin1_code, kamyanske.place.population < 10_000) == ("26", True)
    assert kamyanske.mention.result is not None
    assert kamyanske.mention.result.reason.startswith(
        "the one of that name beside the other places this text names; Kamyanske"
        " (Dnipropetrovsk Oblast, Ukraine), far larger, is"
    )
    # With no place of the text beside a namesake, the city is what the name means.
    alone = "Russian missiles hit Kamyanske overnight, the regional governor said."
    place = _placed(gazetteer, alone, dt.date(2025, 9, 18))["Kamyanske"]
    assert place is not None
    assert place.population > 100_000


def test_a_village_beside_a_place_the_text_has_placed_is_no_namesake_it_lacks(
    gazetteer: Gazetteer,
) -> None:
    # Sontsivka lies 12 km from Vozdvyzhenka (both Pokrovsk raion) though the namesakes of
    # "Zelenyy" and "Yantarnyy" draw the text's focus to other oblasts.
    text = (
        "Additionally, according to DeepState, Russian forces have made advances in the"
        " settlements of Zelenyy, Vozdvyzhenka, and Novovasilyevka, as well as near Yantarnyy"
        " and Solntsevka.\nUkrainian military reports claim that Russian casualties on the"
        " Pokrovsk front exceeded 300 soldiers killed and wounded on January 3."
    )
    found = _placed(gazetteer, text, dt.date(2025, 1, 4))["Solntsevka"]
    assert found is not None
    assert found.admin1 == "Donetsk Oblast"
