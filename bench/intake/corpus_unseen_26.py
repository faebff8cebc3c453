"""The twenty-sixth held-out set of the intake evaluation (see `bench.intake.corpus`).

Assembled on 2026-12-04 (evening), after the twenty-fifth set's first run and while its
classes were being fixed, from the stored pages of the `search` tool (corpus `pages`,
queries in English, Arabic and Russian), one helper a language, before the pipeline ever ran
on any of it; every entry was written down by hand from the text alone. None of its URLs is
in another split, the twenty-fifth included (checked against the `url` lines of every
`bench/intake/corpus*.py`, percent-decoded, scheme and "www." set aside, a stored URL that is
a prefix of a new one, or the other way round, counting as the same page); copies of a used
page's text were dropped (wire copies at Dawn, Daily Sabah, Channel NewsAsia, The Star,
Business Recorder, KESQ; musavat.ru of haqqin.az, stahanov and siliconcult, gazeta.ru of
Rambler, RBC's AMP and myseldon copies), and no text shares more than a fifth of its
eight-word runs with a text of another split.

The stored pages are saturated for the obvious queries, so the helpers were pointed at less
obvious angles: the Kildin fire and the Sparta ships at Tartus, Bogdanov's visit of January
2025, the attack on Hmeimim of May 2025, the patrols of August 2025, the Tartus port's DP
World concession, al-Sharaa in Moscow (October 2025, January 2026), Russian forces in the
south (Quneitra), Hmeimim's reinforcement after July 2025. 47 reports (18 English, 15
Arabic, 14 Russian), 56 entries (24, 18, 14); ten reports have none (bases unnamed, talks on
their "судьба" or "future", a ship on fire off Tartus, the port's management contract).

Honestly: many publication dates are estimates from the text, each said in a comment (the
weakest: Onest Network's, dated to the DP World takeover of November 2025; E-livre's, 13
December 2024 with 12-16 allowed; news.tn's, about 22 January 2025); Накануне.ру's report
of 22 January 2026 retells Коммерсантъ's of the day before in other words (both kept);
several golds rest on a reading a reader may dispute: Middle East Eye's "expected to
maintain" Hmeimim and Tartus entered active, as the twenty-first set read the same Reuters
sentence; TRT's talks on "безопасность находящихся там россиян" and news-pravda (Sudan)'s
on how Russia continues operating at the bases entered active though their headlines speak
of the bases' fate or future; the New York Times' Hmeimim with "most of its troops ... gone"
entered active; the withdrawal from points in the Quneitra countryside entered at the town
of Quneitra, and an S-400 "withdrawn from Masyaf" at Masyaf, from a summary bullet.

Conventions of the sets before are kept: a base the report says is Russia's, exists, works
or shelters people now is active; civilians at or out of a base are not the force; a base a
move goes to is not entered from the move alone; a withdrawal reported as begun (a hedge
included) is withdrawing, one reported as done withdrawn; ships leaving a naval base make
it reduced; talks for forces to remain at a named base are active, but talks on the bases'
"fate" or "future", a plan, a wish or a condition are no entry; a report that says nothing
of Russia's forces at a named facility has no entry.
"""

from bench.intake.gold import HM, Q, TA, gold

MASYAF, QUNEITRA = 167046, 173334  # Maşyāf, Al Qunayţirah in GeoNames' cities500

UNSEEN_26_REPORTS = [
    # English ----------------------------------------------------------------------
    {"lang": "en", "split": "held-out 26", "publisher": "The Maritime Executive", "published": "2025-01-28",
     # published: not on the stored page; the Kildin fire "on Thursday" (23 January 2025)
     # "not reported until Monday" and the satellite photos "obtained Monday" (27 January); a
     # copy of it (maritime247.com) is dated 28 January 2025: an estimate, that Tuesday.
     "url": "https://maritime-executive.com/article/fire-breaks-out-on-russian-spy-ship-off-syria",
     "text": "Fire Breaks Out on Russian Spy Ship Off Syria\nU.S.-funded Radio Liberty reports that the Russian surveillance ship Kildin suffered an apparent engine room fire or stack fire while loitering off Syria's coast last week. The incident was observed by French naval forces on Thursday but not reported until Monday.\nCargo movements under way at Tartus\nSatellite photos obtained Monday show that cargo movements are finally under way at the Russian naval base at Tartus, Syria, signaling a likely evacuation of the military equipment that has been waiting on the pier for the past month.\nSince the 1970s, Russia's navy has held a lease on the northernmost pier in the port of Tartus, and for decades it has been the only significant Russian foothold in a Mediterranean seaport. That may be changing: In December, U.S.-designated terrorist group Hay'at Tahrir Al-Sham (HTS) overthrew the Russian-backed regime of dictator Bashar al-Assad, bringing an apparent end to 13 years of civil war. Russia's troops retreated to Tartus and Hmeimem, where the Russian Air Force maintains an airbase. Dozens of military vehicles - reportedly including valuable S-400 air defense system components - have been stranded at Tartus ever since.\nTwo military cargo ships (Sparta and Sparta II) were dispatched to Syria from the Baltic, arriving in early January. Amidst rumors of negotiations between Russia and Syria, they loitered off the coast for weeks. Both finally berthed at the base early last week, and the satellite imaging taken Monday shows significant changes on the piers. Sparta II has left port and is under way",
     # Cargo moving out of the Russian naval base, the stranded equipment's "likely
     # evacuation", Sparta II gone with it: withdrawing (Monday's photos, or the publication).
     # "Hmeimem, where the Russian Air Force maintains an airbase": active.
     "gold": [gold(TA, "withdrawing", "2025-01-27", "2025-01-28"),
              gold(HM, "active", "2025-01-28", "2025-01-27")]},
    {"lang": "en", "split": "held-out 26", "publisher": "Ukrainska Pravda (pravda.com.ua, English)", "published": "2025-01-27",
     # published: the page's own date ("Monday, 27 January 2025, 20:01") and its address.
     "url": "https://www.pravda.com.ua/eng/news/2025/01/27/7495541/",
     "text": "Satellite images reveal Russia removing military equipment from Syria's Tartus port, Radio Liberty says\n\nSTANISLAV POHORILOVMonday, 27 January 2025, 20:01\nSatellite images reveal Russia removing military equipment from Syria's Tartus port, Radio Liberty says\n\nSatellite images of the Tartus port in Syria have revealed that between 18 and 27 January, the Russian forces began transporting military equipment collected at the port onto ships operated by Russia's Ministry of Defence.\n\nSource: Radio Liberty, which published the first high-resolution satellite images of the Tartus port\n\nDetails: The images were taken during the loading of Russian military equipment, collected from across Syria, onto the Sparta and Sparta II cargo ships, owned by the Russian Defence Ministry's logistics company Oboronlogistics.\n\nA comparison of photos from 18 and 27 January shows that the Sparta II has already left the port, along with a significant part of the equipment that had been stationed on the pier. Meanwhile, the Sparta remains docked, with the nearby area – almost empty on 18 January – now filled with containers.",
     # The Russian forces "began transporting" the equipment out of Tartus on their ships:
     # a withdrawal begun, withdrawing (the 27 January of the images and the publication).
     "gold": [gold(TA, "withdrawing", "2025-01-27")]},
    {"lang": "en", "split": "held-out 26", "publisher": "Rudaw (English)", "published": "2025-01-28",
     # published: the date in the page's address (28012025) and the delegation's "on Tuesday".
     "url": "https://rudaw.net/english/middleeast/syria/28012025-amp",
     "text": "First Russian delegation in Damascus since Assad’s fall\n\nERBIL, Kurdistan Region - A high-level Russian delegation arrived in Damascus on Tuesday for talks with the new Syrian administration for the first time since the ousting of top ally Bashar al-Assad, Russian state media reported.\n“A Russian delegation has arrived in Damascus. It includes Deputy Foreign Minister Mikhail Bogdanov and the Russian President's Special Representative for Syria Alexander Lavrentyev,” the state-run TASS news agency said.\nAssad and his family left for Moscow and were granted asylum by the Russian government.\nRussia operates the Hmeimim airbase in Latakia and the Tartus naval base on Syria’s Mediterranean coast, both of which are critical for projecting power in the Middle East.",
     # "Russia operates the Hmeimim airbase ... and the Tartus naval base": both active at the
     # publication.
     "gold": [gold(HM, "active", "2025-01-28"), gold(TA, "active", "2025-01-28")]},
    {"lang": "en", "split": "held-out 26", "publisher": "Caliber.Az", "published": "2025-02-06",
     # published: not on the stored page; the fire "about two weeks ago, on January 23": an
     # estimate, about 6 February 2025 (a few days either way).
     "url": "https://caliber.az/en/post/media-russian-intelligence-vessel-engulfed-in-flames",
     "text": "Russian intelligence ship catches fire off Syria's coast, rejects help\nA Russian intelligence ship caught fire off the coast of Syria in the Mediterranean Sea and reportedly refused assistance from another vessel.\nThe incident involving the Russian ship \"Kildin\" occurred about two weeks ago, on January 23, Caliber.Az reports via Israeli media.\nVarious sources indicated that the ship burned for at least four hours in the open sea, near the port of Tartus, which remains under Russian military control on Syria’s coastline.",
     # "the port of Tartus, which remains under Russian military control": active at the
     # (estimated) publication. The ship's fire at sea is not the base's status.
     "gold": [gold(TA, "active", "2025-02-06", "2025-02-05", "2025-02-07", "2025-02-04", "2025-02-08")]},
    {"lang": "en", "split": "held-out 26", "publisher": "The Syrian Observer", "published": "2025-08-12",
     # published: not on the stored page; Kommersant's report of 11-12 August 2025 and the
     # meeting in Moscow "last month" (31 July - 1 August): an estimate, about 12 August 2025.
     "url": "https://syrianobserver.com/foreign-actors/damascus-reportedly-seeks-return-of-russian-patrols-to-southern-syria.html",
     "text": "The Syrian government is reportedly seeking the return of Russian patrols to the country’s southern provinces, a measure it believes could help curb Israeli military operations in the region. According to the Russian daily Kommersant, Damascus claims Israeli activity has intensified in recent months under the pretext of creating a buffer zone and “protecting the Druze”.\nAn anonymous source present at a meeting between Syrian Foreign Minister Asaad al-Shibani and members of the Syrian community in Moscow last month said President Ahmad al-Sharaa administration is keen to see Russian military police resume their former positions in the south. The source suggested that Moscow could play a pivotal role in managing relations between Syria and Israel.\nKommersant also reported that Russian forces recently conducted a patrol in Qamishli—the first since the fall of the Assad regime—signalling what it described as growing cooperation between Moscow and Damascus. Notably, the patrol was carried out solely by Russian forces, without participation from the Syrian Democratic Forces (SDF).",
     # Russian forces patrolling in Qamishli (the airport's force, stored under its town):
     # active, as the earlier sets; "recently" gives no day, so the publication. The wish for
     # patrols in the south names no facility: no entry.
     "gold": [gold(Q, "active", "2025-08-12", "2025-08-11", "2025-08-13", "2025-08-14")]},
    {"lang": "en", "split": "held-out 26", "publisher": "Onest Network", "published": "2025-11-12",
     # published: not on the stored page ("2 minutes ago"); DP World's formal take-over of
     # Tartus, which The National dates to Wednesday 12 November 2025, is its news: an estimate,
     # that day or the next.
     "url": "https://www.onestnetwork.com/post/tartus-power-shift-uae-investment-surges-as-syria-reconsiders-russia-s-military-lease",
     "text": "Tartus Power Shift: UAE Investment Surges as Syria Reconsiders Russia’s Military Lease\n- Olga Nesterova\n- 2 minutes ago\n- 3 min read\n\nDP World has formally taken over operations at Tartus Port following a handover from the Syrian General Authority for Land and Sea Ports, marking the launch of a 30-year concession agreement that includes up to $800 million in planned investment.\nA Strategic Port at a Strategic Moment\nAt the same time, Tartus is not just any port: it is home to Russia’s only Mediterranean naval base, positioned adjacent to the commercial terminals now being modernized by DP World.\nWhat DP World Controls — And What It Doesn’t\nDP World’s concession covers only the commercial port facilities:\ncargo berths\nbulk and breakbulk terminals\nlogistics yards and warehouses\nequipment upgrades\ndredging and digitalization\nThe concession does not include Russia’s naval facility.\nRussia still holds a 49-year lease (signed in 2017) over the military base at Tartus — a separate, sovereign military zone that remains under Russian command.",
     # "home to Russia's only Mediterranean naval base", "remains under Russian command":
     # active at the (estimated) publication. The commercial port's operator is not the force.
     "gold": [gold(TA, "active", "2025-11-12", "2025-11-13", "2025-11-14")]},
    {"lang": "en", "split": "held-out 26", "publisher": "Arabian Post, via daily8.com", "published": "2025-07-14",
     # published: not on this stored page; the same article's listing on daily8.com's hashtag
     # page is dated 14-07-2025, and it cites "official statements issued on 13 July 2025".
     "url": "https://www.daily8.com/en/article/377bef9005d90904d66f9c87639b0ad8",
     "text": "DP World Secures 30‐Year Deal to Revitalise Tartus Port\nThe agreement follows the termination earlier this year of a 49‑year commercial lease previously held by a Russian firm, cancelled by Syria's new government in January. That move paved the way for the port's complete nationalisation and cleared the path for this new international partnership. While Syria retains the Russian naval base in Tartus, civilian port operations were reverted to state control before the DP World deal was confirmed.",
     # "Syria retains the Russian naval base in Tartus": the base is there and Russia's,
     # active at the publication. The Russian firm's commercial lease is not the force.
     "gold": [gold(TA, "active", "2025-07-14", "2025-07-13")]},
    {"lang": "en", "split": "held-out 26", "publisher": "Devdiscourse", "published": "2025-01-29",
     # published: the page's own date (2025-01-29).
     "url": "https://www.devdiscourse.com/article/politics/3243795-russia-seeks-to-secure-syrian-ties-amid-leadership-shift",
     "text": "Russia Seeks to Secure Syrian Ties Amid Leadership Shift\nRussia is working to establish dialogue with Syria's new administration to maintain its military presence in the region. Russian Deputy Foreign Minister Mikhail Bogdanov recently visited Damascus for discussions, as a new leader, Ahmed al-Sharaa, emerges following President Bashar al-Assad's departure to Moscow.\nIn a significant diplomatic move, Russia is actively building communication with Syria's new administration, as confirmed by the Kremlin. This effort aims to safeguard the continued presence of Russian military bases in the region.\nRussian Deputy Foreign Minister Mikhail Bogdanov's visit to Damascus marks the first official talks with Syria's new leaders since the exit of President Bashar al-Assad late last year. Assad, along with his family, has reportedly taken refuge in Moscow.",
     # Talks to keep "Russian military bases", none named: no entry.
     "gold": []},
    {"lang": "en", "split": "held-out 26", "publisher": "Middle East Eye, via kcdme.com (Kurdistan Center for Democracy in the Middle East)", "published": "2026-01-28",
     # published: the page's own date (28.01.2026) and the visit "on Wednesday" (28 January 2026).
     "url": "http://www.kcdme.com/page19092.html",
     "text": "Syria's Sharaa turns to Russia amid SDF clashes, Israeli incursions\n\n\n\nWednesday's visit to Moscow was the Syrian president's second visit in less than a year\n\n\n\n28.01.2026\n\nBy MEE staff\n\n\n\nSyrian President Ahmed al-Sharaa on Wednesday made his second visit to Russia since he assumed power nearly 14 months ago, as the two sides attempt to repair relations and decide on Russia's future military presence in Syria.\n\n\nSharaa told Putin that Russia \"plays an important role in stabilising\" both Syria and the region as a whole.\n\n\nEarlier this week, the Reuters news agency reported that Russia was withdrawing forces from Qamishli airport in northeast Syria, although it was expected to maintain its larger Hmeimim air base and Tartous naval facility on Syria's Mediterranean coast",
     # Russia "was withdrawing forces from Qamishli airport", as Reuters reported "earlier this
     # week" (26 January 2026): withdrawing (that Monday, or the publication). "expected to
     # maintain its larger Hmeimim air base and Tartous naval facility": both active, as the
     # twenty-first set read the same Reuters sentence (never left).
     "gold": [gold(Q, "withdrawing", "2026-01-26", "2026-01-28", "2026-01-27"),
              gold(HM, "active", "2026-01-28", "2026-01-26"),
              gold(TA, "active", "2026-01-28", "2026-01-26")]},
    {"lang": "en", "split": "held-out 26", "publisher": "Global Pulse (wp.globalpulseonline.com)", "published": "2026-01-29",
     # published: not on the stored page; the visit "this Wednesday" (28 January 2026): an
     # estimate, that day or the next.
     "url": "https://wp.globalpulseonline.com/syrias-sharaa-turns-to-russia-amid-sdf-clashes-israeli-incursions",
     "text": "In a significant diplomatic move, Syrian President Ahmed al-Sharaa undertook his second official visit to Moscow this Wednesday, marking a pivotal moment in bilateral relations nearly fourteen months after assuming power. The high-stakes discussions centered on recalibrating Russia’s military footprint within Syria while addressing escalating regional security challenges.\nThis diplomatic exchange occurs alongside reported Russian troop withdrawals from Qamishli airport in northeastern Syria, interpreted by anonymous sources as a goodwill gesture indicating Moscow’s reluctance to engage in conflicts between Syrian forces and the SDF. Despite this partial withdrawal, Russia maintains its strategic presence at the Hmeimim air base and Tartous naval facility.\nConcurrently, President Sharaa is actively seeking enhanced Russian security engagement in southern Syria, specifically requesting military police deployment in Quneitra near the Golan Heights to create a buffer against potential Israeli incursions.",
     # "reported Russian troop withdrawals from Qamishli airport": withdrawing; "Russia
     # maintains its strategic presence at the Hmeimim air base and Tartous naval facility":
     # both active. The request for military police in Quneitra is a wish: no entry.
     "gold": [gold(Q, "withdrawing", "2026-01-28", "2026-01-29"),
              gold(HM, "active", "2026-01-28", "2026-01-29"),
              gold(TA, "active", "2026-01-28", "2026-01-29")]},
    {"lang": "en", "split": "held-out 26", "publisher": "The New York Times, via dnyuz.com", "published": "2025-10-15",
     # published: the date in the page's address (2025/10/15), and al-Shara's visit "On
     # Wednesday" (15 October 2025).
     "url": "https://dnyuz.com/2025/10/15/syrias-new-leaders-are-talking-to-a-former-enemy-russia",
     "text": "The shops in the Syrian town of Hmeimim — hair salons, kebab stalls, a mechanic’s garage — have signs in Russian. But most of them were shuttered on a recent morning.\nSoldiers from the nearby Russian air base don’t visit anymore, a cafe owner said.\nTen months after the fall of its ally, the authoritarian president Bashar al-Assad, Russia’s influence is barely visible in Syria. Most of its troops are gone, and the bases and investment projects built up during its decade-long intervention are largely abandoned.\nThe new president, Ahmed al-Shara, who led the Islamist rebel force that overthrew the Assad regime and upturned Russia’s interests in the region, allowed Moscow to maintain a small footprint in Syria rather than chasing it out completely.\nOn Wednesday, he was making his first visit to Moscow as president to meet with President Vladimir V. Putin, his former nemesis.",
     # "the nearby Russian air base" at Hmeimim, whose soldiers are there but keep off the
     # town: active. "Most of its troops are gone" and the "largely abandoned" bases are
     # Syria as a whole, no facility named: no entry of their own (a judgement call: an
     # analyst might read Hmeimim as reduced).
     "gold": [gold(HM, "active", "2025-10-15")]},
    {"lang": "en", "split": "held-out 26", "publisher": "Truth in Media", "published": "2024-12-14",
     # published: the page's own date (2024-12-14).
     "url": "https://truthinmedia.com/russia-reportedly-prepares-to-withdraw-from-syria/",
     "text": "Russia Reportedly Prepares to Withdraw from Syria\n\nAfter the ousting of Syrian President Bashar al-Assad, Russia is allegedly withdrawing its presence from the country this week, including at the Hmeimim air base and the naval base in Tartus.\n\nSatellite images show Russian cargo planes at the Hmeimim airfield with their nose cones open, evidently preparing to transport heavy military equipment out of Syria. The Tartus naval base, Russia’s only warm-water naval base providing direct access to the Mediterranean Sea, has been pivotal to Moscow’s imvolvement in the Middle East.",
     # "allegedly withdrawing its presence ... including at the Hmeimim air base and the naval
     # base in Tartus": a withdrawal reported as under way, hedged: both withdrawing ("this
     # week": the publication).
     "gold": [gold(HM, "withdrawing", "2024-12-14"), gold(TA, "withdrawing", "2024-12-14")]},
    {"lang": "en", "split": "held-out 26", "publisher": "Radio Free Europe/Radio Liberty (rferl.org, AMP)", "published": "2024-12-13",
     # published: not on the stored page; the satellite images "taken on December 13" and
     # what "Maxar said on December 13": an estimate, that day or the next.
     "url": "https://rferl.org/amp/syria-russia-hmeimim-military-equipment-withdrawal/33239263.html",
     "text": "Russia appears to be continuing to withdraw military equipment from its Hmeimim air base in Syria, according to satellite images taken on December 13 by the space technology company Maxar.\nThe images show what appear to be at least two Antonov AN-124s cargo planes on the tarmac with their nose cones open.\nMaxar said the two heavy transport aircraft were prepared to load equipment, while a nearby Ka-52 attack helicopter was being dismantled and likely prepared for transport. It added that parts of an S-400 air defense unit were similarly being prepared to depart from the air base.\nSatellite imagery published earlier this week showed that Russian naval ships left the base at Tartus following the overthrow of President Bashar al-Assad last weekend by rebels led by the Hayat Tahrir al-Sham (HTS) Islamist militant group.\nImagery showed at least three vessels -- including two guided missile frigates – located about 13 kilometers off the coast.\nThe Tartus naval base, Russia's only Mediterranean repair and replenishment hub, \"remains largely unchanged since our December 10 imagery coverage with two frigates continuing to be observed offshore of Tartus,\" Maxar said on December 13.",
     # "continuing to withdraw military equipment from its Hmeimim air base" (13 December):
     # withdrawing. The naval ships gone from the base at Tartus, frigates offshore: reduced,
     # as the earlier sets (the 10 December imagery, or 13 December).
     "gold": [gold(HM, "withdrawing", "2024-12-13", "2024-12-14"),
              gold(TA, "reduced", "2024-12-13", "2024-12-10", "2024-12-14")]},
    {"lang": "en", "split": "held-out 26", "publisher": "All Israel News (Kan News)", "published": "2025-11-18",
     # published: not on the stored page; "today (Tuesday)", al-Sharaa's meeting with Putin
     # "Last month" (15 October 2025) and "his recent visit to the White House" (10 November
     # 2025): an estimate, Tuesday 18 November 2025 (or the Tuesday after).
     "url": "https://allisraelnews.com/the-reason-for-the-unusual-visit-of-the-russian-military-delegation-to-syria",
     "text": "The reason for Russian military delegation's unusual visit to Syria\nA Syrian source close to the Damascus regime told Kan News that the unusual visit by the Russian military delegation to southern Syria is part of Russia's initiative to restore military police patrols in the area, placing them as a buffer between Israeli and Syrian forces. The report first aired today (Tuesday) on the “This Morning” program on Kan Reshet Bet.\nDuring the Assad regime, Russian military police forces were stationed in southern Syria, but they withdrew following its collapse. The Russian proposal to redeploy in southern Syria was raised with the Damascus regime several months ago. According to the Syrian source, the regime has not yet given its approval, but the matter remains under review.\nAnother Syrian source said it is likely that the Russian presence in southern Syria will be included in the security agreement between Israel and Syria.",
     # A proposal to redeploy in the south, and a withdrawal from "southern Syria" a year
     # before, no facility or town named: no entry.
     "gold": []},
    {"lang": "en", "split": "held-out 26", "publisher": "Kyiv Post", "published": "2025-01-14",
     # published: not on the stored page; "Tuesday news and shipping industry reports", the
     # General Skobelev's arrival "on Monday", Sparta I there since "Jan. 8" and "A month
     # later" than December's talks: an estimate, Tuesday 14 January 2025.
     "url": "https://kyivpost.com./post/45422",
     "text": "The Kremlin can’t evacuate troops and equipment from its only overseas base, Tartus, because Syria’s new rulers won’t let Russia’s five naval vessels enter the port, Tuesday news and shipping industry reports said.\nLocal information platforms identified the five ships currently sailing in a holding pattern in international waters to the east of Tartus, Syria as the military-use cargo ships Sparta I, Sparta II, and General Skobolev, and the amphibious assault ships Ivan Gren and Alexander Otrakovsky.\nFollowing the collapse of the al-Assad regime, Syria’s new leadership, the group Hayat Tahrir al-Sham (HTS) announced it would reboot the country’s coast guard and review its maritime security policies.\nSince then Russian naval ships have departed Tartus but none have entered. Kremlin spokesman Dmitriy Peskov, in December, said talks between Damascus and Moscow about the port lease’s status were in progress.\nA month later, based on ship activity data posted on marinetraffic.com, little progress in those talks seemed to have been made.",
     # The evacuation of troops and equipment from Tartus begun and now stalled (the ships
     # kept out): withdrawing, as the eleventh set read a stalled evacuation (at the
     # publication). The talks are on the port lease's "status": no entry of their own.
     "gold": [gold(TA, "withdrawing", "2025-01-14", "2025-01-13", "2025-01-15")]},
    {"lang": "en", "split": "held-out 26", "publisher": "Forbes, via daily8.com (its #Hmeimim listing)", "published": "2025-05-24",
     # published: the listing's date for the article ("time24-05-2025"); the attack it tells
     # of was "on May 20" (2025).
     "url": "https://www.daily8.com/en/hashtag/Hmeimim",
     "text": "Russia's Hmeimim Airbase In Syria Is Extremely Vulnerable\nRussia's Hmeimim Airbase In Syria Is Extremely Vulnerable\n\nForbes\n\ntime24-05-2025\n\n  • Politics\n  • Forbes\n\nRussia's Hmeimim Airbase In Syria Is Extremely Vulnerable\n\nA portrait of Russia's President Vladimir Putin hangs above as Russian military trucks enter the ... More Russian-leased Syrian military base of Hmeimim in Latakia province in western Syria on December 29, 2024. (Photo by AAREF WATAD/AFP via Getty Images) The Russian military leased Hmeimim airbase in western Syria's coastal Latakia province faced its deadliest attack since the December 2024 fall of former Syrian President Bashar al-Assad on May 20. While much remains unclear about this particular attack, it has aptly demonstrated the increasingly vulnerable position of Russia's sole airbase in the Middle East. On Tuesday, May 20, militants of unknown affiliation attacked Hmeimim, leaving at least two soldiers and two of the attacking militants dead. It's unclear if the soldiers were Russian personnel or security forces of the incumbent Syrian Transitional Government in Damascus. Kyle Orton, an independent Middle East analyst, said the details of the attack remain 'very murky,' although there are some possible clues as to what exactly happened. 'Russian military bloggers on Telegram admit that the Russians suffered casualties but did not say how many,' Orton told me.",
     # "The Russian military leased Hmeimim airbase", "Russia's sole airbase in the Middle
     # East", attacked with Russian casualties: active (the publication, or the attack's 20
     # May). An attack is not a withdrawal.
     "gold": [gold(HM, "active", "2025-05-24", "2025-05-20")]},
    {"lang": "en", "split": "held-out 26", "publisher": "The Kyiv Independent", "published": "2024-12-09",
     # published: the page's own date (2024-12-09), and TASS's report "on Dec. 9".
     "url": "https://kyivindependent.com/syrian-opposition-reportedly-takes-control-of-latakia-province-hosting-russian-bases/",
     "text": "Syrian opposition fighters took control of the Latakia province, where Russian military facilities – the Khmeimim airbase and the Tartus naval base – are located, Russian state news agency TASS reported on Dec. 9, citing a Syrian source.\n\nThe fighters did not enter or threaten the Russian bases, a Kremlin source told TASS separately. The claims could not be immediately verified.\n\nThe reports follow a statement by Ukraine's military intelligence agency (HUR) that Russia had begun withdrawing its naval and military assets from Syria amid the collapse of dictator Bashar al-Assad's regime.\n\nOpposition fighters took control of the Latakia province on Syria's Mediterranean Sea coast on Dec. 8 without invading the territory of Russian military bases, \"which are functioning normally,\" TASS's source was quoted as saying.",
     # The Russian bases at Khmeimim and Tartus, "functioning normally", not entered: both
     # active (9 December, or the 8th the source speaks of). HUR's withdrawal "from Syria"
     # names no base: no entry of its own.
     "gold": [gold(HM, "active", "2024-12-09", "2024-12-08"), gold(TA, "active", "2024-12-09", "2024-12-08")]},
    {"lang": "en", "split": "held-out 26", "publisher": "A News (anews.com.tr)", "published": "2024-12-29",
     # published: the page's own date and its address (2024/12/29), the interview "on Sunday"
     # (29 December 2024).
     "url": "https://www.anews.com.tr/world/2024/12/29/syria-shares-deep-strategic-interests-with-russia-new-leader-in-al-arabiya-interview",
     "text": "Syria's leader Ahmed al-Sharaa told Al Arabiya TV on Sunday his country and Russia shared \"deep strategic interests\", expressing his desire to rebuild ties with the close ally of deposed leader Bashar al-Assad.\n\n\"Russia is an important country and is considered the second most powerful country in the world,\" Sharaa said in an interview with Saudi-owned Al Arabiya, noting the \"deep strategic interests between Russia and Syria\" and adding: \"all Syria's arms are of Russian origin, and many power plants are managed by Russian experts... We do not want Russia to leave Syria in the way that some wish.\"",
     # A wish that Russia not "leave Syria", no base or town named: no entry.
     "gold": []},
    # Arabic -----------------------------------------------------------------------
    {"lang": "ar", "split": "held-out 26", "publisher": "عرب خبر (arabkhabar.com; رويترز)", "published": "2024-12-10",
     # published: the page's own "تاريخ النشر: 10th, December 2024".
     "url": "https://arabkhabar.com/a/3792081",
     "text": "بالأقمار الصناعية.. خريطة تحركات القوات الروسية في سوريا بعد الأحداث الأخيرة\nأظهرت صور الأقمار الصناعية أن سفنًا تابعة للبحرية الروسية غادرت قاعدة موسكو في طرطوس على الساحل السوري، ورسا بعضها قبالة الساحل السوري بعد التطورات الأخيرة التي شهدتها سوريا، نقلًا عن وكالة «رويترز».\nوأظهرت صورة التقطتها شركة أقمار صناعية وتحليل بيانات كوكب الأرض، أن ما لا يقل عن 3 سفن تابعة للجيش الروسي في البحر المتوسط، بما في ذلك فرقاطتان مزودتان بصواريخ موجهة وناقلة نفط، راسية على بعد نحو 13 كيلومترًا شمال غربي طرطوس، ولم يتسن تحديد موقع بقية الأسطول على الفور في صور الأقمار الصناعية.\nوتحاول موسكو التوصل إلى اتفاق مع الفصائل المسلحة لضمان سلامة قاعدتين عسكريتين مهمتين استراتيجيًا، وتملك روسيا قاعدة جوية رئيسية في مدينة اللاذقية الساحلية ومنشآتها البحرية في طرطوس.\nفي السابق، كانت روسيا تمتلك 5 سفن سطحية وغواصة واحدة في طرطوس، وفقًا لتحليل صور الأقمار الصناعية التي أجرتها شركات الأقمار الصناعية وتحليل بيانات الأرض، وأظهرت صورة أخرى في الخامس من ديسمبر الحالي جميع القطع الـ6 في القاعدة.",
     # Ships gone from the Tartus base, anchored off the coast: reduced (the rule of the sets
     # before). "تملك روسيا قاعدة جوية رئيسية في ... اللاذقية" with talks for the bases'
     # safety: Hmeimim is Russia's now, active.
     "gold": [gold(TA, "reduced", "2024-12-10"), gold(HM, "active", "2024-12-10")]},
    {"lang": "ar", "split": "held-out 26", "publisher": "i24NEWS (عربي)", "published": "2025-12-25",
     # published: the page's date (2025-12-25) and its "اليوم (الخميس)", Thursday 25 December 2025.
     "url": "https://www.i24news.tv/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/middle-east/artc-24ca4b7c",
     "text": "أفادت مصادر سورية لشبكة i24NEWS اليوم (الخميس) أن دمشق تريد تحقيق التوازن بين الوجود التركي والروسي على أراضيها، بهدف تعزيز اتفاقية أمنية مع إسرائيل.\n\nمراسل الشؤون العربية في القناة العبرية، باروخ يديد، يُفيد بأن سوريا ترى في انتشار القوات الروسية في جنوب البلاد وبالقرب من هضبة الجولان وسيلة لتعزيز المفاوضات مع إسرائيل.\n\nبالإضافة إلى ذلك، تجري إسرائيل محادثات مع الولايات المتحدة بشأن بقاء الوجود الروسي في سوريا. ووفقًا للمصادر السورية، عندما تحدث نتنياهو مع بوتين في يوليو\\تموز، أرسل الشرع وزير خارجيته إلى موسكو ومنذ ذلك الحين يمكن ملاحظة عودة بعض القوات الروسية إلى قاعدة حميميم الجوية. وتشير وسائل إعلام روسية إلى أن موسكو تتوسط بين سوريا وإسرائيل برعاية أمريكية.",
     # "عودة بعض القوات الروسية إلى قاعدة حميميم الجوية" since July: forces added to the base,
     # reinforced (at the publication; the return is gradual, with no day of its own). A
     # deployment in the south is Syria's view of a means, no entry; talks on "بقاء الوجود
     # الروسي في سوريا" name no base.
     "gold": [gold(HM, "reinforced", "2025-12-25")]},
    {"lang": "ar", "split": "held-out 26", "publisher": "النهار (annahar.com)", "published": "2026-01-27",
     # published: the page's own "27-01-2026 | 17:00".
     "url": "https://www.annahar.com/arab-world/arabian-levant/273237/%D9%88%D9%83%D8%A7%D9%84%D8%A9-%D8%AA%D8%A7%D8%B3-%D8%A8%D9%88%D8%AA%D9%8A%D9%86-%D8%B3%D9%8A%D8%AC%D8%B1%D9%8A-%D9%85%D8%AD%D8%A7%D8%AF%D8%AB%D8%A7%D8%AA-%D9%85%D8%B9-%D8%A7%D9%84%D8%B4%D8%B1%D8%B9-%D8%BA%D8%AF%D8%A7-%D8%A7%D9%84%D8%A3%D8%B1%D8%A8%D8%B9%D8%A7-%D9%88%D8%B3%D9%8A%D9%86%D8%A7%D9%82%D8%B4%D8%A7%D9%86-%D8%A7%D9%84%D9%88%D8%B6%D8%B9-%D9%81%D9%8A-%D8%A7%D9%84%D8%B4%D8%B1%D9%82-%D8%A7%D9%84%D8%A3%D9%88%D8%B3%D8%B7",
     "text": "على وقع متغيرات جيوسياسية في سوريا... بوتين يجري محادثات مع الشرع\nأعلن الكرملين أن الرئيس فلاديمير بوتين سيجري محادثات مع الرئيس السوري أحمد الشرع في موسكو غداً الأربعاء، لمناقشة \"الفترة الانتقالية\" والتطورات الإقليمية\nوتتزامن الزيارة مع تغيرات جيوسياسية متسارعة في شمال شرق سوريا، مع تقدّم القوات الحكومية في حلب والرقة ودير الزور والحسة، وتراجع قوات \"قسد\" التي رفعت الولايات المتحدة الدعم عنها.\nكما تتزامن الزيارة مع سحب روسيا قواتها ومعداتها من مطار القامشلي إلى مطار حميميم.\nلكن القوات الروسية لم تنقل كامل عتادها، وشاهد مراسل وكالة \"رويترز\" أعلاماً روسية لا تزال ترفرف في مطار القامشلي، فضلاً عن وجود طائرتين على المدرج عليهما علامات روسية.",
     # Forces and equipment being pulled out of Qamishli, not all of it yet moved, flags still
     # flying: withdrawing, begun not completed. Hmeimim is where the move goes: no entry.
     "gold": [gold(Q, "withdrawing", "2026-01-27")]},
    {"lang": "ar", "split": "held-out 26", "publisher": "الحوار (odialogue.se, Sweden)", "published": "2026-01-27",
     # published: the date in the page's address (2026/01/27).
     "url": "https://odialogue.se/2026/01/27/%d8%a3%d9%86%d8%a8%d8%a7%d8%a1-%d8%b9%d9%86-%d8%b3%d8%ad%d8%a8-%d8%a7%d9%84%d9%82%d9%88%d8%a7%d8%aa-%d8%a7%d9%84%d8%b1%d9%88%d8%b3%d9%8a%d8%a9-%d9%85%d9%86-%d9%85%d8%b7%d8%a7%d8%b1-%d8%a7%d9%84%d9%82/?amp=1",
     "text": "بدأت روسيا بسحب قواتها من قاعدة جوية عسكرية قرب مدينة القامشلي شمال شرق سوريا. بحسب مصادر تحدثت لوكالة رويترز، حيث جاءت هذه المعلومات بعد أن سيطرت القوات الحكومية على شمال سوريا.\nكانت قد أشارت صحيفتا “فيدوموستي” و”كوميرسانت” الروسيتان إلى أن القوات الروسية تتمركز في قاعدة القامشلي الجوية منذ عام 2019.\nووفقاً للصحيفتين\nفقد استُخدمت القاعدة “لدعم عملية حفظ السلام”، التي ساعد خلالها القوات الروسية في الفصل بين القوات الكردية والقوات الموالية لتركيا.\nمن ناحية ثانية يلتقي الرئيس السوري الانتقالي أحمد الشرع نظيره الروسي فلاديمير بوتين في روسيا الأربعاء. بحسب ما أعلن الطرفان، في ثاني لقاء يجمعهما منذ الإطاحة في عام 2024 ببشار الأسد الذي كان حليفاً لموسكو.\nيأتي اللقاء في وقت تسعى موسكو للحفاظ على قواعدها العسكرية في سوريا، وفي ظل رغبة السلطات السورية تسلّم بشار الأسد الذي فرّ إلى روسيا منذ الإطاحة به.",
     # "بدأت روسيا بسحب قواتها من قاعدة جوية ... قرب مدينة القامشلي": withdrawing (the
     # publication; Reuters' report was of the day before, 26 January). Moscow's wish to keep
     # its bases, unnamed: no entry.
     "gold": [gold(Q, "withdrawing", "2026-01-27", "2026-01-26")]},
    {"lang": "ar", "split": "held-out 26", "publisher": "بيروت تايمز (beiruttimes.com; أسوشيتد برس)", "published": "2025-05-21",
     # published: not on the stored page; the sources spoke "يوم الأربعاء" of the attack of
     # "يوم الثلاثاء" (20 May 2025): AP's story of Wednesday 21 May 2025, an estimate.
     "url": "https://beiruttimes.com/article/46347",
     "text": "دمشق - قُتل جنديان، إلى جانب مسلحَين اثنين، في هجوم استهدف قاعدة حميميم الجوية الروسية في محافظة اللاذقية على الساحل السوري، وفق ما أفاد به مسؤول حكومي سوري وناشط محلي يوم الأربعاء.\nوأوضح المصدران، اللذان تحدّثا شريطة عدم الكشف عن هويتهما بسبب حساسية المعلومات، أن الهجوم وقع يوم الثلاثاء، ونُفِّذ من قبل مسلحَين تم قتلهما خلال العملية.\nووفق المسؤول السوري، لم يتضح بعد ما إذا كان القتيلان داخل القاعدة جنديين روسيين أم متعاقدين سوريين يعملون في خدمة القاعدة، التي تُعدّ المركز الرئيسي للوجود العسكري الروسي في سوريا.",
     # "قاعدة حميميم الجوية الروسية" attacked, "المركز الرئيسي للوجود العسكري الروسي": the
     # base is Russia's and manned, active (the attack's Tuesday or the report). The attack
     # is no change of the force's posture (as the twenty-third set).
     "gold": [gold(HM, "active", "2025-05-21", "2025-05-20")]},
    {"lang": "ar", "split": "held-out 26", "publisher": "زمان مصدر (zamanmasdar.com; أسوشيتد برس)", "published": "2025-05-21",
     # published: not on the stored page; AP's sources of "يوم الأربعاء" on the attack of
     # "يوم الثلاثاء" (20 May 2025): an estimate, Wednesday 21 May 2025.
     "url": "https://zamanmasdar.com/archives/85570",
     "text": "هجوم مسلح على “قاعدة حميميم” يودي بحياة جنديين والمهاجمين\nقُتل جنديان في هجوم مسلح استهدف قاعدة حميميم الجوية الروسية في محافظة اللاذقية، وفقاً لما أفاد به مسؤول حكومي سوري وناشط محلي، في تصريحات أدليا بها لوكالة “أسوشيتد برس” يوم الأربعاء، مشترطين عدم الكشف عن هويتهما نظراً لحساسية القضية.\nوذكر المصدران أن الهجوم وقع يوم الثلاثاء عندما هاجم شخصان القاعدة العسكرية، حيث قُتلا بدورهما خلال الاشتباك.\nولم تُحدّد بعد هوية الجنديين القتيلين بدقة، إذ رجّح المسؤول السوري أن يكونا إما جنوداً روساً أو متعاقدين سوريين يعملون مع القوات الروسية.\nولم تصدر وزارة الدفاع الروسية أو الحكومة السورية أي بيان رسمي بشأن الحادث حتى لحظة إعداد هذا الخبر.",
     # "قاعدة حميميم الجوية الروسية" attacked, its soldiers or contractors killed: the base is
     # Russia's and manned, active.
     "gold": [gold(HM, "active", "2025-05-21", "2025-05-20")]},
    {"lang": "ar", "split": "held-out 26", "publisher": "news.tn (cms.news.tn; رويترز، بي بي سي)", "published": "2025-01-22",
     # published: not on the stored page; the cancellation of Stroytransgaz's contract that
     # Reuters reported on 21 January 2025 (Al-Watan's of the day before), after the BBC's
     # report of "يوم الخميس": an estimate, about 22 January 2025.
     "url": "https://cms.news.tn/posts/%d8%b1%d9%88%d8%b3%d9%8a%d8%a7-%d8%aa%d9%86%d8%b3%d8%ad%d8%a8-%d9%85%d9%86-%d8%b7%d8%b1%d8%b7%d9%88%d8%b3-%d9%88%d8%a5%d8%b3%d8%b1%d8%a7%d8%a6%d9%8a%d9%84-%d8%aa%d8%b9%d8%b2%d8%b2-%d8%a7%d8%ad%d8%aa",
     "text": "ألغت الحكومة الانتقالية السورية عقد إدارة ميناء طرطوس مع شركة STG Stroytransgaz الروسية.\nوجاء إلغاء العقد بسبب فشل الشركة في الوفاء بشروط صفقة 2019 التي كانت ستشهد استثمارات في البنية التحتية، بحسب ما نقلته رويترز نقلاً عن ثلاثة رجال أعمال سوريين.\nوكانت صحيفة الوطن السورية قد أوردت النبأ في وقت سابق نقلاً عن مدير جمرك طرطوس رياض جودي.\nلكن العقد يتعلق فقط بالقاعدة التجارية وليس بالقاعدة البحرية الروسية في طرطوس، وهي القاعدة البحرية الروسية الوحيدة في البحر الأبيض المتوسط.\nويأتي هذا التقرير بعد تقرير من هيئة الإذاعة البريطانية (BBC) يوم الخميس يفيد بأنه تم إخلاء القاعدة البحرية الروسية في طرطوس.\nوذكر التقرير أن السفينتين سبارتا وسبارتا 2، المرتبطتين بنقل الأسلحة، رستا في القسم العسكري بالميناء يوم الثلاثاء، وأنه تم نقل كميات كبيرة من المعدات العسكرية إلى الميناء في الأسابيع الأخيرة.\nوشوهدت السفن قبالة السواحل السورية وسط استمرار المفاوضات المزعومة حول تشغيل التقرير.",
     # The commercial port's contract is not the force (the text says so). The BBC's report
     # of the naval base "evacuated", with the Sparta ships docked in its military part and
     # equipment brought to the port for loading: a withdrawal under way, withdrawing (a
     # judgement call: "تم إخلاء" reads as done, the loading as still going on). The dates
     # are weak: the publication's estimate, Reuters' day, or the BBC's Thursday (16 January).
     "gold": [gold(TA, "withdrawing", "2025-01-22", "2025-01-21", "2025-01-16")]},
    {"lang": "ar", "split": "held-out 26", "publisher": "العربي الجديد (aajsy.com)", "published": "2024-12-14",
     # published: not on the stored page; "أمس الجمعة" with Russia's pull-back after the fall
     # of Assad (8 December 2024): the Friday is 13 December, an estimate, Saturday 14 December.
     "url": "https://aajsy.com/politics/%D8%A7%D9%84%D9%82%D9%88%D8%A7%D8%AA-%D8%A7%D9%84%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D8%AA%D8%AA%D8%AC%D9%85%D8%B9-%D9%81%D9%8A-%D8%AD%D9%85%D9%8A%D9%85%D9%8A%D9%85-%D9%88%D8%A7%D9%84%D9%82%D8%A7%D9%85%D8%B4%D9%84%D9%8A-%D8%AA%D9%85%D9%87%D9%8A%D8%AF%D8%A7%D9%8B-%D9%84%D9%85%D8%BA%D8%A7%D8%AF%D8%B1%D8%A9-%D8%B3%D9%88%D8%B1%D9%8A%D8%A9",
     "text": "- تمركزت القوات الروسية في قاعدة حميميم ومطار القامشلي بعد انسحابها من المحافظات السورية، تزامنًا مع عملية \"ردع العدوان\" التي أطلقتها المعارضة السورية.\n- سحبت روسيا منظومات الدفاع الجوي \"S 400\" من مصياف، وأظهرت صور الأقمار الصناعية تفكيك المعدات العسكرية الروسية في سوريا استعدادًا لنقلها خارج البلاد.\nسحبت القوات الروسية جميع نقاطها العسكرية المنتشرة على حدود هضبة الجولان المحتل وريف محافظة القنيطرة جنوبي سورية، باتجاه قاعدة حميميم الرئيسية المقامة على الساحل السوري. وقالت مصادر في الحكومة السورية الجديدة لـ\"العربي الجديد\"، إنّ القوات الروسية سحبت، أمس الجمعة، رتلين عسكريين كانا يشكلان نقاطاً عسكرية على أطراف هضبة الجولان وريف محافظة القنيطرة، باتجاه قاعدة حميميم الجوية في منطقة جبلة بريف محافظة اللاذقية شمال غربي البلاد.\nوأشارت المصادر إلى أنّ الرتلين ضمّا حوالى 70 آلية عسكرية ما بين مدرعات وناقلات جند وعربات ومعدات لوجستية. وبذلك تكون روسيا قد أخلت آخر نقاطها العسكرية في المحافظات السورية، باتجاه قاعدة حميميم.",
     # All the points on the Golan and in Quneitra's countryside pulled out on Friday, "أخلت
     # آخر نقاطها": completed, withdrawn, entered at the town that names the area (a
     # judgement call: the points are around it, not in it). The S-400 taken out of Masyaf:
     # withdrawn (no day of its own: the publication). Hmeimim and Qamishli are where the
     # forces went: no entry from the move, as the sets before.
     "gold": [gold(QUNEITRA, "withdrawn", "2024-12-13", "2024-12-14"),
              gold(MASYAF, "withdrawn", "2024-12-14")]},
    {"lang": "ar", "split": "held-out 26", "publisher": "عرب خبر (arabkhabar.com)", "published": "2024-12-16",
     # published: the page's own "تاريخ النشر: 16th, December 2024".
     "url": "https://www.arabkhabar.com/a/3826226",
     "text": "عاجل - الغموض يكتنف مصير القواعد الروسية في سوريا بعد سقوط الأسد\nأعلن المتحدث باسم الكرملين، ديميتري بيسكوف، أن روسيا لم تتخذ قرارات حاسمة بشأن مستقبل قاعدتيها العسكريتين في سوريا، مؤكدًا استمرار التواصل مع المسؤولين السوريين الجدد بعد سقوط نظام الرئيس السابق بشار الأسد.\nطرطوس وحميميم.. مفتاح النفوذ الروسي في المنطقة\nتعد قاعدة طرطوس البحرية ومطار حميميم العسكري من أهم أصول روسيا الاستراتيجية في الشرق الأوسط.\nانسحاب روسي تكتيكي أم تقليص نفوذ؟\nوفقًا لمسؤولين سوريين، شهدت الأيام الأخيرة انسحاب القوات الروسية من مواقع في شمال سوريا ومن جبال العلويين، لكن القاعدتين الرئيسيتين بقيتا تحت سيطرة موسكو. هذا الانسحاب يُطرح تساؤلات حول ما إذا كان خطوة تكتيكية أم جزءًا من تفاهمات دولية جديدة.\nفي خطوة أثارت الجدل، أجلت روسيا قسمًا من طاقمها الدبلوماسي في دمشق على متن طائرة عسكرية من قاعدة حميميم. شمل الإجلاء أيضًا دبلوماسيين من بيلاروسيا وكوريا الشمالية وأبخازيا، لكن موسكو أكدت استمرار عمل سفارتها في دمشق، مما يعكس رغبتها في الحفاظ على موطئ قدم سياسي في سوريا.",
     # "القاعدتين الرئيسيتين" (Tartus and Hmeimim, named just before) "بقيتا تحت سيطرة موسكو":
     # both still Russia's, active. No decision on their future is an open question, no
     # entry; the positions left in the north and the mountains are unnamed; the diplomats
     # flown out of Hmeimim are not the force.
     "gold": [gold(HM, "active", "2024-12-16"), gold(TA, "active", "2024-12-16")]},
    {"lang": "ar", "split": "held-out 26", "publisher": "مصراوي (د ب أ)", "published": "2025-10-16",
     # published: the page's own "10:06 ص 16/10/2025" (and its address).
     "url": "https://www.masrawy.com/news/news_publicaffairs/details/2025/10/16/2873185/لافروف-بوتين-والشرع-ناقشا-موضوع-القواعد-العسكرية-الروسية",
     "text": "لافروف: بوتين والشرع ناقشا موضوع القواعد العسكرية الروسية\n\nموسكو - (د ب أ)\n\nأعلن وزير الخارجية الروسي، سيرجي لافروف، اليوم الخميس، أن الرئيس الروسي فلاديمير بوتين، والرئيس السوري للمرحلة الانتقالية أحمد الشرع، ناقشا موضوع القواعد العسكرية الروسية خلال محادثاتهما في موسكو.\n\nوقال لافروف ردا على سؤال عما إذا كان بوتين والشرع قد تطرقا لموضوع القواعد العسكرية الروسية: \"تم مناقشة كل شيء\"، بحسب ما ذكرته وكالة سبوتنيك الروسية للأنباء.\n\nوكان قد أعلن المتحدث باسم الرئاسة الروسية، دميتري بيسكوف، في وقت سابق، أنه من المتوقع أن تُطرح مسألة القواعد العسكرية الروسية في سوريا خلال محادثات بوتين والشرع.",
     # Talks on "موضوع القواعد العسكرية الروسية", no base named: no entry (the rule for
     # talks on bases unnamed).
     "gold": []},
    {"lang": "ar", "split": "held-out 26", "publisher": "سيناء الإخبارية (sinai.news; رويترز، واشنطن بوست)", "published": "2024-12-14",
     # published: the page's own "14 ديسمبر 2024 23:44".
     "url": "https://sinai.news/news/%D8%AA%D9%82%D8%A7%D8%B1%D9%8A%D8%B1-%D8%AA%D9%83%D8%B4%D9%81-%D9%86%D9%82%D9%84-%D8%B1%D9%88%D8%B3%D9%8A%D8%A7-%D9%85%D8%B9%D8%AF%D8%A7%D8%AA%D9%87%D8%A7-%D9%85%D9%86-%D9%82%D8%A7%D8%B9%D8%AF%D8%A9",
     "text": "تقارير تكشف نقل روسيا معداتها من قاعدة حميميم السورية إلى ليبيا\n\nأفاد مصدر أمني سوري متمركز خارج قاعدة حميميم الجوية الروسية بالقرب من اللاذقية، أن طائرة شحن روسية أقلعت اليوم السبت باتجاه ليبيا، ومن المتوقع أن تشهد الأيام المقبلة مزيدًا من الرحلات الجوية لنقل معدات عسكرية من القاعدة.\n\nالمصدر، الذي تحدث لوكالة “رويترز”، أشار إلى أن النشاط الروسي المتزايد يأتي في سياق تحركات عسكرية أثارت تساؤلات حول مستقبل التواجد الروسي في سوريا.\n\nصحيفة واشنطن بوست كانت قد نشرت أمس الجمعة تقريرًا استند إلى صور أقمار صناعية حديثة التقطتها شركة “ماكسار” للتصوير التجاري، أظهرت تفكيك معدات عسكرية ثقيلة داخل قاعدة حميميم الجوية.\n\nالصور رصدت طائرتي شحن روسيتين من طراز أن-124، مع فتح مخاريط أنفهما لتحميل معدات عسكرية تم تفكيكها، من بينها مروحية هجومية من طراز كا-52 ونظام دفاع جوي من طراز إس-400.",
     # Equipment taken apart and loaded at Hmeimim, a cargo plane gone to Libya "اليوم
     # السبت" (14 December 2024): withdrawing (as the twenty-fourth set's ilkha of the same
     # day; Friday's pictures are the alternative). Libya is the destination: no entry; more
     # flights "expected" is no entry of its own.
     "gold": [gold(HM, "withdrawing", "2024-12-14", "2024-12-13")]},
    {"lang": "ar", "split": "held-out 26", "publisher": "السومرية (alsumaria.tv, Iraq)", "published": "2025-09-13",
     # published: the page's date as the search gives it (2025-09-13).
     "url": "https://www.alsumaria.tv/news/international/540431/%D8%A7%D9%84%D8%B4%D8%B1%D8%B9-%D9%8A%D9%83%D8%B4%D9%81-%D9%85%D9%81%D8%A7%D8%AC%D8%A3%D8%A9-%D9%85%D8%AF%D9%88%D9%8A%D8%A9-%D8%B1%D9%88%D8%B3%D9%8A%D8%A7-%D8%A7%D9%86%D8%B3%D8%AD%D8%A8%D8%AA-%D9%85%D9%86-%D9%85%D8%B9%D8%A7%D8%B1%D9%83-%D9%85%D9%88%D8%A7%D8%AC%D9%87%D8%A9-%D8%A7%D9%84%D8%A3%D8%B3%D8%AF-%D8%A8%D8%A7%D8%AA%D9%81%D8%A7%D9%82-%D9%85%D8%B9%D9%86%D8%A7",
     "text": "وكشف الشرع، في مقابلة تلفزيونية، أن اتفاقاً جرى قبيل سقوط النظام السابق في 8 كانون الأول 2024، بين المقاتلين الثوار والجانب الروسي.وقال: \"عندما وصلنا إلى حماة في معركة التحرير جرت مفاوضات بيننا وبين ، وعند وصولنا إلى ابتعد الروس عن المعركة وانسحبوا تماماً من المشهد العسكري ضمن اتفاق تم التوصل إليه معنا\".وأضاف أن \"الروس قدموا التزامات معينة إلى السلطة الحالية، والأخيرة بدورها قدمت التزامات، وقد وفى الطرفان بها حتى الآن\".وتُعد هذه المرة الأولى التي تصدر فيها تصريحات رسمية تكشف الدور الروسي في عدم الدفاع عن نظام ، على الرغم من حمايته لسنوات، وهو ما عجّل بسقوطه. وقد أثارت هذه التصريحات جدلاً واسعاً على مواقع التواصل الاجتماعي، حيث تساءل البعض عمّا إذا كان كلام الشرع يعني أن روسيا سهّلت انتصار الثوار على النظام السابقيُذكر أن روسيا تحتفظ بقواعد عسكرية في حميميم باللاذقية وطرطوس، وترتبط بعلاقات وثيقة مع دمشق منذ عقود، انطلاقاً من مصالح اقتصادية واستراتيجية تتعلق بالتواجد على ساحل البحر المتوسط.",
     # "روسيا تحتفظ بقواعد عسكرية في حميميم باللاذقية وطرطوس": both kept now, active at the
     # publication. The Russians' stepping back from the battle near Hama in 2024 is a past
     # disengagement from no facility: no entry.
     "gold": [gold(HM, "active", "2025-09-13"), gold(TA, "active", "2025-09-13")]},
    {"lang": "ar", "split": "held-out 26", "publisher": "news-pravda.com (Sudan, Arabic)", "published": "2025-10-15",
     # published: the date in the page's address (2025/10/15), the day of Sharaa's visit.
     "url": "https://sudan.news-pravda.com/world/2025/10/15/13743.html",
     "text": "وصل الشرع الذي أطاح بالأسد إلى موسكو لبحث مستقبل القواعد الروسية في الجمهورية العربية السورية\n\nتتفاوض روسيا وسوريا حول مستقبل الوجود العسكري الروسي في سوريا. رسميًا، تبدو المناقشات موجزة، لكن مصادر مطلعة على الحوار السابق تؤكد استمرار الاتصالات والمناقشات الجوهرية. لا ينصب تركيز المناقشات على البقاء أو المغادرة، بل على كيفية مواصلة روسيا لعملياتها في البلاد. وقد أوضحت موسكو أنها لا تنوي سحب منشآتها الرئيسية. ولا تزال قاعدتا حميميم وطرطوس ضمن مصالحها الاستراتيجية.",
     # A judgement call: the headline's "مستقبل القواعد" alone would be no entry, but the
     # talks are said to be not on staying or leaving but on how Russia carries on its
     # operations, with Hmeimim and Tartus named and not to be withdrawn: talks for forces
     # to remain at named bases, both active.
     "gold": [gold(HM, "active", "2025-10-15"), gold(TA, "active", "2025-10-15")]},
    {"lang": "ar", "split": "held-out 26", "publisher": "صوت كردستان (sotkurdistan.net; المرصد السوري)", "published": "2025-02-11",
     # published: the date in the page's address (2025/02/11).
     "url": "https://sotkurdistan.net/2025/02/11/%d8%b1%d9%88%d8%b3%d9%8a%d8%a7-%d8%aa%d8%ac%d9%85%d8%b9-%d9%82%d9%88%d8%a7%d8%aa%d9%87%d8%a7-%d8%a7%d9%84%d9%85%d8%aa%d9%85%d8%b1%d9%83%d8%b2%d8%a9-%d9%81%d9%8a-%d8%b4%d9%85%d8%a7%d9%84-%d8%b4%d8%b1",
     "text": "روسيا تجمع قواتها المتمركزة في شمال شرق سوريا في مطار القامشلي وموقعين قربه\n\nتتجمع القوات الروسية في مطار القامشلي ومحيطه، بالتوازي مع انسحابها من مناطق شمال وشرق سورية وانعدام نشاطها منذ سقوط النظام السوري السابق في كانون الأول من العام الماضي.\n\nووفقا لمصادر المرصد السوري لحقوق الإنسان، فإن القوات الروسية ما تزال تمتلك أسراب من الطائرات الحربية وأخرى مروحية وعتاد عسكري ضخم داخل مطار القامشلي، كما تتجمع في نقطتين عسكريتين مقابل المطار آنف الذكر.\n\nوأشارت المصادر إلى أن القوات الروسية جمدت نشاطاتها بشكل كامل منذ سقوط النظام السوري في 8 كانون الأول من العام الماضي، بالتوازي مع نقل العتاد العسكري إلى قاعدة حميميم والقاعدة البحرية الروسية في طرطوس.",
     # Forces gathered at Qamishli, "ما تزال تمتلك" jets, helicopters and heavy equipment
     # inside the airport: Russia's and manned, active (their activity frozen is no
     # withdrawal from it). Hmeimim and Tartus are where equipment went: no entry from the
     # move; the areas left in the north-east are unnamed.
     "gold": [gold(Q, "active", "2025-02-11")]},
    {"lang": "ar", "split": "held-out 26", "publisher": "مجلة الموانئ (portsmagazine.com; أسوشيتد برس)", "published": "2025-02-08",
     # published: the date in the page's address (2025/02/08).
     "url": "https://portsmagazine.com/2025/02/08/%D8%A7%D9%86%D8%AF%D9%84%D8%A7%D8%B9-%D8%AD%D8%B1%D9%8A%D9%82-%D9%81%D9%8A-%D8%B3%D9%81%D9%8A%D9%86%D8%A9-%D8%AA%D8%AC%D8%B3%D8%B3-%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D9%82%D8%A8%D8%A7%D9%84%D8%A9-%D8%B3/",
     "text": "أطلقت سفينة تجسس حربية روسية، تحت اسم “كيلدين” قبالة ساحل ميناء طرطوس السوري، رسالة من خلال اللاسلكي، تفيد بأنها في وضع صعب، وأنها تنجرف وكذلك خارج السيطرة، إذ طالبت السفن الأخرى بالابتعاد عن مسارها.\nحريق سفينة تجسس حربية روسية\nوبحسب مسؤولين عسكريين، جاءت الرسالة في الوقت الذي انجرفت فيه مؤقتًا سفينة التجسس الروسية “كيلدين”. والمحملة بمعدات لجمع المعلومات الاستخباراتية، إذ لم تعد تحت السيطرة قبالة ميناء طرطوس في 23 يناير الماضي، وكانت تتصاعد منها ألسنة اللهب والدخان الأسود من مداخنها.\n\nوحصلت وكالة “أسوشيتد برس” على تسجيل صوتي للبث، علاوة على مقطع فيديو وصور تظهر الحريق.\nسفينة التجسس الروسية كيلدين\nيذكر أن السفينة كيلدين التي دخلت الخدمة قبل 55 عامًا، تعمل على جمع معلومات استخباراتية. عن أنشطة حلف الناتو في البحر المتوسط.",
     # A Russian spy ship on fire off the port of Tartus: a ship at sea, nothing said of
     # Russia's forces at the naval facility itself: no entry.
     "gold": []},
    # Russian ----------------------------------------------------------------------
    {"lang": "ru", "split": "held-out 26", "publisher": "Mondiara (news.mondiara.com)", "published": "2026-01-28",
     # published: not on the stored page; the Putin-Sharaa meeting in the Kremlin (28 January
     # 2026) and "Вчера Reuters писали" (Reuters of 27 January): an estimate, 28 January.
     "url": "https://news.mondiara.com/categories/3/posts/179814",
     "text": "Владимир Путин встретился с президентом Сирии Ахмедом Шараа\nВладимир Путин встретился с президентом Сирии Ахмедом Шараа. Шараа вспомнил, что русский народ и погода «помогали отразить атаки» на Москву. Путин и Шараа встретились в Кремле во второй раз, прошлая встреча состоялась в октябре 2025 года. В стенограмме разговора Путина и Шараа нет упоминаний российских военных баз в Сирии. Вчера Reuters писали, что Россия начала выводить свои войска из аэропорта Камышлы на северо-востоке Сирии. Российские военные находились там с 2019 года. В последние два дня из Камышлы на российскую авиабазу Хмеймим перевезли военную технику и тяжелое вооружение.",
     # "Россия начала выводить свои войска из аэропорта Камышлы": withdrawing (the publication,
     # or Reuters' day before; the moves of "the last two days"). Hmeimim is where the
     # equipment went: no entry from the move alone.
     "gold": [gold(Q, "withdrawing", "2026-01-28", "2026-01-27", "2026-01-26")]},
    {"lang": "ru", "split": "held-out 26", "publisher": "База (Telegram), via group-telegram.com", "published": "2025-01-29",
     # published: not on the stored page; the delegation's visit of 28 January and "SANA
     # сегодня сообщало" (Damascus' demands, 29 January 2025): an estimate, 29 January.
     "url": "https://group-telegram.com/sa/bazabazon.com/34691",
     "text": "Новые власти Сирии потребовали от России выдать Башара Асада. Об этом сообщают источники Reuters. Вероятно, от этого будет зависеть, сохранит ли РФ военные базы.\nРоссийская делегация во главе с заместителем главы МИД РФ Михаилом Богдановым приехала в Сирию 28 января. В ходе визита Богданов провел встречу с главой новой сирийской администрации Ахмедом аш-Шараа. По словам Богданова, «изменений в российском присутствии в Сирии нет, а стороны условились продолжить консультации».\nВ Сирии находятся две российские базы — авиабаза Хмеймим и военно-морская база в Тартусе.",
     # "В Сирии находятся две российские базы — авиабаза Хмеймим и ... база в Тартусе": both
     # there now, active. Whether Russia keeps them is a condition: no entry of its own.
     "gold": [gold(HM, "active", "2025-01-29", "2025-01-28", "2025-01-30"),
              gold(TA, "active", "2025-01-29", "2025-01-28", "2025-01-30")]},
    {"lang": "ru", "split": "held-out 26", "publisher": "Накануне.ру (tonews.nakanune.ru)", "published": "2026-01-22",
     # published: the date in the page's address.
     "url": "https://tonews.nakanune.ru/news/2026/1/22/22855383",
     "text": "Сирия может потребовать от России покинуть одну из трёх военных баз\nРуководство Сирии может потребовать от России убрать со своей территории российскую военную базу.\nПереходное правительство Сирии может попросить российских военных покинуть аэродром в Камышлы, находящийся на севере страны. Это одна из трёх российских военных баз в Сирии. Переговоры об этом могут начаться после ожидающегося перехода провинции Хасеке, где расположен город Камышлы, из-под контроля курдских формирований в юрисдикцию центральных властей, пишет \"Ъ\".",
     # The Qamishli airfield "одна из трёх российских военных баз" with Russia's military on
     # it: active. A demand to leave that "может" come is a possibility, not a withdrawal.
     "gold": [gold(Q, "active", "2026-01-22")]},
    {"lang": "ru", "split": "held-out 26", "publisher": "Дагестан Онлайн (dagestan.online)", "published": "2025-02-17",
     # published: the page's own date ("Понедельник, 17 февраля 2025 г.").
     "url": "https://dagestan.online/ru/rossiia-blizka-k-soglasheniiu-s-novymi-siriiskimi-vlastiami-o-statuse-dvukh-rossiiskikh-voennykh-baz-v-tartuse-i-latakii-soobshchilo-agentstvo-bloomberg-so-s-t-61343",
     "text": "➡️ Россия близка к соглашению с новыми сирийскими властями о статусе двух российских военных баз в Тартусе и Латакии, сообщило агентство Bloomberg со ссылкой на источники. По его данным, Москва рассчитывает сохранить свое присутствие в регионе.\n\nПо словам одного из собеседников Bloomberg, наличие военных баз России в Сирии может помочь новым сирийским властям «уравновесить» растущее влияние Турции. Однако, по данным агентства, речь идет о «сокращенном» присутствии РФ в регионе. Окончательного решения по этому вопросу нет.",
     # Talks near a deal for Russia to keep its two bases, named by town (Tartus; the base in
     # Latakia is Hmeimim, as the sets before): active. The "сокращенном" presence is what a
     # deal would allow, not a reported reduction.
     "gold": [gold(TA, "active", "2025-02-17"), gold(HM, "active", "2025-02-17")]},
    {"lang": "ru", "split": "held-out 26", "publisher": "Repost.news", "published": "2024-12-09",
     # published: not on the stored page; Peskov's confirmation of Assad's asylum (Monday 9
     # December 2024): an estimate, that day.
     "url": "https://repost.news/news/74519-politicheckij_perelom_v_sirii_kremlj_podtverdil_pereezd_semji_asada_v_rf/print",
     "text": "Политический перелом в Сирии: Кремль подтвердил переезд семьи Асада в РФ\n\nВ Кремле официально подтвердили, что Башар Асад с семьей получили убежище в РФ.\n\nПесков заявил, что решение принял Путин.\n\nПри этом спикер Кремля заявил, что вопрос сохранения военных баз РФ в Сирии еще не решен и будет обсуждаться с «будущими властями». Пока же российские военные в Сирии «делают все необходимое для обеспечения безопасности военных баз».",
     # The bases are left unnamed (and their keeping is an open question): no entry.
     "gold": []},
    {"lang": "ru", "split": "held-out 26", "publisher": "RT на русском (russiatoday.ru, РИА Новости)", "published": "2024-12-16",
     # published: not on the stored page; Assad's statement on his Telegram channel was of 16
     # December 2024: an estimate, that day.
     "url": "https://russiatoday.ru/world/news/1410141-asad-hmeimim-damask",
     "text": "Асад заявил, что узнал о падении Дамаска на военной базе России Хмеймим\n- РИА Новости\nЗаявление опубликовано в официальном Telegram-канале пресс-службы президента Сирии.\n«По прибытии на базу Хмеймим я узнал, что наши войска оставили все свои боевые позиции», — говорится в документе.\nРанее Асад рассказал, что эвакуировался из Дамаска утром 8 декабря.",
     # "военной базе России Хмеймим", where Assad arrived on 8 December: said to be Russia's,
     # active (the publication, or the 8 December of the arrival). "наши войска" are Syria's.
     "gold": [gold(HM, "active", "2024-12-16", "2024-12-08")]},
    {"lang": "ru", "split": "held-out 26", "publisher": "Аргументы недели (argumenti.ru, ТАСС)", "published": "2025-01-30",
     # published: the page gives only "08:40" and the address "2025/01"; Bogdanov spoke to
     # TASS after his visit to Damascus of 28-29 January 2025: an estimate, 30 January (29 to
     # 31).
     "url": "https://argumenti.ru/politics/2025/01/936208",
     "text": "Замглавы МИД Богданов: вопрос о судьбе военных баз России в Сирии требует дополнительных консультаций\n\nВопрос о дальнейшей судьбе военных баз Российской Федерации в Сирии требует дополнительных консультаций, стороны договорились их продолжать. С соответствующим заявлением выступил заместитель руководителя отечественного министерства иностранных дел Михаил Богданов, информирует ТАСС.\n\nДипломат отметил, что на данный момент изменений в российском присутствии в арабской стране нет.",
     # Talks on the bases' "судьба", the bases unnamed; "no change in Russia's presence" names
     # no facility: no entry.
     "gold": []},
    {"lang": "ru", "split": "held-out 26", "publisher": "Новости мира 24 (novostimira24.ru)", "published": "2025-01-28",
     # published: not on the stored page; the delegation's arrival in Damascus (28 January
     # 2025, "первым визитом после ухода ... Асада"): an estimate, that day.
     "url": "https://novostimira24.ru/delegaciia-mid-rossii-pribyla-v-siriu",
     "text": "Российская делегация во главе с замглавы МИД Михаилом Богдановым прибыла в столицу Сирии Дамаск, что стало первым визитом после ухода с поста президента Башара Асада. Об этом сообщает ТАСС.\nПомимо замглавы внешнеполитического ведомства, в состав делегации также вошел специальный представитель президента России по Сирии Александр Лаврентьев. Возможная повестка встречи и детали визита на данный момент времени неизвестны.\nРанее глава МИД России Сергей Лавров заявил, что военным базам России в Сирийской Арабской Республике (САР) временно может быть придана роль гуманитарных хабов. При этом руководитель Минобороны Сирии в правительстве переходного периода Мурхаф Абу Касра сообщал, что новые сирийские власти ведут переговоры с Москвой о будущем ее военных баз, однако решение пока не найдено.",
     # Humanitarian hubs are a possibility ("может быть"), the talks are on the bases'
     # "будущее", and no base is named: no entry.
     "gold": []},
    {"lang": "ru", "split": "held-out 26", "publisher": "Ruscompromat (ruscompromat.online)", "published": "2025-05-19",
     # published: not on the stored page's text; the page's own news list is of "19 мая 2025"
     # and the DP World memorandum was signed on 15-16 May 2025: an estimate, 19 May (16 to 19).
     "url": "https://ruscompromat.online/news/60546-rocsija_okonchateljno_ushla_iz_porta_tartus",
     "text": "Россия окончательно ушла из порта Тартус\n\nСирийские власти заключили соглашение с ведущим мировым портовым оператором DP World из ОАЭ, в соответствии с которым в развитие порта Тартус планируется инвестировать $800 млн.\nОб этом информируют сирийские СМИ.\nНовый договор был заключен после разрыва соглашения с Россией о совместном с сирийским правительством управлении портом.\nВ январе правительство страны аннулировало соглашение об управлении морским портом, заключенное в 2019 году и рассчитанное на 49 лет.",
     # The commercial port's management contract (ended in January, now DP World's): nothing
     # of Russia's forces at the naval facility; the title's "ушла из порта" is the port deal,
     # as the sets before (the eighteenth to twentieth) entered such reports: no entry.
     "gold": []},
    {"lang": "ru", "split": "held-out 26", "publisher": "Haqqin.az", "published": "2025-11-18",
     # published: the page's own date.
     "url": "https://haqqin.az/news/366434",
     "text": "Российская военная делегация посетила провинции Эль-Кунейтра и Дараа на юге Сирии. На опубликованных кадрах заметна колонна черных внедорожников в сопровождении пикапов сирийских силовиков. Визит состоялся на фоне регулярных контактов и рабочих встреч между военными делегациями России и Сирии.\n\nПо сути, это стало первым официальным появлением российских военных в южных районах страны после того, как расположенные там объекты российских вооруженных сил были оставлены, а личный состав и техника - переброшены на базы Хмеймим и Тартус.",
     # The southern posts left are unnamed (provinces only); Hmeimim and Tartus are where the
     # personnel went, not entered from the move alone; a delegation's visit is no posture:
     # no entry.
     "gold": []},
    {"lang": "ru", "split": "held-out 26", "publisher": "Коммерсантъ", "published": "2026-01-21",
     # published: the page's own date.
     "url": "https://www.kommersant.ru/doc/8363906",
     "text": "Как стало известно “Ъ”, переходное правительство Сирии может попросить российских военных покинуть одну из трех их баз — аэродром в Камышлы, находящийся на севере страны. По информации сирийского источника “Ъ”, знакомого с ситуацией, переговоры по этому вопросу могут начаться после ожидающегося перехода провинции Хасеке, где расположен город Камышлы, из-под контроля курдских формирований в юрисдикцию центральных властей. Вечером 20 января Дамаск дал курдским командирам четыре дня на выработку плана мирной интеграции Хасеке, которая остается их последним оплотом, в единые государственные структуры.\n\nПереходное правительство Сирии может начать с Россией переговоры по статусу военного аэродрома в Камышлы, к которому Москва имеет доступ с 2019 года.",
     # The Qamishli airfield, "одну из трех их баз", Moscow's since 2019: active. That Damascus
     # "может попросить" Russia to leave, and talks on its "статус", are no withdrawal.
     "gold": [gold(Q, "active", "2026-01-21")]},
    {"lang": "ru", "split": "held-out 26", "publisher": "TRT на русском (trt.global, РИА Новости)", "published": "2025-07-31",
     # published: the page's own date ("31 июля 2025 г.").
     "url": "https://trt.global/russian/article/951281e6e9ba",
     "text": "Глава Минобороны Сирии тоже в Москве\nМурхаф Абу Касра встретится со своим российским коллегой Андреем Белоусовым на фоне визита главы сирийской дипломатии в столицу РФ для встречи с главой МИД РФ Сергеем Лавровым\n\nМинистр обороны Сирии Мурхаф Абу Касра прибыл с официальным визитом в Москву для встречи с российским коллегой Андреем Белоусовым. Визит проходит на фоне кардинального пересмотра российско-сирийских отношений после смены падения режима Башара Асада в Дамаске, передает РИА «Новости».\n\nКлючевым вопросом остается судьба российских военных баз в Тартусе и Хмеймиме, которые Москва получила в аренду на 49 лет в 2017 году. Заместитель Лаврова Сергей Вершинин подтвердил, что «контакты по поводу российских баз в Сирии имеют место», при этом обсуждается безопасность находящихся там россиян.",
     # A judgement call: the bases' "судьба" alone would be no entry (gold.py), but the talks
     # are on "безопасность находящихся там россиян", the Russians at the bases in Tartus and
     # Hmeimim now: both active, at the publication.
     "gold": [gold(TA, "active", "2025-07-31"), gold(HM, "active", "2025-07-31")]},
    {"lang": "ru", "split": "held-out 26", "publisher": "E-livre.ru (РИА Новости)", "published": "2024-12-13",
     # published: not on the stored page; Bogdanov's words on the contacts with HTS's political
     # committee and Bloomberg's report "Ранее" (12 December 2024): an estimate, 13 December
     # (12 to 16), and weak.
     "url": "https://e-livre.ru/v-mid-rasskazali-o-kontaktah-s-izrailem-po-sirii",
     "text": "Россия находятся в контакте с властями Израиля по вопросу ситуации в Сирии. Об этом рассказал заместитель министра иностранных дел РФ Михаил Богданов, передает РИА Новости.\n«Мы в контакте с Израилем, в Тель-Авиве наше посольство, здесь, в Москве, по всем вопросам», — сказал он. По его словам, вопрос Сирии также обсуждался с представителями Израиля.\nДо этого дипломат сообщил, что Москва установила контакты с политическим комитетом группировки «Хайат Тахрир аш-Шам» (ХТШ, признана террористической и запрещена в России), пришедшей к власти в Сирии. «Установлен контакт, конечно, с политическим комитетом [ХТШ]. Там они встречаются с представителями дипкорпуса», — сказал Богданов.\nРанее агентство Bloomberg сообщило, что Россия близка к заключению соглашения с новыми властями Сирии о сохранении двух российских военных баз в Хмеймиме и Тартусе.",
     # Talks near a deal for Russia to keep its two bases at Hmeimim and Tartus: both active
     # (talks for forces to remain at named bases, gold.py), at the (estimated) publication or
     # Bloomberg's 12 December.
     "gold": [gold(HM, "active", "2024-12-13", "2024-12-12", "2024-12-14", "2024-12-16"),
              gold(TA, "active", "2024-12-13", "2024-12-12", "2024-12-14", "2024-12-16")]},
    {"lang": "ru", "split": "held-out 26", "publisher": "Важные истории (istories.media)", "published": "2024-12-11",
     # published: the date in the page's address.
     "url": "https://istories.media/stories/2024/12/11/chto-oznachaet-dlya-rossii-padenie-rezhima-bashara-asada-v-sirii/",
     "text": "В 2015 году Владимир Путин ввел войска в Сирию, чтобы поддержать Башара Асада. Потеряв как минимум 543 военных и наемников и потратив сотни миллиардов рублей, в 2024-м Россия не смогла ничего сделать с бойцами исламистского движения «Хайят Тахрир аш-Шам», захватившими Дамаск. «Важные истории» разбираются, к каким последствиям для Москвы это может привести.\nЧем грозит потеря военных баз\nГлавный вопрос сейчас — сохранит ли Россия в каком-то виде две военные базы на побережье Средиземного моря. В Латакии находится авиабаза Хмеймим, примерно в 40 км южнее — военно-морская база в Тартусе. Территорию провинции контролируют победившие повстанцы, но российским базам они пока не угрожают.",
     # Russia's two bases, Hmeimim and Tartus, are there and not threatened "пока": both
     # active. Whether Russia keeps them is the open question: no entry of its own.
     "gold": [gold(HM, "active", "2024-12-11"), gold(TA, "active", "2024-12-11")]},
]
