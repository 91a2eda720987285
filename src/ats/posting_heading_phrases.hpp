#pragma once
// Internal to the ats module: the words of job posting headings, French and English, as seen in
// the shared corpus, and the wordings that tell a paragraph about the job from one about the
// company. posting_headings.cpp does the matching; the tables are only included there.

#include <span>
#include <string_view>

#include "ats/posting.hpp"

namespace jobmatch::ats::detail {

/// What may follow a heading's key words: nothing ("Vous êtes", a sentence start otherwise),
/// generic words only ("Compétences techniques requises"), or anything ("À propos de Thales").
enum class Tail { kExact, kGeneric, kOpen };

struct HeadingPhrase {
  std::string_view words;  // folded, apostrophes and hyphens as spaces
  PostingPart part;
  Tail tail = Tail::kGeneric;
};

// One-letter parts keep the table below readable; they live in their own namespace.
namespace heading_parts {
inline constexpr PostingPart R = PostingPart::kRequirements;
inline constexpr PostingPart N = PostingPart::kNiceToHave;
inline constexpr PostingPart S = PostingPart::kResponsibilities;
inline constexpr PostingPart C = PostingPart::kCompany;
inline constexpr PostingPart B = PostingPart::kBenefits;
inline constexpr PostingPart O = PostingPart::kOther;

// Wordings seen in the shared corpus (France Travail, LinkedIn, Indeed, Glassdoor, Google Jobs,
// Rekrute, Bayt). The longest phrase that matches wins: "about the role" before "about".
inline constexpr HeadingPhrase kHeadingPhrases[] = {
    // Requirements.
    {"profil", R},
    {"profile", R},
    {"description du profil", R},
    {"candidate profile", R},
    {"competence", R},
    {"competency", R},
    {"competencie", R},
    {"connaissance", R},
    {"qualification", R},
    {"qualite", R},
    {"aptitude", R},
    {"exigence", R},
    {"savoir faire", R},
    {"savoir etre", R},
    {"prerequis", R},
    {"pre requis", R},
    {"requirement", R},
    {"requisito", R},
    {"required", R, Tail::kExact},
    {"must have", R},
    {"skill", R},
    {"soft skill", R},
    {"hard skill", R},
    {"experience", R},
    {"work experience", R},
    {"savoir", R},
    {"education", R},
    {"formation", R},
    {"diplome", R},
    {"niveau d etude", R},
    {"langue", R},
    {"language", R},
    {"background", R},
    {"what you bring", R},
    {"what you ll bring", R},
    {"what you will bring", R},
    {"what we need to see", R},
    {"what we re looking for", R},
    {"what we are looking for", R},
    {"what we look for", R},
    {"who are we looking for", R},
    {"who we re looking for", R},
    {"who we are looking for", R},
    {"who you are", R},
    {"about you", R},
    {"a propos de vou", R},
    {"what you need", R},
    {"what you ll need", R},
    {"what you will need", R},
    {"ideal candidate", R},
    {"candidat ideal", R},
    {"ce que nous recherchon", R},
    {"ce qu il vous faut", R},
    {"ce que vous apporterez", R},
    {"vous etes", R, Tail::kExact},
    {"vous avez", R, Tail::kExact},
    {"you have", R, Tail::kExact},
    {"you are", R, Tail::kExact},
    {"et vous", R, Tail::kExact},
    {"pourquoi pas vous", R},
    {"what we require", R},
    {"we require", R},
    // Nice to have.
    {"nice to have", N},
    {"good to have", N},
    {"preferred", N},
    {"desired", N},
    {"bonus", N},
    {"bonus point", N},
    {"un plus", N},
    {"serait un plus", N},
    {"petit plus", N},
    {"atout", N},
    {"ways to stand out", N, Tail::kOpen},
    {"what sets you apart", N},
    // Responsibilities.
    {"mission", S},
    {"description", S},
    {"description du poste", S},
    {"descriptif du poste", S},
    {"description de l offre", S},
    {"description de la mission", S},
    {"presentation du poste", S},
    {"presentation de la mission", S},
    {"poste", S},
    {"responsabilite", S},
    {"responsibility", S},
    {"responsibilitie", S},
    {"duty", S},
    {"dutie", S},
    {"essential function", S},
    {"fonction", S},
    {"activite", S},
    {"tache", S},
    {"role", S},
    {"about the role", S},
    {"about this role", S},
    {"about the position", S},
    {"about the opportunity", S},
    {"a propos du poste", S},
    {"a propos de la mission", S},
    {"what you ll do", S},
    {"what you will do", S},
    {"what you ll be doing", S},
    {"what you will be doing", S},
    {"what will you do", S},
    {"what you do", S},
    {"you will", S, Tail::kExact},
    {"ce qui vous attend", S},
    {"quotidien", S},
    {"au quotidien", S},
    {"day to day", S},
    {"a day in the life", S, Tail::kOpen},
    {"the opportunity", S},
    {"challenge", S},
    {"in this role", S},
    {"vous aurez pour mission", S},
    // Company.
    {"qui sommes nous", C},
    {"qui est", C, Tail::kOpen},
    {"a propos", C, Tail::kOpen},
    {"about", C, Tail::kOpen},
    {"about us", C},
    {"entreprise", C},
    {"notre entreprise", C},
    {"societe", C},
    {"notre societe", C},
    {"notre client", C},
    {"presentation", C},
    {"presentation de", C, Tail::kOpen},
    {"presentation du", C, Tail::kOpen},
    {"description de l entreprise", C},
    {"company", C},
    {"company description", C},
    {"company overview", C},
    {"our company", C},
    {"who we are", C},
    {"our story", C},
    {"notre histoire", C},
    {"groupe", C},
    {"notre groupe", C},
    {"notre cabinet", C},
    {"our mission", C},
    {"notre mission", C},
    {"our value", C},
    {"nos valeur", C},
    {"working at", C, Tail::kOpen},
    {"life at", C, Tail::kOpen},
    // Benefits.
    {"avantage", B},
    {"nos avantage", B},
    {"remuneration", B},
    {"salaire", B},
    {"salary", B},
    {"pay", B},
    {"pay range", B},
    {"compensation", B},
    {"benefit", B},
    {"perk", B},
    {"our perk", B},
    {"our benefit", B},
    {"reward", B},
    {"total reward", B},
    {"package", B},
    {"what we offer", B},
    {"we offer", B},
    {"our offer", B},
    {"notre offre", B},
    {"ce que nous offron", B},
    {"ce que nous proposon", B},
    {"ce que nous vous proposon", B},
    {"ce que nous vous offron", B},
    {"nous vous proposon", B},
    {"nous vous offron", B},
    {"nous offron", B},
    {"nous proposon", B},
    {"que proposon nous", B},
    {"pourquoi", B, Tail::kOpen},
    {"why", B, Tail::kOpen},
    {"what s in it for you", B},
    {"what we bring", B},
    {"what we ll bring", B},
    {"decouvrez ce package", B, Tail::kOpen},
    {"decouvrez cette offre", B, Tail::kOpen},
    {"nous rejoindre c est", B},
    {"what you can expect", B},
    // Parts we do not track: they end the previous one.
    {"information", O},
    {"information complementaire", O},
    {"processus de recrutement", O},
    {"process de recrutement", O},
    {"horaire", O},
    {"lieu", O},
    {"localisation", O},
    {"location", O},
    {"work location", O},
    {"type", O},
    {"type de contrat", O},
    {"contrat", O},
    {"contract", O},
    {"condition", O},
    {"working condition", O},
    {"work environment", O},
    {"physical demand", O},
    {"eeo", O},
    {"eeo statement", O},
    {"equal opportunity", O},
    {"equal employment opportunity", O},
    {"disclaimer", O},
    {"how to apply", O},
    {"postuler", O},
    {"pour postuler", O},
    {"summary", O},
    {"overview", O},
    {"introduction", O},
    {"contexte", O},
    {"context", O},
    {"environnement", O},
    {"environnement technique", O},
    {"stack technique", O},
    {"tech stack", O},
    {"team", O},
    {"the team", O},
    {"equipe", O},
    {"about the team", O},
    {"about the job", O},
    {"schedule", O},
};
}  // namespace heading_parts

using heading_parts::kHeadingPhrases;

/// Words a heading may start with before its key words ("Vos missions", "Key qualifications").
inline constexpr std::string_view kHeadingLeadingWords =
    "le la les l vos votre ton te tes ta your the key main principal principale principaux "
    "minimum basic required essential job position additional other technical mandatory quel "
    "quelle primary general specific";

/// Generic words that may follow the key words of a heading ("requises", "techniques").
inline constexpr std::string_view kHeadingGenericWords =
    "requis requise recherche recherchee technique cle principal principale principaux "
    "souhaite souhaitee required needed necessary necessaire professionnel professionnelle "
    "comportementale personnel personnelle et and ou or du de des d la le les l poste candidat "
    "candidate profil specifique generale transverse fonctionnelle metier linguistique "
    "informatique exige exigee demande demandee obligatoire indispensable seront sera sont "
    "suivante suivant pour ce cette vou nou au quotidien en bref quelque mot the a an of for "
    "this role job position you your will be we re are our include including summary overview "
    "detail to if have has employer sociaux sociale complementaire additional key main minimum "
    "preferred desired from crowd with in at on que qui est il faut votre vos notre nos ideal s "
    "confiee attendu attendue qualification skill experience competence formation education "
    "diplome connaissance qualite requirement responsibilitie responsabilite mission activite "
    "avantage benefit perk remuneration";

/// Headings also written as a bullet of their own, without ':' ("- Savoir-faire").
inline constexpr std::string_view kBulletHeadings[] = {
    "savoir faire",       "savoir etre",   "savoir",       "competence",
    "competence requise", "qualification", "profil",       "profil recherche",
    "prerequis",          "pre requis",    "nice to have", "un plus",
};

/// Wordings of a paragraph about the job or the candidate ("en tant que", "you will be").
inline constexpr std::string_view kJobParagraphPhrases[] = {
    "en tant que",
    "vous serez",
    "vous aurez",
    "vous etes",
    "vous avez",
    "vous disposez",
    "vous justifiez",
    "vous maitrisez",
    "vous possedez",
    "titulaire d",
    "vos missions",
    "votre mission",
    "nous recherchons",
    "recherche un",
    "recherche une",
    "rattache a",
    "sous la responsabilite",
    "experience de",
    "ans d experience",
    "responsible for",
    "you will be",
    "you ll be",
    "you have",
    "you are",
    "your role",
    "in this role",
    "the role",
    "this role",
    "the position",
    "this position",
    "we are looking for",
    "we re looking for",
    "is looking for",
    "years of experience",
    "experience in",
    "experience with",
    "required",
    "requirements",
    "qualifications",
    "degree",
    "bachelor",
    "diplome de",
    "minimum of",
    "professional experience",
    "experience professionnelle",
    "ability to",
    "must have",
    "must be",
    "you must",
};

}  // namespace jobmatch::ats::detail
