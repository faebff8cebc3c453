"""Snapshots are kept out of Python's cyclic garbage collector, in both stores.

A snapshot of 10,000 facilities is millions of objects that live until the next write and
hold no reference cycles; a full collection that walks them pauses a request for tens of
milliseconds (BENCHMARKS.md, `/api/posture`). Each store freezes what it has read from storage.
"""

import gc

from tests import samples
from tests.stores import another, close


def tracked(objects):
    """How many of `objects` the collector still walks (frozen ones are not in its generations)."""
    walked = {id(found) for found in gc.get_objects()}
    return sum(id(value) in walked for value in objects)


def test_a_snapshot_read_from_storage_is_frozen(any_store):
    any_store.create(samples.feature(id="frozen-base"))
    gc.unfreeze()
    reader = another(any_store)  # a server starting, or catching up on another's write
    try:
        facility = reader.dataset().require("frozen-base")
        parts = [facility.feature, facility.properties, facility.history, *facility.history]
        assert tracked(parts) == 0
    finally:
        close(reader)
        gc.unfreeze()


def test_unfrozen_objects_are_seen_as_tracked():
    # The check above could pass for the wrong reason if the collector hid everything.
    fresh = [[1], {"b": [2]}]
    assert tracked(fresh) == 2
