"""Review edits turn candidates into the events a reviewer means."""

from __future__ import annotations

import datetime as dt

import pytest

from mapapp.core.model import Unlocated, parse_feature
from mapapp.extract.pipeline import extract
from mapapp.extract.review import ReviewRow, apply_review, review_rows
from mapapp.geo.gazetteer import Gazetteer
from mapapp.geo.locate import locate

TEXT = (
    "Russia’s Defense Ministry claimed the capture of Trudove. Russian missiles struck"
    " Lviv on Monday."
)
SOURCE = {"title": "A report", "published": "2022-10-12"}


@pytest.fixture
def rows(gazetteer: Gazetteer) -> dict[str, ReviewRow]:
    extraction = extract(TEXT, dt.date(2022, 10, 12), gazetteer)
    return {r.properties["place"]: r for r in review_rows(extraction, SOURCE, gazetteer)}


def test_rows_carry_the_candidates_and_their_choices(rows: dict[str, ReviewRow]) -> None:
    assert rows["Lviv"].place is not None
    assert rows["Trudove"].place is None  # no context: ambiguous
    assert len(rows["Trudove"].choices) >= 4


def test_unedited_rows_are_the_candidates(gazetteer: Gazetteer, rows: dict[str, ReviewRow]) -> None:
    feature, _ = apply_review(rows["Lviv"], text=TEXT, gazetteer=gazetteer)
    assert feature == rows["Lviv"].feature
    parse_feature(feature)


def test_type_date_and_attribution_edits(gazetteer: Gazetteer, rows: dict[str, ReviewRow]) -> None:
    feature, _ = apply_review(
        rows["Lviv"],
        text=TEXT,
        gazetteer=gazetteer,
        event_type="deployment",
        date=dt.date(2022, 10, 1),
        time_precision=3,
        claimed_by="  Lviv regional administration ",
    )
    props = parse_feature(feature)
    assert (props.type, props.date, props.time_precision) == ("deployment", dt.date(2022, 10, 1), 3)
    assert props.claimed_by == "Lviv regional administration"
    assert props.title == "Deployment: Lviv"
    assert props.id.endswith("-lviv-deployment-" + props.id.rsplit("-", 1)[1])


def test_picking_a_homonym_locates_the_event(
    gazetteer: Gazetteer, rows: dict[str, ReviewRow]
) -> None:
    row = rows["Trudove"]
    odesa = next(p for p in row.choices if p.admin1 == "Odesa Oblast")
    feature, _ = apply_review(row, text=TEXT, gazetteer=gazetteer, choice=odesa)
    assert feature["geometry"]["coordinates"] == [odesa.lon, odesa.lat]
    assert feature["properties"]["geocoded"]["id"] == odesa.id
    assert "candidates" not in feature["properties"]
    assert parse_feature(feature).geo_precision == 1


def test_renaming_the_place_looks_it_up_again(
    gazetteer: Gazetteer, rows: dict[str, ReviewRow]
) -> None:
    feature, choices = apply_review(
        rows["Trudove"], text=TEXT, gazetteer=gazetteer, place_name="Kurakhove"
    )
    assert feature["properties"]["place"] == "Kurakhove"
    assert feature["properties"]["geocoded"]["name"] == "Kurakhove"
    assert [c.name for c in choices] == ["Kurakhove"]
    # A name no gazetteer entry has leaves the event unlocated, with no candidates.
    feature, choices = apply_review(
        rows["Lviv"], text=TEXT, gazetteer=gazetteer, place_name="Nowhereville"
    )
    assert feature["geometry"] is None
    assert feature["properties"]["candidates"] == []
    assert choices == ()


def test_unknown_values_are_refused(gazetteer: Gazetteer, rows: dict[str, ReviewRow]) -> None:
    with pytest.raises(ValueError, match="unknown event type 'bombing'; expected one of strike"):
        apply_review(rows["Lviv"], text=TEXT, gazetteer=gazetteer, event_type="bombing")
    with pytest.raises(ValueError, match="unknown time precision 7"):
        apply_review(rows["Lviv"], text=TEXT, gazetteer=gazetteer, time_precision=7)


def test_near_and_region_level_events_say_what_their_point_stands_for(
    gazetteer: Gazetteer,
) -> None:
    text = "Shelling hit the outskirts of Kharkiv. Drones were downed over the Belgorod region."
    extraction = extract(text, dt.date(2022, 10, 12), gazetteer)
    found = {r.properties["place"]: r for r in review_rows(extraction, SOURCE, gazetteer)}
    assert found["Kharkiv"].properties["located_at"] == "near Kharkiv: drawn at the settlement"
    assert "region only" in found["Belgorod region"].properties["located_at"]
    # Picking a settlement for a region-level row changes what the point stands for.
    kharkiv = gazetteer.candidates("Kharkiv")[0]
    feature, _ = apply_review(
        found["Belgorod region"], text=text, gazetteer=gazetteer, choice=kharkiv
    )
    assert "located_at" not in feature["properties"]


def test_a_district_row_says_it_is_drawn_at_its_town(gazetteer: Gazetteer) -> None:
    text = "Russian drones attacked the Boryspil district of Kyiv region overnight."
    extraction = extract(text, dt.date(2025, 9, 1), gazetteer)
    [row] = review_rows(extraction, SOURCE, gazetteer)
    assert row.properties["place"] == "Boryspil district"
    assert row.properties["geo_precision"] == 2
    assert row.doubt == "a district, drawn at Boryspil, the town it is run from"
    # Saved as it is, the event keeps what the marker stands for.
    feature, _ = apply_review(row, text=text, gazetteer=gazetteer)
    assert feature["properties"]["located_at"].startswith("Boryspil district: a district")


def test_a_community_drawn_at_a_town_of_a_name_like_it_says_so(gazetteer: Gazetteer) -> None:
    text = "In Sumy region, the Khotynska community was shelled overnight."
    extraction = extract(text, dt.date(2024, 5, 28), gazetteer)
    rows = {r.properties["place"]: r for r in review_rows(extraction, SOURCE, gazetteer)}
    row = rows["Khotynska community"]
    assert row.place is not None
    assert row.place.name == "Khotin"
    assert row.doubt == "named after Khotin, the town of Sumy Oblast with a name like it"


def test_a_namesake_taken_for_the_district_its_sentence_opens_with_says_so(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "On Sunday, Russian invaders attacked the Synelnykove and Nikopol districts of the"
        " Dnipropetrovsk region. In the Nikopol district, the district centre, Marhanets,"
        " Myrove, Chervonohryhorivka and Pokrovske communities came under hostile fire."
    )
    extraction = extract(text, dt.date(2025, 10, 12), gazetteer)
    rows = {r.properties["place"]: r for r in review_rows(extraction, SOURCE, gazetteer)}
    row = rows["Pokrovske communities"]
    assert row.place is not None
    assert row.doubt == "in the Nikopol district, run from Nikopol (Dnipropetrovsk Oblast, UA)"


def test_the_one_place_of_a_name_settled_only_by_context_is_asked_about(
    gazetteer: Gazetteer,
) -> None:
    # A lone village in a text that says nowhere else where it is, and a misspelling read as
    # the one town of the theatre spelt like it: placed, checked, and asked about, so that
    # saving without an answer leaves the event unlocated, never at the guess.
    for text, name, doubt in (
        (
            "After midnight, the enemy attacked the village of Yurkivka.",
            "Yurkivka",
            "the only place of that name the gazetteer has, a village",
        ),
        ("Drones attacked a substation in Rylysk overnight.", "Rylysk", "spelt like Ryl’sk"),
    ):
        extraction = extract(text, dt.date(2025, 5, 26), gazetteer)
        [row] = [
            r for r in review_rows(extraction, SOURCE, gazetteer) if r.properties["place"] == name
        ]
        assert row.place is not None, text
        assert row.ask, text
        assert row.doubt.startswith(doubt), row.doubt
        assert len(row.choices) == 1
    # A town the text names plainly is no question.
    plain = "Russian missiles struck Kupiansk overnight."
    [town] = review_rows(extract(plain, dt.date(2025, 5, 26), gazetteer), SOURCE, gazetteer)
    assert not town.ask
    assert town.doubt == ""


def test_a_citys_district_is_said_to_be_drawn_at_geonames_point(gazetteer: Gazetteer) -> None:
    text = "Drone debris fell in Kyiv's Darnytskyi district overnight."
    extraction = extract(text, dt.date(2025, 1, 10), gazetteer)
    rows = review_rows(extraction, SOURCE, gazetteer)
    [row] = [r for r in rows if r.properties["place"] == "Darnytskyi district"]
    assert row.doubt == "a district of Kyiv, drawn at Darnytsya, GeoNames' point for it"
    feature, _ = apply_review(row, text=text, gazetteer=gazetteer)
    assert feature["properties"]["located_at"] == (
        "Darnytskyi district: a district of Kyiv, drawn at Darnytsya, GeoNames' point for it"
    )


def test_a_district_several_cities_have_says_why_it_is_asked(gazetteer: Gazetteer) -> None:
    text = "A fire broke out in a private yard in Dniprovskyi district after an enemy attack."
    [row] = review_rows(extract(text, dt.date(2024, 9, 20), gazetteer), SOURCE, gazetteer)
    assert row.ask
    assert "several cities have a district of that name" in row.doubt


def test_a_village_only_the_codifier_has_tells_the_reviewer_where_to_look(
    gazetteer: Gazetteer,
) -> None:
    text = "Ukraine claimed on Sunday that its forces had retaken Klishchiivka."
    extraction = extract(text, dt.date(2023, 9, 18), gazetteer)
    [row] = review_rows(extraction, SOURCE, gazetteer)
    assert row.place is None
    assert not row.ask
    assert "Bakhmutska hromada, Bakhmutskyi raion, Donetsk Oblast" in row.doubt
    # Saved as it is, the event is listed under the map as not located, with that reason.
    feature, _ = apply_review(row, text=text, gazetteer=gazetteer)
    assert feature["geometry"] is None
    unlocated = locate(parse_feature(feature), gazetteer)
    assert isinstance(unlocated, Unlocated)
    assert "Bakhmutska hromada" in unlocated.reason


def test_the_namesake_nearest_what_the_text_is_about_is_asked_about(
    gazetteer: Gazetteer,
) -> None:
    # "Makiivka" among villages of the Svatove front: GeoNames has the Chernihiv-oblast
    # village and the city by Donetsk, neither where the text's places are; the nearer is
    # placed, flagged with why, and asked about, never saved as a guess.
    text = (
        "Russia struck Kharkiv overnight. Buildings were damaged in the Kyivskyi and"
        " Saltivskyi districts, mayor Ihor Terekhov said. Enemy attacks were repelled near"
        " Stelmakhivka, Makiivka, Nevske, and Bilohorivka."
    )
    extraction = extract(text, dt.date(2025, 12, 5), gazetteer)
    [row] = [
        r for r in review_rows(extraction, SOURCE, gazetteer) if r.properties["place"] == "Makiivka"
    ]
    assert row.place is not None
    assert row.ask
    assert row.doubt.startswith("the namesake nearest what the text is about: Makiivka")
    assert len(row.choices) > 1
    # A city's district GeoNames has no point for says why it is not located.
    [district] = [
        r
        for r in review_rows(extraction, SOURCE, gazetteer)
        if r.properties["place"] == "Kyivskyi district"
    ]
    assert district.place is None
    assert district.doubt == "a district of Kharkiv, which the text names"
