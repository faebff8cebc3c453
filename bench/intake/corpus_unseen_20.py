"""The twentieth held-out set of the intake evaluation (see `bench.intake.corpus`).

Assembled on 2026-12-03 (late afternoon) from the stored pages of the `search` tool (corpus
`pages`, queries in English, Arabic and Russian), before any change of this round to the
pipeline; none of its URLs is in another split (checked against the `url` lines of every
corpus file, percent-decoded, a stored URL that is a prefix of a new one, or the other way
round, counting as the same page). The stored pages are saturated: of about 110 candidate
URLs checked, about 75 were in a split already, and of the new ones many were of events
before December 2024 (Ain Issa and Tal Tamr in 2020-2021, Tabqa in 2019), which the set
leaves out. So the set is short of the 24 asked for: 21 reports (8 English, 6 Arabic, 7
Russian). Chosen from publishers no other split cites (RFE/RL's gallery, Sahel
Intelligence, Prokurorska Pravda, the Ukrainian space agency's page, Libya Al-Ahrar,
HadNews, عربي بوست, صوت العاصمة, تركيا عاجل, عرب خبر, ok.ru, Власти, Daily Storm,
ExpressAsia, Смотрим, Стаханов) and from moments the sets before had little of: the
equipment moved from Tartus to Tobruk in April 2025, Russian units leaving Hmeimim for a
day and coming back in November 2025, Hmeimim's presence said to be shrinking in 2025, the
Tartus contract's cancellation told five ways. Honestly: The Maritime Executive's and
Babel's reports of 3 January 2025 retell Ukraine's intelligence statement other splits hold
through the Kyiv Post and the Kyiv Independent, عربي بوست and جور نيوز retell Reuters' story
of 14 December 2024, and many dates are estimates from the text, each said in a comment
(إرم نيوز's video page, "mid-2025", is the weakest). Each excerpt is as the search gave the
stored page, cut to the paragraphs the entries need. Every entry was written down by hand
from the text and committed before the pipeline first ran on these reports; that first run
is in BENCHMARKS.md ("Report intake", the twentieth set).

Conventions of the sets before are kept: a base the report says is kept or not left is
active and must never be proposed as left; a plan, a wish, a hope or a condition to keep a
base is no entry; a base said to be Russia's, to exist or to work is active; a base a move
goes to is not entered from the move alone; ships leaving Tartus make it reduced; equipment
staged at or shipped out of a base for an evacuation makes it withdrawing; civilians or
diplomats flown out of a base are not the force; a company's port contract is not the
force; a report that says nothing of Russia's forces at a named facility has no entry.
"""

from bench.intake.gold import HM, TA, gold

UNSEEN_20_REPORTS = [
    # English --------------------------------------------------------------------------
    {"lang": "en", "split": "held-out 20", "publisher": "RFE/RL (photo gallery)", "published": "2024-12-14",
     # published: not on the stored page; the satellite images "made on December 13" it
     # captions: an estimate, the day after.
     "url": "https://rferl.org/amp/syria-russian-bases-military-assad-uncertainty-war/33241239.html",
     "text": "A memorial event for Russian pilot Roman Filipov at the Hmeimim air base near Latakia, Syria, in February 2023.\nSatellite images made on December 13 show Russia appears to be withdrawing equipment from the Hmeimim base after the recent toppling of its ally, President Bashar al-Assad.\nA satellite view of Russia’s naval facility in Tartus, on Syria’s Mediterranean coast on December 13, 2024.\nThe Kremlin has reportedly been in talks with militant group Hayat Tahrir al-Sham (HTS), now the de facto government in Syria, over the future of Russia’s Syrian bases.\nHamilton says it remains to be seen whether talks between Russia and HTS, \"are about ensuring an orderly withdrawal of Russian forces from Syria, or about ensuring Russia can maintain its bases there.\"\nBen Dubow, a senior fellow at the Center for European Policy Analysis, told RFE/RL the current talks between Russia and HTS could result in \"a greatly reduced Russian presence,\" in the Syrian bases compared to the active combat phase during Assad’s rule.",
     # "appears to be withdrawing equipment from the Hmeimim base": withdrawing (a hedge,
     # entered; the images' day or the publication). The photo captions of earlier years, the
     # talks and the "could result in a greatly reduced Russian presence" are no entry.
     "gold": [gold(HM, "withdrawing", "2024-12-14", "2024-12-13")]},
    {"lang": "en", "split": "held-out 20", "publisher": "Babel (English, HUR)", "published": "2025-01-03",
     # published: the page's own date.
     "url": "https://babel.ua/en/news/114173-gur-confirmed-that-russia-will-transfer-military-equipment-from-syria-to-libya",
     "text": "The Main Intelligence Directorate (known as GUR) of the Ministry of Defense of Ukraine has confirmed that the Russians are planning to transfer some military equipment to Libya. The WSJ newspaper previously reported on this.\n\nThis is reported by the press service of GUR.\n\nAt the naval base in the Syrian city of Tartus, the Russians are waiting for warships to remove equipment and weapons. Mercenaries from the \"African Corps\" controlled by the Russian Ministry of Defense are also stationed there.\n\nAccording to the plan, on January 5, large landing ships \"Ivan Gren\" and \"Alexander Otrakovsky\", as well as the dry cargo ship Sparta, will arrive in the Syrian port. On board the \"Otrakovsky\" is the chief of staff of the 121st brigade of landing ships of the Russian fleet, Captain 1st rank Davityan Yuri Albertovich. The ships are currently in the Mediterranean Sea.\n\nThe cargo ships Sparta and Sparta II will be used to transport military equipment and weapons from Syria to Libya.",
     # Equipment at Tartus waiting for the ships that will remove it: withdrawing (staged for
     # the evacuation, as set 19's Maritime Executive); the ships' arrival is a plan.
     "gold": [gold(TA, "withdrawing", "2025-01-03")]},
    {"lang": "en", "split": "held-out 20", "publisher": "The Maritime Executive", "published": "2025-01-03",
     # published: the page's own date ("Published Jan 3, 2025").
     "url": "https://maritime-executive.com/index.php/article/report-russian-ships-heading-to-syria-to-move-equipment-to-libya",
     "text": "Report: Russian Ships Heading to Syria to Move Equipment to Libya\n\nPublished Jan 3, 2025 2:43 PM by The Maritime Executive\n\nThe Russian evacuation of troops and equipment from Syria after the fall of the government is continuing. The Main Intelligence Directorate (GUR) of the Ministry of Defense of Ukraine reports a flotilla of Russian ships will be arriving in the Syrian port of Tartus in the coming days with some destined for Africa.\n\nAmong the personnel they believe are heading to Syria to oversee the next phase of the evacuation is the Russian Chief of Staff of the landing ships fleet. GUR reports Russia has been massing at Tartus its long-time outpost after withdrawing from forward positions to continue the evacuation that began shortly after Bashar al-Assad fled the country turning up in Moscow.",
     # "massing at Tartus ... to continue the evacuation": withdrawing (the gathering is for
     # leaving); ships "arriving" is a plan.
     "gold": [gold(TA, "withdrawing", "2025-01-03")]},
    {"lang": "en", "split": "held-out 20", "publisher": "Sahel Intelligence", "published": "2024-12-20",
     # published: the page's own date.
     "url": "https://sahel-intelligence.com/36190-syria-evacuation-of-polisario-members-and-algerian-military-personnel.html",
     "text": "The Russian Ministry of Foreign Affairs has announced the beginning of the withdrawal of some staff from the Russian embassy in Damascus, with a special flight of the Russian Air Force that took off from the Hmeimim airbase in Syria. On board this plane were also members of the diplomatic missions of Belarus, North Korea, and Abkhazia.\n\nSince September 2015, Russia has deployed a military contingent of over 7,500 soldiers in Syrian territory to support Bashar al-Assad’s regime against rebel forces. However, after Bashar’s downfall, Russia began withdrawing its troops from the frontlines in the northern part of the country and from positions in the Alawite mountains. The two main Russian military bases in Syria, the Hmeimim airbase, located about 20 km southeast of Latakia, and the Tartous naval base, are of strategic importance to the Kremlin.",
     # Diplomats flown out of Hmeimim are not the force; the frontlines and mountains are no
     # facility; the bases' "strategic importance" says nothing of the force: no entry.
     "gold": []},
    {"lang": "en", "split": "held-out 20", "publisher": "Prokurorska Pravda (English, CNN)", "published": "2024-12-10",
     # published: not on the stored page; the CNN Türk report it retells (about 10 December
     # 2024, as set 19's NewsYou): an estimate.
     "url": "https://prokurorska-pravda.today/en/news/rf-obratilas-k-turtsii-za-pomoschyu-v-vy-1",
     "text": "Russia has sought Turkey's assistance in withdrawing its troops from Syria, according to CNN.\n\nThe channel emphasizes that Moscow still hopes to maintain military bases in Tartus and Khmeimim. The appeal to Turkey concerns army units located in other regions of the country.\n\nOn December 8, the Main Intelligence Directorate of the Ministry of Defense of Ukraine reported that Russian military forces are withdrawing their ships from the base in Tartus and transferring remaining weaponry by planes from Khmeimim. According to their information, the frigate \"Admiral Grigorovich\" of the Russian Black Sea Fleet and the cargo ship \"Engineer Trubin\" of the Northern Fleet have departed from Tartus into the Mediterranean Sea.",
     # Ships withdrawn from Tartus: reduced; weaponry flown out of Khmeimim: withdrawing (both
     # the 8 December of the statement, or the publication). The hope to keep both is no entry.
     "gold": [gold(TA, "reduced", "2024-12-08", "2024-12-10"),
              gold(HM, "withdrawing", "2024-12-08", "2024-12-10")]},
    {"lang": "en", "split": "held-out 20", "publisher": "State Space Agency of Ukraine (Business Insider)", "published": "2024-12-11",
     # published: not on the stored page; the Business Insider story it translates, with Maxar
     # images of "Tuesday" (10 December 2024): an estimate.
     "url": "https://spacecenter.gov.ua/novyny/znimki-vijskovix-baz-u-siri%D1%97-vkazayut-na-te-shho-rosiya-vivela-korabli-z-tartusu.html?lang=en",
     "text": "Pictures of military bases in Syria indicate that, that Russia withdrew ships from Tartus\n\nImage, made this week by Maxar Technologies and obtained by Business Insider, show, that Russian aircraft are still present at the Khmeimim air base , але військові кораблі більше не дислокуються на військово-морському об’єкті в Тартусі.\n\nIt is currently unclear, has russia left this base. At that time, image, made on Tuesday, show, that Russian warships have disappeared from the naval base in Tartus, a port city on the Mediterranean Sea. At least two frigates were spotted several miles off the coast. Five Russian surface ships — three frigates and two resupply tankers — and a submarine were spotted at the Tartus base earlier this week, but they all left the facility.",
     # "Russian aircraft are still present at the Khmeimim air base": active; the warships
     # "disappeared from the naval base in Tartus", "all left the facility": reduced (the
     # Tuesday or the publication).
     "gold": [gold(HM, "active", "2024-12-11"),
              gold(TA, "reduced", "2024-12-11", "2024-12-10")]},
    {"lang": "en", "split": "held-out 20", "publisher": "Libya Al-Ahrar (English)", "published": "2025-04-10",
     # published: not on the stored page; the transfers "from the fourth to the eighth of
     # April" (2025, Express Defense's report of that month): an estimate, two days after.
     "url": "https://libyaalahrar.net/ukrainian-sources-reveal-that-russia-transferred-military-equipment-from-syria-to-eastern-libya/",
     "text": "Ukrainian sources reveal that Russia transferred military equipment from Syria to eastern Libya\n\nThe Ukrainian website ‘Express Defense’ confirmed that Russia has transferred military equipment from the Russian naval base in Tartus, Syria, to the port of Tobruk.\n\nThe website quoted intelligence authorities stating that the transfer operations continued from the fourth to the eighth of April, and the military equipment was transferred by two ships belonging to the Northern Fleet of the Russian Navy that entered the Mediterranean two weeks ago.\n\nThe website said that the nature of Russian supplies to Libya are uncertain, and cannot be reliably distinguished from satellite images that show equipment being loaded onto Russian ships in Tartous, which may raise fears of new tension in the region.",
     # Equipment shipped out of the Tartus base: withdrawing (the publication, or the days of
     # the transfer); Tobruk is where it goes, not a stored facility.
     "gold": [gold(TA, "withdrawing", "2025-04-10", "2025-04-08", "2025-04-04")]},
    {"lang": "en", "split": "held-out 20", "publisher": "HadNews (The Times video)", "published": "2024-12-13",
     # published: not on the stored page; the video it embeds, "uploaded on 12/13/2024": an
     # estimate.
     "url": "https://hadnews.com/russia-withdraws-hundreds-of-troops-from-syria",
     "text": "In a strategic move, hundreds of Russian troops have begun evacuating Syria, withdrawing their soldiers and military vehicles from various positions across the country. The troops have been reported to be heading towards two key bases, leaving behind empty outposts and abandoned posts.\nThis sudden evacuation comes amidst rising tensions in the region and escalating conflicts, particularly with neighboring Turkey. The decision to withdraw troops signals a potential shift in Russia’s military involvement in Syria, where they have been supporting government forces in the ongoing civil war for several years.",
     # No facility is named (the "two key bases" are where the troops go): no entry.
     "gold": []},
    # Arabic ---------------------------------------------------------------------------
    {"lang": "ar", "split": "held-out 20", "publisher": "عربي بوست", "published": "2024-12-17",
     # published: the page's own date (2024/12/17).
     "url": "https://arabicpost.net/%d8%aa%d9%82%d8%a7%d8%b1%d9%8a%d8%b1-%d8%b4%d8%a7%d8%b1%d8%ad%d8%a9/2024/12/17/%d8%b7%d8%b1%d8%b7%d9%88%d8%b3-%d9%88%d8%ad%d9%85%d9%8a%d9%85%d9%8a%d9%85-%d9%88%d8%aa%d9%8a%d9%81%d9%88%d8%b1-%d9%85%d8%a7%d8%b0%d8%a7-%d9%86%d8%b9%d8%b1%d9%81-%d8%b9%d9%86-%d8%a7%d9%84",
     "text": "طرطوس و”حميميم” و”تيفور”.. ماذا نعرف عن القواعد الروسية في سوريا؟\n\nعربي بوست\nتم النشر: 2024/12/17 الساعة 13:57 بتوقيت غرينتش\n\nوأعلن الكرملين في 16 ديسمبر 2024 عن محادثات مستمرة مع الإدارة الجديدة للبلاد، مشيراً إلى أن مصير القواعد العسكرية الروسية في سوريا لا يزال قيد النقاش. فيما نقلت وكالة \"رويترز\" عن 4 مسؤولين سوريين أن روسيا بدأت بسحب قواتها من خطوط المواجهة في شمال سوريا ومن مواقع في جبال العلويين، لكنها لم تنسحب من قاعدتيها الأساسيتين، قاعدة حميميم الجوية في اللاذقية وطرطوس البحرية. وتعد القاعدتان ركيزتين أساسيتين للوجود العسكري الروسي في البحر الأبيض المتوسط وأفريقيا.",
     # "لم تنسحب من قاعدتيها الأساسيتين، قاعدة حميميم ... وطرطوس": both active (not left).
     "gold": [gold(HM, "active", "2024-12-17"),
              gold(TA, "active", "2024-12-17")]},
    {"lang": "ar", "split": "held-out 20", "publisher": "جور نيوز", "published": "2024-12-16",
     # published: not on the stored page; after the fall of Assad "في ديسمبر 2024" and the
     # satellite images of Hmeimim of 13-15 December: an estimate.
     "url": "https://jornews.com/amp/post/105988",
     "text": "ما مصير القواعد الروسية في سوريا بعد سقوط الأسد؟\n\nتعد قاعدتا حميميم الجوية وطرطوس البحرية من أبرز المراكز العسكرية الروسية في سوريا، حيث تلعبان دورًا محوريًا في تعزيز النفوذ الروسي بالشرق الأوسط.\n\nوبعد سقوط نظام بشار الأسد في ديسمبر 2024، بدأت تقارير تشير إلى أن روسيا بدأت في سحب بعض معداتها العسكرية، لكنها لا تزال تحافظ على وجودها في القاعدتين الاستراتيجيتين.\n\nمؤخرًا، أظهرت صور الأقمار الصناعية تجهيزات لنقل معدات من قاعدة حميميم، بما في ذلك طائرات ومروحيات وأنظمة دفاع جوي. رغم ذلك، تؤكد موسكو على رغبتها في الحفاظ على وجودها العسكري في سوريا تحت غطاء \"مكافحة الإرهاب الدولي\" وضمان مصالحها الاستراتيجية في المنطقة.",
     # "لا تزال تحافظ على وجودها في القاعدتين": both kept, active; the preparations to move
     # equipment from Hmeimim do not make a kept base left (the author's call: the keeping is
     # said of the present, the preparations are preparations). The wish is no entry.
     "gold": [gold(HM, "active", "2024-12-16"),
              gold(TA, "active", "2024-12-16")]},
    {"lang": "ar", "split": "held-out 20", "publisher": "صوت العاصمة", "published": "2025-11-10",
     # published: not on the stored page; after "السبت 9 تشرين الثاني" (2025, after the flights
     # resumed on 30 October): an estimate, the day after.
     "url": "https://damascusv.com/?p=69218",
     "text": "نفت مصادر صوت العاصمة صحة الفيديو المتداول خلال الساعات الأخيرة، والذي يُظهر مرور أرتال عسكرية عبر جسر الرستن في مدينة حمص، مشيرة إلى أن جسر الرستين مُغلق بالاتجاهين ولا يزال يشهد عمليات صيانة بعد خروجه عن الخدمة إثر قصف لطيران النظام المخلوع، مرجحة أن يكون الفيديو قد التُقطت في فترات سابقة لأرتال عسكرية روسية أو سورية خلال مرورها في المنطقة.\nوقالت مصادر خاصة لـ صوت العاصمة إن قوات روسية فعلاً انطلقت من قاعدة حميميم السبت 9 تشرين الثاني باتجاه محافظة حمص، دون تنفيذ أي انتشار أو إنشاء لقواعد عسكرية في المنطقة الوسطى كما تدعي وسائل إعلامية.\nوأكدت المصادر أن القوات الروسية عادت بعد بضعة ساعات إلى القاعدة في حميميم دون ترك أياً من عناصرها في المنطقة الوسطى.\nوفي 30 تشرين الأول الفائت، استئنافت موسكو الرحلات العسكرية نحو سوريا، وذلك بعد توقف نحو 6 أشهر.\nوبحسب بيانات موقع Flightradar24، فقد رُصد وصول طائرتين عسكريتين روسيتين إلى مطار حميميم في محافظة اللاذقية.",
     # Forces that set out from Hmeimim and "عادت ... إلى القاعدة في حميميم", military planes
     # arriving there: active (the Saturday, or the publication). A day's patrol is no
     # leaving.
     "gold": [gold(HM, "active", "2025-11-10", "2025-11-09")]},
    {"lang": "ar", "split": "held-out 20", "publisher": "إرم نيوز (video page)", "published": "2025-06-15",
     # published: not on the stored page; after the refugees sheltered at the base "خلال
     # الأشهر الماضية" (March 2025) and months of talks: a weak estimate, mid-2025.
     "url": "https://eremnews-fe-app-production.azurewebsites.net/videos/8srzojc",
     "text": "في زاوية بعيدة من الساحل السوري، كانت الطائرة الأخيرة تُقلع من مدرج مطار حميميم، بينما تتوارى خلفها سنوات من النفوذ العسكري الروسي في سوريا، لكنها لم تكن مجرد رحلة عادية، بل جزءًا من مشهد أكبر يتمثل بانسحاب تدريجي وتسليم المطار لدمشق.\nمصادر مطلعة أكدت لـ\"إرم نيوز\" أن روسيا بدأت فعلياً ترتيبات إعادة مطار حميميم المدني إلى الحكومة السورية، بعد مفاوضات امتدت لأشهر، كانت موسكو تماطل خلالها بحجة \"الوضع الأمني\"، لكنها اليوم تغير خطابها بهدوء.\nومع تراجع الحضور العسكري الروسي وتقلص عملياته الجوية، بات واضحا أن القاعدة الجوية التي مثلت شريان السيطرة الروسية منذ 2015، تتهيأ للإغلاق التدريجي أو التحجيم، يحدث هذا تزامنا مع كلام المستشار الروسي السابق رامي الشاعر الذي صرح علنا بأن الاهتمام الروسي بات منصبا على قاعدة طرطوس ذات الطابع اللوجستي البحري، وليس حميميم الجوية.",
     # "تراجع الحضور العسكري الروسي وتقلص عملياته الجوية" at the air base: reduced (the
     # author's call: a shrinking presence, the closing a hedge "الإغلاق التدريجي أو التحجيم");
     # the civil airport returned is not the force; Tartus' "interest" is no entry.
     "gold": [gold(HM, "reduced", "2025-06-15")]},
    {"lang": "ar", "split": "held-out 20", "publisher": "تركيا عاجل", "published": "2025-01-23",
     # published: the date in the page's address.
     "url": "https://turkey-breaking.com/2025/01/23/%d8%b3%d9%88%d8%b1%d9%8a%d8%a7-%d8%aa%d9%8f%d8%ba%d9%84%d9%82-%d8%a8%d9%88%d8%a7%d8%a8%d8%a9-%d8%b1%d9%88%d8%b3%d9%8a%d8%a7-%d8%a5%d9%84%d9%89-%d8%b4%d8%b1%d9%82-%d8%a7%d9%84%d9%85%d8%aa%d9%88%d8%b3",
     "text": "سوريا تُغلق بوابة روسيا إلى شرق المتوسط: إنهاء اتفاقية ميناء طرطوس\n\nميناء طرطوس مغلق أمام روسيا وسوريا تستعد لاستثماره\n\nفي خطوة تحمل أبعاداً استراتيجية، أعلنت الإدارة السورية الجديدة إنهاء اتفاقية تأجير ميناء طرطوس، القاعدة البحرية الروسية الوحيدة في شرق البحر الأبيض المتوسط.\n\nالاتفاقية، التي أبرمتها حكومة الرئيس المخلوع بشار الأسد مع شركة “ستروي ترانس غاز” الروسية لمدة 49 عاماً عام 2019، أُلغيت رسمياً، مما يعني انتهاء الوجود الروسي في هذا الميناء الحيوي.\n\nصرّح مدير جمارك طرطوس، رياض جودي، لصحيفة “الوطن” السورية، قائلاً: “تم إنهاء الاتفاقية، وسيتم تخصيص عائدات المرفأ بالكامل لصالح الدولة السورية.”",
     # A company's port contract ended; "مما يعني انتهاء الوجود الروسي في هذا الميناء" is the
     # author's inference about the commercial port, not a report of the force leaving the
     # base: no entry (the author's call).
     "gold": []},
    {"lang": "ar", "split": "held-out 20", "publisher": "عرب خبر", "published": "2025-01-24",
     # published: the page's own date (24th, January 2025).
     "url": "https://arabkhabar.com/a/4057063",
     "text": "امتعاض روسي من قرار تأميم مرفأ طرطوس السوري\nتاريخ النشر: 24th, January 2025 GMT\nلايزال قرار رياض جودي، مُدير جمارك طرطوس، بشأن إلغاء إلغاء العمل بالاتفاق المبرم مع شركة روسية بشأن إدارة مرفأ طرطوس يُحدث الكثير من الجدل.\nوقال جودي في قراره المُثير للجدل إن حصيلة الوارد للمرفأ سيعود إلى الخزينة السورية.\nوأضاف قائلاً :\"ستتم إعادة العاملين إلى ملاكهم في المرفأ، إضافة إلى إعادة تأهيل آليات المرفأ المترهلة، وتجهيز المباني والساحات وتأمين العمال؛ لتلبية كل الحاجات وخدمة المرفأ\".\nوفي هذا السياق، نقلت وكالة الأنباء الروسية تصريحاً لمسئولٍ رفيع المستوى في روسيا قال فيه :\"سوريا قررت إنهاء اتفاقية طرطوس من جانب واحد\".",
     # The port's management contract only: no entry.
     "gold": []},
    # Russian --------------------------------------------------------------------------
    {"lang": "ru", "split": "held-out 20", "publisher": "ok.ru (group post)", "published": "2025-01-21",
     # published: not on the stored page; the cancellation reported on 20-21 January 2025: an
     # estimate.
     "url": "https://ok.ru./group/59785903079506/topic/157629728172882?st.layer.lg.fp=0&st.layer.lg.ftid=0",
     "text": "Новые власти Сирии расторгли соглашение с РФ по порту Тартус. Это была единственная военно-морская база РФ за пределами бывшей советской территории и служила для контроля над действиями НАТО в Средиземном море\nИнвестиционный контракт с российской компанией «Стройтрансгаз» был заключен в 2019 году на срок 49 лет.\nПо словам бывшего министра транспорта Сирии Али Хамуда, документ предусматривал управление портом и инвестиции в его модернизацию более чем на $500 млн с российской стороны.\nТартус — второй по величине морской порт Сирии. Там был расположен пункт материально-технического обеспечения ВМФ РФ. OSINT-аналитики сообщали об уходе кораблей РФ из Тартуса в декабре 2024 года.",
     # The ships' departure from Tartus "в декабре 2024 года": reduced (the month). The contract
     # is no entry; "был расположен" (was located), in the past, is no leaving.
     "gold": [gold(TA, "reduced", "2024-12-01", "2025-01-21")]},
    {"lang": "ru", "split": "held-out 20", "publisher": "Власти", "published": "2025-01-21",
     # published: not on the stored page (its "21 июля 2025" is of another item); the
     # cancellation of January 2025: an estimate.
     "url": "https://m.vlasti.co/news/138131-cirijskoe_praviteljstvo_razorvalo_soglashenie_s_rossiej_o_modernizatsii_porta_tartus",
     "text": "Сирийское правительство разорвало соглашение с Россией о модернизации порта \"Тартус\"\n\nСирия разорвала контракт с Россией по порту «Тартус».\n\nСирия приняла решение о прекращении соглашения с российской компанией «Стройтрансгаз» на модернизацию порта Тартус, которое было заключено в 2019 году на срок 49 лет. В соответствии с соглашением предполагалось вложить $500 млн в развитие инфраструктуры порта, однако новые власти решили расторгнуть контракт.\n\nТеперь все доходы от деятельности порта будут поступать в бюджет сирийского государства, а сотрудники перейдут под местное руководство.",
     # The port's contract only: no entry.
     "gold": []},
    {"lang": "ru", "split": "held-out 20", "publisher": "Daily Storm", "published": "2025-01-21",
     # published: not on the stored page; Al-Watan's report of the cancellation it retells
     # (20-21 January 2025): an estimate.
     "url": "https://social.dailystorm.ru/blog/43468952227/Siriya-rastorgla-dogovor-s-Rossiey-ob-upravlenii-portom-Tartus?utm_referrer=mirtesen.ru",
     "text": "Сирия расторгла договор с Россией об управлении портом Тартус\n\nТам расположен пункт обеспечения российского военного флота\n\nНовые власти Сирии расторгли инвестиционное соглашение с российской компанией «Стройтрансгаз» об управлении морским портом Тартус на Средиземном море, сообщил сирийской газете Al Watan директор таможенного управления провинции Тартус Риад Джуди.",
     # "Там расположен пункт обеспечения российского военного флота": the naval facility is
     # there (present tense): active. The contract is no entry.
     "gold": [gold(TA, "active", "2025-01-21")]},
    {"lang": "ru", "split": "held-out 20", "publisher": "ExpressAsia (Telegram)", "published": "2025-01-21",
     # published: not on the stored page; al-Watan's report it cites (20-21 January 2025): an
     # estimate.
     "url": "https://group-telegram.com/ExpressAsia/18431",
     "text": "🇸🇾Власти Сирии разорвали договор с Россией о совместном управлении портом Тартус —\nal-Watan🔴По словам директора Тартусской таможни Рияда Джуди, порт снова перешёл под контроль Сирии. Ранее он был передан в аренду российской компании «Стройтрансгаз» на 49 лет. Договор был заключён в 2019 году.\n🔴Однако, по словам Рияда Джуди, российская компания использовала устаревшее оборудование без модернизации. Теперь власти Сирии займутся восстановлением порта. Все доходы от его работы будут направлены на нужды государства, а персонал снова будет подчиняться местным властям.\n🚢 Порт Тартус — второй по величине в Сирии и имеет стратегическое значение. С 1970-х годов он служит базой для материально-технического обеспечения ВМФ России в Средиземном море. Это позволяет проводить ремонт кораблей и пополнять запасы без необходимости возвращаться в Чёрное море.",
     # "С 1970-х годов он служит базой ... ВМФ России": the base works (present tense): active.
     # The port "снова перешёл под контроль Сирии" is the commercial port's contract.
     "gold": [gold(TA, "active", "2025-01-21")]},
    {"lang": "ru", "split": "held-out 20", "publisher": "Смотрим (Вести)", "published": "2025-01-22",
     # published: the page's own date (22 января 2025).
     "url": "https://smotrim.ru./video/2922946",
     "text": "Новости Сирия расторгла соглашение с Россией по порту Тартус\n\n22 января 2025, 06:15\n\nНовые сирийские власти расторгли соглашение с Россией относительно порта Тартус. Об этом сообщил директор таможенного управления провинции. Контракт был заключен при прежнем правительстве САР в 2019 году с компанией \"Стройтрансгаз\" на срок в 49 лет. Управление портом, по условиям договора, перешло к российской стороне, она также обязалась инвестировать в модернизацию более 500 миллионов долларов. Но с приходом новой власти соглашение аннулировали.",
     # The port's contract only: no entry.
     "gold": []},
    {"lang": "ru", "split": "held-out 20", "publisher": "Masterbet24 (news mirror)", "published": "2025-01-10",
     # published: not on the stored page; the ship off Tartus since 5 January "уже более
     # четырех суток": an estimate.
     "url": "https://m.masterbet24.xyz/news/136602-rocsija_stolknulasj_s_problemami_pri_vyvoze_tehniki_iz_sirii",
     "text": "Россия столкнулась с проблемами при вывозе техники из Сирии\n\nВласти Сирии отказались разрешить заход российского судна на базу в Тартусе.\n\nЭвакуация российского оружия и техники из Сирии, начавшаяся после падения режима Башара Асада, оказалась под угрозой.\n\nСирийские власти отказываются допустить российское эвакуационное судно в порт Тартус, где расположена единственная зарубежная база Военно-морского флота РФ, согласно данным MarineTraffic, информации OSINT-аналитиков и сообщениям военных корреспондентов.\n\nСудно «Спарта II» 11 декабря вышло из порта Балтийск в Калининградской области и 5 января оказалось у сирийского побережья. Но с тех пор, уже более четырех суток, сухогруз продолжает дрейфовать близ Тартуса, не заходя в порт.",
     # "порт Тартус, где расположена единственная зарубежная база ВМФ РФ": the base is there,
     # active. The evacuation "из Сирии" under threat names no facility left; the ship kept
     # out is no change of the base (as set 19's 112.ua).
     "gold": [gold(TA, "active", "2025-01-10")]},
    {"lang": "ru", "split": "held-out 20", "publisher": "Стаханов (The Times)", "published": "2024-12-14",
     # published: not on the stored page; Samer al-Atrush's videos of 13-14 December 2024 it
     # retells: an estimate.
     "url": "https://m.stahanov.info/news/133524-rocsija_nachala_vyvoditj_vojska_s_baz_v_sirii",
     "text": "Россия начала выводить войска с баз в Сирии\n\nПоступила информация о том, что РФ выводит свои войска с территории Сирии.\n\nКорреспондент The Times на Ближнем Востоке Самир Аль-Атруш разместил серию видео с российскими военными в Сирии. На одном из них российский военный, находясь в колонне военной техники, заявляет, что возвращается \"домой\".\n\nЖурналист сообщает, что у входа на российскую военно-морскую базу в Тартусе солдаты кричали журналистам, чтобы те уходили. “Сирийские моряки рассказали мне, что в воскресенье застрелили кого-то, подошедшего слишком близко”, — утверждает Аль-Атруш. База военных отделена от основной части порта Тартус, и вход туда охраняют несколько бойцов запрещенной в России «Хайят Тахрир аш-Шам».",
     # Soldiers at the entrance of "российскую военно-морскую базу в Тартусе": the base is
     # Russia's and manned, active (the author's call; no leaving of it is said). The troops
     # withdrawn "с баз" name no base.
     "gold": [gold(TA, "active", "2024-12-14")]},
]
