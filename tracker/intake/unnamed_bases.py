"""Bases said to be kept before they are named: "is not leaving its two main bases".

A kept cue whose object is a plural or dual base noun with no name ("its two main bases",
"قاعدتيها الرئيسيتين", "свои базы") says the force keeps the bases the report then names
("the Hmeimim airbase in Latakia and the Tartous naval facility"), in that sentence or one
of the next ones, whatever else those sentences say of them (cargo planes readied there,
"the removal of al-Assad"): a base the report says is kept is never proposed as left.
Only a cue of what holds now counts: a negated leaving word ("not leaving", "لم تغادر", "не
покинули"), keeping in the progressive ("is maintaining"), or "still" right before the kept
word ("لا تزال تحافظ على وجودها في القاعدتين", "still keeps its bases"); a promise or talks to
keep ("сохранит свои основные базы", "о сохранении своих двух военных баз") name no entry.
"""

import re

# The object right after a kept cue: up to four words ("of its two main"), then the base noun.
BASES_OBJECT = re.compile(r"^(?:\S+ ){0,4}?(?:bases|facilities|(?:ال)?قاعدتي\w*|(?:ال)?قاعدتا\w*|(?:ال)?قواعد\w*|"
                          r"баз[аыу]?|базах|базами)(?!\w)")
# Keeping now, in the progressive: "is maintaining its two primary bases".
PROGRESSIVE = re.compile(r"^(?:is|are|was|were) (?:still )?(?:maintaining|keeping|retaining)$")
# "Still" right before a kept verb: what holds now, as the progressive ("لا تزال تحافظ على").
STILL = re.compile(r"(?:^|\s)(?:still|(?:لا|ما) (?:تزال|يزال|زالت|زال)|مازالت|مازال|لازالت|لازال)$")
# A leaving word negated in the kept pattern itself ("not leaving"), not by `polarity`.
NEGATED = re.compile(r"^(?:not|never|لم|لن|لا|не|никогда)(?!\w)")
BASES_REACH = 5  # words after the cue its object may end within
REACH = 2  # sentences after the cue that may name the bases


def kept_of_unnamed_bases(words, cues):
    """The kept cue of a sentence whose object is a plural base noun with no name, or None."""
    for cue in cues:
        if cue.kind != "kept":
            continue
        before = " ".join(t.text.lower() for t in words[max(0, cue.first - 1):cue.last + 1])
        still = " ".join(t.text.lower() for t in words[max(0, cue.first - 2):cue.first])
        now = PROGRESSIVE.match(before) or STILL.search(still)
        if cue.negation is None and not NEGATED.match(cue.text.lower()) and not now:
            continue
        after = " ".join(t.text.lower() for t in words[cue.last + 1:cue.last + 1 + BASES_REACH])
        if BASES_OBJECT.match(after):
            return cue
    return None
