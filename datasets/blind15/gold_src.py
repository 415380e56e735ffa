#!/usr/bin/env python3
"""Source of datasets/blind15/blind15.gold.json (run: python3 datasets/blind15/gold_src.py [OUT]).

Written by hand, article by article, from the text of datasets/blind15/articles only, before
any extractor output on these articles was looked at (the fifteenth evaluation set, fourteenth
blind one: see README.md); kg was not run on these articles by the person who wrote the gold. The
helpers doc/E/R/main are datasets/gold_lib.py. Entities named in several articles are one gold
entity (aliases unioned, `core` if core anywhere); the same relation reported by several
articles is one gold relation whose evidence holds a quote from each (and whose date is dropped
when the articles describe different dates). Every relation also lists the `documents` its
quotes come from (score.py ignores the key; tests/cli/test_blind15_gold.py checks the quotes
against them).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_lib import E, R, doc, main  # noqa: E402

# ---------------------------------------------------------------------------------------
doc("000_chissano_dhlakama_sign_rome_peace_treaty_reuter_independent.txt", date="1992-10-05",
    publisher="Reuters (The Independent)", dateline="ROME",
    url="https://www.independent.co.uk/news/world/chissano-hails-a-new-era-1555581.html")
E("Joaquim Chissano", "person", ["Chissano", "Mr Chissano"])
E("Afonso Dhlakama", "person", ["Dhlakama", "Mr Dhlakama"])
E("Mozambique", "country")
E("Mozambique National Resistance", "organization", ["Renamo"])
E("Rome", "city", ["ROME"])
E("peace treaty to end the 16-year civil war", "agreement")
E("16-year civil war", "event", tier="extra")
E("Mozambique parliament", "organization", tier="extra")
E("Portugal", "country", tier="extra")
E("Reuters", "organization", ["Reuter"], tier="extra")
E("The Independent", "organization", ["Independent"], tier="extra")
SIGN0 = "President Joaquim Chissano of Mozambique and the rebel leader Afonso Dhlakama yesterday signed a peace treaty to end the 16-year civil war"
R(["Joaquim Chissano", "Mozambique"], "signed", "peace treaty to end the 16-year civil war",
  [SIGN0, "Mr Chissano and Mr Dhlakama embraced on signing."], date="1992-10-04", place="Rome")
R(["Afonso Dhlakama", "Mozambique National Resistance"], "signed", "peace treaty to end the 16-year civil war",
  [SIGN0, "Mr Chissano and Mr Dhlakama embraced on signing."], date="1992-10-04", place="Rome")
R("Joaquim Chissano", "met_with", "Afonso Dhlakama", "Mr Chissano and Mr Dhlakama embraced on signing.",
  date="1992-10-04", place="Rome")
R("Joaquim Chissano", ["leads", "holds_position"], "Mozambique", "President Joaquim Chissano of Mozambique",
  title="President")
R("Afonso Dhlakama", "leads", "Mozambique National Resistance",
  ["the rebel leader Afonso Dhlakama", "Mr Dhlakama's Mozambique National Resistance (Renamo)"])
R("Mozambique parliament", "ratified", "peace treaty to end the 16-year civil war",
  "A ceasefire will take effect as soon as the treaty is ratified by the Mozambique parliament", tier="extra")
for s_ in ("Mozambique", "Mozambique National Resistance"):
    R(s_, "participated_in", "16-year civil war",
      "the fighting between government troops and Mr Dhlakama's Mozambique National Resistance (Renamo)", tier="extra")

# ---------------------------------------------------------------------------------------
doc("001_israel_jordan_sign_peace_treaty_arava_la_times.txt", date="1994-10-27", publisher="Los Angeles Times",
    dateline="ARAVA CROSSING, Israeli-Jordanian Border",
    url="http://articles.latimes.com/1994-10-27/news/mn-55335_1_arab-israeli-conflict")
E("Israel", "country")
E("Jordan", "country")
E("Yitzhak Rabin", "person", ["Rabin"])
E("King Hussein", "person", ["Hussein"])
E("peace treaty", "agreement", ["Peace Pact"])
E("Arava crossing", "location", ["ARAVA CROSSING", "Arava"])
E("Middle East", "location", tier="extra")
E("Arab-Israeli conflict", "event", tier="extra")
E("Los Angeles Times", "organization", ["LAT"], tier="extra")
for s_ in (["Israel", "Yitzhak Rabin"], ["Jordan", "King Hussein"]):
    R(s_, "signed", "peace treaty",
      ["Israel and Jordan Sign Peace Pact",
       "Israel and Jordan on Wednesday signed a peace treaty that will launch their countries into an era of cooperation"],
      date="1994-10-26", place="Arava crossing")
R(["Yitzhak Rabin", "Israel"], "met_with", ["King Hussein", "Jordan"],
  ["In desert ceremony, Rabin and King Hussein end generations of hostility.",
   "Beaming at one another like old friends, Rabin and Hussein spoke as men achieving goals of a lifetime"],
  date="1994-10-26", place="Arava crossing")
R("Yitzhak Rabin", ["leads", "holds_position"], "Israel", "Israeli Prime Minister Yitzhak Rabin", title="Prime Minister")
R("King Hussein", "leads", "Jordan", "King Hussein of Jordan", title="King")
R("Israel", "allied_with", "Jordan",
  ["declared their countries not only at peace but also good neighbors", "from a new and strong ally"], tier="extra",
  date="1994-10-26")

# ---------------------------------------------------------------------------------------
doc("002_lebed_maskhadov_sign_grozny_disengagement_rferl.txt", date="1996-08-22", publisher="RFE/RL",
    url="https://rferl.org/a/1081403.html")
E("Aleksandr Lebed", "person", ["Lebed"])
E("Aslan Maskhadov", "person")
E("Russia", "country")
E("Chechnya", "location")
E("Grozny", "city")
E("Novye Atagi", "location")
E("disengagement agreement", "agreement")
E("Igor Rodionov", "person")
E("Konstantin Pulikovsky", "person", ["Pulikhovsky"])
E("Vyacheslav Tikhomirov", "person")
E("Igor Shevchenko", "person")
E("Moscow", "city")
E("Khankala", "location")
E("Defense Ministry", "organization", tier="extra")
E("draft political agreement", "agreement", tier="extra")
E("Itar-Tass", "organization", tier="extra")
E("Interfax", "organization", tier="extra")
SIGN2 = "Russia's security chief Aleksandr Lebed and Chechen separatist chief-of-staff Aslan Maskhadov signed an agreement today aimed at ending three weeks of renewed fighting in the breakaway republic"
for p in ("Aleksandr Lebed", "Aslan Maskhadov"):
    R(p, "signed", "disengagement agreement",
      [SIGN2, "Lebed told reporters after signing the disengagement agreement"], date="1996-08-22", place="Novye Atagi")
R("Aleksandr Lebed", "met_with", "Aslan Maskhadov", [SIGN2, "The contents of the document negotiated in the village of Novye Atagi"],
  tier="extra", date="1996-08-22", place="Novye Atagi")
R("Aleksandr Lebed", "holds_position", "Russia", "Russia's security chief Aleksandr Lebed", title="security chief")
R("Aslan Maskhadov", ["holds_position", "leads"], "Chechnya", "Chechen separatist chief-of-staff Aslan Maskhadov",
  title="chief-of-staff")
R("Igor Rodionov", "holds_position", "Russia", "Defense Minister Igor Rodionov repeated in Moscow today", tier="extra",
  title="Defense Minister")
R("Konstantin Pulikovsky", "holds_position", "Russia",
  "then acting Russian commander in Chechnya, General Konstantin Pulikovsky", title="acting commander")
R("Vyacheslav Tikhomirov", "holds_position", "Russia",
  "General Vyacheslav Tikhomirov, who had been on vacation, is now in command of Russian forces in Chechnya", tier="extra",
  title="General")
R("Igor Shevchenko", "holds_position", "Russia", "Russia's military prosecutor in Chechnya, Igor Shevchenko",
  title="military prosecutor")
R("Igor Rodionov", "criticized", "Konstantin Pulikovsky",
  "acted on his own initiative, without consulting the Defense Ministry in Moscow", tier="extra", date="1996-08-22")
R("Russia", "sent_troops", "Chechnya",
  ["is now in command of Russian forces in Chechnya",
   "more than 400 Russian soldiers have died in Chechnya since the Chechen offensive on Grozny on August 6"])
R("Grozny", "capital_of", "Chechnya", "the Chechen capital of Grozny")
R("Novye Atagi", "located_in", "Chechnya", "the village of Novye Atagi,m south of the Chechen capital of Grozny",
  tier="extra")
R("Khankala", "located_in", "Chechnya", "the Russian military base in Khankala outside Grozny", tier="extra")

# ---------------------------------------------------------------------------------------
doc("003_interfet_arrives_dili_irish_times.txt", date="1999-09-20", publisher="The Irish Times",
    url="https://www.irishtimes.com/news/un-force-arrives-in-dili-as-indonesia-withdraws-1.229134")
E("International Force for East Timor", "organization", ["Interfet", "UN force", "United Nations force"])
E("United Nations", "organization", ["UN"])
E("East Timor", "location")
E("Dili", "city")
E("Indonesia", "country")
E("Indonesian army", "organization")
E("Australia", "country")
E("Xanana Gusmao", "person", ["Mr Xanana Gusmao"])
E("Jakarta", "city")
E("Peter Cosgrove", "person", ["Maj Gen Peter Cosgrove", "Gen Cosgrove"])
E("Kiki Syahnakri", "person", ["Maj Gen Kiki Syahnakri", "Syahnakhri", "Maj Gen Syahnakhri"])
E("Ian Martin", "person", ["Mr Ian Martin"])
E("UN Mission in East Timor", "organization", ["UNAMET"])
E("Darwin", "city", tier="extra")
E("Portugal", "country", tier="extra")
E("Irish Rangers", "organization", tier="extra")
E("British Gurkha regiment", "organization", tier="extra")
E("Vietnam War", "event", tier="extra")
R("International Force for East Timor", "arrived_in", ["East Timor", "Dili"],
  ["a United Nations force arrived in East Timor early this morning",
   "An advance contingent of 2,500 international troops, mainly Australian, flew in to Dili at dawn local time"],
  date="1999-09-20")
R("Australia", "sent_troops", ["East Timor", "Dili"],
  ["An advance contingent of 2,500 international troops, mainly Australian, flew in to Dili at dawn local time"],
  date="1999-09-20")
R(["Indonesian army", "Indonesia"], "attacked", "East Timor",
  "troops from the Indonesian army, which invaded the former Portuguese colony in 1975", date="1975")
R(["Indonesian army", "Indonesia"], "sent_troops", "East Timor",
  ["troops from the Indonesian army, which invaded the former Portuguese colony in 1975, are due to begin pulling out",
   "The Indonesian officer said that his troops would withdraw from the territory within days"], tier="extra")
R("Peter Cosgrove", ["leads", "holds_position"], "International Force for East Timor",
  "The Australian commander of the UN force, Maj Gen Peter Cosgrove", title="commander")
R("Peter Cosgrove", "holds_position", "Australia", "The Australian commander of the UN force, Maj Gen Peter Cosgrove",
  tier="extra", title="Maj Gen")
R("Peter Cosgrove", ["arrived_in", "visited"], "Dili",
  "Maj Gen Peter Cosgrove, flew into the devastated East Timor capital yesterday afternoon", date="1999-09-19")
R("Peter Cosgrove", "met_with", "Kiki Syahnakri",
  ["held 90 minutes of talks at military headquarters with Maj Gen Kiki Syahnakri",
   "Gen Cosgrove said he came away from the talks \"pleased with the co-operation\" shown by Maj Gen Syahnakhri"],
  date="1999-09-19", place="Dili")
R("Kiki Syahnakri", ["leads", "holds_position"], "East Timor", "Maj Gen Kiki Syahnakri, Martial Law Commander for the territory",
  tier="extra", title="Martial Law Commander")
R("Kiki Syahnakri", "holds_position", "Indonesia", "The Indonesian officer said", tier="extra")
R("Dili", "capital_of", "East Timor", "flew into the devastated East Timor capital")
R("Ian Martin", "leads", "UN Mission in East Timor", "Mr Ian Martin, the British head of the UN Mission in East Timor (UNAMET)")
R("UN Mission in East Timor", "member_of", "United Nations", "the UN Mission in East Timor (UNAMET)", tier="extra")
R("Xanana Gusmao", ["arrived_in", "visited"], "Australia",
  "Mr Xanana Gusmao, came to Australia from Jakarta yesterday to begin setting up a government in exile", date="1999-09-19")
R("Irish Rangers", "member_of", "International Force for East Timor",
  "Some 40 Irish Rangers will arrive in Darwin tomorrow to join them.", tier="extra")

# ---------------------------------------------------------------------------------------
doc("004_blair_meets_gadafy_tripoli_tent_guardian.txt", date="2004-03-25", publisher="The Guardian", dateline="Tripoli",
    url="https://www.theguardian.com/politics/2004/mar/26/uk.libya2")
E("Tony Blair", "person", ["Blair", "Mr Blair"])
E("Muammar Gadafy", "person", ["Colonel Muammar Gadafy", "Col Gadafy", "Gadafy"])
E("Libya", "country", ["Great Socialist People's Libyan Arab Jamahiriyya"])
E("Tripoli", "city")
E("United Kingdom", "country", ["British"])
E("United States", "country", ["US"])
E("Lisbon", "city", tier="extra")
E("war on terror", "event", tier="extra")
R("Tony Blair", "met_with", "Muammar Gadafy",
  ["But as they shook hands under the faded green canvas of Col Gadafy's tent on the southern outskirts of Tripoli",
   "the two men sat down in ornate seats in the centre of the dark tent for their substantive political discussion"],
  date="2004-03-25", place="Tripoli")
R("Tony Blair", ["visited", "arrived_in"], ["Libya", "Tripoli"],
  ["\"It was OK, it is good to be here after so many months,\" Mr Blair replied",
   "whether he had enjoyed a comfortable dawn flight from Lisbon"],
  date="2004-03-25")
R("Muammar Gadafy", "leads", "Libya", "the leader of the Great Socialist People's Libyan Arab Jamahiriyya")
R("Tony Blair", ["holds_position", "leads"], "United Kingdom",
  "An encounter between a man once regarded as the godfather of international terrorism and a British prime minister",
  title="prime minister")
R("United States", "attacked", "Libya", "one of whose predecessors allowed US planes to bomb Libya from its soil")
R("United Kingdom", "supports", "United States", "one of whose predecessors allowed US planes to bomb Libya from its soil",
  tier="extra")
R("Libya", "allied_with", "United Kingdom", "Blair signs new recruit to war on terror", tier="extra", date="2004-03-25")
R("Libya", "participated_in", "war on terror", "Blair signs new recruit to war on terror", tier="extra")
R("Tripoli", "located_in", "Libya", "Col Gadafy's tent on the southern outskirts of Tripoli", tier="extra")

# ---------------------------------------------------------------------------------------
doc("005_minsk_summit_ukraine_ceasefire_roadmap_rfi.txt", date="2015-02-12", publisher="RFI",
    url="https://www.rfi.fr/en/europe/20150212-Hollande-hails-'hope'-as-Ukraine-ceasefire-agreed-at-summit")
E("Vladimir Putin", "person", ["Putin"])
E("François Hollande", "person", ["Hollande"])
E("Petro Porochenko", "person", ["Porochenko"])
E("Angela Merkel", "person", ["Merkel"])
E("Ukraine", "country", ["Kiev government"])
E("Russia", "country")
E("France", "country")
E("Germany", "country")
E("Minsk", "city")
E("Belorussia", "country")
E("OSCE", "organization")
E("contact group", "organization")
E("separatist rebels", "organization", ["separatists", "rebel separatists"])
E("roadmap", "agreement", ["roadmap towards peace in Ukraine", "accord"])
E("previous accord in Minsk", "agreement", tier="extra")
E("Reuters", "organization", tier="extra")
E("Vasily Fedosenko", "person", tier="extra")
SIGN5 = ["The Kiev government and separatist rebels have signed a roadmap towards peace in Ukraine",
         "“Every issue has been covered by this text, which has been signed by the contact group and the separatists”"]
for s_ in ("Ukraine", "separatist rebels", "contact group"):
    R(s_, "signed", "roadmap", SIGN5, date="2015-02-12", place="Minsk")
L5 = (("Vladimir Putin", "Russia", "Russian President Vladimir Putin", "President"),
      ("Petro Porochenko", "Ukraine", "Ukraine’s Petro Porochenko", "President"),
      ("François Hollande", "France", "French President François Hollande", "President"),
      ("Angela Merkel", "Germany", "German Chancellor Angela Merkel", "Chancellor"))
TALK5 = "Russian President Vladimir Putin, Ukraine’s Petro Porochenko, French President François Hollande and German Chancellor Angela Merkel held talks on the political issues around a deal."
for i in range(4):
    p, c, q, t = L5[i]
    R(p, ["leads", "holds_position"], c, q, title=t)
    for j in range(i + 1, 4):
        R([p, c], "met_with", [L5[j][0], L5[j][1]], [TALK5, "Vladimir Putin, François Hollande, Petro Porochenko, Angela Merkel - Minsk, 12 Feb."],
          date="2015-02-12", place="Minsk")
for c in ("Ukraine", "Russia", "OSCE"):
    R(c, "member_of", "contact group", "The so-called contact group (comprising representatives from Ukraine, Russia and the OSCE)")
R("Minsk", "capital_of", "Belorussia", "Minsk, the capital of Belorussia")
R("François Hollande", "supports", "roadmap", "Hollande said the accord represented a “serious hope, even if everything is not yet accomplished.”",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("006_morocco_rejoins_african_union_meo.txt", date="2017-01-31", publisher="Middle East Online (AFP text)",
    dateline="ADDIS ABABA", url="https://meo.news/en/morocco-rejoins-african-union-after-more-30-years")
E("Morocco", "country")
E("African Union", "organization", ["AU"])
E("Mohammed VI", "person", ["King Mohammed VI"])
E("Addis Ababa", "city", ["ADDIS ABABA"])
E("Ethiopia", "country")
E("AU summit", "event", ["summit"])
E("Western Sahara", "location")
E("Macky Sall", "person")
E("Senegal", "country")
E("Ellen Johnson Sirleaf", "person")
E("Liberia", "country")
E("Algeria", "country")
E("South Africa", "country")
E("Polisario", "organization", ["Polisario movement"])
E("Organisation of African Unity", "organization", ["OAU"])
R("Morocco", "member_of", "African Union",
  ["The African Union agreed Monday to readmit Morocco",
   "\"Morocco is now a full member of the African Union.", "Morocco rejoins African Union after more than 30 years"],
  date="2017-01-30")
R("African Union", "supports", "Morocco",
  "39 of our 54 states approved the return of Morocco", tier="extra", date="2017-01-30")
R("Mohammed VI", "leads", "Morocco", "Morocco's King Mohammed VI", title="King")
R("Mohammed VI", "participated_in", "AU summit",
  ["the monarch told the closing ceremony of the AU summit in Ethiopia",
   "Morocco's King Mohammed VI took a seat at the African Union headquarters Tuesday"], date="2017-01-31")
R("Mohammed VI", "visited", ["Addis Ababa", "Ethiopia"],
  ["ADDIS ABABA - Morocco's King Mohammed VI took a seat at the African Union headquarters Tuesday",
   "the monarch told the closing ceremony of the AU summit in Ethiopia"], date="2017-01-31")
R("AU summit", "located_in", "Ethiopia", "the AU summit in Ethiopia")
R("Macky Sall", ["leads", "holds_position"], "Senegal", "Senegalese President Macky Sall", title="President")
R("Ellen Johnson Sirleaf", ["leads", "holds_position"], "Liberia", "Liberia's President Ellen Johnson Sirleaf", title="President")
for c in ("Algeria", "South Africa"):
    R(c, "opposes", "Morocco", "with heavyweights like Algeria and South Africa against the re-admission of Morocco",
      date="2017-01-30")
    R(c, "supports", "Polisario",
      "These nations have long supported the campaign for self-determination by Western Sahara's Polisario movement.")
R("Western Sahara", "member_of", "Organisation of African Unity",
  "after the bloc admitted the former Western Sahara as a separate member", tier="extra", date="1984")
for p in ("Macky Sall", "Ellen Johnson Sirleaf"):
    R(p, "participated_in", "AU summit", "according to presidents attending the summit", tier="extra")
R("Polisario", "located_in", "Western Sahara", "Western Sahara's Polisario movement", tier="extra")

# ---------------------------------------------------------------------------------------
doc("007_german_greens_name_baerbock_habeck_ministers_politico.txt", date="2021-11-25", publisher="Politico Europe",
    dateline="BERLIN",
    url="https://www.politico.eu/article/german-greens-name-ministers-for-olaf-scholz-cabinet-coalition/")
E("Greens", "organization", ["Germany’s Greens"])
E("SPD", "organization")
E("Free Democrats", "organization", ["FDP", "liberal Free Democrats"])
E("Germany", "country")
E("coalition agreement", "agreement")
E("Annalena Baerbock", "person", ["Baerbock"])
E("Robert Habeck", "person", ["Habeck"])
E("Heiko Maas", "person")
E("Cem Özdemir", "person")
E("Steffi Lemke", "person")
E("Anne Spiegel", "person")
E("Christian Lindner", "person")
E("Marco Buschmann", "person")
E("Volker Wissing", "person")
E("Bettina Stark-Watzinger", "person")
E("Olaf Scholz", "person")
E("Berlin", "city", ["BERLIN"], tier="extra")
E("Twitter", "organization", tier="extra")
E("Sean Gallup", "person", tier="extra")
E("Getty Images", "organization", tier="extra")
for s_, q in (("Greens", "Germany’s Greens have selected who they want to run the five ministries the party was given as part of the coalition agreement agreed this week."),
              ("SPD", "SPD, Greens And FDP Present Coalition Agreement"),
              ("Free Democrats", "SPD, Greens And FDP Present Coalition Agreement")):
    R(s_, "signed", "coalition agreement", [q, "SPD, Greens And FDP Present Coalition Agreement"], date="2021-11")
R("Greens", "allied_with", "SPD", "The Greens became the second of the three coalition parties", tier="extra")
R("Greens", "allied_with", "Free Democrats", "The Greens became the second of the three coalition parties", tier="extra")
R("SPD", "allied_with", "Free Democrats", "The Greens became the second of the three coalition parties", tier="extra")
for p, q in (("Robert Habeck", "As expected, party co-leader Robert Habeck"),
             ("Annalena Baerbock", "Habeck’s fellow co-leader Annalena Baerbock")):
    R(p, ["leads", "member_of"], "Greens", q, title="co-leader")
R("Cem Özdemir", "member_of", "Greens", "The agriculture ministry will go to Cem Özdemir, a former party leader")
R("Christian Lindner", "leads", "Free Democrats", "FDP leader Christian Lindner", title="leader")
R("Marco Buschmann", ["member_of", "holds_position"], "Free Democrats", "party whip Marco Buschmann", title="party whip")
R("Volker Wissing", ["holds_position", "member_of"], "Free Democrats", "FDP General-Secretary Volker Wissing",
  title="General-Secretary")
R("Olaf Scholz", "member_of", "SPD", "The SPD, whose Olaf Scholz will be chancellor")
R("Heiko Maas", "holds_position", "Germany", "The outgoing foreign minister, Heiko Maas", title="foreign minister")
MIN7 = (("Annalena Baerbock", "Annalena Baerbock will take over the foreign ministry", "foreign minister"),
        ("Robert Habeck", "Robert Habeck will lead a new climate and economy ministry", "climate and economy minister"),
        ("Cem Özdemir", "The agriculture ministry will go to Cem Özdemir", "agriculture minister"),
        ("Steffi Lemke", "with Steffi Lemke to run the environment ministry", "environment minister"),
        ("Anne Spiegel", "Anne Spiegel heading the family ministry", "family minister"),
        ("Christian Lindner", "FDP leader Christian Lindner will head the finance ministry", "finance minister"),
        ("Marco Buschmann", "party whip Marco Buschmann is to become justice minister", "justice minister"),
        ("Volker Wissing", "FDP General-Secretary Volker Wissing takes the transport ministry", "transport minister"),
        ("Bettina Stark-Watzinger", "the education ministry goes to Bettina Stark-Watzinger", "education minister"),
        ("Olaf Scholz", "The SPD, whose Olaf Scholz will be chancellor", "chancellor"))
for p, q, t in MIN7:
    R(p, "holds_position", "Germany", q, title=t)
R("Olaf Scholz", "leads", "Germany", "The SPD, whose Olaf Scholz will be chancellor", tier="extra", title="chancellor")
R("Heiko Maas", "supports", "Annalena Baerbock", "The outgoing foreign minister, Heiko Maas, congratulated Baerbock on Twitter",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("008_oligui_nguema_sworn_in_gabon_afp_ibtimes.txt", date="2025-05-03", publisher="AFP (International Business Times)",
    url="https://www.ibtimes.com/gabon-ex-junta-chief-oligui-sworn-after-election-win-3772381")
E("Brice Oligui Nguema", "person", ["Oligui"])
E("Gabon", "country")
E("Ali Bongo", "person")
E("Libreville", "city")
E("inauguration ceremony", "event", ["investiture", "presidential inauguration ceremony"])
E("last month's election", "event", ["election"])
E("Adama Barrow", "person")
E("Gambia", "country")
E("Bassirou Diomaye Faye", "person")
E("Senegal", "country")
E("Ismail Omar Guelleh", "person")
E("Djibouti", "country")
E("Teodoro Obiang Nguema Mbasogo", "person")
E("Equatorial Guinea", "country")
E("Felix Tshisekedi", "person")
E("Democratic Republic of Congo", "country")
E("Paul Kagame", "person")
E("Rwanda", "country")
E("Angondje stadium", "location")
E("Bongo family", "organization", tier="extra")
E("legislative elections", "event", tier="extra")
E("AFP", "organization", tier="extra")
R("Brice Oligui Nguema", ["leads", "holds_position"], "Gabon",
  ["Gabon's Brice Oligui Nguema, whose coup ended 55 years of rule by the Bongo family, took oath as president on Saturday",
   "was sworn in for a seven-year term"], date="2025-05-03", title="president")
R("Brice Oligui Nguema", "participated_in", "last month's election",
  "The former junta leader, who won nearly 95 percent of the vote in last month's election", date="2025-04")
R("Brice Oligui Nguema", "participated_in", "inauguration ceremony",
  "Oligui, 50, entered the stadium on the back of a white, open-roof car", tier="extra", date="2025-05-03")
R("Brice Oligui Nguema", ["dismissed", "opposes"], "Ali Bongo", "after 19 months of military rule since he toppled Ali Bongo in August 2023",
  date="2023-08")
R("Ali Bongo", "leads", "Gabon", "since he toppled Ali Bongo in August 2023", tier="extra")
LEAD8 = (("Adama Barrow", "Gambia", "Gambia's Adama Barrow", "core"),
         ("Bassirou Diomaye Faye", "Senegal", "Senegal's Bassirou Diomaye Faye", "core"),
         ("Ismail Omar Guelleh", "Djibouti", "Djibouti's Ismail Omar Guelleh", "core"),
         ("Teodoro Obiang Nguema Mbasogo", "Equatorial Guinea", "Teodoro Obiang Nguema Mbasogo from Equatorial Guinea", "extra"),
         ("Felix Tshisekedi", "Democratic Republic of Congo", "The Democratic Republic of Congo's President Felix Tshisekedi", "core"),
         ("Paul Kagame", "Rwanda", "followed by Rwanda's Paul Kagame", "core"))
for p, c, q, t in LEAD8:
    R(p, "leads", c, q, tier=t)
ATT8 = "Leaders in attendance included Gambia's Adama Barrow, Senegal's Bassirou Diomaye Faye, Djibouti's Ismail Omar Guelleh and Teodoro Obiang Nguema Mbasogo from Equatorial Guinea."
for p, c, q, t in LEAD8[:4]:
    R(p, "participated_in", "inauguration ceremony", ATT8, date="2025-05-03")
for p in ("Felix Tshisekedi", "Paul Kagame"):
    R(p, "participated_in", "inauguration ceremony",
      "The Democratic Republic of Congo's President Felix Tshisekedi likewise made his entrance around midday, followed by Rwanda's Paul Kagame.",
      date="2025-05-03")
R("Libreville", "capital_of", "Gabon", "a stadium north of the capital Libreville")
R("Angondje stadium", "located_in", "Gabon", "the investiture at the Angondje stadium", tier="extra")

# ---------------------------------------------------------------------------------------
doc("009_peru_castillo_ousted_boluarte_sworn_in_dw.txt", date="2022-12-07", publisher="DW",
    url="https://www.dw.com/en/peru-castillo-ousted-over-coup-bid-new-leader-sworn-in/a-64021151")
E("Dina Boluarte", "person", ["Boluarte"])
E("Pedro Castillo", "person", ["Castillo"])
E("Peru", "country")
E("Congress", "organization", ["Peru's Congress", "legislature", "parliament"])
E("Sebastian Castaneda", "person", tier="extra")
E("Reuters", "organization", ["REUTERS"], tier="extra")
R("Dina Boluarte", ["leads", "holds_position"], "Peru",
  ["Peru's Vice President Dina Boluarte was sworn in Wednesday as the country's new president",
   "Boluarte replaces Castillo"], date="2022-12-07", title="president")
R("Pedro Castillo", ["leads", "holds_position"], "Peru", "the removal of President Pedro Castillo", title="President")
R("Congress", ["dismissed", "opposes"], "Pedro Castillo",
  ["Peru's Vice President Dina Boluarte was sworn in Wednesday as the country's new president after Congress voted out Pedro Castillo.",
   "parliament voted to remove Castillo", "Lawmakers voted 101-6 with 10 abstentions to oust Castillo"],
  date="2022-12-07")
R("Pedro Castillo", "opposes", "Congress",
  ["Castillo had announced a curfew and tried to dissolve Congress in an apparent bid to avoid impeachment.",
   "Castillo had announced earlier on Wednesday that he would dissolve Congress and call new elections."],
  date="2022-12-07")
R("Congress", "supports", "Dina Boluarte", "Dina Boluarte was called on by Congress to take the office", tier="extra",
  date="2022-12-07")

# ---------------------------------------------------------------------------------------
doc("010_honduras_opens_embassy_beijing_castro_visit_ap_dtn.txt", date="2023-06-11", publisher="AP (DTN/Progressive Farmer)",
    dateline="BEIJING",
    url="https://www.dtnpf.com/agriculture/web/ag/news/world-policy/article/2023/06/11/honduras-opens-embassy-china-ties")
E("Honduras", "country")
E("China", "country")
E("Taiwan", "country")
E("Beijing", "city", ["BEIJING"])
E("Qin Gang", "person", ["Qin"])
E("Enrique Reina", "person")
E("Xiomara Castro", "person", ["Castro"])
E("Shanghai", "city")
E("New Development Bank", "organization")
E("BRICS", "organization")
E("Brazil", "country")
E("Russia", "country")
E("India", "country")
E("South Africa", "country")
E("CCTV", "organization", tier="extra")
E("China's Foreign Ministry", "organization", tier="extra")
E("Taiwan Strait", "location", tier="extra")
E("Taipei", "city", tier="extra")
E("AP", "organization", tier="extra")
R("Qin Gang", "holds_position", "China", "China's Foreign Minister Qin Gang", title="Foreign Minister")
R("Enrique Reina", "holds_position", "Honduras", "his Honduran counterpart Enrique Reina", title="Foreign Minister")
R("Qin Gang", "met_with", "Enrique Reina",
  "China's Foreign Minister Qin Gang and his Honduran counterpart Enrique Reina took part in the inauguration of the embassy on Sunday morning",
  tier="extra", date="2023-06-11", place="Beijing")
R("Xiomara Castro", ["leads", "holds_position"], "Honduras", "Honduran President Xiomara Castro", title="President")
R("Xiomara Castro", "visited", "China", "Honduran President Xiomara Castro's six-day visit to China")
R("Xiomara Castro", ["arrived_in", "visited"], "Shanghai", "Castro arrived in Shanghai on Friday", date="2023-06-09")
for c in ("Brazil", "Russia", "India", "China", "South Africa"):
    R(c, "member_of", "BRICS", "the BRICS nations, which includes Brazil, Russia, India, China and South Africa")
R("Honduras", "member_of", "New Development Bank", "Honduras requested admission to the bank", tier="extra")
R("Honduras", "allied_with", "China",
  ["the Central American nation broke off relations with Taiwan to establish diplomatic ties with China",
   "The symbol of the two sides' strengthening diplomatic ties"], tier="extra")
R("China", "opposes", "Taiwan",
  ["The island also faces increasing military threats from Beijing.",
   "10 Chinese warplanes crossed the median line of the Taiwan Strait"], tier="extra", date="2023-06-11")

# ---------------------------------------------------------------------------------------
doc("011_hasina_resigns_leaves_bangladesh_army_interim_government_ndtvprofit.txt", date="2024-08-05",
    publisher="NDTV Profit",
    url="https://www.ndtvprofit.com/world/bangladesh-crisis-pm-sheikh-hasina-resigns-and-leaves-country-after-residence-sacked")
E("Sheikh Hasina", "person", ["Hasina", "PM Sheikh Hasina"])
E("Bangladesh", "country")
E("Waker-Uz-Zaman", "person")
E("Mohammed Shahabuddin", "person")
E("Dhaka", "city")
E("India", "country")
E("Sheikh Rehana", "person")
E("Gono Bhaban", "location")
E("Dhaka Tribune", "organization", tier="extra")
E("PTI", "organization", tier="extra")
E("Anti-Discriminatory Student Movement", "organization", tier="extra")
R("Sheikh Hasina", ["leads", "holds_position"], "Bangladesh", "Bangladesh Prime Minister Sheikh Hasina", title="Prime Minister")
R("Waker-Uz-Zaman", ["leads", "holds_position"], "Bangladesh",
  ["Army chief Waker-Uz-Zaman said a new interim government would be formed", "PM Sheikh Hasina Resigns, Leaves Bangladesh; Army Says Interim Government To Form"],
  tier="extra", title="Army chief")
R("Mohammed Shahabuddin", ["leads", "holds_position"], "Bangladesh", "\"We will speak with President Mohammed Shahabuddin now",
  tier="extra", title="President")
R("Waker-Uz-Zaman", "met_with", "Mohammed Shahabuddin", "\"We will speak with President Mohammed Shahabuddin now to resolve the situation.\"",
  tier="extra")
R("Sheikh Hasina", "visited", "India", "left Dhaka in a military helicopter and may be headed to a safer location in India",
  tier="extra", date="2024-08-05")

if __name__ == "__main__":
    main(HERE, "blind15",
         "Gold knowledge graph for the twelve articles of datasets/blind15 (the fifteenth evaluation set, fourteenth "
         "blind one), written by hand from the article texts alone before any extractor output on them was "
         "looked at.")
