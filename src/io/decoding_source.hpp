// Input encodings: wraps a byte source and converts it to UTF-8 with ICU, so
// every later stage sees UTF-8. "auto" follows a byte-order mark, keeps input
// that is valid UTF-8 as it is, and otherwise asks ICU's charset detector.
#pragma once

#include <memory>
#include <string>

#include "io/byte_source.hpp"
#include "io/raw_tap.hpp"

namespace newsclean {

// What decode_input chose for an input.
struct DecodeInfo {
  std::string encoding;   // "utf-8", or the name given or detected ("cp949", "EUC-KR")
  std::string note;       // with auto: a message for the user when the detector was unsure
  RawTap* raw = nullptr;  // with keep_raw and a decoded input: its bytes as read (owned by the source)
};

// encoding: "utf-8" (no conversion), "auto", or an ICU converter name such as
// "euc-kr", "cp949", "shift_jis", "gb18030", "utf-16". Throws InputError for
// an unknown name. "auto:NAME" is "auto" with a fallback for when the
// detector is unsure (short files): NAME, when it decodes the sample at least
// as readably. info (when given) says what was chosen. keep_raw: when the
// input is decoded from an ASCII-compatible encoding, tap its bytes as read
// (info->raw) for --rejects.
std::unique_ptr<ByteSource> decode_input(std::unique_ptr<ByteSource> source, const std::string& encoding,
                                         const std::string& display_name, DecodeInfo* info = nullptr,
                                         bool keep_raw = false);

// The ICU converter for a name users type: Microsoft's code pages for the
// Korean, Japanese and Chinese names ("cp949" -> "windows-949-2000"); any
// other name as it is.
std::string icu_encoding_name(const std::string& name);

// True when ICU knows the encoding name (or it is "auto").
bool is_known_encoding(const std::string& encoding);

}  // namespace newsclean
