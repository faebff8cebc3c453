"""GeoJSON texts of the API, built from posture rows and cached facility JSON.

The same functions answer `GET /api/...` and write `tracker export --format geojson`,
so the two are byte for byte the same. Texts are assembled from each facility's
cached JSON: at 10,000 facilities an answer is a join, not a fresh serialisation.
"""

from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

import numpy as np

from tracker.posture import alternatives, day_ordinal, is_contested, report_age
from tracker.store import memory
from tracker.store.serialization import plain_numbers
from tracker.store.snapshot import SUMMARY_FIELDS, compact_bytes, compact_json

COLLECTION_HEAD = '{"type":"FeatureCollection","features":['
COLLECTION_TAIL = "]}\n"
# Facilities whose posture texts one answer makes, from which the heap is trimmed after it.
RELEASE_AFTER = 1000


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


class PostureParts(NamedTuple):
    """A facility's posture Feature texts, one a timeline entry, in parts (UTF-8 bytes), each
    text without its last two bytes (the closing braces of its properties and of the
    Feature): the answer puts the report's `age_days` at the date there.

    Text k is `head + mids[k] + entries[k] + tails[k]`: the head (the Feature's id,
    geometry and summary) is the same in every text of the facility, and each entry's
    bytes are the very piece of the facility's own JSON, kept anyway (`Facility.cut_json`).
    Whole texts were 900 B an entry, 0.9 GB at 100,000 facilities (BENCHMARKS.md). A
    facility whose texts cannot be cut so (none known) keeps them whole in `mids`, with
    an empty head and empty entries and tails.
    """

    head: bytes
    mids: tuple
    entries: tuple
    tails: tuple

    def text(self, position):
        return b"".join((self.head, self.mids[position], self.entries[position], self.tails[position]))


_SHARED_PARTS = {}  # the mids and the common tail, one object each: few distinct ones


def _shared_part(part):
    if len(_SHARED_PARTS) < 1 << 16:
        return _SHARED_PARTS.setdefault(part, part)
    return part


def posture_features(facility):
    """The facility's `PostureParts`: made on first use and kept on the facility (a write
    makes a new Facility, so they are never stale): at 10,000 facilities a posture answer
    is then one join of bytes (BENCHMARKS.md: /api/posture <= 50 ms)."""
    made = facility.texts.get("posture")
    if made is None:
        made = facility.texts["posture"] = _posture_parts(facility)
    return made


def _posture_parts(facility):
    feature, timeline, json_bytes = facility.feature, facility.timeline, facility.json_bytes
    plain = plain_numbers(feature)  # every number of each text is the Feature's
    texts = [compact_bytes({"type": "Feature", "id": facility.id, "geometry": feature["geometry"],
                            "properties": posture_properties(facility, entry)}, plain=plain)[:-2]
             for entry in timeline]
    whole = PostureParts(b"", tuple(texts), (b"",) * len(texts), (b"",) * len(texts))
    heads, mids, spans, tails = set(), [], [], []
    for entry, text in zip(timeline, texts):
        mid = b',"status":%s,"since":%s,"entry":' % (compact_bytes(entry["status"]), compact_bytes(entry["effective"]))
        entry_bytes = compact_bytes(entry, plain=plain)
        cut, start = text.find(mid), json_bytes.find(entry_bytes)
        head, tail = text[:cut], text[cut + len(mid) + len(entry_bytes):]
        if cut < 0 or start < 0 or head + mid + entry_bytes + tail != text:
            return whole
        heads.add(head)
        mids.append(_shared_part(mid))
        spans.append((start, start + len(entry_bytes)))
        tails.append(_shared_part(tail) if len(tail) < 64 else tail)
    ordered = sorted(spans)
    if len(heads) > 1 or any(a[1] > b[0] for a, b in zip(ordered, ordered[1:])):
        return whole
    pieces = dict(zip(ordered, facility.cut_json(ordered)))
    return PostureParts(heads.pop() if heads else b"", tuple(mids), tuple(pieces[span] for span in spans), tuple(tails))


def posture_text(facility, entry):
    """One timeline entry's posture Feature text (without its last two bytes: see `PostureParts`)."""
    position = [e["id"] for e in facility.timeline].index(entry["id"])
    return posture_features(facility).text(position)


@lru_cache(maxsize=1 << 14)
def _age_tail(age):
    """The end of a posture Feature whose report is `age` days old, and the comma after it,
    as bytes (a few thousand distinct ages, each made once)."""
    return b',"age_days":%d}},' % age


def posture_feature(facility, entry, date):
    """One posture Feature at ISO `date`, as UTF-8 bytes: the kept parts with its `age_days`."""
    return posture_text(facility, entry) + _age_tail(report_age(entry, date))[:-1]


def posture_body(rows, date):
    """The posture FeatureCollection of `GET /api/posture` at ISO `date`, as UTF-8 bytes.

    Each feature is its kept parts and the tail that gives its report's `age_days` at
    `date`, joined once (BENCHMARKS.md: /api/posture <= 50 ms).
    """
    day, ordinal = day_ordinal(date), day_ordinal
    parts = [COLLECTION_HEAD.encode()]
    append = parts.append
    for facility, entry in rows:
        append(posture_text(facility, entry))
        append(_age_tail(day - ordinal(entry["effective"])))
    if rows:
        parts[-1] = parts[-1][:-1]  # no comma after the last feature
    append(COLLECTION_TAIL.encode())
    return b"".join(parts)


def posture_body_at(index, date, wanted=None):
    """`posture_body` of every facility of a `tracker.posture_index.PostureIndex` at ISO `date`
    (of those the filters `wanted` keep, when given: `tracker.posture.wanted`): the same
    bytes, found by one search and joined from each row's five parts, picked in C
    (BENCHMARKS.md: /api/posture <= 50 ms)."""
    positions, ages = index.at(date, wanted)
    table = _table(index)
    owners = index.owners[positions]
    if not table.filled[owners].all():
        missing = np.unique(owners[~table.filled[owners]]).tolist()
        _fill(index, table, missing)
        if len(missing) >= RELEASE_AFTER:
            memory.release()  # the Features parsed for the moment (see tracker.store.memory)
    owners, positions = owners.tolist(), positions.tolist()
    parts = [None] * (5 * len(positions))
    parts[0::5] = _picked(table.heads, owners)
    parts[1::5] = _picked(table.mids, positions)
    parts[2::5] = _picked(table.entries, positions)
    parts[3::5] = _picked(table.tails, positions)
    parts[4::5] = map(_age_tail, ages.tolist())
    if parts:
        parts[-1] = parts[-1][:-1]  # no comma after the last feature
    return b"".join([COLLECTION_HEAD.encode(), *parts, COLLECTION_TAIL.encode()])


def _picked(values, indexes):
    """`[values[i] for i in indexes]`, in C (`itemgetter`), as a sequence."""
    if len(indexes) < 2:
        return [values[i] for i in indexes]
    return itemgetter(*indexes)(values)


class _Table:
    """The index's posture parts (`PostureParts`): heads by owner, the rest by entry position,
    filled as facilities are first asked."""

    def __init__(self, index):
        count, owners = len(index), len(index.facilities)
        self.filled = np.zeros(owners, dtype=bool)
        self.heads = [b""] * owners
        self.mids, self.entries, self.tails = [b""] * count, [b""] * count, [b""] * count


def _table(index):
    made = index.texts.get("posture")
    if made is None:
        made = index.texts.setdefault("posture", _Table(index))
    return made


def _fill(index, table, owners):
    for owner in owners:
        facility, start = index.facilities[owner], int(index.starts[owner])
        made = posture_features(facility)
        end = start + len(made.mids)
        table.heads[owner] = made.head
        table.mids[start:end], table.entries[start:end], table.tails[start:end] = made.mids, made.entries, made.tails
        table.filled[owner] = True


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
