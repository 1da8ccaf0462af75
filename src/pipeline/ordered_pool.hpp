// N threads that each read, transform and write: items are numbered as they
// are read, transformed in parallel, and consumed in the order they were
// read, so output is byte-identical to a single-threaded run. At most
// `window` items are in flight, which bounds memory whatever the input size.
//
// There is no reader thread and no writer thread: a worker reads its next
// item itself (one reader at a time), and whichever worker finishes the item
// that is next in line writes it and every ready item after it. With a
// thread per core, nothing else competes for the cores: separate reader and
// writer threads cost context switches and cache, about 10% of the CPU at
// -j2 on two cores (docs/performance.md).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace newsclean {

template <typename In, typename Out>
class OrderedPool {
 public:
  // produce(in) fills in and returns true, or returns false at the end.
  // transform(worker, in) runs on the worker threads (worker is
  // 0..threads-1; the calling thread is one of them). produce and consume
  // run on any worker, one call at a time; consume sees items in input
  // order, and returning false stops the run early.
  static void run(std::size_t threads, std::size_t window, const std::function<bool(In&)>& produce,
                  const std::function<Out(std::size_t, In&)>& transform, const std::function<bool(Out&)>& consume) {
    OrderedPool pool(window, produce, transform, consume);
    std::vector<std::thread> others;
    for (std::size_t w = 1; w < threads; ++w) others.emplace_back([&pool, w] { pool.work(w); });
    pool.work(0);
    for (std::thread& thread : others) thread.join();
    if (pool.error_) std::rethrow_exception(pool.error_);
  }

 private:
  OrderedPool(std::size_t window, const std::function<bool(In&)>& produce,
              const std::function<Out(std::size_t, In&)>& transform, const std::function<bool(Out&)>& consume)
      : window_(window == 0 ? 1 : window), produce_(produce), transform_(transform), consume_(consume) {}

  void work(std::size_t worker) {
    try {
      for (;;) {
        In item;
        std::size_t seq = 0;
        if (!read(item, seq)) return;
        Out out = transform_(worker, item);
        hand_over(seq, std::move(out));
      }
    } catch (...) {
      fail(std::current_exception());
    }
  }

  // Takes a place in the window, then the next item. False at the end of the
  // input or when the run stops.
  bool read(In& item, std::size_t& seq) {
    {
      std::unique_lock<std::mutex> lock(mutex_);
      space_.wait(lock, [&] { return in_flight_ < window_ || stop_ || reading_done_; });
      if (stop_ || reading_done_) return false;
      ++in_flight_;
    }
    std::lock_guard<std::mutex> reading(read_mutex_);
    bool got = false;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      got = !stop_ && !reading_done_;
    }
    if (got) got = produce_(item);
    std::lock_guard<std::mutex> lock(mutex_);
    if (!got) {
      reading_done_ = true;
      --in_flight_;
      space_.notify_all();
      return false;
    }
    seq = next_read_++;
    return true;
  }

  // Files the result; the first worker to find the writer's place free
  // writes every result that is next in line, this one or others'.
  void hand_over(std::size_t seq, Out&& out) {
    std::unique_lock<std::mutex> lock(mutex_);
    results_.emplace(seq, std::move(out));
    if (writing_) return;  // the writer at work will reach it
    writing_ = true;
    for (auto ready = results_.find(next_write_); !stop_ && ready != results_.end();
         ready = results_.find(next_write_)) {
      Out next = std::move(ready->second);
      results_.erase(ready);
      lock.unlock();
      bool go_on = false;
      try {
        go_on = consume_(next);
      } catch (...) {
        lock.lock();
        writing_ = false;
        lock.unlock();
        throw;
      }
      lock.lock();
      ++next_write_;
      --in_flight_;
      space_.notify_all();
      if (!go_on) stop_ = true;
    }
    writing_ = false;
  }

  void fail(std::exception_ptr error) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!error_) error_ = error;
    stop_ = true;
    space_.notify_all();
  }

  const std::size_t window_;
  const std::function<bool(In&)>& produce_;
  const std::function<Out(std::size_t, In&)>& transform_;
  const std::function<bool(Out&)>& consume_;

  std::mutex read_mutex_;  // one produce() at a time, in sequence order
  std::mutex mutex_;       // everything below
  std::condition_variable space_;
  std::map<std::size_t, Out> results_;  // transformed, waiting for their turn
  std::size_t next_read_ = 0;
  std::size_t next_write_ = 0;
  std::size_t in_flight_ = 0;  // places taken in the window: read or being read, not yet written
  bool writing_ = false;
  bool reading_done_ = false;
  bool stop_ = false;
  std::exception_ptr error_;
};

}  // namespace newsclean
