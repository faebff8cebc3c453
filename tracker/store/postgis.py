"""The PostGIS store: the dataset in PostgreSQL tables that many servers share (README.md, "PostGIS").

Each process keeps an in-memory snapshot, as the folder store does, and re-reads only
the facilities whose `revision` is newer than its snapshot: a `NOTIFY` on commit tells
every server of every write (`postgis_listener`), and while that connection is down the
store asks for the version on every read instead.

A write is one transaction: it takes the data version row (so writes are serialised
across servers and versions commit in order), locks the facility's row, re-reads it,
applies the change, validates the result with the same schemas and dataset-wide rules
as the folder store, writes only the rows that changed, and is acknowledged after COMMIT.
"""

import gc
import threading

import psycopg
from psycopg_pool import ConnectionPool

from tracker.errors import Conflict, DataError, Invalid, NotFound
from tracker.model import schemas
from tracker.model.validation import Problem, dataset_problems, problems
from tracker.store import postgis_sql as sql
from tracker.store.base import Store, check_written, report_digest
from tracker.store.postgis_connections import Reaching, migrate
from tracker.store.postgis_listener import VersionListener
from tracker.store.postgis_rows import entry_row, facility_row, location_of, nul_problems
from tracker.store.serialization import canonical, parse
from tracker.store.snapshot import Dataset, Facility, compact_json

POOL_SIZE = 10  # a server's waitress threads, and the snapshot's reader
CONNECT_TIMEOUT = 10  # seconds
FEW_CHANGES = 64  # facilities: fewer changed are swapped into the snapshot, more rebuild it


class PostgisStore(Store):
    """The facilities in one PostgreSQL database with PostGIS, created and migrated here."""

    def __init__(self, url, pool_size=POOL_SIZE):
        self.url = url
        self._location = location_of(url)
        self._lock = threading.RLock()
        self._snapshot = None
        self._number = -1  # the snapshot's data version
        self._listener = None  # a VersionListener, from the first read on
        try:
            with psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT, application_name="tracker") as conn:
                migrate(conn)
        except psycopg.Error as error:
            raise self._unreachable(error) from None
        self._pool = ConnectionPool(url, min_size=1, max_size=pool_size, open=True,
                                    kwargs={"application_name": "tracker"})

    @property
    def location(self):
        return self._location

    def close(self):
        """Stop listening and close every connection."""
        self._pool.close()
        if self._listener:
            self._listener.stop()

    # Reading -----------------------------------------------------------------------

    def dataset(self):
        """Return the current snapshot, re-reading only the facilities that changed."""
        if self._listener is None:
            with self._lock:
                if self._listener is None:
                    self._listener = VersionListener(self.url)
        if self._stale():
            # The connection first, then the lock: a thread holding the lock never waits for the pool.
            with self._connection() as conn, conn.transaction():
                conn.execute(sql.READ_ONLY_SNAPSHOT)
                with self._lock:
                    self._catch_up(conn)
        return self._snapshot

    def _stale(self):
        """Whether a NOTIFY told of a newer version, or none can be heard (then: ask every time)."""
        listener = self._listener
        return self._snapshot is None or listener.announced > self._number or not listener.hearing

    def _catch_up(self, conn, state=None):
        """Bring the snapshot to version `state` (default: what `conn` sees), reading the rows changed since."""
        number, modified = state or conn.execute(sql.STATE).fetchone()
        if number <= self._number:
            return
        changed = [self._checked(text, facility_id)
                   for facility_id, text in conn.execute(sql.FEATURES_SINCE, [self._number])]
        old = self._snapshot
        if old is not None and len(changed) <= FEW_CHANGES:
            self._refuse_shared_ids(old, changed)
            # A version may have written no facility (an empty import): the same ones, relabelled.
            snapshot = old if changed else Dataset({f.id: f for f in old}, str(number), modified, ordered=True)
            for facility in changed:  # shares every other facility, and the entry index
                snapshot = snapshot.with_facility(facility, str(number), modified)
        else:
            facilities = {f.id: f for f in old} if old is not None else {}
            facilities.update((facility.id, facility) for facility in changed)
            self._refuse_problems(dataset_problems(f.feature for f in facilities.values()))
            snapshot = Dataset(facilities, str(number), modified)
        self._install(snapshot, number)

    def _refuse_shared_ids(self, snapshot, changed):
        """The dataset-wide rule for a few changed facilities: no entry id of another facility."""
        ids = {facility.id for facility in changed}
        owners = snapshot.entry_owners
        found = [(facility.id, Problem(f"status_history[{index}].id",
                                       f"{entry['id']!r} is used by {owners[entry['id']]} too"))
                 for facility in changed for index, entry in enumerate(facility.history)
                 if owners.get(entry["id"], facility.id) not in ids]
        self._refuse_problems(found + dataset_problems(facility.feature for facility in changed))

    def _refuse_problems(self, found):
        if found:
            raise DataError("\n".join(f"{self._where(i)}: {i}: {p}" for i, p in found))

    def _install(self, snapshot, number):
        if number > self._number:
            self._snapshot, self._number = snapshot, number
            # As the folder store does: a snapshot is large, long-lived and free of cycles, so
            # the cyclic collector is kept from walking it on every full collection (pauses of
            # tens of ms in `/api/posture` at 10,000 facilities, BENCHMARKS.md).
            gc.freeze()

    def _checked(self, text, facility_id, read_only=True):
        """Parse and validate one stored facility; raise DataError naming it.

        The database built the text (`postgis_sql.FEATURES_SINCE`) in the schema's key order;
        it is parsed into read-only objects for snapshots, as the folder store's are
        (`serialization.parse`), and into plain ones for a writer to change.
        """
        feature = parse(text, self._where(facility_id), read_only=read_only)
        found = problems("feature", feature)
        if found:
            raise DataError("\n".join(f"{self._where(facility_id)}: {facility_id}: {p}" for p in found))
        return Facility(feature)

    def _where(self, facility_id):
        return f"{self._location} facilities/{facility_id}"

    # Writing -----------------------------------------------------------------------

    def create(self, feature):
        def create(conn, current):
            if current is not None:
                raise Conflict(f"facility {feature['id']!r} already exists",
                               {"id": f"{feature['id']!r} already exists"})
            return feature
        return self._write(feature["id"], create)

    def update(self, facility_id, change):
        def update(conn, current):
            if current is None:
                raise NotFound.facility(facility_id)
            return change(current)  # parsed afresh from the row: the caller's own copy
        return self._write(facility_id, update)

    def _write(self, facility_id, change):
        with self._connection() as conn:
            with conn.transaction():
                self._take_state(conn)
                current = self._locked(conn, facility_id)
                old = None if current is None else _rows_by_id(current)  # before `change` alters it
                feature = change(conn, current)
                self._check(self._snapshot, [feature])
                number, modified = conn.execute(sql.BUMP).fetchone()
                self._write_rows(conn, old, feature, number)
                conn.execute(sql.NOTIFY, [sql.CHANNEL, str(number)])
        facility = _as_stored(feature)
        with self._lock:
            if self._number == number - 1:
                self._install(self._snapshot.with_facility(facility, str(number), modified), number)
        return facility

    def _take_state(self, conn):
        """Take the version row (every write does, first) and catch up with the writes before."""
        state = conn.execute(sql.LOCK_STATE).fetchone()
        with self._lock:
            self._catch_up(conn, state)

    def _locked(self, conn, facility_id):
        """Lock the facility's row and return it as stored, or None when there is none."""
        if conn.execute(sql.LOCK_FACILITY, [facility_id]).fetchone() is None:
            return None
        (_, text), = conn.execute(sql.FEATURE, [facility_id]).fetchall()
        return self._checked(text, facility_id, read_only=False).feature  # the writer's own copy to change

    def _check(self, snapshot, features):
        check_written(snapshot, features)
        found = [p for feature in features for p in nul_problems(feature)]
        if found:
            raise Invalid.from_problems(found)

    def _write_rows(self, conn, old, feature, number):
        """Write the facility's row, and those entry rows that differ from `old` (by id; None: a new facility)."""
        facility_id = feature["id"]
        row = facility_row(feature, number)
        if old is None:
            conn.execute(sql.INSERT_FACILITY, row)
            old = {}
        else:
            conn.execute(sql.UPDATE_FACILITY, row[1:] + row[:1])
        new = list(_rows_by_id(feature).values())
        kept = [r[0] for r in new]
        if set(old) - set(kept):
            conn.execute(sql.DELETE_ENTRIES_BUT, [facility_id, kept])
        try:
            with conn.cursor() as cur:
                cur.executemany(sql.INSERT_ENTRY, [r for r in new if r[0] not in old])
                changed = [r[1:] + r[:1] for r in new if r[0] in old and old[r[0]] != r]
                cur.executemany(sql.UPDATE_ENTRY, changed)
        except psycopg.errors.UniqueViolation:
            raise Invalid.at("status_history.id", "an entry id is used by another facility") from None

    def merge(self, plan, progress=None):
        """Write the features `plan(dataset)` returns in one transaction (import, copy)."""
        with self._connection() as conn:
            with conn.transaction():
                self._take_state(conn)
                features = list(plan(self._snapshot))  # walked more than once below (a streamed plan: once here)
                self._check(self._snapshot, features)
                conn.execute(sql.LOCK_FACILITIES, [[feature["id"] for feature in features]])
                number, modified = conn.execute(sql.BUMP).fetchone()
                self._copy_rows(conn, features, number, progress)
                conn.execute(sql.NOTIFY, [sql.CHANNEL, str(number)])
        with self._lock:
            if self._number == number - 1:  # nothing came between: no need to read it all back
                facilities = {f.id: f for f in self._snapshot}
                facilities.update((f["id"], _as_stored(f)) for f in features)
                self._install(Dataset(facilities, str(number), modified), number)
        return len(features)

    def _copy_rows(self, conn, features, number, progress):
        conn.execute(sql.CREATE_INCOMING)
        with conn.cursor() as cur:
            with cur.copy(sql.COPY_INCOMING) as copy:
                for feature in features:
                    copy.write_row(facility_row(feature, number))
            cur.execute(sql.UPSERT_INCOMING)
            cur.execute(sql.DELETE_ENTRIES_OF, [[feature["id"] for feature in features]])
            with cur.copy(sql.COPY_ENTRIES) as copy:
                for feature in features:
                    for index, entry in enumerate(feature["properties"]["status_history"]):
                        copy.write_row(entry_row(feature["id"], index, entry))
                    if progress:
                        progress(1)

    # Evidence ------------------------------------------------------------------------

    def save_report(self, text):
        sha256 = report_digest(text)
        with self._connection() as conn:
            conn.execute(sql.SAVE_REPORT, [sha256, text])
        return sha256

    def report_text(self, sha256):
        with self._connection() as conn:
            found = conn.execute(sql.REPORT_TEXT, [sha256]).fetchone()
        return found[0] if found else None

    # Connections ---------------------------------------------------------------------

    def _connection(self):
        """A pooled connection; a database that cannot be reached is a DataError (503)."""
        return Reaching(self._pool, self._unreachable)

    def _unreachable(self, error):
        return DataError(f"{self._location}: the database cannot be used: {str(error).strip()}")


def _as_stored(feature):
    """The Facility a re-read of committed `feature` would give: the stored key order, its own dicts."""
    return Facility(parse(compact_json(canonical(feature, schemas.FEATURE_SCHEMA)), "the write", read_only=True))


def _rows_by_id(feature):
    """The `entries` rows of a Feature by entry id, in history order."""
    history = feature["properties"]["status_history"]
    return {e["id"]: entry_row(feature["id"], i, e) for i, e in enumerate(history)}
