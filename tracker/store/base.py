"""The store interface: what the code above the store (posture, API, map, exports, editing) uses.

Every backend keeps the dataset as GeoJSON Features in the stored shape of
`tracker.store.serialization` and hands out immutable snapshots (`Dataset`). A write
re-reads the facility inside the backend's own serialisation (a file lock, a locked row),
applies the caller's change, validates the result (the facility's schema and the
dataset-wide rules) and is acknowledged only once durable. Callers never learn which
backend they have.

One broken facility never takes the dataset down: a stored facility that cannot be read
or breaks the model is left out of the snapshot and listed in its `broken` (a `Broken`
each: the facility, where it is stored relative to the store, what is wrong). Readers get
every sound facility; writes to a broken one raise DataError until it is mended
(`refuse_broken`); `tracker validate` fails while any is listed. A backend raises
DataError from `dataset()` only when the store as a whole cannot be read.
"""

import abc
import hashlib
from dataclasses import dataclass

from tracker.errors import DataError, Invalid
from tracker.model.validation import Problem, problems


class Store(abc.ABC):
    """A dataset of facilities that many readers and writers share."""

    @abc.abstractmethod
    def dataset(self):
        """Return the current snapshot, re-reading only what changed since the last one.

        Returns
        -------
        Dataset
            Every sound facility; the broken ones in its `broken`.

        Raises
        ------
        DataError
            When the store as a whole cannot be read (a missing folder, no database).
        """

    @abc.abstractmethod
    def create(self, feature):
        """Store a new facility; raise Conflict when its id is taken, Invalid when it is wrong.

        Returns
        -------
        Facility
            As stored.
        """

    @abc.abstractmethod
    def update(self, facility_id, change):
        """Apply `change` (feature -> feature) to the stored facility and store the result.

        `change` gets a private copy of the facility as stored at the moment of the write
        (so a write made meanwhile elsewhere is never lost) and may raise to abort.

        Returns
        -------
        Facility
            As stored.
        """

    @abc.abstractmethod
    def merge(self, plan, progress=None):
        """Write the features `plan(dataset)` returns, all or none (import).

        `plan` is called with the current snapshot inside the store's serialisation,
        so nothing written meanwhile is lost; every feature it returns is validated,
        with the dataset-wide rules, before anything is written for good. What `plan`
        returns may be a streamed, re-iterable plan (`tracker.importing.Plan`) that
        raises while it is walked: then nothing is written. A plan may name the features
        it has validated whole already, with the same schemas, in `validated` (a set of
        their `id()`s): those are not validated twice; and it may give the stored text
        (`serialization.serialize`) of some in `texts` (`id()` -> text), made already
        elsewhere, for a backend that writes texts. `progress`, when given, is called
        with 1 for each feature written.

        Returns
        -------
        int
            How many features were written. (Not the snapshot after the write: at
            100,000 facilities reading it back would cost more than the import.)
        """

    @abc.abstractmethod
    def save_report(self, text):
        """Keep a report's text as evidence; return its sha256 (hex). Idempotent."""

    @abc.abstractmethod
    def report_text(self, sha256):
        """Return the kept text with this sha256, or None."""

    def __str__(self):
        return self.location

    def close(self):
        """Let go of what the store holds open (PostGIS: its connections); a folder holds nothing."""

    @property
    @abc.abstractmethod
    def location(self):
        """Where the data lives, as a user names it (a folder path, a database URL without password)."""


@dataclass(frozen=True)
class Broken:
    """A stored facility that cannot be read or breaks the model, left out of the snapshot.

    `where` is where it is stored, relative to the store (a folder store's file name,
    "amuda.geojson"; never a server's absolute path); `problems` are what is wrong, each
    as it follows `where` in a message ("amuda: status_history[0].effective: ...").
    """

    facility_id: str
    where: str
    problems: tuple

    def lines(self, prefix=""):
        """The problems as message lines, `where` prefixed with `prefix` (say, a folder)."""
        return [f"{prefix}{self.where}: {problem}" for problem in self.problems]


def refuse_broken(snapshot, facility_ids):
    """Raise DataError when a facility among `facility_ids` is broken in `snapshot`."""
    found = [broken for broken in snapshot.broken if broken.facility_id in set(facility_ids)]
    if found:
        lines = [line for broken in found for line in broken.lines()]
        raise DataError(f"facility {found[0].facility_id!r} is stored broken; mend it before "
                        f"writing to it:\n" + "\n".join(lines))


def report_digest(text):
    """The sha256 (hex) of a report's text as UTF-8: the name its evidence is kept under."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Seen:
    """What one write has checked so far: its facilities, and the owner of each entry id."""

    def __init__(self):
        self.facilities, self.owners = set(), {}


def check_written(snapshot, features, seen=None, validated=()):
    """Raise Invalid unless every feature, and the dataset with them, is valid.

    Each feature is checked against its schema; then its entry ids must not be used by
    another facility (the dataset-wide rule), or every other process would refuse the
    whole dataset on its next read. A write that checks its features a few at a time
    (a streamed import) passes the same `Seen` to each call, so the features of one call
    are checked against those of the calls before it too. Features whose `id()` is in
    `validated` passed `problems` already (a plan's own check): only the dataset-wide rule.
    """
    features = list(features)
    for feature in features:
        found = [] if id(feature) in validated else problems("feature", feature)
        if found:
            raise Invalid.from_problems(found)
    seen = Seen() if seen is None else seen
    seen.facilities.update(feature["id"] for feature in features)
    written, owners = seen.facilities, snapshot.entry_owners
    found = []
    for feature in features:
        for index, entry in enumerate(feature["properties"]["status_history"]):
            owner = seen.owners.setdefault(entry["id"], feature["id"])
            if owner == feature["id"]:
                owner = owners.get(entry["id"], feature["id"])
                if owner in written:
                    continue
            if owner != feature["id"]:
                found.append(Problem(f"status_history[{index}].id", f"{entry['id']!r} is used by {owner} too"))
    if found:
        raise Invalid.from_problems(found)
