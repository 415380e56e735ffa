// Tokens, sentences and dates on small real sentences.
#include <gtest/gtest.h>

#include "extract/text.h"

using namespace kg::extract;

namespace {
std::vector<std::string> sentence_texts(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& s : split_sentences(text)) out.push_back(text.substr(s.b, s.e - s.b));
  return out;
}
std::vector<std::string> lowers(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(text)) out.push_back(t.lower);
  return out;
}
}  // namespace

TEST(Tokenize, PossessivesHyphensAbbreviations) {
  EXPECT_EQ(lowers("Russia's minister"), (std::vector<std::string>{"russia", "'s", "minister"}));
  EXPECT_EQ(lowers("Russia\u2019s"), (std::vector<std::string>{"russia", "'s"}));
  EXPECT_EQ(lowers("Premier Kim Tok-hun"), (std::vector<std::string>{"premier", "kim", "tok-hun"}));
  // A capitalised compound of two names splits; a hyphenated name does not.
  EXPECT_EQ(lowers("Pyongyang-Moscow ties"), (std::vector<std::string>{"pyongyang", "-", "moscow", "ties"}));
  EXPECT_EQ(lowers("U.S. President"), (std::vector<std::string>{"u.s.", "president"}));
  EXPECT_EQ(lowers("over 10,000 soldiers"), (std::vector<std::string>{"over", "10,000", "soldiers"}));
  EXPECT_EQ(lowers("didn't"), (std::vector<std::string>{"did", "n't"}));
  auto t = tokenize("The Forces' General Staff");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[2].lower, "'");
}

TEST(Tokenize, OffsetsAreBytesOfTheText) {
  std::string s = "Kim met \u201cKozlov\u201d in Pyongyang.";
  for (const auto& t : tokenize(s)) {
    EXPECT_LT(t.b, t.e);
    EXPECT_LE(t.e, s.size());
  }
  auto t = tokenize(s);
  EXPECT_EQ(s.substr(t[3].b, t[3].e - t[3].b), "Kozlov");
}

TEST(Sentences, AbbreviationsDoNotEndASentence) {
  auto s = sentence_texts(
      "Yoon met Biden in Lima, Peru, on Nov. 15, as they met on the margins. N. Korea's Kim urged talks with the "
      "U.S. and Mr. Kozlov agreed. It ended.");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "Yoon met Biden in Lima, Peru, on Nov. 15, as they met on the margins.");
  EXPECT_EQ(s[1], "N. Korea's Kim urged talks with the U.S. and Mr. Kozlov agreed.");
}

TEST(Sentences, AnAbbreviationEndsASentenceBeforeAnOpener) {
  // "Sen" ends a name here, it is no senator's title: "After" opens the next sentence.
  auto s = sentence_texts("\"We are friends,\" Wen told Hun Sen.\nAfter their meeting, the two leaders signed.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "After their meeting, the two leaders signed.");
  // A title before a name stays inside its sentence.
  auto t = sentence_texts("Republican Sen. Ted Cruz said no. He left.");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0], "Republican Sen. Ted Cruz said no.");
}

TEST(Sentences, ALongHeadlineInTitleCaseEndsAtItsLine) {
  auto s = sentence_texts(
      "PM Sheikh Hasina Resigns, Leaves Bangladesh; Army Says Interim Government To Form\n"
      "Army chief Waker-Uz-Zaman called for an end to all violence.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "Army chief Waker-Uz-Zaman called for an end to all violence.");
  // Must not: a long line of running text wrapped before a capitalised word goes on.
  auto t = sentence_texts(
      "The foreign ministers of the two countries met on Monday in the capital and agreed with\n"
      "President Kim that talks would go on.");
  ASSERT_EQ(t.size(), 1u);
}

TEST(Sentences, AnInitialGluedToANameEndsNoSentence) {
  auto s = sentence_texts("President Kh.Battulga met Xi Jinping. It ended.Then it began.");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "President Kh.Battulga met Xi Jinping.");
}

TEST(Sentences, BlankLineInsideASentenceAndHeadings) {
  // Seed 000 breaks a sentence over a blank line; the next line starts in lower case.
  auto s = sentence_texts(
      "Russia-North Korea ties\nDuring his meeting with Kozlov, Kim spoke.\n\nThe United States have accused North "
      "Korea of sending over 10,000 soldiers\n\nto aid Russian forces in Ukraine.");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "Russia-North Korea ties");
  EXPECT_EQ(s[2],
            "The United States have accused North Korea of sending over 10,000 soldiers\n\nto aid Russian forces in "
            "Ukraine.");
}

TEST(Sentences, FurnitureAndCredits) {
  std::string text =
      "Kim met Kozlov in Pyongyang on Monday. [YONHAP]\n\nAlso read | US 'incredibly concerned' by North Korea troops "
      "in Russia\nLog in to Twitter or Facebook account to connect\n";
  auto ss = split_sentences(text);
  ASSERT_GE(ss.size(), 3u);
  bool credit_skipped = false;
  for (const auto& t : ss[0].toks)
    if (t.lower == "yonhap") credit_skipped = t.skip;
  for (const auto& s : ss)
    if (text.substr(s.b, s.e - s.b).rfind("Kim met", 0) == 0) {
      EXPECT_FALSE(s.boilerplate);
    }
  EXPECT_TRUE(credit_skipped || ss[1].toks.front().skip);
  EXPECT_TRUE(ss.back().boilerplate);
  EXPECT_TRUE(ss[ss.size() - 2].boilerplate);
}

namespace {
std::vector<std::string> dates_in(const std::string& s, const std::string& doc_date) {
  std::vector<std::string> out;
  for (const auto& d : find_dates(tokenize(s), doc_date)) out.push_back(d.value);
  return out;
}
}  // namespace

TEST(Dates, RelativeToTheDocumentDate) {
  // 2024-11-19 was a Tuesday.
  EXPECT_EQ(dates_in("Kozlov met with Kim on Monday to discuss cooperation.", "2024-11-19"),
            (std::vector<std::string>{"2024-11-18"}));
  EXPECT_EQ(dates_in("The delegation arrived in Pyongyang on Sunday.", "2024-11-19"),
            (std::vector<std::string>{"2024-11-17"}));
  EXPECT_EQ(dates_in("Kim Jong-un met yesterday with Russia's minister.", "2024-11-19"),
            (std::vector<std::string>{"2024-11-18"}));
  EXPECT_EQ(dates_in("The previous day, Kim met with Kozlov.", "2024-11-19"), (std::vector<std::string>{"2024-11-18"}));
  EXPECT_EQ(dates_in("Last week, North Korea ratified a defense pact.", "2024-11-19"),
            (std::vector<std::string>{"2024-11"}));
  EXPECT_EQ(dates_in("Kim and Putin signed a treaty in June.", "2024-11-19"), (std::vector<std::string>{"2024-06"}));
  // A month after the document's month is last year's.
  EXPECT_EQ(dates_in("They signed it in December.", "2024-11-19"), (std::vector<std::string>{"2023-12"}));
  EXPECT_EQ(dates_in("Premier Kim Tok-hun, who met Kozlov in 2022.", "2024-11-19"),
            (std::vector<std::string>{"2022"}));
  EXPECT_EQ(dates_in("in Lima, Peru, on Nov. 15, as they met", "2024-11-19"),
            (std::vector<std::string>{"2024-11-15"}));
  EXPECT_EQ(dates_in("This picture taken on November 17, 2024", ""), (std::vector<std::string>{"2024-11-17"}));
  EXPECT_EQ(dates_in("met in Pyongyang on Monday (Nov 18), as", "2024-11-18"),
            (std::vector<std::string>{"2024-11-18"}));
  EXPECT_EQ(dates_in("last month", "2024-01-10"), (std::vector<std::string>{"2023-12"}));
}

TEST(Dates, AWeekdayOfTheFutureIsTheNextOne) {
  // 2015-02-12 was a Thursday: the ceasefire's Sunday is the 15th, the talks' the 8th.
  EXPECT_EQ(dates_in("Under the roadmap, a ceasefire will begin on Sunday.", "2015-02-12"),
            (std::vector<std::string>{"2015-02-15"}));
  EXPECT_EQ(dates_in("Talks are due to resume on Monday.", "2015-02-12"), (std::vector<std::string>{"2015-02-16"}));
  EXPECT_EQ(dates_in("They meet again next Tuesday.", "2015-02-12"), (std::vector<std::string>{"2015-02-17"}));
  // Must not: the future of another clause, a past event.
  EXPECT_EQ(dates_in("He will resign, his aide said on Sunday.", "2015-02-12"),
            (std::vector<std::string>{"2015-02-08"}));
  EXPECT_EQ(dates_in("The leaders met on Sunday.", "2015-02-12"), (std::vector<std::string>{"2015-02-08"}));
}

TEST(Dates, NotDatesAndUnknownReference) {
  // "May" as a verb, numbers that are not years: no date.
  EXPECT_TRUE(dates_in("Russia may offer technology to 10,000 soldiers.", "2024-11-19").empty());
  EXPECT_TRUE(dates_in("May the talks succeed, he said.", "2024-11-19").empty());
  // "in May" and "May 1995" are the month.
  EXPECT_EQ(dates_in("Russia and Latvia signed a similar accord in May.", "1994-07-27"),
            (std::vector<std::string>{"1994-05"}));
  EXPECT_EQ(dates_in("It may be signed in May 1995.", "1994-07-27"), (std::vector<std::string>{"1995-05"}));
  // A weekday without a document date cannot be resolved (empty value).
  auto d = dates_in("They met on Monday.", "");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0], "");
}

TEST(Dates, YearFromAWeekdayAndDate) {
  // Seed 004: "on Monday (Nov 18)" and no year: 2024 is the latest year, not after
  // today, in which Nov 18 is a Monday.
  EXPECT_EQ(infer_date_from_weekday("They met in Pyongyang on Monday (Nov 18), as ties deepen.", "2026-11-24"),
            "2024-11-18");
  EXPECT_EQ(infer_date_from_weekday("They met on Monday (Nov 18).", "2024-11-17"), "2019-11-18");
  EXPECT_EQ(infer_date_from_weekday("No weekday here, only Nov 18.", "2026-11-24"), "");
  EXPECT_EQ(weekday(2024, 11, 19), 1);
  EXPECT_EQ(to_iso(add_days({2024, 3, 1}, -1)), "2024-02-29");
}
