#include "text/contract.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <string>

#include "fixture_table.hpp"

namespace jobmatch::text {
namespace {

struct ContractCase {
  std::string_view raw;
  std::optional<ContractType> type;
};

void PrintTo(const ContractCase& c, std::ostream* os) { *os << '"' << c.raw << '"'; }

std::string label_or_none(std::optional<ContractType> type) {
  return type ? std::string(contract_label(*type)) : "(none)";
}

class ParseContractType : public testing::TestWithParam<ContractCase> {};

TEST_P(ParseContractType, MapsTheWordingToTheExpectedType) {
  const ContractCase& c = GetParam();
  EXPECT_EQ(label_or_none(parse_contract_type(c.raw)), label_or_none(c.type));
}

using enum ContractType;

INSTANTIATE_TEST_SUITE_P(Labels, ParseContractType,
                         testing::Values(ContractCase{"CDI", kCdi}, ContractCase{"cdd", kCdd},
                                         ContractCase{"Stage", kStage},
                                         ContractCase{"ALTERNANCE", kAlternance},
                                         ContractCase{"freelance", kFreelance},
                                         ContractCase{"Intérim", kInterim},
                                         ContractCase{"interim", kInterim}));

INSTANTIATE_TEST_SUITE_P(
    FrenchWordings, ParseContractType,
    testing::Values(
        ContractCase{"Contrat à durée indéterminée", kCdi},
        ContractCase{"CONTRAT A DUREE INDETERMINEE", kCdi},
        ContractCase{"CDI - Télétravail : Non", kCdi},
        ContractCase{"Contrat à durée déterminée - 12 Mois", kCdd},
        ContractCase{"CDD - 12 Mois", kCdd}, ContractCase{"CDD Insertion - 6 Mois", kCdd},
        ContractCase{"Saisonnier - 5 Mois", kCdd},
        ContractCase{"Mission intérimaire - 1 Mois", kInterim},
        ContractCase{"Intérim - 3 Mois", kInterim}, ContractCase{"Travail temporaire", kInterim},
        ContractCase{"Profession libérale", kFreelance}, ContractCase{"Prestataire", kFreelance},
        ContractCase{"Indépendant", kFreelance}, ContractCase{"Portage salarial", kFreelance},
        ContractCase{"SIVP", kStage}, ContractCase{"Stage/PFE", kStage},
        ContractCase{"Stagiaire", kStage}, ContractCase{"Contrat d’apprentissage", kAlternance},
        ContractCase{"apprentissage", kAlternance},
        ContractCase{"Contrat de professionnalisation", kAlternance},
        ContractCase{"contrat pro", kAlternance}));

INSTANTIATE_TEST_SUITE_P(
    EnglishWordings, ParseContractType,
    testing::Values(ContractCase{"permanent", kCdi}, ContractCase{"Permanent contract", kCdi},
                    ContractCase{"Fixed-term contract", kCdd}, ContractCase{"Temporary", kCdd},
                    ContractCase{"Contract", kFreelance}, ContractCase{"Contractor", kFreelance},
                    ContractCase{"Independent contractor", kFreelance},
                    ContractCase{"Self-employed", kFreelance}, ContractCase{"Internship", kStage},
                    ContractCase{"Intern", kStage}, ContractCase{"Temporary internship", kStage},
                    ContractCase{"Apprenticeship", kAlternance},
                    ContractCase{"Work-study", kAlternance}));

INSTANTIATE_TEST_SUITE_P(EmploymentTypeCodes, ParseContractType,
                         testing::Values(ContractCase{"INTERNSHIP", kStage},
                                         ContractCase{"APPRENTICESHIP", kAlternance},
                                         ContractCase{"CONTRACT", kFreelance},
                                         ContractCase{"TEMPORARY", kCdd},
                                         ContractCase{"FULL_TIME", std::nullopt},
                                         ContractCase{"PART_TIME", std::nullopt},
                                         ContractCase{"VOLUNTEER", std::nullopt}));

INSTANTIATE_TEST_SUITE_P(SeveralTypesNamedKeepTheFirst, ParseContractType,
                         testing::Values(ContractCase{"CDI, CDD & Stage", kCdi},
                                         ContractCase{"CDD & Stage", kCdd},
                                         ContractCase{"CDD/Interim/Mission", kCdd},
                                         ContractCase{"À plein temps et Prestataire", kFreelance},
                                         ContractCase{"Stagiaire / Alternant", kStage},
                                         ContractCase{"CDISIVP", kCdi},
                                         ContractCase{"IntérimSIVP", kInterim}));

INSTANTIATE_TEST_SUITE_P(NothingToMap, ParseContractType,
                         testing::Values(ContractCase{"", std::nullopt},
                                         ContractCase{"Full-time", std::nullopt},
                                         ContractCase{"external", std::nullopt},
                                         ContractCase{"Autre - Télétravail : Non", std::nullopt},
                                         ContractCase{"Contrat", std::nullopt},
                                         ContractCase{"Tunis", std::nullopt},
                                         ContractCase{"International", std::nullopt},
                                         ContractCase{"Interne", std::nullopt}));

TEST(ParseContractTypeOnCatalogueValues, MapsEveryDistinctValueOfTheCatalogue) {
  const std::vector<testing_support::FixtureRow> rows =
      testing_support::read_fixture_table("catalogue_contracts.tsv");
  ASSERT_GT(rows.size(), 150u);
  for (const testing_support::FixtureRow& row : rows) {
    ASSERT_EQ(row.columns.size(), 3u) << "line " << row.line;
    const std::optional<ContractType> type = parse_contract_type(row.columns[0]);
    EXPECT_EQ(type ? std::string(contract_label(*type)) : "", row.columns[1])
        << "raw \"" << row.columns[0] << '"';
  }
}

TEST(ParseWorkingTimeOnCatalogueValues, MapsEveryDistinctValueOfTheCatalogue) {
  const std::vector<testing_support::FixtureRow> rows =
      testing_support::read_fixture_table("catalogue_contracts.tsv");
  ASSERT_GT(rows.size(), 150u);
  for (const testing_support::FixtureRow& row : rows) {
    ASSERT_EQ(row.columns.size(), 3u) << "line " << row.line;
    const std::optional<WorkingTime> time = parse_working_time(row.columns[0]);
    EXPECT_EQ(time ? std::string(working_time_label(*time)) : "", row.columns[2])
        << "raw \"" << row.columns[0] << '"';
  }
}

TEST(ParseWorkingTime, RecognisesFullTimeWordings) {
  for (const std::string_view raw : {"FULL_TIME", "Full-time", "Full Time", "fulltime",
                                     "À plein temps", "Temps plein", "temps complet"}) {
    EXPECT_EQ(parse_working_time(raw), WorkingTime::kFullTime) << raw;
  }
}

TEST(ParseWorkingTime, RecognisesPartTimeWordings) {
  for (const std::string_view raw :
       {"PART_TIME", "Part-time", "Part Time", "temps partiel", "À temps partiel", "Mi-temps"}) {
    EXPECT_EQ(parse_working_time(raw), WorkingTime::kPartTime) << raw;
  }
}

TEST(ParseWorkingTime, ReturnsNothingForContractOnlyWordings) {
  for (const std::string_view raw : {"", "CDI", "Contract", "Temps", "Time", "external"}) {
    EXPECT_EQ(parse_working_time(raw), std::nullopt) << raw;
  }
}

TEST(ContractLabel, NamesEveryTypeInDisplayOrder) {
  std::vector<std::string_view> labels;
  for (const ContractType type : all_contract_types()) labels.push_back(contract_label(type));
  EXPECT_EQ(labels, (std::vector<std::string_view>{"CDI", "CDD", "Stage", "Alternance", "Freelance",
                                                   "Intérim"}));
}

TEST(ContractLabel, ParsesBackToTheSameType) {
  for (const ContractType type : all_contract_types()) {
    EXPECT_EQ(parse_contract_type(contract_label(type)), type) << contract_label(type);
  }
}

TEST(WorkingTimeLabel, NamesEveryWorkingTimeAndParsesBack) {
  ASSERT_EQ(all_working_times().size(), 2u);
  EXPECT_EQ(working_time_label(WorkingTime::kFullTime), "Temps plein");
  EXPECT_EQ(working_time_label(WorkingTime::kPartTime), "Temps partiel");
  for (const WorkingTime time : all_working_times()) {
    EXPECT_EQ(parse_working_time(working_time_label(time)), time);
  }
}

}  // namespace
}  // namespace jobmatch::text
