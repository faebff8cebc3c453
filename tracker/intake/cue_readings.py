"""How a matched status word is read in its sentence: the Cue, and what changes it.

A negation makes a leaving cue kept; a word of wanting or planning makes a kept cue a
present one or a wish; "largely" makes a withdrawal withdrawing; ships leaving make it
reduced, a plane leaving no cue at all; refuge sought after a flight is the flight's end.
"""

import re

from tracker.intake import aspect
from tracker.intake.folded_lines import word_at, word_start
from tracker.intake.polarity import negation
from tracker.intake.status_words import LEAVING
from tracker.intake.vessels import FORCES_RE, VESSELS_RE, only_aircraft, vessels


class Cue:
    """A status cue found in a sentence: its status, kind, word range and hedging.

    `partial` is the qualifier ("largely") that made a withdrawn cue withdrawing, or None;
    `complete` tells whether the sentence says the withdrawal is complete; `negation` is
    the word that turned a leaving cue into a kept one ("not"), `vessels` the ship word
    that made it reduced ("ships"), or None.
    """

    __slots__ = ("status", "kind", "first", "last", "text", "hedged", "partial", "complete",
                 "negation", "vessels")

    def __init__(self, status, kind, first, last, text, hedged, partial=None, complete=False):
        self.status, self.kind, self.first, self.last = status, kind, first, last
        self.text, self.hedged, self.partial, self.complete = text, hedged, partial, complete
        self.negation = self.vessels = None

    def __repr__(self):
        return f"Cue({self.status!r}, {self.kind!r}, {self.text!r}, hedged={self.hedged})"


WISH_OBJECT = 3  # words after a wish that its object ("its presence at") may start within
# A present cue that is the presence itself, which a leaving word before it may reduce or end
# (refuge sought after a flight is `refuge_of_flight`'s).
PRESENCE_NOUN = re.compile(r"(?:\w+ )?(?:presence|وجود|تواجد|الوجود|التواجد|присутстви)")


def without_wished_presence(cues):
    """The cues without a present cue that is the object of a wish or of a leaving word:
    "plans to maintain its presence at Hmeimim" is a plan, not a presence said (README,
    "Report intake"); "reduced its presence at Hmeimim", "تقليص وجودها", "сокращение
    присутствия" say what became of the presence, and the leaving word stands alone."""
    def governs(cue, present):
        if not 0 < present.first - cue.last <= WISH_OBJECT:
            return False
        return cue.kind == "wish" or (cue.kind == "change" and cue.status in LEAVING
                                      and PRESENCE_NOUN.match(present.text.lower()) is not None)
    return [c for c in cues if not (c.kind == "present" and any(governs(g, c) for g in cues))]


# Refuge sought by the force itself right after it fled a place ("Russian troops fled Hama,
# to seek refuge at the Khmeimim airbase", "сбежали из Хамы и укрылись на базе") is where the
# flight went: a move's end, which is no status by the move alone (README, "Report intake",
# *Where a move goes*). People sheltering at a base are still a present cue.
REFUGE = re.compile(r"refuge|shelter|sanctuary|لجا|لجو|احتم|убежищ|укры")
FLIGHT_REACH = 6  # words from a leaving cue to the refuge it ends in
# A refuge word at the start of a word of the folded line ("الجوية" holds "لجو" inside).
REFUGE_WORD = re.compile(r"(?<!\w)(?:refuge|shelter|sanctuary|[وف]?(?:لجا|لجو|احتم)|убежищ|укры)")


# What people flee that is no place: "civilians who fled sectarian violence", "فروا من أعمال
# العنف", "бежали от насилия" (folded words).
VIOLENCE = re.compile(r"^(?:\S+ ){0,2}?(?:violence|fighting|clashes|massacres?|killings?|bloodshed|"
                      r"persecution|reprisals|عنف|قتال|اشتباكات|مجازر|مذابح|قتل|насили\w*|бо[её]в|резн\w*|"
                      r"расправ\w*|преследовани\w*)(?!\w)")
VIOLENCE_REACH = 3  # words after a leaving cue its object of violence stands within


def _others_flight(cue, line, starts):
    """Whether a leaving cue is the flight of people who are not the force, to a refuge
    (README, "Report intake"): a refuge word within FLIGHT_REACH words after it ("those who
    fled violence found temporary refuge abroad") and no force word from just before it to
    the refuge (an Arabic verb's subject comes after it: "انسحبت القوات ... ولجأت"); or
    violence, not a place, as what is fled ("civilians who fled sectarian violence")."""
    if cue.kind != "change" or cue.status not in ("withdrawn", "withdrawing"):
        return False
    if cue.last + 1 < len(starts) and VIOLENCE.match(
            line[starts[cue.last + 1]:word_start(line, starts, cue.last + 1 + VIOLENCE_REACH)]):
        return True
    end = word_start(line, starts, cue.last + FLIGHT_REACH + 1)
    refuge = REFUGE_WORD.search(line, starts[cue.last], end)
    return refuge is not None and FORCES_RE.search(
        line, starts[max(0, cue.first - FLIGHT_REACH)], refuge.start()) is None


def refuge_of_flight(cues, line, starts):
    """The cues with a present cue of refuge read as a move's end where the force fled just
    before it; where others fled ("civilians fled the fighting and took refuge at the
    base"), their flight is no leaving word of the force, and their refuge stays present."""
    made = []
    for cue in cues:
        if _others_flight(cue, line, starts):
            continue
        fled = [c for c in made if c.kind == "change" and c.status in ("withdrawn", "withdrawing")
                and 0 < cue.first - c.last <= FLIGHT_REACH]
        if cue.kind == "present" and REFUGE.search(cue.text.lower()) and fled:
            if FORCES_RE.search(line, starts[max(0, fled[-1].first - FLIGHT_REACH)], starts[fled[-1].first]):
                cue = Cue("withdrawing", "transfer", cue.first, cue.last, cue.text, cue.hedged)
            else:
                made.remove(fled[-1])
        made.append(cue)
    return made


NOMINAL = re.compile(r"^(?:эвакуационн|evacuation (?:ship|vessel|flight|plane|aircraft)|"
                     r"(?:سفينة|سفينه|سفن|طائرة|طائره|طائرات) (?:ال)?(?:إجلاء|اجلاء|إخلاء|اخلاء))")


# Words of wanting or trying before a kept cue: "which the Kremlin hopes to keep", "seeks to
# maintain", "يسعى للحفاظ", "стремится сохранить" say what the force wants, not that it stays.
WISHES = re.compile(r"(?<!\w)(?:seeks?|seeking|sought|hopes?|hoping|hoped|wants?|wanted|wanting|aims?|"
                    r"aiming|trying|tries|tried|strives?|striving|bid|يسعي|تسعي|سعي|تامل|يامل|تريد|يريد|"
                    r"تحاول|يحاول|محاوله|стрем\w+|надеет\w*|надеют\w*|надеется|хочет|хотят|пыта\w+|"
                    r"добива\w+)(?!\w)")
# Words of planning or purpose before a kept cue: "plans to maintain its presence", "in order
# to keep", "تعتزم الاحتفاظ", "намерена сохранить", "чтобы сохранить" say what is meant to be.
# An agreement or step that would let the force keep a base ("a deal would allow the Kremlin
# to keep Hmeimim", "позволит Кремлю удержать", "سيسمح لروسيا بالاحتفاظ") is a plan too.
PLANS = re.compile(r"(?<!\w)(?:plans?|planning|planned|intends?|intending|intended|in order|so as|"
                   r"would (?:allow|let|enable)|will (?:allow|let|enable)|"
                   r"تعتزم|يعتزم|تخطط|يخطط|بهدف|لضمان|سيسمح|ستسمح|سيتيح|ستتيح|"
                   r"намерен\w*|планиру\w*|чтобы|позволит|позволят|позволило бы|позволить)(?!\w)")
WISH_REACH = 4  # words before a kept cue that a word of wanting reaches
PLAN_REACH = 6  # and a word of planning ("would allow the Kremlin to keep")
# A challenge or a condition about keeping a base is no keeping: "تواجه روسيا تحدياً وجودياً
# للحفاظ على" (faces a challenge to keep), "при каком условии Сирия сохранит", "будут
# сохранены, если ...", "will stay if". Talks to keep one are not among them: the sets before
# read "talks for Russian forces to remain at Tartus" as the base active.
CHALLENGES = re.compile(r"(?<!\w)(?:challenge\w*|struggl\w*|conditions?|تحديا|تحدي|شرط|شروط|"
                        r"услови\w+)(?!\w)")
CHALLENGE_REACH = 6
CONDITIONS = {"if", "unless", "provided", "اذا", "لو", "بشرط", "если"}
CONDITION_REACH = 2  # words after a kept cue a condition opens within ("сохранены, если")


def _wished(words, cue, pattern=WISHES):
    """Whether a kept cue is what the force wants or tries ("hopes to keep"), or, with
    `PLANS`, what it plans ("plans to maintain")."""
    reach = PLAN_REACH if pattern is PLANS else WISH_REACH
    line = " ".join(t.core for t in words[max(0, cue.first - reach):cue.first])
    return pattern.search(line) is not None


def _conditional(words, cue):
    """Whether keeping is only a challenge or put on a condition (`CHALLENGES`, `CONDITIONS`)."""
    before = " ".join(t.core for t in words[max(0, cue.first - CHALLENGE_REACH):cue.first])
    after = words[cue.last + 1:cue.last + 1 + CONDITION_REACH]
    return CHALLENGES.search(before) is not None or any(w.core in CONDITIONS for w in after)


def with_polarity(cue, words):
    """A negated leaving cue is a kept one ("did not leave"); a negated other cue is none; a
    kept cue after a word of wanting ("seeks to maintain") is only a present one, after a
    word of planning or purpose ("plans to keep", "in order to keep") a wish."""
    if cue.kind == "kept" and (_wished(words, cue, PLANS) or _conditional(words, cue)):
        # Planning to keep a base, or keeping it as a purpose, is no status: a "wish" cue
        # proposes nothing, and the place it is said of is never proposed as left (README,
        # "Report intake", *Wishes and plans*).
        return Cue("active", "wish", cue.first, cue.last, cue.text, cue.hedged)
    if cue.kind == "kept" and _wished(words, cue):
        # Wanting to stay is no promise: the place is read as used, a "present" cue, which
        # gives way to a withdrawal of the same place in the report.
        return Cue("active", "present", cue.first, cue.last, cue.text, cue.hedged)
    # A noun of evacuation ("the evacuation ship") is no verb a "not" before it negates:
    # "did not let the evacuation ship in" still tells of an evacuation.
    at = None if cue.kind == "kept" or NOMINAL.match(cue.text.lower()) else negation(words, cue.first)
    if at is None:
        return cue
    if cue.status == "reinforced":
        # "دون تعزيز عدد القوات", "no reinforcement": nothing added, and a rumour of one in the
        # same report is denied (`tracker.intake.consistency`).
        denial = Cue("active", "denial", at, cue.last, " ".join(t.text for t in words[at:cue.last + 1]),
                     cue.hedged)
        denial.negation = words[at].text
        return denial
    if cue.status not in LEAVING:
        return None
    text = " ".join(t.text for t in words[at:cue.last + 1])
    kept = Cue("active", "kept", at, cue.last, text, cue.hedged)
    kept.negation = words[at].text
    return kept


# Ships that carry out an evacuation ("planes and ships are carrying out the evacuation",
# "корабли ... занимаются эвакуацией") take people out of a base: the base is being left,
# where ships leaving a port only reduce it.
EVACUATING = re.compile(r"(?<!\w)(?:evacuation|эвакуац\w*|вывоз\w*|вывоз|اجلاء|اخلاء)(?!\w)")
# Likewise ships awaited or used to carry the force away ("units ... are awaiting ships to
# relocate them", "ожидают корабли для вывоза", "بانتظار سفن لنقلهم") are its transport.
CARRIERS = re.compile(r"(?<!\w)(?:await\w*|waiting for|aboard|on board|using|ожида\w*|ждут|"
                      r"بانتظار|تنتظر|ينتظر|ينتظرون)(?: \w+){0,2}? (?:ships?|vessels?|корабл\w*|суда|"
                      r"судов|سفن\w*)(?!\w)")


# Ships or planes carrying the force's own people ("the planes at Hmeimim and the ships in
# Tartus carried out officers and personnel of the Russian forces") take the force out of the
# base: it is being left, not only reduced by its fleet.
FORCE_PEOPLE = re.compile(r"(?<!\w)(?:officers|troops|soldiers|servicemen|personnel|ضباط|الضباط|وضباط|"
                          r"جنود|الجنود|عسكريين|العسكريين|افراد|الافراد|وافراد|офицер\w*|"
                          r"военнослужащ\w*|солдат\w*|личн\w+ состав\w*)(?!\w)")
FORCE_PEOPLE_REACH = 60  # characters after the cue's first word


# Cues of a departure still to come ("ahead of the withdrawal", "تمهيدا لنقلها"): ships
# beside them come to take the force out, they do not leave a port.
PROSPECTIVE = re.compile(r"^(?:before|ahead|in preparation|to prepare|preparing|possible|potential|"
                         r"imminent|impending|planned|expected|anticipated|likely|تمهيدا|استعدادا|تحضيرا|"
                         r"перед|в преддверии|в ожидании|для последующ|к последующ)")


# Cargo ships leaving a port carry the force's equipment away: the base is being left, not
# only its fleet gone ("the cargo ships ... have departed the naval base with the vehicles
# staged on its piers", "грузовое судно с техникой вышло из Тартуса", "غادرت سفينة الشحن").
# Only where no warship sails with them: a frigate and a cargo ship leaving is the fleet.
CARGO_SHIPS = re.compile(r"(?<!\w)(?:(?:cargo|ro ?ro|sealift|transport) (?:ships?|vessels?)|"
                         r"(?:грузов\w+|транспортн\w+) (?:суд\w+|корабл\w+)|"
                         r"(?:سفن|سفينه) (?:ال)?(?:شحن|نقل))(?!\w)")
WARSHIPS = re.compile(r"(?<!\w)(?:warships?|frigates?|corvettes?|destroyers?|submarines?|фрегат\w*|"
                      r"корвет\w*|эсминц\w*|подлодк\w*|подводн\w*|فرقاط\w*|غواص\w*|بوارج|حربيه)(?!\w)")
CARGO_REACH = 10  # words before a leaving cue that hold the ships it is said of


# Work done on the force's aircraft or equipment at the base, people carried out by its
# planes, or planes come to take equipment out: no flight leaving, whatever aircraft are
# named ("a helicopter was being taken apart", "طائرات قاعدة حميميم تنقل الرعايا", "هبوط طائرة
# شحن ... بغية نقل المعدات", "вертолеты готовят к погрузке").
ON_SITE = re.compile(r"dismantl|apart|pack|prepar|readied|load|pulling|pull |taking|تفكيك|فكك|تحميل|"
                     r"تنقل|نقلت|ينقل|اقدم|بغية|بهدف|من أجل|разбир|разобр|демонт|погруз|готов|загруж|забир")


def of_vessels(cue, line, starts):
    """Ships leaving (the subject or object of a leaving cue) reduce a base, unless they are
    cargo ships carrying it away; a plane leaving is a flight (no cue), unless it was the
    last: see `vessels`."""
    if cue.status not in ("withdrawn", "withdrawing") or cue.kind == "gather":
        return cue  # ships gathering at a base do not leave it
    if PROSPECTIVE.match(line[starts[cue.first]:]):
        return cue
    end_word = cue.last + 5
    near = line[starts[max(0, cue.first - CARGO_REACH)]:word_start(line, starts, end_word)]
    if cue.kind == "change" and not cue.complete and CARGO_SHIPS.search(near) and not WARSHIPS.search(near):
        cue.status = "withdrawing"
        return cue
    if cue.kind == "change" and not cue.complete and not ON_SITE.search(cue.text.lower()) \
            and only_aircraft(line, starts, cue.first, cue.last):
        return None
    ships = vessels(line, starts, cue.first, cue.last)
    around = line[starts[max(0, cue.first - 6)]:starts[cue.last] + 40]
    if ships and FORCE_PEOPLE.search(line, starts[cue.first], starts[cue.last] + FORCE_PEOPLE_REACH):
        cue.status = "withdrawing"  # the ships take the force out: the base is being left
        return cue
    # Ships as the object of the evacuation word itself ("بإخلاء السفن البحرية من قاعدتها",
    # "evacuating the warships from Tartus") are what leaves, not what carries others out
    # ("эвакуационное судно", the evacuation ship, is a carrier still; ships listed with
    # weapons, "إجلاء السفن والأسلحة", take the force's gear too).
    object_ships = (cue.last + 1 < len(starts) and not NOMINAL.match(cue.text.lower())
                    and VESSELS_RE.match(line, starts[cue.last + 1])
                    and not aspect.EQUIPMENT_RE.search(line, starts[cue.last + 1],
                                                       word_start(line, starts, cue.last + 4)))
    if ships and (object_ships or not EVACUATING.search(line[starts[cue.first]:starts[cue.last] + 40])) \
            and not CARRIERS.search(around):
        cue.status, cue.vessels = "reduced", ships
    return cue


# A word of completion after a leaving verb's object: "روسيا تُخلي مطار القامشلي بالكامل",
# "evacuates the airport completely" (folded: "كامل"): the withdrawal is done.
COMPLETED_AFTER = re.compile(r"^(?:\S+ ){0,4}?(?:كامل|كليا|نهاييا|completely|entirely|полностью|окончательно)(?!\w)")


def qualified(cue, words, line, starts):
    """A withdrawn cue with "largely" (بشكل كبير, в основном) beside it is withdrawing; a
    one-word leaving verb, not a progressive, with "completely" after its object is withdrawn."""
    if cue.status == "withdrawing" and cue.kind == "change" and cue.first == cue.last \
            and not cue.text.lower().endswith("ing") and cue.last + 1 < len(starts) \
            and COMPLETED_AFTER.match(line[starts[cue.last + 1]:]):
        cue.status, cue.complete = "withdrawn", True
        return cue
    if cue.status != "withdrawn":
        return cue
    cue.complete = aspect.complete(line, starts, cue.first, cue.last)
    match = aspect.partial(line, starts, cue.first, cue.last)
    # Equipment gone from a base ("much of the heavy equipment and several aircraft no
    # longer present", "military equipment vanished from the port") is the force's gear
    # going: "no longer" alone is no completion then.
    gear_gone = aspect.GONE.match(cue.text.lower()) and aspect.equipment_subject(line, starts, cue.first)
    if not match and (gear_gone or not cue.complete and (aspect.of_equipment(line, starts, cue.last) or (
            cue.text.split()[-1].lower() in ("evacuated", "removed")
            and aspect.equipment_subject(line, starts, cue.first)))):
        cue.status = "withdrawing"  # "withdrew tanks from the airport": the force is going
        return cue
    if match:
        first = word_at(starts, match.start())
        last = word_at(starts, max(match.start(), match.end() - 1))
        cue.status, cue.complete = "withdrawing", False
        cue.partial = " ".join(t.text for t in words[first:last + 1])
    return cue
