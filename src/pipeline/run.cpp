#include "pipeline/run.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <system_error>
#include <unordered_map>

#include "io/input_files.hpp"
#include "io/json.hpp"
#include "io/spool.hpp"
#include "learn/count_pass.hpp"
#include "output/writer.hpp"
#include "pipeline/ordered_pool.hpp"
#include "pipeline/progress.hpp"
#include "text/utf8.hpp"

namespace newsclean {
namespace {

namespace fs = std::filesystem;

// Articles travel in batches: per-article hand-offs between threads cost more
// than cleaning a short article. A batch closes at either limit.
constexpr std::size_t kBatchJobs = 64;
constexpr std::size_t kBatchBytes = 1 << 18;
// Batches in flight per worker: enough to keep workers busy, few enough that
// memory stays bounded (a few MB per worker).
constexpr std::size_t kWindowPerThread = 4;

std::string message(const std::string& where, const std::string& what) {
  return fmt::format("newsclean: {}: {}\n", where, what);
}

using Input = InputFile;

// Where --output-dir puts an input's output: its relative path, without a
// compression suffix, with .jsonl for JSONL output.
std::string output_path(const Config& config, const Input& input) {
  std::string relative = input.relative;
  for (const std::string_view suffix : {".gz", ".zst"}) {
    if (relative.size() > suffix.size() &&
        relative.compare(relative.size() - suffix.size(), suffix.size(), suffix) == 0) {
      relative.resize(relative.size() - suffix.size());
    }
  }
  if (config.sink.format == OutputFormat::kJsonl && fs::path(relative).extension() != ".jsonl") relative += ".jsonl";
  return (fs::path(config.output_dir) / relative).string();
}

std::size_t first_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = next_code_point(text, i);
    if (cp == 0xFFFD && text.substr(start, 3) != "\xEF\xBF\xBD") return start;
  }
  return std::string_view::npos;
}

// Line counts go to stats (in writer order); per-rule counts go to the
// worker's own tallies, keyed by rule, merged once at the end: maps per
// article made writing (one thread at a time) the bottleneck.
void count_article(const Article& article, RunStats& stats, std::unordered_map<const Rule*, std::size_t>& by_rule) {
  bool any_kept = false;
  for (const Line& line : article.lines) {
    if (line.blank()) continue;
    ++stats.lines_in;
    if (line.dropped()) {
      ++stats.lines_dropped;
      ++by_rule[line.dropped_by];
      continue;
    }
    any_kept = true;
    for (const Edit& edit : line.edits) ++by_rule[edit.rule];
    stats.lines_edited += !line.edits.empty();
  }
  stats.emptied += !any_kept;
  stats.invalid_bytes += article.invalid_bytes;
}

// The size of all inputs when it is known (plain files only): compressed
// files and stdin make it unknown (0).
std::size_t total_input_bytes(const std::vector<Input>& inputs) {
  std::size_t total = 0;
  for (const Input& input : inputs) {
    std::error_code error;
    const auto size = input.path == "-" ? 0 : fs::file_size(input.path, error);
    const std::string ext = fs::path(input.path).extension().string();
    if (error || size == 0 || ext == ".gz" || ext == ".zst") return 0;
    total += size;
  }
  return total;
}

// What the reader hands the workers.
struct Job {
  enum class Kind { kArticle, kReject, kInputStart, kInputEnd, kMessage } kind = Kind::kMessage;
  Article article;
  Reject reject;
  std::size_t input = 0;
  std::string text;          // kMessage, kInputEnd: a message for stderr
  bool empty_input = false;  // kInputEnd: the input held no article
  std::string encoding;      // kInputStart: what the input was decoded from
};

// What a worker hands the writer.
struct Done {
  Job::Kind kind = Job::Kind::kMessage;
  std::size_t input = 0;
  std::string output;                     // formatted article
  bool written = false;                   // output belongs in the output file
  std::string messages;                   // for stderr, in input order
  std::size_t bytes = 0;                  // input bytes of the article, for the progress line
  std::string first_invalid;              // "line L, byte B" of the first bad UTF-8, if any
  bool empty_input = false;               // kInputEnd: the input held no article
  std::string reject;                     // a record for --rejects
  std::shared_ptr<TempFile> reject_file;  // ... or one too large to hold, in a file
  RunStats stats;
  bool fatal = false;  // --invalid=fail met bad UTF-8
};

class Runner {
 public:
  Runner(const Config& config, RunStats& stats, std::function<void(const Article&)> visit = {})
      : config_(config), stats_(stats), sink_(make_sink(config.sink)), visit_(std::move(visit)) {
    // The workers share one compiled rule set. RE2 matches from any thread,
    // its DFA states shared (a worker's own copy cost 23 MB of DFA states
    // and programs on real pages, and ran no faster: docs/performance.md,
    // session 15); RuleSet compiles each bucket once, whichever asks first.
    rule_hits_.resize(std::max<std::size_t>(1, config.threads));
  }

  int run() {
    std::string early;
    inputs_ =
        list_input_files(config_.inputs.empty() ? std::vector<std::string>{"-"} : config_.inputs, config_.glob, early);
    if (!early.empty()) ++stats_.problems;
    std::fputs(early.c_str(), stderr);
    CleanOptions clean = config_.clean;
    if (config_.learn.enabled && !learn_from_inputs(clean)) return 2;
    for (std::size_t w = 0; w < rule_hits_.size(); ++w) {
      cleaners_.push_back(std::make_unique<Cleaner>(*config_.rules, clean));
    }
    if (config_.progress) progress_.start(total_input_bytes(inputs_));
    if (config_.output_dir.empty() && !visit_) writer_ = std::make_unique<Writer>(config_.output);
    if (!config_.rejects.empty()) rejects_ = std::make_unique<Writer>(config_.rejects);

    if (config_.threads <= 1 || visit_) {
      Job job;
      while (next_job(job)) {
        Done done = process(0, job);
        if (!write(done)) break;
      }
    } else {
      using Batch = std::vector<Job>;
      using Results = std::vector<Done>;
      const auto produce = [this](Batch& batch) {
        std::size_t bytes = 0;
        Job job;
        while (batch.size() < kBatchJobs && bytes < kBatchBytes && next_job(job)) {
          bytes += job.article.raw.size();
          batch.push_back(std::move(job));
        }
        return !batch.empty();
      };
      const auto transform = [this](std::size_t worker, Batch& batch) {
        Results results;
        results.reserve(batch.size());
        for (Job& job : batch) results.push_back(process(worker, job));
        return results;
      };
      const auto consume = [this](Results& results) {
        for (Done& done : results) {
          if (!write(done)) return false;
        }
        return true;
      };
      OrderedPool<Batch, Results>::run(config_.threads, config_.threads * kWindowPerThread, produce, transform,
                                       consume);
    }
    progress_.clear();
    if (fatal_) return 2;
    for (const auto& hits : rule_hits_) {
      for (const auto& [rule, n] : hits) {
        stats_.by_rule[rule->id] += n;
        stats_.by_category[rule->category] += n;
      }
    }
    if (writer_) writer_->commit();
    if (rejects_) rejects_->commit();
    if (config_.stats) std::fputs(format_stats(stats_).c_str(), stderr);
    if (!config_.stats_json.empty()) {
      Writer json(config_.stats_json);
      json.write(format_stats_json(stats_));
      json.commit();
    }
    return stats_.problems > 0 ? 1 : 0;
  }

 private:
  // --learn-from-input: counts every input's lines per site (stdin copied
  // to a file first, to be read twice), then hands the cleaners what repeats.
  // Inputs that cannot be read are left to the cleaning pass to report.
  // False when saved counts cannot be read or the counts cannot be saved.
  bool learn_from_inputs(CleanOptions& clean) {
    const LearnWhileCleaning& learn = config_.learn;
    // Counts that are saved stay exact; one-shot evidence keeps first sightings as bits.
    LineCounter counter(learn.max_keys, learn.counts_out.empty());
    for (const std::string& path : learn.counts_in) {
      if (std::string error = counter.merge(path); !error.empty()) {
        std::fputs(message("--counts", error).c_str(), stderr);
        return false;
      }
    }
    for (Input& input : inputs_) {
      if (input.path != "-") continue;
      try {
        if (!spool_) spool_ = spool_stdin();
        input.spooled = spool_->path();
      } catch (const InputError& error) {
        std::fprintf(stderr, "newsclean: %s\n", error.what());
        return false;
      }
    }
    CountOptions options;
    options.reader = config_.reader;
    options.reader.keep_records = false;  // the cleaning pass writes the rejects
    options.sites = learn.sites;
    count_inputs(inputs_, options, counter);
    if (!learn.counts_out.empty()) {
      if (std::string error = counter.save(learn.counts_out); !error.empty()) {
        std::fputs(message("--save-counts", error).c_str(), stderr);
        return false;
      }
    }
    auto evidence = std::make_shared<const SiteEvidence>(counter, learn.thresholds);
    stats_.learned_from = counter.articles();
    stats_.learned_lines = evidence->size();
    clean.evidence = std::move(evidence);
    return true;
  }

  // Reader side: one job per article or reject, with markers around each input.
  bool next_job(Job& job) {
    job = Job();
    for (;;) {
      if (!reader_) {
        if (next_input_ >= inputs_.size()) return false;
        const std::size_t index = next_input_++;
        job.input = index;
        try {
          reader_ = std::make_unique<ArticleReader>(inputs_[index], config_.reader);
        } catch (const InputError& error) {
          job.kind = Job::Kind::kMessage;
          job.text = fmt::format("newsclean: {}\n", error.what());
          return true;
        }
        current_input_ = index;
        job.kind = Job::Kind::kInputStart;
        if (!reader_->decoded().note.empty()) {
          job.text = fmt::format("newsclean: {}: {}\n", inputs_[index].name, reader_->decoded().note);
        }
        job.encoding = reader_->decoded().encoding;
        return true;
      }
      job.input = current_input_;
      try {
        const ArticleReader::Next next = reader_->next(job.article, job.reject);
        if (next == ArticleReader::Next::kArticle) {
          job.kind = Job::Kind::kArticle;
          if (config_.learn.enabled)
            job.article.site = site_of(job.article, inputs_[current_input_], config_.learn.sites);
          return true;
        }
        if (next == ArticleReader::Next::kReject) {
          job.kind = Job::Kind::kReject;
          return true;
        }
        job.kind = Job::Kind::kInputEnd;
        job.empty_input = reader_->count() == 0;
      } catch (const InputError& error) {
        job.kind = Job::Kind::kInputEnd;
        job.text = fmt::format("newsclean: {}\n", error.what());
      }
      reader_.reset();
      return true;
    }
  }

  // Worker side: clean and format; no shared state is touched.
  Done process(std::size_t worker, Job& job) {
    Cleaner& cleaner = *cleaners_[worker];
    Done done;
    done.kind = job.kind;
    done.input = job.input;
    if (job.kind == Job::Kind::kReject) {
      ++done.stats.articles_read;
      ++done.stats.rejected;
      ++done.stats.problems;
      done.messages = message(job.reject.where, job.reject.reason);
      done.reject = std::move(job.reject.raw);
      done.reject_file = std::move(job.reject.file);
      return done;
    }
    if (job.kind != Job::Kind::kArticle) {
      done.messages = std::move(job.text);
      done.empty_input = job.empty_input;
      if (job.kind == Job::Kind::kInputStart) ++done.stats.by_encoding[job.encoding];
      return done;
    }
    Article& article = job.article;
    ++done.stats.articles_read;
    done.bytes = article.raw.size();
    done.stats.bytes_in = done.bytes;
    const std::string where = fmt::format("{}:{}", article.source, article.first_line);
    if (article.raw.find('\0') != std::string::npos) {
      return reject(done, where, "binary data (NUL bytes), article skipped", article);
    }
    if (config_.invalid != InvalidMode::kReplace) {
      if (const std::size_t bad = first_invalid_utf8(article.raw); bad != std::string::npos) {
        const std::string why = fmt::format("invalid UTF-8 at byte {} of the article", bad);
        if (config_.invalid == InvalidMode::kFail) {
          done.fatal = true;
          done.messages = message(where, why);
          return done;
        }
        return reject(done, where, why + ", article skipped", article);
      }
    }
    cleaner.clean(article);
    if (article.lines.empty()) {
      ++done.stats.empty;
      ++done.stats.problems;
      done.messages = message(where, "empty article (no text), not written");
      return done;
    }
    count_article(article, done.stats, rule_hits_[worker]);
    done.stats.unwrapped += article.joined_lines > 0;
    done.stats.lines_joined += article.joined_lines;
    if (article.kept_densest_run) {
      ++done.stats.kept_densest_run;
      done.messages = message(where, "every line would have gone; kept the densest prose run (see --explain)");
    }
    if (article.invalid_bytes > 0) {
      done.first_invalid = fmt::format("line {}, byte {}", article.first_invalid_line, article.first_invalid_column);
    }
    ++done.stats.written;
    if (visit_) {
      visit_(article);
      return done;
    }
    sink_->format(article, done.output);
    done.written = true;
    return done;
  }

  Done& reject(Done& done, const std::string& where, const std::string& why, const Article& article) {
    ++done.stats.rejected;
    ++done.stats.problems;
    done.messages = message(where, why);
    done.reject = article.record.empty() ? article.raw : article.record;
    return done;
  }

  // Writer side, in input order.
  bool write(Done& done) {
    if (done.fatal) {
      std::fputs(done.messages.c_str(), stderr);
      fatal_ = true;
      return false;
    }
    switch (done.kind) {
      case Job::Kind::kInputStart:
        if (!done.messages.empty()) std::fputs(done.messages.c_str(), stderr);  // a warning: not a problem
        add_stats(stats_, done.stats);                                          // the input's encoding
        ++stats_.inputs;
        invalid_at_start_ = stats_.invalid_bytes;
        first_invalid_.clear();
        rejected_at_start_ = stats_.rejected;
        articles_in_output_ = 0;
        if (!config_.output_dir.empty() && !visit_) {
          const std::string path = output_path(config_, inputs_[done.input]);
          std::error_code error;
          fs::create_directories(fs::path(path).parent_path(), error);
          writer_ = std::make_unique<Writer>(path);
        }
        return true;
      case Job::Kind::kInputEnd: finish_input(done); return true;
      default: break;
    }
    if (!done.messages.empty()) {
      progress_.clear();
      std::fputs(done.messages.c_str(), stderr);
    }
    if (done.kind == Job::Kind::kMessage && !done.messages.empty()) ++stats_.problems;
    progress_.advance(done.bytes, stats_.articles_read + done.stats.articles_read);
    if (first_invalid_.empty()) first_invalid_ = done.first_invalid;
    add_stats(stats_, done.stats);
    if (done.reject_file && rejects_) {
      try {
        copy_file(*done.reject_file, [&](std::string_view bytes) { rejects_->write(bytes); });
      } catch (const InputError& error) {
        std::fprintf(stderr, "newsclean: %s\n", error.what());
        ++stats_.problems;
      }
    }
    if (!done.reject.empty() && rejects_) {
      rejects_->write(done.reject);
      if (done.reject.back() != '\n') rejects_->write("\n");
    }
    if (done.written && writer_) {
      if (articles_in_output_++ > 0) {
        writer_->write(sink_->separator());
        stats_.bytes_out += sink_->separator().size();
      }
      writer_->write(done.output);
      stats_.bytes_out += done.output.size();
    }
    return true;
  }

  void finish_input(const Done& done) {
    const std::string& name = inputs_[done.input].name;
    if (done.empty_input && stats_.rejected == rejected_at_start_) {
      std::fputs(message(name, "empty input, no article").c_str(), stderr);
      ++stats_.problems;
    } else if (!done.messages.empty()) {
      std::fputs(done.messages.c_str(), stderr);  // the input failed part way
      ++stats_.problems;
    }
    if (stats_.invalid_bytes > invalid_at_start_) {
      std::fputs(message(name, fmt::format("{} invalid UTF-8 sequence(s) replaced with U+FFFD (first at {})",
                                           stats_.invalid_bytes - invalid_at_start_, first_invalid_))
                     .c_str(),
                 stderr);
    }
    if (!config_.output_dir.empty() && writer_) {
      writer_->commit();
      writer_.reset();
    }
  }

  const Config& config_;
  RunStats& stats_;
  std::unique_ptr<Sink> sink_;
  std::function<void(const Article&)> visit_;
  std::vector<std::unordered_map<const Rule*, std::size_t>> rule_hits_;  // per worker
  std::vector<std::unique_ptr<Cleaner>> cleaners_;
  std::vector<Input> inputs_;
  std::unique_ptr<TempFile> spool_;  // stdin, when --learn-from-input reads it twice
  std::unique_ptr<Writer> writer_;
  std::unique_ptr<Writer> rejects_;
  // Reader state.
  std::unique_ptr<ArticleReader> reader_;
  std::size_t next_input_ = 0;
  std::size_t current_input_ = 0;
  // Writer state.
  std::size_t articles_in_output_ = 0;
  std::size_t invalid_at_start_ = 0;
  std::size_t rejected_at_start_ = 0;
  std::string first_invalid_;
  bool fatal_ = false;
  Progress progress_;
};

}  // namespace

int run(const Config& config, RunStats& stats) {
  return Runner(config, stats).run();
}

int for_each_cleaned(const Config& config, RunStats& stats, const std::function<void(const Article&)>& visit) {
  return Runner(config, stats, visit).run();
}

}  // namespace newsclean
