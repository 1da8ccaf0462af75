#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "learn/line_counter.hpp"
#include "learn/site_evidence.hpp"
#include "pipeline/cleaner.hpp"
#include "text/normalize.hpp"

using namespace newsclean;

namespace {

const char* const kDisclaimer =
    "This series is supported by a grant from the Harbor Foundation, which has no say in it.";
const char* const kFooter = "Harbor Gazette weekly edition";

// An article of the Harbor Gazette: headline, a story of its own sentences
// with the standing disclaimer inside, and the site's footer below.
std::string gazette_article(int n) {
  const std::string id = std::to_string(n);
  return "Ferry timetable " + id + " changes at the north pier\n\n" + "The council met on day " + id +
         " to discuss the ferry timetable and the repairs on the north pier.\n" + kDisclaimer + "\n" +
         "Residents asked question " + id + " about the night crossings, which stop in winter.\n" +
         "The harbor master said crew number " + id + " would keep the early boat running.\n\n" + kFooter + "\n";
}

std::vector<std::string> normalized(const std::string& text) {
  std::vector<std::string> lines;
  for (NormalizedLine& line : normalize_text(text).lines) lines.push_back(std::move(line.text));
  return lines;
}

}  // namespace

TEST_CASE("site evidence: a repeated line outside the story goes, a repeated sentence inside it stays", "[learn]") {
  LineCounter counts;
  for (int n = 0; n < 6; ++n) {
    const std::vector<std::string> lines = normalized(gazette_article(n));
    counts.add_article("gazette.example", lines, lines.size());
  }
  counts.add_article("other.example", normalized(gazette_article(99)), 99);
  auto evidence = std::make_shared<const SiteEvidence>(counts, LearnThresholds{3, 0.05});
  CHECK(evidence->find("gazette.example", kFooter) != nullptr);
  CHECK(evidence->find("other.example", kFooter) == nullptr);  // one article there: no evidence

  const RuleSet rules({});
  CleanOptions options;
  options.evidence = evidence;
  Cleaner cleaner(rules, options);
  Article article;
  article.raw = gazette_article(7);
  article.site = "gazette.example";
  cleaner.clean(article);
  bool disclaimer_kept = false, footer_learned = false, title_kept = false;
  for (std::size_t i = 0; i < article.lines.size(); ++i) {
    const Line& line = article.lines[i];
    if (line.text == kDisclaimer) disclaimer_kept = line.visible();
    if (line.text == kFooter && line.dropped()) {
      footer_learned =
          line.dropped_by->id == "learned:gazette.example" && line.dropped_by->evidence == "seen in 6 of 6 articles";
    }
    if (article.title == i) title_kept = line.visible();
  }
  CHECK(disclaimer_kept);
  CHECK(footer_learned);
  CHECK(title_kept);

  // Another site's article with the same footer keeps it: evidence is per site.
  Article other;
  other.raw = gazette_article(8);
  other.site = "other.example";
  cleaner.clean(other);
  CHECK(std::any_of(other.lines.begin(), other.lines.end(),
                    [](const Line& line) { return line.text == kFooter && line.visible(); }));
}

TEST_CASE("site evidence: bare numbers are no evidence", "[learn]") {
  LineCounter counts;
  for (int n = 0; n < 5; ++n) counts.add_article("shop.example", {"$139.00", "Price list " + std::to_string(n)}, 2);
  const SiteEvidence evidence(counts, LearnThresholds{3, 0.05});
  CHECK(evidence.find("shop.example", "$164.99") == nullptr);
  CHECK(evidence.find("shop.example", "Price list 12") != nullptr);  // a number inside a label folds away
  CHECK(evidence.size() == 1);
}

TEST_CASE("seen once: a line is remembered for a million lines, and few unseen lines pass for seen", "[learn]") {
  SeenOnce seen;
  CHECK_FALSE(seen.seen_or_add(42));
  CHECK(seen.seen_or_add(42));
  std::size_t false_positives = 0;
  for (std::uint64_t h = 1; h <= (1u << 20); ++h) false_positives += seen.seen_or_add(h * 0x9E3779B97F4A7C15ULL);
  CHECK(false_positives < (1u << 20) / 50);  // under 2%
  CHECK(seen.seen_or_add(42));               // still remembered a million lines later
  for (std::uint64_t h = 1; h <= (2u << 20); ++h) seen.seen_or_add(h * 0xD1B54A32D192ED03ULL);
  CHECK_FALSE(seen.seen_or_add(42));  // two generations later, forgotten
}

TEST_CASE("line counter: with first sightings as bits, a line's first sighting counts once it repeats", "[learn]") {
  LineCounter counts(1000, true);
  counts.add_article("a.example", {"Share this story", "A sentence of its own, number one."}, 2);
  counts.add_article("a.example", {"Share this story", "Another sentence, number two here."}, 2);
  std::size_t lines = 0;
  counts.for_each_repeated({2, 0.5}, [&](const LineCounter::Repeated& line) {
    ++lines;
    CHECK(line.example == "Share this story");
    CHECK(line.articles == 2);
    CHECK(line.site_articles == 2);
  });
  CHECK(lines == 1);
}
