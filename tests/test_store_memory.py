"""The heap is trimmed after large builds (tracker.store.memory): on glibc, free pages go back."""

import sys
import time

import pytest

from tracker.store import memory, snapshot
from tracker.store.snapshot import Dataset


def resident_kb():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim, /proc")
def test_freed_small_objects_go_back_to_the_system():
    # Many small blocks freed, one in every few kept: glibc keeps such pages until trimmed.
    blocks = [bytearray(700) for _ in range(200_000)]
    kept = blocks[::50]
    del blocks
    before = resident_kb()
    assert memory.release() is True
    assert resident_kb() < before - 50_000  # most of the 140 MB freed is returned
    assert len(kept) == 4000


def test_a_large_build_is_followed_by_a_trim_and_a_small_one_is_not(monkeypatch):
    trims = []
    monkeypatch.setattr(memory, "release", lambda: trims.append(1) or True)
    monkeypatch.setattr(memory, "LARGE_BUILD_S", 0.05)
    dataset = Dataset({}, "v")
    dataset.derived("small", lambda d: 1)
    assert trims == []
    dataset.derived("large", lambda d: time.sleep(0.06) or 2)
    assert trims == [1] and snapshot.memory is memory
