"""The eleventh held-out set of the intake evaluation (see `bench.intake.corpus`).

Assembled on 2026-12-02 (early morning) from the stored pages of the `search` tool, before
any change of this round to the pipeline; none of its URLs is in another split (checked
against the `url` lines of every corpus file, the sealed ones included, without reading
their texts). Some retell stories other splits hold in other words (Reuters' Qamishli
report of 26 January 2026, Maxar's and Planet Labs' December 2024 pictures of Tartus,
Ukrainian intelligence on Tartus, Bloomberg's October 2025 flights). Each excerpt is
verbatim as the stored page has it, cut to the paragraphs the entries need (paragraphs
left out are joined by a blank line). Every entry was written down by hand from the text
and committed before the pipeline first ran on these reports; that first run is in
BENCHMARKS.md ("Report intake", the eleventh set).

`published`: the page's own date where the stored page gives one; otherwise the note says
where the date comes from (several are estimates from what the text tells, and say so).
Conventions of the sets before are kept: warships gone from Tartus is the base reduced,
not left; in December 2024 a base that evacuation flights leave from, or that columns
gather in before leaving, is withdrawing; a base the report says Moscow is expected to
keep, or will keep, gets no entry (a plan, not a state as of the report's date) and must
never be proposed as left; "Russia has an air base in Latakia" is Hmeimim, active.
"""

from bench.intake.gold import HM, TA, Q, gold

UNSEEN_11_REPORTS = [
    # English ------------------------------------------------------------------------
    {"lang": "en", "split": "held-out 11", "publisher": "TASS", "published": "2025-06-20",
     "url": "https://tass.com/politics/1977359",
     "text": "ST. PETERSBURG, June 20. /TASS/. Moscow maintains communication with Damascus regarding Russian military bases and is expecting a visit from a Syrian delegation led by the republic’s Foreign Minister, Asaad al-Shaibani, Russian President’s Special Envoy for the Middle East and Africa, Deputy Foreign Minister Mikhail Bogdanov told reporters on the sidelines of the St. Petersburg International Economic Forum (SPIEF).\n\nRussia maintains two military facilities in Syria: a naval logistics point in the port city of Tartus and the Khmeimim airbase near the town of Jableh in the Latakia Province. The base in Tartus was established in 1971 under a bilateral agreement. The Russian Air Force aviation group in Syria was formed on September 30, 2015, to support the republic’s army in its fight against the Islamic State terrorist organization (banned in Russia).\n\nLater, on December 27, a source told TASS that the new Syrian authorities did not plan to revise the agreements under which Russia operates its bases in Syria in the near future.",
     # Russia maintains both: active, as of the report.
     "gold": [gold(TA, "active", "2025-06-20"), gold(HM, "active", "2025-06-20")]},
    {"lang": "en", "split": "held-out 11", "publisher": "Daily Sabah (Reuters)", "published": "2025-10-15",
     # published: not on the stored page; Sharaa's first visit to Moscow, "on Wednesday", 15 October 2025.
     "url": "https://www.dailysabah.com/world/mid-east/syrias-president-vows-to-respect-past-agreements-with-russia",
     "text": "Syrian President Ahmed al-Sharaa assured Russian President Vladimir Putin on Wednesday that he would uphold all previous agreements with Moscow, signaling that Russia’s two main military bases in Syria remain secure.\n\nThe Kremlin said before the talks that the fate of Russia's two main bases in Syria – the Hmeimim air base in Syria's Latakia province, and its naval facility at Tartous on the coast – would be discussed.\nRussia has a military presence at Qamishli airport – in the northeast near the borders of Türkiye and Iraq – as well.\nRussian Foreign Minister Sergei Lavrov said on Monday that Moscow believed Damascus wanted the military bases to stay and spoke about using them as logistics hubs to get aid to Africa.",
     # A presence at Qamishli: active. The two bases' fate is discussed, said "secure": no entry
     # (a judgement of the future), and never left.
     "gold": [gold(Q, "active", "2025-10-15")]},
    {"lang": "en", "split": "held-out 11", "publisher": "The Kyiv Independent (HUR)", "published": "2025-01-03",
     "url": "https://kyivindependent.com/russia-planning-to-redeploy-some-weapons-military-material-from-syria-to-libya-ukraines-intel-claims/",
     "text": "Russia is planning to ship some military equipment and weapons from the Tartus naval base in Syria to Libya, Ukraine's military intelligence (HUR) claimed on Jan. 3.\n\nRebels overthrew the Russia-backed regime of former Syrian dictator Bashar al-Assad in early December. Amid the fall of Assad's rule, Russia has reportedly begun withdrawing its naval and military assets from Syria.\n\nSome mercenaries of Russia's Africa Corps are stationed at the Tartus base on the Mediterranean coast, HUR said.\n\n\"Russia plans to use the Sparta and Sparta II cargo ships to transport military equipment and weapons from Syria to Libya,\" HUR said.",
     # Equipment to be shipped out of Tartus during the withdrawal: withdrawing.
     "gold": [gold(TA, "withdrawing", "2025-01-03")]},
    {"lang": "en", "split": "held-out 11", "publisher": "CogniCurrent (Al Jazeera)", "published": "2026-02-04",
     # published: the page says "Feb 4"; the year from Al Jazeera's satellite pictures of 1 February 2026.
     "url": "https://cognicurrent.com/article/200155",
     "text": "Satellite Images: Al-Qamishli Airport in Syria Empty of Russian Forces for the First Time in a Decade\n\nRecent satellite images show that Al-Qamishli International Airport in northeastern Syria is devoid of any military presence, marking the first time in ten years that the airport has been clear of Russian forces as preparations begin for its handover to the Syrian government.",
     # Clear of Russian forces: withdrawn.
     "gold": [gold(Q, "withdrawn", "2026-02-04")]},
    {"lang": "en", "split": "held-out 11", "publisher": "Al-Monitor (Reuters)", "published": "2026-01-26",
     "url": "https://www.al-monitor.com/originals/2026/01/russia-withdrawing-troops-airport-northeast-syria-sources-say",
     "text": "QAMISHLI, Syria, Jan 26 (Reuters) - Russia is withdrawing forces from an airport in northeastern Syria, movingto end its military presence in a corner of the country wherethe Damascus government is trying to seize control from Kurdish forces, five Syrian sources said.\n\nRussia has stationed forces at Qamishli airport in the northeast since 2019, a relatively small deployment compared to its air base and a naval facility on Syria's Mediterranean coast, both of which it is expected to maintain.\n\nTwo of the sources said Russian forces had begun a gradual withdrawal from Qamishli airport last week. Some of the forces were expected to move to Russia's Hmeimim air base in western Syria while others would return to Russia, one of the sources said.",
     # Qamishli withdrawing. The coast bases are expected to be kept: no entry, never left;
     # Hmeimim as where some forces go is not reinforced.
     "gold": [gold(Q, "withdrawing", "2026-01-26")]},
    {"lang": "en", "split": "held-out 11", "publisher": "Yahoo (Storyful, Maxar)", "published": "2024-12-10",
     # published: not on the stored page; the latest day it tells is "Tuesday, December 10" (2024).
     "url": "https://uk.style.yahoo.com/birth-sixty-rare-crocodiles-gives-065857059.html",
     "text": "Before and after imagery of various Syrian ports and airfields reveals Russian military movements and damage to Russian naval vessels, after the fall of the Assad regime.In satellite imagery sent to Storyful from Maxar Technologies, warships can be seen docked at a Russian naval facility in Tartus, Syria. On Tuesday, December 10, those ships are gone.Other satellite imagery taken on Tuesday shows at least two Russian frigates redeployed off Syria’s coast.“Most of the Russian naval vessels have departed their traditional positions at their base in the port of Tartus,” Maxar said. “Two Russian frigates have redeployed offshore of the port, between 7 to 12 kilometers (4 to 7 miles) west and northwest of Tartus.”\n\nRussian aircraft, helicopters, and other military equipment remained in place at the Khmeimim airbase near Latakia, according to Maxar images.",
     # Warships gone from Tartus: reduced; aircraft still in place at Khmeimim: active.
     "gold": [gold(TA, "reduced", "2024-12-10"), gold(HM, "active", "2024-12-10")]},
    {"lang": "en", "split": "held-out 11", "publisher": "insurancecompanie.com (BBC Verify)", "published": "2025-01-24",
     # published: not on the stored page (an estimate); BBC Verify's pictures of the port run
     # to 23 January (2025).
     "url": "https://insurancecompanie.com/trends/the-russian-ship-returned-to-the-syrian-base-of-tartous-before-its-withdrawal",
     "text": "A BBC Graphic showing satellite imagery of Tartous port. The top image shows a clear photo of the empty port from 6 January. The bottom image shows lower resolution photos in which the ships can be seen as of 23 January.\n\nThe Russian ship returned to the Syrian base of Tartous before its withdrawal\n\nEvacuation of all Russian equipment is possible, according to Anton Mardasov of the Middle East Institute’s Syria program.\n\nMeanwhile, there is also continued activity at Russia’s main airbase in Syria, Hmeimim. Satellite images have shown large Russian planes loaded with military equipment on various dates since the fall of the Assad regime.",
     # Ships back in Tartus to take the equipment out: withdrawing. Activity continuing at
     # Hmeimim: active.
     "gold": [gold(TA, "withdrawing", "2025-01-24", "2025-01-23"),
              gold(HM, "active", "2025-01-24", "2025-01-23")]},
    {"lang": "en", "split": "held-out 11", "publisher": "Hürriyet Daily News", "published": "2026-01-27",
     # published: not on the stored page; it tells of reports "on Jan. 26" (2026).
     "url": "https://www.hurriyetdailynews.com/amp/russia-pulls-troops-from-qamishli-airbase-218301",
     "text": "Russia pulls troops from Qamishli airbase\n\nRussia has begun pulling its forces out of Qamishli Airport in northeastern Syria, a move that could mark the end of its military presence in the region, several reports said on Jan. 26, citing sources.\nAccording to the sources, military equipment and heavy weapons have been transferred in recent days to Russia’s Khmeimim airbase on Syria’s western coast.\nPart of the Russian contingent is expected to relocate to Khmeimim, while others are set to return to Russia.\nRussian troops have been deployed at Qamishli Airport since 2019.",
     # Begun pulling out: withdrawing. Khmeimim as the destination: no entry.
     "gold": [gold(Q, "withdrawing", "2026-01-26", "2026-01-27")]},
    # Arabic -------------------------------------------------------------------------
    {"lang": "ar", "split": "held-out 11", "publisher": "نبض سوريا", "published": "2025-03-12",
     # published: not on the stored page (an estimate); it tells of the violence on the coast
     # that killed at least 1,500 Alawites (early March 2025).
     "url": "https://nabdsyria.tv/981-.html",
     "text": "نبض سوريا - متابعة\nقالت مصادر سورية مطلعة إن مجموعة جديدة من السفن الروسية غادرت قاعدة طرطوس على الساحل السوري ، وذلك للمرة الثالثة منذ سقوط نظام بشار الأسد.\nوقالت المصادر إن السفن الحربيةالتي غادرت سوريا هي المدمرة \"سيفيرومورسك\" وسفينة الإنزال \"ألكسندر شابالين\" وسفينتا النقل \"سبارتا IV\" و\"سياني سيفيرا\"وسفينة الشحن \"مايا-1\".\nوذكرت مصادر وثيقة الصلة بالقوات الروسية العاملة في سوريا، أن السفن الروسية المغادرة ليست سفناً تجارية عادية، بل مدمرة وسفن إنزال ونقل يُعتقد أنها تحمل معدات عسكرية، مما يشير إلى أن روسيا تسحب بعض مواردها العسكرية من سوريا.\nرغم ذلك، تؤكد المصادر أن روسيا لا تزال تحتفظ بوجودها في قاعدة طرطوس البحرية وقاعدة حميميم الجوية حتى الآن، ولو بحجم أقل، فيما لم تعلق روسيا حتى الآن على الانسحابات الأخيرة التي تتزامن مع توتر الأوضاع في الساحل السوري عقب موجة عنف حصدت ما لا يقل عن 1500 شخص من الطائفة العلوية، على يد فصائل متحالفة مع الجيش السوري الجديد.",
     # Ships leaving Tartus, some resources taken out, a presence kept: reduced. Hmeimim: the
     # presence is kept there: active.
     "gold": [gold(TA, "reduced", "2025-03-12"), gold(HM, "active", "2025-03-12")]},
    {"lang": "ar", "split": "held-out 11", "publisher": "سويس إنفو (رويترز)", "published": "2026-01-26",
     "url": "https://www.swissinfo.ch/ara/%D9%85%D8%B5%D8%A7%D8%AF%D8%B1%3A-%D8%B1%D9%88%D8%B3%D9%8A%D8%A7-%D8%AA%D8%B3%D8%AD%D8%A8-%D9%82%D9%88%D8%A7%D8%AA%D9%87%D8%A7-%D9%85%D9%86-%D9%85%D8%B7%D8%A7%D8%B1-%D8%A7%D9%84%D9%82%D8%A7%D9%85%D8%B4%D9%84%D9%8A-%D8%A8%D8%B4%D9%85%D8%A7%D9%84-%D8%B4%D8%B1%D9%82-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7/90838423",
     "text": "مصادر: روسيا تسحب قواتها من مطار القامشلي بشمال شرق سوريا\n\nالقامشلي (سوريا) 26 يناير كانون الثاني (رويترز) – قالت خمسة مصادر سورية إن روسيا تسحب قواتها من مطار في شمال شرق سوريا، في خطوة لإنهاء وجودها العسكري في المنطقة التي تحاول حكومة دمشق السيطرة عليها من قبضة القوات الكردية.\n\nوتنشر روسيا قوات في مطار القامشلي في شمال شرق سوريا منذ عام 2019، وهو انتشار محدود نسبيا مقارنة بقاعدتها الجوية ومنشأتها البحرية على ساحل سوريا المطل على البحر المتوسط، حيث يتوقع أن تبقي موسكو على انتشار قواتها هناك.\n\nوذكر اثنان من المصادر أن القوات الروسية بدأت انسحابا تدريجيا من مطار القامشلي الأسبوع الماضي. وقال أحد المصادر في القاعدة الجوية الروسية في حميميم إن بعض القوات ستتجه إلى غرب سوريا، وإن قوات أخرى ستعود إلى روسيا.",
     # Qamishli withdrawing; the coast bases expected to be kept: no entry, never left.
     "gold": [gold(Q, "withdrawing", "2026-01-26")]},
    {"lang": "ar", "split": "held-out 11", "publisher": "ميغافون", "published": "2024-12-14",
     # published: not on the stored page; it cites the Washington Post "أمس" (of 13 December 2024).
     "url": "https://megaphone-rails.herokuapp.com/cards/%D8%B1%D9%88%D8%B3%D9%8A%D8%A7-%D8%AA%D9%86%D9%82%D9%84-%D8%B9%D8%AA%D8%A7%D8%AF%D9%87%D8%A7-%D9%88%D8%A3%D8%B3%D9%84%D8%AD%D8%AA%D9%87%D8%A7-%D9%85%D9%86-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7",
     "text": "بعد أيام على سقوط نظام الأسد، تجمع القوّات الروسية قوّاتها وعتادها في قاعدة حميميم العسكرية في اللاذقية، وقد أظهرت صور الأقمار الصناعية في القاعدة طارتَين من طراز «أنتونوف إيه إن-124» وهي من أكبر طائرات الشحن في العالم. وعملت القوّات الروسية أيضاً على تفكيك مروحيّات مقاتلة وأجزاء من وحدة الدفاع الجوي «إس 400»، وذلك تمهيداً لنقلها بسحب ما أفادت «واشنطن بوست» أمس.\nونقلت وكالة رويترز عن مسؤول أمني سوري أنّ إحدى طائرات الشحن الروسية غادرت حميميم متّجهةً إلى ليبيا، مضيفاً أنه «من التوقّع إقلاع المزيد من الطائرات الروسية من القاعدة خلال الأيام المقبلة»؛ مع العلم أنه إضافةً إلى تأمين الدعم لنظام الأسد، شكّلت حميميم مركزاً لوجستياً لدعم القوّات الروسية في ليبيا وشمال أفريقيا.",
     # Gathering, dismantling "تمهيداً لنقلها", cargo planes leaving: withdrawing.
     "gold": [gold(HM, "withdrawing", "2024-12-14", "2024-12-13")]},
    {"lang": "ar", "split": "held-out 11", "publisher": "العاصمة العربية", "published": "2024-12-17",
     # published: not on the stored page; Maxar's pictures "published on Tuesday" (17 December
     # 2024), "a week" after Assad's fall.
     "url": "https://thearabcapital.com/news/%d8%b1%d9%88%d8%b3%d9%8a%d8%a7-%d8%aa%d9%81%d9%83%d9%83-%d9%85%d9%86%d8%b8%d9%88%d9%85%d8%a9-%d8%af%d9%81%d8%a7%d8%b9-%d8%ac%d9%88%d9%8a-%d9%81%d9%8a-%d9%82%d8%a7%d8%b9%d8%af%d8%a9-%d8%ad%d9%85%d9%8a",
     "text": "يبدو أن روسيا تقوم بتفكيك نظام الدفاع الجوي S-400 في قاعدة حميميم الجوية السورية في محافظة اللاذقية، وفقًا لصور الأقمار الصناعية التي نشرتها شركة ماكسار للاستخبارات وأنظمة الفضاء بعد الإطاحة ببشار الأسد الأسبوع الماضي.\n\nوأظهرت الصور التي نشرت يوم الثلاثاء القوات الروسية تستعد لمغادرة قواعدها العسكرية في سوريا، بينما أظهرت الصور التي التقطت يوم الجمعة ما يبدو أنه طائرتان من طراز أنتونوف AN-124، واحدة من أكبر طائرات الشحن في العالم، مع مخاريط مقدمة مفتوحة في مطار حميميم. قاعدة، رويترز وقد ذكرت.\n\nوتتواصل التحركات الروسية في قاعدة حميميم منذ سقوط نظام حزب البعث في سوريا في 8 ديسمبر الماضي.",
     # Dismantling and getting ready to leave (hedged, "يبدو"): withdrawing.
     "gold": [gold(HM, "withdrawing", "2024-12-17", "2024-12-13")]},
    {"lang": "ar", "split": "held-out 11", "publisher": "Haberler (روداو)", "published": "2026-01-22",
     "url": "https://ar.haberler.com/arabic-news-19493251",
     "text": "لأول مرة بعد الأسد، طائرة روسية في مطار القامشلي\n\n22.01.2026 22:20\n\nشهدت سوريا حدثًا غير مسبوق منذ سقوط نظام الأسد في ديسمبر 2024. هبطت طائرة روسية في مطار القامشلي، الذي يعد من القواعد الرئيسية للقوات الروسية. بينما لا يُعرف سبب وصول الطائرة الروسية، طرحت تساؤلات حول \"هل ستُسحب القوات الروسية من سوريا؟\"\n\nوفقًا لخبر روداو، هبطت طائرة روسية في مطار القامشلي لأول مرة بعد الإطاحة بنظام الأسد في ديسمبر 2024. قبل هبوط الطائرة في القامشلي، التي كانت واحدة من القواعد العسكرية الرئيسية لروسيا خلال فترة الأسد، قامت مروحيتان بتنفيذ تحليق أمني حول المطار والمناطق المحيطة به.",
     # A Russian plane landing, helicopters flying over: in use, active. The question of a
     # withdrawal is only a question.
     "gold": [gold(Q, "active", "2026-01-22")]},
    {"lang": "ar", "split": "held-out 11", "publisher": "تليسكوب (الوطن)", "published": "2026-01-23",
     # published: not on the stored page; "أمس الخميس" is Thursday 22 January 2026 (the same
     # landing as Haberler's).
     "url": "https://telescopejo.com/?p=60500",
     "text": "في تطور مثير للجدل، أفادت مصادر خاصة بصحيفة “الوطن” السورية أن طائرة روسية هبطت أمس الخميس في مطار القامشلي بريف الحسكة، قبل أن تقلع مجدداً باتجاه وجهة غير معلومة.\nووفقاً للمصادر، نقلت الطائرة المدعو “غزال غزال” إلى جانب عدد كبير من كبار ضباط النظام السوري المخلوع، المعروفين بـ”الفلول”.\nيأتي هذا الحدث كأول نشاط جوي روسي في المطار منذ سقوط النظام في أواخر عام 2024، وسط تساؤلات حول الغرض من العملية ودور روسيا في دعم عناصر النظام السابق.",
     # Russian air activity at the airport: active.
     "gold": [gold(Q, "active", "2026-01-22", "2026-01-23")]},
    {"lang": "ar", "split": "held-out 11", "publisher": "هاشتاغ سوريا", "published": "2025-01-22",
     # published: the date at the top of the stored page.
     "url": "https://hashtagsyria.com/%d8%a8%d8%b9%d8%af-%d8%a7%d9%86%d8%aa%d8%b8%d8%a7%d8%b1-%d8%b7%d9%88%d9%8a%d9%84-%d8%a7%d9%84%d8%b3%d9%84%d8%b7%d8%a7%d8%aa-%d8%a7%d9%84%d8%b3%d9%88%d8%b1%d9%8a%d8%a9-%d8%aa%d8%b3%d9%85%d8%ad-%d9%84",
     "text": "بعد انتظار طويل.. السلطات السورية تسمح لسفينة روسية بالرسو في ميناء طرطوس\n\nسمحت السلطات السورية لسفينة روسية بالرسو في القسم العسكري من ميناء طرطوس على الساحل السوري، بعد انتظار لأكثر من 14 يوما، من جراء القيود التي فرضتها الإدارة السورية الجديدة على السفن والعمليات الروسية في سوريا.\n\nوأضافت الوكالة أنه من المرجح أن تكون السفينة “سبارتا 2″، وهي سفينة متعددة الوظائف ومصممة لنقل المعدات والحاويات والبضائع العامة، محملة بمعدات عسكرية، حيث تستخدم وزارة الدفاع الروسية هذه السفينة بشكل متكرر لنقل المعدات العسكرية.",
     # A Russian ship docked in the military part of the port: Tartus in use, active (the text
     # says nothing of an evacuation).
     "gold": [gold(TA, "active", "2025-01-22")]},
    {"lang": "ar", "split": "held-out 11", "publisher": "الشرق الأوسط (رويترز)", "published": "2024-12-10",
     # published: not on the stored page; Reuters' story of Planet Labs' picture of 9 December,
     # two days after "يوم الأحد" (8 December 2024).
     "url": "https://aawsat.com/%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A/%D8%A7%D9%84%D9%85%D8%B4%D8%B1%D9%82-%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A/5090251-%D8%B5%D9%88%D8%B1-%D8%AA%D9%8F%D8%B8%D9%87%D8%B1-%D9%85%D8%BA%D8%A7%D8%AF%D8%B1%D8%A9-%D8%B3%D9%81%D9%86-%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D9%84%D9%82%D8%A7%D8%B9%D8%AF%D8%A9-%D8%B7%D8%B1%D8%B7%D9%88%D8%B3-%D9%88%D8%B1%D8%B3%D9%88%D9%87%D8%A7-%D9%82%D8%A8%D8%A7%D9%84%D8%A9-%D8%A7%D9%84%D8%B3%D8%A7%D8%AD%D9%84",
     "text": "أظهرت صور الأقمار الاصطناعية أن السفن الحربية الروسية غادرت قاعدة موسكو في طرطوس على الساحل السوري، وأن بعضها رسا قبالة الساحل بعد الإطاحة بالرئيس السوري بشار الأسد.\nوأظهرت صورة التقطتها «بلانيت لابس» في التاسع من ديسمبر (كانون الأول) ثلاث سفن على الأقل في أسطول البحر الأبيض المتوسط الروسي، بما في ذلك فرقاطتان صواريخ موجهة وناقلة نفط، راسية على بعد حوالي 13 كيلومترا (ثمانية أميال) شمال غربي طرطوس. ولم يتسن على الفور تحديد موقع بقية الأسطول في صور الأقمار الاصطناعية.\n\nتمتلك روسيا قاعدة جوية رئيسية في مدينة اللاذقية الساحلية ومنشأة بحرية في طرطوس.",
     # Warships gone from Tartus: reduced; "a main air base in Latakia" is Hmeimim: active.
     "gold": [gold(TA, "reduced", "2024-12-10", "2024-12-09"), gold(HM, "active", "2024-12-10")]},
    # Russian ------------------------------------------------------------------------
    {"lang": "ru", "split": "held-out 11", "publisher": "Би-би-си (зеркало)", "published": "2024-12-03",
     # published: not on the stored page; the newest picture is of "утром 3 декабря" (2024),
     # "два дня" after the one of 1 December.
     "url": "https://dck8xvlq18iei.cloudfront.net/ru/356605",
     "text": "Российские военные корабли покинули базу в сирийском Тартусе\n\nРоссийскую базу ВМФ в сирийском Тартусе покинули все военные корабли. Судя по спутниковым снимкам компании Planet Labs, которые изучила Русская служба Би-би-си, еще два дня назад они там находились.\n\nНа спутниковом снимке от 3 декабря видно, что у причала нет ни одного крупного корабля. За два дня до этого, 1 декабря, у причала были замечены три военных корабля. Они отличаются от гражданских судов серым цветом и обводами — они более узкие.",
     # All warships gone: reduced.
     "gold": [gold(TA, "reduced", "2024-12-03")]},
    {"lang": "ru", "split": "held-out 11", "publisher": "Голос Армении («Голос Америки»)", "published": "2024-12-11",
     # published: not on the stored page (an estimate); Planet Labs' picture of 9 December 2024.
     "url": "https://golosarmenii.am/article/225102/rossijskie-korabli-pokinuli-bazu-v-sirii",
     "text": "Российские корабли покинули базу в Сирии?\nКак свидетельствуют спутниковые снимки, после падения режима Башара Асада в Сирии российские военные корабли покинули базу в Тартусе, расположенную на сирийском побережье; некоторые из них бросили якорь в море, пишет «Голос Америки».\nНа снимке, сделанном 9 декабря компанией Planet Labs, видно, что по меньшей мере три российских военных корабля, включая два фрегата с управляемыми ракетами и нефтяное судно, пришвартованы примерно в 13 км к северо-западу от Тартуса.\nОстальных судов российского ВМС на спутниковых снимках обнаружить не удалось. Напомним, что Россия располагает крупной авиабазой в прибрежном городе Латакия и военно-морской базой в Тартусе.",
     # Warships gone from Tartus: reduced; an air base in Latakia (Hmeimim): active.
     "gold": [gold(TA, "reduced", "2024-12-11", "2024-12-09"), gold(HM, "active", "2024-12-11")]},
    {"lang": "ru", "split": "held-out 11", "publisher": "Страна.ua (Reuters)", "published": "2025-10-15",
     # published: not on the stored page; "сегодня в Кремле прошли переговоры" (15 October 2025).
     "url": "https://strana.news/news/493184-rf-mozhet-sokhranit-dve-osnovnye-voennykh-bazy-v-sirii.html",
     "text": "Обещание сирийского лидера Ахмеда Шараа главе Кремля Владимиру Путину соблюдать все предыдущие соглашения Сирии и РФ предполагает, что Москва сохранит свои две основные военные базы - авиабазу Хмеймим и военно-морскую базу в Тартусе.\n\nОб этом пишет агентство Reuters.\n\nРоссия также имеет военное присутствие в аэропорту Камышлы - на северо-востоке страны, недалеко от границ Турции и Ирака.",
     # A presence at Qamishli: active. Moscow "will keep" the two bases: no entry, never left.
     "gold": [gold(Q, "active", "2025-10-15")]},
    {"lang": "ru", "split": "held-out 11", "publisher": "Страна.ua (Bloomberg)", "published": "2025-10-30",
     "url": "https://strana.news/news/494014-rf-snova-letaet-na-svoju-voennuju-bazu-v-sirii.html",
     "text": "Россия вновь выполняет военные полеты на свою авиабазу Хмеймим в Сирии после почти шестимесячного перерыва.\n\nОб этом сообщает Bloomberg со ссылкой на сервис Flightradar24.\n\nПо данным сервиса, как минимум два российских самолета вылетели в Латакию, где расположена авиабаза. 26 октября транспортный самолет Ил-62М ВВС России вылетел из Ливии в Латакию, а затем в Московскую область, а самолет Ан-124-100 \"Руслан\", способный перевозить тяжелые грузы, трижды прибывал в аэропорт с 24 октября. Последний рейс был совершен в среду.",
     # Flights to Hmeimim again: active.
     "gold": [gold(HM, "active", "2025-10-30", "2025-10-24", "2025-10-26", "2025-10-29")]},
    {"lang": "ru", "split": "held-out 11", "publisher": "520baby.info", "published": "2024-12-14",
     "url": "https://tw18.520baby.info/news/63443-rocsija_evakuiruet_voennuju_tehniku_iz_sirii/print",
     "text": "Россия эвакуирует военную технику из Сирии\n14 декабря 2024\n\nВ социальных сетях появляются видеозаписи с длинными колоннами российской военной техники, транспортируемой из различных районов Сирии на российскую авиабазу Хмеймим и военно-морскую базу в Тартусе.\nСледует напомнить, что в настоящее время Россия ведет переговоры с новыми властями Сирии о продлении срока пребывания российских баз на территории Сирии.\nРезультаты этих переговоров пока не объявлены.",
     # Equipment gathered at both bases for the evacuation (December 2024): withdrawing.
     "gold": [gold(HM, "withdrawing", "2024-12-14"), gold(TA, "withdrawing", "2024-12-14")]},
    {"lang": "ru", "split": "held-out 11", "publisher": "ОстроВ (ГУР)", "published": "2024-12-16",
     # published: not on the stored page; the statement of HUR "16 декабря" (2024).
     "url": "https://www.ostro.org/ru/news/rossyya-prodolzhaet-vyvozyt-tehnyku-y-lychnyj-sostav-yz-syryy-gur-i503643",
     "text": "Россия продолжает вывозить технику и личный состав из Сирии - ГУР\n\nРоссия продолжает эвакуировать военно-транспортными самолетами вооружение, технику и личный состав с территории Сирии. Об этом сообщает ГУР Минобороны Украины 16 декабря.\n\n\"15 декабря 2024 года колонны войск государства-агрессора продолжили стягиваться из глубины страны в базы в Хмеймиме и Тартусе, контроль над которыми кремль стремится и надеется сохранить. Военно-транспортные самолеты россии продолжили челночное движение из Сирии к аэродромам на территории россии, в частности, к чкаловску, нижнему новгороду и махачкале», - говорится в сообщении.",
     # Columns gathering in both bases during the evacuation: withdrawing (as the seventh and
     # ninth sets read the same statement); the Kremlin only hopes to keep them.
     "gold": [gold(HM, "withdrawing", "2024-12-15", "2024-12-16"),
              gold(TA, "withdrawing", "2024-12-15", "2024-12-16")]},
    {"lang": "ru", "split": "held-out 11", "publisher": "Вести (Украина)", "published": "2025-01-10",
     "url": "https://vesti-ua.net/novosti/za-rubezhom/261176-vlasti-sirii-zablokirovali-dostup-korablya-rf-k-baze-v-tartuse.html",
     "text": "Власти Сирии заблокировали доступ корабля РФ к базе в Тартусе\n\nРоссийское судно Спарта II более четырех дней не может войти в порт из-за отказа новых сирийских властей\n10-01-2025, 08:57 / Автор: Інна Волєва\n\nНачавшаяся после падения режима Башара Асада эвакуация российских вооружений и техники из Сирии оказалась под угрозой. Сирийские власти отказываются разрешить российскому эвакуационному судну войти в порт Тартус, где находится единственная зарубежная военно-морская база России. Об этом свидетельствуют данные MarineTraffic, информация OSINT-анализаторов и сообщения военных корреспондентов.",
     # The evacuation through Tartus under way, if stalled: withdrawing.
     "gold": [gold(TA, "withdrawing", "2025-01-10")]},
    {"lang": "ru", "split": "held-out 11", "publisher": "ru-an.info", "published": "2024-12-11",
     # published: not on the stored page (an estimate); the warships left Tartus after Assad's
     # fall (8 December 2024).
     "url": "http://xn----ctbsbaa3aibxhck.ru-an.info/новости/судан-или-ливия-куда-податься-нашему-флоту-из-сирии/welcome-1-8-2",
     "text": "Российские военные корабли покинули базу в Тартусе и встали на рейд примерно в 8 км от берега, свидетельствуют данные OSINT-аналитиков Бреди Эфрика и Эм Ти Андерсона на основе спутниковых снимков сервиса Landsat.\nАмериканский военный эксперт Дара Массикот отмечает, что вывод боевых кораблей в открытое море может быть временной мерой, пока не будет принято решение о дальнейших действиях с базой в Тартусе.",
     # Warships gone from the base: reduced.
     "gold": [gold(TA, "reduced", "2024-12-11")]},
]
