// append_json_string escapes eight bytes at a time where it can: the same text as escaping
// byte by byte, wherever the bytes that need it fall.
#include <gtest/gtest.h>

#include <cstdio>
#include <random>
#include <string>

#include "graph/store.h"
#include "graph/value.h"

using namespace kg;

namespace {
std::string escape_bytewise(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
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
        EXPECT_EQ(escaped(s), escape_bytewise(s)) << "length " << len << " at " << at;
      }
  // Bytes next to the escaped ones: 0x1f/0x20, '!' and '#' around '"', '[' and ']' around '\\',
  // UTF-8 bytes (0x80 and above) that must pass unchanged.
  EXPECT_EQ(escaped("  !#[]~\x7f"), "\"  !#[]~\x7f\"");
  EXPECT_EQ(escaped("caf\xc3\xa9 \xe2\x80\x94 na\xc3\xafve \xe2\x80\x9cq\xe2\x80\x9d"),
            "\"caf\xc3\xa9 \xe2\x80\x94 na\xc3\xafve \xe2\x80\x9cq\xe2\x80\x9d\"");
}

TEST(JsonEscape, RandomBytesMatchAndRoundTrip) {
  std::mt19937 rng(7);
  for (int n = 0; n < 2000; ++n) {
    std::string s(rng() % 64, ' ');
    for (auto& ch : s) {
      const unsigned r = rng() % 8;
      ch = static_cast<char>(r == 0 ? rng() % 0x20 : r == 1 ? "\"\\"[rng() % 2] : 0x20 + rng() % 0x5f);
    }
    const std::string e = escaped(s);
    ASSERT_EQ(e, escape_bytewise(s));
    EXPECT_EQ(value_from_json(e).as_string(), s);
  }
}
