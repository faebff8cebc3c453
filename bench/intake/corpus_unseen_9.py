"""The ninth held-out set of the intake evaluation (see `bench.intake.corpus`).

Assembled on 2026-12-02 (night) from the stored pages of the `search` tool, before any
change of this round to the pipeline; none of its URLs is in another split (checked
against the `url` lines of every corpus file). Some retell stories other splits hold in
other words (Reuters' and Maxar's December 2024 pictures of Hmeimim, Bloomberg's October
2025 flights, Kurdistan24's and Reuters' Qamishli reports of January 2026). Each excerpt
is verbatim as the stored page has it, cut to the paragraphs the entries need
(paragraphs left out are joined by a blank line). Every entry was written down by hand
from the text and committed before the pipeline first ran on these reports; that first
run is in BENCHMARKS.md ("Report intake", the ninth set).

`published`: the page's own date where the stored page gives one; otherwise the note says
where the date comes from. Conventions of the sets before are kept: warships gone from
Tartus is the base reduced, not left; in December 2024 a base that evacuation flights
leave from, or that units gather in before leaving, is withdrawing; a base said to
"remain unchanged" gets no entry (nothing the report states about it as of its date).
"""

from bench.intake.gold import HM, TA, Q, gold

UNSEEN_9_REPORTS = [
    # English ------------------------------------------------------------------------
    {"lang": "en", "split": "held-out 9", "publisher": "Dagens", "published": "2024-12-03",
     # published: not on the stored page; it says "As of December 3".
     "url": "https://dagens.com/world/russian-ships-leave-tartus-naval-base-as-opposition-forces-advance",
     "text": "The Russian Navy has withdrawn several ships from the Tartus naval base in Syria after opposition forces made gains in Aleppo province and nearby areas. Satellite images shared by Radio Svoboda confirm the movement of these ships, sparking concerns about the future of the base.\n\nIt is believed the ships left on December 2.\nThe Russian Ministry of Defense claims the move was for training exercises, but analysts see it as a response to the growing threat in the region.\nAs of December 3, opposition forces are reported to be around 75 kilometers from Tartus, according to open-source intelligence (OSINT) analysts.",
     # Ships withdrawn from the base: reduced.
     "gold": [gold(TA, "reduced", "2024-12-02", "2024-12-03")]},
    {"lang": "en", "split": "held-out 9", "publisher": "Devdiscourse (agencies)", "published": "2024-12-14",
     "url": "https://www.devdiscourse.com/article/law-order/3193709-russias-strategic-retreat-military-exit-from-syrian-air-base",
     "text": "Recent satellite images have unveiled a potential transition in Russian military operations in Syria. Photos captured by Maxar show strategic preparations at the Hmeimim air base, with Antonov AN-124 cargo planes positioned for equipment loading, indicating a possible large-scale withdrawal following the fall of President Bashar al-Assad.\n\nAt the base, components such as a dismantled Ka-52 attack helicopter and an S-400 air defence unit were visible, suggesting a systematic departure. Concurrently, a convoy of over 150 Russian military vehicles was reported moving in an orderly manner, implying that an agreement may have been reached for a controlled exit.\n\nDespite these developments, Russia's naval establishment in Tartous remains unchanged, and official commentary from Moscow remains absent.",
     # Loading to leave: withdrawing (Friday's pictures, 2024-12-13). Tartus unchanged: no entry.
     "gold": [gold(HM, "withdrawing", "2024-12-14", "2024-12-13")]},
    {"lang": "en", "split": "held-out 9", "publisher": "The Kyiv Independent", "published": "2025-01-28",
     "url": "https://kyivindependent.com/russia-evacuating-tartus",
     "text": "Large amount of Russian military gear reportedly evacuated from Syria's Tartus port\nJanuary 28, 2025 12:44 PM\n\nA \"large amount\" of Russian military equipment vanished from the Syrian port of Tartus with the departure of the Russian cargo ship Sparta II, an investigative journalist at Radio Free Europe/Radio Liberty, Mark Krutov, said on Jan. 27, citing satellite images.\nAnother Russian cargo ship called Sparta remained docked in the port after the two ships idled for weeks off the coast before being granted permission to dock, the BBC reported.",
     # Equipment being taken out, a ship still loading: withdrawing.
     "gold": [gold(TA, "withdrawing", "2025-01-28", "2025-01-27")]},
    {"lang": "en", "split": "held-out 9", "publisher": "Euromaidan Press", "published": "2025-10-31",
     "url": "https://euromaidanpress.com/2025/10/31/russia-reactivates-syrian-airbase-in-high-stakes-gamble-on-post-assad-leadership/",
     "text": "Russian military aircraft have returned to Syria’s Hmeimim airbase between 24–29 October, ending a months-long suspension that began in March 2025 after President Bashar al-Assad’s regime collapsed in December 2024. The renewed activity follows Syrian President Ahmed al-Sharaa’s 15 October visit to Moscow, where he pledged to uphold existing agreements on key Russian military installations in Syria.\n\nA source close to the Kremlin told Bloomberg that Russia has fully resumed operations at Hmeimim airbase, corroborated by open-source flight tracking data.",
     # Flights back, operations resumed: active.
     "gold": [gold(HM, "active", "2025-10-31", "2025-10-29", "2025-10-24")]},
    {"lang": "en", "split": "held-out 9", "publisher": "Kyiv Post (HUR)", "published": "2025-01-03",
     "url": "https://www.kyivpost.com/post/44879",
     "text": "Russian units in Syria, presently stationed at the Port of Tartus, are awaiting ships to relocate them to Africa, the Main Intelligence Directorate of the Ministry of Defense of Ukraine (HUR) stated.\n\nAccording to Ukrainian special services, the Russians plan to use the cargo ships Sparta and Sparta II to transport military equipment and weapons from Syria to Libya.",
     # Units waiting at the port to be taken away: withdrawing.
     "gold": [gold(TA, "withdrawing", "2025-01-03")]},
    {"lang": "en", "split": "held-out 9", "publisher": "MetroScroll", "published": "2026-01-27",
     # published: not on the stored page; it tells of "Monday, January 26, 2026" and "today".
     "url": "https://metroscroll.com/?p=4796",
     "text": "(In a major shift for the Kremlin’s Middle East footprint, Russian forces have officially begun a phased withdrawal from the Qamishli Airport in northeastern Syria, ending a seven-year presence at the strategic hub.)\n\nThe evacuation, which began in earnest on Monday, January 26, 2026, saw Il-76MD transport aircraft loading heavy equipment, armored vehicles, and helicopters for relocation to the Khmeimim Air Base on the Mediterranean coast. Sources report that the final “elite contingent” was pulled out today as part of a coordinated plan with the new Syrian government led by President Ahmed al-Sharaa.\nThe withdrawal follows intense pressure from Damascus, which has argued that there is “nothing left for the Russians to do” in the north after government forces seized control of the region from the Kurdish-led SDF earlier this month. While Moscow will maintain its “vital assets”—the Tartus naval base and Khmeimim air base—the loss of Qamishli signals a significant rollback of Russian influence in the resource-rich northeast, a move reportedly carried out in coordination with both Syrian and U.S. stakeholders.",
     # A phased withdrawal begun on the Monday; Tartus and Khmeimim are to be kept (a plan,
     # no entry), and must not be proposed as left.
     "gold": [gold(Q, "withdrawing", "2026-01-26", "2026-01-27")]},
    # Arabic -------------------------------------------------------------------------
    {"lang": "ar", "split": "held-out 9", "publisher": "إرم نيوز (رويترز)", "published": "2024-12-13",
     "url": "https://eremnews-fe-app-production.azurewebsites.net/news/arab-world/32ccq5d",
     "text": "أقمار اصطناعية تكشف تجهيزات روسية لمغادرة \"حميميم\" السورية (صور)\n\nكشفت صور أقمار اصطناعية يوم الجمعة، عن تجهيزات روسية بقاعدة حميميم في سوريا للمغادرة.\n\nونقلت صحيفة \"واشنطن بوست\" عن شركة \"ماكسار\" للأقمار الاصطناعية رصدها طائرتين من طراز \"أنتونوف أيه إن-124\"، إحدى أكبر طائرات الشحن في العالم، ومقدمتهما مفتوحة بقاعدة حميميم في اللاذقية على الساحل السوري.\n\nوقالت الشركة إن \"طائرتين للنقل الثقيل من طراز أيه.إن-124 تتواجدان في المطار، ومقدمتهما مفتوحة وفي وضع استعداد لتحميل العتاد\".",
     # Preparing to leave: withdrawing (Friday 2024-12-13).
     "gold": [gold(HM, "withdrawing", "2024-12-13")]},
    {"lang": "ar", "split": "held-out 9", "publisher": "معكاف", "published": "2024-12-15",
     # published: the date in the URL.
     "url": "https://maakav.org.il/2024/12/15/%D8%B1%D9%88%D8%B3%D9%8A%D8%A7-%D8%AA%D8%A8%D8%AF%D8%A3-%D8%B3%D8%AD%D8%A8-%D9%82%D9%88%D8%A7%D8%AA%D9%87%D8%A7-%D9%85%D9%86-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7/",
     "text": "روسيا تبدأ سحب قواتها من سوريا\n\nتكشف صور الأقمار الصناعية: روسيا تحشد معدات عسكرية في قاعدة حميميم وتحملها على طائرات النقل • يتم تفكيك طائرات هليكوبتر قتالية وأنظمة دفاع جوي متقدمة • قوافل عسكرية تتحرك نحو القاعدة • شوهدت سفن حربية تغادر ميناء طرطوس • مسؤول سوري: طائرة نقل روسية أقلعت بالفعل إلى ليبيا.\n\nبدأت روسيا انسحاباً كبيراً لقواتها من سوريا في ظل سقوط نظام بشار الأسد، وفقاً لصور الأقمار الصناعية والتقارير الميدانية. وأفادت وكالة رويترز يوم السبت 14 ديسمبر، نقلاً عن مسؤول أمني سوري، أن طائرة نقل روسية أقلعت من قاعدة حميميم الجوية في اللاذقية إلى ليبيا، ومن المتوقع مغادرة المزيد من الطائرات قريباً.",
     # Equipment gathered and loaded at Hmeimim: withdrawing; warships leaving Tartus: reduced.
     "gold": [gold(HM, "withdrawing", "2024-12-15", "2024-12-14"),
              gold(TA, "reduced", "2024-12-15", "2024-12-14")]},
    {"lang": "ar", "split": "held-out 9", "publisher": "هاشتاغ سوريا (بلومبرغ)", "published": "2025-10-30",
     # published: the date in the URL ("الخميس", Thursday 2025-10-30).
     "url": "https://www.hashtagsyria.com/world-news/2025/10/30/%D8%B1%D9%88%D8%B3%D9%8A%D8%A7-%D8%AA%D8%B3%D8%AA%D8%A3%D9%86%D9%81-%D8%B1%D8%AD%D9%84%D8%A7%D8%AA%D9%87%D8%A7-%D8%A7%D9%84%D8%AC%D9%88%D9%8A%D8%A9-%D8%A5%D9%84%D9%89-%D9%82%D9%88%D8%A7%D8%B9%D8%AF%D9%87%D8%A7-%D9%81%D9%8A-%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%A8%D8%B9%D8%AF-%D8%AA%D9%88%D9%82%D9%81-%D8%A3%D9%83%D8%AB%D8%B1-%D9%85%D9%86-%D9%86%D8%B5%D9%81",
     "text": "أعلنت مصادر روسية، الخميس، استئناف حركة الطيران من وإلى قواعد موسكو العسكرية في سوريا، بعد توقف دام نحو ستة أشهر، بالتزامن مع جهود دمشق وأنقرة لإعادة بناء العلاقات السياسية بينهما بعد تغييرات حكومية في سوريا.\nونقلت وكالة “بلومبرغ” عن مصدر مقرب من الكرملين أن الطيران الروسي عاود الرحلات إلى هذه المواقع، بينما أظهرت بيانات موقع “Flightradar24” لتتبع الرحلات الجوية أن طائرتين روسيتين على الأقل حطتا في قاعدة حميميم منذ 24 تشرين الأول، إحداهما طائرة شحن ثقيلة والثانية تابعة لسلاح الجو الروسي قادمة من ليبيا، قبل العودة إلى موسكو في 26 من الشهر نفسه.\nوتعتمد روسيا على قواعدها في ليبيا لتوسيع نطاق نفوذها العسكري في الشرق الأوسط وأفريقيا، بينما يمثل ميناء طرطوس نقطة الارتكاز البحري الوحيدة لها في البحر المتوسط، إلى جانب القاعدة الجوية التي تُعد مركزًا لوجستيًا مهمًا للعمليات الروسية في المنطقة.",
     # Planes landing again: Hmeimim active; Tartus Russia's naval foothold: active.
     "gold": [gold(HM, "active", "2025-10-30", "2025-10-24"), gold(TA, "active", "2025-10-30")]},
    {"lang": "ar", "split": "held-out 9", "publisher": "المعلومة (ديفينس إكسبريس)", "published": "2024-12-09",
     # published: not on the stored page; Defense Express's report of Sunday 2024-12-08.
     "url": "https://almaalomah.me/news/84826/translated/روسيا-تغادر-سوريااجلاء-السفن-والأسلحة-من-طرطوس-وحميميم",
     "text": "روسيا تغادر سوريا..اجلاء السفن والأسلحة من طرطوس وحميميم\nالمعلومة/ ترجمة ..\nكشف تقرير لموقع ديفينس اكسبريس ، الاحد، ان الكتيبة الروسية انسحبت من مدينة من الأراضي السورية ، كما سحب الروس لسفن الحربية من قاعدة طرطوس البحرية وينقلون بقايا الأسلحة من قاعدة حميميم الجوية اثر التغير الحاصل في نظام الحكم داخل البلاد.",
     # Warships taken out of Tartus: reduced; the last weapons being moved out of Hmeimim: withdrawing.
     "gold": [gold(TA, "reduced", "2024-12-08", "2024-12-09"),
              gold(HM, "withdrawing", "2024-12-08", "2024-12-09")]},
    {"lang": "ar", "split": "held-out 9", "publisher": "تيسا وورلد", "published": "2025-08-12",
     "url": "https://www.tesaaworld.com/news/objectives-and-implications-of-strengthening-russias-military-presence-in-qamishli",
     "text": "أهداف وتداعيات تعزيز روسيا وجودها العسكري في القامشلي\n12 أغسطس 2025\n\nعززت روسيا وجودها العسكري في مطار القامشلي عبر سلسلة من الإجراءات شملت تطوير البنية التحتية وزيادة الوجود البشري والمعدات. هذه التحركات تأتي في وقت تشهد فيه المنطقة توترات متصاعدة بين القوى الدولية والفاعلين المحليين.",
     "gold": [gold(Q, "reinforced", "2025-08-12")]},
    # Russian ------------------------------------------------------------------------
    {"lang": "ru", "split": "held-out 9", "publisher": "Martinlove (ГУР)", "published": "2024-12-08",
     # published: not on the stored page; it tells of 8 December.
     "url": "https://martinlove.com.ua/?p=219359",
     "text": "8 декабря вышли фрегат и грузовое судно из Тартуса в Средиземное море. Россияне начали выводить корабли с сирийской базы в связи со свержением режима диктатора Башара Асада.\nПо данным Главного управления разведки Министерства обороны, они также перебрасывают остатки вооружения самолетами с авиабазы «Хмеймим».",
     # Ships taken out of Tartus: reduced; the last weapons flown out of Hmeimim: withdrawing.
     "gold": [gold(TA, "reduced", "2024-12-08"), gold(HM, "withdrawing", "2024-12-08")]},
    {"lang": "ru", "split": "held-out 9", "publisher": "Вестипад (Naval News)", "published": "2024-12-03",
     # published: not on the stored page; it tells of the morning of 2 December 2024.
     "url": "https://vestipad.ru:443/ugroza-rossijskomu-flotu-v-tartuse-mery-predostorozhnosti",
     "text": "Угроза российскому флоту в Тартусе: меры предосторожности\n\nВоенно-морская база России в сирийском Тартусе оказалась под реальной угрозой из-за наступления террористов. Об этом сообщает издание Naval News. В материалах упоминается, что, учитывая опасность, российское командование приняло решение вывести корабли из Тартуса в открытое море.\n\nС приближением линии конфликта Россия усиливает меры безопасности. В настоящее время на базе в Тартусе располагаются пять военных кораблей и подводная лодка. Сообщается, что вспомогательное судно «Ельня» покинуло порт утром 2 декабря 2024 года, также есть данные о том, что некоторые или все остальные суда могли также покинуть Тартус.",
     # Ships taken out to sea: reduced.
     "gold": [gold(TA, "reduced", "2024-12-02", "2024-12-03")]},
    {"lang": "ru", "split": "held-out 9", "publisher": "5 канал (ГУР)", "published": "2024-12-16",
     # published: not on the stored page; it tells of 15 December.
     "url": "https://www.5.ua/ru/obshchestvo/rossyia-aktyvno-evakuyruet-voiska-yz-syryy-yspolzuia-transporti-yl-76-y-an-124-hur-340675.html",
     "text": "россия продолжает масштабный вывод своих войск из Сирии на фоне падения режима Башара Асада. По данным Главного управления разведки Министерства обороны Украины, россия активно использует военно-транспортные самолеты Ил-76МД и Ан-124-100 для эвакуации вооружения, техники и личного состава.\n\n15 декабря российские войска также продолжили перемещение своих подразделений из глубины Сирии в основные базы в Хмеймиме и Тартусе, контроль над которыми кремль надеется сохранить.",
     # As the seventh set read the same days: units gathering in the two bases while the
     # evacuation goes on is both bases withdrawing (hoped to be kept: not left).
     "gold": [gold(HM, "withdrawing", "2024-12-15", "2024-12-16"),
              gold(TA, "withdrawing", "2024-12-15", "2024-12-16")]},
    {"lang": "ru", "split": "held-out 9", "publisher": "Радио Свобода (Bloomberg)", "published": "2025-10-30",
     "url": "https://www.svoboda.org/a/rossiya-vozobnovila-polety-na-aviabazu-v-sirii-posle-vstrechi-putina-i-ash-sharaa/33577249.html",
     "text": "Российские военные самолеты возобновили полеты на авиабазу Хмеймим в Сирии через полгода перерыва. Это произошло после визита в Москву сирийского президента переходного периода Ахмеда аш-Шараа.\n\nКак сообщает агентство Bloomberg, российский военный транспортный самолет Ил-62М прилетел на аэродром Латакия из Ливии 26 октября, а затем вылетел оттуда в Московскую область. Также с 24 по 29 октября три полета в Латакию совершил грузовой самолет Ан-124-100 \"Руслан\".",
     "gold": [gold(HM, "active", "2025-10-30", "2025-10-29", "2025-10-26", "2025-10-24")]},
    {"lang": "ru", "split": "held-out 9", "publisher": "Новая газета Европа", "published": "2024-12-08",
     # published: not on the stored page; rebels entered Tartus on 2024-12-07/08 (an
     # analyst would date it either day).
     "url": "https://dck8xvlq18iei.cloudfront.net/ru/356978",
     "text": "Сирийские повстанцы вошли в Тартус, где находится единственная российская военно-морская база в регионе\n\nСирийские повстанцы вошли в крупный портовый город Tартус, сообщает Al Jazeera. Местные жители ранее подняли флаги оппозиции и начали разрушение статуй Асадов.\n\nВ Тартусе расположена российская военно-морская база. Разные источники еще накануне сообщали, что россияне начали выводить корабли из Тартуса.\n\nСпутниковые снимки показывают, что с учений в Средиземном море на базу не вернулись два из шести кораблей ВМФ России. Тартус покинули фрегат «Адмирал Горшков» и вспомогательное судно «Ельня», пишут OSINT-аналитики.\n\nТеперь на базе находятся фрегат «Адмирал Головко», сторожевой корабль «Адмирал Григорович», вспомогательное судно «Вязьма» и подводная лодка «Новороссийск».",
     # Two of six ships gone, four still there: reduced.
     "gold": [gold(TA, "reduced", "2024-12-08", "2024-12-07")]},
]
