#pragma once
// Internal to the cv module: natural languages by their French and English names, and the
// words CVs use for how well one is spoken. Programming languages are deliberately absent.

#include <optional>
#include <span>
#include <string_view>

#include "cv/natural_languages.hpp"
#include "cv/tokens.hpp"

namespace jobmatch::cv::detail {

using cv::NaturalLanguage;

/// The language a folded word names ("anglais", "english", "deutsch"), if any (the table is in
/// natural_languages.cpp, shared with the modules that read job postings).
std::optional<NaturalLanguage> natural_language_named(std::string_view folded_word);

/// CEFR level a test score stands for, or "" when the score is out of the test's range.
/// `test` is "toeic", "toefl" or "ielts" (folded); `score_tenths` is the score times ten so
/// that IELTS half bands fit ("6.5" -> 65).
std::string_view cefr_for_test_score(std::string_view test, int score_tenths);

/// Number of tokens of `t` from `at` (before `to`) that form a level phrase ("langue
/// maternelle", "fluent", "notions de base"), 0 when none starts there; `level` gets the
/// normalised French level ("natif", "courant"...).
std::size_t match_level_phrase(std::span<const Token> t, std::size_t at, std::size_t to,
                               std::string_view& level);

/// Normalised French level for a CEFR level ("B2" -> "intermédiaire"), "" for anything else.
std::string_view level_for_cefr(std::string_view cefr);

}  // namespace jobmatch::cv::detail
