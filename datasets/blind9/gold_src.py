#!/usr/bin/env python3
"""Source of datasets/blind9/blind9.gold.json (run: python3 datasets/blind9/gold_src.py [OUT]).

Written by hand, article by article, from the text of datasets/blind9/articles only, before
any extractor output on these articles was looked at (the ninth evaluation set, eighth blind
one: see README.md); kg was not run on these articles by the person who wrote the gold. The
helpers doc/E/R/main are datasets/gold_lib.py. Entities named in several articles are one gold
entity (aliases unioned, `core` if core anywhere); the same relation reported by several
articles is one gold relation whose evidence holds a quote from each (and whose date is dropped
when the articles describe different dates). Every relation also lists the `documents` its
quotes come from (score.py ignores the key; tests/cli/test_blind9_gold.py checks the quotes
against them).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_lib import E, R, doc, main  # noqa: E402

# ---------------------------------------------------------------------------------------
doc("000_us_troops_land_haiti_ap_archive.txt", date="1994-09-19",
    publisher="Associated Press (archive55 blog copy)", author="Andrew Selsky", dateline="PORT-AU-PRINCE, Haiti",
    url="http://archive55.blogspot.com/2017/03/haiti-us-forces-arrive.html")
E("United States", "country", ["U.S.", "US"])
E("Haiti", "country")
E("Port-au-Prince", "city", ["PORT-AU-PRINCE"])
E("Cap-Haitien", "city")
E("U.S. Army", "organization", tier="extra")
E("U.S. Marines", "organization", tier="extra")
E("10th Mountain Division", "organization", tier="extra")
E("Fort Drum", "location", tier="extra")
E("Somalia", "country", tier="extra")
E("Clifford Drysdale", "person", ["Staff Sgt. Clifford Drysdale"], tier="extra")
E("Columbus", "city", tier="extra")
E("Andrew Selsky", "person", ["ANDREW SELSKY"], tier="extra")
E("Associated Press", "organization", ["AP", "The Associated Press"], tier="extra")
E("Last-Minute Accord", "agreement", tier="extra")
R(["United States", "U.S. Army"], "sent_troops", ["Haiti", "Port-au-Prince"],
  ["U.S. soldiers descended on Haiti today as peacekeepers",
   "U.S. Troops Land in Haiti After Last-Minute Accord Halts Invasion",
   "U.S. forces seized key posts in the capital"],
  date="1994-09-19")
R(["United States", "U.S. Marines"], "sent_troops", "Cap-Haitien",
  "U.S. Marines were deployed in the northern city of Cap-Haitien", date="1994-09-19")
R("Port-au-Prince", "located_in", "Haiti", "PORT-AU-PRINCE, Haiti (AP)")
R("Port-au-Prince", "capital_of", "Haiti", "Haitians climbed over fences at the capital's port", tier="extra")
R("Cap-Haitien", "located_in", "Haiti", "U.S. Marines were deployed in the northern city of Cap-Haitien",
  tier="extra")
R(["United States", "U.S. Army"], "arrived_in", ["Haiti", "Port-au-Prince"], "U.S. Troops Land in Haiti",
  tier="extra", date="1994-09-19")
R("United States", "sent_troops", "Somalia",
  ["some veterans of Somalia", "who spent a six-month tour in Somalia"], tier="extra")
R("10th Mountain Division", "located_in", "Fort Drum", "the 10th Mountain Division based in Fort Drum, N.Y.",
  tier="extra")
R("Andrew Selsky", "holds_position", "Associated Press", "^By ANDREW SELSKY\n^Associated Press Writer",
  tier="extra", title="Associated Press Writer")

# ---------------------------------------------------------------------------------------
doc("001_us_sanctions_pakistan_nuclear_tests_ap.txt", date="1998-05-28", publisher="Associated Press",
    dateline="WASHINGTON", url="https://www.apnews.com/3da3965853a0596291caafc48e3802fa")
E("United States", "country", ["U.S."])
E("Pakistan", "country")
E("India", "country")
E("Clinton", "person", ["President Clinton"])
E("nuclear weapons", "weapon", ["nuclear tests"])
E("Bill Richardson", "person", ["U.N. Ambassador Bill Richardson"])
E("United Nations", "organization", ["U.N."])
E("Doug Bereuter", "person", ["Rep. Doug Bereuter"])
E("House International Relations subcommittee on Asia and the Pacific", "organization")
E("Mike McCurry", "person", tier="extra")
E("Comprehensive Test Ban Treaty", "agreement", tier="extra")
E("White House", "location", tier="extra")
E("Washington", "city", ["WASHINGTON"], tier="extra")
E("Iran", "country", tier="extra")
E("Iraq", "country", tier="extra")
E("Asia", "location", tier="extra")
R(["United States", "Clinton"], "sanctioned", "Pakistan",
  ["The Clinton administration rushed to impose sanctions on Pakistan for testing nuclear weapons Thursday",
   "U.S. Imposes Sanctions on Pakistan", "Pakistan, like India before it, will face economic sanctions"],
  date="1998-05-28")
R(["United States", "Clinton"], "sanctioned", "India", "Pakistan, like India before it, will face economic sanctions")
R("Pakistan", "tested", "nuclear weapons",
  ["rushed to impose sanctions on Pakistan for testing nuclear weapons Thursday",
   "Pakistan announced that it had conducted five underground nuclear tests"],
  date="1998-05-28")
R("India", "tested", "nuclear weapons", "in response to India’s five tests two weeks ago", date="1998-05")
R("Bill Richardson", "holds_position", ["United Nations", "United States"], "U.N. Ambassador Bill Richardson",
  title="U.N. Ambassador")
R("Doug Bereuter", ["leads", "holds_position"], "House International Relations subcommittee on Asia and the Pacific",
  "Rep. Doug Bereuter, R-Neb., chairman of the House International Relations subcommittee on Asia and the Pacific",
  title="chairman")
R("Clinton", ["leads", "holds_position"], "United States", "President Clinton surveyed the damage", tier="extra",
  title="President")
R("Mike McCurry", "holds_position", "United States", "said spokesman Mike McCurry", tier="extra", title="spokesman")
R(["Clinton", "United States"], "criticized", ["Pakistan", "India"], "``Two wrongs don’t make a right,″ he said.",
  tier="extra", date="1998-05-28")
R("India", "opposes", "Pakistan", "the two longtime enemies", tier="extra", symmetric=True)
R("India", "signed", "Comprehensive Test Ban Treaty", "if India and Pakistan continue their refusal to sign",
  tier="extra", status="negated")
R("Pakistan", "signed", "Comprehensive Test Ban Treaty", "if India and Pakistan continue their refusal to sign",
  tier="extra", status="negated")

# ---------------------------------------------------------------------------------------
doc("002_sierra_leone_lome_peace_pact_cbs.txt", date="1999-07-07", publisher="CBS News",
    url="https://www.cbsnews.com/news/sierra-leone-peace-pact/")
E("Ahmed Tejan Kabbah", "person", ["Sierra Leone President Ahmed Tejan Kabbah", "Kabbah"])
E("Sierra Leone", "country")
E("Foday Sankoh", "person", ["Sankoh"])
E("Revolutionary United Front", "organization")
E("Sierra Leone Peace Pact", "agreement", ["peace agreement"])
E("Togo", "country")
E("Lome", "city")
E("United Nations", "organization", ["U.N."])
E("Francis Okelo", "person")
E("Manoel de Almeida e Silva", "person", ["de Almeida e Silva"], tier="extra")
E("New York", "city", tier="extra")
E("Maimouna Massira", "person", tier="extra")
R(["Ahmed Tejan Kabbah", "Sierra Leone"], "signed", "Sierra Leone Peace Pact",
  ["Sierra Leone President Ahmed Tejan Kabbah and rebel Revolutionary United Front leader Foday Sankoh on Wednesday signed an agreement to end their bitter civil war"],
  date="1999-07-07", place="Lome")
R(["Foday Sankoh", "Revolutionary United Front"], "signed", "Sierra Leone Peace Pact",
  ["Sierra Leone President Ahmed Tejan Kabbah and rebel Revolutionary United Front leader Foday Sankoh on Wednesday signed an agreement to end their bitter civil war",
   "But after the signing, he apologized for rebel war crimes."],
  date="1999-07-07", place="Lome")
R(["Francis Okelo", "United Nations"], "signed", "Sierra Leone Peace Pact",
  "Francis Okelo, signed the agreement with a disclaimer")
R("Ahmed Tejan Kabbah", ["leads", "holds_position"], "Sierra Leone", "Sierra Leone President Ahmed Tejan Kabbah",
  title="President")
R("Foday Sankoh", "leads", "Revolutionary United Front", "rebel Revolutionary United Front leader Foday Sankoh",
  title="leader")
R("Lome", "capital_of", "Togo", "Togo's capital of Lome")
R("Francis Okelo", "holds_position", "United Nations",
  "The U.N. Special Representative for Sierra Leone, Francis Okelo", title="Special Representative for Sierra Leone")
R("Ahmed Tejan Kabbah", "met_with", "Foday Sankoh", "signed an agreement to end their bitter civil war at a solemn ceremony",
  tier="extra", date="1999-07-07", place="Lome")
R("Manoel de Almeida e Silva", "holds_position", "United Nations",
  "spokesman Manoel de Almeida e Silva said in New York", tier="extra", title="spokesman")
R("United Nations", ["opposes", "criticized"], "Sierra Leone Peace Pact",
  ["refused to recognize the peace agreement's amnesty clause for war crimes",
   "the United Nations will not recognize that amnesty"], tier="extra")
R("Revolutionary United Front", ["attacked", "opposes"], "Sierra Leone", "to end their bitter civil war", tier="extra")

# ---------------------------------------------------------------------------------------
doc("003_rwandan_troops_darfur_au_ap_sudan_tribune.txt", date="2004-10-31",
    publisher="Associated Press (Sudan Tribune)", author="Mohamed Osman", dateline="KHARTOUM, Sudan",
    url="https://sudantribune.com/article6956")
E("Rwanda", "country")
E("Sudan", "country")
E("Darfur", "location", ["Darfur region"])
E("African Union", "organization", ["AU"])
E("African Union Mission in the Sudan", "organization", ["AU mission"])
E("El Fasher", "city", ["al-Fasher"])
E("North Darfur", "location", ["North Darfur province"])
E("Charles Karamba", "person", ["Lt. Col. Charles Karamba", "Karamba"])
E("Mac Dorbi", "person", ["Maj. Mac Dorbi", "Dorbi"])
E("United States", "country", ["U.S."], tier="extra")
E("U.S. Air Force", "organization", tier="extra")
E("Nigeria", "country", tier="extra")
E("Khartoum", "city", ["KHARTOUM"], tier="extra")
E("Nairobi", "city", tier="extra")
E("Kenya", "country", tier="extra")
E("Associated Press", "organization", ["AP", "The Associated Press"], tier="extra")
E("Mohamed Osman", "person", ["MOHAMED OSMAN"], tier="extra")
E("United Nations", "organization", tier="extra")
E("France", "country", tier="extra")
E("cease-fire agreement", "agreement", tier="extra")
R(["Rwanda", "African Union"], "sent_troops", ["Sudan", "Darfur", "El Fasher"],
  ["About 100 Rwandan troops arrived Sunday in Sudan’s troubled Darfur region",
   "More Rwandan troops arrive in Darfur to beef up African Union force",
   "65 Rwandan soldiers had arrived Saturday in al-Fasher",
   "A total of 237 Rwandan troops were being flown out"],
  date="2004-10-31")
R("Darfur", "located_in", "Sudan", "Sudan’s troubled Darfur region")
R("El Fasher", "capital_of", "North Darfur", "in al-Fasher,” capital of North Darfur province")
R("Charles Karamba", "holds_position", "Rwanda", "Rwandan defense spokesman Lt. Col. Charles Karamba",
  title="defense spokesman")
R("Mac Dorbi", "holds_position", ["African Union Mission in the Sudan", "African Union"],
  "Maj. Mac Dorbi, the Ghanian chief operations officer for the African Union Mission in the Sudan",
  title="chief operations officer")
R("Nigeria", "sent_troops", ["Sudan", "Darfur"], "50 Nigerian troops who were deployed in Darfur on Thursday",
  tier="extra", date="2004-10-28")
R("El Fasher", "located_in", ["Darfur", "Sudan"], "at the El Fasher airport, Saturday, Oct.30, 2004 in Darfur", tier="extra")
R(["United States", "U.S. Air Force"], "supports", ["African Union", "Rwanda"],
  "aboard two U.S. Air Force transport planes", tier="extra")
R("Nairobi", "located_in", "Kenya", "in Nairobi, Kenya", tier="extra")
R("African Union Mission in the Sudan", "arrived_in", ["Darfur", "El Fasher"],
  "as part of the African Union peacekeeping mission to Sudan", tier="extra")

# ---------------------------------------------------------------------------------------
doc("004_ecuador_breaks_colombia_ties_reuters.txt", date="2008-03-03", publisher="Reuters", dateline="QUITO",
    url="https://www.reuters.com/article/topNews/idCAN0227633020080303?edition-redirect=ca")
E("Ecuador", "country")
E("Colombia", "country")
E("Venezuela", "country")
E("Hugo Chavez", "person", ["Venezuelan President Hugo Chavez", "Chavez"])
E("Revolutionary Armed Forces of Colombia", "organization", ["FARC"])
E("Raul Reyes", "person", ["Reyes"])
E("Rafael Correa", "person", ["Ecuadorean President Rafael Correa", "Correa"])
E("Alvaro Uribe", "person", ["President Alvaro Uribe"])
E("Quito", "city", ["QUITO"], tier="extra")
E("Lago Agrio", "city", tier="extra")
E("Reuters", "organization", ["REUTERS"], tier="extra")
E("Guillermo Granja", "person", tier="extra")
E("France", "country", tier="extra")
E("Latin America", "location", tier="extra")
R("Colombia", "accused", ["Hugo Chavez", "Venezuela"],
  "Colombia also fueled the tensions by accusing Venezuelan President Hugo Chavez of funding Colombia’s Marxist rebels",
  charge="funding Colombia’s Marxist rebels")
R(["Hugo Chavez", "Venezuela"], "supports", "Revolutionary Armed Forces of Colombia",
  ["accusing Venezuelan President Hugo Chavez of funding Colombia’s Marxist rebels",
   "showing evidence that Chavez gave the rebels $300 million"],
  status="alleged", attributed_to=["Colombia"])
R("Colombia", "attacked", ["Revolutionary Armed Forces of Colombia", "Raul Reyes"],
  ["a bombing raid that killed a leading guerrilla commander of the Revolutionary Armed Forces of Colombia",
   "Colombian soldiers raided inside its southern neighbor to kill a guerrilla leader"],
  date="2008-03")
R("Colombia", "sent_troops", "Ecuador", "Colombia flew troops into Ecuador at the weekend", date="2008-03")
R("Raul Reyes", "holds_position", "Revolutionary Armed Forces of Colombia",
  ["a leading guerrilla commander of the Revolutionary Armed Forces of Colombia",
   "the slain commander, Raul Reyes"],
  title="commander")
R("Hugo Chavez", ["leads", "holds_position"], "Venezuela", "Venezuelan President Hugo Chavez", title="President")
R("Rafael Correa", ["leads", "holds_position"], "Ecuador", "Ecuadorean President Rafael Correa", title="President")
R("Ecuador", ["opposes", "sanctioned"], "Colombia",
  ["Ecuador broke off diplomatic ties with Colombia on Monday",
   "The Ecuadorean government has decided to break off diplomatic relations"],
  tier="extra", date="2008-03-03")
R("Colombia", "attacked", "Ecuador", ["Colombian soldiers raided inside its southern neighbor",
                                      "the recent violation of our sovereignty"], tier="extra", date="2008-03")
R(["Hugo Chavez", "Venezuela"], "sent_troops", "Colombia",
  "Chavez responded by ordering troops and tanks to the border with Colombia", tier="extra")
R("Ecuador", "sent_troops", "Colombia", "Ecuador has also sent thousands of troops to the border", tier="extra")
R(["Venezuela", "Hugo Chavez"], "dismissed", "Colombia",
  ["a charge denied by the anti-U.S. president’s government", "Both Venezuela and Ecuador denied the allegations."],
  tier="extra")
R(["Ecuador", "Rafael Correa"], "dismissed", "Colombia",
  ["Both Venezuela and Ecuador denied the allegations.",
   "The government of Ecuador energetically rejects these accusations"], tier="extra")
R("Colombia", "accused", ["Ecuador", "Rafael Correa"],
  "had ties with an official close to Ecuadorean President Rafael Correa", tier="extra")
R(["Ecuador", "Rafael Correa"], ["criticized", "accused"], "Colombia",
  "the hostile attitude shown in the recent violation of our sovereignty", tier="extra")
R("Hugo Chavez", ["criticized", "opposes"], "Alvaro Uribe",
  "he warned conservative President Alvaro Uribe that a similar strike on Venezuelan soil could lead to war",
  tier="extra")
R("Alvaro Uribe", ["leads", "holds_position"], "Colombia", "conservative President Alvaro Uribe", tier="extra",
  title="President")
for c in ("Venezuela", "France", "Ecuador"):
    R("Raul Reyes", "met_with", c, "Reyes had been involved in talks with Venezuela, France and Ecuador", tier="extra")

# ---------------------------------------------------------------------------------------
doc("005_arab_league_suspends_syria_gulf_news.txt", date="2011-11-12", publisher="Gulf News", dateline="Cairo",
    url="http://gulfnews.com/news/mena/syria/arab-league-suspends-syria-1.929014")
E("Arab League", "organization", ["League"])
E("Syria", "country")
E("Qatar", "country")
E("Hamad Bin Jasem Al Thani", "person", ["Shaikh Hamad Bin Jasem Al Thani", "Shaikh Hamad"])
E("Yousuf Ahmad", "person", ["Ahmad"])
E("Nabeel Al Arabi", "person")
E("Bashar Al Assad", "person", ["President Bashar Al Assad", "Al Assad"])
E("Cairo", "city")
E("Damascus", "city")
E("Lebanon", "country")
E("Yemen", "country")
E("Iraq", "country", tier="extra")
E("Rabat", "city", tier="extra")
E("AFP", "organization", tier="extra")
R("Arab League", ["opposes", "sanctioned"], "Syria",
  ["the Arab League on Saturday suspended Syria",
   "the League will impose economic and political sanctions on the regime"],
  date="2011-11-12", place="Cairo")
R("Hamad Bin Jasem Al Thani", "holds_position", "Qatar", "Qatar's Foreign Minister Shaikh Hamad Bin Jasem Al Thani",
  title="Foreign Minister")
R("Yousuf Ahmad", "holds_position", "Syria", "Syria's envoy to the League, Yousuf Ahmad", title="envoy")
R(["Yousuf Ahmad", "Syria"], ["criticized", "dismissed"], "Arab League",
  "called the decision \"illegal and contrary to the league's internal charter\"", date="2011-11-12")
R("Nabeel Al Arabi", ["leads", "holds_position"], "Arab League", "Arab League chief Nabeel Al Arabi", title="chief")
R("Bashar Al Assad", ["leads", "holds_position"], "Syria", "Turning up the heat on President Bashar Al Assad",
  tier="extra", title="President")
R("Syria", "member_of", "Arab League", "Syria remains committed to its pledges to the Arab League", tier="extra")
for c in ("Syria", "Lebanon", "Yemen"):
    R(c, "opposes", "Arab League", "while Syria, Lebanon and Yemen voted against it", tier="extra")

# ---------------------------------------------------------------------------------------
doc("006_israeli_jets_damascus_sana_times_of_israel_blog.txt", date="2014-12-07",
    publisher="The Times of Israel (the-eyeontheworld blog copy)",
    url="https://the-eyeontheworld.blogspot.com/2014/12/syrian-tv-israeli-jets-strike-sites.html")
E("Israel", "country")
E("Syria", "country")
E("Damascus", "city")
E("SANA", "organization", ["SANA news agency"])
E("al-Manar", "organization")
E("Hezbollah", "organization")
E("Dimas", "location", ["Dimas area"], tier="extra")
E("Damascus International Airport", "location", tier="extra")
E("Damascus province", "location", tier="extra")
E("Lebanon", "country", tier="extra")
E("Times of Israel", "organization", tier="extra")
R("Israel", "attacked", "Syria",
  ["Syrian media reported Israeli fighter jets launched an airstrike on several military bases on the outskirts of Damascus",
   "The alleged attack was reported by Syria’s official SANA news agency",
   "The Israeli enemy attacked Syria"],
  date="2014-12-07", status="alleged", attributed_to=["SANA", "al-Manar"])
R("Israel", "attacked", "Damascus",
  "Israeli fighter jets launched an airstrike on several military bases on the outskirts of Damascus",
  tier="extra", date="2014-12-07", status="alleged", attributed_to=["SANA", "al-Manar"])
R("Israel", "attacked", "Damascus International Airport",
  ["The SANA report claimed one attack took place near Damascus’s main airport",
   "namely the Dimas area and the area of Damascus International Airport"],
  tier="extra", date="2014-12-07", status="alleged", attributed_to=["SANA"])
R("Israel", "attacked", "Dimas", "namely the Dimas area and the area of Damascus International Airport",
  tier="extra", date="2014-12-07", status="alleged", attributed_to=["SANA"])
R(["SANA", "Syria"], "accused", "Israel", "“The Israeli enemy attacked Syria by targeting two safe areas in Damascus province",
  tier="extra", date="2014-12-07")
R("Damascus International Airport", "located_in", "Damascus", "Damascus’s main airport", tier="extra")
R("Dimas", "located_in", "Damascus province", "two safe areas in Damascus province, namely the Dimas area",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("007_sirisena_sacks_wickremesinghe_afp_straits_times.txt", date="2018-10-26",
    publisher="AFP (The Straits Times)", dateline="COLOMBO",
    url="https://www.straitstimes.com/asia/south-asia/sri-lanka-president-maithripala-sirisena-sacks-prime-minister-ranil-wickremesinghe")
E("Maithripala Sirisena", "person", ["President Maithripala Sirisena", "Mr Sirisena", "Sirisena"])
E("Ranil Wickremesinghe", "person", ["Prime Minister Ranil Wickremesinghe", "Mr Wickremesinghe", "Wickremesinghe"])
E("Mahinda Rajapakse", "person", ["Mr Rajapakse"])
E("Sri Lanka", "country")
E("India", "country", tier="extra")
E("Colombo", "city", ["COLOMBO"], tier="extra")
E("AFP", "organization", tier="extra")
R("Maithripala Sirisena", "dismissed", "Ranil Wickremesinghe",
  ["President Maithripala Sirisena on Friday (Oct 26) sacked his Prime Minister Ranil Wickremesinghe"],
  date="2018-10-26")
R("Mahinda Rajapakse", ["holds_position", "leads"], "Sri Lanka",
  ["appointed former president Mahinda Rajapakse as the new premier",
   "televised him being sworn in as the new prime minister, replacing Mr Wickremesinghe"],
  date="2018-10-26", title="prime minister")
R("Ranil Wickremesinghe", "supports", "Maithripala Sirisena",
  "Wickremesinghe, who helped Mr Sirisena win the January 2015 elections against Mr Rajapakse", date="2015-01")
R("Maithripala Sirisena", ["leads", "holds_position"], "Sri Lanka", "President Maithripala Sirisena", tier="extra",
  title="President")
R("Ranil Wickremesinghe", "holds_position", "Sri Lanka", "his Prime Minister Ranil Wickremesinghe", tier="extra",
  title="Prime Minister")
R("Maithripala Sirisena", "opposes", "Ranil Wickremesinghe",
  ["disagreements between Mr Sirisena and Mr Wickremesinghe over economic policy",
   "The pair were reported to have clashed in Cabinet last week"], tier="extra", symmetric=True)
R("Maithripala Sirisena", "opposes", "Mahinda Rajapakse", "win the January 2015 elections against Mr Rajapakse",
  tier="extra", date="2015-01")

# ---------------------------------------------------------------------------------------
doc("008_csto_forces_kazakhstan_tass.txt", date="2022-01-06", publisher="TASS", dateline="MOSCOW",
    url="https://tass.com/defense/1384419")
E("Collective Security Treaty Organization", "organization", ["CSTO"])
E("Kazakhstan", "country", ["Republic of Kazakhstan"])
E("Russia", "country")
E("Belarus", "country")
E("Armenia", "country")
E("Tajikistan", "country")
E("Kyrgyzstan", "country")
E("CSTO Collective Security Council", "organization",
  ["CSTO’s Council of Collective Security", "Council of Collective Security"])
E("CSTO Secretariat", "organization", ["CSTO’s Secretariat", "Secretariat"])
E("Zhanaozen", "city")
E("Aktau", "city")
E("Mangystau Region", "location")
E("Almaty", "city")
E("Moscow", "city", ["MOSCOW"], tier="extra")
E("TASS", "organization", tier="extra")
R("Collective Security Treaty Organization", "sent_troops", "Kazakhstan",
  ["The collective peacekeeping forces of the Collective Security Treaty Organization (CSTO) have been dispatched to Kazakhstan",
   "the collective peacekeeping forces of the Collective Security Treaty Organization were sent to the Republic of Kazakhstan"],
  date="2022-01-06")
R("Russia", "sent_troops", "Kazakhstan",
  ["the advance units of the Russian contingent have already started implementing their tasks",
   "the peacekeeping contingent includes the units of the armed forces of Russia, Belarus, Armenia, Tajikistan and Kyrgyzstan",
   "Advance Russian units of CSTO collective forces already implement tasks in Kazakhstan"],
  date="2022-01-06")
for c in ("Belarus", "Armenia", "Tajikistan", "Kyrgyzstan"):
    R(c, "sent_troops", "Kazakhstan",
      "the peacekeeping contingent includes the units of the armed forces of Russia, Belarus, Armenia, Tajikistan and Kyrgyzstan",
      date="2022-01-06")
for c in ("Zhanaozen", "Aktau"):
    R(c, "located_in", "Mangystau Region", "Zhanaozen and Aktau in the Mangystau Region in southwestern Kazakhstan")
R("Mangystau Region", "located_in", "Kazakhstan", "the Mangystau Region in southwestern Kazakhstan")
R("Almaty", "located_in", "Kazakhstan", "the protests engulfed Almaty in the country’s southeast", tier="extra")
R("CSTO Collective Security Council", "sent_troops", "Kazakhstan",
  "The CSTO Collective Security Council made the decision to send peacekeepers to Kazakhstan", tier="extra",
  date="2022-01-06")

# ---------------------------------------------------------------------------------------
doc("009_solomon_islands_china_pact_australia_pina.txt", date="2022-04-20",
    publisher="Pacific Islands News Association (PINA)",
    url="https://pina.com.fj/2022/04/20/australia-deeply-disappointed-by-signing-of-solomon-islands-security-pact-with-china/")
E("Australia", "country")
E("Solomon Islands", "country")
E("China", "country")
E("security agreement", "agreement", ["security pact"])
E("Marise Payne", "person")
E("Zed Seselja", "person", ["Seselja"])
E("Honiara", "city")
E("Manasseh Sogavare", "person")
E("Penny Wong", "person", ["Wong"])
E("Labor", "organization")
E("Scott Morrison", "person")
E("United States", "country", ["US"], tier="extra")
E("New Zealand", "country", tier="extra")
E("Pacific", "location", ["Pacific region"], tier="extra")
R("China", "signed", "security agreement",
  ["the newly-signed security agreement between China and Solomon Islands",
   "Australia ‘deeply disappointed’ by signing of Solomon Islands’ security pact with China"])
R("Solomon Islands", "signed", "security agreement",
  ["the newly-signed security agreement between China and Solomon Islands",
   "Australia ‘deeply disappointed’ by signing of Solomon Islands’ security pact with China"])
R("Australia", ["criticized", "opposes"], ["Solomon Islands", "China", "security agreement"],
  ["The government said it was “deeply disappointed” by the signing of the deal",
   "The Australian government has sounded the alarm about the newly-signed security agreement between China and Solomon Islands"],
  date="2022-04-19")
R("Marise Payne", "holds_position", "Australia", "The foreign minister, Marise Payne", title="foreign minister")
R("Zed Seselja", "holds_position", "Australia", "the minister for the Pacific, Zed Seselja",
  title="minister for the Pacific")
R("Zed Seselja", "visited", "Honiara",
  "Seselja took time out of the Australian federal election campaign last week to visit Honiara", date="2022-04")
R("Zed Seselja", "met_with", "Manasseh Sogavare",
  "to ask Solomon Islands prime minister Manasseh Sogavare “respectfully” to consider not signing", date="2022-04",
  place="Honiara")
R("Manasseh Sogavare", ["leads", "holds_position"], "Solomon Islands",
  "Solomon Islands prime minister Manasseh Sogavare", title="prime minister")
R("Penny Wong", "accused", "Scott Morrison",
  "Penny Wong, accused the Australian prime minister of acting too slowly on a matter of significance to regional security",
  charge="acting too slowly on a matter of significance to regional security")
R("Penny Wong", "holds_position", "Labor", "Labor’s foreign affairs spokesperson, Penny Wong",
  title="foreign affairs spokesperson")
R("Penny Wong", "criticized", "Scott Morrison", "on Scott Morrison’s watch our region has become less secure",
  tier="extra", date="2022-04-19")
R("Scott Morrison", ["leads", "holds_position"], "Australia", "the Australian prime minister", tier="extra",
  title="prime minister")
R("United States", "visited", "Honiara", "A high-level US delegation was due to travel to Honiara this week",
  tier="extra")
for c in ("United States", "New Zealand"):
    R(c, "opposes", "China",
      "heighten the concerns of Australia, the United States and New Zealand about growing Chinese influence",
      tier="extra")

# ---------------------------------------------------------------------------------------
doc("010_kyrgyz_parliament_ratifies_tajik_border_24kg.txt", date="2025-03-19", publisher="24.kg",
    url="https://24.kg/english/323340_Zhogorku_Kenesh_approves_agreements_on_Kyrgyz-Tajik_border_in_three_readings/")
E("Zhogorku Kenesh", "organization", ["Parliament of Kyrgyzstan"])
E("Kyrgyzstan", "country", ["Kyrgyz Republic"])
E("Tajikistan", "country", ["Republic of Tajikistan"])
E("Agreement on the Kyrgyz-Tajik State Border", "agreement",
  ["agreement on the border between the two states"])
E("agreement on the construction and use of roads", "agreement")
E("agreement on ensuring access to water management and energy facilities", "agreement")
E("Emomali Rahmon", "person", ["President of Tajikistan Emomali Rahmon"])
E("Cabinet of Ministers of the Kyrgyz Republic", "organization", tier="extra")
E("Government of the Republic of Tajikistan", "organization", tier="extra")
R(["Zhogorku Kenesh", "Kyrgyzstan"], "ratified", "Agreement on the Kyrgyz-Tajik State Border",
  ["The deputies approved the ratification of the agreement between the Kyrgyz Republic and the Republic of Tajikistan on the Kyrgyz-Tajik State Border",
   "Deputies adopted bills on the Kyrgyz-Tajik border in three readings at the meeting of the Zhogorku Kenesh"],
  date="2025-03-19")
R(["Zhogorku Kenesh", "Kyrgyzstan"], "ratified", "agreement on the construction and use of roads",
  "the agreement between the Kyrgyz Republic and the Republic of Tajikistan on the construction and use of roads",
  date="2025-03-19")
R(["Zhogorku Kenesh", "Kyrgyzstan"], "ratified", "agreement on ensuring access to water management and energy facilities",
  "the Government of the Republic of Tajikistan on ensuring access to water management and energy facilities",
  date="2025-03-19")
R("Emomali Rahmon", "visited", "Kyrgyzstan",
  "On March 13, during the state visit of the President of Tajikistan Emomali Rahmon to Kyrgyzstan",
  date="2025-03-13")
R("Emomali Rahmon", ["leads", "holds_position"], "Tajikistan", "the President of Tajikistan Emomali Rahmon",
  title="President")
R("Kyrgyzstan", "signed", "Agreement on the Kyrgyz-Tajik State Border",
  "the parties signed an agreement on the border between the two states", date="2025-03-13")
R(["Tajikistan", "Emomali Rahmon"], "signed", "Agreement on the Kyrgyz-Tajik State Border",
  "the parties signed an agreement on the border between the two states", date="2025-03-13")
R("Tajikistan", "ratified", "Agreement on the Kyrgyz-Tajik State Border",
  "The documents must be ratified by the Parliaments of the two countries", tier="extra")

# ---------------------------------------------------------------------------------------
doc("011_saudi_pakistan_defence_pact_dunya.txt", date="2025-09-17", publisher="Dunya News", dateline="RIYADH",
    url="https://dunyanews.tv/en/Pakistan/907009-pakistan-saudi-arabia-will-jointly-respond-to-any-agression-under-new")
E("Pakistan", "country")
E("Saudi Arabia", "country")
E("Strategic Mutual Defence Agreement", "agreement", ["SMDA"])
E("Mohammed bin Salman", "person", ["Saudi Crown Prince Mohammed bin Salman", "Crown Prince Mohammed bin Salman", "MBS"])
E("Shehbaz Sharif", "person", ["Prime Minister Shehbaz Sharif", "PM Shehbaz Sharif"])
E("Riyadh", "city", ["RIYADH"])
E("Qasr Yamama", "location", ["Royal Court"], tier="extra")
E("Saudi Armed Forces", "organization", tier="extra")
E("Dunya News", "organization", tier="extra")
R(["Pakistan", "Shehbaz Sharif"], "signed", "Strategic Mutual Defence Agreement",
  ["Pakistan and Saudi Arabia on Wednesday signed the ‘Strategic Mutual Defence Agreement’ (SMDA)",
   "The agreement was formally signed by Saudi Crown Prince Mohammed bin Salman and Prime Minister Shehbaz Sharif"],
  date="2025-09-17", place="Riyadh")
R(["Saudi Arabia", "Mohammed bin Salman"], "signed", "Strategic Mutual Defence Agreement",
  ["Pakistan and Saudi Arabia on Wednesday signed the ‘Strategic Mutual Defence Agreement’ (SMDA)",
   "The agreement was formally signed by Saudi Crown Prince Mohammed bin Salman and Prime Minister Shehbaz Sharif"],
  date="2025-09-17", place="Riyadh")
R("Pakistan", "allied_with", "Saudi Arabia",
  ["any aggression against one country will be considered an aggression against both",
   "the eight-decade-long strategic partnership between Saudi Arabia and Pakistan"])
R("Shehbaz Sharif", "met_with", "Mohammed bin Salman",
  ["Prime Minister Shehbaz Sharif held a meeting with Mohammed bin Salman",
   "Crown Prince Mohammed bin Salman personally received the PM"],
  date="2025-09-17", place="Riyadh")
R("Mohammed bin Salman", ["holds_position", "leads"], "Saudi Arabia", "Saudi Crown Prince Mohammed bin Salman",
  title="Crown Prince")
R("Shehbaz Sharif", ["holds_position", "leads"], "Pakistan", "Prime Minister Shehbaz Sharif", tier="extra",
  title="Prime Minister")
R("Shehbaz Sharif", "arrived_in", "Qasr Yamama", "The prime minister arrived at the Royal Court, Qasr Yamama",
  tier="extra", date="2025-09-17")
R("Shehbaz Sharif", "visited", ["Saudi Arabia", "Riyadh"],
  "Saudi Arabia welcomes PM Shehbaz Sharif with F-15 fighter jet escort", tier="extra", date="2025-09-17")


if __name__ == "__main__":
    main(HERE, "blind9",
         "Gold knowledge graph for the twelve articles of datasets/blind9 (the ninth evaluation set, eighth "
         "blind one), written by hand from the article texts alone before any extractor output on them was "
         "looked at.")
