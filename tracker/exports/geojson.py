"""GeoJSON texts of the API, built from posture rows and cached facility JSON.

The same functions answer `GET /api/...` and write `tracker export --format geojson`,
so the two are byte for byte the same. Texts are assembled from each facility's
cached JSON: at 10,000 facilities an answer is a join, not a fresh serialisation.
"""

from functools import lru_cache

from tracker.posture import alternatives, day_ordinal, is_contested, report_age
from tracker.store.serialization import plain_numbers
from tracker.store.snapshot import SUMMARY_FIELDS, compact_bytes, compact_json

COLLECTION_HEAD = '{"type":"FeatureCollection","features":['
COLLECTION_TAIL = "]}\n"


def collection(feature_texts):
    """Wrap Feature texts in a FeatureCollection text."""
    return COLLECTION_HEAD + ",".join(feature_texts) + COLLECTION_TAIL


def facility_collection(facilities):
    """All given facilities with their full histories, as UTF-8 bytes.

    Joined from each facility's kept bytes, never through a str: a str holds every
    character in as many bytes as its widest needs, so one Arabic name made the whole
    answer two bytes a character, one emoji four (the answer at 100,000 facilities is
    hundreds of MB, and a filtered one is kept among the recent answers).
    """
    texts = b",".join(facility.json_bytes for facility in facilities)
    return b"".join((COLLECTION_HEAD.encode(), texts, COLLECTION_TAIL.encode()))


def posture_properties(facility, entry):
    """A posture feature's properties: the facility's summary, its status, the entry whole,
    and whether other reports of that date disagree (`contested`, `alternatives`)."""
    summary = {name: facility.properties[name] for name in SUMMARY_FIELDS}
    others = alternatives(facility, entry)
    return {"id": facility.id, **summary, "status": entry["status"], "since": entry["effective"],
            "entry": entry, "contested": is_contested(entry, others), "alternatives": others}


def posture_features(facility):
    """The posture Feature of each of a facility's entries, as UTF-8 bytes, by entry id, without
    its last two bytes (the closing braces of its properties and of the Feature): the answer
    puts the report's `age_days` at the date there.

    Made on first use and kept on the facility (a write makes a new Facility, so they
    are never stale): at 10,000 facilities a posture answer is then one join of bytes
    (BENCHMARKS.md: /api/posture <= 50 ms).
    """
    made = facility.texts.get("posture")
    if made is None:
        plain = plain_numbers(facility.feature)  # every number of each text is the Feature's
        made = facility.texts["posture"] = {
            entry["id"]: compact_bytes({
                "type": "Feature", "id": facility.id, "geometry": facility.feature["geometry"],
                "properties": posture_properties(facility, entry),
            }, plain=plain)[:-2]
            for entry in facility.history
        }
    return made


@lru_cache(maxsize=1 << 14)
def _age_tail(age):
    """The end of a posture Feature whose report is `age` days old, and the comma after it,
    as bytes (a few thousand distinct ages, each made once)."""
    return b',"age_days":%d}},' % age


def posture_feature(facility, entry, date):
    """One posture Feature at ISO `date`, as UTF-8 bytes: the cached text with its `age_days`."""
    return posture_features(facility)[entry["id"]] + _age_tail(report_age(entry, date))[:-1]


def posture_body(rows, date):
    """The posture FeatureCollection of `GET /api/posture` at ISO `date`, as UTF-8 bytes.

    Each feature is its cached bytes and the tail that gives its report's `age_days` at
    `date`, joined once, so the 9 MB answer at 10,000 facilities is copied once
    (BENCHMARKS.md: /api/posture <= 50 ms). The loop is the answer's cost at 10,000
    facilities, so it calls nothing it need not.
    """
    day, ordinal = day_ordinal(date), day_ordinal
    parts = [COLLECTION_HEAD.encode()]
    append = parts.append
    for facility, entry in rows:
        append((facility.texts.get("posture") or posture_features(facility))[entry["id"]])
        append(_age_tail(day - ordinal(entry["effective"])))
    if rows:
        parts[-1] = parts[-1][:-1]  # no comma after the last feature
    append(COLLECTION_TAIL.encode())
    return b"".join(parts)


def posture_body_at(index, date):
    """`posture_body` of every facility of a `tracker.posture_index.PostureIndex` at ISO `date`:
    the same bytes, found by one search and joined without a Python step per row but two
    list lookups (BENCHMARKS.md: /api/posture <= 50 ms)."""
    positions, ages = index.at(date)
    positions = positions.tolist()
    features = _features_by_position(index)
    picked = [features[position] for position in positions]
    if None in picked:
        _fill_features(index, features, positions)
        picked = [features[position] for position in positions]
    parts = [None] * (2 * len(picked))
    parts[0::2] = picked
    parts[1::2] = map(_age_tail, ages.tolist())
    if parts:
        parts[-1] = parts[-1][:-1]  # no comma after the last feature
    return b"".join([COLLECTION_HEAD.encode(), *parts, COLLECTION_TAIL.encode()])


def _features_by_position(index):
    """The index's posture Feature bytes by entry position, made as facilities are first asked."""
    made = index.texts.get("posture")
    if made is None:
        made = index.texts.setdefault("posture", [None] * len(index))
    return made


def _fill_features(index, features, positions):
    for position in positions:
        if features[position] is None:
            owner = int(index.owners[position])
            facility, start = index.facilities[owner], int(index.starts[owner])
            made = facility.texts.get("posture") or posture_features(facility)
            for offset, entry in enumerate(facility.timeline):
                features[start + offset] = made[entry["id"]]


def change_json(facility, entry):
    """One entry of `/api/changes`: the entry with its facility's id.

    Made for each answer, not kept: keeping every entry's text of each facility an answer
    touched held hundreds of MB at 100,000 facilities (a month's changes touch a third of
    them); the answer itself is kept among the recent ones (`tracker.web.api_read`).
    """
    return f'{{"facility":{compact_json(facility.id)},{compact_bytes(entry).decode()[1:]}'


def changes_document(rows, groups, start, end):
    """The answer of `/api/changes`: the range, its entries by `effective`, and by facility.

    `groups` are `tracker.posture.compare`'s: each facility's status before and after the
    range, with the ids of its entries in it (the entries themselves are in `changes`).
    """
    changes = ",".join(change_json(facility, entry) for facility, entry in rows)
    by_facility = compact_json([_change_group(group) for group in groups])
    return (f'{{"from":{compact_json(start)},"to":{compact_json(end)},"changes":[{changes}],'
            f'"facilities":{by_facility}}}\n')


def _change_group(group):
    facility = group["facility"]
    return {"id": facility.id, "name": facility.properties["name"],
            "before": _state(group["before"]), "after": _state(group["after"]),
            "entries": [entry["id"] for entry in group["entries"]]}


def _state(entry):
    """A posture in brief: {status, since, entry_id}, or None for no posture."""
    return None if entry is None else {"status": entry["status"], "since": entry["effective"], "entry_id": entry["id"]}
