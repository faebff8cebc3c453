"""In-memory snapshots of the dataset, with what is derived from each facility once.

A `Dataset` never changes: a write makes a new one that shares every facility it did
not touch, so readers in other threads keep a consistent view and a write costs the
same at 10 facilities or 10,000.
"""

import json
import threading
from bisect import bisect_right
from collections import OrderedDict
from functools import cached_property

from tracker.errors import DataError, NotFound
from tracker.posture import counts, posture_order

# The facility's fields a posture feature repeats beside its status (and the OpenAPI
# document describes from this list).
SUMMARY_FIELDS = ("name", "kind", "operator", "country", "location_precision")
# Answers to filtered whole-dataset queries kept per snapshot: clients choose the filters,
# so only the latest few are kept.
RECENT_ANSWERS = 8


def compact_json(value):
    """Serialise for the wire: no spaces, non-Latin text kept as it is."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Facility:
    """One stored facility (a GeoJSON Feature) and its derived timeline."""

    def __init__(self, feature):
        self.feature = feature
        self.id = feature["id"]
        self.properties = feature["properties"]
        self.history = self.properties["status_history"]
        # Texts the answers derive from this facility, made on first use by
        # tracker.exports.geojson. A write makes a new Facility, so they are never stale.
        self.texts = {}

    @cached_property
    def timeline(self):
        """Entries that count, in posture order: by `effective`, ties by `recorded_at`."""
        counted = [entry for entry in self.history if counts(entry)]
        return sorted(counted, key=posture_order)

    @cached_property
    def _effective_dates(self):
        return [entry["effective"] for entry in self.timeline]

    def governing(self, date):
        """Return the entry in force at ISO `date`, or None when there is none yet."""
        index = bisect_right(self._effective_dates, date)
        return self.timeline[index - 1] if index else None

    def entry(self, entry_id):
        """Return the entry with `entry_id`, retracted or not, or None."""
        return next((e for e in self.history if e["id"] == entry_id), None)

    @cached_property
    def json(self):
        """The Feature as compact JSON, made once and reused by every answer."""
        return compact_json(self.feature)

    @cached_property
    def entry_json(self):
        """Each entry's compact JSON by id."""
        return {entry["id"]: compact_json(entry) for entry in self.history}


class Dataset:
    """All facilities at one version of the data, by id (sorted).

    `modified`, when known, is the data's last change (a UTC datetime): the answers'
    Last-Modified. `broken` lists the stored facilities left out because they cannot be
    read or break the model (`tracker.store.base.Broken`).
    """

    def __init__(self, facilities, version, modified=None, ordered=False, broken=()):
        self._facilities = facilities if ordered else dict(sorted(facilities.items()))
        self.version = version
        self.modified = modified
        self.broken = tuple(broken)
        self._derived = {}
        self._recent = OrderedDict()
        self._guard = threading.Lock()
        self._building = {}  # key -> the lock its one builder holds

    def __iter__(self):
        return iter(self._facilities.values())

    def __len__(self):
        return len(self._facilities)

    def __contains__(self, facility_id):
        return facility_id in self._facilities

    def get(self, facility_id):
        return self._facilities.get(facility_id)

    def require(self, facility_id):
        """Return the facility with `facility_id`; raise NotFound when there is none."""
        found = self._facilities.get(facility_id)
        if found is None:
            if any(broken.facility_id == facility_id for broken in self.broken):
                raise DataError(f"facility {facility_id!r} cannot be shown: its stored data is broken",
                                {"id": f"{facility_id!r} is stored broken"})
            raise NotFound.facility(facility_id)
        return found

    def with_facility(self, facility, version, modified=None):
        """Return a new snapshot with `facility` added or replaced."""
        facilities = dict(self._facilities)
        known = facility.id in facilities
        facilities[facility.id] = facility
        broken = [b for b in self.broken if b.facility_id != facility.id]
        new = Dataset(facilities, version, modified, ordered=known, broken=broken)  # a replacement keeps the order
        if "entry_owners" in self.__dict__:
            # Entries are never removed, so the index only grows: share it rather than
            # rebuild it over every entry at each write.
            owners = self.entry_owners
            owners.update((entry["id"], facility.id) for entry in facility.history)
            new.entry_owners = owners
        return new

    def derived(self, key, build, recent=False):
        """Return `build(self)`, computed once for this snapshot (say, the map's data).

        Concurrent askers of one key wait for its one build, so a burst of requests for a
        large answer (the whole history as CSV) costs one build, not one each. With
        `recent`, the value is kept among the latest RECENT_ANSWERS only (for answers
        whose keys clients choose, like filters).
        """
        kept = self._recent if recent else self._derived
        with self._guard:
            if key in kept:
                return kept[key]
            lock = self._building.setdefault((recent, key), threading.Lock())
        with lock:
            with self._guard:
                if key in kept:
                    return kept[key]
            try:
                value = build(self)
            finally:
                with self._guard:
                    self._building.pop((recent, key), None)
            with self._guard:
                kept[key] = value
                if recent and len(kept) > RECENT_ANSWERS:
                    kept.popitem(last=False)
            return value

    @cached_property
    def entry_owners(self):
        """Which facility holds each entry id (the first, where two do)."""
        owners = {}
        for facility in self:
            for entry in facility.history:
                owners.setdefault(entry["id"], facility.id)
        return owners

    @cached_property
    def entry_count(self):
        return sum(len(facility.history) for facility in self)

    @cached_property
    def changes(self):
        """Every counted entry with its facility, in posture order (built once a version)."""
        pairs = [(facility, entry) for facility in self for entry in facility.timeline]
        return sorted(pairs, key=lambda pair: posture_order(pair[1]))
