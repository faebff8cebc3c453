"""The twenty-third held-out set of the intake evaluation (see `bench.intake.corpus`).

Assembled on 2026-12-03 (evening) from the stored pages of the `search` tool (corpus
`pages`, queries in English, Arabic and Russian), before the pipeline ever ran on any of
it, and sealed: it is not registered in `bench/intake/corpus.py` or `__main__.py`. None of
its URLs is in another split (checked against the `url` lines of every
`bench/intake/corpus*.py`, the twenty-first and twenty-second sets included,
percent-decoded, scheme and "www." set aside, a stored URL that is a prefix of a new one,
or the other way round, counting as the same page; checked again just before the commit).
The stored pages are saturated: of about 150 candidate URLs checked, about 80 were in a
split already (nearly every page on Qamishli's withdrawal of January 2026, on the flights
to Hmeimim of October 2025 and on Zakharova's figure of March 2025 was taken).

24 reports (8 English, 8 Arabic, 8 Russian), December 2024 to January 2026. Publishers:
Business Standard (India, Reuters), NRI Page (India), Baohaiduong (Vietnam, English),
ukobiw.net (LA Times text), The Arab Posts, Zona Militar (English), WE News English,
Daily Sabah (Turkey); صحافتي (Egypt, aggregator), مدار 24, تواصل نيوز (تركيا عاجل),
عرب خبر, الجريدة (Kuwait), سبوتنيك عربي (sarabic.ae), Haberler Arabic (Turkey), يلا
سوريا نيوز; НСН, Postnews, TRT на русском, РБК-Украина (Russian text), НВ (Ukraine,
Russian text), Polit-news, Вфокусе Mail.ru, ВПК.name. Honestly: several reports retell wire
stories other splits hold in other words (Reuters' Peskov of 9 December 2024, Bloomberg's
talks of 13 December 2024, Reuters' Sharaa in Moscow of 15 October 2025, Bloomberg's
flights of 30 October 2025, Reuters' and AFP's Qamishli of 26-27 January 2026); many
publication dates are estimates from the text, each said in a comment; six reports have
no entry (a condition, talks on unnamed bases or on the bases' fate, a commercial port
contract). Each excerpt is as the search gave the stored page, cut to the paragraphs the
entries need (menus, image captions, a truncated last sentence left out). Every entry was
written down by hand from the text and committed before the pipeline first ran on these
reports.

Conventions of the sets before are kept (`bench/intake/gold.py`): a base the report says
is there now, in the report's present, is active at the publication date; civilians
sheltering in a base are the force's base at work, active; talks for forces to remain at a
named base are active; talks on the "fate" or "future" of the bases, named or not, a wish,
an expectation or a condition to keep them, and talks about unnamed bases are no entry;
the destination of forces moving (Hmeimim, for Qamishli's) is no entry of its own; ships
leaving a base that is kept is `reduced`; a commercial port contract is not the naval
facility.
"""

from bench.intake.gold import HM, Q, TA, gold

UNSEEN_23_REPORTS = [
    # English --------------------------------------------------------------------------
    {"lang": "en", "split": "held-out 23", "publisher": "Business Standard (India, Reuters)", "published": "2024-12-09",
     # published: the page's own date.
     "url": "https://www.business-standard.com/amp/world-news/kremlin-to-discuss-future-of-russian-bases-with-syria-s-new-rulers-124120900687_1.html",
     "text": "The Kremlin said on Monday that it was too early to say what the future would hold for Russia's military bases in Syria, adding that it would be the subject of discussion with the new rulers in Damascus.\n\nAfter a lightning advance of a militia alliance spearheaded by Hayat al-Tahrir al-Sham (HTS), a former al-Qaeda affiliate, Bashar al-Assad fled to Russia, raising questions about two strategically-important Russian military facilities in Syria.\n\nAsked about the future of the bases, Kremlin spokesman Dmitry Peskov said: \"It's premature to talk about it yet.\" \"This is all a subject for discussion with those who will be in power in Syria,\" Peskov said, adding that there was \"extreme instability\" in the country.\n\n\"Of course, everything is being done now that is necessary and everything that is possible in order to get in touch with those who can deal with security. And, of course, our military is also taking all necessary precautions,\" Peskov said.\n\nRussia's Hmeimim airbase in Syria's Latakia province a naval facility at Tartous on the coast.\n\nThe Tartous facility is Russia's only Mediterranean repair and replenishment hub, and Moscow has used Syria as a staging post to fly its military contractors in and out of Africa.",
     # "The Tartous facility is Russia's only Mediterranean repair and replenishment hub":
     # said to be Russia's now, active. The sentence that names "Russia's Hmeimim
     # airbase" has lost its verb on the page (Reuters' "Russia has its Hmeimim
     # airbase ... and a naval facility"): read as the wire wrote it, Hmeimim active too
     # (the author's call). The bases' future "a subject for discussion": no entry.
     "gold": [gold(TA, "active", "2024-12-09"),
              gold(HM, "active", "2024-12-09")]},
    {"lang": "en", "split": "held-out 23", "publisher": "Baohaiduong (Vietnam, English edition)", "published": "2024-12-10",
     # published: not on the stored page; Peskov "told reporters on December 9": an
     # estimate, the day after (the day itself also counts).
     "url": "https://baohaiduong.vn/en/dien-kremlin-binh-luan-ve-so-phan-cac-can-cu-quan-su-cua-nga-o-syria-400025.html",
     "text": "The Kremlin said it was too early to determine the future of Russia's military bases in Khmeimim and Tartus in Syria.\nAccording to RT (Russia), Kremlin spokesman Dmitry Peskov emphasized that discussions about these bases will depend on Syria's new leaders.\n“We are currently witnessing a period of transition and extreme instability,” Peskov told reporters on December 9. He noted that recent developments in Syria have taken the world, including Russia, by surprise. “It will take time before we can engage in serious dialogue with those in power,” he added.\nBut Mr Peskov said that Russian forces in Syria were taking all necessary measures to ensure the security of these military bases. He added that the safety of Russian military bases in Syria was a very important issue.\n“Of course, our military is taking all necessary defensive measures,” Mr. Peskov said when asked about the Kremlin's level of concern about the security of Russian bases there.\nRussian military forces are present at the Khmeimim Air Base and a logistics support center in Tartus, located in western Syria along the Mediterranean coast. In 2017, Moscow and Damascus agreed to deploy Russian troops at these bases for 49 years.",
     # "Russian military forces are present at the Khmeimim Air Base and a logistics
     # support center in Tartus": both active. "Too early to determine the future" is the
     # open question: no entry; the 2017 agreement is background.
     "gold": [gold(HM, "active", "2024-12-10", "2024-12-09"),
              gold(TA, "active", "2024-12-10", "2024-12-09")]},
    {"lang": "en", "split": "held-out 23", "publisher": "NRI Page (India)", "published": "2024-12-12",
     # published: the page's own date ("12 Dec 2024").
     "url": "https://nripage.com/kansas-city-ks/articles/general/2024/12/12/russias-loss-of-tartus-base-a-blow-to-naval-power-and-prestige",
     "text": "The potential fall of Syria’s Assad regime poses a serious challenge for Russia’s foreign policy and military strategy. One of Moscow's most prized assets from its involvement in Syria has been its naval base at Tartus, located on the Mediterranean coast. However, recent developments, including the departure of Russian warships from Tartus, signal that Moscow's long-term access to this crucial facility is at risk. This would be a major blow to Russia, which has historically strived for access to “warm waters” to maintain its naval power and project force globally.\nThe Tartus base has been central to Russia’s operations in the Mediterranean since 2013, serving as a replenishment and repair station for Russian warships. It has allowed Russia to maintain a significant naval presence in the region, conducting exercises and countering NATO influence. Without it, Russia would face substantial logistical challenges.\nIf Russia loses Tartus, its Mediterranean presence would be severely diminished, affecting its ability to project power and influence in the Middle East and beyond.",
     # "the departure of Russian warships from Tartus" from a base Moscow still has access
     # to (only "at risk"): ships leaving a base that is kept, reduced, at the
     # publication. "If Russia loses Tartus" is a condition: no entry.
     "gold": [gold(TA, "reduced", "2024-12-12")]},
    {"lang": "en", "split": "held-out 23", "publisher": "ukobiw.net (Los Angeles Times text)", "published": "2024-12-16",
     # published: the date in the page's address.
     "url": "https://ukobiw.net/world-nation/story/2024-12-16/russian-airbase-syria",
     "text": "At a Russian air base in Syria, questions loom over Moscow’s place in the country\nHMEIMIM AIR BASE, Syria — The Sukhoi fighter aircraft punched through the clouds, its growl echoing over Russia’s Hmeimim air base on Syria’s coast.\nAbu Zaid, a bearded militant with the Syrian rebel group Hayat Tahrir al Sham, cocked his ear toward the roar.\n“That sound … we used to be afraid of it when those planes would bomb us in Idlib,” he said, referring to a rebel-held province that was a frequent target of Russia’s campaign in support of the now-exiled Syrian President Bashar Assad.\nBut this time the Russian plane wasn’t on a bombing sortie. And Abu Zaid, rather than hiding in a rebels’ bastion, was standing at Hmeimim’s gate. He was part of a group of insurgents charged with protecting Russian soldiers who a mere eight days ago were his adversaries.\nSpeaking Monday from inside Hmeimim air base, a representative of Russia’s military — who refused to be named in line with military regulations — said relations with the rebels were “quite good.”\n“We don’t feel unsafe with the new government,” he said, adding that Russia had been coordinating with the new authorities for the last week and hoped to maintain friendly relations with the rebels’ new government.",
     # A Russian fighter over "Russia's Hmeimim air base", Russia's officer "speaking
     # Monday from inside" it: active, at the dateline's day.
     "gold": [gold(HM, "active", "2024-12-16")]},
    {"lang": "en", "split": "held-out 23", "publisher": "The Arab Posts (tag page)", "published": "2025-01-21",
     # published: not on the stored page (a tag page); the cancellation of the Tartus port
     # contract it reports was first told on 20-21 January 2025: an estimate.
     "url": "https://thearabposts.com/tag/tartous-port-lease",
     "text": "Syria’s new administration has cancelled a 49-year agreement with Russia to administer the port of Tartus which houses Moscow’s lone naval station in the Mediterranean.",
     # The port "which houses Moscow's lone naval station": the naval facility is there
     # now, active. The cancelled agreement is the commercial port's administration, not
     # the naval facility: no other entry.
     "gold": [gold(TA, "active", "2025-01-21")]},
    {"lang": "en", "split": "held-out 23", "publisher": "Zona Militar (English)", "published": "2025-02-03",
     # published: the date in the page's address.
     "url": "https://www.zona-militar.com/en/2025/02/03/the-russian-armed-forces-have-reportedly-begun-withdrawing-troops-and-equipment-from-the-strategic-tartus-naval-base-in-syria",
     "text": "Toward the end of January, new satellite images were published revealing clear indications that the Russian Armed Forces have begun withdrawing troops and equipment from the strategic Tartus Naval Base in Syria, aiming to avoid leaving behind a significant amount of supplies and combat systems. If confirmed in the coming days, this development coincides with Moscow’s ongoing reduction of its presence in the Khmeimim region, highlighting the significant impact of the collapse of Bashar al-Assad’s regime.\n\nExpanding on some details, the initial satellite images were reportedly taken by Maxar on January 25, according to U.S. specialized media. These images show two cargo ships at the Tartus Naval Base conducting loading operations. Specifically, the vessels in question appear to be the Sparta and Sparta II, both flying the Russian flag, which had remained near the destination for two days before being granted entry clearance to the port.\n\nAdditionally, later images taken by Planet Labs on January 27 reveal that a large group of vehicles, which had been gathered at one of the docks for weeks, was no longer present—suggesting they were loaded onto the cargo ships.",
     # "have begun withdrawing troops and equipment from the strategic Tartus Naval Base":
     # withdrawing (the publication, or the imagery of 25 and 27 January). "Moscow's
     # ongoing reduction of its presence in the Khmeimim region": Hmeimim reduced, at the
     # publication. "If confirmed" hedges the withdrawal, not the reduction (the
     # author's call: the report's headline states the withdrawal).
     "gold": [gold(TA, "withdrawing", "2025-02-03", "2025-01-25", "2025-01-27"),
              gold(HM, "reduced", "2025-02-03")]},
    {"lang": "en", "split": "held-out 23", "publisher": "WE News English", "published": "2025-10-15",
     # published: not on the stored page; Sharaa's talks with Putin "on Wednesday" (15
     # October 2025): an estimate, the same day.
     "url": "https://wenewsenglish.com/syrian-president-assures-putin-of-honouring-all-past-deals-with-russia",
     "text": "MOSCOW: Syrian President Ahmed al-Sharaa on Wednesday assured Russian President Vladimir Putin that his government would honour all past agreements with Moscow—a commitment that signals that Russia’s two main military bases in the country are safe.\nSharaa, who ousted former president Bashar al-Assad—a long-time Russian ally—last year, made the statement at the outset of his first official visit to Russia since assuming office.\n“There are bilateral relations and shared interests that bind us with Russia, and we respect all agreements made with it. We are working on redefining the nature of relations with Russia,” Sharaa, who was speaking in Arabic, told Putin.\nPresident Putin told Sharaa that Moscow was prepared to do everything possible to build on the “many interesting and constructive initiatives” previously discussed by both sides as they work to renew bilateral relations.\nAfter the meeting, which according to Russian state media lasted for more than two and a half hours, Moscow said it was ready to continue its role in Syria’s crude oil production.",
     # "Russia's two main military bases in the country are safe" names no base (the
     # excerpt stops before the paragraph that names them): no entry. Honouring past
     # agreements is a pledge, not a place.
     "gold": []},
    {"lang": "en", "split": "held-out 23", "publisher": "Daily Sabah (Turkey)", "published": "2026-01-27",
     # published: not on the stored page; the photo of "Jan. 27, 2026" and the departure
     # "on Tuesday" (27 January 2026): an estimate, the same day.
     "url": "https://www.dailysabah.com/world/mid-east/russia-pulls-troops-from-airport-in-northeast-syria/amp",
     "text": "Russia pulls troops from airport in northeast Syria\n\nRussia pulled its troops and equipment on Tuesday from an airport in northeast Syria, with reports saying the site was stripped of Russian flags and aircraft that had been visible a day earlier.\n\nRussian forces, which backed dictator Bashar Assad until his ouster in 2024, took over the Qamishli airport as a military base in November 2019 following a large-scale Turkish counterterrorism operation against the YPG.\n\nA Syrian military official in Hassakeh province in the country's northeast told AFP that \"Russian forces are withdrawing heavy equipment and weapons from Qamishli airport via aircraft to the Hemeimeem base,\" Russia's airbase on the Mediterranean coast.\n\nAn AFP correspondent saw a cargo plane bearing the Russian flag taking off from the airport in the city earlier on Tuesday.\n\n\"The last Russian plane has departed,\" a member of the YPG-led SDF guarding the facility told AFP.\n\nThe correspondent on Monday had seen Russian flags, cargo, helicopters and equipment such as radars inside the base, all of which were absent the following day.",
     # "Russia pulled its troops and equipment on Tuesday", "The last Russian plane has
     # departed", all of it absent the following day: Qamishli withdrawn on Tuesday 27
     # January (the official's "are withdrawing" is the same move, on its way). Hemeimeem
     # is where the equipment goes: no entry of its own.
     "gold": [gold(Q, "withdrawn", "2026-01-27")]},
    # Arabic ---------------------------------------------------------------------------
    {"lang": "ar", "split": "held-out 23", "publisher": "عرب خبر (arabkhabar.com)", "published": "2025-01-25",
     # published: the page's own date ("25th, January 2025").
     "url": "https://www.arabkhabar.com/a/4060871",
     "text": "مصادر تؤكد إلغاء سوريا عقد إدارة ميناء طرطوس مع شركة روسية\nكشفت مصادر سورية عن إلغاء الإدارة الجديدة عقد وقع في عهد الرئيس المخلوع بشار الأسد، مع شركة روسية لإدارة ميناء طرطوس وتشغيله، حسب ما نقلته وكالة \"رويترز\" عن ثلاثة رجال أعمال سوريين.\nوقال متحدثون باسم حكومة تصريف الأعمال السورية إنهم لا يستطيعون تأكيد التقارير ولم يرد البعض الآخر على طلبات للتعليق، وفق للوكالة ذاته.\nونقلت وكالة \"تاس\" الروسية عن مسؤول روسي تأكيده لإلغاء العقد مع شركة \"إس.تي.جي سترويترانسجاز\" الروسية، مشيرا إلى أن القرار اتخذ من جانب واحد، حيث لم تبلغ دمشق موسكو بقرارها رسميا بشأن إلغاء الاستثمار الروسي.\nوكانت صحيفة \"الوطن\" المحلية، نقلت عن مدير جمارك طرطوس رياض جودي، قوله إن \"العمل بالاتفاقية الموقع مع الشركة الروسية لاستثمار مرفأ طرطوس ألغي، وأصبحت إيرادات المرفأ بالكامل لصالح الدولة السورية\".",
     # The cancelled contract is a Russian company's running of the commercial port of
     # Tartus, not the naval facility, and no Russian force is spoken of: no entry.
     "gold": []},
    {"lang": "ar", "split": "held-out 23", "publisher": "صحافتي (Egypt, aggregator)", "published": "2025-02-14",
     # published: not on the stored page; Abu Qasra's Washington Post interview "أمس
     # الخميس": an estimate, the Friday after Thursday 13 February 2025.
     "url": "https://sahafati.com/eg/ar/frame/632/313991874",
     "text": "أعرب وزير الدفاع في الإدارة السورية الجديدة مرهف أبو قصرة، أمس الخميس، عن انفتاح بلاده على إبقاء القواعد الروسية \"طالما هناك اتفاق مع الكرملين يخدم مصالح سوريا\"، مشيرًا إلى أن دمشق بدأت \"مفاوضات حساسة\" مع الولايات المتحدة وتركيا بشأن وضع قواعدهما العسكرية.",
     # Keeping the Russian bases "طالما هناك اتفاق" (as long as there is a deal) is a
     # condition, and no base is named: no entry.
     "gold": []},
    {"lang": "ar", "split": "held-out 23", "publisher": "مدار 24 (madaar24.com)", "published": "2025-03-13",
     # published: not on the stored page; Zakharova's briefing "الخميس 13 / مارس": an
     # estimate, the same day.
     "url": "https://madaar24.com/?p=9908",
     "text": "كشفت المتحدثة باسم الخارجية الروسية، ماريا زاخاروفا، الخميس 13 / مارس عن عدد هائل من المواطنين السوريين الموجودين في قاعدة حميميم الروسية الجوية غرب سورية.\nوقالت زاخاروفا إن “القاعدة الجوية الروسية في سورية تؤوي حوالي 9 آلاف شخص يبحثون عن ملجأ من العنف”.\nواضافت ماريا زاخاروفا، في مؤتمر صحفي لها يوم الخميس إن الجنود الروس استقبلوا أكثر من 8000 سوري، وفقا لبيانات حتى يوم أمس، قد يكون عددهم زهاء 9000، معظمهم من النساء والأطفال.\nوقد قصدت عشرات العائلات السورية قاعدة حميميم للاحتماء بعد تدهور الأوضاع الأمنية في منطقة الساحل السوري، واعمال العنف الأخيرة.\nوبحسب ما نقلته وكالة RT حيث يقدر عدد المدنيين الذين تستضيفهم حميميم بالمئات، وقد وفر العسكريون الروس لهم مطبخا ميدانيا ومركزا طبيا وخياما، لكن الوضع الإنساني هناك لا يزال صعبا، كون القاعدة غير مهيئة لإقامة مثل هذه العدد الكبير من الناس.",
     # Syrians "الموجودين في قاعدة حميميم الروسية", the base "تؤوي" them and Russian
     # soldiers gave them a kitchen and tents: the force's base at work, active.
     "gold": [gold(HM, "active", "2025-03-13")]},
    {"lang": "ar", "split": "held-out 23", "publisher": "تواصل نيوز (تركيا عاجل)", "published": "2025-05-20",
     # published: not on the stored page; the attack "فجر الثلاثاء 20 مايو/أيار 2025",
     # "حتى لحظة إعداد هذا الخبر" no statement: an estimate, the same day or the next.
     "url": "https://news.twaslnews.com/%d8%aa%d8%b1%d9%83%d9%8a%d8%a7-%d8%b9%d8%a7%d8%ac%d9%84/634358",
     "text": "هجوم غير معروف على قاعدة روسية في سوريا.. تقارير عن سقوط قتلى واستنفار أمني حول حميميم\n\nضربات موجعة تعرضت لها القاعدة الجوية الروسية “حميميم” في سوريا، في هجوم لا تزال تفاصيله غير واضحة وسط تكتم رسمي من موسكو ودمشق، بينما تحدثت مصادر عن حالة استنفار أمني ومقتل جنود.\n\nوبحسب ما ترجم موقع تركيا عاجل، فقد تم تنفيذ الهجوم فجر الثلاثاء 20 مايو/أيار 2025 على القاعدة الواقعة في محافظة اللاذقية. وحتى لحظة إعداد هذا الخبر، لم تصدر أي بيانات رسمية من الحكومة الروسية أو السورية حول الهجوم أو هوية المنفذين.\n\nالمرصد السوري لحقوق الإنسان، الذي يتخذ من بريطانيا مقرًا له، أفاد بأن الهجوم نفذته مجموعة مسلحة مرتبطة بـ”هيئة تحرير الشام” من مناطق نفوذها قرب القاعدة، مرجّحًا أن يكون المهاجمون من الجهاديين الأجانب. وأكد المرصد مقتل 3 أشخاص، دون تحديد ما إذا كانوا من المهاجمين أم من القوات الروسية.",
     # "القاعدة الجوية الروسية حميميم" attacked, a security alert around it: the base is
     # Russia's and manned, active (an alert is no reinforcement). The attack is no change
     # of the force's posture.
     "gold": [gold(HM, "active", "2025-05-20", "2025-05-21")]},
    {"lang": "ar", "split": "held-out 23", "publisher": "الجريدة (Kuwait)", "published": "2025-10-13",
     # published: not on the stored page; Lavrov's remark that Damascus is "interested" in
     # keeping the bases (Monday 13 October 2025, two days before Sharaa's visit), and
     # Assad ousted "العام الماضي": an estimate.
     "url": "https://al-jareeda.com/archives/744391",
     "text": "أعلن وزير الخارجية الروسي سيرغي لافروف أن السلطات السورية “مهتمة” بالإبقاء على قاعدتين عسكريتين روسيتين على أراضيها.\nوتجري موسكو مناقشات مع القيادة السورية الجديدة بشأن الاحتفاظ بقاعدة بحرية وأخرى جوية، تمنحها موطئ قدم عسكرياً مهماً في المنطقة، منذ الإطاحة بحليفها الرئيس السابق بشار الأسد، العام الماضي.",
     # Talks on keeping "قاعدة بحرية وأخرى جوية" name no base, and Damascus' interest is
     # a wish: no entry (the convention gives talks an entry only for a named base).
     "gold": []},
    {"lang": "ar", "split": "held-out 23", "publisher": "سبوتنيك عربي (sarabic.ae)", "published": "2025-10-18",
     # published: the page's own date.
     "url": "https://sarabic.ae/20251018/%D8%A7%D9%84%D8%B4%D9%8A%D8%A8%D8%A7%D9%86%D9%8A-%D8%A7%D9%84%D9%82%D9%88%D8%A7%D8%B9%D8%AF-%D8%A7%D9%84%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D9%81%D9%8A-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D9%88%D8%AF%D9%88%D8%B1%D9%87%D8%A7-%D9%85%D9%88%D8%B6%D9%88%D8%B9-%D8%AA%D9%81%D8%A7%D9%88%D8%B6-%D8%A8%D9%8A%D9%86-%D8%AF%D9%85%D8%B4%D9%82-%D9%88%D9%85%D9%88%D8%B3%D9%83%D9%88-1106159693.html",
     "text": "الشيباني: القواعد الروسية في سوريا ودورها موضوع تفاوض بين دمشق وموسكو\nصرح وزير الخارجية السوري، أسعد الشيباني، بأن وجود القواعد الروسية في سوريا ودورها موضوع تفاوض حاليًا بين دمشق وموسكو.\nوقال خلال مقابلة مع وسائل إعلام سورية: \"القواعد الروسية محط تفاوض حاليا ومحط إعادة تعريف لها وما هو دورها، وهي أصبحت تقتصر على قاعدة طرطوس وقاعدة حميميم، والتعامل مع روسيا كان فيه تدرج ولم تحصل أي اتفاقيات جديدة، والاتفاقيات بين روسيا والنظام السابق معلقة، ولا نقبل بها\".",
     # "وهي أصبحت تقتصر على قاعدة طرطوس وقاعدة حميميم": the Russian bases are now only
     # Tartus and Hmeimim, both active at the interview's day. The talks on their
     # presence and role, and the suspended agreements, are the open question: no entry.
     "gold": [gold(TA, "active", "2025-10-18"),
              gold(HM, "active", "2025-10-18")]},
    {"lang": "ar", "split": "held-out 23", "publisher": "Haberler (Arabic edition, Turkey)", "published": "2026-01-26",
     # published: the page's own date ("26.01.2026 14:10").
     "url": "https://ar.haberler.com/arabic-news-19504288",
     "text": "بينما بدأت روسيا عملية الانسحاب التدريجي من مطار القامشلي في شمال شرق سوريا، حيث قامت بتحميل الطائرات الحربية والمروحيات والمعدات العسكرية على طائرات النقل، زادت هذه الخطوة من علامات الاستفهام حول التوازنات العسكرية والسياسية في المنطقة.\nتم الإبلاغ عن بدء انسحاب تدريجي للجنود الروس المتمركزين في مطار القامشلي بسوريا، مع الطائرات الحربية والمروحيات والمعدات العسكرية. وفقًا لمصادر محلية، تقوم طائرات النقل العسكرية إيلوشين التابعة للجيش الروسي بنقل العناصر التي تم جلبها إلى القاعدة إلى قاعدة حميميم الجوية في اللاذقية.\nتشير المصادر إلى وجود عدم يقين بشأن ما إذا كانت القوات الروسية ستغادر المنطقة بالكامل أم لا. تقول بعض التقارير إن جزءًا من الوحدات لا يزال في القامشلي، وخاصة أنظمة الدفاع الجوي وبعض الطائرات الحربية لا تزال مستمرة في الانتشار في المنطقة.",
     # "بدأت روسيا عملية الانسحاب التدريجي من مطار القامشلي", part of the units still
     # there: withdrawing. Hmeimim is the destination: no entry of its own.
     "gold": [gold(Q, "withdrawing", "2026-01-26")]},
    {"lang": "ar", "split": "held-out 23", "publisher": "يلا سوريا نيوز (halabtodaytv)", "published": "2026-01-27",
     # published: the page's note that the story was taken from its source "بتاريخ ٢٧
     # كانون الثاني ٢٠٢٦".
     "url": "https://yallasyrianews.com/a/90769",
     "text": "انسحاب روسي من مطار القامشلي: تحول عسكري وسياسي في شمال شرق سوريا\n\nبدأت القوات الروسية عملية سحب لوحداتها من مطار القامشلي، الواقع تحت سيطرة قوات سوريا الديمقراطية (قسد) في شمال شرق سوريا. تُعد هذه الخطوة مؤشرًا على إنهاء الوجود العسكري الروسي في هذه المنطقة، التي تسعى الحكومة السورية لاستعادة السيطرة عليها بشكل كامل.\nوفقًا لخمسة مصادر سورية تحدثت لوكالة رويترز يوم الاثنين الموافق 26 كانون الثاني 2026، فإن عملية الانسحاب قد انطلقت الأسبوع الماضي. وتشمل هذه العملية نقل مركبات عسكرية وأسلحة ثقيلة من القامشلي إلى قاعدة حميميم الجوية، الواقعة على الساحل الغربي لسوريا.\nعلى النقيض من هذا الانسحاب في الشمال الشرقي، من المتوقع أن تحافظ روسيا على وجودها العسكري القوي في غرب سوريا، لا سيما في قاعدتها الجوية بحميميم ومنشأتها البحرية على ساحل البحر الأبيض المتوسط، بحسب المصادر ذاتها.",
     # "بدأت القوات الروسية عملية سحب لوحداتها من مطار القامشلي": withdrawing (the
     # publication, or Reuters' Monday). Hmeimim is the vehicles' destination, and
     # "من المتوقع أن تحافظ روسيا" is an expectation (set 22's convention): no entry.
     "gold": [gold(Q, "withdrawing", "2026-01-27", "2026-01-26")]},
    # Russian --------------------------------------------------------------------------
    {"lang": "ru", "split": "held-out 23", "publisher": "НСН (Национальная служба новостей)", "published": "2024-12-13",
     # published: not on the stored page; Bloomberg's report of talks (13 December 2024)
     # it retells: an estimate, the same day.
     "url": "https://nsn.fm/in-the-world/smi-rossiya-vedet-peregovory-s-novymi-vlastyami-sirii-o-voennyh-bazah",
     "text": "СМИ: Россия ведет переговоры с новыми властями Сирии о военных базах\nРоссия почти договорилась с новыми властями Сирии о сохранении двух своих военных баз, сообщает агентство Bloomberg со ссылкой на источники в России и на Ближнем Востоке.\nРечь идет о базе ВМФ в Тартусе и авиабазе Хмеймим, которые Россия сможет использовать до 2066 года согласно действующему двустороннему договору.\nИсточники утверждают, что российские военные продолжат дислокацию на этих объектах, но ситуация остается нестабильной из-за внутреннего конфликта в Сирии. Подтвердить эти сведения у нового сирийского правительства агентству не удалось, в Кремле комментариев пока не дали.",
     # Talks for Russia's two bases to be kept, named ("базе ВМФ в Тартусе и авиабазе
     # Хмеймим"), forces that "продолжат дислокацию": talks for forces to remain at named
     # bases, both active (gold.py). The 2066 lease is background.
     "gold": [gold(TA, "active", "2024-12-13"),
              gold(HM, "active", "2024-12-13")]},
    {"lang": "ru", "split": "held-out 23", "publisher": "Postnews", "published": "2025-03-12",
     # published: not on the stored page; "недавний всплеск насилия" that began "6 марта":
     # an estimate, the week after.
     "url": "https://postnews.ru/a/34486",
     "text": "Кошелек или жизнь: как Россия может выиграть от протестов в Сирии?\nНедавний всплеск насилия в западных районах Сирии, где дислоцируются российские войска, неожиданно открыл для России возможность сохранить свои военные базы в Тартусе и Хмеймиме. Разбираемся, как насильственные беспорядки новой власти в Сирии парадоксальным образом улучшают перспективы России сохранить свое влияние в регионе.\nЧто произошло в Сирии?\nСамое жестокое за последние годы проявление беспричинного насилия в Сирии произошло в прибрежном регионе страны (провинции Латакия и Тартус). Там Россия уже давно держит две военные базы, которые, как она надеется, новые власти в Дамаске позволят ей сохранить.\nОжесточенные столкновения между сторонниками свергнутого президента Башара Асада с одной стороны и силами безопасности временного правительства Сирии и союзными им ополченцами с другой начались 6 марта после того, как первые устроили засаду на боевиков режима ХТШ (террористическая организация, запрещена в РФ).",
     # "где дислоцируются российские войска", "свои военные базы в Тартусе и Хмеймиме",
     # "Там Россия уже давно держит две военные базы": both bases Russia's and manned in
     # the report's present, active (the author's call: the sentence in the present
     # names the provinces, the one before names the bases). The chance and the hope to
     # keep them are no entry of their own.
     "gold": [gold(TA, "active", "2025-03-12"),
              gold(HM, "active", "2025-03-12")]},
    {"lang": "ru", "split": "held-out 23", "publisher": "TRT на русском", "published": "2025-07-30",
     # published: the page's own date.
     "url": "https://trt.global/russian/article/fe5458c183a0",
     "text": "Министр иностранных дел Сирии Эсаад Хасан аш-Шейбани отправится в Россию в четверг, сообщил источник Reuters. Это будет самый высокопоставленный сирийский чиновник, посетивший Москву после свержения союзника России Башара Асада в декабре и прихода к власти нового правительства.\n\nРоссия и новые власти Сирии ведут переговоры о надеждах Москвы продолжить эксплуатацию своих военно-морских и авиационных баз на северо-западе Сирии.\n\nВ конце июня спецпредставитель президента России по Ближнему Востоку Михаил Богданов заявил, что Москва находится в контакте с сирийскими властями относительно судьбы российских военных баз. «Мы ведем контакты, все пока работает. Надеюсь, что мы достигнем взаимопонимания», — передает его слова ТАСС.",
     # Talks on Moscow's hopes to go on using "своих военно-морских и авиационных баз"
     # (none named) and contacts on "судьбы российских военных баз": a hope and the fate,
     # no entry. Bogdanov's "все пока работает" is about the contacts.
     "gold": []},
    {"lang": "ru", "split": "held-out 23", "publisher": "РБК-Украина (Russian text)", "published": "2025-10-19",
     # published: the page's own date ("Воскресенье 19 октября 2025 22:49").
     "url": "https://www.rbc.ua/ukr/news/putin-zmig-domovitisya-liderom-siriyi-shchodo-1760884913.html",
     "text": "Путин не смог договориться с лидером Сирии по ключевому для себя вопросу\n\nВопрос о дальнейшей судьбе двух российских военных баз в Сирии остается нерешенным, несмотря на недавний визит сирийского лидера Ахмеда аш-Шаара и предложение Владимира Путина об \"углублении дружбы\".\n\nОб этом сообщает РБК-Украина со ссылкой на заявление министра иностранных дел Сирии Асаада аш-Шибани, которого цитирует Asharq Al-Awsat.\n\nВсе договоренности с Россией, заключенные при предыдущем режиме, пока приостановлены и считаются неприемлемыми, новые соглашения пока не достигнуты.\n\nКак отметил министр иностранных дел Сирии, во время визита в Москву Ахмед аш-Шаара обсудил вопросы дальнейшей судьбы бывшего президента Башара Асада, который после свержения бежал в Россию, а также возможные направления сотрудничества в случае урегулирования разногласий.",
     # "дальнейшей судьбе двух российских военных баз ... остается нерешенным": the bases'
     # fate, unnamed, an open question: no entry; suspended agreements are no place.
     "gold": []},
    {"lang": "ru", "split": "held-out 23", "publisher": "НВ (Ukraine, Russian text)", "published": "2025-10-30",
     # published: the page's own date.
     "url": "https://nv.ua/world/geopolitics/rossiya-vozobnovlyaet-aviasoobshchenie-s-siriey-smi-napisali-o-perevozke-samoletov-i-novyh-dogovorennostyah-50556821.html",
     "text": "По меньшей мере два российских военных самолета совершили рейсы в сирийский портовый город Латакия, где расположена авиабаза РФ Хмеймим. Об этом свидетельствуют данные сервиса отслеживания полетов Flightradar24, сообщает Bloomberg в четверг, 30 октября.\n\nСогласно информации агентства, транспортный самолет Ил-62М Воздушно-космических сил РФ 26 октября вылетел из Ливии в Латакию, а оттуда — в Московскую область. Кроме того, Ан-124−100 Руслан прибывал в Латакию трижды с 24 октября, последний раз — 29 октября.\n\nИсточник, близкий к Кремлю, подтвердил Bloomberg, что Россия возобновляет авиасообщение с Сирией.\n\nBloomberg напоминает, что Москва использует свои базы в Сирии для проекции военной силы на Ближнем Востоке и в Африке. Кроме авиабазы под Латакией, которая является ключевым логистическим узлом для операций РФ в регионе, Россия также имеет военно-морскую базу в порту Тартус — свое единственное стратегическое укрепление в Средиземном море.",
     # "где расположена авиабаза РФ Хмеймим", Russian planes calling there again, "авиабазы
     # под Латакией, которая является ключевым логистическим узлом": Hmeimim active.
     # "Россия также имеет военно-морскую базу в порту Тартус": Tartus active. Both at
     # the publication.
     "gold": [gold(HM, "active", "2025-10-30"),
              gold(TA, "active", "2025-10-30")]},
    {"lang": "ru", "split": "held-out 23", "publisher": "Polit-news", "published": "2025-10-31",
     # published: not on the stored page; Bloomberg's report (30 October 2025) of flights
     # "в конце октября": an estimate, the day after.
     "url": "https://polit-news.ru/load/mir/rossijskaja_aviabaza_v_sirii_prosnulas_chto_skryvaet_aktivnost_posle_polugoda_tishiny/5-1-0-5030",
     "text": "Российская авиагруппировка в Сирии возобновила полеты после длительной паузы\nАвиабаза «Хмеймим» в сирийской провинции Латакия вновь стала центром активности для российских военных самолетов после почти шестимесячного затишья. Как сообщает агентство Bloomberg со ссылкой на информацию сервиса мониторинга полетов Flightradar24, на базе зафиксировано движение воздушных судов.\nСогласно данным портала, активность проявляют как минимум два самолета. В конце октября военно-транспортный Ил-62М ВК России совершил перелет по маршруту Ливия – Латакия – Московская область. Одновременно с этим тяжелый самолет Ан-124-100 «Руслан» выполнил три захода на посадку в аэропорту Латакии, последний из которых был зарегистрирован в среду.\nИсточник, знакомый с ситуацией, подтвердил информацию о возобновлении авиасообщения с авиабазой.",
     # Hmeimim "вновь стала центром активности для российских военных самолетов": planes
     # calling at a base Russia holds, active (a resumption of flights is no
     # reinforcement of the force; the author's call, as the sets before).
     "gold": [gold(HM, "active", "2025-10-31", "2025-10-30")]},
    {"lang": "ru", "split": "held-out 23", "publisher": "Вфокусе Mail.ru", "published": "2025-12-28",
     # published: not on the stored page; al-Shibani's interview with Al Majalla, told
     # by news.mail.ru on 28 December 2025 ("в субботу, 27 декабря"): an estimate.
     "url": "https://vfokuse.mail.ru/article/v-sirii-rasskazali-pochemu-rossiya-ne-pomogla-basharu-asadu-69258316/",
     "text": "Аш-Шибани также прокомментировал ситуацию вокруг российских баз в Хмеймиме и Тартусе. Он уточнил, что если присутствие этих двух баз отвечает интересам Сирии, то российские войска могут оставаться в стране, в нынешнем виде они не служат никакой цели, но их не планирует оставлять в качестве докраций.",
     # "российских баз в Хмеймиме и Тартусе", which "в нынешнем виде" exist: both Russia's
     # now, active. Troops that "могут оставаться" if it serves Syria is a condition: no
     # entry of its own (the author's call: the condition frames the future, the naming
     # the present).
     "gold": [gold(HM, "active", "2025-12-28"),
              gold(TA, "active", "2025-12-28")]},
    {"lang": "ru", "split": "held-out 23", "publisher": "ВПК.name (topwar.ru)", "published": "2026-01-29",
     # published: the page's own date.
     "url": "https://vpk.name/news/1097793_lider_sirii_pribyl_v_moskvu_obsudit_dalneishee_razmeshenie_baz_vs_rf.html",
     "text": "Сирийский лидер, или, как его теперь называют, президент Сирии в переходный период Ахмед аш-Шараа во второй раз прибыл в Москву для встречи с президентом России Владимиром Путиным. По некоторой информации, помимо прочего, будет обсуждаться продолжение российского присутствия на базе Хмеймим в провинции Латакия на побережье Средиземного моря.\n\nВ рамках визита аш-Шараа планируется обсуждение ряда вопросов, в том числе касающихся российских военных баз в Сирии, размещения ВС РФ в юго-западных районах Арабской Республики и взаимодействия между странами в сфере экономики.\n\nРанее сообщалось, что российские войска по согласованию с Дамаском покинули вертолетный аэродром в Эль-Камышлы на северо-востоке Сирии, где в настоящее время происходят боестолкновения между сирийскими и курдскими формированиями.",
     # "российские войска ... покинули вертолетный аэродром в Эль-Камышлы": Qamishli
     # withdrawn (the publication, or the last flight of 27 January told elsewhere; the
     # report gives no day). "продолжение российского присутствия на базе Хмеймим" to be
     # discussed: talks about Russia's presence at a named base, Hmeimim active (set 22's
     # convention; the author's call, as the talks are still to come). Talks on "российских
     # военных баз" unnamed and forces in the south-west are no entry.
     "gold": [gold(Q, "withdrawn", "2026-01-29", "2026-01-27"),
              gold(HM, "active", "2026-01-29")]},
]
