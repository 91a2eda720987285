#pragma once
// A small hand-written taxonomy for tests and fuzzers: the shapes of the shipped one (ids,
// FR/EN labels, aliases, kinds, links, guards) on a few well-known skills. No test framework
// here, so the fuzz targets can include it.

#include <string_view>

namespace jobmatch::skills::testing {

inline constexpr std::string_view kTestTaxonomy = R"jsonl({"meta": {"version": "test.1", "title_words": {"developer": "developpeur", "software": "logiciel"}}}
{"id": "cur:sql", "en": "SQL", "fr": "SQL", "aliases": [], "kind": "hard"}
{"id": "cur:postgresql", "en": "PostgreSQL", "fr": "", "aliases": ["Postgres"], "kind": "hard", "broader": ["cur:sql"]}
{"id": "cur:javascript", "en": "JavaScript", "fr": "", "aliases": ["JS"], "kind": "hard"}
{"id": "cur:java", "en": "Java", "fr": "", "aliases": [], "kind": "hard"}
{"id": "cur:cpp", "en": "C++", "fr": "", "aliases": [], "kind": "hard"}
{"id": "cur:csharp", "en": "C#", "fr": "", "aliases": [], "kind": "hard"}
{"id": "cur:c", "en": "C", "fr": "", "aliases": [], "kind": "hard", "guards": [{"alias": "C", "case_sensitive": true, "needs_context": true}]}
{"id": "cur:dotnet", "en": ".NET", "fr": "", "aliases": ["dotnet"], "kind": "hard"}
{"id": "cur:aspnet", "en": "ASP.NET", "fr": "", "aliases": [], "kind": "hard", "related": ["cur:dotnet"]}
{"id": "cur:nodejs", "en": "Node.js", "fr": "", "aliases": ["NodeJS"], "kind": "hard", "related": ["cur:javascript"]}
{"id": "cur:cicd", "en": "CI/CD", "fr": "", "aliases": ["intégration continue"], "kind": "hard"}
{"id": "cur:kubernetes", "en": "Kubernetes", "fr": "", "aliases": ["k8s"], "kind": "hard"}
{"id": "cur:docker", "en": "Docker", "fr": "", "aliases": [], "kind": "hard", "related": ["cur:kubernetes"]}
{"id": "cur:go", "en": "Go", "fr": "", "aliases": ["Golang"], "kind": "hard", "guards": [{"alias": "Go", "case_sensitive": true, "needs_context": true}]}
{"id": "cur:r", "en": "R", "fr": "", "aliases": [], "kind": "hard", "guards": [{"alias": "R", "case_sensitive": true, "needs_context": true, "reject_next": ["d"]}]}
{"id": "cur:excel", "en": "Microsoft Excel", "fr": "", "aliases": ["Excel", "MS Excel"], "kind": "tool", "guards": [{"alias": "Excel", "reject_prev": ["to", "will"], "reject_next": ["in", "at"]}]}
{"id": "cur:spring", "en": "Spring", "fr": "", "aliases": [], "kind": "hard", "broader": ["cur:java"], "guards": [{"alias": "Spring", "case_sensitive": true, "needs_context": true, "reject_prev": ["in", "this", "au"], "reject_next": ["#"]}]}
{"id": "cur:spring-boot", "en": "Spring Boot", "fr": "", "aliases": [], "kind": "hard", "broader": ["cur:spring"]}
{"id": "cur:microsoft-office", "en": "Microsoft Office", "fr": "", "aliases": ["Pack Office"], "kind": "tool", "generic": true}
{"id": "cur:driving-licence-b", "en": "driving licence (B)", "fr": "permis B", "aliases": [], "kind": "hard", "generic": true}
{"id": "cur:powerbi", "en": "Power BI", "fr": "", "aliases": ["PowerBI"], "kind": "tool"}
{"id": "cur:database", "en": "database", "fr": "base de données", "aliases": [], "kind": "knowledge"}
{"id": "cur:teamwork", "en": "teamwork", "fr": "travail en équipe", "aliases": ["esprit d'équipe"], "kind": "soft"}
{"id": "cur:project-management", "en": "project management", "fr": "gestion de projet", "aliases": [], "kind": "hard"}
{"id": "cur:python", "en": "Python", "fr": "", "aliases": [], "kind": "hard"}
{"id": "lang:en", "en": "English", "fr": "anglais", "aliases": [], "kind": "language"}
)jsonl";

}  // namespace jobmatch::skills::testing
