"""The twenty-fifth held-out set of the intake evaluation (see `bench.intake.corpus`).

Assembled on 2026-12-04 (evening) from the stored pages of the `search` tool (corpus
`pages`, queries in English, Arabic and Russian), one language at a time, before the
pipeline ever ran on any of it; every entry was written down by hand from the text alone.
None of its URLs is in another split (checked against the `url` lines of every
`bench/intake/corpus*.py`, percent-decoded, scheme and "www." set aside, a stored URL that is
a prefix of a new one, or the other way round, counting as the same page), and no text
shares more than a sixth of its eight-word runs with a text of another split (the nearest,
Ynetnews' Reuters story, shares a sentence with the twenty-third set's Business Standard,
a different story of another day); where two new pages carried the same agency text, one
was kept.

The stored pages are saturated: of about 110 candidate URLs checked in Arabic and as many
in Russian, most were in a split already, and in English likewise (nearly every page on
Qamishli's withdrawal of January 2026, the Hmeimim refugees of March 2025, the Tartus
contract and the flights of October 2025); pages in Ukrainian, near-mirrors of used pages
and pages without a date that can be told were left out. So the
set leans on Hmeimim and Tartus: 46 reports (18 English, 16 Arabic, 12 Russian), 62 entries
(23, 24, 15), most of them bases spoken of as they stand (active). Publishers no other split
cites include Ukrainska Pravda (English), The Jewish Press, Ynetnews, Clash Report, Views
Now, Voice of Emirates, The North Africa Post, bianet, Scope24, Türkiye Today, Jurnal Time,
Orda.kz, إرم نيوز, العربية الآن, إيجي برس, مرصد مينا, الرسالة, فلسطين نيوز, ناو عربي,
المشهد العربي, العرب, عرب خبر, Gulf News 24, Детали, Хартия 97, Медуза, Ведомости,
Интерфакс, ОСН, НСН, press.lv, Коммерсантъ, Реальное время.

Honestly: many publication dates are estimates from the text, each said in a comment (the
weakest: The North Africa Post's "late October 2025", إرم نيوز's snipers report of about
16 May 2025, НСН's 13 December 2024); egy-press's text is a garbled machine rewrite of a
Reuters story, kept as it stands; فلسطين نيوز puts Hmeimim in Tartus and the naval base in
Latakia (its naval base read as Tartus); three entries rest on the convention for talks
(Ведомости's "функционирование российских военных баз в Тартусе и Хмеймиме" to be
discussed, under a headline on their "судьба"; Ведомости's promise "в части сохранения
российского военного присутствия"; НСН's informal deal, with planes landing besides).

Conventions of the sets before are kept: a base the report says is Russia's, exists, works
or shelters people now is active; civilians at or out of a base are not the force; a base a
move goes to is not entered from the move alone; a withdrawal reported as begun (a hedge
included: "похоже, выводит") is withdrawing, and one reported as done withdrawn; ships
leaving a naval base make it reduced; talks for forces to remain at a named base are active,
but talks on the bases' "fate" or "future", a plan, a wish or a condition are no entry; a
report that says nothing of Russia's forces at a named facility has no entry.
"""

from bench.intake.gold import HM, Q, TA, gold

UNSEEN_25_REPORTS = [
    # English ----------------------------------------------------------------------
    {"lang": "en", "split": "held-out 25", "publisher": "Ukrainska Pravda (pravda.com.ua, English)", "published": "2024-12-13",
     # published: the date in the page's address.
     "url": "https://pravda.com.ua/eng/news/2024/12/13/7489051",
     "text": "Russia likely withdrawing its troops from Syria, CNN reports – photos\nSatellite images show that Russia has begun to withdraw its troops from Syria.\nSource: CNN; Russian news outlet Vazhnye Istorii (Important Stories)\nDetails: Maxar Technologies and Planet Labs’ satellite imagery of military bases in Syria show that An-124 cargo planes (the world's largest cargo planes, capable of carrying up to 150 tonnes of cargo), three Il-76 transport planes, as well as smaller cargo planes – three An-32 and one An-72 – have arrived at the Khmeimim airbase. The aircraft prepare to load cargo, as indicated by their lifted nose cones.\nIn addition, the images show the Russian military disassembling a Ka-52 attack helicopter. Maxar analysts assume that it is being prepared for loading. Experts also identified parts of an S-400 air defence system, which is apparently also being prepared for shipment to Russia.\nMaxar Technologies also published photographs of Russian ships sailing in the Mediterranean Sea from the coast of Syria.\nRussian propaganda agency TASS reported that Russia was still negotiating with the new Syrian government to maintain its military bases in the country.",
     # "Russia has begun to withdraw its troops" with the loading at Khmeimim: withdrawing
     # (as the sets' reading of the same images). Ships at sea "from the coast of Syria"
     # name no base; talks on bases unnamed: no entry.
     "gold": [gold(HM, "withdrawing", "2024-12-13")]},
    {"lang": "en", "split": "held-out 25", "publisher": "The Jewish Press (jewishpress.com)", "published": "2025-01-22",
     # published: the date in the page's address.
     "url": "https://jewishpress.com/news/middle-east/syria/syria-cancels-russia-49-year-lease-for-tartous-port/2025/01/22",
     "text": "Syria’s new government has canceled a 49-year lease signed with Russia to operate the port of Tartus, home to Moscow’s sole naval base on the Mediterranean Sea.\nThe lease, signed in 2017, extended Russia’s maritime presence on the Syrian coast for the next half-century.\nAuthorities in Tartus reportedly annulled the lease and demanding the immediate withdrawal of Russian forces, according a report Monday by the Syrian Shaam news outlet.\nTartous Customs Director Riad Judi confirmed the decision, telling the Al-Watan news outlet, “The agreement signed with the Russian company to invest in Tartous Port has been cancelled and all its revenues have become for the benefit of the Syrian state.”",
     # The port "home to Moscow's sole naval base": the naval facility is there now, active
     # (as the sets before read "houses"). The cancelled lease is the company's port; the
     # demand that the forces leave is a demand, no withdrawal.
     "gold": [gold(TA, "active", "2025-01-22", "2025-01-20")]},
    {"lang": "en", "split": "held-out 25", "publisher": "triloguenews.com (RT's report)", "published": "2025-01-21",
     # published: not on the stored page; "Syrian media reported Tuesday", Shaam "reported
     # Monday", Assad overthrown "last month": an estimate, Tuesday 21 January 2025.
     "url": "https://triloguenews.com/les-politiques-migratoires-alimentent-les-abus-aux-frontieres",
     "text": "Syria Terminates Russian Naval Base Deal – Reports\n\nSyria’s new government terminated a treaty granting Russia a long-term military presence in the Mediterranean, a deal brokered under ousted leader Bashar al-Assad, Syrian media reported Tuesday.\n\nThe de facto authorities in Tartus reportedly annulled the agreement and demanded the immediate withdrawal of Russian forces, the Syrian opposition news outlet Shaam reported Monday, citing the regime’s ministry of information.\n\nThe agreement, signed in 2017, extended the Russian Navy’s lease on the port of Tartus for 49 years. However, its future became uncertain after Assad was overthrown by Islamist rebels last month.\n\nMoscow has not yet issued a statement regarding the reported termination of the Tartus lease.",
     # A treaty terminated and a demand that the forces leave: no withdrawal reported, and
     # nothing said of the force at the facility now; the lease's "future" is uncertain: no
     # entry.
     "gold": []},
    {"lang": "en", "split": "held-out 25", "publisher": "TASS (tass.com)", "published": "2025-01-29",
     # published: the dateline ("DUBAI, January 29"), the talks "on Tuesday" (28 January 2025).
     "url": "https://tass.com/world/1905619",
     "text": "DUBAI, January 29. /TASS/. Mikhail Bogdanov, special presidential envoy for the Middle East and Africa and deputy foreign minister, and Syria’s new leader Ahmed al-Sharaa discussed matters of \"restoring ties\" between Damascus and Moscow during their talks in the Syrian capital, Syria’s new authorities said in a statement.\nAn inter-departmental Russian delegation visited Damascus on Tuesday to meet with Syrian leader Ahmed al-Sharaa, which Bogdanov described as constructive. During the three-hour talks with al-Sharaa, the Russian side emphasized the need to resolve domestic issues through an inclusive political dialogue. Russia’s approach to Syria remains unchanged in principle, and Moscow remains consistent in its support to unity, territorial integrity and sovereignty of the country, Bogdanov added.\nThe Russian diplomat told reporters that the question of preserving Russian military bases in Syria requires further consultations, and the sides have agreed to continue them. Commenting on Russia’s bases in Syria, he said: \"Nothing has changed.\"\nRussia operates two military facilities in Syria - the Tartus naval logistics base and the Hmeymim air base located 20 km southeast of Latakia. The Soviet base in Tartus was established in 1971 under a bilateral agreement.",
     # "Russia operates two military facilities ... Tartus ... and the Hmeymim air base", and
     # "Nothing has changed": both active. The consultations on preserving the bases are the
     # open question, no entry of their own.
     "gold": [gold(TA, "active", "2025-01-29", "2025-01-28"), gold(HM, "active", "2025-01-29", "2025-01-28")]},
    {"lang": "en", "split": "held-out 25", "publisher": "Ynetnews (Reuters)", "published": "2025-01-28",
     # published: the page's own date.
     "url": "https://www.ynetnews.com/article/r16wxh8d1e",
     "text": "A Russian delegation has arrived in Damascus for the first time since Moscow's ally President Bashar al-Assad was toppled, Russia's TASS state news agency reported on Tuesday, as Russia tries to secure the future of its military bases in Syria.\nThe delegation, which is expected to hold talks with Syria's new rulers, includes Russian Deputy Foreign Minister Mikhail Bogdanov and Alexander Lavrentiev, the Kremlin's special envoy for Syria, TASS said.\nRussia, which granted Assad refuge and helped him militarily against rebel forces for years before his downfall, is hoping to retain its bases in Syria including a naval facility in Tartous and the Hmeimim air base near the port city of Latakia.\nThe Tartous facility is Russia's only Mediterranean repair and replenishment hub, and Moscow has used Syria as a staging post to fly its military contractors in and out of Africa.",
     # "The Tartous facility is Russia's only Mediterranean repair and replenishment hub":
     # said to be Russia's now, active. Hmeimim is named only in the hope to retain the bases
     # (a wish) and the bases' "future": no entry.
     "gold": [gold(TA, "active", "2025-01-28")]},
    {"lang": "en", "split": "held-out 25", "publisher": "The Moscow Times", "published": "2025-01-28",
     # published: the page's own date (and its address).
     "url": "https://www.themoscowtimes.com/2025/01/28/russian-diplomats-make-first-syria-visit-since-assads-fall-a87770",
     "text": "The first official Russian delegation to visit Syria since the toppling of long-term Moscow ally Bashar al-Assad has arrived in Damascus, state-run news agency RIA Novosti reported on Tuesday.\n\nThe visit comes as Moscow is keen to secure the fate of two military bases in the country, and after Russian President Vladimir Putin denied that Moscow had suffered a strategic “defeat” in the Middle East following the fall of Assad.\n\nThe Russian delegation, which is due to meet the new leadership of the war-ravaged country, included Deputy Foreign Minister Mikhail Bogdanov, Putin's special envoy on the Middle East and Africa, as well as Alexander Lavrentyev, the president's special envoy on Syria, RIA Novosti reported.\n\nRussia is now seeking to secure the fate of its naval base in Tartus and its air base at Khmeimim with the new Syrian authorities. The two bases on Syria’s Mediterranean coast are Moscow's only military outposts outside the former Soviet Union.",
     # "The two bases ... are Moscow's only military outposts outside the former Soviet
     # Union": both said to be Russia's now, active. Securing their "fate" is the open
     # question, no entry of its own.
     "gold": [gold(TA, "active", "2025-01-28"), gold(HM, "active", "2025-01-28")]},
    {"lang": "en", "split": "held-out 25", "publisher": "Shafaq News (English; Reuters)", "published": "2025-03-15",
     # published: not on the stored page; "Reuters reported on Saturday" and Zakharova's words
     # of "last Thursday" (13 March 2025): an estimate, Saturday 15 March 2025.
     "url": "https://api.shafaq.com/en/World/From-base-to-broken-homes-Fear-follows-Syrian-return",
     "text": "From base to broken homes: Fear follows Syrian return\n\nShafaq News/ Some Syrian residents who had sought refuge at the Russian Hmeimim base in Latakia due to escalating violence have started returning to their villages, following reassurances from relatives about improving security, Reuters reported on Saturday.\nDespite the return of some displaced residents, many remain hesitant to leave the base. Falak Issa, a 60-year-old woman, expressed her fear of the ongoing violence, calling for international protection for the Alawite community. “We were terrified, truly terrified in every sense of the word,” she told Reuters.\nRussian Foreign Ministry spokesperson Maria Zakharova confirmed last Thursday that approximately 9,000 displaced individuals, mostly women and children, had taken shelter at the Hmeimim base after fleeing the violence.",
     # "the Russian Hmeimim base" still sheltering people: active. The residents going home
     # are civilians, not the force.
     "gold": [gold(HM, "active", "2025-03-15", "2025-03-13", "2025-03-14")]},
    {"lang": "en", "split": "held-out 25", "publisher": "Clash Report (clashreport.com)", "published": "2025-08-12",
     # published: the page's own date ("August 12, 2025").
     "url": "https://clashreport.com/world/articles/wwrj80ze1",
     "text": "August 12, 2025Clash Report\nSyria’s transitional leadership is open to restoring Russian military police patrols in the country’s southern provinces, a move aimed at limiting Israeli military operations in the area, according to Russian newspaper Kommersant. The proposal emerged following an August 1 meeting in Moscow between Syrian Foreign Minister Asaad Al-Shaibani and members of the Syrian diaspora.\nThe Kremlin, which supported Bashar al-Assad’s government until its collapse in 2024, is now negotiating with the new authorities to maintain a reduced but strategic military presence. This includes two bases, a Mediterranean port, and the Hmeimim air base — assets critical for Russia’s influence in the Middle East.\nKommersant reported that Russia could serve as a key intermediary in regulating relations between Damascus and Tel Aviv.",
     # Negotiating to maintain the presence that "includes ... the Hmeimim air base": talks
     # for forces to remain at a named base, active. "a Mediterranean port" is not named
     # (Tartus is not said); the patrols in the south are a proposal: no entry.
     "gold": [gold(HM, "active", "2025-08-12")]},
    {"lang": "en", "split": "held-out 25", "publisher": "Views Now (viewsnow.co.in)", "published": "2025-03-09",
     # published: the dateline ("March 9, 2025") and the page's address (2025/03).
     "url": "https://viewsnow.co.in/2025/03/syrian-officials-at-russias-khmeimim.html",
     "text": "March 9, 2025— Syrian officials, currently stationed at Russia’s Khmeimim Air Base in Latakia, are urging civilians who fled sectarian violence to return to their homes. This comes despite reports of continued killings and instability in the region, particularly targeting minority groups.\nThe Khmeimim base, a key Russian military installation in Syria, has become a hub for coordination between Syrian and Russian forces. However, critics argue that the Syrian government’s assurances of safety are premature, as HTS and other extremist groups continue to carry out attacks in Idlib and surrounding areas.",
     # "Russia's Khmeimim Air Base", "a key Russian military installation ... has become a
     # hub": active. The Syrian officials and the civilians are not the force.
     "gold": [gold(HM, "active", "2025-03-09")]},
    {"lang": "en", "split": "held-out 25", "publisher": "feedman.me (RT's report)", "published": "2025-10-09",
     # published: not on the stored page; Lavrov's interview to Bridges to the East "on
     # Wednesday" is of Wednesday 8 October 2025 (dated so on other pages), Assad's ouster
     # "late last year": an estimate, the day after.
     "url": "https://feedman.me/posts/2LrsT",
     "text": "Bases could be transformed into humanitarian hubs to facilitate the delivery of goods to African nations The mission of the Russian forces in Syria needs to be revised, Foreign Minister Sergey Lavrov has said. He added that military bases could be transformed into humanitarian hubs.The situation in Syria has been volatile since the ouster of longtime President Bashar Assad, a close ally of Moscow, by a coalition led by the Islamist group Hayat Tahrir al-Sham (HTS) late last year.Despite the removal of Assad, Russia has pledged to maintain its presence and support for Syria, confirming that its forces will continue operating from the Khmeimim Air Base and Tartus naval facility, which it leases under a long-term agreement signed with Damascus in 2017.In an interview with the Bridges to the East project on Wednesday, Lavrov said that given the transition of power in Syria, the functions of the Russian military need to change. “This also applies to our military bases... this is no longer a presence for militarily supporting the legitimate authorities against various opposition forces. We need to restructure their functions,” he said, adding that one possible role could be the creation of a humanitarian hub.",
     # "its forces will continue operating from the Khmeimim Air Base and Tartus naval
     # facility, which it leases": both Russia's and working now, active. Turning them into
     # humanitarian hubs is a proposal: no entry.
     "gold": [gold(HM, "active", "2025-10-09", "2025-10-08"), gold(TA, "active", "2025-10-09", "2025-10-08")]},
    {"lang": "en", "split": "held-out 25", "publisher": "Voice of Emirates (voiceofemirates.com)", "published": "2025-11-01",
     # published: the date in the page's address.
     "url": "https://www.voiceofemirates.com/en/news/2025/11/01/russia-resumes-flights-to-syria",
     "text": "Moscow, Russia – Russian and international media reports announced that Russia has resumed its military and civilian flights to Syria, after a hiatus of about six months.\nThis move was seen by observers as confirmation of Moscow’s commitment to\nits strategic presence in the Middle East despite its preoccupation with the war in Ukraine.\nAccording to data from Flightradar24, a website specializing in tracking air traffic,\nTwo Russian aircraft arrived at the Hmeimim airbase in Latakia province during the last week of October.\nAmong them are an Antonov 124 cargo plane and an Ilyushin 62 transport plane.\nRussian media outlets quoted sources close to the Kremlin as saying that flights would resume.\nThis comes as part of a plan to boost logistical supplies to Russian bases in Syria.\nIn particular, the Hmeimim airbase and the Tartus naval port,\nwhich represent two key pillars of the Russian military presence in the region.",
     # Military flights to Hmeimim resumed, and Hmeimim and the Tartus naval port "represent
     # two key pillars of the Russian military presence": both active. Boosting supplies is
     # a plan, no reinforcement.
     "gold": [gold(HM, "active", "2025-11-01", "2025-10-24", "2025-10-31"), gold(TA, "active", "2025-11-01")]},
    {"lang": "en", "split": "held-out 25", "publisher": "The North Africa Post (Nova)", "published": "2025-10-28",
     # published: not on the stored page; after al-Sharaa's Moscow visit (15 October 2025),
     # of the same flights Bloomberg told on 30 October: a weak estimate, late October 2025.
     "url": "https://northafricapost.com/91903-russia-resumes-military-air-operations-between-syria-and-eastern-libya.html",
     "text": "Russia Resumes Military Air Operations Between Syria and Eastern Libya\nRussia has restarted military flights between its Hmeimim Air Base in Syria and Al-Khadim Air Base in eastern Libya after a five-month suspension, Italy’s Nova news agency has reported.\nA Russian Ilyushin Il-62M transport aircraft was seen departing from Al-Khadim for Hmeimim in Syria’s Latakia province, Moscow’s primary operational hub in the Middle East. The move follows Syrian President Ahmad Al-Sharaa’s recent visit to Moscow—his first since the fall of Bashar Al-Assad’s regime—signalling renewed coordination between the two allied nations.",
     # Military flights to "its Hmeimim Air Base", "Moscow's primary operational hub":
     # active. Al-Khadim is in Libya, not Syria: no entry.
     "gold": [gold(HM, "active", "2025-10-28", "2025-10-26", "2025-10-30")]},
    {"lang": "en", "split": "held-out 25", "publisher": "Devdiscourse (Reuters)", "published": "2024-12-10",
     # published: not on the stored page; Planet Labs' image "captured December 9" and
     # Damascus taken "on Sunday" (8 December 2024): an estimate, Tuesday 10 December 2024.
     "url": "https://devdiscourse.com/article/law-order/3189251-russian-naval-fleet-relocates-amid-syrian-power-shift",
     "text": "Russian Naval Fleet Relocates Amid Syrian Power Shift\nSatellite imagery reveals Russian naval ships leaving their base at Tartous, Syria, following the overthrow of President Bashar al-Assad by Syrian rebels. Russia is seeking negotiations with the rebels to ensure the security of its military bases. Moscow's key Mediterranean hub is critical for operations in the region.\nSatellite data has unveiled that Russian naval ships have evacuated their base at Tartous, Syria, after Syrian rebels toppled President Bashar al-Assad. The imagery, captured December 9 by Planet Labs, reveals at least three ships of Russia's Mediterranean fleet anchored offshore.\nTwo guided missile frigates and an oiler were positioned approximately 13 kilometers northwest of Tartous. Meanwhile, other fleet vessels remain untraceable through current satellite images. Moscow's defense ministry has yet to comment on the unfolding situation.",
     # The ships have left ("evacuated") their base at Tartous and lie offshore: reduced, as
     # the sets read the ships' departure of December 2024 (the image of 9 December, or the
     # publication). Talks on the bases' security name none: no entry.
     "gold": [gold(TA, "reduced", "2024-12-10", "2024-12-09")]},
    {"lang": "en", "split": "held-out 25", "publisher": "bianet (English)", "published": "2025-05-20",
     # published: not on the stored page; the Observatory's post it embeds is of 20 May 2025,
     # the clashes "in the morning": an estimate, that day (or the next).
     "url": "https://bianet.org/haber/russia-s-airbase-in-syria-attacked-307608",
     "text": "An assault was carried out against Russia's Khmeimim airbase located in the Jableh district, Latakia province.\nAccording to a report by the London-based pro-opposition Syrian Observatory for Human Rights (SOHR), the attack was conducted by a group believed to be linked to the Defense and Interior Ministries.\nThe report also stated that a drone flying over the base was shot down during the incident.\n\nLocal sources told SOHR that sirens went off inside the base in the morning, and intense gunfire was heard in the vicinity of the site.\nRussian bases in Syria\nRussia has been actively using the Khmeimim Air Base in Latakia, Syria, since 2015. The naval base in Tartus, established during the Soviet era (1971), remains operational and serves as the Russian Navy's sole logistical support point in the Mediterranean.",
     # An attack on "Russia's Khmeimim airbase", "actively using" it: active (as the sets read
     # the attack of 20 May). "The naval base in Tartus ... remains operational": active.
     "gold": [gold(HM, "active", "2025-05-20", "2025-05-21"), gold(TA, "active", "2025-05-20", "2025-05-21")]},
    {"lang": "en", "split": "held-out 25", "publisher": "Scope24 (scope24.net, English; Bloomberg)", "published": "2024-12-12",
     # published: not on the stored page; Bloomberg's report "on Thursday" after Assad's fall
     # is of Thursday 12 December 2024 (Arabic copies of it are dated 12-13 December): an
     # estimate.
     "url": "https://scope24.net/en/world_news/14095.html",
     "text": "Bloomberg reveals a deal between Russia and Tahrir al-Sham\n\nBloomberg agency revealed, on Thursday, that Russia is close to reaching an agreement with the new leadership in Syria to retain two vital military bases in the country.\nThe agency quoted informed sources in Moscow, Europe and the Middle East, who requested anonymity, saying that the talks with the new Syrian leadership are related to the survival of Russian forces in the Tartus sea port and the Hmeimim air base.\nAccording to the source in Russia, the Russian Ministry of Defense believes that it has an informal understanding with Hay’at Tahrir al-Sham (classified as a terrorist organization by Washington) that allows Russia to remain at the two bases.\nHowever, the source warned that the situation may change in light of the instability in Syria.\nThe Russian Tartus Naval Base and Hmeimim Air Base in Syria constitute essential facilities for maintaining Moscow’s influence in the Middle East and the Mediterranean basin, all the way to Africa.",
     # Talks on "the survival of Russian forces in the Tartus sea port and the Hmeimim air
     # base", an understanding that "allows Russia to remain": talks for forces to remain at
     # named bases, both active.
     "gold": [gold(TA, "active", "2024-12-12", "2024-12-13"), gold(HM, "active", "2024-12-12", "2024-12-13")]},
    {"lang": "en", "split": "held-out 25", "publisher": "Türkiye Today (Bloomberg)", "published": "2025-02-17",
     # published: not on the stored page; Bloomberg's report of Monday 17 February 2025 (after
     # the first Sharaa-Putin call of 12 February, "this month"): an estimate, that day or the
     # next.
     "url": "https://turkiyetoday.com/region/russia-nears-deal-with-syria-to-secure-military-bases-media-report-120607",
     "text": "Russia nears deal with Syria to secure military bases: Media report\n\nRussia is finalizing a deal with Syria’s new government to maintain a reduced military presence in the country, securing a key objective for President Vladimir Putin after the collapse of the Assad regime, according to Bloomberg.\nKey details\n- Moscow is negotiating terms with the Syrian government that would allow Russia to maintain some military personnel and equipment in Syria, including naval and air bases previously used by Russian forces until the fall of dictator Bashar al-Assad last year.\n- These talks are expected to result in Russia keeping its naval base at Tartus and air base at Hmeimim, essential to Moscow’s military and political influence in the region.\n- Despite the ongoing negotiations, there is no guarantee of an agreement yet. A phone conversation between President Ahmad Al-Sharaa of Syria and Vladimir Putin—the first of its kind—is seen as a sign of growing momentum for the deal.",
     # Negotiations for Russia to keep "its naval base at Tartus and air base at Hmeimim":
     # talks for forces to remain at named bases, both active. The "reduced" presence is the
     # deal's aim, not a reduction reported: no reduced entry.
     "gold": [gold(TA, "active", "2025-02-17", "2025-02-18"), gold(HM, "active", "2025-02-17", "2025-02-18")]},
    {"lang": "en", "split": "held-out 25", "publisher": "Jurnal Time (jurnaltime.com; CNN)", "published": "2024-12-17",
     # published: not on the stored page; the planes seen "last Friday" (13 December 2024) and
     # Ryder's words "on Monday" (16 December): an estimate, Tuesday 17 December 2024.
     "url": "https://jurnaltime.com/russian-military-embarks-on-dramatic-exit-from-syria-according-to-us-and-western-officials",
     "text": "At the Khmeimim airbase in Syria, observers noted two AN-124 heavy military transport planes stationed on the airfield last Friday. Both aircraft had their nose cones lifted, a clear indication that they were poised and ready to be loaded with cargo. Concurrently, at the same airbase, a Ka-52 attack helicopter was observed undergoing dismantling procedures, likely in preparation for transport to another location. Additionally, components of an S-400 air defense unit, a sophisticated Russian surface-to-air missile system, were observed being packed up for potential relocation.\nThe shifting dynamics at the airbase were captured in footage taken along the Syrian coast and subsequently verified by media outlet CNN. One video circulating on social media last week depicted a convoy of at least three Russian surface-to-air missile systems moving southward towards the strategic port of Tartus. Another clip, shared by journalist Wassim Nasr and geolocated by CNN, showed a procession of armored vehicles traveling north along the same highway, prominently displaying the Russian national flag.\nIn response to these developments, US Secretary of State Antony Blinken refrained from commenting on a potential Russian withdrawal from the region. However, Pentagon Press Secretary Major General Patrick Ryder acknowledged on Monday that the absence of Russian air defense systems in Syria had enabled the US to conduct anti-ISIS operations with greater freedom, as the previous risk posed by these systems to American aircraft had diminished.",
     # Khmeimim's helicopter dismantled and S-400 packed for moving, the planes ready to load:
     # withdrawing (as the sets read the same images of 13 December; the publication or that
     # Friday). Tartus is where a convoy goes: no entry.
     "gold": [gold(HM, "withdrawing", "2024-12-17", "2024-12-13")]},
    {"lang": "en", "split": "held-out 25", "publisher": "Orda.kz (English; Bloomberg)", "published": "2025-02-18",
     # published: not on the stored page; Bloomberg's report of 17 February 2025 it retells and
     # Abu Qasra's words "earlier this month" (February): an estimate.
     "url": "https://en.orda.kz/syria-bloomberg-claims-russia-closing-in-on-deal-to-maintain-reduced-military-presence-5115",
     "text": "Syria: Bloomberg Claims Russia Closing in On Deal to Maintain Reduced Military Presence\nBloomberg reports that Russia is in negotiations with Syria to maintain a limited military presence in the country following recent changes in leadership, Orda reports.\nBefore this development, Russia reportedly began reducing its military assets in Syria, prompting questions about its continuing regional influence.\nMoscow reportedly seeks to retain access to its strategic military installations - the naval facility at Tartus and the Khmeimim airbase - crucial to Russia's regional military presence. A phone call between the Syrian and Russian leaders and Russia sending funds to Syria preceded this event.\nEarlier this month, Syrian Defense Minister Murhaf Abu Qasra indicated that Russia's continued presence at its military bases would be conditional on what it can offer.",
     # The negotiations name no base; Tartus and Khmeimim are named only in what Moscow "seeks
     # to retain" (a wish), and a condition; the reduction "in Syria" names no facility: no
     # entry. (Judgement call: "its strategic military installations" could be read as active.)
     "gold": []},
    # Arabic -----------------------------------------------------------------------
    {"lang": "ar", "split": "held-out 25", "publisher": "إرم نيوز (eremnews, Azure mirror of its app)", "published": "2025-04-07",
     # published: the page's own date ("07 أبريل 2025، 11:34 ص").
     "url": "https://eremnews-fe-app-production.azurewebsites.net/news/arab-world/1upawv9",
     "text": "خاص- وسط حالات \"ابتزاز\".. وصول دفعة من اللاجئين في قاعدة حميميم إلى روسيا\n\nأكدت مصادر من داخل مطار حميميم أن أكثر من 50 لاجئا سوريا غادروا القاعدة الروسية باتجاه روسيا أمس الأحد، كأول دفعة من اللاجئين تصل إلى روسيا، بعد هروبهم إلى \"حميميم\" قبل شهر على خلفية المجازر التي شهدها الساحل السوري.\n\nوتحدث \"إرم نيوز\" إلى مصدرين من اللاجئين داخل قاعدة \"حميميم\"، حيث أكدا أن الدفعة الأولى من اللاجئين وصلت بالفعل إلى إقليم \"بيرم\" الروسي، وتضم عائلات كاملة، فيما ستلحق دفعات أخرى بها، بعد تأمين أماكن الإقامة لهم، وخاصة أن من بينهم أطفالا ونساء وكبارا في السن يحتاجون إلى رعاية جيدة.",
     # "القاعدة الروسية" that shelters refugees and flies them to Russia (Sunday 6 April):
     # active (the publication, or the Sunday). The refugees are not the force; Perm is no
     # facility.
     "gold": [gold(HM, "active", "2025-04-07", "2025-04-06")]},
    {"lang": "ar", "split": "held-out 25", "publisher": "إرم نيوز (eremnews, Azure mirror of its app)", "published": "2025-05-16",
     # published: not on the stored page (its first line is a later news ticker); the
     # deployment "منذ يوم أول أمس الأربعاء" and Rami Makhlouf's post "أمس", before the attack
     # on the base of Tuesday 20 May 2025 that Erem's next report retells after it: an
     # estimate, Friday 16 May 2025.
     "url": "https://eremnews-fe-app-production.azurewebsites.net/news/arab-world/owq2oq1",
     "text": "قالت مصادر خاصة إن قوات تابعة لوزارة الدفاع السورية نشرت قناصة على أسطح الأبنية في القرى المحيطة بقاعدة حميميم العسكرية الروسية، فيما نشرت حواجز عسكرية في هذه القرى، في خطوة اعتبرتها المصادر استفزازا متعمدا للروس ومحاولة لحصار القاعدة .\nويأتي ذلك بعد تواتر التسريبات عن دور تقوم فيه القاعدة الروسية في التحضيرات الجارية لتدريب قوات جديدة مهمتها حماية الساحل السوري وحفظ الأمن فيه (بالتوافق مع دمشق)، وهو ما أكدته عدة مصادر، وتحدث عنه رامي مخلوف، ابن خال الرئيس السوري السابق، في منشوره أمس، من أن القوات العسكرية باتت جاهزة ومكتملة العدد.\nانتشار كثيف في محيط حميميم\nوأكد مصدران من السكان المحليين ومصدر إعلامي في اتصال مع \"إرم نيوز\" أن انتشارا كثيفا للأمن العام والفصائل المسلحة التابعة لوزارة الدفاع بدأ منذ يوم أول أمس الأربعاء، في قرى حميميم وبستان الباشا والقبيسة وبخضرمو في محيط قاعدة حميميم .",
     # Syrian snipers around "قاعدة حميميم العسكرية الروسية", a provocation "للروس": the base
     # is Russia's and manned now, active (the publication, or the Wednesday the deployment
     # began). The training role is leaks, not entered beyond the base being active.
     "gold": [gold(HM, "active", "2025-05-16", "2025-05-14", "2025-05-15")]},
    {"lang": "ar", "split": "held-out 25", "publisher": "إرم نيوز (eremnews, Azure mirror of its app; المرصد السوري)", "published": "2025-05-20",
     # published: not on the stored page; the attack "اليوم الثلاثاء", Tuesday 20 May 2025 (the
     # day AFP and the other sets date it): an estimate.
     "url": "https://eremnews-fe-app-production.azurewebsites.net/news/arab-world/h8denew",
     "text": "شن مسلحون، اليوم الثلاثاء، هجوما على قاعدة حميميم العسكرية الروسية في الساحل السوري، وأفادت مصادر المرصد السوري لحقوق الإنسان، بسماع إطلاق رصاص كثيف في محيط مدرج المطار إثر اندلاع اشتباكات.\nووفق المرصد السوري، \"يسود محيط قاعدة حميميم الروسية حالة من التوتر الأمني، عقب هجوم شنته مجموعة مسلحة يُرجح أنها رديفة لوزارتي الدفاع والداخلية على القاعدة، وسط معلومات عن إسقاط المجموعة لمسيّرة كانت تحلق في أجواء المنطقة\"، على حد قوله.\nوبحسب مصادر أهلية نقل عنها المرصد، \"سُمع إطلاق رصاص كثيف صباح اليوم في محيط مدرج المطار نتيجة اندلاع اشتباكات استُخدمت فيها الأسلحة الرشاشة المتوسطة والثقيلة، وتزامن ذلك مع إطلاق صافرات الإنذار داخل القاعدة\".",
     # An attack on "قاعدة حميميم العسكرية الروسية", sirens inside it (Tuesday 20 May): active.
     "gold": [gold(HM, "active", "2025-05-20")]},
    {"lang": "ar", "split": "held-out 25", "publisher": "Vietnam.vn (Arabic; Business Insider, CNN)", "published": "2025-01-04",
     # published: not on the stored page; Ukraine's intelligence statement "في 3 يناير/كانون
     # الثاني" and CNN's of "الأول من يناير": an estimate, 4 January 2025.
     "url": "https://id.vietnam.vn/ar/nga-dang-doi-thiet-bi-quan-su-tu-syria-chuyen-den-libya",
     "text": "أعلنت وكالة استخبارات الدفاع الأوكرانية في 3 يناير/كانون الثاني أن سفينتي شحن، سبارتا وسبارتا 2، متجهتان إلى ميناء طرطوس السوري، ويُعتقد أنهما تنقلان أسلحة ومعدات عسكرية روسية إلى ليبيا. كما أفادت أوكرانيا أن ثلاث سفن أخرى، بينها سفينة إنزال وناقلة نفط، ستصل إلى طرطوس خلال الأيام القليلة المقبلة، وفقًا لموقع بيزنس إنسايدر .\nفي وقت سابق، نقلت شبكة CNN في الأول من يناير/كانون الثاني عن مصادر مطلعة أن طائرات نقل روسية هبطت في ليبيا بوتيرة متزايدة بشكل ملحوظ في ديسمبر/كانون الأول 2024، وخاصة بعد الإطاحة بالرئيس السوري السابق بشار الأسد. ولم تعلق روسيا على هذه المعلومات.\nتسمح قاعدة طرطوس البحرية وقاعدة حميميم الجوية في سوريا، اللتان تستأجرهما روسيا، لموسكو بنشر قواتها مباشرةً في البحر الأبيض المتوسط، وبالتالي الحفاظ على وجودها في المنطقة.",
     # Cargo ships sent to Tartus, "يُعتقد" to carry Russian arms out to Libya: a hedged
     # removal of equipment under way, withdrawing (as the thirteenth and fourteenth sets read
     # the same HUR report; the statement's 3 January, or the publication). Hmeimim, which
     # "تستأجرهما روسيا" now: active. The planes landing in Libya name no Syrian base.
     "gold": [gold(TA, "withdrawing", "2025-01-04", "2025-01-03"),
              gold(HM, "active", "2025-01-04", "2025-01-03")]},
    {"lang": "ar", "split": "held-out 25", "publisher": "العربية الآن (alarabiyanow.com; Reuters)", "published": "2024-12-09",
     # published: not on the stored page; the Kremlin's words "يوم الاثنين" just after Assad's
     # flight to Russia (Monday 9 December 2024): an estimate.
     "url": "https://alarabiyanow.com/?p=77898",
     "text": "الكرملين يتحدث عن مستقبل القاعدتين الروسيتين في سوريا\nقال الكرملين يوم الاثنين إن الحديث عن مستقبل قاعدتين عسكريتين روسيتين في سوريا لا يزال مبكراً، لكنه أشار إلى أن النقاش سيجري مع الحكومة الجديدة في دمشق.\nوفي تعليق له حول مستقبل القاعدتين، قال المتحدث باسم الكرملين، ديمتري بيسكوف: “من السابق لأوانه الحديث عن ذلك.” وأوضح أن الموضوع سيكون تحت النقاش مع من سيتولى الحكم في سوريا، مشيراً إلى وجود “اضطرابات شديدة” في البلاد.\nروسيا تتخذ تدابير احترازية\nوأكد بيسكوف أن روسيا تقوم بكل ما يلزم لضمان الأمن، قائلاً: “نحن نعمل مع من يمكنهم التعامل مع الأمور الأمنية، وجيشنا يتخذ جميع الإجراءات الاحترازية اللازمة.”\nتمتلك روسيا قاعدة حميميم الجوية في محافظة اللاذقية، بالإضافة إلى قاعدة بحرية في طرطوس، التي تعد الوحيدة لروسيا في البحر الأبيض المتوسط وتستخدم كنقطة انطلاق لنقل المتعاقدين العسكريين من وإلى أفريقيا.",
     # "تمتلك روسيا قاعدة حميميم ... بالإضافة إلى قاعدة بحرية في طرطوس" (present, used as a
     # staging point), the army taking precautions: both active at the Monday. The talk on the
     # bases' "مستقبل" is no entry.
     "gold": [gold(HM, "active", "2024-12-09"), gold(TA, "active", "2024-12-09")]},
    {"lang": "ar", "split": "held-out 25", "publisher": "إيجي برس (egy-press.com; Reuters)", "published": "2024-12-16",
     # published: not on the stored page; Peskov "اليوم الاثنين" after the four officials'
     # words "في وقت سابق من الأسبوع" (Reuters, 13-14 December 2024): Monday 16 December 2024,
     # an estimate.
     "url": "https://egy-press.com/61148",
     "text": "الكرملين: لم نتخذ قرارات نهائية بشأن القواعد العسكرية الروسية في سوريا\n\nأعلن المتحدث باسم الكرملين دميتري بيسكوف، اليوم الاثنين، أن روسيا لم تتخذ بعد أي قرارات نهائية بشأن القواعد العسكرية الروسية في سوريا.\nوبحسب رويترز، قال المتحدث إن موسكو “على اتصال بمسؤولين في سوريا”.\nوفي وقت سابق من الأسبوع قال أربعة مسؤولين سوريين لرويترز إن روسيا تسحب قواتها من الخطوط الأمامية في شمال سوريا ومن مواقع في الجبال العلوية، لكنها تنسحب بعد الإطاحة بالرئيس بشار الأسد. ولم ينسحب من قاعدتيه الرئيسيتين – الأسد.\nونظراً للتطورات السريعة في سوريا، فإن مصير القاعدتين العسكريتين الروسيتين هناك، قاعدة طرطوس البحرية ومطار حميميم العسكري، أصبح موضع تساؤل.\nوتلعب القاعدتان دورًا رئيسيًا في الحفاظ على نفوذ روسيا في الشرق الأوسط والبحر الأبيض المتوسط وحتى إفريقيا.",
     # A garbled retelling of Reuters: Russia pulls back from front lines and mountain posts
     # (no named facility) but has not left "قاعدتيه الرئيسيتين", named next as Tartus and
     # Hmeimim, which "تلعب ... دورًا رئيسيًا" now: both active (the publication, or the
     # officials' day earlier in the week). The open "مصير" and the undecided future are no entry.
     "gold": [gold(HM, "active", "2024-12-16", "2024-12-13", "2024-12-14"),
              gold(TA, "active", "2024-12-16", "2024-12-13", "2024-12-14")]},
    {"lang": "ar", "split": "held-out 25", "publisher": "اليوم السابع (by IP address 94.130.84.54; روسيا اليوم)", "published": "2024-12-16",
     # published: the address's date (story/2024/12/16); Peskov's words "اليوم الاثنين", 16
     # December 2024. The address has the pattern of youm7.com's stories: an attribution by
     # its form, not its name.
     "url": "http://94.130.84.54/story/2024/12/16/الكرملين-لا-قرارات-نهائية-بشأن-مستقبل-القواعد-الروسية-فى-سوريا/6813786",
     "text": "قال متحدث الكرملين دميترى بيسكوف، إن مستقبل القواعد الروسية في سوريا لم يتحدد بعد، حيث تجري موسكو حوارا مع القوى المسيطرة على المشهد في البلاد.\nوقال بيسكوف في تصريحات صحفية اليوم الاثنين، حسبما ذكرموقع \"روسيا اليوم\"-: إن روسيا تمتلك منشأتين عسكريتين في سوريا هما المركز اللوجستي البحري الروسي في مدينة طرطوس الساحلية وقاعدة حميميم الجوية الواقعة بالقرب من مدينة جبلة في محافظة اللاذقية.",
     # "روسيا تمتلك منشأتين عسكريتين": the Tartus logistics centre and Hmeimim, Russia's now:
     # both active at the Monday. Their undecided future is no entry.
     "gold": [gold(TA, "active", "2024-12-16"), gold(HM, "active", "2024-12-16")]},
    {"lang": "ar", "split": "held-out 25", "publisher": "مرصد مينا (mena-monitor.org; AP)", "published": "2025-02-08",
     # published: not on the stored page; the officials' words "اليوم السبت" on AP's story of
     # 7-8 February 2025 about the fire of 23 January: an estimate, Saturday 8 February 2025.
     "url": "https://mena-monitor.org/%d8%a7%d9%86%d8%af%d9%84%d8%a7%d8%b9-%d8%ad%d8%b1%d9%8a%d9%82-%d9%81%d9%8a-%d8%b3%d9%81%d9%8a%d9%86%d8%a9-%d8%aa%d8%ac%d8%b3%d8%b3-%d8%b1%d9%88%d8%b3%d9%8a%d8%a9-%d9%82%d8%a8%d8%a7%d9%84%d8%a9-%d8%b3",
     "text": "اندلاع حريق في سفينة تجسس روسية قبالة سواحل سوريا\nمرصد مينا\nأفاد مسؤولون عسكريون اليوم السبت بأن سفينة التجسس الروسية “كيلدين” تعرضت لحريق ضخم قبالة سواحل ميناء طرطوس السوري، مما أدى إلى خروج السفينة عن السيطرة.\nوبحسب المسؤولين فإنه في 23 يناير الماضي، أرسلت السفينة عبر اللاسلكي تحذيراً تطلب فيه من السفن الأخرى الابتعاد عن مسارها، حيث كانت تنجرف بعيداً وتتصاعد منها ألسنة اللهب والدخان الأسود.\nحالياً، تواصل “كيلدين” مهامها في جمع المعلومات الاستخباراتية قبالة الساحل السوري، وهي مرافقة من فرقاطة وسفينة إمداد.",
     # A Russian ship at sea "قبالة سواحل ميناء طرطوس": the report says nothing of the naval
     # facility itself (a ship off a port is not the base): no entry.
     "gold": []},
    {"lang": "ar", "split": "held-out 25", "publisher": "الرسالة (alresalah.ws)", "published": "2026-01-28",
     # published: the page's own date ("نُشر في 28 يناير 2026").
     "url": "https://www.alresalah.ws/?p=36383",
     "text": "يلتقي رئيس سوريا أحمد الشراع نظيره الروسي فلاديمير بوتين في موسكو، في وقت تسعى فيه الكرملن للحفاظ على وجود عسكري في سوريا بعد سقوط الحليف السابق بشار الأسد في ديسمبر/كانون الأول 2024.\nأكد المتحدث باسم الكرملن دميتري بيسكوف قبل اجتماع الأربعاء أن المحادثات ستركز على “وجود جنودنا في سوريا”، المنتشرين في قاعدة حميميم الجوية وقاعدة طرطوس البحرية على الساحل المتوسطي.\nخلفية\nفي وقت سابق هذا الأسبوع، سحبت موسكو قواتها من مطار القامشلي في شمال شرق سوريا الذي تسيطر عليه قوات كردية، لتبقى قاعدتاها المتوسطيتان فقط — وهما آخر نقاط تواجدها العسكري خارج الاتحاد السوفييتي السابق.",
     # Talks on "وجود جنودنا" deployed at Hmeimim and Tartus: both active (the Wednesday).
     # Qamishli: forces "سحبت" earlier this week, only the two coastal bases left: withdrawn,
     # completed (the publication, or the Monday-Tuesday of that week).
     "gold": [gold(HM, "active", "2026-01-28"), gold(TA, "active", "2026-01-28"),
              gold(Q, "withdrawn", "2026-01-28", "2026-01-26", "2026-01-27")]},
    {"lang": "ar", "split": "held-out 25", "publisher": "فلسطين نيوز (felesteen.news; الجزيرة)", "published": "2026-01-28",
     # published: the page's own date (2026-01-28).
     "url": "https://felesteen.news/post/175161/%D8%A7%D9%84%D8%B4%D8%B1%D8%B9-%D9%8A%D8%B5%D9%84-%D9%85%D9%88%D8%B3%D9%83%D9%88-%D9%84%D8%A5%D8%AC%D8%B1%D8%A7%D8%A1-%D9%85%D8%A8%D8%A7%D8%AD%D8%AB%D8%A7%D8%AA-%D9%85%D8%B9-%D8%A8%D9%88%D8%AA%D9%8A%D9%86",
     "text": "وصل الرئيس السوري أحمد الشرع الأربعاء إلى العاصمة الروسية موسكو لإجراء محادثات ثنائية مع الرئيس الروسي فلاديمير بوتين، في ثاني زيارة رسمية له منذ توليه الرئاسة بعد سقوط نظام بشار الأسد في ديسمبر/كانون الأول 2024.\n\nوأوضح مدير مكتب الجزيرة في موسكو، زاور شوج، أن المحادثات ستتناول إعادة هيكلة الوجود الروسي في سوريا، بالإضافة إلى قضايا التعاون الاقتصادي وتبادل وجهات النظر بشأن الأوضاع الإقليمية.\n\nوتحافظ روسيا على وجود عسكري في قاعدة حميميم الجوية بطرطوس وقاعدة بحرية في اللاذقية، فيما أخلت الأسبوع الماضي قاعدة القامشلي في الحسكة بعد تواجد استمر منذ 2016.",
     # "تحافظ روسيا على وجود عسكري" at Hmeimim and a naval base (the text swaps the two
     # towns; the naval base is Tartus'): both active. Qamishli "أخلت الأسبوع الماضي":
     # withdrawn, completed (the publication, or a day of the week before; the week is not
     # narrowed). The restructuring talks are no entry. After the first run, "2026-01-01"
     # added: the sets' convention for "last week" is also its month at month precision
     # (as the test split's صدى البلد); the first run's figure was scored without it.
     "gold": [gold(HM, "active", "2026-01-28"), gold(TA, "active", "2026-01-28"),
              gold(Q, "withdrawn", "2026-01-28", "2026-01-19", "2026-01-20", "2026-01-21",
                   "2026-01-22", "2026-01-23", "2026-01-24", "2026-01-25", "2026-01-01")]},
    {"lang": "ar", "split": "held-out 25", "publisher": "ناو عربي (nowarabic.com)", "published": "2026-01-29",
     # published: not on the stored page; the Kremlin meeting of Wednesday 28 January 2026 told
     # as done: an estimate, the day after (the day itself is as right).
     "url": "https://nowarabic.com/%d8%a8%d9%88%d8%aa%d9%8a%d9%86-%d9%8a%d9%84%d8%aa%d9%82%d9%8a-%d9%82%d8%a7%d8%a6%d8%af-%d8%b3%d9%88%d8%b1%d9%8a%d8%a7-%d8%a7%d9%84%d8%ac%d8%af%d9%8a%d8%af-%d9%81%d9%8a-%d9%85%d9%88%d8%b3%d9%83%d9%88",
     "text": "التقى الرئيس الروسي فلاديمير بوتين الزعيم السوري أحمد الشرع في الكرملين في موسكو، حيث تناولت المحادثات مستقبل الدور العسكري الروسي في سوريا، في وقت تسعى فيه موسكو إلى تأمين موطئ قدم مستمر بعد إطاحة ائتلاف إسلامي بقيادة الشرع بالرئيس السابق بشار الأسد في ديسمبر ٢٠٢٤.\nوجاءت الزيارة وسط تقارير عن سحب روسيا قواتها من مطار القامشلي في شمال شرق سوريا، مع الإبقاء على قاعدتها الجوية الرئيسية في حميميم والمنشأة البحرية في طرطوس على الساحل المتوسطي. وقال مسؤولون سوريون إن الانسحاب من القامشلي فُسر في دمشق على أنه بادرة حسن نية وإشارة إلى أن موسكو لا ترغب في الانجرار إلى صدامات بين قوات الحكومة المركزية وقوات سوريا الديمقراطية ذات الغالبية الكردية، في وقت يسعى فيه الشرع إلى توسيع سلطة الدولة على كامل البلاد.",
     # "تقارير عن سحب روسيا قواتها من مطار القامشلي": a withdrawal reported under way (not
     # said completed): withdrawing. Hmeimim and Tartus kept ("مع الإبقاء"): active. The talks
     # on the "مستقبل" of the military role are no entry.
     "gold": [gold(Q, "withdrawing", "2026-01-29", "2026-01-28"),
              gold(HM, "active", "2026-01-29", "2026-01-28"),
              gold(TA, "active", "2026-01-29", "2026-01-28")]},
    {"lang": "ar", "split": "held-out 25", "publisher": "المشهد العربي (almashhadalaraby.com; Reuters)", "published": "2026-01-28",
     # published: the page's own date ("الأربعاء 28 يناير 2026").
     "url": "https://almashhadalaraby.com/amp/548585",
     "text": "الكرملين: بوتين والشرع سيبحثان مستقبل القوات الروسية في سوريا\nالأربعاء 28 يناير 2026 13:31:31\nقال الكرملين إن الرئيس الروسي فلاديمير بوتين ونظيره السوري أحمد الشرع سيبحثان الوجود العسكري الروسي في سوريا خلال لقائهما في موسكو اليوم الأربعاء.\nوذكر دميتري بيسكوف المتحدث باسم الكرملين إنهما سيتناولان أيضا التعاون الاقتصادي والوضع في الشرق الأوسط.",
     # Talks on "مستقبل القوات الروسية" and the presence in Syria, no base named: no entry.
     "gold": []},
    {"lang": "ar", "split": "held-out 25", "publisher": "كوردستان 24 (kurdistan24.net; Reuters)", "published": "2025-03-14",
     # published: not on the stored page; Reuters' story after Zakharova's words "يوم
     # الخميس" (13 March 2025) and the violence of "الأسبوع الماضي": an estimate, 14 March.
     "url": "https://www.kurdistan24.net/ar/story/829724/%D8%B3%D9%88%D8%B1%D9%8A%D9%88%D9%86-%D9%8A%D8%B9%D9%88%D8%AF%D9%88%D9%86-%D8%A5%D9%84%D9%89-%D9%85%D9%86%D8%A7%D8%B2%D9%84%D9%87%D9%85-%D8%A8%D8%B9%D8%AF-%D8%A7%D9%84%D9%81%D8%B1%D8%A7%D8%B1-%D8%A5%D9%84%D9%89-%D9%82%D8%A7%D8%B9%D8%AF%D8%A9-%D8%AC%D9%88%D9%8A%D8%A9-%D8%B1%D9%88%D8%B3%D9%8A%D8%A9",
     "text": "سوريون يعودون إلى منازلهم بعد الفرار إلى قاعدة جوية روسية\n\nأربيل (كوردستان 24)- بدأ بعض سكان الساحل السوري الذين لجأوا إلى قاعدة جوية روسية هرباً من أعمال قتل على أساس طائفي في العودة إلى قراهم المدمرة بينما لا يزال البعض الآخر داخل القاعدة خوفا على حياتهم.\nولجأ الآلاف إلى قاعدة حميميم الجوية بعد أعمال عنف اجتاحت منطقة الساحل السوري الأسبوع الماضي واستُهدفت خلالها بلدات وقرى ذات أغلبية علوية في هجمات أسفرت عن مقتل المئات.",
     # The Russian air base, Hmeimim, still sheltering some of those who fled: active (the
     # publication). Those returning home are civilians, not the force.
     "gold": [gold(HM, "active", "2025-03-14", "2025-03-13")]},
    {"lang": "ar", "split": "held-out 25", "publisher": "العرب (backup.alarab.co.uk)", "published": "2025-03-14",
     # published: the page's own date ("الجمعة 2025/03/14").
     "url": "https://backup.alarab.co.uk/%D8%A7%D9%84%D8%A2%D9%84%D8%A7%D9%81-%D9%85%D9%86-%D8%B9%D9%84%D9%88%D9%8A%D9%8A-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D9%8A%D8%AE%D8%B4%D9%88%D9%86-%D8%A7%D9%84%D8%B9%D9%88%D8%AF%D8%A9-%D8%A5%D9%84%D9%89-%D8%A7%D9%84%D8%AF%D9%8A%D8%A7%D8%B1",
     "text": "الآلاف من علويي سوريا يخشون العودة إلى الديار\n\nموسكو تعلن عن صدمتها من الأحداث التي تشهدها سوريا وتأمل في محاسبة المسؤولين عن العنف ومعاقبتهم.\n\nدمشق - يرفض الآلاف من الطائفة العلوية السورية العودة إلى ديارهم في الساحل، خشية على حياتهم، رغم مرور أيام على إعلان السلطات السورية إنهاء العملية العسكرية في المنطقة، وتعهدات الرئيس أحمد الشرع بمحاسبة مرتكبي الانتهاكات.\n\nوعلى وقع تلك الهجمات الدموية أجبر الآلاف من المدنيين على مغادرة المنطقة، فبعضهم لجأ إلى قاعدة حميميم الروسية، والبعض الآخر نزح إلى لبنان، فيما اختبأ الكثير منهم في الأحراش، من دون طعام أو شراب أو وسائل اتصال لليوم الخامس على التوالي.\n\nوأعلنت وزارة الخارجية الروسية الخميس، أنها فتحت أبواب قاعدتها العسكرية في حميميم أمام أكثر من 8 آلاف شخص فروا من أعمال العنف.",
     # Russia opened "قاعدتها العسكرية في حميميم" to those who fled (Thursday 13 March): active
     # (the publication, or the Thursday). The sheltered are civilians, not the force.
     "gold": [gold(HM, "active", "2025-03-14", "2025-03-13")]},
    {"lang": "ar", "split": "held-out 25", "publisher": "عرب خبر (arabkhabar.com; ISW)", "published": "2024-12-04",
     # published: the page's own date ("تاريخ النشر: 4th, December 2024").
     "url": "https://www.arabkhabar.com/a/3751377",
     "text": "سحب الأصول البحرية الروسية من قاعدتها في سوريا\nأوضح تقرير لمعهد الدراسات الحربية ISW أنه تم رصد دلائل “صور أقمار صناعية” على قيام روسيا بإخلاء السفن البحرية من قاعدتها البحرية في طرطوس في سوريا، في وقت أصبحت الفصائل المسلحة في حماة على بعد 80 كيلومترًا من المدينة الساحلية.\nويوجد حاليًا، لروسيا خمس سفن بحرية وغواصة متمركزة في طرطوس، تشمل فرقاطتين من فئة “غورشكوف”، وفرقاطة من فئة غريغوروفيتش، وسفينتي دعم، وغواصة من فئة كيلو المطورة”.\nوشوهدت إحدى هذه السفن، وهي سفينة الدعم “يلنيا”، تغادر طرطوس صباح يوم 2 ديسمبر، وتفيد المعلومات بأن بعض السفن الأخرى غادرت أيضًا.",
     # Ships taken out of the Tartus base (one seen leaving on 2 December, others reportedly),
     # the base still holding ships: reduced (as the eighth set read the same days' report;
     # the publication, or the 2nd).
     "gold": [gold(TA, "reduced", "2024-12-04", "2024-12-02")]},
    {"lang": "ar", "split": "held-out 25", "publisher": "Gulf News 24 (gulfnews24.net)", "published": "2024-12-12",
     # published: not on the stored page; Maxar's picture of 10 December, the fall "في نهاية
     # الأسبوع" and the Kremlin's words "يوم الأربعاء" (11 December 2024): an estimate.
     "url": "https://gulfnews24.net/صور-فضائية-تُظهر-انسحاب-البحرية-الروسية-من-القاعدة-السورية-بعد-سقوط-الأسد",
     "text": "أظهرت صور فضائية أن روسيا بدأت في سحب قواتها من قاعدتها البحرية في سوريا بعد سقوط حكومة الرئيس السوري بشار الأسد في نهاية الأسبوع، وفقًا للصور التي تم الحصول عليها عبر شركات متخصصة مثل “ماكسار تكنولوجيز” و”بلانيت لابز”.\nإحدى الصور التي نشرتها شركة “ماكسار تكنولوجيز” الأمريكية تظهر قاعدة طرطوس البحرية الروسية في غرب سوريا بتاريخ 10 ديسمبر 2024، وقد بدت خالية، بينما أظهرت صورة أخرى، تم التقاطها في 9 ديسمبر بواسطة “بلانيت لابز” في كاليفورنيا، وجود ثلاث سفن على الأقل من أسطول روسيا في البحر الأبيض المتوسط، بما في ذلك فرقاطتان مزودتان بالصواريخ وسفينة إمداد، كانت راسية على بعد حوالي 13 كيلومترًا شمال غرب طرطوس، ولم تتمكن الصور من تحديد أماكن بقية الأسطول.\nوفي يوم الأربعاء، أعلنت الكرملين أنه في تواصل مع القيادة السورية الجديدة بشأن وضع القواعد العسكرية الروسية في البلاد، مؤكدة أنها تراقب الوضع عن كثب نظرًا لأهمية هذه القواعد لمصالحها العسكرية.",
     # The naval units gone from the Tartus base (empty on 10 December, ships anchored
     # offshore): reduced, as the twelfth sealed set read another translation of the same
     # story (the picture's day, or the publication). The Kremlin's contacts on the bases'
     # "وضع", unnamed: no entry.
     "gold": [gold(TA, "reduced", "2024-12-12", "2024-12-10", "2024-12-11")]},
    # Russian ----------------------------------------------------------------------
    {"lang": "ru", "split": "held-out 25", "publisher": "Детали (detaly.co.il)", "published": "2025-03-08",
     # published: not on the stored page; the Telegram channel told of it "в субботу, 8 марта"
     # (2025): an estimate, that day.
     "url": "https://detaly.co.il/rossijskie-soldaty-otkryli-vorota-tysyachi-alavitov-ukrylis-ot-rezni-na-aviabaze-hmejnim",
     "text": "Российские солдаты открыли ворота: тысячи алавитов укрылись от резни на авиабазе «Хмейним»\n\nРоссийские солдаты на авиабазе «Хмейним», к югу от прибрежного города Латакии, открыли свои ворота, чтобы принять тысячи сирийцев (алавитов и христиан), которые укрылись там от людей Абу Мухаммада аль-Джулани.\n\nОб этом рассказал в субботу, 8 марта, осведомленный Telegram-канал «Абу-Али», по информации сирийских социальных сетей.",
     # Russian soldiers at the base opening its gates, sheltering people: active (the
     # refugees are not the force). The day told, 8 March, or the day before.
     "gold": [gold(HM, "active", "2025-03-08", "2025-03-07")]},
    {"lang": "ru", "split": "held-out 25", "publisher": "Хартия 97 (charter97.org)", "published": "2024-12-14",
     # published: the page's own date ("14 декабря 2024, суббота") and its address.
     "url": "https://charter97.org/ru/news/2024/12/14/622565",
     "text": "Бегство российских войск из Сирии получило доказательства\n\nИнтересные данные со спутников.\n\nСогласно анализу спутниковых снимков и оценке украинской разведки, Россия, похоже, выводит часть своих войск, базирующихся в Сирии, после внезапного падения режима диктатора Башара Асада.\n\nОб этом сообщают Financial Times.\n\nКак отмечается, снимки военных баз от Maxar Technologies и Planet Labs свидетельствуют, что на авиабазу Хмеймим прибыли грузовые самолеты Ан-124 (крупнейшие в мире грузовые самолеты, которые способны перевозить до 150 тонн груза), три транспортных самолета Ил-76, а также грузовые самолеты более мелких моделей - три Ан-32 и один Ан-72.\n\nУ самолетов открытые носовые отсеки для приема тяжелого оборудования.\n\nКроме того, на базе был замечен демонтаж российских вертолетов и средств противовоздушной обороны.",
     # Cargo planes open to load, helicopters and air defence dismantled at Hmeimim, "похоже,
     # выводит часть своих войск" (hedged): withdrawing, as the sets before read the images of
     # 13 December. Ships off the coast: no base named, no entry.
     "gold": [gold(HM, "withdrawing", "2024-12-14", "2024-12-13")]},
    {"lang": "ru", "split": "held-out 25", "publisher": "Медуза (meduza.io)", "published": "2025-10-30",
     # published: the date in the page's address.
     "url": "https://meduza.io/news/2025/10/30/rossiya-vozobnovila-polety-na-aviabazu-hmeymim-eto-proizoshlo-posle-vizita-v-moskvu-novogo-siriyskogo-lidera-ahmeda-ash-sharaa",
     "text": "Российские военные самолеты возобновили полеты на авиабазу Хмеймим в Сирии на фоне восстановления отношений между двумя странами после свержения бывшего сирийского президента Башара Асада, сообщает Bloomberg.\n\nПо данным сервиса Flightradar24, 26 октября российский военный транспортный самолет Ил-62М прилетел из Ливии в сирийскую Латакию (там находится база Хмеймим — прим. «Медузы»), а затем отправился в Подмосковье. С 24 по 29 октября тяжелый грузовой самолет Ан-124-100 «Руслан» трижды выполнял рейсы на базу.\n\nАнонимный источник Bloomberg, близкий к Кремлю, подтвердил, что Россия возобновляет авиасообщение. Агентство отмечает, что российские военные самолеты не летали на базу Хмеймим около полугода.\n\nРоссия использовала авиабазу Хмеймим и порт в Тартусе для расширения своего военного присутствия на Ближнем Востоке и в Африке, отмечает Bloomberg.",
     # Russian military flights to Hmeimim resumed: the base in use, active (as the sets
     # before read Bloomberg's report). Tartus only in the past tense ("использовала"): no entry.
     "gold": [gold(HM, "active", "2025-10-30", "2025-10-26", "2025-10-24", "2025-10-29")]},
    {"lang": "ru", "split": "held-out 25", "publisher": "Ведомости", "published": "2025-10-16",
     # published: the page's own date and its address.
     "url": "https://www.vedomosti.ru/politics/news/2025/10/16/1147344-kreml-ne-raskril",
     "text": "Кремль не раскрыл, решилась ли судьба военных баз в Сирии на переговорах\nТема судьбы российских военных баз в Сирии фигурировала в повестке переговоров президента РФ Владимира Путина с временным лидером Сирии Ахмедом аш-Шараа. Об этом сообщил пресс-секретарь главы государства Дмитрий Песков в ходе брифинга. Другие подробности он не раскрыл.\nВстреча Путина и аш-Шараа прошла в Москве 15 октября. Вице-премьер Александр Новак после переговоров говорил, что стороны обсудили вопросы гуманитарных поставок в Сирию, взаимодействие в сфере туризма, поставок пшеницы и медикаментов.\nПосле протокольной части переговоры продолжились в закрытом режиме. Песков сообщал, что на встрече планируют затронуть функционирование российских военных баз в Тартусе и Хмеймиме.",
     # The bases' "судьба" alone would be no entry; but the talks were to touch on "the
     # functioning of Russia's military bases in Tartus and Hmeimim", named: the talks
     # convention (as the twenty-second set's "use" of Tartus), both active, at the
     # publication or the talks of 15 October. A judgement call.
     "gold": [gold(HM, "active", "2025-10-16", "2025-10-15"),
              gold(TA, "active", "2025-10-16", "2025-10-15")]},
    {"lang": "ru", "split": "held-out 25", "publisher": "Интерфакс", "published": "2025-10-15",
     # published: the page's own date ("Москва. 15 октября. INTERFAX.RU").
     "url": "https://www.interfax.ru/russia/1052749",
     "text": "Путин и аш-Шараа на встрече затронут тему судьбы военных баз в Сирии\n\nМосква. 15 октября. INTERFAX.RU - Судьба российских военных баз в Сирии так или иначе будет обсуждаться на встрече президента РФ Владимир Путина с сирийским президентом переходного периода Ахмедом аш-Шараа в среду, сообщил пресс-секретарь главы государства Дмитрий Песков.\n\n\"Очевидно, что так или иначе будет затрагиваться (тема) в ходе беседы с президентом. Да, это можно ожидать\", - сказал Песков журналистам, отвечая на вопрос, планируется ли на встрече Путина с аш-Шараа обсуждать судьбу российских военных баз в Сирии.",
     # Talks to come on the "судьба" of bases left unnamed: no entry.
     "gold": []},
    {"lang": "ru", "split": "held-out 25", "publisher": "Общественная служба новостей (osnmedia.ru)", "published": "2024-12-16",
     # published: the page's own date ("16 декабря 2024, 12:34").
     "url": "https://www.osnmedia.ru/politika/peskov-budushhee-rossijskih-voennyh-baz-v-sirii-opredelitsya-v-hode-dialoga/amp",
     "text": "Песков: будущее российских военных баз в Сирии определится в ходе диалога\n\nОкончательного решения о российских военных базах в Сирии пока нет, их будущее определится в результате диалога. Об этом на брифинге в понедельник, 16 декабря, заявил пресс-секретарь президента РФ Дмитрий Песков.\n\n«Мы осуществляем контакты с представителями тех сил, которые сейчас контролируют ситуацию в стране, и все это будет определяться в ходе диалога», — пояснил представитель российской администрации.\n\nУ России есть две военные базы в Сирии: военно-морская база в Тартусе и авиабаза Хмеймим. Они считаются одними из наиболее стратегически важных форпостов для Кремля. После смены руководства в стране российские власти вступили в переговоры с целью сохранить объекты.\n\nРанее новые власти Сирии сообщили об отводе РФ части солдат из Дамаска.",
     # "У России есть две военные базы в Сирии: ... в Тартусе и авиабаза Хмеймим", and talks
     # to keep them (named just before): both said to be Russia's now, active. The bases'
     # "будущее" is no entry; the soldiers drawn back from Damascus: a city, no entry.
     "gold": [gold(TA, "active", "2024-12-16"), gold(HM, "active", "2024-12-16")]},
    {"lang": "ru", "split": "held-out 25", "publisher": "Национальная служба новостей (nsn.fm)", "published": "2024-12-13",
     # published: not on the stored page; FSNN's report of the Il-76s landing, which other
     # pages date to Friday 13 December 2024, and the Washington Post's analysts of the same
     # days: an estimate, that day (12 to 14).
     "url": "https://nsn.fm/in-the-world/smi-rossiiskie-il-76-prizemlilis-na-aviabaze-hmeimim-v-sirii?utm_referrer=https%3A%2F%2Fdzen.ru%2Fnews%2Finstory%2F79c16436-a817-5dfa-80c2-a183300a1592",
     "text": "СМИ: Российские Ил-76 приземлились на авиабазе Хмеймим в Сирии\nНесколько военно-транспортных самолетов Ил-76 прибыли на российскую авиабазу Хмеймим в сирийской провинции Латакия, сообщили местные СМИ.\nИнформацию о посадке подтвердил ресурс Free Syria News Network (FSNN), уточнив, что самолеты доставили груз на территорию аэропорта.\nРанее стало известно о переговорах России с новыми сирийскими властями по вопросу сохранения военных объектов в Хмеймиме и Тартусе. Сообщается, что Москва достигла неформального соглашения с группировкой «Хайат Тахрир аш-Шам» (признана в России террористической и запрещена), что позволяет российским силам продолжить работу на базах.\nАналитики, на которых ссылается газета The Washington Post, заявили, что вывод российских войск с объектов в Сирии не фиксируется. Военное присутствие, по их данным, сохраняется на прежнем уровне, передает «Радиоточка НСН».",
     # Il-76s landing with cargo at the Russian base, no withdrawal seen, the presence kept
     # "на прежнем уровне": Hmeimim active. Talks to keep the facilities "в Хмеймиме и
     # Тартусе", an informal deal for the forces to go on working at the bases: the talks
     # convention, Tartus active too.
     "gold": [gold(HM, "active", "2024-12-13", "2024-12-12", "2024-12-14"),
              gold(TA, "active", "2024-12-13", "2024-12-12", "2024-12-14")]},
    {"lang": "ru", "split": "held-out 25", "publisher": "press.lv (Deutsche Welle)", "published": "2024-12-10",
     # published: not on the stored page; DW's experts after Peskov's words "в понедельник, 9
     # декабря" (2024): an estimate, the day after (9 to 11).
     "url": "https://press.lv/post/posle-asada-chto-budet-s-voennymi-bazami-rossii-v-sirii",
     "text": "После Асада: что будет с военными базами России в Сирии?\n\nПобеда сирийской исламистской оппозиции и бегство в Россию президента Башара Асада поставили вопрос о сохранении двух российских военных баз в Сирии. Морской пункт в Тартусе наиболее ценен. Есть ли у РФ чем его заменить?\n\nЛишится ли Россия двух своих военных баз в Сирии  после победы там повстанцев-исламистов и бегства президента Башара Асада в РФ? Этот вопрос открытый, быстрое решение не просматривается, считают опрошенные DW эксперты.\n\nПресс-секретарь российского президента Дмитрий Песков заявил в понедельник, 9 декабря, что говорить об этом \"преждевременно\". Российские СМИ сообщали, что пришедшие к власти в Сирии исламисты, во главе с суннитской радикальной группировкой \"Хайят Тахрир аш-Шам\", гарантировали Москве безопасность военных баз - морской в Тартусе и авиабазы в Хмеймиме.",
     # "двух своих военных баз", the security of "военных баз - морской в Тартусе и авиабазы в
     # Хмеймиме" guaranteed to Moscow: both said to be Russia's now, active. Whether Russia
     # will lose them is the open question: no entry.
     "gold": [gold(TA, "active", "2024-12-10", "2024-12-09", "2024-12-11"),
              gold(HM, "active", "2024-12-10", "2024-12-09", "2024-12-11")]},
    {"lang": "ru", "split": "held-out 25", "publisher": "Коммерсантъ", "published": "2026-01-26",
     # published: not on the stored page; Reuters' report of Monday 26 January 2026, and Syria
     # TV's word "сегодня" of Sharaa's visit on 28 January: an estimate, that Monday.
     "url": "https://www.kommersant.ru/doc/8378533",
     "text": "Россия начала вывод военных сил из аэродрома в Камышлы на северо-востоке Сирии, к которому Москва имеет доступ с 2019 года, сообщает Reuters со ссылкой на сирийские источники. По словам собеседников агентства, вывод проходит постепенно: часть подразделений перебрасывается на авиабазу Хмеймим на западе страны, куда перевозят военную технику и тяжелое вооружение, другие воинские формирования возвращаются в Россию.\n\nReuters отмечает, что российские флаги по-прежнему развеваются над аэродромом. На взлетно-посадочной полосе находятся два самолета с российскими опознавательными знаками.",
     # A withdrawal from Qamishli begun, gradual, flags still up: withdrawing. Hmeimim, where
     # the units and equipment go: no entry from the move alone.
     "gold": [gold(Q, "withdrawing", "2026-01-26", "2026-01-27")]},
    {"lang": "ru", "split": "held-out 25", "publisher": "Реальное время (realnoevremya.ru)", "published": "2026-01-26",
     # published: not on the stored page; Sharaa's meeting with Putin "в среду" (28 January
     # 2026) and Reuters' report of 26 January: an estimate, 26 January (or the 27th).
     "url": "https://realnoevremya.ru/news/379552-prezident-sirii-posetit-moskvu-dlya-peregovorov-s-vladimirom-putinym",
     "text": "Президент Сирии посетит Москву для переговоров с Владимиром Путиным\nПараллельно с новостью о визите стало известно о начале вывода российских военных сил с аэродрома в Камышлы на северо-востоке Сирии\nПрезидент Сирии на переходный период Ахмед аш-Шараа запланировал визит в Москву. Как сообщает телеканал Syria TV, встреча с российским лидером Владимиром Путиным состоится в среду.\nПараллельно с новостью о визите стало известно о начале вывода российских военных сил с аэродрома в Камышлы на северо-востоке Сирии. По данным агентства Reuters, ссылающегося на сирийские источники, процесс осуществляется поэтапно. Часть подразделений перемещается на авиабазу Хмеймим в западной части страны вместе с военной техникой и тяжелым вооружением, другие формирования возвращаются в Россию. При этом источники отмечают, что российские флаги продолжают развеваться над аэродромом.",
     # The withdrawal from Qamishli begun, step by step: withdrawing. Hmeimim, where units
     # go: no entry from the move alone.
     "gold": [gold(Q, "withdrawing", "2026-01-26", "2026-01-27")]},
    {"lang": "ru", "split": "held-out 25", "publisher": "Ведомости", "published": "2026-01-28",
     # published: the date in the page's address (the visit "28 января").
     "url": "https://www.vedomosti.ru/politics/articles/2026/01/28/1172186-s-kakoi-tselyu-siriiskii-lider-ahmed-ash-sharaa-letit-v-moskvu",
     "text": "С какой целью сирийский лидер Ахмед аш-Шараа летит в МосквуЕго визит совпал с выводом российских военных с северо-востока Сирии\nВременный президент Сирии Ахмед аш-Шараа 28 января посетит с официальным визитом Москву и проведет там переговоры с российским президентом Владимиром Путиным, передают сирийские телеканалы Syria TV и Sham TV.\nПредыдущий раз аш-Шараа провел переговоры с Путиным в Москве 15 октября 2025 г. Тогда российская сторона подтвердила свою позицию о необходимости сохранения суверенитета и территориальной целостности Сирии, а также обещала принять участие в восстановлении страны. Сирийский лидер, в свою очередь, обещал соблюдать все существующие российско-сирийские соглашения, особенно в части сохранения российского военного присутствия на базе ВМФ в Тартусе и на авиабазе «Хмеймим» у г. Латакии на берегу Средиземного моря.",
     # The withdrawal "с северо-востока Сирии" names no facility: no entry. Sharaa's promise
     # to honour the agreements "в части сохранения российского военного присутствия на базе
     # ВМФ в Тартусе и на авиабазе «Хмеймим»": a presence at named bases, not ended (as the
     # twenty-first set's agreements on "its bases in Hmeimim and Tartus"), both active at
     # the publication. A judgement call: the promise is of October, the presence now.
     "gold": [gold(TA, "active", "2026-01-28"), gold(HM, "active", "2026-01-28")]},
    {"lang": "ru", "split": "held-out 25", "publisher": "tw18.520baby.info (one of several mirrors of the same news site)", "published": "2024-12-20",
     # published: the page's own date ("20 декабря 2024").
     "url": "https://tw18.520baby.info/news/64046-putin_zajavil_chto_boljchinstvo_sirijskih_gruppirovok_vystupajut_za_sohranenie_rossijskih_baz",
     "text": "Путин заявил, что большинство сирийских группировок выступают за сохранение российских баз\n20 декабря 2024\n«Подавляющее большинство» сирийских группировок, взявших контроль над Дамаском, предлагают России сохранить свои военные базы, утверждает Путин.\nПо его словам, «мы должны обдумать» это предложение.\nОн заявил, что Москва предложила задействовать две российские базы для доставки гуманитарной помощи в Сирию, и «это было понято» новой сирийской властью.",
     # Proposals to keep bases left unnamed, a plan to use "две российские базы" for aid, no
     # base named: no entry. (The page's mirrors on other domains carry the same text; only
     # this one is entered.)
     "gold": []},
]
