// append_json_string escapes eight bytes at a time where it can: wherever the bytes that need
// escaping fall, the output is what RFC 8259 asks and the JSON reader gives the text back.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "graph/store.h"
#include "graph/value.h"

using namespace kg;

namespace {
// What RFC 8259 asks of one byte: two-character escapes for the seven that have one, \u00XX for
// the other control bytes, the byte itself otherwise (so the escaped length is known exactly).
std::size_t escaped_size(unsigned char c) {
  if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f') return 2;
  return c < 0x20 ? 6 : 1;
}
// The properties every escaped string must have: the real JSON reader gives the text back, it is
// quoted, no raw control byte or bare quote is left inside, and nothing else was escaped.
void expect_good(std::string_view s, const std::string& e, const std::string& where) {
  ASSERT_GE(e.size(), 2u) << where;
  EXPECT_EQ(e.front(), '"') << where;
  EXPECT_EQ(e.back(), '"') << where;
  std::size_t want = 2;
  for (unsigned char c : s) want += escaped_size(c);
  EXPECT_EQ(e.size(), want) << where;
  for (std::size_t k = 1; k + 1 < e.size(); ++k) {
    EXPECT_GE(static_cast<unsigned char>(e[k]), 0x20) << where;
    if (e[k] == '"') {
      EXPECT_EQ(e[k - 1], '\\') << where;
    }
  }
  EXPECT_EQ(value_from_json(e).as_string(), std::string(s)) << where;
}
std::string escaped(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}
}  // namespace

TEST(JsonEscape, EveryEscapedByteAtEveryPlace) {
  const std::string specials = std::string("\"\\\n\r\t\b\f\x01\x1f", 9) + std::string(1, '\0');
  for (std::size_t len = 1; len <= 20; ++len)
    for (std::size_t at = 0; at < len; ++at)
      for (char c : specials) {
        std::string s(len, 'a');
        s[at] = c;
        expect_good(s, escaped(s), "length " + std::to_string(len) + " at " + std::to_string(at));
      }
  // Bytes next to the escaped ones: 0x1f/0x20, '!' and '#' around '"', '[' and ']' around '\\',
  // UTF-8 bytes (0x80 and above) that must pass unchanged.
  EXPECT_EQ(escaped("  !#[]~\x7f"), "\"  !#[]~\x7f\"");
  EXPECT_EQ(escaped("caf\xc3\xa9 \xe2\x80\x94 na\xc3\xafve \xe2\x80\x9cq\xe2\x80\x9d"),
            "\"caf\xc3\xa9 \xe2\x80\x94 na\xc3\xafve \xe2\x80\x9cq\xe2\x80\x9d\"");
}

TEST(JsonEscape, RandomBytesRoundTrip) {
  std::mt19937 rng(7);
  for (int n = 0; n < 2000; ++n) {
    std::string s(rng() % 64, ' ');
    for (auto& ch : s) {
      const unsigned r = rng() % 8;
      ch = static_cast<char>(r == 0 ? rng() % 0x20 : r == 1 ? "\"\\"[rng() % 2] : 0x20 + rng() % 0x5f);
    }
    expect_good(s, escaped(s), "random string " + std::to_string(n));
  }
}

// The store's writer (JsonOut: whole blocks tested, then one copy, or the byte loop) writes the
// same text as the string version, wherever the bytes to escape fall, for every length around
// its 8- and 16-byte blocks, and for bytes on either side of the tested ranges.
TEST(JsonEscape, TheStoreWriterWritesTheSameText) {
  auto via_out = [](std::string_view s) {
    JsonOut out;
    append_json_string(out, s);
    return std::string(out.view());
  };
  const std::string specials = std::string("\"\\\n\r\t\b\f\x01\x1f", 9) + std::string(1, '\0');
  for (std::size_t len = 0; len <= 40; ++len) {
    std::string plain(len, 'a');
    EXPECT_EQ(via_out(plain), escaped(plain)) << "plain, length " << len;
    for (std::size_t at = 0; at < len; ++at)
      for (char c : specials + " !#[]~\x7f\x80\xff") {
        std::string s(len, 'b');
        s[at] = c;
        EXPECT_EQ(via_out(s), escaped(s)) << "length " << len << " at " << at;
      }
  }
  std::mt19937 rng(11);
  for (int n = 0; n < 2000; ++n) {
    std::string s(rng() % 80, ' ');
    for (auto& ch : s) {
      const unsigned r = rng() % 16;
      ch = static_cast<char>(r == 0 ? rng() % 0x20 : r == 1 ? "\"\\"[rng() % 2] : r == 2 ? 0x80 + rng() % 0x80 : 0x20 + rng() % 0x5f);
    }
    EXPECT_EQ(via_out(s), escaped(s)) << "random string " << n;
  }
}
