#!/usr/bin/env python3
"""Source of datasets/blind11/blind11.gold.json (run: python3 datasets/blind11/gold_src.py [OUT]).

Written by hand, article by article, from the text of datasets/blind11/articles only, before
any extractor output on these articles was looked at (the eleventh evaluation set, tenth blind
one: see README.md); kg was not run on these articles by the person who wrote the gold. The
helpers doc/E/R/main are datasets/gold_lib.py. Entities named in several articles are one gold
entity (aliases unioned, `core` if core anywhere); the same relation reported by several
articles is one gold relation whose evidence holds a quote from each (and whose date is dropped
when the articles describe different dates). Every relation also lists the `documents` its
quotes come from (score.py ignores the key; tests/cli/test_blind11_gold.py checks the quotes
against them).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_lib import E, R, doc, main  # noqa: E402

# ---------------------------------------------------------------------------------------
doc("000_estonia_russia_troop_pullout_accord_moscowtimes.txt", date="1994-07-27", publisher="The Moscow Times",
    url="http://oldtmt.vedomosti.ru/sitemap/free/1994/7/article/estonia-russia-agree-on-troop-pull-out/350091.html")
E("Estonia", "country")
E("Russia", "country")
E("Lennart Meri", "person", ["Meri"])
E("Boris Yeltsin", "person", ["Yeltsin"])
E("historic agreement", "agreement")
E("Kremlin", "location")
E("Moscow", "city", tier="extra")
E("Latvia", "country")
E("similar accord", "agreement")
E("Lithuania", "country", tier="extra")
E("Baltic States", "location", tier="extra")
E("Paldiski", "city", tier="extra")
E("Soviet Union", "country", tier="extra")
E("World War II", "event", tier="extra")
R(["Lennart Meri", "Estonia"], "signed", "historic agreement",
  ["The presidents of Estonia and Russia cut through months of disagreement and distrust Tuesday to sign a historic agreement",
   "Presidents Lennart Meri of Estonia and Boris Yeltsin of Russia agreed at talks in the Kremlin"],
  date="1994-07-26", place="Kremlin")
R(["Boris Yeltsin", "Russia"], "signed", "historic agreement",
  ["The presidents of Estonia and Russia cut through months of disagreement and distrust Tuesday to sign a historic agreement",
   "Presidents Lennart Meri of Estonia and Boris Yeltsin of Russia agreed at talks in the Kremlin"],
  date="1994-07-26", place="Kremlin")
R(["Lennart Meri", "Estonia"], "met_with", ["Boris Yeltsin", "Russia"],
  ["Presidents Lennart Meri of Estonia and Boris Yeltsin of Russia agreed at talks in the Kremlin",
   "The two sides said Tuesday they had overcome the main stumbling blocks"],
  date="1994-07-26", place="Kremlin")
R("Lennart Meri", ["leads", "holds_position"], "Estonia", "Presidents Lennart Meri of Estonia", title="President")
R("Boris Yeltsin", ["leads", "holds_position"], "Russia", "Boris Yeltsin of Russia", title="President")
R("Russia", "sent_troops", "Estonia",
  ["the estimated 2,000 Russian troops in Estonia would be pulled out by Aug. 31",
   "the withdrawal of all the remaining Russian troops from the Baltic States"], count=2000)
R(["Russia"], "signed", "similar accord", "Russia and Latvia signed a similar accord in May", date="1994-05")
R(["Latvia"], "signed", "similar accord", "Russia and Latvia signed a similar accord in May", date="1994-05")
R("Russia", "sent_troops", "Latvia", "guarantees the pullout of all Russian troops from Latvia also by Aug. 31",
  tier="extra")
R("Russia", "sent_troops", "Lithuania", "The last Russian troops were withdrawn from Lithuania last summer",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("001_tajik_peace_accord_moscow_rferl.txt", date="1997-06-27", publisher="RFE/RL", dateline="Moscow",
    url="https://www.rferl.org/a/1085562.html")
E("Tajikistan", "country")
E("Emmomali Rakhmonov", "person")
E("Said Abdullo Nuri", "person", ["Nuri"])
E("Tajik peace accord", "agreement", ["peace accord"])
E("protocol", "agreement", ["protocal"])
E("Boris Yeltsin", "person", ["Russian President Boris Yeltsin"])
E("Russia", "country")
E("Moscow", "city")
E("Kremlin", "location")
E("United Tajik Opposition", "organization", ["UTO"])
E("Ali Akbar Turajondzoda", "person", ["Turajondzoda"])
E("United Nations", "organization", ["UN"])
E("Iran", "country")
E("Gerd Dietrich Merrem", "person")
E("Yevgeny Primakov", "person")
E("Ali Akbar Velayati", "person")
E("RFE/RL", "organization", ["RFE/RL's Tajik Service"], tier="extra")
R(["Emmomali Rakhmonov", "Tajikistan"], "signed", "Tajik peace accord",
  ["Tajik President Emmomali Rakhmonov and Islamic opposition leader Said Abdullo Nuri today signed a peace agreement",
   "the signing of a landmark Tajik peace accord in the Kremlin today"],
  date="1997-06-27", place="Moscow")
R(["Said Abdullo Nuri", "United Tajik Opposition"], "signed", "Tajik peace accord",
  ["Tajik President Emmomali Rakhmonov and Islamic opposition leader Said Abdullo Nuri today signed a peace agreement",
   "the signing of a landmark Tajik peace accord in the Kremlin today"],
  date="1997-06-27", place="Moscow")
R("Emmomali Rakhmonov", ["leads", "holds_position"], "Tajikistan", "Tajik President Emmomali Rakhmonov",
  title="President")
R("Said Abdullo Nuri", ["leads", "member_of"], "United Tajik Opposition",
  ["Islamic opposition leader Said Abdullo Nuri", "One of the leaders of the United Tajik Opposition (UTO)"],
  tier="extra", title="leader")
R("Emmomali Rakhmonov", "met_with", "Said Abdullo Nuri",
  "Tajik President Emmomali Rakhmonov and Islamic opposition leader Said Abdullo Nuri today signed a peace agreement",
  tier="extra", date="1997-06-27")
R("Boris Yeltsin", ["leads", "holds_position"], "Russia", "Russian President Boris Yeltsin", title="President")
R(["Gerd Dietrich Merrem", "United Nations"], "signed", "protocol",
  "UN special Envoy to Tajikistan Gerd Dietrich Merrem, Russian Foreign Minister Yevgeny Primakov and Iran's Foreign Minister Ali Akbar Velayati also signed the protocol",
  date="1997-06-27")
R(["Yevgeny Primakov", "Russia"], "signed", "protocol",
  "Russian Foreign Minister Yevgeny Primakov and Iran's Foreign Minister Ali Akbar Velayati also signed the protocol",
  date="1997-06-27")
R(["Ali Akbar Velayati", "Iran"], "signed", "protocol",
  "Iran's Foreign Minister Ali Akbar Velayati also signed the protocol", date="1997-06-27")
for p in (["Emmomali Rakhmonov", "Tajikistan"], ["Said Abdullo Nuri", "United Tajik Opposition"]):
    R(p, "signed", "protocol", "The meetings cleared the way for the signing today of the protocal and peace accord.",
      tier="extra", date="1997-06-27")
R("Gerd Dietrich Merrem", "holds_position", "United Nations", "UN special Envoy to Tajikistan Gerd Dietrich Merrem",
  title="special Envoy to Tajikistan")
R("Yevgeny Primakov", "holds_position", "Russia", "Russian Foreign Minister Yevgeny Primakov", title="Foreign Minister")
R("Ali Akbar Velayati", "holds_position", "Iran", "Iran's Foreign Minister Ali Akbar Velayati", title="Foreign Minister")
R("Ali Akbar Turajondzoda", "member_of", "United Tajik Opposition",
  ["One of the leaders of the United Tajik Opposition (UTO) says",
   "Ali Akbar Turajondzoda told RFE/RL in an exclusive interview that UTO leaders met"], tier="extra")

# ---------------------------------------------------------------------------------------
doc("002_baltics_join_nato_ewr_jbanc.txt", date="2004-04-03", publisher="Estonian World Review (EWR Online; JBANC)",
    dateline="Washington, DC", url="https://eesti.ca/baltics-join-nato/print6731")
E("NATO", "organization", ["Alliance"])
E("Estonia", "country")
E("Latvia", "country")
E("Lithuania", "country")
E("Slovakia", "country")
E("Romania", "country")
E("Bulgaria", "country")
E("Slovenia", "country")
E("NATO Headquarters", "location")
E("Brussels", "city")
E("Belgium", "country")
E("Washington, DC", "city", ["Washington"])
E("United States", "country")
E("Colin Powell", "person")
E("White House", "location")
E("George W. Bush", "person", ["President George W. Bush", "President Bush", "Bush"])
E("Jaap de Hoop Scheffer", "person")
E("Indulis Emsis", "person")
E("Juhan Parts", "person")
E("Algirdas Brazauskas", "person")
E("Dick Cheney", "person")
E("Donald Rumsfeld", "person")
E("Condoleeza Rice", "person")
E("John Warner", "person")
E("Bill Frist", "person")
E("Congress", "organization", tier="extra")
E("Joint Chiefs of Staff", "organization", tier="extra")
E("protocols of accession", "agreement", tier="extra")
E("Corcoran Gallery", "location", tier="extra")
E("JBANC", "organization", tier="extra")
E("EWR Online", "organization", ["EWR"], tier="extra")
E("Afghanistan", "country", tier="extra")
E("Iraq", "country", tier="extra")
for c in ("Estonia", "Latvia", "Lithuania", "Slovakia", "Romania", "Bulgaria", "Slovenia"):
    R(c, "member_of", "NATO",
      ["The flags of Estonia, Latvia, Lithuania, Slovakia, Romania, Bulgaria, and Slovenia were raised today at NATO Headquarters",
       "marking the admission of these countries to NATO",
       "Their admission became official earlier this week in Washington on March 29, 2004"],
      date="2004-03-29")
R("Indulis Emsis", ["leads", "holds_position"], "Latvia", "prime ministers Indulis Emsis of Latvia",
  title="prime minister")
R("Juhan Parts", ["leads", "holds_position"], "Estonia", "Juhan Parts of Estonia", title="prime minister")
R("Algirdas Brazauskas", ["leads", "holds_position"], "Lithuania", "Algirdas Brazauskas of Lithuania",
  title="prime minister")
for p, c in (("Indulis Emsis", "Latvia"), ("Juhan Parts", "Estonia"), ("Algirdas Brazauskas", "Lithuania")):
    R([p, c], "met_with", ["George W. Bush", "United States"],
      ["The seven prime ministers of the new member states attended a formal ceremony at the White House on March 29th where they were received by President George W. Bush",
       "The three Baltic countries were represented by their respective prime ministers"],
      date="2004-03-29", place="White House")
for c in ("Slovakia", "Romania", "Bulgaria", "Slovenia"):
    R(c, "met_with", ["United States", "George W. Bush"],
      "The seven prime ministers of the new member states attended a formal ceremony at the White House on March 29th where they were received by President George W. Bush",
      tier="extra", date="2004-03-29", place="White House")
R("Colin Powell", "holds_position", "United States", "the United States Secretary of State Colin Powell",
  title="Secretary of State")
R("George W. Bush", ["leads", "holds_position"], "United States", "received by President George W. Bush",
  tier="extra", title="President")
R("Jaap de Hoop Scheffer", ["leads", "holds_position"], "NATO", "NATO Secretary General Jaap de Hoop Scheffer",
  title="Secretary General")
R("Brussels", "located_in", "Belgium", "NATO Headquarters in Brussels, Belgium")
R("NATO Headquarters", "located_in", "Brussels", "NATO Headquarters in Brussels, Belgium", tier="extra")
R("Dick Cheney", "holds_position", "United States", "Vice President Dick Cheney", tier="extra",
  title="Vice President")
R("Donald Rumsfeld", "holds_position", "United States", "Secretary of Defense Donald Rumsfeld", tier="extra",
  title="Secretary of Defense")
R("Condoleeza Rice", "holds_position", "United States", "National Security Advisor Condoleeza Rice", tier="extra",
  title="National Security Advisor")
for p in ("John Warner", "Bill Frist"):
    R(p, "member_of", "Congress", "Senators John Warner and Majority Leader Bill Frist", tier="extra")

# ---------------------------------------------------------------------------------------
doc("003_serbia_kosovo_brussels_accord_irishtimes.txt", date="2013-04-19", publisher="The Irish Times",
    url="https://irishtimes.com/news/world/europe/serbia-and-kosovo-sign-historic-accord-1.1365961")
E("Serbia", "country")
E("Kosovo", "country")
E("preliminary accord", "agreement", ["preliminary agreement"])
E("Ivica Dacic", "person", ["Mr Dacic"])
E("Hashim Thaci", "person", ["Thaci"])
E("Catherine Ashton", "person")
E("European Union", "organization", ["EU"])
E("Brussels", "city")
E("Stefan Fule", "person")
E("Western Balkans", "location", tier="extra")
E("Yugoslavia", "country", ["former Yugoslavia"], tier="extra")
E("Reuters", "organization", tier="extra")
E("Yves Herman", "person", tier="extra")
R(["Serbia", "Ivica Dacic"], "signed", "preliminary accord",
  ["Serbia and Kosovo sign historic accord",
   "Serbian prime minister Ivica Dacic and Kosovar premier Hashim Thaci signed on to the preliminary agreement in Brussels"],
  date="2013-04-19", place="Brussels")
R(["Kosovo", "Hashim Thaci"], "signed", "preliminary accord",
  ["Serbia and Kosovo sign historic accord",
   "Serbian prime minister Ivica Dacic and Kosovar premier Hashim Thaci signed on to the preliminary agreement in Brussels"],
  date="2013-04-19", place="Brussels")
R("Ivica Dacic", ["leads", "holds_position"], "Serbia", "Serbian prime minister Ivica Dacic", title="prime minister")
R("Hashim Thaci", ["leads", "holds_position"], "Kosovo",
  ["Kosovo's prime minister Hashim Thaci", "Kosovar premier Hashim Thaci"], title="prime minister")
R(["Hashim Thaci", "Kosovo"], "met_with", ["Ivica Dacic", "Serbia"],
  ["Kosovo's prime minister Hashim Thaci talks to the media after a meeting with Serbian prime minister Ivica Dacic",
   "in their 10th round of EU-mediated talks"],
  date="2013-04-19", place="Brussels")
R(["Hashim Thaci", "Kosovo"], "met_with", "Catherine Ashton",
  "after a meeting with Serbian prime minister Ivica Dacic and European Union foreign policy chief Catherine Ashton in Brussels today",
  date="2013-04-19", place="Brussels")
R(["Ivica Dacic", "Serbia"], "met_with", "Catherine Ashton",
  "after a meeting with Serbian prime minister Ivica Dacic and European Union foreign policy chief Catherine Ashton in Brussels today",
  tier="extra", date="2013-04-19", place="Brussels")
R("Catherine Ashton", "holds_position", "European Union", "European Union foreign policy chief Catherine Ashton",
  title="foreign policy chief")
R("Stefan Fule", "holds_position", "European Union", "Stefan Fule, the EU's enlargement chief",
  title="enlargement chief")

# ---------------------------------------------------------------------------------------
doc("004_eu_sanctions_lukashenko_unian.txt", date="2020-10-12", publisher="UNIAN (from Reuters)",
    url="https://www.unian.info/world/belarus-eu-to-sanction-lukashenko-citing-worsening-violence-11179403.html")
E("European Union", "organization", ["EU"])
E("Alexander Lukashenko", "person", ["Lukashenko"])
E("Belarus", "country", ["Belarus authorities"])
E("Josep Borrell", "person")
E("Luxembourg", "city")
E("Cyprus", "country")
E("Turkey", "country", tier="extra")
E("Minsk", "city", tier="extra")
E("Reuters", "organization", tier="extra")
E("August 9 election", "event", tier="extra")
R("European Union", "sanctioned", "Alexander Lukashenko",
  ["European Union foreign ministers agreed on Monday to sanction Belarusian President Alexander Lukashenko and other senior officials",
   "the travel bans and asset freezes were no longer conditional on the situation in Belarus"],
  date="2020-10-12")
R("European Union", "sanctioned", "Belarus",
  ["the EU's sanctions list of 40 names agreed on October 2",
   "EU representatives at a summit agreed on the introduction of sanctions against representatives of the Belarusian authorities"],
  tier="extra", date="2020-10-02")
R("Belarus", "sanctioned", "European Union", "Belarus announced retaliatory sanctions against the EU earlier this month.",
  date="2020-10")
R("Alexander Lukashenko", ["leads", "holds_position"], "Belarus",
  ["Belarusian President Alexander Lukashenko", "Lukashenko, who has been in power for 26 years"], title="President")
R("Josep Borrell", "holds_position", "European Union", "EU foreign policy chief Josep Borrell",
  title="foreign policy chief")
R("Josep Borrell", "criticized", "Alexander Lukashenko",
  "citing a \"complete lack of will\" from Lukashenko to consider talks on holding a free and fair presidential election",
  tier="extra", date="2020-10-12")
R("Cyprus", "opposes", "Turkey",
  "demanded that Europe in return react in the same way to the unauthorized exploration of crude oil fields by Turkey in its waters",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("005_uae_bahrain_abraham_accords_aawsat.txt", date="2020-09-15", publisher="Asharq Al-Awsat",
    url="https://english.aawsat.com/home/article/2509866/uae-and-bahrain-sign-landmark-us-brokered-normalization-deals-israel")
E("United Arab Emirates", "country", ["UAE"])
E("Bahrain", "country")
E("Israel", "country")
E("Abraham Accords", "agreement")
E("Abdul Latif al-Zayani", "person", ["Dr. Abdul Latif al-Zayani"])
E("Abdullah bin Zayed al-Nahyan", "person", ["Abdullah bin Zayed", "Sheikh Abdullah bin Zayed al-Nahyan"])
E("Benjamin Netanyahu", "person")
E("Donald Trump", "person", ["Trump"])
E("United States", "country", ["US"])
E("White House", "location")
E("South Lawn", "location", ["White House lawn"], tier="extra")
E("Egypt", "country", tier="extra")
E("Jordan", "country", tier="extra")
E("Middle East", "location", tier="extra")
E("AFP", "organization", tier="extra")
R(["United Arab Emirates", "Abdullah bin Zayed al-Nahyan"], "signed", "Abraham Accords",
  ["The United Arab Emirates and Bahrain signed ladmark agreements on Tuesday for normalizing relations with Israel",
   "Prime Minister Benjamin Netanyahu signed accords with Emirati Foreign Minister Sheikh Abdullah bin Zayed al-Nahyan"],
  date="2020-09-15", place="White House")
R(["Bahrain", "Abdul Latif al-Zayani"], "signed", "Abraham Accords",
  ["The United Arab Emirates and Bahrain signed ladmark agreements on Tuesday for normalizing relations with Israel",
   "signed accords with Emirati Foreign Minister Sheikh Abdullah bin Zayed al-Nahyan and Bahrain’s Foreign Minister Dr. Abdul Latif al-Zayani"],
  date="2020-09-15", place="White House")
R(["Israel", "Benjamin Netanyahu"], "signed", "Abraham Accords",
  ["Prime Minister Benjamin Netanyahu signed accords with Emirati Foreign Minister Sheikh Abdullah bin Zayed al-Nahyan",
   "participate in the signing of the Abraham Accords"],
  date="2020-09-15", place="White House")
R("Abdul Latif al-Zayani", "holds_position", "Bahrain",
  ["Bahrain FM Dr. Abdul Latif al-Zayani", "Bahrain’s Foreign Minister Dr. Abdul Latif al-Zayani"],
  title="Foreign Minister")
R("Abdullah bin Zayed al-Nahyan", "holds_position", "United Arab Emirates",
  ["UAE Foreign Minister Abdullah bin Zayed", "Emirati Foreign Minister Sheikh Abdullah bin Zayed al-Nahyan"],
  title="Foreign Minister")
R("Benjamin Netanyahu", ["leads", "holds_position"], "Israel", "Israeli PM Benjamin Netanyahu", title="Prime Minister")
R("Donald Trump", ["leads", "holds_position"], "United States", "US President Donald Trump", title="President")
for p in ("Abdullah bin Zayed al-Nahyan", "Abdul Latif al-Zayani"):
    R(["Benjamin Netanyahu", "Israel"], "met_with", p,
      "Prime Minister Benjamin Netanyahu signed accords with Emirati Foreign Minister Sheikh Abdullah bin Zayed al-Nahyan and Bahrain’s Foreign Minister Dr. Abdul Latif al-Zayani",
      tier="extra", date="2020-09-15", place="White House")
for p in ("Benjamin Netanyahu", "Abdullah bin Zayed al-Nahyan", "Abdul Latif al-Zayani"):
    R(["Donald Trump", "United States"], "met_with", p,
      ["US President Donald Trump hosted the White House ceremony",
       "Bahrain FM Dr. Abdul Latif al-Zayani, Israeli PM Benjamin Netanyahu, US President Donald Trump, and UAE Foreign Minister Abdullah bin Zayed participate in the signing of the Abraham Accords."],
      tier="extra", date="2020-09-15", place="White House")

# ---------------------------------------------------------------------------------------
doc("006_algeria_cuts_ties_morocco_trtworld.txt", date="2021-08-24", publisher="TRT World",
    url="https://www.trtworld.com:443/article/12761910")
E("Algeria", "country")
E("Morocco", "country", ["Kingdom of Morocco"])
E("Ramtane Lamamra", "person", ["Lamamra"])
E("Morocco's foreign ministry", "organization", tier="extra")
E("Mohamed VI", "person", ["King Mohamed VI"])
E("Abdelmadjid Tebboune", "person", ["Tebboune"])
E("Western Sahara", "location", tier="extra")
E("North Africa", "location", tier="extra")
E("Algiers", "city", tier="extra")
R("Ramtane Lamamra", "holds_position", "Algeria", "Algeria's Foreign Minister Ramtane Lamamra", title="Foreign Minister")
R(["Ramtane Lamamra", "Algeria"], ["accused", "criticized"], "Morocco",
  ["Lamamra accused Morocco's leaders of \"responsibility for repeated crises\"",
   "\"History has shown... Morocco has never stopped carrying out hostile actions against Algeria,\" he added.",
   "The countries have long accused one another of backing opposition movements as proxies"],
  date="2021-08-24", charge="responsibility for repeated crises")
R("Morocco", "accused", "Algeria",
  "The countries have long accused one another of backing opposition movements as proxies",
  charge="backing opposition movements as proxies")
R(["Algeria", "Ramtane Lamamra"], ["opposes", "sanctioned"], "Morocco",
  ["his country has severed diplomatic relations with Morocco",
   "\"Algeria has decided to cut diplomatic relations with the Kingdom of Morocco from today,\""],
  tier="extra", date="2021-08-24")
R(["Morocco", "Morocco's foreign ministry"], ["dismissed", "criticized"], "Algeria",
  ["Morocco's foreign ministry said on Tuesday that Algeria's decision to cut diplomatic ties with its neighbour was \"completely unjustified\"",
   "the decision was based on \"false, even absurd pretexts\""],
  date="2021-08-24")
R("Mohamed VI", ["leads", "holds_position"], "Morocco", "Morocco's King Mohamed VI", title="King")
R("Abdelmadjid Tebboune", ["leads", "holds_position"], "Algeria", "Algeria's President Abdelmadjid Tebboune",
  title="President")

# ---------------------------------------------------------------------------------------
doc("007_finland_closes_russia_border_worldreportnow.txt", date="2023-11-28", publisher="World Report Now (from AP)",
    dateline="Helsinki",
    url="https://www.worldreportnow.com/news/finland-will-close-its-entire-border-with-russia-over-migrant-concerns/62505/")
E("Finland", "country", ["Finnish government"])
E("Russia", "country")
E("Moscow", "city")
E("NATO", "organization")
E("Petteri Orpo", "person", ["Orpo", "Prime Minister Petteri Orpo"])
E("Helsinki", "city", tier="extra")
E("Middle East", "location", tier="extra")
E("Africa", "location", tier="extra")
E("AP News", "organization", tier="extra")
R(["Finland", "Petteri Orpo"], "accused", "Russia",
  ["The Finnish government has accused Moscow of guiding these migrants towards the border",
   "placing the blame firmly on Moscow for orchestrating it"],
  charge="guiding these migrants towards the border")
R("Russia", "attacked", "Finland",
  "Moscow is exploiting migrants as part of what is being referred to as “hybrid warfare” to destabilize the Nordic country",
  tier="extra", status="alleged", attributed_to=["Finland"])
R("Finland", "member_of", "NATO", "in the wake of its entry into NATO")
R(["Finland", "Petteri Orpo"], ["opposes", "sanctioned"], "Russia",
  ["Finland has made the decision to close its entire border with Russia",
   "Prime Minister Petteri Orpo announced the closure"],
  tier="extra", date="2023-11-28")
R("Petteri Orpo", ["leads", "holds_position"], "Finland", "Prime Minister Petteri Orpo announced the closure",
  tier="extra", title="Prime Minister")

# ---------------------------------------------------------------------------------------
doc("008_tuvalu_falepili_union_rnz.txt", date="2023-12-01", publisher="RNZ Pacific",
    url="https://amp.rnz.co.nz/article/ea3f2319-be11-4d99-964a-74fd129af9f4")
E("Australia", "country", ["Australian government"])
E("Tuvalu", "country", ["Tuvalu government"])
E("Anthony Albanese", "person")
E("Kausea Natano", "person")
E("Falepili Union", "agreement", ["Falepili Union treaty"])
E("Enele Sopoaga", "person", ["Sopoaga"])
E("Rarotonga", "location")
E("Department of Foreign Affairs and Trade", "organization", tier="extra")
E("RNZ Pacific", "organization", tier="extra")
E("Canberra", "city", tier="extra")
R(["Anthony Albanese", "Australia"], "signed", "Falepili Union",
  ["Australia's prime minister Anthony Albanese and Tuvalu's prime minister Kausea Natano signed a treaty known as the ‘Falepili Union’",
   "A key aspect of the agreement, signed on 9 November in Rarotonga",
   "Australia and Tuvalu sign the Falepili Union treaty in Rarotonga"],
  date="2023-11-09", place="Rarotonga")
R(["Kausea Natano", "Tuvalu"], "signed", "Falepili Union",
  ["Australia's prime minister Anthony Albanese and Tuvalu's prime minister Kausea Natano signed a treaty known as the ‘Falepili Union’",
   "A key aspect of the agreement, signed on 9 November in Rarotonga",
   "Australia and Tuvalu sign the Falepili Union treaty in Rarotonga"],
  date="2023-11-09", place="Rarotonga")
R("Anthony Albanese", ["leads", "holds_position"], "Australia",
  ["Australia's prime minister Anthony Albanese", "Australian PM Anthony Albanese"], title="prime minister")
R("Kausea Natano", ["leads", "holds_position"], "Tuvalu",
  ["Tuvalu's prime minister Kausea Natano", "Tuvalu Prime Minister Kausea Natano"], title="prime minister")
R("Enele Sopoaga", "holds_position", "Tuvalu",
  "former Tuvalu prime minister and current leader of opposition Enele Sopoaga", title="leader of opposition")
R("Enele Sopoaga", ["opposes", "criticized"], "Falepili Union",
  ["he will flush the agreement if he gets into office",
   "\"there was a loud opposition\" around the Falepili Union on the island, which he believes undermines the sovereignty of Tuvalu"])
R(["Anthony Albanese", "Australia"], "met_with", ["Kausea Natano", "Tuvalu"],
  "Australian PM Anthony Albanese, (front left) and Tuvalu PM Kausea Natano exchange the agreement",
  tier="extra", date="2023-11-09", place="Rarotonga")
R("Australia", "supports", "Tuvalu", "commits Australia to support Tuvalu's adaptation priorities", tier="extra")

# ---------------------------------------------------------------------------------------
doc("009_maldives_india_troops_defencespace.txt", date="2024-01-15", publisher="The Defence Space",
    url="https://thedefencespace.com/2024/01/15/maldives-president-asks-india-to-withdraw-troops-by-march-15/")
E("Maldives", "country", ["the Maldives", "Maldives government"])
E("India", "country", ["Indian government"])
E("Mohamed Muizzu", "person", ["President Dr Mohamed Muizzu", "President Muizzu", "Muizzu"])
E("Male", "city")
E("Munu Mahawar", "person")
E("Narendra Modi", "person", ["Prime Minister Narendra Modi"])
E("Lakshadweep", "location")
E("China", "country")
E("New Delhi", "city", tier="extra")
E("Beijing", "city", tier="extra")
E("Foreign Ministry Headquarters", "location", tier="extra")
E("Nazim", "person", tier="extra")
E("presidential polls", "event", tier="extra")
R("Mohamed Muizzu", ["leads", "holds_position"], "Maldives",
  ["Maldivian President Mohamed Muizzu", "the policy of President Dr Mohamed Muizzu"], title="President")
R("India", "sent_troops", "Maldives",
  ["there are 88 Indian military personnel in the Maldives",
   "Maldivian President Mohamed Muizzu has asked India to withdraw its troops from the island nation"],
  count=88)
R(["Mohamed Muizzu", "Maldives"], "opposes", "India",
  ["Maldivian President Mohamed Muizzu has asked India to withdraw its troops from the island nation by March 15, 2024",
   "He even requested India to withdraw its forces immediately after taking oath as the President."],
  tier="extra")
R("Maldives", "met_with", ["India", "Munu Mahawar"],
  ["Maldives and India have set up a high-level core group to negotiate the withdrawal of troops",
   "On Sunday, the group held its first meeting at the Foreign Ministry Headquarters in Male",
   "The meeting was also attended by Indian high commissioner Munu Mahawar"],
  date="2024-01-14", place="Male")
R("Munu Mahawar", "holds_position", "India", "Indian high commissioner Munu Mahawar", title="high commissioner")
R("Narendra Modi", "visited", "Lakshadweep", "when he posted pictures from his recent visit to Lakshadweep")
R("Narendra Modi", ["leads", "holds_position"], "India", "Prime Minister Narendra Modi", tier="extra",
  title="Prime Minister")
R("Maldives", "criticized", "Narendra Modi",
  "three ministers from the Maldives government made “derogatory” remarks against Prime Minister Narendra Modi",
  tier="extra")
R("Mohamed Muizzu", "visited", "China", "During his recent state visit to China, Muizzu sought to align Maldives closer to Beijing")
R("Mohamed Muizzu", "supports", "China",
  ["President Muizzu, who is a pro-China leader", "Muizzu sought to align Maldives closer to Beijing"], tier="extra")
R("Mohamed Muizzu", "participated_in", "presidential polls", "during the campaigning for the presidential polls",
  tier="extra")
R("Foreign Ministry Headquarters", "located_in", "Male", "the Foreign Ministry Headquarters in Male", tier="extra")

# ---------------------------------------------------------------------------------------
doc("010_lebanon_elects_aoun_tribune.txt", date="2025-01-09", publisher="The Express Tribune (AFP)",
    url="https://tribune.com.pk/story/2521216/lebanon-army-chief-becomes-president?amp=1")
E("Lebanon", "country")
E("Joseph Aoun", "person", ["Aoun"])
E("Nabih Berri", "person")
E("parliament", "organization", tier="extra")
E("Israel", "country")
E("Hezbollah", "organization")
E("Aishiyeh", "city")
E("south Lebanon", "location", tier="extra")
E("AFP", "organization", tier="extra")
E("Salim Nasr", "person", tier="extra")
R("Joseph Aoun", ["leads", "holds_position"], "Lebanon",
  ["Lebanon's lawmakers on Thursday elected army chief Joseph Aoun as president",
   "Aoun is Lebanon's fifth army commander to become president"],
  date="2025-01-09", title="president")
R("Nabih Berri", ["leads", "holds_position"], ["parliament", "Lebanon"], "Parliament speaker Nabih Berri",
  tier="extra", title="Parliament speaker")
R("parliament", "supports", "Joseph Aoun", "99 lawmakers out of 128 backed his candidacy", tier="extra",
  date="2025-01-09")
R("Israel", "attacked", "Hezbollah", "a devastating war this autumn between Israel and Shiite militant group Hezbollah",
  tier="extra", date="2024")
R("Hezbollah", "attacked", "Israel", "a devastating war this autumn between Israel and Shiite militant group Hezbollah",
  tier="extra", date="2024")
R("Joseph Aoun", ["criticized", "opposes"], "Israel", "to remove the Israeli occupation and deter its aggression",
  tier="extra", date="2025-01-09")
R("Israel", "attacked", "Lebanon", "to remove the Israeli occupation and deter its aggression", tier="extra",
  status="alleged", attributed_to=["Joseph Aoun"])
R("Aishiyeh", "located_in", ["Lebanon", "south Lebanon"], "Aoun's home village of Aishiyeh in south Lebanon")

# ---------------------------------------------------------------------------------------
doc("011_armenia_azerbaijan_white_house_kenyantimes.txt", date="2025-08-09", publisher="The Kenyan Times",
    dateline="Washington D.C.",
    url="https://kenyantimes.co.ke/2025/08/09/historic-armenia-azerbaijan-peace-deal-signed-in-u-s-brokered-agreement")
E("Armenia", "country")
E("Azerbaijan", "country")
E("Nikol Pashinyan", "person", ["Pashinyan", "Prime Minister Pashinyan"])
E("Ilham Aliyev", "person", ["Aliyev", "Azerbaijani President Aliyev"])
E("comprehensive peace agreement", "agreement")
E("White House", "location")
E("Washington, DC", "city", ["Washington D.C."], tier="extra")
E("Nagorno-Karabakh", "location", ["Nagorno-Karabakh region"])
E("Donald Trump", "person")
E("United States", "country", ["U.S."])
E("Russia", "country")
E("Moscow", "city")
E("Armenian Apostolic Church", "organization")
E("Europe", "location", tier="extra")
E("Caucasus", "location", tier="extra")
R(["Nikol Pashinyan", "Armenia"], "signed", "comprehensive peace agreement",
  "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a comprehensive peace agreement Friday at the White House",
  date="2025-08-08", place="White House")
R(["Ilham Aliyev", "Azerbaijan"], "signed", "comprehensive peace agreement",
  "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a comprehensive peace agreement Friday at the White House",
  date="2025-08-08", place="White House")
R(["Nikol Pashinyan", "Armenia"], "met_with", ["Ilham Aliyev", "Azerbaijan"],
  "Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a comprehensive peace agreement Friday at the White House",
  tier="extra", date="2025-08-08", place="White House")
R("Nikol Pashinyan", ["leads", "holds_position"], "Armenia", "Armenian Prime Minister Nikol Pashinyan",
  title="Prime Minister")
R("Ilham Aliyev", ["leads", "holds_position"], "Azerbaijan",
  ["Azerbaijani President Ilham Aliyev", "Azerbaijani President Aliyev"], title="President")
R("Azerbaijan", "attacked", "Nagorno-Karabakh", "Nagorno-Karabakh, which Azerbaijan regained militarily in 2023",
  date="2023")
R("Ilham Aliyev", "supports", "Donald Trump",
  "Azerbaijani President Aliyev surprised observers by endorsing former U.S. President Donald Trump for the Nobel Peace Prize")
R("Russia", "sent_troops", "Armenia", "Moscow, which maintains military bases in Armenia", tier="extra")
R("Armenian Apostolic Church", ["opposes", "dismissed"], ["Nikol Pashinyan", "comprehensive peace agreement"],
  ["The influential Armenian Apostolic Church continues to reject territorial concessions",
   "Ecclesiastical Opposition"], tier="extra")

if __name__ == "__main__":
    main(HERE, "blind11",
         "Gold knowledge graph for the twelve articles of datasets/blind11 (the eleventh evaluation set, tenth "
         "blind one), written by hand from the article texts alone before any extractor output on them was "
         "looked at.")
