"""The twenty-fourth held-out set of the intake evaluation (see `bench.intake.corpus`).

Assembled on 2026-12-03 (evening) from the stored pages of the `search` tool (corpus
`pages`, queries in English, Arabic and Russian), before the pipeline ever ran on any of
it, and sealed: it is not registered in `bench/intake/corpus.py` or `__main__.py`. None of
its URLs is in another split (checked against the `url` lines of every
`bench/intake/corpus*.py`, the twenty-first to twenty-third sets included, percent-decoded,
scheme and "www." set aside, a stored URL that is a prefix of a new one, or the other way
round, counting as the same page; checked again just before the commit).

The stored pages are saturated, and the round had little time: of about 120 candidate URLs
checked, about 90 were in a split already (nearly every page on Qamishli's withdrawal of
January 2026, on the refugees at Hmeimim of March 2025, on the flights of October 2025 and
on the Tartus contract). Of the new ones, several were Ukrainian-language (militarnyi,
for-ua, ipress), which the intake does not read, or of events before December 2024
(Kazakh pages on Putin's visit of 2017). So the set is short: 15 reports (5 English, 6
Arabic, 4 Russian). Publishers no other split cites: MENA Research Center, Caliber.Az
(Azerbaijan), Arab News through a mirror (wingday.site), زمان الوصل, روسيا اليوم (rtarabic),
إلكا (Turkey), صنعاء سيتي (Yemen), АПН; other pages of publishers cited before: SouthFront
(its Arabic site's English copy), news-pravda.com (its Syrian English page), Egypt
Telegraph, سبوتنيك عربي, Лента.ру, News.ru, ru24.net. Honestly: three Arabic reports and two
others have no entry (talks or statements on bases left unnamed, a condition, talks on the
bases' "судьба"), so the entries are few (12: 4 a language); and many dates are estimates
from the text, each said in a comment (Egypt Telegraph's, "about March 2025", is the
weakest). Each excerpt is as the search gave the stored page, cut to the paragraphs and
sentences the entries need. Every entry was written down by hand from the text.

Conventions of the sets before are kept: a base the report says is Russia's, exists, works
or shelters people now is active; civilians at or out of a base are not the force; a base a
move goes to is not entered from the move alone; a withdrawal reported as begun (a hedge
included: "якобы") is withdrawing; talks for forces to remain at a named base are active,
but talks on the bases' "fate" or "future", a plan, a wish or a condition are no entry; a
report that says nothing of Russia's forces at a named facility has no entry.
"""

from bench.intake.gold import HM, Q, TA, gold

UNSEEN_24_REPORTS = [
    # English --------------------------------------------------------------------------
    {"lang": "en", "split": "held-out 24", "publisher": "SouthFront (arab.southfront.press, English)", "published": "2025-03-08",
     # published: not on the stored page; the toll it gives is "by March 8 morning": an
     # estimate, that day.
     "url": "https://arab.southfront.press/russia-opens-air-base-for-refugees-as-toll-from-syrian-coast-rebellion-exceeds-230-photos-video",
     "text": "Russia Opens Air Base For Refugees As Toll From Syrian Coast Rebellion Exceeds 230 (Photos, Video)\n\nThe Russian military on March 7 opened Khmeimim Air Base on the Syrian coast for hundreds of Alawite refugees as the death toll from the rebellion against the new Islamist government in the country exceeded 230.\n\nHundreds of Alawite civilians who had gathered to demand international protection outside Khmeimim Air Base near Jableh were trapped as government forces approached. To avoid another massacre, the Russian military allowed them to take refuge within the perimeter of the air base and provided them with humanitarian aid.\n\nPhotos posted to social networks showed women, children and elderly sleeping inside one of the base's administrative buildings.\n\nThe Syrian Observatory for Human Rights said that a total of 238 people had been killed on the coast by March 8 morning, including at least 162 Alawites civilians who were executed by government forces.",
     # The Russian military opening Khmeimim and sheltering people in it: active (the 7 March
     # of the opening, or the publication). The refugees are not the force.
     "gold": [gold(HM, "active", "2025-03-08", "2025-03-07")]},
    {"lang": "en", "split": "held-out 24", "publisher": "MENA Research Center", "published": "2025-03-20",
     # published: not on the stored page; "nearly two weeks after the bloody events on the
     # Syrian coast" (6-10 March 2025): an estimate.
     "url": "https://mena-researchcenter.org/the-role-of-the-hmeimim-base-in-syria",
     "text": "Nearly two weeks after the bloody events on the Syrian coast, which resulted in over a thousand deaths and tens of thousands of displaced people, the issue has returned to the political spotlight, particularly concerning the situation of those displaced from the Syrian coast to the Russian Hmeimim base in the northwest of the country, and the reasons behind Russia's protection of them. The initial spark of violence began with attacks by remnants of the former regime on Syrian security force checkpoints. These attacks were numerous, organized, coordinated, and had an external dimension, primarily from Russia and specifically from the Hmeimim base, which now houses senior officers and remnants of the former regime.\nThe violence forced some residents of coastal cities and villages to flee, with some heading to Lebanon while others remained inside Syria, hiding in orchards, mountains, and remote areas. Thousands sought refuge at the Russian Hmeimim airbase.",
     # "the Russian Hmeimim base ..., which now houses": active at the (estimated)
     # publication. Who is sheltered there is not the force.
     "gold": [gold(HM, "active", "2025-03-20", "2025-03-19", "2025-03-21")]},
    {"lang": "en", "split": "held-out 24", "publisher": "Arab News (AFP), via wingday.site", "published": "2025-03-11",
     # published: not on the stored page; "on Tuesday" and the photo of 11 March 2025: an
     # estimate, that Tuesday.
     "url": "https://wingday.site/node/2593274/amp",
     "text": "Thousands of Syria Alawites seek refuge in Russian air base\n\nHMEIMIM: Thousands of Alawites sought refuge in Russia's Hmeimim military air base in western Syria on Tuesday, a war monitor said, after sectarian mass killings swept the region.\n\"Thousands of Alawite civilians fled the massacres in the city of Jableh and its surrounding villages to seek refuge inside and around the Hmeimim military base,\" the head of the Syrian Observatory for Human Rights, Rami Abdel Rahman, told AFP.\nThe Observatory said that some of the displaced, who began arriving at the base on Friday, were refusing to go home for fear of further violence while some had had their homes destroyed.\nThe mayor of Jableh, Amjad Sultan, told AFP he had come to the base to convince people it was safe to return home.\n\"We have transported some of the wounded, they are currently in ambulances. We will also work to evacuate the families, one by one,\" he added.",
     # "Russia's Hmeimim military air base" sheltering thousands: active. The wounded and
     # families taken out are civilians, not the force.
     "gold": [gold(HM, "active", "2025-03-11", "2025-03-12")]},
    {"lang": "en", "split": "held-out 24", "publisher": "Caliber.Az (TASS)", "published": "2025-03-13",
     # published: not on the stored page; Zakharova's briefing and the Observatory's toll "by
     # March 12": an estimate, 13 March 2025.
     "url": "https://caliber.az/en/post/mfa-russia-s-hmeimim-base-provides-lifeline-to-8-000-syrians-fleeing-violence",
     "text": "MFA: Russia's Hmeimim base provides lifeline to 8,000 Syrians fleeing violence\nRussia has opened its Hmeimim military base to Syrians seeking refuge, with more than 8,000 people already finding shelter, according to Russian Foreign Ministry spokesperson Maria Zakharova.\n\"The Russian Hmeimim airbase opened its doors to local residents who were looking for rescue from the pogroms. They were looking for refuge, realizing it was a matter of life and death. Our military sheltered more than 8,000, that's the statistics as of yesterday, possibly even closer to 9,000 Syrians. Mostly, we're talking about women and children.\" Zakharova said.\nSince March 7, those fleeing the violence have sought shelter at the Russian base in Hmeimim. Some refugees have also fled to the mountains for safety.\nOn March 12, the AFP news agency reported that Jableh's mayor, Amjad Sultan, visited the Russian military base to urge people taking refuge there to return home.",
     # "Our military sheltered more than 8,000" at "Russia's Hmeimim military base": active.
     "gold": [gold(HM, "active", "2025-03-13", "2025-03-12")]},
    {"lang": "en", "split": "held-out 24", "publisher": "news-pravda.com (Syria, English)", "published": "2025-02-07",
     # published: the date in the page's address.
     "url": "https://syria.news-pravda.com/en/world/2025/02/07/18611.html",
     "text": "Syria will keep Russian military bases in Tartus and Khmeimim on its territory if it benefits it. This was stated by the Minister of Defense of the Syrian Transitional Government, Murhaf Abu Qasra",
     # A condition ("if it benefits it") for the bases to be kept: no entry.
     "gold": []},
    # Arabic ---------------------------------------------------------------------------
    {"lang": "ar", "split": "held-out 24", "publisher": "زمان الوصل", "published": "2024-12-15",
     # published: not on the stored page; "أمس السبت" with the Washington Post's images of
     # "أول أمس الجمعة" (13 December 2024): an estimate, Sunday 15 December 2024.
     "url": "https://zamanalwsl.net/news/article/165130",
     "text": "روسيا تبدأ بسحب قواتها من مطار القامشلي\n\nعلمت \"زمان الوصل\" من مصادر خاصة  بأن روسيا بدأت سحب قواتها من مطار القامشلي بريف محافظة الحسكة الشمالي الشرقي، باتجاه قاعدة \"حميميم\" الجوية في منطقة جبلة بريف محافظة اللاذقية، شمال غرب سوريا.\n\nوأكدت المصادر، أن القوات الروسية سحبت أمس السبت، معدات من مطار القامشلي بريف محافظة الحسكة الشمالي الشرقي، عبر طائرتين نقل من نوع \"يوشن\"، إلى قاعدة \"حميميم\" في منطقة \"جبلة\" بريف اللاذقية، مؤكدةً، أنها سحبت أيضاً طائرتين حربيتين من المطار باتجاه أكبر القواعد الروسية في سوريا.\n\nوأشارت المصادر، إلى أن القوات الروسية لا تزال تُبقي على 5 طائرات حربية من طراز \"سوخوي - 34\" ضمن مطار القامشلي، مُرجحة أن يتم نقلها إلى قاعدة \"حميميم\" الجوية خلال الأيام القادمة تمهيداً لتفكيكها ونقلها إلى روسيا.",
     # Withdrawal from Qamishli begun, five jets still there: withdrawing (the Saturday of the
     # flights, 14 December, or the publication). Hmeimim is where the move goes: no entry;
     # moving the jets on is a plan.
     "gold": [gold(Q, "withdrawing", "2024-12-14", "2024-12-15")]},
    {"lang": "ar", "split": "held-out 24", "publisher": "Egypt Telegraph", "published": "2025-03-15",
     # published: not on the stored page; after Abu Qasra's words (early February 2025) and
     # Nebenzia's of "الشهر الماضي": a weak estimate, about March 2025.
     "url": "https://www.egypttelegraph.com/article/149766/%D8%A7%D9%84%D8%AE%D8%A7%D8%B1%D8%AC%D9%8A%D8%A9-%D8%A7%D9%84%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D9%86%D8%AA%D9%81%D8%A7%D9%88%D8%B6-%D8%B9%D9%84%D9%89-%D9%82%D9%88%D8%A7%D8%B9%D8%AF%D9%86%D8%A7-%D9%81%D9%8A-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7",
     "text": "الخارجية الروسية: نتفاوض على قواعدنا في سوريا\n\nصرح نائب وزير الخارجية الروسي، سيرجي فيرشينين، بأن روسيا تواصل حوارًا قائمًا على الاحترام المتبادل مع سوريا، يشمل مجموعة كاملة من قضايا العلاقات الثنائية، بما في ذلك القواعد العسكرية الروسية في البلاد، مؤكدًا أن هذا الحوار يأخذ في الاعتبار مصالح الجانبين، بحسب وكالة \"نوفوستي\"\nوعند سؤاله عما إذا كان الحوار يشمل القواعد العسكرية، أجاب الدبلوماسي: \"إنه يشمل مجموعة كاملة من قضايا العلاقات الثنائية\".\nيأتي هذا التأكيد بعد أن أكد المندوب الروسي الدائم لدى الأمم المتحدة، فاسيلي نيبينزيا، الشهر الماضي أن القوات الروسية في سوريا لا تزال في مواقعها، مشيرًا إلى أن موسكو تواصل الحوار مع الحكومة السورية.",
     # Talks on "القواعد العسكرية الروسية" unnamed, and forces "في مواقعها" at no named
     # facility: no entry.
     "gold": []},
    {"lang": "ar", "split": "held-out 24", "publisher": "سبوتنيك عربي (sarabic.ae)", "published": "2025-12-03",
     # published: the page's own date (and its address).
     "url": "https://sarabic.ae/20251203/%D9%85%D9%88%D8%B3%D9%83%D9%88-%D8%A7%D9%84%D9%82%D9%88%D8%A7%D8%B9%D8%AF-%D8%A7%D9%84%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D9%81%D9%8A-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%AA%D9%88%D8%A7%D8%B5%D9%84-%D8%B9%D9%85%D9%84%D9%87%D8%A7-%D9%88%D8%AA%D9%82%D9%88%D9%85-%D8%A8%D8%AF%D9%88%D8%B1%D9%87%D8%A7-%D9%81%D9%8A-%D8%A7%D8%B3%D8%AA%D9%82%D8%B1%D8%A7%D8%B1-%D8%A7%D9%84%D9%85%D9%86%D8%B7%D9%82%D8%A9-1107774887.html",
     "text": "صرّح نائب وزير الخارجية الروسي سيرغي فيرشينين، أن القواعد العسكرية الروسية في سوريا لا تزال قيد التشغيل، مشيرا إلى دورها في استقرار الوضع في سوريا والمنطقة.\nوقال فيرشينين خلال مقابلة: \"يلعب الوجود الروسي، بما في ذلك الوجود العسكري، دورا في استقرار الوضع في سوريا وخارجها، وفي المنطقة ككل\".\n\nوأضاف: \"هذه القواعد عاملة حاليا، وتسهم إسهاما إيجابيا في استقرار الوضع العام في المنطقة\".\n\nوأكد أن روسيا لا تزال تعتقد أن قواعدها في سوريا يمكن استخدامها لإيصال المساعدات الإنسانية إلى سوريا.\nوفي وقت سابق، صرّح وزير الخارجية السوري، أسعد الشيباني، متحدثا عن القواعد الروسية في سوريا، بأن هذا الموضوع محل مفاوضات بين دمشق وموسكو.\nوصرح المتحدث باسم الكرملين، دميتري بيسكوف، بأن موضوع القواعد العسكرية الروسية كان على جدول أعمال المحادثات بين الرئيس الروسي فلاديمير بوتين والرئيس السوري للمرحلة الانتقالية، أحمد الشرع، الذي زار موسكو منتصف أكتوبر/تشرين الأول.",
     # "هذه القواعد عاملة حاليا" says bases work, but names none (in December 2025 Qamishli
     # was still Russia's besides Hmeimim and Tartus, so no base can be read in): no entry.
     # The talks are on bases unnamed: no entry.
     "gold": []},
    {"lang": "ar", "split": "held-out 24", "publisher": "روسيا اليوم (rtarabic.com)", "published": "2025-07-14",
     # published: not on the stored page; the same Vershinin statement to Novosti that
     # مرسال قطر dates 14 July 2025, and "في الثامن من ديسمبر الماضي": an estimate.
     "url": "https://rtarabic.com/middle_east/1692338-%D8%A7%D9%84%D8%AE%D8%A7%D8%B1%D8%AC%D9%8A%D8%A9-%D8%A7%D9%84%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D8%AA%D8%A4%D9%83%D8%AF-%D8%A7%D8%B3%D8%AA%D9%85%D8%B1%D8%A7%D8%B1-%D8%A7%D9%84%D8%A7%D8%AA%D8%B5%D8%A7%D9%84%D8%A7%D8%AA-%D9%85%D8%B9-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%AD%D9%88%D9%84-%D8%A7%D9%84%D9%82%D9%88%D8%A7%D8%B9%D8%AF-%D8%A7%D9%84%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D9%87%D9%86%D8%A7%D9%83",
     "text": "الخارجية الروسية تؤكد استمرار الاتصالات مع سوريا حول القواعد الروسية\n\nقال نائب وزير الخارجية الروسي سيرغي فيرشينين، في حديث لوكالة نوفوستي، إن الاتصالات بين موسكو ودمشق حول القواعد الروسية في سوريا لا تزال مستمرة.\n\nوأضاف فيرشينين: \"يمكنني التأكيد أننا نواصل اتصالاتنا مع دمشق بشأن جميع القضايا. ولطالما كانت لدينا علاقات ودية مع الشعب السوري بشكل تقليدي. وهنا أؤكد بالتحديد وبالذات مع الشعب السوري، لأنه لا داعي للحديث عن الأنظمة في هذه الحالة. ونواصل الآن هذه الاتصالات للتوصل إلى حل يلبي مصالح روسيا، ومصالح دمشق، ومصالح الاستقرار الإقليمي\".",
     # Contacts on "القواعد الروسية" unnamed, for "a solution": no named base, no entry.
     "gold": []},
    {"lang": "ar", "split": "held-out 24", "publisher": "إلكا (ilkha.com, Turkey; Reuters)", "published": "2024-12-14",
     # published: not on the stored page; "اليوم السبت", the asylum given to Assad "الأسبوع
     # الماضي" and the images of "أمس الجمعة": Reuters' story of Saturday 14 December 2024, an
     # estimate.
     "url": "https://ilkha.com/arabi/world/432420/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7%D8%B7%D8%A7%D8%A6%D8%B1%D8%A9%D8%B4%D8%AD%D9%86%D8%B1%D9%88%D8%B3%D9%8A%D8%A9%D8%AA%D8%BA%D8%A7%D8%AF%D8%B1%D9%82%D8%A7%D8%B9%D8%AF%D8%A9%D8%AD%D9%85%D9%8A%D9%85%D9%8A%D9%85%D8%A5%D9%84%D9%89%D9%84%D9%8A%D8%A8%D9%8A%D8%A7",
     "text": "غادرت طائرة شحن روسية، اليوم السبت، سوريا من قاعدة حميميم في مدينة اللاذقية الساحلية متجهة إلى ليبيا، وفق ما أكده مسؤول أمني سوري لوكالة رويترز.\nقال مسؤول أمني سوري، متمركز خارج القاعدة الجوية الروسية: \"من المتوقع إقلاع المزيد من الطائرات الروسية من حميميم في الأيام المقبلة، دون ورود أنباء عن سبب توجه الطائرة إلى ليبيا أو ماذا تنقل\".\nورُصدت أنشطة متزايدة في القاعدة الجوية خلال اليوم، فبخلاف طائرة الشحن التي أقلعت، شُوهدت طائرة شحن من طراز إليوشن آي.إل-76 وطائرة هليكوبتر من طراز أليجيتور تهبطان في القاعدة.\nوأظهرت صور الأقمار الصناعية، أمس الجمعة، نقل معدات عسكرية روسية في قاعدة حميميم، وظهرت طائرتا شحن من طراز أنتونوف إيه.إن-124.\nوقالت موسكو: \"إنها تأمل في الحفاظ على قاعدتيها في سوريا، وهما قاعدة حميميم الجوية في اللاذقية وقاعدة بحرية في طرطوس\".",
     # A cargo plane leaving Hmeimim for Libya and equipment moved at the base: withdrawing (as
     # the twelfth sealed set's reading of the same day; Libya is the destination, no entry).
     # More planes "expected" is a plan; the hope to keep both bases is no entry.
     "gold": [gold(HM, "withdrawing", "2024-12-14", "2024-12-13")]},
    {"lang": "ar", "split": "held-out 24", "publisher": "صنعاء سيتي (Yemen; Bloomberg)", "published": "2025-10-30",
     # published: not on the stored page; the An-124's last flight "يوم الأربعاء" (29 October
     # 2025) in Bloomberg's story of 30 October: an estimate.
     "url": "https://www.sanaa-city.net/71522",
     "text": "استأنفت روسيا رحلاتها العسكرية إلى قاعدة حميميم الجوية في سوريا، بعد انقطاع دام قرابة ستة أشهر، في خطوة تشير إلى تجدد النشاط وإعادة بناء العلاقات بين البلدين.\nووفقاً لبيانات موقع “Flightradar24” لتتبع الرحلات الجوية، تم رصد حلول طائرتين روسيتين على الأقل إلى اللاذقية، حيث تقع القاعدة:\n- طائرة نقل من طراز “إليوشن إيل-62 أم” تابعة لسلاح الجو الروسي، حلقت من ليبيا إلى اللاذقية ثم إلى منطقة موسكو في 26 أكتوبر.\n- طائرة “أنتونوف أن-124-100 روسلان”، وهي ذات سعة شحن ثقيلة، وصلت إلى المطار ثلاث مرات منذ 24 أكتوبر، وكانت آخر رحلة يوم الأربعاء.\nوتُعدّ قاعدة حميميم مركزاً لوجستياً رئيسياً لعمليات موسكو في أجزاء من القارة الأفريقية. وإلى جانب القاعدة الجوية، تحافظ روسيا على موطئ قدمها البحري الوحيد في البحر الأبيض المتوسط عبر ميناء طرطوس.",
     # Military flights to Hmeimim resumed, the base "مركزاً لوجستياً رئيسياً": active (the
     # publication, or the first flight of 24 October). "تحافظ روسيا على موطئ قدمها البحري
     # ... عبر ميناء طرطوس": kept, active.
     "gold": [gold(HM, "active", "2025-10-30", "2025-10-24", "2025-10-29"),
              gold(TA, "active", "2025-10-30")]},
    # Russian --------------------------------------------------------------------------
    {"lang": "ru", "split": "held-out 24", "publisher": "АПН (apn.ru)", "published": "2026-01-28",
     # published: the page's own date.
     "url": "https://www.apn.ru/index.php?newsid=49189",
     "text": "Кремль не комментирует вывод войск в Сирии, возможность экстрадиции Асада и потери ВС РФ\n\nКак сообщает \"Рейтерс\", Россия начала вывод войск из аэродрома в Камышлы на северо-востоке Сирии, чтобы завершить своё военное присутствие в регионе, где правительство Дамаска пытается перехватить контроль у курдских сил. Уточняется, что часть войск должна была передислоцироваться на российскую авиабазу Хмеймим на западе Сирии, а другая часть — вернуться в Россию.\nПресс-секретарь президента РФ Дмитрий Песков сообщил, что комментировать такие новости - прерогатива Министерства обороны. В то же время, сказал Песков, Кремль \"никак не комментирует\" тему Асада (и его возможной экстрадиции из России).",
     # The withdrawal from Qamishli begun: withdrawing (the publication, or Reuters' 26
     # January). Hmeimim is the destination: no entry of its own.
     "gold": [gold(Q, "withdrawing", "2026-01-28", "2026-01-26")]},
    {"lang": "ru", "split": "held-out 24", "publisher": "Лента.ру", "published": "2026-01-28",
     # published: the page's own date ("13:22, 28 января 2026").
     "url": "https://lenta.ru/news/2026/01/28/peskov-prokommentiroval-dannye-o-vyvode-voysk-s-rossiyskoy-bazy-v-sirii/",
     "text": "Песков прокомментировал данные о выводе войск с российской базы в Сирии\n\nВопрос вывода войск с российской авиабазы на северо-востоке Сирии — прерогатива Минобороны. Об этом заявил пресс-секретарь президента России Дмитрий Песков, передает ТАСС.\n\n«Что касается вопросов дислокации наших вооруженных сил на территории Сирийской Арабской Республики - это прерогатива министерства обороны. Мы рекомендуем обращаться туда», — подчеркнул официальный представитель Кремля.\n\nРанее агентство Reuters со ссылкой на пять сирийских источников сообщило, что Россия якобы начала вывод войск из аэродрома в Камышлы на северо-востоке Сирии, чтобы завершить свое военное присутствие в регионе, где правительство Дамаска пытается перехватить контроль у курдских сил.\n\nВ материале уточняется, что часть войск должна была передислоцироваться на российскую авиабазу Хмеймим на западе Сирии, а другая часть — вернуться в Россию.",
     # "якобы начала вывод войск из аэродрома в Камышлы": withdrawing (a hedge, entered as
     # the sets before; the publication or Reuters' 26 January). Hmeimim as the destination
     # is no entry.
     "gold": [gold(Q, "withdrawing", "2026-01-28", "2026-01-26")]},
    {"lang": "ru", "split": "held-out 24", "publisher": "News.ru", "published": "2025-10-16",
     # published: the page's own date.
     "url": "https://news.ru/vlast/v-kremle-raskryli-vazhnuyu-temu-peregovorov-putina-i-prezidenta-sirii",
     "text": "В Кремле раскрыли важную тему переговоров Путина и президента Сирии\n\nТема судьбы российских военных баз в Хмеймиме и Тартусе была озвучена во время переговоров главы России Владимира Путина и президента Сирии на переходный период Ахмеда аш-Шараа, заявил ТАСС представитель Кремля Дмитрий Песков. Встреча политиков состоялась в среду, 15 октября.\n\nПо базам — тема фигурировала на повестке дня. Это вот, что я вам хочу сказать, — сказал Песков.\n\nРанее глава МИД РФ Сергей Лавров заявил, что функции российского присутствия в Сирии нужно переформатировать. Дипломат отметил заинтересованность ряда стран Ближнего Востока в сохранении российской миссии, но новые условия диктуют пересмотреть политику Москвы в этом направлении.",
     # Talks on the "судьба" (fate) of the bases at Hmeimim and Tartus: the open question,
     # no entry (gold.py); reshaping the presence is a plan.
     "gold": []},
    {"lang": "ru", "split": "held-out 24", "publisher": "ru24.net (РИА Новости)", "published": "2024-12-13",
     # published: the page says only "Декабрь 2024"; Peskov's words and the Turkish defence
     # minister's of "накануне" (mid-December 2024): an estimate, 13 December (12 to 14).
     "url": "https://m.ru24.net/pics/393949105",
     "text": "Песков: окончательная судьба военных баз в Сирии определится позже\n\nРоссия и новые власти Сирии пока не пришли к договоренности по судьбе военных баз. Об этом сообщил официальный представитель Кремля Дмитрий Песков, которого процитировало РИА «Новости».\n\n«Мы осуществляем контакты с представителями тех сил, которые сейчас контролируют ситуацию в стране, и все это будет определяться в ходе диалога», — заявил он.\n\nРоссии принадлежат пункт материально-технического обеспечения ВМФ в Тартусе, работающий еще с 1971 года, и авиабаза Хмеймим в провинции Латакия.\n\nНакануне министр национальной обороны Турции Яшар Гюлер заявил, что Россия могла забрать из Сирии некоторые корабли, чтобы их отремонтировать, но признаков полного вывода контингента из страны не наблюдается. При этом он выразил готовность помогать российским войскам, если они останутся в стране.",
     # "России принадлежат пункт ... в Тартусе ... и авиабаза Хмеймим": both said to be
     # Russia's now, active. The talks on the bases' "судьба" are no entry; "могла забрать
     # ... некоторые корабли" is a third party's guess naming no base, not entered as reduced.
     "gold": [gold(TA, "active", "2024-12-13", "2024-12-12", "2024-12-14"),
              gold(HM, "active", "2024-12-13", "2024-12-12", "2024-12-14")]},
]
