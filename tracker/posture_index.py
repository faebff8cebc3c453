"""Every facility's governing entry at a date, found in one vectorised search.

`Facility.governing` answers for one facility; an unfiltered `GET /api/posture` asks it of
every facility, and at 10,000 facilities the Python loop alone was half the answer's cost
(BENCHMARKS.md: /api/posture <= 50 ms). The index lays every facility's timeline end to
end, keyed by (facility, day), so one `numpy.searchsorted` finds them all. It is the same
rule as `Facility.governing` (README, "The posture rule"): the last entry in posture order
whose `effective` is on or before the date; tests compare the two on every case.

One index is made per snapshot (`Dataset.derived`), on the first answer that needs it.
"""

from itertools import chain

import numpy as np

from tracker.posture import day_ordinal, matches_facility

# Keys are facility * DAYS + day ordinal: DAYS is above the ordinal of 9999-12-31 (3,652,059),
# so one facility's keys never reach the next one's.
DAYS = 1 << 22


class PostureIndex:
    """The timelines of a snapshot's facilities, end to end, with each entry's day ordinal."""

    def __init__(self, dataset):
        self.facilities = list(dataset)
        # The outlines' days, not the timelines: a snapshot read from the folder store's
        # cache builds its index without parsing a Feature (tracker.store.snapshot.Outline).
        timelines = [facility.outline.timeline_days for facility in self.facilities]
        lengths = np.fromiter(map(len, timelines), dtype=np.int64, count=len(timelines))
        self.days = np.fromiter(chain.from_iterable(timelines), dtype=np.int64, count=int(lengths.sum()))
        owners = np.repeat(np.arange(len(timelines), dtype=np.int64), lengths)
        self.starts = np.cumsum(lengths) - lengths  # each facility's first position
        self.keys = owners * DAYS + self.days
        self.first_keys = np.arange(len(timelines), dtype=np.int64) * DAYS
        self.owners = owners
        # Texts the answers derive from the index (tracker.exports.geojson), made on first use.
        self.texts = {}

    def __len__(self):
        """How many entries the index holds (every counted entry of the snapshot)."""
        return len(self.days)

    def at(self, date, wanted=None):
        """Positions (in `entries`) of the entries governing at ISO `date`, by facility, and
        the age in days of each one's report at `date`; with `wanted` (`tracker.posture.wanted`),
        of the facilities and statuses it keeps only.

        A facility with no entry on or before `date` has no position: its search lands on
        the last entry of the facility before it (or before the first), below its start.
        """
        day = day_ordinal(date)
        positions = np.searchsorted(self.keys, self.first_keys + day, side="right") - 1
        positions = positions[positions >= self.starts]
        if wanted:
            positions = positions[self._kept(positions, wanted)]
        return positions, day - self.days[positions]

    def _kept(self, positions, wanted):
        """Which of `positions` pass the filters (`tracker.posture.wanted`), by each facility's
        kept brief (`Facility.brief`): its fields and its timeline's statuses."""
        facilities, starts, statuses = self.facilities, self.starts.tolist(), wanted.get("status")
        kept = []
        for owner, position in zip(self.owners[positions].tolist(), positions.tolist()):
            facility = facilities[owner]
            kept.append(matches_facility(facility, wanted) and (
                not statuses or facility.brief.statuses[position - starts[owner]] in statuses))
        return np.array(kept, dtype=bool)

    def rows(self, date):
        """The posture rows at ISO `date` (as `tracker.posture.posture_at` without filters)."""
        positions, _ = self.at(date)
        facilities, owners, starts = self.facilities, self.owners, self.starts.tolist()
        return [(facilities[owner], facilities[owner].timeline[position - starts[owner]])
                for owner, position in zip(owners[positions].tolist(), positions.tolist())]


def posture_index(dataset):
    """The snapshot's index, made once per snapshot."""
    return dataset.derived("posture-index", PostureIndex)
