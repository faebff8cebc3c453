"""Whether a cue is negated: "have not left", "لم تغادر", "не покинули".

A leaving word with a negation just before it says the force stayed: the cue becomes a
"kept" one (`active`), so the place is not proposed as left. A negated reinforcement
("دون تعزيز", "did not reinforce") is a "denial": the force is there as it was, and a
rumoured reinforcement in the same report is set aside (`tracker.intake.pipeline`). "Not only", "لا يزال" ("still") and "не
только" are not negations of the word after them.

Matched against the folded word cores of `tracker.intake.folded_lines.folded_line`.
"""

NEGATIONS = {"not", "n't", "never", "no", "hasn't", "haven't", "hadn't", "didn't", "don't",
             "doesn't", "won't", "isn't", "aren't", "wasn't", "weren't",
             "لم", "لن", "لا", "ليس", "ليست", "عدم", "دون",
             "ولم", "ولن", "ولا", "وليس", "فلم", "فلن",  # with "and"/"so" (too short to lose it)
             "не", "ни", "никогда"}
# Words after a negation that make it something else: "not only", "لا يزال" (still).
NOT_NEGATING_NEXT = {"only", "just", "فقط", "يزال", "تزال", "زال", "زالت", "только"}
REACH = 2  # words before a cue that a negation reaches ("has not yet left", "لم تعد تغادر")


def negation(words, first):
    """The index of the negation within REACH words before the cue starting at words[first],
    or None."""
    for i in range(max(0, first - REACH), first):
        word = words[i].core
        following = words[i + 1].core if i + 1 < len(words) else ""
        if word in NEGATIONS and following not in NOT_NEGATING_NEXT:
            return i
    return None
