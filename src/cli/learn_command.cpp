#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <cstdio>

#include "cli/commands.hpp"
#include "io/input_files.hpp"
#include "learn/count_pass.hpp"
#include "learn/line_counter.hpp"
#include "output/writer.hpp"

namespace newsclean {

CLI::App* add_learn_command(CLI::App& app, LearnOptions& o) {
  CLI::App* learn =
      app.add_subcommand("learn",
                         "Find lines that repeat across many articles (per site when the input names one) and write a "
                         "rule file proposing to remove them");
  learn->add_option("paths", o.inputs, "Files or folders to learn from (text or JSONL); '-' is stdin");
  learn->add_option("-o,--output", o.output, "Write the rule file here (default: stdout)");
  learn->add_option("--min-articles", o.min_articles, "Propose a line seen in at least this many articles of its site")
      ->default_val(20);
  learn->add_option("--min-share", o.min_share, "... and in at least this share of them (0.01 = 1%)")
      ->default_val(0.01);
  learn->add_option("--save-counts", o.save_counts, "Also save the counts here, to merge later (map-reduce)");
  learn->add_option("--merge", o.merge, "Add counts saved by --save-counts (repeatable)")->allow_extra_args(false);
  learn->add_option("--site-field", o.site_field, "JSONL field naming the site (default: site, domain, url, source)");
  learn->add_option("--text-field", o.text_field, "JSONL field holding the text")->default_val("text");
  learn->add_option("--max-keys", o.max_keys, "Distinct lines kept in memory before the rarest are dropped")
      ->default_val(1000000);
  return learn;
}

int run_learn(const LearnOptions& o) {
  LineCounter counter(o.max_keys);
  int status = 0;
  for (const std::string& path : o.merge) {
    if (std::string error = counter.merge(path); !error.empty()) {
      std::fprintf(stderr, "newsclean: %s\n", error.c_str());
      return 2;
    }
  }
  CountOptions options;
  options.reader.text_field = o.text_field;
  options.sites.field = o.site_field;
  options.markers_below_story = true;
  const std::vector<std::string> inputs =
      o.inputs.empty() && o.merge.empty() ? std::vector<std::string>{"-"} : o.inputs;
  std::string messages;
  const std::vector<InputFile> files = list_input_files(inputs, "", messages);
  messages += count_inputs(files, options, counter);
  if (!messages.empty()) {
    std::fputs(messages.c_str(), stderr);
    status = 1;
  }
  if (!o.save_counts.empty()) {
    if (std::string error = counter.save(o.save_counts); !error.empty()) {
      std::fprintf(stderr, "newsclean: %s\n", error.c_str());
      return 2;
    }
  }
  Writer out(o.output);
  out.write(counter.rules({o.min_articles, o.min_share}));
  out.commit();
  return status;
}

}  // namespace newsclean
