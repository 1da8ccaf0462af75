#include "io/byte_source.hpp"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include <fmt/format.h>

namespace newsclean {
namespace {

constexpr std::size_t kBlock = 1 << 18;

class FdSource final : public ByteSource {
 public:
  FdSource(int fd, bool owned, std::string name) : fd_(fd), owned_(owned), name_(std::move(name)) {}
  ~FdSource() override {
    if (owned_) ::close(fd_);
  }
  FdSource(const FdSource&) = delete;
  FdSource& operator=(const FdSource&) = delete;

  std::size_t read(char* buffer, std::size_t size) override {
    // Bytes peeked at open time are served first.
    if (!pushed_back_.empty()) {
      const std::size_t n = std::min(size, pushed_back_.size());
      std::memcpy(buffer, pushed_back_.data(), n);
      pushed_back_.erase(pushed_back_.begin(), pushed_back_.begin() + static_cast<std::ptrdiff_t>(n));
      return n;
    }
    for (;;) {
      const ssize_t n = ::read(fd_, buffer, size);
      if (n >= 0) return static_cast<std::size_t>(n);
      if (errno == EINTR) continue;
      throw InputError(fmt::format("{}: read failed: {}", name_, std::strerror(errno)));
    }
  }

  void push_back(const char* data, std::size_t size) { pushed_back_.insert(pushed_back_.end(), data, data + size); }
  const std::string& name() const { return name_; }

 private:
  int fd_;
  bool owned_;
  std::string name_;
  std::vector<char> pushed_back_;
};

class GzipSource final : public ByteSource {
 public:
  explicit GzipSource(std::unique_ptr<FdSource> inner) : inner_(std::move(inner)), in_(kBlock) {
    // 16 + MAX_WBITS: gzip wrapper only; concatenated members are handled below.
    if (inflateInit2(&stream_, 16 + MAX_WBITS) != Z_OK) throw InputError(inner_->name() + ": zlib init failed");
  }
  ~GzipSource() override { inflateEnd(&stream_); }
  GzipSource(const GzipSource&) = delete;
  GzipSource& operator=(const GzipSource&) = delete;

  std::size_t read(char* buffer, std::size_t size) override {
    stream_.next_out = reinterpret_cast<Bytef*>(buffer);
    stream_.avail_out = static_cast<uInt>(size);
    while (stream_.avail_out == size) {
      if (stream_.avail_in == 0) {
        const std::size_t n = inner_->read(in_.data(), in_.size());
        if (n == 0) {
          if (!finished_member_) throw InputError(inner_->name() + ": truncated gzip data");
          break;
        }
        stream_.next_in = reinterpret_cast<Bytef*>(in_.data());
        stream_.avail_in = static_cast<uInt>(n);
      }
      if (finished_member_) {
        inflateReset(&stream_);
        finished_member_ = false;
      }
      const int status = inflate(&stream_, Z_NO_FLUSH);
      if (status == Z_STREAM_END) {
        finished_member_ = true;
      } else if (status != Z_OK && status != Z_BUF_ERROR) {
        throw InputError(fmt::format("{}: corrupt gzip data: {}", inner_->name(), stream_.msg ? stream_.msg : "?"));
      }
    }
    return size - stream_.avail_out;
  }

 private:
  std::unique_ptr<FdSource> inner_;
  std::vector<char> in_;
  z_stream stream_{};
  bool finished_member_ = false;
};

class ZstdSource final : public ByteSource {
 public:
  explicit ZstdSource(std::unique_ptr<FdSource> inner)
      : inner_(std::move(inner)), stream_(ZSTD_createDStream()), in_(ZSTD_DStreamInSize()) {
    if (!stream_) throw InputError(inner_->name() + ": zstd init failed");
    ZSTD_initDStream(stream_);
  }
  ~ZstdSource() override { ZSTD_freeDStream(stream_); }
  ZstdSource(const ZstdSource&) = delete;
  ZstdSource& operator=(const ZstdSource&) = delete;

  std::size_t read(char* buffer, std::size_t size) override {
    ZSTD_outBuffer out{buffer, size, 0};
    while (out.pos == 0) {
      if (input_.pos == input_.size) {
        const std::size_t n = inner_->read(in_.data(), in_.size());
        if (n == 0) {
          if (!frame_done_) throw InputError(inner_->name() + ": truncated zstd data");
          break;
        }
        input_ = {in_.data(), n, 0};
      }
      const std::size_t status = ZSTD_decompressStream(stream_, &out, &input_);
      if (ZSTD_isError(status)) {
        throw InputError(fmt::format("{}: corrupt zstd data: {}", inner_->name(), ZSTD_getErrorName(status)));
      }
      frame_done_ = status == 0;
    }
    return out.pos;
  }

 private:
  std::unique_ptr<FdSource> inner_;
  ZSTD_DStream* stream_;
  std::vector<char> in_;
  ZSTD_inBuffer input_{nullptr, 0, 0};
  bool frame_done_ = true;
};

}  // namespace

std::unique_ptr<ByteSource> open_input(const std::string& path, const std::string& display_name) {
  std::unique_ptr<FdSource> source;
  if (path == "-") {
    source = std::make_unique<FdSource>(STDIN_FILENO, false, display_name);
  } else {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw InputError(fmt::format("{}: cannot open: {}", display_name, std::strerror(errno)));
    source = std::make_unique<FdSource>(fd, true, display_name);
  }
  char magic[4];
  std::size_t have = 0;
  while (have < sizeof magic) {
    const std::size_t n = source->read(magic + have, sizeof magic - have);
    if (n == 0) break;
    have += n;
  }
  source->push_back(magic, have);
  if (have >= 2 && static_cast<unsigned char>(magic[0]) == 0x1F && static_cast<unsigned char>(magic[1]) == 0x8B) {
    return std::make_unique<GzipSource>(std::move(source));
  }
  if (have == 4 && std::memcmp(magic, "\x28\xB5\x2F\xFD", 4) == 0) {
    return std::make_unique<ZstdSource>(std::move(source));
  }
  return source;
}

}  // namespace newsclean
