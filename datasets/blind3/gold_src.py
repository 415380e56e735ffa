#!/usr/bin/env python3
"""Source of datasets/blind3/blind3.gold.json (run: python3 datasets/blind3/gold_src.py [OUT]).

Written by hand, article by article, from the text of datasets/blind3/articles only, before
any extractor output on these articles was looked at (the third blind set: see README.md).
The helpers doc/E/R/main are datasets/gold_lib.py. Entities
named in several articles are one gold entity (aliases unioned, `core` if core anywhere);
the same relation reported by several articles is one gold relation whose evidence holds a
quote from each (and whose date is dropped when the articles describe different dates).
Every relation also lists the `documents` its quotes come from (score.py ignores the key;
tests/cli/test_blind3_gold.py checks the quotes against them).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_lib import E, R, doc, main  # noqa: E402

# ---------------------------------------------------------------------------------------
doc("000_habibie_asean_hanoi_cambodia_jakarta_post.txt", date="1998-12-15", publisher="The Jakarta Post",
    author="Kornelius Purba & Medyatama Suryodiningrat", dateline="HANOI",
    url="https://jawawa.id/newsitem/asean-leaders-decide-to-delay-cambodias-entry-1447893297")
E("B.J. Habibie", "person", ["Habibie", "President B.J. Habibie"])
E("Indonesia", "country")
E("Hanoi", "city")
E("Vietnam", "country")
E("ASEAN", "organization", ["Association of Southeast Asian Nations"])
E("sixth ASEAN summit", "event", ["sixth summit", "sixth summit of the Association of Southeast Asian Nations (ASEAN) leaders"])
E("Cambodia", "country")
E("Phan Van Khai", "person", ["Phan", "Vietnamese Prime Minister Phan Van Khai"])
E("Horison Hotel", "location", tier="extra")
E("Surin Pitsuwan", "person")
E("Thailand", "country")
E("Hun Sen", "person")
E("Singapore", "country")
E("Philippines", "country", tier="extra")
E("Mahathir Mohamad", "person", ["Mahathir"])
E("Malaysia", "country")
E("Goh Chok Tong", "person")
E("Van Kiet", "person", tier="extra")
E("Garuda", "organization", tier="extra")
E("Jakarta", "city", tier="extra")
E("Kornelius Purba", "person", tier="extra")
E("Medyatama Suryodiningrat", "person", tier="extra")
R("B.J. Habibie", ["arrived_in", "visited"], ["Hanoi", "Vietnam"],
  "HANOI (JP): President B.J. Habibie and his 86-strong entourage arrived here on Monday afternoon",
  date="1998-12-14")
R("B.J. Habibie", "participated_in", "sixth ASEAN summit",
  "arrived here on Monday afternoon to attend the sixth summit of the Association of Southeast Asian Nations (ASEAN) leaders")
R("B.J. Habibie", ["leads", "holds_position"], "Indonesia", "President B.J. Habibie", tier="extra", title="President")
R("Phan Van Khai", ["leads", "holds_position"], "Vietnam", "Vietnamese Prime Minister Phan Van Khai",
  title="Prime Minister")
R("Phan Van Khai", "participated_in", "sixth ASEAN summit",
  "The crucial dinner meeting was hosted by Vietnamese Prime Minister Phan Van Khai at the Horison Hotel.", tier="extra")
R("Surin Pitsuwan", "holds_position", "Thailand", "Thai Foreign Minister Surin Pitsuwan", title="Foreign Minister")
R("B.J. Habibie", "met_with", "Hun Sen",
  "Habibie, however, was given the honor to meet Cambodian Prime Minister Hun Sen immediately afterward",
  date="1998-12-14", place="Hanoi")
R("Hun Sen", ["leads", "holds_position"], "Cambodia", "Cambodian Prime Minister Hun Sen", title="Prime Minister")
R("Mahathir Mohamad", ["leads", "holds_position"], "Malaysia", "Malaysian Prime Minister Mahathir Mohamad",
  title="Prime Minister")
R("Goh Chok Tong", ["leads", "holds_position"], "Singapore", "Singaporean Prime Minister Goh Chok Tong",
  title="Prime Minister")
R("B.J. Habibie", "met_with", "Mahathir Mohamad",
  "Habibie told Malaysian Prime Minister Mahathir Mohamad as the nine ASEAN leaders chatted in the lobby", tier="extra")
R("B.J. Habibie", "met_with", "Goh Chok Tong",
  "Turning to Singaporean Prime Minister Goh Chok Tong, Habibie recounted", tier="extra")
R(["Mahathir Mohamad", "Goh Chok Tong"], "participated_in", "sixth ASEAN summit",
  "as the nine ASEAN leaders chatted in the lobby", tier="extra")
R("Cambodia", "member_of", "ASEAN", "Cambodia would not be admitted during this summit", tier="extra", status="negated")
R("Indonesia", "supports", "Cambodia",
  "Indonesia is among the strong advocates of immediate Cambodian entry into the nine-member grouping.", tier="extra")
R("sixth ASEAN summit", "located_in", "Hanoi", "HANOI (JP)", tier="extra")

# ---------------------------------------------------------------------------------------
doc("001_abe_arrives_beijing_peoples_daily.txt", date="2006-10-08", publisher="People's Daily Online",
    url="http://en.people.cn/200610/08/print20061008_309891.html")
E("Shinzo Abe", "person", ["Abe", "Japanese Prime Minister Shinzo Abe"])
E("Japan", "country")
E("China", "country")
E("Beijing", "city", ["Chinese capital"])
E("Wen Jiabao", "person", ["Wen", "Premier Wen Jiabao"])
E("Hu Jintao", "person", ["President Hu Jintao"])
E("Wu Bangguo", "person")
E("Seoul", "city", tier="extra")
E("Roh Moo-hyun", "person", ["President Roh Moo-hyun"])
E("South Korea", "country", ["Republic of Korea", "ROK"])
E("Liu Jianchao", "person", tier="extra")
E("Chinese Foreign Ministry", "organization", tier="extra")
E("House of Representatives Budget Committee", "organization", tier="extra")
E("Junichiro Koizumi", "person", ["Koizumi"], tier="extra")
E("Yasukuni Shrine", "location", tier="extra")
E("World War II", "event", tier="extra")
E("North Korea", "country", ["Democratic People's Republic of Korea"], tier="extra")
E("six-party talks", "event", tier="extra")
E("Japanese embassy in Beijing", "organization", tier="extra")
E("Xu Dunxin", "person", tier="extra")
R("Shinzo Abe", ["arrived_in", "visited"], ["Beijing", "China"],
  ["Japanese Prime Minister Shinzo Abe arrived in the Chinese capital Sunday afternoon",
   "Japanese PM arrives in Beijing for official visit"], date="2006-10-08")
R("Shinzo Abe", ["leads", "holds_position"], "Japan", "Japanese Prime Minister Shinzo Abe", title="Prime Minister")
R("Wen Jiabao", "met_with", "Shinzo Abe",
  "Soon after the arrival, Premier Wen Jiabao and Abe held their first talks", date="2006-10-08", place="Beijing")
R("Wen Jiabao", ["leads", "holds_position"], "China", "Premier Wen Jiabao", tier="extra", title="Premier")
R("Shinzo Abe", "met_with", ["Hu Jintao", "Wu Bangguo"],
  "Later Sunday, Abe will also meet President Hu Jintao and top legislator Wu Bangguo", tier="extra", date="2006-10-08")
R("Hu Jintao", ["leads", "holds_position"], "China", "President Hu Jintao", tier="extra", title="President")
R("Shinzo Abe", "met_with", "Roh Moo-hyun",
  "before flying to Seoul early Monday for talks with President Roh Moo-hyun", tier="extra", date="2006-10-09")
R("Shinzo Abe", ["visited", "arrived_in"], ["Seoul", "South Korea"], "before flying to Seoul early Monday", tier="extra",
  date="2006-10-09")
R("Roh Moo-hyun", ["leads", "holds_position"], "South Korea",
  "President Roh Moo-hyun of the Republic of Korea (ROK)", title="President")
R("Liu Jianchao", "holds_position", ["China", "Chinese Foreign Ministry"], "said Foreign Ministry spokesman Liu Jianchao",
  tier="extra", title="Foreign Ministry spokesman")
R("Junichiro Koizumi", ["leads", "holds_position"], "Japan", "former Japanese Prime Minister Junichiro Koizumi",
  tier="extra", title="Prime Minister")
R("Junichiro Koizumi", "visited", "Yasukuni Shrine", "Junichiro Koizumi's repeated visits to the Yasukuni Shrine",
  tier="extra")
R("Xu Dunxin", "holds_position", ["China", "Japan"],
  "Xu Dunxin, who served as Chinese Ambassador to Japan between 1993 and 1998", tier="extra",
  title="Ambassador to Japan")

# ---------------------------------------------------------------------------------------
doc("002_british_troops_south_sudan_sudan_tribune.txt", date="2016-06-05", publisher="Sudan Tribune",
    dateline="JUBA", url="https://sudantribune.com/article57497")
E("United Kingdom", "country", ["Britain", "UK"])
E("South Sudan", "country", ["S. Sudan"])
E("United Nations", "organization", ["UN"])
E("Juba", "city", tier="extra")
E("Defence Ministry", "organization", tier="extra")
E("David Cameron", "person")
E("Michael Fallon", "person")
R("United Kingdom", "sent_troops", "South Sudan",
  ["British troops have arrived in South Sudan to take part in the United Nations peacekeeping mission",
   "British troops arrive in S. Sudan on peacekeeping mission",
   "Britain said it would send around 300 troops to South Sudan"])
R("United Kingdom", "participated_in", "United Nations",
  "to take part in the United Nations peacekeeping mission", tier="extra")
R("David Cameron", ["leads", "holds_position"], "United Kingdom", "the UK Prime Minister, David Cameron",
  title="Prime Minister")
R("Michael Fallon", "holds_position", "United Kingdom", "said Defence Secretary Michael Fallon", tier="extra",
  title="Defence Secretary")
R("United Kingdom", "supports", "United Nations",
  ["Britain remains a large financial contributor to UN peacekeeping missions.",
   "our commitment to supporting UN efforts"], tier="extra")

# ---------------------------------------------------------------------------------------
doc("003_us_sanctions_foreign_officials_corruption_voa.txt", date="2021-12-10", publisher="VOA (TNT News)",
    url="https://tntnewsonline.com/2021/12/10/u-s-slaps-sanctions-on-foreign-officials-for-alleged-corruption")
E("United States", "country", ["U.S."])
E("Biden administration", "organization", tier="extra")
E("Joe Biden", "person", ["Biden"])
E("U.S. Treasury Department", "organization", ["Treasury Department"])
E("El Salvador", "country")
E("Guatemala", "country")
E("Martha Carolina Recinos De Bernal", "person")
E("Manuel Victor Martinez Olivet", "person")
E("Janet Yellen", "person")
E("Ukraine", "country")
E("Andriy Portnov", "person", ["Portnov"])
E("Viktor Yanukovych", "person", tier="extra")
E("Ukrainian presidential administration", "organization", tier="extra")
E("Angola", "country", tier="extra")
E("democracy summit", "event", tier="extra")
E("International Anti-Corruption Day", "event", tier="extra")
E("Central America", "location", tier="extra")
E("Africa", "location", tier="extra")
E("Europe", "location", tier="extra")
E("VOA", "organization", tier="extra")
for p in ("Martha Carolina Recinos De Bernal", "Manuel Victor Martinez Olivet"):
    R(["United States", "U.S. Treasury Department", "Biden administration"], "sanctioned", p,
      ["Among those targeted by the U.S. Treasury Department measures are officials from El Salvador and Guatemala",
       "the Biden administration announced a raft of sanctions Thursday on 15 foreign government officials and companies"],
      date="2021-12-09")
R(["United States", "U.S. Treasury Department", "Biden administration"], "sanctioned", "Andriy Portnov",
  "sanctions were imposed on Ukrainian Andriy Portnov", date="2021-12-09")
R(["United States", "Biden administration", "U.S. Treasury Department"], "accused", "Martha Carolina Recinos De Bernal",
  ["officials from El Salvador and Guatemala whom the Biden administration accuses of corruption",
   "It said Salvadoran Chief of Cabinet Martha Carolina Recinos De Bernal allegedly was involved"],
  charge="corruption in the procurement of COVID-19-related medical supplies")
R(["United States", "Biden administration", "U.S. Treasury Department"], "accused", "Manuel Victor Martinez Olivet",
  ["officials from El Salvador and Guatemala whom the Biden administration accuses of corruption",
   "A Guatemalan official, Manuel Victor Martinez Olivet, was accused of"],
  charge="misappropriation, fraud, and abuse of authority")
R(["United States", "Biden administration", "U.S. Treasury Department"], "accused", "Andriy Portnov",
  "Portnov is accused of buying influence in Ukraine\u2019s court system.", tier="extra",
  charge="buying influence in Ukraine's court system")
R("Martha Carolina Recinos De Bernal", "holds_position", "El Salvador",
  "Salvadoran Chief of Cabinet Martha Carolina Recinos De Bernal", title="Chief of Cabinet")
R("Manuel Victor Martinez Olivet", "holds_position", "Guatemala",
  "A Guatemalan official, Manuel Victor Martinez Olivet", title="official")
R("Janet Yellen", ["holds_position", "leads"], ["United States", "U.S. Treasury Department"],
  "U.S. Treasury Secretary Janet Yellen", title="Treasury Secretary")
R("Andriy Portnov", "holds_position", ["Ukraine", "Ukrainian presidential administration"],
  "the former deputy head of the Ukrainian presidential administration", tier="extra", title="deputy head")
R("Viktor Yanukovych", ["leads", "holds_position"], "Ukraine", "former President Viktor Yanukovych", tier="extra",
  title="President")
R("Joe Biden", "participated_in", "democracy summit", "as Biden opened a virtual \u201cdemocracy summit.\u201d",
  tier="extra", date="2021-12-09")

# ---------------------------------------------------------------------------------------
doc("004_morocco_recalls_envoy_algeria_aljazeera.txt", date="2017-10-21", publisher="Al Jazeera",
    url="http://www.aljazeera.com/news/2017/10/morocco-recalls-envoy-algeria-fm-drug-accusation-171021172343618.html")
E("Morocco", "country")
E("Algeria", "country")
E("Abdelkader Messahel", "person", ["Messahel"])
E("Moroccan foreign ministry", "organization", ["Morocco's foreign ministry"])
E("MAP", "organization", ["MAP news agency"], tier="extra")
E("Rabat", "city", tier="extra")
E("Algiers", "city")
E("Royal Air Maroc", "organization", tier="extra")
E("Africa", "location", tier="extra")
R(["Abdelkader Messahel", "Algeria"], "accused", "Morocco",
  ["the Algerian foreign minister accused Moroccan banks of laundering drug money in Africa",
   "Messahel alleged that Morocco is \"laundering cannabis money via its banks in the continent\""],
  date="2017-10-20", charge="laundering drug money")
R(["Abdelkader Messahel", "Algeria"], "accused", "Royal Air Maroc",
  "He also claimed that Royal Air Maroc, Morocco's state-owned carrier, is \"carrying something other than passengers\"",
  tier="extra", date="2017-10-20")
R("Abdelkader Messahel", "holds_position", "Algeria",
  ["Abdelkader Messahel, Algeria's top diplomat", "the Algerian foreign minister"], title="foreign minister")
R(["Moroccan foreign ministry", "Morocco"], ["criticized", "dismissed", "condemned"], ["Abdelkader Messahel", "Algeria"],
  ["the Moroccan foreign ministry said Messahel's comments displayed \"an unprecedented level of irresponsibility in the history of bilateral relations\"",
   "over the \"very serious\" and \"false\" remarks by Abdelkader Messahel"])
R("Morocco", "opposes", "Algeria", "Morocco has recalled its ambassador to neighbouring Algeria", tier="extra")
R("Algiers", ["capital_of", "located_in"], "Algeria", "Algeria's capital, Algiers")

# ---------------------------------------------------------------------------------------
doc("005_kwasniewski_kuchma_concord_declaration_ukrainian_weekly.txt", date="1997-05-25",
    publisher="The Ukrainian Weekly", author="Roman Woronowycz", dateline="KYIV",
    url="https://ukrweekly.com/old/archive/1997/219702.shtml")
E("Alexander Kwasniewski", "person", ["Kwasniewski", "President Kwasniewski", "Mr. Kwasniewski"])
E("Poland", "country")
E("Ukraine", "country")
E("Leonid Kuchma", "person", ["President Leonid Kuchma", "Kuchma"])
E("Declaration on Concord and Unity", "agreement", ["concord declaration"])
E("Kyiv", "city")
E("Roman Woronowycz", "person", tier="extra")
E("Kyiv Press Bureau", "organization", tier="extra")
E("Soviet Union", "country", tier="extra")
E("World War II", "event", tier="extra")
E("Operation Vistula", "event", ["Akcja Wisla"], tier="extra")
E("Polish Communist government", "organization", tier="extra")
E("Volyn", "location", ["Volyn region"], tier="extra")
E("Institute of International Relations", "organization", tier="extra")
E("Anatolii Ponomarenko", "person", tier="extra")
E("Ukrainian Foreign Affairs Ministry", "organization", tier="extra")
E("Verkhovna Rada", "organization", tier="extra")
R("Alexander Kwasniewski", ["visited", "arrived_in"], ["Ukraine", "Kyiv"],
  "Poland's President Alexander Kwasniewski spent three days in Ukraine on May 20-22 on an official state visit",
  date="1997-05")
R("Alexander Kwasniewski", ["leads", "holds_position"], "Poland", "Poland's President Alexander Kwasniewski",
  title="President")
R("Leonid Kuchma", ["leads", "holds_position"], "Ukraine", "he signed a document with President Leonid Kuchma",
  tier="extra", title="President")
R(["Alexander Kwasniewski", "Poland"], "signed", "Declaration on Concord and Unity",
  ["On May 21, in a move to alleviate past misunderstandings and differences, the two presidents signed a Declaration on Concord and Unity.",
   "Polish, Ukrainian presidents sign concord declaration"], date="1997-05-21")
R(["Leonid Kuchma", "Ukraine"], "signed", "Declaration on Concord and Unity",
  ["On May 21, in a move to alleviate past misunderstandings and differences, the two presidents signed a Declaration on Concord and Unity.",
   "Polish, Ukrainian presidents sign concord declaration"], date="1997-05-21")
R("Alexander Kwasniewski", "met_with", "Leonid Kuchma",
  "during which he signed a document with President Leonid Kuchma", tier="extra", date="1997-05-21")
R("Alexander Kwasniewski", "participated_in", "Verkhovna Rada", "Speaking before Ukraine's Verkhovna Rada on May 21",
  tier="extra", date="1997-05-21")
R("Anatolii Ponomarenko", "holds_position", ["Ukrainian Foreign Affairs Ministry", "Ukraine"],
  "Anatolii Ponomarenko, chief of the Ukrainian Foreign Affairs Ministry's Department of Europe and America",
  tier="extra", title="chief of the Department of Europe and America")

# ---------------------------------------------------------------------------------------
doc("006_mirziyoyev_state_visit_kazakhstan_astana_times.txt", date="2024-08-08", publisher="The Astana Times",
    dateline="ASTANA",
    url="https://astanatimes.com/2024/08/kazakhstan-uzbekistan-forge-stronger-ties-during-mirziyoyevs-historic-visit/")
E("Kazakhstan", "country")
E("Uzbekistan", "country")
E("Shavkat Mirziyoyev", "person", ["Mirziyoyev"])
E("Kassym-Jomart Tokayev", "person", ["Tokayev"])
E("Astana", "city")
for c in ("Chirchik", "Almaty", "Xian", "Tashkent"):
    E(c, "city", tier="extra")
E("Akorda press service", "organization", tier="extra")
E("Supreme Interstate Council", "organization", ["Kazakh-Uzbek Supreme Interstate Council"], tier="extra")
E("Treaty on Allied Relations", "agreement")
E("Strategic Partnership and Alliance Program", "agreement", tier="extra")
R("Shavkat Mirziyoyev", ["visited", "arrived_in"], ["Kazakhstan", "Astana"],
  ["President of Uzbekistan Shavkat Mirziyoyev\u2019s state visit to Kazakhstan on Aug. 8",
   "Mirziyoyev thanked Tokayev for the warm welcome and emphasized the importance of this state visit to Kazakhstan."],
  date="2024-08-08")
R("Shavkat Mirziyoyev", ["leads", "holds_position"], "Uzbekistan", "President of Uzbekistan Shavkat Mirziyoyev",
  title="President")
R("Kassym-Jomart Tokayev", ["leads", "holds_position"], "Kazakhstan", "Kazakh President Kassym-Jomart Tokayev",
  title="President")
R("Kassym-Jomart Tokayev", "met_with", "Shavkat Mirziyoyev",
  ["Welcoming his Uzbek counterpart at the presidential residence, Kazakh President Kassym-Jomart Tokayev",
   "During the meeting, the sides discussed prospects"], date="2024-08-08", place="Astana")
R("Kazakhstan", "signed", "Treaty on Allied Relations",
  "Kazakhstan and Uzbekistan signed a historic Treaty on Allied Relations last year", date="2023")
R("Uzbekistan", "signed", "Treaty on Allied Relations",
  "Kazakhstan and Uzbekistan signed a historic Treaty on Allied Relations last year", date="2023")
R("Kazakhstan", "allied_with", "Uzbekistan",
  ["Kazakhstan and Uzbekistan signed a historic Treaty on Allied Relations last year",
   "the development of cooperation and alliance between the countries"])
R(["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Kazakhstan", "Uzbekistan"], "participated_in",
  "Supreme Interstate Council",
  "The talks continued at the first Supreme Interstate Council meeting of Kazakhstan and Uzbekistan.", tier="extra",
  date="2024-08-08")
R(["Kazakhstan", "Uzbekistan"], "ratified", "Strategic Partnership and Alliance Program",
  "He announced that the Strategic Partnership and Alliance Program for the next 10 years was approved.", tier="extra")

# ---------------------------------------------------------------------------------------
doc("007_ecowas_leaders_arrive_abuja_niger_naija247.txt", date="2023-08-10", publisher="Naija247news",
    url="https://naija247news.com/2023/08/10/eleven-ecowas-heads-of-state-arrive-abuja-for-meeting/")
E("ECOWAS", "organization", ["Economic Community of West African States"])
E("Abuja", "city")
E("Niger", "country", ["Niger Republic"])
E("ECOWAS extraordinary meeting", "event", ["extraordinary meeting"])
E("Nigerien junta", "organization", tier="extra")
E("Mohamed Bazoum", "person", ["President Mohamed Bazoum"])
E("Old Banquet Hall", "location", tier="extra")
E("Presidential Villa", "location", tier="extra")
E("Nigeria", "country")
E("Bola Tinubu", "person")
LEADERS = [
    ("Julius Maada Bio", "Sierra Leone", "President Julius Maada Bio of Sierra Leone"),
    ("Umaro Mokhtar Sissoco", "Guinea Bissau", "President Umaro Mokhtar Sissoco of Guinea Bissau"),
    ("Everiste Ndayishimiye", "Burundi", "President Everiste Ndayishimiye of Burundi"),
    ("Alassane Ouattara", "Cote d\u2019Ivoire", "President Alassane Ouattara of Cote d\u2019Ivoire"),
    ("Mohamed Ould Ghazouani", "Mauritania", "President Mohamed Ould Ghazouani of Mauritania"),
    ("Nana Akofo-Ado", "Ghana", "President Nana Akofo-Ado of Ghana"),
    ("Macky Sall", "Senegal", "President Macky Sall of Senegal"),
    ("Patrice Talon", "Benin", "President Patrice Talon of Benin Republic"),
    ("Faure Essozimna Gnassingb\u00e9 Eyad\u00e9ma", "Togo", "Faure Essozimna Gnassingb\u00e9 Eyad\u00e9ma of Togo"),
]
for p, c, _ in LEADERS:
    E(p, "person")
    E(c, "country", ["Benin Republic"] if c == "Benin" else [])
E("The Gambia", "country", ["Gambia"])
E("Liberia", "country")
for c in ("Mali", "Chad", "Burkina Faso"):
    E(c, "country", tier="extra")
R("Bola Tinubu", ["leads", "holds_position"], "Nigeria", "ECOWAS Chairman and President of Nigeria, Bola Tinubu",
  title="President")
R("Bola Tinubu", ["leads", "holds_position"], "ECOWAS", "ECOWAS Chairman and President of Nigeria, Bola Tinubu",
  title="Chairman")
R("Bola Tinubu", "participated_in", "ECOWAS extraordinary meeting",
  "The leaders attending the meeting being held at the Old Banquet Hall, Presidential Villa, Abuja, include ECOWAS Chairman and President of Nigeria, Bola Tinubu",
  date="2023-08-10", place="Abuja")
for p, c, q in LEADERS:
    R(p, ["leads", "holds_position"], c, q, title="President")
    R(p, "participated_in", "ECOWAS extraordinary meeting",
      ["The leaders attending the meeting being held at the Old Banquet Hall, Presidential Villa, Abuja, include", q],
      date="2023-08-10", place="Abuja")
for c in ("The Gambia", "Liberia"):
    R(c, "participated_in", "ECOWAS extraordinary meeting",
      "The Gambia and Liberia are member-states being represented by their Ministers of Foreign Affairs.",
      date="2023-08-10", place="Abuja")
    R(c, "member_of", "ECOWAS", "The Gambia and Liberia are member-states")
R(["Niger", "Mali", "Chad", "Burkina Faso"], "participated_in", "ECOWAS extraordinary meeting",
  "Those absent are the heads of state in the troubled Niger Republic, Mali, Chad, and Burkina Faso.",
  tier="extra", status="negated")
R("ECOWAS extraordinary meeting", "located_in", "Abuja", "have arrived in Abuja for an extraordinary meeting",
  tier="extra")
R("Nigerien junta", ["attacked", "opposes"], ["Mohamed Bazoum", "Niger"],
  "the Nigerien junta, which recently sacked the administration of the democratically elected President Mohamed Bazoum",
  tier="extra")
R("Mohamed Bazoum", ["leads", "holds_position"], "Niger",
  "the democratically elected President Mohamed Bazoum", tier="extra", title="President")
R("ECOWAS", "opposes", "Nigerien junta", "the resolutions and ultimatum issued to the Nigerien junta", tier="extra")

# ---------------------------------------------------------------------------------------
doc("008_santos_chavez_restore_ties_pravda.txt", date="2010-08-11", publisher="Pravda.Ru",
    url="http://english.pravda.ru/news/world/11-08-2010/114562-Venezuela-0")
E("Venezuela", "country")
E("Colombia", "country")
E("Juan Manuel Santos", "person", ["Santos", "Colombian President Juan Manuel Santos"])
E("Hugo Chavez", "person", ["Chavez"])
E("Revolutionary Armed Forces of Colombia", "organization", tier="extra")
E("Bloomberg", "organization", tier="extra")
E("New York Times", "organization", tier="extra")
E("Pravda.Ru", "organization", tier="extra")
E("Telegram", "organization", tier="extra")
E("Facebook", "organization", tier="extra")
R("Juan Manuel Santos", "met_with", "Hugo Chavez",
  "Colombian President Juan Manuel Santos said yesterday after meeting with his Venezuelan counterpart - Hugo Chavez",
  date="2010-08-10")
R("Juan Manuel Santos", ["leads", "holds_position"], "Colombia", "Colombian President Juan Manuel Santos",
  title="President")
R("Hugo Chavez", ["leads", "holds_position"], "Venezuela", "his Venezuelan counterpart - Hugo Chavez", title="President")
R("Colombia", "accused", "Venezuela", "Colombian accusations that Venezuela was harboring rebels",
  charge="harboring rebels")
R(["Hugo Chavez", "Venezuela"], "supports", "Revolutionary Armed Forces of Colombia",
  "amid accusations that Chavez was aiding the Revolutionary Armed Forces of Colombia", tier="extra",
  status="alleged", attributed_to=["Colombia"])
R("Venezuela", "sanctioned", "Colombia", "after Venezuela imposed restrictions on Colombian imports", tier="extra",
  date="2009")
R("Revolutionary Armed Forces of Colombia", ["attacked", "opposes"], "Colombia",
  "in its campaign to disrupt the government", tier="extra")

# ---------------------------------------------------------------------------------------
doc("009_gcc_riyadh_summit_qatar_emir_absent_israel_hayom.txt", date="2018-12-10", publisher="Israel Hayom",
    url="https://israelhayom.com/2018/12/10/saudi-king-urges-united-front-against-iran-at-%e2%80%8eriyadh-summit")
E("Gulf Cooperation Council", "organization")
E("Gulf Cooperation Council summit", "event", ["Gulf Cooperation Council's summit", "annual one-day summit"])
E("Riyadh", "city")
E("Saudi Arabia", "country")
E("Jamal Khashoggi", "person", tier="extra")
E("Istanbul", "city", tier="extra")
E("Salman", "person", ["King Salman"])
E("Kuwait", "country")
E("Oman", "country")
E("Bahrain", "country")
E("United Arab Emirates", "country", ["UAE"])
E("Qatar", "country")
E("Iran", "country")
E("Egypt", "country", tier="extra")
E("Khalid bin Ahmed al Khalifa", "person", ["Sheikh Khalid bin Ahmed al Khalifa"])
E("Ahmed bin Said Al-Rumaihi", "person")
E("Qatar's Foreign Ministry", "organization", tier="extra")
E("Sabah Al-Ahmad Al-Jaber Al-Sabah", "person", ["Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah"])
E("Kuwait summit", "event", tier="extra")
R(["Salman", "Saudi Arabia"], "participated_in", "Gulf Cooperation Council summit",
  "Saudi Arabia's King Salman opened the gathering", date="2018-12-09")
R("Salman", ["leads", "holds_position"], "Saudi Arabia", "Saudi Arabia's King Salman", title="King")
for c in ("Kuwait", "Oman", "Bahrain", "United Arab Emirates", "Qatar"):
    R(c, "member_of", "Gulf Cooperation Council",
      "urging fellow member states Kuwait, Oman, Bahrain, the United Arab Emirates and Qatar")
R("Saudi Arabia", "member_of", "Gulf Cooperation Council", "urging fellow member states", tier="extra")
R(["Salman", "Saudi Arabia"], "opposes", "Iran", "to maintain a united front against Iran")
R("Gulf Cooperation Council summit", "located_in", "Riyadh",
  "The Gulf Cooperation Council's summit of six member states opened in Riyadh Sunday", tier="extra")
R("Qatar", "participated_in", "Gulf Cooperation Council summit",
  "Qatar sent its foreign minister to the annual one-day summit", date="2018-12-09")
R(["Bahrain", "Khalid bin Ahmed al Khalifa"], "criticized", "Qatar",
  ["Bahrain and Qatar traded barbs over the Qatari emir's decision not to attend the summit",
   "\"Qatar's emir should have accepted the fair demands [of the boycotting states] and attended the summit,\" Bahraini Foreign Minister Sheikh Khalid bin Ahmed al Khalifa tweeted."])
R(["Qatar", "Ahmed bin Said Al-Rumaihi"], "criticized", "Bahrain",
  "Bahrain and Qatar traded barbs over the Qatari emir's decision not to attend the summit")
for c in ("Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt"):
    R(c, ["sanctioned", "opposes"], "Qatar",
      "the economic and diplomatic boycott Saudi Arabia, the UAE, Bahrain and Egypt have maintained against Qatar since mid-2017",
      tier="extra")
    R(c, "accused", "Qatar", "over allegations that the emirate supports terrorism", tier="extra",
      charge="supports terrorism")
R("Qatar", "supports", "Iran", "as well as over Qatar's ties with Iran", tier="extra")
R("Khalid bin Ahmed al Khalifa", "holds_position", "Bahrain", "Bahraini Foreign Minister Sheikh Khalid bin Ahmed al Khalifa",
  title="Foreign Minister")
R("Ahmed bin Said Al-Rumaihi", "holds_position", ["Qatar", "Qatar's Foreign Ministry"],
  "Ahmed bin Said Al-Rumaihi, director of the information office at Qatar's Foreign Ministry",
  title="director of the information office")
R("Sabah Al-Ahmad Al-Jaber Al-Sabah", ["leads", "holds_position"], "Kuwait",
  "Kuwaiti Emir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah", title="Emir")
R("Sabah Al-Ahmad Al-Jaber Al-Sabah", "participated_in", "Gulf Cooperation Council summit",
  "Kuwaiti Emir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah, said", tier="extra")
R("Qatar", "participated_in", "Kuwait summit", "Qatar can make its own decisions and attended [last year's] Kuwait summit",
  tier="extra", date="2017")


if __name__ == "__main__":
    main(HERE, "blind3",
         "Gold knowledge graph for the third blind set in datasets/blind3/articles (10 real news articles, 1997-2024, other events, outlets, places and years than the seeds, the dev set, the held-out set and the second blind set; never tuned on).")
