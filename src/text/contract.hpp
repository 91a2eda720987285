#pragma once
// The one vocabulary of contract types and working time used across the catalogue, and the
// mapping from what sources write (FULL_TIME, "Contrat à durée indéterminée", "CDD - 12 Mois",
// "Mission intérimaire", "Internship", "SIVP", ...) to it.

#include <optional>
#include <span>
#include <string_view>

namespace jobmatch::text {

/// Contract types. Labels: CDI, CDD, Stage, Alternance, Freelance, Intérim.
enum class ContractType { kCdi, kCdd, kStage, kAlternance, kFreelance, kInterim };

/// Working time. Labels: "Temps plein", "Temps partiel".
enum class WorkingTime { kFullTime, kPartTime };

std::string_view contract_label(ContractType type);
std::string_view working_time_label(WorkingTime time);

/// All contract types / working times in display order.
std::span<const ContractType> all_contract_types();
std::span<const WorkingTime> all_working_times();

/// Contract type named by free text, case- and accent-insensitive: labels themselves ("cdi",
/// "interim"), French wordings ("Contrat à durée indéterminée", "CDD - 12 Mois", "Mission
/// intérimaire - 1 Mois", "CDD Insertion", "Profession libérale", "Prestataire", "SIVP",
/// "apprentissage", "contrat de professionnalisation"), English ones ("permanent", "Contract",
/// "Contractor", "Internship", "Intern", "Temporary", "Apprenticeship", "Freelance"), and
/// employment_type codes (INTERNSHIP, APPRENTICESHIP, CONTRACT -> Freelance, TEMPORARY -> CDD).
/// nullopt when nothing matches ("Full-time", "external", "").
std::optional<ContractType> parse_contract_type(std::string_view raw);

/// Working time named by free text: FULL_TIME, PART_TIME, "Full-time", "Full Time",
/// "Part-time", "À plein temps", "Temps plein", "temps partiel", "Mi-temps", ...
std::optional<WorkingTime> parse_working_time(std::string_view raw);

}  // namespace jobmatch::text
