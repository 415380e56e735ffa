// phrase_key: the lexicon's key of a phrase is its tokens' lower-cased text joined by one space.
// A phrase of ASCII letters, digits and spaces takes a path without the tokenizer; it must
// give what the tokens give.
#include <gtest/gtest.h>

#include <string>

#include "extract/lexicon.h"
#include "extract/text.h"

namespace kg::extract {
namespace {

std::string from_tokens(const std::string& s) {
  std::string k;
  for (const auto& t : tokenize(s)) {
    if (!k.empty()) k += ' ';
    k += t.lower;
  }
  return k;
}

TEST(PhraseKey, PlainPhrasesAsTheTokensGiveThem) {
  for (const std::string s :
       {"", " ", "   ", "Foreign Ministry", "  Foreign   Ministry  ", "NATO", "G7 Summit", "Group of 20", "a", "A B C",
        "UN Security Council", "x1y2 Z3", "The  Philippine Senate ", "1998", "MiXeD CaSe wOrDs"}) {
    EXPECT_EQ(phrase_key(s), from_tokens(s)) << "'" << s << "'";
  }
  EXPECT_EQ(phrase_key("  Foreign   Ministry  "), "foreign ministry");
  EXPECT_EQ(phrase_key("G7 Summit"), "g7 summit");
  EXPECT_EQ(phrase_key(""), "");
}

TEST(PhraseKey, OtherPhrasesThroughTheTokens) {
  // Punctuation, hyphens, apostrophes, periods, tabs and non-ASCII text: the tokenizer's rules.
  for (const std::string s : {"Côte d'Ivoire", "Asia-Pacific", "U.S. Army", "Pyongyang-Moscow", "didn't",
                              "Russia's", "Kim Tok-hun", "10,000 troops", "Foreign\tMinistry", "Mr. Smith",
                              "Sao Tome \xe2\x80\x99s", "(AFP)"}) {
    EXPECT_EQ(phrase_key(s), from_tokens(s)) << "'" << s << "'";
  }
  EXPECT_EQ(phrase_key("Asia-Pacific"), "asia - pacific");  // split before a capital
  EXPECT_EQ(phrase_key("test-fired"), "test-fired");
  EXPECT_EQ(phrase_key("Russia's"), "russia 's");
}

}  // namespace
}  // namespace kg::extract
