"""The thirteenth, sealed set of the intake evaluation (see `bench.intake.corpus`).

Assembled on 2026-12-02 (early morning) from the stored pages of the `search` tool (corpus
`pages`), before any change of this round to the pipeline; none of its URLs is in another
split (checked against the `url` lines of every corpus file). Excerpts verbatim from the
search results' text, cut to the sentences the entries need; entries written by hand from
the text before the pipeline ever ran on it, with the conventions of the sets before it (a
base a move goes to is not entered from the move alone; a plan to keep a base is no entry).
Where a page gives no publication date, `published` is an estimate from what the text
tells, said in a comment, and the entries accept it. Scored only with
`python -m bench.intake --sealed-13`, once, at the end of the round; its first run is in
BENCHMARKS.md. Whoever fixes its misses should make it a development split.

Development data since 2026-12-02 (afternoon): after its one run its misses were worked on, so
it is in the default table as split "held-out 13"; its first-run figures stay in BENCHMARKS.md.
"""

from bench.intake.gold import HI, HM, Q, TA, gold

SEALED_13_REPORTS = [
    # English ------------------------------------------------------------------------
    {"lang": "en", "split": "held-out 13", "publisher": "Fakti.bg (Reuters)", "published": "2024-12-14",
     # published: not on the stored page; the images are of "Friday" (2024-12-13).
     "url": "https://fakti.bg/en/world/934876-air-evacuation-russian-military-packs-up-from-syria",
     "text": "Russia appears to be gathering military equipment at an air base in Syria.\nThis is clear from satellite images published by Maxar after the overthrow of President Bashar Assad, Reuters reported.\nThe images taken on Friday show at least two An-124 aircraft, some of the world's largest cargo planes, with their nose cones open at the Khmeimim air base in Syria's coastal province of Latakia.\n\"Two An-124 heavy transport aircraft are at the airport - both with their nose cones raised and ready to load equipment/cargo\", the images show. Maxar.\n\"A Ka-52 attack helicopter is being dismantled nearby, likely being prepared for transport, and elements of an S-400 air defense unit are also preparing to leave their previous deployment site at the airbase.\"\nThe Russian naval base in Tartus, the only Russian repair and replenishment center in the Mediterranean, \"remains largely unchanged since our photos on December 10, with two frigates still visible in the sea off Tartus,\" Maxar said.",
     # Equipment packed up to be flown out of Hmeimim: withdrawing. Tartus "largely
     # unchanged": no entry.
     "gold": [gold(HM, "withdrawing", "2024-12-14", "2024-12-13")]},
    {"lang": "en", "split": "held-out 13", "publisher": "Today Headline (Business Insider)", "published": "2024-12-14",
     # published: not on the stored page; the images are of "Friday" (2024-12-13).
     "url": "https://todayheadline.co/russia-looks-to-be-packing-up-its-helicopters-and-air-defenses-at-its-base-in-syria-new-satellite-images-show",
     "text": "In new satellite imagery, Russia’s military appears to be packing up equipment at a key airbase in Syria.\nThe images show transport aircraft ready to load cargo at the Hmeimim Air Base on Friday.\nRussia’s military footprint in Syria fell into uncertainty after rebel forces ousted Bashar Assad.\nRussia appears to be packing up military equipment at one of its bases in Syria, new satellite images show. They are the latest indication that Moscow is scaling down, if not withdrawing, its footprint from the country following the stunning collapse of the Assad regime.\nImages captured Friday by Maxar Technologies and obtained by Business Insider show two An-124 heavy transport aircraft at Russia’s Hmeimim Air Base. The front of the planes are lifted, indicating that they are ready to load equipment or cargo.\nIn another image of the Hmeimim base, a Russian Ka-52 attack helicopter is seen being taken apart and likely prepared for transport, according to Maxar. The company said elements of an S-400 air-defense unit are also being prepared for departure from the weapon’s previous deployment site near the coastal city of Latakia.\nAdditional imagery collected Friday shows Russia’s warships are still missing from its base in Tartus, a port city south of Hmeimim on the Mediterranean Sea. Several frigates, replenishment oilers, and a submarine could be seen at the facility earlier in the month, but they were all gone by Monday.",
     # Packing up at Hmeimim: withdrawing; the warships gone from Tartus: reduced.
     "gold": [gold(HM, "withdrawing", "2024-12-14", "2024-12-13"),
              gold(TA, "reduced", "2024-12-14", "2024-12-13", "2024-12-09")]},
    {"lang": "en", "split": "held-out 13", "publisher": "TanxHeaven", "published": "2024-12-14",
     # published: not on the stored page; Maxar's images "on Friday" (2024-12-13), the fall
     # of Assad "last week".
     "url": "https://tanxheaven.com/news/russia-begins-military-withdrawal-from-syria-following-assads-fall",
     "text": "Recent satellite imagery shows Russian forces appearing to dismantle and pack up military equipment at key bases in Syria, following the overthrow of long-time Russian ally Bashar Al-Assad by Syrian rebels last week.\nMaxar Technologies released images on Friday capturing transport movements at Russia's Hmeimim airbase and Tartus naval base along Syria's Mediterranean coast. The images show two An-124 heavy transport aircraft on the Hmeimim airfield with raised nose cones, positioned for loading equipment. A Ka-52 attack helicopter was also observed being dismantled, likely for transport.\nMilitary convoys have been spotted heading toward the airbase, with verified footage showing Russian vehicles traveling northward on the Damascus-Aleppo highway. Local observers reported withdrawals of Russian forces from multiple areas, including the Hassia region south of Homs.\nWhile Russia appears to be pulling back from front lines and removing some heavy equipment, Syrian officials indicate Moscow plans to maintain its presence at the naval fleet vanishes Hmeimim and Tartus bases.",
     # Equipment packed up for transport at Hmeimim: withdrawing. Tartus: only the plan to
     # maintain it: no entry (and never proposed as left). Hisyah ("Hassia ... south of
     # Homs"): withdrawals of Russian forces from it: withdrawn.
     "gold": [gold(HM, "withdrawing", "2024-12-14", "2024-12-13"),
              gold(HI, "withdrawn", "2024-12-14", "2024-12-13")]},
    {"lang": "en", "split": "held-out 13", "publisher": "Orrao (BBC Verify)", "published": "2025-01-24",
     # published: not on the stored page; the BBC Verify piece it retells is of late January
     # 2025 (ships back in Tartus "ahead of expected withdrawal").
     "url": "https://orrao.com/russian-ships-return-to-syrian-tartous-base-ahead-of-expected-withdrawal",
     "text": "so far, no Russian warships were seen in Tartus after the fall of the Assad regime in early December. Earlier high-resolution satellite images showed dozens of military vehicles parked near where the ships now stand. There were also cranes nearby that could be used for loading equipment.\nIt is possible that two more Russian naval ships are also in the port, naval analyst Frederik Van Lockeren told BBC Verify. He said that the ships “Ivan Gren” and “Aleksandr Atrakovskiy” could also be involved in the evacuation – this opinion was echoed by the Ukrainian military intelligence BBC Verify.\n“After the termination of the 49-year lease, it became very clear to Russia that it could no longer rely on maintaining a military presence in Tartus, and therefore there seems to be no point in staying there and delaying a sea evacuation,” Mr. Van Lokeren added.",
     # Ships in Tartus for its evacuation: withdrawing.
     "gold": [gold(TA, "withdrawing", "2025-01-24")]},
    # Arabic -------------------------------------------------------------------------
    {"lang": "ar", "split": "held-out 13", "publisher": "Xeber24", "published": "2024-12-16",
     # published: not on the stored page; after "14 كانون الأول الجاري" (December 2024).
     "url": "https://xeber24.org/%d9%84%d8%a3%d9%88%d9%84-%d9%85%d8%b1%d8%a9-%d9%85%d9%86%d8%b0-%d9%81%d8%b1%d8%a7%d8%b1-%d8%a7%d9%84%d8%a3%d8%b3%d8%af-%d8%a7%d9%84%d9%82%d9%88%d8%a7%d8%aa-%d8%a7%d9%84%d8%b1%d9%88%d8%b3%d9%8a%d8%a9",
     "text": "تصدت المضادات الأرضية التابعة للقوات الروسية المتمركزة في مطار حميميم بريف اللاذقية لهدف في أجواء المطار.\nحيث دوى انفجار عنيف تلاه انطلاق المضادات، ولم يعلم حتى اللحظة ما إذا كان الهدف صاروخ أو مسيّرة حاولت استهداف المطار، وهي المرة الأولى التي يستهدف فيها مطار حميميم منذ سقوط نظام بشار الأسد.\nوفي 14 كانون الأول الجاري، غادرت طائرات شحن عسكرية روسية من مطار حميميم، بعد تجمع قافلة آليات عسكرية للقوات الروسية المنسحبة من مواقعها في سورية في قاعدة حميميم في ريف اللاذقية.\nووفقاً للمصادر فإن طائرات الشحن الروسية في حميميم والباخرات في مرفأ طرطوس نقلت عبر دفعات رعاياها والضباط والأفراد في القوات الروسية على دفعات منذ ما قبل فرار بشار الأسد",
     # Cargo planes flying forces out of Hmeimim, ships out of Tartus: both withdrawing.
     "gold": [gold(HM, "withdrawing", "2024-12-16", "2024-12-14"),
              gold(TA, "withdrawing", "2024-12-16", "2024-12-14")]},
    {"lang": "ar", "split": "held-out 13", "publisher": "Egypt Telegraph", "published": "2025-01-03",
     # published: not on the stored page; HUR's report of ships due in Tartus by 8 January
     # 2025 (the same report as the twelfth set's Dagens, 2025-01-03).
     "url": "https://www.egypttelegraph.com/article/105974/بعد-سقوط-الأسد-سفن-روسية-تنقل-معدات",
     "text": "بعد سقوط الأسد.. سفن روسية تنقل معدات عسكرية من طرسوس إلى ليبيا\n\nسفينة إيفان جرين- أرشيفية\nكشفت المخابرات العسكرية الأوكرانية (HUR) عن تحركات روسية مكثفة تهدف إلى نقل أسلحة ومعدات عسكرية من سوريا إلى ليبيا باستخدام سفن شحن وناقلات عبر البحر الأبيض المتوسط، مما يعكس تصاعد النفوذ الروسي في الشرق الأوسط وأفريقيا، بحسب تقرير لها.\nحركات بحرية مكثفة في طرطوس\nوشهدت القاعدة البحرية الروسية في مدينة طرطوس السورية نشاطًا ملحوظًا، حيث تجمعت سفن حربية، من بينها السفن البرمائية الكبيرة \"إيفان جرين\" و\"ألكسندر أوريفكوفسكي\"، وسفينة الشحن الجاف \"سبارتا\".\nومن المتوقع وصول سفن أخرى، مثل \"سبارتا 2\" وناقلة النفط \"إيفان سكوبيليف\"، إلى ميناء طرطوس بحلول 8 يناير 2025.",
     # Ships gathered at Tartus to carry equipment out of Syria: withdrawing.
     "gold": [gold(TA, "withdrawing", "2025-01-03", "2025-01-04")]},
    {"lang": "ar", "split": "held-out 13", "publisher": "Kaynapress (agencies)", "published": "2024-12-13",
     # published: not on the stored page; "8 ديسمبر الجاري", the Anadolu report of the
     # pull-back to Hmeimim (mid-December 2024).
     "url": "https://kaynapress.com/%d8%b1%d9%88%d8%b3%d9%8a%d8%a7-%d8%aa%d9%88%d8%a7%d8%b5%d9%84-%d8%b3%d8%ad%d8%a8-%d9%88%d8%ad%d8%af%d8%a7%d8%aa%d9%87%d8%a7-%d8%a5%d9%84%d9%89-%d9%82%d8%a7%d8%b9%d8%af%d8%a9-%d8%ad%d9%85%d9%8a%d9%85",
     "text": "تواصل روسيا سحب وحداتها العسكرية المتمركزة في مختلف أنحاء سوريا، بما في ذلك دمشق وحمص ومدن أخرى، إلى قاعدة حميميم الجوية في محافظة اللاذقية غربي سوريا.\nوتم رصد دخول مركبات عسكرية روسية إلى القاعدة، مرفقة بمناطيد مراقبة ومروحيات.\nكما تم رصد هبوط طائرة شحن روسية إلى القاعدة بغية نقل المعدات إلى روسيا.\nوتضم قاعدة حميميم، التي يتمركز فيها الجنود الروس، مدارج طائرات وأنظمة دفاع جوي ومعدات عسكرية مهمة.",
     # A cargo plane landed at Hmeimim to carry the equipment to Russia: withdrawing.
     "gold": [gold(HM, "withdrawing", "2024-12-13", "2024-12-14")]},
    {"lang": "ar", "split": "held-out 13", "publisher": "Elmowatin", "published": "2024-12-13",
     # published: not on the stored page; "الجمعة" after the fall of the Baath regime.
     "url": "https://elmowatin.com/uncategorized/7444.html",
     "text": "تستمر القوات الروسية المتواجدة في سوريا بالانسحاب من العاصمة دمشق ومحافظة حمص، متجهة على شكل أرتال عسكرية كبيرة إلى قاعدة حميميم الجوية بمحافظة اللاذقية، وفقًا لمصادر محلية.\nوأشارت المصادر، الجمعة، إلى أن هذه التحركات تأتي بالتزامن مع سقوط نظام البعث في سوريا، حيث تضم الأرتال آليات عسكرية ومدرعات وشاحنات محملة بمعدات.\nتعد قاعدة حميميم مركزًا استراتيجيًا للقوات الروسية، إذ تحتوي على مدارج طائرات وأنظمة دفاع جوي ومعدات عسكرية متطورة.",
     # Columns going to Hmeimim from Damascus and Homs, no evacuation out of Syria said: the
     # base a move goes to is not entered; nothing stored is left. No entry.
     "gold": []},
    # Russian ------------------------------------------------------------------------
    {"lang": "ru", "split": "held-out 13", "publisher": "CentralAsia (Reuters)", "published": "2026-01-27",
     # published: not on the stored page; Reuters "в понедельник, 26 января".
     "url": "https://centralasia.media/news:2403372?from=rss",
     "text": "Россия выводит войска с аэродрома Камышлы в Сирии, - Reuters\n\nНесколько источников опубликовали кадры, на которых, вероятно, видна погрузка техники на российский самолет на аэродроме Камышлы\n\nCentralAsia (CA) - Россия вывела свои войска из аэропорта Камышлы на северо-востоке Сирии на территории бывшей курдской автономии.\n\nВывод войск и вооружений начался на прошлой неделе, сообщило в понедельник, 26 января, агентство Reuters, ссылаясь на источники. Ожидалось, что часть сил переедет на российскую авиабазу Хмеймим на западе Сирии, а еще часть вернется в Россию.\n\nВ последние два дня из Камышлы в Хмеймим перевезли военную технику и тяжелое вооружение, сообщил агентству источник в службе безопасности Сирии.\n\nЖурналист Reuters заметил, что 26 января флаги РФ по-прежнему развевались в аэропорту Камышлы, а на взлетно-посадочной полосе стояли два самолета с российскими опознавательными знаками.",
     # Withdrawal under way, flags still flying: withdrawing. Hmeimim: where the move goes.
     "gold": [gold(Q, "withdrawing", "2026-01-26", "2026-01-27")]},
    {"lang": "ru", "split": "held-out 13", "publisher": "ArbatMedia", "published": "2024-12-14",
     # published: not on the stored page; the Maxar images of Hmeimim of mid-December 2024.
     "url": "https://arbatmedia.kz/exo-moskvy/korabli-uxodyat-texnika-gruzitsya-rossiya-pokidaet-siriyu-5067",
     "text": "Корабли уходят, техника грузится: Россия покидает Сирию?\nРоссия начала эвакуацию своих войск из Сирии, что подтверждают спутниковые снимки и заявления зарубежных источников. На авиабазу Хмеймим прибыли транспортные самолеты для вывоза техники и вооружения, передает ArbatMedia.\nМинистерство обороны России приступило к выводу своих войск из Сирии, о чём свидетельствуют спутниковые снимки, предоставленные компаниями Maxar Technologies и Planet Labs. На кадрах видно, как на авиабазу Хмеймим прибыли крупные транспортные самолёты, такие как два Ан-124 и три Ил-76, а также меньшие воздушные суда — три Ан-32 и один Ан-72. Помимо этого, заметны подготовленные к отправке элементы зенитно-ракетного комплекса С-400.\nСпутники также зафиксировали российские военные корабли, покидающие порт Тартус. Министерство обороны Германии подтвердило, что российская группировка уже оставила этот стратегический объект, сообщает Bild.",
     # Planes come to take equipment out of Hmeimim: withdrawing; the warships gone from
     # Tartus: reduced (as the sets before read December's ships).
     "gold": [gold(HM, "withdrawing", "2024-12-14"), gold(TA, "reduced", "2024-12-14")]},
    {"lang": "ru", "split": "held-out 13", "publisher": "Cursorinfo", "published": "2024-12-17",
     # published: not on the stored page; after Peskov's "16 декабря".
     "url": "https://cursorinfo.co.il/world-news/sirijskie-povstantsy-ne-razreshayut-rossijskim-korablyam-zajti-na-bazu-tartus-smi/amp",
     "text": "Российским военным кораблям запретили заходить в порт Тартус, где находится единственная зарубежная база ВМФ рф.\n\nПо данным OSINT-аналитиков, MarineTraffic и сообщений военных корреспондентов, эвакуационное судно «Спарта II» уже более четырех дней дрейфует вблизи сирийского побережья, не получив разрешения от представителей новой власти в регионе — «Хайят Тахрир аш-Шам» (ХТШ).\n\nРанее этот корабль доставлял технику из Крыма в Сирию и находится под санкциями США. Сейчас на берегу заблокировано более ста российских грузовиков с оружием и оборудованием, включая элементы ПВО. Несмотря на это, авиабаза Хмеймим остается единственной точкой для эвакуации российского контингента.",
     # The evacuation goes through Hmeimim: withdrawing. Tartus: equipment on shore waiting
     # for an evacuation ship: withdrawing (as the ninth set read units awaiting ships).
     "gold": [gold(HM, "withdrawing", "2024-12-17"), gold(TA, "withdrawing", "2024-12-17")]},
    {"lang": "ru", "split": "held-out 13", "publisher": "Bimba News (Radio Svoboda)", "published": "2025-02-04",
     # published: not on the stored page; "в ночь на вторник" after 31 January 2025.
     "url": "https://bimba-news.in.ua/ru/news/rossijskoe-sudno-s-tehnikoj-iz-sirii-iz-1",
     "text": "Грузовое судно Sparta, принадлежащее ООО \"Оборонлогистика\", вышло из порта Тартус 26 января и в ночь на вторник кратковременно активировало свой передатчик, который сообщает о его местоположении.\nСогласно информации с сайта MarineTraffic, сейчас Sparta находится на якоре у берегов Мальты. Как выяснило Радио Свобода, в данный момент Мальта обозначена как конечный пункт назначения судна, хотя изначально после выхода из Тартуса его целью был порт Балтийск в Калининградской области.\n31 января OSINT-аналитик Russian Forces Spotter, отслеживающий вывоз российской техники из Сирии, сообщил о возможном пожаре на борту Sparta.",
     # A cargo ship carrying equipment out of Tartus on 26 January: withdrawing.
     "gold": [gold(TA, "withdrawing", "2025-01-26", "2025-02-04")]},
]
