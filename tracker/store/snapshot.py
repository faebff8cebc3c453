"""In-memory snapshots of the dataset, with what is derived from each facility once.

A `Dataset` never changes: a write makes a new one that shares every facility it did
not touch, so readers in other threads keep a consistent view and a write costs the
same at 10 facilities or 10,000.
"""

import json
import sys
import threading
import time
from bisect import bisect_right
from collections import OrderedDict
from functools import cached_property
from typing import NamedTuple

import orjson

from tracker.errors import DataError, NotFound
from tracker.store import memory
from tracker.posture import counts, day_ordinal, posture_order
from tracker.store.serialization import plain_numbers, read_only, share

# The facility's fields a posture feature repeats beside its status (and the OpenAPI
# document describes from this list).
SUMMARY_FIELDS = ("name", "kind", "operator", "country", "location_precision")
# Answers to filtered whole-dataset queries kept per snapshot: clients choose the filters,
# so only the latest few are kept.
RECENT_ANSWERS = 8
# Features of facilities read from their texts (`Facility.stored`) kept parsed at once: the
# last asked. Every Feature kept was 1.1 GB at 100,000 facilities (BENCHMARKS.md).
PARSED_KEPT = 2048
_LAST_PARSED = OrderedDict()  # Facility -> _Parsed, oldest first; guarded by _PARSING
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

    A facility is made either from its parsed Feature, which it keeps, or from the compact
    JSON text of one and its `Outline` (`Facility.stored`): then the Feature is parsed when
    an answer needs it and kept among the last PARSED_KEPT parsed (`_Parsed`), not for
    good. A folder store's server restarts from its cache that way, reading texts rather
    than making 100,000 Features' objects, and holds the texts, not the Features: 11 kB
    a facility parsed against 6 kB of text (README, "How geodata/ is laid out"). The
    posture index and the dataset-wide rules need only the outline; the filters need only
    the facility's `brief`, kept once made.
    """

    def __init__(self, feature):
        self.id = feature["id"]
        self._feature = feature
        self._parsed_kept = _Parsed(feature)
        self._json = None  # its compact JSON, made on first use (see `json_bytes`)
        self._outline = None
        self._brief = None
        self._shared = None  # the store's strings to share: only a facility read from its text has them
        # Texts the answers derive from this facility, made on first use by
        # tracker.exports.geojson. A write makes a new Facility, so they are never stale.
        self.texts = {}

    @classmethod
    def stored(cls, facility_id, json_bytes, outline, shared=None):
        """The facility whose Feature `json_bytes` is (`compact_json`, UTF-8), parsed when used.

        `shared` (value -> value, the store's) makes the strings of the facility's `brief`
        one object each (`serialization.share`'s rule).
        """
        made = cls.__new__(cls)
        made.id, made._feature, made._parsed_kept, made._outline, made.texts = facility_id, None, None, outline, {}
        made._brief, made._shared, made._json = None, shared, json_bytes
        return made

    def _parsed(self):
        """The Feature parsed, with its timeline: kept for good, or among the last parsed."""
        if self._parsed_kept is not None:
            return self._parsed_kept
        with _PARSING:  # one parse, whichever thread asks first
            found = _LAST_PARSED.get(self)
            if found is None:
                found = _LAST_PARSED[self] = _Parsed(parse_compact(self.json_bytes))
                if len(_LAST_PARSED) > PARSED_KEPT:
                    _LAST_PARSED.popitem(last=False)
                if self._brief is None:  # made with the first parse: no pass of its own
                    self._brief = Brief.made(found, self._shared)
            else:
                _LAST_PARSED.move_to_end(self)
            return found

    @property
    def feature(self):
        return self._parsed().feature

    @property
    def properties(self):
        return self._parsed().feature["properties"]

    @property
    def history(self):
        return self._parsed().feature["properties"]["status_history"]

    @property
    def outline(self):
        """What the dataset-wide passes need of this facility, without its Feature (`Outline`)."""
        if self._outline is None:
            self._outline = Outline.of(self)
        return self._outline

    @property
    def brief(self):
        """The facility's summary fields and its timeline's statuses (`Brief`), kept once made:
        what the filters ask, without a Feature kept."""
        if self._brief is None:
            self._brief = Brief.made(self._parsed(), self._shared)
        return self._brief

    @property
    def timeline(self):
        """Entries that count, in posture order: by `effective`, ties by `recorded_at`."""
        return self._parsed().timeline

    def governing(self, date):
        """Return the entry in force at ISO `date`, or None when there is none yet."""
        parsed = self._parsed()
        index = bisect_right(parsed.effective_dates, date)
        return parsed.timeline[index - 1] if index else None

    def governing_position(self, date):
        """The position in the timeline of the entry in force at ISO `date`, or None: from the
        outline, without the Feature (ISO dates sort as their day ordinals)."""
        index = bisect_right(self.outline.timeline_days, day_ordinal(date))
        return index - 1 if index else None

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

    @property
    def json_bytes(self):
        """The Feature as compact JSON in UTF-8 (lone surrogates passed through, as `json` holds them).

        Kept as one text, or cut in pieces (`cut_json`) that join back to it.
        """
        made = self._json
        if made is None:
            made = self._json = compact_bytes(self.feature, "surrogatepass")
        return made if type(made) is bytes else b"".join(made)

    def cut_json(self, spans):
        """Keep the JSON text cut at `spans` (sorted, disjoint (start, end) byte ranges of it)
        and return the piece of each span: answers that repeat a part of the text (a posture
        Feature repeats its entry) share that very object rather than hold a copy of it."""
        text, pieces, cut, kept = self.json_bytes, [], 0, []
        for start, end in spans:
            pieces.append(text[cut:start])
            kept.append(text[start:end])
            pieces.append(kept[-1])
            cut = end
        pieces.append(text[cut:])
        self._json = tuple(pieces)  # one assignment: a reader sees the text whole or the pieces
        return kept

    @property
    def json(self):
        """The Feature as compact JSON, made once and reused by every answer."""
        return self.json_bytes.decode("utf-8", "surrogatepass")


class _Parsed:
    """A facility's Feature and its timeline (the counted entries in posture order)."""

    __slots__ = ("feature", "timeline", "effective_dates")

    def __init__(self, feature):
        self.feature = feature
        counted = [entry for entry in feature["properties"]["status_history"] if counts(entry)]
        self.timeline = sorted(counted, key=posture_order)
        self.effective_dates = [entry["effective"] for entry in self.timeline]


class Brief(NamedTuple):
    """A facility's SUMMARY_FIELDS (by name, `field`) and its timeline's statuses, in posture order."""

    summary: tuple
    statuses: tuple

    @classmethod
    def made(cls, parsed, shared=None):
        """The brief of a `_Parsed` facility; `shared` (value -> value) makes repeated values one object."""
        properties = parsed.feature["properties"]
        summary = tuple(properties[name] for name in SUMMARY_FIELDS)
        if shared is not None:  # repeated values (kinds, operators, countries) one object each
            summary = tuple(shared.setdefault(value, value) for value in summary)
        return cls(summary, tuple(sys.intern(entry["status"]) for entry in parsed.timeline))

    def field(self, name):
        return self.summary[SUMMARY_FIELDS.index(name)]


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
            started = time.perf_counter()
            try:
                value = build(self)
            finally:
                with self._guard:
                    self._building.pop((recent, key), None)
            if time.perf_counter() - started > memory.LARGE_BUILD_S:
                memory.release()  # what a large build parsed for the moment (see tracker.store.memory)
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
