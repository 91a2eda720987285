#include "cv/natural_languages.hpp"

#include <string_view>
#include <unordered_map>

namespace jobmatch::cv {
namespace {

constexpr NaturalLanguage kLanguages[] = {
    {"fr", "français", "francais french"},
    {"en", "anglais", "anglais english"},
    {"ar", "arabe", "arabe arabic"},
    {"de", "allemand", "allemand german deutsch"},
    {"es", "espagnol", "espagnol spanish espanol castillan"},
    {"it", "italien", "italien italian italiano"},
    {"pt", "portugais", "portugais portuguese"},
    {"zh", "chinois", "chinois chinese mandarin"},
    {"nl", "néerlandais", "neerlandais dutch hollandais flamand flemish"},
    {"ru", "russe", "russe russian"},
    {"ja", "japonais", "japonais japanese"},
    {"tr", "turc", "turc turkish"},
    {"he", "hébreu", "hebreu hebrew"},
    {"ko", "coréen", "coreen korean"},
    {"hi", "hindi", "hindi"},
    {"pl", "polonais", "polonais polish"},
    {"sv", "suédois", "suedois swedish"},
    {"el", "grec", "grec greek"},
    {"ro", "roumain", "roumain romanian"},
    {"uk", "ukrainien", "ukrainien ukrainian"},
    {"fa", "persan", "persan persian farsi"},
    {"bn", "bengali", "bengali bangla"},
    {"ur", "ourdou", "ourdou urdu"},
    {"ta", "tamoul", "tamoul tamil"},
    {"te", "télougou", "telougou telugu"},
    {"mr", "marathi", "marathi"},
    {"gu", "gujarati", "gujarati"},
    {"pa", "pendjabi", "pendjabi punjabi"},
    {"kn", "kannada", "kannada"},
    {"ml", "malayalam", "malayalam"},
    {"vi", "vietnamien", "vietnamien vietnamese"},
    {"da", "danois", "danois danish"},
    {"no", "norvégien", "norvegien norwegian"},
    {"fi", "finnois", "finnois finnish"},
    {"cs", "tchèque", "tcheque czech"},
    {"hu", "hongrois", "hongrois hungarian"},
    {"ca", "catalan", "catalan"},
    {"eu", "basque", "basque"},
    {"br", "breton", "breton"},
    {"wo", "wolof", "wolof"},
    {"ln", "lingala", "lingala"},
    {"sw", "swahili", "swahili"},
    {"mg", "malgache", "malgache malagasy"},
    {"id", "indonésien", "indonesien indonesian"},
    {"ms", "malais", "malais malay"},
    {"th", "thaï", "thai"},
    {"hy", "arménien", "armenien armenian"},
    {"sq", "albanais", "albanais albanian"},
    {"sr", "serbe", "serbe serbian"},
    {"hr", "croate", "croate croatian"},
    {"bg", "bulgare", "bulgare bulgarian"},
    {"sk", "slovaque", "slovaque slovak"},
    {"sl", "slovène", "slovene slovenian"},
    {"lt", "lituanien", "lituanien lithuanian"},
    {"lv", "letton", "letton latvian"},
    {"et", "estonien", "estonien estonian"},
    {"ga", "irlandais", "irlandais irish"},
    {"la", "latin", "latin"},
    {"am", "amharique", "amharique amharic"},
    {"ku", "kurde", "kurde kurdish"},
    {"ha", "haoussa", "haoussa hausa"},
    {"yo", "yoruba", "yoruba"},
};

using NameIndex = std::unordered_map<std::string_view, const NaturalLanguage*>;

/// Every folded name to its language, the first language of the table winning a shared name.
/// Recognisers look up every word of a text, so a scan of the table per word is too slow.
NameIndex build_name_index() {
  NameIndex index;
  for (const NaturalLanguage& language : kLanguages) {
    std::string_view names = language.folded_names;
    while (!names.empty()) {
      const std::size_t space = names.find(' ');
      index.try_emplace(names.substr(0, space), &language);
      names = space == std::string_view::npos ? std::string_view() : names.substr(space + 1);
    }
  }
  return index;
}

}  // namespace

std::optional<NaturalLanguage> find_natural_language(std::string_view folded_word) {
  if (folded_word.size() < 3) return std::nullopt;
  static const NameIndex kIndex = build_name_index();
  const auto it = kIndex.find(folded_word);
  if (it == kIndex.end()) return std::nullopt;
  return *it->second;
}

}  // namespace jobmatch::cv
