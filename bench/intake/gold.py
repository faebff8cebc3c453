"""How the evaluation writes an analyst's entry: a place, a status and the dates that count.

Places are the ids of the stored facilities of tests/fixtures/dataset (the seed), or a
GeoNames id for a town that is not stored.
"""

Q, HM, TA, AM, HI, AI = ("qamishli-airport", "hmeimim-air-base", "tartus-naval-facility",
                         "amuda", "hisyah", "ain-issa")
MANBIJ, KOBANI, HASAKAH = 167357, 172256, 173811
# A place an analyst would add that is neither stored nor in GeoNames' cities500: no
# proposal can name it, so its entries count against recall.
TAL_SAMEN = "tal-samen (not stored, not in the gazetteer)"


def gold(place, status, *dates):
    """One expected entry; any of `dates` is a right effective date."""
    return {"place": place, "status": status, "effective": list(dates)}
