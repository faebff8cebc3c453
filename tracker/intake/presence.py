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

Patterns are matched against the folded line of `tracker.intake.cues.folded_line`.
"""

AIRCRAFT = (r"(?:planes?|aircraft|jets?|helicopters?|flights?|an 124|il 76|il 62|"
            r"طائره|طائرات|طايره|طايرات|مروحيه|مروحيات|رحلات|"
            r"самолет\w*|борт\w*|вертолет\w*|рейс\w*|пол[её]т\w*)")
EN = [
    ("active", "present", r"presence (?:\w+ ){0,3}?(?:is|remains|was) (?:still )?(?:evident|visible|"
     r"intact|strong|in place|felt)|(?:still|remain\w*) (?:present|in place|stationed|deployed)|"
     r"(?:is|are) still (?:there|present|stationed)"),
    ("active", "present", r"(?:resum\w+|restart\w*|renew\w*) (?:\w+ ){0,3}?(?:flights|operations|"
     r"patrol\w*|sorties|activity|activities|presence|deployments?)|(?:flights|patrols|operations) "
     r"(?:have |has )?(?:resumed|restarted)"),
    ("active", "present", r"(?:operates|operating|runs|running|uses|using) (?:\w+ ){0,4}?(?:bases?|"
     r"facilit\w+|air ?base|port)|(?:used|uses it|use it) as (?:a |its |their )?(?:\w+ )?base|"
     r"opened (?:the |its )?(?:gates|doors)|(?:operated|run|controlled|held) by (?:the )?russia\w*|"
     r"russian ?controlled"),
    # People sheltering at a base, or a base attacked: the force is there.
    ("active", "present", r"(?:sought |seek\w* |took |taking |found )?(?:refuge|shelter|sanctuary) "
     r"(?:at|in|inside)|sheltering (?:at|in|inside)|remain\w* inside|"
     r"(?:attack\w*|assault\w*|struck|shelled|raid\w*) (?:\w+ ){0,3}?(?:on|at|against)|"
     r"where (?:\S+ ){0,4}?(?:base|facility|bases) (?:is|are) (?:located|situated|stationed)|"
     r"shelter(?:ed|ing|s)?"),
    ("active", "present", rf"{AIRCRAFT} (?:\w+ ){{0,4}}?(?:landed|landing|lands|arrived|arriving|"
     r"touched down)|en route to|(?:flights|flying|flew) to"),
]
AR = [
    ("active", "present", r"(?:لا|ما|ولا|وما) (?:يزال|تزال|زال|زالت) (?:\w+ ){0,3}?(?:موجود\w*|حاضر\w*|"
     r"متمركز\w*|منتشر\w*|قايم\w*|وجود)|(?:مازال|مازالت) (?:\w+ ){0,3}?(?:موجود\w*|حاضر\w*|متمركز\w*|"
     r"وجود)|وجود (?:\w+ ){0,2}?(?:مستمر|قايم|باق)"),
    ("active", "present", r"(?:استانف|يستانف|تستانف)\w* (?:\w+ ){0,3}?(?:رحلات\w*|طلعات|دوريات|نشاط\w*|"
     r"عمليات)|(?:استيناف|عوده) (?:\w+ ){0,2}?(?:رحلات|طلعات|دوريات)|استونفت|استؤنفت|تديرها|يديرها|تديره"),
    ("active", "present", r"(?:لجا|لجات|لجاوا|لجؤوا|يلجؤون|يلجاون|يحتمون|احتمي|احتموا)\w*|ملجا|ملاذا?|"
     r"(?:تستضيف|استضافت|استقبلت|تستقبل|تؤوي|اوت)|(?:تعرضت|تتعرض) (?:\w+ ){0,8}?(?:ل)?(?:هجوم|قصف|استهداف)|"
     r"هجوم (?:\w+ ){0,2}?(?:علي|استهدف)|حيث (?:توجد|تقع|يوجد|تتمركز) (?:\w+ ){0,3}?قاعده"),
    ("active", "present", r"(?:تتخذ|يتخذ|اتخذت|اتخذ|تتخذه|تتخذها|يتخذه|يتخذها|يتخذونه|يتخذونها)"
     r" (?:\w+ ){0,3}?(?:قاعده|مقرا|مقر)\w*|(?:فتحت|تفتح) ابواب|حركه نشطه|"
     r"(?:تهبط|هبطت|تحط|حطت)(?: فيها| فيه)?"),
]
RU = [
    ("active", "present", r"(?:по прежнему|все еще|до сих пор|пока еще) (?:\w+ ){0,2}?(?:присутству\w+|"
     r"находятся|находится|базиру\w+|дислоцир\w+|оста\w+)|присутствие (?:\w+ ){0,3}?(?:сохраняется|"
     r"остается|заметно|очевидно)|остались (?:на|в|во)"),
    ("active", "present", r"возобнов\w+ (?:\w+ ){0,3}?(?:пол[её]т\w*|рейс\w*|патрул\w*|работ\w*|"
     r"деятельност\w*|присутстви\w*)|(?:пол[её]т\w*|рейс\w*) возобнов\w*"),
    ("active", "present", r"(?:отправлять|отправляет|отправляют|направлять|направляет|направляют|"
     r"летать|летают) (?:\w+ ){0,3}?(?:самолет\w*|борт\w*|рейс\w*)|"
     rf"{AIRCRAFT} (?:\w+ ){{0,4}}?(?:приземл\w*|прибыл\w*|прилетел\w*|сел[аи]?)|"
     r"использу\w+ (?:\w+ ){0,3}?как (?:\w+ )?(?:авиа)?баз\w*|открыл\w* (?:двери|ворота)"),
    ("active", "present", r"укрыл\w*|приютил\w*|наш\w+ убежище|(?:нападени\w*|атак\w*|обстрел\w*) "
     r"(?:\w+ ){0,6}?(?:на|по)|атаковал\w*|напали|где (?:\w+ ){0,2}?(?:расположен\w*|находит\w*|"
     r"дислоцирован\w*) (?:\w+ ){0,2}?(?:авиа)?баз\w*|(?:приземлил\w*|прибыл\w*|прилетел\w*|сел[аи]?) "
     rf"(?:\w+ ){{0,4}}?{AIRCRAFT}"),
]
# The operator having a base: "Russia has a naval base in Tartus", "تمتلك روسيا قاعدة جوية",
# "Россия располагает авиабазой" (the operator is the subject, so another country's base is not).
POSSESSION = [
    ("active", "present", r"(?:russia|moscow|kremlin) (?:also |still )?(?:has|owns|possesses) "
     r"(?:\w+ ){0,4}?(?:bases?|airbase|facilit\w+|port)"),
    ("active", "present", r"(?:تمتلك|تملك|لدي) (?:روسيا|موسكو) (?:\w+ ){0,3}?(?:قاعده|قواعد|منشاه|منشات)|"
     r"(?:روسيا|موسكو) (?:\w+ )?(?:تمتلك|تملك|لديها) (?:\w+ ){0,3}?(?:قاعده|قواعد|منشاه|منشات)"),
    ("active", "present", r"(?:россия|москва|кремль|рф) (?:\w+ ){0,2}?(?:имеет|располагает|владеет) "
     r"(?:\w+ ){0,4}?(?:(?:авиа)?баз\w*|пункт\w*|объект\w*|порт\w*)"),
]
PRESENT = EN + AR + RU + POSSESSION
