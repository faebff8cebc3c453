"""The folder store: a directory of GeoJSON files, one a facility (the default backend).

Layout: one file per facility, `<id>.geojson`, holding that facility's GeoJSON Feature
with its whole history. A new entry rewrites one small file, whatever the size of the
dataset, and shows in git as a diff of that entry alone.

Writes take a lock file beside the data (`.tracker.lock`, across processes and threads),
re-read the facility from disk, validate the result, write a temporary file, fsync it and
rename it over the old one; then they bump `.tracker.generation`, which tells every other
process that its cached snapshot is stale. A file that does not parse or validate is
left out of the snapshot and listed in its `broken`, named relative to the folder; writes
to that facility are refused and the file is never overwritten. A cold start reads only
the files that changed since the cache beside them was made (`tracker.store.cache`).
"""

import contextlib
import datetime
import gc
import os
import re
import secrets
import threading
from copy import deepcopy
from itertools import chain
from pathlib import Path

from filelock import FileLock

from tracker.errors import Conflict, DataError, NotFound
from tracker.model.validation import Problem, entry_id_problems, problems
from tracker.store import cache
from tracker.store.base import Broken, Seen, Store, check_written, refuse_broken, report_digest
from tracker.store.files import make_durable, sync_dir, write_atomic, write_temp
from tracker.store.serialization import parse, serialize, share
from tracker.store.snapshot import Dataset, Facility, Outline

SUFFIX = ".geojson"
LOCK_NAME = ".tracker.lock"
GENERATION_NAME = ".tracker.generation"
# Kept report texts (evidence for intake): <data>/reports/<sha256>.txt, not read as facilities.
REPORTS_DIR = "reports"
REPORT_NAME = re.compile("[0-9a-f]{64}")


@contextlib.contextmanager
def _no_collection():
    """No cyclic collection while a snapshot is made from the cache: its millions of new
    objects (tuples, strings) would start collections that walk them all again and again,
    a third of a restart's CPU at 10,000 facilities; none of them is in a cycle."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _entry_id_problems(facilities):
    """`entry_id_problems` of the facilities (by id), from their outlines (no Feature parsed).

    That rule looks at each id in Python; most datasets hold no id twice, which one set
    of all 1,000,000 ids (at 100,000 facilities) tells in C, so the walk runs only when
    some id repeats (within a facility too: the rule then finds nothing).
    """
    ids = [f.outline.entry_ids for f in facilities.values()]
    if len(set(chain.from_iterable(ids))) == sum(map(len, ids)):
        return []
    return entry_id_problems((f.id, f.outline.entry_ids) for f in facilities.values())


class FolderStore(Store):
    """Reads, checks, caches and writes the facilities under one directory."""

    def __init__(self, root):
        self.root = Path(root)
        self._file_lock = FileLock(self.root / LOCK_NAME)
        self._thread_lock = threading.RLock()
        self._snapshot = None
        self._signatures = {}  # file name -> (inode, size, mtime): what the snapshot read
        self._broken = {}  # file name -> (signature, Broken): broken files, not re-read until changed
        self._shared = {}  # repeated strings of the data, one object each (serialization.share)

    # Reading -----------------------------------------------------------------------

    def dataset(self):
        """Return the current snapshot, re-reading only the files that changed.

        Returns
        -------
        Dataset

        Raises
        ------
        DataError
            When the directory is missing. A file that does not parse or validate is
            listed in the snapshot's `broken` instead.
        """
        with self._thread_lock:
            version = self._version()
            if self._snapshot is None or self._snapshot.version != version:
                self._snapshot = self._rescan(version)
            return self._snapshot

    @property
    def location(self):
        return str(self.root)

    def path(self, facility_id):
        return self.root / f"{facility_id}{SUFFIX}"

    def _version(self):
        """Identify the data's state cheaply: the generation token and the directory's mtime."""
        try:
            token = (self.root / GENERATION_NAME).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            token = ""
        try:
            mtime = self.root.stat().st_mtime_ns
        except FileNotFoundError:
            raise DataError(f"{self.root}: no such data directory") from None
        # A broken file is watched itself: mending it in place does not touch the folder.
        mended = "".join(f"-{self._stat_signature(name)}" for name in sorted(self._broken))
        return f"{token}-{mtime}{mended}"

    def _stat_signature(self, name):
        try:
            stat = (self.root / name).stat()
        except FileNotFoundError:
            return "gone"
        return f"{stat.st_ino}.{stat.st_size}.{stat.st_mtime_ns}"

    def _rescan(self, version):
        with _no_collection():
            cached = cache.load(self.root) if self._snapshot is None else {}
        # Without a cache (or a snapshot to start from) every file is read and validated,
        # which makes garbage the collector must see; otherwise few files are read.
        with _no_collection() if cached or self._snapshot else contextlib.nullcontext():
            return self._read_all(version, cached)

    def _read_all(self, version, cached):
        old = {f.id: f for f in self._snapshot} if self._snapshot else {}
        facilities, signatures, broken, read = {}, {}, {}, 0
        with os.scandir(self.root) as entries:
            files = sorted((e for e in entries if e.name.endswith(SUFFIX) and not e.name.startswith(".")),
                           key=lambda e: e.name)
        for entry in files:
            stat = entry.stat()
            signature = (stat.st_ino, stat.st_size, stat.st_mtime_ns)
            facility_id = entry.name[: -len(SUFFIX)]
            known = self._broken.get(entry.name)
            if self._signatures.get(entry.name) == signature and facility_id in old:
                facilities[facility_id] = old[facility_id]
            elif known and known[0] == signature:
                broken[entry.name] = known
                continue
            elif entry.name in cached and tuple(cached[entry.name][0]) == signature:
                _, text, entry_ids, days = cached[entry.name]
                facilities[facility_id] = Facility.stored(facility_id, text, Outline(entry_ids, days), self._shared)
            else:
                try:
                    facilities[facility_id] = Facility(share(self._read(Path(entry.path)), self._shared))
                    read += 1
                except DataError as error:
                    broken[entry.name] = (signature, Broken(facility_id, entry.name, error.problems))
                    continue
            signatures[entry.name] = signature
        for facility_id, problem in _entry_id_problems(facilities):
            name = self.path(facility_id).name
            if facilities.pop(facility_id, None) is not None:
                broken[name] = (signatures.pop(name), Broken(facility_id, name, (f"{facility_id}: {problem}",)))
        self._signatures, self._broken = signatures, broken
        if self._snapshot is None and read and len(facilities) >= cache.CACHE_FROM:
            cache.save(self.root, {name: (signature, facilities[name[: -len(SUFFIX)]])
                                   for name, signature in signatures.items()})
            # Served as a restart would serve them, from their texts: a cold start then
            # holds no more than a restart does.
            facilities = {key: Facility.stored(key, f.json_bytes, f.outline, self._shared)
                          for key, f in facilities.items()}
        # A snapshot is large, long-lived and free of cycles: keep the cyclic collector from
        # walking it on every full collection (pauses of ~200 ms at 10,000 facilities).
        gc.freeze()
        return Dataset(facilities, version, self._modified(*(s[2] for s in signatures.values())),
                       broken=[b for _, b in sorted(broken.values(), key=lambda pair: pair[1].where)])

    def _modified(self, *mtimes):
        """The data's last change: the newest mtime (ns) of the files and the directory.

        The directory's own mtime moves when a file is added, replaced or removed, so
        a removal counts too.
        """
        newest = max([self.root.stat().st_mtime_ns, *mtimes])
        return datetime.datetime.fromtimestamp(newest / 1e9, datetime.timezone.utc)

    def _read(self, path):
        """Read and validate one facility file; raise DataError naming it (by its name only).

        The error's `problems` lists what is wrong, each as it follows the file name.
        """
        try:
            text = path.read_text(encoding="utf-8")
            feature = parse(text, path.name, read_only=True)
        except (OSError, UnicodeDecodeError) as error:
            found = [f"cannot be read: {getattr(error, 'strerror', None) or error}"]
        except DataError as error:
            found = [error.message.removeprefix(f"{path.name}: ")]
        else:
            feature_id = feature.get("id") if isinstance(feature, dict) else None
            problems_found = problems("feature", feature)
            if not problems_found and path.name != f"{feature_id}{SUFFIX}":
                problems_found = [Problem("id", f"{feature_id!r} does not match the file name {path.name!r}")]
            if not problems_found:
                return feature
            found = [f"{feature_id or '?'}: {p}" for p in problems_found]
        error = DataError("\n".join(f"{path.name}: {line}" for line in found))
        error.problems = tuple(found)
        raise error

    # Writing -----------------------------------------------------------------------

    def create(self, feature):
        """Store a new facility; raise Conflict when its id is taken, Invalid when it is wrong.

        Returns
        -------
        Facility
            As stored.
        """
        def create(current):
            if current is not None:
                raise Conflict(f"facility {feature['id']!r} already exists",
                               {"id": f"{feature['id']!r} already exists"})
            return feature
        return self._write(feature["id"], create)

    def update(self, facility_id, change):
        """Apply `change` (feature -> feature) to a stored facility and store the result.

        The facility is re-read from disk under the lock, so a write made meanwhile by
        another process is never lost. `change` may raise to abort; nothing is written.
        """
        def update(current):
            if current is None:
                raise NotFound.facility(facility_id)
            return change(current)
        return self._write(facility_id, update)

    def _write(self, facility_id, change):
        with self._thread_lock, self._file_lock:
            snapshot = self.dataset()
            refuse_broken(snapshot, [facility_id])
            path = self.path(facility_id)
            current = self._read(path) if path.exists() else None
            feature = change(deepcopy(current))
            check_written(snapshot, [feature])
            text = serialize(feature)
            write_atomic(path, text)
            self._bump()
            stat = path.stat()
            self._signatures[path.name] = (stat.st_ino, stat.st_size, stat.st_mtime_ns)
            # The snapshot holds what a re-read would give (read-only), never the caller's dict.
            facility = Facility(share(parse(text, path, read_only=True), self._shared))
            self._snapshot = snapshot.with_facility(facility, self._version(),
                                                    self._modified(stat.st_mtime_ns))
            return facility

    def _bump(self):
        """Tell other processes their snapshots are stale. Not fsynced: a crash empties caches."""
        write_atomic(self.root / GENERATION_NAME, secrets.token_hex(8) + "\n", durable=False)

    def merge(self, plan, progress=None):
        """Write the features `plan(dataset)` gives, streamed: every file durable, then every rename.

        Each feature is checked (with the dataset-wide rules, against the snapshot and the
        features before it) and written to a temporary file as it comes; only once the
        plan is walked whole and every file is on disk are they renamed into place.
        """
        with self._thread_lock, self._file_lock:
            snapshot = self.dataset()
            seen, temps = Seen(), []
            try:
                planned = plan(snapshot)
                validated = getattr(planned, "validated", set())
                texts = getattr(planned, "texts", {})
                for feature in planned:
                    refuse_broken(snapshot, [feature["id"]])
                    check_written(snapshot, [feature], seen, validated)
                    path = self.path(feature["id"])
                    text = texts.get(id(feature)) or serialize(feature)
                    temps.append((write_temp(path, text, durable=False), path))
                    if progress:
                        progress(1)
                make_durable([temp for temp, _ in temps])
            except BaseException:
                for temp, _ in temps:
                    temp.unlink(missing_ok=True)
                raise
            for temp, path in temps:
                os.replace(temp, path)
            sync_dir(self.root)
            self._bump()
            return len(temps)

    # Evidence ------------------------------------------------------------------------

    def save_report(self, text):
        sha256 = report_digest(text)
        path = self._report_path(sha256)
        if not path.exists():
            path.parent.mkdir(exist_ok=True)
            write_atomic(path, text)
        return sha256

    def report_text(self, sha256):
        try:
            return self._report_path(sha256).read_text(encoding="utf-8")
        except (FileNotFoundError, ValueError):
            return None

    def _report_path(self, sha256):
        if not REPORT_NAME.fullmatch(sha256):
            raise ValueError(f"{sha256!r} is not a sha256")
        return self.root / REPORTS_DIR / f"{sha256}.txt"

