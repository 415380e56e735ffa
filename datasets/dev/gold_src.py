#!/usr/bin/env python3
"""Source of datasets/dev/dev.gold.json (run: python3 datasets/dev/gold_src.py [OUT]).

Written by hand, article by article, from the text of datasets/dev/articles only. Entities
named in several articles are one gold entity (aliases unioned, `core` if core anywhere);
the same relation reported by several articles is one gold relation whose evidence holds a
quote from each (and whose date is dropped when the articles describe different dates).
Every relation also lists the `documents` its quotes come from (score.py ignores the key;
tests/cli/test_dev_gold.py checks the quotes against them).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_lib import E, R, doc, main  # noqa: E402

# ---------------------------------------------------------------------------------------
doc("000_au_envoy_mogadishu.txt", date="2008-01-23", dateline="MOGADISHU", publisher="AFP",
    url="https://www.hiiraan.org/news4/2008/Jan/5600/top_au_official_in_mogadishu.aspx")
E("Said Djinnit", "person", ["Djinnit"])
E("African Union", "organization", ["AU"])
E("Mogadishu", "city")
E("Somalia", "country")
E("Nur Hassan Hussein", "person")
E("AMISOM", "organization", ["Amisom"])
E("Burundi", "country")
E("Uganda", "country")
E("Ghana", "country", tier="extra")
E("Nigeria", "country", tier="extra")
E("Ethiopia", "country", tier="extra")
E("Africa", "location", tier="extra")
E("AFP", "organization", ["Agence France-Presse"], tier="extra")
R("Said Djinnit", ["holds_position", "leads"], "African Union",
  "African Union Peace and Security Commissioner Said Djinnit", title="Peace and Security Commissioner")
R("Said Djinnit", ["arrived_in", "visited"], ["Mogadishu", "Somalia"],
  "Said Djinnit on Wednesday arrived in", date="2008-01-23")
R("Said Djinnit", "met_with", "Nur Hassan Hussein",
  "went straight into talks with new premier Nur Hassan Hussein", date="2008-01-23", place="Mogadishu")
R("Nur Hassan Hussein", ["leads", "holds_position"], "Somalia", "new premier Nur Hassan Hussein", title="premier")
R("Burundi", "sent_troops", "Somalia",
  ["Burundian peacekeepers started deploying last month in",
   "Burundi has said it would complete the deployment of an 800-strong battalion"], date="2007-12")
R("Uganda", "sent_troops", "Somalia", "a 1,600-strong AU contingent of Ugandan troops", count=1600)
R("African Union", "sent_troops", "Somalia",
  "The African Union has pledged a total of 8,000 troops to Somalia", tier="extra")
R("Mogadishu", "capital_of", "Somalia", "the war-torn Somali capital", tier="extra")
R("Ethiopia", "supports", "Somalia", "Ethiopian-backed Somali government forces", tier="extra")

# ---------------------------------------------------------------------------------------
doc("001_chavez_ends_cuba_visit.txt", date="2005-08-24", publisher="BBC News", author="Stephen Gibbs",
    dateline="Havana", url="http://news.bbc.co.uk/2/hi/americas/4179050.stm")
E("Hugo Chavez", "person", ["Chavez", "Hugo Chávez", "Chávez", "President Chavez"])
E("Fidel Castro", "person", ["Fidel"])
E("Venezuela", "country")
E("Cuba", "country")
E("United States", "country", ["US", "U.S.", "USA", "United States of America", "America"])
E("Havana", "city")
E("Havana airport", "location", tier="extra")
E("Pat Robertson", "person", tier="extra")
E("Stephen Gibbs", "person", tier="extra")
E("BBC News", "organization", ["BBC"], tier="extra")
R("Hugo Chavez", "visited", "Cuba", ["has ended a visit to Cuba"], date="2005-08")
R("Hugo Chavez", "met_with", "Fidel Castro",
  ["Fidel Castro accompanied Hugo Chavez to Havana airport",
   "During a joint appearance on a six hour TV phone-in programme on Sunday, both presidents"], date="2005-08")
R("Hugo Chavez", ["leads", "holds_position"], "Venezuela", "The Venezuelan leader, Hugo Chavez", title="leader")
R("Fidel Castro", ["leads", "holds_position"], "Cuba", "both Presidents Castro and Chavez", title="President")
R("Hugo Chavez", ["dismissed", "criticized"], "United States",
  ["both Presidents Castro and Chavez have been showcasing their joint social projects and dismissing US charges",
   "The two leaders emphatically reject the US charges."])
R("Fidel Castro", ["dismissed", "criticized"], "United States",
  ["both Presidents Castro and Chavez have been showcasing their joint social projects and dismissing US charges",
   "The two leaders emphatically reject the US charges."])
R("United States", ["accused", "criticized"], ["Hugo Chavez", "Fidel Castro", "Venezuela", "Cuba"],
  "US administration officials are concerned that both President Chavez and Fidel Castro are intent on undermining democracies",
  tier="extra", charge="undermining democracies in the region")
R("Hugo Chavez", "dismissed", "Pat Robertson",
  "brush aside recent comments from the US evangelist Pat Robertson", tier="extra")
R("Pat Robertson", ["accused", "criticized"], "Hugo Chavez",
  "that he was a threat to the United States and should be assassinated", tier="extra")
R("Venezuela", "allied_with", "Cuba", "The statistics of their alliance are impressive.", tier="extra")
R("Stephen Gibbs", ["holds_position", "member_of"], "BBC News", "By Stephen Gibbs", tier="extra")

# ---------------------------------------------------------------------------------------
doc("002_us_sanctions_iran_central_bank.txt", date="2018-05-15", publisher="RFE/RL",
    url="https://rferl.org/amp/iran-us-hits-central-bank-governor-with-terror-sanctions/29228427.html")
E("United States", "country")
E("Iran", "country", ["Islamic Republic of Iran"])
E("Valiollah Seif", "person", ["Seif"])
E("Ali Tarzali", "person", ["Tarzali"])
E("Central Bank of Iran", "organization", ["Iran's central bank", "central bank"])
E("Office of Foreign Assets Control", "organization", ["OFAC", "Treasury's Office of Foreign Assets Control"])
E("U.S. Treasury Department", "organization", ["Treasury", "Treasury Department", "U.S. Treasury", "US Treasury"])
E("Islamic Revolutionary Guards Corps", "organization",
  ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "Iran's Islamic Revolutionary Guards Corps"])
E("Quds Force", "organization", ["IRGC-QF", "Islamic Revolutionary Guards Corps' Quds Force"])
E("Hezbollah", "organization", ["Hizballah", "Lebanon's Hizballah", "Hizballah militia"])
E("Lebanon", "country", tier="extra")
E("Steven Mnuchin", "person", ["Mnuchin"])
E("Al-Bilad Islamic Bank", "organization")
E("Aras Habib", "person")
E("Iraq", "country", tier="extra")
E("Tehran", "city", tier="extra")
E("Donald Trump", "person", ["Trump"])
E("Iran nuclear deal", "agreement", ["nuclear deal", "nuclear deal between Tehran and world powers"])
R(["United States", "Office of Foreign Assets Control", "U.S. Treasury Department"], "sanctioned", "Valiollah Seif",
  ["The United States has imposed sanctions on the governor of Iran's central bank",
   "announced sanctions against Valiollah Seif"], date="2018-05-15")
R(["United States", "Office of Foreign Assets Control", "U.S. Treasury Department"], "sanctioned", "Ali Tarzali",
  "announced sanctions against Valiollah Seif and another senior official in the Central Bank of Iran, Ali Tarzali",
  date="2018-05-15")
R(["United States", "Office of Foreign Assets Control", "U.S. Treasury Department"], "accused", "Valiollah Seif",
  "accusing him of providing support for terrorist activities", charge="providing support for terrorist activities")
R("Valiollah Seif", ["leads", "holds_position"], "Central Bank of Iran", "the governor of Iran's central bank",
  title="governor")
R("Ali Tarzali", "holds_position", "Central Bank of Iran",
  "another senior official in the Central Bank of Iran, Ali Tarzali", title="senior official")
R("Steven Mnuchin", "holds_position", ["U.S. Treasury Department", "United States"],
  "Treasury Secretary Steven Mnuchin", title="Treasury Secretary")
R(["Office of Foreign Assets Control", "United States", "U.S. Treasury Department"], "sanctioned",
  "Al-Bilad Islamic Bank", "The OFAC also blacklisted Al-Bilad Islamic Bank in Iraq")
R(["Office of Foreign Assets Control", "United States", "U.S. Treasury Department"], "sanctioned", "Aras Habib",
  "The OFAC also blacklisted Al-Bilad Islamic Bank in Iraq and its chairman, Aras Habib")
R("Aras Habib", ["leads", "holds_position"], "Al-Bilad Islamic Bank", "its chairman, Aras Habib", title="chairman")
R("Donald Trump", ["leads", "holds_position"], "United States", "U.S. President Donald Trump", title="President")
R(["U.S. Treasury Department", "United States"], "sanctioned", "Iran",
  "the Treasury sanctioned nine Iranian individuals and entities", tier="extra", date="2018-05-10")
R("Quds Force", "supports", "Hezbollah",
  "funneling millions of dollars on behalf of Iran's Islamic Revolutionary Guards Corps' Quds Force (IRGC-QF) to support Lebanon's Hizballah militia",
  status="alleged", attributed_to=["Office of Foreign Assets Control"])
R("Quds Force", "member_of", "Islamic Revolutionary Guards Corps",
  "Iran's Islamic Revolutionary Guards Corps' Quds Force", tier="extra")
R("Al-Bilad Islamic Bank", "located_in", "Iraq", "Al-Bilad Islamic Bank in Iraq", tier="extra")

# ---------------------------------------------------------------------------------------
doc("003_nk_fires_ballistic_missile_jiji.txt", date="2022-10-14", dateline="TOKYO", publisher="Jiji Press",
    url="https://japannews.yomiuri.co.jp/politics/defense-security/20221014-64295/")
E("North Korea", "country", ["N. Korea", "the North", "DPRK", "Democratic People's Republic of Korea"])
E("Japan", "country")
E("Yasukazu Hamada", "person", ["Hamada"])
E("South Korea", "country", ["Republic of Korea", "ROK"])
E("ballistic missile", "weapon", ["ballistic missiles"])
E("Sea of Japan", "location")
E("Kim Jong Un", "person", ["Kim Jong-un"], tier="extra")
E("Pyongyang", "city", tier="extra")
E("Seoul", "city", tier="extra")
E("Seoul Railway Station", "location", tier="extra")
E("Beijing", "city", tier="extra")
E("Jiji Press", "organization", ["Jiji"], tier="extra")
E("Associated Press", "organization", ["AP"], tier="extra")
R("North Korea", "tested", "ballistic missile",
  "North Korea fired at least one ballistic missile early Friday morning", date="2022-10-14")
R("Yasukazu Hamada", "holds_position", "Japan", "Japanese Defense Minister Yasukazu Hamada", title="Defense Minister")
R("Yasukazu Hamada", ["condemned", "criticized"], "North Korea", "He condemned the North Korean action",
  date="2022-10-14")
R("Kim Jong Un", ["leads", "holds_position"], "North Korea", "North Korean leader Kim Jong Un", tier="extra",
  title="leader")
R("Seoul Railway Station", "located_in", "Seoul", "the Seoul Railway Station in Seoul", tier="extra")

# ---------------------------------------------------------------------------------------
doc("004_trump_putin_macron_merkel_paris.txt", date="2018-11-12", publisher="N1",
    url="https://hr.n1info.com/english/news/a346943-trump-discussed-key-issues-with-putin-macron-and-merkel/")
E("Donald Trump", "person", ["President Donald Trump"])
E("Vladimir Putin", "person", ["Putin"])
E("Emmanuel Macron", "person", ["Macron", "President Macron"])
E("Angela Merkel", "person", ["Merkel", "Chancellor Merkel"])
E("Russia", "country", ["Russian Federation"])
E("France", "country")
E("Germany", "country")
E("Élysée Palace", "location", ["Elysee Palace"])
E("Paris", "city")
E("Sarah Sanders", "person", ["Sanders"])
E("Dmitry Peskov", "person", ["Peskov"])
E("White House", "organization", tier="extra")
E("Kremlin", "organization", tier="extra")
E("RIA Novosti", "organization", ["RIA"], tier="extra")
E("Intermediate-Range Nuclear Forces Treaty", "agreement", ["INF", "INF treaty"], tier="extra")
E("armistice centenary ceremonies", "event", ["armistice centenary"], tier="extra")
for c in ("Syria", "Saudi Arabia", "Afghanistan", "China", "North Korea"):
    E(c, "country", tier="extra")
E("N1", "organization", tier="extra")
E("Reuters", "organization", ["REUTERS"], tier="extra")
E("Benoit Tessier", "person", tier="extra")
R("Donald Trump", "met_with", "Vladimir Putin",
  ["a brief exchange between Trump and Putin at Sunday’s armistice centenary ceremonies in Paris",
   "President Donald Trump discussed several key issues with Russian President Vladimir Putin"],
  date="2018-11", place="Paris")
R("Donald Trump", "met_with", "Emmanuel Macron",
  "discussed several key issues with Russian President Vladimir Putin, French President Emmanuel Macron and German Chancellor Angela Merkel during a lunch",
  date="2018-11", place="Paris")
R("Donald Trump", "met_with", "Angela Merkel",
  "discussed several key issues with Russian President Vladimir Putin, French President Emmanuel Macron and German Chancellor Angela Merkel during a lunch",
  date="2018-11", place="Paris")
for a, b in (("Vladimir Putin", "Emmanuel Macron"), ("Vladimir Putin", "Angela Merkel"),
             ("Emmanuel Macron", "Angela Merkel")):
    R(a, "met_with", b, "the President sat with President Macron, Chancellor Merkel, and President Putin",
      tier="extra", date="2018-11")
R("Vladimir Putin", ["leads", "holds_position"], "Russia", "Russian President Vladimir Putin", title="President")
R("Emmanuel Macron", ["leads", "holds_position"], "France", "French President Emmanuel Macron", title="President")
R("Angela Merkel", ["leads", "holds_position"], "Germany", "German Chancellor Angela Merkel", title="Chancellor")
R("Sarah Sanders", "holds_position", ["White House", "United States"], "White House press secretary Sarah Sanders",
  title="press secretary")
R("Dmitry Peskov", "holds_position", ["Kremlin", "Russia"], "Kremlin spokesperson Dmitry Peskov",
  title="spokesperson")
R(["Donald Trump", "Vladimir Putin"], "participated_in", "armistice centenary ceremonies",
  "a brief exchange between Trump and Putin at Sunday’s armistice centenary ceremonies in Paris", tier="extra",
  date="2018-11-11")
R("Donald Trump", ["visited", "arrived_in"], ["Paris", "France", "Élysée Palace"],
  "during a lunch at Élysée Palace", tier="extra")

# ---------------------------------------------------------------------------------------
doc("005_chavez_signs_cuba_deals_xinhua.txt", date="2007-12-24", publisher="Xinhua News Agency",
    url="http://english.china.org.cn/international/world/2007-12/24/content_1236714.htm")
E("Hugo Chavez", "person")
E("Venezuela", "country")
E("Cuba", "country")
E("Raul Castro", "person", ["Raúl Castro", "Raul"])
E("Fidel Castro", "person")
E("Santiago", "city")
E("Carlos Lage", "person")
E("Granma", "organization", tier="extra")
E("Cienfuegos", "city")
E("Cienfuegos refinery", "location", tier="extra")
E("Petrocaribe", "organization", ["PetroCaribe"])
E("Petrocaribe summit", "event", ["fourth summit of Petrocaribe", "oil summit"])
E("Venezuela-Cuba agreements of December 2007", "agreement", ["14 agreements", "new deals"], tier="extra")
E("Xinhua News Agency", "organization", ["Xinhua"], tier="extra")
R("Hugo Chavez", "visited", "Cuba", ["his four-day visit to the", "During his visit, Chavez met with"], date="2007-12")
R("Hugo Chavez", "met_with", "Fidel Castro",
  "Chavez met with the 81-year-old ailing Cuban\nleader Fidel Castro", date="2007-12")
R("Hugo Chavez", "met_with", "Raul Castro",
  "Chavez signed 14 agreements Saturday in Santiago with Cuban", date="2007-12-22", place="Santiago")
R("Fidel Castro", ["leads", "holds_position"], "Cuba", "Cuban\nleader Fidel Castro", title="leader")
R("Raul Castro", ["leads", "holds_position"], "Cuba", "Cuban\nDefense Minister Raul Castro", title="Defense Minister")
R("Hugo Chavez", ["leads", "holds_position"], "Venezuela", "Venezuelan President Hugo Chavez", title="President")
R("Hugo Chavez", "participated_in", ["Petrocaribe summit", "Petrocaribe"],
  ["attended the\nfourth summit of Petrocaribe", "On Friday, Chavez and 11 heads of state and government in the\nCaribbean region attended the oil summit"],
  date="2007-12-21")
R(["Hugo Chavez", "Raul Castro", "Venezuela", "Cuba"], "signed", "Venezuela-Cuba agreements of December 2007",
  "Chavez signed 14 agreements Saturday in Santiago with Cuban", tier="extra", date="2007-12-22")
R("Carlos Lage", "holds_position", "Cuba", "Vice President Carlos\nLage", tier="extra", title="Vice President")
R("Cienfuegos", "located_in", "Cuba", "the south\ncentral Cuban city of Cienfuegos", tier="extra")
R("Santiago", "located_in", "Cuba", "Chavez signed 14 agreements Saturday in Santiago with Cuban", tier="extra")
R("Hugo Chavez", "visited", ["Cienfuegos refinery", "Cienfuegos"], "inaugurated the Cienfuegos refinery",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("006_iran_fm_meets_saudi_crown_prince.txt", date="2023-08-18", dateline="DUBAI, United Arab Emirates",
    publisher="The Hindu (AP)",
    url="https://www.thehindu.com/news/international/irans-foreign-minister-visits-saudi-arabias-powerful-crown-prince-as-tensions-between-rivals-ease/article67209555.ece/amp/")
E("Hossein Amirabdollahian", "person", ["Amirabdollahian", "Hossein Amir-Abdollahian"])
E("Mohammed bin Salman", "person", ["Prince Mohammed", "Crown Prince Mohammed bin Salman", "MBS"])
E("Saudi Arabia", "country", ["the kingdom"])
E("Iran", "country")
E("Jeddah", "city", ["Jiddah"])
E("Riyadh", "city")
E("Faisal bin Farhan", "person", ["Prince Faisal bin Farhan"])
E("Saudi Press Agency", "organization", ["SPA"], tier="extra")
E("Iran's Foreign Ministry", "organization", ["Iranian Foreign Ministry"], tier="extra")
E("China", "country", tier="extra")
E("Yemen", "country", tier="extra")
E("Saudi-led war in Yemen", "event", tier="extra")
E("Dubai", "city", tier="extra")
E("United Arab Emirates", "country", ["UAE"], tier="extra")
E("Red Sea", "location", tier="extra")
E("Associated Press", "organization", tier="extra")
R("Hossein Amirabdollahian", "met_with", "Mohammed bin Salman",
  ["Iran's foreign minister met Friday with Saudi Arabia's Crown Prince Mohammed bin Salman",
   "Iran’s Foreign Minister Hossein Amirabdollahian, center, meets with Saudi Arabia’s Crown Prince Mohammed bin Salman"],
  date="2023-08-18", place="Jeddah")
R("Hossein Amirabdollahian", "holds_position", "Iran", "Iranian Foreign Minister Hossein Amirabdollahian",
  title="Foreign Minister")
R("Mohammed bin Salman", ["holds_position", "leads"], "Saudi Arabia",
  "Saudi Arabia's Crown Prince Mohammed bin Salman", title="Crown Prince")
R("Hossein Amirabdollahian", ["arrived_in", "visited"], ["Riyadh", "Saudi Arabia"],
  ["Amirabdollahian arrived Thursday in Riyadh", "as part of his visit to the kingdom"], date="2023-08-17")
R("Riyadh", "capital_of", "Saudi Arabia", "Riyadh, the Saudi capital")
R("Jeddah", "located_in", "Saudi Arabia", "in Jeddah, Saudi Arabia", tier="extra")
R("Faisal bin Farhan", "holds_position", "Saudi Arabia", "his counterpart, Prince Faisal bin Farhan", tier="extra",
  title="Foreign Minister")
R("Hossein Amirabdollahian", "met_with", "Faisal bin Farhan",
  "for meetings with his counterpart, Prince Faisal bin Farhan", tier="extra")
R("Dubai", "located_in", "United Arab Emirates", "DUBAI, United Arab Emirates", tier="extra")

# ---------------------------------------------------------------------------------------
doc("007_saudi_crown_prince_araqchi_riyadh.txt", date="2024-10-09", dateline="CAIRO", publisher="Reuters",
    url="https://budrigannews.com/saudi-crown-prince-meets-iran-foreign-minister-in-riyadh-saudi-agency-says-2024-10-09")
E("Abbas Araqchi", "person", ["Araqchi", "Abbas Araghchi", "Araghchi"])
E("Mohammed bin Salman", "person", ["Saudi Crown Prince Mohammed bin Salman"])
E("Saudi Arabia", "country")
E("Iran", "country")
E("Riyadh", "city")
E("Israel", "country")
E("Hezbollah", "organization", ["Iran-backed Hezbollah"])
E("Lebanon", "country", tier="extra")
E("Gaza", "location", ["Gaza Strip"], tier="extra")
E("Qatar", "country", tier="extra")
E("Gaza war", "event", tier="extra")
E("Tehran", "city", tier="extra")
E("Cairo", "city", tier="extra")
E("Saudi Press Agency", "organization", tier="extra")
E("Reuters", "organization", tier="extra")
R("Mohammed bin Salman", "met_with", "Abbas Araqchi",
  "Saudi Crown Prince Mohammed bin Salman and Iran’s foreign minister Abbas Araqchi discussed developments in the region at a meeting in Riyadh on Wednesday",
  date="2024-10-09", place="Riyadh")
R("Abbas Araqchi", "holds_position", "Iran", "Iran’s foreign minister Abbas Araqchi", title="foreign minister")
R("Mohammed bin Salman", ["holds_position", "leads"], "Saudi Arabia", "Saudi Crown Prince Mohammed bin Salman",
  title="Crown Prince")
R("Abbas Araqchi", "visited", ["Riyadh", "Saudi Arabia"],
  ["at a meeting in Riyadh on Wednesday", "on his visit"], date="2024-10-09")
R("Iran", "attacked", "Israel",
  "an Iranian missile strike last week, which Tehran carried out in retaliation for Israel’s escalation",
  date="2024")
R("Iran", "supports", "Hezbollah", "Iran-backed Hezbollah in Lebanon")
R("Israel", "attacked", ["Hezbollah", "Lebanon"], "Israel’s escalation against Iran-backed Hezbollah in Lebanon",
  tier="extra")
R("Abbas Araqchi", "visited", "Qatar", "he will also visit Qatar later in the day", tier="extra")

# ---------------------------------------------------------------------------------------
doc("008_russia_invades_georgia_cnn.txt", date="2008-08-08", dateline="TBLISI, Georgia", publisher="CNN",
    url="https://rafaelmartel.wordpress.com/russia-invades-georgia-bush-supports-georgias-territorial-integrity/")
E("Mikheil Saakashvili", "person", ["Mikhail Saakashvili", "Saakashvili"])
E("Georgia", "country")
E("Russia", "country")
E("South Ossetia", "location")
E("Tskhinvali", "city", tier="extra")
E("Tbilisi", "city", ["TBLISI", "Tblisi"], tier="extra")
E("Sergei Lavrov", "person", ["Lavrov"])
E("George W. Bush", "person", ["Bush", "President Bush", "George Bush"])
E("Moscow", "city", tier="extra")
E("Laura Bush", "person", tier="extra")
E("Abkhazia", "location", tier="extra")
E("CNN", "organization", tier="extra")
E("Beijing 2008 Olympic Games", "event", ["Beijing Olympics"], tier="extra")
E("National Stadium", "location", ["Bird’s Nest", "Bird's Nest"], tier="extra")
R("Russia", "attacked", "Georgia",
  ["his country is under attack by Russian tanks and warplanes", "Russian troops invaded Georgia."],
  date="2008-08-08")
R("Mikheil Saakashvili", "accused", "Russia", "he accused Russia of targeting civilians", date="2008-08-08",
  charge="targeting civilians")
R("Mikheil Saakashvili", ["leads", "holds_position"], "Georgia",
  ["Georgia’s president said Friday", "President Mikhail Saakashvili told CNN"], title="President")
R("Sergei Lavrov", "holds_position", "Russia", "Russia’s Foreign Minister Sergei Lavrov", title="Foreign Minister")
R("George W. Bush", "supports", "Georgia", "President Bush backs Georgia’s territorial integrity.")
R("South Ossetia", "located_in", "Georgia", "the breakaway Georgian region of South Ossetia")
R("Russia", "sent_troops", ["Georgia", "South Ossetia"],
  "About 150 Russian armored vehicles have entered South Ossetia", tier="extra",
  status="alleged", attributed_to=["Mikheil Saakashvili"])
R("Georgia", "attacked", "Russia", "Georgian forces had shot down two Russian aircraft", tier="extra")
R(["George W. Bush", "Laura Bush"], "participated_in", "Beijing 2008 Olympic Games",
  "wave during the opening ceremony of the Beijing 2008 Olympic Games", tier="extra")

# ---------------------------------------------------------------------------------------
doc("009_colombia_farc_sign_peace_deal.txt", date="2016-09-27", dateline="CARTAGENA, COLOMBIA",
    publisher="Daily Nation (AFP)",
    url="http://www.nation.co.ke/news/world/leaders-to-sign-historic-peace-deal/1068-3395660-qn4phe/index.html")
E("Colombia", "country")
E("FARC", "organization", ["FARC rebels", "Revolutionary Armed Forces of Colombia"])
E("Juan Manuel Santos", "person", ["Santos", "President Juan Manuel Santos"])
E("Timoleon Jimenez", "person", ["Timochenko", "Rodrigo Londono", "Rodrigo Londoño"])
E("Cartagena", "city")
E("Colombia peace accord", "agreement", ["historic peace accord", "peace accord", "historic peace deal"])
E("Ban Ki-moon", "person", ["Ban"])
E("United Nations", "organization", ["UN", "U.N."])
E("John Kerry", "person", ["Kerry"])
E("Raul Castro", "person")
E("Cuba", "country")
E("Pietro Parolin", "person", ["Parolin"])
E("Vatican", "organization", ["Holy See"])
E("United States", "country")
E("Latin America", "location", tier="extra")
E("Twitter", "organization", tier="extra")
R("Juan Manuel Santos", "signed", "Colombia peace accord",
  "He will sign the accord at 5:00 pm (2200 GMT) with his former enemy, FARC leader Timoleon Jimenez",
  tier="extra", date="2016-09-26")
R("Timoleon Jimenez", "signed", "Colombia peace accord",
  "He will sign the accord at 5:00 pm (2200 GMT) with his former enemy, FARC leader Timoleon Jimenez",
  tier="extra", date="2016-09-26")
R(["Colombia", "FARC"], "signed", "Colombia peace accord",
  "Colombia’s government and the leftist FARC rebels prepared to sign a historic peace accord Monday",
  tier="extra", date="2016-09-26")
R("Timoleon Jimenez", ["leads", "holds_position"], "FARC", "FARC leader Timoleon Jimenez", title="leader")
R("Juan Manuel Santos", ["leads", "holds_position"], "Colombia",
  ["“Today we are experiencing the happiness of a new dawn for Colombia,” President Juan Manuel Santos said"],
  title="President")
R("Ban Ki-moon", ["leads", "holds_position"], "United Nations", "UN Secretary-General Ban Ki-moon",
  title="Secretary-General")
R("John Kerry", "holds_position", "United States", "US Secretary of State John Kerry", title="Secretary of State")
R("Raul Castro", ["leads", "holds_position"], "Cuba", "Cuban President Raul Castro", title="President")
R("Pietro Parolin", "holds_position", "Vatican", "the Vatican’s Secretary of State Pietro Parolin",
  title="Secretary of State")
R(["Ban Ki-moon", "John Kerry", "Raul Castro"], "participated_in", "Colombia peace accord",
  "The guests at the signing will include UN Secretary-General Ban Ki-moon", tier="extra")
R("Cuba", "participated_in", "Colombia peace accord", "whose country hosted the nearly four-year-long peace talks",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("010_mugabe_wins_runoff_france24.txt", date="2008-06-29", publisher="France 24",
    url="http://www.france24.com/en/20080629-mugabe-wins-zimbabwe-run-off-vote-zimbabwe-election")
E("Robert Mugabe", "person", ["Mugabe", "Robert Gabriel Mugabe"])
E("Zimbabwe", "country")
E("Morgan Tsvangirai", "person", ["Tsvangirai"])
E("Movement for Democratic Change", "organization", ["MDC"])
E("Nelson Chamisa", "person", ["Chamisa"])
E("Zimbabwe presidential run-off", "event",
  ["run-off", "run-off vote", "Zimbabwe run-off vote", "one-man run-off elections", "one-man election"])
E("Godfrey Chidyausiku", "person", tier="extra")
E("State House", "location", tier="extra")
E("AFP", "organization", tier="extra")
E("Britain", "country", ["United Kingdom", "UK"], tier="extra")
E("Lord's Resistance Army", "organization", tier="extra")
R("Robert Mugabe", ["leads", "holds_position"], "Zimbabwe",
  ["Zimbabwe's President Robert Mugabe", "sworn in Sunday for a sixth term of office as Zimbabwe president"],
  title="President")
R("Morgan Tsvangirai", ["leads", "member_of"], "Movement for Democratic Change",
  "Tsvangirai's Movement for Democratic Change")
R("Nelson Chamisa", ["holds_position", "member_of"], "Movement for Democratic Change",
  "the MDC's chief spokesman Nelson Chamisa", title="chief spokesman")
R("Robert Mugabe", "participated_in", "Zimbabwe presidential run-off",
  "Mugabe has won the one-man run-off elections", tier="extra")
R("Morgan Tsvangirai", "participated_in", "Zimbabwe presidential run-off",
  "opposition leader Morgan Tsvangirai, who boycotted the election", tier="extra", status="negated")
R(["Movement for Democratic Change", "Nelson Chamisa"], ["dismissed", "criticized"], "Robert Mugabe",
  "The announcement was derided as a \"joke\" by Tsvangirai's Movement for Democratic Change", tier="extra")
R("Godfrey Chidyausiku", "holds_position", "Zimbabwe", "presided over by Chief Justice Godfrey Chidyausiku",
  tier="extra", title="Chief Justice")

# ---------------------------------------------------------------------------------------
doc("011_mnangagwa_sworn_in_bbc.txt", date="2018-08-26", publisher="BBC News",
    url="https://upesinews.co.ke/2018/08/26/zimbabwe-election-mnangagwa-sworn-in-as-dispute-continues/")
E("Emmerson Mnangagwa", "person", ["Mnangagwa", "Mr Mnangagwa"])
E("Zimbabwe", "country")
E("Robert Mugabe", "person")
E("Nelson Chamisa", "person")
E("MDC Alliance", "organization")
E("Constitutional Court", "organization", ["Zimbabwe's Constitutional Court"])
E("International Republican Institute", "organization", ["US International Republican Institute"], tier="extra")
E("National Democratic Institute", "organization", tier="extra")
E("Zanu-PF", "organization", ["ZANU-PF"], tier="extra")
E("Shingai Nyoka", "person", tier="extra")
E("Harare", "city", tier="extra")
E("BBC News", "organization", tier="extra")
E("United States", "country")
R("Robert Mugabe", ["leads", "holds_position"], "Zimbabwe",
  "July’s poll was the first since long-time leader Robert Mugabe was ousted from power last year.", title="President")
R("Emmerson Mnangagwa", ["leads", "holds_position"], "Zimbabwe",
  "Emmerson Mnangagwa has been sworn in as Zimbabwe’s president", date="2018-08-26", title="President")
R("Nelson Chamisa", ["leads", "member_of"], "MDC Alliance",
  "the opposition MDC Alliance who alleged that party leader Nelson Chamisa", title="party leader")
R("Constitutional Court", ["dismissed", "criticized"], "MDC Alliance",
  "the Constitutional Court rejected the opposition’s claims of fraud", tier="extra", date="2018-08-24")
R(["International Republican Institute", "National Democratic Institute"], "criticized", "Zimbabwe",
  "said Zimbabwe’s system did not allow political parties to be treated equally", tier="extra")
R("Shingai Nyoka", ["holds_position", "member_of"], "BBC News", "By Shingai Nyoka, BBC News, Harare", tier="extra")

# ---------------------------------------------------------------------------------------
doc("012_modi_sharif_ufa_talks.txt", date="2015-07-10", publisher="Business Standard (IANS)",
    url="https://business-standard.com/article/news-ians/modi-sharif-talk-after-a-year-agree-to-battle-terror-intro-roundup-115071001323_1.html")
E("Narendra Modi", "person", ["Modi", "Mr Modi"])
E("Nawaz Sharif", "person", ["Sharif", "Mr Sharif"])
E("India", "country")
E("Pakistan", "country")
E("Shanghai Cooperation Organization", "organization", ["SCO", "Shanghai Cooperation Organisation"])
E("Vladimir Putin", "person")
E("Russia", "country")
E("S. Jaishankar", "person", ["Jaishankar", "Subrahmanyam Jaishankar"])
E("Aizaz Ahmed Chaudhary", "person", ["Aizaz Chaudhry", "Aizaz Ahmed Chaudhry"])
E("Shiv Sena", "organization", tier="extra")
E("BJP", "organization", ["Bharatiya Janata Party"], tier="extra")
E("2008 Mumbai attacks", "event", ["Mumbai massacre", "2008 Mumbai massacre", "Mumbai terror carnage"], tier="extra")
E("Mumbai", "city", tier="extra")
E("SAARC Summit", "event", ["2016 SAARC Summit"], tier="extra")
E("Kashmir", "location", tier="extra")
E("South Asia", "location", tier="extra")
R("Narendra Modi", "met_with", "Nawaz Sharif",
  ["Indian Prime Minister Narendra Modi and his Pakistani counterpart Nawaz Sharif on Friday agreed",
   "Modi and Sharif, who arrived here on Thursday, met informally at a dinner"], date="2015-07-10")
R("Narendra Modi", ["leads", "holds_position"], "India", "Indian Prime Minister Narendra Modi",
  title="Prime Minister")
R("Nawaz Sharif", ["leads", "holds_position"], "Pakistan", "his Pakistani counterpart Nawaz Sharif",
  title="Prime Minister")
R("India", "member_of", "Shanghai Cooperation Organization",
  "the Shanghai Cooperation Organization (SCO) which New Delhi and Islamabad joined as full members on Friday",
  date="2015-07-10")
R("Pakistan", "member_of", "Shanghai Cooperation Organization",
  "the Shanghai Cooperation Organization (SCO) which New Delhi and Islamabad joined as full members on Friday",
  date="2015-07-10")
R("Vladimir Putin", ["leads", "holds_position"], "Russia", "Russian President Vladimir Putin", title="President")
R("S. Jaishankar", "holds_position", "India", "Foreign secretaries S. Jaishankar of India",
  title="Foreign secretary")
R("Aizaz Ahmed Chaudhary", "holds_position", "Pakistan", "Aizaz Ahmed Chaudhary of Pakistan",
  title="Foreign secretary")
R("Vladimir Putin", "met_with", ["Narendra Modi", "Nawaz Sharif"],
  "met informally at a dinner hosted by Russian President Vladimir Putin", tier="extra", date="2015-07-09")
R(["Narendra Modi", "Nawaz Sharif"], "participated_in", "Shanghai Cooperation Organization",
  "on the sidelines of the Shanghai Cooperation Organization (SCO)", tier="extra")
R("Shiv Sena", "allied_with", "BJP", "BJP ally, the Shiv Sena", tier="extra")
R("Shiv Sena", "criticized", ["Narendra Modi", "Nawaz Sharif"],
  "criticism not only from the opposition but also BJP ally, the Shiv Sena", tier="extra")
R("Narendra Modi", ["visited", "participated_in"], ["Pakistan", "SAARC Summit"],
  "Modi had agreed to visit Pakistan for the 2016 SAARC Summit", tier="extra")

# ---------------------------------------------------------------------------------------
doc("013_nato_warsaw_battalions.txt", date="2016-07-09", dateline="WARSAW", publisher="Reuters (Stabroek News)",
    url="https://stabroeknews.com/2016/07/09/news/regional/nato-agrees-reinforce-eastern-poland-baltic-states-russia")
E("NATO", "organization", ["North Atlantic Treaty Organization", "alliance", "Western defence alliance"])
E("Poland", "country")
E("Russia", "country")
E("Ukraine", "country")
E("Crimea", "location")
E("Jens Stoltenberg", "person", ["Stoltenberg"])
E("Warsaw", "city")
E("Barack Obama", "person", ["Obama", "President Obama", "President Barack Obama"])
E("United States", "country")
E("Germany", "country")
E("Lithuania", "country")
E("Britain", "country")
E("Estonia", "country")
E("Canada", "country")
E("Latvia", "country")
E("France", "country", tier="extra")
E("Ben Rhodes", "person", ["Rhodes"])
E("White House", "organization", tier="extra")
E("Moscow", "city", tier="extra")
E("Baltic states", "location", ["Baltics"])
E("NATO summit in Warsaw", "event", ["Warsaw summit", "NATO summit"], tier="extra")
E("Soviet bloc", "location", tier="extra")
E("Eastern Europe", "location", ["northeastern Europe", "central and eastern Europe"], tier="extra")
R("NATO", "sent_troops", ["Poland", "Baltic states"],
  "NATO leaders agreed yesterday to deploy military forces to the Baltic states and eastern Poland",
  date="2016-07-08")
R("United States", "sent_troops", "Poland",
  "President Barack Obama said the United States would deploy about 1,000 soldiers in Poland", count=1000)
R("Jens Stoltenberg", ["leads", "holds_position"], "NATO", "NATO Secretary-General Jens Stoltenberg",
  title="Secretary-General")
R("Barack Obama", ["leads", "holds_position"], "United States",
  "President Barack Obama said the United States", title="President")
R("Ben Rhodes", "holds_position", ["White House", "United States"],
  "White House deputy national security adviser Ben Rhodes", title="deputy national security adviser")
R("Warsaw", "capital_of", "Poland", "Warsaw, the Polish capital")
R("Russia", "attacked", ["Crimea", "Ukraine"], "Russia’s seizure of Crimea from Ukraine", tier="extra")
R("Crimea", "located_in", "Ukraine", "Russia’s seizure of Crimea from Ukraine", tier="extra")
R("Germany", ["sent_troops", "leads"], "Lithuania", "Germany will lead the battalion in Lithuania", tier="extra")
R("Britain", ["sent_troops", "leads"], "Estonia", "Germany will lead the battalion in Lithuania, Britain in Estonia",
  tier="extra")
R("Canada", ["sent_troops", "leads"], "Latvia", "Britain in Estonia and Canada in Latvia", tier="extra")
R("France", "sent_troops", ["Poland", "Baltic states"], "Other nations such as France will supply troops.",
  tier="extra")
R("Jens Stoltenberg", "participated_in", "NATO summit in Warsaw",
  "told a news conference after the summit’s first working session in Warsaw", tier="extra")
R("Ben Rhodes", ["accused", "criticized"], "Russia", "what he called continued aggression by Russia", tier="extra")

# ---------------------------------------------------------------------------------------
doc("014_duma_ratifies_new_start.txt", date="2011-01-25", dateline="MOSCOW", publisher="RIA Novosti",
    url="https://sputnikglobe.com/20110125/162300453.html")
E("Barack Obama", "person", ["U.S. President Barack Obama"])
E("Dmitry Medvedev", "person", ["Medvedev"])
E("Russia", "country")
E("United States", "country")
E("State Duma", "organization", ["Russian State Duma", "Duma"])
E("New START", "agreement", ["new START treaty", "new strategic arms reduction treaty", "new arms reduction pact",
                             "New START treaty", "START treaty"])
E("United States Senate", "organization", ["U.S. Senate", "US Senate", "Senate"])
E("Federation Council", "organization", tier="extra")
E("START 1", "agreement", ["START I"], tier="extra")
E("Prague", "city", tier="extra")
E("Kremlin", "organization", tier="extra")
E("RIA Novosti", "organization", tier="extra")
R(["State Duma", "Russia"], "ratified", "New START",
  ["the ratification by the Russian State Duma of the new START treaty",
   "Russian lawmakers approved the new START treaty earlier on Tuesday"], date="2011-01-25")
R("Dmitry Medvedev", "signed", "New START", "was signed by Medvedev and Obama in Prague in April, 2010",
  date="2010-04", place="Prague")
R("Barack Obama", "signed", "New START", "was signed by Medvedev and Obama in Prague in April, 2010",
  date="2010-04", place="Prague")
R(["United States Senate", "United States"], "ratified", "New START",
  "The U.S. Senate ratified the deal on December 22, 2010", date="2010-12-22")
R("Dmitry Medvedev", ["leads", "holds_position"], "Russia", "Russian President Dmitry Medvedev", title="President")
R("Barack Obama", ["leads", "holds_position"], "United States", "U.S. President Barack Obama", title="President")
R("Barack Obama", "met_with", "Dmitry Medvedev",
  "during a phone conversation with Russian President Dmitry Medvedev on Tuesday", tier="extra",
  date="2011-01-25")
R("Barack Obama", "supports", ["State Duma", "New START"],
  "U.S. President Barack Obama praised the ratification of the new strategic arms reduction treaty", tier="extra")
R("State Duma", "member_of", "Russia", "the lower house of the Russian parliament", tier="extra")

# ---------------------------------------------------------------------------------------
doc("015_abiy_visits_asmara.txt", date="2018-07-09", publisher="stocknewspress.com",
    url="http://stocknewspress.com/2018/07/09/ethiopian-leader-visits-asmara-for-historic-peace-talks.html")
E("Abiy Ahmed", "person", ["Abiy", "Prime Minister Abiy Ahmed"])
E("Isaias Afwerki", "person", ["Isaias", "President Isaias Afwerki"])
E("Ethiopia", "country")
E("Eritrea", "country", ["Erirea"])
E("Asmara", "city")
E("Asmara airport", "location", ["Asmara International Airport"], tier="extra")
E("Workneh Gebeyhu", "person", ["Dr Workneh Gebeyhu"])
E("Yemane Gebremeskel", "person", ["Yemane G. Meskel", "Yemane Gebre Meskel"])
E("Joint Declaration of Peace and Friendship", "agreement", ["Joint Declaration"])
E("Uhuru Kenyatta", "person", ["Kenyatta"], tier="extra")
E("Intergovernmental Authority on Development", "organization", ["IGAD"], tier="extra")
E("Fana television", "organization", ["Fana", "Fana Broadcasting Corporate"], tier="extra")
E("Twitter", "organization", tier="extra")
E("Eritrean-Ethiopian War", "event", ["war 1998-2000 war", "border war"], tier="extra")
R("Abiy Ahmed", ["arrived_in", "visited"], ["Asmara", "Eritrea", "Asmara airport"],
  ["when he landed at Asmara airport", "Ethiopian leader visits Asmara for historic peace talks"])
R("Isaias Afwerki", "met_with", "Abiy Ahmed",
  ["Eritrea's President Isaias Afwerki warmly welcomed Ethiopian Prime Minister Abiy Ahmed",
   "Ethiopia's Prime Minister Abiy Ahmed is welcomed by Erirea's President Isaias Afwerki"], place="Asmara")
R("Isaias Afwerki", ["leads", "holds_position"], "Eritrea", "Eritrea's President Isaias Afwerki", title="President")
R("Abiy Ahmed", ["leads", "holds_position"], "Ethiopia", "Ethiopian Prime Minister Abiy Ahmed",
  title="Prime Minister")
R("Workneh Gebeyhu", "holds_position", "Ethiopia", "Ethiopia's foreign affairs minister, Dr Workneh Gebeyhu",
  title="foreign affairs minister")
R("Yemane Gebremeskel", "holds_position", "Eritrea", "Eritrean Information Minister Yemane Gebremeskel",
  title="Information Minister")
R("Uhuru Kenyatta", "supports", ["Isaias Afwerki", "Abiy Ahmed"],
  "President Uhuru Kenyatta has lauded the handshake between the leaders of Eritrea and Ethiopia", tier="extra")
R(["Ethiopia", "Eritrea", "Abiy Ahmed", "Isaias Afwerki"], "signed", "Joint Declaration of Peace and Friendship",
  "Quoting from a \"Joint Declaration of Peace and Friendship\"", tier="extra")

# ---------------------------------------------------------------------------------------
doc("016_obama_welcomes_xi_state_visit.txt", date="2015-09-25", publisher="CCTV America",
    url="http://www.cctv-america.com/2015/09/25/obama-welcomes-president-xi-for-state-visit-with-nihao")
E("Barack Obama", "person")
E("Xi Jinping", "person", ["Xi", "President Xi"])
E("China", "country")
E("United States", "country")
E("White House", "organization", tier="extra")
E("Washington", "city", ["Washington D.C.", "Washington, D.C."])
E("Peng Liyuan", "person", tier="extra")
E("South Lawn", "location", tier="extra")
E("Blair House", "location", tier="extra")
E("Associated Press", "organization", tier="extra")
E("Xinhua News Agency", "organization", tier="extra")
E("Steve Helber", "person", tier="extra")
E("Li Xueren", "person", tier="extra")
R("Barack Obama", "met_with", "Xi Jinping",
  ["U.S. President Barack Obama welcomed Chinese President Xi Jinping",
   "Following the welcome ceremony Obama and Xi continued their three-hour talks"],
  date="2015-09-25", place="Washington")
R("Xi Jinping", "visited", ["United States", "White House", "Washington"],
  ["his ongoing state visit to the U.S.", "at the White House for an official state visit Friday"],
  date="2015-09")
R("Xi Jinping", ["leads", "holds_position"], "China", "Chinese President Xi Jinping", title="President")
R("Barack Obama", ["leads", "holds_position"], "United States", "U.S. President Barack Obama", title="President")
R("Washington", "capital_of", "United States", "Washington D.C., capital of the United States")
R("Peng Liyuan", "visited", ["United States", "White House"],
  "welcomed Chinese President Xi Jinping and first lady Peng Liyuan at the White House", tier="extra")
R("South Lawn", "located_in", ["White House", "Washington"], "on the South Lawn of the White House in Washington",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("017_israel_strikes_gaza_truce.txt", date="2022-08-08", publisher="The National",
    url="https://www.thenationalnews.com/mena/2022/08/08/israel-strikes-gaza-as-egypt-mediated-ceasefire-comes-into-force/")
E("Israel", "country", ["state of Israel"])
E("Gaza", "location")
E("Islamic Jihad", "organization", ["Palestinian Islamic Jihad"])
E("Egypt", "country")
E("Yair Lapid", "person", ["Lapid", "Mr Lapid"])
E("Tor Wennesland", "person", ["Wennesland"])
E("United Nations", "organization")
E("Mohammad Al Hindi", "person", ["Mohammad al-Hindi"])
E("Egyptian-brokered truce", "agreement", ["truce", "ceasefire", "Egyptian truce agreement", "Egypt-mediated ceasefire"])
E("Tel Aviv", "city", tier="extra")
R("Israel", "attacked", ["Gaza", "Islamic Jihad"],
  ["Israel strikes Gaza as Egypt-mediated ceasefire comes into force",
   "the [military] is currently striking a wide range of targets\" belonging to Islamic Jihad in Gaza"],
  date="2022-08-07")
R("Yair Lapid", ["leads", "holds_position"], "Israel", "Israeli Prime Minister Yair Lapid", title="Prime Minister")
R("Tor Wennesland", "holds_position", "United Nations", "UN Middle East peace envoy Tor Wennesland",
  title="Middle East peace envoy")
R("Mohammad Al Hindi", "member_of", "Islamic Jihad", "Senior Islamic Jihad member Mohammad Al Hindi")
R("Islamic Jihad", "attacked", "Israel", "in response to rockets fired toward Israeli territory", tier="extra",
  status="alleged", attributed_to=["Israel"])
R(["Israel", "Islamic Jihad"], ["signed", "participated_in"], "Egyptian-brokered truce",
  "Israel and Islamic Jihad militants on Sunday began a precarious Egyptian-brokered truce", tier="extra",
  date="2022-08-07")
R("Egypt", "participated_in", "Egyptian-brokered truce", "\"The state of Israel thanks Egypt for its efforts,\"",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("018_iran_long_range_missile_test_rfi.txt", date="2008-07-09", publisher="RFI",
    url="http://www1.rfi.fr/actuen/articles/103/article_934.asp")
E("Iran", "country")
E("Shahab-3", "weapon", ["Shahab 3", "long-range missile"])
E("United States", "country")
E("Hossein Salami", "person", ["Salami"])
E("Islamic Revolutionary Guards Corps", "organization", ["Revolutionary Guards Air Force"])
E("Ali Khamenei", "person", ["Khamenei", "Ayatollah Ali Khamenei", "Ali Khamanei", "Supreme Leader Ayatollah Ali Khamenei"])
E("Mahmoud Ahmadinejad", "person", ["Ahmadinejad"])
E("Israel", "country")
E("Syria", "country")
E("Al-Alam", "organization", ["Al Alam"], tier="extra")
E("Natanz", "city", tier="extra")
E("Greece", "country", tier="extra")
E("US Navy", "organization", ["U.S. Navy"], tier="extra")
E("UN Security Council", "organization", ["United Nations Security Council"], tier="extra")
E("AFP", "organization", tier="extra")
E("Gulf", "location", ["Persian Gulf"], tier="extra")
R("Iran", "tested", "Shahab-3",
  ["Iran test-fired a long-range missile on Wednesday", "The Shahab-3, was one of nine missiles fired"],
  date="2008-07-09")
R("United States", ["condemned", "criticized"], "Iran", "The US condemned the test", date="2008-07-09")
R("Hossein Salami", ["holds_position", "leads"], ["Islamic Revolutionary Guards Corps", "Iran"],
  "Revolutionary Guards Air Force Commander Hossein Salami", title="Air Force Commander")
R("Ali Khamenei", ["leads", "holds_position"], "Iran", "Supreme Leader Ayatollah Ali Khamenei",
  title="Supreme Leader")
R("Mahmoud Ahmadinejad", ["leads", "holds_position"], "Iran", "Iranian President Mahmoud Ahmadinejad",
  title="President")
R("Israel", "attacked", "Syria", "Israel conducted an air strike in Syria in September 2007", date="2007-09")
R("Mahmoud Ahmadinejad", ["criticized", "opposes"], "Israel",
  "has repeatedly made hostile statements about Israel", tier="extra")
R("Israel", "participated_in", "Greece", "Israel had conducted military maneouvres in Greece", tier="extra")

# ---------------------------------------------------------------------------------------
doc("019_chavez_expels_us_ambassador.txt", date="2008-09-12", publisher="The Christian Science Monitor",
    url="https://www.csmonitor.com/World/terrorism-security/2008/0912/p99s05-duts.html")
E("Hugo Chavez", "person")
E("Evo Morales", "person", ["Morales"])
E("Venezuela", "country")
E("Bolivia", "country")
E("United States", "country")
E("Patrick Duddy", "person", ["Duddy"])
E("Philip Goldberg", "person", ["Goldberg", "Philip S. Goldberg"])
E("The New York Times", "organization", ["New York Times"], tier="extra")
E("The Guardian", "organization", ["Guardian"], tier="extra")
E("Bloomberg", "organization", tier="extra")
E("La Paz", "city", tier="extra")
E("Caracas", "city", tier="extra")
R("Hugo Chavez", "accused", "United States",
  ["accusations by Chavez and Bolivian President Evo Morales that Washington is plotting to overthrow their governments",
   "Chavez alleges that the US is plotting a military coup against him"],
  charge="plotting to overthrow their governments")
R("Evo Morales", "accused", "United States",
  ["accusations by Chavez and Bolivian President Evo Morales that Washington is plotting to overthrow their governments",
   "Morales blames Washington for upheavals in eastern Bolivia"],
  charge="plotting to overthrow their governments")
R("Bolivia", "accused", "United States",
  "Bolivia on Wednesday accused the US of supporting opposition groups", date="2008-09-10",
  charge="supporting opposition groups")
R("Evo Morales", "accused", "Philip Goldberg",
  "Morales expelled US Ambassador Philip Goldberg from Bolivia on Wednesday, accusing him of supporting opposition groups",
  date="2008-09-10", charge="supporting opposition groups in eastern Bolivia")
R("Hugo Chavez", ["leads", "holds_position"], "Venezuela", "Venezuelan President Hugo Chavez", title="President")
R("Evo Morales", ["leads", "holds_position"], "Bolivia", "Bolivian President Evo Morales", title="President")
R("Patrick Duddy", "holds_position", "United States", "US Ambassador Patrick Duddy", title="Ambassador")
R("Philip Goldberg", "holds_position", "United States", "US Ambassador Philip Goldberg", title="Ambassador")
R("United States", "dismissed", "Hugo Chavez", "The US has denied Chavez's claims.", tier="extra")
R(["Evo Morales", "Bolivia"], "allied_with", ["Hugo Chavez", "Venezuela"], "Bolivia's Morales, a Chavez ally",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("020_eu_us_sanctions_crimea.txt", date="2014-03-18", dateline="VIENNA/WASHINGTON",
    publisher="The Peninsula (The Guardian)",
    url="http://thepeninsulaqatar.com/news/international/276427/eu-us-impose-sanctions-on-russian-officials")
E("European Union", "organization", ["EU"])
E("United States", "country")
E("Russia", "country")
E("Ukraine", "country")
E("Crimea", "location")
E("Sevastopol", "city")
E("Barack Obama", "person", ["US President Barack Obama"])
E("Crimea referendum", "event", ["referendum"])
E("The Guardian", "organization", tier="extra")
E("White House", "organization", tier="extra")
E("Vienna", "city", tier="extra")
E("Europe", "location", tier="extra")
R("European Union", "sanctioned", "Russia",
  ["EU, US impose sanctions on Russian officials",
   "European foreign ministers imposed EU-wide sanctions yesterday against 21 Russian and Ukrainian officials"],
  date="2014-03-17")
R("United States", "sanctioned", "Russia",
  ["Washington followed up an hour later with a list of its own, targeting seven top Russian government officials",
   "The US and the European Union have retaliated over the Crimea referendum by targeting sanctions against Russians and Ukrainians."],
  date="2014-03-17")
R("Barack Obama", ["leads", "holds_position"], "United States", "US President Barack Obama", title="President")
R("Sevastopol", "located_in", "Crimea", "Sevastopol, Crimea, Ukraine")
R("Crimea", "located_in", "Ukraine", "Sevastopol, Crimea, Ukraine")
R("Barack Obama", "visited", "Europe", "US President Barack Obama is to visit Europe next week", tier="extra")
R("Russia", ["dismissed", "criticized"], ["European Union", "United States"],
  "Russia responded by insisting the sanctions would have little impact.", tier="extra")

# ---------------------------------------------------------------------------------------
doc("021_obama_afghanistan_surge_wapo.txt", date="2009-12-02", dateline="WEST POINT, N.Y.",
    publisher="The Washington Post", author="Scott Wilson",
    url="http://www.washingtonpost.com/wp-dyn/content/article/2009/12/01/AR2009120101231.html")
E("Barack Obama", "person")
E("United States", "country")
E("Afghanistan", "country")
E("Hamid Karzai", "person", ["Karzai"])
E("Stanley A. McChrystal", "person", ["Stanley McChrystal", "McChrystal", "Gen. Stanley A. McChrystal"])
E("NATO", "organization")
E("U.S. Military Academy", "organization", ["United States Military Academy"], tier="extra")
E("West Point", "city", tier="extra")
E("Scott Wilson", "person", tier="extra")
E("The Washington Post", "organization", ["Washington Post"], tier="extra")
R(["United States", "Barack Obama"], "sent_troops", "Afghanistan",
  ["he will send 30,000 additional U.S. troops to Afghanistan",
   "to send an additional 30,000 U.S. troops to Afghanistan"], date="2009-12-01", count=30000)
R("Hamid Karzai", ["leads", "holds_position"], "Afghanistan", "the uncertain government of President Hamid Karzai",
  title="President")
R("Stanley A. McChrystal", ["holds_position", "leads"], ["NATO", "United States"],
  "Gen. Stanley A. McChrystal, the commander of U.S. and NATO forces there", title="commander")
R("Barack Obama", ["leads", "holds_position"], "United States", "As commander in chief", title="commander in chief")
R("Barack Obama", "visited", ["U.S. Military Academy", "West Point"],
  "Obama said in a speech at the U.S. Military Academy at West Point, N.Y.", tier="extra", date="2009-12-01")
R("U.S. Military Academy", "located_in", "West Point", "the U.S. Military Academy at West Point", tier="extra")
R("Scott Wilson", ["holds_position", "member_of"], "The Washington Post", "By Scott Wilson\nWashington Post Staff Writer",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("022_sudan_south_sudan_addis_talks.txt", date="2013-01-05", dateline="ADDIS ABABA", publisher="Capital FM (AFP)",
    url="https://www.capitalfm.co.ke/news/2013/01/sudan-south-sudan-meet-to-push-security-oil-deals/")
E("Omar al-Bashir", "person", ["Bashir", "Omar Hassan al-Bashir", "Umar al-Bashir"])
E("Salva Kiir", "person", ["Kiir"])
E("Sudan", "country")
E("South Sudan", "country")
E("Thabo Mbeki", "person", ["Mbeki"])
E("African Union", "organization")
E("Hailemariam Desalegn", "person", ["Hailemariam"])
E("Ethiopia", "country")
E("Addis Ababa", "city", tier="extra")
E("Abyei", "location", tier="extra")
E("Juba", "city", tier="extra")
E("Khartoum", "city", tier="extra")
E("AFP", "organization", tier="extra")
R("Omar al-Bashir", "met_with", "Salva Kiir",
  ["The rival presidents of Sudan and South Sudan met for face-to-face talks Saturday",
   "Sudanese President Omar al-Bashir and his Southern counterpart Salva Kiir met alongside African Union mediator Thabo Mbeki"],
  date="2013-01-05", place="Addis Ababa")
R("Omar al-Bashir", ["leads", "holds_position"], "Sudan", "Sudanese President Omar al-Bashir", title="President")
R("Salva Kiir", ["leads", "holds_position"], "South Sudan", "South Sudan's President Salva Kiir", title="President")
R("Thabo Mbeki", "holds_position", "African Union", "African Union mediator Thabo Mbeki", title="mediator")
R("Hailemariam Desalegn", ["leads", "holds_position"], "Ethiopia", "Ethiopian Prime Minister Hailemariam Desalegn",
  title="Prime Minister")
for who in ("Omar al-Bashir", "Salva Kiir"):
    R(who, "arrived_in", "Ethiopia", "Bashir and Kiir arrived in Ethiopia on Friday", date="2013-01-04")
R("South Sudan", "accused", "Sudan", "South Sudan accused Khartoum of waging fresh attacks along their disputed border",
  date="2013-01-03", charge="waging fresh attacks along their disputed border")
R("Sudan", "attacked", "South Sudan",
  ["South Sudan accused Khartoum of waging fresh attacks along their disputed border",
   "accusations that Khartoum had bombed South Sudan"],
  status="alleged", attributed_to=["South Sudan"])
R("Hailemariam Desalegn", "met_with", ["Omar al-Bashir", "Salva Kiir"],
  "Ethiopian Prime Minister Hailemariam Desalegn, who is hosting the talks, also attended the first meeting",
  tier="extra", date="2013-01-05")
R("Thabo Mbeki", "met_with", ["Omar al-Bashir", "Salva Kiir"],
  "met alongside African Union mediator Thabo Mbeki", tier="extra", date="2013-01-05")

# ---------------------------------------------------------------------------------------
doc("023_korean_leaders_first_meeting_ap.txt", date="2000-06-13", dateline="SEOUL, South Korea",
    publisher="Associated Press (Lubbock Avalanche-Journal)",
    url="http://lubbockonline.com/stories/061300/wor_061300105.shtml")
E("Kim Dae-jung", "person", ["Kim Dae Jung"])
E("Kim Jong Il", "person", ["Kim Jong-il", "Kim Jong II"])
E("South Korea", "country")
E("North Korea", "country")
E("Pyongyang", "city")
E("Sunan airport", "location", ["Sunan International Airport"], tier="extra")
E("Korean Peninsula", "location", ["Korean peninsula"], tier="extra")
E("Associated Press", "organization", tier="extra")
E("Seoul", "city", tier="extra")
E("inter-Korean summit", "event", ["three-day summit", "inter-Korean meeting"], tier="extra")
R("Kim Dae-jung", "met_with", "Kim Jong Il",
  ["His counterpart, Kim Jong Il, greeted him",
   "He welcomed Kim Dae-jung, wearing a dark suit, at the foot of his plane."],
  date="2000-06-13", place="Pyongyang")
R("Kim Dae-jung", ["arrived_in", "visited"], ["Pyongyang", "North Korea", "Sunan airport"],
  "South Korean President Kim Dae-jung's jet landed at an airport on the outskirts of Pyongyang", date="2000-06-13")
R("Kim Dae-jung", ["leads", "holds_position"], "South Korea", "South Korean President Kim Dae-jung",
  title="President")
R("Kim Jong Il", ["leads", "holds_position"], "North Korea", ["His counterpart, Kim Jong Il",
                                                              "Kim Jong II North Korean president"], title="leader")
R(["Kim Dae-jung", "Kim Jong Il"], "participated_in", "inter-Korean summit", "Arriving for a three-day summit",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("024_turkey_fires_at_syria_ap.txt", date="2012-10-03", dateline="ISTANBUL", publisher="Associated Press (6abc)",
    url="https://6abc.com/archive/8834519/")
E("Turkey", "country")
E("Syria", "country")
E("Bashar Assad", "person", ["Bashar al-Assad", "Assad"])
E("Recep Tayyip Erdogan", "person", ["Erdogan", "Tayyip Erdogan", "Recep Tayyip Erdoğan"])
E("Hillary Rodham Clinton", "person", ["Hillary Clinton", "Clinton"])
E("United States", "country")
E("Ahmet Davutoglu", "person", ["Davutoglu"])
E("Aleppo", "city")
E("Akcakale", "city")
E("Iraq", "country", tier="extra")
E("Anadolu Agency", "organization", ["Anadolu agency", "Anadolu"], tier="extra")
E("Associated Press", "organization", tier="extra")
E("Istanbul", "city", tier="extra")
R("Turkey", "attacked", "Syria",
  "responded to this atrocious attack with artillery fire on points in Syria", date="2012-10-03")
R("Syria", "attacked", ["Turkey", "Akcakale"],
  ["a shell fired from inside Syria landed on a home in the Turkish village of Akcakale",
   "such provocations by the Syrian regime against our national security"], date="2012-10-03")
R("Bashar Assad", ["leads", "holds_position"], "Syria", "Syrian President Bashar Assad", title="President")
R("Recep Tayyip Erdogan", ["leads", "holds_position"], "Turkey", "the office of Prime Minister Recep Tayyip Erdogan",
  title="Prime Minister")
R("Hillary Rodham Clinton", "holds_position", "United States", "Secretary of State Hillary Rodham Clinton",
  title="Secretary of State")
R("Ahmet Davutoglu", "holds_position", "Turkey", "Turkish Foreign Minister Ahmet Davutoglu",
  title="Foreign Minister")
R("Akcakale", "located_in", "Turkey", "the Turkish village of Akcakale")
R("Aleppo", "located_in", "Syria", "Syria's commercial and cultural capital of Aleppo")
R(["Hillary Rodham Clinton", "United States"], ["criticized", "condemned"], "Syria",
  "the U.S. was \"outraged that the Syrians have been shooting across the border,\"", tier="extra")
R("Hillary Rodham Clinton", "met_with", "Ahmet Davutoglu",
  "she would speak with Turkish Foreign Minister Ahmet Davutoglu", tier="extra")


# ---------------------------------------------------------------------------------------


if __name__ == "__main__":
    main(HERE, "dev",
         "Gold knowledge graph for the development set in datasets/dev/articles (25 real news articles, 2000-2024, other outlets, places and years than the seeds).")
