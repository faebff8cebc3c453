"""The eighteenth held-out set of the intake evaluation (see `bench.intake.corpus`).

Assembled on 2026-12-03 (afternoon) from the stored pages of the `search` tool (corpus
`pages`, queries in English, Arabic and Russian), before any change of this round to the
pipeline; none of its URLs is in another split (checked against the `url` lines of every
corpus file, percent-decoded, a stored URL that is a prefix of a new one, or the other way
round, counting as the same page). The stored pages are saturated with the stories the sets
before hold; chosen, where the search gave a choice, from publishers no other split cites
and constructions the sets before had little of: bases kept "except for" a list, presence
carried by "there", a naval base "housing" a port, a removal of ships denied ("якобы"),
civilians sheltered at or flown out of a base, a withdrawal "completed", several reports
with no entry. Honestly: some retell stories other splits hold (the SOHR report of Amuda
and Hisyah of 25 December 2024, the May 2025 attack on Hmeimim, Kommersant's patrols of
August 2025), and the Russian part has only two entries. Each excerpt is as the search
gave the stored page, cut to the paragraphs the entries need. Every entry was written down
by hand from the text and committed before the pipeline first ran on these reports; that
first run is in BENCHMARKS.md ("Report intake", the eighteenth set).

`published`: the page's own date where the stored page gives one (or its address does);
otherwise the note says where the date comes from (an estimate from what the text tells).
Conventions of the sets before are kept: a base the report says is kept or not left is
active and must never be proposed as left; a plan, talks, a wish or a hope to keep a base
is no entry; a base said to be Russia's, to exist or to work is active; a base a move goes
to is not entered from the move alone; a report that says nothing of Russia's forces at a
named facility has no entry. Settled this round: civilians or diplomats sheltered at, or
flown out of, a base are not the force, and do not make the base withdrawing.
"""

from bench.intake.gold import AM, HI, HM, Q, TA, gold

HAMA = 170017  # Ḩamāh in GeoNames' cities500

UNSEEN_18_REPORTS = [
    # English --------------------------------------------------------------------------
    {"lang": "en", "split": "held-out 18", "publisher": "Daily Wrap (WP Tech)", "published": "2025-01-27",
     # published: not on the stored page; the Spartas let into Tartus after their wait off the coast
     # (late January 2025): an estimate.
     "url": "https://dailywrap.net/en-ie/russias-retreat-strained-exit-from-syrias-tartus-port,7117636492285569a",
     "text": "Russia's retreat: Strained exit from Syria's Tartus port\nThe overthrow of Bashar al-Assad, the Russian-backed dictator of Syria, has led to Russia needing to evacuate its military presence from the country. To achieve this, in addition to airlifting the most valuable equipment, Russia has dispatched ships to Syria to remove the remaining assets.\nRussian ships Sparta I and Sparta II, after a lengthy delay, finally received permission from the new Syrian authorities to dock at the port of Tartus. Satellite images as of December 2024 indicate that approximately 175 various military vehicles were assembled there for evacuation.",
     # Ships sent "to remove the remaining assets", vehicles assembled at Tartus "for
     # evacuation": withdrawing.
     "gold": [gold(TA, "withdrawing", "2025-01-27")]},
    {"lang": "en", "split": "held-out 18", "publisher": "News-Pravda (Syria, English)", "published": "2025-02-19",
     # published: the date in the page's address.
     "url": "https://syria.news-pravda.com/en/world/2025/02/19/19165.html",
     "text": "Unspecified sources told Bloomberg that Russia appears to be nearing a deal with the Syrian interim government to maintain a “reduced” military presence in Syria.\nThe sources said that Russia is “close” to a deal that would keep at least some staff and equipment in Syria.\nOne of the sources said that Russia hopes to keep the same air and naval bases that it used prior to the fall of Bashar al Assad, likely referring to Hmeimim airbase and the naval base at Tartus.\nRussia also previously held several other airbases within central and northern Syria, including a helicopter base in Qamishli, though it is unclear whether the agreement will cover these sites.\nRussian forces have fully evacuated all their former positions in Syria except for Hmeimim airbase and the port of Tartus.",
     # "fully evacuated all their former positions ... except for Hmeimim airbase and the port
     # of Tartus": both kept, active (the hope to keep them is no entry of its own); Qamishli,
     # "previously held" and among the positions evacuated: withdrawn (as the text has it).
     "gold": [gold(HM, "active", "2025-02-19"),
              gold(TA, "active", "2025-02-19"),
              gold(Q, "withdrawn", "2025-02-19")]},
    {"lang": "en", "split": "held-out 18", "publisher": "Orda.kz (Kommersant)", "published": "2025-08-12",
     # published: not on the stored page; Kommersant's report of 12 August 2025 that it retells: an
     # estimate.
     "url": "https://en.orda.kz/kommersant-claims-damascus-open-to-return-of-russian-military-police-in-southern-syria-7782",
     "text": "Damascus has allegedly expressed interest in resuming patrols by Russian military police in Syria’s southern provinces — an arrangement that existed prior to the fall of Bashar al-Assad’s regime in December 2024, Orda.kz reports, citing Kommersant. \n\nWhile Russia has not resumed southern patrols, media reported that shortly after al‑Shaibani’s Moscow visit, Russian military police resumed patrols near the northeastern city of Qamishli — still under de facto SDF (Kurdish-led) control — even without SDF participation. \n\nRussia continues to maintain a strategic presence at Qamishli Airport. In May 2025, militants attacked Russia’s Khmeimim air base in Syria, killing at least two soldiers, according to AP.\n\nMoscow continues to maintain its forces there and at its naval facility in Tartus.",
     # "continues to maintain a strategic presence at Qamishli Airport": active; "its forces
     # there" (Khmeimim, the sentence before) "and at its naval facility in Tartus": both active;
     # the May attack is background.
     "gold": [gold(Q, "active", "2025-08-12"),
              gold(HM, "active", "2025-08-12"),
              gold(TA, "active", "2025-08-12")]},
    {"lang": "en", "split": "held-out 18", "publisher": "The Unmute", "published": "2025-01-25",
     # published: the dateline.
     "url": "https://theunmuteenglish.com/syria-cancels-tartous-port-deal-with-russia/",
     "text": "Damascus, 25 January 2025: A Russian company’s contract to manage the port of Tartous, inked under former President Bashar al-Assad, has been annulled by Syria’s new administration, according to three Syrian businessmen and local media outlets. Government officials have not confirmed the decision.\nSyrian newspaper Al-Watan quoted Riad Joudy, the head of Tartous customs, who said on Thursday that the agreement with Russian firm STG Stroytransgaz was terminated due to the company’s failure to meet its contractual obligations, which included infrastructure investments.",
     # A company's port contract annulled: nothing of Russia's forces, no entry.
     "gold": []},
    {"lang": "en", "split": "held-out 18", "publisher": "The Kyiv Independent (Bloomberg)", "published": "2025-02-17",
     "url": "https://kyivindependent.com/russia-close-to-deal-with-syria-for-post-assad-military-presence-bloomberg-reports/",
     "text": "Russia is reportedly nearing a deal with Syria to maintain a limited military presence in the country after the fall of former President Bashar al-Assad's regime, Bloomberg reported on Feb. 17, citing sources familiar with the matter.\n\nSince Assad's overthrow in December, Russia has begun withdrawing military assets from Syria, raising doubts about its future role in the region.\n\nThe Kremlin is seeking continued access to the naval base in Tartus and the Khmeimim airbase, which have served as key military footholds in the region.",
     # Assets withdrawn "from Syria" name no facility; "seeking continued access" to both bases
     # is a wish: no entry.
     "gold": []},
    {"lang": "en", "split": "held-out 18", "publisher": "1lurer.am (TASS)", "published": "2025-01-22",
     # published: the date in the page's address.
     "url": "https://1lurer.am/en/2025/01/22/Власти-Сирии-расторгли-соглашение-с-российской-компанией-об-управлении-портом-Тартус/1253687",
     "text": "Syria’s new authorities have terminated an investment contract about the management of Syria’s Tartus seaport, concluded with a Russian company back in 2019, the Al Watan newspaper reported citing a senior Syrian customs official.\n\nTartus is Syria’s second largest seaport, housing Russia’s logistics naval base. The Soviet Union established a base in Tartus in 1971 in accordance with a bilateral agreement.",
     # The seaport "housing Russia's logistics naval base": active (a base said to be Russia's);
     # the annulled contract is a company's.
     "gold": [gold(TA, "active", "2025-01-22")]},
    {"lang": "en", "split": "held-out 18", "publisher": "AP (uat.apnews.com)", "published": "2025-05-21",
     # published: not on the stored page; "said Wednesday" of an attack on Tuesday 20 May 2025: an
     # estimate, the Wednesday.
     "url": "https://uat.apnews.com/article/syrian-hmeimim-russian-base-attack-2b61871338c51ec233d61df00f759a29",
     "text": "Militants kill 2 soldiers in attack on Russian air base in Syria\nIDLIB, Syria (AP) — Militants attacked a Russian air base in Syria, killing two soldiers, a Syrian government official and a local activist said Wednesday.\nThey said that the two militants who launched the attack Tuesday on the Hmeimim air base on Syria’s coast were also killed. Both spoke on condition of anonymity because of the sensitivity of the situation.",
     # An attack on "a Russian air base", Hmeimim: active, as the seventeenth set read it.
     "gold": [gold(HM, "active", "2025-05-21", "2025-05-20")]},
    {"lang": "en", "split": "held-out 18", "publisher": "Rudaw", "published": "2026-01-31",
     # published: not on the stored page; its address reads 31-01-2026 and "said on Friday" (30
     "url": "https://www.rudaw.net/english/middleeast/syria/310120261",
     "text": "QAMISHLI, Syria - Russian forces have completed their withdrawal from Qamishli International Airport amid a new agreement that will see the Syrian government and the Kurdish-led Autonomous Administration jointly manage the facility, an official said on Friday.\nThe departure marks the end of a significant Russian presence in the heart of the Kurdish-controlled northeast. Since 2019, Russia—the primary backer of the former Syrian president Bashar al-Assad—had utilized the airport as a strategic military hub.\nThe withdrawal process spanned a week, culminating on the 22nd of the month when approximately 200 Russian soldiers stationed across three points evacuated the site along with all their heavy equipment and hardware.",
     # January 2026): an estimate.
     # "have completed their withdrawal from Qamishli International Airport": withdrawn (the
     # report's date, the Friday, or the 22nd it gives as the end).
     "gold": [gold(Q, "withdrawn", "2026-01-31", "2026-01-30", "2026-01-22")]},
    # Arabic ---------------------------------------------------------------------------
    {"lang": "ar", "split": "held-out 18", "publisher": "ستيب سبورت (بلومبرغ)", "published": "2025-02-17",
     # published: the date in the page's address.
     "url": "https://stepsport.net/public/ar/2025/02/17/%d8%b1%d9%88%d8%b3%d9%8a%d8%a7-%d8%aa%d8%b9%d8%aa%d8%b2%d9%85-%d8%a7%d9%84%d8%ad%d9%81%d8%a7%d8%b8-%d8%b9%d9%84%d9%89-%d9%88%d8%ac%d9%88%d8%af-%d8%b9%d8%b3%d9%83%d8%b1%d9%8a-%d9%85%d8%ad%d8%af%d9%88",
     "text": "أفادت وكالة بلومبرغ بأن روسيا تسعى للإبقاء على تواجد عسكري محدود في سوريا، مما يحقق هدفًا استراتيجيًا للرئيس فلاديمير بوتين، رغم سقوط نظام بشار الأسد.\nووفقًا لمصادر مطلعة، تقترب موسكو من إبرام اتفاق مع الحكومة السورية الجديدة يضمن لها الاحتفاظ ببعض الأفراد والمعدات العسكرية في البلاد. وأوضحت المصادر، التي فضلت عدم الكشف عن هويتها، أن روسيا تسعى للإبقاء على قواعدها البحرية والجوية، خاصة في ميناء طرطوس وقاعدة حميميم الجوية.",
     # "تسعى للإبقاء على قواعدها" (seeks to keep its bases) in Tartus and Hmeimim: a wish, no entry.
     "gold": []},
    {"lang": "ar", "split": "held-out 18", "publisher": "النهار", "published": "2025-03-13",
     # published: the page's own date (13-03-2025).
     "url": "https://en.annahar.com/arab-world/arabian-levant/201575/قاعدة-حميميم-الروسية-تستضيف-أكثر-من-8-لاف-سوري-فروا-من-العنف",
     "text": "قاعدة حميميم الروسية تستضيف أكثر من 8 آلاف سوري فروا من العنف\n\nأعلنت وزارة الخارجية الروسية الخميس أنها فتحت أبواب قاعدتها العسكرية في حميميم في سوريا أمام أكثر من 8 آلاف شخص فروا من الاشتباكات وأعمال العنف التي خلفت أكثر من ألف قتيل في منطقة الساحل غرب البلاد.",
     # The base "تستضيف" (shelters) thousands who fled: active; civilians at or out of a base are
     # not the force, so no change of its own.
     "gold": [gold(HM, "active", "2025-03-13")]},
    {"lang": "ar", "split": "held-out 18", "publisher": "يلا سوريا", "published": "2025-05-20",
     # published: not on the stored page; the attack of 20 May 2025 it reports the same day: an
     # estimate.
     "url": "http://www.yallasyrianews.com/article/هجوم-على-قاعدة-حميميم-تقارير-عن-قتلى-وجرحى-في-صفوف-القوات-الروسية",
     "text": "أفادت مصادر إعلامية متعددة بوقوع هجوم على قاعدة حميميم العسكرية في اللاذقية، مع ورود أنباء عن مقتل جنود روس.\nمن جهته، ذكر موقع Mash الروسي أن القوات الروسية أوقفت هجوماً شنه أربعة انتحاريين على قاعدة حميميم الجوية في سوريا صباح يوم 20 أيار/مايو.\nحاول المهاجمون اختراق القاعدة العسكرية عبر نقاط التفتيش، لكن القوات الروسية تصدت لهم وأفشلت المحاولة.",
     # Russian forces stopping an attack on the base, soldiers killed there: active.
     "gold": [gold(HM, "active", "2025-05-20")]},
    {"lang": "ar", "split": "held-out 18", "publisher": "صوت الإمارات", "published": "2025-11-01",
     # published: the date in the page's address.
     "url": "https://www.voiceofemirates.com/news/2025/11/01/%d8%b1%d9%88%d8%b3%d9%8a%d8%a7-%d8%aa%d8%b3%d8%aa%d8%a3%d9%86%d9%81-%d8%b1%d8%ad%d9%84%d8%a7%d8%aa%d9%87%d8%a7-%d8%a7%d9%84%d8%ac%d9%88%d9%8a%d8%a9-%d8%a5%d9%84%d9%89-%d8%b3%d9%88%d8%b1%d9%8a%d8%a7",
     "text": "فقد وصلت طائرتان روسيتان إلى قاعدة حميميم الجوية في محافظة اللاذقية خلال الأسبوع الأخير من أكتوبر،\nمن بينهما طائرة شحن من طراز “أنطونوف 124” وطائرة نقل “إليوشن 62”.\nونقلت وسائل إعلام روسية عن مصادر قريبة من الكرملين أن استئناف الرحلات،\nيأتي في إطار خطة لتعزيز الإمدادات اللوجستية إلى القواعد الروسية في سوريا،\nخصوصًا قاعدة حميميم الجوية وميناء طرطوس البحري، اللذين يمثلان ركيزتين أساسيتين للوجود العسكري الروسي في المنطقة.",
     # Flights resumed into Hmeimim, both bases "ركيزتين أساسيتين للوجود العسكري الروسي" (the
     # pillars of Russia's military presence): active; the plan to strengthen supplies is a plan.
     "gold": [gold(HM, "active", "2025-11-01"),
              gold(TA, "active", "2025-11-01")]},
    {"lang": "ar", "split": "held-out 18", "publisher": "فيتو (المرصد السوري)", "published": "2024-12-07",
     # published: not on the stored page (a keyword page); "اليوم السبت" after Hama fell on 5 December
     "url": "https://vetogate.com/keyword/710073",
     "text": "أعلن المرصد السوري، في بيان صادر عنها اليوم السبت، أن القوات الروسية انسحبت من مطار حماة العسكري في سوريا.",
     # 2024: an estimate, Saturday 7 December.
     # The forces "انسحبت من مطار حماة العسكري" (withdrew from Hama's military airport, not stored:
     # its town in GeoNames, as the fourteenth set enters Hama): withdrawn.
     "gold": [gold(HAMA, "withdrawn", "2024-12-07")]},
    {"lang": "ar", "split": "held-out 18", "publisher": "الجزيرة (رويترز، المرصد السوري)", "published": "2024-12-26",
     # published: the date in the page's address (the print edition of the day after).
     "url": "https://al-jazirah.com./2024/20241226/du4.htm",
     "text": "قامت القوات الروسية بإخلاء قاعدتها العسكرية في بلدة عامودا بريف الحسكة، حيث نقلت معداتها وآلياتها العسكرية إلى مطار القامشلي، تمهيدا لنقلها إلى قاعدة حميميم في ريف اللاذقية، حسب ما أفادت وكالة «رويترز».\nوقال المرصد السوري لحقوق الإنسان، إن هذه التحركات تأتي ضمن سلسلة انسحابات للقوات الروسية من عدة مواقع في سوريا، حيث سبق أن انسحبت القوات الروسية في 13 ديسمبر من منطقة حسياء جنوب حمص باتجاه مدينة حمص، ومنها إلى قاعدة حميميم الجوية.\nوأضاف المرصد، أن قاعدة حميميم الجوية وميناء طرطوس البحري أصبحا محوري عمليات إجلاء للرعايا الروس والمجنسين الراغبين بمغادرة سوريا، خاصة منذ سقوط نظام الأسد.",
     # Honestly a retelling of the SOHR report the fourteenth set holds, kept for the convention it
     # tests: the base at Amuda emptied: withdrawn; Hisyah left on 13 December: withdrawn;
     # Qamishli and Hmeimim are stops on the way, no entry; Hmeimim and Tartus as hubs for
     # evacuating Russian nationals (civilians, not the force): no entry.
     "gold": [gold(AM, "withdrawn", "2024-12-26", "2024-12-25"),
              gold(HI, "withdrawn", "2024-12-13")]},
    {"lang": "ar", "split": "held-out 18", "publisher": "الغد نيوز", "published": "2024-12-07",
     # published: the date in the page's address.
     "url": "https://ghadnews.net/2024/12/07/%d8%aa%d9%82%d8%a7%d8%b1%d9%8a%d8%b1-%d8%b9%d9%86-%d8%a8%d8%af%d8%a1-%d8%b1%d9%88%d8%b3%d9%8a%d8%a7-%d9%85%d8%ba%d8%a7%d8%af%d8%b1%d8%a9-%d8%b3%d9%88%d8%b1%d9%8a%d8%a7-%d9%88%d8%aa%d9%82%d8%af%d9%85",
     "text": "تقارير عن بدء روسيا مغادرة سوريا وتقدم المعارضة المسلحة\nفي اليوم الحادي عشر من عملية “ردع العدوان”، تواصل المعارضة السورية المسلحة تقدمها ضد قوات الجيش السوري، فيما تشير تقارير إلى بدء روسيا مغادرة سوريا مع خروج سفن لها من ميناء طرطوس.",
     # Russia beginning to leave Syria "مع خروج سفن لها من ميناء طرطوس" (its ships leaving the port of
     # Tartus): withdrawing.
     "gold": [gold(TA, "withdrawing", "2024-12-07")]},
    {"lang": "ar", "split": "held-out 18", "publisher": "سوريا أونلاين (وول ستريت جورنال)", "published": "2024-12-19",
     # published: the date in the page's address.
     "url": "https://syria-online.net/2024/12/19/%d9%88%d9%88%d9%84-%d8%b3%d8%aa%d8%b1%d9%8a%d8%aa-%d8%ac%d9%88%d8%b1%d9%86%d8%a7%d9%84-%d8%b1%d9%88%d8%b3%d9%8a%d8%a7-%d8%aa%d9%86%d9%82%d9%84-%d8%a3%d9%86%d8%b8%d9%85%d8%a9-%d8%af%d9%81%d8%a7%d8%b9",
     "text": "وول ستريت جورنال: روسيا تنقل أنظمة دفاع جوي من سوريا إلى ليبيا وسط تساؤلات حول وجهتها النهائية\nكشفت صحيفة “وول ستريت جورنال”، نقلاً عن مسؤولين أمريكيين وليبيين، أن روسيا قامت بسحب أنظمة دفاع جوي متقدمة من قواعدها العسكرية في سوريا ونقلتها إلى قواعد في شرقي ليبيا، التي تخضع لسيطرة قوات خليفة حفتر.",
     # Air defences taken "من قواعدها العسكرية في سوريا" (from its bases in Syria): no base named,
     # no entry.
     "gold": []},
    # Russian --------------------------------------------------------------------------
    {"lang": "ru", "split": "held-out 18", "publisher": "РБК", "published": "2026-01-28",
     # published: the date in the page's address.
     "url": "https://www.rbc.ru/politics/28/01/2026/697a2ac79a7947f9845db00c",
     "text": "Зачем президент аш-Шараа прилетел в Москву во второй раз за три месяца Предположительно, в Кремле обсуждалась судьба российских военных баз в республике\n\nВременный президент Сирии снова прилетел в Москву. Одной из ключевых тем переговоров, как ожидалось, должна была стать судьба российских военных баз.",
     # Talks on "судьба российских военных баз" (the bases' fate), none named: no entry.
     "gold": []},
    {"lang": "ru", "split": "held-out 18", "publisher": "URA.RU (Financial Times)", "published": "2024-12-16",
     # published: not on the stored page; the Financial Times interview of mid-December 2024 it
     # retells: an estimate.
     "url": "https://ura.news/news/1052856597",
     "text": "Новые власти Сирии сообщили об отводе сотен российских военных из Дамаска\n\nВ последние дни Россия осуществила переброску не менее 400 военнослужащих из района Дамаска на авиабазу Хмеймим. Действия были скоординированы с новым руководством страны.",
     # Troops moved "из района Дамаска на авиабазу Хмеймим": Damascus is no stored facility and
     # Hmeimim only where the move goes (as News.Az in the seventeenth set): no entry.
     "gold": []},
    {"lang": "ru", "split": "held-out 18", "publisher": "Хвиля (ГУР)", "published": "2024-12-10",
     # published: not on the stored page; the days after the fall of Damascus (8 December 2024): an
     # estimate.
     "url": "https://war.hvylya.net/304083-rossiyskih-voennyh-zablokirovali-v-sirii-boyatsya-unichtozheniya",
     "text": "Главное управление разведки Минобороны Украины сообщило о сложной ситуации российских военных в Сирии. Сотни российских военнослужащих оказались в критическом положении, не имея возможности добраться до авиабазы в Хмеймиме из-за опасений попасть под обстрел.\nОколо тысячи российских военных направились колонной от Дамаска к военно-морскому порту в Тартусе и авиабазе в Хмеймиме.",
     # Columns heading "к военно-морскому порту в Тартусе и авиабазе в Хмеймиме": where a move goes,
     # no entry; troops unable to reach Hmeimim say nothing of the base.
     "gold": []},
    {"lang": "ru", "split": "held-out 18", "publisher": "Рамблер (Коммерсантъ)", "published": "2025-08-12",
     # published: the page's own date.
     "url": "https://news.rambler.ru/world/55126036-siriya-gotova-vernut-yuzhnye-rayony-strany-pod-rossiyskiy-kontrol/",
     "text": "Переходное правительство Сирии обратилось к России с просьбой возобновить патрулирование военной полиции в южных провинциях страны. Об этом сообщает \"Коммерсантъ\" со ссылкой на источники, участвовавшие в переговорах сирийского МИД в Москве. Инициатива направлена на сдерживание Израиля, занявшего часть южных районов Сирии в декабре 2024 года под предлогом создания \"буферной зоны\". По мнению Дамаска, присутствие РФ снизит интенсивность израильских операций. Уже зафиксировано возвращение российских патрулей на северо-восток — в районе Эль-Камышлы после визита сирийского министра иностранных дел.",
     # Russian patrols back "в районе Эль-Камышлы" (the airport, stored under its town): active;
     # the request for patrols in the south names no facility.
     "gold": [gold(Q, "active", "2025-08-12")]},
    {"lang": "ru", "split": "held-out 18", "publisher": "ru24.pro (РИА Новости)", "published": "2024-12-08",
     # published: not on the stored page; Lavrov at the Doha Forum (7-8 December 2024): an estimate.
     "url": "https://m.ru24.pro/pics/393382660",
     "text": "Лавров рассказал, куда делись корабли с базы ВМФ РФ в сирийском Тартусе\n\nМинистр иностранных дел России Сергей Лавров на сессии Дохийского форума прокомментировал заявления средств массовой информации о том, что РФ якобы вывела военные корабли с базы ВМФ в сирийском Тартусе, сообщает РИА Новости.\n\nДипломат напомнил, что в Средиземном море проходят военные учения. Он допустил, что на спутниковых снимках это может казаться чем-то другим.\n\nРоссийская база ВМФ РФ находится в Тартусе на западе Сирии. Она используется, как пункт ремонта и пополнения военных кораблей, благодаря которому судам не нужно возвращаться на свои черноморские базы.",
     # The ships' removal is doubted ("якобы", exercises), the base "находится в Тартусе ...
     # используется" (is there and used): active; the claim denied is no entry.
     "gold": [gold(TA, "active", "2024-12-08", "2024-12-07")]},
    {"lang": "ru", "split": "held-out 18", "publisher": "Спас ТВ (Baza)", "published": "2025-03-02",
     # published: not on the stored page; Le Journal du Dimanche's interview it retells (early 2025):
     # an estimate, and weak.
     "url": "https://spastv.ru/poltory-tysyachi-alavitov-i-hristian-evakuirovali-v-rossiyu-iz-sirii",
     "text": "Полторы тысячи алавитов и христиан эвакуировали в Россию из Сирии\n\nВ результате эвакуации из Сирии в Россию были вывезены 1,5 алавитов, суннитов и христиан. Их доставили на авиабазу Хмеймим, а затем переправили в РФ, где они пытаются адаптироваться к новым условиям, осваивая русский язык и привыкая к холоду, сообщает Baza.",
     # Civilians taken to Hmeimim and flown on to Russia: not the force leaving, no entry (the
     # convention this round settles: civilians or diplomats flown out of a base do not make it
     # withdrawing).
     "gold": []},
    {"lang": "ru", "split": "held-out 18", "publisher": "fun.my.ua (The Wall Street Journal)", "published": "2024-12-19",
     # published: the date in the page's address.
     "url": "https://fun.my.ua/uk/news/cluster/2024-12-19-rosiia-perekidaie-suchasne-ozbroiennia-z-siriyi-do-liviyi-wsj/11efa4ff-acda-a24e-d5ad-3f802b786dc5",
     "text": "Россия передислоцирует системы ПВО из Сирии в Ливию - СМИ\n\nРоссия выводит системы ПВО и другое вооружение с военных баз Сирии в Ливию.\n\nРоссийские грузовые самолеты доставляли средства ПВО, в том числе радары для систем перехвата С-400 и С-300 из Сирии на базы на востоке Ливии.",
     # Air defences taken "с военных баз Сирии" (from Syria's bases), none named: no entry.
     "gold": []},
    {"lang": "ru", "split": "held-out 18", "publisher": "Riddle", "published": "2025-10-16",
     # published: not on the stored page; the talks of 15 October 2025 it discusses: an estimate.
     "url": "https://ridl.io/ru/moskva-i-damask-novaya-glava",
     "text": "Президент России Владимир Путин и лидер переходного периода Сирии Ахмед аш-Шараа провели первые прямые переговоры после падения режима Асада в декабре 2024 года.",
     # Talks of two leaders, no facility: no entry.
     "gold": []},
]
