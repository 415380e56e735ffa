#!/usr/bin/env python3
"""Source of datasets/heldout/heldout.gold.json (run: python3 datasets/heldout/gold_src.py [OUT]).

Written by hand, article by article, from the text of datasets/heldout/articles only, before
any extractor output on these articles was looked at (the set is blind: see README.md).
The helpers doc/E/R/main are datasets/gold_lib.py. Entities
named in several articles are one gold entity (aliases unioned, `core` if core anywhere);
the same relation reported by several articles is one gold relation whose evidence holds a
quote from each (and whose date is dropped when the articles describe different dates).
Every relation also lists the `documents` its quotes come from (score.py ignores the key;
tests/cli/test_heldout_gold.py checks the quotes against them).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_lib import E, R, doc, main  # noqa: E402

# ---------------------------------------------------------------------------------------
doc("000_colombia_rejects_venezuela_incursion_abc.txt", date="2008-05-19", publisher="ABC News (Australia)",
    url="http://www.abc.net.au/news/2008-05-19/colombia-rejects-venezuela-border-incursion-charge/2441206")
E("Colombia", "country")
E("Venezuela", "country")
E("Caracas", "city", tier="extra")
E("Andes", "location", tier="extra")
E("Alvaro Uribe", "person")
E("Washington", "city", tier="extra")
E("United States", "country", ["US", "U.S.", "USA", "United States of America", "America"])
E("Hugo Chavez", "person", ["Chavez", "Mr Chavez"])
E("Juan Manuel Santos", "person", ["Santos"])
E("Ecuador", "country")
E("Rafael Correa", "person", ["Correa", "Mr Correa"])
E("Interpol", "organization", tier="extra")
E("FARC", "organization", ["FARC guerrillas"])
R("Venezuela", "accused", "Colombia",
  ["Venezuela has accused 60 Colombian soldiers of entering its territory"], charge="entering its territory")
R("Colombia", ["sent_troops", "attacked"], "Venezuela",
  ["Venezuela has accused 60 Colombian soldiers of entering its territory",
   "Venezuela said the incursion occurred on Friday"],
  date="2008-05-16", count=60, status="alleged", attributed_to=["Venezuela"])
R("Colombia", ["dismissed", "criticized"], "Venezuela",
  "Colombian authorities have rejected charges from Venezuela that their troops had crossed the frontier")
R("Juan Manuel Santos", ["dismissed", "criticized"], "Venezuela",
  "\"There has been no incursion,\" Colombian Defence Minister Juan Manuel Santos told local radio", tier="extra")
R("Alvaro Uribe", ["leads", "holds_position"], "Colombia", "Colombian President Alvaro Uribe", title="President")
R(["Alvaro Uribe", "Colombia"], "allied_with", "United States", "Colombian President Alvaro Uribe is a close Washington ally",
  tier="extra")
R("Hugo Chavez", ["leads", "holds_position"], "Venezuela", "Venezuela's Hugo Chavez", tier="extra")
R("Juan Manuel Santos", "holds_position", "Colombia", "Colombian Defence Minister Juan Manuel Santos",
  title="Defence Minister")
R("Colombia", "attacked", "Ecuador", "Colombia raided inside Ecuador and killed a rebel leader in March",
  date="2008-03")
R("Hugo Chavez", "supports", ["Ecuador", "Rafael Correa"],
  "Mr Chavez ordered tanks to the porous border that cuts through jungle and mountains to support his leftist ally",
  tier="extra")
R("Hugo Chavez", "supports", "FARC",
  ["charges that he supports Colombia's Marxist FARC guerrillas",
   "show that Mr Chavez and Ecuadorean leader Rafael Correa have provided support to the rebels"],
  status="alleged", attributed_to=["Colombia", "United States"])
R("Rafael Correa", "supports", "FARC",
  "show that Mr Chavez and Ecuadorean leader Rafael Correa have provided support to the rebels",
  status="alleged", attributed_to=["Colombia", "United States"])
R(["Colombia", "United States"], "accused", ["Hugo Chavez", "Rafael Correa"],
  "Colombian and US officials say documents and files found on the captured computer of the slain rebel leader show",
  tier="extra", charge="support for the FARC")
R("Rafael Correa", ["leads", "holds_position"], "Ecuador", "Ecuadorean leader Rafael Correa", title="leader")
R("Hugo Chavez", ["dismissed", "criticized"], ["United States", "Colombia"],
  "Mr Chavez and Mr Correa have dismissed these accusations as US-inspired propaganda.")
R("Rafael Correa", ["dismissed", "criticized"], ["United States", "Colombia"],
  "Mr Chavez and Mr Correa have dismissed these accusations as US-inspired propaganda.")

# ---------------------------------------------------------------------------------------
doc("001_peru_ecuador_sign_peace_treaty_ap.txt", date="1998-10-26", publisher="Associated Press",
    dateline="Brasilia, Brazil", url="https://www.historyguy.com/hgnews_ecuador-peru.html")
E("Peru", "country")
E("Ecuador", "country")
E("Peru-Ecuador peace treaty", "agreement", ["peace treaty", "peace accord", "accord"])
E("Peru-Ecuador cooperation agreement", "agreement", ["separate agreement"], tier="extra")
E("Brasilia", "city")
E("Brazil", "country")
E("United States", "country")
E("Argentina", "country", tier="extra")
E("Chile", "country", tier="extra")
E("Alberto Fujimori", "person", ["Fujimori"])
E("Jamil Mahuad", "person", ["Mahuad"])
E("Bill Clinton", "person", ["Clinton", "President Clinton"])
E("Washington", "city", tier="extra")
E("White House", "location", tier="extra")
E("Amazon", "location", tier="extra")
E("Cordillera del Condor", "location", tier="extra")
E("Associated Press", "organization", ["AP", "The Associated Press", "Associated Press News Service"], tier="extra")
R("Peru", "signed", "Peru-Ecuador peace treaty",
  ["Peru and Ecuador ended a half-century dispute Monday by signing a peace treaty",
   "The presidents and foreign ministers of both countries signed the accord"], date="1998-10-26", place="Brasilia")
R("Ecuador", "signed", "Peru-Ecuador peace treaty",
  ["Peru and Ecuador ended a half-century dispute Monday by signing a peace treaty",
   "The presidents and foreign ministers of both countries signed the accord"], date="1998-10-26", place="Brasilia")
R("Alberto Fujimori", "signed", ["Peru-Ecuador peace treaty", "Peru-Ecuador cooperation agreement"],
  ["The presidents and foreign ministers of both countries signed the accord",
   "Mahuad and Fujimori also signed a separate agreement"], date="1998-10-26")
R("Jamil Mahuad", "signed", ["Peru-Ecuador peace treaty", "Peru-Ecuador cooperation agreement"],
  ["The presidents and foreign ministers of both countries signed the accord",
   "Mahuad and Fujimori also signed a separate agreement"], date="1998-10-26")
R("Alberto Fujimori", ["leads", "holds_position"], "Peru", "Peruvian President Alberto Fujimori", title="President")
R("Jamil Mahuad", ["leads", "holds_position"], "Ecuador", "Ecuadoran President Jamil Mahuad", title="President")
R("Bill Clinton", ["leads", "holds_position"], "United States", "In Washington, President Clinton", tier="extra",
  title="President")
R("Bill Clinton", "met_with", ["Jamil Mahuad", "Ecuador"],
  "President Clinton, who had met with the Ecuadoran and Peruvian presidents at the White House on Oct. 9",
  date="1998-10-09", place="White House")
R("Bill Clinton", "met_with", ["Alberto Fujimori", "Peru"],
  "President Clinton, who had met with the Ecuadoran and Peruvian presidents at the White House on Oct. 9",
  date="1998-10-09", place="White House")
R("Jamil Mahuad", "met_with", "Alberto Fujimori",
  "Ecuadoran President Jamil Mahuad gave Fujimori a canteen", tier="extra", date="1998-10-26")
R("Brasilia", ["located_in", "capital_of"], "Brazil", ["(Brasilia, Brazil)", "at a ceremony in Brazil's capital"])
R("Peru", "attacked", "Ecuador", "The two countries fought over the strip of land in 1981 and 1995.",
  tier="extra", symmetric=True)

# ---------------------------------------------------------------------------------------
doc("002_haiti_moise_sworn_in_aljazeera.txt", date="2017-02-07", publisher="Al Jazeera",
    url="http://www.aljazeera.com/news/2017/02/jovenel-moise-sworn-haiti-president-170207161155899.html")
E("Jovenel Moise", "person", ["Moise"])
E("Haiti", "country")
E("Port-au-Prince", "city")
E("Michel Martelly", "person", ["Martelly"])
E("Hurricane Matthew", "event", tier="extra")
E("National Palace", "location", tier="extra")
E("Andres Martinez Casares", "person", tier="extra")
E("Reuters", "organization", tier="extra")
E("Central Unit of Financial Intelligence", "organization", ["Haiti's Central Unit of Financial Intelligence"])
E("UN World Food Programme", "organization", ["World Food Programme", "WFP"], tier="extra")
E("United Nations", "organization", ["UN"], tier="extra")
R("Jovenel Moise", ["leads", "holds_position"], "Haiti",
  ["Jovenel Moise has been sworn in as Haiti's new president",
   "took the oath of office on Tuesday in a ceremony in the capital, Port-au-Prince"],
  date="2017-02-07", title="president")
R("Michel Martelly", ["leads", "holds_position"], "Haiti", "Haiti's former president, Michel Martelly",
  tier="extra", title="former president")
R("Michel Martelly", "supports", "Jovenel Moise",
  "The handpicked candidate of Haiti's former president, Michel Martelly, Moise", tier="extra")
R("Central Unit of Financial Intelligence", "accused", "Jovenel Moise",
  "Haiti's Central Unit of Financial Intelligence alleged that Moise laundered $5m through suspicious money transfers",
  charge="laundered $5m through suspicious money transfers")
R("Jovenel Moise", ["dismissed", "criticized"], "Central Unit of Financial Intelligence",
  "alleged that Moise laundered $5m through suspicious money transfers - charges he has denied")
R("Port-au-Prince", ["capital_of", "located_in"], "Haiti",
  ["in a ceremony in the capital, Port-au-Prince", "Haitian leader takes oath of office in Port-au-Prince"])
R("National Palace", "located_in", "Port-au-Prince", "the National Palace in Port-au-Prince", tier="extra")

# ---------------------------------------------------------------------------------------
doc("003_solomons_force_arrives_the_age.txt", date="2003-07-24", publisher="The Age",
    url="http://www.theage.com.au/articles/2003/07/24/1058853169225.html")
E("Solomon Islands", "country", ["Solomons"])
E("Honiara", "city")
E("Australia", "country")
E("New Zealand", "country")
E("Fiji", "country")
E("RAAF", "organization", tier="extra")
E("HMAS Manoora", "weapon", tier="extra")
E("Red Beach", "location", tier="extra")
E("Guadalcanal", "location", tier="extra")
E("US Marines", "organization", tier="extra")
E("Nick Warner", "person", ["Warner"])
E("Allan Kemakeza", "person", ["Sir Allan Kemakeza", "Sir Allan"])
E("William Morrell", "person")
E("John Howard", "person", ["Howard"])
E("Townsville", "city", tier="extra")
E("Queensland", "location", tier="extra")
R("Australia", "sent_troops", ["Solomon Islands", "Honiara"],
  ["The first members of the 2,225-strong Australian-led intervention force to restore law and order in the Solomon Islands touched down in Honiara",
   "police and soldiers from Australia, New Zealand and Fiji",
   "Australian support ship HMAS Manoora remained just offshore but is due to land another 600 troops later today"],
  date="2003-07-24", count=2225)
R("New Zealand", "sent_troops", ["Solomon Islands", "Honiara"],
  "police and soldiers from Australia, New Zealand and Fiji", date="2003-07-24")
R("Fiji", "sent_troops", ["Solomon Islands", "Honiara"],
  "police and soldiers from Australia, New Zealand and Fiji", date="2003-07-24")
R("Nick Warner", "holds_position", "Australia", "Nick Warner, the Australian diplomat heading the intervention operation",
  title="diplomat")
R("Nick Warner", "met_with", "Allan Kemakeza",
  "will be flown in for a welcoming ceremony this afternoon with Solomons Prime Minister Sir Allan Kemakeza",
  tier="extra")
R("Nick Warner", ["arrived_in", "visited"], ["Honiara", "Solomon Islands"],
  "Nick Warner, the Australian diplomat heading the intervention operation, will be flown in", tier="extra")
R("Allan Kemakeza", ["leads", "holds_position"], "Solomon Islands", "Solomons Prime Minister Sir Allan Kemakeza",
  title="Prime Minister")
R("William Morrell", "holds_position", "Solomon Islands", "Solomons Police Commissioner William Morrell",
  title="Police Commissioner")
R("John Howard", ["leads", "holds_position"], "Australia", "Australian Prime Minister John Howard",
  title="Prime Minister")
R("Honiara", ["capital_of", "located_in"], "Solomon Islands", "on a clear day in the Solomons capital", tier="extra")
R("Red Beach", "located_in", "Guadalcanal", "Guadalcanal's Red Beach", tier="extra")
R("Townsville", "located_in", "Queensland", "from Townsville in Queensland", tier="extra")

# ---------------------------------------------------------------------------------------
doc("004_fiji_military_seizes_power_guardian.txt", date="2006-12-05", publisher="The Guardian",
    url="https://www.theguardian.com/world/2006/dec/05/fiji.travel")
E("Fiji", "country")
E("Fiji military", "organization", ["Fiji's military"])
E("Frank Bainimarama", "person", ["Commodore Frank Bainimarama", "Bainimarama", "Mr Bainimarama"])
E("Laisenia Qarase", "person", ["Qarase", "Mr Qarase"])
E("Josefa Iloilo", "person", ["Ratu Josefa Iloilo", "President Ratu Josefa Iloilo"])
E("Suva", "city")
E("Great Council of Chiefs", "organization", ["great council of chiefs"], tier="extra")
E("Phil Walter", "person", tier="extra")
E("Getty Images", "organization", tier="extra")
E("South Pacific", "location", tier="extra")
R("Frank Bainimarama", ["leads", "holds_position"], ["Fiji military", "Fiji"],
  ["Fiji's military commander announced today that he had taken control of the country",
   "Commodore Frank Bainimarama told a televised news conference"], title="military commander")
R("Laisenia Qarase", ["leads", "holds_position"], "Fiji",
  ["the country's prime minister, Laisenia Qarase", "the prime minister, Laisenia Qarase"], title="prime minister")
R("Josefa Iloilo", ["leads", "holds_position"], "Fiji", "President Ratu Josefa Iloilo", title="President")
R("Frank Bainimarama", ["opposes", "criticized", "dismissed"], "Laisenia Qarase",
  ["was using them to dismiss the prime minister, Laisenia Qarase, from office",
   "Mr Bainimarama has been threatening to \"clean up\" Mr Qarase's government for weeks, and in recent days demanded that he resign or be ousted."],
  date="2006-12-05")
R("Suva", ["capital_of", "located_in"], "Fiji", "throughout the capital, Suva")

# ---------------------------------------------------------------------------------------
doc("005_ecomog_captures_sierra_leone_ministers_bbc.txt", date="1998-02-13", publisher="BBC News",
    url="http://news.bbc.co.uk/2/hi/africa/56157.stm")
E("Ecomog", "organization", ["ECOMOG", "Ecomog intervention force"])
E("Nigeria", "country")
E("Sierra Leone", "country")
E("Sierra Leonean military government", "organization",
  ["Sierra Leone's military government", "military government", "junta", "military regime"])
E("Freetown", "city")
E("Timothy Shelpidi", "person", ["Major-General Timothy Shelpidi", "General Shelpidi", "Shelpidi"])
E("Liberia", "country")
E("Monrovia", "city")
E("Johnny Koroma", "person", ["Major Johnny Koroma", "Koroma"])
E("Alliou Kamara", "person", ["Kamara"])
E("BBC", "organization", ["BBC News"], tier="extra")
E("Reuters", "organization", tier="extra")
E("State House", "location", tier="extra")
E("Africa", "location", tier="extra")
R("Timothy Shelpidi", ["leads", "holds_position"], "Ecomog",
  "The Ecomog intervention force commander, Major-General Timothy Shelpidi", title="commander")
R(["Ecomog", "Nigeria"], "attacked", ["Freetown", "Sierra Leonean military government", "Sierra Leone"],
  ["Nigerian-led forces consolidate their control of the capital, Freetown",
   "his troops had captured control of 95% of Freetown"])
R("Ecomog", "opposes", "Sierra Leonean military government",
  "Ecomog, which is seeking to oust the military government in Sierra Leone")
R("Nigeria", "sent_troops", "Sierra Leone", "Nigerian-led troops now hold much of Freetown", tier="extra")
R("Monrovia", ["capital_of", "located_in"], "Liberia", "the Liberian capital Monrovia")
R("Freetown", ["capital_of", "located_in"], "Sierra Leone",
  "Sierra Leone's military government are reported to have been detained as Nigerian-led forces consolidate their control of the capital, Freetown")
R("Johnny Koroma", "leads", "Sierra Leonean military government",
  "Major Johnny Koroma, the leader of last year's coup which ousted the elected civilian government", tier="extra")
R("Alliou Kamara", "holds_position", ["Sierra Leonean military government", "Sierra Leone"],
  "the Sierra Leonean Information Minister, Alliou Kamara", title="Information Minister")
R("Sierra Leonean military government", ["dismissed", "criticized"], "Ecomog",
  "a spokesman for the Sierra Leonean military government denied they had been pushed out of the capital altogether",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("006_ecowas_sanctions_guinea_junta_african_courier.txt", date="2021-09-16", publisher="The African Courier",
    url="https://www.theafricancourier.de/news/africa/ecowas-imposes-sanctions-on-guinean-military-leaders/")
E("Economic Community of West African States", "organization", ["ECOWAS", "Ecowas"])
E("Guinea", "country")
E("Mali", "country")
E("Guinean military government", "organization", ["new Guinean military government", "Guinean military leaders"])
E("Extraordinary Summit of the Authority of Heads of State and Government of ECOWAS", "event",
  ["Extraordinary Summit", "extraordinary Summit", "extraordinary session", "Extraordinary Summit of the Authority of Heads of State and Government of ECOWAS member-states"])
E("Jean-Claude Kassie Brou", "person", ["Jean-Claude Brou", "Brou"])
E("ECOWAS Commission", "organization")
E("Accra", "city")
E("Conde", "person", ["President Conde"])
E("Ghana", "country")
E("Nana Akufo-Addo", "person", ["Akufo-Addo"])
E("Goodluck Jonathan", "person", ["Dr Goodluck Jonathan"])
E("Nigeria", "country")
for c in ("Togo", "Cote d’Ivoire", "Senegal", "Burkina Faso", "Liberia", "Sierra Leone", "Guinea Bissau", "Niger"):
    E(c, "country", tier="extra")
E("United Nations", "organization", ["UN"], tier="extra")
E("West Africa", "location", tier="extra")
R("Economic Community of West African States", "sanctioned", ["Guinean military government", "Guinea"],
  ["The Economic Community of West African States (ECOWAS) has imposed sanctions, including a freeze in financial assets and travel bans, on members of the new Guinean military government.",
   "This followed the Extraordinary Summit of the Authority of Heads of State and Government of ECOWAS member-states on the political situation in Guinea and Mali on Thursday (16 September)."],
  date="2021-09-16")
R("Jean-Claude Kassie Brou", ["leads", "holds_position"], ["Economic Community of West African States", "ECOWAS Commission"],
  ["Jean-Claude Kassie Brou, ECOWAS President", "the President of the ECOWAS Commission, Jean-Claude Brou"],
  title="President")
R("Nana Akufo-Addo", ["leads", "holds_position"], "Ghana",
  "The extraordinary session was chaired by the President of Ghana and Chair of the ECOWAS, Nana Akufo-Addo",
  title="President")
R("Nana Akufo-Addo", ["leads", "holds_position"], "Economic Community of West African States",
  "The extraordinary session was chaired by the President of Ghana and Chair of the ECOWAS, Nana Akufo-Addo",
  title="Chair")
R("Goodluck Jonathan", "holds_position", "Economic Community of West African States",
  "former Nigerian President and ECOWAS Mediator on Mali, Dr Goodluck Jonathan", title="Mediator on Mali")
R("Goodluck Jonathan", ["leads", "holds_position"], "Nigeria",
  "former Nigerian President and ECOWAS Mediator on Mali, Dr Goodluck Jonathan", tier="extra",
  title="former President")
R("Nana Akufo-Addo", "participated_in", "Extraordinary Summit of the Authority of Heads of State and Government of ECOWAS",
  "The extraordinary session was chaired by the President of Ghana and Chair of the ECOWAS, Nana Akufo-Addo",
  date="2021-09-16")
R(["Goodluck Jonathan", "Jean-Claude Kassie Brou", "United Nations"], "participated_in",
  "Extraordinary Summit of the Authority of Heads of State and Government of ECOWAS",
  "Other participants at the meeting are former Nigerian President", tier="extra")
R(["Togo", "Cote d’Ivoire", "Senegal", "Burkina Faso", "Liberia", "Sierra Leone", "Guinea Bissau", "Niger", "Nigeria"],
  "participated_in", "Extraordinary Summit of the Authority of Heads of State and Government of ECOWAS",
  ["Eight leaders, including the Presidents of Togo, Cote d’Ivoire, Senegal, Burkina Faso, Liberia, Sierra Leone, Guinea Bissau and Niger, took part in the meeting.",
   "Nigeria was represented by its Vice President."], tier="extra")
R("Conde", ["leads", "holds_position"], "Guinea", "the unconditional release of President Conde", tier="extra",
  title="President")
R("Economic Community of West African States", "supports", "Conde",
  "The organisation also called for the unconditional release of President Conde", tier="extra")

# ---------------------------------------------------------------------------------------
doc("007_montenegro_joins_nato_dw.txt", date="2017-06-05", publisher="Deutsche Welle",
    url="http://www.defense-aerospace.com/cgi-bin/client/modele.pl?shop=dae&modele=release&prod=184200&cat=3")
E("Montenegro", "country")
E("NATO", "organization", ["North Atlantic Treaty Organization"])
E("Russia", "country", ["Russian Federation"])
E("Moscow", "city", tier="extra")
E("Washington", "city")
E("US State Department", "organization", ["State Department"], tier="extra")
E("Treaty Room", "location", ["US State Department's Treaty Room"], tier="extra")
E("United States", "country")
E("Markovic", "person")
E("Trump", "person")
E("Belgium", "country", tier="extra")
E("Darmanovic", "person", ["Foreign Minister Darmanovic"])
E("Serbia", "country", tier="extra")
E("Jens Stoltenberg", "person", ["Stoltenberg"])
E("Kremlin", "organization", ["The Kremlin"])
E("Russian Foreign Ministry", "organization")
E("Deutsche Welle", "organization", ["Deutsche Welle German Radio", "DW"], tier="extra")
E("western Balkans", "location", tier="extra")
R("Montenegro", "member_of", "NATO",
  ["Montenegro officially became the 29th member of the North Atlantic Treaty Organization (NATO) on Monday",
   "Montenegro Becomes 29th and Newest NATO Member"], date="2017-06-05", place="Washington")
R("United States", "member_of", "NATO", "The US is one of the organization's twelve founding members from 1949.")
R(["Russia", "Kremlin"], ["opposes", "criticized", "condemned"], "Montenegro",
  ["Montenegro has marked its pivot to the West by joining the alliance despite Russian opposition.",
   "The Kremlin slammed the decision, saying it would inflame regional tensions.",
   "Moscow slams Montenegro's 'hostility'"])
R("Russian Foreign Ministry", ["criticized", "condemned"], "Montenegro",
  "The Russian Foreign Ministry complained that Montenegro was setting aside")
R("Darmanovic", "holds_position", "Montenegro",
  "Foreign Minister Darmanovic submitted the small Balkan state's official accession papers", title="Foreign Minister")
R("Jens Stoltenberg", ["leads", "holds_position"], "NATO", "NATO Secretary-General Jens Stoltenberg",
  title="Secretary-General")
R("Markovic", "participated_in", "NATO",
  "It was Markovic that Trump pushed out of the way during a NATO photo call at a summit in Belgium.", tier="extra")

# ---------------------------------------------------------------------------------------
doc("008_serbia_kosovo_talks_collapse_afp.txt", date="2024-06-27", publisher="AFP (Daily Tribune, Philippines)",
    dateline="BRUSSELS, Belgium", url="https://tribune.net.ph/2024/06/27/serbia-and-kosovo-talks-collapse")
E("Serbia", "country")
E("Kosovo", "country")
E("European Union", "organization", ["EU"])
E("Aleksandar Vucic", "person", ["Vucic"])
E("Albin Kurti", "person", ["Kurti"])
E("Josep Borrell", "person", ["Borrell", "Borell", "Borrel"])
E("Brussels", "city")
E("Belgium", "country")
E("North Macedonia", "country", tier="extra")
E("Ohrid agreement", "agreement", ["United States-backed Ohrid agreement"])
E("United States", "country")
E("Milan Radoicic", "person", ["Radoicic"])
E("AFP", "organization", ["Agence France-Presse"], tier="extra")
R("Aleksandar Vucic", ["leads", "holds_position"], "Serbia", "Serbia President Aleksandar Vucic", title="President")
R("Albin Kurti", ["leads", "holds_position"], "Kosovo", "Kosovo Prime Minister Albin Kurti", title="Prime Minister")
R("Josep Borrell", ["holds_position", "leads"], "European Union", "EU foreign affairs chief Josep Borrell",
  title="foreign affairs chief")
R("Aleksandar Vucic", "met_with", "Albin Kurti",
  ["with Serbia’s president and the Kosovo prime minister failing to meet as planned",
   "“This time, it has not been a trilateral meeting,”"],
  tier="extra", status="negated", date="2024-06-26")
R(["Aleksandar Vucic", "Albin Kurti"], "met_with", ["Josep Borrell", "European Union"],
  "Both Serbia President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti had separate meetings with EU representatives",
  tier="extra", date="2024-06-26")
R("Aleksandar Vucic", ["accused", "criticized"], "Albin Kurti",
  "Vucic blamed Kurti for the talks failing to materialize", charge="the talks failing to materialize")
R("Aleksandar Vucic", "signed", "Ohrid agreement",
  "Vucic refused to sign the EU — and United States-backed Ohrid agreement", tier="extra", status="negated",
  date="2023-03")
R(["European Union", "United States"], "supports", "Ohrid agreement",
  "the EU — and United States-backed Ohrid agreement", tier="extra")
R("Brussels", ["located_in", "capital_of"], "Belgium", "BRUSSELS, Belgium")
R("Milan Radoicic", "attacked", "Kosovo",
  "admitted to leading a commando squad that ambushed a Kosovo police patrol in September last year",
  tier="extra", date="2023-09")

# ---------------------------------------------------------------------------------------
doc("009_rahmon_state_visit_tashkent_trend.txt", date="2018-08-17", publisher="Trend",
    dateline="Baku, Azerbaijan", url="https://en.trend.az/casia/uzbekistan/2941561.html")
E("Uzbekistan", "country")
E("Tajikistan", "country")
E("Tashkent", "city")
E("Emomali Rahmon", "person", ["Rahmon", "President Emomali Rahmon"])
E("Shavkat Mirziyoyev", "person", ["Mirziyoyev"])
E("Baku", "city", tier="extra")
E("Azerbaijan", "country", tier="extra")
E("Trend", "organization", tier="extra")
E("Uzbek presidential press service", "organization", tier="extra")
E("Uzbek presidential residence", "location", tier="extra")
R("Emomali Rahmon", ["leads", "holds_position"], "Tajikistan", "Tajik President Emomali Rahmon", title="President")
R("Shavkat Mirziyoyev", ["leads", "holds_position"], "Uzbekistan", "Uzbek President Shavkat Mirziyoyev",
  title="President")
R("Shavkat Mirziyoyev", "met_with", "Emomali Rahmon",
  ["The Uzbek presidential residence in Tashkent city hosted an official welcome ceremony for Tajik President Emomali Rahmon on Aug. 17",
   "Then the talks of the two presidents in a narrow format started",
   "Uzbek President Shavkat Mirziyoyev, having greeted Rahmon"], date="2018-08-17", place="Tashkent")
R("Emomali Rahmon", "visited", ["Uzbekistan", "Tashkent"],
  ["hosted an official welcome ceremony for Tajik President Emomali Rahmon on Aug. 17",
   "I think that my state visit is very important for our peoples."], date="2018-08-17")
R("Shavkat Mirziyoyev", "visited", "Tajikistan", "“I remember with warmth your state visit to Tajikistan in March this year,”",
  date="2018-03")
R("Baku", ["located_in", "capital_of"], "Azerbaijan", "Baku, Azerbaijan, Aug. 17", tier="extra")
R("Uzbek presidential residence", "located_in", "Tashkent", "The Uzbek presidential residence in Tashkent city",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("010_federation_council_ratifies_tajik_base_asiaplus.txt", date="2013-04-29", publisher="Asia-Plus",
    dateline="DUSHANBE", url="https://asiaplustj.info/en/news/tajikistan/politics/20130429/russian-federation-council-ratifies-deal-military-base-tajikistan")
E("Federation Council", "organization")
E("Federal Assembly of Russia", "organization", ["Federal Assembly"], tier="extra")
E("Russia", "country")
E("Tajikistan", "country")
E("Russia-Tajikistan military base agreement", "agreement", ["agreement"])
E("Vladimir Jabarov", "person", ["Jabarov"])
E("Federation Council Committee on International Affairs", "organization")
E("State Duma", "organization", ["Duma"])
E("Dushanbe", "city")
E("Moscow", "city", tier="extra")
E("201st military base", "location", ["Russian military base", "Russian base"])
E("Qurgon Teppa", "city", tier="extra")
E("Kulob", "city", tier="extra")
E("Asia-Plus", "organization", tier="extra")
R(["Federation Council", "Russia"], "ratified", "Russia-Tajikistan military base agreement",
  "ratified an agreement with Tajikistan on April 27 extending the presence of Russian military base in Tajikistan",
  date="2013-04-27")
R("State Duma", "ratified", "Russia-Tajikistan military base agreement",
  "Russia’s lower house (State Duma) of parliament ratified this agreement on April 19.", date="2013-04-19")
R("Russia", "signed", "Russia-Tajikistan military base agreement",
  "Moscow and Dushanbe clinched the agreement in October last year", date="2012-10")
R("Tajikistan", "signed", "Russia-Tajikistan military base agreement",
  "Moscow and Dushanbe clinched the agreement in October last year", date="2012-10")
R("Vladimir Jabarov", "holds_position", ["Federation Council Committee on International Affairs", "Federation Council"],
  "Vladimir Jabarov, the deputy head of the Federation Council Committee on International Affairs",
  title="deputy head")
R("Russia", "sent_troops", "Tajikistan",
  ["A total of some 7,000 Russian troops are stationed at three military facilities collectively known as the 201st military base",
   "hosts Russia’s largest military contingent deployed abroad"], count=7000)
R("201st military base", "located_in", "Tajikistan", "extending the presence of Russian military base in Tajikistan",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("011_duterte_abe_tokyo_talks_ap.txt", date="2016-10-26", publisher="Associated Press (The Epoch Times)",
    dateline="TOKYO", url="https://theepochtimes.com/article/philippine-japanese-leaders-sign-military-economic-deals-2177288")
E("Rodrigo Duterte", "person", ["Duterte", "Duterete"])
E("Shinzo Abe", "person", ["Abe"])
E("Philippines", "country")
E("Japan", "country")
E("Tokyo", "city")
E("United States", "country")
E("South China Sea", "location", tier="extra")
E("China", "country", tier="extra")
E("Beijing", "city", tier="extra")
E("Manila", "city", tier="extra")
E("Washington", "city", tier="extra")
E("Koichi Hagiuda", "person", ["Hagiuda"])
E("Eugene Hoshiko", "person", tier="extra")
E("Associated Press", "organization", ["AP", "The Associated Press"], tier="extra")
R("Rodrigo Duterte", "met_with", "Shinzo Abe",
  ["after his first round of talks with Japan’s Prime Minister Shinzo Abe",
   "following their meeting at Abe's official residence in Tokyo, on Oct. 26, 2016",
   "Duterete, in his second round of talks only among close aides, reassured Abe"], date="2016-10-26", place="Tokyo")
R("Rodrigo Duterte", ["leads", "holds_position"], "Philippines", "Philippine President Rodrigo Duterte", title="President")
R("Shinzo Abe", ["leads", "holds_position"], "Japan",
  ["Japanese Prime Minister Shinzo Abe", "Japan’s Prime Minister Shinzo Abe"], title="Prime Minister")
R("Koichi Hagiuda", "holds_position", "Japan", "Deputy Chief Cabinet Secretary Koichi Hagiuda",
  title="Deputy Chief Cabinet Secretary")
R("Rodrigo Duterte", "visited", ["Japan", "Tokyo"], "their meeting at Abe's official residence in Tokyo", tier="extra",
  date="2016-10-26")
R("Japan", "allied_with", "United States",
  ["Japan is a staunch U.S. ally", "acknowledged the importance of their alliances with the U.S."])
R("Philippines", "allied_with", "United States", "acknowledged the importance of their alliances with the U.S.")
R("Japan", "allied_with", "Philippines", "“their network of friendship and alliances,” particularly one between them",
  tier="extra")
R("United States", "sent_troops", "Japan", "Japan is a staunch U.S. ally and hosts 50,000 American troops",
  count=50000)

# ---------------------------------------------------------------------------------------
doc("012_hun_sen_signs_deals_beijing_ap.txt", date="2010-12-13", publisher="Associated Press (Khmerization)",
    author="Anita Chang", dateline="BEIJING", url="http://khmerization.blogspot.com/2010/12/cambodian-pm-signs-13-deals-during.html")
E("Hun Sen", "person")
E("Cambodia", "country")
E("China", "country")
E("Beijing", "city")
E("Wen Jiabao", "person", ["Wen"])
E("Hu Jintao", "person")
E("Wu Bangguo", "person")
E("13 China-Cambodia agreements", "agreement", ["13 separate agreements", "more than a dozen agreements", "agreements"])
E("Great Hall of the People", "location", tier="extra")
E("Sinohydro Corp", "organization", ["Sinohydro"], tier="extra")
E("China Development Bank", "organization", tier="extra")
E("Export-Import Bank of China", "organization", tier="extra")
E("Mekong River", "location", tier="extra")
E("Bassac River", "location", tier="extra")
E("Phnom Penh", "city")
E("Preah Sihanouk", "location", tier="extra")
E("Jason Lee", "person", tier="extra")
E("Anita Chang", "person", ["ANITA CHANG"], tier="extra")
E("Reuters", "organization", ["REUTERS"], tier="extra")
E("Associated Press", "organization", ["AP", "The Associated Press"], tier="extra")
R("Hun Sen", ["visited", "arrived_in"], ["China", "Beijing"],
  ["Cambodia's prime minister kicked off a visit to China on Monday", "during his five-day stay"], date="2010-12-13")
R("Hun Sen", "met_with", "Wen Jiabao",
  ["Hun Sen held talks with Chinese Premier Wen Jiabao",
   "Cambodia's Prime Minister Hun Sen (R) and China's Premier Wen Jiabao inspect an honour guard during a welcome ceremony"],
  date="2010-12-13", place="Beijing")
R("Hun Sen", ["leads", "holds_position"], "Cambodia", "Cambodia's Prime Minister Hun Sen", title="Prime Minister")
R("Wen Jiabao", ["leads", "holds_position"], "China", ["Chinese Premier Wen Jiabao", "China's Premier Wen Jiabao"],
  title="Premier")
R("Hu Jintao", ["leads", "holds_position"], "China", "Chinese President Hu Jintao", title="President")
R("Wu Bangguo", "holds_position", "China", "Chinese President Hu Jintao and top lawmaker Wu Bangguo", tier="extra",
  title="top lawmaker")
R("Hun Sen", "met_with", ["Hu Jintao", "Wu Bangguo"],
  "He was also scheduled to meet Chinese President Hu Jintao and top lawmaker Wu Bangguo", tier="extra")
R(["Hun Sen", "Cambodia"], "signed", "13 China-Cambodia agreements",
  ["After their meeting, the two leaders signed 13 separate agreements",
   "signing more than a dozen agreements in areas such as energy and infrastructure"], date="2010-12-13")
R(["Wen Jiabao", "China"], "signed", "13 China-Cambodia agreements",
  "After their meeting, the two leaders signed 13 separate agreements", date="2010-12-13")
R("Phnom Penh", ["capital_of", "located_in"], "Cambodia", "the Mekong River in the capital, Phnom Penh")
R("Great Hall of the People", "located_in", "Beijing", "at the Great Hall of the People in Beijing", tier="extra")
R("China", "supports", "Cambodia", "Beijing will provide soft loans to Cambodia", tier="extra")

# ---------------------------------------------------------------------------------------
doc("013_nazarbayev_receives_sobianin_akorda.txt", date="2007-05-29", publisher="Akorda (Presidency of Kazakhstan)",
    url="http://mirror.akorda.kz/en/events/president-nursultan-nazarbayev-receives-sergey-sobianin-the-head-of-the-administration-of-the-president-of-the-russian-federation-who-arrived-in-astana-for-a-three-day-visit")
E("Nursultan Nazarbayev", "person", ["President Nursultan Nazarbayev", "Nazarbayev"])
E("Sergey Sobianin", "person", ["Sobianin"])
E("Kazakhstan", "country", ["Republic of Kazakhstan"])
E("Russia", "country", ["Russian Federation"])
E("Astana", "city")
E("Administration of the President of the Russian Federation", "organization")
E("Administration of the President of the Republic of Kazakhstan", "organization")
E("Adilbek Dzhaksybekov", "person", ["Dzhaksybekov"])
E("CIS", "organization", ["Commonwealth of Independent States"], tier="extra")
E("Saint-Petersburg", "city", ["Saint Petersburg", "St. Petersburg"], tier="extra")
R("Nursultan Nazarbayev", "met_with", "Sergey Sobianin",
  ["President Nursultan Nazarbayev Receives Sergey Sobianin",
   "were also considered during the conversation"], date="2007-05-29", place="Astana")
R("Nursultan Nazarbayev", ["leads", "holds_position"], "Kazakhstan",
  ["President Nursultan Nazarbayev Receives", "the President of Kazakhstan underscored"], title="President")
R("Sergey Sobianin", ["leads", "holds_position"], ["Administration of the President of the Russian Federation", "Russia"],
  "Sergey Sobianin, the Head of the Administration of the President of the Russian Federation", title="Head")
R("Sergey Sobianin", ["arrived_in", "visited"], ["Astana", "Kazakhstan"],
  "Who Arrived in Astana For a Three-day Visit")
R("Sergey Sobianin", "met_with", "Adilbek Dzhaksybekov",
  "On the same day Sergey Sobianin met with Head of the Administration of the President of the Republic of Kazakhstan Adilbek Dzhaksybekov",
  date="2007-05-29")
R("Adilbek Dzhaksybekov", ["leads", "holds_position"],
  ["Administration of the President of the Republic of Kazakhstan", "Kazakhstan"],
  "Head of the Administration of the President of the Republic of Kazakhstan Adilbek Dzhaksybekov", title="Head")


if __name__ == "__main__":
    main(HERE, "heldout",
         "Gold knowledge graph for the held-out set in datasets/heldout/articles (14 real news articles, 1998-2024, other outlets, places and years than the seeds and the dev set; never tuned on).")
