import pytest

from eventwire.places import fold, resolve_place

# (name as news writes it, canonical name, ISO alpha-3, kind, approx lat, approx lon)
PLACES = [
    ("Moscow", "Moscow", "RUS", "city", 55.75, 37.62),
    ("Tashkent", "Tashkent", "UZB", "city", 41.26, 69.22),
    ("Toshkent", "Tashkent", "UZB", "city", 41.26, 69.22),
    ("Bishkek", "Bishkek", "KGZ", "city", 42.87, 74.59),
    ("Frunze", "Bishkek", "KGZ", "city", 42.87, 74.59),
    ("Astana", "Astana", "KAZ", "city", 51.18, 71.45),
    ("Nur-Sultan", "Astana", "KAZ", "city", 51.18, 71.45),
    ("Nur Sultan", "Astana", "KAZ", "city", 51.18, 71.45),
    ("Kyiv", "Kyiv", "UKR", "city", 50.45, 30.52),
    ("Kiev", "Kyiv", "UKR", "city", 50.45, 30.52),
    ("Washington", "Washington", "USA", "city", 38.90, -77.04),
    ("Washington, D.C.", "Washington", "USA", "city", 38.90, -77.04),
    ("Paris", "Paris", "FRA", "city", 48.85, 2.35),
    ("Almaty", "Almaty", "KAZ", "city", 43.25, 76.91),
    ("Alma-Ata", "Almaty", "KAZ", "city", 43.25, 76.91),
    ("Osh", "Osh", "KGZ", "city", 40.53, 72.80),
    ("Dushanbe", "Dushanbe", "TJK", "city", 38.54, 68.78),
    ("Urumqi", "Ürümqi", "CHN", "city", 43.80, 87.60),
    ("Odessa", "Odesa", "UKR", "city", 46.49, 30.74),
    ("St. Petersburg", "Saint Petersburg", "RUS", "city", 59.94, 30.31),
    ("New Delhi", "New Delhi", "IND", "city", 28.62, 77.21),
    ("The Hague", "The Hague", "NLD", "city", 52.08, 4.30),
    ("Malé", "Male", "MDV", "city", 4.18, 73.51),
    ("Russia", "Russia", "RUS", "country", 55.75, 37.62),  # capital: Moscow
    ("Kazakhstan", "Kazakhstan", "KAZ", "country", 51.18, 71.45),  # capital: Astana
    ("United States", "United States", "USA", "country", 38.90, -77.04),
    ("the United States", "United States", "USA", "country", 38.90, -77.04),
    ("U.S.", "United States", "USA", "country", 38.90, -77.04),
    ("Kyrgyzstan", "Kyrgyzstan", "KGZ", "country", 42.87, 74.59),
    ("Kyrgyz Republic", "Kyrgyzstan", "KGZ", "country", 42.87, 74.59),
    ("South Korea", "South Korea", "KOR", "country", 37.57, 126.98),
    ("Ivory Coast", "Ivory Coast", "CIV", "country", 6.82, -5.28),
    ("Côte d'Ivoire", "Ivory Coast", "CIV", "country", 6.82, -5.28),
    ("Britain", "United Kingdom", "GBR", "country", 51.51, -0.13),
    ("Mexico", "Mexico", "MEX", "country", 19.43, -99.13),  # not Mexico City by alt name
    ("Georgia", "Georgia", "GEO", "country", 41.69, 44.83),
    ("Kosovo", "Kosovo", "XKX", "country", 42.67, 21.17),
]


@pytest.mark.parametrize(("name", "canonical", "country", "kind", "lat", "lon"), PLACES)
def test_resolves(name, canonical, country, kind, lat, lon):
    place = resolve_place(name)
    assert place is not None
    assert (place.name, place.country, place.kind) == (canonical, country, kind)
    assert place.lat == pytest.approx(lat, abs=0.1)
    assert place.lon == pytest.approx(lon, abs=0.1)


@pytest.mark.parametrize("name", ["moscow", "MOSCOW", "  Moscow ", "Moscow's"])
def test_case_space_and_possessive_do_not_matter(name):
    place = resolve_place(name)
    assert place is not None and (place.name, place.country) == ("Moscow", "RUS")


def test_accents_fold():
    assert fold("Ürümqi") == fold("Urumqi") == "urumqi"
    assert fold("Nur-Sultan") == "nur sultan"


@pytest.mark.parametrize(
    ("name", "hint", "country", "lat"),
    [
        ("Moscow", "USA", "USA", 46.73),  # Moscow, Idaho
        ("Moscow", "RUS", "RUS", 55.75),
        ("Paris", "USA", "USA", 33.66),  # Paris, Texas
        ("Washington", "GBR", "GBR", 54.90),  # Washington, Tyne and Wear
        ("St. Petersburg", "USA", "USA", 27.77),  # the hint beats the Russia alias
        ("London", "CAN", "CAN", 42.98),  # London, Ontario
        ("London", "can", "CAN", 42.98),  # hint case does not matter
    ],
)
def test_country_hint_picks_among_namesakes(name, hint, country, lat):
    place = resolve_place(name, country_hint=hint)
    assert place is not None and place.kind == "city"
    assert place.country == country
    assert place.lat == pytest.approx(lat, abs=0.1)


def test_hint_without_a_namesake_falls_back_to_the_best():
    place = resolve_place("Bishkek", country_hint="FRA")
    assert place is not None and place.country == "KGZ"


def test_hint_does_not_turn_a_country_into_a_town():
    place = resolve_place("Georgia", country_hint="USA")
    assert place is not None and (place.kind, place.country) == ("country", "GEO")


@pytest.mark.parametrize(
    "name",
    [
        "President", "The", "the", "Kyrgyz", "Russian", "Kazakh", "Uzbek", "Police", "Of",
        "Male", "Minister", "Asia", "Obama", "", "   ", "Xyzzyville", "Ministry of Defence",
    ],
)
def test_non_places_give_none(name):
    assert resolve_place(name) is None


def test_country_whose_capital_is_too_small_has_no_coordinates():
    place = resolve_place("Palau")  # Melekeok has a few hundred people
    assert place is not None and place.country == "PLW" and place.kind == "country"
    assert place.lat is None and place.lon is None


@pytest.mark.parametrize(("name", "country"), [
    ("Tigray", "ETH"), ("North Darfur", "SDN"), ("North Waziristan", "PAK"),
    ("Rakhine State", "MMR"), ("North Kivu", "COD"), ("Donbas", "UKR")])
def test_regions_the_city_gazetteer_lacks(name, country):
    """States and regions news names often resolve to their country, located at a seat."""
    place = resolve_place(name)
    assert place is not None and place.country == country and place.kind == "region"
    assert place.lat is not None and place.population is None


def test_region_beats_a_foreign_town_of_the_same_name():
    """"Borno" is Nigeria's state, not the small German town; "Shan" Myanmar's state."""
    assert resolve_place("Borno").country == "NGA"
    assert resolve_place("Shan").country == "MMR"


def test_spelling_variant_of_a_foreign_city_is_not_taken_in_another_country():
    """"near Boni" in a story about Mali is a Malian town, not Bonn (whose alternate name
    it is); with no hint, or as a name of its own ("Cologne"), the city still resolves."""
    assert resolve_place("Boni", "MLI") is None
    assert resolve_place("Boni").country == "DEU"
    assert resolve_place("Cologne", "FRA").country == "DEU"
    assert resolve_place("Kharkov", "RUS").country == "UKR"
