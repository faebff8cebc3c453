"""The fourteenth held-out set of the intake evaluation (see `bench.intake.corpus`).

Assembled on 2026-12-02 (afternoon) from the stored pages of the `search` tool (corpus
`pages`), before any change of this round to the pipeline; none of its URLs is in another
split (checked against the `url` lines of every corpus file, percent-decoded, without
reading their texts). Several retell stories other splits hold in other words or another
language: Reuters' 14 December 2024 report that Russia pulls back but keeps its two bases
(`bb.lv`, Tehama Press), Reuters' Qamishli report of 26 January 2026 (Jornews), SOHR's
Amuda report of 25 December 2024 (Sot Kurdistan), Syria TV's August 2025 report of
Qamishli strengthened (Shafaq News, Sham Is Here), Kommersant's August 2025 patrols, HUR's
early-January 2025 ships at Tartus (Masress), Anadolu's December 2024 Hmeimim (MENAFN).
Each excerpt is verbatim as the stored page has it (its typing errors kept), cut to the
paragraphs the entries need (paragraphs left out are joined by a blank line). Every entry
was written down by hand from the text and committed before the pipeline first ran on
these reports; that first run is in BENCHMARKS.md ("Report intake", the fourteenth set).

`published`: the page's own date where the stored page gives one; otherwise the note says
where the date comes from (an estimate from what the text tells), and the entries accept
it. Conventions of the sets before are kept: a base a move goes to is not entered from
the move alone; a plan to keep a base is no entry, and such a base must never be proposed
as left; "while keeping its two bases" and "no plans to vacate" are the bases active as of
the report; warships gone from Tartus is reduced; in December 2024 a base that evacuation
flights leave from, or that columns retreat into during the evacuation, is withdrawing;
Damascus and Homs as cities a column leaves get no entry (nothing stored).
"""

from bench.intake.corpus_seen_4 import SARRIN
from bench.intake.gold import AM, HI, HM, KOBANI, Q, TA, gold

HAMA, KHAN_SHAYKHUN = 170017, 168325  # Ḩamāh, Khān Shaykhūn in GeoNames' cities500

UNSEEN_14_REPORTS = [
    # English ------------------------------------------------------------------------
    {"lang": "en", "split": "held-out 14", "publisher": "MENAFN (Anadolu)", "published": "2024-12-16",
     "url": "https://menafn.com/1108996031/Russian-forces-remain-to-carry-out-actions-at-Khmeimim-Air-Base-in-Syria",
     "text": "(MENAFN) Russian located at Khmeimim Air Base in Syria’s Latakia region remained to carry out actions Sunday, regardless of the collapse of the Bashar Assad regime.\n\nWith the Baath regime’s fall, Russia remained to relocate its forces from Damascus, Homs as well as other regions through Syria to the base.\n\nRussian military automobiles were pictured arriving to the base and a load plane was captured arriving there as shadowing balloons collected intelligence and helicopters were on line.",
     # Forces at Hmeimim carry on (Sunday 15 December): active. The columns from Damascus
     # and Homs: where a move goes, and nothing stored is left.
     "gold": [gold(HM, "active", "2024-12-16", "2024-12-15")]},
    {"lang": "en", "split": "held-out 14", "publisher": "Ticker News (Reuters)", "published": "2024-12-15",
     # published: not on the stored page; Reuters' report of 14 December 2024 it retells.
     "url": "https://tickernews.co/russia-decreases-military-presence-maintains-main-bases-in-syria/amp",
     "text": "Russia is reducing its military presence in northern Syria while maintaining its two main bases, the Hmeimim airbase and Tartous naval facility.\nSources indicate that following the fall of President Bashar al-Assad, Russia is withdrawing forces from frontline positions and some heavy equipment.\nDespite these withdrawals, officials stated that Russia has no current plans to vacate its established bases.\nSatellite images show large cargo planes at Hmeimim reportedly preparing to transport equipment and personnel, with one flight confirmed to have left for Libya.\n\nGeopolitical analysts suggest Russia may be rerouting cargo through Libya. While Russian troops remain visible at Hmeimim, local citizens express a strong desire for an end to foreign military involvement in Syria.",
     # Both bases kept as of the report (no plans to vacate, troops remain): active; the
     # cargo flights do not make Hmeimim left.
     "gold": [gold(HM, "active", "2024-12-15", "2024-12-14"),
              gold(TA, "active", "2024-12-15", "2024-12-14")]},
    {"lang": "en", "split": "held-out 14", "publisher": "Daily Maverick (Reuters)", "published": "2025-10-15",
     "url": "https://www.dailymaverick.co.za/article/2025-10-15-putin-and-syrias-sharaa-to-discuss-fate-of-russian-military-bases-on-wednesday-kremlin-says/",
     "text": "The fate of Russia's two main bases in Syria - the Hmeimim airbase in Syria's Latakia province, and its naval facility at Tartous on the coast - will be discussed, the Kremlin said.\n\nRussia, which has economic and energy-related interests in Syria that it also wants to secure, has a military presence at Qamishli airport too.\n\nRussian Foreign Minister Sergei Lavrov said on Monday that Moscow believed that Damascus wanted the military bases to stay and spoke about an idea of also using them as logistics hubs to get aid to Africa by sea and air.",
     # A presence at Qamishli: active. Hmeimim and Tartus: their fate to be discussed, a
     # wish that they stay: no entry.
     "gold": [gold(Q, "active", "2025-10-15")]},
    {"lang": "en", "split": "held-out 14", "publisher": "D3 Media", "published": "2024-12-10",
     # published: not on the stored page; Peskov's "On Monday" (9 December 2024).
     "url": "https://d3media.news/?p=5266",
     "text": "On Monday, the Kremlin stated that it was too early to determine the future of Russia’s military bases in Syria, noting that discussions would take place with the new authorities in Damascus.\n\nRussia maintains two critical facilities in Syria: the Hmeimim airbase in Latakia province and a naval facility in Tartous on the coast. The Tartous base is Russia’s sole Mediterranean repair and replenishment hub, and it serves as a key staging post for flying military contractors in and out of Africa.",
     # Russia maintains both: active.
     "gold": [gold(HM, "active", "2024-12-10", "2024-12-09"),
              gold(TA, "active", "2024-12-10", "2024-12-09")]},
    {"lang": "en", "split": "held-out 14", "publisher": "Shafaq News", "published": "2025-08-11",
     # published: not on the stored page; Syria TV's report of 10-11 August 2025 it cites
     # ("local Syrian media citing a well-informed source").
     "url": "https://www.shafaq.com/en/Middle-East/Russia-expands-military-presence-at-Qamishli-Airport",
     "text": "Shafaq News – Qamishli\n\nRussian forces have strengthened their presence at Qamishli Airport in northeastern Syria through a series of overnight operations involving infrastructure upgrades and expansion, according to local Syrian media citing a well-informed source.\n\nThe source said the measures included the refurbishment of positions used by Russian aircraft within the airport, the hoisting of the Russian flag, and the expansion of accommodations for soldiers and officers near the main terminal building.",
     # Presence strengthened: reinforced.
     "gold": [gold(Q, "reinforced", "2025-08-11", "2025-08-12")]},
    {"lang": "en", "split": "held-out 14", "publisher": "Turan", "published": "2024-12-16",
     "url": "https://turan.az/en/politics/russia-continues-the-hasty-withdrawal-of-its-troops-from-syria-788226",
     "text": "Russia continues the hasty withdrawal of its troops from Syria\nAccording to Syrian media reports, the evacuation of the Russian military contingent from the country is ongoing. On December 15, Russian military convoys continued to retreat from deep within Syria to their bases in Khmeimim and Tartus.\nRussian military transport aircraft are continuing to evacuate personnel and equipment to airports in Russia, including Chkalovsk, Nizhny Novgorod, and Makhachkala. The evacuation of weapons, military equipment, and personnel is being carried out using Il-76MD transport planes, two Il-76MDs, and An-124-100 aircraft. Syrian television has been showing footage of the Russian troop withdrawal. The footage from Khmeimim shows transport aviation as well as combat aircraft such as the Su-27, Su-30, and Su-34.",
     # Columns retreat into both bases during the evacuation out of Syria, flown out from
     # Khmeimim: both withdrawing (as the ninth and eleventh sets read it).
     "gold": [gold(HM, "withdrawing", "2024-12-16", "2024-12-15"),
              gold(TA, "withdrawing", "2024-12-16", "2024-12-15")]},
    {"lang": "en", "split": "held-out 14", "publisher": "IFP News (CNN)", "published": "2024-12-14",
     "url": "https://ifpnews.com/russia-military-assets-syria-fall-assad-report/",
     "text": "Two AN-124 heavy military transport planes were spotted at Khmeimim air base, located in Latakia on Syria’s Mediterranean coast, with their nose cones lifted, signaling readiness to load cargo. A Ka-52 attack helicopter was also being dismantled, likely in preparation for transport, while components of an S-400 air defense system were being packed up.\n\nImagery from the Tartus naval base, also on the Mediterranean coast, showed minimal changes. Photos taken earlier in the week revealed two Russian frigates stationed off the coast, with no major activity suggesting an immediate departure, according to CNN.\n\nMichael Kofman, a senior fellow at the Carnegie Endowment for International Peace, described the activity as part of a larger consolidation effort at Khmeimim and the nearby Tartus naval base.\n\n“In short, a withdrawal is underway,” Kofman wrote on X.",
     # Equipment dismantled and packed up at Khmeimim: withdrawing. Tartus: minimal
     # changes, no departure: no entry.
     "gold": [gold(HM, "withdrawing", "2024-12-14", "2024-12-13")]},
    {"lang": "en", "split": "held-out 14", "publisher": "MENAFN (Reuters)", "published": "2024-12-15",
     "url": "https://menafn.com/1108994470/Syrian-security-official-stationed-outside-Russian-air-base-reports-Russian-cargo-plane-departed-base-for-Libya",
     "text": "(MENAFN) A Syrian security official stationed outside the Russian air base in Latakia reported that a Russian cargo plane departed the base for Libya on Saturday. The official, who was positioned at the gate of the base, informed Reuters that additional Russian were expected to depart from Hmeimim air base in the coming days.\n\nSatellite images released by Maxar this week, following the overthrow of the Assad regime, revealed that Russia was assembling military equipment at a Syrian air base. Images taken on Friday showed what appeared to be Antonov AN-124 cargo planes, one of the largest in the world, with their noses open at Hmeimim air base in Latakia.\n\nMaxar also noted that Russia's naval base in Tartus, its sole repair and maintenance center in the Mediterranean, remains mostly unchanged, with two frigates still stationed off the coast of Tartus, as seen in satellite images from December 10.",
     # Equipment gathered at Hmeimim and flown out, more departures expected:
     # withdrawing. Tartus mostly unchanged: no entry.
     "gold": [gold(HM, "withdrawing", "2024-12-15", "2024-12-14")]},
    # Arabic -------------------------------------------------------------------------
    {"lang": "ar", "split": "held-out 14", "publisher": "صوت كردستان (المرصد السوري)", "published": "2024-12-25",
     "url": "https://sotkurdistan.net/2024/12/25/%d8%a7%d9%84%d9%82%d9%88%d8%a7%d8%aa-%d8%a7%d9%84%d8%b1%d9%88%d8%b3%d9%8a%d8%a9-%d8%aa%d8%ae%d9%84%d9%8a-%d9%82%d8%a7%d8%b9%d8%af%d8%aa%d9%87%d8%a7-%d8%a7%d9%84%d8%b9%d8%b3%d9%83%d8%b1%d9%8a%d8%a9",
     "text": "نقلت القوات الروسية معداتها وآلياتها العسكرية من القاعدة في عامودا واتجهت نحو مطار القامشلي، صباح اليوم، تمهيدا لنقلها إلى قاعدة حميميم في اللاذقية.\nوأشار المرصد السوري، في 13 كانون الأول، إلى أن القوات الروسية انسحبت من منطقة حسياء جنوب حمص باتجاه المدينة، لتتجمع في قاعدة حميميم بريف اللاذقية.\nوما تزال قاعدة حميميم الجوية وطرطوس البحرية تنقل الرعايا الروس والمجنسين الراغبين بمغادرة سوريا إلى روسيا، منذ ما قبل هروب بشار الأسد في 8 كانون الأول، بعد أن نقلت وحداتها العسكرية وكبار العسكريين والعاملين الدبلوماسيين.",
     # Amuda's base emptied today: withdrawn. Hisyah left on 13 December: withdrawn.
     # Qamishli: a stop on the way out, no entry. Hmeimim and Tartus carry Russians out of
     # Syria "after they moved their military units" out: withdrawing for the units (the
     # nationals alone would not make it so, the convention the eighteenth set settled).
     "gold": [gold(AM, "withdrawn", "2024-12-25"), gold(HI, "withdrawn", "2024-12-13"),
              gold(HM, "withdrawing", "2024-12-25"), gold(TA, "withdrawing", "2024-12-25")]},
    {"lang": "ar", "split": "held-out 14", "publisher": "تهامة برس (رويترز)", "published": "2024-12-15",
     # published: not on the stored page; Reuters' report of 14 December 2024 it retells.
     "url": "https://tehamapress.net/73613",
     "text": "بدأت روسيا بسحب جزئي لقواتها من الخطوط الأمامية في شمال سوريا ومناطق الساحل، مع احتفاظها بقاعدتيها الرئيسيتين في حميميم وطرطوس.\nوأظهرت صور الأقمار الصناعية وجود طائرتي شحن روسيتين من طراز أنتونوف في قاعدة حميميم، حيث أكد مسؤول أمني سوري مغادرة إحداها إلى ليبيا.\nوأكدت مصادر عسكرية وأمنية سورية أن عملية إعادة التموضع تشمل سحب معدات ثقيلة ونقل ضباط سوريين كبار إلى موسكو، دون المساس بالقواعد الرئيسية.",
     # Keeping its two bases, untouched: both active.
     "gold": [gold(HM, "active", "2024-12-15", "2024-12-14"),
              gold(TA, "active", "2024-12-15", "2024-12-14")]},
    {"lang": "ar", "split": "held-out 14", "publisher": "هنا الشام", "published": "2025-08-11",
     # published: the text's "اليوم الإثنين \" 11 آب \"" (2025).
     "url": "https://shamishere.com/public/blogDetails/246",
     "text": "وكشف مصدر مطلع، اليوم الإثنين \" 11 آب \"عن قيام القوات الروسية بتعزيز حضورها في مطار القامشلي عبر عدة مراحل، شملت تأهيل موقع تمركز الطائرات وتحصين محيطها من خلال رفع السواتر الترابية وتوسيع البوابة المؤدية للمدخل، إلى جانب رفع العلم الروسي فوق مبنى المطار. كما وسّعت روسيا أماكن إقامة جنودها وضباطها في مراكز أمام البناء الرئيسي، ونقلت كبار الضباط إلى موقع أكثر تحصينًا أمام البوابة، وأبعدت آلياتها العسكرية عن المناطق المكشوفة إلى داخل القاعدة الروسية.",
     # Presence strengthened: reinforced.
     "gold": [gold(Q, "reinforced", "2025-08-11")]},
    {"lang": "ar", "split": "held-out 14", "publisher": "جور نيوز (رويترز)", "published": "2026-01-26",
     # published: not on the stored page; Reuters' report of 26 January 2026 it retells.
     "url": "https://jornews.com/amp/post/135920",
     "text": "روسيا تسحب قواتها من مطار القامشلي في شمال شرقي سوريا\nبدأت روسيا سحب قواتها من مطار القامشلي شمال شرقي سوريا. يأتي هذا القرار في إطار إنهاء وجودها العسكري في المنطقة التي تسعى حكومة دمشق لاستعادتها من قبضة القوات الكردية.\nوذكر مصدران سوريان أن القوات الروسية بدأت عملية انسحاب تدريجية من مطار القامشلي الأسبوع الماضي. وأضاف مصدر في القاعدة الجوية الروسية في حميميم أن بعض القوات ستتجه إلى غرب سوريا، بينما ستعود قوات أخرى إلى روسيا.",
     # Withdrawal begun and going on: withdrawing. Hmeimim: where a source is, no entry.
     "gold": [gold(Q, "withdrawing", "2026-01-26", "2026-01-19")]},
    {"lang": "ar", "split": "held-out 14", "publisher": "مقيم أوروبا (الحل نت)", "published": "2025-10-28",
     # published: "2025-10-28" on the stored page (the Al-Hal article it carries).
     "url": "https://news.moqem-europe.com/%d8%b1%d9%88%d8%b3%d9%8a%d8%a7-%d8%aa%d8%b3%d8%aa%d8%a3%d9%86%d9%81-%d8%b1%d8%ad%d9%84%d8%a7%d8%aa%d9%87%d8%a7-%d8%a7%d9%84%d8%ac%d9%88%d9%8a%d8%a9-%d8%a7%d9%84%d8%b9%d8%b3%d9%83%d8%b1%d9%8a%d8%a9",
     "text": "استأنفت روسيا رحلاتها الجوية العسكرية بين قاعدة حميميم في محافظة اللاذقية على الساحل السوري وقاعدة الخادم في شرق ليبيا، بعد توقف دام قرابة 5 أشهر.\n\nوأظهرت بيانات تتبع الطيران، نقلتها وكالة “نوفا” الإيطالية، أن طائرة نقل روسية من طراز “إليوشن Il-62M”، تحمل التسجيل رقم RA-86559، أقلعت في 26 تشرين الأول/أكتوبر الجاري من قاعدة الخادم الليبية متجهة إلى قاعدة حميميم، التي تعد المركز العملياتي الرئيسي لموسكو في الشرق الأوسط.",
     # Military flights to Hmeimim resumed: active.
     "gold": [gold(HM, "active", "2025-10-28", "2025-10-26")]},
    {"lang": "ar", "split": "held-out 14", "publisher": "شباب برس (العربي الجديد)", "published": "2024-12-16",
     # published: not on the stored page; its picture is dated 2024-12-16 ("اليوم").
     "url": "https://shababpress.com/?lang=ar&p=29009",
     "text": "كتبت صحيفة قطرية، اليوم، نقلاً عن مصادر مقربة من العمليات العسكرية في سوريا، أن روسيا ستسحب كافة قواتها العسكرية من سوريا خلال شهر.\n\nوبحسب \"شباب برس\"، نشرت صحيفة \"العربي الجديد\" تقريراً حصرياً كتبت فيه أن روسيا سحبت جزءاً من قواتها القتالية والعسكرية من قاعدة حميميم -أكبر قواعدها في سوريا- الواقعة في منطقة جبلة على أطراف اللاذقية في شمال غرب هذا البلد.",
     # Part of the forces pulled out of Hmeimim, all to leave within a month:
     # withdrawing.
     "gold": [gold(HM, "withdrawing", "2024-12-16")]},
    {"lang": "ar", "split": "held-out 14", "publisher": "نورث برس", "published": "2024-12-24",
     # published: not on the stored page; "منذ أسابيع" after 8 December, "منذ الثامن من
     # الشهر الجاري" (still December 2024): an estimate.
     "url": "https://npasyria.com/201211/",
     "text": "بالرغم من سقوط حليفها الأسد.. روسيا مستمرة بتواجد قواعدها في القامشلي\nالقامشلي – نورث برس\nعلى الرغم من سقوط النظام السوري المخلوع ورئيسه بشار الأسد منذ أسابيع لا تزال روسيا تتواجد بقواعدها العسكرية في مدينة القامشلي شمال شرقي سوريا.\n\nوتتواجد الآن في مدينة القامشلي قاعدتين كبيرتين للقوات الروسية تتركزان على طريق مطار القامشلي الدولي الأولى في المطار ذاته والثانية بالقرب من دوار زوري جنوبي القامشلي.",
     # Russia still at its bases, one at the airport itself: active.
     "gold": [gold(Q, "active", "2024-12-24")]},
    {"lang": "ar", "split": "held-out 14", "publisher": "مصرس (أخبار اليوم)", "published": "2025-01-02",
     # published: not on the stored page; HUR's report of ships due at Tartus on 5 and 8
     # January 2025 (an estimate, as for the thirteenth set's Egypt Telegraph).
     "url": "https://www.masress.com/akhbarelyomgate/74524522",
     "text": "كشف تقرير صادر عن المخابرات العسكرية الأوكرانية (HUR) عن تحركات عسكرية روسية تهدف إلى نقل معدات عسكرية وأسلحة من سوريا إلى ليبيا عبر البحر الأبيض المتوسط. وأفاد التقرير أن القاعدة البحرية الروسية في مدينة طرطوس السورية تشهد استعدادات مكثفة، حيث تتجمع السفن الحربية، بما فيها السفن البرمائية الكبيرة \"إيفان جرين\" و\"ألكسندر أوريفكوفسكي\" وسفينة الشحن الجاف \"سبارتا\"، التي من المتوقع أن تصل إلى طرطوس في 5 يناير 2025.",
     # Ships gather at Tartus to carry equipment out of Syria: withdrawing.
     "gold": [gold(TA, "withdrawing", "2025-01-02", "2025-01-03")]},
    # Russian ------------------------------------------------------------------------
    {"lang": "ru", "split": "held-out 14", "publisher": "bb.lv (Reuters)", "published": "2024-12-14",
     "url": "https://bb.lv/statja/v-mire/2024/12/14/reuters-rossiia-ne-sobiraetsia-vyvodit-svoi-voiska-s-dvux-osnovnyx-voennyx-baz-v-sirii",
     "text": "Россия частично отводит свои войска с линии фронта на севере Сирии и с постов в Алавитских горах, но оставляет их на двух основных базах — авиабазе Хмеймим в провинции Латакия и военно-морской базе Тартус на берегу Средиземного моря, пишет Reuters со ссылкой на четырех сирийских чиновников.\n\nСирийские военные и источники в сфере безопасности сообщили, что Россия выводит часть тяжелой техники и старших офицеров, которые отправятся в Москву. Но войска на двух основных базах остаются. По словам источников, Россия оттуда их не выводила и не намерена этого делать.",
     # Troops stay at both bases: active.
     "gold": [gold(HM, "active", "2024-12-14"), gold(TA, "active", "2024-12-14")]},
    {"lang": "ru", "split": "held-out 14", "publisher": "НСН (Reuters)", "published": "2024-12-15",
     "url": "https://nsn.fm/amp/in-the-world/smi-rossii-ostavili-dve-glavnye-voennye-bazy-v-sirii",
     "text": "СМИ: России оставили две главные военные базы в Сирии\n15 декабря 202404:30\nМосква сохранит свой военный контингент на двух главных базах в Сирии, несмотря на падение режима Башара Асада, сообщает Reuters.\nПо данным агентства, Россия отводит свои войска с линии фронта на севере Сирии и с постов в Алавитских горах, но сохранит свои основные базы в стране.\nРанее стало известно, что Асад отдавал приказ охранять военные базы РФ. Так, несколько офицеров были направлены для защиты базы в Хмеймиме, сообщает Telegram-канал «Радиоточка НСН».",
     # The bases will be kept (a plan, and not named but for Assad's past order to guard
     # Hmeimim): no entry, and none may be proposed as left.
     "gold": []},
    {"lang": "ru", "split": "held-out 14", "publisher": "muahangtaigia.info", "published": "2024-12-09",
     # published: not on the stored page; its picture is dated 2024-12-09.
     "url": "https://muahangtaigia.info/articles/305836-rocsija_zaprashivaet_podderzhku_turtsii_dlja_vyvoda_vojsk_iz_sirii",
     "text": "Россия запрашивает поддержку Турции для вывода войск из Сирии\n\nВ интернете появились изображения ухода российской армии с военных баз в Сирии.\nНа эти кадры в своем телеграм-канале обратил внимание военный корреспондент Олег Блохин. Видео, на котором, по словам блогера, зафиксирован уход росфсийских военных с авиабазы в городе Серрин-эш-Шималия, опубликовал Сирийский центр мониторинга за соблюдением прав человека.\nФотографии с военной техникой под российскими флагами обнародовало иракское агентство North.\n- Наши уходят из Кобани [город на севере Сирии] в Камишли [город, расположенный у границы с Турцией]. Дальше домой, на \"СВО\", — подписал фото Блохин.",
     # Leaving the air base at Sarrin, leaving Kobani: both withdrawing. Qamishli: where
     # the move goes, no entry.
     "gold": [gold(SARRIN, "withdrawing", "2024-12-09"), gold(KOBANI, "withdrawing", "2024-12-09")]},
    {"lang": "ru", "split": "held-out 14", "publisher": "Коммерсантъ", "published": "2025-08-11",
     "url": "https://www.kommersant.ru/doc/7957442",
     "text": "Как стало известно “Ъ”, Дамаск проявил интерес к тому, чтобы российская военная полиция возобновила патрулирование южных провинций Сирии, как она это делала до падения режима Башара Асада 8 декабря 2024 года.\n\nРоссия впервые после смены власти в Дамаске возобновила патрулирование, но пока в другом районе Сирии — вблизи северо-восточного города Эль-Камышлы, утверждают арабские СМИ. По их данным, это произошло всего через несколько дней после визита министра иностранных дел Сирии Асада аш-Шайбани в Москву 31 июля — 1 августа.",
     # Patrols resumed near Qamishli (from the airport's base): active, as the fourth
     # set read the English retelling.
     "gold": [gold(Q, "active", "2025-08-11")]},
    {"lang": "ru", "split": "held-out 14", "publisher": "Слово и Дело (ГУР)", "published": "2024-12-02",
     "url": "https://ru.slovoidilo.ua/amp/2024/12/02/novost/mir/rossijskie-vojska-i-diplomaty-pokidayut-damask-gur",
     "text": "Российские войска и дипломаты покидают Дамаск – ГУР\n\nРоссийские военные и дипломаты после первых вооруженных беспорядков срочно стали покидать столицу Сирии, Дамаск.\n\nОб этом сообщает Главное управление разведки Минобороны Украины.\n\n«Военный контингент государства-агрессора россии сбежал из Хамы и эвакуировался на базу «Хмеймим». Руководитель расположенного в Хмеймиме координационного штаба россиян генерал-полковник Александр Журавлев констатировал, что ситуация вышла из-под контроля режима Асада. Также россияне сбежали с военной базы в городе Хан-Шейхун, оставив там значительный арсенал вооружений и техники», – рассказали в разведке.",
     # The contingent fled Hama, and the base at Khan Shaykhun: both withdrawn. Damascus:
     # nothing stored; Hmeimim: where the move goes and where a staff sits, no entry.
     "gold": [gold(HAMA, "withdrawn", "2024-12-02"), gold(KHAN_SHAYKHUN, "withdrawn", "2024-12-02")]},
    {"lang": "ru", "split": "held-out 14", "publisher": "NEWSru.co.il", "published": "2025-01-22",
     "url": "https://txt.newsru.co.il/mideast/22jan2025/tartus_114.html",
     "text": "Российские логистические суда получили разрешение на заход в сирийский порт Тартус\nРоссийские логистические суда Sparta и Sparta II получили разрешение на заход в сирийский порт Тартус, где находится база ВМФ России, и сейчас находятся там, передает телеграм-канал \"Военный осведомитель\".\n\"Наиболее вероятно, что корабли будут задействованы в вывозе имущества и техники, скопившейся в порту за время вывода российского контингента с остальной части Сирии\", – говорится в публикации.",
     # Cargo ships in port to carry out what gathered there: withdrawing.
     "gold": [gold(TA, "withdrawing", "2025-01-22")]},
    {"lang": "ru", "split": "held-out 14", "publisher": "Новости Mail (RTVI)", "published": "2025-12-08",
     "url": "https://news.mail.ru/society/69012152/",
     "text": "«[База] присутствует и так далее, работает», — заявил политик. Собеседник RTVI добавил, что Россия и Сирия смогли достичь взаимопонимания в вопросе сотрудничества.\n\nВ Сирии сейчас действуют две военных базы Росии — пункт материально-технического обеспеченич ВМФ в Тартусе и авиабаза Хмеймим в провинции Латакия.",
     # Both bases operate now: active.
     "gold": [gold(HM, "active", "2025-12-08"), gold(TA, "active", "2025-12-08")]},
    {"lang": "ru", "split": "held-out 14", "publisher": "TRT на русском", "published": "2025-01-22",
     # published: not on the stored page; Sparta II's docking "Во вторник" (21 January
     # 2025) in the paragraph after the excerpt: an estimate.
     "url": "https://trtrussian.com/novosti/siriya-zabrala-u-rossii-port-18256507",
     "text": "Новые власти Сирии аннулировали 49-летний договор аренды порта Тартус, заключенный с Россией при режиме Башара Асада, что фактически означает окончание многолетнего присутствия флота РФ в восточном Средиземноморье.\n\nС начала января российские военные корабли Sparta и Sparta II находились у побережья в ожидании приказа, а на причале Тартуса складировалась военная техника. По данным украинской разведки, новые сирийские власти не позволяли России забрать вооружение, включая зенитные комплексы С-400.",
     # Equipment stacked on Tartus' quay for ships waiting to take it out: withdrawing.
     "gold": [gold(TA, "withdrawing", "2025-01-22", "2025-01-21")]},
]
