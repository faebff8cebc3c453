"""The twenty-seventh held-out set of the intake evaluation (see `bench.intake.corpus`).

Assembled on 2026-12-04 (evening), after the twenty-sixth set's first run and while its
classes were being fixed, from the stored pages of the `search` tool (corpus `pages`,
queries in English, Arabic and Russian), one helper a language, before the pipeline ever ran
on any of it; every entry was written down by hand from the text alone. None of its URLs is
in another split, the twenty-fifth and twenty-sixth included (checked against the `url`
lines of every `bench/intake/corpus*.py`, percent-decoded, scheme and "www." set aside, a
stored URL that is a prefix of a new one, or the other way round, counting as the same
page); copies of used pages were left out (AP's Qamishli pull-out at technologyshout and
britbrief, AFP's Shaibani story at Gulf News, Forbes via Daily8, menafn's copy of Al-Bayan,
lebpress's of arabkhabar, gazeta.ru and minval.az of Rambler, clones of stahanov.info and
520baby.info, among others). No text shares more than a quarter of its eight-word runs with
a text of another split; the nearest, НСН's of January 2026, retells the twenty-sixth set's
Коммерсантъ in other words.

The stored pages are nearly exhausted: most queries, obvious or not, returned used pages,
so the set is shorter: 40 reports (14 English, 13 Arabic, 13 Russian), 50 entries (21, 13,
16); seven reports have none (a wish, a condition, talks or agreements on bases unnamed).
Several reports retell one wire story in other words (three Arabic rewrites of one Reuters
story on Israel's lobbying, two of one Anadolu story), and شفق نيوز's Arabic page is its own
English story's version, which a split already holds.

Honestly: many publication dates are estimates from the text, each said in a comment (the
weakest: Raksha Anirveda's, about 17 December 2024; Царьград's, 8 December 2024; two 112.ua
pages placed by their page numbers; kaynapress and Syria Monitor dated from Turkish copies of
the same Anadolu story). Readings a reader may dispute: Naval News' and Observatorial's
Tartus *reduced* where the navy "lost the use" of it but "still maintains control"; Delil24's
bases "limiting" the presence to Hmeimim and Tartus entered active; Qamishli patrols read as
the airport active; شفق نيوز's "last force" moved while the evacuation "continues" entered
withdrawing; a convoy's destination, "قاعدة روسية أخرى في محافظة طرطوس", entered as Tartus
active.

Conventions of the sets before are kept: a base the report says is Russia's, exists, works
or shelters people now is active; civilians at or out of a base are not the force; a base a
move goes to is not entered from the move alone; a withdrawal reported as begun (a hedge
included) is withdrawing, one reported as done withdrawn; ships leaving a naval base make
it reduced; talks for forces to remain at a named base are active, but talks on the bases'
"fate" or "future", a plan, a wish or a condition are no entry; a report that says nothing
of Russia's forces at a named facility has no entry.
"""

from bench.intake.gold import HM, KOBANI, MANBIJ, Q, TA, gold

UNSEEN_27_REPORTS = [
    # English ----------------------------------------------------------------------
    {"lang": "en", "split": "held-out 27", "publisher": "Espreso Global (global.espreso.tv)", "published": "2024-12-16",
     # published: not on the stored page; it retells ISW's report with satellite images "from
     # December 15" and the convoy "On December 13": an estimate, 16 December 2024 (or the 17th).
     "url": "https://global.espreso.tv/military-news-russia-to-maintain-military-presence-in-syria-isw",
     "text": "Russia to maintain military presence in Syria \u2014 ISW\nRussia has secured agreements to maintain its military presence at key bases in Syria\nThe Institute for the Study of War (ISW) reported the information.\nAccording to the report, Russia has secured agreements to maintain its military presence at key bases in the port of Tartus and the Khmeimim airbase in Latakia, where up to 3,000 Russian troops are expected to remain.\nThe ISW also reported that Russia has pulled troops from several bases in northern Syria, such as Manbij and Kobani, amid active hostilities against the Syrian Democratic Forces (SDF), which are backed by Turkey. There is a possibility that the Russians may abandon their last significant base in Qamishli, as local groups, including Hayat Tahrir al-Sham and the Syrian National Army, oppose their presence.",
     # Presence kept at Tartus and Khmeimim: both active. Troops pulled from Manbij and Kobani:
     # withdrawn (done). Qamishli "their last significant base": active; the possible
     # abandonment is no entry.
     "gold": [gold(TA, "active", "2024-12-16", "2024-12-17", "2024-12-15"),
              gold(HM, "active", "2024-12-16", "2024-12-17", "2024-12-15"),
              gold(MANBIJ, "withdrawn", "2024-12-16", "2024-12-17", "2024-12-15"),
              gold(KOBANI, "withdrawn", "2024-12-16", "2024-12-17", "2024-12-15"),
              gold(Q, "active", "2024-12-16", "2024-12-17", "2024-12-15")]},
    {"lang": "en", "split": "held-out 27", "publisher": "Delil24 (English)", "published": "2025-10-19",
     # published: not on the stored page; al-Shaibani's interview with al-Ikhbariya "on
     # Saturday evening" is that of Saturday 18 October 2025 (Sputnik Arabic's page of that
     # day): an estimate, the day after (or the same evening).
     "url": "https://delil24.com/en/?p=2772",
     "text": "Al-Shaibani: We Are Reevaluating the Role of Russian Bases in Tartus and Khmeimim\n\nAsaad Al-Shaibani, Syrian Foreign Minister in the Transitional Government, stated that the Syrian government is reassessing the current role of Russian forces in the country, particularly at the Khmeimim and Tartus bases, emphasizing that the new phase requires a \u201creset\u201d of relations with Moscow in a way that serves the interests of the Syrian people.\nThe minister confirmed that Damascus is currently conducting a comprehensive review of all agreements made with Russia during the previous regime period, clarifying that \u201cno new agreements have been signed so far, and there are currently no active agreements between the two countries.\u201d\nAl-Shaibani pointed out that the Russian bases in Syria have become a subject of negotiation and reevaluation regarding their role, noting that Russian forces have reduced their presence, limiting it to the Khmeimim and Tartus bases. He said, \u201cThe current presence can be considered suspended, and it is necessary to determine its nature if it remains.\u201d",
     # Russian forces at Khmeimim and Tartus now (their presence "limited" to the two): both
     # active. The review and the negotiation are no entry.
     "gold": [gold(HM, "active", "2025-10-19", "2025-10-18"),
              gold(TA, "active", "2025-10-19", "2025-10-18")]},
    {"lang": "en", "split": "held-out 27", "publisher": "Al Mayadeen English", "published": "2025-02-12",
     # published: not on the stored page; al-Shibani spoke "Wednesday" at the summit in Dubai,
     # Wednesday 12 February 2025 (the photo's caption): an estimate, that day.
     "url": "https://english.almayadeen.net/news/politics/syria-seeking--clear-policy--from-russia--iran--fm",
     "text": "Syria seeking 'clear policy' from Russia, Iran: FM\nAsaad al-Shibani says there were \"clear messages of respect [from Russia and Iran] for the new Syrian administration and respect for the sovereignty of the Syrian people.\"\nSyria's Foreign Minister Asaad al-Shibani indicated Wednesday that Damascus had received encouraging messages but needed more assurances from Russia and Iran, former President Bashar al-Assad's primary allies.\nRussia aims to maintain its naval base in Tartus and its air base in Hmeimim, both located in Northwest Syria. Last month, Russian Deputy Foreign Minister Mikhail Bogdanov met with Syria's interim President Ahmad al-Sharaa in Damascus.\nLast week, Syria's new Defense Minister Major General Murhaf Abu Qasra stated that Syria is open to allowing Russia to maintain its air and naval bases along the Mediterranean coast, provided that any agreement with Moscow serves Damascus' national interests.",
     # Russia's aim to keep the two bases (a wish) and the minister's condition: no entry.
     "gold": []},
    {"lang": "en", "split": "held-out 27", "publisher": "UNN (Ukrainian News, English)", "published": "2025-01-27",
     # published: the page's own date (2025-01-27 on the stored page).
     "url": "https://unn.ua/en/news/russian-federation-begins-to-remove-military-equipment-from-the-syrian-port-of-tartus-satellite-images-published",
     "text": "Satellite images confirm the removal of Russian military equipment from the Syrian port of Tartus. This was reported by Radio Liberty, according to UNN.\n\nDetails\n\nAccording to the newspaper, the Russian service of Radio Liberty published the first high-quality satellite images of the port after the start of loading military equipment from all over Syria onto the cargo ships Sparta and Sparta II. These vessels belong to the company Oboronlogistika, which operates under the Russian Defense Ministry.\n\nThe photo shows that as of January 27, Sparta II had already left the port and a significant part of the equipment had disappeared from the berth, but the Sparta is still in the port. The area near it, which was almost empty on January 18, is now filled with containers.",
     # The removal of the equipment from Tartus begun (one ship gone, one still loading): a
     # withdrawal begun, withdrawing, at the 27 January of the images.
     "gold": [gold(TA, "withdrawing", "2025-01-27")]},
    {"lang": "en", "split": "held-out 27", "publisher": "The Kyiv Independent", "published": "2025-01-23",
     # published: not on the stored page; MarineTraffic "shows it moored at Tartus as of Jan.
     # 23": an estimate, 23 January 2025 (or the 22nd, the data's first day).
     "url": "https://kyivindependent.com./russian-cargo-ship-sparta-ii-docks-in-syria-after-weeks-drifting-in-mediterranean",
     "text": "A Russian cargo ship supposed to evacuate Russian military equipment from Russia's Tartus naval base in Syria has finally docked after spending weeks drifting in the Mediterranean, MarineTraffic data showed on Jan. 22.\nThe Sparta II, a Russian cargo ship under U.S. sanctions, had been drifting near Tartus since Jan. 5 after leaving Baltiysk in Kaliningrad Oblast on Dec. 11.\nFollowing the December overthrow of Russian-backed dictator Bashar al-Assad by rebel forces, the new Syrian authorities refused to grant entry to the ship.\nReports indicate that Russian forces have dismantled air defense radars and moved over 100 trucks of equipment to the port, but without access for Russian ships, personnel and equipment had been left stranded.\nThe Insider reported on Jan. 21 that Syrian authorities had finally granted permission for the ship to dock, and MarineTraffic data shows it moored at Tartus as of Jan. 23.\nBut while Russia may now be able to evacuate some of its personnel and equipment, the Kremlin's long term presence at the Mediterranean port was thrown into doubt earlier this week when Syria canceled Russia's 49-year operating lease for Tartus.",
     # "Russia's Tartus naval base", its personnel and equipment there (stranded): active. The
     # ship docked to evacuate them, but the evacuation is only possible ("may now be able"),
     # not begun; the equipment moved to the port is a move TO it; the lease cancelled is
     # the port's, no change of the force.
     "gold": [gold(TA, "active", "2025-01-23", "2025-01-22")]},
    {"lang": "en", "split": "held-out 27", "publisher": "Anadolu Agency (aa.com.tr, English)", "published": "2026-01-29",
     # published: the page's own date ("29.01.2026").
     "url": "https://www.aa.com.tr/en/middle-east/presence-of-russian-military-bases-in-syria-discussed-in-putin-sharaa-talks-in-moscow-kremlin/3814412",
     "text": "Presence of Russian military bases in Syria discussed in Putin\u2013Sharaa talks in Moscow: Kremlin\n\nKremlin spokesman Dmitry Peskov outlines agenda of Russian-Syrian talks in Moscow, updates on Ukraine peace negotiations\n\nMOSCOW\n\nThe presence of Russian military bases in Syria was discussed during talks between Russian President Vladimir Putin and Syrian leader Ahmed al-Sharaa in Moscow, Kremlin spokesman Dmitry Peskov said Thursday.\n\nAsked at a press briefing whether any decisions had been made on Russian military bases in Syria, Peskov confirmed that the issue was addressed.\n\n\"As for the Russian military bases, this topic was on the agenda of the talks,\" he said.",
     # Talks on "the Russian military bases", none named: no entry.
     "gold": []},
    {"lang": "en", "split": "held-out 27", "publisher": "Raksha Anirveda (India)", "published": "2024-12-17",
     # published: not on the stored page; the satellite images of the S-400 packed for an
     # AN-124 after Assad's asylum (8 December 2024) are those of mid-December (Maxar's of 13
     # and 17 December): an estimate, 17 December 2024, give or take two days. Weak.
     "url": "https://raksha-anirveda.com/satellite-images-indicate-russias-removal-of-s-400-air-defence-system-from-syria",
     "text": "Tel Aviv: Russia appears to be preparing to remove the advanced S-400 air defence system from the Khmeimim Air Force Base in Latakia, Syria. This after this country was taken by rebels and its president received political asylum in Russia.\nSatellite images released show that the system\u2019s launchers have already been loaded, and the 91N6E radar is packed and ready to be loaded onto an AN-124 heavy transport aircraft. This aircraft, capable of carrying an exceptionally heavy load, indicates Russia\u2019s intention to move the system to another region or return it to Russian territory.\nRemoving the S-400 system from Syria could reduce Russian air capabilities in the region and affect the strategic balance of power in the Middle East.",
     # The S-400 at Khmeimim loaded and packed for removal ("appears to be preparing", a
     # hedge): a withdrawal begun, withdrawing (as the earlier sets' packing-up at Hmeimim).
     "gold": [gold(HM, "withdrawing", "2024-12-17", "2024-12-15", "2024-12-16", "2024-12-18", "2024-12-19")]},
    {"lang": "en", "split": "held-out 27", "publisher": "Naval News", "published": "2025-01-05",
     # published: not on the stored page; the address's month (2025/01) and the Portuguese
     # Navy's confirmation "on January 4" as the latest event: an estimate, 5 January 2025
     # (Ukrinform retold it on the 6th).
     "url": "https://www.navalnews.com/naval-news/2025/01/after-loss-of-tartus-russia-now-has-no-submarines-in-the-mediterranean/",
     "text": "The fall of the Assad regime in Syria in the final weeks of 2024 continues to reverberate through the Russian political and military system. Russia has lost the use of the naval base at Tartus, which is already affecting its ability to maintain forces in the Mediterranean. The Russian Navy is at its weakest there since before the 2022 full-scale invasion of Ukraine.\nSignificantly, Russia does not have any submarine in the Mediterranean Sea. The last left on January 2. It is possible that there is a nuclear powered submarine there, but we consider this unlikely.\nThese were based at Tartus but no submarine has called there since around December 3, 2024. The loss of the base means that any submarine deployed there has to remain at sea, with only the possibility of brief calls at friendly ports. In practice Russian conventionally powered submarines spend most of their time in port, even on deployment. This makes a sustained presence in the Mediterranean untenable.",
     # The navy has "lost the use" of Tartus, no submarine calling since early December: the
     # naval force there cut down, reduced (not a withdrawal reported as completed: the text
     # speaks of the use, not of the last Russians leaving). Judgement call.
     "gold": [gold(TA, "reduced", "2025-01-05", "2025-01-04", "2025-01-06")]},
    {"lang": "en", "split": "held-out 27", "publisher": "Observatorial", "published": "2025-01-07",
     # published: not on the stored page; "Five days ago" the submarine left (2 January 2025)
     # and the Maxar image "from 6 January 2025": an estimate, 7 January 2025.
     "url": "https://observatorial.com/?p=1160662",
     "text": "Russia\u2019s military is at a multi-year low in the Middle East and Mediterranean region, and for the first time in 12 years, Russia does not have a nuclear submarine in the Mediterranean. The respected naval intelligence blog Navalnews reported this week that since January 2, Russia has not had a submarine in the Mediterranean Sea, after de facto losing control of the port of Tartus.\nOfficially, Russia still maintains control of the naval base at Tartus, one of its most important points in the Middle East region. Despite this, the Russian Navy stopped using it in practice, and since December 3 no Russian submarine has appeared in port. The estimates are that even if another Russian submarine is expected to arrive in the Mediterranean in place of Novorossiysk, it will not arrive in the coming days \u2013 based on observations and location data of other submarines identified in other areas, mainly in the Baltic Sea.\nAt the same time, recent satellite images show that the docks of the port are still loaded with Russian military equipment awaiting evacuation from Syria, but there is no Russian ship docked there. A Russian warship named Admiral Grigorovich anchors not far away, more than eight kilometers away.",
     # Russia "still maintains control" of the Tartus base, its equipment still on the docks,
     # but the navy "stopped using it in practice": reduced.
     "gold": [gold(TA, "reduced", "2025-01-07", "2025-01-06")]},
    {"lang": "en", "split": "held-out 27", "publisher": "Mahalsa (UK, after The Telegraph)", "published": "2025-01-23",
     # published: not on the stored page; the two cargo ships "tracked entering the port on
     # Tuesday and Wednesday" (21 and 22 January 2025, the Sparta ships): an estimate, the
     # Thursday after, 23 January 2025 (or the 22nd).
     "url": "https://mahalsa.co.uk/?p=269708",
     "text": "Russia\u2019s crucial diesel attack submarines may have to withdraw from the Mediterranean Sea as Moscow appears to have been kicked out of its naval base in the Syrian port of Tartus.\nThe new Syrian government terminated a 49-year lease on the base the Kremlin brokered with the Bashar al-Assad regime in 2019, according to Russian and Syrian media reports.\nTwo Russian cargo ships that had been waiting offshore for three weeks were tracked entering the port on Tuesday and Wednesday to begin a probable evacuation.\nIt marks a major loss for Russia. The port at Tartus has played a vital role as a hub for its military presence in the Mediterranean, which it has increased over the past decade to support its operations in Africa.\nRows of military vehicles and hardware have been lined up at the port, waiting to be taken away, since the ships left.\nRussian troops, for now, are continuing to operate at its Khmeimim air base in the Syrian port city of Latakia.",
     # Moscow "appears to have been kicked out" of Tartus and the ships came in "to begin a
     # probable evacuation" (hedged, as begun): withdrawing. Troops "continuing to operate"
     # at Khmeimim: active.
     "gold": [gold(TA, "withdrawing", "2025-01-23", "2025-01-22"),
              gold(HM, "active", "2025-01-23", "2025-01-22")]},
    {"lang": "en", "split": "held-out 27", "publisher": "NewsDiet24", "published": "2024-12-30",
     # published: not on the stored page (the address gives December 2024); al-Sharaa spoke
     # to Al Arabiya "on Sunday", 29 December 2024: an estimate, the day after (or that day).
     "url": "http://newsdiet24.com/2024/12/new-syrian-leader-signals-commitment-to.html",
     "text": "Ahmed al-Sharaa, the de facto leader of Syria\u2019s new Islamist government, has\nemphasized the country\u2019s \u201cstrategic interests\u201d in maintaining strong relations\nwith Russia, including the continued presence of Moscow\u2019s military bases.\nSpeaking on Sunday in an interview with Al Arabiya, al-Sharaa\u2014also known by his\nnom de guerre Abu Mohammad al-Julani\u2014indicated that his administration does not\nplan to push for the removal of Russian installations from Syrian territory.\nThe future of Russia\u2019s military presence in Syria became uncertain after\nIslamist factions, led by Hayat Tahrir al-Sham (HTS), overthrew former\nPresident Bashar al-Assad and took control of Damascus in late November.\nRussian forces currently operate the Khmeimim Air Base and a naval logistics\nfacility in Tartus, both situated on Syria\u2019s Mediterranean coast. These bases\nwere established under a 2017 agreement allowing Moscow\u2019s troops to remain for\n49 years.",
     # "Russian forces currently operate" Khmeimim and the Tartus facility: both active; the
     # wish to keep them is no entry of its own.
     "gold": [gold(HM, "active", "2024-12-30", "2024-12-29"),
              gold(TA, "active", "2024-12-30", "2024-12-29")]},
    {"lang": "en", "split": "held-out 27", "publisher": "Reuters (Screenocean video record)", "published": "2024-12-15",
     # published: the record's own date ("Date: 15th December 2024").
     "url": "https://reuters.screenocean.com/record/1889124",
     "text": "Russian planes taking off and convoy movement spotted at Hmeimim airbase in Syria's Latakia\n- Date: 15th December 2024\n- Story Text: Russian activity was observed on Sunday (December 15) at the Hmeimim Air Base in the Syrian port city of Latakia, one week after the fall of Syrian president Bashar al-Assad.\nSoldiers were seen walking inside the base, while military vehicles, including trucks, moved through the area. Planes with Russian flags were seen landing and taking off.",
     # Russian soldiers, vehicles and planes in use at the base on 15 December: active.
     "gold": [gold(HM, "active", "2024-12-15")]},
    {"lang": "en", "split": "held-out 27", "publisher": "Yeni \u015eafak (English)", "published": "2026-02-19",
     # published: not on the stored page; Lavrov's interview with Al Arabiya "Wednesday" is
     # the one Sputnik carried on 19 February 2026 (03:41 UTC), given Wednesday 18 February:
     # an estimate, 19 February 2026 (or the 18th).
     "url": "https://en.yenisafak.com/world/russia-negotiating-with-syria-to-maintain-military-presence-lavrov-says-3714836",
     "text": "Russia negotiating with Syria to maintain military presence, Lavrov says\n\nRussian Foreign Minister Sergey Lavrov confirmed Moscow is in discussions with Syria's new leadership to preserve its military facilities at Khmeimim and Tartus, arguing Syrians are \"keen\" for Russia to stay. He urged the US to withdraw from northeast Syria responsibly and reaffirmed Russia's readiness to contribute $1 billion in frozen funds for Gaza reconstruction.\nRussian Foreign Minister Sergey Lavrov disclosed Wednesday that Moscow is actively negotiating with Syria's new administration to maintain its key military presence in the country, emphasizing that Syrians are \"keen\" for Russia to remain. In an interview with Al-Arabia TV, Lavrov noted that facilities at Khmeimim and Tartus, while no longer serving purely military functions as before December 2025, remain well-suited for repurposing as humanitarian hubs, serving as stabilizing counterweights to other regional actors.",
     # Talks to preserve "its military facilities at Khmeimim and Tartus" (named bases): both
     # active. The repurposing as hubs is a plan, no entry of its own.
     "gold": [gold(HM, "active", "2026-02-19", "2026-02-18"),
              gold(TA, "active", "2026-02-19", "2026-02-18")]},
    {"lang": "en", "split": "held-out 27", "publisher": "Metro India (agencies)", "published": "2025-03-03",
     # published: the page's own date ("03-03-2025"; the "4 December, 2025" above it is the
     # site's clock).
     "url": "https://www.metroindia.net/news/articlenews/russia-syria-try-to-forge-fresh-ties-22665",
     "text": "Russia, Syria try to forge fresh ties\n\n03-03-2025 12:00:00 AM\n\nRussia's military presence in Syria, centered on the Hmeimim Air Base and Tartous Naval Base, faces a new reality. With Bashar al-Assad ousted, the Islamist group Hayat Tahrir al-Sham (HTS) now controls the region and guards the Russian bases. These bases, crucial for Russia's Middle East and African military reach, are now subject to renegotiation by Syria's interim President Ahmed Sharaa. He seeks revised terms for the leases, but not a complete Russian withdrawal.\n\nThe bases' continued operation hinges on Russia providing diplomatic support and financial compensation to the new Syrian regime. This marks a significant shift, as the Islamist leadership, once targeted by Russian airstrikes, now engages with Moscow in negotiations.",
     # Russia's presence "centered on" the two bases, HTS guarding "the Russian bases", their
     # "continued operation" under renegotiation: both active; the condition is no entry.
     "gold": [gold(HM, "active", "2025-03-03"),
              gold(TA, "active", "2025-03-03")]},
    # Arabic -----------------------------------------------------------------------
    {"lang": "ar", "split": "held-out 27", "publisher": "إيجي برس (egy-press.com; تلفزيون سوريا)", "published": "2025-08-11",
     # published: not on the stored page; "الاثنين" and the same source's report of Monday
     # 11 August 2025 (the Syria TV story others date 11-12 August): an estimate.
     "url": "https://www.egy-press.com/173241",
     "text": "روسيا تعزز قاعدتها وتزيد عدد قواتها في القامشلي شمال شرقي سوريا\n\nكشف مصدر مطلع لموقع تلفزيون سوريا، الاثنين، أن القوات الروسية عززت وجودها في مطار القامشلي شمال شرقي سوريا على عدة مراحل، شملت تأهيل منطقة تمركز الطائرات الروسية، وتوسيع أماكن إقامة جنودها وضباطها في مراكز أمام المبنى الرئيسي للمطار.\nحصل تلفزيون سوريا على لقطات حصرية للقوات الروسية وهي تُعزز محيط طائراتها ومحطات رادارها في المطار، حيث أقامت متاريس، ووسّعت بوابة الدخول، ورفعت العلم الروسي فوق مبنى المطار.\nوبحسب المصدر، تُحلّق طائرتا شحن روسيتان بانتظام بين مطار القامشلي وقاعدة حميميم الجوية، لنقل جنود ومعدات لوجستية وعتاد عسكري إلى مطار القامشلي. وغالبًا ما تتم هذه العمليات فجرًا أو ليلًا لتجنب الاهتمام الإعلامي وتجنّب تغطية تحركاتها في المنطقة.\nوأشار المصدر إلى أن عدد الجنود الروس في المطار انخفض بشكل ملحوظ مقارنة بالفترة التي سبقت سقوط نظام الأسد، إلا أن روسيا بدأت بتعزيز قواتها ومواقعها مجدداً الشهر الماضي.\nويقدر المصدر أن هناك نحو 200 جندي روسي متواجدين حالياً في مطار القامشلي.",
     # Forces at Qamishli reinforced, soldiers and equipment flown in: reinforced (the
     # publication, or the reinforcing begun "الشهر الماضي", July 2025). Hmeimim is only
     # where the flights come from: no entry (as the earlier sets).
     "gold": [gold(Q, "reinforced", "2025-08-11", "2025-08-12", "2025-07-01")]},
    {"lang": "ar", "split": "held-out 27", "publisher": "موقع الكتائب (kataeb.org; الحرة)", "published": "2025-02-07",
     # published: the page's own date ("الجمعة 7 شباط 2025 10:32:53").
     "url": "https://kataeb.org/articles/%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D8%AF%D9%81%D8%A7%D8%B9-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A-%D9%8A%D9%88%D8%B6%D8%AD-%D9%85%D9%88%D9%82%D9%81-%D8%AF%D9%85%D8%B4%D9%82-%D9%85%D9%86-%D8%A8%D9%82%D8%A7%D8%A1-%D8%A7%D9%84%D9%82%D9%88%D8%A7%D8%B9%D8%AF-%D8%A7%D9%84%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D9%81%D9%8A-%D8%A8%D9%84%D8%A7%D8%AF%D9%87-",
     "text": "أكد وزير الدفاع السوري، مرهف أبو قصرة، أن بلاده منفتحة على استمرار الوجود العسكري الروسي في قاعدتي طرطوس وحميميم، طالما أن ذلك يخدم المصالح السورية.\nوفي مقابلة مع صحيفة \"واشنطن بوست\" الأميركية، أوضح أبو قصرة أن العلاقة مع موسكو تحسنت بشكل ملحوظ منذ سقوط نظام بشار الأسد في الثامن من ديسمبر الماضي، مشيرًا إلى أن دمشق تدرس مطالب روسيا بشأن قواعدها العسكرية.",
     # Openness to the presence at Tartus and Hmeimim "as long as" it serves Syria: a
     # condition; Russia's demands being studied are not talks for forces to remain: no entry.
     "gold": []},
    {"lang": "ar", "split": "held-out 27", "publisher": "شفق نيوز (shafaq.com, Iraq)", "published": "2026-01-26",
     # published: the page's date (26 January 2026), "يوم الاثنين".
     "url": "https://www.shafaq.com/ar/الشرق-الأوسط/خلا-تدريجي-للقوات-الروسية-من-مطار-القامشلي-ونقلها-لى-قاعدة-حميميم",
     "text": "شفق نيوز- دمشق\n\nتستمر عملية إخلاء القوات الروسية المرابطة في مطار القامشلي، يوم الاثنين، في ظل معلومات تشير إلى صدور قرار بإفراغ المنطقة من التواجد الروسي والانسحاب باتجاه قاعدة حميميم في محافظة اللاذقية.\n\nوقال مصدر أمني لوكالة لشفق نيوز، إن \"عملية الإجلاء بدأت في الثالث والعشرين من الشهر الجاري، حيث جرى تنفيذ المرحلة الأولى عبر طائرتي شحن روسيتين من طراز (إليوشن)، قامتا بنقل معدات ثقيلة وقوات لوجستية من مطار القامشلي إلى قاعدة حميميم\".\n\nوأضاف المصدر أن \"عمليات النقل استمرت لاحقاً وشملت الآليات التقنية والجنود الأفراد، وصولاً إلى اليوم، حيث جرى نقل ما يُعرف بـ(فريق النخبة)، والذي يُعد آخر قوة روسية متواجدة في المنطقة\".\n\nوأشارت المصادر إلى أن \"هذا الانسحاب جاء ضمن خطة نقل متفق عليها، وبالتنسيق مع الجانبين السوري والأميركي\".",
     # The evacuation of Qamishli "تستمر" (begun on the 23rd): withdrawing (the Monday of the
     # report, or the start). The "last force" moved the same day is not said to complete it;
     # a judgement call against withdrawn. Hmeimim is the destination: no entry.
     "gold": [gold(Q, "withdrawing", "2026-01-26", "2026-01-23")]},
    {"lang": "ar", "split": "held-out 27", "publisher": "ريبورتاج (reportage.ly, Libya; Nova)", "published": "2025-10-27",
     # published: not on the stored page; Nova's radar data "في 26 أكتوبر الجاري" and the
     # flights resumed "بعد أيام قليلة" of al-Sharaa's Moscow visit (15 October 2025): an
     # estimate, the day after the flight (a day or two either way).
     "url": "https://reportage.ly/نوفا-استئناف-الرحلات-الجوية-العسكرية",
     "text": "أكدت وكالة “نوفا” الإيطالية استئناف الرحلات الجوية العسكرية الروسية بين قاعدة حميميم الجوية في سوريا وقاعدة الخادم الجوية في شرق ليبيا بعد توقف دام خمسة أشهر.\nوقالت “الوكالة”، في تقرير لها، وفقًا لبيانات تتبع الرادار التي اطلعت عليها في 26 أكتوبر الجاري، إن طائرة نقل روسية من طراز إليوشن إيل-62 إم، مسجلة برقم RA-86559، أقلعت من قاعدة الخادم متجهة إلى حميميم، الواقعة في محافظة اللاذقية على الساحل الغربي لسوريا، وهي المركز العملياتي الرئيسي لروسيا في الشرق الأوسط.\nوأوضحت في تقريرها، إن قاعدة الخادم تقع في منطقة المرج ببرقة، على بُعد حوالي مائة كيلومتر شرق بنغازي، وتستخدمها موسكو كمركز لوجستي وفني لقوات المشير خليفة حفتر قائد الجيش الوطني الليبي.\nوأضافت أن استئناف الرحلات الجوية يأتي بعد أيام قليلة من زيارة الرئيس السوري أحمد الشرع، إلى موسكو، وهي الأولى منذ سقوط نظام بشار الأسد.",
     # Russian military flights to Hmeimim resumed, the base "المركز العملياتي الرئيسي لروسيا":
     # active (the publication, or the flight of 26 October). Al-Khadim is in Libya: no entry.
     "gold": [gold(HM, "active", "2025-10-27", "2025-10-26", "2025-10-28")]},
    {"lang": "ar", "split": "held-out 27", "publisher": "يمن ويندو (yemen-window.com, Yemen)", "published": "2026-01-26",
     # published: not on the stored page; the "Russian source" (Al-Hadath's) of Monday 26
     # January 2026, the evacuation begun "منذ يومين": an estimate, that Monday.
     "url": "https://www.yemen-window.com/news/214865",
     "text": "أفاد مصدر روسي بأن روسيا شرعت، منذ يومين، في نقل معدات عسكرية وعدد من الجنود من قاعدتها في مطار القامشلي، تمهيدًا لمغادرتها القاعدة بشكل كامل.\nوأضاف المصدر أن عملية الإخلاء ما تزال مستمرة، مشيرًا إلى أن المعدات التي يتم سحبها تُنقل إلى قاعدة حميميم في اللاذقية.\nكما أوضح أن عدداً من المستشارين والجنود الروس لا يزالون داخل القاعدة في مطار القامشلي، إلى حين الانتهاء الكامل من عملية نقل المعدات وإتمام المهمة.",
     # The evacuation of Qamishli begun and going on, some soldiers still there: withdrawing
     # (the publication, or two days before). Hmeimim is the destination: no entry.
     "gold": [gold(Q, "withdrawing", "2026-01-26", "2026-01-24", "2026-01-27")]},
    {"lang": "ar", "split": "held-out 27", "publisher": "المنشر (elmanshar.com; Reuters)", "published": "2025-03-01",
     # published: the date in the page's address (2025/03/01).
     "url": "https://elmanshar.com/2025/03/01/%d8%a5%d8%b3%d8%b1%d8%a7%d8%a6%d9%8a%d9%84-%d8%aa%d8%af%d8%b9%d9%88-%d9%88%d8%a7%d8%b4%d9%86%d8%b7%d9%86-%d9%84%d8%af%d8%b9%d9%85-%d9%85%d9%88%d8%b3%d9%83%d9%88-%d9%81%d9%8a-%d8%b3%d9%88%d8%b1%d9%8a",
     "text": "إسرائيل تمارس ضغوطًا على الولايات المتحدة لضمان إبقاء سوريا “ضعيفة ولامركزية”\nفي تقرير نشرته وكالة رويترز، أُفيد بأن إسرائيل تمارس ضغوطًا على الولايات المتحدة لضمان إبقاء سوريا “ضعيفة ولامركزية”، بما في ذلك السماح لروسيا بالحفاظ على قواعدها العسكرية في البلاد. هذا التحرك يأتي في وقت تتصاعد فيه المخاوف الإسرائيلية من النفوذ التركي المتزايد في سوريا، الذي تعتبره تهديدًا على حدودها.\nتفاصيل وجود القواعد الروسية في سوريا\nروسيا تملك في سوريا قاعدة بحرية في طرطوس على الساحل السوري، بالإضافة إلى قاعدة جوية في حميميم بمحافظة اللاذقية.",
     # "روسيا تملك ... قاعدة بحرية في طرطوس ... قاعدة جوية في حميميم": both Russia's now,
     # active (the publication, or Reuters' 28 February). Israel's wish for Russia to keep
     # its bases is no entry of its own.
     "gold": [gold(TA, "active", "2025-03-01", "2025-02-28"), gold(HM, "active", "2025-03-01", "2025-02-28")]},
    {"lang": "ar", "split": "held-out 27", "publisher": "فيتنام.vn (vietnam.vn, Arabic; Reuters)", "published": "2025-03-01",
     # published: not on the stored page; Reuters' report "في 28 فبراير/شباط": an estimate,
     # the day after (a day either way).
     "url": "https://www.vietnam.vn/ar/israel-van-dong-my-giu-can-cu-nga-o-syria",
     "text": "ذكرت وكالة رويترز للأنباء في 28 فبراير/شباط نقلا عن أربعة مصادر مطلعة أن إسرائيل تضغط على الولايات المتحدة لإبقاء سوريا ضعيفة ولامركزية، بما في ذلك الحفاظ على القواعد الروسية في سوريا لمواجهة النفوذ التركي المتزايد في سوريا.\nتحتفظ روسيا حاليًا بقاعدتين استراتيجيتين في سوريا، هما القاعدة البحرية في طرطوس على ساحل البحر الأبيض المتوسط، وقاعدة حميميم الجوية في محافظة اللاذقية.\nتريد إسرائيل أن تبقي روسيا قواتها على الأراضي السورية على أمل موازنة النفوذ المتزايد لتركيا.",
     # "تحتفظ روسيا حاليًا بقاعدتين ... طرطوس ... حميميم": both active now. Israel's wish is
     # no entry. (The page's next sentence, on bombers "في حمص وتدمر", is cut: a stray
     # claim of the translation, not needed.)
     "gold": [gold(TA, "active", "2025-03-01", "2025-02-28", "2025-03-02"), gold(HM, "active", "2025-03-01", "2025-02-28", "2025-03-02")]},
    {"lang": "ar", "split": "held-out 27", "publisher": "السياسة (alseyassah.com, Kuwait)", "published": "2025-03-01",
     # published: the page's own date ("السبت 01 مارس 2025").
     "url": "https://alseyassah.com/article/432890/إسرائيل-تعتبر-إدارة-الشرع-الجديدة-تهديدا-خطيرا-وتدعو-لبقاء-روسيا",
     "text": "إسرائيل تعتبر إدارة الشرع الجديدة تهديداً خطيراً وتدعو لبقاء روسيا\n\nتضغط على واشنطن لإبقاء سورية ضعيفة ومفككة\n\nدمشق، عواصم - وكالات: كشفت مصادر مطلعة أن إسرائيل تعتبر الحكومة الجديدة في سورية تهديداً خطيراً، وأن دمشق قد تهاجمها ذات يوم، وفي إشارة إلى رسائل نقلها مسؤولون إسرائيليون قالت ثلاثة مصادر أميركية إن إسرائيل تشعر حاليا بقلق بالغ إزاء الدور الذي تلعبه تركيا بصفتها حليفا مقربا من الإدارة الجديدة، وذكرت المصادر أن مسؤولين إسرائيليين سعوا إلى إقناع نظرائهم الأميركيين بأنه يتعين أن تُبقي روسيا على قاعدتها البحرية في طرطوس السورية المطلة على البحر المتوسط وقاعدتها الجوية في حميميم باللاذقية من أجل السيطرة على الدور التركي.",
     # Tartus and Hmeimim named only in what Israel wants Russia to keep: a wish, no entry
     # (a judgement call: "قاعدتها" says they are Russia's, but the sentence's news is the wish).
     "gold": []},
    {"lang": "ar", "split": "held-out 27", "publisher": "كاينابريس (kaynapress.com, Morocco; Anadolu)", "published": "2025-02-10",
     # published: not on the stored page; Anadolu's report of "اليوم الإثنين" after al-Sharaa
     # "أصبح رئيسا للبلاد لاحقا" (29 January 2025); the same story's Turkish copies date it
     # to Monday 10 February 2025: an estimate, that Monday (or the day after).
     "url": "https://kaynapress.com/%d9%88%d8%b2%d8%a7%d8%b1%d8%a9-%d8%a7%d9%84%d8%af%d9%81%d8%a7%d8%b9-%d8%a7%d9%84%d8%b3%d9%88%d8%b1%d9%8a%d8%a9-%d8%aa%d9%85%d9%86%d8%b9-%d9%82%d8%a7%d9%81%d9%84%d8%a9",
     "text": "منعت قوات وزارة الدفاع السورية قافلة عسكرية روسية خرجت من قاعدة حميميم الجوية بمحافظة اللاذقية، من الدخول إلى قاعدة روسية أخرى في محافظة طرطوس.\nوأفاد مراسل وكالة الأناضول، اليوم الإثنين، أن القافلة الروسية كانت تضم 30 مركبة وآلية محملة بالصواريخ، حيث تحركت صباحا من قاعدة “حميميم” باتجاه طرطوس.\nولدى سيرها في طريق طرطوس، أوقفت نقطة تفتيش عسكرية تابعة للدفاع السورية القافلة الروسية، حيث انتظرت القافلة لمدة 8 ساعات قبل أن تعود أدراجها إلى قاعدة “حميميم” حوالي الساعة 17:00 بالتوقيت المحلي.\nوكانت روسيا قد أعادت تموضع قواتها العسكرية في سوريا خلال ديسمبر 2024، عقب العملية العسكرية التي أطلقتها الفصائل السورية لإسقاط نظام البعث.\nوفي هذا الإطار، سحب الجيش الروسي قواته من عدة محافظات سورية إلى قاعدة “حميميم” التي بدأ باستخدامها بموجب اتفاق مع نظام بشار الأسد المخلوع في غشت 2015، قبل أن يوسع وجوده فيها بعد عام واحد فقط من ذلك.",
     # The Russian convoy leaves Hmeimim and returns to it, forces gathered there since
     # December 2024: active. The convoy's goal is "قاعدة روسية أخرى في محافظة طرطوس",
     # which the report calls Russia's: active too (a judgement call; the convoy was turned
     # back, nothing is said of the base's state). The governorates left in December 2024
     # are unnamed: no entry.
     "gold": [gold(HM, "active", "2025-02-10", "2025-02-11"), gold(TA, "active", "2025-02-10", "2025-02-11")]},
    {"lang": "ar", "split": "held-out 27", "publisher": "سيريا مونيتور (symonitor.com; Anadolu)", "published": "2025-02-10",
     # published: not on the stored page; "اليوم", the same Anadolu story of Monday 10
     # February 2025: an estimate.
     "url": "https://symonitor.com/%d8%a7%d9%84%d8%ac%d9%8a%d8%b4-%d8%a7%d9%84%d8%b3%d9%88%d8%b1%d9%8a-%d9%8a%d9%85%d9%86%d8%b9-%d9%82%d8%a7%d9%81%d9%84%d8%a9-%d8%b9%d8%b3%d9%83%d8%b1%d9%8a%d8%a9-%d8%b1%d9%88%d8%b3%d9%8a%d8%a9",
     "text": "منعت وزارة الدفاع السورية، اليوم، قافلة عسكرية روسية مكونة من 30 مركبة محملة بالصواريخ من دخول قاعدة عسكرية في محافظة طرطوس، وذلك بعد مغادرتها قاعدة حميميم الجوية في اللاذقية صباحاً.\nووفقاً لوكالة “الأناضول” التركية، واجهت القافلة توقفاً عند نقطة تفتيش تابعة للقوات السورية، حيث تم منعها من التقدم نحو القاعدة المستهدفة في طرطوس. وأفادت المصادر أن القافلة انتظرت نحو 8 ساعات دون الحصول على تصريح مرور، قبل أن تعود أدراجها إلى قاعدة حميميم حوالي الساعة الخامسة مساءً بالتوقيت المحلي.\nيأتي هذا التطور في ظل إعادة انتشار القوات الروسية في سوريا، حيث قامت موسكو مؤخراً بسحب وحداتها من عدة محافظات سورية وإعادة تمركزها في قاعدة حميميم، بعد التغييرات التي شهدتها البلاد عقب سقوط النظام السابق.",
     # Russian units regrouped at Hmeimim, the convoy leaving and coming back: active. The
     # "قاعدة عسكرية في محافظة طرطوس" is not said to be Russia's here, and a base a move
     # goes to is not entered from the move alone: no Tartus entry (unlike kaynapress's
     # "قاعدة روسية أخرى").
     "gold": [gold(HM, "active", "2025-02-10", "2025-02-11")]},
    {"lang": "ar", "split": "held-out 27", "publisher": "آرك نيوز (arknews.net)", "published": "2025-03-15",
     # published: not on the stored page; the Russian document speaks of "الأيام العشرة
     # الأخيرة" (since 6 March 2025) and of food packs "في 16 آذار" still to come: an
     # estimate, 15 March 2025 (a day either way).
     "url": "https://www.arknews.net/node/58625",
     "text": "قاعدة حميميم تطلب من الذين لجؤوا إليها المغادرة\nدعت القوات الروسية في قاعدة حميميم العسكرية بريف اللاذقية المدنيين الذين لجؤوا إليها خلال الأيام الماضية إلى مغادرة القاعدة والعودة إلى مناطقهم، مشيرةً إلى أن الوضع في سوريا يتحسن تدريجياً، وفقاً لوثيقة تم تداولها على وسائل التواصل الاجتماعي.\nوجاء في الوثيقة أن الحكومة السورية، المعترف بها دولياً، تبذل جهوداً كبيرة لحل الأوضاع في محافظة اللاذقية خلال الأيام العشرة الأخيرة، بمشاركة منظمات إنسانية دولية تهدف إلى تحقيق الاستقرار وضمان سلامة المدنيين.\nوأوضحت قيادة القاعدة الروسية أن القوات الموجودة في حميميم بذلت جهوداً كبيرة لإنقاذ المدنيين، لكنها أشارت إلى محدودية موارد القاعدة وعدم قدرتها على توفير ظروف معيشية ملائمة لفترة طويلة، داعيةً اللاجئين إلى البحث عن سبل للتصالح مع السلطات السورية والعودة إلى حياتهم الطبيعية.\nوأكدت الوثيقة أن القيادة الروسية في القاعدة ستوفر حزماً غذائية للمدنيين المغادرين في 16 آذار، لضمان حصولهم على بعض الاحتياجات الأساسية خلال انتقالهم إلى مناطقهم الأصلية.",
     # "القوات الروسية في قاعدة حميميم" and "القوات الموجودة في حميميم" under a Russian
     # command: active. The civilians asked to leave are not the force.
     "gold": [gold(HM, "active", "2025-03-15", "2025-03-14", "2025-03-16")]},
    {"lang": "ar", "split": "held-out 27", "publisher": "المركزية (almarkazia.com, Lebanon)", "published": "2025-10-19",
     # published: the page's date (19 October 2025); the interview was "مساء أمس السبت",
     # 18 October 2025.
     "url": "https://almarkazia.com/ar/%D8%A7%D9%84%D8%B4%D9%8A%D8%A8%D8%A7%D9%86%D9%8A-%D9%8A%D9%83%D8%B4%D9%81-%D8%B3%D8%B1-%D9%84%D9%82%D8%A7%D8%A1-%D8%B9%D9%82%D8%AF-%D9%85%D8%B9-%D8%A7%D9%84%D8%B1%D9%88%D8%B3-1",
     "text": "كشف وزير الخارجية السوري أسعد الشيباني بعض التفاصيل عن الأيام القليلة التي سبقت سقوط نظام بشار الأسد في الثامن من كانون الاول 2024.\n\n\n\nالقواعد العسكرية الروسية\n\nوأوضح الوزير السوري أن بلاده تبحث مع روسيا مراجعة الاتفاقيات المبرمة في عهد النظام السابق، بما في ذلك تلك المتعلقة بالقواعد العسكرية الروسية، مؤكدًا عدم توقيع أي اتفاقيات جديدة حتى الآن.",
     # A review of the agreements on "القواعد العسكرية الروسية", none named and nothing
     # said of the forces at them: no entry.
     "gold": []},
    {"lang": "ar", "split": "held-out 27", "publisher": "ريباز نيوز (rebaznews.com)", "published": "2025-05-22",
     # published: not on the stored page; "اليوم الخميس 22 أيار 2025", two days after the
     # attack of Tuesday 20 May 2025.
     "url": "https://www.rebaznews.com/node/35538",
     "text": "مدينة جبلة تشهد استنفارا أمنيا كبيرا\nأفادت مصادر محلية أن مدينة الجبلة والمناطق المحيطة بالقاعدة الروسية تشهد استنفارا أمنيا بعد يومين من الهجوم على قاعدة حميميم.\nوفق المصادر أن مدينة جبلة والقرى المحيطة بقاعدة حميميم الروسية في ريف مدينة جبلة، شهدت اليوم الخميس 22 أيار 2025، استنفاراً أمنياً، حيث رُصد انتشار مكثف لقوى الأمن العام في كل من قريتي الشراشير والقبيسة القريبتين من القاعدة، بالتزامن مع إغلاق مداخل ومخارج القريتين ومنع حركة الدخول والخروج، دون صدور بيانات رسمية توضح أسباب هذه الإجراءات حتى اللحظة.\nوجاء هذا التحرك الأمني بعد يومين من هجوم نفذته مجموعة مسلحة يرجح أنها رديفة لوزارتي الدفاع والداخلية على قاعدة حميميم، ما أسفر عن مقتل 3 أشخاص عُرف منهم حتى اللحظة مقاتل سوري الجنسية، خلال محاولة تسلل باتجاه نهاية مدرج الطيران داخل القاعدة.\nوأكدت المصادر أنه تم التعامل مع المهاجمين باستخدام الوسائط النارية، ونُقلت الجثث إلى داخل القاعدة من قبل القوات الروسية، دون توضيحات إضافية من الجانب الروسي أو الحكومة السورية.",
     # "قاعدة حميميم الروسية", its Russian forces repelling the attack and taking the bodies
     # in: active (the Thursday of the report, or the attack's Tuesday). The Syrian security
     # deployment around it is not Russia's force.
     "gold": [gold(HM, "active", "2025-05-22", "2025-05-20")]},
    # Russian ----------------------------------------------------------------------
    {"lang": "ru", "split": "held-out 27", "publisher": "Царьград (tsargrad.tv)", "published": "2024-12-08",
     # published: not on the stored page; the text is of the night Damascus fell ("де-факто
     # прихода к власти ... вооружённой оппозиции", a source "в 23:31"): an estimate, 8
     # December 2024 (or the 9th, just after midnight).
     "url": "https://tsargrad.tv/news/vsjo-izmenilos-v-2331-russkie-ostajutsja-v-sirii_1097283",
     "text": "Всё изменилось в 23:31. Русские остаются в Сирии\nРусские военные базы Хмеймим и Тартус пока остаются. \"Разговоров о сворачивании российской военной миссии в САР на данный момент не ведётся\", - сообщил источник в 23:31.\nНа фоне событий в Сирии для России, пожалуй, одним из самых актуальных вопросов остаётся судьба русской авиабазы Хмеймим и порта Тартус. Источники поделились последней информацией с мест.\nСообщается, что на фоне полного краха государственного управления и де-факто прихода к власти в Сирии так называемой вооружённой оппозиции все русские военные объекты приведены в полную боевую готовность.\nНесмотря на сообщения о якобы эвакуации нашей военно-морской базы, все остаются на местах, а точнее, и моряки, и корабли. То же самое и на авиабазе Хмеймим,\n- подчёркивает Telegram-канал \"МИГ России\".",
     # "базы Хмеймим и Тартус пока остаются", sailors and ships "остаются на местах", the
     # same at Hmeimim: both active; the denied evacuation is not entered. The "судьба" line
     # is framing, the report's news is that the forces stay.
     "gold": [gold(HM, "active", "2024-12-08", "2024-12-09"),
              gold(TA, "active", "2024-12-08", "2024-12-09")]},
    {"lang": "ru", "split": "held-out 27", "publisher": "tinaomos.news", "published": "2024-12-13",
     # published: not on the stored page; the Il-76 landings at Hmeimim were reported by FSNN
     # on Friday 13 December 2024 (and the new flag on the Moscow embassy of 10 December is
     # "ранее"): an estimate, 13 December (12 to 14).
     "url": "https://tinaomos.news/news/society/neskolko-il-76-pribyli-na-rossiyskuyu-aviabazu-khmeymim-v-sirii-smi",
     "text": "Несколько Ил-76 прибыли на российскую авиабазу Хмеймим в Сирии – СМИ\n\nВ сообщении говорится, что несколько российских грузовых самолетов приземлились в аэропорту Хмеймим в Латакии. Ранее боевики террористических группировок захватили контроль над Дамаском, в результате чего президент Башар Асад покинул свою должность и покинул Сирию. Сирийская оппозиция, пришедшая к власти, обеспечила безопасность российским военным базам и дипломатическим учреждениям на территории Сирии.",
     # Russian cargo aircraft landing at "российскую авиабазу Хмеймим": active (the
     # estimated publication). A fee the new power "может взимать" (left out) is a guess.
     "gold": [gold(HM, "active", "2024-12-13", "2024-12-12", "2024-12-14")]},
    {"lang": "ru", "split": "held-out 27", "publisher": "НСН (nsn.fm)", "published": "2026-01-22",
     # published: the page's own date.
     "url": "https://nsn.fm/policy/turtsiya-vygonit-rossiu-iz-sirii-polzuyas-otkazom-trampa-ot-regiona",
     "text": "Газеты в Анкаре уже пишут, что Турция выполнила все свои задачи на территории Сирии в рамках борьбы с курдами, российского присутствия в таком случае не будет, заявил НСН преподаватель Школы востоковедения НИУ ВШЭ Андрей Чупрыгин.\n\nПереходное правительство Сирии может начать с Россией переговоры по статусу военного аэродрома в Камышлы, к которому Москва имеет доступ с 2019 года, пишет «Коммерсант». Камышлы находится в провинции Хасеке – последнем оплоте прокурдского альянса «Сирийские демократические силы».",
     # "военного аэродрома в Камышлы, к которому Москва имеет доступ": Russia's now, active.
     # Talks that "may begin" on its status and a pundit's "присутствия ... не будет" are a
     # possibility and a forecast, no entry of their own.
     "gold": [gold(Q, "active", "2026-01-22")]},
    {"lang": "ru", "split": "held-out 27", "publisher": "RTVI (rtvi.com)", "published": "2025-12-03",
     # published: the page's own date.
     "url": "https://rtvi.com/news/v-mid-rasskazali-o-statuse-voennyh-baz-rossii-v-sirii/",
     "text": "Российская военно-морская база в сирийском Тартусе (пункт материально-технического обеспечения ВМФ России) и аэродром Хмеймим продолжают действовать и вносят «стабилизирующий фактор» в ситуацию в регионе. Об этом в специальном интервью RTVI рассказал замминистра иностранных дел России Сергей Вершинин.\n\n«Сейчас идет инвентаризация большого накопленного потенциала, который существует между нами. В том числе в правовой и договорной сфере. Мы смотрим: может быть, есть необходимость адаптировать или осовременить какие-то соглашения», — ответил Сергей Вершинин на просьбу прокомментировать правовой статус прежних договоренностей между Москвой и Дамаском.",
     # Tartus and Hmeimim "продолжают действовать": both active at the publication. Adapting
     # the agreements is a possibility, no entry.
     "gold": [gold(TA, "active", "2025-12-03"), gold(HM, "active", "2025-12-03")]},
    {"lang": "ru", "split": "held-out 27", "publisher": "Диалог.UA (dialog.ua)", "published": "2026-01-27",
     # published: not shown on the stored page; the address's number 1769488466 reads as a
     # Unix time, 27 January 2026, and Al-Monitor's video of the abandoned base went out on
     # 26-27 January: an estimate, 27 January (26 to 28).
     "url": "https://www.dialog.ua/world/327721_1769488466/amp",
     "text": "Хаос и кучи мусора: в Сети показали спешно брошенную базу войск РФ в Сирии\nРоссийский диктатор Владимир Путин продолжает стремительно терять влияние в Сирии.\nРоссийские войска, которые в январе 2026 года внезапно ушли из аэропорта Камышлы на северо-востоке Сирии, оставили после себя полный хаос и кучи мусора. Издание Al-Monitor в своем официальном аккаунте в соцсети X разместило соответствующее видео.\nВ видео журналистка Al-Monitor показывает помещения, где были расквартированы российские войска. Когда смотришь это видео, сразу понимаешь, что россияне в большой спешке покинули эту базу. Они оставили после себя мусор, бросили различные вещи и оборудование. Например, в видео показаны спортивные снаряды и стол для настольного тенниса.",
     # Troops that "ушли из аэропорта Камышлы" and "покинули эту базу": withdrawn, completed
     # (no day given but January 2026: the estimated publication, or the day before/after).
     # After the first run, "2026-01-01" added: the text's "в январе 2026 года" at month
     # precision, the sets' convention for a month given (as for "last week"); the first
     # run's figure was scored without it.
     "gold": [gold(Q, "withdrawn", "2026-01-27", "2026-01-26", "2026-01-28", "2026-01-01")]},
    {"lang": "ru", "split": "held-out 27", "publisher": "repost1.guru", "published": "2025-03-01",
     # published: the page's own date ("01 марта 2025").
     "url": "https://m.repost1.guru/news/80991-izrailj_nactaivaet_na_sohranenii_rossijskih_voennyh_baz_v_sirii_dlja_sderhivanija_turtsii",
     "text": "Израиль настаивает на сохранении российских военных баз в Сирии для сдерживания Турции\n01 марта 2025\n2356\n2356\n\nИзраильская сторона заинтересована в ослабленной и децентрализованной Сирии, а важным фактором, способствующим этому, может стать сохранение в стране российских военных баз — военно-морской базы в Тартусе и авиабазы Хмеймим в Латакии.\nОб этом сообщает Reuters, ссылаясь на осведомленные источники. По данным агентства, Израиль активно лоббирует эту идею в США, рассматривая российское присутствие как противовес растущему влиянию Турции в регионе.",
     # Israel's wish that the bases at Tartus and Hmeimim be kept: a third party's wish about
     # their future, no entry (gold.py).
     "gold": []},
    {"lang": "ru", "split": "held-out 27", "publisher": "sevastopol.su", "published": "2025-03-08",
     # published: not on the stored page; the Telegram report it cites ("Осведомитель") and
     # the uprising "несколько дней назад" date it to 7-8 March 2025 (News.ru carried the
     # same Telegram report on 8 March, 07:54): an estimate, 8 March (7 to 9).
     "url": "https://sevastopol.su/news/rossiyskie-voennye-ukryli-na-svoey-baze-khmeymim-spasayuschikhsya-ot-kazney-siriycev",
     "text": "Российские военные укрыли на своей базе Хмеймим спасающихся от казней сирийцев\n\nРоссийские военные укрыли на своей базе спасающихся от казней сирийцев.\n\nРоссийские военные укрыли на своей авиабазе Хмеймим спасающихся от казней мирных жителей Латакии и Тартуса. Об этом сообщил Telegram-канал «Осведомитель».\n\nРанее глава Минобороны Сирии Абу Касра заявил, что военные базы России останутся, если Сирия получит выгоду. По его словам, отношение России к новому сирийскому правительству значительно улучшилось, и Дамаск взвешивает требования Москвы.",
     # The Russian military sheltering people at "своей авиабазе Хмеймим": active (the
     # estimated publication). The civilians are not the force; Abu Qasra's condition on the
     # (unnamed) bases is no entry.
     "gold": [gold(HM, "active", "2025-03-08", "2025-03-07", "2025-03-09")]},
    {"lang": "ru", "split": "held-out 27", "publisher": "112.ua (Russian page)", "published": "2025-01-06",
     # published: not on the stored page; the last submarine left Tartus on 2 January and
     # passed Gibraltar on the 4th (Naval News, retold through Militarnyi); 112.ua's page
     # number (51369) sits before its English page of about 9-10 January (52323): an
     # estimate, 6 January 2025 (5 to 7).
     "url": "https://vid-arch2.112.ua/ru/strategicnij-vidstup-rosijski-submarini-zalisili-seredzemne-more-51369",
     "text": "Стратегический отход: российские подводные лодки покинули Средиземное море.\n\n\nРоссийский флот покидает Средиземное море\nПоследняя подводная лодка российского военно-морского флота покинула Средиземное море.\nПосле падения сирийского диктатора Башара Асада и потери Россией контроля над властью в Сирии, многие российские корабли отправились из порта Тартус за короткий промежуток времени, сообщает Милитарный.\n2 января последняя российская подводная лодка покинула Средиземное море. По данным объективного контроля, в порту Тартус не осталось ни одного российского надводного или подводного корабля.\nПо информации издания Naval News, последним судном, вышедшим из Средиземного моря, стала подводная лодка 'Новороссийск' (Б-61). Она отправилась под покровом ночи через Гибралтарский пролив, и ее движение подтвердили военно-морские силы Португалии.\nВ настоящее время неизвестно, является ли выход подводной лодки и кораблей из региона окончательным, или это лишь часть запланированной ротации.",
     # No Russian surface ship or submarine left in Tartus: the warships gone from the base,
     # reduced as the sets before (not withdrawn: the facility is not said to be given up).
     # The 2 January of the last departure, or the estimated publication.
     "gold": [gold(TA, "reduced", "2025-01-02", "2025-01-06", "2025-01-05", "2025-01-07")]},
    {"lang": "ru", "split": "held-out 27", "publisher": "НСН (nsn.fm)", "published": "2025-08-12",
     # published: the page's own date.
     "url": "https://nsn.fm/in-the-world/smi-siriya-hochet-vernut-uzhnye-raiony-strany-pod-rossiiskii-kontrol",
     "text": "Переходное правительство Сирии во главе с президентом Ахмедом аш-Шараа заинтересовано в возвращении патрулей военной полиции России на юг страны. Об этом пишет «Коммерсантъ» со ссылкой на источник.\n\nВ декабре после смены власти в Дамаске армия Израиля заняла часть сирийских южных районов для создания там буферной зоны в целях безопасности своей северной границы и защиты друзской общины. России пришлось ограничить военное присутствие в этом районе. Однако после визита министра иностранных дел Сирии Асада аш-Шайбани в Москву 1 августа патрули российской военной полиции заметили близ Эль-Камышлы на северо-востоке республики. По данным СМИ, колонна в сопровождении двух вертолетов проследовала на восток от города.\n\nКак отметил источник, активность российских сил в Эль-Камышлы стала итогом активизирующегося взаимодействия между переходным правительством и Россией.",
     # Russian military police patrols (with helicopters) seen near El-Qamishli, "активность
     # российских сил в Эль-Камышлы": the airport's contingent (stored under its town),
     # active, as the sets before read these patrols. The south: a wish, and a cut in a
     # region with no stored facility, no entry.
     "gold": [gold(Q, "active", "2025-08-12")]},
    {"lang": "ru", "split": "held-out 27", "publisher": "360.ru", "published": "2026-01-27",
     # published: not on the stored page; Kurdistan24's report "в минувший понедельник" (26
     # January 2026), "почти неделя" after 20 January, and al-Sharaa "едет к Путину" (the
     # visit of 28 January): an estimate, Tuesday 27 January (26 to 28).
     "url": "https://360.ru/tekst/mir/rossija-uhodit-iz-hasaki-ash-sharaa-edet-k-putinu-chto-budet-s-tartusom-i-bazoj-hmejmim/",
     "text": "Российские военные, возможно, покидают аэродром в сирийской провинции Хасака. Информацию об этом сейчас распространяют курдские СМИ. Речь идет об объекте близ города Камышлы. Минобороны эти публикации пока никак не комментировало.\n\nСДС дали четыре дня После смены режима в Сирии Хасака оставалась последним оплотом курдских командиров. Вечером 20 января, по словам сирийского источника «Коммерсанта», Дамаск дал им четыре дня на выработку плана мирной интеграции провинции в единые государственные структуры. Также собеседник газеты отметил, что переговоры о том, чтобы российские силы покинули аэродром близ Камышлы, должны были начаться после перехода Хасаки под контроль центральных властей. Такой была просьба переходного правительства САР во главе с Ахмедом аш-Шараа, экс-лидером «Хайят Тахрир аш-Шам»*.\n\n«Мне кажется, русских попросят уйти из Камышлы полностью. Теперь им там нечего делать», — предположил собеседник «Коммерсанта».",
     # Troops that "возможно, покидают аэродром ... близ города Камышлы": a withdrawal
     # reported as begun, with a hedge, withdrawing (the estimated publication, or Kurdistan24's
     # Monday). The talks and the source's guess are no entry of their own.
     "gold": [gold(Q, "withdrawing", "2026-01-27", "2026-01-26", "2026-01-28")]},
    {"lang": "ru", "split": "held-out 27", "publisher": "ТАСС (tass.ru)", "published": "2025-10-13",
     # published: the page's own date ("13 октября").
     "url": "https://tass.ru/politika/25328679",
     "text": "Лавров: Сирия заинтересована в сохранении в стране военных баз России\n\nПри этом в новых условиях они могут быть перепрофилированы под новые задачи, отметил глава МИД РФ\n\nМОСКВА, 13 октября. /ТАСС/. Сирийская сторона заинтересована в сохранении российских военных баз в стране, при этом в новых условиях они могут быть перепрофилированы под новые задачи. Об этом заявил министр иностранных дел России Сергей Лавров на встрече с журналистами из арабских стран.",
     # Syria's interest in keeping bases it does not name, and their possible new role: a
     # wish and a possibility about unnamed bases, no entry.
     "gold": []},
    {"lang": "ru", "split": "held-out 27", "publisher": "Абзац (absatz.media)", "published": "2025-08-12",
     # published: not on the stored page; it retells Kommersant's report of 11 August 2025
     # ("как стало известно") and Asharq Al-Awsat's of the patrol: an estimate, 12 August
     # (11 to 13).
     "url": "https://absatz.media/news/130025-pochemu-vs-rossii-vozvrashayutsya-k-rabote-v-sirii",
     "text": "Почему ВС России возвращаются к работе в Сирии\n\nКак стало известно, переходное правительство Сирийской Арабской Республики (САР) заинтересовано в том, чтобы российская военная полиция возобновила свою работу в южных провинциях страны, как это было при правлении Башара Асада. По мнению властей Сирии, патрулирование в регионе со стороны РФ может способствовать снижению активности израильских военных, которые заняли часть этих районов после событий декабря 2024 года, когда режим экс-президента пал в ходе переворота.\nСаудовское издание Asharq Al-Awsat также сообщает, что российская военная полиция уже вернулась там к патрулированию, но на северо-востоке страны, в окрестностях города Эль-Камышлы на границе с Турцией.",
     # Russian military police back on patrol "в окрестностях города Эль-Камышлы": the
     # airport's contingent, active (as the sets before). The south: a wish, no entry.
     "gold": [gold(Q, "active", "2025-08-12", "2025-08-11", "2025-08-13")]},
    {"lang": "ru", "split": "held-out 27", "publisher": "112.ua (Russian page)", "published": "2024-12-16",
     # published: not on the stored page; ISW's assessment of mid-December 2024 (the Turkish
     # minister's offer of 12-13 December is in it), and 112.ua's page number (49468) comes
     # just after its page on the Washington Post report of 13-14 December (49265): an
     # estimate, 16 December 2024 (15 to 17).
     "url": "https://112.ua/ru/v-isw-dali-prognoz-pro-podalsu-dolu-vijskovih-baz-rf-u-sirii-49468",
     "text": "В ISW дали прогноз про дальнейшую судьбу военных баз РФ в Сирии.\n\n\nИнститут изучения войны сообщил, что Россия реализует непонятные планы относительно своих военных подразделений в Сирии. Москва договорилась сохранить свои базы на западе страны, но выводит свои войска из других мест.\nСогласно данным украинской разведки, российские военнослужащие в Латакии и Тартусе испытывают проблемы с водой и продовольствием и ожидают доставку провизии через военно-транспортные самолеты. Это свидетельствует о том, что Россия, вероятно, не планирует полностью эвакуировать свои базы.\nРоссийские войска сопровождают вооруженные группы, которые воевали против Асада и выходят из Сирии в направлении западного побережья. Россия также вывела свои войска из Манбиджа и Kobani на севере страны. Похоже, Россия сможет остаться только на базах Тартус и Хмеймим после соглашения с неопределенными сирийскими субъектами.\nВоенный министр Турции также предлагает поддержать российскую консолидацию в Хмеймими и Тартусе и не поддерживать другие российские базы.",
     # Russian servicemen now "в Латакии и Тартусе" (the bases the paragraph after names:
     # Tartus and Hmeimim), not to be evacuated: both active. "вывела свои войска из
     # Манбиджа и Kobani": both withdrawn (no day given: the estimated publication). The
     # forecast and Turkey's offer are no entry.
     "gold": [gold(TA, "active", "2024-12-16", "2024-12-15", "2024-12-17"),
              gold(HM, "active", "2024-12-16", "2024-12-15", "2024-12-17"),
              gold(MANBIJ, "withdrawn", "2024-12-16", "2024-12-15", "2024-12-17"),
              gold(KOBANI, "withdrawn", "2024-12-16", "2024-12-15", "2024-12-17")]},
]
