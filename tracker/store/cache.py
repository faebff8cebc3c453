"""The folder store's cache of its parsed files: a server at 100,000 facilities starts in seconds.

Reading 100,000 files means parsing and validating each (minutes); the cache keeps what
that gave, each facility with the signature of the file it came from (inode, size, mtime),
in one file beside the data, `.tracker.cache` (git-ignored, like the lock). On a cold start
the store reads only the files whose signature differs from the cached one, validates
those alone, and keeps the cached facilities of the rest; then the dataset-wide rules run
over the whole, as they always do (README, "How geodata/ is laid out").

What is kept of a facility is its compact JSON (the bytes every answer about it starts
from) and its outline (`tracker.store.snapshot.Outline`: entry ids, timeline days), not
its parsed Feature: loading 100,000 texts is one read, where making the objects of
100,000 Features took most of a minute, and a facility's Feature is parsed when first
used (`Facility.stored`).

The format is `marshal` (no code is ever run on loading, unlike pickle), tagged with the
Python version, the schema and the source of the rules (`tracker/model/`), so a cache made
by other code, or under other rules, is ignored.
A cache that cannot be read is ignored, never an error: the files are the truth.
"""

import functools
import hashlib
import json
import marshal
import mmap
import os
import sys
from pathlib import Path

from tracker import model
from tracker.store.files import temp_path

CACHE_NAME = ".tracker.cache"
MARSHAL_VERSION = 4
# Smaller datasets read in well under a second: no cache file for them.
CACHE_FROM = 1_000


@functools.cache
def _rules_digest():
    """What makes a facility valid: the schema and the validation code, as a digest."""
    digest = hashlib.sha1(json.dumps(model.FEATURE_SCHEMA, sort_keys=True, default=str).encode())
    for source in sorted(Path(model.__file__).parent.glob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()


def _tag():
    return f"tracker-cache-2 {sys.version_info[:2]} {_rules_digest()}"


def load(root):
    """Return {file name: (signature, compact JSON bytes, entry ids, timeline days)} from the cache in `root`, or {}."""
    try:
        # From a map of the file, not the file object: `marshal.load` reads a file a small
        # call at a time (3.5x the CPU at 10,000 facilities), and a map is not a second
        # copy of hundreds of megabytes in the process, as `read()` would be.
        with open(os.path.join(root, CACHE_NAME), "rb") as handle, \
                mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            tag, files = marshal.loads(mapped)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return files if tag == _tag() and isinstance(files, dict) else {}


def save(root, files):
    """Write {file name: (signature, Facility)} as the cache of `root`, atomically.

    Not fsynced: a cache lost in a crash is rebuilt from the files.
    """
    path = os.path.join(root, CACHE_NAME)
    temp = temp_path(path)
    files = {name: (signature, facility.json_bytes, *facility.outline) for name, (signature, facility) in files.items()}
    try:
        with open(temp, "xb") as handle:
            marshal.dump((_tag(), files), handle, MARSHAL_VERSION)
        os.replace(temp, path)
    except OSError:
        temp.unlink(missing_ok=True)  # a read-only or full disk: run without a cache
