"""One report's proposals weighed together: what a sentence alone cannot tell.

- A place the report says is kept is not proposed as left (withdrawn, withdrawing, handed
  over). Reduced is not left: a kept place said to be reduced ("the ships left the port"
  beside "did not leave") is proposed reduced alone, the kept reading set aside, since
  reduced already says the force stays. A reduction dated in a month before the active
  proposal ("its ships left at the end of 2024", in a January report that says the base is
  there now) sets nothing aside: both stand.
- The destination of a move is not proposed reinforced when the move starts from a place
  the report says the force is leaving (a withdrawal or evacuation word attached to it,
  not only the move): equipment of a closing base passing on is an evacuation, not a
  reinforcement. A reinforce or deploy word for the destination still proposes it.
- A withdrawn sentence that gives no date of its own, beside a withdrawing one of the same
  place and date, is set aside: the report describes a withdrawal under way, and a past
  tense ("سحبوا معداتهم") alone does not say it is over. One that gives its own date ("left
  on Tuesday") or says it is over ("completed", "the last plane", "بالكامل", "полностью")
  stands beside it.
- A "present" cue (presence still evident, flights to it, forces still inside; see
  `tracker.intake.presence`) is set aside for a place the report says is being left or
  reduced: the force is still there while it goes. It never sets a leaving proposal aside.
- A reinforcement is set aside for a place the report says was not reinforced ("دون تعزيز
  عدد القوات", "no reinforcement"): a rumour the report denies. The denial proposes the
  place active, as a present cue does.
- An active proposal is set aside for a place the report says is reinforced (a
  reinforcement that stands): more forces sent there already says the force is there, as a
  reduction does.
- Then one proposal per place and status, the surest.
"""

from tracker.intake.cues import LEAVING

LEFT = ("withdrawn", "withdrawing", "handed_over")


class Candidate:
    """A proposal with what the report-level rules need: its place's key, its cue, whether
    its sentence gave the date and, for a move's destination, the keys of the places the
    move came from."""

    __slots__ = ("proposal", "place", "cue", "dated", "origins")

    def __init__(self, proposal, place, cue, dated, origins=()):
        self.proposal, self.place, self.cue, self.dated = proposal, place, cue, dated
        self.origins = frozenset(origins)

    @property
    def status(self):
        return self.proposal["status"]


def _earlier_reduction(candidate, candidates):
    """Whether a reduced candidate is dated in a month before every active one of its place
    ("its ships left Tartus at the end of 2024 ... Tartus now houses its naval logistics
    centre", in January): it does not say the force is going while the report says it is
    there now, so both stand."""
    actives = [c.proposal["effective"][:7] for c in candidates
               if c.place == candidate.place and c.status == "active"]
    return candidate.status == "reduced" and bool(actives) and all(
        candidate.proposal["effective"][:7] < month for month in actives)


def _dropped(candidates):
    """The candidates the rules above set aside."""
    kept = {c.place for c in candidates if c.cue.kind == "kept"}
    reduced = {c.place for c in candidates if c.status == "reduced" and not _earlier_reduction(c, candidates)}
    leaving = {c.place for c in candidates if c.status in LEAVING and not _earlier_reduction(c, candidates)}
    left = {c.place for c in candidates if c.cue.kind == "change" and c.status in LEAVING}
    denied = {c.place for c in candidates if c.cue.kind == "denial"}
    under_way = {(c.place, c.proposal["effective"]) for c in candidates if c.status == "withdrawing"}
    dropped = set()
    for i, c in enumerate(candidates):
        if (c.status in LEFT and c.place in kept) or (c.status == "active" and c.place in reduced):
            dropped.add(i)
        elif c.cue.kind in ("present", "denial") and c.place in leaving:
            dropped.add(i)
        elif c.status == "reinforced" and c.place in denied:
            dropped.add(i)
        elif c.status == "reinforced" and c.cue.kind == "transfer" and c.origins & left:
            dropped.add(i)
        elif c.status == "withdrawn" and not (c.cue.complete or c.dated) and \
                (c.place, c.proposal["effective"]) in under_way:
            dropped.add(i)
    reinforced = {c.place for i, c in enumerate(candidates) if c.status == "reinforced" and i not in dropped}
    dropped |= {i for i, c in enumerate(candidates) if c.status == "active" and c.place in reinforced}
    return dropped


def merge(candidates):
    """The proposals to show, one per place and status, in the report's order."""
    dropped = _dropped(candidates)
    best = {}
    for i, candidate in enumerate(candidates):
        if i in dropped:
            continue
        key = (candidate.place, candidate.status)
        if key not in best or candidate.proposal["confidence"] > best[key]["confidence"]:
            best[key] = candidate.proposal
    return sorted(best.values(), key=lambda p: p["quote_span"][0])
