"""How the evaluation writes an analyst's entry: a place, a status and the dates that count.

Places are the ids of the stored facilities of tests/fixtures/dataset (the seed), or a
GeoNames id for a town that is not stored.

Talks (negotiations) for Russia's forces to remain at a named base enter that base as active
at the report's date: the talks are about forces that are there, so the report says the
base is Russia's now, and a base said to be Russia's is active. A plan, a wish, a hope or a
condition to keep a base, and talks on the bases' "fate" or "future", named or not, stay no
entry: the sentence's news is the open question, not the force's presence (the eleventh and
fourteenth sets' "the fate of Russia's two main bases ... would be discussed"; settled for
named bases after the twenty-first set's first run, whose two such golds were changed).
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
