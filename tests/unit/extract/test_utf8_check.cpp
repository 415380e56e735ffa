// check_utf8 reads ASCII eight bytes at a time: a NUL byte or a bad sequence is still found,
// with its line and column, wherever it falls in the words it skips.
#include <gtest/gtest.h>

#include <string>

#include "extract/reader.h"

using kg::extract::check_utf8;
using kg::extract::InputError;

namespace {
// The (line, column) check_utf8 reports for `s`, or (0, 0) when it accepts it.
std::pair<int, int> place(const std::string& s) {
  try {
    check_utf8("doc.txt", s);
  } catch (const InputError& e) {
    return {e.line(), e.col()};
  }
  return {0, 0};
}
}  // namespace

TEST(Utf8Check, BadBytesFoundAtEveryPlace) {
  const std::string bad[] = {std::string(1, '\0'), "\xff", "\xc3", "\xc0\xaf", "\xed\xa0\x80", "\x80"};
  for (const std::string& b : bad)
    for (std::size_t at = 0; at < 40; ++at) {
      std::string s = "The quick brown fox jumps over the lazy dog, twice over.\nSecond line here.";
      s.insert(at, b);
      EXPECT_EQ(place(s), std::make_pair(1, static_cast<int>(at) + 1)) << "bad bytes at " << at;
      // On the second line too, after the eight-byte runs of the first.
      std::string t = "The quick brown fox jumps over the lazy dog.\nSecond line, longer than eight bytes, and more.";
      t.insert(45 + at, b);
      EXPECT_EQ(place(t), std::make_pair(2, static_cast<int>(at) + 1)) << "bad bytes at line 2 column " << at + 1;
    }
}

TEST(Utf8Check, GoodTextPasses) {
  EXPECT_EQ(place(""), std::make_pair(0, 0));
  EXPECT_EQ(place("plain ASCII text of some length, with\nlines and\ttabs"), std::make_pair(0, 0));
  EXPECT_EQ(place("caf\xc3\xa9 na\xc3\xafve \xe2\x80\x94 \xe2\x80\x9cquoted\xe2\x80\x9d and \xf0\x9f\x98\x80 after"),
            std::make_pair(0, 0));
}
