"""GeoJSON texts of the API, built from posture rows and cached facility JSON.

The same functions answer `GET /api/...` and write `tracker export --format geojson`,
so the two are byte for byte the same. Texts are assembled from each facility's
cached JSON: at 10,000 facilities an answer is a join, not a fresh serialisation.
"""

from tracker.dataset import compact_json

COLLECTION_HEAD = '{"type":"FeatureCollection","features":['
COLLECTION_TAIL = "]}\n"
# The facility's fields a posture feature repeats beside its status (and the OpenAPI
# document describes from this list).
SUMMARY_FIELDS = ("name", "kind", "operator", "country", "location_precision")


def collection(feature_texts):
    """Wrap Feature texts in a FeatureCollection text."""
    return COLLECTION_HEAD + ",".join(feature_texts) + COLLECTION_TAIL


def facility_collection(facilities):
    """All given facilities with their full histories."""
    return collection(facility.json for facility in facilities)


def posture_properties(facility, entry):
    """The summary properties of a posture feature, without the entry itself."""
    summary = {name: facility.properties[name] for name in SUMMARY_FIELDS}
    return {"id": facility.id, **summary, "status": entry["status"], "since": entry["effective"]}


def posture_feature(facility, entry):
    """One posture Feature text: the summary and the governing entry, whole."""
    head = compact_json(posture_properties(facility, entry))[:-1]
    return (
        f'{{"type":"Feature","id":{compact_json(facility.id)},'
        f'"geometry":{facility.geometry_json},'
        f'"properties":{head},"entry":{facility.entry_json[entry["id"]]}}}}}'
    )


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
