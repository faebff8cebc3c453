"""Cues that the force is at a place, without a word for a change: "present" cues.

"The Russian presence is still evident there", "resumed flights to Hmeimim", "Russia
operates two facilities", "landed at Hmeimim air base", "which Russia uses as its base",
"opened the gates of its base", people sheltering at it, an attack on it (and their
Arabic and Russian forms) say the base is in use: `active`. They are weaker than "kept" cues (not leaving, will maintain): a place the
same report says is being left is proposed as left, the presence read as the force still
being there while it goes ("forces are still inside the airport", during the evacuation;
see `tracker.intake.consistency`). A present cue also proposes the place it names as
where aircraft fly to, since flights to a base are activity at it.

So does the operator having a base ("Russia has a naval base in Tartus" and its Arabic
and Russian forms): the operator must be the subject, so another country's base is not.

Patterns are matched against the folded line of `tracker.intake.folded_lines.folded_line`.
"""

# Predicates of a base in use, by stem: "maintained", "operating", "operational", "in use".
EN_IN_USE = (r"(?:maintain\w*|operat\w*|function\w*|active|in (?:use|operation|service)|used|open|"
             r"present|stationed|deployed|there)")
EN_BASE = r"(?:bases?|airbase|air base|naval base|facilit\w+|port|outposts?|installations?)"
# Arabic base nouns with their dual and plural forms: قاعدة، قاعدتان، قاعدتين، قواعد.
AR_BASE = r"(?:قاعده|قاعدتان|قاعدتين|قاعدتي|قواعد|منشاه|منشات\w*|مركز)"
# Predicates of activity after "still" (ما زالت، لا تزال): present, stationed, active, working.
AR_IN_USE = (r"(?:موجود\w*|حاضر\w*|متمركز\w*|منتشر\w*|قايم\w*|وجود|نشط\w*|ناشط\w*|فاعل\w*|"
             r"تعمل|يعمل|عامل\w*|تتواجد|يتواجد|تتمركز|يتمركز|تحتفظ|يحتفظ|تستخدم|يستخدم|تمتلك|يمتلك|تملك|"
             r"يملك|في الخدمه)")
AIRCRAFT = (r"(?:planes?|aircraft|jets?|helicopters?|flights?|an 124|il 76|il 62|ан 124|ил 76|ил 62|"
            r"طائره|طائرات|طايره|طايرات|مروحيه|مروحيات|رحلات|"
            r"самолет\w*|борт\w*|вертолет\w*|рейс\w*|пол[её]т\w*)")
# A base at work: activity seen there ("Russian activity was observed on Sunday at the Hmeimim
# Air Base"), working as usual ("which are functioning normally", "تعمل بشكل طبيعي",
# "работают в штатном режиме").
AT_WORK = [
    ("active", "present", r"(?:russian |military )?activit(?:y|ies) (?:was |were |has been |have been )?"
     r"(?:observed|seen|spotted|recorded|detected|noted|reported)"),
    ("active", "present", r"(?:function\w*|operat\w*|working|works|work) (?:as )?normally|"
     r"(?:تعمل|يعمل|تعملان|يعملان) (?:بشكل|بصوره) (?:طبيعي|اعتيادي|عادي)|"
     r"(?:работа\w*|функционир\w*) в (?:штатном|обычном|нормальном) режиме"),
]
# Under the operator's control now: "the port of Tartus, which remains under Russian military
# control", "بقيتا تحت سيطرة موسكو", "остаются под контролем России". The bases of another
# power are not Russia's: the operator is named in the phrase.
UNDER_CONTROL = [
    ("active", "present", r"(?:remain\w*|still|is|are|stays?) (?:\w+ )?under (?:the )?(?:russian|russia's|moscow's) "
     r"(?:military |naval )?(?:control|command)"),
    ("active", "present", r"(?:بقيت|بقيتا|بقي|ظلت|ظلتا|ظل|تبقي|يبقي|تزال|يزال|مازالت|مازال) (?:\w+ ){0,2}?"
     r"تحت (?:ال)?(?:سيطره|قياده) (?:ال)?(?:موسكو|روسيا|روسيه|روس|قوات روسيه)"),
    ("active", "present", r"(?:оста\w+|наход\w+) (?:\w+ )?под (?:(?:российским|русским) (?:контролем|командованием)|"
     r"(?:контролем|командованием) (?:россии|москвы|рф|российских военных))"),
]
EN = [
    ("active", "present", r"presence (?:\w+ ){0,3}?(?:is|remains|was) (?:still )?(?:evident|visible|"
     r"intact|strong|in place|felt)|(?:still|remain\w*) (?:present|in place|stationed|deployed)|"
     r"(?:is|are) still (?:there|present|stationed)"),
    ("active", "present", r"(?:resum\w+|restart\w*|renew\w*) (?:\w+ ){0,3}?(?:flights|operations|"
     r"patrol\w*|sorties|activity|activities|presence|deployments?)|(?:flights|patrols|operations) "
     r"(?:have |has )?(?:resumed|restarted)"),
    # Continuation: a predicate of use or activity after "still", "continue to", "remain":
    # "said to still be maintained", "continues to operate", "remains operational".
    ("active", "present", rf"(?:still|continu\w* to|remain\w*|stays?) (?:be |being )?{EN_IN_USE}"),
    # The operator's base said to exist or be somewhere: "there are two Russian bases",
    # "home to Russia's Khmeimim Air Base", "is Russia's main air base".
    ("active", "present", rf"there (?:are|is|remain\w*) (?:\w+ ){{0,3}}?russia\S* (?:\w+ ){{0,2}}?{EN_BASE}|"
     rf"home to (?:\S+ ){{0,2}}?russia\S* (?:\w+ ){{0,2}}?{EN_BASE}|"
     # Plural too: "the naval base in Tartus and the airbase in Khmeimim ... remain Russia's
     # only official military installations".
     rf"(?:is|are|remains?) (?:a |an |the )?(?:\w+ ){{0,2}}?russia\S* (?:\w+ ){{0,3}}?{EN_BASE}"),
    ("active", "present", r"(?:operat(?:e|es|ed|ing)|runs|running|uses|using) (?:\w+ ){0,4}?(?:bases?|"
     r"facilit\w+|air ?base|port)|(?:used|uses it|use it) as (?:a |its |their )?(?:\w+ )?base|"
     r"opened (?:the |its )?(?:gates|doors)|(?:operated|run|controlled|held|used) by (?:the )?russia\w*|"
     r"russian ?controlled"),
    # People sheltering at a base, or a base attacked: the force is there.
    ("active", "present", r"(?:sought |seek\w* |took |taking |found )?(?:refuge|shelter|sanctuary) "
     r"(?:at|in|inside)|sheltering (?:at|in|inside)|remain\w* inside|"
     r"(?:attack\w*|assault\w*|struck|shelled|raid\w*) (?:\w+ ){0,3}?(?:on|at|against)|"
     r"where (?:\S+ ){0,4}?(?:base|facility|bases) (?:is|are) (?:located|situated|stationed)|"
     # Where the force's aircraft or troops are based: "Hmeimim, where Russian jets are based".
     r"where (?:\S+ ){0,3}?(?:jets|aircraft|planes|warplanes|helicopters|bombers|troops|forces|soldiers|"
     r"warships|ships) (?:are|were|is|remain) (?:still )?(?:based|stationed|deployed|parked)|"
     r"shelter(?:ed|ing|s)?"),
    ("active", "present", rf"{AIRCRAFT} (?:\w+ ){{0,4}}?(?:land|landed|landing|lands|arrive|arrives|arrived|"
     r"arriving|touched down)|en route to|(?:flights|flying|flew) to"),
    # Being there, said plainly: "a military presence at Qamishli airport", "mercenaries ...
    # are stationed at the Tartus base", "continued activity at Hmeimim", a ship docked at
    # the port.
    ("active", "present", r"(?:military |russian |naval )?presence (?:at|in|inside)|"
     r"(?<!been )(?<!have )(?<!has )(?<!had )(?:stationed|deployed|garrisoned) (?:at|in|inside)|"
     r"(?:continu\w*|ongoing|intense|increased|heavy) (?:\w+ ){0,1}?activit\w* (?:at|in|around)|"
     r"(?:docked|moored|berthed) (?:at|in)|(?:allowed|permitted|permission) (?:\w+ ){0,2}?to (?:dock|moor|berth)"),
    # A base with a part in the force's work: "the bases ... play a key role in its operations".
    ("active", "present", r"play\w* (?:a |an )?(?:key|central|vital|crucial|major|important) role"),
]
AR = [
    # "Still" and a predicate of activity, which may come after the subject and an
    # apposition: "ما زالت القواعد الروسية، حميميم وطرطوس، نشطة".
    ("active", "present", rf"(?:لا|ما|ولا|وما) (?:يزال|تزال|زال|زالت) (?:\w+ ){{0,8}}?{AR_IN_USE}|"
     rf"(?:مازال|مازالت) (?:\w+ ){{0,8}}?{AR_IN_USE}|وجود (?:\w+ ){{0,2}}?(?:مستمر|قايم|باق)"),
    # A Russian base said to exist, to be one or to be used: "توجد قاعدتان روسيتان",
    # "هي قاعدة جوية عسكرية روسية", "وتستخدم لإصلاح السفن".
    ("active", "present", rf"(?:توجد|يوجد|تتواجد|يتواجد) (?:\w+ ){{0,3}}?{AR_BASE} (?:\w+ ){{0,2}}?روسي\w*|"
     rf"(?:هي|هو) {AR_BASE} (?:\w+ ){{0,2}}?روسي\w*|(?:تستخدم|يستخدم|تستخدمها|يستخدمها|تستخدمه|يستخدمه)"),
    ("active", "present", r"(?:استانف|يستانف|تستانف)\w* (?:\w+ ){0,3}?(?:رحلات\w*|طلعات|دوريات|نشاط\w*|"
     r"عمليات)|(?:استيناف|عوده) (?:\w+ ){0,2}?(?:رحلات|طلعات|دوريات)|استونفت|استؤنفت|تديرها|يديرها|تديره"),
    ("active", "present", r"[وف]?(?:لجا|لجات|لجاوا|لجؤوا|يلجؤون|يلجاون|يحتمون|احتمي|احتموا)\w*|ملجا|ملاذا?|"
     r"(?:تستضيف|استضافت|استقبلت|تستقبل|تؤوي|اوت)|(?:تعرضت|تتعرض) (?:\w+ ){0,8}?(?:ل)?(?:هجوم|قصف|استهداف)|"
     r"هجوما? (?:\w+ ){0,2}?(?:علي|استهدف)|حيث (?:توجد|تقع|يوجد|تتمركز) (?:\w+ ){0,3}?قاعده"),
    ("active", "present", r"(?:تتخذ|يتخذ|اتخذت|اتخذ|تتخذه|تتخذها|يتخذه|يتخذها|يتخذونه|يتخذونها)"
     r" (?:\w+ ){0,3}?(?:قاعده|مقرا|مقر)\w*|(?:فتحت|تفتح) ابواب|حركه نشطه|"
     # Dual and plural forms too ("طائرتين ... حطتا في قاعدة حميميم").
     r"(?:تهبط|هبطت|تحط|حطت|حطتا|هبطتا|حطوا|هبطوا|تحطان|تهبطان)(?: فيها| فيه)?|هبوط (?:\w+ ){0,3}?(?:داخل|في)"),
    # Resumed flights, and a port that is a country's foothold: "استئناف حركة الطيران من
    # وإلى قواعد موسكو", "عاود الرحلات", "يمثل ميناء طرطوس نقطة الارتكاز البحري الوحيدة لها".
    # Being there, said plainly: "تتمركز القوات الروسية في", a ship docking ("بالرسو في
    # القسم العسكري من ميناء طرطوس").
    ("active", "present", r"(?:تتمركز|يتمركز|تنشر روسيا|ينتشر|تنتشر)|(?:الرسو|رسو|ترسو|يرسو|رست في|رسوها)"),
    ("active", "present", r"(?:استيناف|استئناف) (?:\w+ ){0,1}?(?:الطيران|الرحلات|حركه)|"
     r"(?:عاود|عاودت|يعاود|تعاود)\w* (?:\w+ ){0,1}?(?:الرحلات|رحلات|الطيران|طلعات)|"
     r"(?:نقطه|نقطة) (?:ال)?ارتكاز|موطي قدم\w*"),
    # Patrols the force carried out there: "الدوريات التي نفذتها القوات الروسية في القامشلي";
    # a base with a part in its work: "تلعب دورا محوريا".
    ("active", "present", r"(?:دوريات|دوريه) (?:\w+ ){0,1}?(?:نفذتها|نفذت|نفذها|سيرتها|سيرت)|"
     r"(?:تلعب|يلعب|لعبت) (?:\w+ ){0,3}?(?:دورا|دور) (?:\w+ )?(?:رييسيا|محوريا|مهما|حاسما|اساسيا)"),
]
RU_IN_USE = (r"(?:присутству\w+|находятся|находится|базиру\w+|дислоцир\w+|оста\w+|использу\w+|"
             r"работа\w+|действу\w+|функционир\w+|размещ\w+)")
RU = [
    # Present now, said plainly: "российские военнослужащие присутствуют на военно-морской базе"
    # (the present tense only: "присутствовали" is past).
    ("active", "present", r"(?:присутствуют|присутствует) (?:\w+ ){0,2}?(?:на|в|во)(?!\w)"),
    # The force's presence at a place, as the English "military presence at": "статуса
    # российского военного присутствия в Тартусе и Хмеймиме".
    ("active", "present", r"(?:военн\w+|российск\w+) присутстви[яеюи]\w* (?:\w+ )?(?:на|в|во)"),
    ("active", "present", rf"(?:по прежнему|все еще|до сих пор|пока еще) (?:\w+ ){{0,2}}?{RU_IN_USE}|"
     r"присутствие (?:\w+ ){0,3}?(?:сохраняется|остается|заметно|очевидно)|остались (?:на|в|во)|"
     r"продолжа\w+ (?:\w+ )?(?:действ\w*|работ\w*|функционир\w*|использова\w*)|функционировани\w*|"
     r"функциониру\w*"),
    # A Russian base said to be somewhere or to be one: "В стране находятся две российские
    # базы", "является российской авиабазой".
    ("active", "present", r"(?:находятся|находится|расположен\w*|размещ\w*|имеются|имеется|действу\w+|"
     r"является|являются) (?:\w+ ){0,3}?росси\w+ (?:\w+ ){0,2}?(?:(?:авиа)?баз\w*|пункт\w*|объект\w*)|"
     # The operator after the base noun, the base said to be there or to be one of Russia's:
     # "расположены две крупные базы ВС РФ", "находится пункт материально-технического
     # обеспечения ВМФ РФ", "одной из трех баз РФ" (not "базы в России", nor "охранять базы РФ").
     r"(?:находятся|находится|расположен\w*|размещ\w*|одн\w+ из) (?:\w+ ){0,2}?(?:(?:авиа)?баз\w*|пункт\w*) "
     r"(?:(?!(?:в|на|из|по|к) )\w+ ){0,3}?(?:вс |вмф |вкс )?(?:рф|россии)|"
     # "В Сирии сейчас действуют две военных базы": bases said to operate, whoever's.
     r"действу\w+ (?:\w+ ){0,2}?(?:военн\w+ )?(?:авиа)?баз\w*"),
    ("active", "present", r"возобнов\w+ (?:\w+ ){0,3}?(?:пол[её]т\w*|рейс\w*|патрул\w*|работ\w*|"
     r"деятельност\w*|присутстви\w*)|(?:пол[её]т\w*|рейс\w*) возобнов\w*"),
    ("active", "present", r"(?:отправлять|отправляет|отправляют|направлять|направляет|направляют|"
     r"летать|летают) (?:\w+ ){0,3}?(?:самолет\w*|борт\w*|рейс\w*)|"
     rf"{AIRCRAFT} (?:\w+ ){{0,4}}?(?:приземл\w*|прибыл\w*|прибыва\w*|прилет\w*|прилета\w*|сел[аи]?)|"
     r"выполня\w* (?:\w+ )?(?:рейс\w*|пол[её]т\w*)|"
     r"(?:совершил\w*|соверша\w+) (?:\w+ ){0,2}?посадк\w*|(?:снова|вновь|опять) (?:\w+ ){0,3}?(?:рейс\w*|"
     r"пол[её]т\w*|лета\w*|прилета\w*|патрул\w*)|"
     r"использу\w+ (?:\w+ ){0,3}?как (?:\w+ )?(?:авиа)?баз\w*|открыл\w* (?:двери|ворота)|"
     # A ship moored at the port: "у причалов базы в Тартусе пришвартовались корабли".
     r"пришвартова\w*|швартов\w+ (?:у|в|к)"),
    # A base with a part in the force's work: "базы ... играют ключевую роль".
    ("active", "present", r"игра\w+ (?:ключев\w+|важн\w+|центральн\w+|решающ\w+) рол\w*"),
    ("active", "present", r"укрыл\w*|укрыв\w*|приютил\w*|(?:наш\w+|ищут|искали|ищет|получил\w*) убежищ\w*|(?:нападени\w*|атак\w*|обстрел\w*) "
     r"(?:\w+ ){0,6}?(?:на|по)|атаковал\w*|напали|где (?:\w+ ){0,2}?(?:расположен\w*|находит\w*|"
     r"дислоцирован\w*) (?:\w+ ){0,2}?(?:авиа)?баз\w*|(?:приземлил\w*|прибыл\w*|прилетел\w*|сел[аи]?) "
     rf"(?:\w+ ){{0,4}}?{AIRCRAFT}"),
]
# The operator having a base: "Russia has a naval base in Tartus", "تمتلك روسيا قاعدة جوية",
# "Россия располагает авиабазой", "belongs to Russia" (the operator is the subject, so another country's base is not).
POSSESSION = [
    ("active", "present", r"(?:russia|moscow|kremlin) (?:also |still )?(?:has|owns|possesses|maintains)"
     # "has" the verb, not the auxiliary: "Russia has pulled troops from several bases".
     r"(?! (?:\w+ed|been|begun|withdrawn|taken|left|sent|lost|drawn|gone|kept|held|shown|seen)(?!\w)) "
     r"(?:\w+ ){0,4}?(?:bases?|airbase|facilit\w+|port|presence)|belong\w* to (?:russia|moscow)"),
    ("active", "present", rf"(?:تمتلك|تملك|لدي) (?:روسيا|موسكو) (?:\w+ ){{0,3}}?{AR_BASE}|"
     rf"(?:روسيا|موسكو) (?:\w+ )?(?:تمتلك|تملك|لديها) (?:\w+ ){{0,3}}?{AR_BASE}"),
    # Or leased by it now, the operator the lessee: "اللتان تستأجرهما روسيا", "which Russia
    # leases", "Россия арендует", "арендуемая Россией" (a lease signed, cancelled or ended is an agreement's
    # news, not this).
    ("active", "present", r"(?:(?:which|that) (?:russia|moscow|it)|russia|moscow) (?:still )?leases|leased by (?:russia|moscow)|"
     r"(?:تستاجر|يستاجر)\w* (?:روسيا|موسكو)|(?:روسيا|موسكو) (?:تستاجر|يستاجر)\w*|"
     r"(?:арендуем\w*|арендует) (?:\w+ )?(?:россия|москва|россиеи|москвои|рф)|(?:россия|москва|рф) арендует"),
    # Or one of its bases, counted: "one of Russia's three bases", "одну из трех их баз —
    # аэродром в Камышлы", "إحدى القواعد الروسية الثلاث"; or reached by it: "к которому
    # Москва имеет доступ".
    ("active", "present", r"one of (?:the |its |their |russia's |moscow's )?(?:two |three |four )?(?:russian )?"
     r"(?:military )?(?:bases|facilities|outposts)|одн\w+ из (?:двух |тр[её]х |четыр[её]х |нескольких )?"
     r"(?:их |своих |российских )?(?:военных )?баз|(?:احدي|واحده من) (?:ال)?قواعد (?:ال)?(?:عسكريه )?"
     r"(?:ال)?روسيه|(?:россия|москва|рф) имеет доступ|(?:russia|moscow) (?:still )?has access"),
    # Or its base said to belong to it: "России принадлежат пункт ... в Тартусе и авиабаза".
    ("active", "present", r"(?:россии|москве|рф) (?:\w+ ){0,2}?принадлеж\w*|принадлеж\w* (?:\w+ ){0,2}?"
     r"(?:россии|москве|рф)(?!\w)"),
    ("active", "present", r"(?:россия|москва|кремль|рф) (?:\w+ ){0,2}?(?:имеет|располагает|владеет|сохраняет) "
     r"(?:\w+ ){0,4}?(?:(?:авиа)?баз\w*|пункт\w*|объект\w*|порт\w*|присутстви\w*)|"
     r"у (?:россии|москвы|рф) (?:\w+ ){0,2}?(?:есть|имеется|имеются|находятся|находится|расположен\w*) "
     r"(?:\w+ ){0,4}?(?:(?:авиа)?баз\w*|"
     r"пункт\w*|объект\w*|порт\w*)|"
     # The verb left out, as Russian does: "У России две военные базы в Сирии"; the owner
     # may be its forces: "у российской армии два ключевых объекта".
     r"у (?:россии|москвы|рф|российск\w+ (?:арми\w+|военн\w+|вооруженн\w+ сил|войск|флот\w*)) "
     r"(?:\w+ ){0,3}?(?:(?:авиа)?баз\w*|пункт\w*|объект\w*)"),
]
PRESENT = EN + AR + RU + POSSESSION + AT_WORK + UNDER_CONTROL
