"""Status cues: the words of a sentence that say what a force did at a place.

Patterns are matched against the sentence's folded words (`tracker.intake.normalise`)
joined by single spaces, so case, tashkeel, hamza forms and ё do not matter. Each cue
gives a status; "kept" cues (not leaving, expected to maintain, سيبقي, сохранит) say the
force stays and win over a withdrawal for the place they attach to. Hedging words
(may, could, expected, reportedly; قد، ربما، من المتوقع; может, возможно, якобы) just
before a cue mark it hedged: its proposal gets a lower confidence, and the reason says so.
"""

import re

from tracker.intake import aspect
from tracker.intake.polarity import negation
from tracker.intake.presence import PRESENT
from tracker.intake.vessels import FORCES_RE, only_aircraft, vessels

# A base called former: "a former Russian military base", "former Russian bases in Sarrin",
# "قاعدة روسية سابقة", "бывшей российской базы". Only the word for "former" and a base word,
# with the operator's adjective between them or not.
_BASE_EN = r"(?:military |air |naval )?(?:bases?|airbase|positions?|outposts?|facilit\w+)"
FORMER_EN = rf"(?:former|ex|erstwhile) (?:russian |russia s )?{_BASE_EN}"
FORMER_AR = r"(?:قاعده|قواعد|نقطه|نقاط|موقع|مواقع) (?:\w+ ){0,2}?(?:سابقه|السابقه|سابق|السابق)"
FORMER_RU = r"бывш\w+ (?:росси\w+ )?(?:военн\w+ )?(?:баз\w*|авиабаз\w*|позици\w*|пункт\w*)"

# (status, kind, pattern). kind: "change", "kept" or "transfer" (a move from a place to
# another: the source loses, the destination gains).
EN = [
    # No longer there: "warships are no longer stationed at Tartus" (ships: reduced, see
    # `_of_vessels`), "troops are no longer based at the airport".
    ("withdrawn", "change", r"no longer (?:\w+ )?(?:stationed|based|present|deployed|docked|moored|"
     r"berthed|garrisoned|there)"),
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
    # Gone from a base: "warships are still missing from its base in Tartus", "have since
    # vanished from the area", "the absence of Russian naval vessels in the Tartus base"
    # (ships: reduced).
    ("withdrawn", "change", r"(?:missing|gone|absent|vanished|disappeared) from|"
     r"(?:has|have|had) (?:since |now |all )?(?:vanished|disappeared)|"
     r"absence of (?:\w+ ){0,3}?(?:forces|troops|ships|vessels|warships|aircraft|planes|personnel)"),
    # Said to be leaving, not yet gone: "additional planes are expected to depart from
    # Hmeimim" (the hedge lowers it), "begun to transfer equipment out".
    ("withdrawing", "change", r"to (?:depart|leave|pull out) (?:from|of)|begun to (?:transfer|move|ship)"),
    ("withdrawn", "change", r"withdrew|pulled out|vacated|evacuated|abandoned|departed|"
     r"left(?! behind| over| to| in place)|fled|(?:forces|troops|military|russia|russians) "
     r"(?:leave|leaves|quit|quits|exit|exits)|ended (?:its|their) (?:military )?presence|"
     r"(?:is|are|was|were) (?:now )?(?:empty|devoid) of|last \w+ (?:plane|aircraft|soldiers?|troops?) (?:has |have )?(?:departed|left)"),
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
     r"starting|commenced|initiated) (?:a |the |its |their )?(?:gradual |phased |systematic )?"
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
     r"withdrawal|pull ?out) of (?:\w+ ){0,2}?(?:forces|troops|personnel|equipment|soldiers)"),
    ("withdrawing", "change", r"remain\w* (?:\w+ ){0,4}?(?:hub|point|route|gateway|base) (?:for|of) "
     r"(?:the |its |their )?(?:evacuation|withdrawal|pull ?out)"),
    ("withdrawing", "change", r"remain\w* (?:\w+ ){0,8}?until (?:the )?(?:complete |full |final )?"
     r"(?:transfer|withdrawal|evacuation|pull ?out|departure|handover)"),
    ("withdrawing", "change", r"(?:is|are|was|were|been) (?:now )?(?:withdrawing|pulling (?:out|back)|"
     r"leaving|evacuating|moving out)|withdrawing|pulling (?:out|back)|evacuating|drawdown|"
     r"dismantl\w+|tak(?:en|ing|es) apart|pack\w* up|(?:prepared|readied) for (?:transport|shipment|"
     r"removal|departure|evacuation)|(?:pulling|pull|pulls|pulled|taking|took) (?:\w+ ){0,3}?equipment out"),
    # Hedged or prepared departures: "a possible large-scale withdrawal", "returned to the
    # base before its withdrawal", "in preparation for their removal", "evacuation ships".
    ("withdrawing", "change", r"(?:to|will|would) end (?:its|their) (?:\w+ )?presence|"
     r"(?:possible|potential|imminent|impending|planned|expected|anticipated|likely|large ?scale|"
     r"systematic|controlled|phased|gradual) (?:\w+ ){0,2}?(?:withdrawal|evacuation|pull ?out|departure|exit)|"
     r"(?:before|ahead of|in preparation for|to prepare for|preparing for) (?:its |their |the )?(?:\w+ )?"
     r"(?:withdrawal|evacuation|departure|removal|transport|shipment|relocation)|"
     r"evacuation (?:ships?|vessels?|flights?|planes?|aircraft)|airlift\w*|"
     r"(?:taking|take|takes|took|ferry\w*|carry\w*|carried) (?:\w+ ){0,3}?(?:people|personnel|troops|soldiers|"
     r"equipment|weapons|hardware) (?:away|out)"),
    ("withdrawing", "transfer", r"(?:moved|moving|transferred|transferring|transported|retreat\w*|"
     r"transporting|relocated|relocating|shipped|redeployed|redeploying|flown|flew|"
     r"remov(?:ed|ing|al)|to (?:ship|transport|move|relocate|redeploy|remove|take out))"),
    # Forces or ships gathering at a place (README, "Report intake", *Gathering*).
    ("withdrawing", "gather", r"amass\w*|gather\w*|concentrat\w+ (?:at|in)|assembl\w+ (?:at|in)|"
     r"stockpil\w*|staged (?:at|on|in)|piled up"),
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
     r"باتت خاليه|اصبحت خاليه|خلو|(?:اخر|اخري) طائره روسيه تغادر|سحبت|سحبوا"),
    ("withdrawing", "change", r"(?:بدات|بدا|بداوا|بدؤوا|باشرت|باشروا|شرعت|شرعوا|تبدا|بدء|بدءا)"
     r"\w* (?:\w+ ){0,4}(?:ب|في )?"
     r"(?:الانسحاب|انسحاب|سحب|اخلاء|الاخلاء|بالانسحاب|بسحب|باخلاء|نقل|بنقل|مغادره|خروج|اجلاء)"),
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
    ("withdrawing", "transfer", r"نقلت|نقل|تنقل|ينقل|نقلتا|نقلها|ترحيل|اتجهت|ينقلون|ينقلان|تنقلان|"
     r"نقلوا|نقلا|يرحلون"),
    ("reduced", "change", r"قلصت|تقليص|خفضت|تخفيض"),
    # By stem: عززت، تعزز، يعززون، تعزيزات.
    ("reinforced", "change", r"(?:عزز|تعزز|يعزز|تعزيز)\w*|نشرت|استقدمت|ارسلت تعزيزات|قوات اضافيه"),
    ("handed_over", "change", r"سلمت|تسليم|تسلم|سلمها|سلم"),
    ("withdrawn", "change", FORMER_AR),
    ("active", "kept", r"(?:لن|لا) (?:\w+ ){0,2}(?:تغادر|تنسحب|مغادره|تترك|الانسحاب|انسحاب)|تبقي علي|تبقي|"
     r"الابقاء علي|تحتفظ\w*|ستحتفظ\w*|الاحتفاظ\w*|احتفاظ\w*|الحفاظ علي|تحافظ علي"),
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
    ("reduced", "change", r"сократил\w*|сокращ\w*"),
    ("reinforced", "change", r"усилил\w*|усилени\w*|нарастил\w*|развернул\w*|подкреплени\w*|"
     r"укреп\w+ (?:\w+ )?присутстви\w*|"
     r"дополнительн\w+ (?:сил\w*|подразделени\w*|войск\w*|военн\w*)"),
    ("handed_over", "change", r"передал\w*|передан\w*|передач\w*"),
    ("withdrawn", "change", FORMER_RU),
    ("active", "kept", r"(?:не|никогда не) (?:собира\w+ )?(?:покида\w*|покинут\w*|уход\w*|уид\w*)|"
     r"сохран\w*|удержива\w*|удерж\w+|останутся|остается|оста[её]тся|функционировать в прежнем режиме|"
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


def _without_article(pattern):
    """An Arabic pattern that also matches its words without the article: the folded line
    holds word cores, and the core of "الحفاظ" is "حفاظ"."""
    return re.sub(r"(?<![\w\\])ال(?=[\u0600-\u06ff])", "(?:ال)?", pattern)


def _as_folded(pattern):
    """A pattern written with й or ё, folded as the text is (`tracker.intake.normalise`
    folds diacritics: "рейсы" is read "реисы"), so a pattern spelled as Russian is spelled
    matches."""
    return pattern.replace("й", "и").replace("ё", "е")


PATTERNS = [(status, kind, re.compile(rf"(?<!\w)(?:{_as_folded(pattern)})(?!\w)"))
            for status, kind, pattern in EN + [(s, k, _without_article(p)) for s, k, p in AR] + RU
            + PRESENT]


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


def folded_line(words):
    """The sentence's word cores (folded, clitics off) joined by spaces, and each word's start in that line."""
    starts, parts, at = [], [], 0
    for token in words:
        starts.append(at)
        parts.append(token.core)
        at += len(token.core) + 1
    return " ".join(parts), starts


def whole_line(words):
    """The sentence's words folded with their leading letters kept (`Token.forms[0]`), and
    each word's start. Folding takes و ب ل ف off an Arabic word, which strips verbs that
    begin with those letters ("باشروا" reads "اشروا"): patterns are matched against this
    line too, so a verb is found whether or not its first letter was a clitic."""
    starts, parts, at = [], [], 0
    for token in words:
        starts.append(at)
        parts.append(token.forms[0])
        at += len(token.forms[0]) + 1
    return " ".join(parts), starts


def _word_at(starts, position):
    """The index of the word that holds `position` of the folded line."""
    lo = 0
    for i, start in enumerate(starts):
        if start <= position:
            lo = i
        else:
            break
    return lo


def _hedged(line, starts, first):
    """Whether a hedging word stands in the HEDGE_WINDOW words before a cue, or is its first
    word ("a possible withdrawal", "تمهيدا لنقلها")."""
    window_start = starts[max(0, first - HEDGE_WINDOW)]
    window_end = starts[first + 1] - 1 if first + 1 < len(starts) else len(line)
    return HEDGE.search(line, window_start, window_end) is not None


def find_cues(words):
    """The Cues of a sentence's Tokens, in order; overlapping matches keep the first pattern."""
    line, starts = folded_line(words)
    lines = [(line, starts)]
    if any(t.script == "arabic" and t.forms[0] != t.core for t in words):
        lines.append(whole_line(words))
    taken, found = set(), []
    for (status, kind, pattern), (line, starts) in ((p, l) for p in PATTERNS for l in lines):
        for match in pattern.finditer(line):
            first = _word_at(starts, match.start())
            last = _word_at(starts, max(match.start(), match.end() - 1))
            span = set(range(first, last + 1))
            if span & taken:
                continue
            taken |= span
            text = " ".join(t.text for t in words[first:last + 1])
            cue = Cue(status, kind, first, last, text, _hedged(line, starts, first))
            cue = _polarity(_qualified(cue, words, line, starts), words)
            cue = cue and _of_vessels(cue, line, starts)
            if cue is not None:
                found.append(cue)
    return _refuge_of_flight(_without_wished_presence(sorted(found, key=lambda cue: cue.first)), line, starts)


WISH_OBJECT = 3  # words after a wish that its object ("its presence at") may start within


def _without_wished_presence(cues):
    """The cues without a present cue that is the object of a wish: "plans to maintain its
    presence at Hmeimim" is a plan, not a presence said (README, "Report intake")."""
    wishes = [c for c in cues if c.kind == "wish"]
    return [c for c in cues if not (c.kind == "present" and any(
        0 < c.first - w.last <= WISH_OBJECT for w in wishes))]


LEAVING = ("withdrawn", "withdrawing", "reduced", "handed_over")

# Refuge sought by the force itself right after it fled a place ("Russian troops fled Hama,
# to seek refuge at the Khmeimim airbase", "сбежали из Хамы и укрылись на базе") is where the
# flight went: a move's end, which is no status by the move alone (README, "Report intake",
# *Where a move goes*). People sheltering at a base are still a present cue.
REFUGE = re.compile(r"refuge|shelter|sanctuary|لجا|لجو|احتم|убежищ|укры")
FLIGHT_REACH = 6  # words from a leaving cue to the refuge it ends in


def _refuge_of_flight(cues, line, starts):
    """The cues with a present cue of refuge read as a move's end where the force fled just
    before it; where others fled ("civilians fled the fighting and took refuge at the
    base"), their flight is no leaving word of the force, and their refuge stays present."""
    made = []
    for cue in cues:
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


def _wished(words, cue, pattern=WISHES):
    """Whether a kept cue is what the force wants or tries ("hopes to keep"), or, with
    `PLANS`, what it plans ("plans to maintain")."""
    reach = PLAN_REACH if pattern is PLANS else WISH_REACH
    line = " ".join(t.core for t in words[max(0, cue.first - reach):cue.first])
    return pattern.search(line) is not None


def _polarity(cue, words):
    """A negated leaving cue is a kept one ("did not leave"); a negated other cue is none; a
    kept cue after a word of wanting ("seeks to maintain") is only a present one, after a
    word of planning or purpose ("plans to keep", "in order to keep") a wish."""
    if cue.kind == "kept" and _wished(words, cue, PLANS):
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


def _of_vessels(cue, line, starts):
    """Ships leaving (the subject or object of a leaving cue) reduce a base, unless they are
    cargo ships carrying it away; a plane leaving is a flight (no cue), unless it was the
    last: see `vessels`."""
    if cue.status not in ("withdrawn", "withdrawing") or cue.kind == "gather":
        return cue  # ships gathering at a base do not leave it
    if PROSPECTIVE.match(line[starts[cue.first]:]):
        return cue
    end_word = cue.last + 5
    near = line[starts[max(0, cue.first - CARGO_REACH)]:starts[end_word] if end_word < len(starts) else len(line)]
    if cue.kind == "change" and not cue.complete and CARGO_SHIPS.search(near) and not WARSHIPS.search(near):
        cue.status = "withdrawing"
        return cue
    if cue.kind == "change" and not cue.complete and not ON_SITE.search(cue.text.lower()) \
            and only_aircraft(line, starts, cue.first, cue.last):
        return None
    ships = vessels(line, starts, cue.first, cue.last)
    around = line[starts[max(0, cue.first - 6)]:starts[cue.last] + 40]
    if ships and not EVACUATING.search(line[starts[cue.first]:starts[cue.last] + 40]) \
            and not CARRIERS.search(around):
        cue.status, cue.vessels = "reduced", ships
    return cue


def _qualified(cue, words, line, starts):
    """A withdrawn cue with "largely" (بشكل كبير, в основном) beside it is withdrawing."""
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
        first = _word_at(starts, match.start())
        last = _word_at(starts, max(match.start(), match.end() - 1))
        cue.status, cue.complete = "withdrawing", False
        cue.partial = " ".join(t.text for t in words[first:last + 1])
    return cue
