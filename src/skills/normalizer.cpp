#include "skills/normalizer.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "skills/match_tokens.hpp"

namespace jobmatch::skills {

namespace {

// Words in more forms than this ("management", "de") are too common to find candidates by;
// they still count in the cosine of the candidates other words found.
constexpr std::size_t kMaxPostingLength = 4000;

struct Form {
  SkillIndex skill = 0;
  std::vector<std::uint32_t> words;  // distinct word ids
  double norm = 0;
};

}  // namespace

struct SkillNormalizer::Index {
  std::unordered_map<std::string, std::uint32_t> word_ids;
  std::vector<double> idf;                             // per word id
  std::vector<std::vector<std::uint32_t>> forms_with;  // per word id: form ids
  std::vector<Form> forms;

  std::uint32_t word_id(const std::string& key) {
    const auto [it, inserted] =
        word_ids.try_emplace(key, static_cast<std::uint32_t>(word_ids.size()));
    if (inserted) forms_with.emplace_back();
    return it->second;
  }

  void add_form(SkillIndex skill, std::string_view text) {
    Form form{skill, {}, 0};
    for (const std::string& key : detail::form_keys(text)) {
      const std::uint32_t id = word_id(key);
      if (std::find(form.words.begin(), form.words.end(), id) == form.words.end()) {
        form.words.push_back(id);
      }
    }
    if (form.words.empty()) return;
    const auto form_id = static_cast<std::uint32_t>(forms.size());
    for (const std::uint32_t id : form.words) forms_with[id].push_back(form_id);
    forms.push_back(std::move(form));
  }

  void weigh() {
    const double total = static_cast<double>(forms.size());
    idf.resize(forms_with.size());
    for (std::size_t id = 0; id < forms_with.size(); ++id) {
      idf[id] = std::log(total / static_cast<double>(forms_with[id].size()));
    }
    for (Form& form : forms) {
      double sum = 0;
      for (const std::uint32_t id : form.words) sum += idf[id] * idf[id];
      form.norm = std::sqrt(sum);
    }
  }
};

SkillNormalizer::SkillNormalizer(std::shared_ptr<const Taxonomy> taxonomy)
    : taxonomy_(std::move(taxonomy)), index_(std::make_unique<Index>()) {
  for (SkillIndex index = 0; index < taxonomy_->size(); ++index) {
    const Skill& skill = taxonomy_->skill(index);
    if (!skill.label_en.empty()) index_->add_form(index, skill.label_en);
    if (!skill.label_fr.empty()) index_->add_form(index, skill.label_fr);
    for (const std::string& alias : skill.aliases) index_->add_form(index, alias);
  }
  index_->weigh();
}

SkillNormalizer::~SkillNormalizer() = default;

std::optional<ClosestSkill> SkillNormalizer::closest(std::string_view phrase) const {
  std::vector<std::uint32_t> words;
  double query_sum = 0;
  for (const std::string& key : detail::form_keys(phrase)) {
    const auto it = index_->word_ids.find(key);
    if (it == index_->word_ids.end()) {
      // A word no form has weighs as the rarest word: it makes the phrase less similar.
      const double rarest = std::log(static_cast<double>(index_->forms.size()));
      query_sum += rarest * rarest;
      continue;
    }
    if (std::find(words.begin(), words.end(), it->second) != words.end()) continue;
    words.push_back(it->second);
    query_sum += index_->idf[it->second] * index_->idf[it->second];
  }
  if (words.empty()) return std::nullopt;
  std::unordered_map<std::uint32_t, double> dots;  // form id -> dot product
  for (const std::uint32_t word : words) {
    const auto& postings = index_->forms_with[word];
    if (postings.size() > kMaxPostingLength && words.size() > 1) continue;
    for (const std::uint32_t form : postings) {
      dots[form] += index_->idf[word] * index_->idf[word];
    }
  }
  std::optional<ClosestSkill> best;
  const double query_norm = std::sqrt(query_sum);
  for (const auto& [form_id, dot] : dots) {
    const Form& form = index_->forms[form_id];
    const double similarity = dot / (query_norm * form.norm);
    // Ties go to the lower form id, so the answer does not depend on hash order.
    if (!best || similarity > best->similarity + 1e-12 ||
        (std::abs(similarity - best->similarity) <= 1e-12 && form.skill < best->skill)) {
      best = ClosestSkill{form.skill, similarity};
    }
  }
  return best;
}

}  // namespace jobmatch::skills
