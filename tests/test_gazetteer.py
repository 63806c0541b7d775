from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from mapapp import cli
from mapapp.core.errors import GazetteerError
from mapapp.geo.distance import haversine_km
from mapapp.geo.gazetteer import Gazetteer, Place

# Verified coordinates, with their sources, from the project's reference facts.
FACTS = {
    "Novoshakhtinsk": (47.76037, 39.93335),  # GeoNames 517963
    "Kursk": (51.72689, 36.18457),  # GeoNames 538560
    "Kurakhove": (47.98470, 37.28069),  # GeoNames 695357
    "Stari Terny": (48.0171, 37.2113),  # GeoNames postal dump UA row 84440
    "Trudove": (47.8986, 37.2171),  # GeoNames postal dump UA row 85709
}
TRUDOVE_ODESA = (45.61865, 29.39804)  # GeoNames 691196, a homonym in Odesa oblast


def _km(place, expected: tuple[float, float]) -> float:
    return haversine_km(place.lat, place.lon, *expected)


@pytest.mark.parametrize("name", list(FACTS))
def test_named_towns_resolve_within_5_km_with_the_article_as_context(
    gazetteer: Gazetteer, article: str, name: str
) -> None:
    result = gazetteer.lookup(name, context=article)
    assert result.status == "found"
    assert _km(result.place, FACTS[name]) < 5
    assert result.place.source


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("Kurakhovo", "Kurakhove"),
        ("Курахове", "Kurakhove"),
        ("Курахово", "Kurakhove"),
        ("KURAKHOVE", "Kurakhove"),
        ("Starye Terny", "Stari Terny"),
        ("Staryi Terny", "Stari Terny"),
        ("Старі Терни", "Stari Terny"),
        ("Старые Терны", "Stari Terny"),
        ("Новошахтинск", "Novoshakhtinsk"),
        ("novoshakhtinsk", "Novoshakhtinsk"),
        ("Kurs'k", "Kursk"),
    ],
)
def test_spelling_variants_find_the_same_place(
    gazetteer: Gazetteer, variant: str, canonical: str
) -> None:
    result = gazetteer.lookup(variant)
    assert result.status == "found", result
    assert _km(result.place, FACTS[canonical]) < 5


@pytest.mark.parametrize("name", ["Trudove", "Trudovoye", "Трудове"])
def test_homonym_without_context_is_ambiguous_with_its_candidates(
    gazetteer: Gazetteer, name: str
) -> None:
    result = gazetteer.lookup(name)
    assert result.status == "ambiguous"
    assert result.place is None
    admin1s = {c.admin1 for c in result.candidates}
    assert {"Crimea", "Odesa Oblast", "Donetsk Oblast"} <= admin1s


@pytest.mark.parametrize("name", ["Trudove", "Trudovoye", "Трудове"])
def test_homonym_is_resolved_by_the_article_context(
    gazetteer: Gazetteer, article: str, name: str
) -> None:
    result = gazetteer.lookup(name, context=article)
    assert result.status == "found"
    assert result.place.admin1 == "Donetsk Oblast"
    assert _km(result.place, FACTS["Trudove"]) < 1


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ("Shelling was reported in the Odesa region of southern Ukraine.", TRUDOVE_ODESA),
        ("Russia claimed the village, near Kurakhove.", FACTS["Trudove"]),
        ("Fighting continues in Donetsk oblast.", FACTS["Trudove"]),
    ],
)
def test_each_context_signal_alone_picks_the_homonym(
    gazetteer: Gazetteer, context: str, expected: tuple[float, float]
) -> None:
    result = gazetteer.lookup("Trudove", context=context)
    assert result.status == "found"
    assert _km(result.place, expected) < 1


def test_context_naming_only_a_country_with_several_homonyms_stays_ambiguous(
    gazetteer: Gazetteer,
) -> None:
    result = gazetteer.lookup("Trudove", context="A village in Ukraine was hit.")
    assert result.status == "ambiguous"
    assert "Donetsk Oblast" in {c.admin1 for c in result.candidates}


def test_a_country_named_as_an_actor_does_not_pick_a_far_away_homonym(
    gazetteer: Gazetteer,
) -> None:
    # Only one "Trudovoye" lies in Russia (in the Far East): naming Russia must not choose it.
    result = gazetteer.lookup("Trudovoye", context="Russia claimed the village.")
    assert result.status == "ambiguous"


@pytest.mark.parametrize(
    ("name", "admin1", "centre"),
    [
        ("Kursk region", "Kursk Oblast", FACTS["Kursk"]),
        ("Rostov region", "Rostov Oblast", (47.21997, 39.70769)),
        ("Donetsk oblast", "Donetsk Oblast", (48.02300, 37.80224)),
        ("Донецька область", "Donetsk Oblast", (48.02300, 37.80224)),
        ("Crimea", "Crimea", (44.95719, 34.11079)),
    ],
)
def test_region_names_resolve_to_regions_at_their_admin_centre(
    gazetteer: Gazetteer, name: str, admin1: str, centre: tuple[float, float]
) -> None:
    result = gazetteer.lookup(name)
    assert result.status == "found"
    assert result.place.kind == "region"
    assert result.place.admin1 == admin1
    assert _km(result.place, centre) < 1


def test_a_city_far_larger_than_its_homonyms_is_found_without_context(
    gazetteer: Gazetteer,
) -> None:
    result = gazetteer.lookup("Moscow")
    assert result.status == "found"
    assert result.place.country == "RU"
    assert len(result.candidates) > 1


@pytest.mark.parametrize("name", ["Nowhereville", "Atlantisgrad", "", "   ", "the east of Ukraine"])
def test_unknown_names_are_not_found_not_errors(gazetteer: Gazetteer, name: str) -> None:
    result = gazetteer.lookup(name)
    assert result.status == "not_found"
    assert result.place is None
    assert result.candidates == ()


def test_missing_index_is_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.sqlite"
    with pytest.raises(GazetteerError, match=r"not found at .*nope\.sqlite.*make gazetteer"):
        Gazetteer(missing)
    assert issubclass(GazetteerError, OSError)


def test_a_file_that_is_not_an_index_is_a_clear_error(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(GazetteerError, match="not a mapapp gazetteer index"):
        Gazetteer(other)


def test_cli_geocode_prints_the_place_and_candidates_as_json(
    capsys: pytest.CaptureFixture[str],
) -> None:
    context = "Russia claimed Trudove in the Donetsk region, near Kurakhove."
    assert cli.main(["geocode", "Trudovoye", "--context", context]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["status"] == "found"
    place = out["place"]
    assert {"name", "lat", "lon", "admin1", "country", "id", "source"} <= place.keys()
    assert (place["admin1"], place["country"]) == ("Donetsk Oblast", "UA")
    assert len(out["candidates"]) >= 4


def test_cli_geocode_exits_non_zero_when_not_found(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["geocode", "Nowhereville"]) == 1
    assert json.loads(capsys.readouterr().out)["status"] == "not_found"


def test_each_curated_facility_lies_at_its_host_town(gazetteer: Gazetteer) -> None:
    import csv

    from tests.paths import ROOT

    with (ROOT / "geodata" / "facilities.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    names = gazetteer.facility_names()
    for row in rows:
        if row["facility"].endswith(" Nuclear Power Plant"):
            named_after = row["facility"].removesuffix(" Nuclear Power Plant")
            host = gazetteer.facility_host(gazetteer.candidates(named_after))
            assert host is not None, row["facility"]
            assert host.id == f"geonames:{row['host_geonameid']}"
            # The host's name finds it again (the mention finder looks it up by name).
            assert host in gazetteer.candidates(row["host"])
        # Each name news uses for it ("ZNPP", "Kerch Bridge") is the facility, at its host.
        for name in filter(None, row["names"].split("|")):
            facility, at = names[name]
            assert (facility, at.id) == (row["facility"], f"geonames:{row['host_geonameid']}")
    assert gazetteer.facility_host(gazetteer.candidates("Kharkiv")) is None


def test_each_curated_russian_district_is_known_by_its_centre(gazetteer: Gazetteer) -> None:
    import csv

    from tests.paths import ROOT

    with (ROOT / "geodata" / "districts.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 40
    for row in rows:
        # (the name without its "District" or "Urban District", and each other spelling)
        spellings = [
            re.sub(r"\s+(?:Urban\s+)?District$", "", row["name"]),
            *row["names"].split("|"),
        ]
        for spelling in spellings:
            seats = gazetteer.district_seats(spelling)
            if spelling[-1:].lower() in ("a", "e", "а", "е", "я"):
                # (a name ending as a feminine or neuter word, "Ramenskoye" for the
                # Ramenskoye urban district, is the town, which the text names as such)
                continue
            assert f"geonames:{row['seat_geonameid']}" in {p.id for p in seats}, spelling
            [seat] = [p for p in seats if p.id == f"geonames:{row['seat_geonameid']}"]
            assert (seat.country, seat.admin1_code) == (row["country"], row["admin1_code"])


def test_a_curated_district_whose_centre_lies_elsewhere_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mapapp.geo import gazetteer_build
    from tests.paths import ROOT

    geodata = tmp_path / "geodata"
    shutil.copytree(ROOT / "geodata", geodata)
    with (geodata / "districts.csv").open("a", encoding="utf-8") as handle:
        # Glubokiy lies in Rostov oblast (61), not in Belgorod oblast (09).
        handle.write('RU-09-wrong,RU,09,Wrong District,Wrong,561146,Glubokiy,"a source"\n')
    monkeypatch.setattr(gazetteer_build, "GEODATA", geodata)
    with pytest.raises(GazetteerError, match=r"districts.csv: Wrong District: its seat Glubokiy"):
        gazetteer_build.build(tmp_path / "index.sqlite")


def test_a_ukrainian_raion_or_hromada_is_known_by_its_centre(gazetteer: Gazetteer) -> None:
    # From the official codifier (KATOTTG): the unit is named after the town it is run from,
    # spelt as the Ukrainian romanisation or a looser one.
    for name, seat in (
        ("Medzhybizka", "Medzhybizh"),  # a hromada (-zka: Меджибізька)
        ("Derazhnianska", "Derazhnya"),
        ("Seredyno-Budska", "Seredyna-Buda"),
        ("Synelnykivskyi", "Synelnykove"),  # a raion
        ("Sinelnykyvs'kyi", "Synelnykove"),
        ("Chuhuivskyi", "Chuhuyiv"),  # г romanised as h
    ):
        assert gazetteer.division_seats(name)[:1] == (seat,), name
    # Several hromadas share a name: every centre is offered, the largest first.
    assert gazetteer.division_seats("Pokrovska")[0] == "Pokrovsk"
    assert {"Pokrov", "Pokrovske"} <= set(gazetteer.division_seats("Pokrovska"))
    # ... each in its raion, known by the raion's centre: the Nikopol raion has two.
    hromadas = gazetteer.hromadas("Pokrovska")
    raions = [(seat.name, raion and raion.name) for seat, raion in hromadas]
    assert sorted(raions) == [
        ("Pokrov", "Nikopol"),
        ("Pokrovsk", "Pokrovsk"),
        ("Pokrovske", "Nikopol"),
        ("Pokrovske", "Synelnykove"),
    ]
    assert gazetteer.hromadas("Pokrovskyi") == ()  # a masculine adjective names no hromada
    # Two Pokrovske in the oblast: the Nikopol raion's is the village by Nikopol, among the
    # raion's other centres, not the larger one of the Synelnykove raion.
    seats = {raion.name: seat.id for seat, raion in hromadas if seat.name == "Pokrovske" and raion}
    assert seats == {"Nikopol": "geonames:696721", "Synelnykove": "geonames:696720"}
    # A name that is also a city's district ("Kyivskyi", "Shevchenkivskyi", "Pokrovskyi" in
    # Kryvyi Rih) is not read as a raion; a town's own name is no unit.
    for name in ("Kyivskyi", "Shevchenkivskyi", "Pokrovskyi", "Nikopol"):
        assert gazetteer.division_seats(name) == (), name


def test_geonames_places_that_are_a_citys_district_are_known(gazetteer: Gazetteer) -> None:
    # "Shevchenko", 3 km from Poltava's centre with 147,600 people, is the city's
    # Shevchenkivskyi district; "Obolon", Kyiv's Obolonskyi. The villages called Shevchenko
    # in Donetsk oblast and the cities themselves are none.
    def place(name: str, admin1: str) -> Place:
        return next(p for p in gazetteer.candidates(name) if p.admin1 == admin1)

    assert gazetteer.part_of_city(place("Shevchenko", "Poltava Oblast"))
    assert gazetteer.part_of_city(place("Obolon", "Kyiv"))
    assert not gazetteer.part_of_city(place("Shevchenko", "Donetsk Oblast"))
    assert not gazetteer.part_of_city(place("Obolon", "Poltava Oblast"))
    assert not gazetteer.part_of_city(place("Poltava", "Poltava Oblast"))
    assert not gazetteer.part_of_city(place("Kyiv", "Kyiv"))


def test_the_codifier_tells_how_many_villages_of_a_name_an_oblast_has(
    gazetteer: Gazetteer,
) -> None:
    # Six villages called Zaporizke in Dnipropetrovsk oblast (04), under both romanisations;
    # two Verbove in Zaporizhzhia oblast (26); nothing outside Ukraine is known.
    assert gazetteer.codified("Zaporizke", "UA", "04") == 6
    assert gazetteer.codified("Zaporiz'ke", "UA", "04") == 6
    assert gazetteer.codified("Verbove", "UA", "26") == 2
    assert gazetteer.codified("Zaporizke", "UA", "07") == 1  # Kharkiv oblast
    assert gazetteer.codified("Zaporizke", "UA", "15") == 0  # none in Lviv oblast
    assert gazetteer.codified("Belgorod", "RU", "09") is None
    # ... and in which hromada and raion each lies, romanised the official way.
    assert gazetteer.codified_units("Novoheorhiivka", "UA", "04") == (
        ("Velykomykhailivska", "Synelnykivskyi"),
    )
    assert len(gazetteer.codified_units("Zaporizke", "UA", "04")) == 6
    assert gazetteer.codified_units("Belgorod", "RU", "09") == ()
    # ... and in all of Ukraine, by oblast: one of the Katerynivkas is the Illinivska
    # hromada's, in Donetsk oblast (05).
    everywhere = gazetteer.codified_anywhere("Katerynivka")
    assert ("05", "Illinivska", "Kramatorskyi") in everywhere
    assert len({admin1 for admin1, _, _ in everywhere}) > 10
    assert gazetteer.codified_anywhere("Belgorod") == ()
    # With the name's ending kept: the village, not the surname one letter from it.
    assert gazetteer.codified_anywhere("Klishchiivka", endings=True) == (
        ("05", "Bakhmutska", "Bakhmutskyi"),
    )
    assert gazetteer.codified_anywhere("Kovalenko")
    assert gazetteer.codified_anywhere("Kovalenko", endings=True) == ()
    # Where a hromada is run from: the town of Borova, not the village of Zaporizke.
    borova = next(p for p in gazetteer.candidates("Borova") if p.admin1_code == "07")
    zaporizke = next(p for p in gazetteer.candidates("Zaporizke") if p.admin1_code == "04")
    assert gazetteer.runs_community(borova)
    assert not gazetteer.runs_community(zaporizke)


def test_a_look_alike_takes_no_consonant_for_one_unlike_it(gazetteer: Gazetteer) -> None:
    # "Kutove", a village by the Kacha airfield GeoNames lacks, is one letter from Kumovo of
    # northern Crimea, but no misspelling takes an m for a t; a k for an h, or two letters
    # swapped, are misspellings ("Kharhiv", "Adviivka").
    assert [p.name for p, _ in gazetteer.lookalikes("Kutove", [("UA", "11")])] == []
    assert [p.name for p, _ in gazetteer.lookalikes("Kharhiv", [("UA", "07")])] == ["Kharkiv"]
    assert [p.name for p, _ in gazetteer.lookalikes("Adviivka", [("UA", "05")])] == ["Avdiyivka"]
