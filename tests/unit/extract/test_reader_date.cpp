// find_document_date: the `date YYYY-MM-DD` line gives the same first match as the regex
// (?i)\bdate:?\s+(\d{4})-(\d{2})-(\d{2})\b over the first 2,000 bytes; without one, the date line
// the page prints first, not a date its text mentions, whatever form each takes.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "extract/reader.h"

using kg::extract::find_document_date;

namespace {

// What the regex finds first, or "" (the reference the reader no longer runs).
std::string by_regex(const std::string& text) {
  static const RE2 tagged(R"((?i)\bdate:?\s+(\d{4})-(\d{2})-(\d{2})\b)");
  re2::StringPiece head(text.data(), std::min<std::size_t>(text.size(), 2000));
  std::string y, m, d;
  if (RE2::PartialMatch(head, tagged, &y, &m, &d)) return y + "-" + m + "-" + d;
  return "";
}

}  // namespace

TEST(ReaderDate, TaggedLineAsTheRegexReadsIt) {
  const std::vector<std::string> cases = {
      " date 2004-10-28\nNorth Korea fires a missile",
      "Date: 2021-05-02\ntitle",
      "DATE:\t\n 1999-12-31 more",
      "update 2020-01-01\nand date 2021-02-03",           // "update" has no word boundary before "date"
      "date:2020-01-01 then date 2021-02-03",             // ':' must be followed by a space
      "date 2020-01-012 then date 2021-02-03.",           // no boundary after the day
      "date 2020-01-01_x date 2022-02-02",                // '_' is a word character
      "date  2020-1-01 date\f2023-03-03",                 // one-digit month; form feed is a space
      "date\v2020-01-01",                                 // vertical tab is not a space for RE2
      "validate 2020-01-01",
      "é date 2024-11-19",                                // a non-ASCII byte before is a boundary
      "xdate 2024-11-19 Date 2024-11-20",
      "date 2024-11-19",                                  // at the very end
      "date 2024-11-1",
      "date",
      "",
      std::string(1995, 'x') + " date 2024-11-19",        // beyond the first 2,000 bytes
      std::string(1985, ' ') + "date 2024-11-19",         // ends exactly at byte 2,000
      std::string(1986, ' ') + "date 2024-11-19",         // cut at 2,000: no day
  };
  for (const auto& c : cases) {
    std::string want = by_regex(c);
    if (want.empty()) continue;  // the other rules decide: compare only what this rule finds
    EXPECT_EQ(find_document_date(c), want) << "[" << c << "]";
  }
  EXPECT_EQ(find_document_date(" date 2004-10-28\nNorth Korea"), "2004-10-28");
  EXPECT_EQ(find_document_date("update 2020-01-01\nand date 2021-02-03"), "2021-02-03");
  EXPECT_EQ(find_document_date("date:2020-01-01 then date 2021-02-03"), "2021-02-03");
  EXPECT_EQ(find_document_date("date 2020-01-012 then date 2021-02-03."), "2021-02-03");
  EXPECT_EQ(find_document_date(std::string(1985, ' ') + "date 2024-11-19"), "2024-11-19");
  EXPECT_EQ(by_regex(std::string(1986, ' ') + "date 2024-11-19"), "");
}

// Where the tagged rule finds nothing, the reader goes on to its other rules as before; where
// it finds something, nothing else is tried: every case the regex matches agrees.
TEST(ReaderDate, AgreesWithTheRegexOnGeneratedHeads) {
  const char* parts[] = {"date", "Date:", "DATE", "update", "x", " ", "\n", "\t", ":", "2024-11-19", "2024-1-19",
                         "1999-12-31", "_", "-", "0", "é", "date ", "date:  "};
  const std::size_t n = sizeof parts / sizeof *parts;
  std::size_t matched = 0;
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t b = 0; b < n; ++b)
      for (std::size_t c = 0; c < n; ++c)
        for (std::size_t d = 0; d < n; d += 3) {
          std::string t = std::string(parts[a]) + parts[b] + parts[c] + parts[d];
          std::string want = by_regex(t);
          if (want.empty()) continue;
          ++matched;
          ASSERT_EQ(find_document_date(t), want) << "[" << t << "]";
        }
  EXPECT_GT(matched, 100u);
}

TEST(ReaderDate, ADateLineWithATimeGluedToTheYear) {
  EXPECT_EQ(find_document_date("2 November 201022:18\n\nThe ministers met in Oslo on November 1.\n"), "2010-11-02");
}

TEST(ReaderDate, TheFormNearestTheTopWins) {
  // Day-month-year first, month-day-year later in the text.
  EXPECT_EQ(find_document_date("2 November 2010\n\nThe accords reached on April 27, 2010 were reviewed.\n"),
            "2010-11-02");
  // And the other way round.
  EXPECT_EQ(find_document_date("November 2, 2010\n\nThe accords of 27 April 2010 were reviewed.\n"), "2010-11-02");
}

TEST(ReaderDate, NoYearNoDate) {
  // A day and month without a year, and a four-digit number that is no year, give nothing.
  EXPECT_EQ(find_document_date("Talks on 2 November at 2145 hours.\n"), "");
}
