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
from typing import NamedTuple

import orjson

from tracker.errors import DataError, NotFound
from tracker.posture import counts, day_ordinal, posture_order
from tracker.store.serialization import plain_numbers, read_only, share

# The facility's fields a posture feature repeats beside its status (and the OpenAPI
# document describes from this list).
SUMMARY_FIELDS = ("name", "kind", "operator", "country", "location_precision")
# Answers to filtered whole-dataset queries kept per snapshot: clients choose the filters,
# so only the latest few are kept.
RECENT_ANSWERS = 8
_PARSING = threading.Lock()
# Each byte of a text as "0" (a digit) or " ", so that a run of 19 digits is one `in`
# (a regular expression looked at each byte in turn: a fifth of a Feature's parse).
_DIGITS = bytes(48 if 48 <= byte <= 57 else 32 for byte in range(256))
_LONG_DIGITS = b"0" * 19


def compact_json(value):
    """Serialise for the wire: no spaces, non-Latin text kept as it is."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def compact_bytes(value, errors="strict", plain=None):
    """`compact_json(value)` in UTF-8 (`errors`: how a lone surrogate is encoded).

    orjson writes the same bytes five times faster, except for numbers Python writes with
    an exponent (and NaN, which it writes as null), keys that are not strings and lone
    surrogates: those values go through `json` (as `serialization.serialize` does). Every
    posture Feature text is made here: 1,000,000 of them at 100,000 facilities. `plain`,
    when given, is `serialization.plain_numbers(value)`, known already (a facility's
    numbers are those of each text made from its parts).
    """
    try:
        if not (plain_numbers(value) if plain is None else plain):
            raise orjson.JSONEncodeError("a number Python writes with an exponent")
        return orjson.dumps(value)
    except orjson.JSONEncodeError:
        return compact_json(value).encode("utf-8", errors)


class Facility:
    """One stored facility (a GeoJSON Feature) and its derived timeline.

    A facility is made either from its parsed Feature, or from the compact JSON text of
    one and its `Outline` (`Facility.stored`): then the Feature is parsed on first use.
    A folder store's server restarts from its cache that way, reading texts rather than
    making 100,000 Features' objects (README, "How geodata/ is laid out"); the posture
    index and the dataset-wide rules need only the outline.
    """

    def __init__(self, feature):
        self.id = feature["id"]
        self._feature = feature
        self._outline = None
        self._shared = None
        # Texts the answers derive from this facility, made on first use by
        # tracker.exports.geojson. A write makes a new Facility, so they are never stale.
        self.texts = {}

    @classmethod
    def stored(cls, facility_id, json_bytes, outline, shared=None):
        """The facility whose Feature `json_bytes` is (`compact_json`, UTF-8), parsed when first used.

        `shared` (value -> value, the store's) makes the Feature's repeated strings one
        object each when it is parsed (`serialization.share`).
        """
        made = cls.__new__(cls)
        made.id, made._feature, made._outline, made.texts = facility_id, None, outline, {}
        made._shared = shared
        made.__dict__["json_bytes"] = json_bytes
        return made

    @property
    def feature(self):
        if self._feature is None:
            with _PARSING:  # one parse, whichever thread asks first
                if self._feature is None:
                    self._feature = parse_compact(self.__dict__["json_bytes"])
                    if self._shared is not None:
                        share(self._feature, self._shared)
                    # The text goes once the Feature is made (`json_bytes` makes it again,
                    # the same bytes, if asked): a facility does not hold both.
                    del self.__dict__["json_bytes"]
        return self._feature

    @property
    def properties(self):
        return self.feature["properties"]

    @property
    def history(self):
        return self.feature["properties"]["status_history"]

    @property
    def outline(self):
        """What the dataset-wide passes need of this facility, without its Feature (`Outline`)."""
        if self._outline is None:
            self._outline = Outline.of(self)
        return self._outline

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
    def json_bytes(self):
        """The Feature as compact JSON in UTF-8 (lone surrogates passed through, as `json` holds them)."""
        return compact_bytes(self.feature, "surrogatepass")

    @property
    def json(self):
        """The Feature as compact JSON, made once and reused by every answer."""
        return self.json_bytes.decode("utf-8", "surrogatepass")


class Outline(NamedTuple):
    """A facility's entry ids (in history order) and its timeline's day ordinals (posture order).

    Enough for the rule that no entry id is used twice across facilities and for the
    posture index, so a snapshot read from the cache answers without parsing a Feature.
    """

    entry_ids: tuple
    timeline_days: tuple

    @classmethod
    def of(cls, facility):
        return cls(tuple(entry["id"] for entry in facility.history),
                   tuple(day_ordinal(entry["effective"]) for entry in facility.timeline))


def parse_compact(json_bytes):
    """A Feature from its `compact_json` bytes, read-only as a snapshot's are (`serialization.read_only`).

    The text was made from a validated Feature, so it is parsed as it is (orjson) rather
    than checked again. orjson refuses lone surrogates and reads integers past 64 bits as
    floats; such texts (or any with a run of 19 digits, even in a string) go through
    Python's parser, which made them.
    """
    try:
        if _LONG_DIGITS in json_bytes.translate(_DIGITS):
            raise orjson.JSONDecodeError("an integer orjson may read as a float", "", 0)
        value = orjson.loads(json_bytes)
    except orjson.JSONDecodeError:
        value = json.loads(json_bytes.decode("utf-8", "surrogatepass"))
    return read_only(value)


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
            owners.update((entry_id, facility.id) for entry_id in facility.outline.entry_ids)
            new.entry_owners = owners
        return new

    def replaced(self, facilities, version):
        """A snapshot of other `facilities` (in this one's order) at another `version`."""
        return Dataset({facility.id: facility for facility in facilities}, version, self.modified,
                       ordered=True, broken=self.broken)

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
            for entry_id in facility.outline.entry_ids:  # not the history: no Feature parsed
                owners.setdefault(entry_id, facility.id)
        return owners

    @cached_property
    def entry_count(self):
        return sum(len(facility.outline.entry_ids) for facility in self)

    @cached_property
    def changes(self):
        """Every counted entry with its facility, in posture order (built once a version)."""
        pairs = [(facility, entry) for facility in self for entry in facility.timeline]
        return sorted(pairs, key=lambda pair: posture_order(pair[1]))
