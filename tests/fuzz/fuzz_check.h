// Checks shared by the fuzz targets: what must hold of any output, whatever the input.
// A failed check prints what is wrong and aborts, which libFuzzer reports as a crash.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

namespace kgfuzz {

[[noreturn]] inline void fail(const std::string& what, std::string_view context = {}) {
  std::fprintf(stderr, "FUZZ CHECK FAILED: %s\n", what.c_str());
  if (!context.empty()) std::fprintf(stderr, "context: %.*s\n", static_cast<int>(std::min<std::size_t>(context.size(), 2000)), context.data());
  std::abort();
}
#define FUZZ_CHECK(cond, what, ctx) \
  do {                              \
    if (!(cond)) ::kgfuzz::fail(std::string(#cond) + ": " + (what), (ctx)); \
  } while (0)

// Decodes one UTF-8 character at s[i]; -1 when invalid (overlong, surrogate, > U+10FFFF).
inline long utf8_next(std::string_view s, std::size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int len;
  long cp;
  if (c >= 0xC2 && c <= 0xDF) len = 2, cp = c & 0x1F;
  else if (c >= 0xE0 && c <= 0xEF) len = 3, cp = c & 0x0F;
  else if (c >= 0xF0 && c <= 0xF4) len = 4, cp = c & 0x07;
  else return -1;
  if (i + len > s.size()) return -1;
  for (int k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
    return -1;
  i += len;
  return cp;
}

inline bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (utf8_next(s, i) < 0) return false;
  return true;
}

// XML 1.0 Char production.
inline bool xml_char(long c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

// A small well-formedness check of an XML document (no DTD): valid UTF-8, only XML
// characters, balanced and matching tags, quoted attributes without '<', no bare '&',
// character references to XML characters. Returns "" when well-formed, else what is wrong.
inline std::string xml_problem(std::string_view s) {
  std::size_t i = 0;
  std::vector<std::string> open;
  bool root_seen = false;
  auto at = [&](std::size_t p) { return "at byte " + std::to_string(p); };
  auto check_ref = [&](std::size_t& p) -> std::string {  // s[p] == '&'
    std::size_t semi = s.find(';', p);
    if (semi == std::string_view::npos || semi - p > 12) return "bare '&' " + at(p);
    std::string_view name = s.substr(p + 1, semi - p - 1);
    if (name == "lt" || name == "gt" || name == "amp" || name == "quot" || name == "apos") {
      p = semi + 1;
      return "";
    }
    if (name.size() >= 2 && name[0] == '#') {
      long v = 0;
      bool hex = name[1] == 'x';
      std::string_view digits = name.substr(hex ? 2 : 1);
      if (digits.empty()) return "empty character reference " + at(p);
      for (char c : digits) {
        int d = (c >= '0' && c <= '9') ? c - '0' : hex && (c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10 : -1;
        if (d < 0) return "bad character reference " + at(p);
        v = v * (hex ? 16 : 10) + d;
        if (v > 0x10FFFF) return "character reference beyond U+10FFFF " + at(p);
      }
      if (!xml_char(v)) return "character reference to a non-XML character " + std::to_string(v) + " " + at(p);
      p = semi + 1;
      return "";
    }
    return "unknown entity &" + std::string(name) + "; " + at(p);
  };
  auto name_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == ':' ||
           c == '-' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
  };
  // Characters first.
  for (std::size_t p = 0; p < s.size();) {
    std::size_t q = p;
    long c = utf8_next(s, p);
    if (c < 0) return "invalid UTF-8 " + at(q);
    if (!xml_char(c)) return "non-XML character U+" + std::to_string(c) + " " + at(q);
  }
  while (i < s.size()) {
    if (s[i] == '<') {
      if (s.compare(i, 4, "<!--") == 0) {
        std::size_t e = s.find("-->", i + 4);
        if (e == std::string_view::npos) return "unterminated comment " + at(i);
        i = e + 3;
        continue;
      }
      if (s.compare(i, 9, "<![CDATA[") == 0) {
        std::size_t e = s.find("]]>", i + 9);
        if (e == std::string_view::npos) return "unterminated CDATA " + at(i);
        i = e + 3;
        continue;
      }
      if (s.compare(i, 2, "<?") == 0) {
        std::size_t e = s.find("?>", i + 2);
        if (e == std::string_view::npos) return "unterminated processing instruction " + at(i);
        i = e + 2;
        continue;
      }
      if (s.compare(i, 2, "<!") == 0) {
        std::size_t e = s.find('>', i);
        if (e == std::string_view::npos) return "unterminated declaration " + at(i);
        i = e + 1;
        continue;
      }
      bool closing = i + 1 < s.size() && s[i + 1] == '/';
      std::size_t p = i + (closing ? 2 : 1);
      std::size_t n0 = p;
      while (p < s.size() && name_char(s[p])) ++p;
      if (p == n0) return "tag without a name " + at(i);
      std::string name(s.substr(n0, p - n0));
      if (closing) {
        while (p < s.size() && (s[p] == ' ' || s[p] == '\n' || s[p] == '\t' || s[p] == '\r')) ++p;
        if (p >= s.size() || s[p] != '>') return "bad end tag " + at(i);
        if (open.empty() || open.back() != name) return "end tag </" + name + "> does not match " + at(i);
        open.pop_back();
        i = p + 1;
        continue;
      }
      if (open.empty()) {
        if (root_seen) return "second root element " + at(i);
        root_seen = true;
      }
      std::vector<std::string> attrs;
      for (;;) {
        std::size_t ws = p;
        while (p < s.size() && (s[p] == ' ' || s[p] == '\n' || s[p] == '\t' || s[p] == '\r')) ++p;
        if (p >= s.size()) return "unterminated start tag " + at(i);
        if (s[p] == '>') {
          open.push_back(name);
          i = p + 1;
          break;
        }
        if (s.compare(p, 2, "/>") == 0) {
          i = p + 2;
          break;
        }
        if (p == ws) return "no space before an attribute " + at(p);
        std::size_t a0 = p;
        while (p < s.size() && name_char(s[p])) ++p;
        if (p == a0) return "bad attribute name " + at(p);
        std::string an(s.substr(a0, p - a0));
        for (const auto& x : attrs)
          if (x == an) return "attribute " + an + " twice " + at(a0);
        attrs.push_back(an);
        while (p < s.size() && s[p] == ' ') ++p;
        if (p >= s.size() || s[p] != '=') return "attribute without '=' " + at(p);
        ++p;
        while (p < s.size() && s[p] == ' ') ++p;
        if (p >= s.size() || (s[p] != '"' && s[p] != '\'')) return "unquoted attribute " + at(p);
        char q = s[p++];
        while (p < s.size() && s[p] != q) {
          if (s[p] == '<') return "'<' in an attribute value " + at(p);
          if (s[p] == '&') {
            std::string e = check_ref(p);
            if (!e.empty()) return e;
          } else {
            ++p;
          }
        }
        if (p >= s.size()) return "unterminated attribute value " + at(a0);
        ++p;
      }
      continue;
    }
    if (s[i] == '&') {
      std::string e = check_ref(i);
      if (!e.empty()) return e;
      continue;
    }
    if (s.compare(i, 3, "]]>") == 0) return "']]>' in text " + at(i);
    if (open.empty() && !(s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r'))
      return "text outside the root element " + at(i);
    ++i;
  }
  if (!open.empty()) return "unclosed element <" + open.back() + ">";
  if (!root_seen) return "no root element";
  return "";
}

// Strict JSON (no NaN, valid UTF-8). Returns "" when valid.
inline std::string json_problem(std::string_view s) {
  rapidjson::Document d;
  std::string copy(s);
  d.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(copy.c_str(), copy.size());
  if (d.HasParseError())
    return std::string(rapidjson::GetParseError_En(d.GetParseError())) + " at byte " + std::to_string(d.GetErrorOffset());
  return "";
}

}  // namespace kgfuzz
