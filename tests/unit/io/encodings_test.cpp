#include <catch2/catch.hpp>

#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "io/decoding_source.hpp"

using namespace newsclean;

namespace {

class StringSource final : public ByteSource {
 public:
  explicit StringSource(std::string data) : data_(std::move(data)) {}
  std::size_t read(char* buffer, std::size_t size) override {
    const std::size_t n = std::min(size, data_.size() - pos_);
    std::memcpy(buffer, data_.data() + pos_, n);
    pos_ += n;
    return n;
  }

 private:
  std::string data_;
  std::size_t pos_ = 0;
};

std::string decode(const std::string& bytes, const std::string& encoding) {
  std::unique_ptr<ByteSource> source = decode_input(std::make_unique<StringSource>(bytes), encoding, "test");
  std::string out;
  char buffer[4096];
  while (const std::size_t n = source->read(buffer, sizeof buffer)) out.append(buffer, n);
  return out;
}

std::string from_hex(const std::string& hex) {
  std::string bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
    bytes += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  return bytes;
}

std::string to_hex(const std::string& bytes) {
  std::string hex;
  for (const char c : bytes) hex += fmt::format("{:02x}", static_cast<unsigned char>(c));
  return hex;
}

// Python's answer for every one- and two-byte sequence its codec decodes.
std::vector<std::pair<std::string, std::string>> reference(const std::string& codec) {
  const std::string command = "python3 " NEWSCLEAN_SOURCE_DIR "/tests/unit/io/encoding_reference.py " + codec;
  std::vector<std::pair<std::string, std::string>> rows;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return rows;
  char line[256];
  while (std::fgets(line, sizeof line, pipe)) {
    std::string row(line);
    while (!row.empty() && row.back() == '\n') row.pop_back();
    const std::size_t tab = row.find('\t');
    if (tab != std::string::npos) rows.emplace_back(from_hex(row.substr(0, tab)), from_hex(row.substr(tab + 1)));
  }
  pclose(pipe);
  return rows;
}

}  // namespace

TEST_CASE("encodings: every character of each name users type decodes as Python's codec does", "[io]") {
  // Our name, and the reference for the table users of that name mean:
  // Python's codec for Microsoft's code pages (gb2312 gets GBK, its
  // Microsoft superset); glibc's iconv where Python's table is another one:
  // Big5 as Windows reads it (Python adds the ETEN extensions where Windows
  // keeps user-defined characters) and GB18030-2022 (Python's is 2000's).
  // EUC-JP as the web reads it (WHATWG, and ICU): its two-byte plane as
  // glibc's EUC-JP-MS (〜 ‖ − ¢ £ ¬ in their full-width forms, as Windows
  // reads them; Python keeps JIS's) up to row F4, its JIS X 0212 plane as
  // glibc's EUC-JP up to row F2. Left out: the rows above, where the web has
  // the NEC and IBM extensions or nothing and glibc has private use.
  const std::vector<std::pair<std::string, std::string>> names = {
      {"cp949", "cp949"},
      {"ms949", "cp949"},
      {"uhc", "cp949"},
      {"windows-949", "cp949"},
      {"euc-kr", "euc_kr"},
      {"cp932", "cp932"},
      {"ms932", "cp932"},
      {"windows-31j", "cp932"},
      {"shift_jis", "cp932"},
      {"sjis", "cp932"},
      {"gbk", "gbk"},
      {"cp936", "gbk"},
      {"ms936", "gbk"},
      {"gb2312", "gbk"},
      {"big5", "iconv:CP950"},
      {"cp950", "iconv:CP950"},
      {"ms950", "iconv:CP950"},
      {"gb18030", "iconv:GB18030"},
      {"euc-jp", "iconv:EUC-JP-MS --leads A1-F4"},
      {"euc-jp", "iconv:EUC-JP --jis0212 A1-F2"},
  };
  for (const auto& [name, codec] : names) {
    const auto rows = reference(codec);
    INFO(name << " against Python's " << codec);
    REQUIRE(rows.size() > 100);  // python3 ran and knows the codec
    std::string input;
    for (const auto& [bytes, _] : rows) input += bytes + '\n';
    // Single bytes the code page leaves unassigned, which Windows maps to C1
    // controls or private-use code points, come out as U+FFFD where ICU has
    // no mapping for them (it wrote U+001A, a control character).
    const auto unassigned = [](const std::string& bytes, const std::string& utf8) {
      if (bytes.size() != 1) return false;
      return utf8.rfind("\xC2", 0) == 0 && static_cast<unsigned char>(utf8[1]) < 0xA0
                 ? true
                 : utf8.size() == 3 && utf8[0] == '\xEF' && static_cast<unsigned char>(utf8[1]) < 0xA4;
    };
    const std::string output = decode(input, name);
    std::size_t start = 0, mismatches = 0;
    for (const auto& [bytes, expected] : rows) {
      const std::size_t end = output.find('\n', start);
      REQUIRE(end != std::string::npos);
      const std::string got = output.substr(start, end - start);
      start = end + 1;
      if (unassigned(bytes, expected)) {
        CHECK((got == "\xEF\xBF\xBD" || got == expected));  // U+FFFD where ICU has no mapping
        continue;
      }
      if (got != expected && mismatches++ < 5) {
        FAIL_CHECK("bytes " << to_hex(bytes) << ": got " << to_hex(got) << ", Python " << to_hex(expected));
      }
    }
    CHECK(mismatches == 0);
  }
}

TEST_CASE("encodings: the Korean middle dot, wave dash and horizontal bar from CP949", "[io]") {
  CHECK(decode("AI\xA1\xA4VR", "cp949") == "AI\xC2\xB7VR");  // U+00B7
  CHECK(decode("\xA2\xA6", "cp949") == "\xEF\xBD\x9E");      // U+FF5E
  CHECK(decode("\xA1\xAA", "cp949") == "\xE2\x80\x95");      // U+2015
}
