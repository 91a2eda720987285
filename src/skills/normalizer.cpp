#include "skills/normalizer.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "skills/match_tokens.hpp"

namespace jobmatch::skills {

namespace {

// Features in more forms than this ("management", "de", " co") are too common to find
// candidates by; a phrase made of a single such feature still uses it.
constexpr std::size_t kMaxPostingLength = 4000;

using Words = std::vector<std::string>;  // folded words, plural endings dropped

/// The words themselves are the features ("Bases de données" -> base, de, donnee).
Words word_features(const Words& words) { return words; }

/// Character trigrams of the words joined by spaces, with a space at each end, so that word
/// starts and ends count: "sql" -> " sq", "sql", "ql ".
Words trigram_features(const Words& words) {
  std::string joined = " ";
  for (const std::string& word : words) joined += word + " ";
  Words out;
  for (std::size_t i = 0; i + 3 <= joined.size(); ++i) out.push_back(joined.substr(i, 3));
  return out;
}

using Features = Words (*)(const Words&);

}  // namespace

/// One TF-IDF space (binary term weights, idf = ln(forms / forms with the feature)) with an
/// inverted index from feature to forms.
struct SkillNormalizer::Index {
  explicit Index(Features features) : features(features) {}

  Features features;
  std::unordered_map<std::string, std::uint32_t> ids;
  std::vector<double> idf;                           // per feature id
  std::vector<std::vector<std::uint32_t>> postings;  // per feature id: form ids
  std::vector<double> norms;                         // per form id

  void add_form(const Words& words) {
    const auto form_id = static_cast<std::uint32_t>(norms.size());
    norms.push_back(0);
    for (const std::string& feature : features(words)) {
      const auto [it, inserted] = ids.try_emplace(feature, static_cast<std::uint32_t>(ids.size()));
      if (inserted) postings.emplace_back();
      auto& forms = postings[it->second];
      if (forms.empty() || forms.back() != form_id) forms.push_back(form_id);
    }
  }

  void weigh() {
    const double total = static_cast<double>(norms.size());
    idf.resize(postings.size());
    for (std::size_t id = 0; id < postings.size(); ++id) {
      idf[id] = std::log(total / static_cast<double>(postings[id].size()));
      for (const std::uint32_t form : postings[id]) norms[form] += idf[id] * idf[id];
    }
    for (double& norm : norms) norm = std::sqrt(norm);
  }

  /// Cosine of the phrase with every form sharing a usable feature with it.
  std::unordered_map<std::uint32_t, double> cosines(const Words& phrase) const {
    std::vector<std::uint32_t> found;
    double query_sum = 0;
    // A feature no form has weighs as the rarest: it makes the phrase less similar to all.
    const double rarest = std::log(static_cast<double>(std::max<std::size_t>(norms.size(), 2)));
    std::vector<std::string> features_of_phrase = features(phrase);
    std::sort(features_of_phrase.begin(), features_of_phrase.end());
    features_of_phrase.erase(std::unique(features_of_phrase.begin(), features_of_phrase.end()),
                             features_of_phrase.end());
    for (const std::string& feature : features_of_phrase) {
      const auto it = ids.find(feature);
      const double weight = it == ids.end() ? rarest : idf[it->second];
      query_sum += weight * weight;
      if (it != ids.end()) found.push_back(it->second);
    }
    std::unordered_map<std::uint32_t, double> dots;
    for (const std::uint32_t feature : found) {
      if (postings[feature].size() > kMaxPostingLength && features_of_phrase.size() > 1) continue;
      for (const std::uint32_t form : postings[feature]) dots[form] += idf[feature] * idf[feature];
    }
    const double query_norm = std::sqrt(query_sum);
    for (auto& [form, dot] : dots) {
      dot = norms[form] > 0 && query_norm > 0 ? dot / (query_norm * norms[form]) : 0;
    }
    return dots;
  }
};

SkillNormalizer::SkillNormalizer(std::shared_ptr<const Taxonomy> taxonomy,
                                 std::string_view id_prefix)
    : taxonomy_(std::move(taxonomy)),
      words_(std::make_unique<Index>(&word_features)),
      trigrams_(std::make_unique<Index>(&trigram_features)) {
  const auto add = [this](SkillIndex skill, std::string_view form) {
    const Words words = detail::form_keys(form);
    if (words.empty()) return;
    words_->add_form(words);
    trigrams_->add_form(words);
    form_skills_.push_back(skill);
  };
  for (SkillIndex index = 0; index < taxonomy_->size(); ++index) {
    const Skill& skill = taxonomy_->skill(index);
    if (!skill.id.starts_with(id_prefix)) continue;
    if (!skill.label_en.empty()) add(index, skill.label_en);
    if (!skill.label_fr.empty()) add(index, skill.label_fr);
    for (const std::string& alias : skill.aliases) add(index, alias);
  }
  words_->weigh();
  trigrams_->weigh();
}

SkillNormalizer::~SkillNormalizer() = default;

std::optional<ClosestSkill> SkillNormalizer::closest(std::string_view phrase) const {
  const Words words = detail::form_keys(phrase);
  std::unordered_map<std::uint32_t, double> scores = words_->cosines(words);
  for (auto& [form, cosine] : scores) cosine /= 2;
  for (const auto& [form, cosine] : trigrams_->cosines(words)) scores[form] += cosine / 2;
  std::optional<ClosestSkill> best;
  std::uint32_t best_form = 0;
  for (const auto& [form, similarity] : scores) {
    // Ties go to the lower form id, so the answer does not depend on hash order.
    if (!best || similarity > best->similarity + 1e-12 ||
        (std::abs(similarity - best->similarity) <= 1e-12 && form < best_form)) {
      best = ClosestSkill{form_skills_[form], std::min(similarity, 1.0)};
      best_form = form;
    }
  }
  if (best && best->similarity <= 0) return std::nullopt;
  return best;
}

}  // namespace jobmatch::skills
