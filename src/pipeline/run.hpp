// The run: expands the inputs (files, folders, stdin), reads articles, cleans
// them and hands them to the sink, counting everything so that articles read
// equal articles written plus rejected plus reported empty.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "io/article_reader.hpp"
#include "learn/line_counter.hpp"
#include "learn/site.hpp"
#include "output/sink.hpp"
#include "pipeline/cleaner.hpp"
#include "rules/rule_set.hpp"

namespace re2 {
class RE2;
}

namespace newsclean {

// What to do with an article that is not valid UTF-8.
enum class InvalidMode { kReplace, kSkip, kFail };

// --learn-from-input: a counting pass over the inputs first, then the
// cleaning pass with what repeats across each site's articles as evidence.
struct LearnWhileCleaning {
  bool enabled = false;
  LearnThresholds thresholds{3, 0.05};
  SiteSource sites;
  std::vector<std::string> counts_in;  // counts saved earlier (--save-counts format), added first
  std::string counts_out;              // save the counts here, the run's own added
  std::size_t max_keys = 100000;       // distinct lines kept while counting (lossy counting past it)
};

struct Config {
  std::vector<std::string> inputs;  // "-" is stdin
  std::string output = "-";
  std::string output_dir;  // non-empty: one output per input file
  std::string rejects;     // empty: none
  std::string glob;        // folders: only file names matching this
  bool stats = false;
  std::string stats_json;  // empty: none
  std::size_t threads = 1;
  InvalidMode invalid = InvalidMode::kReplace;
  bool progress = false;  // a progress line on stderr
  SinkOptions sink;
  ReaderOptions reader;
  CleanOptions clean;
  LearnWhileCleaning learn;
  std::shared_ptr<const RuleSet> rules;
  std::shared_ptr<const re2::RE2> separator;  // owns what reader.separator points to
};

struct RunStats {
  std::size_t inputs = 0;
  std::size_t articles_read = 0;
  std::size_t written = 0;
  std::size_t rejected = 0;
  std::size_t empty = 0;             // no text at all in the input: reported, not written
  std::size_t emptied = 0;           // written, but everything was removed
  std::size_t kept_densest_run = 0;  // everything would have gone: the densest prose run was kept
  std::size_t unwrapped = 0;         // hard-wrapped articles whose paragraphs were joined
  std::size_t lines_joined = 0;      // ... the wrapped lines joined (not in lines_in)
  std::size_t learned_from = 0;      // --learn-from-input: articles counted (saved counts included)
  std::size_t learned_lines = 0;     // ... lines found repeated, over all sites
  std::size_t lines_in = 0;
  std::size_t lines_dropped = 0;
  std::size_t lines_edited = 0;
  std::size_t invalid_bytes = 0;
  std::size_t bytes_in = 0;   // input text of the articles read
  std::size_t bytes_out = 0;  // output written
  std::size_t problems = 0;   // inputs or records skipped, each with a message
  std::map<std::string, std::size_t> by_category;
  std::map<std::string, std::size_t> by_rule;
  std::map<std::string, std::size_t> by_encoding;  // inputs per encoding they were decoded from
};

// Runs the whole job; messages go to stderr as "newsclean: WHERE: WHAT".
// Returns the exit status: 0 all well, 1 something skipped, 2 output failed
// or --invalid=fail met bad UTF-8.
int run(const Config& config, RunStats& stats);

// Reads and cleans like run(), single-threaded, but hands each cleaned
// article to visit instead of writing output. For report and tools.
int for_each_cleaned(const Config& config, RunStats& stats, const std::function<void(const Article&)>& visit);

// The statistics as printed by --stats, and as written by --stats-json.
std::string format_stats(const RunStats& stats);
std::string format_stats_json(const RunStats& stats);

// Merges counts of part into total.
void add_stats(RunStats& total, const RunStats& part);

}  // namespace newsclean
