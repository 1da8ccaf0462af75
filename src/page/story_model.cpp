#include "page/story_model.hpp"

#include <cmath>
#include <cstdint>
#include <iterator>

namespace newsclean {
namespace {

// A complete binary tree of fixed depth: node k's children are 2k+1 and
// 2k+2, the last level holds the leaves, so a walk has no branches. Go right
// when row[feature] > threshold (sklearn goes left on <=).
struct Tree {
  std::uint8_t feature[7];
  float threshold[7];
  float leaf[8];  // contributions to the log-odds (learning rate applied)
};

#include "page/story_model_trees.inc"

static_assert(kTreeDepth == 3, "Tree holds trees of depth 3: change both together");

// One tree's leaf for the row.
inline float leaf_of(const Tree& tree, const float* row) {
  std::size_t k = 1 + static_cast<std::size_t>(row[tree.feature[0]] > tree.threshold[0]);
  k = 2 * k + 1 + static_cast<std::size_t>(row[tree.feature[k]] > tree.threshold[k]);
  k = 2 * k + 1 + static_cast<std::size_t>(row[tree.feature[k]] > tree.threshold[k]);
  return tree.leaf[k - 7];
}

}  // namespace

float story_probability(const float* row) {
  // Four sums instead of one: a tree's leaf need not wait for the previous
  // tree's addition (one chain of 120 float additions bounded the walk).
  float a = kStoryBias, b = 0.0f, c = 0.0f, d = 0.0f;
  constexpr std::size_t kTrees = std::size(kStoryTrees);
  static_assert(kTrees % 4 == 0, "trees are walked four at a time");
  for (std::size_t t = 0; t < kTrees; t += 4) {
    a += leaf_of(kStoryTrees[t], row);
    b += leaf_of(kStoryTrees[t + 1], row);
    c += leaf_of(kStoryTrees[t + 2], row);
    d += leaf_of(kStoryTrees[t + 3], row);
  }
  const float log_odds = (a + b) + (c + d);
  return 1.0f / (1.0f + std::exp(-log_odds));
}

float story_probability(const FeatureRow& row) {
  return story_probability(row.data());
}

}  // namespace newsclean
