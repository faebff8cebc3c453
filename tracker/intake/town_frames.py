"""Words around a town's name that make it no place a force was at: a countryside, and a
time word whose adjective a town's name spells.

- "أخلت عدة مواقع عسكرية في ريفي إدلب والرقة", "positions in the Raqqa countryside", "в
  окрестностях Ракки": the positions are somewhere in the land around the towns, which are
  their landmarks (`tracker.intake.unlisted` still places a named hill near them), not the
  towns themselves; no town is proposed from it.
- "قبل وقت قصير" ("shortly before"): "قصير" is the adjective of the time word, not the town
  of Qusayr; no mention at all.
"""

COUNTRYSIDE = {"ريف", "ريفي", "بريف", "وريف", "بريفي", "وريفي", "countryside", "outskirts", "environs",
               "окрестностях", "окрестности", "пригороде", "пригородах"}
OF = {"of", "around"}
TIME_WORDS = {"وقت", "فتره", "مده", "لحظه", "زمن"}
AND_PREFIX = "و"


def _forms(word):
    return {word.core, *word.forms}


def in_countryside(words, mention):
    """Whether a town's name stands for the countryside around it: after a countryside word
    ("ريف إدلب", "the countryside of Raqqa"), before one ("the Raqqa countryside"), or joined
    by "and" to a town that does ("ريفي إدلب والرقة")."""
    first, after = mention.first, mention.last + 1
    before = words[first - 1] if first > 0 else None
    if before is not None and _forms(before) & COUNTRYSIDE:
        return True
    if before is not None and before.core in OF and first > 1 and _forms(words[first - 2]) & COUNTRYSIDE:
        return True
    if after < len(words) and _forms(words[after]) & COUNTRYSIDE:
        return True
    return (words[first].text.startswith(AND_PREFIX) and first > 1
            and bool(_forms(words[first - 2]) & COUNTRYSIDE))


def after_time_word(words, i):
    """Whether words[i] follows a time word as its adjective ("وقت قصير")."""
    return i > 0 and bool(_forms(words[i - 1]) & TIME_WORDS)
