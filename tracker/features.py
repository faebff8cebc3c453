"""GeoJSON texts of the API, built from posture rows and cached facility JSON.

The same functions answer `GET /api/...` and write `tracker export --format geojson`,
so the two are byte for byte the same. Texts are assembled from each facility's
cached JSON: at 10,000 facilities an answer is a join, not a fresh serialisation.
"""

from tracker.dataset import compact_json

COLLECTION_HEAD = '{"type":"FeatureCollection","features":['
COLLECTION_TAIL = "]}\n"


def collection(feature_texts):
    """Wrap Feature texts in a FeatureCollection text."""
    return COLLECTION_HEAD + ",".join(feature_texts) + COLLECTION_TAIL


def facility_collection(facilities):
    """All given facilities with their full histories."""
    return collection(facility.json for facility in facilities)


def posture_properties(facility, entry):
    """The summary properties of a posture feature, without the entry itself."""
    props = facility.properties
    return {
        "id": facility.id,
        "name": props["name"],
        "kind": props["kind"],
        "operator": props["operator"],
        "country": props["country"],
        "location_precision": props["location_precision"],
        "status": entry["status"],
        "since": entry["effective"],
    }


def posture_feature(facility, entry):
    """One posture Feature as UTF-8 bytes: the summary and the governing entry, whole.

    The first call for a facility makes those of all its entries and keeps them on it
    (a write makes a new Facility, so they are never stale): at 10,000 facilities a
    posture answer is then a join of bytes (issue 6: /api/posture <= 50 ms).
    """
    made = facility.texts.get("posture")
    if made is None:
        made = facility.texts["posture"] = {
            each["id"]: compact_json({
                "type": "Feature", "id": facility.id, "geometry": facility.feature["geometry"],
                "properties": dict(posture_properties(facility, each), entry=each),
            }).encode()
            for each in facility.history
        }
    return made[entry["id"]]


def posture_body(rows):
    """The posture FeatureCollection of PRODUCT.md section 6, as UTF-8 bytes."""
    features = b",".join(posture_feature(facility, entry) for facility, entry in rows)
    return b"".join((COLLECTION_HEAD.encode(), features, COLLECTION_TAIL.encode()))


def posture_collection(rows):
    """The posture FeatureCollection as text (the same as `posture_body`)."""
    return posture_body(rows).decode()


def change_json(facility, entry):
    """One entry of `/api/changes`: the entry with its facility's id."""
    return f'{{"facility":{compact_json(facility.id)},{facility.entry_json[entry["id"]][1:]}'


def changes_document(rows, start, end):
    """The answer of `/api/changes`: the range and its entries, by `effective`."""
    changes = ",".join(change_json(facility, entry) for facility, entry in rows)
    return f'{{"from":{compact_json(start)},"to":{compact_json(end)},"changes":[{changes}]}}\n'
