"""How far apart two words of a sentence stand: clause boundaries (a comma, "but", "while",
لكن, но) count as far, and a contrast ("but", بينما, однако) parts two clauses."""

from tracker.intake.normalise import fold

CLAUSE_WORDS = {"but", "while", "whereas", "although", "however", "لكن", "لكنها", "بينما",
                "في حين", "но", "однако", "тогда",
                # "كما" opens a second clause of its own ("the battalion withdrew from a city,
                # as the Russians also took the warships out of Tartus"): its cue is not the first's.
                "كما", "وكما"}
CLAUSE_COST = 12
# Words that open a contrasting clause: "but", "while", "whereas"; لكن، بينما، فيما، في حين;
# но, однако, а, тогда как, в то время как. Such a clause keeps its own cue and date.
CONTRAST = {"but", "whereas", "while", "however", "yet", "although", "لكن", "لكنه", "لكنها", "ولكن",
            "بينما", "فيما", "но", "однако", "а", "хотя"}
BUT = {"but", "however", "yet", "لكن", "لكنه", "لكنها", "ولكن", "но", "однако"}
CONTRAST_PAIRS = {("في", "حين"), ("غير", "ان"), ("тогда", "как"), ("время", "как")}
# "فيما يبدو" is "apparently", "فيما بعد" "later", "فيما يخص" "as for": no contrast.
NOT_CONTRAST_NEXT = {"يبدو", "بعد", "يخص", "يتعلق"}


def contrast_between(words, lo, hi, among=CONTRAST):
    """Whether a contrast word (of `among`) stands after word `lo` and up to word `hi`."""
    for i in range(lo + 1, hi + 1):
        following = words[i + 1].core if i + 1 < len(words) else ""
        if (words[i].core in among or words[i].forms[0] in among) and following not in NOT_CONTRAST_NEXT:
            return True
        if among is CONTRAST and i + 1 < len(words) and (words[i].core, words[i + 1].core) in CONTRAST_PAIRS:
            return True
    return False


def contrasted(words, a_first, a_last, b_first, b_last, among=CONTRAST):
    """Whether two word ranges stand in different clauses of a contrast (of `among`)."""
    if a_first > b_last:
        return contrast_between(words, b_last, a_first, among)
    return b_first > a_last and contrast_between(words, a_last, b_first, among)


RELATIVE = {fold(word) for word in ("which", "that", "where", "الذي", "التي", "الذين", "который",
                                    "которая", "которое", "которую", "которой", "котором",
                                    "которые", "где")}
RELATIVE_REACH = 3


def boundary(text, offset, start, end):
    """Whether the characters between two words hold a clause boundary."""
    gap = text[offset + start:offset + end]
    return any(mark in gap for mark in ",;:،؛()—–")


def cost(words, text, offset, a, b):
    lo, hi = sorted((a, b))
    cost = hi - lo
    for i in range(lo, hi):
        if boundary(text, offset, words[i].end, words[i + 1].start) or words[i + 1].core in CLAUSE_WORDS:
            cost += CLAUSE_COST
    return cost
