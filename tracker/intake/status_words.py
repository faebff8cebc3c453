"""Status words: the patterns, by language, of what a force did at a place.

Each entry is (status, kind, pattern); kind is "change", "kept", "transfer" (a move from a
place to another: the source loses, the destination gains) or "gather". Patterns are written
on folded words (`tracker.intake.normalise`) and compiled by `tracker.intake.cues`, which
also folds them as the text is. Hedging words (may, could, expected, reportedly; قد، ربما،
من المتوقع; может, возможно, якобы) just before a cue mark it hedged.
"""

import re

# A base called former: "a former Russian military base", "former Russian bases in Sarrin",
# "قاعدة روسية سابقة", "бывшей российской базы". Only the word for "former" and a base word,
# with the operator's adjective between them or not.
_BASE_EN = r"(?:military |air |naval )?(?:bases?|airbase|positions?|outposts?|facilit\w+)"
FORMER_EN = rf"(?:former|ex|erstwhile) (?:russian |russia's )?{_BASE_EN}"
FORMER_AR = r"(?:قاعده|قواعد|نقطه|نقاط|موقع|مواقع) (?:\w+ ){0,2}?(?:سابقه|السابقه|سابق|السابق)"
FORMER_RU = r"бывш\w+ (?:росси\w+ )?(?:военн\w+ )?(?:баз\w*|авиабаз\w*|позици\w*|пункт\w*)"
# A ruler or a regime removed is politics, not a move: "Despite the removal of Assad".
_NOT_A_RULER = (r"(?! (?:of )?(?:the )?(?:\w+ ){0,3}?(?:assad|bashar|president|regime|government|"
                r"leader|ruler|sanctions)(?!\w))")
# A count of what is left: "5", "five", "خمس", "пять" (of aircraft, ships or men; a count of
# bases, "still keeps its two bases", is keeping them).
_NOT_BASES = r"(?! (?:\w+ )?(?:bases?|facilities|قواعد|قاعد\w*|баз\w*|авиабаз\w*))"
COUNT_EN = rf"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|a few){_NOT_BASES}"
COUNT_AR = rf"(?:\d+|اثنين|ثلاث\w*|اربع\w*|خمس\w*|ست|سته|سبع\w*|ثماني\w*|تسع\w*|عشر\w*|عده|بضع\w*){_NOT_BASES}"
COUNT_RU = rf"(?:\d+|дв\w+|тр\w+|четыр\w+|пят\w+|шест\w+|сем\w+|восем\w+|девят\w+|десят\w+|несколько){_NOT_BASES}"

# (status, kind, pattern). kind: "change", "kept" or "transfer" (a move from a place to
# another: the source loses, the destination gains).
EN = [
    # No longer there: "warships are no longer stationed at Tartus" (ships: reduced, see
    # `cue_readings.of_vessels`), "troops are no longer based at the airport".
    ("withdrawn", "change", r"no longer (?:\w+ )?(?:stationed|based|present|deployed|docked|moored|"
     r"berthed|garrisoned|there)"),
    # Used until it was left: "continued to use part of the facility as a base until
    # withdrawing late last month" (the gerund after "until" is done, not under way).
    ("withdrawn", "change", r"until (?:withdrawing|leaving|departing|evacuating|pulling out|vacating)"),
    # Loading the force's equipment for transport: "crews were loading heavy equipment onto
    # cargo planes at Hmeimim" (not "planes loaded with equipment", which may be arriving).
    ("withdrawing", "change", r"(?:loading|loads|load) (?:\w+ ){0,3}?(?:equipment|hardware|"
     r"vehicles|weapons|materiel|helicopters|armou?r) (?:onto|into|on|aboard)|"
     r"(?:is|are|was|were|be|been) (?:actively )?loading (?:\w+ ){0,3}?(?:equipment|hardware|vehicles|"
     r"weapons|materiel|helicopters|armou?r)"),
    ("withdrawn", "change", r"(?:has|have|had) (?:now )?(?:been )?"
     r"(?:fully |completely |largely |mostly |partly |partially |almost |nearly )?"
     r"(?:withdrawn|left|pulled out|departed|vacated|evacuated|abandoned)"),
    ("withdrawn", "change", r"complet\w* (?:its |their |the )?(?:withdrawal|pull ?out|evacuation)"),
    # Withdrawals reported: "reported withdrawals of Russian forces from multiple areas";
    # withdrawing, as the singular noun is (the plural says nothing of their end).
    ("withdrawing", "change", r"withdrawals (?:of (?:\w+ ){0,2}?(?:forces|troops|units|personnel) )?from"),
    # Gone from a base: "warships are still missing from its base in Tartus", "have since
    # vanished from the area", "the absence of Russian naval vessels in the Tartus base"
    # (ships: reduced).
    ("withdrawn", "change", r"(?:missing|gone|absent|vanished|disappeared) from|"
     r"(?:has|have|had) (?:since |now |all )?(?:vanished|disappeared)|"
     r"absence of (?:\w+ ){0,3}?(?:forces|troops|ships|vessels|warships|aircraft|planes|personnel)"),
    # Said to be leaving, not yet gone: "additional planes are expected to depart from
    # Hmeimim" (the hedge lowers it), "begun to transfer equipment out".
    ("withdrawing", "change", r"to (?:depart|leave|pull out) (?:from|of)|(?:begun|began|begin|begins|started|starts) to "
     r"(?:transfer|move|ship)"),
    # Troops pulled from places, or the force put out of one: "Russia has pulled troops from
    # several bases", "Moscow appears to have been kicked out of its naval base".
    ("withdrawn", "change", r"pulled (?:\w+ ){0,3}?(?:troops|forces|units|personnel|soldiers|assets|equipment) "
     r"(?:out )?(?:of|from)|(?:kicked|forced|pushed|driven) out of|expelled from|evicted from"),
    ("withdrawn", "change", r"withdrew|pulled out|vacated|evacuated|abandoned|departed|"
     r"left(?! behind| over| to| in place)|fled|(?:forces|troops|military|russia|russians) "
     r"(?:leave|leaves|quit|quits|exit|exits)|ended (?:its|their) (?:military )?presence|"
     r"(?:is|are|was|were) (?:now )?(?:empty|devoid) of|(?:appear\w*|look\w*|seem\w*) (?:to be )?(?:empty|deserted)|last \w+ (?:plane|aircraft|soldiers?|troops?) (?:has |have )?(?:departed|left)"),
    # The noun before its verb of beginning: "the withdrawal of forces from Tartus has
    # finally started", "an evacuation of the facility has begun", "is under way".
    ("withdrawing", "change", r"(?:withdrawal|evacuation|pull ?out|drawdown|departure|exit) (?:\w+ ){0,8}?"
     r"(?:has |have |had |is |was )?(?:finally |now |already |officially |reportedly )?(?:begun|began|"
     r"started|commenced|got under ?way|under ?way|kicked off)"),
    # Getting ready to leave, or arriving to take people out: "preparing to leave",
    # "two planes arrived at Hmeimim to evacuate personnel" (not flights to a base in use).
    ("withdrawing", "change", r"(?:prepar\w+|readying|getting ready|gearing up) (?:\w+ ){0,3}?(?:to |for )?"
     r"(?:the )?(?:leave|leaving|withdraw\w*|evacuat\w*|departure|depart|pull\w* out|exit)|"
     r"(?:arriv\w*|landed|sent|dispatched|flown in|flew in) (?:\w+ ){0,5}?to (?:evacuate|withdraw|remove|"
     r"pull out|take out|airlift|fly out)|"
     # Waiting to be taken away: "units stationed at the Port of Tartus are awaiting ships to
     # relocate them to Africa".
     r"(?:await\w*|waiting for) (?:\w+ ){0,3}?to (?:relocate|evacuate|withdraw|remove|transport|"
     r"take \w+ (?:out|away)|carry \w+ (?:out|away))|(?:await\w*|waiting for) (?:the |their |an? )?"
     r"(?:evacuation|withdrawal|departure|removal)"),
    # The noun of beginning: "this may mean the start of an evacuation".
    ("withdrawing", "change", r"(?:start|beginning|onset) of (?:an |the |a )?(?:\w+ )?(?:evacuation|"
     r"withdrawal|pull ?out|departure)"),
    ("withdrawing", "change", r"(?:began|begun|begin|begins|beginning|started|starts|start|"
     r"starting|commenced|initiated) (?:a |the |its |their )?(?:gradual |phased |systematic |probable |"
     r"possible |likely |full |large scale )?"
     r"(?:withdraw\w*|pull\w* (?:out|back)|evacuat\w*|leaving|exit|departure|moving \w+ equipment out|"
     r"to (?:withdraw|leave|pull (?:out|back)|evacuate|vacate|move out|relocate|abandon|depart))"),
    # "the evacuation process is still ongoing"; "remain inside the base until the complete
    # transfer" says they are still leaving (before the kept cues, so "remain" is not kept).
    ("withdrawing", "change", r"(?:evacuation|withdrawal|pull ?out|drawdown) (?:process|operation)|"
     r"(?:evacuation|withdrawal|pull ?out) (?:is|was|remains) (?:still )?(?:ongoing|under ?way|"
     r"continuing|in progress)|ongoing (?:evacuation|withdrawal|pull ?out)"),
    # "carrying out an emergency evacuation"; "a withdraw of forces" (the noun).
    ("withdrawing", "change", r"(?:carry\w* out|conduct\w*|undertak\w*|perform\w*) (?:a |an |the |its |"
     r"their )?(?:\w+ ){0,2}?(?:evacuation|withdrawal|withdraw|pull ?out)|(?:a|the) (?:withdraw|"
     r"withdrawal|pull ?out|departure) of (?:\w+ ){0,2}?(?:forces|troops|personnel|equipment|soldiers|"
     r"warships|ships|vessels|aircraft|planes)"),
    ("withdrawing", "change", r"remain\w* (?:\w+ ){0,4}?(?:hub|point|route|gateway|base) (?:for|of) "
     r"(?:the |its |their )?(?:evacuation|withdrawal|pull ?out)"),
    ("withdrawing", "change", r"remain\w* (?:\w+ ){0,8}?until (?:the )?(?:complete |full |final )?"
     r"(?:transfer|withdrawal|evacuation|pull ?out|departure|handover)"),
    # An adverb may stand between the auxiliary and the verb: "were also leaving bases".
    ("withdrawing", "change", r"(?:is|are|was|were|been) (?:now |also |still |already |gradually |"
     r"reportedly |quietly )?(?:withdrawing|pulling (?:out|back)|leaving|evacuating|moving out)|withdrawing|pulling (?:out|back)|evacuating|drawdown|"
     r"dismantl\w+|disassembl\w+|tak(?:en|ing|es) apart|pack\w* up|(?:prepared|readied) for (?:transport|shipment|"
     r"removal|departure|evacuation|loading)|prepar\w* to load|(?:pulling|pull|pulls|pulled|taking|took) (?:\w+ ){0,3}?equipment out"),
    # Hedged or prepared departures: "a possible large-scale withdrawal", "returned to the
    # base before its withdrawal", "in preparation for their removal", "evacuation ships".
    ("withdrawing", "change", r"(?:to|will|would) end (?:its|their) (?:\w+ )?presence|"
     r"(?:possible|potential|imminent|impending|planned|expected|anticipated|likely|large ?scale|"
     r"systematic|controlled|phased|gradual) (?:\w+ ){0,2}?(?:withdrawals?|evacuations?|pull ?outs?|departures?|exits?)|"
     # Departures said to be coming: "further Russian departures are expected shortly".
     r"(?:withdrawals?|evacuations?|departures?) (?:are|is|were|was) (?:\w+ )?(?:expected|anticipated|planned|likely)|"
     r"(?:before|ahead of|in preparation for|to prepare for|preparing for) (?:its |their |the )?(?:\w+ )?"
     r"(?:withdrawal|evacuation|departure|removal|transport|shipment|relocation)|"
     r"evacuation (?:ships?|vessels?|flights?|planes?|aircraft)|airlift\w*|"
     r"(?:taking|take|takes|took|ferry\w*|carry\w*|carried) (?:\w+ ){0,3}?(?:people|personnel|troops|soldiers|"
     r"equipment|weapons|hardware) (?:away|out)"),
    ("withdrawing", "transfer", r"(?:moved|moving|transferred|transferring|transported|retreat\w*|"
     r"transporting|relocated|relocating|shipped|redeployed|redeploying|flown|flew|"
     rf"remov(?:ed|ing|al){_NOT_A_RULER}|to (?:ship|transport|move|relocate|redeploy|remove|take out))"),
    # Forces or ships gathering at a place (README, "Report intake", *Gathering*).
    ("withdrawing", "gather", r"amass\w*|gather\w*|concentrat\w+ (?:at|in)|assembl\w+ (?:at|in)|"
     r"stockpil\w*|staged (?:at|on|in)|piled up"),
    # The base no longer used though still held, or left without ships: "Russia has lost the
    # use of the naval base at Tartus", "the Russian Navy stopped using it in practice", "no
    # Russian ships remain".
    ("reduced", "change", r"lost (?:the )?use of|(?:stopped|ceased) using|no longer (?:uses|using)|"
     r"no (?:russian )?(?:\w+ )?(?:ships?|vessels?|warships?|submarines?) (?:remain\w*|(?:is |are |was |were )?left)"),
    # Scaling down, by stem: "drawing down its posture", "the downscaling of its footprint".
    ("reduced", "change", r"reduc\w+|scal\w+ (?:back|down)|thinn\w+ out|(?:drew|drawn|draw\w*) down|"
     r"downscal\w+|downsiz\w+|cut\w* back|shr[iau]nk\w*"),
    ("reinforced", "change", r"reinforc\w+|strengthen\w* (?:\w+ ){0,2}?(?:presence|positions?|base|forces)|"
     r"(?:additional|extra|more|fresh) (?:forces|troops|units|soldiers)|"
     r"deployed (?:more|additional|new)|sent (?:more |additional )?"
     r"(?:troops|reinforcements|equipment)|(?:has|have) (?:been )?(?:expanded|bolstered|beefed up)"),
    ("handed_over", "change", r"hand\w* (?:\w+ )?over|handover|turned over|handed to"),
    # "Kobani, a former Russian military base": the force has left it.
    ("withdrawn", "change", FORMER_EN),
    # A counted remainder still kept is the force not yet gone, not a base it means to keep:
    # "still keeps five Su-34 jets at Qamishli" (before the kept cues; a withdrawal wins).
    ("active", "present", rf"still (?:keeps?|has|have|retains?|holds?) (?:\w+ )?{COUNT_EN}"),
    # Having a base, said with "maintains a": "where the Russian Air Force maintains an
    # airbase" is possession now, which a withdrawal from the place wins over, not a promise.
    ("active", "present", r"(?:maintains|keeps|retains|operates) an? (?:\w+ ){0,2}?(?:air ?base|base|"
     r"facility|port|airfield)"),
    ("active", "kept", r"(?:not|n't|never) (?:be )?(?:leaving|leave|withdraw\w*|pull\w* out|"
     r"abandon\w*)|(?:keep|keeps|keeping|kept|maintain|maintains|maintaining|retain|retains|"
     r"retaining|retained)(?! (?:a |their |its )?(?:distance|calm|silence))|(?:remain|stay) (?:at|in)|"
     r"continue to (?:operate|function)|operat\w+ as before"),
]
AR = [
    # No longer there: "لم تعد القوات الروسية متمركزة في المطار".
    ("withdrawn", "change", r"(?:و|ف)?(?:لم|ما) (?:تعد|يعد|يعودوا|تعودا) (?:\w+ ){0,3}?(?:متمركز\w*|موجود\w*|"
     r"منتشر\w*|راسي\w*|ترسو|ترابط)"),
    # Loading the equipment: "يقومون بتحميل المعدات في طائرات الشحن".
    ("withdrawing", "change", r"(?:تحميل|يحملون|حملوا|تعبئه) (?:\w+ ){0,3}?(?:المعدات|العتاد|الاسلحه|"
     r"الاليات|المدرعات|المروحيات)"),
    ("withdrawn", "change", r"(?:قامت|قام|قاموا) (?:\w+ ){0,5}(?:اخلاء|سحب|انسحاب)\w*"),
    ("withdrawn", "change", r"(?:اكمل|استكمل|انهي|انهت|اكملت|استكملت)\w* (?:\w+ )?(?:انسحاب|سحب|اخلاء)\w*"),
    ("withdrawn", "change", r"انسحبت|انسحب|انسحبوا|غادرت|غادر|غادروا|اخلت|اخلي|اخلوا|تركت|خلت|"
     r"باتت خاليه|اصبحت خاليه|(?:بدت|تبدو|ظهرت|بدا|يبدو) (?:شبه )?(?:خاليه|خاليا|فارغه)|خلو|"
     r"(?:اخر|اخري) طائره روسيه تغادر|سحبت|سحبوا"),
    # The verbal noun may carry its owner: "بدأت القوات الروسية انسحابها من قاعدة" (its withdrawal).
    # The start may be a verbal noun too: "شروع موسكو في سحب" (Moscow's starting to withdraw).
    ("withdrawing", "change", r"(?:بدات|بدا|بداوا|بدؤوا|باشرت|باشروا|شرعت|شرعوا|تبدا|بدء|بدءا|شروع)"
     r"\w* (?:\w+ ){0,4}(?:ب|في )?"
     r"(?:الانسحاب|انسحاب|سحب|اخلاء|اخلاي|الاخلاء|بالانسحاب|بسحب|باخلاء|نقل|بنقل|مغادره|خروج|اجلاء|"
     r"اجلاي)(?:ها|هم|هما)?"),
    # The verbal noun with its subject or object: "تقارير عن سحب روسيا قواتها من مطار
    # القامشلي" (reports of Russia's withdrawing its forces), a withdrawal under way.
    ("withdrawing", "change", r"سحب (?:\w+ ){0,2}?(?:قوات|قواتها|قواته|قواتهم|جنود|جنودها|عناصر|"
     r"عناصرها|معدات|معداتها|اليات|الياتها)"),
    # "تبقى ... حتى اكتمال النقل": still there until the move is done, so still leaving.
    ("withdrawing", "change", r"(?:يبقي|تبقي|سيبقي|ستبقي|يبقون|بقاء|يزال|تزال|زال|زالت|مازال|مازالت) "
     r"(?:\w+ ){0,8}?(?:حتي|لحين|حين) (?:\w+ )?(?:نقل|انسحاب|اخلاء|سحب|مغادره)"),
    # Present and future verbs of evacuating: "سيجلون الأسلحة ... من قاعدتهم في طرطوس".
    ("withdrawing", "change", r"(?:س)?(?:يجلون|يجلي|تجلي|يجليان|تجليان)|"
     r"تنسحب|ينسحب|تسحب|يسحب|تخلي|تغادر|يغادر|انسحابا|تفكيك|فككت|يفكك|تفكك|عمليه الاخلاء|"
     r"عمليه الانسحاب|عمليه الاجلاء|الانسحاب|انسحاب|اخلاء|الاخلاء|الاجلاء"),
    # Getting ready to leave: "تجهيزات روسية لمغادرة حميميم", "تستعد ... للمغادرة".
    ("withdrawing", "change", r"(?:تستعد|يستعد|تستعدان|استعداد\w*|تجهيزات|تجهيز|تحضيرات|تحضر|يحضر) "
     r"(?:\w+ ){0,6}?(?:ل)?(?:مغادره|انسحاب|اخلاء|رحيل|اجلاء|سحب|نقل|ترحيل|شحن)"),
    # Arriving to take people out: "وصلت طائرتان لإجلاء الجنود".
    ("withdrawing", "change", r"(?:وصلت|وصل|هبطت|هبوط|حطت|ارسلت|ارسل) (?:\w+ ){0,7}?(?:اجلاء|اخلاء|سحب|"
     r"(?:بغيه|بهدف|من اجل) (?:نقل|سحب|اخراج))"),
    # In preparation for moving it out, or ending a presence: "تجمع ... في قاعدة حميميم ...
    # تمهيدا لنقلها", "استعدادا لشحنها", "إنهاء وجودها العسكري".
    ("withdrawing", "change", r"(?:تمهيدا|استعدادا|تحضيرا) (?:\w+ ){0,1}?(?:ل)?(?:نقل|سحب|اخلاء|ترحيل|"
     r"مغادره|اجلاء|شحن|اخراج)\w*|(?:انهاء|ينهي|تنهي|لانهاء) (?:\w+ ){0,1}?(?:وجود|تواجد)\w*|"
     r"(?:سفينه|سفن|طائره|طائرات) (?:ال)?(?:اجلاء|اخلاء)"),
    # Carrying the force's people out: "تنقل الرعايا الروس ... إلى روسيا", "نقلت ... رعاياها والضباط".
    ("withdrawing", "change", r"(?:تنقل|ينقل|نقلت|نقل|تنقلان) (?:\w+ ){0,3}?(?:الرعايا|رعايا\w*|الجنود|"
     r"العسكريين|الضباط|الافراد|الموظفين|الدبلوماسيين)|(?:اقدمت|اقدم|اقدموا) (?:\w+ ){0,3}?علي "
     r"(?:سحب|نقل|اخلاء|تفكيك)\w*"),
    # Forces or ships gathering at a place (README, "Report intake", *Gathering*).
    ("withdrawing", "gather", r"تتجمع|تجمعت|يتجمع|تجمع|لتتجمع|احتشدت|تحتشد|حشدت|تكدست|مكدسه"),
    # Plural and dual forms too: "وينقلون بقايا الأسلحة من قاعدة حميميم".
    # Not the verb of reporting: "نقلت صحيفة الوطن عن ..." (the newspaper quoted), "ينقل عن".
    ("withdrawing", "transfer", r"(?:نقلت|نقل|تنقل|ينقل|نقلتا|نقلها|ترحيل|اتجهت|ينقلون|ينقلان|تنقلان|"
     r"نقلوا|نقلا|يرحلون)(?! (?:صحيفه|وكاله|قناه|موقع|شبكه|وسايل|وسائل|مراسل|مصادر|عن|عنه|عنها|عنهم)(?!\w))"),
    ("reduced", "change", r"(?:لم|ما) (?:يعد|يبق|تبق|يتبق) (?:\w+ ){0,3}?(?:اي )?(?:سفينه|سفن|غواصه|قطعه بحريه)|"
     r"قلصت|تقليص|خفضت|تخفيض|فقدت (?:\w+ )?(?:القدره علي )?استخدام|"
     r"(?:توقفت|توقف|كفت) (?:\w+ ){0,2}?عن استخدام"),
    # By stem: عززت، تعزز، يعززون، تعزيزات.
    ("reinforced", "change", r"(?:عزز|تعزز|يعزز|تعزيز)\w*|نشرت|استقدمت|ارسلت تعزيزات|قوات اضافيه"),
    ("handed_over", "change", r"سلمت|تسليم|تسلم|سلمها|سلم"),
    ("withdrawn", "change", FORMER_AR),
    # A counted remainder: "لا تزال تبقي على 5 طائرات حربية ضمن مطار القامشلي".
    ("active", "present", rf"(?:لا|ما) ?(?:تزال|يزال|زالت|زال) (?:\w+ ){{0,3}}?(?:تبقي|يبقي|تحتفظ|يحتفظ) "
     rf"(?:علي |ب)?{COUNT_AR}"),
    ("active", "kept", r"(?:لن|لا) (?:\w+ ){0,2}(?:تغادر|تنسحب|مغادره|تترك|الانسحاب|انسحاب)|تبقي علي|تبقي|"
     # The subject may stand between the verb and its preposition: "تحافظ روسيا على وجودها".
     r"الابقاء علي|تحتفظ\w*|ستحتفظ\w*|الاحتفاظ\w*|احتفاظ\w*|الحفاظ علي|(?:تحافظ|يحافظ|ستحافظ|سيحافظ) "
     r"(?:\w+ ){0,2}?علي"),
]
RU = [
    # No longer there: "российские военные больше не находятся на базе".
    ("withdrawn", "change", r"больше не (?:\w+ )?(?:базиру\w+|наход\w+|размещ\w+|присутству\w+|"
     r"дислоциру\w+|стоят|стоит)"),
    # Loading the equipment: "загружают тяжелую технику на авиабазе", "погрузка техники".
    ("withdrawing", "change", r"(?:загружа\w+|загрузил\w*|погружа\w+|погрузил\w*|погрузк\w*) "
     r"(?:\w+ ){0,3}?(?:техник\w*|бронетехник\w*|оборудовани\w*|вооружени\w*|вертолет\w*|груз\w*)"),
    ("withdrawn", "change", r"(?:завершил\w*|закончил\w*) (?:\w+ )?(?:вывод|эвакуаци)\w*"),
    # "вышли ... из Тартуса" (left), "выходят из аэропорта" (are leaving): with "из" only,
    # since "вышли на связь" is getting in touch.
    ("withdrawn", "change", r"(?:вышл[иао]|вышел) (?:\w+ ){0,5}?из(?! под)"),  # not "из-под контроля"
    ("withdrawing", "change", r"(?:выходят|выходит) (?:\w+ ){0,3}?из"),
    # No ship left in port: "в порту Тартус не осталось ни одного российского надводного или
    # подводного корабля" (ships: reduced, as their leaving is).
    ("reduced", "change", r"не осталось (?:ни одного )?(?:\w+ ){0,4}?(?:корабл\w*|судн\w*|судов|подлод\w*|"
     r"подводн\w+ лод\w*)"),
    ("withdrawn", "change", r"отправил\w* (?:\w+ ){0,2}?из"),
    ("withdrawn", "change", r"покинул\w*|оставил\w*|ушл[иа]|ушел|вывел[аи]?|выведен\w*|"
     r"эвакуировал\w*|отступил\w*|опустел\w*|сбежал\w*"),
    # The noun of leaving with where from: "уход российских военных с авиабазы"; the end
    # of a presence: "окончание многолетнего присутствия флота"; getting ready to load or
    # taking apart: "готовят к погрузке", "разбирают".
    ("withdrawing", "change", r"уход\w* (?:\w+ ){0,3}?(?:с|со|из)|(?:окончани\w*|прекращени\w*|конец|"
     r"сворачивани\w*) (?:\w+ ){0,3}?присутстви\w*|готов\w* (?:\w+ ){0,2}?к (?:погрузк\w*|отправк\w*|"
     r"транспортировк\w*)|разбира\w*|разобра\w*"),
    ("withdrawing", "change", r"(?:начал\w*|приступил\w*|начинает|начался|начат\w*|стал[аи]?) "
     r"(?:\w+ )?(?:вывод\w*|выход\w*|эвакуац\w*|эвакуир\w*|покидать|отвод\w*|уходить|оставлять|"
     r"сворачива\w*)"),
    # "останутся на базе до завершения вывода": still there until the withdrawal ends.
    # Still there as where the evacuation goes out: "авиабаза остается единственной точкой для
    # эвакуации контингента".
    ("withdrawing", "change", r"(?:оста[её]тся|остаются|остается) (?:\w+ ){0,3}?(?:для|по) (?:\w+ )?"
     r"(?:эвакуац\w*|вывод\w*|вывоз\w*)"),
    ("withdrawing", "change", r"(?:останутся|остаются|оста[её]тся|пробудут|будут находиться) "
     r"(?:\w+ ){0,8}?до (?:\w+ )?(?:вывод\w*|эвакуац\w*|передислокац\w*|переброск\w*)"),
    # Carrying out an evacuation (the noun): "занимаются постепенной эвакуацией", "проводят вывод".
    ("withdrawing", "change", r"(?:занима\w+|заняты|проводя\w*|провод\w+|вед[уе]т|осуществля\w+) "
     r"(?:\w+ ){0,2}?(?:эвакуац\w*|вывод\w*|отвод\w*)"),
    # The reflexive present: "военные, вероятно, эвакуируются из аэродрома".
    ("withdrawing", "change", r"эвакуиру(?:ются|ется)|(?:прибыл\w*|прилетел\w*) (?:\w+ )?(?:забрать|вывезти|"
     r"эвакуировать)"),
    ("withdrawing", "change", r"выводит|выводят|покидает|покидают|уходит|уходят|отводит|отводят|"
     r"демонтир\w*|демонтаж\w*|"
     r"отступает|вывод воиск|вывод\w* (?:военн\w+|контингент\w*|сил)"),
    # Getting ready to leave, or arriving to take people out: "готовятся к выводу",
    # "самолеты прибыли для эвакуации персонала".
    ("withdrawing", "change", r"(?:готов\w*|подготовк\w*) (?:\w+ ){0,3}?(?:к выводу|к эвакуации|к уходу|"
     r"покинуть|уити|вывести|эвакуир\w*)|(?:прибыл\w*|прилетел\w*|приземлил\w*|направлен\w*|"
     r"отправлен\w*) (?:\w+ ){0,5}?(?:для|чтобы) (?:\w+ )?(?:эвакуац\w*|вывоз\w*|вывод\w*|забрать|"
     r"эвакуир\w*|вывезти)"),
    # An evacuation ship or flight ("эвакуационному судну войти в порт Тартус"), a move
    # before the evacuation ("перед эвакуацией", "для последующего вывоза").
    # Taking people or equipment away: "самолеты забирают людей и оборудование", "вывозят технику".
    ("withdrawing", "change", r"(?:забира\w+|забрал\w*|вывоз\w*|вывез\w*) (?:\w+ ){0,2}?(?:люд\w*|персонал\w*|"
     r"военн\w*|техник\w*|оборудовани\w*|вооружени\w*|личн\w+ состав\w*|груз\w*)"),
    ("withdrawing", "change", r"эвакуационн\w+|(?:перед|в преддверии|в ожидании|для последующ\w+|"
     r"к последующ\w+) (?:\w+ )?(?:вывод\w*|вывоз\w*|эвакуац\w*|отправк\w*|уход\w*)"),
    ("withdrawing", "transfer", r"перебросил\w*|перебрасыва\w*|переброш\w*|перевезл\w*|"
     r"перевоз\w*|передислоц\w*|переместил\w*|перемещени\w*|перемеща\w*|транспортир\w*|стягива\w*|"
     r"стянул\w*|стянут\w*"),
    # Forces or equipment gathering at a place (README, "Report intake", *Gathering*).
    ("withdrawing", "gather", r"складирова\w*|скопил\w*|скопивш\w*|сосредоточ\w*"),
    ("reduced", "change", r"сократил\w*|сокращ\w*|перестал\w* (?:\w+ )?использовать|"
     r"лишил\w* (?:\w+ )?возможности (?:\w+ )?использовать"),
    ("reinforced", "change", r"усилил\w*|усилени\w*|нарастил\w*|развернул\w*|подкреплени\w*|"
     r"укреп\w+ (?:\w+ )?присутстви\w*|"
     r"дополнительн\w+ (?:сил\w*|подразделени\w*|войск\w*|военн\w*)"),
    ("handed_over", "change", r"передал\w*|передан\w*|передач\w*"),
    ("withdrawn", "change", FORMER_RU),
    # A counted remainder: "все еще держат пять самолетов на аэродроме".
    ("active", "present", rf"(?:все еще|по прежнему|пока еще) (?:держ|сохраня|оставля)\w* (?:\w+ )?{COUNT_RU}"),
    ("active", "kept", r"(?:не|никогда не) (?:собира\w+ )?(?:покида\w*|покинут\w*|уход\w*|уид\w*)|"
     r"сохран\w*|удержива\w*|удерж\w+|останутся|остается|оста[её]тся|остаться (?:\w+ ){0,2}?(?:на|в)(?!\w)|(?:оставаться|остаются) (?:\w+ ){0,2}?(?:на|в)|функционировать в прежнем режиме|"
     r"оставля\w+ (?:их |свои \w+ |войска |силы )?(?:на|в)|"
     r"продолж\w+ (?:работ\w*|функционировать)"),
]
HEDGES = (r"may|might|could|would|reportedly|allegedly|possibly|probably|likely|expected|"
          r"plans?|planned|planning|if|unconfirmed|rumou?r\w*|whether|considering|seems?|appears?|"
          r"apparently|possible|potential|imminent|impending|anticipated|indicat\w*|suggest\w*|signal\w*|"
          r"يبدو|يشير|تشير|مما يشير|"
          r"قد|ربما|تمهيدا|المتوقع|متوقع|يتوقع|يتوقع|محتمل|يحتمل|المحتمل|اذا|حال|رجح|يرجح|مرجحا|انباء|"
          r"может|могут|мог|могла|могли|возможно|вероятно|якобы|ожидается|ожидалось|планируется|"
          r"если|предположительно|будто|видимо|видимому|похоже|означать|означает")
HEDGE = re.compile(rf"(?<!\w)(?:{HEDGES})(?!\w)")
HEDGE_WINDOW = 6  # words before a cue that a hedge reaches

# The statuses that say the force leaves a place, or part of it.
LEAVING = ("withdrawn", "withdrawing", "reduced", "handed_over")
