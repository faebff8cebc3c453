"""Give the C heap's free pages back to the system after a large build.

An answer built over every facility (the posture texts, the map data, a range of changes)
parses each Feature for the moment and lets it go (`tracker.store.snapshot.Facility.stored`):
hundreds of MB at 100,000 facilities pass through the heap and are freed, but glibc keeps
freed pages in the middle of its heaps (one heap a server thread) until `malloc_trim`
hands them back, so the server's memory would show the peak of every build, not what it
keeps (BENCHMARKS.md). Elsewhere than glibc this does nothing.
"""

import ctypes
import ctypes.util
import functools

# A build that took longer is large enough to trim after (a trim walks the heap: milliseconds).
LARGE_BUILD_S = 0.2


@functools.cache
def _trim():
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):
        return None


def release():
    """Return the heap's free pages to the system; True when the C library could (glibc)."""
    trim = _trim()
    if trim is None:
        return False
    trim(0)
    return True
