"""The seventeenth held-out set of the intake evaluation (see `bench.intake.corpus`).

Assembled on 2026-12-03 (early afternoon) from the stored pages of the `search` tool
(corpus `pages`, queries in English, Arabic and Russian), before any change of this round to
the pipeline; none of its URLs is in another split (checked against the `url` lines of every
corpus file, percent-decoded, a stored URL that is a prefix of a new one, or the other way
round, counting as the same page). Chosen, where the search gave a choice, from publishers
no other split cites and from stories and constructions the sets before had little of:
forces deployed around Hmeimim among refugees (March 2025), an attack on the base (May
2025), Qamishli reinforced in August 2025 and in January 2026 (its evacuation denied),
patrols from it, equipment flown from Hmeimim to Libya, the Italian minister's word of
Tartus, the port operator's denial, bases said to "remain" Russia's or to "play a key role",
an analyst's "not a withdrawal from an actively operating base", both bases kept "with the
contingent cut to 300", and several reports of talks with no entry. Honestly: some retell
stories other splits hold in other words (Reuters' Qamishli withdrawal of 26 January 2026,
the Wall Street Journal's air defences flown to Libya, Syria TV's Qamishli reinforcement of
August 2025, whose Arabic is in an earlier split). Each excerpt is verbatim as the stored page
has it (its typing errors kept), cut to the paragraphs the entries need (paragraphs left out
are joined by a blank line). Every entry was written down by hand from the text and
committed before the pipeline first ran on these reports; that first run is in
BENCHMARKS.md ("Report intake", the seventeenth set).

`published`: the page's own date where the stored page gives one (or its address does);
otherwise the note says where the date comes from (an estimate from what the text tells),
and the entries accept it. Conventions of the sets before are kept: a base the report says
is kept or not left is active and must never be proposed as left; a plan, talks, a wish or
a hope to keep a base is no entry; a base said to be Russia's, to exist or to work is
active; a base a move goes to, or where reinforcements came from, is not entered from the
move alone; cargo planes come to take the force's equipment out is withdrawing; a report
that says nothing of Russia's forces at a named facility has no entry.
"""

from bench.intake.gold import HM, Q, TA, gold

UNSEEN_17_REPORTS = [
    # English --------------------------------------------------------------------------
    {"lang": "en", "split": "held-out 17", "publisher": "Syrializm", "published": "2025-03-15",
     # published: not on the stored page; civilians fleeing to the base from the violence on the coast of
     # early March 2025: an estimate, mid-March.
     "url": "https://syrializm.net/?p=41850",
     "text": "For the first time since the fall of Assad regime… Russian forces deployed outside the Hmeimim base\nLocal residents on the Syrian coast reported that Russian military forces have deployed in a number of villages surrounding the Hmeimim airbase for the first time since the fall of Assad regime in December 2024.\nThis deployment coincides with an intensification of Russian airstrikes in the area, with Russian aircraft breaking the silence the residents are experiencing.\nLocal sources indicated that Russian forces have reinforced their positions around the Hmeimim airbase and instructed members of the Syrian General Security and Defense Forces to evacuate their positions around the base, allowing them to be handed over to Russian forces under the pretext of securing and protecting the airport.\nThe sources add that the Russian deployment also aims to protect civilians seeking refuge in the base or surrounding villages from ongoing attacks.",
     # Forces deployed around the base and their positions there "reinforced": Hmeimim
     # reinforced; the Syrian forces told "to evacuate their positions" are not Russia's.
     "gold": [gold(HM, "reinforced", "2025-03-15")]},
    {"lang": "en", "split": "held-out 17", "publisher": "News.Az", "published": "2024-12-16",
     "url": "https://news.az/news/russian-forces-maintain-operations-at-syria-s-khmeimim-air-base",
     "text": "Despite the fall of the Bashar Assad regime, Russian forces stationed at Khmeimim Air Base in Syria’s Latakia province continue to carry out activities.\n\nWith the Baath regime’s collapse, Russia continued to transfer its troops from Damascus, Homs and other cities across Syria to the base, News.Az reports, citing foreign media. Russian military vehicles were seen entering the base and a cargo plane was seen landing there as surveillance balloons gathered intelligence and helicopters were on patrol.Airstrips, air defense systems and other vital military equipment are located at the base.Russia’s Foreign Ministry also issued a statement Sunday saying it had evacuated part of its diplomatic staff from Syria via a special flight of the Russian Air Force from Hmeimim Air Base.",
     # Forces "stationed at Khmeimim Air Base ... continue to carry out activities": active;
     # troops moved to the base are a move's goal, diplomats flown out are no force leaving.
     "gold": [gold(HM, "active", "2024-12-16")]},
    {"lang": "en", "split": "held-out 17", "publisher": "Türkiye Today", "published": "2026-01-28",
     "url": "https://www.turkiyetoday.com/region/russia-withdraws-forces-from-qamishli-base-in-northeast-syria-3213668",
     "text": "Russia withdraws forces from Qamishli base in northeast Syria\n\nRussian forces have begun withdrawing from positions in northeast Syria, moving personnel and equipment from the Qamishli airport area as the terrorist organization YPG/SDF loses territory and strategic relevance following reduced American support.\n\nPolitical analyst Aydin Sezer told Türkiye Today that the Qamishli base was not actively operational following Assad's departure, making this withdrawal less significant than it appears.\n\n\"Russia's two bases on Syria's Mediterranean coast were active. The Qamishli base was already not in use after Assad's departure. There was Russian infrastructure there, military patrols and military police controlling developments in the region in cooperation with the Assad administration. Its functionality had already ended, but Russia was maintaining the base's infrastructure. Therefore, this is not a withdrawal from an actively operating base—this needs to be underlined,\" Sezer said.",
     # "have begun withdrawing ... moving personnel and equipment from the Qamishli airport
     # area": withdrawing; the analyst's "not a withdrawal from an actively operating base"
     # is a view of the base, not a denial that it is left; the coast's bases are not named.
     "gold": [gold(Q, "withdrawing", "2026-01-28")]},
    {"lang": "en", "split": "held-out 17", "publisher": "Israpundit (FDD's Long War Journal)", "published": "2026-01-28",
     # published: the page's own by-line date.
     "url": "https://www.israpundit.org/russian-troops-begin-evacuating-from-northern-syria",
     "text": "Russian troops begin evacuating from northern Syria\n\nBy | January 28, 2026\n\nSyrian President Ahmed al Sharaa made his second visit to Moscow in four months on January 28, even as Russia is withdrawing its forces from the city of Qamishli in northeastern Syria. Moscow may hope that its withdrawal will help ensure Damascus grants Russia continued access to key bases in western Syria.\n\nThe Russian withdrawal from Qamishli appears to have begun last week. A video shared by the Kurdish Rudaw Media Network on January 22 showed a Russian Il-76 military transport aircraft landing at the airport. Subsequent footage aired on January 26 showed Russian military equipment being loaded onto an Il-76. The same day, Al-Monitor posted footage from inside a makeshift Russian barracks that had reportedly been abandoned two days earlier.\n\nSome of the Russian forces withdrawn from Qamishli are expected to redeploy to the Russian-controlled Hmeimim air base in western Syria, while others will return to Russia, a Syrian source told Reuters on January 26.",
     # "Russia is withdrawing its forces from the city of Qamishli" (the airport, stored under
     # its town): withdrawing; Hmeimim is only where forces go, no entry.
     "gold": [gold(Q, "withdrawing", "2026-01-28", "2026-01-26")]},
    {"lang": "en", "split": "held-out 17", "publisher": "Sputnik", "published": "2026-02-19",
     # published: the date in the page's address.
     "url": "https://sputnikglobe.com/20260219/syria-interested-in-russias-military-presence-in-region---lavrov-1123655609.html",
     "text": "The Syrian government is interested in Russia maintaining its military presence in the region, Russian Foreign Minister Sergey Lavrov said.\n\n\"As for our military facilities, discussions are ongoing. Let me reiterate: the Syrians are keen for our presence to endure,\" Lavrov told Al Arabia broadcaster. Lavrov added that the Syrian authorities perceive Russia's presence at two bases in Syria - in Khmeimim and Tartus - as a \"stabilizing force – one that counterbalances the influence of other players.\"",
     # "Russia's presence at two bases in Syria - in Khmeimim and Tartus": both active; the
     # talks and the wish that the presence endure are no entry of their own.
     "gold": [gold(HM, "active", "2026-02-19"),
              gold(TA, "active", "2026-02-19")]},
    {"lang": "en", "split": "held-out 17", "publisher": "SFG Media", "published": "2025-08-01",
     # published: not on the stored page; the talks "On Thursday, July 31" (2025): an estimate, the day
     # after.
     "url": "https://sfg.media/en/a/russia-welcomes-syrias-new-foreign-minister-after-assads-ouster",
     "text": "On Thursday, July 31, Russia and Syria announced their intention to strengthen bilateral ties and revisit agreements signed under the former Moscow-aligned government of ex-president Bashar al-Assad—amid uncertainty surrounding the future of two Russian military bases in Syria. The foreign ministers of the two countries met in Moscow, marking the first visit by a senior Syrian official to Russia since Assad's ouster.\n\nThe naval base in Tartus and the airbase in Khmeimim, both located on Syria’s Mediterranean coast, remain Russia’s only official military installations outside the former Soviet Union. It was from these bases that Moscow launched its large-scale air campaign in 2015 in support of Assad, marked by intense bombardments of rebel-held areas.\nIt remains unclear whether Syria’s new Islamist government will allow Russia continued access to these facilities. The lease agreement, signed under the previous regime, runs through 2066, but its future was not addressed during the talks.",
     # Both "remain Russia's only official military installations" abroad: active (a base said
     # to be Russia's); the unclear future is no entry.
     "gold": [gold(TA, "active", "2025-08-01", "2025-07-31"),
              gold(HM, "active", "2025-08-01", "2025-07-31")]},
    {"lang": "en", "split": "held-out 17", "publisher": "Kurdistan24", "published": "2025-08-12",
     # published: not on the stored page; Syria TV's report "published on Monday" (11 August 2025, as
     # the Arabic retellings date it): an estimate, the day after.
     "url": "https://www.kurdistan24.net/en/story/857179",
     "text": "Russia Expands Military Presence at Qamishli Airport: Report\nRussia is quietly reinforcing its Qamishli airport base with nightly flights, more troops, and new fortifications, according to Syria TV. The move reverses a prior drawdown, while Moscow calls its Syrian bases a \"factor of stability\" and a source of humanitarian support.\n\nERBIL (Kurdistan24) — In a series of carefully executed and largely nocturnal operations, Russian forces have been significantly reinforcing their military presence at Qamishli airport in northeastern Syria, systematically upgrading infrastructure and increasing troop numbers in a clear move to bolster their strategic foothold in the region.\nAccording to a report published on Monday by the Syria TV website, which cites an informed source on the ground, these enhancements are being carried out through multiple stages, often under the cover of darkness to avoid attracting attention.",
     # "reinforcing its Qamishli airport base ... more troops": reinforced.
     "gold": [gold(Q, "reinforced", "2025-08-12", "2025-08-11")]},
    {"lang": "en", "split": "held-out 17", "publisher": "gCaptain (Reuters)", "published": "2025-03-01",
     "url": "https://gcaptain.com/russian-operator-denies-losing-tartous-port-contract/",
     "text": "By Gleb Stolyarov\n\nFeb 28 (Reuters) – STG Engineering, a Russian company that operates Syria’s Tartous commercial port, said on Friday that it was continuing to work as usual and that its contract had not been annulled as some media in the Middle East had suggested.\n\nThree Syrian businessmen and media reports suggested in January that Syria’s new ruling administration had cancelled the contract that was signed under former President Bashar al-Assad, who fled to Moscow in December after a lightning rebel offensive.\n\nBut Dmitry Trifonov, CEO of Moscow-based STG Engineering, told Reuters on Friday his company was still managing the port and that nobody had told them their contract had been annulled, a process he said would be lengthy and bureaucratic if it happened.",
     # A company's commercial port "continuing to work as usual": nothing of Russia's forces,
     # no entry (the naval facility is not named).
     "gold": []},
    # Arabic ---------------------------------------------------------------------------
    {"lang": "ar", "split": "held-out 17", "publisher": "صوت العروبة (كوميرسانت)", "published": "2025-08-12",
     # published: not on the stored page; Kommersant's report of 12 August 2025 that it retells: an
     # estimate.
     "url": "https://sawtoroba.com/?p=122920",
     "text": "تقرير روسي: دمشق تبدي رغبتها بعودة الدوريات الروسية إلى الجنوب\n\nأفادت صحيفة «كوميرسانت» الروسية، بأن الحكومة السورية مهتمة بعودة الدوريات الروسية إلى محافظات الجنوب السوري، على نحو مشابه لما كانت عليه قبل سقوط نظام الأسد في 8 كانون الأول الماضي.\nونقلت الصحيفة عن مصدر شارك في لقاء وزير الخارجية السوري، أسعد الشيباني، مع الجالية السورية في موسكو، أن دمشق ترى أن عودة الدوريات الروسية قد تقلّص عمليات الاحتلال الإسرائيلي، التي تصاعدت خلال الأشهر الماضية تحت ذريعة إقامة منطقة عازلة و«حماية الدروز».\nوأشار المصدر إلى الدوريات التي نفذتها القوات الروسية في القامشلي عقب زيارة الشيباني إلى موسكو، وذلك للمرة الأولى منذ سقوط الأسد، معتبراً أن ذلك يشير إلى تعزيز التعاون بين سوريا وروسيا، لا سيما أن القوات الروسية نفذتها منفردة من دون إشراك قوات سوريا الديمقراطية «قسد».",
     # Patrols the Russian forces carried out "في القامشلي" (the airport, stored under its
     # town): active; the wish for patrols in the south names no facility.
     "gold": [gold(Q, "active", "2025-08-12")]},
    {"lang": "ar", "split": "held-out 17", "publisher": "شام نيوز", "published": "2025-10-30",
     # published: not on the stored page; heavy cargo flights to Hmeimim after the fall of Assad were
     # reported resumed at the end of October 2025: an estimate, and the weakest of the set.
     "url": "https://sham-news.info/?p=23342",
     "text": "هبوط عدد من طائرات الشحن الجوي الروسية من طراز A-124 وIL-76MD في قاعدة الجوية حميميم بسوريا، تحمل تعزيزات عسكرية ضخمة للقوات الروسية في سوريا بعدها رتل عسكري روسي قادم من القاعدة البحرية في طرطوس دخل لقاعد حميميم.\nرغم تغيّر نظام بشار الأسد، لا تزال روسيا تحتفظ بتواجدها العسكري في سوريا يتمركز في قاعدة حميميم الجوية قرب اللاذقية، والقاعدة البحرية في طرطوس. ويشمل هذا التواجد طائرات مقاتلة ومروحيات قتالية ومنظومات دفاع جوي وقطعاً بحرية، إضافةً إلى قوات برية.",
     # Cargo planes landing at Hmeimim "تحمل تعزيزات عسكرية ضخمة": reinforced; a convoy
     # from the naval base into Hmeimim is no departure from Tartus, which "لا تزال روسيا
     # تحتفظ" keeps: active, never left.
     "gold": [gold(HM, "reinforced", "2025-10-30"),
              gold(TA, "active", "2025-10-30")]},
    {"lang": "ar", "split": "held-out 17", "publisher": "دام برس (العربي الجديد)", "published": "2026-01-23",
     # published: the date in the page's address; the flights were "أمس الخميس" (22 January 2026).
     "url": "https://damapost.com/23/01/2026/روسيا-تعزز-وجودها-العسكري-في-مطار-القا/108176",
     "text": "روسيا تعزز وجودها العسكري في مطار القامشلي مع تصاعد التوتر شرق سوريا\n\nكشفت مصادر مطلعة لـ”العربي الجديد” أن القوات الروسية عززت وجودها العسكري داخل مطار القامشلي الواقع ضمن مناطق سيطرة قوات سوريا الديمقراطية (قسد) في ريف محافظة الحسكة شمال شرقي سوريا، بالتزامن مع اقتراب المعارك من المنطقة وتصاعد الاشتباكات بين قوات وزارة الدفاع وقسد على عدة محاور في شمالي وشرقي البلاد.\n\nطائرات روسية تنقل تعزيزات عسكرية إلى القامشلي\n\nوأوضحت المصادر أن طائرات روسية من طراز A500 نفذت، أمس الخميس، رحلات جوية إلى مطار القامشلي، نقلت خلالها تعزيزات عسكرية ودعماً لوجستياً، في خطوة تهدف إلى تأمين حماية المطار تحسباً لتداعيات المعارك الدائرة في مناطق شرق الفرات.\n\nونفت المصادر في الوقت نفسه صحة ما تداولته بعض وسائل الإعلام المحلية بشأن إخلاء القوات الروسية لمطار القامشلي، مؤكدة أن هذه الأنباء غير دقيقة ولا تعكس الواقع الميداني.\n\nالتعزيزات من قاعدة حميميم وإعادة تموضع محسوبة\n\nوبحسب المعلومات، فإن التعزيزات التي وصلت إلى مطار القامشلي جرى نقلها من قاعدة حميميم الجوية في ريف جبلة بمحافظة اللاذقية، وهي أكبر قاعدة عسكرية روسية في سوريا.",
     # Reinforcements flown into Qamishli and its evacuation denied: reinforced, never
     # left; Hmeimim is where they came from (and "أكبر قاعدة عسكرية روسية", said in passing):
     # no entry of the move, as the sets before.
     "gold": [gold(Q, "reinforced", "2026-01-22", "2026-01-23")]},
    {"lang": "ar", "split": "held-out 17", "publisher": "العصر (رويترز)", "published": "2026-01-26",
     # published: not on the stored page; "اليوم الاثنين" and Reuters' report of 26 January 2026.
     "url": "https://www.alamssar.com/print.aspx?id=457722",
     "text": "أفادت مصادر سورية، اليوم الاثنين، بأن روسيا بدأت سحب قواتها تدريجياً من مطار القامشلي في شمال شرق سوريا، في خطوة تُعدّ تمهيداً لإنهاء وجودها العسكري في المنطقة التي تسعى حكومة دمشق إلى استعادتها من القوات الكردية.\nوبحسب ما نقلته وكالة \"رويترز\" عن خمسة مصادر سورية مطّلعة، فإن القوات الروسية تتواجد في مطار القامشلي منذ عام 2019، ويُعد هذا الانتشار محدوداً مقارنة بقاعدة حميميم الجوية الروسية على الساحل السوري، وكذلك المنشآت البحرية الروسية على البحر المتوسط، التي من المتوقع أن تستمر موسكو في الاحتفاظ بها.",
     # Qamishli withdrawing; Hmeimim and the naval facilities Moscow is "expected" to keep: a
     # plan, no entry, and never proposed as left.
     "gold": [gold(Q, "withdrawing", "2026-01-26")]},
    {"lang": "ar", "split": "held-out 17", "publisher": "المنار (روسيا اليوم)", "published": "2025-10-16",
     # published: not on the stored page; the meeting in Moscow "يوم الأربعاء" (15 October 2025): an
     # estimate, the day after.
     "url": "https://almanar.com.lb/article/268132",
     "text": "أكد وزير الخارجية الروسي سيرغي لافروف أن “الرئيس الروسي فلاديمير بوتين والرئيس السوري أحمد الشرع تناولا مسألة القواعد العسكرية الروسية في سوريا، خلال لقائهما في موسكو يوم الأربعاء”.\nوفي وقت سابق، أشار لافروف إلى أن “سوريا مهتمة بالحفاظ على القواعد العسكرية الروسية في طرطوس وحميميم، ويمكن تحويلها إلى مراكز لوجستية لتقديم الدعم الإنساني”.\nوكان الناطق باسم الكرملين، دميتري بيسكوف، قد أشار إلى أن “مسألة القواعد العسكرية الروسية في سوريا ستُطرح بشكل أو بآخر خلال محادثات بوتين والشرع”.",
     # Talks on the bases and Syria's interest in keeping them: no entry (a wish or plan is
     # no status).
     "gold": []},
    {"lang": "ar", "split": "held-out 17", "publisher": "ريباز نيوز (سي إن إن)", "published": "2024-12-28",
     # published: not on the stored page; "منتصف شهر كانون الأول الجاري" and "الأسابيع التي تلت"
     # Assad's fall put it in late December 2024: an estimate.
     "url": "https://www.rebaznews.net/content/روسيا-تنقل-معداتها-العسكرية-من-سوريا-إلى-ليبيا",
     "text": "روسيا تنقل معداتها العسكرية من سوريا إلى ليبيا\nكشفت شبكة إخبارية أمريكية أن روسيا كثفت من عمليات نقل المعدات العسكرية من قاعدة حميميم غربي سوريا إلى قاعدة صحراوية في ليبيا، وذلك بعد سقوط نظام الأسد وضبابية موقف الإدارة السورية الجديدة من الوجود الروسي في البلاد.\nقالت شبكة \"سي إن إن\" الأميركية أن روسيا أطلقت في الأسابيع التي تلت الإطاحة ببشار الأسد رحلات جوية متعددة إلى قاعدة جوية في الصحراء الليبية.\nوأظهرت بيانات تتبع الرحلات الجوية أكثر من رحلة واحدة يومياً منذ منتصف شهر كانون الأول الجاري، بوساطة طائرات النقل العملاقة من طراز أنتونوف AN-124 بالإضافة إلى طائرات إليوشن IL-76.\nوانطلقت الرحلات من قاعدة حميميم نحو قاعدة الخادم القريبة من مدينة بنغازي شرقي ليبيا، وبحسب الشبكة، فإنه من المحتمل أن تكون المعدات المنقولة قد تضمنت أنظمة دفاع جوي روسية متقدمة، مشيرة إلى أنها رصدت هذه الأنظمة وهي تنتظر نقلها جواً من سوريا قبل وقت قصير من بدء الرحلات الجوية.",
     # Equipment flown "من قاعدة حميميم" to Libya, daily flights since mid-December:
     # withdrawing (from mid-December or the report's day); al-Khadim is in Libya.
     "gold": [gold(HM, "withdrawing", "2024-12-28", "2024-12-15")]},
    {"lang": "ar", "split": "held-out 17", "publisher": "الغد نيوز", "published": "2024-12-18",
     # published: the date in the page's address.
     "url": "https://ghadnews.net/2024/12/18/روسيا-تنقل-أنظمة-جوية-من-سوريا-إلى-قوات",
     "text": "روسيا تنقل أنظمة جوية من سوريا إلى قوات حفتر بليبيا\nقالت صحيفة “وول ستريت جورنال”، اليوم الأربعاء، نقلاً عن مسؤولين أمريكيين وليبيين، إن روسيا أخذت تنقل أنظمة دفاع جوي من قواعدها في سوريا إلى ليبيا.\nوأشارت الصحيفة إلى أن المسؤولين الذين لم تكشف عن هويتهم، أوضحوا أن معدات الدفاع الجوي الروسية التي كانت في سوريا، نقلت إلى قواعد في شرقي ليبيا يسيطر عليها اللواء خليفة حفتر، قائد ما يُعرف بالجيش الوطني الليبي.\nوأمس الثلاثاء، قال وزير الدفاع الإيطالي جويدو كروسيتو، في تصريح لصحيفة “لا ريبوبليكا” الإيطالية، إن روسيا تنقل مواردها من قاعدة طرطوس السورية إلى ليبيا، وأن سفنها وغواصاتها في البحر المتوسط على بعد خطوتين من إيطاليا.\nوأضاف “هذا ليس بالأمر الجيد، السفن والغواصات الروسية في المتوسط تثير القلق دائماً، وخاصة أنها على بعد خطوتين بدلاً من ألف كيلومتر”. ومنذ سقوط نظام بشار الأسد يوم 8 ديسمبر الجاري، تواصل روسيا سحب وحداتها العسكرية المتمركزة في مختلف أنحاء سوريا، بما في ذلك دمشق وحمص ومدن أخرى، إلى قاعدة حميميم الجوية في محافظة اللاذقية.",
     # "روسيا تنقل مواردها من قاعدة طرطوس السورية إلى ليبيا" (said "أمس الثلاثاء", 17
     # December): withdrawing; Hmeimim is where units are pulled back to, no entry; Haftar is a
     # person, no town.
     "gold": [gold(TA, "withdrawing", "2024-12-17", "2024-12-18")]},
    {"lang": "ar", "split": "held-out 17", "publisher": "هذا اليوم (إيشان)", "published": "2024-12-12",
     # published: not on the stored page; the evacuation of bases in the north fits December 2024: an
     # estimate (the report has no entry, so its date counts for nothing).
     "url": "https://hathalyoum.net/amp/3533004-القوات-الروسية-تخلي-قواعدها-العسكرية-في-مناطق-شمال",
     "text": "أفادت مصادر محلية وتقارير إعلامية بأن القوات الروسية بدأت بإخلاء قواعد عسكرية تابعة لها في مناطق مختلفة من شمال سوريا. يأتي ذلك في ظل تصاعد التوترات الإقليمية والتحركات العسكرية المتزايدة في المنطقة. وأشارت تقارير، إلى أن القوات الروسية أخلت عدة مواقع عسكرية في ريفي إدلب والرقة. ولم يتم الكشف حتى الآن عن الأسباب الرسمية […]",
     # Unnamed positions "في ريفي إدلب والرقة" (countrysides, no facility, no town of a
     # base): no entry.
     "gold": []},
    # Russian --------------------------------------------------------------------------
    {"lang": "ru", "split": "held-out 17", "publisher": "Ведомости", "published": "2025-10-16",
     # published: the date in the page's address.
     "url": "https://www.vedomosti.ru/politics/news/2025/10/16/1147233-lavrov-vopros-voennih",
     "text": "Лавров: вопрос военных баз РФ обсуждался на встрече Путина с лидером Сирии\nПрезидент России Владимир Путин и президент Сирии в переходный период Ахмед аш-Шараа обсуждали на переговорах в Москве все актуальные темы. Так министр иностранных дел Сергей Лавров ответил на вопрос о том, затрагивалась ли на переговорах тема военных баз РФ, передает «РИА Новости».\n«Обсуждалось все», – сказал глава российского МИДа.\nАш-Шараа 15 октября прибыл в Москву с первым официальным визитом. Он возглавил страну после того, как в декабре 2024 г. пал режим Башара Асада. На встрече с Путиным аш-Шараа заявил, что новые власти Сирии хотят перезапустить отношения с Россией.\nУ России две военные базы в Сирии – в Тартусе и Хмеймиме. Пресс-секретарь президента РФ Дмитрий Песков говорил перед встречей лидеров, что на переговорах так или иначе будет затронута тема российских военных баз в стране.",
     # "У России две военные базы в Сирии – в Тартусе и Хмеймиме": both active (bases said
     # to be Russia's, by their towns); the talks are no entry.
     "gold": [gold(TA, "active", "2025-10-16"),
              gold(HM, "active", "2025-10-16")]},
    {"lang": "ru", "split": "held-out 17", "publisher": "24 Канал (ISW)", "published": "2024-12-21",
     # published: not on the stored page; ISW's December 2024 assessment it retells (the bases' cut
     # to 300 was reported about 20 December): an estimate.
     "url": "https://24tv.ua/ru/padenie-rezhima-asada-naryshkin-terjaet-pozicii-a-rossija-stalkivaetsja-s-problemami-v-sirii-24-kanal_n2708047",
     "text": "Об этом рассказывает 24 Канал со ссылкой на ISW. В то же время Россия активно пересматривает свое военное присутствие в Сирии.\nЧитайте также Будут воевать в Украине: сколько российских военных высвободится после бегства из Сирии\nКрах режима Асада и проблемы Кремля в Сирии\nПо данным Главного управления разведки Минобороны Украины, Кремль достиг договоренностей с сирийскими силами, которые позволяют сохранить военные базы в порту Тартус и на авиабазе \"Хмеймим\" в Латакии, но с существенным сокращением контингента до 300 военных.\nРоссийские солдаты, расположенные на этих базах, сталкиваются с острым дефицитом питьевой воды и продовольствия. По данным украинской разведки, поставки необходимого продовольствия обеспечивают военно-транспортные самолеты, которые также выполняют эвакуацию военных активов из Сирии.",
     # Both bases kept "с существенным сокращением контингента до 300 военных": reduced (the
     # author's call: a kept base with its force cut is not left, and not as it was).
     "gold": [gold(TA, "reduced", "2024-12-21"),
              gold(HM, "reduced", "2024-12-21")]},
    {"lang": "ru", "split": "held-out 17", "publisher": "Конт (cont.ws)", "published": "2025-05-21",
     # published: not on the stored page; the attack on Hmeimim of 20 May 2025 it tells of: an estimate,
     # the day after.
     "url": "https://cont.ws/@sipkin2003/3047460",
     "text": "ВЛАД ШЛЕПЧЕНКО\nОчередная вылазка террористов на базу русских вновь поднимает вопрос о том, что наши военные делают в Сирии, что нам там нужно и каким образом Россия может превратиться в республике в реальную силу, под молот которой будут бояться попасть даже самые отмороженные боевики.\nАвиабаза \"Хмеймим\" подверглась нападению небольшой группы джихадистов, которые проникли на охраняемый периметр, обстреляли и закидали гранатами наших военных. Атака была начата около пяти часов утра, боевики перелезли ограждение и завязали стрелковый бой с бойцами на одном из постов, одновременно по нашим военным начал работать снайпер из-за пределов базы.",
     # An attack on "наших военных" at the base: the force is there, active.
     "gold": [gold(HM, "active", "2025-05-21", "2025-05-20")]},
    {"lang": "ru", "split": "held-out 17", "publisher": "Коммерсантъ", "published": "2025-10-18",
     "url": "https://www.kommersant.ru/doc/8137984",
     "text": "Министр иностранных дел Сирии Асаад аш-Шибани в интервью телеканалу «Аль-Ихбария» заявил, что у переходного правительства страны и России пока нет никаких соглашений. Он сообщил, что сейчас стороны занимаются пересмотром прежних соглашений и добавил, что российские базы в Сирии — одна из тема переговоров между Дамаском и Москвой, передает «РИА Новости».\n\n15 октября президент России Владимир Путин встретился с президентом Сирии переходного периода Ахмедом аш-Шараа. Они, помимо прочего, рассматривали вопрос российских военных баз, сообщил пресс-секретарь президента России Дмитрий Песков.",
     # Talks on unnamed bases: no entry.
     "gold": []},
    {"lang": "ru", "split": "held-out 17", "publisher": "my.ua (Financial Times)", "published": "2024-12-13",
     # published: the date in the page's address.
     "url": "https://my.ua/news/cluster/2024-12-13-smi-opublikovali-foto-vyvoda-voisk-rf-iz-sirii",
     "text": "СМИ опубликовали фото вывода войск РФ из Сирии\n\nРоссия начала выводить часть своих сил из Сирии после падения режима Башара Асада.\n\nОб этом издания Financial Times со ссылкой на оценку украинской разведки.\n\nАнонимный украинский чиновник рассказал, что Москва, вероятно, выводит значительное количество техники из страны.\n\nОднако пока неизвестно, является ли эта активность началом частичного или полного вывода.\n\nВ частности, на фото видно, что на авиабазу Хмеймим прибыли два грузовых самолета Ан-124 Руслан, три транспортных самолета Ил-76, а также грузовые самолеты более мелких моделей - три Ан-32 и один Ан-72.\n\nИздание Washington Post пишет, что у самолетов открыты носовые отсеки для приема тяжелого оборудования.\n\nНа снимках русские военные разбирают ударный вертолет Ка-52.\n\nАналитики Maxar предполагают, что его готовят к погрузке.\n\nЭксперты идентифицировали части зенитно-ракетного комплекса С-400, который, вероятно, тоже готовят к отправке домой.",
     # Cargo planes come to Hmeimim to take equipment out of the country, a Ka-52 and S-400
     # parts readied "к отправке домой": withdrawing.
     "gold": [gold(HM, "withdrawing", "2024-12-13")]},
    {"lang": "ru", "split": "held-out 17", "publisher": "Mixednews", "published": "2025-10-25",
     # published: not on the stored page; "Уже 15 октября" (2025) as recent: an estimate, ten days
     # after.
     "url": "http://mixednews.ru/archives/190754",
     "text": "Падение режима Башара Асада в декабре 2024 года нанесло серьёзный урон российским интересам: военное вмешательство Москвы в сентябре 2015-го действительно продлило существование союзного правительства и вновь обозначило Россию как стратегического игрока на Ближнем Востоке и в Средиземноморье, однако удержать своего союзника у власти не удалось. Потеря двух российских баз в такой ситуации могла бы обернуться для Москвы тяжёлым логистическим и стратегическим кризисом.\nТартусская военно-морская база и авиабаза в Хмеймиме, расположенные на побережье Средиземного моря, играют ключевую роль в обеспечении возможностей российской армии действовать за пределами страны. Уже 15 октября в Москве состоялась встреча Владимира Путина с новым президентом Сирии Ахмедом аш-Шараа, по итогам которой Дамаск подтвердил готовность соблюдать все соглашения, подписанные прежним руководством.",
     # The two bases "играют ключевую роль" (work): active; the loss "могла бы" is a
     # conditional, no departure.
     "gold": [gold(TA, "active", "2025-10-25"),
              gold(HM, "active", "2025-10-25")]},
    {"lang": "ru", "split": "held-out 17", "publisher": "Вести (Армения)", "published": "2025-10-15",
     # published: not on the stored page; the visit to the Kremlin of 15 October 2025.
     "url": "https://vesti.am/post/381087/ru",
     "text": "Президент Сирии Ахмед аш-Шараа прибыл в Кремль на переговоры с президентом России Владимиром Путиным, сообщает РИА Новости.\nКак ранее сообщал пресс-секретарь президента РФ, главы обеих стран затронут тему российских военных баз в Сирии.\n13 октября министр иностранных дел РФ Сергей Лавров на встрече с журналистами из арабских стран говорил, что Дамаск заинтересован в сохранении в Сирии российских военных баз, при этом в новых условиях они могут быть перепрофилированы под новые задачи.",
     # Talks and Damascus's interest in keeping unnamed bases: no entry.
     "gold": []},
    {"lang": "ru", "split": "held-out 17", "publisher": "Grayscale Insight", "published": "2026-01-29",
     # published: the page's own date.
     "url": "https://ru.grayscaleinsight.com/topic-post/3223",
     "text": "Встреча временного президента Сирии с Путиным в Москве: переговоры о сохранении российской военной базы и переформатирование ближневосточного порядка\n29/01/2026\n28 января 2026 года специальный самолет временного президента Сирии Ахмеда Шаре приземлился в аэропорту Внуково в Москве. Это его вторая поездка в Кремль за четыре месяца после того, как в декабре 2024 года он возглавил вооруженную оппозицию, свергнув режим Башара Асада, и впервые посетил Россию в октябре 2025 года. Повестка переговоров с президентом России Владимиром Путиным была четкой и деликатной: на фоне смены режима в Сирии и падения традиционного союзника России переопределить долгосрочное присутствие российских войск в Сирии, особенно будущее авиабазы Хмеймим на побережье Средиземного моря и военно-морской базы в Тартусе.",
     # Talks on "будущее" (the future) of both bases: no entry.
     "gold": []},
]
