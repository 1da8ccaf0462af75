// One rule of a rule file, as parsed: where it applies (scope), what it
// removes (category), how it matches (matcher) and what (pattern).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "text/lang.hpp"

namespace newsclean {

enum class Scope {
  kLine,    // drop a matching line anywhere
  kHead,    // drop a matching line above the body
  kTail,    // drop matching lines from the bottom up, stopping at the first other line
  kInline,  // remove the matched span, keep the rest of the line
  kCut,     // drop the matching line and all after it, once enough body precedes it
};
inline constexpr std::size_t kScopeCount = 5;

enum class Matcher { kExact, kPrefix, kContains, kRegex };

struct RuleExample {
  std::string text;
  bool must_match;  // "+ text": the rule removes or edits it; "- text": it does not
  std::size_t line;
};

struct Rule {
  Scope scope = Scope::kLine;
  std::string category;  // ui, duplead, byline, copyright, headlines, caption, ad, or the author's word
  Matcher matcher = Matcher::kExact;
  std::string pattern;
  std::size_t cut_min_chars = 0;  // kCut: characters of body needed above the cut
  std::string id;                 // "ko.rules:12": where to look when a removal surprises
  std::vector<Lang> langs;        // empty: every language
  std::vector<RuleExample> examples;
  std::string evidence;  // learned while cleaning: "seen in 412 of 530 articles"
};

// Standard categories, used by detectors and the JSONL fields.
namespace category {
inline constexpr const char* kUi = "ui";
inline constexpr const char* kDuplead = "duplead";
inline constexpr const char* kByline = "byline";
inline constexpr const char* kCopyright = "copyright";
inline constexpr const char* kHeadlines = "headlines";
inline constexpr const char* kCaption = "caption";
inline constexpr const char* kAd = "ad";
}  // namespace category

const char* scope_name(Scope scope);
const char* matcher_name(Matcher matcher);

}  // namespace newsclean
