#include "extract/reader.h"

#include "extract/text.h"

#include <re2/re2.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kg::extract {

namespace fs = std::filesystem;

namespace {
// The UTF-8 sequence that starts at p[i], a byte >= 0x80: nullptr and its length in `len`, or
// why it is not one. The one decoder of both the fast check and the one that finds the place.
const char* utf8_sequence(const unsigned char* p, std::size_t i, std::size_t n, int& len) {
  unsigned char c = p[i];
  std::uint32_t cp;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07;
  } else {
    return c == 0xC0 || c == 0xC1 ? "invalid UTF-8: overlong encoding" : "invalid UTF-8 byte";
  }
  if (i + len > n) return "invalid UTF-8: truncated sequence at end of file";
  for (int k = 1; k < len; ++k) {
    unsigned char cc = p[i + k];
    if ((cc & 0xC0) != 0x80) return "invalid UTF-8: bad continuation byte";
    cp = (cp << 6) | (cc & 0x3F);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)) return "invalid UTF-8: overlong encoding";
  if (cp >= 0xD800 && cp <= 0xDFFF) return "invalid UTF-8: encoded surrogate";
  if (cp > 0x10FFFF) return "invalid UTF-8: code point beyond U+10FFFF";
  return nullptr;
}

// True when check_utf8 would accept s: the same rules, without the line/column count.
bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t i = 0, n = s.size();
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  while (i < n) {
    // Eight ASCII bytes at a time while none is NUL or above 0x7f (no high bit set, and
    // (v - 0x01..) & ~v & 0x80.. is non-zero exactly when a byte is zero).
    while (i + 8 <= n) {
      std::uint64_t v;
      std::memcpy(&v, p + i, 8);
      if ((v & kHigh) || ((v - kOnes) & ~v & kHigh)) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = p[i];
    if (c < 0x80) {
      if (c == 0) return false;
      ++i;
      continue;
    }
    int len = 0;
    if (utf8_sequence(p, i, n, len)) return false;
    i += len;
  }
  return true;
}
}  // namespace

void check_utf8(const std::string& file, std::string_view s) {
  if (valid_utf8(s)) return;
  // A bad text: find the place and the reason.
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  int line = 1, col = 1;
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = p[i];
    if (c == 0) throw InputError(file, line, col, "NUL byte: this looks like a binary file, not text");
    if (c < 0x80) {
      ++i;
      if (c == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
      continue;
    }
    int len = 0;
    if (const char* why = utf8_sequence(p, i, s.size(), len)) throw InputError(file, line, col, why);
    i += len;
    ++col;
  }
}

std::string content_hash(std::string_view text) {
  // FNV-1a, 64-bit, eight bytes a step (the loop's test and increment once for eight).
  constexpr std::uint64_t kPrime = 1099511628211ULL;
  std::uint64_t h = 1469598103934665603ULL;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = 0, n = text.size();
  for (; i + 8 <= n; i += 8)
    for (std::size_t k = 0; k < 8; ++k) h = (h ^ p[i + k]) * kPrime;
  for (; i < n; ++i) h = (h ^ p[i]) * kPrime;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int k = 15; k >= 0; --k, h >>= 4) out[static_cast<std::size_t>(k)] = kHex[h & 15];
  return out;
}

namespace {

int month_number(std::string_view m) {
  static const char* names[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (m.size() < 3) return 0;
  std::string l;
  for (char c : m.substr(0, 3)) l += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (int i = 0; i < 12; ++i)
    if (l == names[i]) return i + 1;
  return 0;
}

std::string iso(int y, int m, int d) {
  char buf[48];
  if (d > 0)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  else
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

const char* kMonths =
    "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

}  // namespace

std::string find_url(std::string_view text) {
  static const RE2 re(R"((https?://[^\s<>()\[\]"']+))");
  std::string url;
  re2::StringPiece in(text.data(), text.size());
  // The last URL in the text is usually the article's own ("Original url: <...>").
  std::string u;
  while (RE2::FindAndConsume(&in, re, &u)) url = u;
  while (!url.empty() && (url.back() == '.' || url.back() == ',' || url.back() == '>')) url.pop_back();
  return url;
}

namespace {

bool ascii_word(char c) {  // RE2's \w (and so its \b)
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
bool ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }  // RE2's \s

// The first match of (?i)\bdate:?\s+(\d{4})-(\d{2})-(\d{2})\b in `h`, as "YYYY-MM-DD" (RE2's
// leftmost match, without running it: every document of a feed starts with such a line).
std::string tagged_date(std::string_view h) {
  for (std::size_t i = 0; i + 4 <= h.size(); ++i) {
    if ((h[i] | 0x20) != 'd' || (h[i + 1] | 0x20) != 'a' || (h[i + 2] | 0x20) != 't' || (h[i + 3] | 0x20) != 'e')
      continue;
    if (i > 0 && ascii_word(h[i - 1])) continue;
    std::size_t p = i + 4;
    if (p < h.size() && h[p] == ':') ++p;
    std::size_t sp = p;
    while (p < h.size() && ascii_space(h[p])) ++p;
    if (p == sp || p + 10 > h.size()) continue;
    const char* q = h.data() + p;
    bool ok = ascii_digit(q[0]) && ascii_digit(q[1]) && ascii_digit(q[2]) && ascii_digit(q[3]) && q[4] == '-' &&
              ascii_digit(q[5]) && ascii_digit(q[6]) && q[7] == '-' && ascii_digit(q[8]) && ascii_digit(q[9]) &&
              (p + 10 == h.size() || !ascii_word(q[10]));
    if (ok) return std::string(q, 10);
  }
  return {};
}

}  // namespace

std::string find_document_date(std::string_view text) {
  re2::StringPiece head(text.data(), std::min<std::size_t>(text.size(), 2000));
  std::string y, m, d;
  // A `date YYYY-MM-DD` line.
  if (std::string t = tagged_date(std::string_view(head.data(), head.size())); !t.empty()) return t;
  // "November 19, 2024" or "Nov. 19, 2024" near the top.
  // A time glued to the year ("2 November 201022:18", as some pages print it) ends it too.
  // "19 November 2024" likewise; of the two forms, the one nearer the top (a page's own date
  // line comes before the dates its text mentions).
  static const RE2 mdy(std::string(R"(\b)") + kMonths + R"(\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})(?:\b|\d{1,2}:\d{2}))");
  static const RE2 dmy(std::string(R"(\b(\d{1,2})\s+)") + kMonths + R"(\.?,?\s+((?:19|20)\d{2})(?:\b|\d{1,2}:\d{2}))");
  // The nearer of the two is the leftmost match of either: one scan of the head for both (an
  // alternation's leftmost match; the two cannot start at one place, a month name against a
  // digit) by RE2's DFA (asking for no group keeps it off the slower engines that track groups
  // over the whole head), then the groups of the one that matches that span.
  static const RE2 either(std::string("(?:") + mdy.pattern() + ")|(?:" + dmy.pattern() + ")");
  auto num = [](re2::StringPiece s) { return std::stoi(std::string(s.data(), s.size())); };
  if (re2::StringPiece whole; either.Match(head, 0, head.size(), RE2::UNANCHORED, &whole, 1)) {
    const std::size_t at = static_cast<std::size_t>(whole.data() - head.data());
    re2::StringPiece sub[4];
    if (mdy.Match(head, at, at + whole.size(), RE2::ANCHOR_BOTH, sub, 4))
      return iso(num(sub[3]), month_number(std::string_view(sub[1].data(), sub[1].size())), num(sub[2]));
    if (dmy.Match(head, at, at + whole.size(), RE2::ANCHOR_BOTH, sub, 4))
      return iso(num(sub[3]), month_number(std::string_view(sub[2].data(), sub[2].size())), num(sub[1]));
  }
  // An ISO date near the top.
  static const RE2 isod(R"(\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b)");
  if (RE2::PartialMatch(head, isod, &y, &m, &d)) return y + "-" + m + "-" + d;
  // "2024.10.09 13:15", "2024/10/09": year first, near the top.
  static const RE2 ymd(R"(\b((?:19|20)\d{2})[./](\d{1,2})[./](\d{1,2})\b)");
  if (RE2::PartialMatch(head, ymd, &y, &m, &d) && std::stoi(m) >= 1 && std::stoi(m) <= 12 && std::stoi(d) >= 1 &&
      std::stoi(d) <= 31)
    return iso(std::stoi(y), std::stoi(m), std::stoi(d));
  // A URL with /YYYY/MM/DD/ or /YYYYMMDD.
  static const RE2 url_date(R"(https?://\S*?/((?:19|20)\d{2})/(\d{2})/(\d{2})/)");
  re2::StringPiece all(text.data(), text.size());
  if (RE2::PartialMatch(all, url_date, &y, &m, &d)) return y + "-" + m + "-" + d;
  static const RE2 url_month(R"(https?://\S*?/((?:19|20)\d{2})/(\d{2})/)");
  if (RE2::PartialMatch(all, url_month, &y, &m)) return y + "-" + m;
  // "12.11.2018" (day.month.year) near the top.
  static const RE2 dotted(R"(\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b)");
  if (RE2::PartialMatch(head, dotted, &d, &m, &y) && std::stoi(m) >= 1 && std::stoi(m) <= 12)
    return iso(std::stoi(y), std::stoi(m), std::stoi(d));
  // No year anywhere: a weekday with its date ("on Monday (Nov 18)") fixes the most
  // recent year, not after today, in which they agree.
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char today[40];
  std::snprintf(today, sizeof today, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
  return infer_date_from_weekday(text, today);
}

namespace {

std::string trim(std::string_view s) {
  std::size_t a = 0, b = s.size();
  while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
  while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
  return std::string(s.substr(a, b - a));
}

bool re2_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }  // RE2's \s

// Necessary for the dateline pattern: ",\s+[A-Z][a-z]{2,8}\.?\s+\d" somewhere (the
// lower-case run is whole: a longer one leaves a letter where '.' or a space must be).
bool may_have_dateline(std::string_view h) {
  for (std::size_t p = h.find(','); p != std::string_view::npos; p = h.find(',', p + 1)) {
    std::size_t q = p + 1;
    if (q >= h.size() || !re2_space(h[q])) continue;
    while (q < h.size() && re2_space(h[q])) ++q;
    if (q >= h.size() || h[q] < 'A' || h[q] > 'Z') continue;
    std::size_t r = q + 1;
    while (r < h.size() && h[r] >= 'a' && h[r] <= 'z') ++r;
    if (r - q - 1 < 2 || r - q - 1 > 8) continue;
    if (r < h.size() && h[r] == '.') ++r;
    if (r >= h.size() || !re2_space(h[r])) continue;
    while (r < h.size() && re2_space(h[r])) ++r;
    if (r < h.size() && h[r] >= '0' && h[r] <= '9') return true;
  }
  return false;
}

// Necessary for the byline pattern: a line that starts, after spaces and tabs, with "by"
// in any case and a space or tab.
bool may_have_byline(std::string_view h) {
  for (std::size_t p = 0; p < h.size();) {  // p: a line's start (the lines found by memchr)
    std::size_t q = p;
    while (q < h.size() && (h[q] == ' ' || h[q] == '\t')) ++q;
    if (q + 2 < h.size() && (h[q] | 0x20) == 'b' && (h[q + 1] | 0x20) == 'y' && (h[q + 2] == ' ' || h[q + 2] == '\t'))
      return true;
    const std::size_t e = h.find('\n', p);
    if (e == std::string_view::npos) break;
    p = e + 1;
  }
  return false;
}

// The first non-empty line, as the title.
std::string first_line(std::string_view text) {
  std::size_t p = 0;
  while (p < text.size()) {
    std::size_t e = text.find('\n', p);
    if (e == std::string_view::npos) e = text.size();
    std::string l = trim(text.substr(p, e - p));
    while (!l.empty() && l[0] == '#') l = trim(l.substr(1));
    if (l.size() > 300) {  // at most 300 bytes, cut between characters (the fuzz finding)
      std::size_t cut = 300;
      while (cut > 0 && (static_cast<unsigned char>(l[cut]) & 0xC0) == 0x80) --cut;
      l.resize(cut);
    }
    if (!l.empty()) return l;
    p = e + 1;
  }
  return {};
}

}  // namespace

Document make_document(const std::string& path, const std::string& id, std::string bytes) {
  if (bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0xEF &&
      static_cast<unsigned char>(bytes[1]) == 0xBB && static_cast<unsigned char>(bytes[2]) == 0xBF)
    bytes.erase(0, 3);
  check_utf8(path, bytes);
  Document doc;
  doc.path = path;
  doc.text = std::move(bytes);
  doc.info.id = id;
  doc.info.hash = content_hash(doc.text);
  doc.info.date = find_document_date(doc.text);
  doc.info.url = find_url(doc.text);
  doc.info.title = first_line(doc.text);
  std::string s;
  re2::StringPiece head(doc.text.data(), std::min<std::size_t>(doc.text.size(), 3000));
  // A dateline: "SEOUL, Nov 19 —" or "SEOUL (Reuters) -".
  static const RE2 dateline(R"((?m)(?:^|\d{4}-\d{2}-\d{2}\s+)([A-Z][A-Z .'-]{2,30}),\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:—|–|-))");
  const std::string_view head_sv(head.data(), head.size());
  if (may_have_dateline(head_sv) && RE2::PartialMatch(head, dateline, &s)) doc.info.dateline = trim(s);
  // An author line: "By NAME" (markdown links unwrapped).
  // The name stays on its line: "By IAN FISHER" over a blank line and "ADDIS ABABA" is one name.
  static const RE2 by(R"((?m)^[ \t]*(?i:by)[ \t]+\[?([A-Z][\w.'-]+(?:[ \t]+[A-Z][\w.'-]+){0,3})\]?)");
  if (may_have_byline(head_sv) && RE2::PartialMatch(head, by, &s)) doc.info.author = trim(s);
  return doc;
}

Document read_document(const std::string& path) {
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return make_document("<stdin>", "stdin-" + content_hash(bytes).substr(0, 12), std::move(bytes));
  }
  // One open, one fstat (which also tells a folder) and bulk reads into a string sized
  // from the file (a stream iterator read the text a character at a time).
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int err = errno;
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw InputError(path, 0, 0, "is a folder, not a file");
    throw InputError(path, 0, 0, std::string("cannot read: ") + std::strerror(err));
  }
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    throw InputError(path, 0, 0, "is a folder, not a file");
  }
  if (st.st_size > 0) bytes.reserve(static_cast<std::size_t>(st.st_size));
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n > 0) {
      bytes.append(buf, static_cast<std::size_t>(n));
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      throw InputError(path, 0, 0, std::string("read error: ") + std::strerror(err));
    }
    break;
  }
  ::close(fd);
  return make_document(path, fs::path(path).stem().string(), std::move(bytes));
}

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs) {
  std::vector<std::string> out;
  for (const auto& in : inputs) {
    if (in == "-") {
      out.push_back(in);
      continue;
    }
    std::error_code ec;
    auto st = fs::status(in, ec);
    if (ec || !fs::exists(st)) throw InputError(in, 0, 0, "no such file or folder");
    if (fs::is_directory(st)) {
      std::vector<std::string> files;
      for (const auto& e : fs::directory_iterator(in, ec))
        if (e.path().extension() == ".txt" && !fs::is_directory(e.path())) files.push_back(e.path().string());
      if (ec) throw InputError(in, 0, 0, "cannot list folder: " + ec.message());
      std::sort(files.begin(), files.end());
      out.insert(out.end(), files.begin(), files.end());
    } else {
      out.push_back(in);
    }
  }
  return out;
}

}  // namespace kg::extract
