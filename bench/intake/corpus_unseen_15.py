"""The fifteenth held-out set of the intake evaluation (see `bench.intake.corpus`).

Assembled on 2026-12-03 (morning) from the stored pages of the `search` tool (corpus
`pages`), before any change of this round to the pipeline; none of its URLs is in another
split (checked against the `url` lines of every corpus file, percent-decoded, a stored URL
that is a prefix of a new one counting as the same page). Chosen, where the search gave a
choice, from publishers no other split cites and from constructions the sets before had
little of: cargo ships named rather than "ships", satellite images that find equipment
"no longer present", a base kept in talks only, refugees and an attack at a base, an
airport "empty" of a force, a column leaving a city. Some retell stories other splits hold
in other words or another language: Bloomberg's October 2025 flights to Hmeimim (Al
Mayadeen, Report.az), AP's January 2026 Qamishli (Journa), Reuters' 14 December 2024 cargo
plane to Libya (Kanaan), SOHR's Hisyah (LebPress), the Qamishli withdrawal of January 2026
(smi24, news-news.zip, Arab48). Each excerpt is verbatim as the stored page has it (its
typing errors kept; leading spaces of a line dropped), cut to the paragraphs the entries
need (paragraphs left out are joined by a blank line). Every entry was written down by hand
from the text and committed before the pipeline first ran on these reports; that first run
is in BENCHMARKS.md ("Report intake", the fifteenth set).

`published`: the page's own date where the stored page gives one; otherwise the note says
where the date comes from (an estimate from what the text tells), and the entries accept
it. Conventions of the sets before are kept: a base a move goes to is not entered from
the move alone; a plan or talks to keep a base is no entry, and such a base must never be
proposed as left; a base said to be Russia's, maintained or flown to again is active;
people sheltering at a base or an attack on it is the force there (active); warships gone
from Tartus is reduced, cargo ships sailing from it with the force's equipment
withdrawing; in December 2024 a base equipment is loaded at or flown out from is
withdrawing; a city a column leaves (Damascus) gets no entry.
"""

from bench.intake.gold import HI, HM, Q, TA, gold

HAMA = 170017  # Ḩamāh in GeoNames' cities500

UNSEEN_15_REPORTS = [
    # English ------------------------------------------------------------------------
    {"lang": "en", "split": "held-out 15", "publisher": "Al Mayadeen English (Bloomberg)", "published": "2025-10-30",
     # published: not on the stored page; Bloomberg's report of 30 October 2025 it retells
     # ("the latest flight taking place on Wednesday", 29 October): an estimate.
     "url": "https://english.almayadeen.net/news/politics/russia-resumes-flights-to-hmeimim-air-base-in-syria",
     "text": "Russia resumes flights to Hmeimim Air Base in Syria\nRussia has resumed military flights to Syria's Hmeimim Air Base amid renewed talks with Damascus to review longstanding military base agreements and redefine bilateral cooperation following the country's political transition.\n\nRussia has resumed its military flights to the Hmeimim Air Base in Syria after nearly six months of suspension, as both countries work to rebuild their relations.\nAccording to data from the flight-tracking website Flightradar24, at least two Russian aircraft have flown to Latakia, where the base is located. One of them, an Ilyushin Il-62M transport plane belonging to the Russian Air Force, flew from Libya to Latakia and then to the Moscow region on October 26. Another, an Antonov An-124-100 Ruslan heavy transport aircraft, arrived at the airport three times since October 24, with the latest flight taking place on Wednesday.\nBloomberg cited a person close to the Kremlin confirming that Russia has resumed the flights. The report added that Moscow has relied on its bases in Libya to expand its military influence in the Middle East and Africa.\nIn addition to the airbase, which serves as a key logistical hub for Russian operations across parts of Africa, Russia maintains the Tartus naval port, its only maritime foothold in the Mediterranean.",
     # Flights to Hmeimim resumed: active. Russia maintains Tartus: active.
     "gold": [gold(HM, "active", "2025-10-30", "2025-10-29"), gold(TA, "active", "2025-10-30")]},
    {"lang": "en", "split": "held-out 15", "publisher": "VesselTracker", "published": "2025-01-22",
     # published: not on the stored page; the news item tells of 21 January 2025 ("On Jan
     # 21") in the past tense: an estimate.
     "url": "https://vesseltracker.com/en/Ships/Sparta-Ii-9160994.html",
     "text": "Russian transport vessel permitted to enter port of Tartus\nOn Jan 21, the 'Sparta II' has entered the military unit of the port of Tartus, where the Russian group of troops were waiting for evacuation. It was deemed likely that the ship will retrieve part of the Russian military equipment and machinery gathered in Tartus from across the country. The 'Sparta II' broke from its drift and headed toward the portat approximately 6 p.m. (GMT +3), arriving in Tartus at 8:35 p.m.",
     # A cargo ship in port to take out the equipment gathered there, troops waiting for
     # evacuation: withdrawing.
     "gold": [gold(TA, "withdrawing", "2025-01-22", "2025-01-21")]},
    {"lang": "en", "split": "held-out 15", "publisher": "Bimba News (RFE/RL)", "published": "2025-02-04",
     # published: not on the stored page; "during the night on Tuesday" after 31 January
     # (4 February 2025): an estimate.
     "url": "https://bimba-news.in.ua/en/news/rossijskoe-sudno-s-tehnikoj-iz-sirii-iz-1",
     "text": "The cargo ship Sparta, owned by the LLC \"Oboronlogistika,\" departed from the port of Tartus on January 26 and briefly activated its transmitter during the night on Tuesday, broadcasting its location.\nAccording to data from the MarineTraffic website, Sparta is currently anchored off the coast of Malta. As reported by Radio Free Europe, Malta is presently listed as the ship's destination, although the port of Baltiysk in the Kaliningrad region was noted as such after leaving Tartus.\nOn January 31, OSINT analyst Russian Forces Spotter, who monitors the export of Russian equipment from Syria, reported a potential fire aboard Sparta.\n\nAnother cargo ship from \"Oboronlogistika,\" Sparta II, which was the first to leave the port of Tartus at the end of January, has also activated its AIS transmitter. It is located in the Tunis Strait, with the Russian port of Kaliningrad indicated as its destination. Previously, experts suggested that Sparta and Sparta II might be heading from Syria to Libya.",
     # The cargo ships that carry the force's equipment out sailed from Tartus on 26
     # January: withdrawing.
     "gold": [gold(TA, "withdrawing", "2025-01-26", "2025-02-04")]},
    {"lang": "en", "split": "held-out 15", "publisher": "PH Notes (RT, TASS)", "published": "2024-12-15",
     # published: not on the stored page; TASS's "Friday report" of 13 December 2024 it
     # cites: an estimate.
     "url": "https://phnotes.com/hot-news/hts-leader-discusses-syrias-future-relations-with-russia/",
     "text": "Russia maintains operational control of its Khmeimim and Tartus bases in Syria, secured under a lease agreement extending to 2066.\nHayat Tahrir al-Sham (HTS) leader Abu Mohammed al-Julani suggested the possibility of a future Syrian-Russian relationship contingent on Moscow’s efforts to cultivate one.\n\nSources within TASS, reportedly privy to ongoing negotiations, indicate that Moscow and Syrian militants are currently discussing the preservation of Russia’s Syrian presence and its previous status. A Friday report by the agency stated that Moscow has established temporary security guarantees ensuring the continued operation of its military bases.\nThe Khmeimim Air Base and a logistics support center in Tartus are situated on Syria’s western Mediterranean coast.",
     # Russia keeps control of both bases, which go on operating: both active.
     "gold": [gold(HM, "active", "2024-12-15", "2024-12-13"),
              gold(TA, "active", "2024-12-15", "2024-12-13")]},
    {"lang": "en", "split": "held-out 15", "publisher": "Amed Post (HUR)", "published": "2024-12-02",
     # published: not on the stored page; the rebels "closing in on Hama on Saturday" (30
     # November 2024) and HUR's report of 2 December it retells: an estimate.
     "url": "https://amedpost.com/russia-humiliated-as-troops-flee-bases-in-syria-as-rebels-sweep-across-the-country-world-news",
     "text": "Russian forces are reported to be fleeing their military bases in Syria as rebels continue their attack in the north of the country.\n\nThe rebels are reported to be pushing further south and were said to be closing in on Hama on Saturday.\n\nRussian troops are also reported to have fled Hama, to seek refuge at the Khmeimim airbase.\nIn a further humiliating blow for the Kremlin, rebels also seized five Russian fighter jets after taking control of Kuweires Airbase, near Aleppo.\nColonel General Alexander Zhuravlyov, head of the Russian headquarters in Khmeimim, acknowledged that the situation in Syria was rapidly spiralling out of control.",
     # Troops fled Hama: withdrawn. Khmeimim: where they went and where a staff sits, no
     # entry. Kuweires: a Syrian air base the rebels took, no Russian entry.
     "gold": [gold(HAMA, "withdrawn", "2024-12-02")]},
    {"lang": "en", "split": "held-out 15", "publisher": "Arcalis News (Business Insider)", "published": "2024-12-18",
     # published: not on the stored page; the latest images it describes are of 17
     # December 2024: an estimate.
     "url": "https://arcalisnews.com/new-satellite-images-reveal-russians-packing-up-amid-increased-activity-at-key-syrian-airbase",
     "text": "Recent satellite imagery has revealed significant activity at Russia’s Hmeimim Air Base in Syria, indicating potential changes in Moscow’s military presence in the region. Observations made by BlackSky and reported by Business Insider highlight equipment movement at the base over several days, raising questions about Russia’s steadfast military footprint in Syria amid the ongoing turmoil following the collapse of the Assad regime.\nThe satellite images show four Russian Il-76 strategic cargo planes, one of which appears to be actively loaded with equipment, alongside a Yak-40 regional jet at Hmeimim. Additionally, four S-400 surface-to-air missile launchers were noted on the southern apron. Other transport aircraft, including three An-32s and heavy equipment being staged for transport, indicate a bustling airbase activity, particularly in the wake of significant political upheaval in Syria. The images from December 17, however, reveal a stark contrast, with much of the heavy equipment and several aircraft no longer present at the base, suggesting a rapid withdrawal of Russian military assets.",
     # Equipment loaded and much of it gone by 17 December, the base still in use:
     # withdrawing.
     "gold": [gold(HM, "withdrawing", "2024-12-18", "2024-12-17")]},
    {"lang": "en", "split": "held-out 15", "publisher": "Arcalis News (Maxar)", "published": "2024-12-14",
     # published: not on the stored page; the images of 13 December 2024 it describes:
     # an estimate.
     "url": "https://arcalisnews.com/new-satellite-images-reveal-russia-packing-up-helicopters-and-air-defenses-at-syrian-base/amp",
     "text": "Recent satellite imagery suggests that Russia is significantly reducing its military presence in Syria, raising questions about its long-term commitments in the region. The images captured by Maxar Technologies reveal transport aircraft preparing to load equipment at the Hmeimim Air Base, signaling a potential withdrawal or downsizing of military assets.\nOn December 13, the satellite images showed two Russian An-124 heavy transport aircraft at the Hmeimim Air Base, their fronts raised and ready for loading. Additional imagery indicates that a Ka-52 attack helicopter was being disassembled, alongside components of an S-400 air-defense system being readied for removal.\nMoreover, reports have surfaced regarding the unusual absence of Russian naval vessels in the Tartus base, crucial for Russian naval operations in the Mediterranean. Earlier, multiple ships including frigates and submarines were seen docked at Tartus, but they have since vanished from the area, possibly relocating to safer offshore positions.",
     # Hmeimim packing up: withdrawing. The warships gone from Tartus: reduced.
     "gold": [gold(HM, "withdrawing", "2024-12-14", "2024-12-13"),
              gold(TA, "reduced", "2024-12-14", "2024-12-13")]},
    {"lang": "en", "split": "held-out 15", "publisher": "Lemmy (summary of Reuters)", "published": "2024-12-14",
     # published: not on the stored page; Reuters' report of 13-14 December 2024 it
     # summarises: an estimate.
     "url": "https://lemmy.zip/post/28012188?scrollToComments=true",
     "text": "Summary\nSatellite images suggest Russia is dismantling military equipment and preparing for withdrawal from key bases in Syria, following the overthrow of its ally Bashar al-Assad by Syrian rebels.\nFootage shows convoys heading to the Hmeimim airbase, where transport aircraft are loading equipment.\nThis marks a significant blow to Russia, which relied on its Syrian bases for regional influence.\nMoscow is now negotiating with Syria’s new leadership to maintain some presence, while shifting focus to the Ukraine conflict.",
     # Equipment loaded onto planes at Hmeimim: withdrawing.
     "gold": [gold(HM, "withdrawing", "2024-12-14")]},
    # Arabic -------------------------------------------------------------------------
    {"lang": "ar", "split": "held-out 15", "publisher": "كنعان (رويترز)", "published": "2024-12-14",
     # published: not on the stored page; "اليوم السبت" of Reuters' report (14 December
     # 2024): an estimate.
     "url": "https://kanaan.news/archives/115815",
     "text": "طائرة شحن روسية تغادر الأراضي السورية متجهة نحو ليبيا\nطائرة شحن روسية تغادر الأراضي السورية متجهة نحو ليبيا حيث غادرت اليوم السبت طائرة شحن روسية قاعدة حميميم في مدينة اللاذقية السورية متوجهة إلى ليبيا، بحسب ما أفاد مسؤول أمني سوري لوكالة رويترز.\nوأوضح المسؤول، الذي يتواجد خارج القاعدة الجوية الروسية، أن هناك توقعات بإقلاع المزيد من الطائرات الروسية من نفس القاعدة خلال الأيام القادمة.\n\nنقل معدات\nأظهرت صور الأقمار الصناعية التي تم التقاطها يوم الجمعة الماضي، نقل معدات عسكرية روسية من قاعدة حميميم في اللاذقية،\nحيث ظهرت طائرتا شحن من طراز أنتونوف إيه.إن-124.",
     # Equipment moved out of Hmeimim, more flights to leave: withdrawing.
     "gold": [gold(HM, "withdrawing", "2024-12-14", "2024-12-13")]},
    {"lang": "ar", "split": "held-out 15", "publisher": "خليج بورصة (بيزنس إنسايدر)", "published": "2024-12-13",
     # published: not on the stored page; GUR's post "يوم الخميس" (12 December 2024) and
     # its picture's folder 2024/12: an estimate.
     "url": "https://khaleejborsa.com/%d8%a7%d9%84%d8%a7%d8%b3%d9%88%d8%a7%d9%82-%d8%a7%d9%84%d8%b9%d8%a7%d9%84%d9%85%d9%8a%d8%a9/%d9%88%d8%aa%d9%82%d9%88%d9%84-%d8%a7%d9%84%d9%85%d8%ae%d8%a7%d8%a8%d8%b1%d8%a7%d8%aa-%d8%a7%d9%84%d8%a3%d9%88%d9%83%d8%b1%d8%a7%d9%86%d9%8a%d8%a9-%d8%a5%d9%86-%d8%b1%d9%88%d8%b3%d9%8a%d8%a7-%d8%b3",
     "text": "وتقول المخابرات الأوكرانية إن روسيا سترسل أربع سفن إلى قواعدها في سوريا لإجلاء الأسلحة\n- ترسل روسيا أربع سفن إلى قواعدها في سوريا، وفقًا لمديرية المخابرات الرئيسية في أوكرانيا.\n- وأضافوا أنهم سيجلون الأسلحة والمعدات العسكرية من قاعدتهم الرئيسية في طرطوس.\n- وتحاول روسيا التوصل إلى اتفاق مع القيادة السورية الجديدة للاحتفاظ بالقواعد، بحسب التقارير.\nترسل روسيا أربع سفن إلى قواعدها في سوريا لإجلاء الأسلحة والمعدات العسكرية، وفقًا لمديرية المخابرات الرئيسية في أوكرانيا (GUR).\nوفي منشور على Telegram يوم الخميس، قالت GUR إن روسيا تنقل سفينتها الإنزال الكبيرة من طراز Ivan Gren وسفينة إنزال الدبابات من فئة Ropucha Olenegorskiy Gornyak من البحر النرويجي إلى طرطوس على ساحل البحر الأبيض المتوسط في سوريا.\nوأضافت أن مهمتهم هي إخلاء الأسلحة والمعدات.\nوأضافت أن سفينتي الشحن الروسيتين سبارتا وسبارتا 2 غادرتا بالتييسك وكالينينغراد أوبلاست وسانت بطرسبرغ على التوالي، وتتجهان إلى طرطوس لنقل معدات عسكرية من القاعدة الروسية.",
     # Ships sent to take the weapons and equipment out of Tartus (a prepared
     # departure): withdrawing. The wish to keep "the bases" names none.
     "gold": [gold(TA, "withdrawing", "2024-12-13", "2024-12-12")]},
    {"lang": "ar", "split": "held-out 15", "publisher": "الصباح اليوم", "published": "2024-12-22",
     # published: not on the stored page; after "منذ 14 ديسمبر" and Assad's asylum "في وقت
     # سابق من الشهر الجاري" (December 2024): an estimate, about a week after.
     "url": "https://www.alsabahalyoum.com/103374",
     "text": "روسيا تسحب قواتها من سوريا و هجوم مجهول علي مطار حميميم\nقامت القوات الروسية في سوريا بالتصدي لهجوم مجهول استهدف موقعًا في ريف اللاذقية.\nوقال المرصد السوري لحقوق الإنسان أن المضادات الأرضية التابعة للقوات الروسية في مطار حميميم بريف اللاذقية تصدت لهدف مجهول في أجواء المطار، حيث سُمع دوي انفجار عنيف أعقبه إطلاق مكثف للمضادات. ولم تتضح طبيعة الهدف بعد، حيث يرجح أنه كان صاروخًا أو طائرة مسيّرة حاولت استهدافالمطار داخل القاعدة الروسية.\nطائرات شحن عسكرية غادرت قاعدة حميميم بعد تجمع آليات عسكرية روسية\nوكانت روسيا قد قررت منذ 14 ديسمبر بسحب معدات وقوات من مواقعها في سوريا. وذكرت مصادر ميدانية أن طائرات شحن عسكرية غادرت قاعدة حميميم بعد تجمع آليات عسكرية روسية، حيث تم نقل الضباط والأفراد عبر دفعات إلى روسيا عبر مطار حميميم ومرفأ طرطوس.",
     # Officers and men carried to Russia in batches through Hmeimim and Tartus port:
     # both withdrawing (the attack is the force still there while it leaves).
     "gold": [gold(HM, "withdrawing", "2024-12-22"), gold(TA, "withdrawing", "2024-12-22")]},
    {"lang": "ar", "split": "held-out 15", "publisher": "الجزيرة مباشر", "published": "2025-03-09",
     "url": "https://www.aljazeeramubasher.net/news/politics/2025/3/9/%D8%AA%D8%AD%D9%84%D9%8A%D9%82-%D9%84%D9%84%D8%B7%D9%8A%D8%B1%D8%A7%D9%86-%D8%A7%D9%84%D8%B1%D9%88%D8%B3%D9%8A-%D9%82%D8%A7%D8%B9%D8%AF%D8%A9-%D8%AD%D9%85%D9%8A%D9%85%D9%8A%D9%85?traffic_source=KeepReading",
     "text": "تحليق مكثف للطيران الروسي فوق قاعدة حميميم وسط توترات أمنية في الساحل السوري\nبالتزامن مع هبوط طائرة عسكرية داخل القاعدة\n\nشهدت الأجواء المحيطة بقاعدة حميميم الجوية الروسية في محافظة اللاذقية السورية، اليوم الأحد، تحليقًا مكثّفًا للطيران الحربي والمروحي الروسي.\nوقال مراسل الجزيرة مباشر إن التحليق العسكري المكثّف جاء بالتزامن مع هبوط طائرة عسكرية داخل القاعدة.\n\nوكانت مصادر قد قالت للجزيرة إن عشرات المدنيين وأفراد من فلول النظام وعائلاتهم لجؤوا يوم الجمعة إلى القاعدة الروسية طلبًا للحماية من العمليات العسكرية الدائرة في الساحل.",
     # Russian aircraft flying over and landing at Hmeimim, people sheltering in it:
     # active.
     "gold": [gold(HM, "active", "2025-03-09")]},
    {"lang": "ar", "split": "held-out 15", "publisher": "عرب 48", "published": "2026-02-04",
     "url": "https://www.arab48.com/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9-%D9%88%D8%AF%D9%88%D9%84%D9%8A%D8%A9/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1-%D8%B3%D9%88%D8%B1%D9%8A%D8%A9/2026/02/04/%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A%D8%A9-%D8%AA%D8%AA%D8%B3%D9%84%D9%85-%D9%85%D8%B7%D8%A7%D8%B1-%D8%A7%D9%84%D9%82%D8%A7%D9%85%D8%B4%D9%84%D9%8A-%D8%A8%D8%B9%D8%AF-%D8%A7%D9%86%D8%B3%D8%AD%D8%A7%D8%A8-%D8%B1%D9%88%D8%B3%D9%8A%D8%A7-%D9%88%D9%82%D8%B3%D8%AF",
     "text": "أظهرت صور الأقمار الصناعية الحديثة خلو مطار القامشلي الدولي في محافظة الحسكة شمال شرقي سورية من أي نشاط جوي أو تمركز عسكري، بالتزامن مع استعداد المطار لتسليمه اليوم لإدارة الحكومة السورية.\nوتبين الصور الملتقطة بين 16 تشرين الثاني/ نوفمبر 2025 والأول من شباط/فبراير الجاري، خلو المطار من التحركات، بعد أن كان يضم أكبر قاعدة عسكرية للقوات الروسية في المنطقة على مدى عقد كامل.\nوشهد المطار تفكيك الرادار العسكري ونقل العتاد إلى طائرات الشحن في 26 كانون الثاني/ يناير 2026، إضافة إلى إزالة التحصينات والأغطية الواقية للطائرات المسيرة.",
     # The airport empty of the force that was there: withdrawn (as of the images, 1
     # February, or the report).
     "gold": [gold(Q, "withdrawn", "2026-02-01", "2026-02-04")]},
    {"lang": "ar", "split": "held-out 15", "publisher": "ليب برس (المرصد السوري)", "published": "2024-12-14",
     # published: not on the stored page; Bogdanov's words "يوم الخميس الماضي" (12
     # December 2024) and SOHR's report of 13 December: an estimate.
     "url": "https://lebpress.com/%d8%a8%d8%ad%d9%85%d8%a7%d9%8a%d8%a9-%d9%87%d9%8a%d8%a6%d8%a9-%d8%aa%d8%ad%d8%b1%d9%8a%d8%b1-%d8%a7%d9%84%d8%b4%d8%a7%d9%85-%d8%a7%d9%84%d9%82%d9%88%d8%a7%d8%aa-%d8%a7%d9%84%d8%b1%d9%88%d8%b3%d9%8a",
     "text": "بحماية هيئة تحرير الشام… القوات الروسية تغادر نحو اللاذقية\nبدأت المئات من العربات والقوات العسكرية الروسية في مغادرة جنوب حمص ودمشق تحت حماية الفصائل المسلحة، وخاصة “هيئة تحرير الشام”، وفقًا للمرصد السوري لحقوق الإنسان.وأفادت المنظمة غير الحكومية بأن “القوات الروسية بدأت الانسحاب من منطقة حسياء جنوب حمص باتجاه المدينة، ومن ثم تجمعت في قاعدة حميميم بريف اللاذقية”.\nوأضاف المرصد أنه تم رصد رتل يضم حوالي 250 مركبة، تحمل أفرادًا من جنسيات مختلفة، بينهم روس وبيلاروس وكوريون، بالإضافة إلى شخصيات من بعض السفارات، وقد تحرك هذا الرتل من دمشق باتجاه قاعدة حميميم.",
     # Began pulling out of Hisyah: withdrawing. Hmeimim: where they gathered, no entry;
     # Damascus and Homs: cities, nothing stored.
     "gold": [gold(HI, "withdrawing", "2024-12-14", "2024-12-13")]},
    {"lang": "ar", "split": "held-out 15", "publisher": "Journa (أسوشيتد برس)", "published": "2026-01-31",
     # published: "1404/11/11" on the stored page (31 January 2026); AP's visit "يوم
     # الثلاثاء" (27 January).
     "url": "https://mail.journa.ir/ar/news/russian-forces-begin-pulling-out-of-bases-in-northeast-syria-2026-01-31-1",
     "text": "القوات الروسية تبدأ بالانسحاب من قواعدها في شمال شرق سوريا\n\nالقامشلي، سوريا (أ ف ب) – بدأت القوات الروسية في الانسحاب من مواقعها في شمال شرق سوريا في منطقة لا تزال تحت سيطرة قوات سوريا الديمقراطية التي يقودها الأكراد بعد أن خسرت المجموعة معظم أراضيها في هجوم شنته القوات الحكومية.\n\nزار صحفيو وكالة أسوشيتد برس قاعدة واحدة بجوار مطار القامشلي يوم الثلاثاء ووجدوها تحت حراسة مقاتلي قوات سوريا الديمقراطية الذين قالوا إن الروس بدأوا في نقل معداتهم في الآونة الأخيرة. أيام.\n\nكان داخل أماكن إقامة الجنود فارغًا إلى حد كبير، مع ترك أشياء متناثرة خلفهم، بما في ذلك معدات التمرين ومسحوق البروتين وبعض الملابس.\n\nوقال أحمد علي، وهو مقاتل من قوات سوريا الديمقراطية المنتشرين في المنشأة، إن القوات الروسية بدأت إخلاء مواقعها حول المطار قبل خمسة أو ستة أيام، وسحبت معداتها عبر طائرة شحن.",
     # The base by Qamishli airport being emptied: withdrawing.
     "gold": [gold(Q, "withdrawing", "2026-01-31", "2026-01-27")]},
    {"lang": "ar", "split": "held-out 15", "publisher": "وازكام (ماكسار)", "published": "2024-12-14",
     # published: not on the stored page; the page id's timestamp (675d8d3d, 14 December
     # 2024) and Maxar's images of 13 December: an estimate.
     "url": "https://wazcam.net/article/675d8d3dac97ddc57f0d6df4/هذه-هي-القواعد-الروسية-في-سوريا-التي-تعمل-على-اخلائها",
     "text": "تحدثت تقارير غربية عن تحركات روسية مكثفة تهدف إلى إخلاء قواعدها العسكرية في سوريا، وذلك بالتزامن مع سقوط نظام الرئيس السوري السابق بشار الأسد. شركة ماكسار، المختصة بالتصوير الفضائي عبر الأقمار الاصطناعية، نشرت مجموعة من الصور الحديثة التي أظهرت بدء روسيا تجميع معداتها العسكرية في قاعدة جوية بسوريا.\nالصور أوضحت وجود طائرتين من طراز أنتونوف AN-124 معدتين لتحميل هذه المعدات في قاعدة حميميم الجوية بمحافظة اللاذقية. كما ظهرت عمليات تفكيك مروحية قتالية من نوع كا-52، يُعتقد أنها تُجهز للنقل، بالإضافة إلى تقارير عن تفكيك جزء من منظومة الدفاع الجوي إس-400 ضمن الموقع ذاته. رغم ذلك، تُظهر التقارير أن القاعدة البحرية الروسية في طرطوس لم تشهد تغييرات كبيرة، حيث لا تزال فرقاطتان تابعتان للأسطول الروسي موجودتين قبالة المنطقة. ولكن مصادر ألمانية أشارت إلى أن وحدة البحرية الروسية في البحر المتوسط غادرت ميناء طرطوس بالفعل، وسط استعدادات مكثفة لإخلاء القواعد الروسية بالكامل.",
     # Hmeimim: equipment gathered and loaded, helicopters taken apart: withdrawing.
     # Tartus: the naval unit gone from the port (frigates offshore): reduced.
     "gold": [gold(HM, "withdrawing", "2024-12-14", "2024-12-13"),
              gold(TA, "reduced", "2024-12-14")]},
    # Russian ------------------------------------------------------------------------
    {"lang": "ru", "split": "held-out 15", "publisher": "smi24.net (Reuters)", "published": "2026-01-27",
     # published: not on the stored page; its calendar of January 2026 and Reuters'
     # report of 26 January it retells: an estimate.
     "url": "https://m.smi24.net/various/419756232",
     "text": "ВС России начали выходить из базы на северо-востоке Сирии\n\nРоссийские военнослужащие начали покидать сирийский аэродром Эль-Камышлы. Военную технику отсюда транспортируют на базу Хмеймим. Соответствующие данные обнародовало агентство Reuters.\n\nПо данным пяти источников, этот шаг направлен на завершение военного присутствия в районе, где правительственные силы пытаются перехватить контроль у курдских формирований.\n\nУточняется, что часть контингента перебрасывается на авиабазу Хмеймим на западе страны, другие подразделения вернутся в Россию.",
     # Began leaving Qamishli: withdrawing. Hmeimim: where the move goes, no entry.
     "gold": [gold(Q, "withdrawing", "2026-01-27", "2026-01-26")]},
    {"lang": "ru", "split": "held-out 15", "publisher": "pravda8d (AFP)", "published": "2025-05-21",
     # published: not on the stored page; its folder 2025/05 and the attack "во вторник"
     # (20 May 2025, as AFP reported it): an estimate.
     "url": "https://pravda8d.blogspot.com/2025/05/blog-post_618.html",
     "text": "Вооруженная группировка, связанная с новым правительством Сирии, во вторник совершила кратковременное нападение на российскую авиабазу Хмеймим на западе Сирии, сообщили военный наблюдатель и очевидец.\nБаза Хмеймим, расположенная в прибрежной провинции Латакия, служила убежищем для тысяч людей, бежавших от межконфессионального насилия в марте, в результате которого погибло более 1700 человек, в основном алавитов.\nНаблюдатель Сирийской обсерватории по правам человека сообщил, что «вооруженная группировка, связанная с (новыми властями), начала атаку на базу из близлежащей деревни», и некоторым ее членам удалось проникнуть на взлетно-посадочную полосу внутри помещения.",
     # An attack on the Russian base (Tuesday 20 May): active.
     "gold": [gold(HM, "active", "2025-05-21", "2025-05-20")]},
    {"lang": "ru", "split": "held-out 15", "publisher": "Zamin.uz (Reuters)", "published": "2025-03-10",
     "url": "https://zamin.uz/ru/mir/146026-gumanitarnyy-krizis-v-sirii-i-bejency-ukryvshiesya-na-rossiyskoy-baze.html",
     "text": "Гуманитарный кризис в Сирии и беженцы, укрывшиеся на российской базе\nЗа последние месяцы напряженность в Сирии возросла: сотни людей ищут убежища на российской авиабазе Хмеймим. Сирийская обсерватория по правам человека (SOHR) охарактеризовала текущую ситуацию как «массовую резню» и «самое ужасное преступление насилия за последние годы». Об этом сообщает Reuters.\n\nТе, кто бежал на базу Хмеймим\n\nНекоторые пользователи социальных сетей опубликовали фотографии женщин и детей, укрывшихся на авиабазе Хмеймим. По их словам, на базе в основном проживают беженцы-христиане, друзы и алавиты.",
     # People sheltering at the Russian air base: active.
     "gold": [gold(HM, "active", "2025-03-10")]},
    {"lang": "ru", "split": "held-out 15", "publisher": "520baby.info (Bloomberg)", "published": "2024-12-13",
     "url": "https://18jack.520baby.info/news/63328-rocsija_i_sirija_vedut_peregovory_o_prodlenii_soglashenij_po_voennym_bazam",
     "text": "Россия и Сирия ведут переговоры о продлении соглашений по военным базам\n13 декабря 2024\n\nРоссия находится на грани соглашения с новыми властями Сирии о сохранении своих двух военных баз в этой стране.\nОб этом сообщает Bloomberg со ссылкой на собственные источники.\nДоговорённость позволит Кремлю удержать авиабазу Хмеймим и порт в Тартусе. Как утверждает источник агентства, Министерство обороны РФ полагает, что у них есть \"неофициальное понимание\" с группировкой \"Хайят Тахрир аш-Шам\" относительно того, что российские силы смогут оставаться на базах в Сирии.\nПри этом источник отметил, что ситуация всё ещё может изменяться в условиях нестабильности в стране.",
     # Talks to keep both bases: no entry, and neither may be proposed as left.
     "gold": []},
    {"lang": "ru", "split": "held-out 15", "publisher": "NetPress (Лента.ру)", "published": "2025-11-27",
     # published: not on the stored page; the items beside it on the page are of 27
     # November 2025: an estimate.
     "url": "https://netpress.ru/news/novosti_mira/otsenena-veroyatnost-sokhraneniya-rossiyskikh-baz-v-sirii",
     "text": "Оценена вероятность сохранения российских баз в Сирии\n\nОн отметил, что власти Сирии заинтересованы в укреплении отношений с Россией, которая представляет собой альтернативу западным и региональным союзникам. На данный момент у России в Сирии находятся две военные базы — авиационная в Хмеймиме и военно-морская в Тартусе, арендованные на 49 лет в 2017 году. Представитель временного президента Сирии заявил о стремлении сохранить стратегические отношения с Россией и избежать конфликтов между двумя странами.",
     # Russia has the two bases now: both active.
     "gold": [gold(HM, "active", "2025-11-27"), gold(TA, "active", "2025-11-27")]},
    {"lang": "ru", "split": "held-out 15", "publisher": "news-news.zip", "published": "2026-01-27",
     # published: not on the stored page; the withdrawal it sums up began to be reported
     # on 26 January 2026: an estimate.
     "url": "https://news-news.zip/e7a78958-9e0f-350c-ac63-5009286dfea3",
     "text": "Россия выводит войска с базы в аэропорту Камышлы в Сирии\nСогласно множеству источников, Россия начала вывод своих войск с ключевой военной базы в аэропорту Камышлы, расположенной на северо-востоке Сирии. Этот шаг стал возможен на фоне ухудшения влияния Москвы в регионе, когда сирийские власти могут обратиться с просьбой о выводе российских военных. Вывод войск обсуждается в контексте операций Дамаска против курдских сил, что вызывает беспокойство у Киева и других стран. СМИ сообщают, что российские силы покидают базу, где они находились более пяти лет.",
     # Withdrawal from the Qamishli airport base begun: withdrawing.
     "gold": [gold(Q, "withdrawing", "2026-01-27", "2026-01-26")]},
    {"lang": "ru", "split": "held-out 15", "publisher": "Report.az (Bloomberg)", "published": "2025-10-30",
     "url": "https://report.az/ru/drugie-strany/smi-rossiya-vozobnovila-polety-na-aviabazu-hmejmim-v-sirii",
     "text": "Россия возобновила военные полеты на авиабазу Хмеймим в сирийской провинции Латакия после шестимесячного перерыва, который последовал за сменой власти в Сирии.\n\nКак передает Report, об этом сообщает агентство Bloomberg со ссылкой на данные сайта отслеживания полетов Flightradar24 и источник, близкий к Кремлю.\n\n\"Согласно данным Flightradar24, по меньшей мере два российских самолета вылетели в сирийскую Латакию, где расположена база. Транспортный самолет Ил-62М ВВС России вылетел из Ливии в Латакию, а затем в Московскую область 26 октября, в то время как самолет Ан-124-100 \"Руслан\", который обладает большой грузоподъемностью, с 24 октября трижды прибывал в аэропорт, последний рейс был совершен в среду, согласно полученным данным\",-сообщает агентство.",
     # Military flights to Hmeimim resumed: active.
     "gold": [gold(HM, "active", "2025-10-30", "2025-10-29")]},
    {"lang": "ru", "split": "held-out 15", "publisher": "ru24.net (Financial Times)", "published": "2024-12-18",
     # published: not on the stored page; the Financial Times interview it retells, a
     # week or so after 8 December 2024: an estimate.
     "url": "https://m.ru24.net/mix/393928574",
     "text": "Русская колонна ушла из Дамаска: 400 бойцов переброшены на Хмеймим\nРусские подразделения покинули захваченный сирийской оппозицией Дамаск и были переброшены на авиабазу Хмеймим.\nБольшая колонна русской техники и 400 бойцов ушли из Дамаска. По данным сирийской оппозиции, произошло это без каких-либо конфликтов.\n\nЭтот процесс – сокращение присутствия русских военных в разных сирийских провинциях, отметил собеседник FT, будет продолжаться.",
     # Damascus: a city a column leaves, nothing stored; Hmeimim: where it goes. No entry.
     "gold": []},
]
