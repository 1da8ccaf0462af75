// The progress line on stderr for long runs: bytes done of the total when
// the input sizes are known, MB/s, articles, time left. Redrawn at most four
// times a second; erased before any message and at the end.
#pragma once

#include <chrono>
#include <cstddef>

namespace newsclean {

class Progress {
 public:
  void start(std::size_t total_bytes);
  // Counts an article's bytes; redraws when a quarter second has passed.
  void advance(std::size_t bytes, std::size_t articles);
  // Erases the line (before a message, and at the end).
  void clear();

 private:
  bool enabled_ = false;
  bool shown_ = false;
  std::size_t total_ = 0;
  std::size_t done_ = 0;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace newsclean
