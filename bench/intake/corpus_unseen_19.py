"""The nineteenth held-out set of the intake evaluation (see `bench.intake.corpus`).

Assembled on 2026-12-03 (afternoon) from the stored pages of the `search` tool (corpus
`pages`, queries in English, Arabic and Russian), before any change of this round to the
pipeline; none of its URLs is in another split (checked against the `url` lines of every
corpus file, percent-decoded, a stored URL that is a prefix of a new one, or the other way
round, counting as the same page). Chosen, where the search gave a choice, from publishers
no other split cites and from places and moments the sets before had little of: the Sarrin
base near Kobani (Ain al-Arab) left, Ain Issa and Tal Samen left in December 2024, Tartus
staged for an evacuation that stalled in January 2025 and the Sparta ships docking there,
ships kept out of Tartus, activity at Hmeimim said to have declined, a base present now
whose ships left weeks before, bases a Russian official says "сейчас действуют",
a condition for keeping the bases, the Tartus port contract cancelled, and some reports with
no entry. Honestly: some retell stories other splits hold in other words (The Times' Samer
al-Atrush on Hmeimim, the BBC's Sparta ships at Tartus of 24 January 2025, The Wall Street
Journal's equipment flown to Libya, Reuters' Qamishli withdrawal of January 2026 through
Vedomosti), an Arabic candidate that copied a stored text under another address was dropped,
and many dates are
estimates from the text, each said in a comment. Each excerpt is as the search gave the
stored page, cut to the paragraphs the entries need. Every entry was written down by hand
from the text and committed before the pipeline first ran on these reports; that first run
is in BENCHMARKS.md ("Report intake", the nineteenth set).

`published`: the page's own date where the stored page gives one (or its address does);
otherwise the note says where the date comes from. Conventions of the sets before are kept:
a base the report says is kept or not left is active and must never be proposed as left; a
plan, a wish, a hope or a condition to keep a base is no entry (talks for the forces to
remain at a named base are the base active, settled after the twentieth set's first run); a
base said to be Russia's, to exist or to work is active; a base a move goes to is not entered from the move
alone; ships leaving Tartus make it reduced; vehicles staged at a base for an evacuation
make it withdrawing; civilians or diplomats flown out of a base are not the force; a report
that says nothing of Russia's forces at a named facility has no entry.
"""

from bench.intake.gold import AI, HM, KOBANI, Q, TA, TAL_SAMEN, gold, unlisted

# The base at Sarrin, south of Kobani, in no gazetteer under that name (GeoNames' cities500
# has only Şirrīn ash Shamālīyah, the northern village): placed near Kobani, the landmark
# both reports give.
SARRIN = unlisted("Sarrin", KOBANI)

UNSEEN_19_REPORTS = [
    # English --------------------------------------------------------------------------
    {"lang": "en", "split": "held-out 19", "publisher": "NewsYou (Ukraine, English)", "published": "2024-12-10",
     # published: December 2024 from the address; the day is an estimate from the CNN Türk
     # report it cites (Russia asking Turkey for help, about 10 December).
     "url": "https://newsyou.info/en/2024/12/u-merezhi-pokazali-yak-rosiyani-tikayut-z-aviabazi-u-siri%D1%97-video",
     "text": "Russian troops are leaving the Sarrin Air Base in Ain al-Arab, south of the Turkish-Syrian border. Next will be the evacuation of troops.\nRussians are fleeing Syria\nThe corresponding video was published on the network. It is claimed that the recording shows a convoy of Russian military vehicles.\nEarlier, the Russian Federation asked Turkey for help in withdrawing its military contingent from the territory of Syria, CNN Türk reported.\nIn addition, Putin may lose his military bases in Syria. As the American Institute for the Study of War writes, this threatens the Kremlin with serious consequences. Thus, the Russian Federation used its naval base in Tartus to project power in the Mediterranean.",
     # "leaving the Sarrin Air Base in Ain al-Arab": Sarrin withdrawing (near Kobani, not the
     # town itself); Tartus "used ... to project power" is background, the loss a hedge.
     "gold": [gold(SARRIN, "withdrawing", "2024-12-10")]},
    {"lang": "en", "split": "held-out 19", "publisher": "Safir (Afghanistan, English)", "published": "2024-12-14",
     # published: the date in the page's address.
     "url": "https://safir.af/en/2024/12/14/russias-withdrawal-from-its-bases-in-syria",
     "text": "Al-Mayadeen reporter reported that Russian forces withdrew from military bases in Syria and concentrated in two bases on the coast.\nIn this regard, Tass news agency, citing diplomatic sources, reported that Russia has received temporary security guarantees from the new leaders of Syria regarding the country’s military bases.\nEarlier TASS reported citing diplomatic sources that Russia is negotiating with the new Syrian authorities to maintain its bases in Tartus and Hmeimim.\nDer Spiegel quoted an internal German military analysis and wrote: “Russia” is making all preparations to evacuate its military bases in Syria.\nSpiegel wrote in a memo from the German Defense Ministry that the Russian naval fleet has already left the Syrian port of Tartus.\nYesterday, Bloomberg reported, citing sources, that “negotiations are underway between Moscow and the new Syrian leadership regarding the preservation of the port of Tartus and the Hmeimim base.\nAccording to the reports published by the Clash Report website from Western sources, Russia had evacuated its naval assets from the Syrian port of Tartus at the beginning of this month before the fall of the Assad regime",
     # The fleet "has already left the Syrian port of Tartus", naval assets evacuated "at the
     # beginning of this month": reduced (ships leave, the base is not left; the publication
     # date or the month). The unnamed "two bases on the coast" they concentrate in, the talks
     # to maintain both bases and the preparations to evacuate "its military bases" name no
     # change of a named facility: no entry.
     # Talks to maintain the bases in Tartus and Hmeimim (settled 2026-12-03, after set 20's
     # first run: talks for Russia's forces to remain at a named base are the base active,
     # as the older sets enter them): both active at the publication date.
     "gold": [gold(TA, "reduced", "2024-12-14", "2024-12-01"),
              gold(HM, "active", "2024-12-14"),
              gold(TA, "active", "2024-12-14")]},
    {"lang": "en", "split": "held-out 19", "publisher": "Saudi Gazette (agencies)", "published": "2024-12-20",
     # published: not on the stored page; Putin's word of the 4,000 fighters evacuated, given at
     # his press conference of 19 December 2024: an estimate.
     "url": "https://saudigazette.com.sa/article/648036",
     "text": "HMEIMIM, Syria — Activity at Russia’s Hmeimim Air Base, a strategic hub that played a pivotal role in the Syrian civil war since 2015, has significantly declined amid the collapse of regime forces and shifting dynamics in the region.\nFollowing its establishment as a key operational base in late 2015, Hmeimim helped secure the Assad regime’s survival by launching decisive airstrikes against opposition forces.\nHowever, recent satellite images reveal minimal activity at the base, raising questions about Moscow’s future role in Syria.\nAfter November 27, the Syrian military suffered rapid disintegration, losing control of key cities.\nWhile Russian jets conducted limited airstrikes from Hmeimim, the scale of operations appeared drastically reduced compared to previous years.\nThe diminishing activity has sparked speculation over Moscow's strategy amid the regime's collapse and faltering Iranian-backed militias.\nKremlin spokesperson Dmitry Peskov acknowledged the evolving situation, emphasizing the need for dialogue with the emerging leadership in Syria.\nMaria Zakharova, spokeswoman for Russia’s Foreign Ministry, reiterated Moscow’s priority of ensuring the safety of its personnel and facilities while calling for a comprehensive political resolution in Syria under UN guidelines.\nRussian President Vladimir Putin disclosed that Moscow facilitated the evacuation of 4,000 pro-Iranian fighters from Syria to Tehran via the Hmeimim Air Base, with some being relocated to Lebanon and Iraq. — Agencies",
     # Activity at the base "has significantly declined", operations "drastically reduced":
     # reduced (the author's call: activity, not a withdrawal). Fighters of others evacuated
     # through it are not Russia's force.
     "gold": [gold(HM, "reduced", "2024-12-20")]},
    {"lang": "en", "split": "held-out 19", "publisher": "112.ua (English)", "published": "2025-01-15",
     # published: not on the stored page; ships "drifting for over 10 days" off Tartus after the
     # early-January arrivals: an estimate (mid-January 2025).
     "url": "http://112.ua/en/rosijskij-flot-zablokovanij-bila-uzberezza-sirii-korabli-ne-mozut-uvijti-do-bazi-v-tartusi-52323",
     "text": "The Russian fleet is blocked near the coast of Syria: ships cannot enter the base in Tartus.\n\nThe Ukrainian Navy reported that the Russian naval forces are experiencing issues near the coast of Syria. Seven Russian military ships, including two missile carriers, have been drifting for over 10 days as they cannot access their overseas naval base in the port of Tartus. This complicates their ability to utilize the base and carry out necessary operations. The Russians are essentially 'stuck in the sea' and cannot return to their base, according to the spokesperson of the Ukrainian Navy.",
     # Ships kept out of the base: no change of the base's force the report states (the
     # author's call; the ships had left before): no entry.
     "gold": []},
    {"lang": "en", "split": "held-out 19", "publisher": "The Maritime Executive", "published": "2025-01-07",
     # published: not on the stored page; the Maxar images "on Monday" (6 January 2025) and the
     # post of 7 January it quotes: an estimate.
     "url": "https://maritime-executive.com/article/russian-evacuation-from-tartus-naval-base-appears-stalled",
     "text": "Russian Evacuation From Tartus Naval Base Appears Stalled\nAfter the recent regime change in Syria, the Russian military has concentrated its trucks and heavy equipment at its naval base in Tartus for a likely evacuation - but so far, it has yet to send any of its auxiliary ships in to take on cargo. Recent satellite imagery shows that the piers at the base are empty, even though a military auxiliary ship is just offshore and evacuation flights are in full swing at nearby Hmeimim Airbase.\nHigh resolution satellite images taken by Maxar and released on social media show at least 100 drab-green trucks of various sizes staged at the Tartus base on Monday, the fruits of a large-scale Russian pullback that has been under way for a month (video below). An air defense and surface search radar located near the Tartus harbor entrance has also been disassembled for return home.",
     # Trucks staged at Tartus for the evacuation, its radar "disassembled for return home":
     # withdrawing, though the loading has not begun; "evacuation flights are in full swing at
     # nearby Hmeimim Airbase": withdrawing (the publication date or the Monday of the images).
     "gold": [gold(TA, "withdrawing", "2025-01-07", "2025-01-06"),
              gold(HM, "withdrawing", "2025-01-07", "2025-01-06")]},
    {"lang": "en", "split": "held-out 19", "publisher": "United24 Media (BBC)", "published": "2025-01-24",
     # published: not on the stored page; the BBC report "on January 24" it retells: an estimate.
     "url": "https://united24media.com/latest-news/sanctioned-russian-ships-dock-at-syrias-tartus-amid-evacuation-speculations-5346",
     "text": "Sanctioned Russian Ships Dock at Syria’s Tartus Amid Evacuation Speculations\nTwo Russian ships, Sparta and Sparta II, linked to the Kremlin’s military, have docked at the naval base in Tartus on Syria’s coast according to the BBC on January 24.\nAnalysts suggest this move, made on January 21, may signal the beginning of an anticipated evacuation of the facility. Both ships are sanctioned by the United States and have been identified by Ukraine as being used to transport Russian arms.\nLarge amounts of military equipment have recently been transported to Tartus. Satellite images analyzed by BBC Verify show dozens of vehicles and other hardware at the port, which began appearing in mid-December. Footage earlier this month showed large columns of Russian vehicles heading toward the base, reportedly redirected from other locations across Syria.\nThe docking coincides with unconfirmed reports in Syrian media that Russia’s lease for the Tartus port has been canceled.",
     # Cargo ships docked "may signal the beginning of an anticipated evacuation of the
     # facility", equipment gathered there: withdrawing (a hedge, entered as the sets before
     # enter hedges; the publication date or the docking of 21 January).
     "gold": [gold(TA, "withdrawing", "2025-01-24", "2025-01-21")]},
    {"lang": "en", "split": "held-out 19", "publisher": "i (inews.co.uk, through a mirror)", "published": "2024-12-13",
     # published: not on the stored page; "on Friday" with the Maxar images of 13 December 2024
     # and the SOHR report "on Thursday" (12 December): an estimate.
     "url": "https://meilu.jpshuntong.com/url-68747470733a2f2f696e6577732e636f2e756b/news/world/russian-presence-in-doubt-as-armored-columns-seen-flowing-towards-syrian-coast-3432204",
     "text": "Large columns of Russian forces and military vehicles were seen withdrawing from southern Syria on Friday, toward their primary base in the coastal city of Latakia.\nSignificant Russian military convoys were seen on the Damascus-Homs highway near Shinshar village heading north.\nThe military equipment had been previously stationed in southern regions such as Daraa and Damascus.\nOn Thursday, the British-based Syrian Observatory for Human Rights reported that Russian forces were also leaving bases in Ain Issa and Tel Al-Samn in the Al-Raqqah countryside.\nSome Syrians gave Russian forces the finger as the columns moved towards Latakia, but there have been no reports of attacks or violence.\nThe Russian troop movement comes amid questions about whether Moscow will be able to retain bases in Syria that are seen as strategically significant for Russian President Vladimir Putin.\nRussian forces currently still control Hmeimim airbase in Latakia and nearby Tartus Naval base, which are seen as significant strategic assets in Russia’s attempts to project force in the middle east, Mediterranean and Africa.\nYet it’s not known whether Russia will be able to keep control of those bases in Syria as former rebels consolidate power.",
     # "leaving bases in Ain Issa and Tel Al-Samn": both withdrawing (the Thursday, or the
     # publication date); "currently still control Hmeimim airbase ... and nearby Tartus Naval
     # base": both active (kept, never left). The southern regions the columns left are
     # provinces, and Shinshar only locates the convoy: no entry.
     "gold": [gold(AI, "withdrawing", "2024-12-13", "2024-12-12"),
              gold(TAL_SAMEN, "withdrawing", "2024-12-13", "2024-12-12"),
              gold(HM, "active", "2024-12-13"),
              gold(TA, "active", "2024-12-13")]},
    {"lang": "en", "split": "held-out 19", "publisher": "Militarnyi (English)", "published": "2026-01-21",
     # published: not on the stored page; the Kommersant report it retells, five days before
     # the withdrawal reports of 26 January 2026: an estimate.
     "url": "https://militarnyi.com/en/news/syria-prepares-to-demand-pullout-of-russian-forces-from-country-s-north",
     "text": "Syrian authorities plan to demand that Russia withdraw from the Al-Qamishli military airfield in the north of the country.\nThe airfield, located near the Turkish border, has long been used by the Russian military for operations in the region, The Moscow Times reports.\nHowever, the situation has changed sharply after government forces entered territory previously controlled by the Kurdish alliance, the Syrian Democratic Forces (SDF).\nAccording to a source cited by the Russian newspaper Kommersant, the question of Russian troop withdrawal will be raised once Hasakah province officially comes under Damascus’ control.\n“It seems to me that the Russians will be asked to leave Al-Qamishli completely. Now they have nothing to do,” the source said.",
     # The demand to withdraw is a plan of others, not a withdrawal; the airfield "has long
     # been used by the Russian military": active.
     "gold": [gold(Q, "active", "2026-01-21")]},
    # Arabic ---------------------------------------------------------------------------
    {"lang": "ar", "split": "held-out 19", "publisher": "إرم نيوز (المرصد السوري)", "published": "2024-12-09",
     # published: not on the stored page; "اليوم الاثنين" after the fall of Damascus, before the
     # base was reported taken over in mid-December: an estimate, Monday 9 December 2024.
     "url": "https://eremnews-fe-app-production.azurewebsites.net/news/arab-world/s4qlnub",
     "text": "أفاد المرصد السوري لحقوق الإنسان، اليوم الاثنين، بأن القوات الروسية بدأت انسحابها من قاعدة صرين الواقعة في ريف عين العرب (كوباني).\nوأشار المرصد إلى أن هذا الانسحاب يأتي ضمن تحركات عسكرية متسارعة تشهدها المنطقة.\nوتمثل قاعدة صرين إحدى النقاط العسكرية المهمة التي استخدمتها القوات الروسية لتعزيز وجودها في شمال سوريا، خاصة في المناطق القريبة من الحدود التركية.",
     # "بدأت انسحابها من قاعدة صرين ... في ريف عين العرب": Sarrin withdrawing (in Kobani's
     # countryside, not the town).
     "gold": [gold(SARRIN, "withdrawing", "2024-12-09")]},
    {"lang": "ar", "split": "held-out 19", "publisher": "القناة 23", "published": "2025-01-24",
     # published: not on the stored page; "أمس الخميس" after Al-Watan's report of Thursday 23
     # January 2025: an estimate.
     "url": "https://ch23.com/Article/237409/%D9%85%D8%B3%D8%A4%D9%88%D9%84-%D8%B3%D9%88%D8%B1%D9%8A-%D9%8A%D9%83%D8%B4%D9%81-%D8%B3%D8%A8%D8%A8-%D8%A5%D9%84%D8%BA%D8%A7%D8%A1-%D8%B9%D9%82%D8%AF-%D8%A7%D8%AA%D9%81%D8%A7%D9%82%D9%8A%D8%A9-%D9%85%D8%B1%D9%81%D8%A3-%D8%B7%D8%B1%D8%B7%D9%88%D8%B3-%D9%85%D8%B9-%D8%B1%D9%88%D8%B3%D9%8A%D8%A7",
     "text": "مسؤول سوري يكشف سبب إلغاء عقد اتفاقية مرفأ طرطوس مع روسيا\n\nكشفت وسائل إعلام سورية، تفاصيل جديدة حول إلغاء الإدارة السورية عقد إدارة وتشغيل ميناء طرطوس مع شركة \"إس.تي.جي ستروي ترانس غاز\" الروسية، الذي وُقِّع في عهد الرئيس السابق بشار الأسد.\n\nونقلت صحيفة \"الوطن\" السورية شبه الرسمية، أمس الخميس، عن مدير جمارك طرطوس رياض جودي قوله إن عقد الاستثمار أُلغي بعد أن فشلت الشركة في الوفاء بشروط الصفقة المبرمة عام 2019، التي تضمنت استثمارات في البنية التحتية.\n\nو\"إس.تي.جي ستروي ترانس غاز\" هي شركة إنشاءات كبرى كانت مهمتها الاستثمار وتطوير الميناء التجاري في طرطوس، وهو ثاني أكبر ميناء في سوريا بعد ميناء اللاذقية.\n\nويُعد العقد منفصلًا عن القاعدة البحرية الروسية في طرطوس، التي بناها الاتحاد السوفييتي في سبعينيات القرن الماضي، في إطار اتفاق عسكري يعود إلى عقود مضت بين موسكو ودمشق بشأن استخدام الميناء المطل على البحر المتوسط.",
     # A company's port contract cancelled, "separate from the Russian naval base": nothing of
     # the force, no entry.
     "gold": []},
    {"lang": "ar", "split": "held-out 19", "publisher": "شام نيوز (كوميرسانت)", "published": "2025-01-22",
     # published: not on the stored page; Al-Watan's report of the cancellation it retells, 21-22
     # January 2025: an estimate.
     "url": "https://sham-news.info/?p=15504",
     "text": "وذكرت صحيفة الوطن السورية نقلاً عن مدير الجمارك رياض جودي، أن الاتفاق بشأن إدارة مرفأ طرطوس بين السلطات السورية وشركة سترويترانسغاز الروسية قد تم إلغاؤه. ولم يتم ذكر تاريخ انتهاء العقد في المنشور.\nتم إبرام عقد الاستثمار في عام 2019 لمدة 49 عامًا. وبحسب شروط الاتفاق، حصلت موسكو على حق إدارة الميناء، وكان لزاما عليها استثمار أكثر من 500 مليون دولار في تحديثه، حسبما ذكرت صحيفة “كوميرسانت”.\nتستخدم روسيا الميناء لأغراض عسكرية منذ العهد السوفييتي. وتضم مدينة طرطوس حاليا مركزا لوجستيا بحريا، وهو المنشأة البحرية الروسية الوحيدة في البحر الأبيض المتوسط. في نهاية عام 2024، قبل أيام قليلة من الإطاحة ببشار الأسد، غادرت السفن الروسية ميناء طرطوس. وفي وقت لاحق، أكدت وزارة الخارجية الروسية أن روسيا ترغب في الاحتفاظ بقواعدها في سوريا حتى بعد تغيير السلطة في البلاد.",
     # The port contract is no entry; "تضم مدينة طرطوس حاليا مركزا لوجستيا بحريا" (the naval
     # logistics centre is there now, used since Soviet times): active at the publication
     # date; the ships that left "a few days before" Assad's fall: reduced, early December 2024
     # (the month, as the sets before date "a few days ago"); the wish to keep the bases is no
     # entry.
     "gold": [gold(TA, "active", "2025-01-22"),
              gold(TA, "reduced", "2024-12-01", "2024-12-05")]},
    {"lang": "ar", "split": "held-out 19", "publisher": "ترندين", "published": "2024-12-14",
     # published: not on the stored page; the Maxar images and The Times' posts of 13-14
     # December 2024 it retells: an estimate.
     "url": "https://trendyn.net/news/1453",
     "text": "صور من قاعدة حميميم.. روسيا تستعد لنقل معداتها الثقيلة من سوريا\nفي تطور لافت، أظهرت صور أقمار صناعية نشرها موقع “ماكسار” استعدادات مكثفة في قاعدة حميميم الجوية بسوريا، حيث تُجهّز روسيا طائراتها ومعداتها الثقيلة للنقل، مما يعكس تغييرات استراتيجية بعد سقوط حليفها بشار الأسد.\nتفكيك الهليكوبتر ونقل المعدات الثقيلة\nكشفت الصور التي نشرتها صحيفة “واشنطن بوست” عن وجود طائرات شحن روسية في وضعية استقبال معدات ثقيلة، مع تفكيك طائرات هليكوبتر هجومية من طراز Ka-52 وإعدادها للنقل.\nوأظهرت الصور أيضًا نقل أنظمة الدفاع الجوي S-400، مما يعزز الشكوك حول إعادة تموضع القوات الروسية في المنطقة.\nالقوات الروسية تغادر حميميم\nنقل مراسل صحيفة ذا تايمز البريطانية، سامر الأطرش، على منصة إكس أن القوات الروسية بدأت بمغادرة قاعدة حميميم الجوية مع إقلاع طائرات الشحن، وأشار إلى أن هيئة تحرير الشام المكلفة بحراسة مدخل القاعدة أُبلغت بإخلاء المنطقة قريبًا.",
     # Heavy equipment readied for transport, "بدأت بمغادرة قاعدة حميميم الجوية": withdrawing.
     "gold": [gold(HM, "withdrawing", "2024-12-14")]},
    {"lang": "ar", "split": "held-out 19", "publisher": "إيزي داونلود (العربي الجديد)", "published": "2024-12-15",
     # published: the page's own date (15 كانون الأول 2024).
     "url": "https://news.easydownload21.com/ar/Article/65244/غارات-إسرائيلية-على-سورية-وانسحاب-روسي-من-مطار-القامشلي",
     "text": "غارات إسرائيلية على سورية وانسحاب روسي من مطار القامشلي\n\n15 كانون الأول 2024\nشن الطيران الإسرائيلي الليلة الماضية وفجر الأحد، عشرات الغارات على مواقع عسكرية في أنحاء سوريا في غضون ساعات، بعد نحو أسبوع على إطاحة فصائل المعارضة المسلحة برئيس النظام بشار الأسد، في وقت أظهرت مؤشرات على انسحاب روسي من مطار القامشلي. ورصد العربي الجديد إقلاع طائرتين روسيتين للشحن العسكري من مطار القامشلي الدولي بمحافظة الحسكة، في شمال شرق سورية، مع ترجيح اتجاههما نحو قاعدة حميميم الجوية العسكرية الروسية في اللاذقية. ويأتي ذلك وسط تقارير حول احتمالية الانسحاب الروسي الكامل...",
     # "مؤشرات على انسحاب روسي من مطار القامشلي" (signs of a withdrawal), cargo planes leaving:
     # withdrawing (a hedge, entered); Hmeimim only where the planes likely go: no entry.
     "gold": [gold(Q, "withdrawing", "2024-12-15")]},
    {"lang": "ar", "split": "held-out 19", "publisher": "الجزيرة نت (وول ستريت جورنال)", "published": "2024-12-18",
     # published: the date in the page's address.
     "url": "https://www.aljazeera.net/news/2024/12/18/%D8%B1%D9%88%D8%B3%D9%8A%D8%A7-%D8%AA%D9%86%D9%82%D9%84-%D8%B9%D8%AA%D8%A7%D8%AF%D8%A7-%D8%B9%D8%B3%D9%83%D8%B1%D9%8A%D8%A7-%D9%85%D8%AA%D8%B7%D9%88%D8%B1%D8%A7-%D9%85%D9%86",
     "text": "روسيا تنقل عتادا عسكريا متطورا من سوريا إلى ليبيا\n\nنقلت صحيفة وول ستريت جورنال عن مسؤولين أميركيين وليبيين قولهم إن روسيا تسحب عتادا عسكريا متطورا من قواعدها في سوريا وتنقله إلى ليبيا بعد أيام من سقوط نظام الرئيس المخلوع بشار الأسد.\n\nوقد أظهرت بيانات ملاحية أن طائرات شحن روسية أجرت رحلات عدة إلى قاعدة الخادم الليبية.\n\nوقال المسؤولون للصحيفة الأميركية إن طائرات شحن روسية نقلت معدات دفاع جوي متقدمة -بما في ذلك رادارات لأنظمة الدفاع الجوي \"إس-400″ و\"إس-300\"- من سوريا إلى قواعد في شرق ليبيا يسيطر عليها اللواء المتقاعد خليفة حفتر.\n\nوأكد المسؤولون أن روسيا تدرس تطوير منشآتها في طبرق شرقي ليبيا لاستيعاب السفن الروسية، لكن ليس واضحا إن كانت الأسلحة الروسية ستبقى في ليبيا أم ستنقل جوا إلى روسيا، وفقا للصحيفة.\n\nحركة الطيران الروسي من قاعدة حميميم باللاذقية إلى قاعدة الخادم قرب بنغازي الليبية",
     # Advanced equipment withdrawn "من قواعدها في سوريا", the flights shown "من قاعدة حميميم"
     # to al-Khadim (a map caption): Hmeimim withdrawing, as the seventeenth set reads
     # equipment flown from Hmeimim to Libya; al-Khadim and Tobruk are in Libya.
     "gold": [gold(HM, "withdrawing", "2024-12-18")]},
    {"lang": "ar", "split": "held-out 19", "publisher": "عرب تايم (المرصد السوري)", "published": "2024-12-22",
     # published: not on the stored page; after "14 كانون/ديسمبر" and still in the month of
     # Assad's asylum ("في وقت سابق من الشهر الجاري"): an estimate, the weakest of the set.
     "url": "https://arabtime.news/latest-news/international-and-arab-news/149664",
     "text": "في أول حادث منذ فرار الرئيس السوري بشار الأسد إلى موسكو، ردت القوات الروسية على قصف استهدف موقعا في اللاذقية.\nوقال المرصد السوري لحقوق الإنسان إن المضادات الأرضية للقوات الروسية المتمركزة في مطار حميميم بريف اللاذقية تصدت لهدف في أجواء المطار، حيث سمع دوي انفجار عنيف أعقبه إطلاق مضادات للطائرات البنادق.\nولم يعرف ما إذا كان الهدف صاروخا أم طائرة مسيرة حاولت استهداف المطار.\nومنذ 14 كانون عرب تايم/ديسمبر، بدأت روسيا بنقل المعدات من قواعدها في سوريا.\nانطلقت طائرات شحن عسكرية روسية من مطار حميميم، بعد تجمع رتل من الآليات العسكرية للقوات الروسية المنسحبة من مواقعها في سوريا، في قاعدة حميميم بريف اللاذقية.\nوبحسب المصادر فإن طائرات الشحن الروسية في حميميم والسفن في ميناء طرطوس نقلت دفعات من رعاياها وضباط وأفراد في القوات الروسية.",
     # Planes at Hmeimim and ships at Tartus "نقلت ... ضباط وأفراد في القوات الروسية" (carried
     # out officers and personnel of the force, listed with the nationals): both withdrawing;
     # the air defences "المتمركزة في مطار حميميم" are presence, which gives way to the
     # withdrawal of the same place.
     "gold": [gold(HM, "withdrawing", "2024-12-22"),
              gold(TA, "withdrawing", "2024-12-22")]},
    {"lang": "ar", "split": "held-out 19", "publisher": "الشرق (فيديو)", "published": "2024-12-14",
     # published: not on the stored page; Western reports of strategic arms being dismantled
     # after Assad's fall: an estimate, mid-December 2024.
     "url": "https://asharq.com/videos/148378/القواعد-الروسية-في-سوريا-إعادة-تموضع-أم-انسحاب",
     "text": "بعد سقوط نظام الرئيس السوري السابق بشار الأسد، تواجه روسيا تحدياً وجودياً للحفاظ على أهم أصولها الاستراتيجية في الشرق الأوسط: قاعدتي حميميم وطرطوس.\nهذه القواعد، التي تضمن لموسكو منفذها الوحيد على البحر المتوسط، وجسراً لوجستياً حيوياً لإفريقيا، بات مصيرها غامضاً.\nوبينما تجري مفاوضات مع القيادة السورية الجديدة، تشير تقارير غربية إلى بدء تفكيك أسلحة استراتيجية، ما يطرح سؤالاً حاسماً: هل تتجه روسيا نحو إعادة تموضع أم انسحاب؟",
     # Both bases' fate "غامضاً" (unclear), talks, a question whether Russia withdraws: no entry.
     "gold": []},
    # Russian --------------------------------------------------------------------------
    {"lang": "ru", "split": "held-out 19", "publisher": "РБК", "published": "2024-12-13",
     # published: not on the stored page; the time stamp in the address's id (675c7274, 13
     # December 2024).
     "url": "https://www.rbc.ru/rbcfreenews/675c72749a794700f5086dc2",
     "text": "FSNN сообщила о прибытии бортов Ил-76 на Хмеймим\n\nFSNN: самолеты Ил-76 прибыли на российскую базу Хмеймим в Сирии\n\nНесколько военно-транспортных самолетов приземлились на российской авиабазе Хмеймим в Сирии, сообщает Free Syria News Network (FSNN).\n\nИздание опубликовало видеозапись, на которой самолет Ил-76 с российским флагом заходит на посадку.\n\nМинобороны России о прибытии самолетов не сообщало.\n\nВ Сирии у российской армии два ключевых объекта: авиабаза в Хмеймиме и военно-морская база в Тартусе. В 2017 году Россия получила право на размещение там своих сил на безвозмездной основе сроком на 49 лет — до 2066 года.\n\nБудущее российского военного присутствия стало неопределенным после захвата власти повстанцами в начале декабря.",
     # Planes landing at Hmeimim, and "у российской армии два ключевых объекта" (the army has
     # two key facilities): both active; the uncertain future is no entry.
     "gold": [gold(HM, "active", "2024-12-13"),
              gold(TA, "active", "2024-12-13")]},
    {"lang": "ru", "split": "held-out 19", "publisher": "Ведомости", "published": "2024-12-20",
     # published: the date in the page's address.
     "url": "https://vedomosti.ru/politics/articles/2024/12/20/1082627-putin-rasskazal-o-sudbe-rossiiskih-baz-v-sirii",
     "text": "Путин рассказал о судьбе российских баз в Сирии\nПрезидент России впервые раскрыл детали падения ДамаскаРоссия планирует использовать военные базы в Сирии для доставки гуманитарной помощи жителям арабской республики, заявил 19 декабря в ходе прямой линии, совмещенной с ежегодной пресс-конференцией, президент Владимир Путин. При этом Москва пока не знает, сохранит ли она свои базы в Сирии. Это, по словам главы государства, будет зависеть от совпадения интересов с новым сирийским руководством, захватившим власть после свержения президента Башара Асада.\n«Подавляющее [число] из них [стран Ближнего Востока] говорит нам, что были бы заинтересованы, чтобы наши военные базы в Сирии остались. Не знаю, мы должны подумать над этим», – пояснил Путин. Российский лидер также подчеркнул, что Москва рассчитывает на мир и спокойствие в Сирии и поддерживает контакт со всеми сторонами.\nВ настоящее время российские военнослужащие присутствуют на военно-морской базе в Тартусе и авиабазе «Хмеймим» на северо-западе Сирии.",
     # "В настоящее время российские военнослужащие присутствуют на ... базе в Тартусе и
     # авиабазе «Хмеймим»": both active; whether they are kept, the plan to use them for aid
     # and others' interest are no entry.
     "gold": [gold(TA, "active", "2024-12-20"),
              gold(HM, "active", "2024-12-20")]},
    {"lang": "ru", "split": "held-out 19", "publisher": "WMA (ТАСС)", "published": "2024-12-09",
     # published: not on the stored page; the day after the night of 8 December it recounts,
     # with Peskov's and the UN envoy's first remarks: an estimate.
     "url": "https://wma.su/threads/postpred-sirii-v-oon-otvetil-na-vopros-o-buduschem-voennyh-baz-rossii.7379",
     "text": "Постоянный представитель Сирии при ООН Кусей ад-Дахак не смог дать конкретного ответа на вопрос о том, что будет с военными базами России в Тартусе и Хмеймиме.\n«У меня нет информации на этот счет, я дипломат», — сказал он журналистам (цитата по ТАСС).\nРанее пресс-секретарь президента России Дмитрий Песков назвал преждевременным разговор о сохранении присутствия в Сирии. Однако он подчеркнул важность вопроса о мерах безопасности российских военных баз, находящихся в стране. По его словам, российские военные принимают «все необходимые меры предосторожности».\nУ России в Сирии есть авиабаза Хмеймим и пункт материально-технического обеспечения в Тартусе.\nВ ночь на 8 декабря антиправительственные силы объявили о контроле над Дамаском. Президент Сирии Башар Асад покинул столицу, ему предоставили убежище в России.\nОставшийся в стране премьер Мухаммед Гази аль-Джаляли заявил, что вопрос о дальнейшем присутствии России в Сирии «не в его компетенции»: решение примут новые власти республики.",
     # "У России в Сирии есть авиабаза Хмеймим и пункт ... в Тартусе": both active; the
     # unanswered question of their future is no entry.
     "gold": [gold(HM, "active", "2024-12-09"),
              gold(TA, "active", "2024-12-09")]},
    {"lang": "ru", "split": "held-out 19", "publisher": "Коммерсантъ (RTVI)", "published": "2025-12-03",
     # published: the page's own date.
     "url": "https://www.kommersant.ru/doc/8250694",
     "text": "Российские военные базы в Сирии продолжают работать и вносят стабилизирующий фактор в регион, заявил заместитель главы МИД России Сергей Вершинин. По его словам, эти базы можно использовать для поступления и обработки гуманитарной помощи, которая поступает в Сирию по разным каналам.\n\n«Мы считаем, что эти базы и российское военное присутствие в том числе имеют стабилизирующую роль с точки зрения ситуации в Сирии и за ее пределами в целом в регионе. Главный, наверное, ответ на ваш вопрос состоит в том, что эти базы сейчас действуют, и они вносят хороший, стабилизирующий \"факт\" в общую ситуацию в этом регионе»,— заявил Сергей Вершинин в интервью RTVI.\n\nРоссийский военный контингент был направлен в Сирию в сентябре 2015 года для нейтрализации анклавов глобальных террористических группировок. В провинции Тартус находится 720-й пункт материально-технического обеспечения ВМФ России, а в провинции Латакия — авиабаза Хмеймим.",
     # The bases "продолжают работать", "сейчас действуют", named in the last sentence: both
     # active.
     "gold": [gold(TA, "active", "2025-12-03"),
              gold(HM, "active", "2025-12-03")]},
    {"lang": "ru", "split": "held-out 19", "publisher": "Ведомости (Kurdistan24)", "published": "2026-01-26",
     # published: the date in the page's address.
     "url": "https://www.vedomosti.ru/politics/articles/2026/01/26/1171856-pokidayut-li-voennie-el-kamishli",
     "text": "Покидают ли военные России аэродром Эль-Камышлы в курдском районе СирииИх приход туда в 2019 году был связан с миротворческой миссией, которой уже нет\nРоссийские военные, вероятно, эвакуируются из аэродрома у города Эль-Камышлы провинции Хасака на населенном курдами северо-востоке Сирии. С 2019 г. они использовали его для поддержки миротворческой миссии разведения курдских и протурецких формирований. Об этом сообщает базирующийся в Иракском Курдистане ресурс Kurdistan24.\nЭтот телеканал днем 26 января продемонстрировал кадры Ил-76 ВКС России с открытой аппарелью грузового люка. Также показан окопанный песчаным бруствером российский БТР на углу границы охранного периметра аэродрома. Курдские журналисты в своем комментарии к видео утверждают, что самолет прибыл забрать остающихся в Эль-Камышлы военнослужащих России.",
     # "вероятно, эвакуируются из аэродрома у города Эль-Камышлы", a plane come to take the
     # remaining soldiers: withdrawing (a hedge, entered). Honestly a retelling of the Qamishli
     # withdrawal other splits hold.
     "gold": [gold(Q, "withdrawing", "2026-01-26")]},
    {"lang": "ru", "split": "held-out 19", "publisher": "Коммерсантъ", "published": "2025-01-22",
     # published: not on the stored page; Al Watan's report of the cancellation, 21-22 January
     # 2025: an estimate.
     "url": "https://kommersant.ru/doc/7445872",
     "text": "Российские деньги лишились причала в Сирии\n\nДамаск разорвал соглашение с Москвой по Тартусу\n\nНовые власти Сирии объявили о расторжении инвестиционного договора с российской стороной об управлении портом Тартус. Контракт на расширение и модернизацию его гражданской инфраструктуры, рассчитанный на 49 лет, был в 2019 году заключен правительством Башара Асада с российской компанией «СТГ-Инжиниринг» в качестве оператора проекта. Сейчас интерес к модернизации сирийских портов проявляет Турция — главный покровитель пришедших к власти в Сирии группировок. Однако, по словам экспертов, о лишении России контроля над ее военными объектами в Средиземноморье речь пока не идет.",
     # A civilian port contract cancelled; the experts' "military facilities in the
     # Mediterranean" name none: no entry.
     "gold": []},
    {"lang": "ru", "split": "held-out 19", "publisher": "МК", "published": "2025-02-07",
     # published: the date in the page's address.
     "url": "https://www.mk.ru/politics/2025/02/07/v-sirii-nazvali-usloviya-sokhraneniya-rossiyskikh-voennykh-baz.html",
     "text": "Министр обороны сирийского правительства переходного периода Мурхаф Абу Касра рассказал газете The Washington Post, при каком условии Сирия сохранит на своей территории российские военные базы в Тартусе и Хмеймиме.\nСогласно заявлению главы сирийского военного ведомства, военные базы РФ на территории страны будут сохранены, если Сирия сумеет извлечь из этого выгоду.\nАбу Касра указал, что отношения между Москвой и новым руководством Сирии «значительно улучшились». Он объяснил это тем, что «в политике вечных врагов не бывает».",
     # The bases "будут сохранены, если ..." (kept if Syria gains): a condition, no entry.
     "gold": []},
    {"lang": "ru", "split": "held-out 19", "publisher": "Говорит Москва (Financial Times)", "published": "2024-12-19",
     # published: not on the stored page; the Financial Times interview of mid-December 2024 it
     # retells: an estimate.
     "url": "https://moskva.plus/ru/novye-vlasti-sirii-zaiavili-ob-otvode-chasti-voennykh-rf-iz-damaska-na-bazu-khmeimim-t-207866",
     "text": "Новые власти Сирии заявили об отводе части военных РФ из Дамаска на базу Хмеймим\nМосква вывела не менее 400 служащих. Об этом заявил член политбюро группировки «Хайят Тахрир аш-Шам» (признана террористической и запрещена в России) Камаль Лабабиди в интервью британской газете Financial Times. Подтверждения этой информации с российской стороны не поступало. Меры приняты в рамках координации с новыми властями арабской республики.",
     # Soldiers moved from the Damascus area to Hmeimim: Hmeimim only where they go, and no
     # facility they left is named: no entry.
     "gold": []},
]
