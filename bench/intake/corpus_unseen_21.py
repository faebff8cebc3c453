"""The twenty-first held-out set of the intake evaluation (see `bench.intake.corpus`).

Assembled on 2026-12-03 (evening) from the stored pages of the `search` tool (corpus
`pages`, queries in English, Arabic and Russian), with nothing under `tracker/` changed since
main's head (f6de930, the named-bases rule); none of its URLs is in another split (checked
against the `url` lines of every corpus file, percent-decoded, a stored URL that is a prefix
of a new one, or the other way round, counting as the same page; "www." and "m." were
dropped before comparing, so a mirror on a bare host counts as the same page too). The
stored pages are saturated: of about 210 candidate URLs checked, about 105 were in a split
already, and most of the rest were of 2016-2021 (patrols, Ain Issa, Tabqa, Tartus calls),
in other languages (Ukrainian, Bulgarian, Turkish), named no facility, or retold a story
the corpus holds. 24 reports (8 English, 8 Arabic, 8 Russian). Publishers no other split
cites: B92, dayfr (Opex360), آكتر, سوريا اليوم, DW's Russian service (a mirror),
Vesti.az, ВЗГЛЯД, US Russki News, an unnamed outlet on an appspot mirror; the others (TASS,
The Moscow Times, The Jerusalem Post, Tesaa World, News-Pravda, كوزال نت, الشرق الأوسط,
العربي الجديد, المنار, دمشق بوست, إيست نيوز, Обозреватель, НГ, news.ru) are cited before
under other addresses. Moments the sets before had little of: the drone attack on Hmeimim
of 18 February 2025, Hmeimim's refugees asked to leave in March 2025, Qamishli reinforced
from Hmeimim (March and July-August 2025), TASS's "not terminating the agreements" of 27
December 2024, the Bogdanov and Yevkurov delegations in Damascus (January 2025, February
2026), the Tartus evacuation diverted to Hmeimim's aircraft (January 2025), a denial that
ships left Tartus (early December 2024). Honestly, several are retellings of stories the
corpus holds through other outlets: سوريا اليوم retells Syria TV's Qamishli report (البيان
holds it), آكتر and B92 the Maxar images and the flights to Libya of December 2024, dayfr's
Opex360 piece Crosetto's statement (الغد نيوز holds it), jpost's piece of 28 January 2026
and دمشق بوست the Qamishli withdrawal, Обозреватель Bloomberg's "informal understanding",
vesti.az the drone attack (kompromat1 holds it in Russian), and إيست نيوز and news.ru tell
the same TASS source in two languages. Many dates are estimates from the text, each said
in a comment (Tesaa World's, mid-April 2025, is the weakest). Each excerpt is as the search
gave the stored page, cut to the paragraphs the entries need (never inside a sentence).
Every entry was written down by hand from the text and committed before the pipeline first
ran on these reports; that first run is to be recorded in BENCHMARKS.md by the lead.

Conventions of the sets before are kept: a base the report says is there now is active at
the publication date; a base the report says is kept or not left is active and must never
be proposed as left; talks for Russia's forces to remain at a named base are active, and so
is a named base said to be Russia's (talks on the "fate" of named bases are no entry:
gold.py, settled after this set's first run, which read them as active); a plan,
a wish, a hope or a condition to keep a base is no entry; ships leaving Tartus make it
reduced; equipment flown or shipped out of a base for an evacuation makes it withdrawing;
a base a move goes to is not entered from the move alone; people sheltering at a base make
it active, and civilians asked to leave it are not the force leaving; a city a column
leaves (Damascus) and Libyan bases are no entry; a report that names no facility has no
entry.
"""

from bench.intake.gold import HM, Q, TA, gold

UNSEEN_21_REPORTS = [
    # English --------------------------------------------------------------------------
    {"lang": "en", "split": "held-out 21", "publisher": "Tesaa World (Erem News)", "published": "2025-04-15",
     # published: not on the stored page; after the reinforcements "in March" (2025) it
     # reports as past: a weak estimate, mid-April 2025.
     "url": "https://www.tesaaworld.com/en/news/russian-suspicious-activities-at-qamishli-airport",
     "text": "Russian movements raising suspicions at Qamishli Airport.\n\nThe website \"Erem News\" reported, citing special sources, intense Russian movements in the Qamishli area in northeastern Syria, which is under the control of the Syrian Democratic Forces (SDF). Russian activities have focused around the Qamishli military airport as part of Moscow's efforts to establish communication with former Syrian regime officers who fled to SDF-controlled areas after the fall of the Assad regime.\nAccording to sources, the Russian side is relying on civilian intermediaries who previously worked with Russian forces at the airport to communicate with former officers (not soldiers) who refused to reconcile with the new Syrian government or are skeptical about Damascus accepting their settlement due to their involvement in violations against civilians.\nThe sources clarified that this communication is not direct, and its nature or ultimate goal has not yet been revealed, whether it aims to employ these officers as guards for the military base or to use them in roles beyond the airport's geographical scope.\nIn a related context, sources reported that Russia transferred military reinforcements to the Qamishli airport in March, including military equipment and soldiers who arrived by air from the Hmeimim base, in addition to enhancing security and surveillance measures around the airport, a step not seen in the region since the fall of the Syrian regime.\nRussian military cargo planes continue to arrive at Hmeimim, with the latest being an Ilyushin 76 aircraft, amidst strict secrecy about their cargo contents and whether some are destined for Qamishli.\nSources suggest that these steps may be part of a Russian plan to strengthen its presence at the airport, either to bolster its negotiating position with the interim Syrian government or to prepare for broader scenarios, possibly involving a more permanent Russian presence.",
     # "transferred military reinforcements to the Qamishli airport in March": reinforced
     # (the month, or the publication). Hmeimim, where the soldiers came from, is not left;
     # "cargo planes continue to arrive at Hmeimim": active. The "plan to strengthen its
     # presence" is a plan: no entry of its own.
     "gold": [gold(Q, "reinforced", "2025-03-01", "2025-04-15"),
              gold(HM, "active", "2025-04-15")]},
    {"lang": "en", "split": "held-out 21", "publisher": "B92 (English)", "published": "2024-12-24",
     # published: the page's own date (24.12.2024).
     "url": "https://b92.net/english/world/88886/the-russians-are-transferring-military-equipment-from-syria-to-libya/vest",
     "text": "The Russians have been exposed: A major action has begun; Satellite images revealed everything PHOTO\nThe Russians have begun transferring equipment and technology from the Khmeimim air base in Syria to Libya's Al Jufra airport, which could mean that Libya will become the new focus of foreign operations for Russian forces.\nAfter the fall of Bashar al-Assad's regime, the number of Russian aviation air transports from Syria to Libya increased sharply.\nAccording to Maxar satellite images, a large number of Russian IL-76 transport aircraft have been flown to the Al Jufra military airport. Russian forces have a large number of aircraft stationed at Al Jufra airport, which is in the territory controlled by Khalifa Haftar's forces.\nIt is from this airport that Russian forces provide support to Haftar's forces, and the supply of all Russian forces in Africa is also carried out through this airport.",
     # "begun transferring equipment and technology from the Khmeimim air base ... to
     # Libya": withdrawing (as the seventeenth set reads equipment flown from Hmeimim to
     # Libya). Al Jufra is in Libya: no entry.
     "gold": [gold(HM, "withdrawing", "2024-12-24")]},
    {"lang": "en", "split": "held-out 21", "publisher": "TASS", "published": "2025-10-15",
     # published: the page's own date.
     "url": "https://tass.com/politics/2029983",
     "text": "MOSCOW, October 15. /TASS/. President Vladimir Putin will discuss Russian military bases located in Syria during talks with the republic’s interim leader Ahmed al-Sharaa, Kremlin Spokesman Dmitry Peskov said at a briefing in response to a question from TASS.\n\n\"It is obvious that [the topic] will be raised during the conversation in one way or another. Yes, you can expect that,\" he stated.\n\nRussia maintains two military facilities in Syria — a naval logistics base in the port city of Tartus and the Khmeimim Airbase near the city of Jableh in the Latakia province. On December 19, 2024, President Vladimir Putin announced that Moscow had proposed using these bases to deliver humanitarian aid to Syria.\n\nOn December 27, a TASS source reported that the new Syrian authorities did not intend to terminate the agreements allowing Russia to operate the bases in Latakia and Tartus in the foreseeable future.",
     # "Russia maintains two military facilities in Syria — a naval logistics base in ...
     # Tartus and the Khmeimim Airbase": both active. The talks to come, the aid proposal of
     # December 2024 and the source of 27 December are background.
     "gold": [gold(TA, "active", "2025-10-15"),
              gold(HM, "active", "2025-10-15")]},
    {"lang": "en", "split": "held-out 21", "publisher": "The Moscow Times", "published": "2025-02-18",
     # published: the page's own date.
     "url": "https://www.themoscowtimes.com/2025/02/18/russian-air-base-in-syria-attacked-by-drones-reports-a88057",
     "text": "Unidentified drones attacked a Russian-controlled air base in Syria overnight, Iran-linked media reported early Tuesday, as Moscow seeks to maintain its military presence following the ouster of its closest ally in the region.\n\n“Anti-aircraft guns inside the Russian-controlled Hmeimim air base in Syria are intercepting unidentified drones flying over the Russian base,” wrote Sabereen News, a media outlet affiliated with Iran-backed militias in Iraq.\n\nA 17-second video accompanying that report showed three explosions in the distance, followed by the sounds of air defense systems firing into the sky.\n\nIt was not immediately possible to verify the video. Sabereen News is known for spreading disinformation for various purposes, including discrediting Iraqi officials and spreading anti-U.S. sentiment.\n\nOleg Blokhin, a pro-war blogger who has previously reported on the Russian military’s operations in Syria, claimed without evidence that the attack was carried out by the Islamist group Hayat Tahrir al-Sham, which currently holds power in Syria.\n\nBlokhin said the drone attack on Hmeimim began around 2:30 a.m. local time and lasted more than an hour. He claimed Russia’s Pantsir missile system repelled the strike.\n\nNeither Russian nor Syrian authorities have confirmed the reports.",
     # A "Russian-controlled Hmeimim air base" whose air defences fire at drones, an attack
     # on it: active (the report's day; "overnight", "early Tuesday" are that day).
     "gold": [gold(HM, "active", "2025-02-18")]},
    {"lang": "en", "split": "held-out 21", "publisher": "The Jerusalem Post (The Media Line)", "published": "2025-03-16",
     # published: not on the stored page; after Zakharova's figure of about 9,000 (her
     # briefing of 13 March 2025) and the photo of 11 March: an estimate.
     "url": "https://jpost.com/middle-east/article-846625",
     "text": "Russia urges Syrians sheltering at Hmeimim air base to leave\n\nAlawites seeking asylum headed towards the Russian air base earlier in March. Russia has distanced itself from the responsibility of protecting the civilians who turned to its base for safety.\n\nThis aerial picture shows cars queing as civilians take refuge from violence at the Hmeimim Russian base in Syria's Latakia Mediterranean province on March 11, 2025. (photo credit: OMAR HAJ KADOUR/AFP via Getty Images)\n\nMoscow has called on Syrians seeking refuge at the Russian Hmeimim air base in Syria’s coastal region to leave the area as soon as possible, citing a lack of resources to ensure their protection.\n\nThose seeking refuge there are fleeing recent violent clashes that escalated into massacres against Alawite civilians by factions affiliated with the Syrian government and its supporters.\n\nBetween March 6 and 10, intense violence in Syria’s coastal region forced thousands of people, particularly from the Alawite sect, to flee. An estimated 1,064 Alawite civilians and seven Christians have been killed so far.\n\nIn search of asylum, some crossed into Lebanon, and others headed toward the Russian air base.\n\nRussian Foreign Ministry spokesperson Maria Zakharova said that Hmeimim air base had received around 9,000 displaced Syrians, most of them women and children, seeking safety from the violence.",
     # Civilians sheltering at "the Russian Hmeimim air base", which "had received around
     # 9,000": active (the report's day, or the photo's 11 March). Civilians asked "to leave
     # the area" are not the force leaving.
     "gold": [gold(HM, "active", "2025-03-16", "2025-03-11")]},
    {"lang": "en", "split": "held-out 21", "publisher": "The Jerusalem Post (Reuters)", "published": "2026-01-28",
     # published: not on the stored page; Sharaa's Kremlin talks "on Wednesday" (28 January
     # 2026, his second visit): an estimate, that day.
     "url": "https://www.jpost.com/middle-east/article-884842",
     "text": "Russian President Vladimir Putin met his Syrian counterpart, Ahmed al-Sharaa, in the Kremlin on Wednesday for talks that were set to include the sensitive issue of Russia's future military presence in Syria, sources on both sides said.\nReuters reported this week that Russia was withdrawing forces from Qamishli airport in northeast Syria, although it was expected to maintain its larger Hmeimim air base and Tartous naval facility on Syria's Mediterranean coast.\nA Syrian foreign ministry source said the move by Moscow was interpreted in Damascus as a gesture aimed at building goodwill and signaling that Russia would not be drawn into fighting between Syrian government forces and the Kurdish-led Syrian Democratic Forces as Sharaa attempts to assert central authority over the entire country.\nPutin praised Syrian al-Sharaa on Wednesday for increasing momentum towards restoring the territorial integrity of the Arab Republic after Syrian troops took swathes of territory from Kurdish forces.",
     # "withdrawing forces from Qamishli airport" (this week: the report's day, or Monday 26
     # January of Reuters' report): withdrawing. "expected to maintain its larger Hmeimim air
     # base and Tartous naval facility": both active (as "expected to maintain" in the sets
     # before), never left.
     "gold": [gold(Q, "withdrawing", "2026-01-28", "2026-01-26"),
              gold(HM, "active", "2026-01-28"),
              gold(TA, "active", "2026-01-28")]},
    {"lang": "en", "split": "held-out 21", "publisher": "dayfr (Opex360)", "published": "2024-12-23",
     # published: not on the stored page; after Putin's press conference "on December 19"
     # and Crosetto's interview in la Repubblica: an estimate.
     "url": "https://euro.dayfr.com/trends/2678655.html",
     "text": "During a press conference given on December 19, Russian President Vladimir Putin estimated that the change of regime in Syria should not be seen as a “defeat” for Russia, despite the possible loss of the military port. of Tartous and the Hmeimim air base.\n“We came to Syria ten years ago to prevent a terrorist enclave from being created there, like in Afghanistan. Overall, we achieved our goal. It is not for nothing that, today, many European countries and the United States wish to establish relations with the new Syrian leaders,” argued the head of the Kremlin. Should we have understood that the former Syrian president, Bashar al-Assad, was no longer “useful” to Moscow’s designs?\nIn any case, in recent months, Moscow has increased contacts with Marshal Khalifa Haftar, the strong man of eastern Libya, where a “government of national stability”, rival to that established in Tripoli, intends to exercise its control. on Cyrenaica and Fezzan, with the support of the Libyan National Army [ANL].\nShortly after the fall of Bashar al-Assad, Russia began to transfer “resources from its Syrian base in Tartous to Libya,” said Guido Crosetto, the Italian Minister of Defense, in an interview with the daily newspaper la Repubblica. And, according to Pentagon sources cited by the Wall Street Journal, S400 and S300 air defense systems have been redeployed on Libyan soil.",
     # "Russia began to transfer 'resources from its Syrian base in Tartous to Libya'":
     # withdrawing (begun, undated: the report's day). "the possible loss of the military
     # port. of Tartous and the Hmeimim air base" is an open question: no entry.
     "gold": [gold(TA, "withdrawing", "2024-12-23")]},
    {"lang": "en", "split": "held-out 21", "publisher": "News-Pravda (Syria, English)", "published": "2025-01-28",
     # published: the date in the page's address.
     "url": "https://syria.news-pravda.com/en/world/2025/01/28/17847.html",
     "text": "The Russian delegation has arrived in Damascus for the first time since the change of power in Syria. It includes Deputy Foreign Minister Mikhail Bogdanov and special presidential envoy Alexander Lavrentiev, RIA Novosti...\nThe Russian delegation has arrived in Damascus for the first time since the change of power in Syria. It includes Deputy Foreign Minister Mikhail Bogdanov and special presidential envoy Alexander Lavrentiev, RIA Novosti reported.\nThere are two Russian military bases in the country. In 2017, Moscow agreed with the government of Bashar al-Assad to use them for 49 years.",
     # A delegation in Damascus; "two Russian military bases in the country" with none
     # named: no entry.
     "gold": []},
    # Arabic ---------------------------------------------------------------------------
    {"lang": "ar", "split": "held-out 21", "publisher": "كوزال نت (UAWire)", "published": "2025-01-11",
     # published: not on the stored page; the ship off the coast since "الخامس من يناير"
     # (2025) and not let in (UAWire's report of about 10 January): an estimate.
     "url": "https://guzelo.net/amp/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/%d8%b3%d9%88%d8%b1%d9%8a%d8%a7/%d8%a7%d9%84%d8%ad%d9%83%d9%88%d9%85%d8%a9-%d8%a7%d9%84%d8%b3%d9%88%d8%b1%d9%8a%d8%a9-%d8%a7%d9%84%d8%ac%d8%af%d9%8a%d8%af%d8%a9-%d8%aa%d8%ad%d8%b8%d8%b1-%d8%b1%d9%88%d8%b3%d9%8a%d8%a7-%d9%85%d9%86",
     "text": "تعرضت جهود روسيا لإجلاء وجودها العسكري من سوريا واجهت عقبة حرجة بعد رفض منحها إذن الوصول إلى ميناء طرطوس من قبل الحكومة السورية الجديدة.\nوفقًا لما نقله وترجمه فريق تحرير منصة كوزال نت، ذكر تقرير نشره موقع “UAWire“، أن الحكومة السورية الجديدة أوقفت عمليات روسيا في ميناء طرطوس.\nالحكومة السورية الجديدة تكشر عن أنيابها نحو الدب الروسي “الحليف السابق لنظام الأسد”\nوأضاف المصدر أن سفينة الشحن الروسية “سبارتا II”، التي انطلقت من منطقة كالينينغراد الروسية في ديسمبر/كانون الأول 2024، وصلت إلى السواحل السورية في الخامس من يناير/كانون الثاني 2025، لكن لم يُسمح لها بالرسو في ميناء طرطوس.\nيُعتبر ميناء طرطوس ذا أهمية استراتيجية لموسكو، حيث يحتضن القاعدة البحرية الروسية الوحيدة خارج حدودها. ومع ذلك، يُعتقد أن رفض الإذن يرجع جزئيًا إلى تورط السفينة في أنشطة خاضعة للعقوبات، مثل نقل معدات عسكرية من القرم إلى سوريا.\nتم تحويل جهود الإجلاء إلى العمليات الجوية\nووفقاً للموقع فإن جهود الإجلاء العسكري في ميناء طرطوس دفعت روسيا إلى سحب أفرادها وممتلكاتها الصغيرة عبر عمليات جوية باستخدام قاعدة حميميم الجوية.",
     # "جهود الإجلاء العسكري في ميناء طرطوس" (the military evacuation at Tartus port, its
     # ship kept out): withdrawing, where the port "hosts" the base is the force still there
     # while it leaves; "سحب أفرادها وممتلكاتها ... عبر عمليات جوية باستخدام قاعدة حميميم":
     # the force flown out through Hmeimim, withdrawing. (Set 20's Masterbet named no
     # evacuation at the base; this report does.)
     "gold": [gold(TA, "withdrawing", "2025-01-11"),
              gold(HM, "withdrawing", "2025-01-11")]},
    {"lang": "ar", "split": "held-out 21", "publisher": "الشرق الأوسط", "published": "2024-12-04",
     # published: not on the stored page; the Western reports of ships leaving Tartus (the
     # BBC's satellite image of 3 December 2024) and the exercises announced the same days:
     # an estimate.
     "url": "https://aawsat.com/node/5087843",
     "text": "هل غادرت سفن روسية ميناء طرطوس السوري؟\n\nمصدر دبلوماسي: «لا أوامر بتغيير نظام ومهام المناوبات الموكلة للسفن الحربية في البحر المتوسط»\n\nالتحولات الدراماتيكية في خطوط المواجهة داخل سوريا قد تُعرِّض القاعدة الروسية في طرطوس للخطر (د.ب.أ)\n\nنفى مصدر دبلوماسي روسي صحة أنباء تداولتها وسائل إعلام غربية حول شروع موسكو في سحب جزء من أسطولها البحري من قاعدة طرطوس في سوريا، في وقت أعلنت فيه وزارة الدفاع الروسية إجراء تدريبات عسكرية في شرق البحر الأبيض المتوسط.\n\nوقال المصدر لـ«الشرق الأوسط» إن تلك المعطيات «غير صحيحة بالمطلق». وأكد أنه «لم تصدر أي توجيهات أو أوامر بتغيير نظام ومهام المناوبات الموكلة إلى السفن الحربية الروسية في البحر المتوسط». وزاد أنه «بالطبع، نتيجة للتطورات المتسارعة في الأيام الأخيرة قد تكون هناك تحركات للبحرية الروسية».",
     # "نفى ... سحب جزء من أسطولها البحري من قاعدة طرطوس": the withdrawal denied, the base as
     # it was: active (as the seventeenth set reads "نفت ... إخلاء"). "قد تكون هناك تحركات" is
     # a hedge, no entry; the caption's danger is an open question.
     "gold": [gold(TA, "active", "2024-12-04")]},
    {"lang": "ar", "split": "held-out 21", "publisher": "العربي الجديد", "published": "2025-10-15",
     # published: the page's own date.
     "url": "https://www.alaraby.co.uk/politics/%D8%A7%D9%84%D8%B4%D8%B1%D8%B9-%D9%81%D9%8A-%D9%85%D9%88%D8%B3%D9%83%D9%88-%D9%84%D9%84%D9%82%D8%A7%D8%A1-%D8%A8%D9%88%D8%AA%D9%8A%D9%86",
     "text": "- وصل الرئيس السوري أحمد الشرع إلى روسيا لإجراء مباحثات مع الرئيس الروسي فلاديمير بوتين حول العلاقات الثنائية والمستجدات الإقليمية والدولية، برفقة وزيري الخارجية والدفاع. - سيناقش بوتين والشرع مصير القاعدتين العسكريتين الروسيتين في سورية، وهما قاعدة حميميم الجوية وقاعدة طرطوس البحرية، في إطار زيارة العمل الرسمية. - يعتزم الشرع طلب تسليم بشار الأسد لمحاكمته بتهمة ارتكاب جرائم ضد السوريين، وسط استمرار الاتصالات بين موسكو ودمشق بشأن القواعد العسكرية الروسية.\n\nوصل الرئيس السوري أحمد الشرع إلى روسيا، اليوم الأربعاء، لإجراء مباحثات مع نظيره الروسي فلاديمير بوتين\n\n، حول العلاقات الثنائية بين البلدين والمستجدات الإقليمية والدولية ذات الاهتمام المشترك، وفق ما أفادت به وكالة الأنباء السورية \"سانا\". ويرافق الشرع، وفق الصور التي نشرتها \"سانا\"، وزيرا الخارجية أسعد الشيباني، والدفاع مرهف أبو قصرة.\n\nمن جهته، أعلن الكرملين، اليوم الأربعاء، أنّ بوتين، سيجري محادثات اليوم مع الشرع، وفق ما نقلته وكالة \"سبوتنيك\" الروسية للأنباء.",
     # "سيناقش بوتين والشرع مصير القاعدتين العسكريتين الروسيتين ... قاعدة حميميم الجوية
     # وقاعدة طرطوس البحرية": talks on the bases' fate, no entry (gold.py: settled after this
     # set's first run, as the eleventh and fourteenth sets' Reuters "the fate of Russia's two
     # main bases ... would be discussed" read; the first run was scored with both active).
     "gold": []},
    {"lang": "ar", "split": "held-out 21", "publisher": "سوريا اليوم (تلفزيون سوريا)", "published": "2025-08-11",
     # published: not on the stored page; Syria TV's report it retells ("أمس" in البيان of
     # 12 August 2025): an estimate.
     "url": "https://syrian-today.net/ar/article/10286/%D8%B1%D9%88%D8%B3%D9%8A%D8%A7-%D8%AA%D8%B9%D8%B2%D8%B2-%D9%86%D9%81%D9%88%D8%B0%D9%87%D8%A7-%D9%81%D9%8A-%D9%85%D8%B7%D8%A7%D8%B1-%D8%A7%D9%84%D9%82%D8%A7%D9%85%D8%B4%D9%84%D9%8A",
     "text": "عززت القوات الروسية حضورها في مطار القامشلي في منطقة شمال شرقي سوريا، الخاضعة لسيطرة قوات سوريا الديمقراطية (قسد) المدعومة أمريكياً، وفق ما أكدت مصادر سورية.\nوبحسب \"تلفزيون سوريا\"، أعادت القوات الروسية تأهيل موقع تمركز طائراتها في المطار، ووسعت موقع إقامة جنودها وضباطها في مراكز تقع أمام المبنى الرئيسي للمطار.\nكذلك، رفعت القوات الروسية السواتر الترابية، ووسعت البوابة المؤدية للمدخل، وأضاف نقلاً عن مصادر أن \"طائرتي شحن روسية تحلقان بشكل منتظم بين مطار القامشلي وقاعدة حميميم حيث تنقلان جنودا ومعدات لوجستية وعسكرية إلى مطار القامشلي وغالبا ما تتم هذه العمليات في ساعات الفجر أو الليل لتفادي لفت الأنظار والتغطية الإعلامية لتحركاتها في المنطقة.\nورغم أن عدد الجنود الروس تقلص كثيرا في المطار مقارنة بما قبل سقوط نظام الأسد، إلا أن القوات الروسية عاودت منذ قرابة شهر تعزيز قواتها ومواقعها، وفق المصادر ذاتها.\nويقع مطار القامشلي على مقربة من الشريط الحدودي السوري- التركي، ما يجعل منه محط اهتمام أنقرة التي تراقب التحركات في كل مناطق سيطرة \"قسد\".",
     # "عززت القوات الروسية حضورها في مطار القامشلي", soldiers and equipment flown in:
     # reinforced (the report's day, or Syria TV's of the day before). Hmeimim, where they
     # come from, is neither reinforced nor left; the shrinking since Assad's fall is the
     # background the contrast sets aside.
     "gold": [gold(Q, "reinforced", "2025-08-11", "2025-08-10")]},
    {"lang": "ar", "split": "held-out 21", "publisher": "المنار (سانا)", "published": "2026-02-04",
     # published: the page's own date.
     "url": "https://www.almanar.com.lb/article/532912/",
     "text": "وفد روسي رفيع المستوى يزور دمشق\n\nوصل وفد روسي رفيع المستوى برئاسة نائب وزير الدفاع الروسي يونس بك بيفكوروف إلى العاصمة السورية دمشق، في زيارة رسمية تهدف إلى تعزيز التعاون العسكري بين البلدين، بحسب بيان صادر عن وزارة الدفاع السورية.\n\nوأوضحت الوزارة أن “رئيس هيئة الأركان العامة السورية اللواء علي النعسان استقبل الوفد الروسي في دمشق”، مشيرةً إلى أن الزيارة ستستمر عدة أيام، “وستُركز على تطوير التعاون العسكري الثنائي بما يخدم المصالح المشتركة لسوريا وروسيا”.\n\nوتأتي هذه الزيارة في سياق تأكيد روسيا المتواصل على “دعمها لسوريا خلال مرحلة ما بعد الحرب، خاصة في المجالات الاقتصادية والأمنية”.\n\nوكانت وزارة الخارجية الروسية قد شددت في وقت سابق على أن دمشق لا تزال «شريكاً تقليدياً ومهماً» لموسكو في الشرق الأوسط، مؤكدة الاستعداد لتقديم الدعم اللازم خلال المرحلة الانتقالية، ومساعدة الشعب السوري في تجاوز التحديات الراهنة.\n\nوفي الـ28 من الشهر الفائت، أجرى الرئيس السوري الانتقالي أحمد الشرع زيارة رسمية إلى موسكو التقى خلالها نظيره الروسي فلاديمير بوتين الذي أشار إلى تطور في العلاقات بين روسيا وسوريا.\n\nالمصدر: سانا",
     # A delegation in Damascus, "تعزيز التعاون العسكري" (strengthening cooperation, no
     # reinforcement); no facility: no entry.
     "gold": []},
    {"lang": "ar", "split": "held-out 21", "publisher": "إيست نيوز (تاس)", "published": "2024-12-28",
     # published: not on the stored page; the TASS source of 27 December 2024 it quotes (as
     # TASS's later pages date it): an estimate, the day after.
     "url": "https://eastnews.net/Details/48529/بعد-سقوط-النظام-ما-مصير-القواعد-العسكرية-الروسية-في-سوريا-",
     "text": "نقلت وكالة \"تاس\" الروسية، عن مصدر دبلوماسي قوله، أن المباحثات مع الإدارة الجديدة في سوريا تتركز على عدم اعتبار تغيير النظام سببا لفسخ الاتفاقيات بشأن القواعد.\nوقال المصدر الدبلوماسي إن روسيا تسعى للحفاظ على الوضع القانوني لقواعدها في حميميم وطرطوس.\nولفت أن السلطات الجديدة بسوريا لا تعتزم إنهاء الاتفاقات بشأن القواعد الروسية في المستقبل المنظور.",
     # Talks about the agreements on "قواعدها في حميميم وطرطوس" (its bases, named), the new
     # authorities not ending them: both active (the talks convention: the bases are
     # Russia's now). The wish to keep their legal status adds nothing.
     "gold": [gold(HM, "active", "2024-12-28", "2024-12-27"),
              gold(TA, "active", "2024-12-28", "2024-12-27")]},
    {"lang": "ar", "split": "held-out 21", "publisher": "آكتر (SVT، ماكسار)", "published": "2024-12-14",
     # published: not on the stored page; Maxar's pictures "يوم الجمعة" (13 December 2024):
     # an estimate, the day after.
     "url": "https://aktarr.se/article/%D8%B5%D9%88%D8%B1-%D8%A7%D9%84%D8%A3%D9%82%D9%85%D8%A7%D8%B1-%D8%A7%D9%84%D8%B5%D9%86%D8%A7%D8%B9%D9%8A%D8%A9-%D8%AA%D8%B1%D8%B5%D8%AF-%D8%AA%D8%AD%D8%B1%D9%83%D8%A7%D8%AA-%D8%B9%D8%B3%D9%83%D8%B1%D9%8A%D8%A9-%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D8%BA%D9%8A%D8%B1-%D9%85%D8%AA%D9%88%D9%82%D8%B9%D8%A9-%D9%81%D9%8A-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7",
     "text": "كشفت صور التقطتها شركة \"ماكسار\"، واطلعت عليها قناة SVT السويدية، عن نشاط متزايد في إحدى القواعد العسكرية الروسية في سوريا، حيث تبدو الطائرات جاهزة للتحميل والإقلاع. وبحسب صحيفة \"فاينانشال تايمز\"، تشير الصور إلى احتمال بدء روسيا سحب قواتها من سوريا. نشاط غير معتاد في قاعدة حميميم تُظهر الصور التي التُقطت يوم الجمعة من قاعدة حميميم الجوية شمال غرب سوريا، وجود طائرتين للنقل العسكري متوقفتين على مدرج الإقلاع، مع استعدادات واضحة لتحميل المعدات. كما تظهر طائرة هليكوبتر هجومية مفككة، يُرجح أنها معدّة للنقل. تشير التقارير إلى أنه قبل بضعة أيام فقط، لم يكن هناك أي نشاط ملحوظ في القاعدة. بالإضافة إلى ذلك، أفادت \"ماكسار\" بأن بعض وحدات الدفاع الجوي الروسية تبدو في طريقها للمغادرة.",
     # Cargo planes readied for loading at Hmeimim, a helicopter taken apart for transport,
     # air defences "في طريقها للمغادرة", a possible start of the withdrawal: withdrawing,
     # hedged (the Friday or the publication).
     "gold": [gold(HM, "withdrawing", "2024-12-14", "2024-12-13")]},
    {"lang": "ar", "split": "held-out 21", "publisher": "دمشق بوست", "published": "2026-01-27",
     # published: not on the stored page (a tag page); the withdrawal "خلال الأيام الماضية"
     # of late January 2026: an estimate.
     "url": "https://damapost.com/tag/%d9%85%d8%b7%d8%a7%d8%b1-%d8%a7%d9%84%d9%82%d8%a7%d9%85%d8%b4%d9%84%d9%8a",
     "text": "روسيا تعيد تموضعها في شرق الفرات: سحب تدريجي من مطار القامشلي باتجاه حميميم\nباشرت القوات الروسية خلال الأيام الماضية عملية انسحاب تدريجي من مطار القامشلي شمال شرقي سوريا، متجهةً بقواتها ومعداتها العسكرية نحو قاعدة حميميم في محافظة اللاذقية، في خطوة تعكس إعادة تموضع مدروسة في واحدة من أكثر المناطق حساسية وتعقيدًا على الصعيدين العسكري والسياسي.\nويأتي هذا التحرك في توقيت ميداني دقيق، يتزامن مع استمرار التوتر بين الحكومة السورية و”قوات سوريا الديمقراطية” (قسد)، وسط تشابك نفوذ دولي وإقليمي في المنطقة، ولا سيما مع الوجودين الأميركي والروسي.",
     # "باشرت ... عملية انسحاب تدريجي من مطار القامشلي": withdrawing (the report's day, or the
     # Monday of Reuters' report). Hmeimim is where the forces go: no entry.
     "gold": [gold(Q, "withdrawing", "2026-01-27", "2026-01-26")]},
    # Russian --------------------------------------------------------------------------
    {"lang": "ru", "split": "held-out 21", "publisher": "unnamed outlet (appspot mirror)", "published": "2024-12-10",
     # published: the date in the page's address.
     "url": "https://settlers-wiggles-118669.appspot.com/article/2024/12/10/syria/amp",
     "text": "Дальний бомбардировщик Ту-22м3 на российской авиабазе Хмеймим. Фото: Минобороны РФ / ТАСС\nНовые власти Сирии взяли под полный контроль города Тартус и Латакию, рядом с которыми расположены две российские военные базы: авиационная — на аэродроме Хмеймим и военно-морская — в порту Тартуса. На территории Сирии остаются российские военные, z-каналы пишут о «тысячах» военнослужащих. Пока новый режим не предпринимает никаких атак на эти базы, но и оставить их он вряд ли согласится. Как будет выглядеть эвакуация российских войск из Сирии, неизвестно. Кроме того, проблемы могут начаться у российских группировок в Африке, когда-то входивших в состав «ЧВК Вагнера»: их снабжение напрямую зависит от баз в Сирии, как и амбиции Кремля по поддержке хунт на западе континента, группировок, ведущих гражданскую войну в Судане, и режима в Центрально-Африканской республике.\nРоссийские военные пробыли на территории Сирии почти десять лет — с 2015 года, и должны были, согласно договору, находиться как минимум до 2066 года.",
     # "расположены две российские военные базы: авиационная — на аэродроме Хмеймим и
     # военно-морская — в порту Тартуса", Russian troops still there: both active. An
     # evacuation whose shape is unknown is an open question: no entry.
     "gold": [gold(HM, "active", "2024-12-10"),
              gold(TA, "active", "2024-12-10")]},
    {"lang": "ru", "split": "held-out 21", "publisher": "US Russki News (Los Angeles Times)", "published": "2025-08-20",
     # published: the date in the page's address; the LA Times story it retells is of
     # 16 December 2024 (its image address), and its present is that day.
     "url": "https://www.usrusskinews.com/2025/08/20/at-a-russian-air-base",
     "text": "Смерч изменений: Как восставшие бойцы захватили базу Хмеймим и взаимодействуют с российскими войсками\n\nИсточник изображения:https://www.latimes.com/world-nation/story/2024-12-16/russian-airbase-syria\n\nИстребитель Су-Хой пробился сквозь облака, его рык разносился над российской авиабазой Хмеймим на побережье Сирии.\n\nАбу Зайд, бородатый боевик из сирийской повстанческой группы Хаят Тахрир Аш-Шам, прижал ухо к звуку.\n\n«Этот звук… мы раньше боялись его, когда эти самолеты бомбили нас в Идлибе», — сказал он, имея в виду провинцию, контролируемую повстанцами, которая часто становилась целью российской кампании в поддержку теперь уже высланного президента Сирии Башара Асада.\n\nНо на этот раз российский самолет не проводил боевую вылет.\n\nИ Абу Зайд, вместо того чтобы прятаться в оплоте повстанцев, стоял у ворот Хмеймима.\n\nОн входил в группу повстанцев, назначенных для охраны русских солдат, которые всего восемь дней назад были его противниками.",
     # A Russian jet over "российской авиабазой Хмеймим", Russian soldiers guarded at its
     # gate: active (the page's day, or the story's 16 December 2024). The headline's
     # "захватили" is the mirror's; the text tells of guards, not of a base taken.
     "gold": [gold(HM, "active", "2025-08-20", "2024-12-16")]},
    {"lang": "ru", "split": "held-out 21", "publisher": "Vesti.az", "published": "2025-02-18",
     # published: not on the stored page; the attack "в ночь на 18 февраля" (2025) as news:
     # an estimate, that day.
     "url": "https://vesti.az/v-mire/rossiiskaya-aviabaza-v-sirii-podverglas-atake-bespilotnikov-537993",
     "text": "Российская авиабаза в Сирии подверглась атаке беспилотников\nВ ночь на 18 февраля авиабазу Хмеймим в Сирии, где базируется авиационная группа Военно-космических сил России, атаковали беспилотники.\nКак передает Vesti.az, по информации военного корреспондента Олега Блохина, на базе была объявлена боевая тревога в 2:30 по местному времени, классифицированная как «нападение наземного противника».\nПрактически сразу сработал зенитный комплекс «Панцирь», после чего на базе была слышна интенсивная стрельба и разрывы. Спустя час атака ослабла, однако тревога продолжалась еще долгое время. Об инциденте также сообщили «ВЧК-ОГПУ» и Astra, однако официального подтверждения от Минобороны РФ пока нет.\nПо мнению Блохина, этот случай подтверждает, что российским военным базам в Сирии не дадут нормально функционировать.",
     # "авиабазу Хмеймим ..., где базируется авиационная группа ВКС России, атаковали
     # беспилотники": the base in use and attacked: active (18 February).
     "gold": [gold(HM, "active", "2025-02-18")]},
    {"lang": "ru", "split": "held-out 21", "publisher": "Обозреватель (ISW)", "published": "2024-12-14",
     # published: not on the stored page; Bloomberg's report "накануне" (12-13 December
     # 2024) and ISW's assessment of 13 December: an estimate.
     "url": "https://news.obozrevatel.com/abroad/rossiya-mogla-dobitsya-soglasheniya-s-nekotoryimi-predstavitelyami-oppozitsii-v-sirii-v-isw-otsenili-situatsiyu-s-bazami-kremlya.htm",
     "text": "Власти страны-агрессора РФ, очевидно, достигли соглашения с отдельными элементами сирийской оппозиции о контроле над своими военными базами в Сирии. Но остается неясным, гарантирует ли предполагаемое соглашение безопасность этих баз в стране в долгосрочной перспективе.\n\nТак, остается неясным, придется ли Кремлю выводить из Сирии свои силы, эвакуация которых началась в день свержения поддерживаемого им режима Башара Асада. На это указал Институт изучения войны (Institute for the Study of War, ISW)\n\nНакануне издание Bloomberg со ссылкой на неуказанные источники, осведомленные об этом вопросе, написало, что минобороны России считает, якобы у него есть \"неофициальное понимание\" с группировкой Хаят Тахрир аш-Шам (ХТШ), которая повалила асадовский режим. По мнению МО РФ, она позволит российским войскам оставаться на авиабазе \"Хмеймим\" и в порту Тартус, но там признали, что \"ситуация может измениться из-за нестабильности в Сирии\".",
     # An understanding reached for Russian forces "оставаться на авиабазе Хмеймим и в порту
     # Тартус": the talks convention, both active (as the Bloomberg reports in other splits).
     # The evacuation from Syria names no base.
     "gold": [gold(HM, "active", "2024-12-14", "2024-12-13"),
              gold(TA, "active", "2024-12-14", "2024-12-13")]},
    {"lang": "ru", "split": "held-out 21", "publisher": "DW (Russian, mirror)", "published": "2024-12-20",
     # published: the page's own date (20 декабря 2024 г.).
     "url": "https://wufengqin.com/dw/ru/rossijskie-voennye-bazy-peremesautsa-iz-sirii-v-liviu/a-71120007",
     "text": "Российские военные базы перемещаются из Сирии в Ливию?\n20 декабря 2024 г.Москва выводит из Сирии свои войска или не выводит? Этот вопрос все чаще задают эксперты по Ближнему Востоку в последние несколько дней.\nИсследователи, использующие открытые источники, изучая спутниковые снимки и данные онлайн-слежения за воздушным движением, отмечают значительные перемещения на давно удерживаемых Россией военных базах в Сирии с тех пор, как почти две недели назад был свергнут режим ее союзника, сирийского диктатора Башара Асада. На снимках, как утверждается, были замечены боевые вертолеты и разобранные для перевозки системы ПВО С-400, люди с багажом, ожидающие отъезда, а также тяжелые транспортные самолеты, в которые шла погрузка.\nКроме того, корабли ВМФ России покинули сирийский порт Тартус 11 декабря, еще за 2 дня до падения режима Асада.",
     # "корабли ВМФ России покинули сирийский порт Тартус 11 декабря": reduced (the
     # day given, or the publication). The loading at bases named none of them: no entry.
     "gold": [gold(TA, "reduced", "2024-12-11", "2024-12-20")]},
    {"lang": "ru", "split": "held-out 21", "publisher": "Независимая газета (ТАСС)", "published": "2025-10-16",
     # published: the page's own date (16.10.2025).
     "url": "https://www.ng.ru/news/826513.html",
     "text": "Тема военных баз РФ в Сирии стояла на переговорах Путина и аш-Шараа — Песков\n13:20 16.10.2025 Источник: Информационное агентство России \"ТАСС\"\nВопрос о судьбе российских военных баз в Хмеймиме и Тартусе фигурировал на повестке дня прошедших переговоров президента РФ Владимира Путина и президента Сирии на переходный период Ахмеда аш-Шараа. Об этом журналистам сообщил пресс-секретарь российского лидера Дмитрий Песков.\n«По базам — тема фигурировала на повестке дня. Это вот, что я вам хочу сказать», — сказал Песков.",
     # Talks on "судьбе российских военных баз в Хмеймиме и Тартусе": the bases' fate, no
     # entry (settled after the first run, as العربي الجديد's above; it was scored with both
     # active).
     "gold": []},
    {"lang": "ru", "split": "held-out 21", "publisher": "News.ru (ТАСС)", "published": "2024-12-27",
     # published: not on the stored page; the TASS source of 27 December 2024 it reports: an
     # estimate, that day.
     "url": "https://news.ru/near-east/raskryto-budut-li-novye-vlasti-sirii-razryvat-soglasheniya-o-bazah-s-rf",
     "text": "Новые власти Сирии в ближайшее время не планируют разрывать соглашения, согласно которым Россия использует военные базы в провинциях Латакия и Тартус, сообщает ТАСС со ссылкой на источник. По его словам, Россия сейчас ведет переговоры со стороной.\n\nРоссия стремится сохранить юридический статус своих баз. Переговоры сосредоточены на том, чтобы военные действия и смена режима не считались форс-мажором и основанием для расторжения договоров о долгосрочной аренде объектов в провинциях Тартус и Латакия. До окончания переговоров сирийская сторона не намерена расторгать соглашения, — сказал источник.\n\nРанее пресс-секретарь президента РФ Дмитрий Песков сообщил, что будущее двух российских баз в Сирии — Хмеймим и в Тартусе — пока не определено. По его словам, в настоящее время Москва ведет переговоры с силами, которые контролируют ситуацию в стране.\n\nТакже стало известно, что Россия за последние дни вывела сотни своих военных из района Дамаска в координации с новыми властями Сирии.",
     # Russia "использует военные базы в провинциях Латакия и Тартус", talks on "двух
     # российских баз в Сирии — Хмеймим и в Тартусе": both active (the talks convention).
     # Hundreds withdrawn from the Damascus area: a city, nothing stored, no entry.
     "gold": [gold(HM, "active", "2024-12-27"),
              gold(TA, "active", "2024-12-27")]},
    {"lang": "ru", "split": "held-out 21", "publisher": "ВЗГЛЯД (РИА Новости)", "published": "2026-02-04",
     # published: the date in the page's address.
     "url": "https://vz.ru/news/2026/2/4/1392157.html",
     "text": "Tекст: Елизавета Шишкова\n\nДелегация из России, возглавляемая заместителем министра обороны Юнус-Беком Евкуровым, прибыла в Дамаск, передает РИА «Новости».\n\nВ сирийской столице представителей встретил глава генерального штаба вооруженных сил Сирии генерал-майор Али ан-Наасан. В ходе визита планируется обсудить укрепление военного сотрудничества между двумя странами.\n\nПо словам сирийского военного ведомства, визит российской делегации продлится несколько дней, он направлен на развитие и углубление двустороннего партнерства в военной сфере в интересах обеих стран. Как отметил представитель Минобороны Сирии, «визит российской делегации позволит обсудить вопросы дальнейшего взаимодействия военных ведомств».",
     # A delegation in Damascus, "укрепление военного сотрудничества" (no reinforcement of a
     # base); no facility named: no entry.
     "gold": []},
]
