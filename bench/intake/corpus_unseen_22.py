"""The twenty-second held-out set of the intake evaluation (see `bench.intake.corpus`).

Assembled on 2026-12-03 (evening) from the stored pages of the `search` tool (corpus
`pages`, queries in English, Arabic and Russian), before the pipeline ever ran on any of
it; none of its URLs is in another split or in the twenty-first set assembled at the same
time (checked against the `url` lines of every `bench/intake/corpus*.py` and of
`corpus_unseen_21.py`, percent-decoded, scheme and "www." set aside, a stored URL that is a
prefix of a new one, or the other way round, counting as the same page; checked again just
before the commit). The stored pages are saturated: of about 135 candidate URLs checked,
about 55 were in a split already, and three more (Vesti.az, US Russki News, العربي
الجديد) were taken by the twenty-first set while this one was assembled, and left out.
24 reports (8 English, 8 Arabic, 8 Russian), December 2024's aftermath to January 2026,
chosen for moments of 2025 and 2026: Hmeimim after the coastal violence of March 2025
(civilians sheltering in it, Russian forces deployed around it), statements by Syrian
officials on the bases (Abu Qasra in February 2025, al-Shaibani in October and November
2025), the talks of the two Kremlin visits (October 2025, January 2026), Qamishli named as
Russia's in October 2025 and left in January 2026. Publishers: Avia.pro (English),
SouthFront (English), TASS, Conservative News Briefing (The Cradle), Daily8 (India, AFP),
News-Pravda's Turkey edition (English), World Israel News, London News; الشروق (Algeria),
المشهد (UAE), وان العراق (Iraq), World News Syria, دليل 24, الجزيرة نت, الشرق الأوسط,
Entrevue Arabia; Мой Запорожье, Газета Метро, RTVI, Монокль, Взгляд, 24 Канал (Ukraine),
Новости Твери, Mediamonitoring.am (Armenia). Honestly: seven reports tell of Hmeimim in
March 2025 (three of them Zakharova's figure of 13 March), three of Qamishli's withdrawal
retell Reuters' story of 26 January 2026, and many publication dates are estimates from the
text, each said in a comment. Each excerpt is as the search gave the stored page, cut to
the paragraphs the entries need (image tags, menus and a truncated last sentence left out).
Every entry was written down by hand from the text and committed before the pipeline first
ran on these reports.

Conventions of the sets before are kept: a base the report says is there now, in the
report's present, is active at the publication date; civilians sheltering in a base are
the force's base at work, active; forces deployed around a base and positions there
reinforced make it reinforced; talks on the "fate" or "future" of the bases, a wish to
keep them (Israel's lobbying), a condition ("as long as") or an expectation to keep them are
no entry; talks about Russia's use of, or its presence at, a named base are about forces
there, active; the destination of forces moving (Hmeimim, for Qamishli's) is no entry of its
own; a plan or a request to leave is no entry; Syrian forces told to leave their positions
are not Russia's.
"""

from bench.intake.gold import HM, Q, TA, gold

UNSEEN_22_REPORTS = [
    # English --------------------------------------------------------------------------
    {"lang": "en", "split": "held-out 22", "publisher": "Avia.pro (English)", "published": "2025-03-25",
     # published: not on the stored page; the operation "on the morning of March 25, 2025"
     # it reports: an estimate, the same day.
     "url": "https://avia-pro.net/news/rossiyskie-voyska-vyshli-za-predely-baz-v-sirii",
     "text": "On the morning of March 25, 2025, the Russian military began an operation to deploy its forces in the coastal zone of Syria, focusing on the cities surrounding the Khmeimim airbase in Latakia province. This was reported by the Militarist Telegram channel, noting that this was the first time Russian troops had gone beyond the two main bases - Khmeimim and Tartus - since the overthrow of President Bashar al-Assad in December 2024. According to the channel, the settlements of Al-Qubaisiya, Bahdarmo and Khirbet al-Ashar, located near the strategically important facility, have already come under the control of Russian forces.\nThe main objective of the operation is said to be to secure the Khmeimim air base, which remains a key Russian outpost in the region. The deployment is also aimed at protecting more than 7 Alawites, a religious minority closely associated with the former Assad regime, who have taken refuge at the base. The move comes amid growing chaos in Syria’s coastal areas, where violent clashes have erupted between the new government and supporters of the ousted leader since the fall of the previous regime.",
     # Forces deployed around the base to secure it (as set 17's Syrializm): Hmeimim
     # reinforced, at the day of the operation. The villages taken near it are landmarks of
     # that deployment, no facility of their own (the author's call); Tartus, only named as
     # a base troops went beyond, has no entry.
     "gold": [gold(HM, "reinforced", "2025-03-25")]},
    {"lang": "en", "split": "held-out 22", "publisher": "SouthFront (Arabic site, English text)", "published": "2025-03-26",
     # published: not on the stored page; Erem News' report "on March 25" it cites: an
     # estimate, the day after.
     "url": "https://arab.southfront.press/russian-forces-expanded-control-outside-khmeimim-air-base-on-syrian-coast",
     "text": "The Russian military group in Syria deployed forces in several towns adjacent to Khmeimim Air Base on the coast, Erem News reported on March 25, citing sources from the region.\nEarlier this month, the air base, which represents the focal point of Russian military deployment in Syria, opened its doors to nearly 10,000 civilians who fled a government crackdown targeting mainly members of the Alawite religious minority, which former Syrian president Bashar al-Assad belongs to.\nThe crackdown went on for over a week, leaving more than 1,600 civilians, mostly Alawites, dead, according to the London-based Syrian Observatory for Human Rights.\nRussian forces reinforced their positions around Khmeimim in recent days, according to Erem News, which said that Syrian military and security personnel stationed around the air base were instructed to evacuate all their positions and withdraw, allowing Russian forces to take over in order to “secure and protect” the base.",
     # "Russian forces reinforced their positions around Khmeimim": reinforced (the
     # publication, or Erem's day). The Syrian personnel told "to evacuate ... and withdraw"
     # are not Russia's: Hmeimim is never left.
     "gold": [gold(HM, "reinforced", "2025-03-26", "2025-03-25")]},
    {"lang": "en", "split": "held-out 22", "publisher": "TASS", "published": "2025-04-25",
     # published: the page's own date.
     "url": "https://tass.com/politics/1949719",
     "text": "UNITED NATIONS, April 25. /TASS/. Some Syrians have sought refuge at Russia’s Hmeimim Air Base to escape violence in the provinces of Latakia and Tartus, Moscow’s Permanent Representative to the United Nations Vasily Nebenzya said.\n\n\"The situation in the coastal areas, primarily in the provinces of Latakia and Tartus, remains alarming as the level of tensions and instability remains high there. These regions have not yet recovered from the tragic events that claimed civilian lives, mostly members of the Alawite community, and forced thousands to leave their homes,\" he noted at a UN Security Council meeting on Syria. \"We would like to point out that many of those who were affected by or fled violence found temporary refuge abroad, while some took shelter at Russia’s Hmeimim air bases, where they are still staying,\" the Russian envoy added.",
     # People sheltering at "Russia's Hmeimim air bases, where they are still staying":
     # active. "Tartus" here is the province, not the naval facility: no entry.
     "gold": [gold(HM, "active", "2025-04-25")]},
    {"lang": "en", "split": "held-out 22", "publisher": "Conservative News Briefing (The Cradle)", "published": "2025-03-15",
     # published: the page's own date ("March 15, 2025").
     "url": "https://conservativenewsbriefing.com/uncategorized/thousands-of-syrian-alawites-still-stuck-at-russian-base-one-week-after-massacres",
     "text": "March 15, 2025\nThousands Of Syrian Alawites Still Stuck At Russian Base One Week After Massacres\n\nVia The Cradle\n\nThousands of Syrian Alawites continue to seek sanctuary at a Russian air base, fearing for their lives in the wake of a series of horrific sectarian massacres carried out by Syrian government-affiliated extremist armed groups.\n\nRussian Foreign Ministry spokeswoman Maria Zakharova said on Thursday that about 9,000 people were seeking refuge at Hmeimim, an air base established by Russia as part of its 2015 intervention in the US-backed war that began in 2011 to topple the Syrian government of former president Bashar al-Assad.\n\nThousands of people have been sheltering at the Hmeimim Air Base near the coastal city of Jablah since March 7, when extremist militants went from house to house in predominantly Alawite towns and villages, killing residents and looting and burning their homes.\n\nA few Alawites have left the base, seeking to return to their houses.",
     # Thousands sheltering at the Hmeimim Air Base: active. "A few Alawites have left the
     # base" are civilians, not the force.
     "gold": [gold(HM, "active", "2025-03-15")]},
    {"lang": "en", "split": "held-out 22", "publisher": "Daily8 (India, AFP)", "published": "2025-07-31",
     # published: not on the stored page; al-Shaibani's talks in Moscow with Lavrov (31 July
     # 2025): an estimate, the same day.
     "url": "https://www.daily8.com/en/article/a476f531855ff31f9c136cc98e7aa3b9",
     "text": "Russia, Syria to bolster ties, review Assad-era agreements\nSyrian Foreign Minister Asaad al-Shaibani appealed for Russia's support at talks in Moscow, where Assad had reportedly fled after he was ousted after a lightning offensive by rebels last year.\nIt was the first time a high-ranking Syrian official visited Russia, formerly Assad's biggest backer, since he was overthrown.\n\"Of course, we are interested in having Russia by our side,\" Mr. Shaibani told his Russian counterpart Sergei Lavrov, but said there were factors complicating relations.\nRussia's naval base in Tartus and its air base at Hmeimim — both on Syria's Mediterranean coast — are Moscow's only official military outposts outside the former Soviet Union.\nMoscow had used the bases extensively during its intervention in the civil war on Assad's side in 2015, with heavy air bombardments of rebel-held areas.\nIt was unclear whether the new Islamist government will allow Moscow to keep its outposts in the country.\nMr. Lavrov said Moscow was ready to help Syria rebuild after more than a decade of devastating conflict and to review \"agreements and contracts concluded under different conditions.\"\nNeither of the Ministers mentioned whether the military bases lease, which lasts till 2066, was under discussion.",
     # Both bases "are Moscow's only official military outposts": said to be Russia's now,
     # active. Whether Moscow may keep them, and the lease, are open questions: no entry.
     "gold": [gold(TA, "active", "2025-07-31"),
              gold(HM, "active", "2025-07-31")]},
    {"lang": "en", "split": "held-out 22", "publisher": "News-Pravda (Turkey edition, English)", "published": "2025-03-01",
     # published: the date in the page's address.
     "url": "https://turkey.news-pravda.com/en/world/2025/03/01/4831.html",
     "text": "Israel supports the preservation of Russian bases in Syria\n\nThe Reuters edition writes that Israel is lobbying the United States for the need to maintain the Russian presence in Syria in order to counter the influence of Turkey. The Khmeimim airbase and the Russian Navy's military training center in Tartus still remain there.\n\nThe Israeli authorities fear that the Turks will support the Islamist \"government\" led by Abu Muhammad al-Julani, which, if it recovers, will turn its weapons on Jerusalem and support the Palestinians.\n\nIn this context, as long as our bases remain in Latakia and Tartus, the possibility that Syria will become a terrorist ISIS 2.0 or a Turkish vilayet is much less. This is beneficial not only to Israel, but also to Russia.",
     # "The Khmeimim airbase and the Russian Navy's ... center in Tartus still remain there":
     # both active. Israel's lobbying to maintain them is a wish, "as long as our bases
     # remain" a condition: no further entry.
     "gold": [gold(HM, "active", "2025-03-01"),
              gold(TA, "active", "2025-03-01")]},
    {"lang": "en", "split": "held-out 22", "publisher": "World Israel News (Jewish Breaking News)", "published": "2025-03-03",
     # published: the page's own date ("March 3, 2025").
     "url": "https://worldisraelnews.com/israel-pushes-to-keep-russian-bases-in-syria-as-turkish-threat-grows/",
     "text": "Israel pushes to keep Russian bases in Syria as Turkish threat grows March 3, 2025A Russian military vehicle drives toward the Hmeimim Air Base, a Syrian airbase located southeast of the city of Latakia in the town of Hmeimim, Syria, Monday Dec. 16, 2024. (AP Photo/Leo Correa)(AP Photo/Leo Correa)Israel pushes to keep Russian bases in Syria as Turkish threat grows Tweet WhatsApp Email https://worldisraelnews.com/israel-pushes-to-keep-russian-bases-in-syria-as-turkish-threat-grows/ Email Print Turkish President Recep Tayyip Erdoğan has previously called for an alliance of Islamic countries in Syria against what he described as Israel’s ‘expansionist policies.’By Jewish Breaking NewsTurkey’s ever-growing influence in post-Assad Syria has Israel nervous, with Israeli officials now lobbying Washington to maintain Russian military bases as a counterweight.At the heart of Israel’s anxiety is the rise of Hayat Tahrir al-Sham (HTS), the Islamist group now leading Syria’s new government.",
     # Israel's lobbying "to maintain Russian military bases" (none named) is a wish; the
     # photo caption of 16 December 2024, a vehicle driving toward Hmeimim, is an earlier
     # picture and a move's goal: no entry.
     "gold": []},
    {"lang": "en", "split": "held-out 22", "publisher": "London News", "published": "2026-01-27",
     # published: not on the stored page; Reuters' report "on Monday" (26 January 2026) it
     # retells: an estimate, the day after.
     "url": "https://london-news.net/russia-begins-troop-withdrawals-from-strategic-base-in-northeast-syria",
     "text": "Russia Begins Troop Withdrawals from Strategic Base in Northeast Syria\n\nRussia has initiated the withdrawal of its troops from Qamishli airport, located in northeastern Syria, a development that may herald the conclusion of its military presence in the area, as reported by Reuters on Monday, citing five Syrian sources.\n\nIn recent days, military assets and heavy weaponry have been reallocated to Russia’s Khmeimim airbase on the western coast of Syria. According to the sources, some Russian forces are expected to relocate to the Khmeimim base, while others will head back to Russia.\n\nRussian military personnel have been based at Qamishli airport since 2019. This facility, positioned in the capital of Syria’s Kurdish region, has played a vital role as a monitoring post for northeastern Syria and as a logistical center for troop movements.\n\nAdditionally, last week, the Kommersant business daily mentioned an unconfirmed Syrian source stating that Damascus might soon request Russia to vacate the Qamishli base, asserting that “there’s nothing for them [the Russians] to do there.”",
     # "has initiated the withdrawal of its troops from Qamishli airport": withdrawing (the
     # Monday of Reuters' report, or the publication). Hmeimim is where the forces and
     # weapons go: no entry; Damascus' possible request is no entry.
     "gold": [gold(Q, "withdrawing", "2026-01-26", "2026-01-27")]},
    # Arabic ---------------------------------------------------------------------------
    {"lang": "ar", "split": "held-out 22", "publisher": "الشروق أونلاين (Algeria)", "published": "2025-03-10",
     # published: not on the stored page; the reports "هذا الأسبوع" of civilians sheltering
     # at the base after 7 March 2025: an estimate, early in the week after.
     "url": "https://www.echoroukonline.com/%D8%AA%D9%82%D8%A7%D8%B1%D9%8A%D8%B1-%D8%A5%D8%B9%D9%84%D8%A7%D9%85%D9%8A%D8%A9-%D9%82%D8%A7%D8%B9%D8%AF%D8%A9-%D8%AD%D9%85%D9%8A%D9%85%D9%8A%D9%85-%D8%A7%D9%84%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D9%81",
     "text": "تقارير إعلامية: قاعدة حميميم الروسية في سوريا تؤوي مدنيين سوريين\n\nتناقلت وسائل إعلام دولية هذا الأسبوع، تقارير مفادها أن مواطنين سوريين يحتمون في قاعدة حميميم العسكرية الروسية جنوبي اللاذقية، هربا مما وصفوه بـ”المجازر المرتكبة” ضد المدنيين في المنطقة.\nوتعتبر قاعدة حميميم آخر القواعد الروسية في سوريا، وتقع بجوار المطار المدني في اللاذقية، وسط منطقة سكنية للطائفة العلوية. التي ينتمي إليها الرئيس السوري السابق بشار الأسد.\nوقالت إذاعة فرنسا الدولية إن “القوات الروسية تقدّم ملاجئ مؤقتة وطعامًا للاجئين وبعض المقاتلين الموالين للنظام السابق”. كما نقلت عن أحد اللاجئين قوله:”لجأنا إلى القاعدة الروسية لأنها كانت المكان الآمن الوحيد بالقرب من قريتنا”.",
     # Civilians sheltering in the Hmeimim base, Russian forces giving them shelter: active.
     # "آخر القواعد الروسية" (the last Russian base) names no other base: Tartus has no
     # entry (the author's call).
     "gold": [gold(HM, "active", "2025-03-10")]},
    {"lang": "ar", "split": "held-out 22", "publisher": "المشهد (UAE, Reuters)", "published": "2025-03-13",
     # published: not on the stored page; Zakharova's briefing "اليوم الخميس" (13 March
     # 2025): an estimate, the same day.
     "url": "https://almashhad.com/article/773112298002792-News/855666522557669-%D9%85%D9%88%D8%B3%D9%83%D9%88-9-%D8%A2%D9%84%D8%A7%D9%81-%D8%B4%D8%AE%D8%B5-%D9%8A%D8%AD%D8%AA%D9%85%D9%88%D9%86-%D9%85%D9%86-%D8%A7%D9%84%D8%B9%D9%86%D9%81-%D9%81%D9%8A-%D9%82%D8%A7%D8%B9%D8%AF%D8%AA%D9%86%D8%A7-%D8%A7%D9%84%D8%AC%D9%88%D9%8A%D8%A9-%D8%A8%D8%B3%D9%88%D8%B1%D9%8A%D8%A7/",
     "text": "أعلنت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا اليوم الخميس إن قاعدتها العسكرية في حميميم بسوريا تؤوي نحو 9 آلاف ممن سعوا لملاذ من موجة عنف طائفي.وأضافت أن موسكو مصدومة من الأحداث التي تشهدها سوريا وتأمل في محاسبة المسؤولين عن العنف ومعاقبتهم.وتابعت:نتواصل مع السلطات السورية بشأن سلامة مواطنينا ومنشآتنا.نأمل في أن تتم معاقبة المسؤولين عن تلك الأحداث في الساحل السوري.",
     # Russia's base at Hmeimim "تؤوي نحو 9 آلاف" (shelters about 9,000): active.
     "gold": [gold(HM, "active", "2025-03-13")]},
    {"lang": "ar", "split": "held-out 22", "publisher": "وان العراق (Iraq, Reuters)", "published": "2025-03-13",
     # published: not on the stored page; Zakharova's figure of 13 March 2025: an estimate,
     # the same day.
     "url": "https://wnairaq.com/%D8%A7%D9%82%D9%84%D9%8A%D9%85%D9%8A-%D9%88%D8%AF%D9%88%D9%84%D9%8A-1/%D9%82%D8%A7%D8%B9%D8%AF%D8%A9-%D8%AD%D9%85%D9%8A%D9%85%D9%8A%D9%85-%D8%AA%D8%B3%D8%AA%D8%B6%D9%8A%D9%81-8-%D8%A2%D9%84%D8%A7%D9%81-%D8%B3%D9%88%D8%B1%D9%8A-%D9%81%D8%B1%D9%88%D8%A7-%D9%85%D9%86-%D8%A7%D9%84%D8%B9%D9%86%D9%81",
     "text": "أعلنت وزارة الخارجية الروسية أنها فتحت أبواب قاعدتها العسكرية في حميميم فيأمام أكثر من 8 آلاف شخص.\nوقال الخارجية، بحسب وكالة \"رويترز\"، إن أولئك الأشخاص \"فروا من الاشتباكات وأعمال العنف التي خلفت أكثر من ألف قتيل مدني في منطقة الساحل غربي البلاد\".وقالت المتحدثة باسم الوزارة ماريا زاخاروفا: \"استقبل جيشنا أكثر من 8000 سوري، وفقا لإحصاءات الأمس... وربما حتى ما يقرب من 9000. وهؤلاء معظمهم من النساء والأطفال\".",
     # Russia opened its base at Hmeimim to more than 8,000 people, "استقبل جيشنا": active
     # (the page's own typo "فيأمام" kept).
     "gold": [gold(HM, "active", "2025-03-13")]},
    {"lang": "ar", "split": "held-out 22", "publisher": "World News Syria (اخبار سوريا والعالم)", "published": "2025-03-25",
     # published: not on the stored page; the deployment around the base reported on 25
     # March 2025 (Erem News, as SouthFront above): an estimate.
     "url": "https://worldnews-sy.net/?p=380903",
     "text": "أفادت مصادر متقاطعة من اللاجئين السوريين والسكان المحليين في الساحل السوري أن القوات العسكرية الروسية انتشرت في عدد من القرى المحيطة بقاعدة حميميم للمرة الأولى منذ سقوط النظام السوري في ديسمبر 2024.\nيأتي هذا الانتشار بالتزامن مع تكثيف الطلعات الجوية الروسية في المنطقة، حيث تخترق الطائرات الروسية الصمت الذي يعيشه الأهالي.\nوأوضحت مصادر محلية أن القوات الروسية عززت نقاطها حول قاعدة حميميم وأوعزت لعناصر الأمن العام والدفاع السوري بإخلاء نقاطهم في محيط القاعدة، ليتم تسلمها من قبل القوات الروسية بحجة تأمين المطار وحمايته.\nوتضيف المصادر أن الانتشار الروسي يهدف أيضاً إلى حماية المدنيين الذين يلجأون إلى القاعدة أو القرى المحيطة بها من الهجمات المستمرة.",
     # "عززت نقاطها حول قاعدة حميميم" (reinforced its points around the base): reinforced.
     # The Syrian security forces told "بإخلاء نقاطهم" are not Russia's, and the points
     # "تسلمها" by Russian forces are handed to Russia, not by it.
     "gold": [gold(HM, "reinforced", "2025-03-25")]},
    {"lang": "ar", "split": "held-out 22", "publisher": "دليل 24 (Delil24)", "published": "2025-10-19",
     # published: not on the stored page; al-Shaibani's interview "مساء السبت" (Saturday 18
     # October 2025): an estimate, the day after.
     "url": "https://delil24.com/ar/الشيباني-نعيد-تقييم-دور-القواعد-الروس",
     "text": "الشيباني: نعيد تقييم دور القواعد الروسية في طرطوس وحميميم\nقال وزير الخارجية السوري في الحكومة الانتقالية أسعد الشيباني إن الحكومة السورية تعيد تقييم الدور الحالي للقوات الروسية في البلاد، ولا سيما في قاعدتي حميميم وطرطوس، مؤكداً أن المرحلة الجديدة تتطلب “إعادة ضبط” العلاقات مع موسكو بما يخدم مصالح الشعب السوري.\nوفي مقابلة مع قناة الإخبارية السورية مساء السبت، تساءل الشيباني: “ما هو دور القواعد الروسية الآن في سوريا؟”، كاشفاً عن اجتماع عقد يوم السادس من ديسمبر 2024 بتوجيه من رئيس الحكومة السورية الانتقالية أحمد الشرع مع الجانب الروسي، قبل يومين من سقوط نظام بشار الأسد، بهدف تحييد القوات الروسية عن المعارك التي كانت تجري آنذاك لإسقاط النظام السابق.",
     # "الدور الحالي للقوات الروسية ... في قاعدتي حميميم وطرطوس" (the present role of Russian
     # forces at the two bases): both there now, active (the publication, or the interview).
     # The re-evaluation is an open question: no other entry.
     "gold": [gold(HM, "active", "2025-10-19", "2025-10-18"),
              gold(TA, "active", "2025-10-19", "2025-10-18")]},
    {"lang": "ar", "split": "held-out 22", "publisher": "الجزيرة نت", "published": "2025-10-15",
     # published: the page's own date.
     "url": "https://www.aljazeera.net/news/2025/10/15/%D8%A7%D9%84%D8%B4%D8%B1%D8%B9-%D9%8A%D8%B5%D9%84-%D8%B1%D9%88%D8%B3%D9%8A%D8%A7-%D9%88%D9%8A%D8%B7%D8%A7%D9%84%D8%A8-%D8%A8%D8%AA%D8%B3%D9%84%D9%8A%D9%85-%D8%A7%D9%84%D8%A3%D8%B3%D8%AF?traffic_source=rss",
     "text": "وصل الرئيس السوري أحمد الشرع -اليوم الأربعاء- إلى موسكو في أول زيارة رسمية لإجراء مباحثات مع نظيره الروسي فلاديمير بوتين، وفق ما أكدته وكالة الأنباء السورية (سانا).\n\nمنشآت عسكرية\n\nوبدورها، قالت الخارجية الروسية إن موسكو ودمشق تبحثان الوجود الروسي في سوريا وإعادة هيكلة منشآته العسكرية.\n\nكما صرح الكرملين بأن بوتين والشرع سيناقشان مصير القاعدتين الروسيتين الرئيسيتين في سوريا، وهما قاعدة حميميم الجوية في محافظة اللاذقية إلى جانب قاعدة بحرية في طرطوس.\n\nولروسيا كذلك وجود عسكري في مطار القامشلي، فضلا عن مصالح اقتصادية ومصالح متعلقة بالطاقة في سوريا ترغب في تأمينها.\n\nوكان وزير الخارجية الروسي سيرغي لافروف قال الاثنين إن موسكو تعتقد أن دمشق تريد بقاء القاعدتين العسكريتين، وتحدث عن فكرة استخدامهما أيضا كمركزين لوجيستيين لإيصال المساعدات إلى أفريقيا عن طريق البحر والجو.",
     # "ولروسيا كذلك وجود عسكري في مطار القامشلي" (Russia also has a military presence at
     # Qamishli airport): active. The "مصير" (fate) of Hmeimim and Tartus to be discussed,
     # and Damascus' wish to keep them, are no entry (the sets' convention for a fate).
     "gold": [gold(Q, "active", "2025-10-15")]},
    {"lang": "ar", "split": "held-out 22", "publisher": "الشرق الأوسط (Asharq Al-Awsat, Reuters)", "published": "2026-01-26",
     # published: not on the stored page; Reuters' story of 26 January 2026 it carries: an
     # estimate, the same day.
     "url": "https://aawsat.com/node/5233931",
     "text": "مصادر: روسيا تسحب قواتها من مطار القامشلي في شمال شرقي سوريا\n\nسيطرة الجيش السوري على مناطق نفوذ «قسد» ألغت الحاجة إلى وجودها\n\nقوات روسية تستعد لإخلاء مواقعها في مدينة القامشلي شرق سوريا 12 ديسمبر 2024 (أ.ف.ب)\n\nقالت 5 مصادر سورية إن روسيا تسحب قواتها من مطار في شمال شرقي سوريا، في خطوة لإنهاء وجودها العسكري في المنطقة التي تحاول حكومة دمشق السيطرة عليها من قبضة القوات الكردية.\n\nوتنشر روسيا قوات في مطار القامشلي في شمال شرقي سوريا منذ عام 2019، وهو انتشار محدود نسبياً مقارنة بقاعدتها الجوية ومنشأتها البحرية على ساحل سوريا المطل على البحر المتوسط، حيث يُتوقع أن تبقي موسكو انتشار قواتها هناك، وفقاً لـ«رويترز».",
     # "روسيا تسحب قواتها من مطار القامشلي": withdrawing. The photo caption of 12 December
     # 2024 (forces "تستعد لإخلاء", preparing to leave) is an earlier picture and a plan: no
     # entry. The coast bases expected to be kept (none named by name): no entry, as set 11.
     "gold": [gold(Q, "withdrawing", "2026-01-26")]},
    {"lang": "ar", "split": "held-out 22", "publisher": "Entrevue Arabia", "published": "2025-11-22",
     # published: not on the stored page; al-Shaibani's interview with المجلة, carried by
     # North Press on 22 November 2025: an estimate.
     "url": "https://entrevuearabia.com/الشيباني-يكشف-كيف-فُكت-العقدة-الروسية",
     "text": "وزير الخارجية السوري أسعد الشيباني في روسيا\n\nكشف وزير الخارجية السوري أسعد الشيباني خفايا المعارك التي سبقت سقوط نظام بشار الأسد في ديسمبر 2024، موضحاً كيف تمكنت المعارضة من تحييد سلاح الجو الروسي وتجاوز العقدة الروسية.\n\nوأكد الوزير أن الوفد السوري أوضح للروس أن إسقاط نظام الأسد لا يعني خروج روسيا من سوريا، مع إمكانية تنظيم مصالحها مع الحكومة الجديدة على أسس وطنية، بعيداً عن الصفقات والميليشيات. ولفت الشيباني إلى أن روسيا أعادت ترتيب تواجدها العسكري والسياسي وفق هذه المعطيات الجديدة، مع استمرار قاعدة حميميم وطرطوس كمواقع رئيسية لها في سوريا.",
     # "مع استمرار قاعدة حميميم وطرطوس كمواقع رئيسية لها" (Hmeimim and Tartus continuing as
     # its main sites): both active. The rearranged presence names no change at either.
     "gold": [gold(HM, "active", "2025-11-22", "2025-11-21"),
              gold(TA, "active", "2025-11-22", "2025-11-21")]},
    # Russian --------------------------------------------------------------------------
    {"lang": "ru", "split": "held-out 22", "publisher": "Мой Запорожье (Ukraine)", "published": "2026-01-26",
     # published: not on the stored page; Reuters' story of 26 January 2026 it retells: an
     # estimate.
     "url": "https://myzaporozhye.net/world/nechego-tut-delat-rossiyan-vygonyayut-s-klyuchevoj-bazy-v-sirii-video",
     "text": "Мир \"Нечего тут делать\": россиян выгоняют с ключевой базы в Сирии (видео)\n\nАэропорт Камышлы на северо-востоке Сирии называли ключевой российской базой в стране. Вывод войск может положить конец присутствию РФ в этом регионе.\nПостепенный вывод российских военных начался на прошлой неделе, а техника и тяжелое вооружение в последние дни перебрасываются на российскую авиабазу Хмеймим на западе страны. Часть контингента вернется в Россию, сообщает Reuters со ссылкой на пять сирийских источников.\nРоссийский контингент размещался в аэропорту Камышлы с 2019 года. Эта база в столице Сирийского Курдистана служила ключевым форпостом для контроля над северо-востоком Сирии и логистическим узлом для переброски сил.\nСирийские источники сообщали, что после вытеснения курдских сил из региона Дамаск попросит военных РФ уйти с базы, потому что им там больше \"нечего делать\"\nПри этом, как отмечает агентство, над аэропортом Камышлы по-прежнему развеваются флаги РФ, а на взлетно-посадочной полосе находятся два самолета с российской маркировкой.",
     # The gradual withdrawal from Qamishli airport has begun: withdrawing (the report's
     # day or the day after). The flags still flying are the force there while it leaves;
     # Hmeimim is where the equipment goes: no entry; Damascus' request is a plan.
     "gold": [gold(Q, "withdrawing", "2026-01-26", "2026-01-27")]},
    {"lang": "ru", "split": "held-out 22", "publisher": "Газета Метро", "published": "2025-02-07",
     # published: the date in the page's address.
     "url": "https://gazetametro.ru/articles/sirija-gotova-ostavit-rossijskie-voennye-bazy-07-02-2025",
     "text": "Вид на сирийский город Тартус.\nВ беседе с журналистами The Washington Post глава оборонного ведомства Сирии Абу Касра подчеркнул, что в политике нет вечных противников, и выразил готовность к диалогу с Россией.\nРанее пресс-секретарь президента России Дмитрий Песков подтвердил, что Кремль продолжит обсуждать с Сирией вопросы использования военно-морской базы в Тартусе. Это заявление последовало после слов сирийского министра обороны о возможной выгоде от присутствия российских баз.",
     # Talks on Russia's use of "военно-морской базы в Тартусе" are about forces there:
     # active (the convention for talks on a named base; the author's call that "use" is
     # that, not a base's fate). The unnamed bases' possible benefit: no entry.
     "gold": [gold(TA, "active", "2025-02-07")]},
    {"lang": "ru", "split": "held-out 22", "publisher": "RTVI", "published": "2026-01-29",
     # published: the page's own date.
     "url": "https://rtvi.com/stories/na-konu-bazy-v-sirii-chto-putin-i-ash-sharaa-hoteli-drug-ot-druga/",
     "text": "В Кремле прошла встреча президента России Владимира Путина и временного главы Сирии Ахмеда аш-Шараа. Это был уже второй за три месяца визит нового сирийского лидера в Москву, где получил убежище свергнутый Башар Асад. Как полагают западные, арабские и турецкие СМИ, один из главных вопросов, который стоял на повестке переговоров, — будущее российских баз в Сирии. Подробности — в обзоре RTVI.\n\nReuters:\n\nПрисутствие России в Камышлы давно раздражало сирийские власти, которые рассматривали его как рычаг, который Москва может использовать против Дамаска, и как способ укрепить проект автономии курдов, придав ему определенную легитимность.\n\nСобеседник агентства сообщил, что ключевым пунктом повестки дня был пересмотр статуса российского военного присутствия в Тартусе и Хмеймиме, которое Москва стремится расширить в рамках новой модели в постасадовский период.",
     # Talks on the status of "российского военного присутствия в Тартусе и Хмеймиме", a
     # presence Moscow seeks to expand: both there now, active (the wish to expand is no
     # entry). Qamishli's presence that "давно раздражало" is background, no change said
     # in the excerpt: no entry (the author's call). The unnamed bases' future: no entry.
     "gold": [gold(TA, "active", "2026-01-29"),
              gold(HM, "active", "2026-01-29")]},
    {"lang": "ru", "split": "held-out 22", "publisher": "Монокль", "published": "2025-10-27",
     # published: not on the stored page; issue 44 of 2025, after the Kremlin talks of 15
     # October: an estimate, the Monday.
     "url": "https://monocle.ru/monocle/2025/44/dzhulani-v-kremle-khmeymim-v-karmane/",
     "text": "«Самопровозглашенный президент Сирии [Ахмед] аш-Шараа Джулани на переговорах с [президентом России Владимиром] Путиным потребует выдать [экс президента Сирии] Башара Асада», ― писали Reuters и Al Wakeel News накануне приезда нового сирийского лидера в Кремль 15 октября. Встреча продлилась два с половиной часа, а сирийский лидер заявил о желании Дамаска «перезапустить» отношения с Москвой.\nИ спустя несколько часов тот же Reuters сообщал читателям: на переговорах в Кремле аш-Шараа попросил Путина вернуть российские войска на юг Сирии. Таким образом, западные СМИ сами создали аналог анекдота, в котором герой не выиграл, а проиграл, и не в лотерею, а в карты, и не автомобиль, а три рубля.\nВ тихих комнатах Кремля обсуждался вовсе не Асад, а насущный для обеих сторон вопрос ― два военных объекта в Сирии: пункт материально-технического обеспечения ВМФ РФ в Тартусе и авиабаза Хмеймим. В Сирии они находятся в неопределенном правовом статусе: де-факто они есть, хотя и в усеченном состоянии, де-юре они новыми властями САР не оформлены. Такой «серый» статус сковывает Минобороны РФ.",
     # The two facilities "де-факто они есть, хотя и в усеченном состоянии" (exist, if
     # truncated): active, not reduced (no reduction is told as an event; the author's
     # call). Troops asked back to the south is a wish: no entry.
     "gold": [gold(TA, "active", "2025-10-27"),
              gold(HM, "active", "2025-10-27")]},
    {"lang": "ru", "split": "held-out 22", "publisher": "Взгляд (vz.ru)", "published": "2026-01-29",
     # published: the page's own date.
     "url": "https://vz.ru/news/2026/1/29/1390600.html",
     "text": "Песков: Путин и аш-Шараа обсуждали тему российских военных баз в Сирии\nВопрос российских военных баз в Сирии обсуждался на переговорах в Кремле между президентом России Владимиром Путиным и сирийским лидером Ахмедом аш-Шараа, сообщил пресс-секретарь российского президента Дмитрий Песков.\nПесков подчеркнул: «Что касается российских военных баз – эта тема присутствовала в повестке дня переговоров». Он также отметил, что детали по этому вопросу не будут озвучиваться публично, передает ТАСС.\nНакануне Путин отметил достижения в развитии отношений России и Сирии.\nВо вторник Reuters сообщило, что российские военные начали покидать сирийский аэродром Эль-Камышлы, технику транспортируют на базу Хмеймим.",
     # "начали покидать сирийский аэродром Эль-Камышлы": withdrawing (the Tuesday of the
     # report, 27 January 2026, or the publication). Hmeimim is where the equipment goes;
     # the unnamed bases on the agenda: no entry.
     "gold": [gold(Q, "withdrawing", "2026-01-29", "2026-01-27")]},
    {"lang": "ru", "split": "held-out 22", "publisher": "24 Канал (Ukraine)", "published": "2025-10-15",
     # published: the page's own date.
     "url": "https://24tv.ua/geopolitics/ru/ash-sharaa-priehal-v-moskvu-i-obmenjalsja-ljubeznostjami-s-putinym-novosti-rossii-geopolitika_n2934064/amp",
     "text": "Ахмед аш-Шараа лично встретился с Путиным в Москве. Стороны обменялись любезными заявлениями, но СМИ пишут, что они говорили о будущем российских баз в Сирии. Российский диктатор отличился странным заявлением об интересах сирийцев.\n\nОб этом сообщает 24 Канал со ссылкой на Reuters.\n\nЗачем президент Сирии поехал в Москву к Путину?\n\nОфициальная причина встречи – обсуждение региональных и международных событий, а также пути сотрудничества между Сирией и Россией. Но источники Reuters говорят: аш-Шараа будет просить выдать Асада, чтобы судить за преступления против сирийцев. И будет решаться судьба российской военно-морской базы в Тартусе и авиабазы в Хмеймиме. Об Асаде сообщил и турецкий телеканал A Haber.\n\nПесков сказал, что это важный день для отношений двух стран. И подтвердил, что \"будет поднят вопрос о российских базах в Сирии\".",
     # The "судьба" (fate) of the Tartus and Hmeimim bases to be decided, the future of the
     # bases talked of: no entry (the sets' convention for a fate).
     "gold": []},
    {"lang": "ru", "split": "held-out 22", "publisher": "Новости Твери (РБК)", "published": "2025-03-13",
     # published: the date in the page's address.
     "url": "https://newstver.ru/politics/2025/03/13/101785.html",
     "text": "Россия пустила на свою авиабазу Хмеймим около 8-9 тыс\n\nРоссия пустила на свою авиабазу Хмеймим около 8-9 тыс. сирийцев, ищущих спасения от погромов, сообщила Захарова.\n\n«В основном речь идет о женщинах, детях. И, мне кажется, это лучший ответ на вопрос о нашем реальном вкладе в судьбу сирийцев», — сказала представитель МИДа.\n\nВ сирийской провинции Латакия в начале марта вспыхнули беспорядки и столкновения между проправительственными силами и их противниками. Погибли более 1 тыс. человек, многие из которых — местные жители.",
     # Russia let about 8-9 thousand Syrians into "свою авиабазу Хмеймим": active.
     "gold": [gold(HM, "active", "2025-03-13")]},
    {"lang": "ru", "split": "held-out 22", "publisher": "Mediamonitoring.am (Armenia, Telegram)", "published": "2025-03-25",
     # published: not on the stored page; the villages near Hmeimim taken on 25 March 2025
     # (as Avia.pro above): an estimate, the same day.
     "url": "https://telegram.mediamonitoring.am/143868?q=%23%D0%A1%D0%B8%D1%80%D0%B8%D1%8F",
     "text": "⚡️🇷🇺🏴☠️🇸🇾Большое спасибо, Россия!\n🟢Российская армия вступила в бой с террористами «Тахрир аш-Шам»🟢В ходе столкновений российские военные взяли под контроль населенные пункты Хырбет-аль-Ашар, Аль-Кубайсия и Бахдарму в окрестностях авиабазы Хмеймим в провинции Латакия.\n🟢Причина этих действий — рост числа беженцев-алавитов и необходимость обеспечения их безопасности, а также защиты российской военной базы. В зависимости от дальнейшего развития ситуации операция российских сил может быть расширена.\n🟢Заместитель командующего российскими силами в Сирии, генерал Александр Родионов, заявил, что российская армия не оставит алавитских беженцев, укрывшихся на базе Хмеймим, на произвол террористов.\n🟢Командующий российской военной полицией, генерал Сергей Васильевич Кураленко, также отметил, что военные будут защищать гражданских, спасающихся от зверств террористов, и при необходимости предпримут ответные меры, включая военный ответ.\n🟢На данный момент российские силы оказывают защиту и гуманитарную помощь от 7000 до 10 000 мирных жителей.",
     # Refugees "укрывшихся на базе Хмеймим", the Russian base protected: active. The
     # villages taken "в окрестностях" are landmarks, no facility, and no word of
     # reinforcing the base itself (unlike Avia.pro's deployment): the author's call; an
     # operation that "может быть расширена" is a hedge of a plan.
     "gold": [gold(HM, "active", "2025-03-25")]},
]
