#!/usr/bin/env python3
"""Source of datasets/blind12/blind12.gold.json (run: python3 datasets/blind12/gold_src.py [OUT]).

Written by hand, article by article, from the text of datasets/blind12/articles only, before
any extractor output on these articles was looked at (the twelfth evaluation set, eleventh blind
one: see README.md); kg was not run on these articles by the person who wrote the gold. The
helpers doc/E/R/main are datasets/gold_lib.py. Entities named in several articles are one gold
entity (aliases unioned, `core` if core anywhere); the same relation reported by several
articles is one gold relation whose evidence holds a quote from each (and whose date is dropped
when the articles describe different dates). Every relation also lists the `documents` its
quotes come from (score.py ignores the key; tests/cli/test_blind12_gold.py checks the quotes
against them).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_lib import E, R, doc, main  # noqa: E402

# ---------------------------------------------------------------------------------------
doc("000_koreas_join_un_seat_upi.txt", date="1991-09-18", publisher="UPI", dateline="UNITED NATIONS",
    url="https://www.upi.com/Archives/1991/09/18/Pyongyang-official-calls-for-one-single-UN-seat-for-Koreas/5257685166400/?spt=su")
E("North Korea", "country")
E("South Korea", "country")
E("United Nations", "organization", ["UNITED NATIONS", "U.N."])
E("U.N. General Assembly", "organization", ["General Assembly"])
E("Kang Sok Ju", "person", ["Kang"])
E("Lee Sang Ock", "person")
E("Pyongyang", "city", tier="extra")
E("Korean peninsula", "location", tier="extra")
E("Korea", "location", tier="extra")
E("U.N. headquarters", "location", tier="extra")
E("UPI", "organization", ["UPI Archives"], tier="extra")
E("San Francisco 49ers", "organization", tier="extra")
E("SpaceX", "organization", tier="extra")
E("Lyft", "organization", tier="extra")
E("France", "country", tier="extra")
for c in ("North Korea", "South Korea"):
    R(c, "member_of", ["United Nations", "U.N. General Assembly"],
      ["One day after joining the United Nations as separate nations, North Korea Wednesday asked South Korea",
       "The two countries were admitted as full members when the assembly opened its 1991 session Tuesday."],
      date="1991-09-17")
    R(c, "participated_in", "U.N. General Assembly",
      "Their flags were raised in front of the U.N. headquarters and the two delegations took separate seats in the assembly hall.",
      tier="extra", date="1991-09-17")
R("Kang Sok Ju", "holds_position", "North Korea", "North Korean First Deputy Foreign Minister Kang Sok Ju",
  title="First Deputy Foreign Minister")
R("Lee Sang Ock", "holds_position", "South Korea",
  ["the foreign minister of South Korea, Lee Sang Ock", "the South Korean foreign minister"], title="foreign minister")

# ---------------------------------------------------------------------------------------
doc("001_collor_resigns_franco_sworn_in_tampabay.txt", date="1992-12-30", publisher="Tampa Bay Times",
    url="https://www.tampabay.com/archive/1992/12/30/brazilian-president-quits-as-corruption-trial-begins/?ref=thegenevaobserver.com")
E("Brazil", "country")
E("Fernando Collor de Mello", "person", ["Collor"])
E("Itamar Franco", "person", ["Franco"])
E("Senate", "organization")
E("Mauro Benevides", "person")
E("Etevaldo Dias", "person", tier="extra")
E("Congress", "organization", tier="extra")
E("Chamber of Deputies", "organization", tier="extra")
E("Latin America", "location", tier="extra")
R("Fernando Collor de Mello", ["leads", "holds_position"], "Brazil",
  ["Brazilian President Fernando Collor de Mello resigned Tuesday at the start of his impeachment trial",
   "Brazilian president quits as corruption trial begins"],
  title="President")
R("Itamar Franco", ["leads", "holds_position"], "Brazil",
  ["Vice President Itamar Franco was sworn in as head of Latin America's biggest nation",
   "Franco, 62, was inaugurated in a tumultuous ceremony at the lower house of Congress"],
  date="1992-12-29", title="President")
R("Mauro Benevides", ["leads", "holds_position"], "Senate", "Senate President Mauro Benevides", title="Senate President")
R(["Senate", "Chamber of Deputies", "Congress"], "accused", "Fernando Collor de Mello",
  ["impeachment proceedings on corruption-related charges",
   "Collor was widely expected to be convicted on charges stemming from an alleged influence-peddling scheme",
   "He is accused of taking $6.5-million from a slush fund run by his former campaign treasurer"],
  tier="extra", charge="corruption-related charges")
R("Etevaldo Dias", "criticized", "Senate",
  "\"The president fought to the end to get a fair trial and didn't get it,\" Collor spokesman Etevaldo Dias said.",
  tier="extra", date="1992-12-29")

# ---------------------------------------------------------------------------------------
doc("002_sadc_suspends_madagascar_sanews.txt", date="2009-03-31", publisher="SAnews", dateline="Mbabane",
    url="https://www.sanews.gov.za/south-africa/sadc-leaders-suspend-madagascar-0")
E("Southern African Development Community", "organization", ["SADC"])
E("Madagascar", "country")
E("Andry Rajoelina", "person")
E("Tomaz Salomao", "person")
E("Marc Ravalomanana", "person")
E("extraordinary summit", "event", ["special summit"])
E("Ezulwini", "city")
E("Swaziland", "country")
E("Mbabane", "city", ["Mbanane"])
E("SADC Troika on Politics, Defence and Security", "organization")
E("African Union", "organization", ["AU"])
E("Zimbabwe", "country")
E("Tendai Biti", "person")
R("Southern African Development Community", ["opposes", "criticized"], "Andry Rajoelina",
  ["The member states further called on Andry Rajoelina to step down and vacate the President's office as a matter of urgency or face the consequences.",
   "for what they describe as an unconstitutional change of government"],
  date="2009-03-30")
R("Southern African Development Community", ["sanctioned", "opposes"], "Madagascar",
  ["Southern African leaders have suspended Madagascar from the Southern African Development Community (SADC)",
   "The extraordinary summit suspends Madagascar from all community institutions and organs",
   "it would propose that SADC impose tough sanctions on the country"],
  tier="extra", date="2009-03-30")
R("Madagascar", "member_of", "Southern African Development Community",
  "Southern African leaders have suspended Madagascar from the Southern African Development Community (SADC)",
  tier="extra")
R("Tomaz Salomao", "holds_position", "Southern African Development Community", "SADC Executive Director Tomaz Salomao",
  title="Executive Director")
R("Tomaz Salomao", "participated_in", "extraordinary summit", "told media at the close of the summit", tier="extra",
  date="2009-03-30")
R("Southern African Development Community", "participated_in", "extraordinary summit",
  ["The 15-member body held a special summit in Ezulwini, outside Swaziland's capital Mbanane on Monday",
   "The extraordinary summit suspends Madagascar"],
  date="2009-03-30", place="Ezulwini")
R("Mbabane", ["capital_of", "located_in"], "Swaziland", "Swaziland's capital Mbanane")
R("Ezulwini", "located_in", "Swaziland", "in Ezulwini, outside Swaziland's capital Mbanane", tier="extra")
R("Marc Ravalomanana", ["leads", "holds_position"], "Madagascar",
  "Marc Ravalomanana withdrew his leadership of the east African island under pressure two weeks ago.", tier="extra")
R("Andry Rajoelina", ["leads", "holds_position"], "Madagascar",
  ["opposition leader Andry Rajoelina who was then installed as head of a transitional authority",
   "vacate the President's office"], tier="extra")
R("African Union", ["sanctioned", "opposes", "condemned"], "Madagascar",
  "The African Union (AU) decided on March 20 to suspend Madagascar's membership, denouncing the change in the government as a coup",
  tier="extra", date="2009-03-20")
R("Madagascar", "member_of", "African Union", "to suspend Madagascar's membership", tier="extra")
R("Southern African Development Community", "supports", "Zimbabwe",
  "the summit also called for the lifting of all forms of sanctions against Zimbabwe and urged donors and international financial institutions to support Zimbabwe financially",
  tier="extra", date="2009-03-30")
R("Tendai Biti", "holds_position", "Zimbabwe",
  "Minister of Finance Tendai Biti revealed that Zimbabwe's woes were worse than initially estimated", tier="extra",
  title="Minister of Finance")

# ---------------------------------------------------------------------------------------
doc("003_arctic_search_rescue_agreement_nuuk_dipnote.txt", date="2011-05-13",
    publisher="US Department of State (DipNote)",
    url="https://blogs.state.gov/stories/2011/05/13/travel-diary-secretary-clinton-signs-arctic-search-and-rescue-agreement?page=0%2C1476")
E("Clinton", "person", ["Secretary Clinton"])
E("Kerri-Ann Jones", "person")
E("United States", "country", ["U.S."])
E("Arctic Council", "organization")
E("7th Ministerial Meeting of the Arctic Council", "event", ["7th Ministerial Meeting"])
E("Arctic Search and Rescue Agreement", "agreement")
E("Nuuk", "city")
E("Greenland", "location")
E("Canada", "country")
E("Denmark", "country")
E("Finland", "country")
E("Iceland", "country")
E("Norway", "country")
E("Russia", "country")
E("Sweden", "country")
E("Tromso", "city")
E("Kulusuk", "city", tier="extra")
E("Arctic", "location", tier="extra")
ARCTIC = ("Canada", "Denmark", "Finland", "Iceland", "Norway", "Russia", "Sweden")
R(["Clinton", "United States"], "signed", "Arctic Search and Rescue Agreement",
  ["Secretary Clinton Signs the Arctic Search and Rescue Agreement",
   "Secretary Clinton, the first U.S. Secretary of State to attend a meeting of the Arctic Council, joined the representatives of Canada, Denmark, Finland, Iceland, Norway, Russia, and Sweden in signing a landmark Arctic Search and Rescue Agreement"],
  date="2011-05-12", place="Nuuk")
for c in ARCTIC:
    R(c, "signed", "Arctic Search and Rescue Agreement",
      "joined the representatives of Canada, Denmark, Finland, Iceland, Norway, Russia, and Sweden in signing a landmark Arctic Search and Rescue Agreement",
      date="2011-05-12", place="Nuuk")
R("Clinton", "holds_position", "United States",
  "Secretary Clinton, the first U.S. Secretary of State to attend a meeting of the Arctic Council",
  title="Secretary of State")
R(["Clinton", "United States"], "participated_in", ["7th Ministerial Meeting of the Arctic Council", "Arctic Council"],
  ["Yesterday, I joined Secretary Clinton representing the United States at the 7th Ministerial Meeting of the Arctic Council.",
   "the first U.S. Secretary of State to attend a meeting of the Arctic Council"],
  date="2011-05-12", place="Nuuk")
R("Kerri-Ann Jones", "participated_in", "7th Ministerial Meeting of the Arctic Council",
  "Yesterday, I joined Secretary Clinton representing the United States at the 7th Ministerial Meeting of the Arctic Council.",
  tier="extra", date="2011-05-12", place="Nuuk")
for c in ARCTIC:
    R(c, "participated_in", ["7th Ministerial Meeting of the Arctic Council", "Arctic Council"],
      "Representatives of the eight Arctic countries and of Arctic indigenous groups met in Nuuk, Greenland",
      tier="extra", date="2011-05-12", place="Nuuk")
for c in ARCTIC + ("United States",):
    R(c, "member_of", "Arctic Council",
      ["Representatives of the eight Arctic countries and of Arctic indigenous groups met in Nuuk, Greenland",
       "the United States when it assumes the Chairmanship of the Council from 2015 to 2017"],
      tier="extra")
R("Nuuk", "located_in", "Greenland", "met in Nuuk, Greenland")
R("Tromso", "located_in", "Norway", "a secretariat in Tromso, Norway")
R("Kulusuk", "located_in", "Greenland", "Iceberg Melts in Kulusuk, Greenland", tier="extra")

# ---------------------------------------------------------------------------------------
doc("004_bolivia_joins_mercosur_xinhua.txt", date="2015-07-18", publisher="Xinhua",
    url="http://en.chinagate.cn/2015-07/18/content_36089066.htm")
E("Mercosur", "organization")
E("Bolivia", "country")
E("Argentina", "country")
E("Brazil", "country")
E("Paraguay", "country")
E("Uruguay", "country")
E("Venezuela", "country")
E("48th Mercosur Summit", "event")
E("Brasilia", "city")
E("Dilma Rousseff", "person", ["Rousseff"])
E("Cristina Fernandez de Kirchner", "person")
E("Horacio Cartes", "person")
E("Tabare Vazquez", "person")
E("Nicolas Maduro", "person")
E("Evo Morales", "person")
E("Xinhua", "organization", tier="extra")
for c in ("Argentina", "Brazil", "Paraguay", "Uruguay", "Venezuela"):
    R(c, "member_of", "Mercosur",
      "The presidents of the Mercosur member countries - Argentina, Brazil, Paraguay, Uruguay and Venezuela - on Friday announced")
R("Bolivia", "member_of", "Mercosur",
  ["Bolivia joins Mercosur during summit focused on economic cooperation",
   "announced that Bolivia had been accepted as the bloc's newest full member"],
  date="2015-07-17")
R("Dilma Rousseff", ["leads", "holds_position"], "Brazil", "Brazilian President Dilma Rousseff", title="President")
for p, c, q in (("Cristina Fernandez de Kirchner", "Argentina", "Argentina's Cristina Fernandez de Kirchner"),
                ("Horacio Cartes", "Paraguay", "Paraguay's Horacio Cartes"),
                ("Tabare Vazquez", "Uruguay", "Uruguay's Tabare Vazquez"),
                ("Nicolas Maduro", "Venezuela", "Venezuela's Nicolas Maduro"),
                ("Evo Morales", "Bolivia", "Bolivia's Evo Morales")):
    R(p, ["leads", "holds_position"], c, [q, "The presidents of the Mercosur member countries"], tier="extra",
      title="President")
for p, c in (("Dilma Rousseff", "Brazil"), ("Cristina Fernandez de Kirchner", "Argentina"),
             ("Horacio Cartes", "Paraguay"), ("Tabare Vazquez", "Uruguay"), ("Nicolas Maduro", "Venezuela"),
             ("Evo Morales", "Bolivia")):
    R([p, c], "participated_in", "48th Mercosur Summit",
      ["The Summit saw the participation of Brazilian President Dilma Rousseff, Argentina's Cristina Fernandez de Kirchner, Paraguay's Horacio Cartes, Uruguay's Tabare Vazquez and Venezuela's Nicolas Maduro, who were joined by Bolivia's Evo Morales.",
       "This decision, taken during the 48th Mercosur Summit being held in Brasilia"],
      date="2015-07-17", place="Brasilia")

# ---------------------------------------------------------------------------------------
doc("005_cuba_us_restore_ties_embassies_chinadaily.txt", date="2015-07-21", publisher="China Daily",
    url="http://covid-19.chinadaily.com.cn/world/2015-07/21/content_21370309.htm")
E("United States", "country", ["US"])
E("Cuba", "country")
E("Bruno Rodriguez", "person", ["Rodriguez"])
E("John Kerry", "person", ["Kerry"])
E("Roberta Jacobson", "person")
E("Jeffrey DeLaurentis", "person")
E("US Interests Section in Havana", "organization", ["US Interests Section"])
E("US State Department", "organization", ["State Department"])
E("Havana", "city")
E("Washington", "city")
E("flag-raising ceremony", "event")
E("Cuban embassy", "location", tier="extra")
E("US embassy", "location", tier="extra")
E("Cold War", "event", tier="extra")
R(["John Kerry", "United States"], "met_with", ["Bruno Rodriguez", "Cuba"],
  "In a joint press conference at the State Department Monday afternoon after their talk, Kerry and Rodriguez both applauded the restoration of diplomatic ties",
  date="2015-07-20", place="Washington")
R("Bruno Rodriguez", "holds_position", "Cuba", "Cuban Foreign Minister Bruno Rodriguez", title="Foreign Minister")
R("John Kerry", "holds_position", ["United States", "US State Department"], "US Secretary of State John Kerry",
  title="Secretary of State")
R("Roberta Jacobson", "holds_position", ["United States", "US State Department"],
  "US Assistant Secretary of State for Western Hemisphere Affairs Roberta Jacobson",
  title="Assistant Secretary of State for Western Hemisphere Affairs")
R("Jeffrey DeLaurentis", ["leads", "holds_position"], ["US Interests Section in Havana", "United States"],
  "Chief of US Interests Section in Havana Jeffrey DeLaurentis", title="Chief")
R(["Bruno Rodriguez", "Cuba"], "participated_in", "flag-raising ceremony",
  ["Cuban Foreign Minister Bruno Rodriguez presided over the ceremony",
   "The Cuban national flag is raised on Monday in a ceremony attended by Cuban Foreign Minister Bruno Rodriguez"],
  date="2015-07-20", place="Washington")
R("Roberta Jacobson", "participated_in", "flag-raising ceremony",
  "while US Assistant Secretary of State for Western Hemisphere Affairs Roberta Jacobson and Chief of US Interests Section in Havana Jeffrey DeLaurentis and several other US officials were present",
  date="2015-07-20", place="Washington")
R("Jeffrey DeLaurentis", "participated_in", "flag-raising ceremony",
  "Chief of US Interests Section in Havana Jeffrey DeLaurentis and several other US officials were present",
  date="2015-07-20", place="Washington")
R("United States", "participated_in", "flag-raising ceremony",
  "a ceremony attended by Cuban Foreign Minister Bruno Rodriguez and a group of US officials", tier="extra",
  date="2015-07-20")
R("United States", "sanctioned", "Cuba",
  "until the US lifts its economic and trade embargo on the island nation")
R("John Kerry", "visited", "Havana",
  "US Secretary of State John Kerry announced on Monday that he is going to Havana on August 14", tier="extra",
  date="2015-08-14")
R("US Interests Section in Havana", "located_in", "Havana", "US Interests Section in Havana", tier="extra")
R("Cuban embassy", "located_in", "Washington", "the Cuban embassy in Washington", tier="extra")

# ---------------------------------------------------------------------------------------
doc("006_ecowas_troops_gambia_barrow_sworn_in_nigerianewsday.txt", date="2017-01-20", publisher="Nigeria News Day",
    url="http://nigerianewsday.com/2017/01/20/barrow-sworn-in-ecowas-troops-move-into-gambia/")
E("Gambia", "country", ["The Gambia"])
E("ECOWAS", "organization")
E("Adama Barrow", "person", ["Barrow"])
E("Yahya Jammeh", "person", ["Jammeh", "Mr. Jammeh"])
E("Senegal", "country")
E("Nigeria", "country")
E("Ghana", "country")
E("Togo", "country")
E("Mali", "country")
E("Dakar", "city")
E("UN Security Council", "organization")
E("Banjul", "city")
E("Operation Restore Democracy", "event")
E("Gambia’s embassy", "location", tier="extra")
E("December election", "event", tier="extra")
for c in ("Senegal", "Nigeria", "Ghana", "Togo", "Mali"):
    R(c, "sent_troops", "Gambia",
      ["Senegalese forces and those of Nigeria, Ghana, Togo and Mali crossed into the tiny tourist-friendly country",
       "African troops entered The Gambia on Thursday to bolster its new President Adama Barrow"],
      date="2017-01-19")
R("ECOWAS", "sent_troops", "Gambia",
  ["Barrow Sworn in, ECOWAS Troops Move into Gambia", "ECOWAS troops halted their march into Gambia Thursday night"],
  tier="extra", date="2017-01-19")
R("Adama Barrow", ["leads", "holds_position"], "Gambia",
  ["African troops entered The Gambia on Thursday to bolster its new President Adama Barrow",
   "Barrow was sworn in at The Gambia’s embassy in Dakar in neighbouring Senegal on Thursday"],
  date="2017-01-19", title="President")
R("Yahya Jammeh", ["leads", "holds_position"], "Gambia",
  ["his inauguration to succeed longtime leader Yahya Jammeh", "former president Yahya Jammeh"], tier="extra",
  title="President")
R("UN Security Council", "supports", "ECOWAS",
  "the UN Security Council unanimously backed efforts by ECOWAS to force Jammeh to hand over power",
  date="2017-01-19")
R("ECOWAS", "opposes", "Yahya Jammeh",
  ["efforts by ECOWAS to force Jammeh to hand over power",
   "Mr. Jammeh has up till noon on Friday to leave, in the new deadline given by ECOWAS"],
  date="2017-01-19")
R("UN Security Council", "opposes", "Yahya Jammeh",
  "the UN Security Council unanimously backed efforts by ECOWAS to force Jammeh to hand over power", tier="extra",
  date="2017-01-19")
R("Dakar", "located_in", "Senegal", "in Dakar in neighbouring Senegal")
R("Gambia’s embassy", "located_in", "Dakar", "The Gambia’s embassy in Dakar", tier="extra")
R("Banjul", "capital_of", "Gambia", "one more last chance to leave Banjul", tier="extra")
R("ECOWAS", "participated_in", "Operation Restore Democracy",
  "the troops under Operation Restore Democracy, will continue their march into the capital", tier="extra")
R("Yahya Jammeh", "participated_in", "December election", "following his December election loss", tier="extra",
  date="2016-12")

# ---------------------------------------------------------------------------------------
doc("007_battulga_xi_beijing_talks_montsame.txt", date="2019-04-26", publisher="Montsame",
    url="https://montsame.mn/jp/read/187574")
E("Xi Jinping", "person")
E("Kh.Battulga", "person", ["President Kh.Battulga"])
E("China", "country", ["PRC"])
E("Mongolia", "country")
E("People’s Great Hall", "location")
E("D.Tsogtbaatar", "person")
E("Wang Yi", "person")
E("Economic and Technical Cooperation Agreement", "agreement")
E("Memorandum of Understanding on the organization of Mongolia-China joint exhibition", "agreement", tier="extra")
E("Road Transport Agreement", "agreement", tier="extra")
E("Ministry of Road and Transport Development of Mongolia", "organization", tier="extra")
E("Chinese Ministry of Transport", "organization", tier="extra")
R(["Xi Jinping", "China"], "met_with", ["Kh.Battulga", "Mongolia"],
  ["President of the PRC Xi Jinping received President of Mongolia Kh.Battulga at the People’s Great Hall today",
   "The heads of the states held official talks and attended the signing ceremony.",
   "President Kh.Battulga meets his Chinese counterpart"],
  date="2019-04-26", place="People’s Great Hall")
R("Xi Jinping", ["leads", "holds_position"], "China", "President of the PRC Xi Jinping", title="President")
R("Kh.Battulga", ["leads", "holds_position"], "Mongolia", "President of Mongolia Kh.Battulga", title="President")
R("D.Tsogtbaatar", "holds_position", "Mongolia", "Foreign Minister of Mongolia D.Tsogtbaatar", title="Foreign Minister")
R("Wang Yi", "holds_position", "China", "Foreign Minister of China Wang Yi", title="Foreign Minister")
R(["D.Tsogtbaatar", "Mongolia"], "signed", "Economic and Technical Cooperation Agreement",
  ["Foreign Minister of Mongolia D.Tsogtbaatar and Foreign Minister of China Wang Yi and other relevant officials signed a total of eight documents.",
   "-Economic and Technical Cooperation Agreement and"],
  date="2019-04-26")
R(["Wang Yi", "China"], "signed", "Economic and Technical Cooperation Agreement",
  ["Foreign Minister of Mongolia D.Tsogtbaatar and Foreign Minister of China Wang Yi and other relevant officials signed a total of eight documents.",
   "-Economic and Technical Cooperation Agreement and"],
  date="2019-04-26")
for c in ("Mongolia", "China"):
    R(c, "signed", "Memorandum of Understanding on the organization of Mongolia-China joint exhibition",
      ["signed a total of eight documents",
       "-Memorandum of Understanding on the organization of Mongolia-China joint exhibition,"],
      tier="extra", date="2019-04-26")
R("Kh.Battulga", "visited", "People’s Great Hall",
  "Xi Jinping received President of Mongolia Kh.Battulga at the People’s Great Hall today", tier="extra",
  date="2019-04-26")

# ---------------------------------------------------------------------------------------
doc("008_kagame_touadera_rwandan_troops_car_newtimes.txt", date="2021-08-06", publisher="The New Times",
    url="http://newtimes.co.rw/article/188291/News/president-kagame-sheds-light-on-troop-deployments-in-car/amp")
E("Rwanda", "country")
E("Central African Republic", "country", ["CAR"])
E("Paul Kagame", "person", ["President Paul Kagame", "President Kagame", "Kagame"])
E("Faustin-Archange Touadéra", "person", ["Touadéra"])
E("Kigali", "city")
E("Bangui", "city")
E("United Nations Multidimensional Integrated Stabilisation Mission in Central African Republic", "organization",
  ["MINUSCA"])
E("United Nations", "organization", ["UN"])
E("bilateral arrangement on defence", "agreement", ["bilateral arrangement"], tier="extra")
R("Rwanda", "sent_troops", "Central African Republic",
  ["The Rwandan forces deployed in the Central African Republic (CAR) under a UN mandate and those under a bilateral arrangement with Bangui",
   "Rwanda started deploying an additional infantry battalion of 750 military personnel to the United Nations Multidimensional Integrated Stabilisation Mission in Central African Republic (MINUSCA)",
   "Last December, Rwanda quickly deployed Special Forces under a bilateral arrangement on defence to bolster the Central African Republic’s armed forces."],
  count=750)
R("Rwanda", "participated_in",
  "United Nations Multidimensional Integrated Stabilisation Mission in Central African Republic",
  ["Rwanda started deploying an additional infantry battalion of 750 military personnel to the United Nations Multidimensional Integrated Stabilisation Mission in Central African Republic (MINUSCA)",
   "With the latest deployment, Rwanda now has three battalions and a Level 2 hospital deployed under MINUSCA."],
  date="2021-08-04")
R("Rwanda", "supports", "Central African Republic",
  ["Rwanda quickly deployed Special Forces under a bilateral arrangement on defence to bolster the Central African Republic’s armed forces",
   "requested for, and was given quick support"],
  date="2020-12")
R("Faustin-Archange Touadéra", ["leads", "holds_position"], "Central African Republic",
  "CAR President, Faustin-Archange Touadéra", title="President")
R("Paul Kagame", ["leads", "holds_position"], "Rwanda", "President Paul Kagame noted on Thursday, August 5",
  tier="extra", title="President")
R(["Faustin-Archange Touadéra", "Central African Republic"], "visited", ["Rwanda", "Kigali"],
  "Faustin-Archange Touadéra, who had just begun his four-day state visit to Rwanda", date="2021-08-05")
R(["Paul Kagame", "Rwanda"], "met_with", ["Faustin-Archange Touadéra", "Central African Republic"],
  ["President Kagame noted this in Kigali while addressing a news conference together with CAR President, Faustin-Archange Touadéra",
   "Both Kagame and Touadéra agreed"],
  date="2021-08-05", place="Kigali")
R("United Nations Multidimensional Integrated Stabilisation Mission in Central African Republic", "located_in",
  "Central African Republic", "Stabilisation Mission in Central African Republic (MINUSCA)", tier="extra")

# ---------------------------------------------------------------------------------------
doc("009_kishida_yoon_tokyo_summit_ap_candorium.txt", date="2023-03-17", publisher="AP", dateline="TOKYO",
    url="https://candorium.com/news/20230317134704255/japan-pm-praises-skorea-leader-biz-groups-vow-to-boost-ties")
E("Japan", "country")
E("South Korea", "country")
E("Fumio Kishida", "person", ["Kishida"])
E("Yoon Suk Yeol", "person", ["President Yoon", "Yoon"])
E("Tokyo", "city")
E("Japan-South Korea summit", "event")
E("United States", "country")
E("North Korea", "country", tier="extra")
E("Russia", "country", tier="extra")
E("Seoul", "city", tier="extra")
E("AP", "organization", tier="extra")
R("Fumio Kishida", ["leads", "holds_position"], "Japan", "Japanese Prime Minister Fumio Kishida", title="Prime Minister")
R("Yoon Suk Yeol", ["leads", "holds_position"], "South Korea", "South Korean President Yoon Suk Yeol", title="President")
R(["Fumio Kishida", "Japan"], "met_with", ["Yoon Suk Yeol", "South Korea"],
  ["one day after the two leaders held talks in their first formal summit hosted by Japan in 12 years",
   "During Thursday's talks, the two leaders agreed"],
  date="2023-03-16", place="Tokyo")
for p, c in (("Fumio Kishida", "Japan"), ("Yoon Suk Yeol", "South Korea")):
    R([p, c], "participated_in", "Japan-South Korea summit",
      ["the two leaders held talks in their first formal summit hosted by Japan in 12 years",
       "the two leaders agreed to make the Japan-South Korea summit a start in resuming their “shuttle diplomacy”"],
      date="2023-03-16", place="Tokyo")
R(["Fumio Kishida", "Japan"], "supports", "Yoon Suk Yeol",
  ["Japanese Prime Minister Fumio Kishida said hats off to South Korean President Yoon Suk Yeol",
   "“I want to express my heartfelt respect to President Yoon for making a difficult decision and action"],
  tier="extra", date="2023-03-17")
R(["Yoon Suk Yeol", "South Korea"], "visited", ["Japan", "Tokyo"], "their first formal summit hosted by Japan in 12 years",
  tier="extra", date="2023-03-16")
for c in ("Japan", "South Korea"):
    R(c, "allied_with", "United States", "the longstanding row that has divided the United States allies", tier="extra")

# ---------------------------------------------------------------------------------------
doc("010_philippines_summons_china_envoy_afp_lbc.txt", date="2023-08-07", publisher="AFP (LBC Group)",
    url="https://www.lbcgroup.tv/news/world-news/717063/manila-summons-beijings-ambassador-after-south-chi/en")
E("Philippines", "country")
E("China", "country")
E("Ferdinand Marcos", "person", ["President Ferdinand Marcos", "President Marcos"])
E("Huang", "person", ["Ambassador Huang"])
E("Chinese coast guard", "organization")
E("Philippine coast guard", "organization")
E("US State Department", "organization")
E("South China Sea", "location")
E("Spratly Islands", "location")
E("Manila", "city", tier="extra")
E("Beijing", "city", tier="extra")
E("AFP", "organization", tier="extra")
R("Philippines", ["accused", "criticized"], ["China", "Chinese coast guard"],
  ["Manila summoned Beijing's ambassador on Monday after accusing Chinese coast guard vessels of using water cannons on Filipino boats",
   "Manila accused Beijing of using water cannons on its coast guard boats in the South China Sea, describing these actions as \"unlawful\" and \"dangerous.\""],
  charge="using water cannons")
R(["Chinese coast guard", "China"], "attacked", "Philippines",
  ["accusing Chinese coast guard vessels of using water cannons on Filipino boats",
   "Manila accused Beijing of using water cannons on its coast guard boats"],
  tier="extra", status="alleged", attributed_to=["Philippines"], date="2023-08-05")
R("Philippine coast guard", ["condemned", "criticized"], ["China", "Chinese coast guard"],
  "The Philippine coast guard strongly condemned the \"dangerous maneuvers\" of the Chinese forces against its boats")
R("US State Department", "criticized", ["China", "Chinese coast guard"],
  "The US State Department also criticized the Chinese actions")
R("Ferdinand Marcos", ["leads", "holds_position"], "Philippines", "according to President Ferdinand Marcos",
  tier="extra", title="President")
R("Huang", "holds_position", "China", ["Manila summoned Beijing's ambassador", "summoned Ambassador Huang today"],
  tier="extra", title="ambassador")
R("Philippines", "opposes", "China", "Manila summoned Beijing's ambassador on Monday", tier="extra", date="2023-08-07")
R("Spratly Islands", "located_in", "South China Sea", "stationed on Spratly Islands in the South China Sea")

# ---------------------------------------------------------------------------------------
doc("011_erdogan_baghdad_visit_ap_fvbb.txt", date="2024-04-22", publisher="AP (fvbb.com)", dateline="BAGHDAD",
    url="https://fvbb.com/ns/kurdish-separatists-and-water-issues-loom/214608")
E("Turkey", "country")
E("Iraq", "country")
E("Recep Tayyip Erdogan", "person", ["Recep Tayyip Erdog an", "Erdogan"])
E("Abdul Latif Rashid", "person")
E("Mohammed Shia al-Sudani", "person", ["al-Sudani", "Al-Sudani"])
E("Baghdad", "city")
E("agreements on water management, security, energy and economic cooperation", "agreement")
E("Ankara", "city", tier="extra")
E("Israel", "country", tier="extra")
E("Hamas", "organization", tier="extra")
E("Gaza", "location", tier="extra")
R("Recep Tayyip Erdogan", ["leads", "holds_position"], "Turkey", "Turkish President Recep Tayyip Erdogan",
  title="President")
R("Abdul Latif Rashid", ["leads", "holds_position"], "Iraq", "Iraqi President Abdul Latif Rashid", title="President")
R("Mohammed Shia al-Sudani", ["leads", "holds_position"], "Iraq",
  "Iraqi President Abdul Latif Rashid and Prime Minister Mohammed Shia al-Sudani", title="Prime Minister")
R(["Recep Tayyip Erdogan", "Turkey"], ["visited", "arrived_in"], ["Iraq", "Baghdad"],
  ["Turkish President Recep Tayyip Erdog an arrived in Iraq on Monday for his first official visit in more than a decade",
   "Erdogan's visit “comes at a sensitive and dangerous time,\""],
  date="2024-04-22")
R(["Recep Tayyip Erdogan", "Turkey"], "met_with", "Abdul Latif Rashid",
  "met with Iraqi President Abdul Latif Rashid and Prime Minister Mohammed Shia al-Sudani",
  date="2024-04-22", place="Baghdad")
R(["Recep Tayyip Erdogan", "Turkey"], "met_with", ["Mohammed Shia al-Sudani", "Iraq"],
  ["met with Iraqi President Abdul Latif Rashid and Prime Minister Mohammed Shia al-Sudani",
   "Erdogan said in a joint news conference with al-Sudani"],
  date="2024-04-22", place="Baghdad")
R(["Recep Tayyip Erdogan", "Turkey"], "signed", "agreements on water management, security, energy and economic cooperation",
  ["as they inked agreements on water management, security, energy and economic cooperation",
   "“I believe that my visit and the agreements just signed will constitute a new turning point in Turkey-Iraq relations,”"],
  date="2024-04-22", place="Baghdad")
R(["Mohammed Shia al-Sudani", "Abdul Latif Rashid", "Iraq"], "signed",
  "agreements on water management, security, energy and economic cooperation",
  ["met with Iraqi President Abdul Latif Rashid and Prime Minister Mohammed Shia al-Sudani as they inked agreements on water management, security, energy and economic cooperation"],
  date="2024-04-22", place="Baghdad")
R("Israel", "attacked", ["Hamas", "Gaza"], "citing Israel's war against the Hamas militant group in Gaza", tier="extra")

if __name__ == "__main__":
    main(HERE, "blind12",
         "Gold knowledge graph for the twelve articles of datasets/blind12 (the twelfth evaluation set, eleventh "
         "blind one), written by hand from the article texts alone before any extractor output on them was "
         "looked at.")
