// Learning's counting pass: reads every input and counts each article's
// normalised lines for its site. `learn` proposes rules from the counts;
// --learn-from-input turns them into evidence for the cleaning pass.
#pragma once

#include <string>
#include <vector>

#include "io/article_reader.hpp"
#include "io/input_files.hpp"
#include "learn/line_counter.hpp"
#include "learn/site.hpp"

namespace newsclean {

struct CountOptions {
  ReaderOptions reader;
  SiteSource sites;
  // Find the story's end in each article (the page model), so that only a
  // line below it can count as a list marker; costs a page-model pass. Off,
  // any line may count as one: the cleaning pass of --learn-from-input cuts
  // at a marker only below the story as it finds it there.
  bool markers_below_story = false;
};

// Counts every article of the inputs. Returns "newsclean: WHERE: WHAT" lines
// for inputs and records it could not read (skipped here).
std::string count_inputs(const std::vector<InputFile>& inputs, const CountOptions& options, LineCounter& counter);

}  // namespace newsclean
