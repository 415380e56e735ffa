#!/usr/bin/env python3
"""Source of datasets/blind14/blind14.gold.json (run: python3 datasets/blind14/gold_src.py [OUT]).

Written by hand, article by article, from the text of datasets/blind14/articles only, before
any extractor output on these articles was looked at (the fourteenth evaluation set, thirteenth
blind one: see README.md); kg was not run on these articles by the person who wrote the gold. The
helpers doc/E/R/main are datasets/gold_lib.py. Entities named in several articles are one gold
entity (aliases unioned, `core` if core anywhere); the same relation reported by several
articles is one gold relation whose evidence holds a quote from each (and whose date is dropped
when the articles describe different dates). Every relation also lists the `documents` its
quotes come from (score.py ignores the key; tests/cli/test_blind14_gold.py checks the quotes
against them).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_lib import E, R, doc, main  # noqa: E402

# ---------------------------------------------------------------------------------------
doc("000_un_air_embargo_iraq_kuwait_ap.txt", date="1990-09-26", publisher="AP", dateline="UNITED NATIONS",
    url="https://www.apnews.com/ec222bfd556eba72875b3f3cdc19a25d")
E("U.N. Security Council", "organization", ["Security Council"])
E("Iraq", "country")
E("Kuwait", "country")
E("Cuba", "country")
E("Soviet Union", "country", ["Soviet"])
E("Abdul Al-Anbari", "person")
E("Eduard Shevardnadze", "person", ["Shevardnadze"])
E("United Nations", "organization", ["U.N."], tier="extra")
E("AP", "organization", tier="extra")
R("U.N. Security Council", "sanctioned", "Iraq",
  ["Security Council Votes Air Embargo against Iraq, Occupied Kuwait",
   "The U.N. Security Council voted 14-1 Tuesday to impose an air embargo against Iraq in an effort to force Iraqi occupying forces to quit Kuwait."],
  date="1990-09-25")
R("U.N. Security Council", "sanctioned", "Kuwait",
  ["Security Council Votes Air Embargo against Iraq, Occupied Kuwait",
   "directs all states to bar use of airspace by any passenger or cargo flight to or from Iraq or occupied Kuwait"],
  tier="extra", date="1990-09-25")
R("U.N. Security Council", "condemned", "Iraq",
  "Tuesday marked the ninth time the Security Council has condemned Iraq’s Aug. 2 invasion of Kuwait and demanded immediate withdrawal.")
R("Iraq", "attacked", "Kuwait",
  ["Tuesday marked the ninth time the Security Council has condemned Iraq’s Aug. 2 invasion of Kuwait",
   "to force Iraqi occupying forces to quit Kuwait"],
  date="1990-08-02")
R("Iraq", "sent_troops", "Kuwait", "to force Iraqi occupying forces to quit Kuwait", tier="extra")
R(["Abdul Al-Anbari", "Iraq"], ["criticized", "condemned"], "U.N. Security Council",
  ["Iraq’s envoy called it ″an act of war.″",
   "Iraqi Ambassador Abdul Al-Anbari, who attended as an interested party, stalked out after the vote, saying, ″You know, boycotting a country by enforcing a naval embargo as well as an air embargo is an act of aggression, an act of war."],
  date="1990-09-25")
R("Abdul Al-Anbari", "holds_position", "Iraq", ["Iraqi Ambassador Abdul Al-Anbari", "Iraq’s envoy"], title="Ambassador")
R("Eduard Shevardnadze", "holds_position", "Soviet Union", "Soviet Foreign Minister Eduard Shevardnadze",
  title="Foreign Minister")
R("Eduard Shevardnadze", "leads", "U.N. Security Council", "Soviet Foreign Minister Eduard Shevardnadze, who presided",
  tier="extra")
R("Cuba", "opposes", "U.N. Security Council", "Cuba cast the only vote opposing Resolution 670", tier="extra",
  date="1990-09-25")
R("Cuba", "member_of", "U.N. Security Council", "Cuba cast the only vote opposing Resolution 670", tier="extra")

# ---------------------------------------------------------------------------------------
doc("001_philippine_senate_rejects_bases_treaty_knight_ridder_chieftain.txt", date="1991-09-17",
    publisher="Knight-Ridder News Service (The Pueblo Chieftain)", dateline="MANILA, Philippines",
    url="https://www.chieftain.com/story/special/1991/09/17/filipino-senate-ends-deal-with/9118653007/")
E("Philippine Senate", "organization", ["Senate", "Filipino senate"])
E("Philippines", "country")
E("United States", "country", ["U.S."])
E("Corazon C. Aquino", "person", ["Aquino"])
E("Rene A. Saguisag", "person")
E("Jovito R. Salonga", "person")
E("Manila", "city")
E("Subic Bay Naval Station", "location", ["Subic Bay"])
E("10-year treaty", "agreement")
E("1988 agreement on military bases", "agreement", tier="extra")
E("The Pueblo Chieftain", "organization", tier="extra")
E("Knight-Ridder News Service", "organization", tier="extra")
R("Philippine Senate", ["opposes", "dismissed"], "10-year treaty",
  ["the Senate voted, 12-11, to reject a 10-year treaty extending the U.S. stay at Subic Bay",
   "\"The treaty is rejected by the Philippine Senate,\""],
  date="1991-09-16")
R("Philippine Senate", "opposes", "United States",
  ["Filipino senate ends deal with U.S.",
   "the Philippine Senate Monday night voted 12-11 to end the United States' 93-year military presence in the Philippines"],
  tier="extra", date="1991-09-16")
R("United States", "supports", "Corazon C. Aquino",
  "the United States said it stood \"fully behind\" President Corazon C. Aquino's call to bypass the Senate vote")
R("Corazon C. Aquino", "opposes", "Philippine Senate",
  "President Corazon C. Aquino's call to bypass the Senate vote by letting the Filipino people decide in a national referendum",
  tier="extra")
R("Jovito R. Salonga", ["leads", "holds_position"], "Philippine Senate",
  "Jovito R. Salonga, the Senate's president and ardent base opponent", title="president")
R("Rene A. Saguisag", ["member_of", "holds_position"], "Philippine Senate",
  "said Sen. Rene A. Saguisag, a leading anti-base senator", tier="extra", title="Sen.")
R("Corazon C. Aquino", ["leads", "holds_position"], "Philippines", "President Corazon C. Aquino's call",
  tier="extra", title="President")
R("Manila", "located_in", "Philippines", "MANILA, Philippines —")
R("Subic Bay Naval Station", "located_in", "Philippines",
  "whether the American military should remain at Subic Bay Naval Station for another decade", tier="extra")
R("United States", "sent_troops", "Philippines",
  ["the United States' 93-year military presence in the Philippines", "American forces would withdraw and turn the base over to the Philippines"],
  tier="extra")
for c in ("Philippines", "United States"):
    R(c, "signed", "1988 agreement on military bases",
      "both countries will begin planning a \"smooth transition\" of unspecified duration during which American forces would withdraw and turn the base over to the Philippines, as provided in a 1988 agreement on military bases",
      tier="extra", date="1988")

# ---------------------------------------------------------------------------------------
doc("002_sweden_finland_norway_harpsund_xinhua_siasat.txt", date="2023-02-22", publisher="Siasat (Xinhua report)",
    dateline="Stockholm",
    url="https://www.siasat.com/sweden-finland-norway-vow-to-strengthen-defence-cooperation-2533049/")
E("Sweden", "country")
E("Finland", "country")
E("Norway", "country")
E("Sauli Niinisto", "person")
E("Ulf Kristersson", "person")
E("Jonas Gahr Store", "person")
E("Harpsund", "location")
E("Stockholm", "city")
E("NATO", "organization")
E("United States", "country", ["US"])
E("United Kingdom", "country", ["UK"])
E("Xinhua", "organization", ["Xinhua news agency"], tier="extra")
E("Russia-Ukraine war", "event", tier="extra")
E("Russia", "country", tier="extra")
E("Ukraine", "country", tier="extra")
E("MS Education Academy", "organization", tier="extra")
LEAD3 = (("Sauli Niinisto", "Finland", ["Finland's President Sauli Niinisto", "Finland’s President Sauli Niinisto"], "President"),
         ("Ulf Kristersson", "Sweden", ["Sweden's Prime Minister Ulf Kristersson", "Sweden’s Prime Minister Ulf Kristersson"], "Prime Minister"),
         ("Jonas Gahr Store", "Norway", ["Norway's Prime Minister Jonas Gahr Store", "Norway’s Prime Minister Jonas Gahr Store"], "Prime Minister"))
for p, c, q, t in LEAD3:
    R(p, ["leads", "holds_position"], c, q, title=t)
MET = "Finland's President Sauli Niinisto, Sweden's Prime Minister Ulf Kristersson and Norway's Prime Minister Jonas Gahr Store met on Wednesday in Harpsund"
for i in range(3):
    for j in range(i + 1, 3):
        (p1, c1, _, _), (p2, c2, _, _) = LEAD3[i], LEAD3[j]
        R([p1, c1], "met_with", [p2, c2],
          [MET, "The three discussed common security challenges and cooperation on foreign, security and defence policy issues."],
          date="2023-02-22", place="Harpsund")
        R(c1, "allied_with", c2,
          ["The leaders of Sweden, Finland and Norway vowed to strengthen defence cooperation in the face of common security challenges.",
           "Norway, Finland and Sweden, together with our Nordic neighbours, have a shared responsibility to respond to security challenges in the region"],
          tier="extra", date="2023-02-22")
R("Harpsund", "located_in", "Sweden", "Harpsund is a country retreat for the Prime Minister of Sweden.", tier="extra")
for c in ("Sweden", "Finland"):
    R(c, "member_of", "NATO", "as Sweden and Finland are on their way to join the NATO", tier="extra")
for c in ("Russia", "Ukraine"):
    R(c, "participated_in", "Russia-Ukraine war",
      "the security situation had deteriorated due to the Russia-Ukraine war", tier="extra")

# ---------------------------------------------------------------------------------------
doc("003_japanese_advance_force_arrives_iraq_la_times.txt", date="2004-01-20", publisher="Los Angeles Times",
    dateline="SAMAWAH, Iraq", url="http://ukobiw.net./archives/la-xpm-2004-jan-20-fg-iraq20-story.html")
E("Japan", "country")
E("Iraq", "country")
E("Kuwait", "country")
E("Samawah", "city", ["SAMAWAH"])
E("advance party", "organization", ["Japanese Advance Force"])
E("Masahisa Sato", "person")
E("Junichiro Koizumi", "person", ["Koizumi"])
E("United States", "country", ["U.S."])
E("Dutch military camp", "location", tier="extra")
E("U.S. Central Command", "organization", tier="extra")
E("Samarra", "city", tier="extra")
E("World War II", "event", tier="extra")
E("Los Angeles Times", "organization", tier="extra")
R("Japan", "sent_troops", "Iraq",
  ["Japanese troops arrived Monday in southern Iraq to begin Japan’s most controversial and risky deployment since World War II.",
   "An advance party of about 35 soldiers, who will prepare for the likely deployment of about 1,000 troops, arrived at the Dutch military camp in Samawah",
   "Koizumi’s decision to send troops"],
  date="2004-01-19", count=35)
R(["advance party", "Japan"], ["arrived_in", "visited"], ["Samawah", "Iraq"],
  ["Japanese Advance Force Arrives in Iraq",
   "Japanese troops arrived Monday in southern Iraq",
   "An advance party of about 35 soldiers, who will prepare for the likely deployment of about 1,000 troops, arrived at the Dutch military camp in Samawah after crossing the border from Kuwait eight hours earlier."],
  date="2004-01-19")
R("Masahisa Sato", "leads", "advance party", "Col. Masahisa Sato, head of the advance party")
R("Samawah", "located_in", "Iraq", "SAMAWAH, Iraq —")
R("Dutch military camp", "located_in", "Samawah", "the Dutch military camp in Samawah", tier="extra")
R("Junichiro Koizumi", ["leads", "holds_position"], "Japan",
  ["poses a major political risk for Prime Minister Junichiro Koizumi", "Koizumi’s decision to send troops"],
  tier="extra", title="Prime Minister")

# ---------------------------------------------------------------------------------------
doc("004_turkey_armenia_zurich_protocols_turkish_mfa.txt", date="2009-10-11",
    publisher="Ministry of Foreign Affairs of Turkey (Consulate General in Chicago)",
    url="https://chicago-cg.mfa.gov.tr/Mission/ShowAnnouncement/116710")
E("Turkey", "country", ["Republic of Turkey"])
E("Armenia", "country", ["Republic of Armenia"])
E("Ahmet Davutoglu", "person", ["Davutoglu"])
E("Edward Nalbandian", "person", ["Nalbandian"])
E("Protocol on Development of Relations", "agreement")
E("Protocol on the Establishment of Diplomatic Relations", "agreement")
E("Zurich", "city")
E("Switzerland", "country")
E("Micheline Calmy-Rey", "person")
E("Hillary Clinton", "person")
E("Sergei Lavrov", "person")
E("Bernard Kouchner", "person")
E("Javier Solana", "person")
E("Samuel Zbogar", "person")
E("United States", "country", ["U.S."])
E("Russia", "country")
E("France", "country")
E("Slovenia", "country")
E("European Union", "organization")
E("Council of Europe", "organization")
E("ceremony", "event")
E("Swiss Federal Department of Foreign Affairs", "organization", tier="extra")
E("Committee of Ministers", "organization", tier="extra")
SIGNED = "Turkish Foreign Minister Ahmet Davutoglu and Armenian Foreign Minister Edward Nalbandian yesterday signed two protocols [Protocol on Development of Relations;Protocol on the Establishment of Diplomatic Relations]"
for p, c in (("Ahmet Davutoglu", "Turkey"), ("Edward Nalbandian", "Armenia")):
    for a in ("Protocol on Development of Relations", "Protocol on the Establishment of Diplomatic Relations"):
        R([p, c], "signed", a, ["TURKISH AND ARMENIAN FOREIGN MINISTERS SIGN PROTOCOLS", SIGNED],
          date="2009-10-10", place="Zurich")
R("Ahmet Davutoglu", "holds_position", "Turkey", "Turkish Foreign Minister Ahmet Davutoglu", title="Foreign Minister")
R("Edward Nalbandian", "holds_position", "Armenia", "Armenian Foreign Minister Edward Nalbandian", title="Foreign Minister")
R("Micheline Calmy-Rey", "holds_position", "Switzerland", "The Swiss Foreign Minister Micheline Calmy-Rey",
  title="Foreign Minister")
R("Hillary Clinton", "holds_position", "United States", "U.S. Secretary of State Hillary Clinton", title="Secretary of State")
R("Sergei Lavrov", "holds_position", "Russia", "Russian Foreign Minister Sergei Lavrov", title="Foreign Minister")
R("Bernard Kouchner", "holds_position", "France", "French Foreign Minister Bernard Kouchner", title="Foreign Minister")
R("Javier Solana", "holds_position", "European Union",
  "the High Representative for the Common Foreign and Security Policy of the European Union Javier Solana",
  title="High Representative for the Common Foreign and Security Policy")
R("Samuel Zbogar", "holds_position", "Slovenia", "Slovenian Foreign Minister Samuel Zbogar", title="Foreign Minister")
R("Samuel Zbogar", ["holds_position", "leads"], ["Council of Europe", "Committee of Ministers"],
  "Council of Europe Chair of the Committee of Ministers, Slovenian Foreign Minister Samuel Zbogar", tier="extra",
  title="Chair of the Committee of Ministers")
R("Micheline Calmy-Rey", "participated_in", "ceremony", "The Swiss Foreign Minister Micheline Calmy-Rey hosted the ceremony",
  date="2009-10-10", place="Zurich")
for p in ("Hillary Clinton", "Sergei Lavrov", "Bernard Kouchner", "Javier Solana", "Samuel Zbogar"):
    R(p, "participated_in", "ceremony",
      "also attended the ceremony standing with Ministers Davutoglu and Nalbandian in Zurich",
      date="2009-10-10", place="Zurich")
for p in ("Ahmet Davutoglu", "Edward Nalbandian"):
    R(p, "participated_in", "ceremony", "also attended the ceremony standing with Ministers Davutoglu and Nalbandian in Zurich",
      tier="extra", date="2009-10-10", place="Zurich")
R(["Ahmet Davutoglu", "Turkey"], "met_with", ["Edward Nalbandian", "Armenia"],
  ["standing with Ministers Davutoglu and Nalbandian in Zurich",
   "Turkey and Armenia have been engaged in negotiations towards normalization of relations"],
  tier="extra", date="2009-10-10", place="Zurich")
R("Zurich", "located_in", "Switzerland", "In Zurich, Switzerland,")
R("Switzerland", "supports", ["Turkey", "Armenia"], "with the Swiss government’s assistance", tier="extra")

# ---------------------------------------------------------------------------------------
doc("005_croatia_joins_eu_rnz.txt", date="2013-07-01", publisher="RNZ",
    url="https://www.radionz.co.nz/news/world/213382/croatia-joins-european-union")
E("Croatia", "country")
E("European Union", "organization", ["EU"])
E("Zagreb", "city")
E("Ivo Josipovic", "person", ["Josipovic", "President Josipovic"])
E("Jose Manuel Barroso", "person")
E("European Commission", "organization")
E("Slovenia", "country")
E("Hungary", "country")
E("Bulgaria", "country")
E("Romania", "country")
E("Yugoslavia", "country")
E("war of independence", "event", tier="extra")
E("BBC", "organization", tier="extra")
R("Croatia", "member_of", "European Union",
  ["Croatia joins European Union",
   "Croatia has become the 28th member of the European Union",
   "membership became effective at midnight on Sunday",
   "Croatia is the first new EU member since Bulgaria and Romania joined in 2007."],
  date="2013-07-01")
R("Zagreb", "capital_of", "Croatia",
  ["Croatia has become the 28th member of the European Union, with crowds joining celebrations in the capital Zagreb."])
R("Jose Manuel Barroso", ["leads", "holds_position"], "European Commission",
  "European Commission President Jose Manuel Barroso", title="President")
R("Ivo Josipovic", ["leads", "holds_position"], "Croatia",
  ["with President Ivo Josipovic describing the event as historic", "President Josipovic said it was \"a great and joyful day for our homeland."],
  tier="extra", title="President")
R("Slovenia", "member_of", "European Union", "Slovenia, the first former Yugoslav republic to have joined the bloc")
for c in ("Bulgaria", "Romania"):
    R(c, "member_of", "European Union", "Croatia is the first new EU member since Bulgaria and Romania joined in 2007.",
      date="2007")
R("Croatia", "participated_in", "war of independence",
  ["It comes almost two decades after Croatia's brutal war of independence.",
   "Croatia's split from Yugoslavia triggered a 1991-1995 war to secure its independence."],
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("006_korea_japan_comfort_women_deal_yonhap_korea_herald.txt", date="2015-12-28",
    publisher="Yonhap (The Korea Herald)",
    url="https://koreaherald.com/view.php?mp=48&np=471&ud=20151228000872")
E("South Korea", "country")
E("Japan", "country", ["Japanese government"])
E("Yun Byung-se", "person", ["Yun"])
E("Fumio Kishida", "person", ["Kishida"])
E("Seoul", "city")
E("landmark deal", "agreement", ["agreement"])
E("Foreign Ministry", "organization")
E("World War II", "event", tier="extra")
E("Yonhap", "organization", tier="extra")
DEAL = "South Korea and Japan reached a landmark deal on Monday to resolve the issue of Korean women forced into sexual slavery for Japanese soldiers during World War II."
ANN = "Foreign Minister Yun Byung-se and his Japanese counterpart, Fumio Kishida, announced the agreement after talks at the Foreign Ministry in Seoul"
R(["South Korea", "Yun Byung-se"], "signed", "landmark deal", [DEAL, ANN], date="2015-12-28", place="Seoul")
R(["Japan", "Fumio Kishida"], "signed", "landmark deal", [DEAL, ANN], date="2015-12-28", place="Seoul")
R(["Yun Byung-se", "South Korea"], "met_with", ["Fumio Kishida", "Japan"],
  [ANN, "Kishida said in a joint press conference with Yun at the ministry."], date="2015-12-28", place="Seoul")
R("Fumio Kishida", "holds_position", "Japan", "his Japanese counterpart, Fumio Kishida", title="Foreign Minister")
R("Yun Byung-se", "holds_position", "South Korea", "Foreign Minister Yun Byung-se and his Japanese counterpart",
  tier="extra", title="Foreign Minister")
R(["Fumio Kishida", "Japan"], "visited", "Seoul", ANN, tier="extra", date="2015-12-28")
R("Foreign Ministry", "located_in", "Seoul", "talks at the Foreign Ministry in Seoul", tier="extra")

# ---------------------------------------------------------------------------------------
doc("007_bashir_accuses_egypt_ghandour_cancels_cairo_trip_africanews.txt", date="2017-05-29", publisher="Africanews",
    url="http://www.africanews.com/2017/05/29/sudan-s-foreign-minister-cancels-trip-to-egypt-amid-diplomatic-row")
E("Sudan", "country")
E("Egypt", "country", ["Cairo"])
E("Omar al-Bashir", "person", ["Bashir"])
E("Ibrahim Ghandour", "person")
E("Abdel Fattah al-Sisi", "person")
E("Egyptian foreign ministry", "organization", ["Egypt’s foreign ministry"])
E("Darfur", "location")
E("Ethiopia", "country")
E("Nile", "location")
E("United Nations", "organization", ["UN"])
E("China", "country", tier="extra")
E("Gaza", "location", tier="extra")
E("Chad", "country", tier="extra")
E("Hamdok", "person", tier="extra")
E("Africanews", "organization", tier="extra")
R(["Omar al-Bashir", "Sudan"], "accused", "Egypt",
  ["following accusations by President Omar al-Bashir that Egypt is arming rebel groups to topple his government",
   "Bashir said the army had seized Egyptian armoured vehicles from rebels in the country’s war-torn southern Darfur region",
   "Sudan accusing Egypt’s United Nations representative of supporting calls to extend international sanctions against them"],
  date="2017-05", charge="arming rebel groups to topple his government")
R("Egyptian foreign ministry", "dismissed", ["Omar al-Bashir", "Sudan"],
  "Egypt’s foreign ministry immediately denied supporting the rebels.", date="2017-05")
R("Abdel Fattah al-Sisi", "dismissed", ["Omar al-Bashir", "Sudan"],
  "Egyptian President Abdel Fattah al-Sisi also rejected the claim saying saying “Egypt does not conspire” against anyone.",
  date="2017-05")
R("Egypt", "dismissed", ["Sudan", "Omar al-Bashir"],
  ["which Cairo denied", "Egypt’s foreign ministry immediately denied supporting the rebels."])
R("Abdel Fattah al-Sisi", ["leads", "holds_position"], "Egypt", "Egyptian President Abdel Fattah al-Sisi", title="President")
R("Omar al-Bashir", ["leads", "holds_position"], "Sudan",
  ["accusations by President Omar al-Bashir that Egypt is arming rebel groups to topple his government"],
  tier="extra", title="President")
R("Ibrahim Ghandour", "holds_position", "Sudan",
  ["Sudanese foreign minister has cancelled a vital trip to Egypt",
   "Foreign Minister Ibrahim Ghandour said in a statement on Sunday"],
  title="Foreign Minister")
R(["Ibrahim Ghandour", "Sudan"], "visited", "Egypt",
  ["Sudanese foreign minister has cancelled a vital trip to Egypt",
   "“We told our brothers in Egypt about the postponement of the visit due to internal issues and it would take place later,”"],
  tier="extra", status="negated", date="2017-05-31")
R("Egypt", "criticized", "Sudan",
  "Egypt also criticized Sudan for backing Ethiopia in the construction of a dam on the Nile which Egypt fears will affect its water needs.")
R("Sudan", "supports", "Ethiopia", "Egypt also criticized Sudan for backing Ethiopia in the construction of a dam on the Nile")
R("Darfur", "located_in", "Sudan", "the country’s war-torn southern Darfur region")

# ---------------------------------------------------------------------------------------
doc("008_widodo_declares_victory_prabowo_rejects_reuters_vietnamtimes.txt", date="2019-04-18",
    publisher="Reuters (Vietnam Times)",
    url="https://vietnamtimes.org.vn/president-jokowi-declares-victory-in-indonesia-elections-as-rival-prabowo-rejects-results-9050.html")
E("Indonesia", "country")
E("Joko Widodo", "person", ["Widodo", "Jokowi", "President Jokowi"])
E("Prabowo Subianto", "person", ["Prabowo"])
E("Indonesian presidential election", "event", ["presidential election", "Indonesia elections"])
E("Mahathir Mohamad", "person")
E("Malaysia", "country")
E("Recep Tayyip Erdogan", "person")
E("Turkey", "country")
E("Jakarta", "city")
E("Antara Foto", "organization", tier="extra")
E("Akbar Nugroho Gumay", "person", tier="extra")
E("Reuters", "organization", ["REUTERS"], tier="extra")
R("Joko Widodo", ["leads", "holds_position"], "Indonesia",
  ["Indonesian President Joko Widodo on Thursday (Apr 18) declared victory in a presidential election",
   "Indonesian President Joko Widodo shows his ink-stained finger"],
  title="President")
R("Joko Widodo", "participated_in", "Indonesian presidential election",
  ["Indonesian President Joko Widodo on Thursday (Apr 18) declared victory in a presidential election",
   "Unofficial results from private pollsters based on vote samples from Wednesday's election pointed to a comfortable win for Widodo"],
  date="2019-04-17")
R("Prabowo Subianto", "participated_in", "Indonesian presidential election",
  ["giving him a lead of almost 10 percentage points over his rival, former general Prabowo Subianto",
   "the Jokowi-Maruf ticket got 54.5 per cent of the vote while Prabowo got 45.5 percent"],
  date="2019-04-17")
R("Prabowo Subianto", ["opposes", "dismissed"], "Joko Widodo",
  ["President Jokowi declares victory in Indonesia elections as rival Prabowo rejects results",
   "his challenger also claimed he had won and complained of widespread cheating"],
  tier="extra", date="2019-04-18")
R("Mahathir Mohamad", ["leads", "holds_position"], "Malaysia", "Malaysian Prime Minister Mahathir Mohamad",
  title="Prime Minister")
R("Recep Tayyip Erdogan", ["leads", "holds_position"], "Turkey", "Turkish President Recep Tayyip Erdogan",
  title="President")
for p in ("Mahathir Mohamad", "Recep Tayyip Erdogan"):
    R(p, "supports", "Joko Widodo",
      "Widodo told reporters he had received congratulatory calls from 22 state leaders, including Malaysian Prime Minister Mahathir Mohamad and Turkish President Recep Tayyip Erdogan",
      tier="extra")
R("Jakarta", "located_in", "Indonesia", "during elections in Jakarta, Indonesia, April 17, 2019")

# ---------------------------------------------------------------------------------------
doc("009_ardern_names_mahuta_foreign_minister_anadolu.txt", date="2020-11-02", publisher="Anadolu Agency",
    dateline="ANKARA", url="https://usmuslims.com/service/amp/new-zealand-gets-1st-indigenous-woman-foreign-minister-118172h.htm")
E("New Zealand", "country")
E("Jacinda Ardern", "person", ["Ardern"])
E("Nanaia Mahuta", "person", ["Mahuta", "Nanaia"])
E("Labor Party", "organization")
E("Green Party", "organization")
E("fresh agreement", "agreement")
E("general elections", "event")
E("New Zealand Parliament", "organization")
E("Grant Robertson", "person")
E("Andrew Little", "person")
E("Phil Twyford", "person")
E("Wellington", "city")
E("Hauraki-Waikato", "location", tier="extra")
E("Anadolu Agency", "organization", ["AA"], tier="extra")
E("Riyaz ul Khaliq", "person", tier="extra")
E("Ankara", "city", ["ANKARA"], tier="extra")
R("Jacinda Ardern", ["leads", "holds_position"], "New Zealand",
  ["New Zealand’s prime minister on Monday announced to pick country’s first indigenous woman foreign minister",
   "Jacinda Ardern named Nanaia Mahuta as her foreign minister"],
  title="prime minister")
R("Nanaia Mahuta", "holds_position", "New Zealand",
  ["New Zealand’s prime minister on Monday announced to pick country’s first indigenous woman foreign minister",
   "Jacinda Ardern named Nanaia Mahuta as her foreign minister",
   "She has served as the minister for Maori [indigenous peoples] development and minister for local government"],
  title="foreign minister")
R("Grant Robertson", "holds_position", "New Zealand", "The prime minister named Grant Robertson as her deputy",
  title="deputy")
R("Andrew Little", "holds_position", "New Zealand", "The prime minister named Grant Robertson as her deputy and Andrew Little as Health Minister.",
  title="Health Minister")
R("Phil Twyford", "holds_position", "New Zealand",
  "Phil Twyford has been demoted and will serve as minister outside Cabinet with the disarmament portfolio.",
  tier="extra", title="minister outside Cabinet")
R("Jacinda Ardern", ["member_of", "leads"], "Labor Party", "Ardern’s Labor Party won historic landslide victory in general elections last month")
R("Labor Party", "participated_in", "general elections",
  "Ardern’s Labor Party won historic landslide victory in general elections last month winning 64 seats", date="2020-10")
for o in ("Labor Party", "Green Party"):
    R(o, "signed", "fresh agreement", "The Labor Party has signed a fresh agreement with New Zealand’s Green Party")
R("Nanaia Mahuta", "member_of", "New Zealand Parliament",
  "Mahuta is a lawmaker from Hauraki-Waikato constituency who has spent more than two decades in New Zealand Parliament.")
R("Hauraki-Waikato", "located_in", "New Zealand", "Mahuta is a lawmaker from Hauraki-Waikato constituency", tier="extra")

# ---------------------------------------------------------------------------------------
doc("010_barbados_becomes_republic_mason_president_tass.txt", date="2021-11-30", publisher="TASS", dateline="HAVANA",
    url="https://tass.com/world/1368199")
E("Barbados", "country")
E("Sandra Mason", "person")
E("Elizabeth II", "person", ["Queen Elizabeth II", "British Queen Elizabeth II"])
E("United Kingdom", "country")
E("Prince Charles", "person")
E("Bridgetown", "city")
E("National Heroes Square", "location")
E("House of Assembly", "organization")
E("Commonwealth of Nations", "organization")
E("ceremony marking the island’s transition to a republic", "event")
E("British Empire", "country", tier="extra")
E("Havana", "city", ["HAVANA"], tier="extra")
E("TASS", "organization", tier="extra")
R("Sandra Mason", ["leads", "holds_position"], "Barbados",
  ["The Caribbean island state of Barbados officially became a republic on Tuesday as its first president Sandra Mason",
   "In October, lawmakers elected 72-year-old Governor General Sandra Mason as president."],
  date="2021-11-30", title="president")
R("Elizabeth II", ["leads", "holds_position"], "United Kingdom", "British Queen Elizabeth II", title="Queen")
R("Elizabeth II", ["leads", "holds_position"], "Barbados",
  ["replaced British Queen Elizabeth II as head of state", "passed constitutional amendments removing the queen as head of state"],
  tier="extra", title="head of state")
R("Elizabeth II", "leads", "Commonwealth of Nations", "headed by the British monarch", tier="extra")
R("Prince Charles", ["arrived_in", "visited"], "Barbados", "Prince Charles, who arrived in Barbados on Sunday",
  date="2021-11-28")
R("Prince Charles", "participated_in", "ceremony marking the island’s transition to a republic",
  ["Prince Charles, who arrived in Barbados on Sunday, attended the ceremony.",
   "A ceremony marking the island’s transition to a republic was broadcast live on the government’s website."],
  date="2021-11-30")
R("Barbados", "member_of", "Commonwealth of Nations", "Barbados will remain a member of the Commonwealth of Nations")
R("Bridgetown", "capital_of", "Barbados", "in National Heroes Square in the capital Bridgetown")
R("National Heroes Square", "located_in", "Bridgetown", "in National Heroes Square in the capital Bridgetown")
R("House of Assembly", "opposes", "Elizabeth II",
  "the House of Assembly (the lower house of parliament) passed constitutional amendments removing the queen as head of state",
  tier="extra", date="2021-09")
R("House of Assembly", "supports", "Sandra Mason", "In October, lawmakers elected 72-year-old Governor General Sandra Mason as president.",
  tier="extra", date="2021-10")

# ---------------------------------------------------------------------------------------
doc("011_pezeshkian_baghdad_fourteen_mous_ians_daijiworld.txt", date="2024-09-12", publisher="IANS (Daijiworld)",
    dateline="Baghdad, Sep 12", url="https://daijiworld.com/news/newsDisplay?newsID=1225582")
E("Iran", "country")
E("Iraq", "country")
E("Masoud Pezeshkian", "person", ["Pezeshkian"])
E("Baghdad", "city")
E("Abdul Latif Rashid", "person")
E("Mohammed Shia' al-Sudani", "person", ["al-Sudani"])
E("14 memorandums of understanding", "agreement", ["MoUs"])
E("Israel", "country")
E("Gaza Strip", "location")
E("Iraqi Presidency", "organization", tier="extra")
E("Xinhua", "organization", ["Xinhua news agency"], tier="extra")
E("IANS", "organization", tier="extra")
R(["Masoud Pezeshkian", "Iran"], ["arrived_in", "visited"], ["Baghdad", "Iraq"],
  ["Iranian President Masoud Pezeshkian has arrived in Baghdad for his first official foreign visit since taking office in July.",
   "During his visit, Pezeshkian on Wednesday met with Iraqi President Abdul Latif Rashid"],
  date="2024-09-11")
R("Masoud Pezeshkian", ["leads", "holds_position"], "Iran", "Iranian President Masoud Pezeshkian", title="President")
R("Abdul Latif Rashid", ["leads", "holds_position"], "Iraq", "Iraqi President Abdul Latif Rashid", title="President")
R("Mohammed Shia' al-Sudani", ["leads", "holds_position"], "Iraq", "Iraqi Prime Minister Mohammed Shia' al-Sudani",
  title="Prime Minister")
R(["Masoud Pezeshkian", "Iran"], "met_with", ["Abdul Latif Rashid", "Iraq"],
  "During his visit, Pezeshkian on Wednesday met with Iraqi President Abdul Latif Rashid", date="2024-09-11", place="Baghdad")
R("Masoud Pezeshkian", "met_with", "Mohammed Shia' al-Sudani",
  ["The Iranian President also held discussions with Iraqi Prime Minister Mohammed Shia' al-Sudani",
   "Before the signing ceremony, al-Sudani and Pezeshkian discussed bilateral cooperation on border security and other issues",
   "al-Sudani and Pezeshkian held a joint press conference"],
  date="2024-09-11", place="Baghdad")
for s_ in (["Iran", "Masoud Pezeshkian"], ["Iraq", "Mohammed Shia' al-Sudani"]):
    R(s_, "signed", "14 memorandums of understanding",
      "The Iranian President also held discussions with Iraqi Prime Minister Mohammed Shia' al-Sudani, during which 14 memorandums of understanding (MoUs) were signed.",
      date="2024-09-11", place="Baghdad")
    R(s_, "condemned", "Israel", "Both leaders condemned Israel's \"ongoing aggression\" in the Gaza Strip", date="2024-09-11")
R("Israel", "attacked", "Gaza Strip", "Both leaders condemned Israel's \"ongoing aggression\" in the Gaza Strip",
  tier="extra", status="alleged", attributed_to=["Masoud Pezeshkian", "Mohammed Shia' al-Sudani"])

if __name__ == "__main__":
    main(HERE, "blind14",
         "Gold knowledge graph for the twelve articles of datasets/blind14 (the fourteenth evaluation set, thirteenth "
         "blind one), written by hand from the article texts alone before any extractor output on them was "
         "looked at.")
