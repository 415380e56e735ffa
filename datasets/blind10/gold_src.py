#!/usr/bin/env python3
"""Source of datasets/blind10/blind10.gold.json (run: python3 datasets/blind10/gold_src.py [OUT]).

Written by hand, article by article, from the text of datasets/blind10/articles only, before
any extractor output on these articles was looked at (the tenth evaluation set, ninth blind
one: see README.md); kg was not run on these articles by the person who wrote the gold. The
helpers doc/E/R/main are datasets/gold_lib.py. Entities named in several articles are one gold
entity (aliases unioned, `core` if core anywhere); the same relation reported by several
articles is one gold relation whose evidence holds a quote from each (and whose date is dropped
when the articles describe different dates). Every relation also lists the `documents` its
quotes come from (score.py ignores the key; tests/cli/test_blind10_gold.py checks the quotes
against them).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from gold_lib import E, R, doc, main  # noqa: E402

# ---------------------------------------------------------------------------------------
doc("000_mali_burkina_niger_quit_ecowas_modernghana.txt", date="2024-01-28", publisher="Modern Ghana",
    url="https://www.modernghana.com/news/1288661/mali-burkina-faso-niger-ditch-ecowas.html")
E("Mali", "country")
E("Burkina Faso", "country")
E("Niger", "country")
E("Economic Community of West African States", "organization", ["ECOWAS"])
E("Amadou Abdramane", "person", ["Colonel Amadou Abdramane", "Col Abdramane", "Abdramane"])
E("Alliance of Sahel States", "organization", ["AES"])
E("G5", "organization", ["G5 force"], tier="extra")
E("Sahel", "location", ["Sahel region"], tier="extra")
for c in ("Mali", "Burkina Faso", "Niger"):
    R(c, "member_of", "Economic Community of West African States",
      "These three nations, founding members of ECOWAS in 1975", date="1975")
    R(c, "opposes", "Economic Community of West African States",
      ["Mali, Burkina Faso, and Niger have announced their withdrawal from the Economic Community of West African States (ECOWAS)"],
      tier="extra")
    R("Economic Community of West African States", ["sanctioned", "opposes"], c,
      "the three countries were suspended from ECOWAS", tier="extra")
    R(c, "member_of", "Alliance of Sahel States", "they formed their own Alliance of Sahel States (AES)")
    R(c, "member_of", "G5",
      "last year, Mali, Burkina Faso, and Niger withdrew from the international G5 force", tier="extra",
      status="negated", date="2023")
for a, b in (("Mali", "Burkina Faso"), ("Mali", "Niger"), ("Burkina Faso", "Niger")):
    R(a, "allied_with", b, "they formed their own Alliance of Sahel States (AES)", tier="extra")
R("Amadou Abdramane", "holds_position", "Niger", "Colonel Amadou Abdramane, spokesman for the Niger junta",
  title="spokesman")
R("Amadou Abdramane", "criticized", "Economic Community of West African States",
  ["Col Abdramane criticized ECOWAS for its failure to support these states",
   "ECOWAS has strayed from the ideals of its founders"])
R("G5", "located_in", "Sahel", "G5 force established to combat Islamist militants in the Sahel region", tier="extra")

# ---------------------------------------------------------------------------------------
doc("001_drc_rwanda_peace_agreement_washington_pana.txt", date="2025-06-27", publisher="Pan African News Agency (PANA)",
    dateline="Washington, DC, US",
    url="http://panapress.com/Rwanda-DRC-sign-peace-agreement-a_630779303-lang2-free_news.html")
E("Rwanda", "country", ["Government of Rwanda"])
E("Democratic Republic of Congo", "country", ["DRC"])
E("Peace Agreement", "agreement", ["peace agreement"])
E("Washington, DC", "city", ["Washington", "WASHINGTON"])
E("United States", "country", ["US", "U.S."])
E("Thérèse Kayikwamba Wagner", "person")
E("Olivier Nduhungirehe", "person")
E("Marco Rubio", "person", ["Mr. Rubio", "Rubio"])
E("US Department of State", "organization", ["US State Department"], tier="extra")
E("African Union", "organization", ["AU"])
E("Mahmoud Ali Youssouf", "person")
E("Togo", "country")
E("Robert Dussey", "person")
E("Qatar", "country")
E("Mohammed bin Abdulaziz Al-Khulaifi", "person")
E("Allison Hooker", "person")
E("Massad Boulos", "person", ["Boulos", "Senior Advisor Boulos"])
E("Declaration of Principles", "agreement")
E("Great Lakes region", "location", tier="extra")
E("Africa", "location", tier="extra")
E("PANA", "organization", tier="extra")
R(["Democratic Republic of Congo", "Thérèse Kayikwamba Wagner"], "signed", "Peace Agreement",
  ["Rwanda and the Democratic Republic of Congo (DRC) on Friday signed a peace agreement in Washington, DC",
   "The DRC foreign Minister, Thérèse Kayikwamba Wagner, signed on behalf of her Government"],
  date="2025-06-27", place="Washington, DC")
R(["Rwanda", "Olivier Nduhungirehe"], "signed", "Peace Agreement",
  ["Rwanda and the Democratic Republic of Congo (DRC) on Friday signed a peace agreement in Washington, DC",
   "Foreign Minister Olivier Nduhungirehe signed on behalf of the Government of Rwanda"],
  date="2025-06-27", place="Washington, DC")
R("Marco Rubio", "signed", "Peace Agreement", "US Secretary of state Marco Rubio signed as a witness.", tier="extra",
  date="2025-06-27")
R("Thérèse Kayikwamba Wagner", "holds_position", "Democratic Republic of Congo",
  "The DRC foreign Minister, Thérèse Kayikwamba Wagner", title="foreign Minister")
R("Olivier Nduhungirehe", "holds_position", "Rwanda",
  "Foreign Minister Olivier Nduhungirehe signed on behalf of the Government of Rwanda", title="Foreign Minister")
R("Marco Rubio", "holds_position", "United States", "US Secretary of state Marco Rubio", title="Secretary of state")
R("Mahmoud Ali Youssouf", ["leads", "holds_position"], "African Union", "African Union (AU) Chairperson Mahmoud Ali Youssouf",
  title="Chairperson")
R("Robert Dussey", "holds_position", "Togo", "Togolese Foreign Minister Robert Dussey", title="Foreign Minister")
R("Mohammed bin Abdulaziz Al-Khulaifi", "holds_position", "Qatar",
  "Qatari Minister of State Mohammed bin Abdulaziz Al-Khulaifi", title="Minister of State")
R("Allison Hooker", "holds_position", "United States", "US Under Secretary for Political Affairs Allison Hooker",
  title="Under Secretary for Political Affairs")
R("Massad Boulos", "holds_position", "United States", "US Senior Advisor Massad Boulos", title="Senior Advisor")
R(["Democratic Republic of Congo", "Rwanda"], "signed", "Declaration of Principles",
  "building upon the Declaration of Principles signed by both parties on 25 April , 2025", date="2025-04-25")
R("Washington, DC", "located_in", "United States", "Washington, DC, US (PANA)")
R("Great Lakes region", "located_in", "Africa", "the broader Great Lakes region of Africa", tier="extra")

# ---------------------------------------------------------------------------------------
doc("002_somalia_expels_ethiopian_ambassador_egypt_independent.txt", date="2024-04-04", publisher="Egypt Independent",
    url="https://www.egyptindependent.com/somalia-expels-ethiopian-ambassador-closes-consulates-over-port-deal/")
E("Somalia", "country", ["Somali government"])
E("Ethiopia", "country")
E("Puntland", "location")
E("Somaliland", "location")
E("memorandum of understanding", "agreement", ["port deal"])
E("Hassan Sheikh Mohamud", "person")
E("Turkey", "country")
E("defense agreement", "agreement")
E("Hamza Abdi Barre", "person")
E("Al-Masry Al-Youm", "organization", tier="extra")
R("Ethiopia", "signed", "memorandum of understanding",
  "Ethiopia, a landlocked country with no access to waterways, agreeing on January 1 to a memorandum of understanding",
  date="2024-01-01")
R("Somalia", ["opposes", "dismissed", "criticized"], ["Ethiopia", "memorandum of understanding"],
  ["a deal the Somali government has rejected",
   "their country has expelled the Ethiopian ambassador and closed a consulate in the semi-autonomous state of Puntland"])
R("Somaliland", "located_in", "Somalia", "a northern region that Somalia says is part of its territory", tier="extra",
  status="alleged", attributed_to=["Somalia"])
R("Puntland", "located_in", "Somalia", "closed a consulate in the semi-autonomous state of Puntland", tier="extra")
R("Ethiopia", "supports", "Somaliland", "offered possible recognition of Somaliland", tier="extra")
R("Hassan Sheikh Mohamud", ["leads", "holds_position"], "Somalia", "Somali President Hassan Sheikh Mohamud",
  title="President")
R("Hamza Abdi Barre", ["leads", "holds_position"], "Somalia", "Somali Prime Minister Hamza Abdi Barre",
  title="Prime Minister")
R("Somalia", "signed", "defense agreement",
  ["Somalia on February 22 announced a defense agreement with Turkey",
   "hailed the signing of the agreement as a “historic day for the country”"])
R("Turkey", "signed", "defense agreement", "Somalia on February 22 announced a defense agreement with Turkey")
R("Somalia", "allied_with", "Turkey",
  ["Somalia on February 22 announced a defense agreement with Turkey",
   "“Somalia will have a real ally, friend and brother on the international scene,” he said."])
R("Turkey", "supports", "Somalia", "includes support for the East African nation’s maritime assets", tier="extra")

# ---------------------------------------------------------------------------------------
doc("003_nauru_switches_taiwan_to_china_newser.txt", date="2024-01-15", publisher="Newser",
    url="https://www.newser.com/story/345086/taiwan-is-down-to-12-diplomatic-allies.html")
E("Nauru", "country")
E("Taiwan", "country")
E("China", "country")
E("Beijing", "city", tier="extra")
E("Associated Press", "organization", ["AP", "The AP"], tier="extra")
E("Vatican", "country", tier="extra")
E("Latin America", "location", tier="extra")
E("Caribbean", "location", tier="extra")
E("Pacific Islands", "location", tier="extra")
E("United States", "country", ["America"], tier="extra")
E("Africa", "location", tier="extra")
E("Lai Ching-te", "person")
E("Democratic Progressive Party", "organization")
E("Tien Chung-kwang", "person")
E("Jarden Kephas", "person")
R("Nauru", "opposes", "Taiwan",
  ["Nauru said Monday that it is switching diplomatic recognition from Taiwan to China",
   "it was severing ties with Taiwan"], tier="extra", date="2024-01-15")
R("Nauru", "supports", "China",
  ["seeking a resumption of relations with China", "it would move to the one-China principle"],
  tier="extra", date="2024-01-15")
R("China", "opposes", "Taiwan", "China, which claims self-governing Taiwan as its territory, has been peeling off the island's diplomatic allies",
  tier="extra")
R("Taiwan", "located_in", "China", "China, which claims self-governing Taiwan as its territory", tier="extra",
  status="alleged", attributed_to=["China"])
R("Lai Ching-te", ["leads", "holds_position"], "Taiwan", "President-elect Lai Ching-te, who will take office in May",
  tier="extra", title="President-elect")
R("Lai Ching-te", "member_of", "Democratic Progressive Party", "His Democratic Progressive Party")
R("China", ["criticized", "accused"], "Lai Ching-te", "has been described as a separatist by China")
R("Tien Chung-kwang", "accused", "China",
  "Taiwanese Deputy Foreign Minister Tien Chung-kwang accused China of purposefully timing the news to the recent election",
  charge="purposefully timing the news to the recent election")
R("Tien Chung-kwang", "holds_position", "Taiwan", "Taiwanese Deputy Foreign Minister Tien Chung-kwang",
  title="Deputy Foreign Minister")
R("Jarden Kephas", "holds_position", ["Nauru", "Taiwan"], "Jarden Kephas, its ambassador to Taiwan", title="ambassador")

# ---------------------------------------------------------------------------------------
doc("004_un_lifts_eritrea_sanctions_reuters_garowe.txt", date="2018-11-14", publisher="Reuters (Garowe Online copy)",
    dateline="UNITED NATIONS",
    url="https://garoweonline.com/en/world/africa/un-security-council-unanimously-removes-eritrea-sanctions")
E("U.N. Security Council", "organization", ["U. N. Security Council", "Security Council"])
E("Eritrea", "country")
E("Ethiopia", "country")
E("Djibouti", "country")
E("Antonio Guterres", "person", ["Secretary-General Antonio Guterres"], tier="extra")
E("United Nations", "organization", ["U.N."])
E("Somalia", "country")
E("Asmara", "city", tier="extra")
E("Horn of Africa", "location", tier="extra")
E("United States", "country", tier="extra")
E("China", "country", tier="extra")
E("Reuters", "organization", tier="extra")
E("African Union", "organization", tier="extra")
E("Burundi", "country", tier="extra")
E("TPLF", "organization", tier="extra")
E("Ethiopian National Defense Forces", "organization", ["ENDF"], tier="extra")
E("Tigray war", "event", tier="extra")
E("Africa", "location", tier="extra")
R("U.N. Security Council", "sanctioned", "Eritrea",
  ["The measures against Eritrea - which include a travel ban and asset freeze on certain people and entities - were imposed in 2009"],
  date="2009")
R("United Nations", "accused", "Eritrea", "U.N. experts accused Eritrea of supporting armed groups in Somalia",
  charge="supporting armed groups in Somalia")
R("Eritrea", "dismissed", "United Nations", "Eritrea has denied the accusations.", tier="extra")
R("Djibouti", "accused", "Eritrea", "Djibouti accused Asmara of moving troops across the border",
  charge="moving troops across the border")
R("Eritrea", "sent_troops", "Djibouti", "Djibouti accused Asmara of moving troops across the border",
  status="alleged", attributed_to=["Djibouti"])
R("Eritrea", "attacked", "Djibouti",
  "Deadly clashes broke out between the Horn of Africa countries in June 2008", tier="extra", date="2008-06")
R("Djibouti", "attacked", "Eritrea",
  "Deadly clashes broke out between the Horn of Africa countries in June 2008", tier="extra", date="2008-06")
R("Antonio Guterres", "holds_position", "United Nations", "Secretary-General Antonio Guterres", tier="extra",
  title="Secretary-General")
R("United States", "sent_troops", "Djibouti", "Both the United States and China have military bases in Djibouti.",
  tier="extra")
R("China", "sent_troops", "Djibouti", "Both the United States and China have military bases in Djibouti.",
  tier="extra")
R("Burundi", "sent_troops", "Somalia", "African Union extends Burundi troop presence in Somalia by six months",
  tier="extra")
R("Ethiopia", "accused", "TPLF", "Ethiopia accuses TPLF and Eritrea of 'impending' attack", tier="extra",
  charge="'impending' attack")
R("Ethiopia", "accused", "Eritrea", "Ethiopia accuses TPLF and Eritrea of 'impending' attack", tier="extra",
  charge="'impending' attack")
R("Eritrea", "allied_with", "Ethiopia",
  "During the Tigray war, Eritrean troops fought alongside the Ethiopian National Defense Forces (ENDF)", tier="extra")

# ---------------------------------------------------------------------------------------
doc("005_timor_leste_joins_asean_ians.txt", date="2025-10-26", publisher="IANS", dateline="Kuala Lumpur, Oct 26",
    url="https://ianslive.in/timor-leste-becomes-11th-member-of-asean--20251026134029")
E("Timor-Leste", "country")
E("Association of Southeast Asian Nations", "organization", ["ASEAN", "The ASEAN"])
E("47th ASEAN Summit", "event", ["47th ASEAN Summits and Related Summits"])
E("Malaysia", "country")
E("Kuala Lumpur", "city")
E("IANS", "organization", tier="extra")
E("Declaration on the Admission of Timor-Leste into ASEAN", "agreement")
E("Roadmap for Timor-Leste’s Full Membership", "agreement", tier="extra")
E("Xanana Gusmao", "person")
E("Thailand", "country")
E("Bangkok", "city")
E("ASEAN Declaration", "agreement", ["Bangkok Declaration"])
E("Indonesia", "country")
E("Philippines", "country", ["the Philippines"])
E("Singapore", "country")
E("Brunei Darussalam", "country")
E("Vietnam", "country")
E("Laos", "country")
E("Myanmar", "country")
E("Cambodia", "country")
R("Timor-Leste", "member_of", "Association of Southeast Asian Nations",
  ["Timor-Leste became the 11th member of the Association of Southeast Asian Nations (ASEAN) during the 47th ASEAN Summit",
   "marking the ASEAN Leaders’ consent to accept Timor-Leste as the 11th Member State of ASEAN"],
  date="2025-10-26")
R(["Xanana Gusmao", "Timor-Leste"], "signed", "Declaration on the Admission of Timor-Leste into ASEAN",
  ["The Declaration was signed by ASEAN Leaders together with the Prime Minister of Timor-Leste",
   "Timor-Leste's Prime Minister Xanana Gusmao joined the ASEAN leaders for the signing of documents"],
  date="2025-10-26")
R("Association of Southeast Asian Nations", "signed", "Declaration on the Admission of Timor-Leste into ASEAN",
  "The Declaration was signed by ASEAN Leaders", date="2025-10-26")
R("Xanana Gusmao", ["leads", "holds_position"], "Timor-Leste", "Timor-Leste's Prime Minister Xanana Gusmao",
  title="Prime Minister")
R(["Xanana Gusmao", "Timor-Leste"], "participated_in", "47th ASEAN Summit",
  "the Signing of the Declaration on the Admission of Timor-Leste into ASEAN took place at the Opening Ceremony of the 47th ASEAN Summits",
  tier="extra", date="2025-10-26")
R("Kuala Lumpur", "located_in", "Malaysia", "Malaysia's Kuala Lumpur")
R("Bangkok", "located_in", "Thailand", "Thailand's Bangkok")
for c in ("Indonesia", "Malaysia", "Philippines", "Singapore", "Thailand"):
    R(c, "signed", "ASEAN Declaration",
      "the signing of the ASEAN Declaration (Bangkok Declaration) by the Founding Fathers of ASEAN: Indonesia, Malaysia, the Philippines, Singapore and Thailand",
      date="1967")
    R(c, "member_of", "Association of Southeast Asian Nations",
      "the Founding Fathers of ASEAN: Indonesia, Malaysia, the Philippines, Singapore and Thailand", tier="extra")
R("Brunei Darussalam", "member_of", "Association of Southeast Asian Nations", "Brunei Darussalam joined ASEAN in 1984",
  date="1984")
R("Vietnam", "member_of", "Association of Southeast Asian Nations", "followed by Vietnam in 1995", date="1995")
R("Laos", "member_of", "Association of Southeast Asian Nations", "Laos and Myanmar in 1997", date="1997")
R("Myanmar", "member_of", "Association of Southeast Asian Nations", "Laos and Myanmar in 1997", date="1997")
R("Cambodia", "member_of", "Association of Southeast Asian Nations", "and Cambodia in 1999", date="1999")

# ---------------------------------------------------------------------------------------
doc("006_thailand_cambodia_ceasefire_putrajaya_fmt.txt", date="2025-07-28", publisher="Free Malaysia Today",
    dateline="PUTRAJAYA",
    url="https://dev-v4.freemalaysiatoday.com/category/nation/2025/07/28/cambodia-thailand-agree-to-24-hour-ceasefire-says-anwar")
E("Cambodia", "country")
E("Thailand", "country")
E("immediate and unconditional ceasefire", "agreement", ["ceasefire"])
E("Anwar Ibrahim", "person", ["Prime Minister Anwar Ibrahim", "Anwar"])
E("Hun Manet", "person")
E("Phumtham Wechayachai", "person")
E("Putrajaya", "city", ["PUTRAJAYA"])
E("Malaysia", "country")
E("Bernama", "organization", tier="extra")
R(["Cambodia", "Hun Manet"], "signed", "immediate and unconditional ceasefire",
  ["Cambodia and Thailand have agreed to a ceasefire from midnight",
   "Both Cambodia and Thailand have reached a common understanding … for an immediate and unconditional ceasefire from midnight"],
  date="2025-07-28", place="Putrajaya")
R(["Thailand", "Phumtham Wechayachai"], "signed", "immediate and unconditional ceasefire",
  ["Cambodia and Thailand have agreed to a ceasefire from midnight",
   "Both Cambodia and Thailand have reached a common understanding … for an immediate and unconditional ceasefire from midnight"],
  date="2025-07-28", place="Putrajaya")
R(["Anwar Ibrahim", "Malaysia"], "met_with", ["Hun Manet", "Cambodia"],
  ["The agreement follows a meeting here attended by Anwar, Cambodian prime minister Hun Manet, and Thailand’s acting prime minister, Phumtham Wechayachai",
   "Prime Minister Anwar Ibrahim during a press conference with Cambodian prime minister Hun Manet"],
  date="2025-07-28", place="Putrajaya")
R(["Anwar Ibrahim", "Malaysia"], "met_with", ["Phumtham Wechayachai", "Thailand"],
  ["The agreement follows a meeting here attended by Anwar, Cambodian prime minister Hun Manet, and Thailand’s acting prime minister, Phumtham Wechayachai",
   "Prime Minister Anwar Ibrahim during a press conference with Cambodian prime minister Hun Manet (left) and Thailand’s acting prime minister Phumtham Wechayachai in Putrajaya today"],
  date="2025-07-28", place="Putrajaya")
R(["Hun Manet", "Cambodia"], "met_with", ["Phumtham Wechayachai", "Thailand"],
  "The agreement follows a meeting here attended by Anwar, Cambodian prime minister Hun Manet, and Thailand’s acting prime minister, Phumtham Wechayachai",
  date="2025-07-28", place="Putrajaya")
R("Hun Manet", ["leads", "holds_position"], "Cambodia", "Cambodian prime minister Hun Manet", title="prime minister")
R("Phumtham Wechayachai", ["leads", "holds_position"], "Thailand",
  "Thailand’s acting prime minister Phumtham Wechayachai", title="acting prime minister")
R("Anwar Ibrahim", ["leads", "holds_position"], "Malaysia", "said Prime Minister Anwar Ibrahim", tier="extra",
  title="Prime Minister")
R("Thailand", "attacked", "Cambodia",
  ["the latest round of hostilities between Thailand and Cambodia erupted on July 24",
   "deadly clashes along their border"], tier="extra", date="2025-07-24")
R("Cambodia", "attacked", "Thailand",
  ["the latest round of hostilities between Thailand and Cambodia erupted on July 24",
   "deadly clashes along their border"], tier="extra", date="2025-07-24")

# ---------------------------------------------------------------------------------------
doc("007_venezuela_opposition_barbados_deal_reuters.txt", date="2023-10-18", publisher="Reuters",
    author="Deisy Buitrago, Vivian Sequera and Matt Spetalnick", dateline="CARACAS/WASHINGTON",
    url="https://ec2-15-188-152-128.eu-west-3.compute.amazonaws.com/2023/10/18/venezuela-opposition-sign-election/")
E("Venezuela", "country")
E("Venezuelan-led political agreement", "agreement", ["election deal", "political agreement"])
E("Barbados", "country")
E("United States", "country", ["U.S."])
E("Nicolas Maduro", "person", ["President Nicolas Maduro", "Maduro"])
E("Joe Biden", "person", ["President Joe Biden"])
E("OPEC", "organization")
E("European Union", "organization", ["EU"], tier="extra")
E("United Nations", "organization", tier="extra")
E("Britain", "country", tier="extra")
E("Canada", "country", tier="extra")
E("Qatar", "country")
E("White House", "organization", tier="extra")
E("Reuters", "organization", tier="extra")
E("Caracas", "city", ["CARACAS"], tier="extra")
E("Washington, DC", "city", ["WASHINGTON", "Washington"], tier="extra")
E("Deisy Buitrago", "person", tier="extra")
E("Vivian Sequera", "person", tier="extra")
E("Matt Spetalnick", "person", tier="extra")
R("Venezuela", "signed", "Venezuelan-led political agreement",
  ["Venezuela, opposition sign election deal",
   "Venezuela’s government and its political opposition on Tuesday agreed to electoral guarantees for 2024 presidential elections",
   "the agreement finalized in Barbados"],
  date="2023-10-17", place="Barbados")
R("United States", "sanctioned", "Venezuela",
  ["the U.S. was prepared to ease some oil-related sanctions on OPEC member-nation Venezuela",
   "paving the way for possible U.S. sanctions relief"])
R("Venezuela", "member_of", "OPEC", "OPEC member-nation Venezuela")
R("Venezuela", "met_with", "United States",
  "Venezuela and the U.S. had progressed at their own talks in Qatar", place="Qatar")
R("Nicolas Maduro", ["leads", "holds_position"], "Venezuela",
  "if Washington was satisfied President Nicolas Maduro had given enough ground to the opposition", tier="extra",
  title="President")
R("Joe Biden", ["leads", "holds_position"], "United States", "President Joe Biden’s administration", tier="extra",
  title="President")
for c in ("United States", "European Union", "Britain", "Canada"):
    R(c, "supports", "Venezuela",
      "“We welcome the Venezuelan-led political agreement reached today in Barbados,” according to a joint statement from the U.S., EU, Britain and Canada",
      tier="extra", date="2023-10-17")

# ---------------------------------------------------------------------------------------
doc("008_guatemala_confirms_arevalo_victory_dpa_gna.txt", date="2023-08-29", publisher="dpa / Ghana News Agency (GNA)",
    dateline="Mexico City, Aug. 29",
    url="https://gna.org.gh/2023/08/guatemalan-officials-confirm-arevalo-election-but-suspend-his-party/")
E("Guatemala", "country")
E("Bernardo Arévalo", "person", ["Arévalo"])
E("presidential election", "event", ["run-off"])
E("Movimiento Semilla", "organization", ["Seed Movement"])
E("Supreme Electoral Court", "organization")
E("Sandra Torres", "person", ["Torres"])
E("National Unity of Hope", "organization", ["UNE"])
E("Attorney General’s Office", "organization", ["attorney general’s office"])
E("Alejandro Giammattei", "person")
E("Mexico City", "city", tier="extra")
E("dpa", "organization", tier="extra")
E("GNA", "organization", tier="extra")
R("Bernardo Arévalo", "participated_in", "presidential election",
  ["Guatemala’s electoral authority has officially confirmed the victory of leftist candidate Bernardo Arévalo in the presidential election on August 20",
   "won the run-off with 60.91% of the votes"],
  date="2023-08-20")
R("Sandra Torres", "participated_in", "presidential election",
  ["The former first-lady Sandra Torres, who has so far not acknowledged her defeat, came to 39.09%"],
  date="2023-08-20")
R("Bernardo Arévalo", "member_of", "Movimiento Semilla", "Arévalo, of the Movimiento Semilla (Seed Movement) party")
R("Sandra Torres", ["member_of", "leads"], "National Unity of Hope",
  "Torres’ defeated centre-left National Unity of Hope (UNE) party")
R("Attorney General’s Office", "opposes", "Bernardo Arévalo",
  "attempts by the political elite and the attorney general’s office to stop 64-year-old Arévalo’s ascent")
R("Bernardo Arévalo", ["leads", "holds_position"], "Guatemala",
  "Arévalo is due to take office on January 14 as the successor to conservative incumbent Alejandro Giammattei",
  tier="extra", title="President")
R("Alejandro Giammattei", ["leads", "holds_position"], "Guatemala", "conservative incumbent Alejandro Giammattei",
  tier="extra", title="President")
R("National Unity of Hope", "opposes", ["Bernardo Arévalo", "Movimiento Semilla"],
  "Torres’ defeated centre-left National Unity of Hope (UNE) party had already challenged the vote count", tier="extra")

# ---------------------------------------------------------------------------------------
doc("009_kenya_police_chiefs_haiti_kahawatungu.txt", date="2025-01-19", publisher="Kahawa Tungu (Kenya)",
    url="https://kahawatungu.com/security-chiefs-who-accompanied-217-additional-cops-sent-to-haiti/")
E("Kenya", "country")
E("Haiti", "country")
E("Port-au-Prince", "city")
E("Joseph Boinnet", "person", ["Boinnet"])
E("Gilbert Masengeli", "person")
E("Administration Police", "organization")
E("Ranson Lolmodooni", "person")
E("General Service Unit", "organization")
E("National Police Service", "organization")
E("Fritz Alphonse Jean", "person")
E("Alix Didier Fils-Aimé", "person")
E("Patrick Pélissier", "person")
E("Mario Andrésol", "person")
E("Normil Rameau", "person")
E("Haitian Police", "organization", tier="extra")
E("Multinational Security Support Mission", "organization", ["MSS"])
E("Godfrey Otunge", "person")
E("United States", "country", ["U.S."])
E("Dennis B. Hankins", "person")
E("Canada", "country")
E("André François Giroux", "person")
R(["Kenya", "National Police Service"], "sent_troops", ["Haiti", "Port-au-Prince"],
  ["the 217 fresh police officers sent to Haiti",
   "The team includes 30 female police officers who arrived in Port-au-Prince on Saturday"],
  date="2025-01-18", count=217)
for p in ("Joseph Boinnet", "Gilbert Masengeli", "Ranson Lolmodooni"):
    R(p, ["arrived_in", "visited"], ["Port-au-Prince", "Haiti"],
      ["accompanied the 217 fresh police officers sent to Haiti",
       "The security bosses delivered a message from Kenya to Haitian authorities after landing in Port-au-Prince."],
      date="2025-01-18")
R("Joseph Boinnet", "holds_position", "Kenya", "The Deputy National Security Advisor Joseph Boinnet", tier="extra",
  title="Deputy National Security Advisor")
R("Gilbert Masengeli", "holds_position", "Administration Police",
  "Deputy Inspector General of Administration Police Gilbert Masengeli", title="Deputy Inspector General")
R("Ranson Lolmodooni", ["leads", "holds_position"], "General Service Unit",
  "the commandant of General Service Unit Ranson Lolmodooni", title="commandant")
R("Fritz Alphonse Jean", "holds_position", "Haiti", "Presidential Advisor Fritz Alphonse Jean", tier="extra",
  title="Presidential Advisor")
R("Alix Didier Fils-Aimé", ["leads", "holds_position"], "Haiti", "Prime Minister Alix Didier Fils-Aimé", tier="extra",
  title="Prime Minister")
R("Patrick Pélissier", "holds_position", "Haiti", "Minister of Justice and Public Security Patrick Pélissier",
  tier="extra", title="Minister of Justice and Public Security")
R("Mario Andrésol", "holds_position", "Haiti", "Secretary of State for Public Security Mario Andrésol", tier="extra",
  title="Secretary of State for Public Security")
R("Normil Rameau", ["leads", "holds_position"], ["Haitian Police", "Haiti"],
  "Haitian Police Director General Normil Rameau", title="Director General")
R("Godfrey Otunge", ["leads", "holds_position"], "Multinational Security Support Mission",
  "Multinational Security Support Mission (MSS) Force Commander Godfrey Otunge", title="Force Commander")
R("Dennis B. Hankins", "holds_position", "United States", "U.S. Ambassador Dennis B. Hankins", title="Ambassador")
R("André François Giroux", "holds_position", "Canada", "Canadian Ambassador André François Giroux",
  title="Ambassador")
R(["Joseph Boinnet", "Kenya"], "met_with", ["Alix Didier Fils-Aimé", "Haiti"],
  "The contingent was warmly received at the airport by a distinguished delegation, including Presidential Advisor Fritz Alphonse Jean, Prime Minister Alix Didier Fils-Aimé",
  tier="extra", date="2025-01-18")
R("Kenya", "participated_in", "Multinational Security Support Mission",
  "whether Kenya would continue to field cops for the struggling mission in Haiti", tier="extra")
R("Kenya", "supports", "Haiti", "Kenya’s commitment to fostering peace and helping Haiti regain its former glory",
  tier="extra")

# ---------------------------------------------------------------------------------------
doc("010_solomon_islands_elects_manele_nit.txt", date="2024-05-02", publisher="National Indigenous Times",
    url="https://nit.com.au/02-05-2024/11153/solomon-islands-chooses-jeremiah-manele-as-new-pm")
E("Solomon Islands", "country")
E("Jeremiah Manele", "person", ["Manele"])
E("David Vunagi", "person", ["Sir David Vunagi", "Governor-General Sir David Vunagi"])
E("Matthew Wales", "person")
E("Honiara", "city")
E("China", "country")
E("United States", "country")
E("Australia", "country")
E("Manasseh Sogavare", "person", ["Sogavare"])
E("security pact", "agreement")
E("Anthony Albanese", "person")
E("X", "organization", tier="extra")
E("Beijing", "city", tier="extra")
E("Taiwan", "country")
E("COVID-19 pandemic", "event", tier="extra")
R("Jeremiah Manele", ["leads", "holds_position"], "Solomon Islands",
  ["Solomon Islands lawmakers have selected a new prime minister in a secret ballot, choosing foreign minister Jeremiah Manele to lead the Pacific Island nation",
   "Manele had won 31 votes"],
  date="2024-05-02", title="prime minister")
R("David Vunagi", "holds_position", "Solomon Islands", "Governor-General Sir David Vunagi", tier="extra",
  title="Governor-General")
R("Manasseh Sogavare", ["leads", "holds_position"], "Solomon Islands", "incumbent Prime Minister Manasseh Sogavare",
  tier="extra", title="Prime Minister")
R(["Manasseh Sogavare", "Solomon Islands"], "signed", "security pact",
  "incumbent Prime Minister Manasseh Sogavare struck a security pact with China in 2022", date="2022")
R("China", "signed", "security pact", "struck a security pact with China in 2022", date="2022")
R("Anthony Albanese", ["leads", "holds_position"], "Australia", "Australian Prime Minister Anthony Albanese",
  title="Prime Minister")
R("Anthony Albanese", "supports", "Jeremiah Manele",
  "Albanese said he looked forward to working closely with Manele", tier="extra")
R("Manasseh Sogavare", "supports", "Jeremiah Manele", "his party backed Manele", tier="extra")
R("Manasseh Sogavare", "supports", "China", "Sogavare, who built close ties with Beijing", tier="extra")
R("Honiara", "capital_of", "Solomon Islands", "Police boosted security in the capital Honiara", tier="extra")
R("Jeremiah Manele", "visited", "China", "travelled to China as foreign minister in 2019", date="2019")
R("Solomon Islands", "opposes", "Taiwan",
  "Solomon Islands' switch in diplomatic ties from Taiwan to Beijing", tier="extra", date="2019")

# ---------------------------------------------------------------------------------------
doc("011_dlamini_zuma_ghana_mauritania_agreement_dirco.txt", date="2005-01-26",
    publisher="Department of Foreign Affairs, South Africa", dateline="Accra",
    url="https://dirco1.azurewebsites.net/docs/2005/au0126.htm")
E("Nkosazana Dlamini Zuma", "person", ["Dr Nkosazana Dlamini Zuma", "Minister Dlamini Zuma", "Dlamini Zuma"])
E("South Africa", "country")
E("Ghana", "country")
E("Accra", "city", tier="extra")
E("African Union", "organization", ["AU"])
E("Ministerial Preparatory Meeting on the Common Defence, Security and Non-Aggression Pact", "event",
  ["AU Ministerial Preparatory Meeting on the Common Defence, Security and Non-Aggression Pact"])
E("Common Defence, Security and Non-Aggression Pact", "agreement", tier="extra")
E("AU Executive Council of Foreign Ministers", "organization", ["AU Executive Council of Ministers"], tier="extra")
E("Abuja", "city")
E("Nigeria", "country")
E("Joint Co-operation Agreement", "agreement")
E("Mauritania", "country")
E("Mohamed Vail Ould Belial", "person")
E("Burundi", "country", tier="extra")
E("Democratic Republic of Congo", "country", ["DRC"], tier="extra")
E("Ivory Coast", "country", tier="extra")
E("Sudan", "country", tier="extra")
E("NEPAD", "organization", tier="extra")
E("AU Heads of State and Government Summit", "event", tier="extra")
E("Mbeki", "person", ["President Mbeki"], tier="extra")
E("Ronnie Mamoepa", "person", tier="extra")
E("Department of Foreign Affairs", "organization", tier="extra")
E("Pretoria", "city", tier="extra")
R("Nkosazana Dlamini Zuma", "holds_position", "South Africa",
  "South African Foreign Minister, Dr Nkosazana Dlamini Zuma", title="Foreign Minister")
R("Nkosazana Dlamini Zuma", "visited", ["Ghana", "Accra"],
  ["Minister Dlamini Zuma Concludes Visit to Ghana",
   "Dr Nkosazana Dlamini Zuma today - Wednesday, 26 January 2005 - concluded a visit to Ghana"],
  date="2005-01-26")
R(["Nkosazana Dlamini Zuma", "South Africa"], "participated_in",
  "Ministerial Preparatory Meeting on the Common Defence, Security and Non-Aggression Pact",
  "she led the South African delegation to the African Union (AU) Ministerial Preparatory Meeting on the Common Defence, Security and Non-Aggression Pact")
R(["Nkosazana Dlamini Zuma", "South Africa"], "signed", "Joint Co-operation Agreement",
  "Earlier this week, Minister Dlamini Zuma signed a Joint Co-operation Agreement with her Mauritanian counterpart Mohamed Vail Ould Belial",
  date="2005-01")
R(["Mohamed Vail Ould Belial", "Mauritania"], "signed", "Joint Co-operation Agreement",
  "signed a Joint Co-operation Agreement with her Mauritanian counterpart Mohamed Vail Ould Belial", date="2005-01")
R("Mohamed Vail Ould Belial", "holds_position", "Mauritania", "her Mauritanian counterpart Mohamed Vail Ould Belial",
  title="Foreign Minister")
R("Nkosazana Dlamini Zuma", "met_with", "Mohamed Vail Ould Belial",
  "signed a Joint Co-operation Agreement with her Mauritanian counterpart Mohamed Vail Ould Belial", tier="extra",
  date="2005-01")
R("Abuja", "located_in", "Nigeria", "in Abuja, Nigeria")
R("Mbeki", ["leads", "holds_position"], "South Africa",
  "President Mbeki, will lead the South African delegation", tier="extra", title="President")
R(["Nkosazana Dlamini Zuma", "South Africa"], "participated_in", "AU Heads of State and Government Summit",
  "which includes Foreign Minister Dr Nkosazana Dlamini Zuma to the Summit", tier="extra")
R("Ronnie Mamoepa", "holds_position", "Department of Foreign Affairs",
  "Issued by Ronnie Mamoepa at 082 990 4853.", tier="extra")

if __name__ == "__main__":
    main(HERE, "blind10",
         "Gold knowledge graph for the twelve articles of datasets/blind10 (the tenth evaluation set, ninth "
         "blind one), written by hand from the article texts alone before any extractor output on them was "
         "looked at.")
