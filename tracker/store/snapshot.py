"""In-memory snapshots of the dataset, with what is derived from each facility once.

A `Dataset` never changes: a write makes a new one that shares every facility it did
not touch, so readers in other threads keep a consistent view and a write costs the
same at 10 facilities or 10,000.
"""

import json
from bisect import bisect_right
from functools import cached_property

from tracker.errors import NotFound
from tracker.posture import counts, posture_order

# The facility's fields a posture feature repeats beside its status (and the OpenAPI
# document describes from this list).
SUMMARY_FIELDS = ("name", "kind", "operator", "country", "location_precision")


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
        # tracker.features. A write makes a new Facility, so they are never stale.
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

    @cached_property
    def last_recorded(self):
        """The last UTC day anything was recorded in this history (an entry or a retraction)."""
        stamps = [entry["recorded_at"] for entry in self.history]
        stamps += [entry["retracted"]["at"] for entry in self.history if "retracted" in entry]
        return max(stamps, default="")[:10]

    def with_history(self, history):
        """This facility with another history (say, as it was known on a day)."""
        properties = {**self.properties, "status_history": history}
        return Facility({**self.feature, "properties": properties})

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
    Last-Modified.
    """

    def __init__(self, facilities, version, modified=None, ordered=False):
        self._facilities = facilities if ordered else dict(sorted(facilities.items()))
        self.version = version
        self.modified = modified
        self._derived = {}

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
            raise NotFound.facility(facility_id)
        return found

    def with_facility(self, facility, version, modified=None):
        """Return a new snapshot with `facility` added or replaced."""
        facilities = dict(self._facilities)
        known = facility.id in facilities
        facilities[facility.id] = facility
        new = Dataset(facilities, version, modified, ordered=known)  # a replacement keeps the order
        if "entry_owners" in self.__dict__:
            # Entries are never removed, so the index only grows: share it rather than
            # rebuild it over every entry at each write.
            owners = self.entry_owners
            owners.update((entry["id"], facility.id) for entry in facility.history)
            new.entry_owners = owners
        return new

    def replaced(self, facilities, version):
        """A snapshot of other `facilities` (in this one's order) at another `version`."""
        return Dataset({facility.id: facility for facility in facilities}, version, self.modified,
                       ordered=True)

    def derived(self, key, build):
        """Return `build(self)`, computed once for this snapshot (say, the map's data)."""
        if key not in self._derived:
            self._derived[key] = build(self)
        return self._derived[key]

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
