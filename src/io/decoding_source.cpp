#include "io/decoding_source.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <array>

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "io/gb18030_2022.hpp"

namespace newsclean {
namespace {

constexpr std::size_t kSniffBytes = 1 << 16;
constexpr std::size_t kBlock = 1 << 16;

// Serves bytes already read, then the rest of the source.
class PrefixedSource final : public ByteSource {
 public:
  PrefixedSource(std::string prefix, std::unique_ptr<ByteSource> rest)
      : prefix_(std::move(prefix)), rest_(std::move(rest)) {}
  std::size_t read(char* buffer, std::size_t size) override {
    if (pos_ < prefix_.size()) {
      const std::size_t n = std::min(size, prefix_.size() - pos_);
      std::memcpy(buffer, prefix_.data() + pos_, n);
      pos_ += n;
      return n;
    }
    return rest_->read(buffer, size);
  }

 private:
  std::string prefix_;
  std::size_t pos_ = 0;
  std::unique_ptr<ByteSource> rest_;
};

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

// The names users type for East Asian encodings, and the table each gets:
// Microsoft's code pages, which is what Windows files hold (ICU alone maps
// "cp949" and "cp950" to IBM's tables: "AI·VR" came out as "AI・VR"). The
// legacy names go to their Microsoft supersets, which decode every valid
// sequence of the subset the same way (docs/GUIDE.md lists them).
struct EncodingAlias {
  std::string_view name;
  std::string_view icu;
};
constexpr std::array<EncodingAlias, 27> kEncodingAliases = {{
    {"cp949", "windows-949-2000"},
    {"ms949", "windows-949-2000"},
    {"uhc", "windows-949-2000"},
    {"windows-949", "windows-949-2000"},
    {"x-windows-949", "windows-949-2000"},
    {"ks_c_5601-1987", "windows-949-2000"},
    {"euc-kr", "windows-949-2000"},
    {"euckr", "windows-949-2000"},
    {"cp932", "ibm-943_P15A-2003"},
    {"ms932", "ibm-943_P15A-2003"},
    {"windows-31j", "ibm-943_P15A-2003"},
    {"shift_jis", "ibm-943_P15A-2003"},
    {"shift-jis", "ibm-943_P15A-2003"},
    {"sjis", "ibm-943_P15A-2003"},
    {"x-sjis", "ibm-943_P15A-2003"},
    {"euc-jp", "euc-jp-2007"},
    {"eucjp", "euc-jp-2007"},
    {"gbk", "windows-936-2000"},
    {"cp936", "windows-936-2000"},
    {"ms936", "windows-936-2000"},
    {"windows-936", "windows-936-2000"},
    {"gb2312", "windows-936-2000"},
    {"euc-cn", "windows-936-2000"},
    {"big5", "windows-950-2000"},
    {"cp950", "windows-950-2000"},
    {"ms950", "windows-950-2000"},
    {"windows-950", "windows-950-2000"},
}};

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

}  // namespace

std::string icu_encoding_name(const std::string& name) {
  const std::string folded = lower(name);
  for (const EncodingAlias& alias : kEncodingAliases) {
    if (alias.name == folded) return std::string(alias.icu);
  }
  return name;
}

namespace {

// Bytes the code page leaves unassigned or cannot read become U+FFFD. ICU's
// own substitute writes U+001A (a control character) for an unassigned
// single byte of a double-byte code page.
void to_replacement_character(const void*, UConverterToUnicodeArgs* args, const char*, int32_t,
                              UConverterCallbackReason reason, UErrorCode* error) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to write
  *error = U_ZERO_ERROR;
  const UChar replacement = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &replacement, 1, 0, error);
}

Converter open_converter(const std::string& name, const std::string& where) {
  UErrorCode status = U_ZERO_ERROR;
  Converter converter(ucnv_open(icu_encoding_name(name).c_str(), &status));
  if (U_FAILURE(status)) throw InputError(fmt::format("{}: unknown encoding '{}'", where, name));
  ucnv_setToUCallBack(converter.get(), to_replacement_character, nullptr, nullptr, nullptr, &status);
  return converter;
}

// Streams source bytes in one encoding out as UTF-8; bad sequences become
// U+FFFD. Two steps, source to UTF-16 then UTF-16 to UTF-8, so that the
// UTF-16 can be corrected where ICU's table is older than the standard.
class DecodingSource final : public ByteSource {
 public:
  DecodingSource(std::unique_ptr<ByteSource> source, const std::string& encoding, const std::string& where)
      : source_(std::move(source)),
        from_(open_converter(encoding, where)),
        to_(open_converter("UTF-8", where)),
        gb18030_(lower(icu_encoding_name(encoding)) == "gb18030"),
        in_(kBlock),
        pivot_(kBlock) {}

  std::size_t read(char* buffer, std::size_t size) override {
    char* target = buffer;
    while (!written_all_) {
      if (unwritten_ < pivot_end_ || decoded_all_) {
        const UChar* source = unwritten_;
        UErrorCode status = U_ZERO_ERROR;
        ucnv_fromUnicode(to_.get(), &target, buffer + size, &source, pivot_end_, nullptr, decoded_all_, &status);
        unwritten_ = source;
        if (status == U_BUFFER_OVERFLOW_ERROR) break;  // buffer full; the rest comes next time
        if (U_FAILURE(status)) throw InputError(fmt::format("decoding failed: {}", u_errorName(status)));
        written_all_ = decoded_all_;
      }
      if (target != buffer || written_all_) break;
      decode_block();
    }
    return static_cast<std::size_t>(target - buffer);
  }

 private:
  // Refills the UTF-16 pivot from the source.
  void decode_block() {
    if (in_pos_ == in_end_ && !eof_) {
      in_end_ = source_->read(in_.data(), in_.size());
      in_pos_ = 0;
      eof_ = in_end_ == 0;
    }
    UChar* target = pivot_.data();
    const char* source = in_.data() + in_pos_;
    UErrorCode status = U_ZERO_ERROR;
    ucnv_toUnicode(from_.get(), &target, pivot_.data() + pivot_.size(), &source, in_.data() + in_end_, nullptr, eof_,
                   &status);
    in_pos_ = static_cast<std::size_t>(source - in_.data());
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      status = U_ZERO_ERROR;  // the pivot is full; the rest of the block comes next time
    } else if (eof_) {
      decoded_all_ = true;
    }
    if (U_FAILURE(status)) throw InputError(fmt::format("decoding failed: {}", u_errorName(status)));
    unwritten_ = pivot_.data();
    pivot_end_ = target;
    if (gb18030_) to_gb18030_2022();
  }

  // GB18030-2005's private-use code points to 2022's characters; some need
  // two UTF-16 units, so the pivot is rewritten into a second buffer.
  void to_gb18030_2022() {
    const auto unchanged = [](UChar c) { return gb18030_2022(c) == c; };
    if (std::all_of(unwritten_, pivot_end_, unchanged)) return;  // nearly every block
    fixed_.clear();
    for (const UChar* p = unwritten_; p < pivot_end_; ++p) {
      const char32_t now = gb18030_2022(*p);
      if (now > 0xFFFF) {
        fixed_.push_back(static_cast<UChar>(0xD7C0 + (now >> 10)));
        fixed_.push_back(static_cast<UChar>(0xDC00 + (now & 0x3FF)));
      } else {
        fixed_.push_back(static_cast<UChar>(now));
      }
    }
    unwritten_ = fixed_.data();
    pivot_end_ = fixed_.data() + fixed_.size();
  }

  std::unique_ptr<ByteSource> source_;
  Converter from_;
  Converter to_;
  bool gb18030_;  // read as GB18030-2022 (gb18030_2022.hpp)
  std::vector<char> in_;
  std::size_t in_pos_ = 0;
  std::size_t in_end_ = 0;
  std::vector<UChar> pivot_;
  std::vector<UChar> fixed_;
  const UChar* unwritten_ = nullptr;  // decoded, not yet written as UTF-8
  const UChar* pivot_end_ = nullptr;
  bool eof_ = false;
  bool decoded_all_ = false;  // the source is read and the decoder flushed
  bool written_all_ = false;  // ... and the UTF-8 side flushed too
};

bool valid_utf8_prefix(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  Converter converter(ucnv_open("UTF-8", &status));
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::vector<UChar> out(bytes.size() + 1);
  const char* source = bytes.data();
  UChar* target = out.data();
  // flush = false: a sequence cut at the end of the sniffed block is fine.
  ucnv_toUnicode(converter.get(), &target, out.data() + out.size(), &source, bytes.data() + bytes.size(), nullptr,
                 false, &status);
  return U_SUCCESS(status);
}

// How much of the sample reads as text once decoded with `name`: the share
// of characters that are letters of a common script, digits, spaces or
// punctuation (not U+FFFD, controls, private use or stray blocks), times
// how purely its East Asian letters keep to one writing system (Korean
// bytes read as GBK, or Chinese ones as CP949, mix Hangul and Han).
double readable_share(std::string_view sample, const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  Converter converter(ucnv_open(icu_encoding_name(name).c_str(), &status));
  if (U_FAILURE(status)) return 0.0;
  std::vector<UChar> out(sample.size() * 2 + 2);
  const int32_t length = ucnv_toUChars(converter.get(), out.data(), static_cast<int32_t>(out.size()), sample.data(),
                                       static_cast<int32_t>(sample.size()), &status);
  if (U_FAILURE(status) || length <= 0) return 0.0;
  std::size_t good = 0, all = 0, hangul = 0, kana = 0, han = 0;
  for (int32_t i = 0; i < length; ++i) {
    const char32_t c = out[static_cast<std::size_t>(i)];
    if (c == '\n' || c == '\r') continue;
    ++all;
    hangul += c >= 0xAC00 && c <= 0xD7A3;
    kana += c >= 0x3040 && c <= 0x30FF;
    han += c >= 0x4E00 && c <= 0x9FFF;
    good += (c >= 0x20 && c < 0x7F) || c == '\t' || (c >= 0xA0 && c <= 0x24F) || (c >= 0x2000 && c <= 0x206F) ||
            (c >= 0x3000 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x4E00 && c <= 0x9FFF) ||
            (c >= 0xFF01 && c <= 0xFF9F) || (c >= 0x0370 && c <= 0x04FF);
  }
  if (all == 0) return 0.0;
  const std::size_t east_asian = hangul + kana + han;
  const double purity =
      east_asian == 0 ? 1.0 : static_cast<double>(std::max(hangul, kana + han)) / static_cast<double>(east_asian);
  return purity * static_cast<double>(good) / static_cast<double>(all);
}

// The encoding of a sample that is not UTF-8: the detector's candidates and
// the user's fallback, each weighed by how much of the sample it decodes
// to readable text. Sure when the detector is confident and its text reads;
// otherwise the fallback (when it reads at least as well), with a note.
std::string detect_encoding(std::string_view sample, const std::string& fallback, std::string& note) {
  constexpr int32_t kSureConfidence = 50;
  constexpr double kSureReadable = 0.95;
  constexpr int32_t kMinLead = 20;
  std::string best = fallback.empty() ? "UTF-8" : fallback;
  double best_readable = fallback.empty() ? 0.0 : readable_share(sample, fallback);
  bool detector_sure = false;
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* detector = ucsdet_open(&status);
  ucsdet_setText(detector, sample.data(), static_cast<int32_t>(sample.size()), &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector, &count, &status);
  std::string guess;
  for (int32_t k = 0; U_SUCCESS(status) && k < count; ++k) {
    UErrorCode match_status = U_ZERO_ERROR;
    const char* name = ucsdet_getName(matches[k], &match_status);
    const int32_t confidence = ucsdet_getConfidence(matches[k], &match_status);
    if (U_FAILURE(match_status) || !name || !is_known_encoding(name)) continue;  // a name no converter opens
    if (guess.empty()) guess = fmt::format("{} (confidence {})", name, confidence);
    const double readable = readable_share(sample, name);
    // Sure: a confident first guess that reads, with no close second (short
    // Korean text scores 100 for both EUC-KR and GB18030).
    const bool clear_lead = count == 1 || confidence - ucsdet_getConfidence(matches[1], &match_status) >= kMinLead;
    if (k == 0 && confidence >= kSureConfidence && clear_lead && readable >= kSureReadable) {
      detector_sure = true;
      best = name;
      break;
    }
    if (readable > best_readable) {
      best = name;
      best_readable = readable;
    }
  }
  ucsdet_close(detector);
  if (!detector_sure) {
    note = fmt::format("encoding unsure (the detector's guess: {}); decoded as {}{}", guess.empty() ? "none" : guess,
                       best, fallback.empty() ? ", give a fallback with --encoding auto:NAME" : "");
  }
  return best;
}

// A byte-order mark decides, then valid UTF-8 stays UTF-8, then the detector.
std::string sniff_encoding(std::string_view sample, const std::string& fallback, std::string& note) {
  if (sample.substr(0, 3) == "\xEF\xBB\xBF") return "UTF-8";
  if (sample.substr(0, 2) == "\xFF\xFE" || sample.substr(0, 2) == "\xFE\xFF") return "UTF-16";
  if (valid_utf8_prefix(sample)) return "UTF-8";
  return detect_encoding(sample, fallback, note);
}

}  // namespace

bool is_known_encoding(const std::string& encoding) {
  const std::string name = lower(encoding);
  if (name == "auto" || name == "utf-8" || name == "utf8") return true;
  if (name.rfind("auto:", 0) == 0) return is_known_encoding(encoding.substr(5));
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(icu_encoding_name(encoding).c_str(), &status);
  if (converter) ucnv_close(converter);
  return U_SUCCESS(status);
}

std::unique_ptr<ByteSource> decode_input(std::unique_ptr<ByteSource> source, const std::string& encoding,
                                         const std::string& display_name, DecodeInfo* info, bool keep_raw) {
  std::string name = lower(encoding);
  if (info) info->encoding = "utf-8";
  if (name == "utf-8" || name == "utf8") return source;
  if (name == "auto" || name.rfind("auto:", 0) == 0) {
    const std::string fallback = name == "auto" ? "" : encoding.substr(5);
    std::string sample(kSniffBytes, '\0');
    std::size_t have = 0;
    while (have < sample.size()) {
      const std::size_t n = source->read(sample.data() + have, sample.size() - have);
      if (n == 0) break;
      have += n;
    }
    sample.resize(have);
    std::string unsure;
    name = sniff_encoding(sample, fallback, unsure);
    if (info) info->note = std::move(unsure);
    source = std::make_unique<PrefixedSource>(std::move(sample), std::move(source));
    if (lower(name) == "utf-8") return source;
  }
  if (info) info->encoding = name;
  if (keep_raw && info && newline_is_one_byte(icu_encoding_name(name))) {
    auto tap = std::make_unique<RawTap>(std::move(source));
    info->raw = tap.get();
    source = std::move(tap);
  }
  return std::make_unique<DecodingSource>(std::move(source), name, display_name);
}

}  // namespace newsclean
