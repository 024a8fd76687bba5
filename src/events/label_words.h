// Word classes the labeler uses to find clauses, time phrases, titles and phrase boundaries.
// Each class is a data file, src/events/lang/en/CLASS.txt, embedded in the binary.
#pragma once

#include <span>
#include <string_view>

#include "util/embedded.h"
#include "util/result.h"
#include "util/word_list.h"

namespace chronoline {

// The embedded files of src/events/lang (generated at build time by cmake/embed_data.cmake).
std::span<const EmbeddedFile> label_data_files();

// Loads and validates every word class once; errors name the file and line. A test runs it, so
// a shipped binary always loads.
Status check_label_words();

// The word class `name` ("titles" is en/titles.txt); empty when the class failed to load.
const WordSet& label_word_class(std::string_view name);

inline const WordSet& kTimePrepositions = label_word_class("time-prepositions");
inline const WordSet& kDeictic = label_word_class("deictic");
inline const WordSet& kTimeModifiers = label_word_class("time-modifiers");
inline const WordSet& kFrontedStarters = label_word_class("fronted-starters");
inline const WordSet& kDiscourse = label_word_class("discourse");
inline const WordSet& kFirmDescriptors = label_word_class("firm-descriptors");
inline const WordSet& kSequenceConjunctions = label_word_class("sequence-conjunctions");
inline const WordSet& kFrontedAdverbs = label_word_class("fronted-adverbs");
inline const WordSet& kAdverbEndings = label_word_class("adverb-endings");
inline const WordSet& kDropAdverbs = label_word_class("drop-adverbs");
inline const WordSet& kEchoAdverbs = label_word_class("echo-adverbs");
inline const WordSet& kAuxiliaries = label_word_class("auxiliaries");
inline const WordSet& kBeForms = label_word_class("be-forms");
inline const WordSet& kModals = label_word_class("modals");
inline const WordSet& kReportingVerbs = label_word_class("reporting-verbs");
inline const WordSet& kRelatives = label_word_class("relatives");
inline const WordSet& kSubordinators = label_word_class("subordinators");
inline const WordSet& kConjunctions = label_word_class("conjunctions");
inline const WordSet& kParticiples = label_word_class("participles");
inline const WordSet& kArticles = label_word_class("articles");
inline const WordSet& kPossessives = label_word_class("possessives");
inline const WordSet& kPronouns = label_word_class("pronouns");
inline const WordSet& kNeuterPronouns = label_word_class("neuter-pronouns");
inline const WordSet& kNeuterPossessives = label_word_class("neuter-possessives");
inline const WordSet& kPersonPronouns = label_word_class("person-pronouns");
inline const WordSet& kPersonPossessives = label_word_class("person-possessives");
inline const WordSet& kOrganisationWords = label_word_class("organisation-words");
inline const WordSet& kImpersonalVerbs = label_word_class("impersonal-verbs");
inline const WordSet& kCutWords = label_word_class("cut-words");
inline const WordSet& kIrregularPast = label_word_class("irregular-past");
inline const WordSet& kAmbiguousVerbs = label_word_class("ambiguous-verbs");
inline const WordSet& kTitles = label_word_class("titles");
inline const WordSet& kTitleModifiers = label_word_class("title-modifiers");
inline const WordSet& kStopBeforeNoun = label_word_class("stop-before-noun");
inline const WordSet& kFrontedParticiples = label_word_class("fronted-participles");
inline const WordSet& kAsideAdverbs = label_word_class("aside-adverbs");
inline const WordSet& kVerbParticles = label_word_class("verb-particles");
inline const WordSet& kStretchNouns = label_word_class("stretch-nouns");
inline const WordSet& kBoundPrepositions = label_word_class("bound-prepositions");
inline const WordSet& kClauseConjunctions = label_word_class("clause-conjunctions");
inline const WordSet& kMaleTitles = label_word_class("male-titles");
inline const WordSet& kFemaleTitles = label_word_class("female-titles");
inline const WordSet& kMaleGivenNames = label_word_class("male-given-names");
inline const WordSet& kFemaleGivenNames = label_word_class("female-given-names");
inline const WordSet& kTranscriptTags = label_word_class("transcript-tags");
inline const WordSet& kInterjections = label_word_class("interjections");
inline const WordSet& kDanglingWords = label_word_class("dangling-words");
inline const WordSet& kMalePronouns = label_word_class("male-pronouns");
inline const WordSet& kFemalePronouns = label_word_class("female-pronouns");
inline const WordSet& kRelativePronouns = label_word_class("relative-pronouns");
inline const WordSet& kHeadPrepositions = label_word_class("head-prepositions");
inline const WordSet& kAddressPrepositions = label_word_class("address-prepositions");
inline const WordSet& kLooseSubordinators = label_word_class("loose-subordinators");
inline const WordSet& kAmountUnits = label_word_class("amount-units");
inline const WordSet& kCurrencySigns = label_word_class("currency-signs");
inline const WordSet& kNegations = label_word_class("negations");
inline const WordSet& kSubjectPronouns = label_word_class("subject-pronouns");
inline const WordSet& kKinNouns = label_word_class("kin-nouns");
inline const WordSet& kBarePresents = label_word_class("bare-presents");
inline const WordSet& kCollectiveNouns = label_word_class("collective-nouns");
inline const WordSet& kUnnamedSpeakers = label_word_class("unnamed-speakers");
inline const WordSet& kFigureApproximators = label_word_class("figure-approximators");

inline const WordSet& kAspectVerbs = label_word_class("aspect-verbs");
inline const WordSet& kPeriodVerbs = label_word_class("period-verbs");
inline const WordSet& kTimeNouns = label_word_class("time-nouns");
inline const WordSet& kRates = label_word_class("rates");
inline const WordSet& kDatelineWords = label_word_class("dateline-words");
inline const WordSet& kTimeUnits = label_word_class("time-units");
inline const WordSet& kModifierIdioms = label_word_class("modifier-idioms");
inline const WordSet& kPrepositionalParticles = label_word_class("prepositional-particles");
inline const WordSet& kCountingPrepositions = label_word_class("counting-prepositions");
inline const WordSet& kExpletives = label_word_class("expletives");
inline const WordSet& kComparisons = label_word_class("comparisons");
inline const WordSet& kFrameOpeners = label_word_class("frame-openers");
inline const WordSet& kPortionNouns = label_word_class("portion-nouns");
inline const WordSet& kHorizonNouns = label_word_class("horizon-nouns");
inline const WordSet& kHorizonVerbs = label_word_class("horizon-verbs");
inline const WordSet& kDeathWords = label_word_class("death-words");
inline const WordSet& kQuestionWords = label_word_class("question-words");
inline const WordSet& kQuestionAuxiliaries = label_word_class("question-auxiliaries");
inline const WordSet& kKickers = label_word_class("kickers");
inline const WordSet& kDayParts = label_word_class("day-parts");

// The simple past of an -ing form: from ing-pasts.txt for irregular verbs ("winning" -> "won"),
// else by rule ("graduating" -> "graduated", "studying" -> "studied", "planning" -> "planned");
// empty when `form` is no -ing form of three or more letters before "ing".
std::string past_of_ing(std::string_view form);

// Whether `form` is the simple past of a verb in ing-pasts.txt or irregular-past.txt ("came",
// "hit", "cut"); regular "-ed" pasts are not listed and the caller tests them.
bool listed_past(std::string_view form);

// The participle of a verb of expecting ("expects" -> "expected"), from expectation-verbs.txt;
// empty when `form` is none.
std::string_view expectation_participle(std::string_view form);

}  // namespace chronoline
