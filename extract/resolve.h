// Resolution of entities across documents (see docs/EXTRACTION.md, "Resolution").
#pragma once

#include <map>
#include <string>
#include <vector>

#include "extract/lexicon.h"
#include "graph/knowledge.h"

namespace kg::extract {

// Normalised comparison key of a name: lower case, hyphens as spaces, punctuation and
// a leading "the" dropped ("Kim Jong-un" and "Kim Jong Un" have one key).
std::string name_key(const std::string& name);

// Two spellings of one person's name ("Alexander Kozlov" / "Alexandr Kozlov")?
// Never true for two people who only share a surname ("Kim Jong Un" / "Kim Tok-hun").
bool same_person_name(const std::string& a, const std::string& b);

// Two names of one organisation ("Military Academy of the General Staff of the Russian
// Armed Forces" / "Military Academy of the Armed Forces' General Staff")?
bool same_org_name(const Lexicon& lex, const std::string& a, const std::string& b);

// Rewrites entity names in `batch` so that one real-world entity has one canonical
// name, matching a node of `existing` when there is one. Unnamed agreements are told apart by
// their parties (EntityFact::parties), not their words.
void resolve_entities(const Lexicon& lex, std::vector<DocumentFacts>& batch, const PropertyGraph& existing);

}  // namespace kg::extract
