#pragma once
// What a job posting asks for, read from its plain text (French or English) without the
// taxonomy: which parts are requirements and which are nice-to-have, the years of experience,
// the education level and the spoken languages. The skills themselves are found by the skills
// extractor; `importance_at` tells how much each mention counts.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jobmatch::ats {

enum class Importance { kRequired, kNiceToHave };

/// What a stretch of a posting is about. Skills mentioned in kCompany or kBenefits text do not
/// count as requirements ("we are a Python shop" in the company blurb is not a demand).
enum class PostingPart {
  kRequirements,
  kNiceToHave,
  kResponsibilities,
  kCompany,
  kBenefits,
  kOther
};

/// A byte range of the posting text.
struct TextSpan {
  std::size_t start = 0;
  std::size_t end = 0;
};

/// The posting cut into consecutive segments (sections from headings such as "Profil
/// recherché", "Compétences requises", "Requirements", "Must have", "Nice to have", "Un plus",
/// "Avantages", "Qui sommes-nous"), plus nice-to-have sentences inside other sections ("... est
/// un plus", "is a plus", "idéalement", "preferred").
struct PostingSegment {
  TextSpan span;
  PostingPart part = PostingPart::kOther;
};

struct PostingStructure {
  std::vector<PostingSegment> segments;  // ordered, non-overlapping, cover the whole text
  /// The part of the text at byte `offset` (kOther past the end).
  PostingPart part_at(std::size_t offset) const;
};

/// Headings are short lines (at most 8 words, an optional ':' and maybe content after it on the
/// same line), in any case ("PROFIL RECHERCHÉ :"), possibly with markdown or a bullet before a
/// final ':'. Text before the first heading is kOther. Nice-to-have sentences (cut at line ends,
/// ". ", "; " and bullets) are looked for everywhere but in company and benefits text. Never
/// throws; only the first 200 KB are read (the last segment stretches to the end of the text).
PostingStructure read_posting_structure(std::string_view text);

/// kNiceToHave for mentions in nice-to-have parts or sentences, kRequired elsewhere; nullopt
/// in company or benefits text.
std::optional<Importance> importance_at(const PostingStructure& structure, std::size_t offset);

struct YearsRequirement {
  double years = 0;  // the minimum asked ("3 à 5 ans" -> 3, "5+ years" -> 5, "6 mois" -> 0.5)
  TextSpan span;
  Importance importance = Importance::kRequired;  // kNiceToHave for "idéalement 5 ans"
};
/// "3 ans d'expérience", "minimum 2 ans", "5+ years of experience", "at least 3 years",
/// "expérience de 2 ans minimum", "Expérience : 1 an" (France Travail), "débutant accepté" -> 0.
/// A duration counts when experience words, "minimum"/"at least" or a '+' go with it; contract
/// lengths ("CDD de 6 mois"), company history ("il y a 20 ans") and text in company or benefits
/// parts do not. Among several, the first required one of the requirements part, else the first
/// required one, else the first.
std::optional<YearsRequirement> find_required_years(std::string_view text);
/// The same with `structure` = read_posting_structure(text), to read the text once.
std::optional<YearsRequirement> find_required_years(std::string_view text,
                                                    const PostingStructure& structure);

struct EducationRequirement {
  std::string level;  // "bac", "bac+2", "bac+3", "bac+4", "bac+5" or "bac+8" (the cv scale)
  TextSpan span;
  Importance importance = Importance::kRequired;  // kNiceToHave when only preferred
};
/// The lowest degree the posting accepts: "Bac+5", "Master", "diplôme d'ingénieur", "BTS/DUT",
/// "Bachelor's degree", "PhD"... ("BAC +2/3" -> bac+2, "BS/MS" -> bac+3). Required mentions are
/// preferred to nice-to-have ones ("Master's required, PhD preferred" -> bac+5); company and
/// benefits text is ignored. Words that are also job titles or skills ("Ingénieur DevOps",
/// "maîtrise de Python", "Scrum Master") need a degree word nearby.
std::optional<EducationRequirement> find_required_education(std::string_view text);
/// The same with `structure` = read_posting_structure(text), to read the text once.
std::optional<EducationRequirement> find_required_education(std::string_view text,
                                                            const PostingStructure& structure);

struct LanguageRequirement {
  std::string code;  // ISO 639-1
  std::string name;  // French display name ("anglais")
  std::string cefr;  // "B2" when stated, else ""
  Importance importance = Importance::kRequired;
  TextSpan span;
};
/// Spoken languages the posting asks for ("anglais courant", "fluent English", "English is a
/// plus", "niveau B2 en allemand"). A posting merely written in a language does not ask for it:
/// a language name counts with a level or language word nearby ("courant", "B2", "langue",
/// "parlé", "maîtrise"...) or inside a requirements or nice-to-have part, never in company or
/// benefits text nor as an adjective of a company or market ("entreprise française"). Each
/// language comes once, in order of first mention; a required mention wins over optional ones.
std::vector<LanguageRequirement> find_required_languages(std::string_view text,
                                                         const PostingStructure& structure);

}  // namespace jobmatch::ats
