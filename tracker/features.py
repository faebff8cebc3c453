"""GeoJSON texts of the API, built from posture rows and cached facility JSON.

The same functions answer `GET /api/...` and write `tracker export --format geojson`,
so the two are byte for byte the same. Texts are assembled from each facility's
cached JSON: at 10,000 facilities an answer is a join, not a fresh serialisation.
"""

from tracker.dataset import SUMMARY_FIELDS, compact_json  # noqa: F401 (SUMMARY_FIELDS: for openapi)

COLLECTION_HEAD = '{"type":"FeatureCollection","features":['
COLLECTION_TAIL = "]}\n"


def collection(feature_texts):
    """Wrap Feature texts in a FeatureCollection text."""
    return COLLECTION_HEAD + ",".join(feature_texts) + COLLECTION_TAIL


def facility_collection(facilities):
    """All given facilities with their full histories."""
    return collection(facility.json for facility in facilities)


def posture_feature(facility, entry):
    """One posture Feature text: the facility's summary, its status, and the entry, whole.

    Properties: id, name, kind, operator, country, location_precision, status, since, entry.
    The head is cached per facility; status and since are vocabulary and ISO dates (checked
    on the way in), so they need no escaping. At 10,000 facilities this is a join.
    """
    return (f'{facility.posture_head}"status":"{entry["status"]}","since":"{entry["effective"]}",'
            f'"entry":{facility.entry_json[entry["id"]]}}}}}')


def posture_collection(rows):
    """The posture FeatureCollection of PRODUCT.md section 6."""
    return collection(posture_feature(facility, entry) for facility, entry in rows)


def change_json(facility, entry):
    """One entry of `/api/changes`: the entry with its facility's id."""
    return f'{{"facility":{compact_json(facility.id)},{facility.entry_json[entry["id"]][1:]}'


def changes_document(rows, start, end):
    """The answer of `/api/changes`: the range and its entries, by `effective`."""
    changes = ",".join(change_json(facility, entry) for facility, entry in rows)
    return f'{{"from":{compact_json(start)},"to":{compact_json(end)},"changes":[{changes}]}}\n'
