#!/usr/bin/env python3
"""Source of datasets/blind2/blind2.gold.json (run: python3 datasets/blind2/gold_src.py [OUT]).

Written by hand, article by article, from the text of datasets/blind2/articles only, before
any extractor output on these articles was looked at (the second blind set: see README.md).
The helpers doc/E/R/main are datasets/gold_lib.py. Entities
named in several articles are one gold entity (aliases unioned, `core` if core anywhere);
the same relation reported by several articles is one gold relation whose evidence holds a
quote from each (and whose date is dropped when the articles describe different dates).
Every relation also lists the `documents` its quotes come from (score.py ignores the key;
tests/cli/test_blind2_gold.py checks the quotes against them).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_lib import E, R, doc, main  # noqa: E402

# ---------------------------------------------------------------------------------------
doc("000_aliyev_pashinyan_vienna_anews.txt", date="2019-03-29", publisher="A News (Turkey)",
    url="https://www.anews.com.tr/world/2019/03/29/azerbaijani-armenian-leaders-talk-karabakh-conflict")
E("Azerbaijan", "country")
E("Armenia", "country")
E("Ilham Aliyev", "person", ["Aliyev", "President Ilham Aliyev"])
E("Nikol Pashinyan", "person", ["Pashinyan"])
E("OSCE Minsk Group", "organization", ["Minsk Group", "Minsk group", "OSCE Minsk Group co-chairs"])
E("OSCE", "organization", ["Organization of Security and Co-operation in Europe",
                           "Organization for Security and Co-operation in Europe"], tier="extra")
E("Vienna", "city")
E("Hikmet Hajiyev", "person", ["Hajiyev"])
E("Sebastian Kurz", "person", ["Kurz"])
E("Austria", "country")
E("Elmar Mammadyarov", "person", ["Mammadyarov"])
E("Zohrab Mnatsakanyan", "person", ["Mnatsakanyan"])
E("Azerbaijani Foreign Ministry", "organization", ["Azerbaijan's Foreign Ministry"], tier="extra")
E("France", "country", tier="extra")
E("Russia", "country", ["Russian Federation"], tier="extra")
E("United States", "country", ["U.S.", "US"], tier="extra")
E("Turkey", "country")
E("Baku", "city", tier="extra")
E("Karabakh", "location", ["Upper Karabakh", "Upper Karabakh conflict"], tier="extra")
E("UN Security Council", "organization", tier="extra")
E("UN General Assembly", "organization", tier="extra")
E("Parliamentary Assembly of the Council of Europe", "organization", tier="extra")
E("Helsinki Final Act", "agreement", tier="extra")
E("Twitter", "organization", tier="extra")
R(["Ilham Aliyev", "Azerbaijan"], "met_with", ["Nikol Pashinyan", "Armenia"],
  ["President Ilham Aliyev @presidentaz had tete-a-tete meeting with Prime Minister of Armenia Nikol Pashinyan in Vienna",
   "The leaders of Azerbaijan and Armenia on Friday discussed settlement of the longstanding Upper Karabakh conflict"],
  date="2019-03-29", place="Vienna")
R("Ilham Aliyev", ["leads", "holds_position"], "Azerbaijan", "[Azerbaijan] President Ilham Aliyev", title="President")
R("Nikol Pashinyan", ["leads", "holds_position"], "Armenia",
  ["Prime Minister of Armenia Nikol Pashinyan", "Pashinyan, a former journalist, became Armenia's new prime minister last May."],
  title="Prime Minister")
R("Hikmet Hajiyev", "holds_position", "Azerbaijan", "Hikmet Hajiyev, a top foreign policy aide to Azerbaijan's presidency",
  title="foreign policy aide")
R("Ilham Aliyev", "met_with", "Sebastian Kurz",
  "After the closed-door meeting, the men will separately meet Austrian Prime Minister Sebastian Kurz.", tier="extra")
R("Nikol Pashinyan", "met_with", "Sebastian Kurz",
  "After the closed-door meeting, the men will separately meet Austrian Prime Minister Sebastian Kurz.", tier="extra")
R("Sebastian Kurz", ["leads", "holds_position"], "Austria", "Austrian Prime Minister Sebastian Kurz", title="Prime Minister")
R("Elmar Mammadyarov", "met_with", "Zohrab Mnatsakanyan",
  "Azerbaijani Foreign Minister Elmar Mammadyarov met his Armenian counterpart, Zohrab Mnatsakanyan, Thursday in Vienna",
  date="2019-03-28", place="Vienna")
R("Elmar Mammadyarov", "holds_position", "Azerbaijan", "Azerbaijani Foreign Minister Elmar Mammadyarov",
  title="Foreign Minister")
R("Zohrab Mnatsakanyan", "holds_position", "Armenia", "his Armenian counterpart, Zohrab Mnatsakanyan", tier="extra",
  title="Foreign Minister")
R(["France", "Russia", "United States"], ["member_of", "leads"], "OSCE Minsk Group",
  "The Minsk group -- co-chaired by France, Russia and the U.S. --", tier="extra")
R("OSCE Minsk Group", "participated_in", "OSCE",
  "in a meeting organized by the Organization of Security and Co-operation in Europe (OSCE) Minsk Group", tier="extra")
R("Turkey", "supports", ["Azerbaijan", "Baku"], "Turkey, which sides with Baku in the dispute")
R("Armenia", "supports", "Karabakh", "broke away from Azerbaijan in 1991 with military support from neighboring Armenia",
  tier="extra")
R("Armenia", "attacked", ["Karabakh", "Azerbaijan"],
  ["refers to the region as being occupied by Armenian forces", "The Armenian occupation led to the closing"], tier="extra")
R("Karabakh", "located_in", "Azerbaijan", "refer to Karabakh as part of Azerbaijan", tier="extra")

# ---------------------------------------------------------------------------------------
doc("001_kenya_defence_chiefs_visit_kdf_somalia_kahawatungu.txt", date="2024-01-02", publisher="Kahawa Tungu (Kenya)",
    url="https://kahawatungu.com/duale-cdf-gen-ogolla-visit-kdf-troops-in-somalia/")
E("Aden Duale", "person", ["Duale"])
E("Francis Ogolla", "person", ["Gen Francis Ogolla", "Ogolla"])
E("Kenya", "country")
E("Kenya Defence Forces", "organization", ["KDF", "KDF troops"])
E("Somalia", "country")
E("Kismayo", "city")
E("African Union Transition Mission in Somalia", "organization", ["ATMIS"])
E("Horn of Africa", "location", tier="extra")
E("William Ruto", "person", ["president William Ruto", "Ruto"], tier="extra")
E("Abdikadir Haji Mohamud", "person")
E("Somali National Army", "organization", ["SNA", "Somali National Army/Jubaland Security Forces", "SNA/JSF"], tier="extra")
E("Jubaland", "location", tier="extra")
R("Aden Duale", "holds_position", ["Kenya", "Kenya Defence Forces"], "Defence Cabinet Secretary Aden Duale",
  title="Defence Cabinet Secretary")
R("Francis Ogolla", ["leads", "holds_position"], ["Kenya Defence Forces", "Kenya"],
  "Chief of the Defence Forces (CDF) Gen Francis Ogolla", title="Chief of the Defence Forces")
R("Aden Duale", ["visited", "arrived_in"], ["Somalia", "Kismayo"],
  "Aden Duale and Chief of the Defence Forces (CDF) Gen Francis Ogolla were in Somalia on the eve of the new year to visit Kenya Defence Forces (KDF) troops",
  date="2023-12-31")
R("Francis Ogolla", ["visited", "arrived_in"], ["Somalia", "Kismayo"],
  "Aden Duale and Chief of the Defence Forces (CDF) Gen Francis Ogolla were in Somalia on the eve of the new year to visit Kenya Defence Forces (KDF) troops",
  date="2023-12-31")
R(["Kenya", "Kenya Defence Forces"], "sent_troops", ["Somalia", "Kismayo"],
  ["Kenya Defence Forces (KDF) troops serving under the African Union Transition Mission in Somalia (ATMIS) in Kismayo"])
R("Kenya Defence Forces", ["member_of", "participated_in"], "African Union Transition Mission in Somalia",
  "troops serving under the African Union Transition Mission in Somalia (ATMIS)", tier="extra")
R("Aden Duale", "met_with", "Abdikadir Haji Mohamud",
  "The two with their team met the second Vice President, Security Minister Abdikadir Haji Mohamud")
R("Francis Ogolla", "met_with", "Abdikadir Haji Mohamud",
  "The two with their team met the second Vice President, Security Minister Abdikadir Haji Mohamud")
R("Abdikadir Haji Mohamud", "holds_position", ["Somalia", "Jubaland"],
  "the second Vice President, Security Minister Abdikadir Haji Mohamud", tier="extra", title="Security Minister")
R("William Ruto", ["leads", "holds_position"], "Kenya", "Duale relayed a message of goodwill from president William Ruto",
  tier="extra", title="president")
R("Kenya Defence Forces", "supports", "Somalia", "the KDF is committed to achieving the ATMIS mandate", tier="extra")

# ---------------------------------------------------------------------------------------
doc("002_gulf_states_cut_ties_qatar_filipino_times.txt", date="2017-06-05", publisher="The Filipino Times (UAE)",
    url="https://filipinotimes.net/news/2017/06/05/uae-bahrain-saudi-arabia-egypt-cut-ties-with-qatar-over-terrorism/")
E("United Arab Emirates", "country", ["UAE", "The United Arab Emirates"])
E("Bahrain", "country")
E("Saudi Arabia", "country")
E("Egypt", "country")
E("Qatar", "country")
E("WAM", "organization", tier="extra")
E("Egyptian Foreign Ministry", "organization", ["The Egyptian Foreign Ministry"], tier="extra")
E("Iran", "country", tier="extra")
E("Muslim Brotherhood", "organization")
E("Hamas", "organization")
E("Gulf", "location", ["Gulf region"], tier="extra")
R("United Arab Emirates", "accused", "Qatar",
  "In the UAE\u2019s announcement made on state news agency WAM, the emirate accused Qatar of",
  date="2017-06-05", charge="destabilizing security of the region")
R("Qatar", "supports", "Muslim Brotherhood",
  "Qatar\u2019s decision to side with the Muslim Brotherhood in Egypt and Hamas in the Palestinian territory")
R("Qatar", "supports", "Hamas",
  "Qatar\u2019s decision to side with the Muslim Brotherhood in Egypt and Hamas in the Palestinian territory")
R("Egyptian Foreign Ministry", ["criticized", "accused"], "Qatar",
  "The Egyptian Foreign Ministry cited the continued hostility of the Qatari authorities towards Egypt", tier="extra")
for c in ("United Arab Emirates", "Bahrain", "Saudi Arabia", "Egypt"):
    R(c, ["opposes", "sanctioned"], "Qatar",
      ["The United Arab Emirates (UAE), Bahrain, Saudi Arabia and Egypt announced Monday they are breaking diplomatic relations and cutting sea and air links with Qatar"],
      tier="extra", date="2017-06-05")
R("Iran", "supports", "Gulf", "Iran guarantees the security of the Gulf region", tier="extra")

# ---------------------------------------------------------------------------------------
doc("003_modi_koirala_kathmandu_deals_deccan_chronicle.txt", date="2014-11-26", publisher="Deccan Chronicle",
    dateline="Kathmandu", url="https://www.deccanchronicle.com/141126/nation-current-affairs/article/pm-narendra-modi-happy-speedy-deals-nepal")
E("Narendra Modi", "person", ["Modi", "Mr Modi", "PM Narendra Modi", "Prime Minister Narendra Modi"])
E("Sushil Koirala", "person", ["Koirala", "Mr Koirala"])
E("India", "country")
E("Nepal", "country")
E("Kathmandu", "city")
E("India-Nepal agreements", "agreement", ["10 agreements", "agreements"])
E("Motor Vehicle Agreement", "agreement")
E("twin-city pacts", "agreement", ["three twin-city pacts"], tier="extra")
E("18th SAARC Summit", "event", ["SAARC Summit", "two-day 18th SAARC Summit"], tier="extra")
E("Bir Hospital", "location", ["Kathmandu\u2019s Bir Hospital"], tier="extra")
E("Pasupathinath Express", "organization", tier="extra")
for c in ("Varanasi", "Janakpur", "Ayodhya", "Lumbini", "Bodh Gaya"):
    E(c, "city", tier="extra")
E("Arun river", "location", tier="extra")
R("Narendra Modi", "met_with", "Sushil Koirala",
  ["Prime Minister Narendra Modi on Tuesday held talks with his Nepalese counterpart Sushil Koirala",
   "Following the talks between the two leaders"], date="2014-11-25", place="Kathmandu")
R("Sushil Koirala", ["leads", "holds_position"], "Nepal", "his Nepalese counterpart Sushil Koirala", title="Prime Minister")
R("Narendra Modi", ["leads", "holds_position"], "India", "Prime Minister Narendra Modi", tier="extra", title="Prime Minister")
R("Narendra Modi", ["arrived_in", "visited"], ["Kathmandu", "Nepal"],
  "Mr Modi, who arrived here earlier on Tuesday for a three-day visit", date="2014-11-25")
R("Narendra Modi", "participated_in", "18th SAARC Summit", "will attend the two-day 18th SAARC Summit beginning on Wednesday",
  tier="extra", date="2014-11-26")
R("India", "signed", "India-Nepal agreements",
  ["10 agreements, including a pact on $1 billion assistance to Nepal, were inked",
   "The 10 agreements signed between the two countries"], date="2014-11-25")
R("Nepal", "signed", "India-Nepal agreements",
  ["10 agreements, including a pact on $1 billion assistance to Nepal, were inked",
   "The 10 agreements signed between the two countries"], date="2014-11-25")
R("India", "signed", "Motor Vehicle Agreement", "India and Nepal signed the Motor Vehicle Agreement")
R("Nepal", "signed", "Motor Vehicle Agreement", "India and Nepal signed the Motor Vehicle Agreement")
R(["India", "Nepal"], "signed", "twin-city pacts", "They also inked three twin-city pacts", tier="extra")
R(["Narendra Modi", "Sushil Koirala"], "signed", "India-Nepal agreements",
  "after which 10 agreements, including a pact on $1 billion assistance to Nepal, were inked", tier="extra")
R(["India", "Narendra Modi"], "supports", "Nepal", "the $1 billion Indian assistance for Nepal\u2019s infrastructure development",
  tier="extra")
R("Bir Hospital", "located_in", "Kathmandu", "Kathmandu\u2019s Bir Hospital", tier="extra")
R("Kathmandu", ["capital_of", "located_in"], "Nepal", "Kathmandu: Prime Minister Narendra Modi", tier="extra")

# ---------------------------------------------------------------------------------------
doc("004_finland_sweden_apply_nato_babel.txt", date="2022-05-18", publisher="Babel (Ukraine)",
    url="https://babel.ua/en/news/78819-finland-and-sweden-have-applied-to-join-nato")
E("Finland", "country")
E("Sweden", "country")
E("NATO", "organization", ["North Atlantic Alliance", "Alliance", "North Atlantic Treaty Organization"])
E("Brussels", "city", tier="extra")
E("NATO press service", "organization", tier="extra")
E("Klaus Korhonen", "person", ["Korhonen"])
E("Axel Wernhof", "person", ["Wernhof"])
E("Jens Stoltenberg", "person", ["Stoltenberg", "Jen Stoltenberg"])
E("Sauli Niinisto", "person", ["Niinisto"])
E("Recep Tayyip Erdogan", "person", ["Erdogan"])
E("Turkey", "country")
E("Swedish government", "organization", tier="extra")
E("Twitter", "organization", tier="extra")
R("Klaus Korhonen", "holds_position", ["Finland", "NATO"], "Finnish Ambassador to NATO Klaus Korhonen",
  title="Ambassador to NATO")
R("Axel Wernhof", "holds_position", ["Sweden", "NATO"], "Swedish Ambassador Axel Wernhof", title="Ambassador")
R("Jens Stoltenberg", ["leads", "holds_position"], "NATO", "NATO Secretary General Jens Stoltenberg",
  title="Secretary General")
R("Sauli Niinisto", ["leads", "holds_position"], "Finland", "Finnish President Sauli Niinisto", title="President")
R("Recep Tayyip Erdogan", ["leads", "holds_position"], "Turkey", "Turkish President Recep Tayyip Erdogan", title="President")
R(["Recep Tayyip Erdogan", "Turkey"], "accused", "Sweden", "He accused these states of \"supporting terrorism\".",
  charge="supporting terrorism")
R(["Recep Tayyip Erdogan", "Turkey"], "accused", "Finland", "He accused these states of \"supporting terrorism\".",
  charge="supporting terrorism")
R(["Recep Tayyip Erdogan", "Turkey"], "opposes", ["Sweden", "Finland"],
  "has said his country will not support Sweden\u02bcs and Finland\u02bcs accession to NATO", tier="extra")
R(["Klaus Korhonen", "Axel Wernhof", "Finland", "Sweden"], "met_with", "Jens Stoltenberg",
  "forwarded the applications to NATO Secretary General Jens Stoltenberg", tier="extra", date="2022-05-18")

# ---------------------------------------------------------------------------------------
doc("005_sadc_deploys_forces_mozambique_techmag.txt", date="2021-06-24", publisher="TechMag (Zimbabwe)",
    url="https://techmag.tv/2021/06/24/sadc-deploys-security-forces-in-mozambique")
E("Southern African Development Community", "organization", ["SADC"])
E("Mozambique", "country", ["Republic of Mozambique"])
E("Maputo", "city")
E("SADC Extraordinary Summit", "event", ["Extraordinary Summit", "16-member regional bloc Extraordinary Summit"])
E("Stergomena Lawrence Tax", "person", ["Dr Stergomena Lawrence Tax", "Dr Tax", "Tax"])
E("SADC Standby Force Mission", "organization", ["SADC Standby Force"], tier="extra")
E("Organ on Politics, Defence and Security Cooperation", "organization", tier="extra")
E("Cabo Delgado", "location", ["Cabo Delgado province"], tier="extra")
E("Emmerson Mnangagwa", "person", ["President Emmerson Mnangagwa", "Mnangagwa"])
E("Botswana", "country")
E("Mokgweetsi Keabetswe Masisi", "person", ["Mokgweetsi Masisi", "Masisi"])
E("DRC", "country", ["Democratic Republic of Congo", "Democratic Republic of the Congo"])
E("F\u00e9lix Antoine Tshisekedi Tshilombo", "person", ["F\u00e9lix Tshisekedi", "Felix Tshisekedi", "Tshisekedi"])
E("Lesotho", "country")
E("Moeketsi Majoro", "person", ["Dr Moeketsi Majoro", "Majoro"])
E("Malawi", "country")
E("Lazarus Chakwera", "person", ["Dr Lazarus Chakwera", "Chakwera"])
E("Nyusi", "person", ["President Nyusi", "Mozambican President Nyusi", "Filipe Nyusi"])
E("South Africa", "country")
E("Cyril Ramaphosa", "person", ["Ramaphosa"])
E("Tanzania", "country", ["United Republic of Tanzania"])
E("Samia Suluhu Hassan", "person", ["Samia Suluhu", "Hassan"])
R("Southern African Development Community", "sent_troops", ["Mozambique", "Cabo Delgado"],
  ["Southern African Development Community (SADC) has agreed to deploy troops to help Mozambique",
   "they have agreed to deploy forces in the troubled country"], tier="extra", date="2021-06-23")
R("Stergomena Lawrence Tax", ["holds_position", "leads"], "Southern African Development Community",
  "SADC executive secretary Dr Stergomena Lawrence Tax", title="executive secretary")
R("SADC Extraordinary Summit", "located_in", "Maputo",
  "Extraordinary Summit that was held in Maputo, Mozambique on Wednesday", tier="extra")
R("Maputo", ["located_in", "capital_of"], "Mozambique", "held in Maputo, Mozambique on Wednesday")
for p in ("Emmerson Mnangagwa", "Mokgweetsi Keabetswe Masisi", "F\u00e9lix Antoine Tshisekedi Tshilombo",
          "Moeketsi Majoro", "Lazarus Chakwera", "Nyusi", "Cyril Ramaphosa", "Samia Suluhu Hassan"):
    R(p, "participated_in", "SADC Extraordinary Summit",
      "Among those attended the summit are President Emmerson Mnangagwa", date="2021-06-23")
R("Stergomena Lawrence Tax", "participated_in", "SADC Extraordinary Summit",
  "Speaking during the 16-member regional bloc Extraordinary Summit", tier="extra", date="2021-06-23")
R("Mokgweetsi Keabetswe Masisi", ["leads", "holds_position"], "Botswana",
  "Botswana President Mokgweetsi Keabetswe Masisi", title="President")
R("F\u00e9lix Antoine Tshisekedi Tshilombo", ["leads", "holds_position"], "DRC",
  "DRC President F\u00e9lix Antoine Tshisekedi Tshilombo", title="President")
R("Moeketsi Majoro", ["leads", "holds_position"], "Lesotho", "Lesotho Prime Minister Dr Moeketsi Majoro",
  title="Prime Minister")
R("Lazarus Chakwera", ["leads", "holds_position"], "Malawi", "Malawi President Dr Lazarus Chakwera", title="President")
R("Nyusi", ["leads", "holds_position"], "Mozambique", "Mozambican President Nyusi", title="President")
R("Cyril Ramaphosa", ["leads", "holds_position"], "South Africa", "South African President Cyril Ramaphosa",
  title="President")
R("Samia Suluhu Hassan", ["leads", "holds_position"], "Tanzania",
  "the United Republic of Tanzania President Samia Suluhu Hassan", title="President")
R("Southern African Development Community", "supports", "Mozambique",
  "to be deployed in support of Mozambique to combat terrorism", tier="extra")
R("Cabo Delgado", "located_in", "Mozambique", "in its northern provinces", tier="extra")

# ---------------------------------------------------------------------------------------
doc("006_central_american_summit_antigua_deseret.txt", date="1990-06-17", publisher="Deseret News",
    url="https://www.deseret.com/1990/6/17/18866742/central-america-leaders-discuss-economic-options")
E("Central American summit", "event", ["summit", "two-day summit"])
E("Antigua", "city")
E("Guatemala", "country")
E("Guatemala City", "city", tier="extra")
E("Costa Rica", "country")
E("El Salvador", "country")
E("Honduras", "country")
E("Nicaragua", "country")
E("Panama", "country")
E("Brazil", "country", tier="extra")
E("World Cup", "event", tier="extra")
E("Rafael Calderon", "person", ["President Rafael Calderon", "Calderon"], tier="extra")
E("Vinicio Cerezo", "person", ["Cerezo"])
E("Ariel Rivera", "person", ["Rivera"])
E("James Baker", "person", ["Baker", "Secretary of State James Baker"], tier="extra")
E("European Community", "organization", tier="extra")
E("Central American economic community", "organization", tier="extra")
for c in ("Guatemala", "Costa Rica", "El Salvador", "Honduras", "Nicaragua", "Panama"):
    R(c, "participated_in", "Central American summit",
      ["presidents, economic ministers, foreign ministers and others from Guatemala, Costa Rica, El Salvador, Honduras, Nicaragua and Panama",
       "Six presidents sat down Saturday for a Central American summit"], date="1990-06-16", place="Antigua")
R("Vinicio Cerezo", "participated_in", "Central American summit",
  "In a speech opening the summit, Guatemalan President Vinicio Cerezo", date="1990-06-16")
R("Vinicio Cerezo", ["leads", "holds_position"], "Guatemala", "Guatemalan President Vinicio Cerezo", title="President")
R("Ariel Rivera", "holds_position", "Guatemala", "Guatemalan Foreign Minister Ariel Rivera", title="Foreign Minister")
R("Rafael Calderon", ["leads", "holds_position"], "Costa Rica",
  "A Costa Rican government source said President Rafael Calderon", tier="extra", title="President")
R("Rafael Calderon", "participated_in", "Central American summit",
  "had asked the night before that he be able to watch", tier="extra")
R("James Baker", ["arrived_in", "visited"], "Guatemala",
  "Secretary of State James Baker was scheduled to arrive in Guatemala Sunday night", tier="extra", date="1990-06-17")
R("James Baker", "met_with", ["Vinicio Cerezo", "Rafael Calderon"], "meet individually with each of the presidents",
  tier="extra")
R("Antigua", "located_in", "Guatemala", "Antigua, a Spanish colonial town", tier="extra")
R("Costa Rica", "attacked", "Brazil", "to watch Costa Rica play Brazil in the World Cup", tier="extra")

# ---------------------------------------------------------------------------------------
doc("007_albanese_marape_security_treaty_guardian.txt", date="2023-01-12", publisher="The Guardian",
    author="Daniel Hurst",
    url="https://www.theguardian.com/australia-news/live/2023/jan/12/australia-news-live-george-pell-albanese-png-health-housing-weather-floods-labor-coalition-energy-economy")
E("Anthony Albanese", "person", ["Albanese"])
E("James Marape", "person", ["Marape"])
E("Papua New Guinea", "country", ["PNG"])
E("Australia", "country")
E("Port Moresby", "city")
E("joint statement of commitment", "agreement", ["joint statement", "\u2018joint statement of commitment\u2019"])
E("Bilateral Security Treaty", "agreement", ["security treaty", "Treaty"])
E("Daniel Hurst", "person", tier="extra")
E("Office of the Prime Minister", "organization", tier="extra")
E("CSEP", "agreement", ["comprehensive strategic and economic partnership"], tier="extra")
R("Anthony Albanese", "met_with", "James Marape",
  "Anthony Albanese and the prime minister of Papua New Guinea, James Marape, have issued a joint statement after their meeting in Port Moresby.",
  date="2023-01-12", place="Port Moresby")
R("James Marape", ["leads", "holds_position"], "Papua New Guinea", "the prime minister of Papua New Guinea, James Marape",
  title="prime minister")
R("Anthony Albanese", ["leads", "holds_position"], "Australia", "PM signs security treaty", tier="extra",
  title="Prime Minister")
R("Anthony Albanese", ["arrived_in", "visited"], "Papua New Guinea",
  "Anthony Albanese arrives in Papua New Guinea ahead of addressing the parliament on Thursday.")
R(["Anthony Albanese", "Australia"], "signed", "joint statement of commitment",
  ["Albanese, Marape sign \u2018joint statement of commitment\u2019 for security treaty",
   "They have signed a \u201cjoint statement of commitment\u201d."], date="2023-01-12")
R(["James Marape", "Papua New Guinea"], "signed", "joint statement of commitment",
  ["Albanese, Marape sign \u2018joint statement of commitment\u2019 for security treaty",
   "They have signed a \u201cjoint statement of commitment\u201d."], date="2023-01-12")
R(["Anthony Albanese", "James Marape", "Australia", "Papua New Guinea"], "signed", "Bilateral Security Treaty",
  "the security treaty hasn\u2019t been signed", tier="extra", status="negated")
R("Australia", "allied_with", "Papua New Guinea",
  "a Bilateral Security Treaty between Papua New Guinea and Australia", tier="extra")

# ---------------------------------------------------------------------------------------
doc("008_ethiopia_wins_badme_nyt.txt", date="1999-03-03", publisher="New York Times", author="Ian Fisher",
    dateline="ADDIS ABABA, Ethiopia", url="https://www.oocities.org/~dagmawi/NewsMar99/Mar3_Eritrea_Collapse.html")
E("Ethiopia", "country")
E("Eritrea", "country")
E("Badme", "location", ["Badme region"])
E("Eritrean army", "organization", tier="extra")
E("Eritrean government", "organization", tier="extra")
E("Addis Ababa", "city")
E("Adwa", "city", tier="extra")
E("Italian army", "organization", tier="extra")
E("Tesfay Hadush", "person", ["Hadush"], tier="extra")
E("Ian Fisher", "person", ["IAN FISHER"], tier="extra")
E("New York Times", "organization", tier="extra")
E("Yemane Ghebremeskel", "person")
E("Isaias Afwerki", "person", ["President Isaias Afwerki"])
R("Ethiopia", "attacked", ["Eritrea", "Eritrean army", "Badme"],
  ["Last weekend, Ethiopia expelled the Eritrean army from the Badme region",
   "the defeat of Eritrea in Badme"], date="1999-02")
R(["Eritrea", "Eritrean government"], "accused", "Ethiopia",
  ["On Tuesday, Eritrea accused Ethiopia of having no interest in peace.",
   "An Eritrean government statement on Tuesday accused Ethiopia of wanting to overthrow the Eritrean government"],
  date="1999-03-02", charge="having no interest in peace")
R("Ethiopia", "opposes", ["Eritrean government", "Isaias Afwerki", "Eritrea"],
  "accused Ethiopia of wanting to overthrow the Eritrean government and President Isaias Afwerki",
  tier="extra", status="alleged", attributed_to=["Eritrea", "Eritrean government"])
R("Yemane Ghebremeskel", "holds_position", "Eritrea", "Yemane Ghebremeskel, an aide to Eritrea's president",
  title="aide to Eritrea's president")
R("Isaias Afwerki", ["leads", "holds_position"], "Eritrea", "the Eritrean government and President Isaias Afwerki",
  title="President")
R("Addis Ababa", ["located_in", "capital_of"], "Ethiopia", "ADDIS ABABA, Ethiopia --")
R("Ethiopia", "attacked", "Italian army", "Ethiopian soldiers crushed the Italian army near the town of Adwa",
  tier="extra", date="1896-03-01")

# ---------------------------------------------------------------------------------------
doc("009_lavrov_store_oslo_mid.txt", date="2010-11-02", publisher="Ministry of Foreign Affairs of the Russian Federation",
    url="https://www.mid.ru/en/severnoe-izmerenie/-/asset_publisher/0vP3hQoCPRg5/content/id/230634")
E("Sergey Lavrov", "person", ["Lavrov", "Foreign Minister Sergey Lavrov"])
E("Jonas Gahr Store", "person", ["Store", "Jonas Gahr St\u00f8re"])
E("Russia", "country", ["Russian Federation"])
E("Norway", "country")
E("Oslo", "city")
E("Second Ministerial Meeting of the Northern Dimension", "event", ["Northern Dimension"], tier="extra")
E("Dmitry Medvedev", "person", ["Medvedev"])
E("Jens Stoltenberg", "person", ["Jen Stoltenberg"])
E("Murmansk", "city", tier="extra")
E("Spitsbergen", "location", ["Spitsbergen archipelago"], tier="extra")
E("Treaty on Maritime Delimitation and Cooperation in the Barents Sea and the Arctic", "agreement",
  ["Treaty on Maritime Delimitation"], tier="extra")
E("Intergovernmental Agreement on the Facilitation of Mutual Travel for Border Area Residents of Russia and Norway",
  "agreement", ["Intergovernmental Agreement"])
E("Joint Statement on Strengthening Cross-Border Cooperation", "agreement")
E("Barents Sea", "location", tier="extra")
E("Arctic", "location", tier="extra")
E("Arctic Council", "organization", tier="extra")
E("NATO", "organization")
E("OSCE", "organization", tier="extra")
E("Lisbon", "city", tier="extra")
E("Astana", "city", tier="extra")
E("Middle East", "location", tier="extra")
E("Afghanistan", "country", tier="extra")
E("Sudan", "country", tier="extra")
R("Sergey Lavrov", "met_with", "Jonas Gahr Store",
  ["Sergey Lavrov conversed with Minister of Foreign Affairs of Norway Jonas Gahr Store on the sidelines of the Second Ministerial Meeting of the Northern Dimension in Oslo on November 1",
   "Foreign Minister Sergey Lavrov Converses with Norwegian Foreign Minister Jonas Gahr Store"],
  date="2010-11-01", place="Oslo")
R("Sergey Lavrov", "holds_position", "Russia",
  "Minister of Foreign Affairs of the Russian Federation Sergey Lavrov", title="Minister of Foreign Affairs")
R("Jonas Gahr Store", "holds_position", "Norway",
  ["Minister of Foreign Affairs of Norway Jonas Gahr Store", "Norwegian Foreign Minister Jonas Gahr Store"],
  title="Minister of Foreign Affairs")
R(["Sergey Lavrov", "Jonas Gahr Store"], "participated_in", "Second Ministerial Meeting of the Northern Dimension",
  "on the sidelines of the Second Ministerial Meeting of the Northern Dimension in Oslo on November 1", tier="extra",
  date="2010-11-01")
R("Dmitry Medvedev", ["leads", "holds_position"], "Russia", "Russian President Dmitry Medvedev", title="President")
R("Jens Stoltenberg", ["leads", "holds_position"], "Norway", "Norway's Prime Minister Jen Stoltenberg",
  title="Prime Minister")
R("Dmitry Medvedev", "met_with", "Jens Stoltenberg",
  "the accords reached by Russian President Dmitry Medvedev and Norway's Prime Minister Jen Stoltenberg in Oslo on April 27, 2010, and in Murmansk on September 15, 2010",
  tier="extra")
R(["Sergey Lavrov", "Russia"], "signed",
  ["Intergovernmental Agreement on the Facilitation of Mutual Travel for Border Area Residents of Russia and Norway",
   "Joint Statement on Strengthening Cross-Border Cooperation"],
  "The Ministers signed an Intergovernmental Agreement on the Facilitation of Mutual Travel for Border Area Residents of Russia and Norway, and a Joint Statement on Strengthening Cross-Border Cooperation.")
R(["Jonas Gahr Store", "Norway"], "signed",
  ["Intergovernmental Agreement on the Facilitation of Mutual Travel for Border Area Residents of Russia and Norway",
   "Joint Statement on Strengthening Cross-Border Cooperation"],
  "The Ministers signed an Intergovernmental Agreement on the Facilitation of Mutual Travel for Border Area Residents of Russia and Norway, and a Joint Statement on Strengthening Cross-Border Cooperation.")
R(["Russia", "Norway", "Dmitry Medvedev", "Jens Stoltenberg"], "signed",
  "Treaty on Maritime Delimitation and Cooperation in the Barents Sea and the Arctic",
  "the Treaty on Maritime Delimitation and Cooperation in the Barents Sea and the Arctic, signed in September 2010",
  tier="extra", date="2010-09")
R("Spitsbergen", "located_in", "Norway", "interaction on the Spitsbergen archipelago", tier="extra")


if __name__ == "__main__":
    main(HERE, "blind2",
         "Gold knowledge graph for the second blind set in datasets/blind2/articles (10 real news articles, 1990-2024, other events, outlets, places and years than the seeds, the dev set and the held-out set; never tuned on).")
