#!/usr/bin/env python3
"""Source of datasets/blind7/blind7.gold.json (run: python3 datasets/blind7/gold_src.py [OUT]).

Written by hand, article by article, from the text of datasets/blind7/articles only, before
any extractor output on these articles was looked at (the seventh evaluation set, sixth blind
one: see README.md). The helpers doc/E/R/main are datasets/gold_lib.py. Entities named in
several articles are one gold entity (aliases unioned, `core` if core anywhere); the same
relation reported by several articles is one gold relation whose evidence holds a quote from
each (and whose date is dropped when the articles describe different dates). Every relation
also lists the `documents` its quotes come from (score.py ignores the key;
tests/cli/test_blind7_gold.py checks the quotes against them).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_lib import E, R, doc, main  # noqa: E402

# ---------------------------------------------------------------------------------------
doc("000_knesset_ratifies_jordan_treaty_jta.txt", date="1994-10-26", publisher="Jewish Telegraphic Agency (JTA)",
    url="https://www.jta.org/1994/01/01/archive/knesset-votes-overwhelmingly-to-ratify-treaty-with-jordan")
E("Knesset", "organization")
E("Israel", "country")
E("Jordan", "country", ["kingdom of Jordan"])
E("peace treaty with Jordan", "agreement", ["Treaty with Jordan", "peace treaty"])
E("Yitzhak Rabin", "person", ["Prime Minister Yitzhak Rabin", "Rabin"])
E("Ariel Sharon", "person", ["Sharon"])
E("Likud", "organization")
E("Benjamin Netanyahu", "person", ["Likud leader Benjamin Netanyahu", "Netanyahu"])
E("Hanan Porat", "person", tier="extra")
E("National Religious Party", "organization", tier="extra")
E("Moledet Party", "organization", ["Moledet"], tier="extra")
E("Hamas", "organization", ["Islamic fundamentalist Hamas movement"], tier="extra")
E("Syria", "country", tier="extra")
E("Egypt", "country", tier="extra")
E("JTA", "organization", tier="extra")
R(["Knesset", "Israel"], "ratified", "peace treaty with Jordan",
  ["the Knesset voted overwhelmingly to approve the accord",
   "The treaty was approved by the Knesset",
   "Knesset Votes Overwhelmingly to Ratify Treaty with Jordan"],
  date="1994-10-25")
R("Ariel Sharon", "member_of", ["Likud", "Knesset"], "Ariel Sharon, a Likud Knesset member")
R("Benjamin Netanyahu", ["leads", "member_of"], "Likud", "Likud leader Benjamin Netanyahu")
R("Yitzhak Rabin", ["leads", "holds_position"], "Israel", "Prime Minister Yitzhak Rabin", tier="extra",
  title="Prime Minister")
R(["Israel", "Yitzhak Rabin"], "signed", "peace treaty with Jordan",
  "On the ever of the peace treaty signing ceremony between Israel and Jordan", tier="extra")
R("Jordan", "signed", "peace treaty with Jordan",
  "On the ever of the peace treaty signing ceremony between Israel and Jordan", tier="extra")
R("Benjamin Netanyahu", "supports", "peace treaty with Jordan", "Likud leader Benjamin Netanyahu supported the treaty",
  tier="extra")
R("Moledet Party", "opposes", "peace treaty with Jordan",
  "All three members of the right-wing Moledet Party opposed the accord", tier="extra")
R("Hanan Porat", "member_of", "National Religious Party", "Hanan Porat of the National Religious Party",
  tier="extra")
R("Hamas", "attacked", "Israel",
  "the recent wave of terror attacks perpetrated by the Islamic fundamentalist Hamas movement", tier="extra")

# ---------------------------------------------------------------------------------------
doc("001_yeltsin_jiang_multipolar_declaration_cnn.txt", date="1997-04-23", publisher="CNN", dateline="MOSCOW",
    url="http://www.cnn.com/WORLD/9704/23/russia.china/")
E("Russia", "country")
E("China", "country")
E("Jiang Zemin", "person", ["Chinese President Jiang Zemin", "Jiang"])
E("Boris Yeltsin", "person", ["Russian President Boris Yeltsin", "Yeltsin"])
E("Moscow", "city", ["MOSCOW"])
E("joint declaration", "agreement", ["declaration"])
E("Duma", "organization", ["Russia's lower house of parliament"])
E("Gennady Seleznyov", "person")
E("United States", "country", tier="extra")
E("Sergei Yastrzhembsky", "person", tier="extra")
E("Interfax", "organization", ["Interfax news agency"], tier="extra")
E("Xinhua", "organization", tier="extra")
E("ITAR-Tass", "organization", ["ITAR-Tass news agency"], tier="extra")
E("CNN", "organization", tier="extra")
E("Asia", "location", tier="extra")
R(["Jiang Zemin", "China"], "signed", "joint declaration",
  ["The leaders of Russia and China signed a joint declaration Wednesday",
   "Chinese President Jiang Zemin and Russian President Boris Yeltsin signed the declaration in Moscow"],
  date="1997-04-23", place="Moscow")
R(["Boris Yeltsin", "Russia"], "signed", "joint declaration",
  ["The leaders of Russia and China signed a joint declaration Wednesday",
   "Chinese President Jiang Zemin and Russian President Boris Yeltsin signed the declaration in Moscow"],
  date="1997-04-23", place="Moscow")
R("Jiang Zemin", ["leads", "holds_position"], "China", "Chinese President Jiang Zemin", title="President")
R("Boris Yeltsin", ["leads", "holds_position"], "Russia", "Russian President Boris Yeltsin", title="President")
R(["Jiang Zemin", "China"], ["visited", "arrived_in"], ["Russia", "Moscow"],
  "signed the declaration in Moscow on the second day of Jiang's five-day state visit")
R(["Boris Yeltsin", "Russia"], "met_with", ["Jiang Zemin", "China"],
  "The Russian president said he and Jiang had \"discussed more than 20 issues\"", date="1997-04-23")
R("Jiang Zemin", "met_with", "Gennady Seleznyov", "met its chairman Gennady Seleznyov", date="1997-04-23")
R("Gennady Seleznyov", ["leads", "holds_position"], "Duma",
  "Jiang spoke to the Duma, Russia's lower house of parliament, on Wednesday, and met its chairman Gennady Seleznyov",
  title="chairman")
R("Jiang Zemin", ["visited", "participated_in"], "Duma", "Jiang spoke to the Duma", tier="extra",
  date="1997-04-23")
R("Sergei Yastrzhembsky", "holds_position", "Russia", "Yeltsin spokesman Sergei Yastrzhembsky", tier="extra",
  title="spokesman")
R("Russia", "allied_with", "China", "it was still far from a formal alliance", tier="extra", status="negated")
R("Boris Yeltsin", ["criticized", "opposes"], "United States",
  "said Yeltsin, apparently referring to the United States", tier="extra")

# ---------------------------------------------------------------------------------------
doc("002_congo_rebels_sign_ceasefire_bbc.txt", date="1999-08-31", publisher="BBC News",
    url="http://news.bbc.co.uk/2/hi/africa/434586.stm")
E("Democratic Republic of Congo", "country", ["Congo"])
E("RCD", "organization")
E("ceasefire agreement", "agreement", ["ceasefire", "ceasefire accord"])
E("Emile Ilunga", "person")
E("Ernest Wamba dia Wamba", "person")
E("Rwanda", "country")
E("Uganda", "country")
E("Southern Africa Development Community", "organization", ["SADC"])
E("Organisation of African Unity", "organization", ["OAU"])
E("ceremony", "event", tier="extra")
E("Laurent Kabila", "person", ["President Laurent Kabila"])
E("UN", "organization", ["United Nations"])
E("Zambia", "country", tier="extra")
E("South Africa", "country", tier="extra")
E("Africa", "location", tier="extra")
R("RCD", "signed", "ceasefire agreement",
  ["the ceasefire agreement was signed by all 50 founding members of the RCD",
   "The leaders of rival rebel factions from the Democratic Republic of Congo have signed a ceasefire agreement"],
  date="1999-08-31")
R(["Emile Ilunga", "Ernest Wamba dia Wamba"], "signed", "ceasefire agreement",
  "The leaders of rival rebel factions from the Democratic Republic of Congo have signed a ceasefire agreement",
  tier="extra", date="1999-08-31")
R("Rwanda", "supports", "Emile Ilunga", "Emile Ilunga, whose faction is backed by Rwanda")
R("Uganda", "supports", "Ernest Wamba dia Wamba", "Ernest Wamba dia Wamba, who is supported by Uganda")
R("Southern Africa Development Community", "participated_in", "ceremony",
  "The ceremony was attended by the foreign ministers of the 14 countries of the Southern Africa Development Community (SADC)",
  tier="extra", date="1999-08-31")
R("Organisation of African Unity", "participated_in", "ceremony",
  "as well as representatives of the Organisation of African Unity (OAU)", tier="extra", date="1999-08-31")
R(["Emile Ilunga", "Ernest Wamba dia Wamba"], ["leads", "member_of"], "RCD",
  "both claimed they were in charge", tier="extra")
R("RCD", ["opposes", "attacked"], ["Laurent Kabila", "Democratic Republic of Congo"],
  "all the rebel groups taking part in the war against President Laurent Kabila", tier="extra")
R("Laurent Kabila", ["leads", "holds_position"], "Democratic Republic of Congo", "President Laurent Kabila",
  tier="extra", title="President")
R("UN", "sent_troops", "Democratic Republic of Congo",
  "A total of 90 officers will be deployed to Congo for three months", tier="extra")

# ---------------------------------------------------------------------------------------
doc("003_peace_force_lands_east_timor_ap.txt", date="1999-09-20", publisher="Associated Press",
    dateline="DILI, Indonesia", url="https://www.apnews.com/fcf119ec29db7daaca40aa7e911e1b84")
E("East Timor", "location")
E("Dili", "city", ["DILI"])
E("Indonesia", "country")
E("Australia", "country")
E("New Zealand", "country")
E("Britain", "country")
E("Chip Henriss-Andersen", "person", ["Australian Maj. Chip Henriss-Andersen", "Henriss-Andersen"], tier="extra")
E("Northern Australia", "location", tier="extra")
E("Cleveland", "city", tier="extra")
E("Ohio", "location", tier="extra")
E("AP", "organization", ["Associated Press"], tier="extra")
for c in ("Australia", "New Zealand", "Britain"):
    R(c, "sent_troops", ["East Timor", "Dili"],
      "heavily armed combat troops from Australia, New Zealand and Britain were in control of the airport and the harbor",
      date="1999-09-20")
R("Dili", "located_in", "Indonesia", "DILI, Indonesia (AP)")
R(["Australia", "New Zealand", "Britain"], "arrived_in", ["Dili", "East Timor"],
  "The troops arrived in a city abandoned by its people", tier="extra", date="1999-09-20")
R("Dili", "located_in", "East Timor", "clattered down the rubbish-strewn streets of Dili", tier="extra")
R("Chip Henriss-Andersen", "holds_position", "Australia", "Australian Maj. Chip Henriss-Andersen", tier="extra",
  title="Maj.")
R("Cleveland", "located_in", "Ohio", "Cleveland, Ohio", tier="extra")

# ---------------------------------------------------------------------------------------
doc("004_arab_league_beirut_summit_washington_times.txt", date="2002-03-27", publisher="The Washington Times",
    dateline="BEIRUT", url="https://www.washingtontimes.com/news/2002/mar/27/20020327-041347-1569r/")
E("Beirut", "city", ["BEIRUT"])
E("Arab League", "organization")
E("Arab League summit", "event")
E("Israel", "country")
E("Yasser Arafat", "person", ["Palestinian leader Yasser Arafat", "Mr. Arafat", "Chairman Arafat",
                               "President Arafat", "Arafat"])
E("Ariel Sharon", "person", ["Israeli Prime Minister Ariel Sharon", "Mr. Sharon"])
E("Egypt", "country")
E("Hosni Mubarak", "person", ["Egyptian President Hosni Mubarak", "Mubarak"])
E("Yasser Abed Rabbo", "person", ["Palestinian Information Minister Yasser Abed Rabbo"])
E("United States", "country", ["U.S."], tier="extra")
E("Israel television", "organization", tier="extra")
E("The Washington Times", "organization", ["Washington Times"], tier="extra")
R("Ariel Sharon", ["leads", "holds_position"], "Israel", "Israeli Prime Minister Ariel Sharon",
  title="Prime Minister")
R("Hosni Mubarak", ["leads", "holds_position"], "Egypt", "Egyptian President Hosni Mubarak", title="President")
R("Yasser Arafat", "participated_in", "Arab League summit",
  ["was blocked by Israeli Prime Minister Ariel Sharon from attending",
   "he decided not to go to the summit"],
  tier="extra", status="negated")
R("Hosni Mubarak", "participated_in", "Arab League summit",
  "Egyptian President Hosni Mubarak an influential and centrist Arab voice was staying home",
  tier="extra", status="negated")
R(["Ariel Sharon", "Israel"], "opposes", "Yasser Arafat",
  "Palestinian leader Yasser Arafat, who was to have been a key participant at the summit, was blocked by Israeli Prime Minister Ariel Sharon from attending",
  tier="extra")
R("Yasser Arafat", "accused", "Israel",
  "Mr. Arafat's office said Israel was using the summit as leverage", tier="extra")
R("Arab League", ["accused", "condemned", "criticized"], "Israel",
  "holding Israel fully responsible for its subversive acts against the Palestinian people", tier="extra")
R("United States", "opposes", "Ariel Sharon", "Mr. Sharon, who had been under U.S. pressure", tier="extra")

# ---------------------------------------------------------------------------------------
doc("005_sudan_cuts_ties_chad_france24.txt", date="2008-05-11", publisher="France 24",
    url="http://www.france24.com/en/20080511-sudan-cuts-diplomatic-ties-with-chad-sudan-darfur")
E("Sudan", "country")
E("Chad", "country")
E("Ndjamena", "city", tier="extra")
E("Khartoum", "city")
E("Omdurman", "city")
E("Justice and Equality Movement", "organization", ["JEM"])
E("Omar al-Beshir", "person", ["President Omar al-Beshir"])
E("Darfur", "location")
E("Nile", "location", ["river Nile"], tier="extra")
E("FARC", "organization", tier="extra")
E("Madagascar", "country", tier="extra")
E("Ireland", "country", tier="extra")
E("Italy", "country", tier="extra")
E("Kobane", "city", tier="extra")
E("French Caribbean", "location", tier="extra")
E("Weinstein", "person", tier="extra")
R(["Sudan", "Omar al-Beshir"], "accused", ["Chad", "Ndjamena"],
  ["Sudan severed diplomatic ties with Chad on Sunday, accusing Ndjamena of backing a first Darfur rebel assault on Khartoum",
   "Blaming Chad for backing the offensive",
   "\"We place the entire responsibility for this attack on Chad,\" he said"],
  date="2008-05-11", charge="backing a first Darfur rebel assault on Khartoum")
R(["Chad", "Ndjamena"], "supports", "Justice and Equality Movement",
  "the assault by the Justice and Equality Movement (JEM), allegedly backed by Ndjamena",
  status="alleged", attributed_to=["Sudan", "Omar al-Beshir"])
R("Justice and Equality Movement", "attacked", ["Khartoum", "Omdurman", "Sudan"],
  ["The government said it had repulsed the assault by the Justice and Equality Movement (JEM)",
   "Darfur rebel forces that had launched a lightning attack on the capital",
   "the attack on the capital's twin city of Omdurman"])
R("Sudan", ["sanctioned", "opposes"], "Chad",
  ["Sudan cut off diplomatic ties with its neighbour", "Sudan severed diplomatic ties with Chad on Sunday"],
  tier="extra", date="2008-05-11")
R("Omar al-Beshir", ["leads", "holds_position"], "Sudan", "President Omar al-Beshir said on state television",
  tier="extra", title="President")
R("Chad", ["dismissed", "condemned", "criticized"], "Sudan",
  "Chad said it regretted Khartoum's decision, denied any involvement in the attack and condemned a raid on the Chadian embassy",
  tier="extra")
R("Khartoum", "capital_of", "Sudan", "launched a lightning attack on the capital", tier="extra")
R("Justice and Equality Movement", "located_in", "Darfur", "a first Darfur rebel assault on Khartoum", tier="extra")

# ---------------------------------------------------------------------------------------
doc("006_nicaragua_costa_rica_border_standoff_miami_herald.txt", date="2010-11-06",
    publisher="Miami Herald (McClatchy)", dateline="MANAGUA",
    url="http://www.mcclatchydc.com/2010/11/06/103310/old-border-dispute-heats-up-between.html")
E("Nicaragua", "country")
E("Costa Rica", "country")
E("Laura Chinchilla", "person", ["Costa Rican President Laura Chinchilla", "Chinchilla"])
E("Daniel Ortega", "person", ["President Daniel Ortega"])
E("Nicaraguan Army", "organization")
E("Isla Calero", "location")
E("San Juan River", "location")
E("Cañas-Jerez Treaty", "agreement", ["1858 Cañas-Jerez Treaty"])
E("Managua", "city", ["MANAGUA"], tier="extra")
E("Caribbean Sea", "location", tier="extra")
E("Miami Herald", "organization", tier="extra")
R(["Laura Chinchilla", "Costa Rica"], "accused", ["Nicaraguan Army", "Nicaragua"],
  ["Costa Rican President Laura Chinchilla accused the Nicaraguan Army of occupying a swath of Costa Rican territory called Isla Calero",
   "Costa Rica claims that Nicaragua's efforts to dredge the San Juan River"],
  charge="occupying a swath of Costa Rican territory")
R(["Daniel Ortega", "Nicaragua"], "accused", "Costa Rica",
  "President Daniel Ortega, in his own address to the nation this week accused Costa Rica of threatening Nicaragua",
  date="2010-11", charge="threatening Nicaragua with \"elite troops''")
R("Laura Chinchilla", ["leads", "holds_position"], "Costa Rica", "Costa Rican President Laura Chinchilla",
  title="President")
R(["Nicaraguan Army", "Nicaragua"], "attacked", ["Isla Calero", "Costa Rica"],
  ["accused the Nicaraguan Army of occupying a swath of Costa Rican territory called Isla Calero",
   "Chinchilla called Nicaragua's alleged military incursion an act of \"aggression''"],
  status="alleged", attributed_to=["Laura Chinchilla", "Costa Rica"])
R("Costa Rica", "attacked", "Nicaragua",
  "Nicaragua's Sandinista government, meanwhile, claims Costa Rica has invaded its territory",
  status="alleged", attributed_to=["Nicaragua"])
R("San Juan River", "located_in", "Nicaragua", "the San Juan River, a Nicaraguan waterway")
R("Daniel Ortega", ["leads", "holds_position"], "Nicaragua", "President Daniel Ortega", tier="extra",
  title="President")
R(["Laura Chinchilla", "Costa Rica"], "sent_troops", "Isla Calero",
  "rapidly deployed Costa Rican police armed with military-grade weapons to the contested area", tier="extra")
R("Isla Calero", "located_in", "Costa Rica", "a swath of Costa Rican territory called Isla Calero", tier="extra")
R("Nicaragua", ["dismissed", "opposes"], "Costa Rica", "It's a claim Nicaragua categorically denies", tier="extra")

# ---------------------------------------------------------------------------------------
doc("007_philippine_senate_ratifies_australia_pact_afp_yahoo.txt", date="2012-07-24", publisher="AFP (Yahoo News)",
    url="https://ph.news.yahoo.com/philippines-ratifies-australia-military-pact-170733081.html")
E("Philippine Senate", "organization", ["Senate"])
E("Philippines", "country")
E("Australia", "country")
E("Status of Visiting Forces Agreement", "agreement", ["Australia military pact", "sensitive military pact"])
E("preliminary agreement on defence and military cooperation", "agreement")
E("Juan Ponce Enrile", "person", ["Senate president Juan Ponce Enrile"])
E("Benigno Aquino", "person", ["President Benigno Aquino"])
E("Edwin Lacierda", "person")
E("United States", "country", ["US"])
E("China", "country", tier="extra")
E("Manila", "city", tier="extra")
E("South China Sea", "location", tier="extra")
R(["Philippine Senate", "Philippines"], "ratified", "Status of Visiting Forces Agreement",
  ["The Philippine Senate ratified a sensitive military pact with Australia Tuesday",
   "The Senate... has taken an important step in enhancing our national and regional security by ratifying the Status of Visiting Forces Agreement between Australia and the Philippines",
   "Philippines ratifies Australia military pact"],
  date="2012-07-24")
R("Philippines", "signed", "preliminary agreement on defence and military cooperation",
  "The two countries had earlier signed a preliminary agreement on defence and military cooperation in 1995",
  date="1995")
R("Australia", "signed", "preliminary agreement on defence and military cooperation",
  "The two countries had earlier signed a preliminary agreement on defence and military cooperation in 1995",
  date="1995")
R("Juan Ponce Enrile", ["leads", "holds_position"], "Philippine Senate", "Senate president Juan Ponce Enrile",
  title="Senate president")
R("Philippines", "allied_with", "United States", "its traditional military ally the United States")
R("United States", "sent_troops", "Philippines",
  "small numbers of US military advisers have been deployed in the southern Philippines for the past decade")
R(["Philippines", "Australia"], "signed", "Status of Visiting Forces Agreement", "The agreement was first signed in 2007",
  tier="extra", date="2007")
R("Benigno Aquino", ["leads", "holds_position"], "Philippines", "President Benigno Aquino's spokesman", tier="extra",
  title="President")
R("Edwin Lacierda", "holds_position", "Philippines", "President Benigno Aquino's spokesman Edwin Lacierda",
  tier="extra", title="spokesman")
R(["Philippines", "Manila"], "opposes", "China", "Manila's row with China over South China Sea islands", tier="extra")
R("Australia", "supports", "Philippines", "a bid to get Australia's backing", tier="extra")

# ---------------------------------------------------------------------------------------
doc("008_turkish_parliament_troops_qatar_reuters.txt", date="2017-06-07", publisher="Reuters", dateline="ANKARA",
    url="https://www.reuters.com/article/us-gulf-qatar-turkey-idUSKBN18Y2JE")
E("Turkey", "country")
E("Turkish parliament", "organization", ["Turkey's parliament"])
E("Qatar", "country")
E("Saudi Arabia", "country")
E("Egypt", "country")
E("United Arab Emirates", "country")
E("Bahrain", "country")
E("Ankara", "city", ["ANKARA"], tier="extra")
E("AK Party", "organization", tier="extra")
E("MHP", "organization", tier="extra")
E("Reuters", "organization", ["Reuters News Agency"], tier="extra")
E("Thomson Reuters", "organization", tier="extra")
E("Gulsen Solaker", "person", tier="extra")
E("Humeyra Pamuk", "person", tier="extra")
E("Larry King", "person", tier="extra")
for c in ("Saudi Arabia", "Egypt", "United Arab Emirates", "Bahrain"):
    R(c, "accused", "Qatar",
      "Saudi Arabia, Egypt, the United Arab Emirates and Bahrain severed relations with Qatar and closed their airspace to commercial flights on Monday, charging it with financing militant groups",
      date="2017-06-05", charge="financing militant groups")
    R(c, ["sanctioned", "opposes"], "Qatar",
      "Saudi Arabia, Egypt, the United Arab Emirates and Bahrain severed relations with Qatar and closed their airspace to commercial flights on Monday",
      tier="extra", date="2017-06-05")
R(["Turkey", "Turkish parliament"], "sent_troops", "Qatar",
  ["Turkey's parliament on Wednesday approved a draft bill allowing its troops to be deployed to a Turkish military base in Qatar",
   "Turkish parliament approves bill to deploy troops in Qatar"],
  tier="extra")
R(["Turkey", "Turkish parliament"], "supports", "Qatar", "an apparent move to support the Gulf Arab country",
  tier="extra")
R("Qatar", "dismissed", ["Saudi Arabia", "Egypt", "United Arab Emirates", "Bahrain"], "Qatar denies the accusations",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("009_eu_sanctions_myanmar_junta_bss_afp_tbs.txt", date="2021-06-22", publisher="The Business Standard (BSS/AFP)",
    url="https://www.tbsnews.net/world/eu-slaps-fresh-sanctions-myanmar-junta-264430")
E("EU", "organization", ["European Union", "27-nation bloc"])
E("Myanmar", "country")
E("Myanmar junta", "organization", ["Myanmar's junta", "junta"])
E("Myanmar War Veterans Organisation", "organization")
E("United States", "country", ["US"])
E("Britain", "country")
E("Aung San Suu Kyi", "person")
E("National League for Democracy", "organization")
E("BSS", "organization", tier="extra")
E("AFP", "organization", tier="extra")
R("EU", "sanctioned", ["Myanmar junta", "Myanmar"],
  ["The EU on Monday added eight officials from Myanmar's junta and three firms linked to the military to its sanctions blacklist",
   "EU slaps fresh sanctions on Myanmar junta"],
  date="2021-06-21")
R("EU", "sanctioned", "Myanmar War Veterans Organisation",
  "It also added the Myanmar War Veterans Organisation, which acts as a reserve force for the military, to the blacklist",
  date="2021-06-21")
R("United States", "sanctioned", ["Myanmar junta", "Myanmar"],
  "The US and Britain have also targeted key officials and enterprises in the country")
R("Britain", "sanctioned", ["Myanmar junta", "Myanmar"],
  "The US and Britain have also targeted key officials and enterprises in the country")
R("Myanmar junta", ["opposes", "attacked"], ["Aung San Suu Kyi", "National League for Democracy"],
  "the military overthrew civilian leader Aung San Suu Kyi and her National League for Democracy government",
  tier="extra")
R("Aung San Suu Kyi", "leads", ["National League for Democracy", "Myanmar"],
  "civilian leader Aung San Suu Kyi and her National League for Democracy government", tier="extra")
R("Myanmar War Veterans Organisation", "supports", "Myanmar junta",
  "which acts as a reserve force for the military", tier="extra")

# ---------------------------------------------------------------------------------------
doc("010_india_appoints_chauhan_defence_chief_al_arabiya.txt", date="2022-09-28", publisher="Al Arabiya",
    url="https://english.alarabiya.net/News/world/2022/09/28/India-appoints-retired-General-Anil-Chauhan-as-defense-chief")
E("India", "country")
E("Anil Chauhan", "person", ["Chauhan"])
E("Bipin Rawat", "person", ["Rawat"])
E("Narendra Modi", "person", ["Prime Minister Narendra Modi"])
E("Indian army", "organization")
E("China", "country", tier="extra")
E("Pakistan", "country", tier="extra")
E("department of military affairs", "organization", tier="extra")
E("Google News", "organization", tier="extra")
R("Anil Chauhan", ["holds_position", "leads"], "India",
  "The Indian government said on Wednesday that it had appointed Anil Chauhan as its defense chief",
  title="defense chief")
R("Bipin Rawat", ["holds_position", "leads"], "India",
  ["Rawat was appointed as India’s first Chief of Defense Staff by Prime Minister Narendra Modi’s government in late 2019",
   "to succeed Bipin Rawat"],
  title="Chief of Defense Staff", date="2019")
R("Anil Chauhan", ["holds_position", "member_of"], "Indian army",
  "Chauhan, 61, served as a lieutenant general before retiring in May 2021, after commanding the Indian army’s eastern division",
  tier="extra", title="lieutenant general")
R("Anil Chauhan", "holds_position", "department of military affairs",
  "He will also function as secretary to the department of military affairs", tier="extra", title="secretary")
R("Narendra Modi", ["leads", "holds_position"], "India", "Prime Minister Narendra Modi’s government", tier="extra",
  title="Prime Minister")

# ---------------------------------------------------------------------------------------
doc("011_lula_arrives_argentina_prensa_latina.txt", date="2023-01-22", publisher="Prensa Latina",
    dateline="Buenos Aires",
    url="https://www.plenglish.com/news/2023/01/22/lula-to-argentina-on-first-trip-after-becoming-president/")
E("Luiz Inácio Lula da Silva", "person", ["Brazilian President Luiz Inácio Lula da Silva", "Lula"])
E("Brazil", "country")
E("Argentina", "country")
E("Buenos Aires", "city")
E("Alberto Fernandez", "person")
E("Casa Rosada", "location")
E("Community of Latin American and Caribbean States", "organization")
E("7th Summit of Heads of State and Government of the Community of Latin American and Caribbean States", "event",
  ["7th Summit of Heads of State and Government"])
E("Jair Bolsonaro", "person", ["former President Jair Bolsonaro"])
E("Gabriela Cerruti", "person")
E("Argentine Presidency", "organization")
E("Monument to the Liberator General Jose de San Martin", "location", tier="extra")
E("Jose de San Martin", "person", ["Liberator General Jose de San Martin"], tier="extra")
E("Eva Peron hall", "location", tier="extra")
E("Bicentennial Museum", "location", tier="extra")
E("Ministry of Foreign Affairs", "organization", tier="extra")
E("Prensa Latina", "organization", tier="extra")
R("Luiz Inácio Lula da Silva", ["arrived_in", "visited"], ["Argentina", "Buenos Aires"],
  ["Brazilian President Luiz Inácio Lula da Silva arrives today in Argentina, on his first official visit abroad",
   "Lula to Argentina on first trip after becoming president"],
  date="2023-01-22")
R("Luiz Inácio Lula da Silva", ["leads", "holds_position"], "Brazil", "Brazilian President Luiz Inácio Lula da Silva",
  title="President")
R("Alberto Fernandez", ["leads", "holds_position"], "Argentina", "his Argentine counterpart, Alberto Fernandez",
  title="President")
R("Gabriela Cerruti", "holds_position", ["Argentine Presidency", "Argentina"],
  "The spokesperson of the Argentine Presidency, Gabriela Cerruti", title="spokesperson")
R(["Luiz Inácio Lula da Silva", "Brazil"], "met_with", ["Alberto Fernandez", "Argentina"],
  "he will meet with his Argentine counterpart, Alberto Fernandez, at the Casa Rosada", tier="extra",
  date="2023-01-23", place="Casa Rosada")
R(["Luiz Inácio Lula da Silva", "Alberto Fernandez", "Brazil", "Argentina"], "participated_in",
  "7th Summit of Heads of State and Government of the Community of Latin American and Caribbean States",
  "On Tuesday, they will participate at the 7th Summit of Heads of State and Government of the Community of Latin American and Caribbean States",
  tier="extra", date="2023-01-24")
R("Brazil", "member_of", "Community of Latin American and Caribbean States",
  "which will mean the return of Brazil to the bosom of this continental bloc", tier="extra")
R("Jair Bolsonaro", ["leads", "holds_position"], "Brazil", "former President Jair Bolsonaro", tier="extra",
  title="former President")
R("Luiz Inácio Lula da Silva", "visited", "Casa Rosada", "he will meet with his Argentine counterpart, Alberto Fernandez, at the Casa Rosada",
  tier="extra")

if __name__ == "__main__":
    main(HERE, "blind7",
         "Gold knowledge graph for the twelve articles of datasets/blind7 (the seventh evaluation set, sixth "
         "blind one), written by hand from the article texts alone before any extractor output on them was "
         "looked at.")
