"""The folder store's cache of its parsed files: a server at 100,000 facilities starts in seconds.

Reading 100,000 files means parsing and validating each (a minute); the cache keeps what
that gave, each facility with the signature of the file it came from (inode, size, mtime),
in one file beside the data, `.tracker.cache` (git-ignored, like the lock). On a cold start
the store reads only the files whose signature differs from the cached one, validates
those alone, and keeps the cached features of the rest; then the dataset-wide rules run
over the whole, as they always do (README, "How geodata/ is laid out").

The format is `marshal` (no code is ever run on loading, unlike pickle), tagged with the
Python version, the schema and the source of the rules (`tracker/model/`), so a cache made
by other code, or under other rules, is ignored. marshal keeps
shared objects shared, so strings made shared on reading (`share`) stay one object each.
A cache that cannot be read is ignored, never an error: the files are the truth.
"""

import functools
import hashlib
import json
import marshal
import os
import sys
from pathlib import Path

from tracker import model
from tracker.store.files import temp_path
from tracker.store.serialization import plain

CACHE_NAME = ".tracker.cache"
MARSHAL_VERSION = 4
# Smaller datasets read in well under a second: no cache file for them.
CACHE_FROM = 1_000
# Values that repeat across entries and facilities: one string each in memory.
SHARED_PROPERTIES = ("kind", "operator", "country", "location_precision")
SHARED_ENTRY = ("status", "effective", "date_precision", "reliability", "recorded_by")
SHARED_SOURCE = ("publisher", "published", "title", "url")


@functools.cache
def _rules_digest():
    """What makes a facility valid: the schema and the validation code, as a digest."""
    digest = hashlib.sha1(json.dumps(model.FEATURE_SCHEMA, sort_keys=True, default=str).encode())
    for source in sorted(Path(model.__file__).parent.glob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()


def _tag():
    return f"tracker-cache-1 {sys.version_info[:2]} {_rules_digest()}"


def load(root):
    """Return {file name: (signature, feature)} from the cache in `root`, or {}."""
    try:
        with open(os.path.join(root, CACHE_NAME), "rb") as handle:
            tag, files = marshal.load(handle)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return files if tag == _tag() and isinstance(files, dict) else {}


def save(root, files):
    """Write {file name: (signature, feature)} as the cache of `root`, atomically.

    Features may be read-only (a snapshot's): marshal takes plain dicts and lists only, so
    they are written as such, and `load` gives them plain. Not fsynced: a cache lost in a
    crash is rebuilt from the files.
    """
    path = os.path.join(root, CACHE_NAME)
    temp = temp_path(path)
    files = {name: (signature, plain(feature)) for name, (signature, feature) in files.items()}
    try:
        with open(temp, "xb") as handle:
            marshal.dump((_tag(), files), handle, MARSHAL_VERSION)
        os.replace(temp, path)
    except OSError:
        temp.unlink(missing_ok=True)  # a read-only or full disk: run without a cache


def share(feature, memo):
    """Make repeated strings of `feature` one object each (`memo`: value -> value); return it.

    At 100,000 facilities and 1,000,000 entries, dates, statuses, publishers and titles
    repeat across entries: one string each saves hundreds of megabytes. A read-only
    feature (`serialization.read_only`) is changed too: an equal string for an equal one
    changes nothing a reader can see.
    """
    put = dict.__setitem__  # past ReadOnlyDict's refusal
    properties = feature["properties"]
    for key in SHARED_PROPERTIES:
        put(properties, key, memo.setdefault(properties[key], properties[key]))
    for entry in properties["status_history"]:
        for key in SHARED_ENTRY:
            if key in entry:
                put(entry, key, memo.setdefault(entry[key], entry[key]))
        source = entry["source"]
        for key in SHARED_SOURCE:
            if key in source:
                put(source, key, memo.setdefault(source[key], source[key]))
    return feature
