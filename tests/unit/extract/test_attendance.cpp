// Summits and who took part, titles around names in lists, and what a venue is not: small
// sentences in ordinary news English (none from the seed articles), with the cases that must
// NOT give an edge.
#include <gtest/gtest.h>

#include <algorithm>

#include "extract/extractor.h"
#include "facts_test_util.h"

using namespace kg;
using namespace kg::extract;
using namespace kg::extract::testing;

TEST(Attendance, TheSummitIsTheOneNamedBefore) {
  auto f = article(
      "date 2019-08-17\nThe ASEAN Extraordinary Summit was held in Jakarta on Saturday.\n"
      "Among those who attended the summit were Thai Prime Minister Prayut Chan-o-cha and "
      "Malaysian Prime Minister Mahathir Mohamad.\n"
      "The summit was attended by Philippine President Rodrigo Duterte.\n"
      "Attending the summit were President Joko Widodo and Singapore Prime Minister Lee Hsien Loong.\n");
  for (const char* who : {"Prayut Chan-o-cha", "Mahathir Mohamad", "Rodrigo Duterte", "Joko Widodo", "Lee Hsien Loong"}) {
    auto* r = find(f, "participated_in", who, "ASEAN Extraordinary Summit");
    ASSERT_TRUE(r) << who;
    // The summit's date, given where it was named, dates the taking part.
    EXPECT_EQ(r->date, "2019-08-17") << who;
  }
  // The titles inside the list still give their edges.
  EXPECT_TRUE(find(f, "leads", "Prayut Chan-o-cha", "Thailand"));
  EXPECT_TRUE(find(f, "leads", "Lee Hsien Loong", "Singapore"));
}

TEST(Attendance, NoSummitNamedNoEdge) {
  // "the summit" with no summit named in the document, or with two, stands for nothing.
  auto f = article("date 2019-08-17\nPresident Joko Widodo attended the summit on Saturday.\n");
  EXPECT_EQ(count_type(f, "participated_in"), 0u);
  auto g = article(
      "date 2019-08-17\nThe Bali Summit and the Jakarta Summit were held in August.\n"
      "President Joko Widodo attended the summit on Saturday.\n");
  EXPECT_EQ(count_type(g, "participated_in"), 0u);
}

TEST(Attendance, MeetingWithATitleOfACountryIsWithThePerson) {
  auto f = article("date 2021-02-11\nPresident Sauli Niinisto held a meeting with Prime Minister of Estonia Kaja Kallas.\n");
  EXPECT_TRUE(find(f, "met_with", "Sauli Niinisto", "Kaja Kallas"));
  EXPECT_FALSE(find(f, "met_with", "Sauli Niinisto", "Estonia"));
  EXPECT_TRUE(find(f, "leads", "Kaja Kallas", "Estonia"));
}

TEST(Attendance, AVenueIsNotTheHoldersCountry) {
  // A bare "President X" takes the one country of its sentence, but not the capital where
  // the meeting took place, nor the country of another title ("President of the Russian
  // Federation").
  auto f = article("date 2021-02-11\nPresident Sauli Niinisto held a meeting with Jonas Gahr Store in Vienna.\n");
  EXPECT_FALSE(find(f, "leads", "Sauli Niinisto", "Austria"));
  auto g = article(
      "date 2021-02-11\nPresident Sauli Niinisto received Anna Weber, the Head of the Office of the "
      "President of the Russian Federation.\n");
  EXPECT_FALSE(find(g, "leads", "Sauli Niinisto", "Russia"));
}

TEST(Attendance, AGivenNameThatIsAPlaceAfterATitle) {
  auto f = article("date 2023-04-02\nForeign Minister Israel Katz and Interior Secretary Aden Hassan were in Cairo on Sunday.\n");
  EXPECT_TRUE(has_entity(f, "person", "Israel Katz"));
  EXPECT_TRUE(has_entity(f, "person", "Aden Hassan"));
  EXPECT_FALSE(has_entity(f, "city", "Aden"));
  EXPECT_TRUE(find(f, "visited", "Aden Hassan", "Egypt") || find(f, "visited", "Aden Hassan", "Cairo"));
  // A place's name alone after a title stays the place: "the Minister in Cairo said".
  auto g = article("date 2023-04-02\nThe Foreign Minister in Cairo said on Sunday that talks went well.\n");
  EXPECT_TRUE(has_entity(g, "city", "Cairo"));
}

TEST(Attendance, ABodyNamedWithItsCountrysName) {
  auto f = article("date 2023-04-02\nThe Kenya Defence Forces and the Ethiopian Defence Forces said so.\n");
  EXPECT_TRUE(has_entity(f, "organization", "Kenya Defence Forces"));
  EXPECT_TRUE(has_entity(f, "organization", "Ethiopian Defence Forces"));
  EXPECT_FALSE(has_entity(f, "organization", "Defence Forces"));
}

TEST(Attendance, AHandleInAQuotedPostKeepsTheSentence) {
  auto f = article(
      "date 2019-03-29\n\"President Ilham Aliyev @presidentaz had a meeting with Prime Minister Nikol Pashinyan in "
      "Vienna. The meeting continues with the participation of the co-chairs,\" an aide wrote on Twitter.\n"
      "Follow us @newsdesk\n");
  EXPECT_TRUE(find(f, "met_with", "Ilham Aliyev", "Nikol Pashinyan"));
  EXPECT_FALSE(has_entity(f, "person", "Newsdesk"));
}

TEST(Attendance, AnAcronymInsideANameStays) {
  auto f = article("date 2021-06-23\nThe SADC Extraordinary Summit opened in Maputo on Wednesday.\n");
  EXPECT_TRUE(has_entity(f, "event", "SADC Extraordinary Summit"));
}

TEST(Attendance, TheMinistersAreTheTwoTitledSo) {
  auto f = article(
      "date 2012-05-14\nForeign Minister Anna Weber of Austria conversed with Minister of Foreign Affairs of Chile "
      "Carlos Ortega in Vienna on Monday.\n"
      "Prime Minister Jorge Salas had visited Santiago in April.\n"
      "The Ministers signed a Joint Statement on Strengthening Trade Cooperation.\n");
  EXPECT_TRUE(find(f, "met_with", "Anna Weber", "Carlos Ortega"));
  EXPECT_TRUE(has_entity(f, "agreement", "Joint Statement on Strengthening Trade Cooperation"));
  EXPECT_TRUE(find(f, "signed", "Anna Weber", "Joint Statement on Strengthening Trade Cooperation"));
  EXPECT_TRUE(find(f, "signed", "Carlos Ortega", "Joint Statement on Strengthening Trade Cooperation"));
  // A prime minister is not one of "the ministers".
  EXPECT_FALSE(find(f, "signed", "Jorge Salas", "Joint Statement on Strengthening Trade Cooperation"));
  // The owner after the name: "Foreign Minister Anna Weber of Austria".
  EXPECT_TRUE(find(f, "holds_position", "Anna Weber", "Austria"));
  // A capital visited is not the visitor's country.
  EXPECT_FALSE(find(f, "leads", "Jorge Salas", "Chile"));
}

TEST(Attendance, TheyAreThePairTheSentenceBeforeNamed) {
  auto f = article(
      "date 2012-05-14\nPresident Anna Weber of Austria and President Carlos Ortega of Chile arrived in Geneva on Monday.\n"
      "They signed the Geneva Accord on Tuesday.\n");
  EXPECT_TRUE(find(f, "signed", "Anna Weber", "Geneva Accord"));
  EXPECT_TRUE(find(f, "signed", "Carlos Ortega", "Geneva Accord"));
  // Not when the sentence before is about something else.
  auto g = article(
      "date 2012-05-14\nPresident Anna Weber of Austria and President Carlos Ortega of Chile arrived in Geneva on Monday.\n"
      "Protesters gathered outside the hall.\n"
      "They signed the Geneva Accord on Tuesday.\n");
  EXPECT_EQ(count_type(g, "signed"), 0u);
}

TEST(Attendance, PluralTitlesOfCoordinatedDemonyms) {
  auto f = article(
      "date 1998-10-20\nPresident Jorge Salas of Ecuador spoke on Monday.\n"
      "President Anna Weber, who had met with the Ecuadoran and Peruvian presidents at the White House on Oct. 9, "
      "spoke.\n");
  // A holder named before stands for the title; else the country.
  EXPECT_TRUE(find(f, "met_with", "Anna Weber", "Jorge Salas"));
  EXPECT_TRUE(find(f, "met_with", "Anna Weber", "Peru"));
  EXPECT_FALSE(find(f, "met_with", "Anna Weber", "Ecuador"));
}

TEST(Attendance, ALowerCasePortfolioBeforeChief) {
  auto f = article("date 2021-02-05\nEU foreign affairs chief Josep Borrell arrived in Moscow on Thursday.\n");
  EXPECT_TRUE(find(f, "leads", "Josep Borrell", "European Union") ||
              find(f, "holds_position", "Josep Borrell", "European Union"));
}

TEST(Attendance, AnAccusationIsTheAccusersActTheClaimIsAlleged) {
  auto f = article(
      "date 2017-10-21\nThe remarks were made by Ahmed Benali, Tunisia's top diplomat, on Friday.\n"
      "Benali alleged that Libya is sending fighters to Tunisia.\n");
  EXPECT_TRUE(has_entity(f, "person", "Ahmed Benali"));
  EXPECT_TRUE(find(f, "holds_position", "Ahmed Benali", "Tunisia"));
  auto* a = find(f, "accused", "Ahmed Benali", "Libya");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->status, "asserted");
  // "reportedly" makes the accusation itself a report.
  auto g = article("date 2017-10-21\nTunisia reportedly accused Libya of sending fighters.\n");
  auto* b = find(g, "accused", "Tunisia", "Libya");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->status, "alleged");
}

TEST(Attendance, ABareBodyIsNoOtherDocumentsNamedOne) {
  std::vector<DocumentFacts> batch;
  batch.push_back(ex().extract(make_document("a.txt", "a", "Headline\nMarch 3, 2015\n\nThe Qatari Foreign Ministry "
                                                          "complained on Monday.\n")));
  batch.push_back(ex().extract(make_document("b.txt", "b", "Headline\nMarch 4, 2015\n\nThe Foreign Ministry said "
                                                          "the talks went well.\n")));
  // In one document the bare name is the named body.
  batch.push_back(ex().extract(make_document(
      "c.txt", "c", "Headline\nMarch 4, 2015\n\nThe Central Bank of Iran froze the accounts. The Central Bank said so.\n")));
  ex().resolve(batch, PropertyGraph());
  EXPECT_TRUE(has_entity(batch[0], "organization", "Qatari Foreign Ministry"));
  EXPECT_FALSE(has_entity(batch[1], "organization", "Qatari Foreign Ministry"));
  EXPECT_FALSE(has_entity(batch[2], "organization", "Central Bank"));
  EXPECT_TRUE(has_entity(batch[2], "organization", "Central Bank of Iran"));
}

TEST(Attendance, SaidAfterMeetingIsTheSpeakersOwnMeeting) {
  auto f = article("date 2010-08-11\nPresident Juan Santos said yesterday after meeting with his Venezuelan counterpart - "
               "Hugo Rojas.\nPresident Juan Santos said President Hugo Rojas met with Raul Ortiz in Havana.\n");
  auto* m = find(f, "met_with", "Juan Santos", "Hugo Rojas");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->status, "asserted");
  EXPECT_TRUE(find(f, "holds_position", "Hugo Rojas", "Venezuela") || find(f, "leads", "Hugo Rojas", "Venezuela"));
  // What someone said others did stays theirs to vouch for.
  auto* o = find(f, "met_with", "Hugo Rojas", "Raul Ortiz");
  ASSERT_TRUE(o);
  EXPECT_EQ(o->status, "alleged");
}

TEST(Attendance, PlacesAndPossessorsAreNotActors) {
  // A capital after "to" is where, not who.
  auto f = article("date 2006-10-08\nLater Sunday, Abe flew to Seoul for talks with President Roh Moo-hyun of the "
               "Republic of Korea (ROK).\n");
  EXPECT_FALSE(find(f, "met_with", "South Korea", "Roh Moo-hyun"));
  EXPECT_TRUE(find(f, "leads", "Roh Moo-hyun", "South Korea"));
  // "Cambodia's admission" is not the country of a bare "President".
  auto g = article("date 1998-12-15\nPresident B.J. Habibie arrived here as leaders decided to delay Cambodia's admission.\n");
  EXPECT_FALSE(find(g, "leads", "B.J. Habibie", "Cambodia"));
  // "Guinea Bissau" is Guinea-Bissau, not Guinea.
  auto h = article("date 2023-08-10\nPresident Umaro Sissoco Embalo of Guinea Bissau arrived in Abuja.\n");
  EXPECT_TRUE(find(h, "leads", "Umaro Sissoco Embalo", "Guinea-Bissau"));
  EXPECT_FALSE(find(h, "leads", "Umaro Sissoco Embalo", "Guinea"));
}

TEST(Attendance, MemberStatesListedAreMembers) {
  auto f = article("date 2019-12-10\nThe African Union's summit opened in Addis Ababa on Sunday.\n"
               "The chairman urged fellow member states Kenya, Uganda, the Central African Republic and Chad to act.\n");
  for (const char* c : {"Kenya", "Uganda", "Central African Republic", "Chad"})
    EXPECT_TRUE(find(f, "member_of", c, "African Union")) << c;
  // No organisation near, or two: nobody is a member of anything.
  auto g = article("date 2019-12-10\nThe summit opened on Sunday.\n"
               "The chairman urged fellow member states Kenya, Uganda and Chad to act.\n");
  EXPECT_EQ(count_type(g, "member_of"), 0u);
}

TEST(Attendance, TradingBarbsIsCriticismBothWays) {
  auto f = article("date 2018-12-10\nBahrain and Qatar traded barbs over the boycott on Sunday.\n");
  EXPECT_TRUE(find(f, "criticized", "Bahrain", "Qatar"));
  EXPECT_TRUE(find(f, "criticized", "Qatar", "Bahrain"));
}

TEST(Attendance, TroopsArrivingAreSent) {
  auto f = article("date 2016-06-05\nBritish troops have arrived in South Sudan to join the peacekeeping mission.\n"
               "A delegation from a Russian military academy arrived in Laos on Monday.\n"
               "President Emmanuel Macron arrived in Germany on Monday.\n");
  EXPECT_TRUE(find(f, "sent_troops", "United Kingdom", "South Sudan"));
  EXPECT_FALSE(find(f, "sent_troops", "Russia", "Laos"));
  // Arriving in a country does not make one its president.
  EXPECT_TRUE(find(f, "arrived_in", "Emmanuel Macron", "Germany"));
  EXPECT_FALSE(find(f, "leads", "Emmanuel Macron", "Germany"));
}

TEST(Attendance, LongArabicNamesAfterATitle) {
  auto f = article("date 2018-12-10\nBahraini Foreign Minister Khalid bin Ahmed al Khalifa tweeted on Sunday.\n"
               "Kuwait emir Sabah Al-Ahmad Al-Jaber Al-Sabah spoke.\n"
               "Ahmed bin Said Al-Rumaihi, director of the information office, responded.\n");
  EXPECT_TRUE(has_entity(f, "person", "Khalid bin Ahmed al Khalifa"));
  EXPECT_TRUE(has_entity(f, "person", "Sabah Al-Ahmad Al-Jaber Al-Sabah"));
  EXPECT_TRUE(has_entity(f, "person", "Ahmed bin Said Al-Rumaihi"));
}

TEST(Attendance, AFullNameWithoutItsMiddleNames) {
  std::vector<DocumentFacts> batch;
  batch.push_back(ex().extract(make_document(
      "a.txt", "a", "Headline\nMarch 3, 2015\n\nECOWAS President Jean-Claude Kassie Brou spoke on Monday.\n")));
  batch.push_back(ex().extract(
      make_document("b.txt", "b", "Headline\nMarch 4, 2015\n\nECOWAS President Jean-Claude Brou spoke again.\n")));
  ex().resolve(batch, PropertyGraph());
  EXPECT_TRUE(has_entity(batch[1], "person", "Jean-Claude Kassie Brou"));
  EXPECT_FALSE(has_entity(batch[1], "person", "Jean-Claude Brou"));
}

TEST(Attendance, StylesChainsAndOfficials) {
  auto f = article(
      "date 2023-08-10\nSaudi Foreign Minister Prince Faisal bin Farhan spoke on Thursday.\n"
      "The leaders include ECOWAS Chairman and President of Nigeria, Bola Tinubu; President Julius Maada Bio of "
      "Sierra Leone.\n"
      "A Guatemalan official, Manuel Victor Martinez Olivet, was accused of fraud.\n"
      "Salvadoran Chief of Cabinet Martha Carolina Recinos De Bernal was named.\n");
  EXPECT_TRUE(find(f, "holds_position", "Faisal bin Farhan", "Saudi Arabia"));
  EXPECT_TRUE(find(f, "leads", "Bola Tinubu", "Nigeria"));
  EXPECT_TRUE(find(f, "leads", "Bola Tinubu", "Economic Community of West African States"));
  EXPECT_TRUE(find(f, "leads", "Julius Maada Bio", "Sierra Leone"));
  EXPECT_TRUE(find(f, "holds_position", "Manuel Victor Martinez Olivet", "Guatemala"));
  // The head of a portfolio holds a position; it leads no country.
  EXPECT_TRUE(find(f, "holds_position", "Martha Carolina Recinos De Bernal", "El Salvador"));
  EXPECT_FALSE(find(f, "leads", "Martha Carolina Recinos De Bernal", "El Salvador"));
}

TEST(Attendance, PronounsCaptionsAndPlaces) {
  // A pronoun stands for the person the last one stood for.
  auto f = article("date 2008-08-15\nGeorgian President Mikheil Saakashvili spoke to reporters on Friday. He accused Russia "
               "of targeting civilians.\nLater he met Condoleezza Rice in Tbilisi.\n");
  EXPECT_TRUE(find(f, "met_with", "Mikheil Saakashvili", "Condoleezza Rice"));
  // A credit line ending in capitals does not run into the name on the next line.
  auto g = article("date 2023-01-12\nAnthony Albanese arrives in Papua New Guinea. Photograph: Office of the Prime Minister\n"
               "Anthony Albanese arrives in Papua New Guinea ahead of addressing the parliament.\n");
  EXPECT_FALSE(has_entity(g, "organization", "Office of the Prime Minister Anthony Albanese"));
  EXPECT_FALSE(has_entity(g, "person", "Office of the Prime Minister Anthony Albanese"));
  // "on a visit to the war-torn Somali capital, went into talks with X": the capital is a place.
  auto h = article("date 2008-11-04\nSaid Djinnit, on a one-day visit to the war-torn Somali capital, went straight into "
               "talks with new premier Nur Hassan Hussein.\n");
  EXPECT_FALSE(find(h, "met_with", "Somalia", "Nur Hassan Hussein"));
}

TEST(Attendance, StrikesLaunchedAndVisitsPaid) {
  auto f = article("date 2021-03-10\nIsrael launched airstrikes on Syria overnight, the army said.\n"
               "Russia struck targets in Ukraine with missiles on Monday.\n"
               "French President Emmanuel Macron is on a two-day visit to India.\n"
               "During his visit to Kenya, Pope Francis met President Uhuru Kenyatta.\n");
  EXPECT_TRUE(find(f, "attacked", "Israel", "Syria"));
  EXPECT_TRUE(find(f, "attacked", "Russia", "Ukraine"));
  EXPECT_TRUE(find(f, "visited", "Emmanuel Macron", "India"));
  // The fronted clause's "his" is the person after its comma, not the last one named.
  EXPECT_TRUE(find(f, "visited", "Pope Francis", "Kenya"));
  EXPECT_FALSE(find(f, "visited", "Emmanuel Macron", "Kenya"));
}

TEST(Attendance, SupportPledgedAndArmsSupplied) {
  auto f = article("date 2022-07-05\nThe United States has pledged support for Ukraine.\n"
               "Washington accused Beijing of supplying weapons to Moscow.\n");
  EXPECT_TRUE(find(f, "supports", "United States", "Ukraine"));
  // The accused supplying is the accuser's claim.
  auto* s = find(f, "supports", "China", "Russia");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->status, "alleged");
}

TEST(Attendance, TheOrganizationNamedJustBefore) {
  auto f = article("date 2017-06-05\nMontenegro became the 29th member of the North Atlantic Treaty Organization (NATO) "
               "at the US State Department's Treaty Room. The US is one of the organization's twelve founding members.\n");
  EXPECT_TRUE(find(f, "member_of", "United States", "North Atlantic Treaty Organization"));
  // Nothing named before: no member of anything.
  auto g = article("date 2017-06-05\nThe US is one of the organization's twelve founding members.\n");
  EXPECT_EQ(count_type(g, "member_of"), 0u);
}

TEST(Attendance, PactsCopulasAndForces) {
  auto f = article("date 2023-09-17\nMali, Burkina Faso and Niger signed a mutual defence pact on Saturday.\n"
               "Japan's new Foreign Minister is Toshimitsu Motegi, the report said.\n"
               "US troops have begun arriving in Israel.\n"
               "Utku Cakirezer, a member of the Republican People's Party, said the vote was wrong.\n"
               "Washington accused Beijing of meddling.\n");
  EXPECT_TRUE(find(f, "allied_with", "Mali", "Burkina Faso"));
  EXPECT_TRUE(find(f, "allied_with", "Burkina Faso", "Niger"));
  EXPECT_TRUE(find(f, "holds_position", "Toshimitsu Motegi", "Japan"));
  EXPECT_TRUE(find(f, "sent_troops", "United States", "Israel"));
  auto* m = find(f, "member_of", "Utku Cakirezer", "Republican People's Party");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->status, "asserted");  // the speaker's apposition, not what he said
  EXPECT_TRUE(find(f, "accused", "United States", "China"));
  // Signing a trade deal makes no allies.
  auto g = article("date 2023-09-17\nKenya and Uganda signed a trade pact on Saturday.\n");
  EXPECT_EQ(count_type(g, "allied_with"), 0u);
}

TEST(Attendance, HisStateVisit) {
  auto f = article("date 2015-09-25\nChinese President Xi Jinping spoke on Friday during his ongoing state visit to the U.S.\n"
               "Russia condemned the visit to Taiwan.\n");
  EXPECT_TRUE(find(f, "visited", "Xi Jinping", "United States"));
  EXPECT_FALSE(find(f, "visited", "Russia", "Taiwan"));
}
