"""How the evaluation writes an analyst's entry: a place, a status and the dates that count.

Places are the ids of the stored facilities of tests/fixtures/dataset (the seed), or a
GeoNames id for a town that is not stored.
"""

Q, HM, TA, AM, HI, AI = ("qamishli-airport", "hmeimim-air-base", "tartus-naval-facility",
                         "amuda", "hisyah", "ain-issa")
MANBIJ, KOBANI, HASAKAH = 167357, 172256, 173811
RAQQA = 172955


def unlisted(name, near):
    """A place an analyst would add that is neither stored nor in GeoNames' cities500,
    placed near the town (a GeoNames id) the report names as its landmark: a proposal names
    it when its new facility is near that town under a name that spells the same."""
    return {"unlisted": name, "near": near}


TAL_SAMEN = unlisted("Tal Samen", RAQQA)


def gold(place, status, *dates):
    """One expected entry; any of `dates` is a right effective date."""
    return {"place": place, "status": status, "effective": list(dates)}
