#!/usr/bin/env python3
"""Source of datasets/blind5/blind5.gold.json (run: python3 datasets/blind5/gold_src.py [OUT]).

Written by hand, article by article, from the text of datasets/blind5/articles only, before
any extractor output on these articles was looked at (the fifth evaluation set, fourth blind
one: see README.md). The helpers doc/E/R/main are datasets/gold_lib.py. Entities named in
several articles are one gold entity (aliases unioned, `core` if core anywhere); the same
relation reported by several articles is one gold relation whose evidence holds a quote from
each (and whose date is dropped when the articles describe different dates). Every relation
also lists the `documents` its quotes come from (score.py ignores the key;
tests/cli/test_blind5_gold.py checks the quotes against them).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_lib import E, R, doc, main  # noqa: E402

# ---------------------------------------------------------------------------------------
doc("000_clinton_yeltsin_paris_founding_act_rferl.txt", date="1997-05-27", publisher="RFE/RL",
    dateline="Paris", url="https://www.rferl.org/a/1085040.html")
E("Bill Clinton", "person", ["U.S. President Bill Clinton", "Clinton"])
E("Boris Yeltsin", "person", ["Yeltsin", "his Russian counterpart Boris Yeltsin"])
E("United States", "country", ["U.S."])
E("Russia", "country")
E("NATO", "organization", ["the Alliance", "North Atlantic Treaty Organization"])
E("Paris", "city")
E("Founding Act", "agreement", ["The Founding Act", "NATO-Russia Founding Act"])
E("Viktor Chernomyrdin", "person", ["Russian Prime Minister Viktor Chernomyrdin"])
E("Jamie Shea", "person", ["NATO spokesman Jamie Shea"])
E("Moscow", "city", tier="extra")
E("Kremlin", "organization", tier="extra")
E("Europe", "location", ["EUrope"], tier="extra")
E("Estonia", "country", tier="extra")
E("Ukraine", "country", tier="extra")
E("Poland", "country", tier="extra")
E("Baltic states", "location", tier="extra")
E("RFE/RL", "organization", tier="extra")
R("Bill Clinton", "met_with", "Boris Yeltsin",
  ["U.S. President Bill Clinton and his Russian counterpart Boris Yeltsin held a private meeting today in Paris",
   "Clinton And Yeltsin Meet Privately After Signing Accord"],
  date="1997-05-27", place="Paris")
R(["Bill Clinton", "United States"], "signed", "Founding Act",
  ["U.S. President Bill Clinton and his Russian counterpart Boris Yeltsin held a private meeting today in Paris after they -- along with other NATO leaders -- signed a historic pact on future relations between Russia and the Alliance"],
  date="1997-05-27")
R(["Boris Yeltsin", "Russia"], "signed", "Founding Act",
  ["U.S. President Bill Clinton and his Russian counterpart Boris Yeltsin held a private meeting today in Paris after they -- along with other NATO leaders -- signed a historic pact on future relations between Russia and the Alliance"],
  date="1997-05-27")
R("NATO", "signed", "Founding Act", "along with other NATO leaders -- signed a historic pact", tier="extra",
  date="1997-05-27")
R("Bill Clinton", ["leads", "holds_position"], "United States", "U.S. President Bill Clinton", title="President")
R("Boris Yeltsin", ["leads", "holds_position"], "Russia", "his Russian counterpart Boris Yeltsin", title="President")
R("Viktor Chernomyrdin", ["holds_position", "leads"], "Russia", "Russian Prime Minister Viktor Chernomyrdin",
  title="Prime Minister")
R("Jamie Shea", "holds_position", "NATO", "NATO spokesman Jamie Shea", title="spokesman")
for p in ("Bill Clinton", "Boris Yeltsin"):
    R(p, ["visited", "arrived_in"], "Paris", "held a private meeting today in Paris", tier="extra")
R("Russia", "opposes", "NATO", "despite Russia's strong objections", tier="extra")

# ---------------------------------------------------------------------------------------
doc("001_mideast_accord_white_house_cnn.txt", date="1995-09-28", publisher="CNN",
    dateline="WASHINGTON and JERUSALEM",
    url="http://www.cnn.com/WORLD/9509/israel_peace/09-28/index.html")
E("PLO", "organization")
E("Israel", "country")
E("Mideast accord", "agreement", ["Historic Mideast accord", "Mideast agreement", "long-awaited Mideast agreement",
                                  "400-page accord"])
E("White House", "location")
E("White House East Room", "location", tier="extra")
E("Bill Clinton", "person", ["President Clinton"])
E("Shimon Peres", "person", ["Israeli Foreign Minister Shimon Peres", "Peres"])
E("Yasser Arafat", "person", ["PLO chairman Yasser Arafat", "Arafat"])
E("Warren Christopher", "person", ["U.S. Secretary of State Warren Christopher"])
E("United States", "country", ["U.S."])
E("Declaration of Principles", "agreement", tier="extra")
E("Washington", "city", ["WASHINGTON"], tier="extra")
E("Jerusalem", "city", ["JERUSALEM"], tier="extra")
E("Taba", "city")
E("Egypt", "country")
E("West Bank", "location", tier="extra")
E("Middle East", "location", ["Mideast"], tier="extra")
E("CNN", "organization", tier="extra")
E("Rosh Hashanah", "event", tier="extra")
for side in ("PLO", "Israel"):
    R(side, "signed", "Mideast accord",
      ["PLO and Israeli leaders came together Thursday to sign a long-awaited Mideast agreement",
       "Historic Mideast accord signed at White House"],
      date="1995-09-28")
R("Yasser Arafat", "signed", "Mideast accord",
  "PLO and Israeli leaders came together Thursday to sign a long-awaited Mideast agreement", tier="extra",
  date="1995-09-28")
R("Shimon Peres", "signed", "Mideast accord",
  "PLO and Israeli leaders came together Thursday to sign a long-awaited Mideast agreement", tier="extra",
  date="1995-09-28")
R("PLO", "met_with", "Israel", "PLO and Israeli leaders came together Thursday", tier="extra", date="1995-09-28")
R("Shimon Peres", "holds_position", "Israel", "Israeli Foreign Minister Shimon Peres", title="Foreign Minister")
R("Yasser Arafat", ["leads", "holds_position"], "PLO", "PLO chairman Yasser Arafat", title="chairman")
R("Warren Christopher", "holds_position", "United States", "U.S. Secretary of State Warren Christopher",
  title="Secretary of State")
R("Bill Clinton", ["leads", "holds_position"], "United States", "said President Clinton, opening a ceremony",
  tier="extra", title="President")
R("Taba", "located_in", "Egypt", "talks in Taba, Egypt")
R("White House East Room", "located_in", "White House", "crowded into the White House East Room", tier="extra")

# ---------------------------------------------------------------------------------------
doc("002_france_new_foreign_defense_ministers_urdupoint.txt", date="2022-05-20", publisher="UrduPoint",
    url="https://www.urdupoint.com/en/world/france-appoints-new-foreign-defense-minister-1513664.html")
E("France", "country")
E("Catherine Colonna", "person", ["Colonna"])
E("Sebastien Lecornu", "person", ["Sebastian Lecornu", "Lecornu"])
E("Elysee Palace", "organization", tier="extra")
E("Alexis Kohler", "person", ["Elysee Palace General Secretary Alexis Kohler", "Kohler"])
E("United Kingdom", "country", tier="extra")
E("BFMTV", "organization", tier="extra")
E("UrduPoint", "organization", ["UrduPoint.com"], tier="extra")
E("Umer Jamshaid", "person", tier="extra")
E("Gerald Darmanin", "person", ["Interior Minister Gerald Darmanin"], tier="extra")
E("Bruno Le Maire", "person", ["Economy Minister Bruno Le Maire"], tier="extra")
R("Catherine Colonna", "holds_position", "France",
  ["France appointed Catherine Colonna as the new foreign minister",
   "To appoint Catherine Colonna as the minister for Europe and foreign affairs"],
  title="foreign minister")
R("Sebastien Lecornu", "holds_position", "France",
  ["France appointed Catherine Colonna as the new foreign minister and Sebastien Lecornu as the new defense minister",
   "Sebastian Lecornu as minister of the armed forces of the country"],
  title="defense minister")
R("Alexis Kohler", "holds_position", ["Elysee Palace", "France"], "Elysee Palace General Secretary Alexis Kohler",
  title="General Secretary")
R("Gerald Darmanin", "holds_position", "France", "Interior Minister Gerald Darmanin", tier="extra",
  title="Interior Minister")
R("Bruno Le Maire", "holds_position", "France", "Economy Minister Bruno Le Maire", tier="extra",
  title="Economy Minister")

# ---------------------------------------------------------------------------------------
doc("003_us_retaliatory_strikes_isis_syria_menafn.txt", date="2025-12-21", publisher="MENAFN",
    url="https://menafn.com/1110507905/US-Launches-Retaliatory-Strikes-on-ISIS-Targets")
E("United States", "country", ["The United States", "US"])
E("Islamic State", "organization", ["IS", "ISIS", "Islamic State (IS, formerly ISIS)"])
E("Syria", "country")
E("Donald Trump", "person", ["President Donald Trump", "Trump"])
E("Pete Hegseth", "person", ["Secretary of War Pete Hegseth", "Hegseth"])
E("Palmyra", "city", tier="extra")
E("Operation Hawkeye Strike", "event")
E("US Central Command", "organization", tier="extra")
E("Pentagon", "organization", ["The Pentagon"], tier="extra")
E("MENAFN", "organization", tier="extra")
R("United States", "attacked", ["Islamic State", "Syria"],
  ["The United States has carried out aerial bombardments against suspected Islamic State (IS, formerly ISIS) positions in Syria",
   "US Launches Retaliatory Strikes on ISIS Targets",
   "US Central Command confirmed that American forces \u201ccommenced a large-scale strike against ISIS infrastructure and weapons sites in Syria.\u201d"])
R("Donald Trump", ["leads", "holds_position"], "United States",
  "an action President Donald Trump characterized as \u201cvery serious retaliation\u201d", tier="extra",
  title="President")
R("Pete Hegseth", "holds_position", "United States", "Secretary of War Pete Hegseth announced", tier="extra",
  title="Secretary of War")
R("Islamic State", "attacked", "United States",
  "Because of ISIS\u2019s vicious killing of brave American patriots in Syria", tier="extra",
  status="alleged", attributed_to=["Donald Trump"], date="2025-12-13")

# ---------------------------------------------------------------------------------------
doc("004_pentagon_troops_mexico_border_euronews.txt", date="2018-10-29", publisher="NBC News (Euronews)",
    url="https://www.euronews.com/2018/10/29/pentagon-send-5-200-troops-u-s-mexico-border-operation-n925866")
E("Pentagon", "organization", ["The Pentagon"])
E("United States", "country", ["U.S."])
E("U.S.-Mexico border", "location", ["U.S.-Mexico border"])
E("Mexico", "country", tier="extra")
E("Donald Trump", "person", ["President Donald Trump"])
E("Terrence O'Shaughnessy", "person", ["Gen. Terrence O'Shaughnessy"])
E("U.S. Northern Command", "organization")
E("North American Aerospace Defense Command", "organization")
E("Operation Faithful Patriot", "event")
E("Texas National Guard", "organization", tier="extra")
E("National Guard", "organization", tier="extra")
E("Havana", "city")
E("Texas", "location")
E("John Moore", "person", tier="extra")
E("Getty Images", "organization", tier="extra")
E("Dartunorro Clark", "person", tier="extra")
E("NBC News", "organization", ["NBC News Politics"], tier="extra")
E("Euronews", "organization", tier="extra")
R(["United States", "Pentagon"], "sent_troops", "U.S.-Mexico border",
  ["Pentagon to send 5,200 troops to U.S.-Mexico border",
   "President Donald Trump ordered the Pentagon on Monday to deploy 5,200 troops to the U.S.-Mexico border",
   "The Pentagon announced Monday it will deploy 5,200 troops to the U.S.-Mexico border"],
  tier="extra", date="2018-10-29", count=5200)
for cmd in ("U.S. Northern Command", "North American Aerospace Defense Command"):
    R("Terrence O'Shaughnessy", ["holds_position", "leads"], cmd,
      "Gen. Terrence O'Shaughnessy, a commander with the U.S. Northern Command and North American Aerospace Defense Command",
      title="commander")
R("Donald Trump", ["leads", "holds_position"], "United States", "President Donald Trump ordered the Pentagon",
  tier="extra", title="President")
R("Havana", "located_in", "Texas", "in Havana, Texas")

# ---------------------------------------------------------------------------------------
doc("005_rwanda_accuses_uganda_rebels_cgtn.txt", date="2019-03-06", publisher="CGTN Africa",
    url="https://africa.cgtn.com/2019/03/06/rwanda-accuses-uganda-of-supporting-rebels/")
E("Rwanda", "country", ["Rwandan"])
E("Uganda", "country")
E("Paul Kagame", "person", ["President Paul Kagame", "Rwandan President Paul Kagame"])
E("Yoweri Museveni", "person", ["his Ugandan counterpart Yoweri Museveni"])
E("Kampala", "city")
E("Speke Resort", "location")
E("Kigali", "city")
E("Katuna", "location")
E("Richard Sezibera", "person", ["Rwandan Foreign Minister Richard Sezibera"])
E("Rwanda National Congress", "organization", ["RNC"])
E("Democratic Forces for the Liberation of Rwanda", "organization", ["FDLR"])
E("Kayumba Nyamwasa", "person", tier="extra")
E("South Africa", "country", tier="extra")
E("Democratic Republic of Congo", "country", tier="extra")
E("AFP", "organization", ["AFP Photo"], tier="extra")
R(["Rwanda", "Richard Sezibera"], "accused", "Uganda",
  ["Rwanda on Tuesday accused Uganda of supporting rebel groups opposed to President Paul Kagame\u2019s government",
   "Rwanda accuses Uganda of supporting rebels",
   "Rwandan Foreign Minister Richard Sezibera accused Uganda of offering succour to two foreign-based Rwanda rebel groups"],
  date="2019-03-05", charge="supporting rebel groups")
for grp in ("Rwanda National Congress", "Democratic Forces for the Liberation of Rwanda"):
    R("Uganda", "supports", grp,
      "Rwandan Foreign Minister Richard Sezibera accused Uganda of offering succour to two foreign-based Rwanda rebel groups \u2013 Rwanda National Congress (RNC) and Democratic Forces for the Liberation of Rwanda (FDLR).",
      status="alleged", attributed_to=["Rwanda", "Richard Sezibera"])
R("Paul Kagame", ["leads", "holds_position"], "Rwanda", "Rwandan President Paul Kagame", title="President")
R("Yoweri Museveni", ["leads", "holds_position"], "Uganda", "his Ugandan counterpart Yoweri Museveni",
  title="President")
R("Richard Sezibera", "holds_position", "Rwanda", "Rwandan Foreign Minister Richard Sezibera",
  title="Foreign Minister")
R("Speke Resort", "located_in", "Kampala", "at the Speke Resort in Kampala")
R("Paul Kagame", "met_with", "Yoweri Museveni",
  "Rwandan President Paul Kagame (left) and his Ugandan counterpart Yoweri Museveni attend a summit meeting at the Speke Resort in Kampala on November 21, 2012",
  tier="extra", date="2012-11-21")
R("Kayumba Nyamwasa", "leads", "Rwanda National Congress",
  "The RNC is a rebel group led by some of Rwanda\u2019s most prominent dissidents including South Africa-based Kayumba Nyamwasa",
  tier="extra")
for grp in ("Rwanda National Congress", "Democratic Forces for the Liberation of Rwanda"):
    R(grp, "opposes", "Paul Kagame", "rebel groups opposed to President Paul Kagame\u2019s government", tier="extra")

# ---------------------------------------------------------------------------------------
doc("006_us_sanctions_putin_lavrov_rt.txt", date="2022-02-25", publisher="RT",
    url="https://rt.com/russia/550671-putin-lavrov-us-sanctions/amp")
E("United States", "country", ["The United States", "US"])
E("Washington", "city", tier="extra")  # only as an actor here: folded into the United States is right too
E("Treasury Department", "organization", ["the Treasury Department", "Treasury"])
E("Vladimir Putin", "person", ["Russian President Vladimir Putin", "President Putin", "Putin"])
E("Sergey Lavrov", "person", ["Foreign Minister Sergey Lavrov", "Minister Lavrov", "Lavrov"])
E("Russia", "country")
E("Moscow", "city", tier="extra")
E("Ukraine", "country")
E("European Union", "organization", ["EU"])
E("United Kingdom", "country", ["Britain", "British government"])
E("Sergey Shoigu", "person", ["Minister of Defense Sergey Shoigu"])
E("Valery Gerasimov", "person")
E("Russian Armed Forces", "organization")
E("General Staff of the Russian Armed Forces", "organization", ["General Staff"], tier="extra")
E("Russian Security Council", "organization", ["Russian Federation Security Council"], tier="extra")
E("Foreign Intelligence Service", "organization", tier="extra")
E("Sergey Naryshkin", "person", tier="extra")
E("Nikolai Patrushev", "person", tier="extra")
E("Jen Psaki", "person", ["White House Press Secretary Jen Psaki"], tier="extra")
E("White House", "location")
E("Maria Zakharova", "person", ["Russian Foreign Ministry spokesperson Maria Zakharova"])
E("Russian Foreign Ministry", "organization")
for target in ("Vladimir Putin", "Sergey Lavrov"):
    R(["United States", "Treasury Department", "Washington"], "sanctioned", target,
      ["The United States has slapped sanctions on Russian President Vladimir Putin and Foreign Minister Sergey Lavrov",
       "exceedingly rare for Treasury to designate a head of state."],
      date="2022-02-25")
    R(["European Union"], "sanctioned", target,
      ["mirroring an earlier decision by the European Union and British government",
       "with the EU and Britain also personally targeting Putin and Lavrov with penalties."])
    R(["United Kingdom"], "sanctioned", target,
      ["mirroring an earlier decision by the European Union and British government",
       "with the EU and Britain also personally targeting Putin and Lavrov with penalties."])
    R(["United States", "Treasury Department"], "accused", target,
      "\u201cPresident Putin and Minister Lavrov are directly responsible for Russia\u2019s unprovoked and unlawful further invasion of Ukraine, a democratic sovereign state,\u201d the department said",
      tier="extra", date="2022-02-25", charge="the invasion of Ukraine")
for target in ("Sergey Shoigu", "Valery Gerasimov"):
    R(["United States", "Washington"], "sanctioned", target,
      "The newly-updated list of Russian officials sanctioned by Washington also includes Minister of Defense Sergey Shoigu and Chief of the General Staff of the Russian Armed Forces Valery Gerasimov.",
      date="2022-02-25")
for target in ("Sergey Naryshkin", "Nikolai Patrushev"):
    R(["United States", "Washington"], "sanctioned", target,
      "had already been subject to the US sanctions", tier="extra")
R(["United States", "Washington", "Treasury Department"], "sanctioned", "Russia",
  "The newly-updated list of Russian officials sanctioned by Washington", tier="extra")
R(["Russia", "Moscow"], "attacked", "Ukraine",
  ["in retaliation for Moscow\u2019s military action in Ukraine",
   "Russia\u2019s unprovoked and unlawful further invasion of Ukraine"])
R("Vladimir Putin", ["leads", "holds_position"], "Russia", "Russian President Vladimir Putin", title="President")
R("Sergey Lavrov", "holds_position", "Russia", "Russian President Vladimir Putin and Foreign Minister Sergey Lavrov",
  tier="extra", title="Foreign Minister")
R("Sergey Shoigu", "holds_position", "Russia", "Russian officials sanctioned by Washington also includes Minister of Defense Sergey Shoigu",
  tier="extra", title="Minister of Defense")
R("Valery Gerasimov", ["holds_position", "leads"],
  ["Russian Armed Forces", "General Staff of the Russian Armed Forces", "Russia"],
  "Chief of the General Staff of the Russian Armed Forces Valery Gerasimov", title="Chief of the General Staff")
R("Sergey Naryshkin", ["leads", "holds_position"], "Foreign Intelligence Service",
  "Director of the Foreign Intelligence Service Sergey Naryshkin", tier="extra", title="Director")
R("Nikolai Patrushev", ["holds_position", "member_of"], "Russian Security Council",
  "Secretary of the Russian Federation Security Council Nikolai Patrushev", tier="extra", title="Secretary")
R("Jen Psaki", "holds_position", ["White House", "United States"], "White House Press Secretary Jen Psaki",
  tier="extra", title="Press Secretary")
R("Maria Zakharova", "holds_position", ["Russian Foreign Ministry", "Russia"],
  "Russian Foreign Ministry spokesperson Maria Zakharova", title="spokesperson")

# ---------------------------------------------------------------------------------------
doc("007_asia_africa_summit_jakarta_voa.txt", date="2005-04-23", publisher="VOA News",
    url="https://www.voanews.com/a/a-13-2005-04-23-voa43/396323.html")
E("Asia-Africa Summit", "event", ["Asian-African Summit"])
E("Susilo Bambang Yudhoyono", "person", ["Indonesian President Susilo Bambang Yudhoyono"])
E("Thabo Mbeki", "person", ["South African President Thabo Mbeki"])
E("Indonesia", "country")
E("South Africa", "country")
E("Jakarta", "city")
E("New Asian-African Strategic Partnership", "agreement")
E("Kofi Annan", "person", ["U.N. Secretary General Kofi Annan"])
E("United Nations", "organization", ["U.N."])
for c in ("Japan", "China", "North Korea", "Burma"):
    E(c, "country", tier="extra")
E("Asia", "location", tier="extra")
E("Africa", "location", tier="extra")
E("Indian Ocean", "location", tier="extra")
E("VOA", "organization", tier="extra")
R("Susilo Bambang Yudhoyono", ["leads", "holds_position"], "Indonesia", "Indonesian President Susilo Bambang Yudhoyono",
  title="President")
R("Thabo Mbeki", ["leads", "holds_position"], "South Africa",
  ["South African President Thabo Mbeki attend the closing ceremony", "South African President Thabo Mbeki, whose country"],
  title="President")
R("Susilo Bambang Yudhoyono", "participated_in", "Asia-Africa Summit",
  "Co-chairpersons of the Asia-Africa Summit, Indonesian President Susilo Bambang Yudhoyono, right, and South African President Thabo Mbeki attend the closing ceremony")
R("Thabo Mbeki", "participated_in", "Asia-Africa Summit",
  "Co-chairpersons of the Asia-Africa Summit, Indonesian President Susilo Bambang Yudhoyono, right, and South African President Thabo Mbeki attend the closing ceremony")
R("Kofi Annan", "participated_in", "Asia-Africa Summit", "U.N. Secretary General Kofi Annan attended the summit")
for c in ("South Africa", "Indonesia"):
    R(c, "participated_in", "Asia-Africa Summit", "whose country, along with Indonesia, co-hosted the summit")
R("Kofi Annan", ["leads", "holds_position"], "United Nations", "U.N. Secretary General Kofi Annan",
  title="Secretary General")
R("Jakarta", "capital_of", "Indonesia", "the Indonesian capital, Jakarta")
R(["Susilo Bambang Yudhoyono", "Indonesia"], "signed", "New Asian-African Strategic Partnership",
  "The leaders signed a declaration called the New Asian-African Strategic Partnership", tier="extra")
R(["Thabo Mbeki", "South Africa"], "signed", "New Asian-African Strategic Partnership",
  "The leaders signed a declaration called the New Asian-African Strategic Partnership", tier="extra")
R("Japan", "opposes", "China", "a dispute between Japan and China", tier="extra", symmetric=True)

# ---------------------------------------------------------------------------------------
doc("008_obama_arrives_buenos_aires_macri_upi.txt", date="2016-03-23", publisher="UPI (Gephardt Daily)",
    dateline="BUENOS AIRES",
    url="https://gephardtdaily.com/national-international/obama-family-arrive-argentina-new-center-right-leadership")
E("Barack Obama", "person", ["President Barack Obama", "Obama"])
E("Buenos Aires", "city", ["BUENOS AIRES"])
E("Argentina", "country")
E("Mauricio Macri", "person", ["Argentinian President Mauricio Macri", "President Macri", "Macri"])
E("Casa Rosada", "location", ["Casa Rosada presidential palace"])
E("United States", "country", ["U.S.", "the United States"])
E("N\u00e9stor Kirchner", "person", tier="extra")
E("Cristina Fern\u00e1ndez de Kirchner", "person", tier="extra")
E("Mark Feierstein", "person", ["Feierstein"])
E("National Security Council", "organization")
E("White House", "location")
E("Wall Street Journal", "organization", tier="extra")
E("UPI", "organization", tier="extra")
E("U.S. Embassy", "organization", tier="extra")
E("Sheraton Buenos Aires Hotel and Convention Center", "location", tier="extra")
E("Usina del Arte", "location", tier="extra")
E("Bariloche", "city", tier="extra")
E("Latin America", "location", tier="extra")
E("Western Hemisphere", "location", tier="extra")
E("Bill Clinton", "person", tier="extra")
R("Barack Obama", "arrived_in", ["Buenos Aires", "Argentina"],
  "President Barack Obama and his family arrived in Buenos Aires early Wednesday for a two-day visit",
  date="2016-03-23")
R("Barack Obama", "visited", ["Argentina", "Buenos Aires"],
  "arrived in Buenos Aires early Wednesday for a two-day visit seeking to strengthen ties with Argentina\u2019s recently elected government",
  date="2016-03-23")
R("Barack Obama", "met_with", "Mauricio Macri",
  "Obama is expected to participate in a bilateral meeting with Argentinian President Mauricio Macri on Wednesday morning",
  tier="extra", date="2016-03-23")
R("Mauricio Macri", ["leads", "holds_position"], "Argentina", "Argentinian President Mauricio Macri", title="President")
R("Barack Obama", ["leads", "holds_position"], "United States", "The U.S. president will later hold", tier="extra",
  title="President")
R("Casa Rosada", "located_in", "Buenos Aires", "at Buenos Aires\u2019 Casa Rosada presidential palace")
R("Mark Feierstein", "holds_position", ["National Security Council", "United States"],
  "Mark Feierstein, senior director for Western Hemisphere affairs at the White House\u2019s National Security Council",
  title="senior director for Western Hemisphere affairs")
R("Bill Clinton", "visited", "Argentina",
  "Bill Clinton was the last sitting U.S. president to visit Argentina in 1997", tier="extra", date="1997")
for p in ("N\u00e9stor Kirchner", "Cristina Fern\u00e1ndez de Kirchner"):
    R(p, ["leads", "holds_position"], "Argentina",
      "under former presidents N\u00e9stor Kirchner and Cristina Fern\u00e1ndez de Kirchner", tier="extra")
R("Barack Obama", "visited", "Bariloche", "visit the southern Argentinian town of Bariloche on Thursday",
  tier="extra")
R("Bariloche", "located_in", "Argentina", "the southern Argentinian town of Bariloche", tier="extra")
R("Sheraton Buenos Aires Hotel and Convention Center", "located_in", "Buenos Aires",
  "Sheraton Buenos Aires Hotel and Convention Center", tier="extra")

# ---------------------------------------------------------------------------------------
doc("009_vietnam_cambodia_border_treaty_ratification_dangcongsan.txt", date="2020-12-23",
    publisher="Communist Party of Vietnam Online Newspaper (en.dangcongsan.vn)",
    url="https://en.dangcongsan.vn/foreign-affairs/legal-documents-on-vietnam-cambodia-border-demarcation-marker-planting-take-effect-567044.html")
E("Vietnam", "country", ["Vietnamese"])
E("Cambodia", "country", ["Cambodian"])
E("2019 Supplementary Treaty", "agreement",
  ["Supplementary Treaty to the 1985 Treaty on the Delimitation of National Boundaries and the 2005 Supplementary Treaty"])
E("Protocol on land border demarcation and marker planting", "agreement",
  ["the protocol on land border demarcation and marker planting"])
E("1985 Treaty on the Delimitation of National Boundaries", "agreement", tier="extra")
E("2005 Supplementary Treaty", "agreement", tier="extra")
E("Pham Binh Minh", "person", ["Deputy Prime Minister and Minister of Foreign Affairs Pham Binh Minh",
                               "Vietnamese Deputy Prime Minister and Minister of Foreign Affairs Pham Binh Minh"])
E("Prak Sokhonn", "person")
E("Chay Navuth", "person", ["Cambodian Ambassador Chay Navuth"])
E("Hanoi", "city")
E("China", "country", tier="extra")
E("VNA", "organization", tier="extra")
RAT = "Vietnam and Cambodia on December 22 exchanged the documents ratifying the \u201cSupplementary Treaty to the 1985 Treaty on the Delimitation of National Boundaries and the 2005 Supplementary Treaty\u201d, also known as the 2019 Supplementary Treaty, and the protocol on land border demarcation and marker planting."
for c in ("Vietnam", "Cambodia"):
    R(c, "ratified", "2019 Supplementary Treaty", RAT, date="2020-12-22")
    R(c, "ratified", "Protocol on land border demarcation and marker planting", RAT, date="2020-12-22")
    for a in ("2019 Supplementary Treaty", "Protocol on land border demarcation and marker planting"):
        R(c, "signed", a, "which were signed on October 5 last year", tier="extra", date="2019-10-05")
R("Pham Binh Minh", "holds_position", "Vietnam",
  "Vietnamese Deputy Prime Minister and Minister of Foreign Affairs Pham Binh Minh", title="Minister of Foreign Affairs")
R("Prak Sokhonn", "holds_position", "Cambodia",
  "Cambodian Deputy PM and Minister of Foreign Affairs and International Cooperation Prak Sokhonn",
  title="Minister of Foreign Affairs and International Cooperation")
R("Chay Navuth", "holds_position", "Cambodia", "Cambodian Ambassador Chay Navuth", title="Ambassador")
R("Pham Binh Minh", "met_with", "Chay Navuth",
  "hands over the ratification document to Cambodian Ambassador Chay Navuth in Hanoi on December 22",
  tier="extra", date="2020-12-22", place="Hanoi")
R("Pham Binh Minh", "met_with", "Prak Sokhonn",
  "The event, held via videoconference, was co-chaired by Vietnamese Deputy Prime Minister", tier="extra",
  date="2020-12-22")

if __name__ == "__main__":
    main(HERE, "blind5", "Gold graph for datasets/blind5 (the fourth blind set: ten real news articles, 1995-2025), "
         "written by hand from the article texts before any extractor output on them was seen.")
