#include "output/writer.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include <fmt/format.h>

namespace newsclean {

Writer::Writer(const std::string& path) : path_(path) {
  if (path == "-") {
    fd_ = STDOUT_FILENO;
    return;
  }
  std::string pattern = path + ".tmp.XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  fd_ = ::mkstemp(name.data());
  if (fd_ < 0) throw OutputError(fmt::format("{}: cannot create: {}", path, std::strerror(errno)));
  temp_path_ = name.data();
  // mkstemp makes 0600; an output file should have the usual permissions.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd_, 0666 & ~mask);
}

Writer::~Writer() {
  if (!temp_path_.empty() && !committed_) {
    ::close(fd_);
    ::unlink(temp_path_.c_str());
  }
}

void Writer::flush() {
  std::size_t done = 0;
  while (done < buffer_.size()) {
    const ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE && temp_path_.empty()) throw BrokenPipe();
      const std::string where = path_ == "-" ? "<stdout>" : path_;
      throw OutputError(fmt::format("{}: write failed: {}", where, std::strerror(errno)));
    }
    done += static_cast<std::size_t>(n);
  }
  buffer_.clear();
}

void Writer::commit() {
  flush();
  if (temp_path_.empty()) return;
  if (::close(fd_) != 0) throw OutputError(fmt::format("{}: write failed: {}", path_, std::strerror(errno)));
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    const int error = errno;
    ::unlink(temp_path_.c_str());
    committed_ = true;
    throw OutputError(fmt::format("{}: cannot rename into place: {}", path_, std::strerror(error)));
  }
  committed_ = true;
}

}  // namespace newsclean
