#!/usr/bin/env python3
"""Source of datasets/blind16/blind16.gold.json (run: python3 datasets/blind16/gold_src.py [OUT]).

Written by hand, article by article, from the text of datasets/blind16/articles only, before
any extractor output on these articles was looked at (the sixteenth evaluation set, fifteenth
blind one: see README.md); kg was not run on these articles by the person who wrote the gold. The
helpers doc/E/R/main are datasets/gold_lib.py. Entities named in several articles are one gold
entity (aliases unioned, `core` if core anywhere); the same relation reported by several
articles is one gold relation whose evidence holds a quote from each (and whose date is dropped
when the articles describe different dates). Every relation also lists the `documents` its
quotes come from (score.py ignores the key; tests/cli/test_blind16_gold.py checks the quotes
against them).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_lib import E, R, doc, main  # noqa: E402

# ---------------------------------------------------------------------------------------
doc("000_eleven_republics_form_commonwealth_alma_ata_nyt_techinsider.txt", date="1991-12-21",
    publisher="The New York Times (tech-insider.org copy)", dateline="Alma-Ata, Kazakhstan",
    url="http://tech-insider.org/related/research/1991/1221.html")
E("Commonwealth of Independent States", "organization", ["commonwealth"])
E("Soviet Union", "country", ["Soviet"])
E("Alma-Ata", "city")
E("Kazakhstan", "country", ["Kazakh"])
E("commonwealth agreement", "agreement")
E("Mikhail S. Gorbachev", "person", ["Gorbachev", "Mr. Gorbachev"])
E("Boris N. Yeltsin", "person")
E("Russia", "country", ["Russian federated republic", "Russian"])
E("Georgia", "country")
E("Baltic states", "location", tier="extra")
E("Kremlin", "location", tier="extra")
E("Francis X. Clines", "person", tier="extra")
E("The New York Times", "organization", tier="extra")
R("Boris N. Yeltsin", ["leads", "holds_position"], "Russia",
  "said President Boris N. Yeltsin of the Russian federated republic, who is head of the biggest and most powerful of the new commonwealth's constituent parts",
  title="President")
R("Russia", "member_of", "Commonwealth of Independent States",
  ["the Russian federated republic, who is head of the biggest and most powerful of the new commonwealth's constituent parts",
   "Eleven former republics of the Soviet Union formally constituted themselves today as the Commonwealth of Independent States"],
  date="1991-12-21")
R("Mikhail S. Gorbachev", ["leads", "holds_position"], "Soviet Union",
  "the resignation of Soviet President Mikhail S. Gorbachev, even though it has not yet been submitted", title="President")
R("Alma-Ata", "capital_of", "Kazakhstan",
  ["Alma-Ata, Kazakhstan, Dec. 21, 1991", "the republic leaders meeting in the Kazakh capital, near the Chinese border"])
R(["Boris N. Yeltsin", "Russia"], "signed", "commonwealth agreement",
  "the republic leaders meeting in the Kazakh capital, near the Chinese border, negotiated and signed a broad commonwealth agreement",
  tier="extra", date="1991-12-21", place="Alma-Ata")
R("Kazakhstan", "member_of", "Commonwealth of Independent States",
  "the republic leaders meeting in the Kazakh capital", tier="extra", date="1991-12-21")
R("Georgia", "member_of", "Commonwealth of Independent States",
  "nor is Georgia, which instead sent an observer to the talks", tier="extra", status="negated")
R("Baltic states", "member_of", "Commonwealth of Independent States",
  "The Baltic states, which regained independence in September, are not participating", tier="extra", status="negated")
R("Boris N. Yeltsin", "opposes", "Mikhail S. Gorbachev",
  "who has been Mr. Gorbachev's chief reform antagonist through the last four turbulent years", tier="extra")

# ---------------------------------------------------------------------------------------
doc("001_clinton_normalizes_relations_vietnam_time.txt", date="1995-07-11", publisher="TIME",
    url="http://content.time.com/time/nation/article/0,8599,4333,00.html")
E("Clinton", "person", ["President Clinton"])
E("Vietnam", "country", ["Hanoi"])
E("United States", "country", ["U.S.", "Washington"])
E("White House", "location")
E("East Room", "location", tier="extra")
E("Bob Dole", "person")
E("State Department", "organization")
E("Vietnamese conflict", "event", tier="extra")
E("Dean Fischer", "person", tier="extra")
E("TIME", "organization", tier="extra")
R("Bob Dole", "accused", "Vietnam",
  "\"All signs point to Vietnam willfully withholding information which could resolve the fate of many Americans lost in the war,\"",
  charge="willfully withholding information which could resolve the fate of many Americans lost in the war")
R("Bob Dole", "holds_position", "United States", "Senate Majority Leader Bob Dole", tier="extra",
  title="Senate Majority Leader")
R("Clinton", ["leads", "holds_position"], "United States",
  ["said President Clinton", "Clintonexchanged 20 years of cold peace for active ties to an economically resurgent Vietnam"],
  tier="extra", title="President")
R("East Room", "located_in", "White House", "spoken at a solemn ceremony in the East Room of the White House", tier="extra")
R("United States", "participated_in", "Vietnamese conflict", "U.S. servicemen missing in the Vietnamese conflict",
  tier="extra")
R("Vietnam", "participated_in", "Vietnamese conflict", "U.S. servicemen missing in the Vietnamese conflict",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("002_south_african_troops_enter_lesotho_baltimore_sun.txt", date="1998-09-23",
    publisher="The Baltimore Sun", dateline="JOHANNESBURG, South Africa",
    url="http://articles.baltimoresun.com/1998-09-23/news/1998266131_1_lesotho-south-africa-african")
E("South Africa", "country", ["S. African", "South African", "South Africans"])
E("Lesotho", "country")
E("Maseru", "city")
E("Johannesburg", "city", ["JOHANNESBURG"])
E("Pretoria", "city")
E("King Letsie III", "person")
E("Southern African Development Community", "organization", ["SADC"])
E("Lesotho Highlands Water Project", "organization", tier="extra")
E("Africa", "location", tier="extra")
E("Maryland", "location", tier="extra")
E("Gilbert A. Lewthwaite", "person", tier="extra")
E("The Baltimore Sun", "organization", ["SUN"], tier="extra")
R("South Africa", "sent_troops", "Lesotho",
  ["S. African troops enter Lesotho to restore political stability",
   "South Africa, in its first post-apartheid military intervention, yesterday sent troops to end political unrest in the South African-encircled mountain kingdom of Lesotho.",
   "About 700 South Africans troops secured the royal palace"],
  date="1998-09-22", count=700)
R("South Africa", "member_of", "Southern African Development Community",
  "where it now chairs the 14-nation Southern African Development Community (SADC)")
R("Maseru", "capital_of", "Lesotho", "in Maseru, the Lesotho capital")
R("Johannesburg", "located_in", "South Africa", "JOHANNESBURG, South Africa")
R("King Letsie III", "leads", "Lesotho", "the royal palace, home of King Letsie III", tier="extra", title="King")
R("South Africa", "attacked", "Lesotho",
  "Five South African soldiers were killed and 11 wounded as they met strong resistance while taking control of military bases in the independent country.",
  tier="extra", date="1998-09-22")

# ---------------------------------------------------------------------------------------
doc("003_akayev_signs_resignation_moscow_the_post_athens.txt", date="2005-04-05",
    publisher="The Post (Athens, Ohio)", dateline="MOSCOW",
    url="https://www.thepostathens.com/article/2005/04/kyrgyzstans-president-resigns-new-elections-slotted-for-late-june")
E("Askar Akayev", "person", ["Akayev"])
E("Kyrgyzstan", "country", ["Kyrgyz"])
E("Moscow", "city", ["MOSCOW"])
E("Kyrgyz Embassy", "location")
E("Omurbek Tekebayev", "person")
E("Tashkul Kereksizov", "person", ["Kereksizov"])
E("Kyrgyzstan's parliament", "organization")
E("Ukraine", "country", ["Ukrainian"])
E("presidential elections", "event", tier="extra")
E("parliamentary elections", "event", tier="extra")
R("Askar Akayev", ["leads", "holds_position"], "Kyrgyzstan",
  "Askar Akayev signed his resignation as Kyrgyzstan's president yesterday", title="president")
R("Askar Akayev", "met_with", "Omurbek Tekebayev",
  "a day after meeting with a delegation representing Kyrgyzstan's interim leadership headed by parliament speaker Omurbek Tekebayev",
  date="2005-04-03", place="Moscow")
R("Omurbek Tekebayev", ["holds_position", "leads"], "Kyrgyzstan's parliament",
  "Kyrgyzstan's interim leadership headed by parliament speaker Omurbek Tekebayev", title="speaker")
R("Askar Akayev", ["arrived_in", "visited"], "Russia",
  "forcing Akayev to flee initially to neighboring Kazakhstan and then to refuge in Russia", date="2005-03")
R("Askar Akayev", ["arrived_in", "visited"], "Kazakhstan",
  "forcing Akayev to flee initially to neighboring Kazakhstan and then to refuge in Russia", date="2005-03")
R("Kyrgyz Embassy", "located_in", "Moscow", "at the Kyrgyz Embassy in Moscow")
R("Tashkul Kereksizov", "member_of", "Kyrgyzstan's parliament", "lawmaker Tashkul Kereksizov said", tier="extra")
R("United States", "supports", "Kyrgyzstan", "The United States is Kyrgyzstan's biggest donor", tier="extra")
R("Russia", "sent_troops", "Kyrgyzstan", "Kyrgyzstan, which has Russian and U.S. bases", tier="extra")
R("United States", "sent_troops", "Kyrgyzstan", "Kyrgyzstan, which has Russian and U.S. bases", tier="extra")
R("Kyrgyzstan", "member_of", "Soviet Union", "the third former Soviet republic to be upended by popular protests",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("004_nepal_maoists_government_sign_peace_deal_afp_mail_guardian.txt", date="2006-11-21",
    publisher="AFP (Mail & Guardian)",
    url="https://mg.co.za/article/2006-11-21-nepals-maoists-govt-sign-landmark-peace-deal/")
E("Nepal", "country")
E("Maoist rebels", "organization", ["Maoist insurgents"])
E("Prachanda", "person")
E("Girija Prasad Koirala", "person")
E("King Gyanendra", "person")
E("peace accord", "agreement", ["landmark peace accord", "peace deal"])
E("United Nations", "organization", ["U.N."])
E("people's war", "event", ["people\u2019s war"], tier="extra")
E("AFP", "organization", tier="extra")
SIGN4 = "Nepal\u2019s Maoist insurgents and interim government signed a landmark peace accord on Tuesday"
SIGN4B = "rebel leader Prachanda \u2014 whose name means \u201dthe fierce one\u201d \u2014 and Prime Minister Girija Prasad Koirala signed off on a deal"
R(["Prachanda", "Maoist rebels"], "signed", "peace accord", [SIGN4, SIGN4B], date="2006-11-21")
R(["Girija Prasad Koirala", "Nepal"], "signed", "peace accord", [SIGN4, SIGN4B], date="2006-11-21")
R("Prachanda", "leads", "Maoist rebels", "rebel leader Prachanda")
R("Girija Prasad Koirala", ["holds_position", "leads"], "Nepal", "Prime Minister Girija Prasad Koirala", tier="extra",
  title="Prime Minister")
R("King Gyanendra", "leads", "Nepal",
  ["mass protests that forced King Gyanendra to restore Parliament and end direct rule",
   "The peace deal leaves the king facing an uncertain future"], tier="extra", title="King")
R("Maoist rebels", "opposes", "King Gyanendra",
  "the strongly republican rebels vowing they will continue to campaign \u2014 albeit peacefully \u2014 until Nepal\u2019s almost 240-year-old monarchy is abolished",
  tier="extra")
R("Maoist rebels", "participated_in", "people's war", "the rebels are to end their \u201dpeople\u2019s war\u201d",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("005_kibaki_odinga_sign_power_sharing_nairobi_east_bay_times.txt", date="2008-02-29",
    publisher="East Bay Times", dateline="NAIROBI, Kenya",
    url="https://www.eastbaytimes.com/2008/02/29/kenyan-rivals-sign-agreement-to-share-power/")
E("Mwai Kibaki", "person", ["Kibaki"])
E("Raila Odinga", "person", ["Odinga"])
E("Kenya", "country", ["Kenyan"])
E("Kofi Annan", "person", ["Annan"])
E("Nairobi", "city", ["NAIROBI"])
E("power-sharing agreement", "agreement")
E("Dec. 27 election", "event")
E("Britain", "country", tier="extra")
SIGN5 = "Kenyan President Mwai Kibaki and opposition leader Raila Odinga signed a power-sharing agreement Thursday to halt ethnic violence"
SIGN5B = "the feuding men were seated in matching red chairs in the warm Nairobi sun, signing a deal"
R(["Mwai Kibaki", "Kenya"], "signed", "power-sharing agreement", [SIGN5, SIGN5B], date="2008-02-28", place="Nairobi")
R("Raila Odinga", "signed", "power-sharing agreement", [SIGN5, SIGN5B], date="2008-02-28", place="Nairobi")
R("Mwai Kibaki", "met_with", "Raila Odinga", SIGN5B, date="2008-02-28", place="Nairobi")
R("Mwai Kibaki", ["leads", "holds_position"], "Kenya", "Kenyan President Mwai Kibaki", title="President")
R("Raila Odinga", "accused", "Mwai Kibaki", "accused Kibaki of stealing the Dec. 27 election",
  charge="stealing the Dec. 27 election")
R("Kofi Annan", "met_with", ["Mwai Kibaki", "Raila Odinga"],
  "bypassed deadlocked negotiating teams and appealed directly to Kibaki and Odinga", tier="extra", place="Nairobi")
R("Kofi Annan", "holds_position", "United Nations", "former U.N. secretary general Kofi Annan", tier="extra",
  title="secretary general")
R("Raila Odinga", "holds_position", "Kenya", "a deal that promises an influential position as prime minister for Odinga",
  tier="extra", title="prime minister")
R("Raila Odinga", "participated_in", "Dec. 27 election", "accused Kibaki of stealing the Dec. 27 election", tier="extra")
R("Mwai Kibaki", "participated_in", "Dec. 27 election", "accused Kibaki of stealing the Dec. 27 election", tier="extra")

# ---------------------------------------------------------------------------------------
doc("006_ukraine_parliament_ratifies_russian_naval_base_deal_global_times.txt", date="2010-04-27",
    publisher="Global Times", url="https://www.globaltimes.cn/content/526547.shtml")
E("Ukrainian parliament", "organization")
E("Russian naval base deal", "agreement", ["agreement to prolong the stay of the Russian navy"])
E("Black Sea Fleet", "organization", ["Russian navy"])
E("Kiev", "city")
E("Crimea", "location", ["Crimean peninsula"])
E("Sevastopol", "city")
E("Kharkiv", "city")
E("Viktor Yanukovych", "person", ["Yanukovych"])
E("Dmitry Medvedev", "person")
E("Yulia Tymoshenko", "person")
E("Xinhua", "organization", tier="extra")
E("Global Times", "organization", tier="extra")
R(["Ukrainian parliament", "Ukraine"], "ratified", "Russian naval base deal",
  ["Ukraine parliament ratifies Russian naval base deal",
   "The Ukrainian parliament ratified on Tuesday an agreement to prolong the stay of the Russian navy in Ukraine's port of Sevastopol until 2042."],
  date="2010-04-27")
SIGN6 = "Last week, Ukrainian President Viktor Yanukovych and his Russian counterpart Dmitry Medvedev signed the deal in the eastern Ukrainian city Kharkiv."
R(["Viktor Yanukovych", "Ukraine"], "signed", "Russian naval base deal", SIGN6, date="2010-04", place="Kharkiv")
R(["Dmitry Medvedev", "Russia"], "signed", "Russian naval base deal", SIGN6, date="2010-04", place="Kharkiv")
R("Viktor Yanukovych", "met_with", "Dmitry Medvedev", SIGN6, tier="extra", date="2010-04", place="Kharkiv")
R("Viktor Yanukovych", ["leads", "holds_position"], "Ukraine", "Ukrainian President Viktor Yanukovych", title="President")
R("Dmitry Medvedev", ["leads", "holds_position"], "Russia", "his Russian counterpart Dmitry Medvedev", title="President")
R("Yulia Tymoshenko", "accused", "Viktor Yanukovych",
  "Yulia Tymoshenko, a main opposition leader, accused Yanukovych of selling out national interests",
  charge="selling out national interests")
R("Kiev", "capital_of", "Ukraine", "in Kiev, capital of Ukraine")
R("Kharkiv", "located_in", "Ukraine", "the eastern Ukrainian city Kharkiv")
R("Sevastopol", "located_in", ["Ukraine", "Crimea"], "Ukraine's port of Sevastopol")
R("Crimea", "located_in", "Ukraine", ["Russia's Black Sea Fleet in Ukraine's Crimea", "on its Crimean peninsula"])
R("Russia", "sent_troops", "Ukraine",
  ["an agreement to prolong the stay of the Russian navy in Ukraine's port of Sevastopol until 2042",
   "the right to base its Black Sea Fleet on Ukrainian territory"], tier="extra")
R("Yulia Tymoshenko", "opposes", "Russian naval base deal", "vowing to block Tuesday's debate in the parliament",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("007_south_sudan_admitted_un_193rd_member_reuters.txt", date="2011-07-14", publisher="Reuters",
    dateline="UNITED NATIONS", url="https://www.reuters.com/article/uk-sudan-un-membership-idUKTRE76D3I120110714")
E("South Sudan", "country")
E("General Assembly", "organization", ["United Nations General Assembly"])
E("Riek Machar", "person")
E("Ban Ki-moon", "person")
E("Joseph Deiss", "person")
E("Juba", "city")
E("Sudan", "country", ["Khartoum"])
E("Montenegro", "country")
E("Security Council", "organization")
E("U.N. headquarters", "location")
E("New York", "city")
E("2005 peace deal", "agreement", tier="extra")
E("20-year war", "event", tier="extra")
E("Shannon Stapleton", "person", tier="extra")
E("Reuters", "organization", ["REUTERS"], tier="extra")
R("South Sudan", "member_of", "United Nations",
  ["The General Assembly admitted South Sudan on Thursday as the 193rd member of the United Nations",
   "South Sudan admitted to U.N. as 193rd member"], date="2011-07-14")
R("Montenegro", "member_of", "United Nations",
  "South Sudan became the first country to join the world body since Montenegro in 2006", date="2006")
R("Ban Ki-moon", ["leads", "holds_position"], "United Nations", "U.N. Secretary-General Ban Ki-moon said",
  title="Secretary-General")
R("Joseph Deiss", ["leads", "holds_position"], "General Assembly", "Assembly President Joseph Deiss said",
  title="President")
R("Riek Machar", "holds_position", "South Sudan", "South Sudan's Vice President Riek Machar", title="Vice President")
R("Juba", "capital_of", "South Sudan", "South Sudan\u2019s independence proclamation in the capital Juba")
R("U.N. headquarters", "located_in", "New York", ["at the U.N. headquarters in New York",
                                                   "was later hoisted outside U.N. headquarters in New York"])
R("General Assembly", "member_of", "United Nations", "the United Nations General Assembly voted", tier="extra")
R("Security Council", "supports", "South Sudan", "had recommended the admission on Wednesday", tier="extra",
  date="2011-07-13")
R("Security Council", "member_of", "United Nations",
  "The Security Council, which rules on all U.N. membership applications", tier="extra")
for s_ in ("Sudan", "South Sudan"):
    R(s_, "participated_in", "20-year war",
      "a 20-year war between north and south Sudan in which more than 2 million people died", tier="extra")

# ---------------------------------------------------------------------------------------
doc("008_mercosur_suspends_paraguay_venezuela_efe_fox_news_latino.txt", date="2012-06-29",
    publisher="EFE (Fox News Latino)",
    url="http://latino.foxnews.com/latino/politics/2012/06/29/mercosur-suspends-paraguay-embraces-venezuela/")
E("Mercosur", "organization")
E("Paraguay", "country", ["Paraguayan"])
E("Asuncion", "city")
E("Venezuela", "country")
E("Argentina", "country")
E("Brazil", "country", ["Brazilian"])
E("Uruguay", "country", ["Uruguayan"])
E("Cristina Fernandez", "person", ["Fernandez"])
E("Dilma Rousseff", "person")
E("Jose Mujica", "person")
E("Federico Franco", "person")
E("Lugo", "person")
E("Paraguayan Congress", "organization")
E("Rio de Janeiro", "city")
E("Mendoza", "city")
E("EFE", "organization", tier="extra")
R("Paraguay", "member_of", "Mercosur",
  ["the suspension of charter member Paraguay", "the bloc's poorest member"])
R("Venezuela", "member_of", "Mercosur",
  ["the presidents of Argentina, Brazil and Uruguay decided to complete the accession of oil-rich Venezuela",
   "Venezuela will become a full member of the trade bloc at a July 31 event in Rio de Janeiro"], date="2012-06-29")
for c_ in ("Argentina", "Brazil", "Uruguay"):
    R(c_, "member_of", "Mercosur",
      "the presidents of Argentina, Brazil and Uruguay decided to complete the accession of oil-rich Venezuela",
      tier="extra")
R("Cristina Fernandez", ["leads", "holds_position"], "Argentina", "Argentina's Cristina Fernandez said")
R("Dilma Rousseff", ["leads", "holds_position"], "Brazil", "Brazilian counterpart Dilma Rousseff", title="President")
R("Jose Mujica", ["leads", "holds_position"], "Uruguay", "Uruguayan President Jose Mujica", title="President")
R("Federico Franco", ["leads", "holds_position"], "Paraguay",
  "Power in Asuncion is currently in the hands of erstwhile Vice President Federico Franco, who was sworn-in last Friday",
  date="2012-06-22")
R(["Paraguayan Congress", "Paraguay"], "dismissed", "Lugo",
  ["lawmakers in Asuncion removed the country's president in an impeachment process that took less than a day",
   "within 90 minutes of the Senate vote to remove Lugo"], date="2012-06-22")
R("Paraguayan Congress", "opposes", "Venezuela",
  "stalled since 2006 due to opposition from the Paraguayan Congress")
R("Lugo", ["visited", "arrived_in"], "Mendoza", "Lugo, who attended the gathering in Mendoza")
R("Lugo", ["leads", "holds_position"], "Paraguay", "removed the country's president", tier="extra", title="president")
R("Mercosur", "sanctioned", "Paraguay",
  "rejected imposing economic sanctions on Paraguay", tier="extra", status="negated", date="2012-06-29")
R("Mercosur", "opposes", "Paraguay",
  ["Leaders of the Mercosur trade bloc announced here Friday the suspension of charter member Paraguay",
   "\"We resolved to temporarily suspend Paraguay until a democratic process is carried out"],
  tier="extra", date="2012-06-29")

# ---------------------------------------------------------------------------------------
doc("009_france_bombs_mali_rebels_troops_bamako_reuters_chicago_tribune.txt", date="2013-01-13",
    publisher="Reuters (Chicago Tribune)", dateline="BAMAKO/PARIS",
    url="http://articles.chicagotribune.com/2013-01-13/news/sns-rt-mali-rebels-pix-tv-graphicl6n0ai1wb-20130113_1_islamist-rebels-bamako-airport-coast-president-alassane-ouattara")
E("France", "country", ["Paris", "PARIS", "French"])
E("Mali", "country", ["Malian"])
E("Bamako", "city", ["BAMAKO"])
E("Islamist rebels", "organization", ["Islamist fighters", "al Qaeda-linked insurgents"])
E("Jean-Yves Le Drian", "person", ["Le Drian"])
E("Gao", "city")
E("Mopti", "city")
E("Lere", "city", tier="extra")
E("Douentza", "city", tier="extra")
E("Konna", "city", tier="extra")
E("al Qaeda", "organization", tier="extra")
E("West African force", "organization", tier="extra")
E("Malian army", "organization", tier="extra")
E("Rafale", "weapon", ["Rafale fighter jets"], tier="extra")
E("Yemen", "country", tier="extra")
E("Somalia", "country", tier="extra")
E("North Africa", "location", tier="extra")
E("Europe", "location", tier="extra")
E("Bate Felix", "person", tier="extra")
E("Chine Labb\u00e9", "person", tier="extra")
R("France", "sent_troops", "Mali",
  ["France has some 550 troops in West African nation",
   "Paris\npoured more troops into the capital Bamako",
   "Le Drian said France was deploying a further contingent of\n80 soldiers to Mali on Sunday, bring the total to 550 soldiers"],
  date="2013-01-13", count=550)
R("France", "attacked", "Islamist rebels",
  ["French aircraft bomb Islamist fighters in Mali",
   "French fighter jets bombed\nIslamist rebels in Mali for a third day on Sunday",
   "France was carrying out\ncontinuous bombing raids against the alliance of rebel groups"],
  date="2013-01-13")
R("Jean-Yves Le Drian", "holds_position", "France", "French Defence Minister Jean-Yves Le Drian",
  title="Defence Minister")
R("Bamako", "capital_of", "Mali", ["poured more troops into the capital Bamako", "seizing Mali's capital Bamako within days"])
R("France", "attacked", "Gao", "Residents said French aircraft bombed the northern town of\nGao", tier="extra",
  date="2013-01-13")
R("France", "attacked", ["Lere", "Douentza"],
  "a Malian rebel spokesman said they bombed targets in\nthe towns of Lere and Douentza", tier="extra", date="2013-01-13")
R("Islamist rebels", "attacked", "Mali",
  "the alliance of rebel groups,\nwhich seized the country's vast desert north in April", tier="extra", date="2012-04")
R("Islamist rebels", "supports", "al Qaeda", "al Qaeda-linked insurgents", tier="extra")
R("France", "sent_troops", "Mopti", "split between Bamako and the town of Mopti", tier="extra")

# ---------------------------------------------------------------------------------------
doc("010_anwar_sworn_in_prime_minister_istana_negara_sinar_daily.txt", date="2022-11-24",
    publisher="Sinar Daily", dateline="KUALA LUMPUR", url="https://sinardaily.my/ampArticle/185023")
E("Anwar Ibrahim", "person", ["Anwar"])
E("Malaysia", "country")
E("Istana Negara", "location")
E("Kuala Lumpur", "city", ["KUALA LUMPUR"])
E("Wan Azizah", "person", ["Datuk Seri Dr Wan Azizah"])
E("Al-Sultan Abdullah Ri'ayatuddin Al-Mustafa Billah Shah", "person", ["His Majesty"])
E("Tunku Hajah Azizah Aminah Maimunah Iskandariah", "person")
E("swearing-in ceremony", "event")
E("15th General Election", "event", ["GE15"])
E("Tengku Maimun Tuan Mat", "person", ["Tun Tengku Maimun Tuan Mat"])
E("Mohd Zuki Ali", "person", ["Tan Sri Mohd Zuki Ali"])
E("Idrus Harun", "person", ["Tan Sri Idrus Harun"])
E("Affendi Buang", "person", ["Gen Tan Sri Affendi Buang"])
E("Acryl Sani Abdullah Sani", "person", ["Tan Sri Acryl Sani Abdullah Sani"])
E("Rais Yatim", "person", ["Tan Sri Dr Rais Yatim"])
E("Azhar Azizan Harun", "person", ["Tan Sri Azhar Azizan Harun"])
E("Senate", "organization")
E("Dewan Rakyat", "organization")
E("Rafizi Ramli", "person")
E("PKR", "organization")
E("Anthony Loke", "person")
E("DAP", "organization")
E("Mohamad Sabu", "person")
E("Amanah", "organization")
E("Wifred Madius Tangau", "person")
E("UPKO", "organization")
E("Ahmad Zahid Hamidi", "person", ["Datuk Seri Dr Ahmad Zahid Hamidi"])
E("Barisan Nasional", "organization")
E("UMNO", "organization", ["Umno"])
E("Mohamad Hasan", "person", ["Datuk Seri Mohamad Hasan"])
E("Malay Rulers", "organization", tier="extra")
E("Tambun", "location", tier="extra")
E("Federal Constitution", "agreement", tier="extra")
R("Anwar Ibrahim", ["holds_position", "leads"], "Malaysia",
  "Anwar Ibrahim is sworn in as Malaysia's 10th Prime Minister at Istana Negara at 5.06pm today", title="Prime Minister",
  date="2022-11-24")
WIT = "The ceremony was witnessed by Attorney-General Tan Sri Idrus Harun, Chief of Defence Force Gen Tan Sri Affendi Buang, Inspector-General of Police Tan Sri Acryl Sani Abdullah Sani, Senate president Tan Sri Dr Rais Yatim and Dewan Rakyat Speaker Tan Sri Azhar Azizan Harun."
PRES = "Among the political party leaders present were PKR deputy president Rafizi Ramli, DAP secretary-general Anthony Loke, Amanah president Mohamad Sabu, UPKO president Wifred Madius Tangau, Barisan Nasional chairman cum UMNO president Datuk Seri Dr Ahmad Zahid Hamidi and Umno deputy president Datuk Seri Mohamad Hasan."
ATT = "Anwar signed the instruments of appointment which were then attested by Chief Justice Tun Tengku Maimun Tuan Mat and Chief Secretary to the Government Tan Sri Mohd Zuki Ali"
R("Anwar Ibrahim", "participated_in", "swearing-in ceremony",
  ["The Tambun MP took his oath of office, loyalty and secrecy before the Yang di-Pertuan Agong",
   "The swearing-in ceremony was held after His Majesty deliberated the views of fellow Malay Rulers"],
  date="2022-11-24", place="Istana Negara")
R("Wan Azizah", "participated_in", "swearing-in ceremony", "was accompanied by his wife Datuk Seri Dr Wan Azizah",
  date="2022-11-24", place="Istana Negara")
R("Al-Sultan Abdullah Ri'ayatuddin Al-Mustafa Billah Shah", "participated_in", "swearing-in ceremony",
  "took his oath of office, loyalty and secrecy before the Yang di-Pertuan Agong Al-Sultan Abdullah Ri'ayatuddin Al-Mustafa Billah Shah",
  date="2022-11-24", place="Istana Negara")
R("Tunku Hajah Azizah Aminah Maimunah Iskandariah", "participated_in", "swearing-in ceremony",
  "His Majesty was also accompanied by Raja Permaisuri Agong Tunku Hajah Azizah Aminah Maimunah Iskandariah.",
  date="2022-11-24", place="Istana Negara")
for p_ in ("Tengku Maimun Tuan Mat", "Mohd Zuki Ali"):
    R(p_, "participated_in", "swearing-in ceremony", ATT, date="2022-11-24", place="Istana Negara")
for p_ in ("Idrus Harun", "Affendi Buang", "Acryl Sani Abdullah Sani", "Rais Yatim", "Azhar Azizan Harun"):
    R(p_, "participated_in", "swearing-in ceremony", WIT, date="2022-11-24", place="Istana Negara")
for p_ in ("Rafizi Ramli", "Anthony Loke", "Mohamad Sabu", "Wifred Madius Tangau", "Ahmad Zahid Hamidi",
           "Mohamad Hasan"):
    R(p_, "participated_in", "swearing-in ceremony", PRES, date="2022-11-24", place="Istana Negara")
R("Rafizi Ramli", "holds_position", "PKR", "PKR deputy president Rafizi Ramli", title="deputy president")
R("Anthony Loke", "holds_position", "DAP", "DAP secretary-general Anthony Loke", title="secretary-general")
R("Mohamad Sabu", ["leads", "holds_position"], "Amanah", "Amanah president Mohamad Sabu", title="president")
R("Wifred Madius Tangau", ["leads", "holds_position"], "UPKO", "UPKO president Wifred Madius Tangau", title="president")
R("Ahmad Zahid Hamidi", ["leads", "holds_position"], "Barisan Nasional",
  "Barisan Nasional chairman cum UMNO president Datuk Seri Dr Ahmad Zahid Hamidi", title="chairman")
R("Ahmad Zahid Hamidi", ["leads", "holds_position"], "UMNO",
  "Barisan Nasional chairman cum UMNO president Datuk Seri Dr Ahmad Zahid Hamidi", title="president")
R("Mohamad Hasan", "holds_position", "UMNO", "Umno deputy president Datuk Seri Mohamad Hasan", title="deputy president")
R("Rais Yatim", ["leads", "holds_position"], "Senate", "Senate president Tan Sri Dr Rais Yatim", title="president")
R("Azhar Azizan Harun", ["leads", "holds_position"], "Dewan Rakyat", "Dewan Rakyat Speaker Tan Sri Azhar Azizan Harun",
  title="Speaker")
R("Al-Sultan Abdullah Ri'ayatuddin Al-Mustafa Billah Shah", "leads", "Malaysia",
  "the Yang di-Pertuan Agong Al-Sultan Abdullah Ri'ayatuddin Al-Mustafa Billah Shah", tier="extra",
  title="Yang di-Pertuan Agong")
R("Anwar Ibrahim", "met_with", "Al-Sultan Abdullah Ri'ayatuddin Al-Mustafa Billah Shah",
  "took his oath of office, loyalty and secrecy before the Yang di-Pertuan Agong", tier="extra", date="2022-11-24",
  place="Istana Negara")
R("Anwar Ibrahim", "member_of", "Dewan Rakyat", "The Tambun MP took his oath", tier="extra")
R("Istana Negara", "located_in", "Kuala Lumpur", "at Istana Negara here", tier="extra")
for p_, t_, q_ in (("Tengku Maimun Tuan Mat", "Chief Justice", "Chief Justice Tun Tengku Maimun Tuan Mat"),
                   ("Mohd Zuki Ali", "Chief Secretary to the Government",
                    "Chief Secretary to the Government Tan Sri Mohd Zuki Ali"),
                   ("Idrus Harun", "Attorney-General", "Attorney-General Tan Sri Idrus Harun"),
                   ("Affendi Buang", "Chief of Defence Force", "Chief of Defence Force Gen Tan Sri Affendi Buang"),
                   ("Acryl Sani Abdullah Sani", "Inspector-General of Police",
                    "Inspector-General of Police Tan Sri Acryl Sani Abdullah Sani")):
    R(p_, "holds_position", "Malaysia", q_, tier="extra", title=t_)

# ---------------------------------------------------------------------------------------
doc("011_us_sanctions_nicaraguan_officials_caruna_reuters_wtvb.txt", date="2020-10-09", publisher="Reuters (WTVB)",
    dateline="WASHINGTON", url="https://wtvbam.com/2020/10/09/u-s-blacklists-nicaraguan-officials-financial-institution/")
E("Nicaragua", "country", ["Nicaraguan"])
E("Daniel Ortega", "person", ["Ortega"])
E("U.S. Treasury Department", "organization", ["Treasury Department", "Treasury"])
E("Ana Julia Guido De Romero", "person")
E("Paul Herbert Oquist Kelley", "person")
E("Cooperativa De Ahorro Y Credito Caja Rural Nacional RL", "organization")
E("Steven Mnuchin", "person")
E("Donald Trump", "person")
E("Rosario Murillo", "person")
E("Daphne Psaledakis", "person", tier="extra")
BL = "it blacklisted Nicaraguan Attorney General Ana Julia Guido De Romero, Secretary of the Presidency Paul Herbert Oquist Kelley and Nicaraguan financial institution Cooperativa De Ahorro Y Credito Caja Rural Nacional RL"
SAN = "The United States on Friday imposed sanctions on two Nicaraguan officials and a financial institution"
for o_ in ("Ana Julia Guido De Romero", "Paul Herbert Oquist Kelley",
           "Cooperativa De Ahorro Y Credito Caja Rural Nacional RL"):
    R(["United States", "U.S. Treasury Department"], "sanctioned", o_, [SAN, BL], date="2020-10-09")
R("United States", "sanctioned", "Rosario Murillo",
  "Vice President Rosario Murillo, who is already subject to U.S. sanctions")
R("Ana Julia Guido De Romero", "holds_position", "Nicaragua", "Nicaraguan Attorney General Ana Julia Guido De Romero",
  title="Attorney General")
R("Paul Herbert Oquist Kelley", "holds_position", "Nicaragua",
  ["two Nicaraguan officials", "Secretary of the Presidency Paul Herbert Oquist Kelley"], title="Secretary of the Presidency")
R("Daniel Ortega", ["leads", "holds_position"], "Nicaragua", "Nicaraguan President Daniel Ortega", title="President")
R("Steven Mnuchin", ["leads", "holds_position"], "U.S. Treasury Department", "Treasury Secretary Steven Mnuchin",
  title="Treasury Secretary")
R("Donald Trump", ["leads", "holds_position"], "United States", "U.S. President Donald Trump", title="President")
R(["United States", "Donald Trump"], "accused", "Nicaragua",
  ["The administration of U.S. President Donald Trump has accused the Nicaraguan government of concentrating power in the hands of the president and his wife",
   "accused it of human rights abuses, unlawful killings, arbitrary detentions, political persecution and widespread corruption"],
  charge="concentrating power in the hands of the president and his wife")
R(["United States", "Donald Trump"], "criticized", "Nicaragua",
  "The Trump administration has also criticized the government for cracking down on anti-government protests")
R("Rosario Murillo", "holds_position", "Nicaragua", "his wife, Vice President Rosario Murillo", tier="extra",
  title="Vice President")
R("Steven Mnuchin", "criticized", ["Daniel Ortega", "Nicaragua"],
  "\u201cThe Ortega regime continues to abuse government resources for its members\u2019 personal gain and ignore the Nicaraguan people\u2019s calls for reform,\u201d",
  tier="extra", date="2020-10-09")
R("United States", "opposes", "Nicaragua",
  "the latest effort by Washington to put pressure on the leftist government of Nicaraguan President Daniel Ortega",
  tier="extra")

if __name__ == "__main__":
    main(HERE, "blind16",
         "Gold knowledge graph for the twelve articles of datasets/blind16 (the sixteenth evaluation set, fifteenth "
         "blind one), written by hand from the article texts alone before any extractor output on them was "
         "looked at.")
