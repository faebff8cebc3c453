"""An import's features parsed, shaped, checked and turned into stored text in other processes.

Most of an import's CPU goes to each feature alone: parsing it, the schema, the stored
text (BENCHMARKS.md, "`tracker import` at 100,000"). Those need nothing of the dataset
but which facility ids are stored, so worker processes do them for the features of new
facilities while the importing process cuts the file and writes the files; a feature of
a stored facility, or one without a text id, comes back parsed and goes the importing
process's own way (`Plan`). What comes back is in the file's order, so every check that
spans features, every message and every stored byte is the same as without workers.
"""

import collections
import math
import multiprocessing
import os

import orjson

from tracker.importing.stream import Scalar, cuts, parse_cut
from tracker.errors import DataError, TrackerError
from tracker.importing.shape import as_stored
from tracker.model.validation import problems
from tracker.store.serialization import serialize

BATCH = 32  # features a task: the pipe's cost a feature stays small beside the work
AHEAD = 4  # tasks in flight for each worker: memory stays flat, no worker waits
# Below this, starting processes costs more than they save (a worker takes ~1 s to start).
WORKERS_FROM_BYTES = 8 << 20

RAW, SHAPED, ERROR = "raw", "shaped", "error"


def default_jobs(size, load=None):
    """Worker processes for a file of `size` bytes: one for each core that is idle beside the importer's.

    `load` is the run-queue length (default: the 1-minute load average). On a busy
    machine a worker only takes CPU from the importer and adds its own start and pipe
    (measured: BENCHMARKS.md, "`tracker import` at 100,000: one pass, and a worker").
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if size < WORKERS_FROM_BYTES or cores < 2:
        return 0
    idle = cores - (os.getloadavg()[0] if load is None else load)
    return max(0, min(cores - 1, math.floor(idle - 0.5)))


def prepared(handle, where, progress, stored_ids, importer, jobs):
    """Yield (RAW, value) or (SHAPED, feature, problems, stored text) for each value of `features`.

    SHAPED features are in the stored shape (`as_stored`) and checked (`problems`); the
    text is theirs, made by `serialize`, when they have no problem. With `jobs` 0 every
    value comes RAW, parsed in this process.
    """
    if not jobs:
        for cut in cuts(handle, where, progress):
            yield RAW, parse_cut(cut, where)
        return
    context = multiprocessing.get_context("spawn")  # no fork of a process that may run threads
    pool = context.Pool(jobs, _start, (frozenset(stored_ids), importer, where))
    try:
        yield from _in_order(pool, _batches(cuts(handle, where, progress)), jobs * AHEAD)
        pool.close()
    finally:
        pool.terminate()
        pool.join()  # reaped, so their CPU counts in the importer's (wait4)


def _in_order(pool, batches, ahead):
    pending = collections.deque()
    while True:
        try:
            batch = next(batches)
        except StopIteration:
            break
        except TrackerError:
            # The file breaks further on: what came before is answered first, as without workers.
            while pending:
                yield from _results(pending.popleft().get())
            raise
        pending.append(pool.apply_async(_prepare, (batch,)))
        while pending and (len(pending) > ahead or pending[0].ready()):
            yield from _results(pending.popleft().get())
    while pending:
        yield from _results(pending.popleft().get())


def _batches(values):
    batch = []
    for value in values:
        batch.append(value)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _results(results):
    for result in results:
        if result[0] == ERROR:
            raise DataError(result[1])
        if result[0] == SHAPED:
            _, data, wrong, text = result
            yield SHAPED, (orjson.loads(data) if type(data) is bytes else data), wrong, text
        else:
            yield result


# In each worker ------------------------------------------------------------------

_worker = {}


def _start(stored_ids, importer, where):
    _worker.update(stored_ids=stored_ids, importer=importer, where=where)


def _prepare(batch):
    """The results for one batch of cuts, in order; an unreadable value ends the batch."""
    results = []
    for cut in batch:
        if type(cut) is Scalar:
            results.append((RAW, cut.value))
            continue
        try:
            value = parse_cut(cut, _worker["where"])
        except DataError as error:
            results.append((ERROR, error.message))
            break
        results.append(_shaped(value))
    return results


def _shaped(value):
    properties = value.get("properties") if type(value) is dict else None
    facility_id = value.get("id", properties.get("id")) if type(properties) is dict else None
    if type(facility_id) is not str or facility_id in _worker["stored_ids"]:
        return RAW, value  # merged with what is stored: the importer's own work
    feature, wrong = as_stored(value, {}, _worker["importer"], copy=False)  # {}: nothing stored
    wrong = wrong or problems("feature", feature)
    text = None if wrong else serialize(feature)
    try:
        data = orjson.dumps(feature)  # read back five times faster than a pickle
    except (orjson.JSONEncodeError, TypeError):
        data = feature  # an integer beyond 64 bits, a lone surrogate: pickled
    return SHAPED, data, wrong, text
