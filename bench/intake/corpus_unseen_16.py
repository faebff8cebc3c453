"""The sixteenth held-out set of the intake evaluation (see `bench.intake.corpus`).

Assembled on 2026-12-03 (early afternoon) from the stored pages of the `search` tool
(corpus `pages`, queries in English, Arabic and Russian), before any change of this round to
the pipeline; none of its URLs is in another split (checked against the `url` lines of every
corpus file, percent-decoded, a stored URL that is a prefix of a new one, or the other way
round, counting as the same page). Chosen, where the search gave a choice, from publishers
no other split cites and from constructions the sets before had little of: a report that
says the bases are not left beside cargo planes readied at one of them, a base said to
exist or to work "as usual" in talks, a commercial port's contract ended beside the naval
facility, a base the host "may ask" Russia to leave, a withdrawal dated only "early 2026"
or "late last month", a hope to keep the bases, and handovers of Qamishli that say nothing
of Russia. Several retell stories other splits hold in other words or another language
(Reuters' 14 December 2024 "pulling back, not out", its 10 December images of the ships off
Tartus, the Qamishli withdrawal and handover of January and February 2026, the Sparta ships
at Tartus). Each excerpt is verbatim as the stored page has it (its typing errors kept),
cut to the paragraphs the entries need (paragraphs left out are joined by a blank line).
Every entry was written down by hand from the text and committed before the pipeline first
ran on these reports; that first run is in BENCHMARKS.md ("Report intake", the sixteenth
set).

`published`: the page's own date where the stored page gives one; otherwise the note says
where the date comes from (an estimate from what the text tells), and the entries accept
it. Conventions of the sets before are kept: a base the report says is not left is active
and must never be proposed as left; a plan, talks, a wish or a hope to keep a base is no
entry; a base said to be Russia's, to exist or to work is active; a base a move goes to is
not entered from the move alone; warships gone from Tartus is reduced, cargo ships come to
take the force's equipment withdrawing; in December 2024 a base planes fly out of with more
departures expected is withdrawing; a report that says nothing of Russia's forces has no
entry.
"""

from bench.intake.gold import HM, Q, TA, gold

UNSEEN_16_REPORTS = [
    # English --------------------------------------------------------------------------
    {"lang": "en", "split": "held-out 16", "publisher": "Earth Press News", "published": "2024-12-11",
     # published: not on the stored page; the ships "left the port" "On Tuesday" after the
     # photos of 5 December (10 December 2024): an estimate, the day after.
     "url": "https://earthpressnews.com/new-development-in-syria-it-was-registered-with-satellite-images-russia-is-withdrawing-from-the-region",
     "text": "THEY ARE LEAVING THE MEDITERRANEAN ONE BY ONE!\nNew satellite photos from the Tartus Naval Base on the Mediterranean coast revealed the withdrawal process of Russian Navy ships from Syria.\nImages show the warships leaving Moscow’s only overseas naval base and anchoring off the Syrian coast.\nThree Russian Navy guided missile frigates and at least two support ships were in the port of Tartus on December 5, according to photos from satellite provider Maxar.\nOn Tuesday, these ships left the port.\nWHAT ARE THE RUSSIAN SHIPS AT TARTUS NAVAL BASE?\nAccording to Naval News, the base was home to two Admiral Gorshkov-class frigates, an Admiral Grigorovich-class frigate, and an improved Kilo-class attack boat.",
     # Warships leaving the port: reduced (the base stays staffed).
     "gold": [gold(TA, "reduced", "2024-12-10", "2024-12-11")]},
    {"lang": "en", "split": "held-out 16", "publisher": "Dawn (Reuters)", "published": "2024-12-15",
     "url": "https://www.dawn.com/news/1878821/russia-pulling-back-military-from-front-lines-in-syria",
     "text": "TARTOUS: Russia is pulling back its military from the front lines in northern Syria and from posts in the Alawite Mountains but is not leaving its two main bases in the country after the fall of President Bashar al-Assad, four Syrian officials said.\n\nThe ousting of Assad, who along with his late father, former President Hafez al-Assad, had forged a close alliance with Moscow, has thrown the future of Russia’s bases — the Hmeimim airbase in Latakia and the Tartous naval facility — into question.\n\nSatellite footage from Friday shows what appeared to be at least two Antonov AN-124s, among the world’s largest cargo planes, at the Hmeimim base with their nose cones open, apparently preparing to load up. At least one cargo plane flew out on Saturday for Libya, a Syrian security official stationed outside the facility said.\n\nSyrian military and security sources in contact with the Russians said that Moscow was pulling back its forces from the front lines and withdrawing some heavy equipment and senior Syrian officers. But the sources said Russia was not pulling out of its two main bases and currently had no intention of doing so.",
     # The report says both bases are not left ("is not leaving its two main bases", named
     # in the next sentence): active, and neither may be proposed as left, whatever the
     # cargo planes at Hmeimim are doing.
     "gold": [gold(HM, "active", "2024-12-15", "2024-12-14"),
              gold(TA, "active", "2024-12-15", "2024-12-14")]},
    {"lang": "en", "split": "held-out 16", "publisher": "Al Mayadeen English (Reuters)", "published": "2024-12-14",
     # published: not on the stored page; Reuters' report of 14 December 2024 it retells
     # ("Satellite imagery from Friday", a plane out "on Saturday"): an estimate.
     "url": "https://english.almayadeen.net/news/politics/russia-scaling-back--not-withdrawing-from-syria--sources-to",
     "text": "Russia scaling back, not withdrawing from Syria: Sources to Reuters\nSyrian military and security sources in contact with Russian counterparts say Moscow is withdrawing forces from forward positions and removing certain heavy equipment and senior Syrian officers.\nRussia is reducing its military presence on the front lines in northern Syria and from positions in the Alawite Mountains but is maintaining its two primary bases in the country following the fall of President Bashar al-Assad, Reuters reported, citing four Syrian officials.\nThe removal of al-Assad, who, along with his late father, former President Hafez al-Assad, fostered a strong alliance with Moscow, has raised questions about the future of Russia's strategic bases: the Hmeimim airbase in Latakia and the Tartous naval facility.\nSatellite imagery from Friday revealed at least two Antonov AN-124 cargo planes, among the largest in the world, at the Hmeimim airbase, with their nose cones open, seemingly being prepared for loading, the news agency highlighted.\nIt cited a Syrian security official stationed near the base as saying that at least one cargo plane departed for Libya on Saturday.\nSyrian military and security sources in contact with Russian counterparts informed Reuters that Moscow is withdrawing forces from forward positions and removing certain heavy equipment and senior Syrian officers.\nHowever, these sources, who requested anonymity due to the sensitivity of the matter, emphasized that Russia is not abandoning its two principal bases and has no immediate plans to do so.",
     # "is maintaining its two primary bases", "not abandoning its two principal bases": both
     # active, never left.
     "gold": [gold(HM, "active", "2024-12-14", "2024-12-15"),
              gold(TA, "active", "2024-12-14", "2024-12-15")]},
    {"lang": "en", "split": "held-out 16", "publisher": "Devdiscourse (Reuters)", "published": "2024-12-14",
     "url": "https://www.devdiscourse.com/article/law-order/3193970-russian-military-maneuvers-amid-syrian-turmoil",
     "text": "Russian Military Maneuvers Amid Syrian Turmoil\nFollowing the recent overthrow of Syria's President Bashar al-Assad, Russian military activity has intensified at the Hmeimim Air Base in Latakia. A Russian cargo plane was spotted departing for Libya, and additional departures are anticipated. Satellite images reveal movements of military equipment, highlighting Moscow's strategic interests in maintaining its Syrian bases.\nRussian military operations have intensified at the Hmeimim Air Base in Syria's Latakia province following the recent upheaval that saw President Bashar al-Assad ousted. A Russian cargo plane was observed leaving for Libya on Saturday, as confirmed by a Syrian security official.\nThe official, stationed outside the facility, noted that further Russian departures are expected shortly. The increased activity at the base included an Ilyushin II-76 cargo plane and an Alligator helicopter landing, alongside the visible deployment of a SU-34 jet for refueling.",
     # A cargo plane out and "further Russian departures are expected" from Hmeimim in
     # December 2024: withdrawing (as the fifteenth set read Reuters' same day), hedged.
     "gold": [gold(HM, "withdrawing", "2024-12-14", "2024-12-13")]},
    {"lang": "en", "split": "held-out 16", "publisher": "Politis (SANA)", "published": "2026-02-21",
     # published: not on the stored page; SANA's report "on Saturday" of the handover
     # (21 February 2026, as TASS and Shafaq date it): an estimate.
     "url": "https://en.politis.com.cy/globe/globe-our-neighbourhood/988067/syria-reclaims-key-airport-from-kurdish-forces",
     "text": "Syrian authorities have taken control of Qamishli Airport, previously held by Kurdish forces, as part of a broader process to integrate them into the state, the official news agency Syrian Arab News Agency reported on Saturday.\n\nQamishli Airport, the only airport in northeastern Syria, has long served as a vital hub for residents, particularly during the 2011–24 civil war. It remained under Damascus’s control for years, operating regular flights linking the city to the capital.\nFrom November 2019, it was also used as a Russian military base, reflecting Moscow’s close alliance with Assad. Operations were suspended following Assad’s removal, and Russia withdrew its forces in early 2026.",
     # "Russia withdrew its forces in early 2026": withdrawn; the text dates it only to early
     # 2026, so its first month or the report's day.
     "gold": [gold(Q, "withdrawn", "2026-01-01", "2026-02-21")]},
    {"lang": "en", "split": "held-out 16", "publisher": "Shafaq News", "published": "2026-02-21",
     "url": "https://www.shafaq.com/en/Middle-East/First-civilian-flight-lands-at-Qamishli-Airport-under-SDF-Damascus-deal",
     "text": "Shafaq News- Qamishli\n\nA civilian aircraft landed at Qamishli International Airport in northeast Syria on Saturday, the first such arrival in more than a year after operations were suspended following the fall of former President Bashar al-Assad’s government.\n\nQamishli Airport is the only airport located in areas controlled by the Syrian Democratic Forces (SDF), a Kurdish-led alliance backed by the United States. Civilian operations halted on December 8, 2024, following the collapse of al-Assad’s rule, while Russian military aircraft continued to use part of the facility as a base until withdrawing late last month.",
     # "until withdrawing late last month": Qamishli withdrawn in January 2026 (the month:
     # the model has no "late").
     "gold": [gold(Q, "withdrawn", "2026-01-01")]},
    {"lang": "en", "split": "held-out 16", "publisher": "MENAFN", "published": "2026-02-22",
     "url": "https://menafn.com/1110773151/Syria-Seizes-Control-of-Qamishli-Airport-Under-SDF-Deal",
     "text": "Syria Seizes Control of Qamishli Airport Under SDF Deal\n(MENAFN) Syria's government has assumed management of Qamishli International Airport in the country's northeast, marking a significant step in the implementation of a broader power-sharing agreement between Damascus and the SDF, authorities confirmed Saturday.\nThe Syrian Civil Aviation Authority said several department directors conducted an on-site inspection of the airport, assessing its technical and administrative condition and outlining a path toward resuming operations in compliance with international safety and efficiency benchmarks, according to Syrian media.\nQamishli Airport carries considerable strategic weight — it is the sole airport in territory previously held by the SDF and has remained closed to civilian air traffic for 15 years.",
     # Damascus takes the airport over from the SDF; nothing said of Russia: no entry.
     "gold": []},
    {"lang": "en", "split": "held-out 16", "publisher": "Haberler.com", "published": "2024-12-19",
     # published: not on the stored page; it retells the Wall Street Journal's report of
     # 18 December 2024 on air defences flown to Libya: an estimate, the day after.
     "url": "https://en.haberler.com/the-new-country-that-russia-which-has-lost-syria-18174670",
     "text": "The end of the 61-year Ba'ath regime in Syria and the overthrow of Bashar al-Assad has disrupted Russia's plans the most. Moscow, which has numerous troops, advanced air defense systems, and weapons at its bases in the country, has begun working on new alternatives outside of Syria. It is claimed that the new country Russia is expected to withdraw to has already been determined. RUSSIA IS MOVING FROM SYRIA TO LIBYAIt has been suggested that the Kremlin will transfer all of its military buildup in Syria to Libya. The claim comes from U.S. and Libyan officials, while Russia is positioned as the patron of the illegitimate armed forces leader Khalifa Haftar in Libya. Russia, which is trying to maintain its military presence in the Middle East, has not made any statements regarding the matter. AIR DEFENSE SYSTEMS ARE BEING SENT TO HAFTER'S BASESOn the other hand, officials stated that Russian cargo planes are transporting air defense equipment from Syria to the bases controlled by Khalifa Haftar. According to a report by the Wall Street Journal (WSJ), the equipment includes radars for the S-400 and S-300 missile defense systems. For years, Russia has protected Bashar al-Assad, and in return, it operates significant naval and air bases in Syria. The naval base in Tartus serves as the only supply and repair point for the Russian navy in the Mediterranean.",
     # "it operates significant naval and air bases", "The naval base in Tartus serves as the
     # only supply and repair point": Tartus active (no air base is named); the move to Libya
     # names no Syrian place.
     "gold": [gold(TA, "active", "2024-12-19")]},
    # Arabic ---------------------------------------------------------------------------
    {"lang": "ar", "split": "held-out 16", "publisher": "TRT عربي", "published": "2024-12-24",
     # published: not on the stored page; "يوم 8 ديسمبر/كانون الأول الجاري" and Assad's asylum
     # "هذا الشهر" put it in late December 2024; the day is an estimate.
     "url": "https://trtarabi.com/now/عسكريا-ودبلوماسيا-الكرملين-روسيا-على-تواصل-مع-الإدارة-السورية-الجديدة-18246537",
     "text": "وقالت موسكو في وقت سابق، إنها تُجري محادثات بشأن مصير المنشأة البحرية التي تديرها في ميناء طرطوس وقاعدة حميميم الجوية التي تديرها في محافظة اللاذقية.\nومنذ سقوط النظام السوري المنهار يوم 8 ديسمبر/كانون الأول الجاري، تواصل روسيا سحب وحداتها العسكرية المتمركزة في مختلف أنحاء سوريا، بما في ذلك دمشق وحمص ومدن أخرى، إلى قاعدة حميميم الجوية في محافظة اللاذقية.\nوتضم قاعدة حميميم، التي يتمركز فيها الجنود الروس، مدارج طائرات وأنظمة دفاع جوي ومعدات عسكرية مهمة.",
     # The two facilities "التي تديرها" (that it operates), soldiers stationed at Hmeimim: both
     # active; units pulled back to Hmeimim are a move's goal, no entry (the cities they
     # leave, Damascus and Homs, are no facilities).
     "gold": [gold(HM, "active", "2024-12-24"),
              gold(TA, "active", "2024-12-24")]},
    {"lang": "ar", "split": "held-out 16", "publisher": "كوزال نت (The Maritime Executive)", "published": "2025-01-22",
     # published: not on the stored page; the Maritime Executive's report of the cargo ship
     # docking at Tartus (21-22 January 2025) and the customs statement of 20 January: an
     # estimate.
     "url": "https://guzelo.net/amp/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/%d8%a7%d9%84%d8%b9%d8%a7%d9%84%d9%85/%d8%a7%d9%84%d8%a5%d8%af%d8%a7%d8%b1%d8%a9-%d8%a7%d9%84%d8%ac%d8%af%d9%8a%d8%af%d8%a9-%d9%81%d9%8a-%d8%b3%d9%88%d8%b1%d9%8a%d8%a7-%d8%aa%d9%84%d8%ba%d9%8a-%d8%a7%d9%84%d8%a7%d8%aa%d9%81%d8%a7%d9%82",
     "text": "الإدارة الجديدة في سوريا تلغي الاتفاقية البحرية مع روسيا!\n\nألغت الإدارة الجديدة في سوريا حق التشغيل الذي كانت روسيا تمتلكه في ميناء طرطوس، منذ 49 عامًا، لتبطل بذلك الاتفاقية البحرية مع روسيا.\n\nوفقًا لتقرير نشرته The Maritime Executive، رست سفينة شحن عسكرية روسية في رصيف البحرية الروسية في طرطوس بعد أن ظلت تنتظر لعدة أيام قبالة السواحل السورية. ويُعتقد أن السفينة تحمل معدات وآليات عسكرية تُجهَّز لإخلائها. ونقلت وكالة الأنباء المحلية السورية Levant24 عن مديرية الجمارك في طرطوس قولها: “تم إلغاء الاتفاقية المتعلقة بميناء طرطوس مع الشركة الروسية، وأصبحت جميع العائدات الآن ملكًا للدولة السورية.”",
     # A cargo ship docked to carry out equipment "تُجهَّز لإخلائها": Tartus withdrawing (the
     # commercial port's contract is no facility of the force).
     "gold": [gold(TA, "withdrawing", "2025-01-22", "2025-01-21")]},
    {"lang": "ar", "split": "held-out 16", "publisher": "الواثق بالله", "published": "2026-02-04",
     # published: not on the stored page; it retells Al Jazeera's satellite images of 4 February
     # 2026 ("الأول من فبراير الجاري"): an estimate.
     "url": "https://alwathiq-biallah.com/%d8%aa%d8%ad%d9%88%d9%84-%d8%a7%d8%b3%d8%aa%d8%b1%d8%a7%d8%aa%d9%8a%d8%ac%d9%8a-%d9%81%d9%8a-%d8%b3%d9%88%d8%b1%d9%8a%d8%a7-%d8%b1%d9%88%d8%b3%d9%8a%d8%a7-%d8%aa%d9%8f%d8%ae%d9%84%d9%8a-%d9%85%d8%b7",
     "text": "تحول استراتيجي في سوريا: روسيا تُخلي مطار القامشلي بالكامل.. إليك التفاصيل الصادمة\n\nفي تطور ميداني لافت يعيد رسم خارطة النفوذ في الشمال الشرقي السوري، كشفت صور أقمار صناعية حديثة عن خلوّ مطار القامشلي الدولي في محافظة الحسكة من أي نشاط جوي أو تمركز عسكري روسي، وذلك بالتزامن مع إجراءات رسمية لتسليمه إلى إدارة الحكومة السورية.\n\nأظهرت الصور الملتقطة في الفترة ما بين منتصف نوفمبر 2025 والأول من فبراير الجاري، تحولاً جذرياً في المطار الذي كان يُعد أكبر قاعدة عسكرية لروسيا في المنطقة. وتؤكد هذه البيانات انتهاء وجود عسكري روسي استمر لعقد كامل من الزمان، حيث بدا المطار خالياً تماماً من التحركات العسكرية المعتادة.",
     # "تُخلي مطار القامشلي بالكامل", images to 1 February: withdrawn.
     "gold": [gold(Q, "withdrawn", "2026-02-01", "2026-02-04")]},
    {"lang": "ar", "split": "held-out 16", "publisher": "العربية.نت (via صحافتي)", "published": "2024-12-15",
     # published: not on the stored page; the meeting with al-Sharaa "مساء أمس السبت" (14
     # December 2024) and the satellite images "يوم الجمعة الماضي" (13 December): an estimate.
     "url": "https://sahafati.com/sa/ar/frame/5517/310058312",
     "text": "على الطريق الدولي بين اللاذقية والعصمة دمشق، التقطت كاميرا العربية.نت رتلاً من الدبابات الروسية قادماً عكس الاتجاه، أي منسحباً من جنوب العاصمة إلى الساحل.وبعد ساعات، أعلن 4 مسؤولين سوريين أن روسيا بدأت بسحب قواتها من الخطوط الأمامية في شمال سوريا ومن مواقع في جبال الساحل، لكنها لم تغادر قاعدتيها الرئيسيتين في البلاد بعد سقوط الرئيس بشار الأسد.ثم أظهرت صور التقطتها أقمار صناعية يوم الجمعة الماضي، ما لا يقل عن طائرتين على ما يبدو من طراز أنتونوف إيه.إن-124، وهي من بين أكبر طائرات الشحن في العالم، في قاعدة حميميم وكانت مقدمتاهما مفتوحتين استعدادا للتحميل على ما يبدو.فما سر هذا الانسحاب الروسي؟",
     # "لم تغادر قاعدتيها الرئيسيتين" (its two main bases, Hmeimim among them) beside the cargo
     # planes readied at Hmeimim: as Reuters' English report of the same day, Hmeimim active,
     # never left. Tartus is not named.
     "gold": [gold(HM, "active", "2024-12-15", "2024-12-14")]},
    {"lang": "ar", "split": "held-out 16", "publisher": "بين برس", "published": "2025-01-08",
     # published: not on the stored page; "بعد مرور شهر على سقوط نظام بشار الأسد" (8 December
     # 2024): an estimate.
     "url": "https://baynpress.com/?p=16352",
     "text": "بعد مرور شهر على سقوط نظام بشار الأسد، لا تزال عملية إعادة انتشار القوات الروسية الموجودة في سوريا منذ عام 2015 قيد التفاوض. ويرغب الكرملين، حليف النظام القديم، في الاحتفاظ بقاعدتين عسكريتين بالقرب من طرطوس واللاذقية، وهما قاعدتان استراتيجيتان للغاية في المنطقة.",
     # The Kremlin wants to keep two bases near Tartus and Latakia: a wish, no entry, and
     # neither may be proposed as left.
     "gold": []},
    {"lang": "ar", "split": "held-out 16", "publisher": "الجريدة (رويترز)", "published": "2024-12-10",
     # published: not on the stored page; Reuters' report of 10 December 2024 on the image
     # of 9 December: an estimate.
     "url": "https://aljarida.com/article/83926/amp",
     "text": "أظهرت صور التُقطت بالأقمار الصناعية أن سفنا تابعة للبحرية الروسية غادرت قاعدة موسكو في طرطوس على الساحل السوري وأن بعضها رسا قبالة الساحل بعد إطاحة قوات المعارضة بالرئيس السوري بشار الأسد.\nوأظهرت صورة التقطتها شركة «بلانيت لابس» في التاسع من ديسمبر ما لا يقل عن ثلاث سفن تابعة لأسطول البحر المتوسط الروسي، بما في ذلك فرقاطتان مزودتان بصواريخ موجهة، راسية على بُعد نحو 13 كيلومتراً شمال غربي طرطوس، ولم يتسن تحديد موقع بقية الأسطول بعد في صور الأقمار الصناعية.\nوفي موسكو، لم ترد وزارة الدفاع الروسية بعد على طلب من رويترز للتعليق.\nوتحاول موسكو، التي كانت حليفة لنظام الأسد لعقود من الزمن، التوصل الآن إلى اتفاق مع المعارضة لضمان سلامة قاعدتين عسكريتين مهمتين استراتيجيا.\nوتملك روسيا قاعدة جوية رئيسية في مدينة اللاذقية الساحلية بينما تقع منشآتها البحرية في طرطوس.",
     # Warships gone from the base and anchored offshore: Tartus reduced. "وتملك روسيا قاعدة
     # جوية رئيسية في مدينة اللاذقية" (an air base called by its town): Hmeimim active.
     "gold": [gold(TA, "reduced", "2024-12-09", "2024-12-10"),
              gold(HM, "active", "2024-12-10")]},
    {"lang": "ar", "split": "held-out 16", "publisher": "صدى البلد", "published": "2026-02-08",
     "url": "https://www.elbalad.news/6863675",
     "text": "رفع الجيش السوري، علم الجمهورية العربية السورية فوق مطار القامشلي بمحافظة الحسكة شمالي شرقي البلاد، مساء اليوم الأحد، عقب استلامه؛ تنفيذا لبنود الاتفاق مع قوات سوريا الديمقراطية (قسد).\n\nوأكد رئيس الهيئة العامة للطيران المدني والنقل الجوي “عمر الحصري”، أن تسلم مطار القامشلي؛ يشكل خطوة سيادية وتنموية مفصلية، ويعزز السلامة الجوية ويدعم التنمية الاقتصادية والخدمية.",
     # The Syrian army raises its flag over Qamishli airport, taken from the SDF; nothing said
     # of Russia: no entry.
     "gold": []},
    {"lang": "ar", "split": "held-out 16", "publisher": "الشرق", "published": "2025-10-15",
     # published: not on the stored page; al-Sharaa's first visit to Moscow (15 October
     # 2025): an estimate.
     "url": "https://now.asharq.com/clips/1784724/الشرع-يزور-موسكو-ويناقش-مع-بوتين-مصير-قواعد-روسيا",
     "text": "الشرع يزور موسكو.. ويناقش مع بوتين مصير قواعد روسيا\nشهدت موسكو لقاء وديا بين الرئيس الروسي فلاديمير بوتين ونظيره السوري أحمد الشرع، ضمن الزيارة الأولى للرئيس السوري الجديد بحسب مراسلة الشرق ديالا الخليلي، التي أشارت إلى تركيز اللقاء على تعزيز العلاقات الثنائية، واستمرار التواجد العسكري الروسي في سوريا كمراكز للمساعدات الإنسانية، والتعاون السياسي والاقتصادي والثقافي",
     # A continued presence discussed, no base named: no entry.
     "gold": []},
    # Russian --------------------------------------------------------------------------
    {"lang": "ru", "split": "held-out 16", "publisher": "kpiz.ru (Reuters)", "published": "2024-12-10",
     # published: not on the stored page; Reuters' report on the image of 9 December 2024:
     # an estimate.
     "url": "https://kpiz.ru/raskryto-mestonahozhdenie-rossijskih-korablej-u-beregov-sirii",
     "text": "Спутниковые снимки показали местонахождение российских военных кораблей у берегов Сирии. Об этом сообщает Reuters.\nНа снимке, сделанном 9 декабря спутником компании Planet Labs, видно по меньшей мере три якобы российских судна, стоящих на якоре примерно в 13 километрах к северо-западу от Тартуса, где расположена российская военная база.\n«Оставшуюся часть флота не удалось обнаружить на спутниковых снимках», — заявило агентство.\nИзраиль уничтожил сирийские военные корабли\n8 декабря главу МИД России Сергея Лаврова на Дохийском форуме попросили прокомментировать ситуацию вокруг российской базы в Тартусе, спутниковые снимки с которой якобы показали, что российские корабли ее покинули. Дипломат объяснил сообщения о якобы выводе российских кораблей проведением учений в Средиземном море.",
     # Ships at anchor 13 km off Tartus, the rest of the fleet not found: Tartus reduced (the
     # Minister's exercises do not bring them back).
     "gold": [gold(TA, "reduced", "2024-12-09", "2024-12-10")]},
    {"lang": "ru", "split": "held-out 16", "publisher": "Дзен (Bloomberg)", "published": "2025-01-28",
     # published: not on the stored page; the delegation that "Сегодня в Сирию прибыла"
     # (Bogdanov and Lavrentiev in Damascus, 28 January 2025): an estimate.
     "url": "https://dzen.ru/a/Z5jquAOo0lllFF2y",
     "text": "Переговоры России с новыми властями Сирии сталкиваются с проблемами, пишет Bloomberg со ссылкой на источники, знакомые с их ходом. Москва пытается добиться сохранения военного присутствия в ближневосточной стране, но этому противодействует Турция, оказывавшая помощь сирийским повстанцам перед приходом к власти. Bloomberg утверждает, что Москва надеется сохранить военные базы в Тартусе и Хмеймиме. Тартус — единственный российский военно-морской логистический узел в Средиземноморье, а Хмеймим — ключевая база снабжения российских сил в Средиземноморье и Северной Африке. В 2017 году Россия получила базы в аренду на 49 лет. Сегодня в Сирию прибыла высокопоставленная российская делегация — первая с момента падения режима Башара Асада.",
     # Moscow "надеется сохранить" the bases, in troubled talks: a hope, no entry (as talks to
     # keep a base in the sets before), and neither may be proposed as left.
     "gold": []},
    {"lang": "ru", "split": "held-out 16", "publisher": "Хибины.ru (Интерфакс)", "published": "2024-12-09",
     # published: not on the stored page; Peskov's remarks of 9 December 2024 to Interfax: an
     # estimate.
     "url": "https://hibiny.ru/murmanskaya-oblast/news/item-dmitriy-peskov-rasskazal-kogda-moskva-nachnet-peregovory-o-sudbe-svoih-voennyh-baz-v-sirii-s-novoy-vlastyu-sar-386189",
     "text": "Россия начнет переговоры с новым руководством Сирии, как только в республике стабилизируется ситуация. Об этом журналистам «Интерфакс\"\nрассказал пресс-секретарь президента РФ Дмитрий Песков, отвечая на вопрос о безопасности российских военных баз в САР.\nГлава пресс-службы Кремля отметил, что в данный момент делается все возможное, чтобы обеспечить безопасность российских военных. Базам ВС РФ в САР сейчас ничего не угрожает.\nПесков отметил, что пока слишком рано выходить на серьезные переговоры с новой властью в Сирии. Как только там все успокоится, Москва, конечно же, начнет налаживать контакты.\nСправка: в Сирии расположены две крупные базы ВС РФ: база ВМФ «Тартус» и база ВКС «Хмеймим».",
     # "в Сирии расположены две крупные базы ВС РФ", nothing threatens them: both active.
     "gold": [gold(TA, "active", "2024-12-09"),
              gold(HM, "active", "2024-12-09")]},
    {"lang": "ru", "split": "held-out 16", "publisher": "News.ru (ТАСС)", "published": "2024-12-13",
     # published: not on the stored page; it follows the Bloomberg report of 13 December 2024
     # that a deal was near: an estimate.
     "url": "https://news.ru/russia/stalo-izvestno-o-peregovorah-rf-s-vlastyami-sirii-o-sohranenii-voennyh-baz",
     "text": "Россия обсуждает с новыми сирийскими властями сохранение двух своих военных баз на территории республики, сообщил ТАСС источник, знакомый с ходом переговоров. По словам собеседника, Москва заручилась временными гарантиями безопасности.\n\nВ настоящее время Москва ведет переговоры с представителями новых властей о сохранении присутствия в Сирии и прежнего статуса российских военных баз в Тартусе и Латакии <...>. Российская сторона заручилась временными гарантиями безопасности, поэтому военные базы функционируют в обычном режиме, — сказал собеседник агентства.",
     # "военные базы функционируют в обычном режиме" (the bases in Tartus and Latakia): both
     # active; the talks to keep them are no entry of their own.
     "gold": [gold(TA, "active", "2024-12-13"),
              gold(HM, "active", "2024-12-13")]},
    {"lang": "ru", "split": "held-out 16", "publisher": "Труд", "published": "2024-12-13",
     # published: the address gives 13 December 2024.
     "url": "https://trud.ru/article/13-12-2024/1672461_neskolko_rossijskix_transportnikov_il-76_pribyli_na_bazu_xmejmim_v_sirii.html",
     "text": "Несколько российских военно-транспортных самолетов Ил-76 совершили посадку на авиабазе Хмеймим в Сирии, где в последние годы размещались подразделения Воздушно-космических сил России. Об этом в пятницу, 13 декабря сообщает Telegram-канал Free Syria News Network (FSNN).\nБаза Хмеймим расположена в провинции Латакия. Приземление одного из российских воздушных судов попало на видео. Других подробностей по поводу происходящего СМИ не приводят.",
     # Il-76s landing at Hmeimim, no word of what they carry away: active.
     "gold": [gold(HM, "active", "2024-12-13")]},
    {"lang": "ru", "split": "held-out 16", "publisher": "Delfi (RUS)", "published": "2025-01-21",
     # published: not on the stored page; Al Watan's news of 19 January 2025 noticed "два дня
     # спустя": an estimate.
     "url": "https://rus.delfi.lv/57862/abroad/120058365/novye-vlasti-sirii-rastorgli-soglashenie-s-rossiey-po-portu-tartus-gde-nahoditsya-baza-vmf-rf",
     "text": "Новые власти Сирии расторгли соглашение об управлении морским портом Тартус, заключенное с Россией в 2019 году. Об этом 19 января сообщило издание Al Watan online, русскоязычные СМИ обратили внимание на эту новость два дня спустя.\n\"Соглашение об инвестициях в порт Тартус с российской компанией было аннулировано. Все доходы от деятельности порта будут использоваться в интересах сирийского государства\", — цитирует заявление директора таможенного управления провинции Тартус Риада Джуди в переводе на русский язык газета \"Коммерсант\". Чиновник добавил, что рабочие вернутся к восстановлению оборудования, которое не было модернизировано по условиям соглашения.\nВ Тартусе, втором по величине порте Сирии, находится пункт материально-технического обеспечения ВМФ РФ.",
     # The commercial port's contract is ended; the naval facility "находится" in Tartus:
     # active, not left.
     "gold": [gold(TA, "active", "2025-01-21")]},
    {"lang": "ru", "split": "held-out 16", "publisher": "Minval.az (Коммерсант)", "published": "2026-01-22",
     "url": "https://minval.az/news/124512472",
     "text": "Правительство Сирии рассматривает возможность поставить вопрос о выводе российских военных с аэродрома в Камышлы на севере страны — одной из трех баз РФ в Сирии. Об этом сообщает «Коммерсант» со ссылкой на источник в Дамаске.\n\nПо его словам, обсуждение может начаться после того, как контроль над провинцией Хасеке, где расположен Камышлы, перейдет от курдских формирований к сирийским властям. Собеседник издания полагает, что российскую сторону могут попросить полностью покинуть аэродром, отметив, что в нынешних условиях присутствие российских военных там утратило смысл. Детали возможных договоренностей он не уточнил.",
     # Damascus may ask Russia to leave Qamishli, "одной из трех баз РФ в Сирии": the base is
     # Russia's and not yet left: active (the asking is a possibility, no leaving).
     "gold": [gold(Q, "active", "2026-01-22")]},
    {"lang": "ru", "split": "held-out 16", "publisher": "Обозреватель", "published": "2026-01-26",
     "url": "https://www.obozrevatel.com/novosti-mir/rossijskie-voennyie-pokidayut-aerodrom-na-severe-sirii-media.htm",
     "text": "Российские Воздушно-космические силы стали выводить свои вертолеты с аэродрома Эль-Камышлы на севере Сирии. К выводу личного состава и техники подключили даже тяжелую транспортную авиацию.\n\nОб этом сообщает телеканал Kuridstan24. По предварительной информации, это происходит по согласованию с правительством Дамаска.\n\nКорреспонденты телеканала подтвердили, что с аэродрома была выведена другая боевая техника. Отмечается, что в этом районе войска Дамаска потеснили курдов, которых ранее поддерживали США, но сейчас Вашингтон приостановил поддержку.\n\nУ России в Сирии основной базой остается Хмеймим в провинции Латакия на побережье Средиземного моря. Сообщается, что Москва ведет переговоры с новым правительством Сирии о продлении ее функционирования.",
     # Helicopters and equipment being taken out of Qamishli: withdrawing. "основной базой
     # остается Хмеймим": Hmeimim active (the talks to extend it are no entry).
     "gold": [gold(Q, "withdrawing", "2026-01-26"),
              gold(HM, "active", "2026-01-26")]},
]
