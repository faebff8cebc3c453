"""The second held-out set of the intake evaluation, seen since (see `bench.intake.corpus`).

Assembled on 2026-12-01 from reports the pipeline had never run on, each entry written
down and committed before its first run (its figures are in BENCHMARKS.md). Its misses
were then fixed as general rules, so it is development data now: split "former held-out 2".
"""

from bench.intake.gold import AI, HM, TA, TAL_SAMEN, Q, gold

SEEN_REPORTS = [
    # English ------------------------------------------------------------------------
    {"lang": "en", "split": "former held-out 2", "publisher": "Shafaq News", "published": "2026-01-26",
     "url": "https://www.shafaq.com/en/Middle-East/Russia-pulls-elite-unit-in-phased-withdrawal-from-Syria-s-Qamishli",
     "text": "Russian forces have started a phased withdrawal from Qamishli Airport, relocating personnel and equipment to the Khmeimim Air Base in Syria’s coastal Latakia province, a security source told Shafaq News on Monday.\n\nThe source explained that the evacuation began on January 23, 2026, under a decision to clear the site of Russian presence. The first stage involved two Russian Ilyushin cargo aircraft transporting heavy equipment and logistical units from the airport to the base.\n\nSubsequent operations included the transfer of technical vehicles and individual soldiers. The process culminated on Monday with the relocation of what he described as the “elite team,” identified as the final Russian contingent stationed at the airport.",
     # Begun on the 23rd, the last contingent gone on Monday the 26th; Khmeimim is where
     # the evacuation went, not reinforced.
     "gold": [gold(Q, "withdrawing", "2026-01-23", "2026-01-26"), gold(Q, "withdrawn", "2026-01-26")]},
    {"lang": "en", "split": "former held-out 2", "publisher": "The Jerusalem Post (Reuters)", "published": "2024-12-10",
     "url": "https://www.jpost.com/breaking-news/article-832853",
     "text": "Satellite imagery show that Russian naval ships have left Moscow's base at Tartous on Syria's coast and some have dropped anchor offshore following the overthrow of Syrian President Bashar al-Assad by rebel forces.\n\nAn image taken on December 9 by Planet Labs showed at least three vessels in Russia’s Mediterranean fleet, including two guided missile frigates and an oiler, moored around 13 km northwest of Tartous. The rest of the fleet could not be immediately located in satellite imagery.",
     # The ships left the port, the base was not given up: reduced, as of the image.
     "gold": [gold(TA, "reduced", "2024-12-09", "2024-12-10")]},
    {"lang": "en", "split": "former held-out 2", "publisher": "Mint (Bloomberg)", "published": "2024-12-13",
     "url": "https://www.livemint.com/news/world/russia-nears-deal-with-new-syria-leaders-to-keep-army-bases/amp-11734033802585.html",
     "text": "Russia is nearing an agreement with Syria’s new leadership to keep two vital military bases in the Middle East state, a key objective of the Kremlin after the fall of its ally Bashar al-Assad.\n\nTalks are taking place for Russian forces to remain at the naval port in Tartus and the air base at Khmeimim, according to people with knowledge of the matter in Moscow, Europe and the Middle East, asking not to be identified because the issue is sensitive.",
     "gold": [gold(TA, "active", "2024-12-13"), gold(HM, "active", "2024-12-13")]},
    {"lang": "en", "split": "former held-out 2", "publisher": "i24NEWS", "published": "2024-12-10",
     "url": "https://www.i24news.tv/en/news/middle-east/levant-turkey/artc-ukraine-claims-russian-forces-began-leaving-syria",
     "text": "The intelligence director of the Ukrainian defense ministry announced Tuesday that Russian forces have begun withdrawing from Syria and a fleet of planes has been dispatched to the Khmeimim base to help.\n\nThe large ships of Russia's Northern Fleet Alexander Otrakovsky and Ivan Gren are en route to the Mediterranean Sea. At the Tartus port, the Russians are carrying out an emergency evacuation of military equipment and property. Several hundred Russian special forces have already arrived there to ensure the safe retreat.",
     # The planes at Khmeimim and the special forces at Tartus are there for the
     # evacuation: neither base is reinforced.
     "gold": [gold(TA, "withdrawing", "2024-12-10")]},
    {"lang": "en", "split": "former held-out 2", "publisher": "AP (via localnews8.com)", "published": "2024-12-16",
     "url": "https://localnews8.com/news/2024/12/16/russian-presence-in-syria-remains-but-its-unclear-for-how-long/",
     "text": "HMEIMIM, Syria (AP) — Russia’s scorched-earth intervention on behalf of former Syrian President Bashar Assad once turned the tide of the Syrian civil war. Assad’s government signed a deal with Russia in 2017 that offered it a free lease of both Hmeimim air base and the Tartous naval base for 49 years. The Russian presence is still evident there after Assad’s fall. But whether and how long that presence will last after the fall of former Syrian President Bashar Assad is now an open question.",
     "gold": [gold(HM, "active", "2024-12-16"), gold(TA, "active", "2024-12-16")]},
    {"lang": "en", "split": "former held-out 2", "publisher": "Africanews (with AP)", "published": "2024-12-25",
     "url": "https://www.africanews.com/2024/12/25/russia-continues-to-move-equipment-out-of-syria/",
     "text": "Russian planes being loaded with trucks and equipment were seen on Tuesday in Qamishli airport in Hasaka, in what seems to be a withdraw of forces from northeastern Syria.\n\nFollowing the fall of Bashar Assad's government Russian forces and military vehicles were seen leaving Syria in the coastal city of Latakia.\n\nThe British-based Syrian Observatory for Human Rights reported last week that Russian forces were leaving bases in Ain Issa and Tel Al-Samn near the northern city of Raqqa.",
     # "Leaving Syria in ... Latakia" names no base an analyst would enter. Tal Samen is in
     # no gazetteer: until 2026-12 counted as unmatchable; now matched as a place near Raqqa
     # (bench/intake/gold.py, `unlisted`), where an analyst would put it.
     "gold": [gold(Q, "withdrawing", "2024-12-24"),
              gold(AI, "withdrawing", "2024-12-01", "2024-12-25"),
              gold(TAL_SAMEN, "withdrawing", "2024-12-01", "2024-12-25")]},
    # Arabic -------------------------------------------------------------------------
    {"lang": "ar", "split": "former held-out 2", "publisher": "الجزيرة نت", "published": "2026-02-04",
     "url": "https://www.aljazeera.net/news/2026/2/4/%D8%B5%D9%88%D8%B1-%D8%A3%D9%82%D9%85%D8%A7%D8%B1-%D8%B5%D9%86%D8%A7%D8%B9%D9%8A%D8%A9-%D9%85%D8%B7%D8%A7%D8%B1-%D8%A7%D9%84%D9%82%D8%A7%D9%85%D8%B4%D9%84%D9%8A-%D8%A8%D8%B3%D9%88%D8%B1%D9%8A%D8%A7",
     "text": "أظهرت صور أقمار صناعية حديثة خلوّ مطار القامشلي الدولي في محافظة الحسكة شمال شرقي سوريا من أي نشاط جوي أو تمركز عسكري، بالتزامن مع استعدادات تسليمه لإدارة الحكومة السورية اليوم.\n\nوتظهر الصور التي حصلت عليها الجزيرة، والملتقطة فيما بين 16 نوفمبر/تشرين الثاني 2025، والأول من فبراير/شباط الجاري، خلوّ المطار من التحركات بعدما كان يضم أكبر قاعدة عسكرية لروسيا في المنطقة، وتنهي عملية الإخلاء وجودا عسكريا استمر عقدا كاملا.",
     # Empty in the image of 1 February; the handover is of the airport to Damascus's
     # administration, not a Russian handover.
     "gold": [gold(Q, "withdrawn", "2026-02-04", "2026-02-01")]},
    {"lang": "ar", "split": "former held-out 2", "publisher": "البيان", "published": "2025-08-12",
     "url": "https://www.albayan.ae/news/middle-east/syria/341020",
     "text": "كشف مصدر مطلع لموقع تلفزيون سوريا أمس، عن تعزيز القوات الروسية حضورها في مطار القامشلي شمال شرقي سوريا عبر مراحل عدة شملت عمليات تأهيل لموقع تمركز طائراتها في المطار وتوسيع موقع إقامة جنودها وضباطها في مراكز تقع أمام المبنى الرئيسي للمطار.\n\nوأشار المصدر إلى أن عدد الجنود الروس تقلص كثيراً في المطار مقارنة بما قبل سقوط نظام الأسد، ولكن روسيا عادت منذ قرابة شهر إلى تعزيز قواتها ومواقعها. وتوقع وجود نحو 200 عسكري روسي في مطار القامشلي في الوقت الحالي.",
     # The shrinking since the fall of Assad is background; the reinforcing began about a
     # month before (July 2025) and was revealed the day before publication.
     "gold": [gold(Q, "reinforced", "2025-08-12", "2025-08-11", "2025-07-01")]},
    {"lang": "ar", "split": "former held-out 2", "publisher": "العربي الجديد", "published": "2026-01-22",
     "url": "https://www.alaraby.co.uk/politics/%D8%AE%D8%A7%D8%B5-%D8%AA%D8%B9%D8%B2%D9%8A%D8%B2%D8%A7%D8%AA-%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D8%AA%D8%B5%D9%84-%D8%A5%D9%84%D9%89-%D9%85%D8%B7%D8%A7%D8%B1-%D8%A7%D9%84%D9%82%D8%A7%D9%85%D8%B4%D9%84%D9%8A-%D9%85%D8%B9-%D8%A7%D9%82%D8%AA%D8%B1%D8%A7%D8%A8-%D8%A7%D9%84%D9%85%D8%B9%D8%A7%D8%B1%D9%83-%D9%85%D9%86%D9%87",
     "text": "- عززت القوات الروسية وجودها في مطار القامشلي، الواقع تحت سيطرة \"قوات سوريا الديمقراطية\"، بالتزامن مع تصاعد الاشتباكات بين الجيش السوري و\"قسد\" في شمال وشرق سوريا. - نقلت طائرات روسية تعزيزات عسكرية من قاعدة \"حميميم\" إلى مطار القامشلي، بهدف تأمينه من تداعيات المعارك، مع نفي الأنباء حول إخلاء المطار.\n\nقالت مصادر مطلعة لـ\"العربي الجديد\" إن القوات الروسية عززت وجودها العسكري داخل مطار القامشلي، الواقع ضمن مناطق سيطرة \"قوات سوريا الديمقراطية\" (قسد) في ريف محافظة الحسكة، شمال شرقي سورية، وذلك بالتزامن مع اقتراب المعارك من المنطقة، في ظل تصاعد الاشتباكات بين الجيش السوري وقوات \"قسد\" على عدة محاور في شمالي وشرقي البلاد.\n\nوأوضحت المصادر أن طائرات روسية من طراز \"A500\" نفذت، اليوم الخميس، رحلات جوية إلى المطار، نقلت خلالها دعماً لوجستياً وتعزيزات عسكرية، بهدف تأمين حماية المطار تحسباً لتداعيات المعارك الدائرة في منطقة شرق الفرات.",
     # Reinforcements flown in from Hmeimim (which is not being left); the evacuation
     # is denied.
     "gold": [gold(Q, "reinforced", "2026-01-22")]},
    {"lang": "ar", "split": "former held-out 2", "publisher": "صوت بيروت (رويترز)", "published": "2025-10-15",
     "url": "https://www.sawtbeirut.com/world-news/%D8%A8%D9%88%D8%AA%D9%8A%D9%86-%D9%88%D8%A7%D9%84%D8%B4%D8%B1%D8%B9-%D9%8A%D9%86%D8%A7%D9%82%D8%B4%D8%A7%D9%86-%D8%A7%D8%B3%D8%AA%D9%85%D8%B1%D8%A7%D8%B1-%D8%A7%D9%84%D9%88%D8%AC%D9%88%D8%AF-%D8%A7/",
     "text": "أعلن الكرملين أن الرئيس الروسي فلاديمير بوتين سيناقش مع الرئيس السوري أحمد الشرع عدة ملفات خلال محادثاتهما في موسكو، من بينها مصير القاعدتين العسكريتين الروسيتين في سوريا.\n\nوتضم القاعدتان الرئيسيتان قاعدة حميميم الجوية في محافظة اللاذقية وقاعدة بحرية في طرطوس، فيما تحتفظ روسيا أيضاً بوجود عسكري في مطار القامشلي، إلى جانب مصالح اقتصادية وطاقة تسعى لتأمينها في سوريا.",
     "gold": [gold(HM, "active", "2025-10-15"), gold(TA, "active", "2025-10-15"),
              gold(Q, "active", "2025-10-15")]},
    # Russian ------------------------------------------------------------------------
    {"lang": "ru", "split": "former held-out 2", "publisher": "Страна.ua", "published": "2026-01-26",
     "url": "https://strana.news/news/499097-rossijane-pokidajut-aerodrom-v-el-kamyshly-smi.html",
     "text": "Российские войска покидают вертолетный аэродром в Эль-Камышлы на северо-востоке Сирии. Вывод контингента происходит по согласованию с Дамаском.\n\nОб этом сообщает курдский телеканал K24, а также российские военные телеграм-каналы.",
     "gold": [gold(Q, "withdrawing", "2026-01-26")]},
    {"lang": "ru", "split": "former held-out 2", "publisher": "Силовой Блок (Reuters)", "published": "2024-12-11",
     "url": "https://www.sila-rf.ru/2024/12/11/reuters-rossijskie-voennye-korabli-pokinuli-bazu-v-tartuse-no-ostalis-v-sirii/amp",
     "text": "Reuters: российские военные корабли покинули базу в Тартусе, но остались в Сирии\n\nКорабли Военно-морского флота Российской Федерации не покинули порт Тартус в Сирии, а остались в непосредственной близости от побережья. Их местонахождение было обнаружено благодаря спутниковым снимкам, предоставленным компаниями BlackSky и Planet Labs, сообщает агентство Reuters.\n\nСогласно данным, полученным со спутников, ранее в порту Тартус находилось пять надводных кораблей и одна подводная лодка Военно-морского флота России. 9 декабря эти корабли покинули порт, что также подтверждается спутниковыми снимками. После этого они заняли позиции у побережья.",
     # The lead says the ships "did not leave the port" where the headline and the
     # rest say they left it and stayed off the coast: an analyst enters reduced.
     "gold": [gold(TA, "reduced", "2024-12-09", "2024-12-11")]},
    {"lang": "ru", "split": "former held-out 2", "publisher": "Коммерсантъ (Bloomberg)", "published": "2025-10-30",
     "url": "https://www.kommersant.ru/doc/8162197",
     "text": "Россия возобновила военные полеты на авиабазу Хмеймим в сирийской провинции Латакия после шестимесячного перерыва, который последовал за сменой власти в Сирии. Об этом сообщает агентство Bloomberg со ссылкой на данные сайта отслеживания полетов Flightradar24 и источник, близкий к Кремлю.",
     "gold": [gold(HM, "active", "2025-10-30")]},
    {"lang": "ru", "split": "former held-out 2", "publisher": "NEWSru.co.il", "published": "2026-01-26",
     "url": "https://www.newsru.co.il/mideast/26jan2026/rus_202.html",
     "text": "Россия выводит военных с базы, расположенной в аэропорту города Камышлы на северо-востоке Сирии. Они были развернуты здесь в 2019 году в рамках миссии по разделению курдских ополченцев и протурецких формирований, для обеспечения совместного с Турцией патрулирования.\n\nРечь идет о достаточно небольшом контингенте. Как сообщает агентство Reuters со ссылкой на сирийские источники, оборудование и вооружения перебрасываются на авиабазу Хмеймим на западе Сирии. Сюда же будет направлена часть военнослужащих, остальные вернутся в Россию.",
     # Hmeimim is where the evacuation goes, not reinforced.
     "gold": [gold(Q, "withdrawing", "2026-01-26")]},
]
