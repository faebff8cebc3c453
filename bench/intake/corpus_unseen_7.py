"""The seventh held-out set of the intake evaluation (see `bench.intake.corpus`).

Assembled on 2026-12-02 (night) from the stored pages of the `search` tool, before any
change of this round to the pipeline; none of its URLs is in another split (two retell,
in Arabic and Russian, stories another split holds in other words: AP's Qamishli visit of
2026-01-27 and Reuters' report of 2026-01-26). Each excerpt is verbatim, cut to the
paragraphs the entries need (paragraphs left out are joined by a blank line). Every entry
was written down by hand from the text and committed before the pipeline first ran on
these reports; that first run is in BENCHMARKS.md ("Report intake", the seventh set).

`published`: the page's own date where the stored page gives one; otherwise the note says
where it comes from. A proposal dated by the publication date counts too where the text
gives no date of its own.
"""

from bench.intake.gold import HI, HM, TA, Q, gold

UNSEEN_7_REPORTS = [
    # English ------------------------------------------------------------------------
    {"lang": "en", "split": "held-out 7", "publisher": "Kurdistan24", "published": "2026-01-26",
     # published: the report's own "Monday, Jan. 26, 2026".
     "url": "https://www.kurdistan24.net/en/story/889980/russian-forces-withdraw-from-qamishlo-kurdistan24-reports",
     "text": "Russian Military Withdraws From Qamishlo Airport\nRussian forces withdrew tanks and military vehicles from Qamishlo Airport Monday, relocating to Latakia as the U.S. shifts to a defense strategy emphasizing allied self-reliance and regional stability.\n\nAccording to reports from the region on Monday, Jan. 26, 2026, Russian military units initiated the withdrawal process several days ago, culminating in a visible movement of hardware on Monday morning.\n\nDilan Barzan, a correspondent for Kurdistan24 reporting from Western Kurdistan (Rojava), confirmed that a contingent of tanks and various military vehicles were transferred out of the airport facility. This equipment, alongside soldiers and associated military supplies, is being moved to established Russian military bases in Latakia, situated on the Syrian coast.",
     # A withdrawal begun days before and under way on the Monday; Latakia is where it goes.
     "gold": [gold(Q, "withdrawing", "2026-01-26")]},
    {"lang": "en", "split": "held-out 7", "publisher": "news-247.top (Vedomosti, Bloomberg)", "published": "2024-12-11",
     # published: the report's own "on Wednesday, 11 December 2024".
     "url": "http://news-247.top/n/1256042",
     "text": "Russia is seeking to secure agreements with Syria's new authorities regarding its military facilities in the country following the sudden overthrow of President Bashar al-Assad's government, senior Russian officials said on Wednesday, 11 December 2024.\n\nOpposition forces seized control of Syria's strategic Mediterranean port city of Tartus two days ago, consolidating their grip on the country’s regions, but have not forced the Russians who operate the port to leave.\n\nThe situation is particularly sensitive for Moscow as the armed opposition now fully controls the Latakia province, home to Russia's Khmeimim Air Base and its naval facility in Tartus.",
     # The Russians still operate the port (not forced to leave); the air base is Russia's.
     "gold": [gold(TA, "active", "2024-12-11"), gold(HM, "active", "2024-12-11")]},
    {"lang": "en", "split": "held-out 7", "publisher": "Turan", "published": "2024-12-08",
     "url": "https://turan.az/en/in-world/two-russian-military-bases-in-syria-blocked-by-rebels-787934",
     "text": "The naval base in Tartus and the airbase in Khmeimin have been blocked by Syrian opposition forces. According to unofficial reports, the Russians have been given two days to withdraw from Syria.\n\nFive Russian warships have already left Tartus and are in the Mediterranean Sea.\n\nOn 7 and 8 December, two transport planes each arrived at Hmeimim to evacuate personnel.",
     # Ships gone from Tartus: reduced (the rule of the sets before); planes evacuating
     # personnel from Hmeimim: being emptied (as babel.ua's report of that day in
     # corpus_seen was read).
     "gold": [gold(TA, "reduced", "2024-12-08"), gold(HM, "withdrawing", "2024-12-08", "2024-12-07")]},
    {"lang": "en", "split": "held-out 7", "publisher": "leemsaan.tistory.com (an English report quoted)", "published": "2025-01-24",
     # published: the blog's archive page of 2025-01-24.
     "url": "https://leemsaan.tistory.com/archive/20250124",
     "text": "Russian ships return to Syrian base ahead of expected withdrawal. Two Russian ships linked to its military have docked at the Kremlin's naval base on the Syrian coast at Tartous, with experts suggesting that an anticipated evacuation of the facility has finally begun.",
     "gold": [gold(TA, "withdrawing", "2025-01-24", "2025-01-23")]},
    {"lang": "en", "split": "held-out 7", "publisher": "WN (Jamestown Foundation digest)", "published": "2025-05-12",
     # published: the date in the URL.
     "url": "https://article.wn.com/view/2025/05/12/Russian_Navys_Weakness_in_the_Mediterranean_Becomes_Clear",
     "text": "Since the downscaling of its Mediterranean footprint at Tartus in Syria from a fully-fledged naval base, complete with refueling, logistics and munitions warehouses, Russia’s Mediterranean Squadron has been without an alternative facility.",
     # A base scaled down, not left.
     "gold": [gold(TA, "reduced", "2025-05-12")]},
    {"lang": "en", "split": "held-out 7", "publisher": "TASS", "published": "2025-10-16",
     "url": "https://tass.com/politics/2030661",
     "text": "MOSCOW, October 16. /TASS/. The issue regarding the future of Russian military bases in Hmeimim and Tartus was discussed during the recent negotiations between Russian President Vladimir Putin and Syria’s interim leader Ahmed al-Sharaa, Kremlin Spokesman Dmitry Peskov told reporters.\n\nRussia operates two military facilities in Syria — the Russian Navy maintenance base in the port city of Tartus, and the Hmeimim Air Base, situated in Jableh, Latakia. On December 27, a source close to the discussions on the preservation of Russian facilities in Syria told TASS that new Syrian authorities do not plan to terminate the agreements under which Russia uses military bases in Latakia and Tartus provinces in the near future.",
     "gold": [gold(TA, "active", "2025-10-16"), gold(HM, "active", "2025-10-16")]},
    # Arabic -------------------------------------------------------------------------
    {"lang": "ar", "split": "held-out 7", "publisher": "مرسال قطر (سبوتنيك)", "published": "2025-07-14",
     "url": "https://marsalqatar.qa/post/73831/%D8%A7%D8%AA%D8%B5%D8%A7%D9%84%D8%A7%D8%AA-%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D9%85%D8%B9-%D8%AF%D9%85%D8%B4%D9%82-%D9%84%D9%84%D8%AA%D9%81%D8%A7%D9%87%D9%85-",
     "text": "أكد سيرغي فيرشينين نائب وزير الخارجية الروسي اليوم، أن الاتصالات بين موسكو ودمشق بخصوص مسألة القواعد العسكرية الروسية في سوريا مستمرة.\n\nوتحتفظ روسيا بقاعدتين عسكريتين في سوريا، الأولى هي المركز اللوجستي للبحرية في مدينة طرطوس، والثانية هي قاعدة حميميم الجوية، التي أُنشئت بالقرب من مدينة جبلة في سبتمبر 2015.",
     # Russia keeps two bases: both in use (2015 is when Hmeimim was set up, not a status).
     "gold": [gold(TA, "active", "2025-07-14"), gold(HM, "active", "2025-07-14")]},
    {"lang": "ar", "split": "held-out 7", "publisher": "البوابة", "published": "2025-12-10",
     "url": "https://www.albawaba.net/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%AD%D9%85%D9%8A%D9%85%D9%8A%D9%85-%D9%88%D8%B7%D8%B1%D8%B7%D9%88%D8%B3-%D9%85%D8%A7-%D9%85%D8%B5%D9%8A%D8%B1-%D8%A7%D9%84%D9%82%D9%88%D8%A7%D8%B9%D8%AF-%D8%A7%D9%84%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-1618478",
     "text": "البوابة - لدى روسيا قاعدتان عسكريتان في سوريا، ويثار الحديث عن مصيرهما بعد سقوط نظام بشار الأسد وسيطرة المعارضة السورية على مقاليد الحكم.\n\nالأولى، قاعدة \"حميميم\" الجوية: هي قاعدة جوية عسكرية روسية تقع جنوب شرق مدينة اللاذقية، وتُستخدم لإصلاح السفن وتخزين المعدات. بموجب الاتفاق القديم، يحق لروسيا تأجير القاعدة لمدة غير محددة.\n\nوالثانية، قاعدة \"طرطوس\" البحرية: تُستخدم لتزويد السفن الروسية وإصلاحها، والإمداد لأسطول البحر المتوسط الروسي.",
     # Russia has two bases, each described in use.
     "gold": [gold(HM, "active", "2025-12-10"), gold(TA, "active", "2025-12-10")]},
    {"lang": "ar", "split": "held-out 7", "publisher": "شفق نيوز", "published": "2025-05-24",
     "url": "https://shafaq.com/ar/الشرق-الأوسط/شفق-نيوز-ترصد-وضع-القوات-الروسية-في-القامشلي-خر-وراقها-العسكرية-لدى-سوريا",
     "text": "شفق نيوز/ أكثر من ستة أشهر مرت على انهيار نظام بشار الأسد في سوريا، لكن القوات العسكرية الروسية ما تزال تتواجد في مطار القامشلي الدولي، رغم أن موسكو عمدت إلى سحب جزء كبير من قواتها إلى خارج البلاد.\n\nوأفاد مراسل وكالة شفق نيوز، بأن القوات الروسية ما تزال متمركزة داخل مطار القامشلي، في حين ينتشر عشرات الجنود الروس في موقعين محاذيين له، بعد أن قامت القوات بإخلاء عدد من النقاط والمواقع العسكرية في ريف الحسكة الشمالي.\n\nوأشار مراسل الوكالة إلى أن القوات الروسية ما تزال تحتفظ بجزء من آلياتها العسكرية داخل المطار، إضافة إلى طائرات مروحية ومنظومات رادار، إلى جانب مركز قيادة وموقع لتجمع الجنود الروس.",
     # Still stationed at the airport: active (the points evacuated are unnamed).
     "gold": [gold(Q, "active", "2025-05-24")]},
    {"lang": "ar", "split": "held-out 7", "publisher": "المركزية (العربية.نت)", "published": "2025-08-11",
     "url": "https://almarkazia.com/ar/%D8%AA%D8%BA%D9%8A%D9%8A%D8%B1%D8%A7%D8%AA-%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D9%82%D8%A7%D9%85%D8%B4%D9%84%D9%8A-%D9%85%D8%B5%D8%A7%D8%AF%D8%B1-%D8%B9%D8%B3%D9%83%D8%B1%D9%8A%D8%A9-%D8%AA%D9%83%D8%B4%D9%81-1",
     "text": "وسط أنباء انتشرت خلال الساعات الماضية عن تعزيز القوات الروسية حضورها في مطار القامشلي شمال شرقي سوريا، أوضحت مصادر عسكرية محلية أن الروس أجروا تغييرات في هيكلية قواتهم.\n\nكما أوضحت أن التغييرات التي تحصل كل نحو سنة أو سنتين شملت تعيين قادة جدد دون تعزيز عدد أو حجم القوات الروسية وآلياتها في المدينة.\n\nوقبل نحو أسبوع سيرت القوات الروسية دورية في ريف مدينة القامشلي الشرقي للمرة الأولى منذ سقوط نظام الرئيس السابق بشار الأسد رفقة سيارة لقوات سوريا الديمقراطية.",
     # Reinforcement denied ("no reinforcement of the number"); a routine rotation and a
     # patrol: the airport active, not reinforced.
     "gold": [gold(Q, "active", "2025-08-11")]},
    {"lang": "ar", "split": "held-out 7", "publisher": "السياسة (أسوشيتد برس)", "published": "2026-01-28",
     # published: the page's "28/01/2026"; AP's visit was on Tuesday 2026-01-27.
     "url": "https://elsiyasa.com/article/404227",
     "text": "وفي الميدان، بدأت القوات الروسية الانسحاب من مواقع في شمال شرق سوريا ضمن منطقة لا تزال تحت سيطرة قوات سوريا الديمقراطية (قسد) بقيادة الأكراد، وذلك بعد أن فقدت القوات الروسية معظم أراضيها هناك. وزار صحفيون من وكالة أسوشيتد برس قاعدة قرب مطار القامشلي الثلاثاء، ولاحظوا أنها أصبحت تحت حراسة مقاتلي “قسد”، الذين قالوا إن الروس باشروا خلال الأيام الماضية نقل معداتهم إلى خارج الموقع.\nوبدا أن أماكن إقامة الجنود شبه خالية، ولم يبق فيها سوى بعض الأغراض المتناثرة مثل معدات رياضية وعبوات مسحوق بروتين وقطع ملابس.",
     # As AP's English report is read in corpus_dev: withdrawing.
     "gold": [gold(Q, "withdrawing", "2026-01-27", "2026-01-28")]},
    {"lang": "ar", "split": "held-out 7", "publisher": "الكتائب (واشنطن بوست)", "published": "2024-12-13",
     # published: not on the stored page; its Friday is Maxar's images of Friday 2024-12-13.
     "url": "https://kataeb.org/articles/%D8%A3%D9%82%D9%85%D8%A7%D8%B1-%D8%A7%D8%B5%D8%B7%D9%86%D8%A7%D8%B9%D9%8A%D8%A9-%D8%AA%D9%83%D8%B4%D9%81-%D8%AA%D8%AC%D9%87%D9%8A%D8%B2%D8%A7%D8%AA-%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D9%84%D9%85%D8%BA%D8%A7%D8%AF%D8%B1%D8%A9-%D8%AD%D9%85%D9%8A%D9%85%D9%8A%D9%85-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A%D8%A9-",
     "text": "أقمار اصطناعية تكشف تجهيزات روسية لمغادرة \"حميميم\" السورية\n\nكشفت صور أقمار اصطناعية يوم الجمعة، عن تجهيزات روسية بقاعدة حميميم  في سوريا للمغادرة.\n\nونقلت صحيفة \"واشنطن بوست\" عن شركة \"ماكسار\" للأقمار الاصطناعية رصدها طائرتين من طراز \"أنتونوف أيه إن-124\"، إحدى أكبر طائرات الشحن في العالم، ومقدمتهما مفتوحة بقاعدة حميميم في اللاذقية على الساحل السوري.\nوأشارت إلى أعمال \"تفكيك مروحية مقاتلة من طراز كيه.أيه-52 ويجري إعدادها على الأرجح للنقل بينما تستعد أجزاء من وحدة الدفاع الجوي إس-400 بالمثل للمغادرة من موقع انتشارها السابق في القاعدة الجوية\".",
     # Equipment readied to leave Hmeimim: being emptied, that Friday.
     "gold": [gold(HM, "withdrawing", "2024-12-13")]},
    # Russian ------------------------------------------------------------------------
    {"lang": "ru", "split": "held-out 7", "publisher": "Новости Mail.ru", "published": "2026-01-27",
     "url": "https://news.mail.ru/politics/69572424/",
     "text": "Российские военные, вероятно, начали эвакуацию с аэродрома у города Эль-Камышлы на северо-востоке Сирии. Этот объект с 2019 года использовался для поддержки миссии по разведению курдских и протурецких формирований. О возможном выводе сил сообщают курдские и арабские источники.\nПо данным ресурса Kurdistan24, днем 26 января на аэродроме был зафиксирован самолет Ил-76 ВКС России с открытой аппарелью грузового люка.",
     "gold": [gold(Q, "withdrawing", "2026-01-27", "2026-01-26")]},
    {"lang": "ru", "split": "held-out 7", "publisher": "Новости Mail.ru (RTVI)", "published": "2025-12-08",
     "url": "https://news.mail.ru/politics/69010462/",
     "text": "Как отмечают эксперты, сейчас России важнее всего удержать свои военные базы в Сирии. Речь идет о пункте ВМФ России в Тартусе и аэродроме Хмеймим, которые были получены в долгосрочную аренду при прежнем режиме.\n\nСам факт функционирования этих баз в Сирии является важным стабилизирующим элементом в регионе, сказал заместитель министра иностранных дел России Сергей Вершинин в интервью RTVI прокомментировал правовой статус российских военных баз в Сирии.",
     # Bases Russia holds and that function: both active.
     "gold": [gold(TA, "active", "2025-12-08"), gold(HM, "active", "2025-12-08")]},
    {"lang": "ru", "split": "held-out 7", "publisher": "NewsInfo (Noonpost)", "published": "2025-02-15",
     "url": "https://www.newsinfo.ru/news/otnoshenija-rf-i-nosovogo-pravitelstva-sirii/853181",
     "text": "Новые власти в Дамаске проявляют прагматизм в отношениях с Москвой, соглашаясь на сохранение российских военно-воздушных и военно-морских баз, что подтвердил министр обороны Сирии Мухраф Абу Касра.\n\nСирия остается важным стратегическим партнером для России на Ближнем Востоке, так как располагает доступом к Средиземному морю и рынкам Персидского залива. В стране находятся две ключевые российские базы: морская база в Тартусе и авиабаза Хмеймим.",
     "gold": [gold(TA, "active", "2025-02-15"), gold(HM, "active", "2025-02-15")]},
    {"lang": "ru", "split": "held-out 7", "publisher": "NEWSru.co.il", "published": "2024-12-14",
     # published: the date in the URL (14dec2024); the Friday is 2024-12-13.
     "url": "https://newsru.co.il/mideast/14dec2024/russia508.html/amp",
     "text": "Российские военно-транспортные самолеты вывезли технику с военной базы Хмеймим\nПо сообщению сирийских источников, российские военно-транспортные самолеты в течение последних двух дней вывозили российскую военную технику, а также офицеров и военнослужащих с военной базы Хмеймим в окрестностях Латакии.\nВ пятницу вечером колонна российской военной техники собралась на военной базе Хмеймим после того, как РФ начала вывод своих сил из района Хисья к югу от Хомса.\n\nРоссийские транспортные самолеты в Хмеймиме и корабли в порту Тартус занимаются постепенной эвакуацией российских граждан, офицеров и военнослужащих, а также военной техники и другого имущества после падения режима Башара Асада",
     # Hmeimim and Tartus being evacuated; Hisyah's withdrawal begun (by the Friday). The
     # convoy gathering at Hmeimim is an evacuation's stop, not a reinforcement.
     "gold": [gold(HM, "withdrawing", "2024-12-14", "2024-12-13"), gold(TA, "withdrawing", "2024-12-14"),
              gold(HI, "withdrawing", "2024-12-13", "2024-12-14")]},
    {"lang": "ru", "split": "held-out 7", "publisher": "Haqqin.az (Bloomberg)", "published": "2025-10-30",
     "url": "https://haqqin.az/news/364645",
     "text": "Российские грузовые самолеты снова начали выполнять рейсы на авиабазу Хмеймим в сирийской провинции Латакия, сообщает Bloomberg со ссылкой на данные сервиса Flightradar24.\n\nМониторинг показал, что 26 октября транспортный самолет Ил-62М ВВС России прибыл из Ливии в Латакию, а затем направился в Московскую область. Кроме того, самолет Ан-124-100 «Руслан», способный перевозить тяжелые грузы, трижды с 24 октября прилетал на базу в Хмеймиме, последний раз — в среду.",
     # Flights resumed, the last on Wednesday 2025-10-29.
     "gold": [gold(HM, "active", "2025-10-30", "2025-10-29")]},
    {"lang": "ru", "split": "held-out 7", "publisher": "Новости Mail.ru (Sohu)", "published": "2026-01-28",
     # published: not on the stored page; it retells Sohu's story that utro.ru ran on
     # 2026-01-27 and follows news.mail.ru's 69572617 (2026-01-27): 2026-01-27 or -28.
     "url": "https://news.mail.ru/incident/69584801/",
     "text": "Россия начала выводить военный персонал и тяжелую технику с базы в Камышлы на северо-востоке Сирии для потенциальной переброски в зону проведения СВО. Этот шаг станет настоящим «кошмаром» для украинского командования. Материал публикует китайское издание Sohu.\n\nРанее сообщалось, что Россия приступила к выводу своего военного контингента из аэропорта Камишли на северо-востоке Сирии, фактически сокращая военное присутствие в данном районе. Один из собеседников Reuters уточнил, что часть личного состава планируется перебросить на российскую авиабазу Хмеймим в западной части Сирии, а другая часть должна быть возвращена на территорию России. Источники сообщают, что некоторые подразделения уже выведены с объекта на фоне наступления правительственных войск Дамаска на позиции курдских сил в регионе.",
     "gold": [gold(Q, "withdrawing", "2026-01-28", "2026-01-27")]},
]
