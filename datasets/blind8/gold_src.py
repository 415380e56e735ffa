#!/usr/bin/env python3
"""Source of datasets/blind8/blind8.gold.json (run: python3 datasets/blind8/gold_src.py [OUT]).

Written by hand, article by article, from the text of datasets/blind8/articles only, before
any extractor output on these articles was looked at (the eighth evaluation set, seventh blind
one: see README.md). The helpers doc/E/R/main are datasets/gold_lib.py. Entities named in
several articles are one gold entity (aliases unioned, `core` if core anywhere); the same
relation reported by several articles is one gold relation whose evidence holds a quote from
each (and whose date is dropped when the articles describe different dates). Every relation
also lists the `documents` its quotes come from (score.py ignores the key;
tests/cli/test_blind8_gold.py checks the quotes against them).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_lib import E, R, doc, main  # noqa: E402

# ---------------------------------------------------------------------------------------
doc("000_mandela_arrives_libya_gadafy_irish_times.txt", date="1997-10-23", publisher="The Irish Times",
    url="https://www.irishtimes.com/news/mandela-begins-visit-to-gadafy-despite-concern-about-sanctions-1.118590")
E("Nelson Mandela", "person", ["President Nelson Mandela", "Mr Mandela", "Mandela"])
E("South Africa", "country")
E("Libya", "country")
E("Muammar Gadafy", "person", ["Col Muammar Gadafy", "Col Gadafy", "Gadafy"])
E("United Nations", "organization", ["UN"])
E("United States", "country", ["US", "America"])
E("Tripoli", "city")
E("Graca Machel", "person", ["Ms Graca Machel"])
E("Alfred Nzo", "person", ["Mr Alfred Nzo"])
E("Ras Adjir", "city")
E("Djerba", "location", tier="extra")
E("Hana", "person", tier="extra")
R("Nelson Mandela", ["arrived_in", "visited"], ["Libya", "Tripoli"],
  ["President Nelson Mandela of South Africa arrived in Libya yesterday",
   "Mandela's visit to Libya is a devastating blow to America"],
  date="1997-10-22")
R("Nelson Mandela", "arrived_in", "Ras Adjir",
  "arrived at the Libyan border town of Ras Adjir by helicopter", date="1997-10-22")
for p in ("Graca Machel", "Alfred Nzo"):
    R(p, "arrived_in", "Ras Adjir",
      "Mr Mandela, his Mozambican companion, Ms Graca Machel, and Foreign Minister, Mr Alfred Nzo, arrived at the Libyan border town of Ras Adjir",
      date="1997-10-22")
R("Ras Adjir", "located_in", "Libya", "the Libyan border town of Ras Adjir")
R(["Nelson Mandela", "South Africa"], "met_with", ["Muammar Gadafy", "Libya"],
  ["Mr Mandela (79) was greeted by Col Gadafy",
   "Greeting Col Gadafy with a hug and a kiss on each cheek, Mr Mandela told him"],
  date="1997-10-22", place="Tripoli")
R("Nelson Mandela", ["leads", "holds_position"], "South Africa", "President Nelson Mandela of South Africa",
  title="President")
R("Muammar Gadafy", ["leads", "holds_position"], "Libya", "the Libyan leader, Col Muammar Gadafy", title="leader")
R("United Nations", "sanctioned", "Libya",
  ["since the United Nations imposed sanctions in 1992", "the UN air embargo"], date="1992")
R("United States", ["opposes", "criticized"], "Nelson Mandela",
  ["sternly dismissing US reservations about his mission", "US opposition to his mission"])
R("Nelson Mandela", ["dismissed", "criticized"], "United States",
  ["sternly dismissing US reservations about his mission",
   "Those who say I should not be here are without morals"], tier="extra", date="1997-10-22")
R("Alfred Nzo", "holds_position", "South Africa", "Foreign Minister, Mr Alfred Nzo", tier="extra",
  title="Foreign Minister")
R("United States", "attacked", ["Libya", "Muammar Gadafy", "Tripoli"],
  "is said to have died in a US air raid more than 10 years ago", tier="extra")
R(["Muammar Gadafy", "Libya"], "supports", ["Nelson Mandela", "South Africa"],
  ["their support in the struggle against apartheid", "This man helped us at a time when we were all alone"],
  tier="extra")
R("South Africa", "opposes", "United Nations",
  "South Africa's policy on the United Nations sanctions that a way should be found to lift them", tier="extra")

# ---------------------------------------------------------------------------------------
doc("001_karamat_resigns_musharraf_army_chief_indian_express.txt", date="1998-10-07", publisher="The Indian Express",
    dateline="ISLAMABAD", url="https://indianexpress.com/article/news-archive/pak-army-chief-quits")
E("Pakistan", "country")
E("Jehangir Karamat", "person", ["Army Chief Gen. Jehangir Karamat", "Gen. Jehangir Karamat", "Karamat"])
E("Parvez Musharraf", "person", ["Lt Gen. Parvez Musharraf"])
E("Nawaz Sharif", "person", ["Prime Minister Sharif", "Sharif"])
E("Farooq Leghari", "person", ["President Farooq Leghari"], tier="extra")
E("Pakistan Television", "organization", tier="extra")
E("Lahore", "city", tier="extra")
E("Islamabad", "city", ["ISLAMABAD"], tier="extra")
R("Jehangir Karamat", ["holds_position", "leads"], "Pakistan", "Pakistan8217;s powerful Army Chief Gen. Jehangir Karamat",
  title="Army Chief")
R("Parvez Musharraf", ["holds_position", "leads"], "Pakistan",
  "The Nawaz Sharif government quickly announced the appointment of Lt Gen. Parvez Musharraf as his successor",
  date="1998-10-07", title="Army Chief")
R("Jehangir Karamat", "criticized", ["Nawaz Sharif", "Pakistan"],
  ["just two days after criticising Pakistan8217;s political leadership",
   "Karamat was critical of the Sharif government"],
  date="1998-10-05")
R("Nawaz Sharif", ["leads", "holds_position"], "Pakistan", "The Nawaz Sharif government", tier="extra",
  title="Prime Minister")
R("Jehangir Karamat", "supports", "Nawaz Sharif",
  ["he had backed the Sharif government", "Karamat had put his weight behind Sharif"], tier="extra")

# ---------------------------------------------------------------------------------------
doc("002_duma_ratifies_start2_irish_times.txt", date="2000-04-15", publisher="The Irish Times",
    url="https://www.irishtimes.com/news/putin-hails-vote-on-arms-treaty-1.263222")
E("Duma", "organization", ["Communist-led Duma"])
E("Russia", "country")
E("START-2", "agreement", ["START-2 nuclear weapons reduction treaty", "1993 treaty"])
E("Vladimir Putin", "person", ["Mr Vladimir Putin", "Mr Putin"])
E("United States", "country", ["US"])
E("US Senate", "organization")
E("Madeleine Albright", "person", ["Ms Madeleine Albright", "Ms Albright"])
E("Communists", "organization", ["opposition Communists"])
E("Gennady Zyuganov", "person", ["Mr Gennady Zyuganov"])
E("NATO", "organization")
E("Lord Robertson", "person")
E("Boris Yeltsin", "person", ["Mr Boris Yeltsin", "Mr Yeltsin"])
E("Ukraine", "country")
E("London", "city")
E("Ivanov", "person", tier="extra")
E("Washington", "city", tier="extra")
E("Brussels", "city", tier="extra")
R(["Duma", "Russia"], "ratified", "START-2",
  ["the Duma had ratified the START-2 nuclear weapons reduction treaty",
   "By ratifying the 1993 treaty as Mr Putin asked them, Duma deputies"],
  date="2000-04-14")
R(["US Senate", "United States"], "ratified", "START-2", "The US Senate ratified the treaty in 1996", date="1996")
R("Vladimir Putin", ["holds_position", "leads"], "Russia", "Russia's President-elect, Mr Vladimir Putin",
  title="President-elect")
R("Madeleine Albright", "holds_position", "United States", "The US Secretary of State, Ms Madeleine Albright",
  title="Secretary of State")
R("Gennady Zyuganov", "leads", "Communists", "the Communist leader, Mr Gennady Zyuganov", title="leader")
R("Lord Robertson", ["leads", "holds_position"], "NATO", "the NATO Secretary-General, Lord Robertson",
  title="Secretary-General")
R("Madeleine Albright", "visited", "Ukraine", "Ms Albright said in a statement released during a visit to Ukraine",
  date="2000-04-14")
R("Vladimir Putin", "visited", "London",
  ["just two days before Mr Putin flies to London on a debut Western trip", "his visit to London tomorrow"],
  tier="extra", date="2000-04-16")
R("Russia", "signed", "START-2", "the USRussian deal was struck", tier="extra", date="1993")
R("United States", "signed", "START-2", "the USRussian deal was struck", tier="extra", date="1993")
R("Gennady Zyuganov", "criticized", "Duma", "called it an historic blunder", tier="extra")
R("Ivanov", "holds_position", "Russia", "[the Russian] Foreign Minister, [Mr Igor] Ivanov", tier="extra",
  title="Foreign Minister")
R("Ivanov", "visited", "Washington", "comes to Washington later this month", tier="extra")
R("Boris Yeltsin", "leads", "Russia", "since he took over from Mr Boris Yeltsin on December 31st", tier="extra")

# ---------------------------------------------------------------------------------------
doc("003_pastrana_marulanda_sign_accord_cnn.txt", date="2001-02-09", publisher="CNN", dateline="SAN VICENTE, Colombia",
    url="http://www.cnn.com/2001/WORLD/americas/02/09/colombia.peace.03/index.html")
E("Andres Pastrana", "person", ["Colombian President Andres Pastrana", "Pastrana"])
E("Manuel Marulanda", "person", ["FARC leader Manuel Marulanda", "Marulanda"])
E("Revolutionary Armed Forces of Colombia", "organization", ["FARC"])
E("Colombia", "country")
E("initiative to reopen peace talks", "agreement", ["initiative"])
E("San Vicente", "city", ["SAN VICENTE"])
E("CNN", "organization", tier="extra")
R(["Andres Pastrana", "Colombia"], "signed", "initiative to reopen peace talks",
  ["Colombian President Andres Pastrana and FARC leader Manuel Marulanda shook hands and hugged Friday afternoon after signing an initiative to reopen peace talks",
   "was signed by the two men after a representative for each read it aloud"],
  date="2001-02-09", place="San Vicente")
R(["Manuel Marulanda", "Revolutionary Armed Forces of Colombia"], "signed", "initiative to reopen peace talks",
  ["Colombian President Andres Pastrana and FARC leader Manuel Marulanda shook hands and hugged Friday afternoon after signing an initiative to reopen peace talks",
   "was signed by the two men after a representative for each read it aloud"],
  date="2001-02-09", place="San Vicente")
R("Andres Pastrana", "met_with", "Manuel Marulanda",
  ["Pastrana flew into the rebel-held enclave on Thursday to meet with the 69-year-old guerilla leader",
   "shook hands and hugged Friday afternoon"],
  date="2001-02")
R("Andres Pastrana", ["leads", "holds_position"], "Colombia", "Colombian President Andres Pastrana", title="President")
R("Manuel Marulanda", "leads", "Revolutionary Armed Forces of Colombia", "FARC leader Manuel Marulanda",
  title="leader")
R("San Vicente", "located_in", "Colombia", "SAN VICENTE, Colombia (CNN)")
R("Revolutionary Armed Forces of Colombia", ["opposes", "attacked"], "Colombia",
  "in a bid to end the country's protracted civil war", tier="extra")

# ---------------------------------------------------------------------------------------
doc("004_sri_lanka_tigers_permanent_ceasefire_guardian.txt", date="2002-02-22", publisher="The Guardian",
    url="https://www.theguardian.com/world/2002/feb/22/srilanka1")
E("Sri Lanka", "country")
E("Liberation Tigers of Tamil Eelam", "organization", ["Tamil Tigers", "Tigers"])
E("ceasefire agreement", "agreement", ["permanent ceasefire", "ceasefire"])
E("Ranil Wickremesinghe", "person")
E("Vellupillai Prabhakaran", "person")
E("Norway", "country", ["Norwegian government"])
E("Jan Petersen", "person", ["Mr Petersen"])
E("India", "country", tier="extra")
E("United States", "country")
E("Britain", "country", tier="extra")
E("Canada", "country", tier="extra")
E("Australia", "country", tier="extra")
R(["Sri Lanka", "Ranil Wickremesinghe"], "signed", "ceasefire agreement",
  ["The government of Sri Lanka and Tamil rebels have signed a permanent ceasefire",
   "The ceasefire agreement, signed by the Sri Lankan prime minister, Ranil Wickremesinghe, and Vellupillai Prabhakaran"],
  date="2002-02-22")
R(["Liberation Tigers of Tamil Eelam", "Vellupillai Prabhakaran"], "signed", "ceasefire agreement",
  ["The government of Sri Lanka and Tamil rebels have signed a permanent ceasefire",
   "The ceasefire agreement, signed by the Sri Lankan prime minister, Ranil Wickremesinghe, and Vellupillai Prabhakaran"],
  date="2002-02-22")
R("Ranil Wickremesinghe", ["holds_position", "leads"], "Sri Lanka", "the Sri Lankan prime minister, Ranil Wickremesinghe",
  title="prime minister")
R("Vellupillai Prabhakaran", "leads", "Liberation Tigers of Tamil Eelam",
  "Vellupillai Prabhakaran, the elusive leader of the Tamil Tigers rebels", title="leader")
R("Jan Petersen", "holds_position", "Norway", "Norway's foreign minister, Jan Petersen", title="foreign minister")
R("Liberation Tigers of Tamil Eelam", ["attacked", "opposes"], "Sri Lanka",
  "The Liberation Tigers of Tamil Eelam have fought since 1983", tier="extra", date="1983")
for c in ("India", "United States", "Britain", "Canada", "Australia"):
    R(c, ["opposes", "sanctioned"], "Liberation Tigers of Tamil Eelam",
      "The Tamil Tigers are outlawed in India, the United States, Britain, Canada and Australia", tier="extra")

# ---------------------------------------------------------------------------------------
doc("005_first_au_peacekeepers_mogadishu_reuters_mail_guardian.txt", date="2007-03-06",
    publisher="Reuters (Mail & Guardian)",
    url="https://mg.co.za/article/2007-03-06-first-au-peacekeepers-arrive-in-mogadishu/")
E("Uganda", "country")
E("Somalia", "country")
E("Mogadishu", "city")
E("African Union", "organization", ["AU"])
E("Mohammed Ali Faum", "person")
E("Abdullahi Yusuf", "person", ["President Abdullahi Yusuf"])
E("Nigeria", "country")
E("Ghana", "country")
E("Malawi", "country")
E("Burundi", "country")
E("United Nations", "organization")
E("Reuters", "organization", tier="extra")
E("Mohamed Siad Barre", "person", tier="extra")
E("Horn of Africa", "location", tier="extra")
R(["Uganda", "African Union"], "sent_troops", ["Somalia", "Mogadishu"],
  ["Ugandan soldiers landed in the Somali capital Mogadishu on Tuesday",
   "The AU troops from Uganda have landed and some more are coming"],
  date="2007-03-06")
R("African Union", "arrived_in", "Mogadishu",
  "the first African Union peacekeepers to arrive in the city", tier="extra", date="2007-03-06")
R("Mogadishu", "capital_of", "Somalia", "the Somali capital Mogadishu")
R("Mohammed Ali Faum", "holds_position", "African Union",
  "Mohammed Ali Faum, the AU’s special representative to Somalia", title="special representative to Somalia")
for c in ("Nigeria", "Ghana", "Malawi", "Burundi"):
    R(c, "sent_troops", "Somalia", "Nigeria, Ghana, Malawi and Burundi are also expected to send troops to join the AU force",
      tier="extra")
R("Abdullahi Yusuf", ["leads", "holds_position"], "Somalia", "President Abdullahi Yusuf’s government", tier="extra",
  title="President")
R(["United States", "United Nations"], "sent_troops", "Somalia",
  "A well-funded United States-United Nations peacekeeping mission in the mid-1990s", tier="extra")
R("Mohamed Siad Barre", "leads", "Somalia", "the 1991 ouster of dictator Mohamed Siad Barre", tier="extra",
  title="dictator")

# ---------------------------------------------------------------------------------------
doc("006_un_sanctions_eritrea_taipei_times.txt", date="2009-12-25", publisher="Taipei Times",
    url="http://taipeitimes.com/News/world/archives/2009/12/25/2003461755")
E("UN Security Council", "organization")
E("Eritrea", "country")
E("Somalia", "country")
E("al-Shabab", "organization", ["al Shabaab"])
E("United States", "country", ["US"])
E("Libya", "country", tier="extra")
E("China", "country", tier="extra")
E("Djibouti", "country")
E("Ethiopia", "country")
E("Iran", "country", tier="extra")
E("Uganda", "country")
E("African Union", "organization", ["AU"])
E("United Nations", "organization", ["UN"])
E("Araya Desta", "person", ["Eritrean UN Ambassador Araya Desta"])
E("Horn of Africa", "location", tier="extra")
R("UN Security Council", "sanctioned", "Eritrea",
  ["The UN Security Council imposed sanctions on Eritrea on Wednesday",
   "slapped an embargo on arms imports and exports by Eritrea"],
  date="2009-12-23")
R("United States", "accused", "Eritrea",
  "The US and other nations accuse Eritrea of supplying al Shabaab rebels with funds and arms",
  charge="supplying al Shabaab rebels with funds and arms")
R("Eritrea", "supports", "al-Shabab",
  ["The US and other nations accuse Eritrea of supplying al Shabaab rebels with funds and arms",
   "aid that council members say the Horn of Africa country has given to Islamist insurgents in Somalia"],
  status="alleged", attributed_to=["United States", "UN Security Council"])
R("al-Shabab", ["attacked", "opposes"], "Somalia",
  "as they fight to topple a fragile UN-backed transitional government in Somalia")
R(["Eritrea", "Araya Desta"], "accused", "United States",
  ["But Eritrea charged that its true author was the US.",
   "mainly concocted by the Ethiopian regime and the US administration"],
  charge="its true author was the US")
R(["Araya Desta", "Eritrea"], "accused", "Ethiopia",
  "it was based “on fabricated lies, mainly concocted by the Ethiopian regime and the US administration.”")
R("Araya Desta", "holds_position", "Eritrea", "Eritrean UN Ambassador Araya Desta", title="UN Ambassador")
R(["Uganda", "African Union"], "sent_troops", ["Somalia", "Mogadishu"], "Uganda, which has peacekeeping troops in Somalia")
R("Eritrea", "dismissed", "United States", "Eritrea has repeatedly denied the allegation", tier="extra")
R(["Araya Desta", "Eritrea"], ["criticized", "condemned"], "UN Security Council",
  "described the resolution as “shameful”", tier="extra")
R("al-Shabab", "attacked", "Uganda", "peacekeeping troops in Somalia that have been targeted by al Shabaab",
  tier="extra")
R("African Union", ["opposes", "criticized"], "Eritrea",
  "the African Union (AU) called on the council in May to punish Eritrea over its role in Somalia",
  tier="extra", date="2009-05")
R("United Nations", "sanctioned", "Iran", "The last country to suffer UN sanctions for the first time was Iran in December 2006",
  tier="extra", date="2006-12")
R("Libya", "opposes", "UN Security Council", "Libya, which has no veto in the council, voted against the resolution",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("007_thai_cambodian_troops_clash_reuters_jpost.txt", date="2011-04-23", publisher="The Jerusalem Post (Reuters)",
    dateline="PHNOM PENH",
    url="https://www.jpost.com/international/thai-cambodian-troops-clash-again-on-disputed-border")
E("Thailand", "country")
E("Cambodia", "country")
E("Phay Siphan", "person")
E("Chhum Sucheat", "person")
E("Cambodian Defense Ministry", "organization")
E("Indonesia", "country")
E("Association for South East Asian Nations", "organization", ["ASEAN"])
E("ceasefire deal", "agreement")
E("Preah Vihear", "location", ["Preah Vihear temple"])
E("Ta Moan", "location", tier="extra")
E("Ta Krabei", "location", tier="extra")
E("Surin", "location", tier="extra")
E("Phnom Penh", "city", ["PHNOM PENH"], tier="extra")
E("Jakarta", "city", tier="extra")
E("UNESCO", "organization", tier="extra")
E("Reuters", "organization", ["REUTERS"], tier="extra")
R("Thailand", "attacked", "Cambodia",
  ["Thai and Cambodian troops clashed again on Saturday on their disputed border",
   "firing at Cambodian troops with heavy artillery"],
  date="2011-04-23")
R("Cambodia", "attacked", "Thailand",
  "Thai and Cambodian troops clashed again on Saturday on their disputed border", date="2011-04-23")
R(["Cambodia", "Chhum Sucheat"], "accused", "Thailand",
  ["Both sides have evacuated thousands of villagers and accused each other of firing first",
   "He accused Thailand of operating \"spy planes\" in the area and firing at Cambodian troops with heavy artillery"],
  charge="firing first")
R("Thailand", "accused", "Cambodia",
  "Both sides have evacuated thousands of villagers and accused each other of firing first", charge="firing first")
R("Chhum Sucheat", "holds_position", ["Cambodian Defense Ministry", "Cambodia"],
  "Cambodian Defense Ministry spokesman Chhum Sucheat", title="spokesman")
R("Phay Siphan", "holds_position", "Cambodia", "Cambodian government spokesman Phay Siphan",
  title="government spokesman")
R("Thailand", "signed", "ceasefire deal",
  "As part of a ceasefire deal, Thailand and Cambodia agreed on Feb. 22", tier="extra", date="2011-02-22")
R("Cambodia", "signed", "ceasefire deal",
  "As part of a ceasefire deal, Thailand and Cambodia agreed on Feb. 22", tier="extra", date="2011-02-22")
R("Indonesia", "sent_troops", ["Thailand", "Cambodia"],
  "unarmed military observers from Indonesia to be posted along their border", tier="extra")
R("Thailand", "opposes", "UNESCO", "which Thailand opposed", tier="extra")
R(["Ta Moan", "Ta Krabei"], "located_in", "Surin",
  "Ta Moan and Ta Krabei temples in the northeastern Thai province of Surin", tier="extra")
R("Surin", "located_in", "Thailand", "the northeastern Thai province of Surin", tier="extra")

# ---------------------------------------------------------------------------------------
doc("008_iran_saudi_resume_ties_beijing_yahoo.txt", date="2023-03-10", publisher="Yahoo News",
    url="https://news.yahoo.com/victory-peace-china-helps-broker-093000967.html")
E("Iran", "country")
E("Saudi Arabia", "country")
E("China", "country")
E("Beijing", "city")
E("joint statement", "agreement")
E("Wang Yi", "person", ["top diplomat Wang Yi", "Wang"])
E("Xi Jinping", "person", ["Chinese President Xi Jinping"])
E("Tehran", "city", tier="extra")
E("Riyadh", "city", tier="extra")
E("IRNA", "organization", ["Iranian news agency IRNA"], tier="extra")
E("Ukraine", "country", tier="extra")
for c in ("Iran", "Saudi Arabia", "China"):
    R(c, "signed", "joint statement",
      ["with Iran, Saudi Arabia and China signing a joint statement in a ceremony on Friday",
       "The agreement, which was reached between China, Iran and Saudi Arabia in the Chinese capital this week"],
      date="2023-03-10", place="Beijing")
R("Iran", "met_with", "Saudi Arabia",
  ["Top security officials from Tehran and Riyadh held four days of talks from Monday in Beijing",
   "after four days of intensive previously undisclosed talks in Beijing"],
  date="2023-03", place="Beijing")
R("Xi Jinping", ["leads", "holds_position"], "China", "Chinese President Xi Jinping", title="President")
R("Wang Yi", "holds_position", "China", "the Chinese foreign ministry quoted top diplomat Wang Yi", tier="extra",
  title="top diplomat")
R("Beijing", "capital_of", "China", "in the Chinese capital this week", tier="extra")
R("Saudi Arabia", ["sanctioned", "opposes"], "Iran", "Saudi Arabia severed ties with Iran in 2016", tier="extra",
  date="2016")

# ---------------------------------------------------------------------------------------
doc("009_maduro_ali_argyle_talks_orinoco_tribune.txt", date="2023-12-14", publisher="Orinoco Tribune",
    dateline="Caracas",
    url="https://orinocotribune.com/essequibo-dispute-venezuela-guyana-initiate-direct-dialogue-in-saint-vincent-and-the-grenadinesjoint-statement/")
E("Nicolás Maduro", "person", ["President Maduro", "Maduro"])
E("Venezuela", "country")
E("Guyana", "country")
E("Mohamed Irfaan Ali", "person")
E("Essequibo", "location", ["Essequibo territory"])
E("Saint Vincent and the Grenadines", "country", ["Saint Vincent & the Grenadines"])
E("Kingstown", "city")
E("Ralph Gonsalves", "person")
E("Community of Latin American and Caribbean States", "organization", ["CELAC"])
E("Caribbean Community", "organization", ["Caricom"])
E("Brazil", "country")
E("Luiz Inácio Lula da Silva", "person")
E("Argyle International Airport", "location", tier="extra")
E("1966 Geneva Agreement", "agreement", ["Geneva Agreement"], tier="extra")
E("Caracas", "city", tier="extra")
E("OrinocoTribune.com", "organization", tier="extra")
R(["Nicolás Maduro", "Venezuela"], "met_with", ["Mohamed Irfaan Ali", "Guyana"],
  ["following the bilateral presidential meeting held at the Argyle International Airport",
   "the first meeting held this Thursday, December 14",
   "the handshake between both presidents"],
  date="2023-12-14", place="Kingstown")
R("Nicolás Maduro", ["leads", "holds_position"], "Venezuela", "The president of Venezuela, Nicolás Maduro",
  title="president")
R("Mohamed Irfaan Ali", ["leads", "holds_position"], "Guyana", "and of Guyana, Mohamed Irfaan Ali", title="president")
R("Nicolás Maduro", ["arrived_in", "visited"], "Saint Vincent and the Grenadines",
  "We arrived in Saint Vincent and the Grenadines with the mandate of the people of Venezuela", date="2023-12-14")
R("Kingstown", "capital_of", "Saint Vincent and the Grenadines",
  "the city of Kingstown, the capital of Saint Vincent & the Grenadines")
R("Ralph Gonsalves", ["leads", "holds_position"], "Saint Vincent and the Grenadines",
  "the prime minister of Saint Vincent and the Grenadines, Ralph Gonsalves", title="prime minister")
R("Ralph Gonsalves", "leads", "Community of Latin American and Caribbean States",
  "Ralph Gonsalves, who presides over the Community of Latin American and Caribbean States (CELAC)")
R("Luiz Inácio Lula da Silva", ["leads", "holds_position"], "Brazil",
  "the president of Brazil, Luiz Inácio Lula da Silva", title="president")
R("Argyle International Airport", "located_in", "Kingstown",
  "the Argyle International Airport in the city of Kingstown", tier="extra")
R("Mohamed Irfaan Ali", "arrived_in", "Saint Vincent and the Grenadines",
  "following the bilateral presidential meeting held at the Argyle International Airport", tier="extra",
  date="2023-12-14")

# ---------------------------------------------------------------------------------------
doc("010_turkey_approves_sweden_nato_protocol_tass.txt", date="2024-01-25", publisher="TASS", dateline="ANKARA",
    url="https://tass.com/world/1737525")
E("Turkey", "country")
E("Sweden", "country", ["Kingdom of Sweden"])
E("NATO", "organization")
E("Protocol on the Kingdom of Sweden’s Participation in the North Atlantic Treaty", "agreement",
  ["protocol on Sweden’s accession to NATO", "accession protocol"])
E("Turkish parliament", "organization", ["parliament"])
E("Tayyip Erdogan", "person", ["Turkish President Tayyip Erdogan"])
E("Ankara", "city", ["ANKARA"], tier="extra")
E("Brussels", "city", tier="extra")
E("Resmi gazete", "organization", tier="extra")
E("TASS", "organization", tier="extra")
P = "Protocol on the Kingdom of Sweden’s Participation in the North Atlantic Treaty"
R("Turkish parliament", "ratified", P,
  ["The parliament passed the bill on January 23", "Earlier, the document was approved by the parliament",
   "the bill on the ratification of Sweden’s NATO bid was submitted to Turkish parliament"],
  date="2024-01-23")
R("Turkey", "ratified", P, "Turkey has approved the protocol on Sweden’s accession to NATO", date="2024-01-25")
R("Tayyip Erdogan", ["leads", "holds_position"], "Turkey", "Turkish President Tayyip Erdogan", title="President")
R("Turkey", "member_of", "NATO", "As a NATO ally, Turkey demanded")
R("Sweden", "sanctioned", ["Turkey", "Ankara"], "lift its embargo on defense exports to Ankara")
R("Tayyip Erdogan", "ratified", P, "the accession protocol is considered approved by Turkish President Tayyip Erdogan",
  tier="extra", date="2024-01-25")
R("Sweden", "signed", P, "signed in Brussels on July 5, 2022", tier="extra", date="2022-07-05", place="Brussels")

# ---------------------------------------------------------------------------------------
doc("011_kenyan_troops_move_into_somalia_guardian.txt", date="2011-10-16", publisher="The Guardian",
    url="https://www.theguardian.com/world/2011/oct/16/kenyan-troops-somalia-kidnappings")
E("Kenya", "country")
E("Somalia", "country")
E("al-Shabab", "organization", ["Al-Shabab"])
E("Alfred Mutua", "person")
E("Abdirahman Omar Osman", "person", ["Osman"])
E("Mogadishu", "city")
E("Ali Nur Hussein", "person", tier="extra")
E("Qoqani", "city", tier="extra")
E("Farah Abdi Warsameh", "person", tier="extra")
E("AP", "organization", tier="extra")
R("Kenya", "sent_troops", "Somalia",
  ["Kenyan military forces moved into southern Somalia on Sunday",
   "Kenyan troops move into Somalia",
   "columns of Kenyan troops had moved in"],
  date="2011-10-16")
R("Kenya", "attacked", "al-Shabab", "Kenyan troops \"are pursuing al-Shabab across the border.\"", date="2011-10-16")
R("Alfred Mutua", "holds_position", "Kenya", "Kenya's government spokesman, Alfred Mutua", title="government spokesman")
R("Abdirahman Omar Osman", "holds_position", "Somalia", "A Somali government spokesman, Abdirahman Omar Osman",
  title="government spokesman")
R(["Somalia", "Abdirahman Omar Osman"], ["opposes", "dismissed"], "Kenya", "said Somalia did not need Kenyan troops",
  tier="extra")
R("Mogadishu", "located_in", "Somalia", "northern Mogadishu, Somalia", tier="extra")

if __name__ == "__main__":
    main(HERE, "blind8",
         "Gold knowledge graph for the twelve articles of datasets/blind8 (the eighth evaluation set, seventh "
         "blind one), written by hand from the article texts alone before any extractor output on them was "
         "looked at.")
