// The document's own date from the top of a scraped page: the date line the page prints
// first, not a date its text mentions, whatever form each takes.
#include <gtest/gtest.h>

#include "extract/reader.h"

using kg::extract::find_document_date;

TEST(DocumentDate, ADateLineWithATimeGluedToTheYear) {
  EXPECT_EQ(find_document_date("2 November 201022:18\n\nThe ministers met in Oslo on November 1.\n"), "2010-11-02");
}

TEST(DocumentDate, TheFormNearestTheTopWins) {
  // Day-month-year first, month-day-year later in the text.
  EXPECT_EQ(find_document_date("2 November 2010\n\nThe accords reached on April 27, 2010 were reviewed.\n"),
            "2010-11-02");
  // And the other way round.
  EXPECT_EQ(find_document_date("November 2, 2010\n\nThe accords of 27 April 2010 were reviewed.\n"), "2010-11-02");
}

TEST(DocumentDate, NoYearNoDate) {
  // A day and month without a year, and a four-digit number that is no year, give nothing.
  EXPECT_EQ(find_document_date("Talks on 2 November at 2145 hours.\n"), "");
}
