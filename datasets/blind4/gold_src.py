#!/usr/bin/env python3
"""Source of datasets/blind4/blind4.gold.json (run: python3 datasets/blind4/gold_src.py [OUT]).

Written by hand, article by article, from the text of datasets/blind4/articles only, before
any extractor output on these articles was looked at (the fourth blind set: see README.md).
The helpers doc/E/R/main are datasets/gold_lib.py. Entities
named in several articles are one gold entity (aliases unioned, `core` if core anywhere);
the same relation reported by several articles is one gold relation whose evidence holds a
quote from each (and whose date is dropped when the articles describe different dates).
Every relation also lists the `documents` its quotes come from (score.py ignores the key;
tests/cli/test_blind4_gold.py checks the quotes against them).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_lib import E, R, doc, main  # noqa: E402

# ---------------------------------------------------------------------------------------
doc("000_us_strikes_sudan_afghanistan_bbc.txt", date="1998-08-20", publisher="BBC News",
    url="http://news.bbc.co.uk/2/hi/americas/155159.stm")
E("United States", "country", ["US"])
E("Sudan", "country")
E("Afghanistan", "country")
E("Khartoum", "city", tier="extra")
E("Aswa Kali al Batr base", "location", tier="extra")
E("Kabul", "city", tier="extra")
E("Pentagon", "organization", tier="extra")
E("CNN", "organization", tier="extra")
E("BBC", "organization", tier="extra")
for place in ("Europe", "South Asia", "Asia Pacific", "Middle East", "Africa"):  # the page's section menu
    E(place, "location", tier="extra")
E("United Kingdom", "country", ["UK"], tier="extra")
E("Saudi Arabia", "country", tier="extra")  # "a Saudi dissident"
E("William Cohen", "person", ["US Defence Secretary William Cohen"])
E("Bill Clinton", "person", ["President Bill Clinton"])
E("Osama bin Laden", "person", ["bin Laden"])
E("Taleban", "organization", tier="extra")
E("Tanzania", "country", tier="extra")
E("Kenya", "country", tier="extra")
E("Tomahawk cruise missile", "weapon", ["Tomahawk cruise missiles", "sea-launched Tomahawk cruise missiles"],
  tier="extra")
R("United States", "attacked", ["Sudan", "Khartoum"],
  ["The US strikes in Sudan and Afghanistan had been planned for up to a week beforehand",
   "a chemical weapons-related facility in Sudan"])
R("United States", "attacked", ["Afghanistan", "Aswa Kali al Batr base"],
  ["The US strikes in Sudan and Afghanistan had been planned for up to a week beforehand",
   "In Afghanistan there were six targets, including the main Aswa Kali al Batr base"])
R("United States", "attacked", "Osama bin Laden",
  "the strike was \"designed to attack his infrastructure\"", tier="extra")
R("William Cohen", "holds_position", ["United States", "Pentagon"], "US Defence Secretary William Cohen",
  title="Defence Secretary")
R("Bill Clinton", ["leads", "holds_position"], "United States", "President Bill Clinton said the targets",
  tier="extra", title="President")
R("United States", "accused", "Osama bin Laden",
  "a Saudi dissident whom the US believes to be involved in the embassy bombings in Tanzania and Kenya",
  tier="extra", charge="the embassy bombings in Tanzania and Kenya")
R("Aswa Kali al Batr base", "located_in", "Afghanistan",
  "In Afghanistan there were six targets, including the main Aswa Kali al Batr base, 94 miles south of Kabul",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("001_us_troops_arrive_israel_gaza_sputnik.txt", date="2025-10-10", publisher="Sputnik",
    dateline="WASHINGTON",
    url="https://sputnikglobe.com/20251010/us-troops-begin-arriving-to-israel-to-monitor-gaza-peace-deal---reports-1122940663.html")
E("United States", "country", ["US", "the United States"])
E("Israel", "country")
E("Hamas", "organization", ["Hamas movement"])
E("Middle East", "location")
E("Gaza Strip", "location", ["Gaza"], tier="extra")
E("Gaza Peace Deal", "agreement", tier="extra")
E("CNN", "organization", tier="extra")
E("Sputnik", "organization", tier="extra")
E("RIA Novosti", "organization", tier="extra")
E("Washington", "city", ["WASHINGTON"], tier="extra")
R("United States", "sent_troops", ["Israel", "Middle East"],
  ["US troops have begun arriving in Israel to join the mission monitoring the deal",
   "the United States would deploy 200 troops to the Middle East",
   "Some of the 200 soldiers have already been deployed to the Middle East"],
  date="2025-10-10")
R("Israel", "signed", "Gaza Peace Deal", "the deal between the country and the Hamas movement", tier="extra")
R("Hamas", "signed", "Gaza Peace Deal", "the deal between the country and the Hamas movement", tier="extra")

# ---------------------------------------------------------------------------------------
doc("002_masisi_dismisses_foreign_minister_journal_du_cameroun.txt", date="2020-08-26",
    publisher="APA News (Journal du Cameroun)",
    url="https://www.journalducameroun.com/en/botswana-masisi-dismisses-foreign-minister-in-cabinet-reshuffle/")
E("Botswana", "country")
E("Mokgweetsi Masisi", "person", ["Masisi"])
E("Unity Dow", "person", ["Dr Unity Dow", "Unity"])
E("Elias Magosi", "person", ["Magosi"])
E("Lemogang Kwape", "person", ["Kwape", "Health Minister Lemogang Kwape"])
E("Edwin Dikoloti", "person", tier="extra")
E("Karabo Gare", "person", ["Gare"], tier="extra")
E("Molebatsi Molebatsi", "person", tier="extra")
E("APA News", "organization", ["APA"], tier="extra")
R("Unity Dow", "holds_position", "Botswana",
  ["Masisi has removed Unity from her position as Botswana\u2019s top diplomat",
   "International Affairs and Cooperation Minister Unity Dow"],
  title="International Affairs and Cooperation Minister")
R("Lemogang Kwape", "holds_position", "Botswana",
  "removed Unity from her position as Botswana\u2019s top diplomat and replaced her with Health Minister Lemogang Kwape",
  tier="extra", title="Health Minister")
R("Mokgweetsi Masisi", ["leads", "holds_position"], "Botswana", "Botswana: Masisi dismisses foreign minister",
  tier="extra", title="President")
R("Elias Magosi", "holds_position", "Botswana",
  "Permanent Secretary to the President and Secretary to Cabinet, Elias Magosi", tier="extra",
  title="Permanent Secretary to the President")
R("Edwin Dikoloti", "holds_position", "Botswana",
  "Agricultural Development and Food Security Minister Edwin Dikoloti took over from Kwape as health minister",
  tier="extra", title="health minister")
R("Karabo Gare", "holds_position", "Botswana",
  "Karabo Gare was elevated to become Minister of Agricultural Development and Food Security", tier="extra",
  title="Minister of Agricultural Development and Food Security")
R("Molebatsi Molebatsi", "holds_position", "Botswana",
  "Molebatsi Molebatsi was appointed Assistant Minister of Investment, Trade and Industry", tier="extra",
  title="Assistant Minister of Investment, Trade and Industry")

# ---------------------------------------------------------------------------------------
doc("003_abe_reshuffles_cabinet_motegi_tass.txt", date="2019-09-11", publisher="TASS", dateline="TOKYO",
    url="https://tass.com/world/1077601/amp")
E("Japan", "country")
E("Shinzo Abe", "person", ["Abe", "Prime Minister Shinzo Abe", "Japan's Prime Minister Shinzo Abe"])
E("Yoshihide Suga", "person", ["Japanese Chief Cabinet Secretary Yoshihide Suga"])
E("Toshimitsu Motegi", "person")
E("Taro Kono", "person")
E("Takeshi Iwaya", "person", tier="extra")
E("Hiroshige Seko", "person", ["Seko"], tier="extra")
E("Isshu Sugawara", "person", tier="extra")
E("Taro Aso", "person", tier="extra")
E("Liberal Democratic Party", "organization", tier="extra")
E("Russia", "country", tier="extra")
E("TASS", "organization", tier="extra")
E("Tokyo", "city", ["TOKYO"], tier="extra")
R("Shinzo Abe", ["leads", "holds_position"], "Japan",
  ["Japan's Prime Minister Shinzo Abe reshuffled his cabinet on Wednesday"], title="Prime Minister")
R("Yoshihide Suga", "holds_position", "Japan", "Japanese Chief Cabinet Secretary Yoshihide Suga has said",
  title="Chief Cabinet Secretary")
R("Toshimitsu Motegi", "holds_position", "Japan", "Japan\u2019s new Foreign Minister is Toshimitsu Motegi",
  title="Foreign Minister")
R("Taro Kono", "holds_position", "Japan",
  "Former Foreign Minister Taro Kono has been shifted to defense minister", tier="extra", title="defense minister")
R("Takeshi Iwaya", "holds_position", "Japan", "replacing Takeshi Iwaya, who had been in office for nearly a year",
  tier="extra", title="defense minister")
R("Isshu Sugawara", "holds_position", "Japan", "He was replaced by former Deputy Finance Minister Isshu Sugawara",
  tier="extra")
R("Hiroshige Seko", "holds_position", "Japan",
  "Seko has been appointed as the secretary general of the parliament\u2019s upper house", tier="extra",
  title="secretary general")
R("Taro Aso", "holds_position", "Japan", "namely Finance Minister Taro Aso", tier="extra", title="Finance Minister")
R("Shinzo Abe", ["leads", "member_of"], "Liberal Democratic Party",
  "the leadership of the ruling Liberal Democratic Party", tier="extra")

# ---------------------------------------------------------------------------------------
doc("004_eu_sanctions_ukraine_violence_ap_goerie.txt", date="2014-02-20", publisher="The Associated Press (Erie Times-News)",
    dateline="BRUSSELS",
    url="http://www.goerie.com/article/20140221/NEWS07/302219962/European-Union-imposes-sanctions-against-Ukraine")
E("European Union", "organization", ["EU", "The European Union", "28-nation European Union"])
E("Ukraine", "country")
E("Catherine Ashton", "person", ["Ashton", "EU foreign policy chief Catherine Ashton", "EU diplomat Catherine Ashton"])
E("Brussels", "city", ["BRUSSELS"], tier="extra")
E("European Council building", "location", tier="extra")
E("AP", "organization", ["AP Photo", "Associated Press"], tier="extra")
E("Yves Logghe", "person", tier="extra")
R("European Union", "sanctioned", "Ukraine",
  ["European Union imposes sanctions against Ukraine",
   "The European Union voted Thursday to impose sanctions against those held responsible for the violence in Ukraine."],
  date="2014-02-20")
R("Catherine Ashton", ["holds_position", "leads"], "European Union",
  ["EU foreign policy chief Catherine Ashton", "EU diplomat Catherine Ashton"], title="foreign policy chief")
R("European Council building", "located_in", "Brussels", "at the European Council building in Brussels", tier="extra")
R("United States", "sanctioned", "Ukraine",
  "The United States, which has threatened to impose sanctions, already has canceled the visas of several Ukrainian officials",
  tier="extra")
R("European Union", ["criticized", "condemned"], "Ukraine",
  "The EU is \"truly alarmed and shocked by the violence that has taken place,\" Ashton said.", tier="extra")

# ---------------------------------------------------------------------------------------
doc("005_ethiopia_accuses_eritrea_mail_guardian.txt", date="2007-03-29", publisher="Reuters (Mail & Guardian)",
    url="https://mg.co.za/article/2007-03-29-ethiopia-calls-for-action-on-terrorist-eritrea/")
E("Ethiopia", "country")
E("Eritrea", "country")
E("Addis Ababa", "city")
E("Asmara", "city")
E("Meles Zenawi", "person", ["Meles", "Ethiopian Prime Minister Meles Zenawi"])
E("United Nations", "organization", ["UN"])
E("UN Security Council", "organization", ["The UN Security Council", "United Nations Security Council"], tier="extra")
E("Somalia", "country")
E("Horn of Africa", "location", tier="extra")
E("Afar", "location")
E("Reuters", "organization", tier="extra")
E("Washington", "city", ["WASHINGTON"], tier="extra")
R(["Ethiopia", "Meles Zenawi", "Addis Ababa"], "accused", ["Eritrea", "Asmara"],
  ["Ethiopia accused Eritrea on Thursday of arming anti-Ethiopian rebels",
   "Meles also repeated Ethiopia\u2019s allegations that Asmara was behind the kidnapping"],
  date="2007-03-29", charge="arming anti-Ethiopian rebels")
R("Meles Zenawi", ["leads", "holds_position"], "Ethiopia", "Ethiopian Prime Minister Meles Zenawi",
  title="Prime Minister")
R("United Nations", "accused", ["Eritrea", "Asmara"],
  "The UN and Washington accused Eritrea of sending weapons and troops to militant Islamists",
  charge="sending weapons and troops to militant Islamists")
R(["United States", "Washington"], "accused", ["Eritrea", "Asmara"],
  "The UN and Washington accused Eritrea of sending weapons and troops to militant Islamists",
  charge="sending weapons and troops to militant Islamists")
R("Eritrea", "sent_troops", "Somalia",
  "The UN and Washington accused Eritrea of sending weapons and troops to militant Islamists who threatened to overrun Somalia\u2019s Ethiopian-backed government",
  status="alleged", attributed_to=["United Nations", "United States"])
R(["Eritrea", "Asmara"], "accused", "Ethiopia",
  "Eritrea\u2019s government denied playing any role in the abduction, and in turn accused Ethiopia of manipulating the incident",
  charge="manipulating the incident to its own ends")
R("Afar", "located_in", "Ethiopia", "in Afar, northern Ethiopia")
R("Ethiopia", "supports", "Somalia", "Somalia\u2019s Ethiopian-backed government", tier="extra")
R(["Ethiopia", "Addis Ababa"], "criticized", ["Eritrea", "Asmara"],
  "Addis Ababa and Asmara have routinely fired harsh rhetoric at each other", tier="extra")
R(["Eritrea", "Asmara"], "criticized", ["Ethiopia", "Addis Ababa"],
  "Addis Ababa and Asmara have routinely fired harsh rhetoric at each other", tier="extra")
R("Eritrea", "member_of", "United Nations",
  "repeated acts of terrorism being perpetrated by one of its member nations", tier="extra")

# ---------------------------------------------------------------------------------------
doc("006_us_treasury_sanctions_russia_cyber_xinhua.txt", date="2018-03-15", publisher="Xinhua (aolaikelin.cn copy)",
    dateline="WASHINGTON",
    url="http://aolaikelin.cn/a/201803/15/WS5aaa8a67a3106e7dcc141ec8.html")
E("United States", "country", ["US", "The United States"])
E("US Treasury Department", "organization", ["Treasury Department", "Treasury", "The US Treasury Department"])
E("Steven Mnuchin", "person", ["Mnuchin", "Treasury Secretary Steven Mnuchin"])
E("Russia", "country")
E("Office of Foreign Assets Control", "organization", tier="extra")
E("2016 US elections", "event", ["US presidential elections in 2016"], tier="extra")
E("United Kingdom", "country", ["UK"], tier="extra")  # "two British citizens"
R(["United States", "US Treasury Department"], "accused", "Russia",
  ["The United States has been accusing Russia of interference in the US presidential elections in 2016",
   "It also said that Russia was behind the recent use of a \"military-grade nerve agent\""],
  charge="interference in the US presidential elections in 2016")
R("Steven Mnuchin", ["holds_position", "leads"], ["US Treasury Department", "United States"],
  "Treasury Secretary Steven Mnuchin said", title="Treasury Secretary")
R(["United States", "US Treasury Department"], "sanctioned", "Russia",
  ["US rolls out more sanctions over 2016 election interference, cyber attacks",
   "These targeted sanctions are a part of a broader effort to address the ongoing nefarious attacks emanating from Russia"],
  tier="extra", date="2018-03-15")
R("Russia", "attacked", "United States",
  "Russian \"government cyber actors\" have targeted US government entities", tier="extra",
  status="alleged", attributed_to=["US Treasury Department"])
R("Russia", "dismissed", ["United States", "US Treasury Department"],
  "which have been denied by Russia", tier="extra")

# ---------------------------------------------------------------------------------------
doc("007_mali_niger_burkina_defence_pact_nation.txt", date="2023-09-18", publisher="The Nation (Pakistan)",
    dateline="BAMAKO",
    url="https://www.nation.com.pk/18-Sep-2023/mali-niger-burkina-sign-mutual-defence-pact")
E("Mali", "country")
E("Burkina Faso", "country")
E("Niger", "country")
E("Bamako", "city", ["BAMAKO"])
E("Liptako-Gourma Charter", "agreement", ["mutual defence pact"])
E("Alliance of Sahel States", "organization", ["AES"])
E("Assimi Goita", "person")
E("Abdoulaye Diop", "person")
E("Mohamed Bazoum", "person", tier="extra")
E("ECOWAS", "organization", ["Economic Community of West African States"])
E("Liptako-Gourma region", "location", ["The Liptako-Gourma region"], tier="extra")
E("X", "organization", ["Twitter"], tier="extra")
E("Sahel", "location", tier="extra")
for c in ("Mali", "Burkina Faso", "Niger"):
    R(c, "signed", "Liptako-Gourma Charter",
      "The military leaders of Mali, Burkina Faso and Niger on Saturday signed a mutual defence pact",
      date="2023-09-16")
    R(c, "member_of", "Alliance of Sahel States",
      "The Liptako-Gourma Charter establishes the Alliance of Sahel States (AES)", tier="extra")
for a, b in (("Mali", "Burkina Faso"), ("Mali", "Niger"), ("Burkina Faso", "Niger")):
    R(a, "allied_with", b,
      ["The military leaders of Mali, Burkina Faso and Niger on Saturday signed a mutual defence pact",
       "This alliance will be a combination of military and economic efforts between the three countries"],
      date="2023-09-16")
R("Assimi Goita", ["leads", "holds_position"], "Mali", "Mali\u2019s junta leader Assimi Goita", title="junta leader")
R("Assimi Goita", "signed", "Liptako-Gourma Charter",
  "The Liptako-Gourma Charter establishes the Alliance of Sahel States (AES), Mali\u2019s junta leader Assimi Goita posted on X",
  tier="extra")
R("Abdoulaye Diop", "holds_position", "Mali", "Mali\u2019s Foreign Minister Abdoulaye Diop", title="Foreign Minister")
R("Bamako", "capital_of", "Mali", "Mali\u2019s capital Bamako")
R("Mohamed Bazoum", ["leads", "holds_position"], "Niger", "soldiers in July overthrew President Mohamed Bazoum",
  tier="extra", title="President")
R("ECOWAS", "opposes", "Niger", "ECOWAS has threatened to intervene militarily in Niger over the coup", tier="extra")
R(["Mali", "Burkina Faso"], "supports", "Niger",
  "Mali and Burkina Faso quickly responded by saying that any such operation would be deemed a \u201cdeclaration of war\u201d against them",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("008_hungary_ratifies_finland_nato_euro_weekly.txt", date="2023-03-27", publisher="Euro Weekly News",
    author="Chris King",
    url="https://euroweeklynews.com/2023/03/27/hungary-finally-ratifies-finlands-accession-into-nato/")
E("Hungary", "country")
E("Finland", "country")
E("Sweden", "country")
E("Turkey", "country")
E("NATO", "organization", ["North Atlantic Alliance", "North Atlantic Treaty Organization"])
E("Finland's NATO accession protocol", "agreement",
  ["protocol on Finland\u2019s accession to NATO", "protocol on Finland\u2019s membership in NATO"])
E("State Assembly of Hungary", "organization", tier="extra")
E("Viktor Orban", "person", ["Hungarian Prime Minister Viktor Orban"])
E("Utku Cak\u0131rezer", "person")
E("Republican People\u2019s Party", "organization", ["CHP"])
E("Stockholm", "city", tier="extra")
E("Reuters", "organization", tier="extra")
E("Chris King", "person", tier="extra")
R(["Hungary", "State Assembly of Hungary"], "ratified", ["Finland's NATO accession protocol", "Finland", "NATO"],
  "Hungary finally ratified Finland\u2019s accession into NATO today, Monday, March 27.", date="2023-03-27")
R("Turkey", "ratified", ["Finland's NATO accession protocol", "Finland", "NATO"],
  "the Commission on Foreign Affairs of the Turkish had Parliament approved the protocol on Finland\u2019s accession to NATO",
  tier="extra")
R("Viktor Orban", ["leads", "holds_position"], "Hungary", "the Hungarian Prime Minister Viktor Orban",
  title="Prime Minister")
R("Utku Cak\u0131rezer", "member_of", "Republican People\u2019s Party",
  "Utku Cak\u0131rezer, a member of the parliamentary commission on foreign policy from the Republican People\u2019s Party (CHP) of Turkey")
R("Utku Cak\u0131rezer", "holds_position", "Turkey",
  "a member of the parliamentary commission on foreign policy from the Republican People\u2019s Party (CHP) of Turkey",
  tier="extra")
R(["Turkey", "Hungary"], "opposes", "Sweden",
  "Sweden is still waiting for any sort of decision to be made by both Turkey and Hungary, who vetoed their application",
  tier="extra")
R(["Hungary", "State Assembly of Hungary"], ["criticized", "accused"], ["Sweden", "Stockholm"],
  "the deputies\u2019 concern about Stockholm\u2019s interference in the country\u2019s internal affairs", tier="extra")

# ---------------------------------------------------------------------------------------
doc("009_duma_ratifies_syria_base_treaty_cctv.txt", date="2016-10-08", publisher="CCTV English",
    url="http://big5.cctv.com/gate/big5/english.cctv.cn/2016/10/08/VIDEYkdtbWNz7fjsCwfUmuN6161008.shtml")
E("Russia", "country")
E("Syria", "country")
E("Russia's lower house of parliament", "organization", ["lower house of parliament"], tier="extra")
E("treaty with Syria", "agreement")
E("Hemeimeem air base", "location")
E("Latakia", "location", ["province of Latakia"])
E("Nikolai Pankov", "person")
E("Vietnam", "country", tier="extra")
E("Cuba", "country", tier="extra")
R(["Russia", "Russia's lower house of parliament"], "ratified", ["treaty with Syria", "Syria"],
  "Russia's lower house of parliament has ratified a treaty with Syria")
R("Hemeimeem air base", "located_in", "Latakia", "the Hemeimeem air base in the province of Latakia")
R("Russia", "sent_troops", ["Syria", "Hemeimeem air base"],
  ["allows the indefinite deployment of the Russian military",
   "The ratification formalizes Russia's military presence at the Hemeimeem air base"], tier="extra")
R("Nikolai Pankov", "holds_position", "Russia", "Deputy Defence Minister Nikolai Pankov", tier="extra",
  title="Deputy Defence Minister")
R("Latakia", "located_in", "Syria", "the Hemeimeem air base in the province of Latakia", tier="extra")


if __name__ == "__main__":
    main(HERE, "blind4",
         "Gold knowledge graph for the fourth blind set in datasets/blind4/articles (10 real news articles, 1998-2025, other events, outlets, places and years than the seeds, the dev set, the held-out set and the second and third blind sets; never tuned on).")
