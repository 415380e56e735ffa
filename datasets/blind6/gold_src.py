#!/usr/bin/env python3
"""Source of datasets/blind6/blind6.gold.json (run: python3 datasets/blind6/gold_src.py [OUT]).

Written by hand, article by article, from the text of datasets/blind6/articles only, before
any extractor output on these articles was looked at (the sixth evaluation set, fifth blind
one: see README.md). The helpers doc/E/R/main are datasets/gold_lib.py. Entities named in
several articles are one gold entity (aliases unioned, `core` if core anywhere); the same
relation reported by several articles is one gold relation whose evidence holds a quote from
each (and whose date is dropped when the articles describe different dates). Every relation
also lists the `documents` its quotes come from (score.py ignores the key;
tests/cli/test_blind6_gold.py checks the quotes against them).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_lib import E, R, doc, main  # noqa: E402

# ---------------------------------------------------------------------------------------
doc("000_rwanda_rpf_ceasefire_csmonitor.txt", date="1992-07-15", publisher="The Christian Science Monitor",
    url="https://www.csmonitor.com/1992/0715/15083.html")
E("Rwanda", "country")
E("Rwanda Patriotic Front", "organization", ["RPF"])
E("Boniface Ngulinzira", "person", ["Rwandan Foreign Minister Boniface Ngulinzira"])
E("Rwanda cease-fire agreement", "agreement", ["formal cease-fire agreement"])
E("Tanzania", "country")
E("Arusha", "city")
E("Uganda", "country", tier="extra")
E("Nigeria", "country", tier="extra")
E("Senegal", "country", tier="extra")
E("Zimbabwe", "country", tier="extra")
E("Rwandan civil war", "event", ["Rwanda's civil war", "21-month-old civil war"], tier="extra")
R("Rwanda", "signed", "Rwanda cease-fire agreement",
  "Rwanda's government and rebels signed a formal cease-fire agreement July 13", date="1992-07-13")
R("Rwanda Patriotic Front", "signed", "Rwanda cease-fire agreement",
  ["Rwanda's government and rebels signed a formal cease-fire agreement July 13",
   "The accord was signed by Rwandan Foreign Minister Boniface Ngulinzira and rebels of the Rwanda Patriotic Front (RPF)"],
  date="1992-07-13")
R("Boniface Ngulinzira", "signed", "Rwanda cease-fire agreement",
  "The accord was signed by Rwandan Foreign Minister Boniface Ngulinzira", date="1992-07-13")
R("Boniface Ngulinzira", "holds_position", "Rwanda", "Rwandan Foreign Minister Boniface Ngulinzira",
  title="Foreign Minister")
R("Rwanda Patriotic Front", "attacked", "Rwanda", "the rebels, who first invaded from Uganda in October 1990",
  date="1990-10")
R("Arusha", "located_in", "Tanzania", "Arusha, Tanzania")
R("Rwanda", "met_with", "Rwanda Patriotic Front", "after three days of talks in Tanzania", tier="extra")
for c in ("Nigeria", "Senegal", "Zimbabwe"):
    R(c, "sent_troops", "Rwanda",
      "This would be followed by deployment of 50 neutral military observers from Nigeria, Senegal, and Zimbabwe",
      tier="extra")
R("Rwanda Patriotic Front", "participated_in", "Rwandan civil war", "Rwanda's civil war has pitted the rebels",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("001_saddam_accuses_iran_infiltrators_albawaba.txt", date="2000-05-24", publisher="Al Bawaba",
    dateline="BAGHDAD", url="https://www.albawaba.com/news/iraqi-president-accuses-iran-aiding-infiltrators")
E("Saddam Hussein", "person", ["President Saddam Hussein", "Saddam"])
E("Iraq", "country")
E("Iran", "country")
E("Baghdad", "city", ["BAGHDAD"], tier="extra")
E("Tehran", "city", tier="extra")
E("Baath party", "organization", tier="extra")
E("Zi Qar", "location", tier="extra")
E("Muthanna", "location", tier="extra")
E("Basra", "location", tier="extra")
E("George Bush", "person", tier="extra")
E("Robert Zoellick", "person", tier="extra")
E("United States", "country", ["US"], tier="extra")
E("United Nations", "organization", ["UN"], tier="extra")
E("Iran-Iraq war", "event", ["1980-1988 war"], tier="extra")
E("Gulf War", "event", ["1991 Gulf War"], tier="extra")
E("AFP", "organization", tier="extra")
E("Al Bawaba", "organization", tier="extra")
R(["Saddam Hussein", "Iraq"], "accused", "Iran",
  ["President Saddam Hussein has accused Iran of helping anti-government infiltrators into border provinces of southern Iraq",
   "Iraqi President Accuses Iran of Aiding Infiltrators"],
  charge="helping anti-government infiltrators")
R(["Saddam Hussein", "Iraq"], "condemned", "Iran", "condemned \"the role of Iran")
R("Iran", "accused", "Iraq", "On May 18, Iran accused Iraq of violating the UN-brokered ceasefire",
  date="2000-05-18", charge="violating the UN-brokered ceasefire")
R("Saddam Hussein", ["leads", "holds_position"], "Iraq", "Iraqi President Accuses Iran", tier="extra",
  title="President")
R(["Iraq", "Baghdad"], "criticized", "Robert Zoellick",
  "Baghdad on Monday blasted a proposal from a policy adviser to US presidential candidate George Bush",
  tier="extra", date="2000-05-22")
for p in ("Zi Qar", "Muthanna", "Basra"):
    R(p, "located_in", "Iraq", "the three southern Iraqi provinces of Zi Qar, Muthanna and Basra", tier="extra")
R("Iran", "participated_in", "Iran-Iraq war", "the UN-brokered ceasefire which halted their 1980-1988 war",
  tier="extra")
R("Iraq", "participated_in", "Iran-Iraq war", "the UN-brokered ceasefire which halted their 1980-1988 war",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("002_putin_bagabandi_ulan_bator_declaration_kremlin.txt", date="2000-11-14",
    publisher="President of Russia (Kremlin)", dateline="Ulan Bator",
    url="http://en.special.kremlin.ru/events/president/news/39669")
E("Vladimir Putin", "person", ["Mr Putin", "Putin"])
E("Bagabandi", "person", ["Mr Bagabandi"])
E("Russia", "country")
E("Mongolia", "country")
E("Ulan Bator Declaration", "agreement")
E("Ulan Bator", "city")
E("Sukhe Bator Square", "location", tier="extra")
E("Sukhe Bator", "person", tier="extra")
E("State Yurta", "location", tier="extra")
R("Vladimir Putin", ["visited", "arrived_in"], ["Mongolia", "Ulan Bator"],
  "The official part of the Russian leader’s visit to Mongolia began", date="2000-11-14")
R(["Vladimir Putin", "Russia"], "met_with", ["Bagabandi", "Mongolia"],
  ["The Russian and Mongolian leaders subsequently negotiated tete-a-tete at the State Yurta",
   "Mr Putin invited Mr Bagabandi to visit Russia"],
  date="2000-11-14", place="Ulan Bator")
R(["Vladimir Putin", "Russia"], "signed", "Ulan Bator Declaration",
  "After the talks, both heads of state signed the Ulan Bator Declaration", date="2000-11-14")
R(["Bagabandi", "Mongolia"], "signed", "Ulan Bator Declaration",
  "After the talks, both heads of state signed the Ulan Bator Declaration", date="2000-11-14")
R("Vladimir Putin", ["leads", "holds_position"], "Russia", "the Russian leader’s visit to Mongolia", tier="extra",
  title="President")
R("Bagabandi", ["leads", "holds_position"], "Mongolia", "The Russian and Mongolian leaders", tier="extra",
  title="President")
R("Ulan Bator", "capital_of", "Mongolia", "the central square of the country’s capital", tier="extra")
R("Sukhe Bator Square", "located_in", "Ulan Bator", "Sukhe Bator Square, the central square of the country’s capital",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("003_west_african_troops_arrive_liberia_ap_vindicator.txt", date="2003-08-04",
    publisher="Associated Press (The Vindicator archive)", dateline="MONROVIA, Liberia",
    url="https://vindyarchives.com/news/2003/aug/04/1st-wave-of-peace-troops-arrives")
E("Liberia", "country")
E("Monrovia", "city", ["MONROVIA"])
E("Nigeria", "country")
E("Charles Taylor", "person", ["warlord-turned-president Charles Taylor"])
E("Theophilus Tawiah", "person", ["Col. Theophilus Tawiah"])
E("Ghana", "country", tier="extra")
E("United Nations", "organization", ["U.N."])
E("Kofi Annan", "person", ["U.N. Secretary-General Kofi Annan"])
E("Allan Doss", "person", ["Doss"])
E("Sierra Leone", "country")
E("United States", "country", ["U.S."])
E("U.S. Marines", "organization", ["Marines"], tier="extra")
E("Atlantic Ocean", "location", tier="extra")
E("Associated Press", "organization", ["AP"], tier="extra")
R("Nigeria", "sent_troops", "Liberia",
  ["Nigerian soldiers in green camouflage and flak vests leapt out of the first U.N. helicopter as it settled onto the tarmac at Liberia's main airport",
   "The first West African forces arrived in Liberia today"],
  date="2003-08-04")
R("Monrovia", "located_in", "Liberia", "MONROVIA, Liberia (AP)")
R("Kofi Annan", ["leads", "holds_position"], "United Nations", "U.N. Secretary-General Kofi Annan",
  title="Secretary-General")
R("Allan Doss", "holds_position", "United Nations",
  "Allan Doss, U.N. Secretary-General Kofi Annan's representative in Sierra Leone", title="representative")
R("Monrovia", "capital_of", "Liberia", "outside the country's besieged capital", tier="extra")
R("Charles Taylor", ["leads", "holds_position"], "Liberia",
  "oversee departure of warlord-turned-president Charles Taylor", tier="extra", title="president")
R("Theophilus Tawiah", "holds_position", "Ghana", "Col. Theophilus Tawiah of Ghana", tier="extra", title="Col.")
R(["United States", "U.S. Marines"], "sent_troops", "Liberia",
  "Two of three U.S. warships full of Marines arrived off the country's Atlantic Ocean coast", tier="extra",
  date="2003-08-04")
R("Allan Doss", "visited", "Sierra Leone", "saw off the first troops from neighboring Sierra Leone earlier today",
  tier="extra", date="2003-08-04")

# ---------------------------------------------------------------------------------------
doc("004_federation_council_ratifies_cfe_rferl.txt", date="2004-07-07", publisher="RFE/RL",
    url="https://www.rferl.org/amp/1053717.html")
E("Russia", "country")
E("Federation Council", "organization", ["Russia's upper house of parliament", "Russia's Upper House"])
E("Conventional Forces in Europe treaty", "agreement",
  ["CFE Treaty", "modified Conventional Forces in Europe treaty", "CFE"])
E("Vladimir Putin", "person", ["President Vladimir Putin"])
E("Ukraine", "country")
E("Belarus", "country")
E("Kazakhstan", "country")
E("NATO", "organization")
E("Warsaw Pact", "organization", tier="extra")
E("Moldova", "country", tier="extra")
E("Georgia", "country", tier="extra")
E("Interfax", "organization", tier="extra")
E("ITAR-TASS", "organization", tier="extra")
E("Associated Press", "organization", ["AP"], tier="extra")
R(["Federation Council", "Russia"], "ratified", "Conventional Forces in Europe treaty",
  ["Russia's upper house of parliament today ratified the modified Conventional Forces in Europe treaty",
   "the Federation Council approved the treaty by a vote of 137-1",
   "Russia's Upper House Ratifies CFE Treaty"],
  date="2004-07-07")
for c in ("Ukraine", "Belarus", "Kazakhstan"):
    R(c, "ratified", "Conventional Forces in Europe treaty",
      "it has been ratified only by the former Soviet republics of Ukraine, Belarus, and Kazakhstan")
R("Vladimir Putin", "signed", "Conventional Forces in Europe treaty",
  "It now goes to President Vladimir Putin for signing", tier="extra")
R("Vladimir Putin", ["leads", "holds_position"], "Russia", "It now goes to President Vladimir Putin for signing",
  tier="extra", title="President")
R(["Russia"], "sent_troops", ["Moldova", "Georgia"],
  "Russian troop pullouts from the former Soviet republics of Moldova and Georgia", tier="extra")

# ---------------------------------------------------------------------------------------
doc("005_un_peacekeepers_arrive_lebanon_ap_vindicator.txt", date="2006-09-02",
    publisher="Associated Press (The Vindicator)", dateline="TYRE, Lebanon",
    url="http://www.vindy.com/news/2006/sep/02/1000-un-peacekeeping-troops-arrive/")
E("Lebanon", "country")
E("Tyre", "city", ["TYRE"])
E("Italy", "country")
E("Israel", "country")
E("Hezbollah", "organization")
E("Indonesia", "country")
E("Turkey", "country")
E("Recep Tayyip Erdogan", "person", ["Erdogan"])
E("United Nations", "organization", ["U.N."])
E("United States", "country", ["U.S."])
E("Europe", "location", tier="extra")
E("Associated Press", "organization", ["AP"], tier="extra")
R("Italy", "sent_troops", "Lebanon",
  "The beefed-up peacekeeping force in Lebanon began to take shape Saturday as 1,000 Italian soldiers started moving in",
  date="2006-09-02", count=1000)
R("Tyre", "located_in", "Lebanon", "TYRE, Lebanon (AP)")
R("Indonesia", "sent_troops", "Lebanon",
  "Mainly Muslim Indonesia announced it will send up to 1,000 soldiers by month's end", tier="extra", count=1000)
R("Turkey", "sent_troops", "Lebanon", "his government's promise to send troops", tier="extra")
R("Recep Tayyip Erdogan", ["leads", "holds_position"], "Turkey",
  "Turkey's prime minister, meanwhile, was trying to ensure", tier="extra", title="prime minister")
R("Israel", "attacked", "Hezbollah", "Israel apparently racing to destroy Hezbollah arms caches", tier="extra")
R("Israel", "opposes", "Indonesia", "Israel had opposed Indonesia's taking part", tier="extra")

# ---------------------------------------------------------------------------------------
doc("006_afghan_cabinet_condemns_nato_airstrike_ap_fosters.txt", date="2010-02-22",
    publisher="Associated Press (Fosters Daily Democrat)", dateline="KABUL",
    url="https://www.fosters.com/story/news/2010/02/22/afghan-cabinet-airstrike-kills-at/51696936007/")
E("Afghanistan Council of Ministers", "organization", ["Afghan cabinet", "Council of Ministers"])
E("Afghanistan", "country")
E("NATO", "organization")
E("NATO airstrike", "event", tier="extra")
E("Uruzgan province", "location", ["Uruzgan", "southern Uruzgan province"])
E("Kandahar", "city", tier="extra")
E("Kabul", "city", ["KABUL"], tier="extra")
E("Associated Press", "organization", ["AP"], tier="extra")
E("Fosters Daily Democrat", "organization", tier="extra")
R(["Afghanistan Council of Ministers", "Afghanistan"], "condemned", ["NATO", "NATO airstrike"],
  "the Afghanistan Council of Ministers strongly condemned the airstrike", date="2010-02-22")
R("NATO", "attacked", ["Afghanistan", "Uruzgan province"],
  ["NATO has confirmed that its planes fired on what it believed was a group of insurgents in southern Uruzgan province",
   "NATO fired Sunday on a convoy of three vehicles",
   "NATO airstrike in southern Afghanistan"],
  date="2010-02-21")
R("Uruzgan province", "located_in", "Afghanistan", "southern Uruzgan province", tier="extra")

# ---------------------------------------------------------------------------------------
doc("007_maduro_arrives_bogota_holguin_colombia_reports.txt", date="2011-10-24", publisher="Colombia Reports",
    url="http://colombiareports.com/venezuelan-foreign-minister-arrives-in-colombia/")
E("Nicolas Maduro", "person", ["Maduro"])
E("Venezuela", "country", ["Bolivarian Republic of Venezuela"])
E("Colombia", "country")
E("Bogota", "city")
E("Maria Angela Holguin", "person", ["Colombian Foreign Minister Maria Angela Holguin"])
E("Hugo Chavez", "person", ["Venezuelan President Hugo Chavez"])
E("Juan Manuel Santos", "person", ["Colombian President Juan Manuel Santos", "President Santos"])
E("Caracas", "city")
E("Casa de Nariño", "location", tier="extra")
E("Ministry of Foreign Relations", "organization", tier="extra")
E("Toni Peters", "person", tier="extra")
R("Nicolas Maduro", ["arrived_in", "visited"], ["Bogota", "Colombia"],
  ["Venezuela’s Foreign Minister has arrived in Bogota to meet with his Colombian counterpart",
   "Colombia, Venezuela foreign ministers meet in Bogota"],
  date="2011-10-24")
R("Nicolas Maduro", "holds_position", "Venezuela",
  ["Nicolas Maduro, the Foreign Minister of the Bolivarian Republic of Venezuela", "Venezuela’s Foreign Minister"],
  title="Foreign Minister")
R("Maria Angela Holguin", "holds_position", "Colombia", "Colombian Foreign Minister Maria Angela Holguin",
  title="Foreign Minister")
R("Hugo Chavez", ["leads", "holds_position"], "Venezuela", "the Venezuelan President Hugo Chavez", title="President")
R("Juan Manuel Santos", ["leads", "holds_position"], "Colombia", "Colombian President Juan Manuel Santos",
  title="President")
R(["Hugo Chavez", "Venezuela"], "met_with", ["Juan Manuel Santos", "Colombia"],
  "In April the two presidents met and struck deals on drugs, trade and border security", date="2011-04")
R("Caracas", "capital_of", "Venezuela", "Caracas, the Venezuelan capital")
R("Nicolas Maduro", "met_with", "Maria Angela Holguin",
  ["is to meet with Colombian Foreign Minister Maria Angela Holguin", "Colombia, Venezuela foreign ministers meet in Bogota"],
  tier="extra")
R("Nicolas Maduro", "met_with", "Juan Manuel Santos", "will also meet with President Santos", tier="extra")
R("Maria Angela Holguin", "holds_position", "Ministry of Foreign Relations",
  "Maria Angela Holguin at the headquarters of the of the Ministry of Foreign Relations", tier="extra")

# ---------------------------------------------------------------------------------------
doc("008_kabila_accuses_rwanda_m23_news24.txt", date="2012-07-29", publisher="News24", dateline="Kinshasa",
    url="http://www.news24.com/Africa/News/Kabila-Rwanda-backing-rebels-20120729")
E("Joseph Kabila", "person", ["Kabila", "President Joseph Kabila"])
E("Democratic Republic of Congo", "country", ["DRC", "Congo"])
E("Rwanda", "country")
E("March 23 Movement", "organization", ["M23", "March 23 Movement (M23)"])
E("United Nations", "organization")
E("North Kivu", "location", ["North Kivu province"])
E("Kavumu hill", "location", tier="extra")
E("Kigali", "city", tier="extra")
E("Kinshasa", "city", tier="extra")
E("Uganda", "country", tier="extra")
E("Melanie Gouby", "person", tier="extra")
E("AFP", "organization", tier="extra")
R(["Joseph Kabila", "Democratic Republic of Congo"], "accused", "Rwanda",
  ["Democratic Republic of Congo's President Joseph Kabila has accused neighbouring Rwanda of backing rebels hostile to his government",
   "Kabila: Rwanda backing rebels"],
  charge="backing rebels hostile to his government")
R("Joseph Kabila", ["leads", "holds_position"], "Democratic Republic of Congo",
  "Democratic Republic of Congo's President Joseph Kabila", title="President")
R("Rwanda", "supports", "March 23 Movement",
  ["a United Nations experts' report found it was providing support to the M23 rebels",
   "active backing from this country to the M23", "Kabila: Rwanda backing rebels"],
  status="alleged", attributed_to=["Joseph Kabila", "United Nations"])
R("North Kivu", "located_in", "Democratic Republic of Congo", "North Kivu, eastern DRC")
R("Kavumu hill", "located_in", "North Kivu", "Kavumu hill in North Kivu", tier="extra")
R("March 23 Movement", "attacked", "Democratic Republic of Congo",
  "the M23 rebels who have fought government soldiers in North Kivu province since April", tier="extra")
R(["Rwanda", "Kigali"], "accused", "United Nations",
  "accused the report's authors of failing to verify their information", tier="extra")
R(["Rwanda", "Kigali"], "dismissed", ["United Nations", "Democratic Republic of Congo", "Joseph Kabila"],
  "Kigali has repeatedly rejected the allegations", tier="extra")

# ---------------------------------------------------------------------------------------
doc("009_sirisena_abbasi_islamabad_agreements_news1st.txt", date="2018-03-24", publisher="News 1st",
    dateline="COLOMBO", url="http://34.80.245.248/content_html/2018-03-24/e18ba41d9069f2c7724fa335df0d1966.html")
E("Maithripala Sirisena", "person", ["President Maithripala Sirisena", "President Sirisena"])
E("Shahid Khaqan Abbasi", "person", ["Prime Minister Shahid Khaqan Abbasi"])
E("Pakistan", "country")
E("Islamabad", "city")
E("Mamnoon Hussain", "person", ["Pakistan President Mamnoon Hussain"])
E("Sri Lanka", "country", ["SL"], tier="extra")
E("Sri Lanka-Pakistan agreements", "agreement", ["three agreements"], tier="extra")
E("Bandaranaike International Diplomatic Training Institute", "organization", tier="extra")
E("Colombo", "city", ["COLOMBO"], tier="extra")
E("News 1st", "organization", tier="extra")
E("Keshala Dias", "person", tier="extra")
R(["Maithripala Sirisena", "Sri Lanka"], "met_with", ["Shahid Khaqan Abbasi", "Pakistan"],
  "Bilateral discussions between President Maithripala Sirisena, who is on an official visit to Pakistan, and Prime Minister Shahid Khaqan Abbasi was held last night (March 23)",
  date="2018-03-23", place="Islamabad")
R("Maithripala Sirisena", "visited", ["Pakistan", "Islamabad"],
  ["President Maithripala Sirisena, who is on an official visit to Pakistan",
   "ending his official visit to Pakistan"])
R("Mamnoon Hussain", ["leads", "holds_position"], "Pakistan", "Pakistan President Mamnoon Hussain", title="President")
R("Maithripala Sirisena", "met_with", "Mamnoon Hussain",
  "President Maithripala Sirisena is to meet Pakistan President Mamnoon Hussain, this morning", tier="extra")
R("Maithripala Sirisena", ["leads", "holds_position"], "Sri Lanka", "President in Pakistan", tier="extra",
  title="President")
R("Shahid Khaqan Abbasi", ["leads", "holds_position"], "Pakistan", "Prime Minister Shahid Khaqan Abbasi",
  tier="extra", title="Prime Minister")
for c in ("Sri Lanka", "Pakistan"):
    R(c, "signed", "Sri Lanka-Pakistan agreements", "Three agreements inked between SL and Pakistan", tier="extra",
      date="2018-03-23")

# ---------------------------------------------------------------------------------------
doc("010_latam_neighbors_sanctions_venezuela_reuters.txt", date="2019-09-23", publisher="Reuters",
    dateline="UNITED NATIONS",
    url="https://www.reuters.com/article/us-venezuela-politics-un-limagroup/latam-neighbors-agree-to-impose-sanctions-on-members-of-venezuelan-government-idUSKBN1W82CT")
E("Nicolas Maduro", "person", ["Venezuelan President Nicolas Maduro", "Venezuela's President Nicolas Maduro",
                               "Maduro"])
E("Venezuela", "country")
E("Colombia", "country")
E("Carlos Holmes Trujillo", "person", ["Colombian Foreign Minister Carlos Holmes Trujillo"])
E("Juan Guaido", "person", ["Venezuelan opposition leader Juan Guaido", "Guaido"])
E("United States", "country", ["U.S."])
E("Caracas", "city")
E("Rio Treaty", "agreement")
E("Organization of American States", "organization")
E("Peru", "country")
E("Chile", "country")
E("Costa Rica", "country")
E("United Nations", "organization", ["UNITED NATIONS", "U.N."])
E("U.N. General Assembly", "organization", ["193-member U.N. General Assembly"], tier="extra")
E("Reuters", "organization", ["REUTERS"], tier="extra")
E("Manaure Quintero", "person", tier="extra")
R("Nicolas Maduro", "leads", "Venezuela",
  ["Venezuelan President Nicolas Maduro’s government", "Venezuela's President Nicolas Maduro"], title="President")
R("Carlos Holmes Trujillo", "holds_position", "Colombia", "Colombian Foreign Minister Carlos Holmes Trujillo",
  title="Foreign Minister")
R("United States", "supports", "Juan Guaido",
  "Juan Guaido has been recognized as Venezuela’s leader by the United States")
R("United States", "sanctioned", "Venezuela", "a rally against the U.S. sanctions on Venezuela")
R("Caracas", "located_in", "Venezuela", "in Caracas Venezuela")
R(["Colombia", "Peru", "Chile", "Costa Rica"], "sanctioned", ["Venezuela", "Nicolas Maduro"],
  "Latin American countries on Monday agreed to impose sanctions on some members of Venezuelan President Nicolas Maduro’s government",
  tier="extra", date="2019-09-23")
R("Juan Guaido", "criticized", "Nicolas Maduro", "Guaido’s team has called Maduro’s 2018 re-election fraudulent",
  tier="extra")
R(["Colombia", "Peru", "Chile", "Costa Rica"], "opposes", "Nicolas Maduro",
  "as part of efforts to force him out of office", tier="extra")

# ---------------------------------------------------------------------------------------
doc("011_ramaphosa_cabinet_reshuffle_xinhua_namibia_daily_news.txt", date="2021-08-06",
    publisher="Xinhua (Namibia Daily News)", dateline="JOHANNESBURG",
    url="http://namibiadailynews.info/2021/08/06/south-african-president-announces-major-cabinet-changes/47043/")
E("Cyril Ramaphosa", "person", ["South African President Cyril Ramaphosa", "Ramaphosa"])
E("South Africa", "country")
E("Enoch Godongwana", "person")
E("Thandi Modise", "person")
E("Tito Mboweni", "person", tier="extra")
E("Nosiviwe Mapisa-Nqakula", "person", tier="extra")
E("Zweli Mkhize", "person", ["Suspended Health Minister Zweli Mkhize"], tier="extra")
E("Joe Phaahla", "person", tier="extra")
E("National Assembly", "organization", tier="extra")
E("Ministry of State Security", "organization", tier="extra")
E("State Security Agency", "organization", tier="extra")
E("Johannesburg", "city", ["JOHANNESBURG"], tier="extra")
E("Xinhua", "organization", tier="extra")
E("Paulina Meke", "person", tier="extra")
R("Cyril Ramaphosa", ["leads", "holds_position"], "South Africa", "South African President Cyril Ramaphosa",
  title="President")
R("Enoch Godongwana", "holds_position", "South Africa",
  "Ramaphosa announced Enoch Godongwana as the new minister of finance", title="minister of finance")
R("Thandi Modise", "holds_position", "South Africa",
  "Thandi Modise has been announced as the new defence and military veterans minister",
  title="defence and military veterans minister")
R("Joe Phaahla", "holds_position", "South Africa", "has been replaced by his former deputy minister Joe Phaahla",
  tier="extra", title="Health Minister")
R("Zweli Mkhize", "holds_position", "South Africa", "Suspended Health Minister Zweli Mkhize", tier="extra",
  title="Health Minister")
R("Tito Mboweni", "holds_position", "South Africa", "the former minister Tito Mboweni", tier="extra",
  title="minister of finance")
R("Nosiviwe Mapisa-Nqakula", "holds_position", "South Africa", "replacing Nosiviwe Mapisa-Nqakula", tier="extra",
  title="defence and military veterans minister")
R("Thandi Modise", "holds_position", "National Assembly",
  "Former speaker of the National Assembly Thandi Modise", tier="extra", title="speaker")

if __name__ == "__main__":
    main(HERE, "blind6", "Gold graph for datasets/blind6 (the fifth blind set: twelve real news articles, 1992-2021), "
         "written by hand from the article texts before any extractor output on them was seen.")
