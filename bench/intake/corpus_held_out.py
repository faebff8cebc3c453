"""The fresh held-out reports of the intake evaluation (see `bench.intake.corpus`).

Assembled on 2026-12-01 after the fixes that followed the second held-out set, from
published reports the pipeline had never run on (none of their URLs is in the other
splits), found in the stored pages the `search` tool reads. Each excerpt is verbatim,
only the paragraphs the entries need (and, where a paragraph could mislead, that one
too). Every entry was written down, and committed, before the pipeline first ran on
these reports; nothing in the pipeline changes after that run without saying so in
BENCHMARKS.md.

How the entries were read (the README's rules of the careful analyst, "Report intake"):
ships leaving a port are `reduced`, not the base left; where an evacuation or a convoy
goes is not reinforced; a base a report says Russia operates, keeps or is flying to is
`active`; the SDF handing the airport to Damascus is not a Russian handover; a recap of
an earlier report with its own date is entered at that date; a claim about another year
in a recap is not entered.
"""

from bench.intake.gold import HM, TA, Q, gold

HELD_OUT_REPORTS = [
    # English ------------------------------------------------------------------------
    {"lang": "en", "split": "held-out (fresh)", "publisher": "The Moscow Times (Bloomberg)",
     "published": "2025-10-30",
     "url": "https://www.themoscowtimes.com/2025/10/30/syria-russia-resumes-military-flights-to-syria-as-post-assad-ties-thaw-bloomberg-a90998",
     "text": "Russia has restarted military flights to its air base in Syria after a six-month pause in a sign of renewed presence in the country after the overthrow of Bashar al-Assad, Bloomberg reported Thursday, citing flight tracking data.\n\nAn Il-62 transport plane and an An-124 heavy-cargo jet recently landed at Hmeimim air base in the coastal province of Latakia, the news agency cited Flightradar24 data as saying.",
     "gold": [gold(HM, "active", "2025-10-30")]},
    {"lang": "en", "split": "held-out (fresh)", "publisher": "Kurdistan24", "published": "2026-02-04",
     "url": "https://www.kurdistan24.net/en/story/891980",
     "text": "Qamishlo Airport was handed to Damascus on Feb. 4, 2026, as the third phase of the SDF–Syria agreement began. Syrian interior forces entered the site after Russian units withdrew.\n\nOn Jan. 26, 2026, Dilan Barzan, Kurdistan24 correspondent in Western Kurdistan (northern Syria), reported that Russian forces had begun withdrawing from Qamishlo Airport several days earlier. On the same day, a number of tanks and additional military vehicles were also relocated.",
     # The page gives no date of its own; its text is of Wednesday, Feb. 4, 2026. The
     # Russians were gone by the handover; the recap of 26 January is entered at its date.
     "gold": [gold(Q, "withdrawn", "2026-02-04"), gold(Q, "withdrawing", "2026-01-26")]},
    {"lang": "en", "split": "held-out (fresh)", "publisher": "UAWire", "published": "2024-12-14",
     "url": "https://www.uawire.org:443/russia-begins-withdrawal-of-military-forces-from-syria",
     "text": "Russia has begun pulling its military forces from Syria, according to media reports and satellite imagery. Reuters, citing an anonymous source within the Syrian security forces, reports that on Saturday, a cargo plane departed Russia’s Khmeimim Airbase in Latakia province for Libya. The source, whose affiliation with either Assad’s security services or the new regime remains unspecified, indicated that more flights are expected in the coming days. Cargo helicopters have also been spotted at the base.\n\nAdditionally, the UK’s Channel 4 recently aired a report detailing the withdrawal of Russian convoys from east Syria towards the Russian bases of Khmeimim and Tartus. Reports indicate that Russian warships departed the port of Tartus a few days ago.",
     # A cargo plane leaving Khmeimim is a flight, not the base left; the convoys' goal is
     # not reinforced; the warships' leaving reduces Tartus ("a few days ago": the
     # publication date, or the month).
     "gold": [gold(TA, "reduced", "2024-12-14", "2024-12-01")]},
    {"lang": "en", "split": "held-out (fresh)", "publisher": "Babel (Ukrainian intelligence)",
     "published": "2024-12-08",
     "url": "https://babel.ua/en/news/113395-gur-russia-withdraws-its-contingent-from-syria",
     "text": "Due to the overthrow of the regime of Syrian President Bashar al-Assad, supported by Tehran and Moscow, Russia is withdrawing its contingent from the country.\n\nThis was reported by the Main Directorate of Intelligence of Ukraine.\n\nThe Russian army withdrew its warships from the naval base in Tartus, which Assad gave to the Russian Federation as payment for the protection of his regime. On December 8, the frigate \"Admiral Grigorievich\" of the Black Sea Fleet of the Russian Federation and the cargo ship \"Engineer Trubin\" of the Northern Fleet of the Russian Federation left Tartus for the Mediterranean Sea on December 8.\n\nAlso, the Russians are transferring the remnants of their weapons and military equipment from Syria by military aircraft from the airbase in Khmeimim.",
     # The remnants of the contingent flown out of Khmeimim: the base is being emptied
     # (as the Ukrainian intelligence claims).
     "gold": [gold(TA, "reduced", "2024-12-08"), gold(HM, "withdrawing", "2024-12-08")]},
    {"lang": "en", "split": "held-out (fresh)", "publisher": "TASS", "published": "2025-10-18",
     "url": "https://tass.com/world/2031943",
     "text": "\"At this point, Russian bases are a subject of negotiations, and their role is under review.\"\n\nRussia operates two military facilities in Syria - the Tartus naval logistics base and the Hmeymim air base located 20 km southeast of Latakia.",
     # The dateline says October 19, the page October 18: either date.
     "gold": [gold(TA, "active", "2025-10-18", "2025-10-19"), gold(HM, "active", "2025-10-18", "2025-10-19")]},
    {"lang": "en", "split": "held-out (fresh)", "publisher": "Pravda EN (news-pravda.com)",
     "published": "2025-10-30",
     "url": "https://estonia.news-pravda.com/en/world/2025/10/30/20270.html",
     "text": "After a nearly six-month hiatus, Russian aircraft are once again en route to Khmeimim.\n\nIn addition to the Khmeimim airbase, the Russian military also retained control of the logistics base in Tartus. Our Air Force also maintains control of the military airfield located in Qamishli in the northeast of the country.",
     "gold": [gold(HM, "active", "2025-10-30"), gold(TA, "active", "2025-10-30"),
              gold(Q, "active", "2025-10-30")]},
    {"lang": "en", "split": "held-out (fresh)", "publisher": "Babel (Bloomberg)", "published": "2024-12-12",
     "url": "https://babel.ua/en/news/113540-bloomberg-russia-is-negotiating-with-the-new-government-in-syria-to-keep-military-bases-there",
     "text": "Russia will soon make a deal with the new Syrian government to keep its two most important military bases in the Middle East.\n\nBloomberg writes about this with reference to sources.\n\nThe talks are that the Russians want to stay at the naval port in Tartus and the air base in Khmeimim.",
     "gold": [gold(TA, "active", "2024-12-12"), gold(HM, "active", "2024-12-12")]},
    # Arabic -------------------------------------------------------------------------
    {"lang": "ar", "split": "held-out (fresh)", "publisher": "Kataeb.org (أ ف ب)", "published": "2025-03-13",
     "url": "https://kataeb.org/articles/%D9%82%D8%A7%D8%B9%D8%AF%D8%A9-%D8%AD%D9%85%D9%8A%D9%85%D9%8A%D9%85-%D8%A7%D9%84%D8%B1%D9%88%D8%B3%D9%8A%D8%A9-%D8%AA%D8%B3%D8%AA%D8%B6%D9%8A%D9%81-%D8%A3%D9%83%D8%AB%D8%B1-%D9%85%D9%86-8-%D9%84%D8%A7%D9%81-%D8%B3%D9%88%D8%B1%D9%8A-%D9%81%D8%B1%D9%88%D8%A7-%D9%85%D9%86-%D8%A7%D9%84%D8%B9%D9%86%D9%81",
     "text": "أعلنت وزارة الخارجية الروسية الخميس أنها فتحت أبواب قاعدتها العسكرية في حميميم في سوريا أمام أكثر من 8 آلاف شخص فروا من الاشتباكات وأعمال العنف التي خلفت أكثر من ألف قتيل في منطقة الساحل غرب البلاد.",
     "gold": [gold(HM, "active", "2025-03-13")]},
    {"lang": "ar", "split": "held-out (fresh)", "publisher": "كوردستان24", "published": "2025-10-09",
     "url": "https://www.kurdistan24.net/ar/story/868331/%D8%B1%D8%AA%D9%84-%D8%B1%D9%88%D8%B3%D9%8A-%D9%8A%D8%AA%D8%AD%D8%B1%D9%83-%D9%85%D9%86-%D8%AD%D9%85%D9%8A%D9%85%D9%8A%D9%85-%D9%88%D9%8A%D8%B9%D9%88%D8%AF-%D9%85%D8%AD%D9%85%D9%84%D8%A7-%D8%A8%D9%85%D9%88%D8%A7%D8%AF-%D9%84%D9%85-%D9%8A%D9%81%D8%B5%D8%AD-%D8%B9%D9%86-%D8%B7%D8%A8%D9%8A%D8%B9%D8%AA%D9%87%D8%A7",
     "text": "أربيل (كوردستان24)- تحرك رتل روسي مؤلف من 25 شاحنة، ترافقه الشرطة العسكرية الروسية، من قاعدة حميميم في اللاذقية عند الساعة الثامنة صباحًا باتجاه مدينة طرطوس.\n\nوبحسب المعلومات، فقد عاد الرتل إلى القاعدة في تمام الساعة الرابعة عصرًا، محمّلًا بمواد لم يُفصح عن طبيعتها، أجبرت الرتل على السير ببطئ.\n\nيأتي ذلك في وقت تشهد فيه قاعدة حميميم حركة نشطة لطائرات الشحن الروسية العملاقة، التي تهبط فيها بشكل شبه متواصل.",
     # A convoy out and back the same day is no departure; the base is busy: active.
     "gold": [gold(HM, "active", "2025-10-09")]},
    {"lang": "ar", "split": "held-out (fresh)", "publisher": "عرب خبر (عربي21)", "published": "2024-12-28",
     "url": "https://arabkhabar.com/a/3893537",
     "text": "أعلنت إدارة العمليات العسكرية في سوريا، الجمعة، إقامة حاجز عسكري قرب بوابة مطار حميميم العسكري، الذي تتخذه روسيا قاعدة لها، في ريف اللاذقية.",
     # Russia still uses it as its base: active, as of the Friday (27th) or publication.
     "gold": [gold(HM, "active", "2024-12-27", "2024-12-28")]},
    {"lang": "ar", "split": "held-out (fresh)", "publisher": "عكاظ (سانا)", "published": "2026-02-08",
     "url": "https://www.okaz.com.sa/politics/na/2234852",
     "text": "تسلمت الحكومة السورية اليوم (الأحد)، مطار القامشلي الدولي من (قوات سوريا الديمقراطية «قسد») رسمياً.",
     # The SDF hands the airport to Damascus: no statement on Russia's posture.
     "gold": []},
    {"lang": "ar", "split": "held-out (fresh)", "publisher": "وطنا اليوم", "published": "2026-01-26",
     "url": "https://watananews.com/508143/",
     "text": "وطنا اليوم:تشهد مدينة القامشلي بمحافظة الحسكة شمال شرقي سوريا تحركات عسكرية روسية لافتة داخل مطارها الدولي، شملت تفكيك رادار عسكري ونقل عتاد إلى طائرات شحن.\n\nكما أفاد بأن قوات روسية لا تزال موجودة داخل المطار، دون ورود تأكيد بشأن انسحاب نهائي في الوقت القريب.",
     # Dismantling and loading under way, forces still there: withdrawing, not kept.
     "gold": [gold(Q, "withdrawing", "2026-01-26")]},
    {"lang": "ar", "split": "held-out (fresh)", "publisher": "Pravda AR (news-pravda.com)",
     "published": "2025-10-13",
     "url": "https://syria.news-pravda.com/russia/2025/10/13/136501.html",
     "text": "وقال لافروف إن سوريا مهتمة بالحفاظ على القواعد العسكرية الروسية في طرطوس وخميميم ، لكن يمكن تحويلها إلى مراكز إنسانية لإرسال الإمدادات إلى إفريقيا",
     "gold": [gold(TA, "active", "2025-10-13"), gold(HM, "active", "2025-10-13")]},
    {"lang": "ar", "split": "held-out (fresh)", "publisher": "TMC24 (رويترز)", "published": "2025-01-31",
     "url": "https://tmc24news.com/2025/01/31/%d8%b1%d9%88%d8%b3%d9%8a%d8%a7-%d9%85%d8%b3%d8%aa%d8%b9%d8%af%d8%a9-%d9%84%d9%84%d9%85%d8%b3%d8%a7%d8%b9%d8%af%d8%a9-%d9%81%d9%8a-%d8%a5%d8%b9%d8%a7%d8%af%d8%a9-%d8%a8%d9%86%d8%a7%d8%a1-%d8%b3%d9%88",
     "text": "قال مستشار كبير لشؤون الشرق الأوسط لدى الحكومة الروسية إن موسكو مستعدة للمساعدة في إعادة إعمار سوريا، فيما تواصل السعي لإبرام اتفاق مع القيادة الجديدة للاحتفاظ بالقاعدتين العسكريتين في ميناء طرطوس ومطار حميميم.",
     "gold": [gold(TA, "active", "2025-01-31"), gold(HM, "active", "2025-01-31")]},
    # Russian ------------------------------------------------------------------------
    {"lang": "ru", "split": "held-out (fresh)", "publisher": "1news.az (РИА Новости)", "published": "2025-10-13",
     "url": "https://1news.az/news/20251013021910760-Lavrov-zayavil-o-zainteresovannosti-Sirii-v-sokhranenii-voennykh-baz-RF",
     "text": "Сирия заинтересована в том, чтобы российские военные базы в Тартусе и Хмеймиме сохранялись, они могут быть перепрофилированы в гуманитарные хабы, заявил глава МИД РФ Сергей Лавров",
     "gold": [gold(TA, "active", "2025-10-13"), gold(HM, "active", "2025-10-13")]},
    {"lang": "ru", "split": "held-out (fresh)", "publisher": "RTVI", "published": "2025-12-08",
     "url": "https://rtvi.com/news/vse-horosho-klinczevich-rasskazal-o-rossijskoj-baze-v-sirii/",
     "text": "Российская военно-морская база в сирийском Тартусе продолжает работать: по этому вопросу между Москвой и Дамаском есть взаимопонимание, рассказал бывший член Совета Федерации Франц Клинцевич в интервью программе «Что это было» на RTVI.",
     "gold": [gold(TA, "active", "2025-12-08")]},
    {"lang": "ru", "split": "held-out (fresh)", "publisher": "News.ru (Bloomberg)", "published": "2025-10-30",
     "url": "https://news.ru/near-east/v-ssha-zafiksirovali-vozvrashenie-rossijskih-samoletov-na-bazu-v-sirii",
     "text": "Россия вновь начала отправлять военно-транспортные самолеты на свою авиабазу Хмеймим в сирийской Латакии, сообщает Bloomberg со ссылкой на сервис Flightradar24. Никакой официальной информации пока нет.\n\nАгентство отмечает, что полеты возобновились после почти полугодового перерыва.",
     "gold": [gold(HM, "active", "2025-10-30")]},
    {"lang": "ru", "split": "held-out (fresh)", "publisher": "Фокус (Reuters)", "published": "2026-01-26",
     "url": "https://focus.ua/world/741636-rossiya-teryaet-forpost-v-sirii-voennyh-rf-vygonyayut-s-klyuchevoy-bazy-kamyshly-video",
     "text": "Аэропорт Камышлы на северо-востоке Сирии называли ключевой российской базой в стране. Вывод войск может положить конец присутствию РФ в этом регионе.\n\nПостепенный вывод российских военных начался на прошлой неделе, а техника и тяжелое вооружение в последние дни перебрасываются на российскую авиабазу Хмеймим на западе страны. Часть контингента вернется в Россию, сообщает Reuters со ссылкой на пять сирийских источников.",
     # Began last week (to the month) and under way at publication; Hmeimim is where it goes.
     "gold": [gold(Q, "withdrawing", "2026-01-26", "2026-01-01")]},
    {"lang": "ru", "split": "held-out (fresh)", "publisher": "РБК", "published": "2026-01-28",
     "url": "https://www.rbc.ru/politics/28/01/2026/6979fc7a9a7947b1452112db",
     "text": "Вопрос о возможном выводе российских военных с аэродрома Камышлы в Сирии является прерогативой Минобороны России, заявил пресс-секретарь президента Дмитрий Песков.\n\nРоссийские военные присутствовали на военном аэродроме у города Камышлы на северо-востоке Сирии начиная с 2019 года после заключения соглашений о совместных патрулях между курдскими формированиями и Турцией. При этом основной авиабазой российских ВКС в Сирии остается Хмеймим (Латакия).",
     # The Kremlin neither confirms nor denies a withdrawal from Qamishli: nothing entered
     # for it; Hmeimim remains the main air base: active.
     "gold": [gold(HM, "active", "2026-01-28")]},
    {"lang": "ru", "split": "held-out (fresh)", "publisher": "НСН (Kurdistan24)", "published": "2026-01-27",
     "url": "https://nsn.fm/policy/kto-v-hmeimim-kto-domoi-vs-rf-nachali-vyhod-iz-siriiskoi-aviabazy-v-kamyshly",
     "text": "Российские военные, как утверждается, начали выход с военно-воздушной базы рядом с городом Камышлы в населенной курдами северо-восточной части Сирии, сообщил иракский телеканал Kurdistan24.",
     "gold": [gold(Q, "withdrawing", "2026-01-27", "2026-01-26")]},
    {"lang": "ru", "split": "held-out (fresh)", "publisher": "ТСН (Kurdistan24)", "published": "2026-01-26",
     "url": "https://tsn.ua/ru/svit/rossiya-vyvodit-voyska-iz-sirii-3008222.html",
     "text": "Российские военные покидают военный аэродром Эль-Камишли на севере Сирии.\n\nОб этом сообщает Kurdistan24.\n\nО том, что РФ эвакуирует свои базы в Сирии, неоднократно сообщало и Главное управление разведки (ГУР) Министерства обороны Украины. По данным ведомства, военные корабли начали покидать базу РФ в Тартусе в 2024 году.",
     # The ships of 2024 are a recap of another year's claim: not entered.
     "gold": [gold(Q, "withdrawing", "2026-01-26")]},
]
