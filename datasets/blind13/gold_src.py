#!/usr/bin/env python3
"""Source of datasets/blind13/blind13.gold.json (run: python3 datasets/blind13/gold_src.py [OUT]).

Written by hand, article by article, from the text of datasets/blind13/articles only, before
any extractor output on these articles was looked at (the thirteenth evaluation set, twelfth blind
one: see README.md); kg was not run on these articles by the person who wrote the gold. The
helpers doc/E/R/main are datasets/gold_lib.py. Entities named in several articles are one gold
entity (aliases unioned, `core` if core anywhere); the same relation reported by several
articles is one gold relation whose evidence holds a quote from each (and whose date is dropped
when the articles describe different dates). Every relation also lists the `documents` its
quotes come from (score.py ignores the key; tests/cli/test_blind13_gold.py checks the quotes
against them).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_lib import E, R, doc, main  # noqa: E402

# ---------------------------------------------------------------------------------------
doc("000_us_marines_land_somalia_bbc.txt", date="1992-12-09", publisher="BBC News",
    url="http://news.bbc.co.uk/onthisday/hi/dates/stories/december/9/newsid_4013000/4013143.stm")
E("United States", "country", ["US", "U.S."])
E("Somalia", "country")
E("US Marines", "organization", ["American marines"])
E("Mogadishu", "city")
E("Operation Restore Hope", "event")
E("Bill Clinton", "person")
E("Mohamed Siad Barre", "person", tier="extra")
E("USS Juneau", "weapon", tier="extra")
E("Washington", "city", tier="extra")
E("BBC", "organization", ["BBC Home"], tier="extra")
R("United States", "sent_troops", "Somalia",
  ["1992: American marines land in Somalia",
   "US troops have arrived in Somalia in a bid to aid thousands of starving locals.",
   "US Marines in armoured amphibious tractors from the USS Juneau then set about establishing beachheads for further arrivals of around 1,800 troops."],
  date="1992-12-09", count=1800)
R("US Marines", ["arrived_in", "visited"], ["Somalia", "Mogadishu"],
  ["1992: American marines land in Somalia", "The American marines landed just before dawn.",
   "came out of the sea on to the beach outside the Somali capital, Mogadishu under a full moon"],
  date="1992-12-09")
R(["United States", "US Marines"], "participated_in", "Operation Restore Hope",
  ["The first group of six to eight navy frogmen in Operation Restore Hope, came out of the sea",
   "a US led multi-national operation to crack down on looting and extortion"],
  date="1992-12-09")
R("Mogadishu", "capital_of", "Somalia", "the Somali capital, Mogadishu")
R("Mohamed Siad Barre", ["leads", "holds_position"], "Somalia",
  "ever since dictator Mohamed Siad Barre was ousted and local warlords took over", tier="extra")
R("Bill Clinton", "leads", "United States",
  "Earlier in Washington, President-elect Bill Clinton could offer no ''artificial timetable'' for American withdrawal.",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("001_yeltsin_kuchma_friendship_treaty_kiev_chicago_tribune.txt", date="1997-06-01",
    publisher="Chicago Tribune (Tribune News Services)", dateline="KIEV, UKRAINE",
    url="http://articles.chicagotribune.com/1997-06-01/news/9706010120_1_soviet-republics-russian-crimean-peninsula-russian-president-boris-yeltsin")
E("Russia", "country")
E("Ukraine", "country", ["UKRAINE"])
E("Boris Yeltsin", "person", ["Yeltsin"])
E("Leonid Kuchma", "person")
E("Treaty of Friendship, Cooperation and Partnership", "agreement", ["New Friendship Treaty"])
E("Kiev", "city", ["KIEV"])
E("Moscow", "city")
E("Crimean Peninsula", "location")
E("Sevastopol", "city")
E("Black Sea fleet", "organization", tier="extra")
E("Soviet Union", "country", tier="extra")
E("Tribune News Services", "organization", tier="extra")
R("Boris Yeltsin", ["leads", "holds_position"], "Russia", "Russian President Boris Yeltsin", title="President")
R("Leonid Kuchma", ["leads", "holds_position"], "Ukraine",
  ["Russian President Boris Yeltsin signed a treaty with his Ukrainian counterpart Saturday",
   "Yeltsin and President Leonid Kuchma signed a Treaty of Friendship, Cooperation and Partnership in the Ukrainian capital, Kiev."],
  title="President")
R(["Boris Yeltsin", "Russia"], "signed", "Treaty of Friendship, Cooperation and Partnership",
  ["Russian President Boris Yeltsin signed a treaty with his Ukrainian counterpart Saturday",
   "Yeltsin and President Leonid Kuchma signed a Treaty of Friendship, Cooperation and Partnership in the Ukrainian capital, Kiev.",
   "New Friendship Treaty With Moscow Signed"],
  date="1997-05-31", place="Kiev")
R(["Leonid Kuchma", "Ukraine"], "signed", "Treaty of Friendship, Cooperation and Partnership",
  "Yeltsin and President Leonid Kuchma signed a Treaty of Friendship, Cooperation and Partnership in the Ukrainian capital, Kiev.",
  date="1997-05-31", place="Kiev")
R(["Boris Yeltsin", "Russia"], "visited", ["Kiev", "Ukraine"],
  ["It was Yeltsin's first official visit to Kiev", "Yeltsin had postponed his visit six times"],
  date="1997-05-31")
R(["Boris Yeltsin", "Russia"], "met_with", ["Leonid Kuchma", "Ukraine"],
  "Yeltsin and President Leonid Kuchma signed a Treaty of Friendship, Cooperation and Partnership in the Ukrainian capital, Kiev.",
  tier="extra", date="1997-05-31", place="Kiev")
R("Kiev", "capital_of", "Ukraine", "in the Ukrainian capital, Kiev")
R("Sevastopol", "located_in", "Crimean Peninsula", "the status of Crimean port of Sevastopol")
R("Sevastopol", "located_in", "Ukraine", "The port became part of an independent Ukraine when the Soviet Union collapsed in 1991.",
  tier="extra")
R("Crimean Peninsula", "located_in", "Ukraine",
  "Ukraine's borders and its sovereignty over the mostly ethnic Russian Crimean Peninsula", tier="extra")
R("Russia", "supports", "Ukraine",
  "marked Russia's acceptance of Ukraine's borders and its sovereignty over the mostly ethnic Russian Crimean Peninsula",
  tier="extra", date="1997-05-31")

# ---------------------------------------------------------------------------------------
doc("002_laos_myanmar_join_asean_jakarta_post.txt", date="1997-07-24", publisher="The Jakarta Post",
    dateline="PETALING JAYA, Malaysia", url="https://jawawa.id/newsitem/laos-myanmar-join-asean-1447893297")
E("Association of Southeast Asian Nations", "organization", ["ASEAN"])
E("Laos", "country")
E("Myanmar", "country")
E("Cambodia", "country")
E("Indonesia", "country")
E("Malaysia", "country")
E("Philippines", "country")
E("Brunei", "country")
E("Singapore", "country")
E("Thailand", "country")
E("Vietnam", "country")
E("Ali Alatas", "person")
E("Somsavat Lengsavad", "person", ["Somsavat"])
E("U Ohn Gyaw", "person", ["Ohn Gyaw"])
E("Mohamed Bolkiah", "person")
E("Abdullah Badawi", "person")
E("Domingo Siazon", "person")
E("S. Jayakumar", "person")
E("Prachuab Chaiyasan", "person")
E("Nguyen Manh Cam", "person")
E("Petaling Jaya", "city", ["PETALING JAYA"])
E("Kuala Lumpur", "city")
E("Sunway Lagoon Resorts Hotel", "location")
E("Declaration on Admission", "agreement")
E("Protocol for the Accession", "agreement")
E("Phnom Penh", "city", tier="extra")
E("Meidyatama Suryodiningrat", "person", tier="extra")
for c in ("Laos", "Myanmar"):
    R(c, "member_of", "Association of Southeast Asian Nations",
      ["Laos, Myanmar join ASEAN",
       "Laos and Myanmar were admitted as full members of the Association of Southeast Asian Nations (ASEAN) in a modest ceremony here yesterday"],
      date="1997-07-23")
R(["Laos", "Somsavat Lengsavad"], "signed", ["Declaration on Admission", "Protocol for the Accession"],
  "The formal admission of Laos and Myanmar began with the signing of a Declaration on Admission and a Protocol for the Accession into 11 major ASEAN agreements.",
  tier="extra", date="1997-07-23")
R(["Myanmar", "U Ohn Gyaw"], "signed", ["Declaration on Admission", "Protocol for the Accession"],
  "The formal admission of Laos and Myanmar began with the signing of a Declaration on Admission and a Protocol for the Accession into 11 major ASEAN agreements.",
  tier="extra", date="1997-07-23")
R("Ali Alatas", "holds_position", "Indonesia", "Indonesian Foreign Minister Ali Alatas", title="Foreign Minister")
R("Somsavat Lengsavad", "holds_position", "Laos", "Laos was represented by Foreign Minister Somsavat Lengsavad",
  title="Foreign Minister")
R("U Ohn Gyaw", "holds_position", "Myanmar", "Myanmar by U Ohn Gyaw", tier="extra")
for p, c, q in (("Mohamed Bolkiah", "Brunei", "Brunei's Mohamed Bolkiah"),
                ("Abdullah Badawi", "Malaysia", "Malaysia's Abdullah Badawi"),
                ("Domingo Siazon", "Philippines", "the Philippines' Domingo Siazon"),
                ("S. Jayakumar", "Singapore", "Singapore's S. Jayakumar"),
                ("Prachuab Chaiyasan", "Thailand", "Thailand's Prachuab Chaiyasan"),
                ("Nguyen Manh Cam", "Vietnam", "Vietnam's Nguyen Manh Cam")):
    R(p, "holds_position", c, ["Other foreign ministers attending the ceremony were", q], title="foreign minister")
R("Petaling Jaya", "located_in", "Malaysia", "PETALING JAYA, Malaysia (JP)")
R("Sunway Lagoon Resorts Hotel", "located_in", "Petaling Jaya",
  "The induction ceremony was held at the ballroom of the plush Sunway Lagoon Resorts Hotel, about 15 kilometers outside Kuala Lumpur.",
  tier="extra")
R("Association of Southeast Asian Nations", "opposes", "Cambodia",
  "the current political turmoil prompted ASEAN foreign ministers to postpone its admission indefinitely", tier="extra")

# ---------------------------------------------------------------------------------------
doc("003_fox_wins_mexico_election_guardian.txt", date="2000-07-04", publisher="The Guardian",
    url="https://www.theguardian.com/world/2000/jul/04/mexico")
E("Mexico", "country")
E("Vicente Fox", "person", ["Fox", "Mr Fox", "Vicente"])
E("Institutional Revolutionary Party", "organization", ["Institutional Revolutionary party", "PRI"])
E("National Action Party", "organization", ["National Action party"])
E("Francisco Labastida", "person")
E("Cuauhtemoc Cardenas", "person")
E("Mexican presidential election", "event", ["presidential election"])
E("Federal Electoral Institute", "organization")
E("Mexico City", "city")
E("Angel of Independence", "location")
E("Coca-Cola", "organization", tier="extra")
R("Vicente Fox", "member_of", "National Action Party", "Mr Fox's National Action party will also be the biggest party in congress and senate.")
R("Francisco Labastida", "member_of", "Institutional Revolutionary Party", "the PRI's Francisco Labastida 36%")
R(["Vicente Fox", "National Action Party"], "participated_in", "Mexican presidential election",
  ["The PRI conceded victory to Vicente Fox",
   "With 91% of the vote counted yesterday, Mr Fox held 43%"])
R("Institutional Revolutionary Party", "participated_in", "Mexican presidential election",
  "Mexico's Institutional Revolutionary party yesterday accepted defeat in the country's presidential election")
for p, q in (("Francisco Labastida", "the PRI's Francisco Labastida 36%"),
             ("Cuauhtemoc Cardenas", "the left-wing veteran Cuauhtemoc Cardenas 17%")):
    R(p, "participated_in", "Mexican presidential election", q, tier="extra")
R("Vicente Fox", ["leads", "holds_position"], "Mexico",
  ["The crowd that cheered the president-elect as he made his victory address",
   "The PRI conceded victory to Vicente Fox"], tier="extra")
R("Vicente Fox", "opposes", "Institutional Revolutionary Party",
  ["a movement dedicated to the sole task of kicking the ruling party out",
   "former Coca-Cola executive crushes ruling PRI"], tier="extra")
R("Angel of Independence", "located_in", "Mexico City", "Mexico City's Angel of Independence monument")

# ---------------------------------------------------------------------------------------
doc("004_sco_founded_shanghai_kremlin.txt", date="2001-06-15", publisher="President of Russia (kremlin.ru)",
    url="http://en.kremlin.ru/events/president/news/41570")
E("Shanghai Cooperation Organisation", "organization", ["SCO"])
E("Declaration on the establishment of the Shanghai Cooperation Organisation", "agreement", ["Declaration"])
E("Shanghai Convention on Combating Terrorism, Separatism and Extremism", "agreement", ["Shanghai Convention", "Convention"])
E("China", "country")
E("Kazakhstan", "country")
E("Kyrgyzstan", "country")
E("Tajikistan", "country")
E("Uzbekistan", "country", ["Uzbek"])
E("Vladimir Putin", "person", ["Putin", "Mr Putin"])
E("Bishkek", "city")
E("regional anti-terrorist centre", "organization", tier="extra")
SCO6 = ("China", "Russia", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan")
for c in SCO6:
    subj = [c, "Vladimir Putin"] if c == "Russia" else c
    R(subj, "signed", "Declaration on the establishment of the Shanghai Cooperation Organisation",
      "the heads of six states – China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan – signed a declaration on the establishment of the Shanghai Cooperation Organisation",
      date="2001-06-15")
    R(subj, "signed", "Shanghai Convention on Combating Terrorism, Separatism and Extremism",
      "The member-countries also signed the Shanghai Convention on Combating Terrorism, Separatism and Extremism",
      date="2001-06-15")
    R(c, "member_of", "Shanghai Cooperation Organisation",
      ["the heads of six states – China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan – signed a declaration on the establishment of the Shanghai Cooperation Organisation",
       "strengthening mutual trust and good-neighbourly friendship among the member-states"],
      date="2001-06-15")
R("Vladimir Putin", ["leads", "holds_position"], "Russia",
  ["Addressing the summit before the signing ceremony, Mr Putin said", "Following the summit, Mr Putin issued a statement"],
  tier="extra", title="President")
R("regional anti-terrorist centre", "located_in", "Bishkek", "agreed to set up a regional anti-terrorist centre in Bishkek",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("005_sharm_summit_abbas_sharon_ap_moscow_times.txt", date="2005-02-09", publisher="AP (The Moscow Times)",
    dateline="SHARM EL-SHEIK, Egypt",
    url="http://oldtmt.vedomosti.ru/sitemap/free/2005/2/article/abbas-sharon-pledge-middle-eastern-cease-fire/225298.html")
E("Israel", "country")
E("Palestine", "country")
E("Egypt", "country")
E("Jordan", "country")
E("Ariel Sharon", "person", ["Sharon"])
E("Mahmoud Abbas", "person", ["Abbas", "chairman Abbas"])
E("Hosni Mubarak", "person")
E("Abdullah II", "person", ["King Abdullah II"])
E("Middle East summit", "event", ["summit"])
E("Sharm el-Sheikh", "city", ["SHARM EL-SHEIK", "Sharm el-Sheik"])
E("Hamas", "organization")
E("Gideon Meir", "person")
E("George W. Bush", "person")
E("Yasser Arafat", "person", tier="extra")
E("White House", "location", tier="extra")
E("The Moscow Times", "organization", tier="extra")
R(["Ariel Sharon", "Israel"], "met_with", ["Mahmoud Abbas", "Palestine"],
  ["Sharon and Abbas met face-to-face at a Middle East summit, smiling broadly as they leaned across a long white table to shake hands.",
   "\"Today, in my meeting with chairman Abbas, we agreed"],
  date="2005-02-08", place="Sharm el-Sheikh")
for p in ("Ariel Sharon", "Mahmoud Abbas"):
    R(p, "participated_in", "Middle East summit",
      ["Sharon and Abbas met face-to-face at a Middle East summit",
       "as he, Sharon, Egyptian President Hosni Mubarak and Jordan's King Abdullah II sat around a round table"],
      date="2005-02-08", place="Sharm el-Sheikh")
for p in ("Hosni Mubarak", "Abdullah II"):
    R(p, "participated_in", "Middle East summit",
      "as he, Sharon, Egyptian President Hosni Mubarak and Jordan's King Abdullah II sat around a round table",
      date="2005-02-08", place="Sharm el-Sheikh")
R("Ariel Sharon", ["leads", "holds_position"], "Israel", "Israeli Prime Minister Ariel Sharon", title="Prime Minister")
R("Mahmoud Abbas", ["leads", "holds_position"], "Palestine", "Palestinian leader Mahmoud Abbas")
R("Hosni Mubarak", ["leads", "holds_position"], "Egypt", "Egyptian President Hosni Mubarak", title="President")
R("Abdullah II", ["leads", "holds_position"], "Jordan", "Jordan's King Abdullah II", title="King")
R("George W. Bush", ["leads", "holds_position"], "United States", "U.S. President George W. Bush", title="President")
R("Gideon Meir", "holds_position", "Israel", "One Israeli official, Gideon Meir", title="official")
R("Sharm el-Sheikh", "located_in", "Egypt", "SHARM EL-SHEIK, Egypt")
R("Yasser Arafat", ["leads", "holds_position"], "Palestine", "Yasser Arafat's death in November and Abbas' election to succeed him",
  tier="extra")
R("Hamas", ["opposes", "criticized"], ["Mahmoud Abbas", "Ariel Sharon"],
  "Hamas immediately called the deal into question, saying it would not be bound by the cease-fire declarations",
  tier="extra", date="2005-02-08")
for c in ("Egypt", "Jordan"):
    R(c, "supports", "Israel",
      "Egypt and Jordan announced immediately afterward that they would return their ambassadors to Israel after a four-year absence",
      tier="extra", date="2005-02-08")

# ---------------------------------------------------------------------------------------
doc("006_eu_sanctions_uzbekistan_andijan_euobserver.txt", date="2005-11-15", publisher="EUobserver",
    url="https://euobserver.com/world/20320")
E("European Union", "organization", ["EU"])
E("Zakirjan Almatov", "person")
E("Kadir Gulamov", "person")
E("Andijan", "city")
E("Andijan events", "event")
E("Islam Karimov", "person", ["Karimov", "Mr Karimov"])
E("Vladimir Putin", "person")
E("Uzbek supreme court", "organization")
E("military pact", "agreement", tier="extra")
E("EUobserver", "organization", tier="extra")
R("European Union", "sanctioned", "Uzbekistan",
  ["EU slaps arms embargo on Uzbekistan",
   "Member states on Monday (14 November) launched an embargo on arms sales to Uzbekistan and imposed a one-year visa ban on 12 top Uzbek officials."],
  date="2005-11-14")
for p in ("Zakirjan Almatov", "Kadir Gulamov"):
    R("European Union", "sanctioned", p,
      "In the list of persons banned from entering the EU are interior minister Zakirjan Almatov and defence minister Kadir Gulamov",
      date="2005-11-14")
R("European Union", ["criticized", "condemned"], "Uzbekistan",
  "The EU adopted the measures in \"light of the excessive, disproportionate and discriminate use of force by the Uzbek security forces during the Andijan events in May",
  tier="extra", date="2005-11-14")
R("Zakirjan Almatov", "holds_position", "Uzbekistan", "interior minister Zakirjan Almatov", tier="extra", title="interior minister")
R("Kadir Gulamov", "holds_position", "Uzbekistan", "defence minister Kadir Gulamov", tier="extra", title="defence minister")
R("Islam Karimov", ["leads", "holds_position"], "Uzbekistan", "Uzbek president Islam Karimov", title="president")
R("Vladimir Putin", ["leads", "holds_position"], "Russia",
  "Russian leader Vladimir Putin", title="leader")
R(["Islam Karimov", "Uzbekistan"], "visited", ["Moscow", "Russia"],
  "Uzbek president Islam Karimov got the red-carpet treatment in Moscow from Russian leader Vladimir Putin yesterday, after coming to town",
  date="2005-11-14")
R(["Islam Karimov", "Uzbekistan"], "met_with", ["Vladimir Putin", "Russia"],
  "Uzbek president Islam Karimov got the red-carpet treatment in Moscow from Russian leader Vladimir Putin yesterday",
  date="2005-11-14", place="Moscow")
for s_ in (["Islam Karimov", "Uzbekistan"], ["Vladimir Putin", "Russia"]):
    R(s_, "signed", "military pact", "after coming to town to sign a new military pact between the two countries",
      tier="extra", date="2005-11-14", place="Moscow")
R("Russia", "allied_with", "Uzbekistan", ["a new military pact between the two countries", "Uzbekistan turns to Russia"],
  tier="extra")
R("Russia", "supports", "Uzbekistan", "Russia supports the official Uzbek version of events on")
R("Andijan events", "located_in", "Andijan", "the eastern town of Andijan, where 500 to 700 people were killed by government security forces",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("007_trudeau_shuffle_freeland_foreign_minister_cp_huffpost.txt", date="2017-01-10",
    publisher="The Canadian Press (HuffPost Canada)", dateline="OTTAWA",
    url="http://www.huffingtonpost.ca/2017/01/10/trudeau-plans-cabinet-shuffle-involving-up-to-a-third-of-the-positions_n_14075076.html")
E("Canada", "country")
E("Justin Trudeau", "person", ["Trudeau"])
E("Chrystia Freeland", "person", ["Freeland"])
E("Stephane Dion", "person")
E("Donald Trump", "person")
E("Vladimir Putin", "person", ["Vladmir Putin", "President Vladmir Putin"])
E("Canada-Europe trade agreement", "agreement")
E("Ottawa", "city", ["OTTAWA"], tier="extra")
E("The Canadian Press", "organization", tier="extra")
E("Sean Kilpatrick", "person", tier="extra")
R(["Vladimir Putin", "Russia"], "sanctioned", "Chrystia Freeland",
  "she and 12 other Canadians were barred from entering the country as part of a series of retaliatory sanctions imposed by President Vladmir Putin",
  date="2014")
R("Chrystia Freeland", "criticized", "Russia",
  "Freeland is a Canadian of Ukrainian descent who made decidedly undiplomatic remarks about Russia in the wake of that country's military incursions into Ukraine in 2014.",
  date="2014")
R("Russia", "attacked", "Ukraine", "that country's military incursions into Ukraine in 2014", date="2014")
R("Chrystia Freeland", "holds_position", "Canada",
  ["Justin Trudeau made cabinet cornerstone Chrystia Freeland his new foreign affairs minister",
   "Chrystia Freeland is sworn in as Minister of Foreign Affairs on Tuesday."],
  tier="extra", date="2017-01-10", title="foreign affairs minister")
R("Stephane Dion", "holds_position", "Canada", "to replace veteran Liberal MP Stephane Dion, who announced Tuesday that he plans to leave active politics",
  tier="extra", title="foreign affairs minister")
R("Justin Trudeau", ["leads", "holds_position"], "Canada",
  ["Justin Trudeau made cabinet cornerstone Chrystia Freeland his new foreign affairs minister",
   "Trudeau told a news conference, all five of his new appointees beaming at his side"], tier="extra")
R("Vladimir Putin", ["leads", "holds_position"], "Russia",
  "retaliatory sanctions imposed by President Vladmir Putin", tier="extra", title="President")
R("Donald Trump", ["leads", "holds_position"], "United States", "preparing for a Donald Trump presidency", tier="extra")

# ---------------------------------------------------------------------------------------
doc("008_ethiopia_tplf_pretoria_agreement_atalayar.txt", date="2022-11-02", publisher="Atalayar",
    url="https://www.atalayar.com/en/articulo/politics/ethiopian-government-and-tigray-rebels-agree-cessation-hostilities/20221102180359158908.amp.html")
E("Ethiopia", "country")
E("Tigray People's Liberation Front", "organization", ["TPLF", "Tigray rebels"])
E("Tigray", "location")
E("African Union", "organization", ["AU"])
E("AU mediation team", "organization")
E("Olusegun Obasanjo", "person", ["Obasanjo"])
E("Phumzile Mlambo-Ngcuka", "person")
E("Uhuru Kenyatta", "person")
E("Redwan Hussien", "person", ["Redwan"])
E("Getachew Reda", "person", ["Getachew"])
E("Abiy Ahmed", "person")
E("peace agreement", "agreement")
E("AU-sponsored peace talks", "event", ["peace talks"])
E("Pretoria", "city")
E("South African Ministry of International Relations and Cooperation", "organization")
E("Nigeria", "country")
E("Kenya", "country")
E("South Africa", "country")
E("Horn of Africa", "location", tier="extra")
E("Amhara", "location", tier="extra")
E("LTTE", "organization", tier="extra")
E("Agencia de Noticias Etíope", "organization", tier="extra")
E("AP", "organization", tier="extra")
R(["Redwan Hussien", "Ethiopia"], "signed", "peace agreement",
  "Ethiopian Deputy Foreign Minister Redwan Hussien, National Security Advisor to Ethiopian Prime Minister Abiy Ahmed, and LTTE representative Getachew Reda signed the peace agreement.",
  date="2022-11-02", place="Pretoria")
R(["Getachew Reda", "Tigray People's Liberation Front"], "signed", "peace agreement",
  ["LTTE representative Getachew Reda signed the peace agreement.",
   "the two sides have reached a peace agreement that also involves \"systematic, orderly, smooth and coordinated disarmament\""],
  date="2022-11-02", place="Pretoria")
R("Redwan Hussien", "holds_position", "Ethiopia",
  ["Ethiopian Deputy Foreign Minister Redwan Hussien", "National Security Advisor to Ethiopian Prime Minister Abiy Ahmed"],
  title="Deputy Foreign Minister")
R("Abiy Ahmed", ["leads", "holds_position"], "Ethiopia", "Ethiopian Prime Minister Abiy Ahmed", title="Prime Minister")
R("Getachew Reda", ["member_of", "holds_position"], ["Tigray People's Liberation Front", "LTTE"],
  "LTTE representative Getachew Reda", tier="extra", title="representative")
R("Olusegun Obasanjo", "holds_position", "African Union",
  ["the African Union (AU) High Representative for the Horn of Africa, former Nigerian President Olusegun Obasanjo",
   "the high representative noted"],
  title="High Representative for the Horn of Africa")
for p in ("Olusegun Obasanjo", "Phumzile Mlambo-Ngcuka", "Uhuru Kenyatta"):
    R(p, "member_of", ["AU mediation team", "African Union"],
      "flanked by the other two members of the AU mediation team: former South African Vice-President Phumzile Mlambo-Ngcuka and former Kenyan President Uhuru Kenyatta")
for p, c, q in (("Olusegun Obasanjo", "Nigeria", "former Nigerian President Olusegun Obasanjo"),
                ("Uhuru Kenyatta", "Kenya", "former Kenyan President Uhuru Kenyatta"),
                ("Phumzile Mlambo-Ngcuka", "South Africa", "former South African Vice-President Phumzile Mlambo-Ngcuka")):
    R(p, ["leads", "holds_position"], c, q, tier="extra")
for c in ("Ethiopia", "Tigray People's Liberation Front"):
    R(c, "participated_in", "AU-sponsored peace talks",
      "Pretoria, where the AU-sponsored peace talks between the two sides began on 25 October", place="Pretoria")
R("African Union", ["participated_in", "supports"], "AU-sponsored peace talks",
  ["the AU-sponsored peace talks between the two sides began on 25 October",
   "African Union mediation has brought about this peace between the two contenders in the Horn of Africa"],
  tier="extra", place="Pretoria")
R("Ethiopia", "attacked", "Tigray People's Liberation Front",
  "The Ethiopian government and rebels in Ethiopia's northern Tigray region, at war since 2020", tier="extra", date="2020")
R("Tigray", "located_in", "Ethiopia",
  ["rebels in Ethiopia's northern Tigray region", "the border of the Tigray and Amhara regions of Ethiopia"])
R("Amhara", "located_in", "Ethiopia", "the border of the Tigray and Amhara regions of Ethiopia", tier="extra")

# ---------------------------------------------------------------------------------------
doc("009_australia_vanuatu_security_agreement_west_australian.txt", date="2022-12-13", publisher="The West Australian",
    dateline="Port Vila, Vanuatu",
    url="https://thewest.com.au./politics/australia-and-vanuatu-strengthen-ties-by-signing-new-bilateral-security-agreement-c-9146421")
E("Australia", "country")
E("Vanuatu", "country")
E("Penny Wong", "person", ["Senator Wong"])
E("Ishmael Kalsakau", "person")
E("bilateral security agreement", "agreement")
E("Port Vila", "city")
E("Solomon Islands", "country")
E("Pacific", "location", tier="extra")
E("Kimberley Caines", "person", tier="extra")
E("The West Australian", "organization", tier="extra")
R(["Penny Wong", "Australia"], "signed", "bilateral security agreement",
  ["Foreign Affairs Minister Penny Wong and Vanuatu Prime Minister Ishmael Kalsakau signed a new bilateral security agreement during a closed-door meeting in Port Vila on Tuesday.",
   "Australia and Vanuatu strengthen ties by signing new bilateral security agreement"],
  date="2022-12-13", place="Port Vila")
R(["Ishmael Kalsakau", "Vanuatu"], "signed", "bilateral security agreement",
  ["Foreign Affairs Minister Penny Wong and Vanuatu Prime Minister Ishmael Kalsakau signed a new bilateral security agreement during a closed-door meeting in Port Vila on Tuesday.",
   "Australia and Vanuatu strengthen ties by signing new bilateral security agreement"],
  date="2022-12-13", place="Port Vila")
R(["Penny Wong", "Australia"], "met_with", ["Ishmael Kalsakau", "Vanuatu"],
  "Foreign Affairs Minister Penny Wong and Vanuatu Prime Minister Ishmael Kalsakau signed a new bilateral security agreement during a closed-door meeting in Port Vila on Tuesday.",
  date="2022-12-13", place="Port Vila")
R("Ishmael Kalsakau", ["leads", "holds_position"], "Vanuatu", "Vanuatu Prime Minister Ishmael Kalsakau", title="Prime Minister")
R("Penny Wong", "holds_position", "Australia", "Foreign Affairs Minister Penny Wong", tier="extra",
  title="Foreign Affairs Minister")
R(["Penny Wong", "Australia"], ["visited", "arrived_in"], ["Vanuatu", "Port Vila"],
  ["A bipartisan trip to the Pacific this week is paying off", "Kimberley Caines In Port Vila, Vanuatu"],
  tier="extra", date="2022-12")
R("Port Vila", "located_in", "Vanuatu", "Kimberley Caines In Port Vila, Vanuatu")
R("Australia", "allied_with", "Vanuatu",
  ["Australia and Vanuatu strengthening their security ties",
   "formalising the partnership between the two countries was “the embodiment of our relationship”",
   "we’re deeply proud to be the Vanuatu principal security partner of choice"],
  tier="extra")
R("Australia", "opposes", "China", "a major setback for China’s regional ambitions", tier="extra")

# ---------------------------------------------------------------------------------------
doc("010_trudeau_accuses_india_nijjar_ndtv.txt", date="2023-09-19", publisher="NDTV",
    url="https://www.ndtv.com/world-news/canada-live-latest-breaking-news-updates-indian-diplomat-expelled-after-pm-justin-trudeau-claims-india-behind-killing-of-khalistani-leader-hardeep-sin-4402621")
E("India", "country")
E("Canada", "country")
E("Justin Trudeau", "person", ["Mr Trudeau", "Canada PM Justin Trudeau"])
E("Hardeep Singh Nijjar", "person", ["Nijjar"])
E("Melanie Jolie", "person")
E("Research and Analysis Wing", "organization", ["RAW"])
E("Surrey", "city")
E("Ottawa", "city")
E("NDTV", "organization", tier="extra")
R(["Justin Trudeau", "Canada"], "accused", "India",
  ["Canada Prime Minister Justin Trudeau on Monday said that his government had \"credible allegations\" linking Indian agents to the killing of Khalistani leader Hardeep Singh Nijjar",
   "India Responds To Trudeau's Charge On Khalistani Terrorist Killing"],
  date="2023-09-18", charge="the killing of Hardeep Singh Nijjar")
R("India", "attacked", "Hardeep Singh Nijjar",
  "his government had \"credible allegations\" linking Indian agents to the killing of Khalistani leader Hardeep Singh Nijjar",
  tier="extra", status="alleged", attributed_to=["Justin Trudeau", "Canada"], date="2023-06-18")
R("India", "dismissed", ["Justin Trudeau", "Canada"],
  ["The Indian government \"completely rejected\" the Canadian PM's allegations",
   "\"Such unsubstantiated allegations seek to shift the focus from Khalistani terrorists and extremists"],
  date="2023-09-19")
R("India", ["criticized", "accused"], "Canada",
  ["\"Such unsubstantiated allegations seek to shift the focus from Khalistani terrorists and extremists, who have been provided shelter in Canada and continue to threaten India's sovereignty and territorial integrity,\" said a foreign ministry statement.",
   "their political figures openly expressing sympathy for \"such elements\" remains a matter of deep concern"],
  date="2023-09-19")
R("Justin Trudeau", ["leads", "holds_position"], "Canada", "Canada Prime Minister Justin Trudeau", title="Prime Minister")
R("Melanie Jolie", "holds_position", "Canada", "Canada Foreign Minister Melanie Jolie", title="Foreign Minister")
R("Canada", "opposes", "India",
  ["they have expelled a senior Indian diplomat from Canada", "Canada's action against India"], tier="extra", date="2023-09-18")

# ---------------------------------------------------------------------------------------
doc("011_ireland_norway_spain_recognise_palestine_israel_recalls_memo.txt", date="2024-05-22",
    publisher="Middle East Monitor (Reuters)",
    url="https://www.middleeastmonitor.com/20240522-israel-orders-recall-of-ambassadors-from-ireland-and-norway/")
E("Israel", "country")
E("Ireland", "country")
E("Norway", "country")
E("Spain", "country")
E("Palestine", "country", ["State of Palestine"])
E("Israel Katz", "person", ["Katz"])
E("Israeli foreign ministry", "organization")
E("Hamas", "organization")
E("Gaza", "location")
E("Palestinian Authority", "organization")
E("Fatah", "organization")
E("Ramallah", "city")
E("West Bank", "location")
E("Arab League", "organization")
E("Ahmed Aboul-Gheit", "person", ["Aboul-Gheit"])
E("Reuters", "organization", tier="extra")
R("Ahmed Aboul-Gheit", "holds_position", "Arab League", "Arab League Secretary-General Ahmed Aboul-Gheit",
  title="Secretary-General")
for c in ("Ireland", "Norway"):
    R(["Israel Katz", "Israel", "Israeli foreign ministry"], ["criticized", "opposes"], c,
      ["it had ordered an immediate recall of its ambassadors from Ireland and Norway in response to their respective governments deciding to recognise the State of Palestine",
       "Foreign Minister Israel Katz said the decision to recognise a Palestinian state undermined Israel’s right to self-defence"],
      date="2024-05-22")
R(["Israel Katz", "Israel"], ["criticized", "opposes"], "Spain",
  "Foreign Minister Israel Katz said the decision to recognise a Palestinian state undermined Israel’s right to self-defence",
  tier="extra", date="2024-05-22")
for c in ("Ireland", "Norway", "Spain"):
    R(c, "supports", "Palestine",
      ["in response to their respective governments deciding to recognise the State of Palestine",
       "The two countries were joined by Spain today in announcing official recognition of Palestine"],
      tier="extra", date="2024-05-22")
    R(["Ahmed Aboul-Gheit", "Arab League"], "supports", c,
      "Arab League Secretary-General Ahmed Aboul-Gheit praised the announcements from Norway, Spain and Ireland to recognise Palestine as a state.",
      tier="extra", date="2024-05-22")
    for o in ("Palestinian Authority", "Hamas"):
        R(o, "supports", c,
          "The Fatah-controlled Palestinian Authority in Ramallah and its rival Hamas movement, meanwhile, both welcomed the recognition of Palestine as a state by Ireland, Spain and Norway.",
          tier="extra", date="2024-05-22")
R("Israel Katz", "holds_position", "Israel", ["Foreign Minister Israel Katz said", "The Israeli foreign ministry said today"],
  tier="extra", title="Foreign Minister")

if __name__ == "__main__":
    main(HERE, "blind13",
         "Gold knowledge graph for the twelve articles of datasets/blind13 (the thirteenth evaluation set, twelfth "
         "blind one), written by hand from the article texts alone before any extractor output on them was "
         "looked at.")
