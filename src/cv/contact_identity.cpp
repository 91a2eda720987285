// The owner's name and location: best effort from the first lines of the CV, where nearly every
// template puts them.

#include <algorithm>
#include <optional>
#include <string>

#include "cv/contact.hpp"
#include "cv/heading_vocabulary.hpp"
#include "cv/sections.hpp"
#include "cv/text_pieces.hpp"
#include "cv/tokens.hpp"

namespace jobmatch::cv::detail {
namespace {

constexpr std::size_t kTopLines = 15;  // non-empty lines searched for the name and location
constexpr std::size_t kMaxCellBytes = 80;

// Words of job titles, schools and CV furniture that are capitalised like names.
constexpr std::string_view kNotNameWords =
    "curriculum vitae cv resume engineer ingenieur developer developpeur manager consultant "
    "data scientist analyst analyste stagiaire etudiant student chef responsable directeur "
    "director technicien designer architecte architect assistant senior junior full stack "
    "software logiciel web project projet charge eleve intern administrator administrateur "
    "sales marketing business research chercheur doctorant master licence bachelor university "
    "universite ecole school college lycee institute institut inc ltd sarl sas security "
    "application machine learning devops cloud system systeme informatique computer science "
    "recherche emploi alternance freelance lead head officer specialist coordinator teacher "
    "professeur enseignant accountant comptable advocate avocat technology service solution "
    "group team page detail java python net sap hr operation quality testing";

// Lower-case parts of names: "Jean de La Fontaine", "Ludwig van Beethoven", "Ahmed ben Ali".
constexpr std::string_view kNameParticles =
    "de du des van von der da di le la ben bin el al ibn d' dos del";

// Countries written after a city ("Tunis, Tunisie"), folded, '|'-separated.
constexpr std::string_view kCountries =
    "france|fr|belgique|belgium|suisse|switzerland|luxembourg|canada|quebec|maroc|morocco|"
    "tunisie|tunisia|algerie|algeria|senegal|cote d'ivoire|cameroun|cameroon|liban|lebanon|"
    "egypte|egypt|usa|united states|uk|united kingdom|royaume-uni|england|angleterre|germany|"
    "allemagne|spain|espagne|italy|italie|portugal|netherlands|pays-bas|ireland|irlande|india|"
    "inde|israel|singapore|australia|australie|japan|japon|china|chine|mali|madagascar|gabon|"
    "congo|benin|togo|niger|burkina faso|guinee|haiti|mauritanie|maurice|mauritius|qatar|uae|"
    "emirats arabes unis|turkey|turquie|poland|pologne|sweden|suede|norway|norvege|denmark|"
    "danemark|austria|autriche|greece|grece|romania|roumanie|brazil|bresil|mexico|mexique|"
    "vietnam|pakistan|nigeria|kenya|south africa|afrique du sud";

constexpr std::string_view kUsStates =
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC";

constexpr std::string_view kLocationLabels =
    "location localisation adresse address ville lieu city residence";

bool is_one_of(std::string_view list, std::string_view word) {
  return list_contains(list, word, ' ');
}

bool starts_capitalised(std::string_view word) {
  const auto first = static_cast<unsigned char>(word[0]);
  const auto second = word.size() > 1 ? static_cast<unsigned char>(word[1]) : 0;
  return is_ascii_upper(word[0]) || (first == 0xC3 && second >= 0x80 && second <= 0x9E) ||
         (first == 0xC5 && (second == 0x92 || second == 0xA0 || second == 0xBD));
}

bool is_name_word(std::string_view word) {
  return std::all_of(word.begin(), word.end(), [](char c) {
    return is_ascii_lower(c) || is_ascii_upper(c) || c == '-' || c == '\'' || c == '.' ||
           static_cast<unsigned char>(c) >= 0x80;
  });
}

/// `cell` without parenthesised parts: "Marvin Martin (He/Him)".
std::string without_parentheses(std::string_view cell) {
  std::string out;
  int depth = 0;
  for (const char c : cell) {
    depth += c == '(';
    if (depth == 0) out += c;
    depth -= c == ')' && depth > 0;
  }
  return collapse_spaces(out);
}

bool is_person_name(std::string_view cell) {
  const std::string name = without_parentheses(cell);
  if (name.empty() || name.size() > 60) return false;
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < name.size();) {
    const std::size_t space = std::min(name.find(' ', i), name.size());
    words.push_back(std::string_view(name).substr(i, space - i));
    i = space + 1;
  }
  std::size_t main_words = 0;
  for (const std::string_view word : words) {
    if (!is_name_word(word)) return false;
    const std::string folded = fold_with_offsets(word, nullptr);
    if (is_one_of(kNameParticles, folded)) continue;
    const bool job_word =
        is_one_of(kNotNameWords, folded) || is_one_of(kNotNameWords, singular(folded));
    if (!starts_capitalised(word) || job_word) return false;
    ++main_words;
  }
  if (main_words < 2 || main_words > 4) return false;
  std::vector<std::string> folded_words;
  for (const std::string_view word : words)
    folded_words.push_back(fold_with_offsets(word, nullptr));
  const std::vector<std::string_view> views(folded_words.begin(), folded_words.end());
  return !classify_heading_words(views, 0).has_value();
}

/// Whether a word of `text` is a job, school or company word ("Lycée Pothier, Orléans").
bool has_non_name_word(std::string_view text) {
  const std::string folded = fold_with_offsets(text, nullptr);
  for (const Token& t : tokenize(folded)) {
    if (t.kind == TokenKind::kWord &&
        (is_one_of(kNotNameWords, t.text) || is_one_of(kNotNameWords, singular(t.text)))) {
      return true;
    }
  }
  return false;
}

/// Indices of the first kTopLines non-empty lines before the first heading (the header block
/// of the CV), then of the contact sections' lines.
std::vector<std::size_t> identity_lines(const CvText& text, std::span<const CvSection> sections) {
  const std::size_t first_heading =
      sections.empty() ? text.raw().size() : sections.front().heading_start;
  std::vector<std::size_t> indices;
  for (std::size_t i = 0; i < text.lines().size() && indices.size() < kTopLines; ++i) {
    if (text.lines()[i].start >= first_heading) break;
    if (!trim_spaces(text.raw_line(text.lines()[i])).empty()) indices.push_back(i);
  }
  for (const std::size_t i : lines_in_sections(text, sections, SectionKind::kContact)) {
    if (std::find(indices.begin(), indices.end(), i) == indices.end()) indices.push_back(i);
  }
  return indices;
}

/// A capitalised word right after a 4- or 5-digit postal code ("75011 Paris", "2080 Ariana").
bool has_postal_code_and_city(std::string_view cell) {
  std::size_t digits_total = 0;
  for (const char c : cell) digits_total += is_ascii_digit(c);
  if (digits_total > 8) return false;  // a phone number
  for (std::size_t i = 0; i < cell.size(); ++i) {
    if (!is_ascii_digit(cell[i]) || (i > 0 && is_ascii_alnum(cell[i - 1]))) continue;
    std::size_t end = i;
    while (end < cell.size() && is_ascii_digit(cell[end])) ++end;
    const int value = parse_small_number(cell.substr(i, end - i));
    const bool year_like = value >= 1950 && value <= 2100;
    if ((end - i == 5 || (end - i == 4 && !year_like)) && end + 1 < cell.size() &&
        cell[end] == ' ' && starts_capitalised(cell.substr(end + 1))) {
      return true;
    }
    i = end;
  }
  return false;
}

/// "CA" or "NY 11249": a US state code, possibly with a ZIP code.
bool is_us_state(std::string_view part) {
  const std::string_view code = part.substr(0, 2);
  if (!is_one_of(kUsStates, code)) return false;
  const std::string_view zip = part.substr(2);
  return zip.empty() || (zip.size() == 6 && zip[0] == ' ' &&
                         std::all_of(zip.begin() + 1, zip.end(), is_ascii_digit));
}

/// "Paris, France", "San Francisco, CA", "Tipaza, Algérie, Algérien" -> up to the country.
std::optional<std::string> city_and_country(std::string_view cell) {
  std::vector<std::string_view> parts;
  for (std::size_t i = 0; i <= cell.size();) {
    const std::size_t comma = std::min(cell.find(',', i), cell.size());
    parts.push_back(trim_spaces(cell.substr(i, comma - i)));
    i = comma + 1;
  }
  if (parts.size() < 2 || parts[0].empty() || !starts_capitalised(parts[0]) ||
      word_count(parts[0]) > 3 || std::any_of(parts[0].begin(), parts[0].end(), is_ascii_digit) ||
      has_non_name_word(parts[0])) {
    return std::nullopt;
  }
  for (std::size_t p = 1; p < parts.size() && p < 4; ++p) {
    const std::string folded = collapse_spaces(fold_with_offsets(parts[p], nullptr));
    if (list_contains(kCountries, folded, '|') || is_us_state(parts[p])) {
      const std::size_t end =
          static_cast<std::size_t>(parts[p].data() - cell.data()) + parts[p].size();
      return clean_fragment(cell.substr(0, end));
    }
  }
  return std::nullopt;
}

/// The value of "Location: ...", "Adresse : ...".
std::optional<std::string> labelled_location(std::string_view cell) {
  const std::size_t colon = cell.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  const std::string label = collapse_spaces(fold_with_offsets(cell.substr(0, colon), nullptr));
  if (!is_one_of(kLocationLabels, label)) return std::nullopt;
  std::string value = clean_fragment(cell.substr(colon + 1));
  if (value.empty()) return std::nullopt;
  return value;
}

}  // namespace

std::string find_person_name(const CvText& text, std::span<const CvSection> sections) {
  for (const std::size_t index : identity_lines(text, sections)) {
    const std::string_view raw = text.raw_line(text.lines()[index]);
    if (raw.size() > 300 || is_heading_line(text, sections, index)) continue;
    for (const std::string_view raw_cell : split_cells(raw)) {
      const std::string cell = clean_fragment(raw_cell);  // icons before the text go
      if (is_person_name(cell)) return without_parentheses(cell);
    }
  }
  return {};
}

std::string find_location(const CvText& text, std::span<const CvSection> sections) {
  for (const std::size_t index : identity_lines(text, sections)) {
    const std::string_view raw = text.raw_line(text.lines()[index]);
    if (raw.size() > 300) continue;
    for (const std::string_view raw_cell : split_cells(raw)) {
      const std::string cell = clean_fragment(raw_cell);
      if (cell.size() > kMaxCellBytes || cell.find('@') != std::string::npos) continue;
      if (auto labelled = labelled_location(cell)) return *labelled;
      if (has_postal_code_and_city(cell)) return clean_fragment(cell);
      if (auto city = city_and_country(cell)) return *city;
    }
  }
  return {};
}

}  // namespace jobmatch::cv::detail
