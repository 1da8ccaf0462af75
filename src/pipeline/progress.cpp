#include "pipeline/progress.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <string>

namespace newsclean {

void Progress::start(std::size_t total_bytes) {
  enabled_ = true;
  total_ = total_bytes;
  start_ = last_ = std::chrono::steady_clock::now();
}
void Progress::advance(std::size_t bytes, std::size_t articles) {
  if (!enabled_) return;
  done_ += bytes;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double mb = static_cast<double>(done_) / 1048576.0;
  std::string line = fmt::format("\rnewsclean: {:.1f} MB", mb);
  if (total_ > 0) {
    line = fmt::format("\rnewsclean: {:3.0f}% {:.1f}/{:.1f} MB",
                       100.0 * static_cast<double>(done_) / static_cast<double>(total_), mb,
                       static_cast<double>(total_) / 1048576.0);
  }
  const double rate = seconds > 0 ? mb / seconds : 0;
  line += fmt::format(", {:.1f} MB/s, {} articles", rate, articles);
  if (total_ > 0 && rate > 0 && done_ < total_) {
    const auto left = static_cast<long>(static_cast<double>(total_ - done_) / 1048576.0 / rate);
    line += fmt::format(", {}:{:02d} left", left / 60, left % 60);
  }
  std::fputs((line + "\x1b[K").c_str(), stderr);
  shown_ = true;
}
void Progress::clear() {
  if (!shown_) return;
  std::fputs("\r\x1b[K", stderr);
  shown_ = false;
}

}  // namespace newsclean
