// Word classes the labeler uses to find clauses, time phrases, titles and phrase boundaries.
// Each class is a data file, src/events/lang/en/CLASS.txt, embedded in the binary.
#pragma once

#include <atomic>
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

// A word class named at compile time and looked up on first use, so the classes load only when
// something labels (`tag` never does) and not in a global constructor at every start-up. It
// stands wherever a `const WordSet&` does; the first use keeps the address, later ones read it.
class LazyWordSet {
 public:
  constexpr explicit LazyWordSet(std::string_view name) : name_(name) {}
  LazyWordSet(const LazyWordSet&) = delete;
  LazyWordSet& operator=(const LazyWordSet&) = delete;

  const WordSet& get() const {
    const WordSet* set = set_.load(std::memory_order_acquire);
    if (set == nullptr) {  // two threads may both look it up; they find the same set
      set = &label_word_class(name_);
      set_.store(set, std::memory_order_release);
    }
    return *set;
  }
  operator const WordSet&() const { return get(); }
  bool contains(std::string_view word) const { return get().contains(word); }
  size_t size() const { return get().size(); }
  size_t longest() const { return get().longest(); }

 private:
  std::string_view name_;
  mutable std::atomic<const WordSet*> set_{nullptr};
};

inline constinit LazyWordSet kTimePrepositions{"time-prepositions"};
inline constinit LazyWordSet kDeictic{"deictic"};
inline constinit LazyWordSet kTimeModifiers{"time-modifiers"};
inline constinit LazyWordSet kFrontedStarters{"fronted-starters"};
inline constinit LazyWordSet kDiscourse{"discourse"};
inline constinit LazyWordSet kFirmDescriptors{"firm-descriptors"};
inline constinit LazyWordSet kSequenceConjunctions{"sequence-conjunctions"};
inline constinit LazyWordSet kFrontedAdverbs{"fronted-adverbs"};
inline constinit LazyWordSet kAdverbEndings{"adverb-endings"};
inline constinit LazyWordSet kDropAdverbs{"drop-adverbs"};
inline constinit LazyWordSet kEchoAdverbs{"echo-adverbs"};
inline constinit LazyWordSet kAuxiliaries{"auxiliaries"};
inline constinit LazyWordSet kNonfiniteAuxiliaries{"nonfinite-auxiliaries"};
inline constinit LazyWordSet kBeForms{"be-forms"};
inline constinit LazyWordSet kModals{"modals"};
inline constinit LazyWordSet kReportingVerbs{"reporting-verbs"};
inline constinit LazyWordSet kRelatives{"relatives"};
inline constinit LazyWordSet kSubordinators{"subordinators"};
inline constinit LazyWordSet kConjunctions{"conjunctions"};
inline constinit LazyWordSet kParticiples{"participles"};
inline constinit LazyWordSet kArticles{"articles"};
inline constinit LazyWordSet kPossessives{"possessives"};
inline constinit LazyWordSet kPronouns{"pronouns"};
inline constinit LazyWordSet kNeuterPronouns{"neuter-pronouns"};
inline constinit LazyWordSet kNeuterPossessives{"neuter-possessives"};
inline constinit LazyWordSet kPersonPronouns{"person-pronouns"};
inline constinit LazyWordSet kPersonPossessives{"person-possessives"};
inline constinit LazyWordSet kOrganisationWords{"organisation-words"};
inline constinit LazyWordSet kNameKinds{"name-kinds"};
inline constinit LazyWordSet kImpersonalVerbs{"impersonal-verbs"};
inline constinit LazyWordSet kCutWords{"cut-words"};
inline constinit LazyWordSet kIrregularPast{"irregular-past"};
inline constinit LazyWordSet kAmbiguousVerbs{"ambiguous-verbs"};
inline constinit LazyWordSet kTitles{"titles"};
inline constinit LazyWordSet kTitleModifiers{"title-modifiers"};
inline constinit LazyWordSet kStopBeforeNoun{"stop-before-noun"};
inline constinit LazyWordSet kFrontedParticiples{"fronted-participles"};
inline constinit LazyWordSet kAsideAdverbs{"aside-adverbs"};
inline constinit LazyWordSet kAsideAdjectives{"aside-adjectives"};
inline constinit LazyWordSet kAsideInfinitives{"aside-infinitives"};
inline constinit LazyWordSet kVerbParticles{"verb-particles"};
inline constinit LazyWordSet kStretchNouns{"stretch-nouns"};
inline constinit LazyWordSet kBoundPrepositions{"bound-prepositions"};
inline constinit LazyWordSet kClauseConjunctions{"clause-conjunctions"};
inline constinit LazyWordSet kContrastConjunctions{"contrast-conjunctions"};
inline constinit LazyWordSet kMaleTitles{"male-titles"};
inline constinit LazyWordSet kFemaleTitles{"female-titles"};
inline constinit LazyWordSet kMaleGivenNames{"male-given-names"};
inline constinit LazyWordSet kFemaleGivenNames{"female-given-names"};
inline constinit LazyWordSet kTranscriptTags{"transcript-tags"};
inline constinit LazyWordSet kInterjections{"interjections"};
inline constinit LazyWordSet kDanglingWords{"dangling-words"};
inline constinit LazyWordSet kMalePronouns{"male-pronouns"};
inline constinit LazyWordSet kFemalePronouns{"female-pronouns"};
inline constinit LazyWordSet kRelativePronouns{"relative-pronouns"};
inline constinit LazyWordSet kHeadPrepositions{"head-prepositions"};
inline constinit LazyWordSet kAddressPrepositions{"address-prepositions"};
inline constinit LazyWordSet kLooseSubordinators{"loose-subordinators"};
inline constinit LazyWordSet kAmountUnits{"amount-units"};
inline constinit LazyWordSet kCurrencySigns{"currency-signs"};
inline constinit LazyWordSet kNegations{"negations"};
inline constinit LazyWordSet kSubjectPronouns{"subject-pronouns"};
inline constinit LazyWordSet kKinNouns{"kin-nouns"};
inline constinit LazyWordSet kBarePresents{"bare-presents"};
inline constinit LazyWordSet kCollectiveNouns{"collective-nouns"};
inline constinit LazyWordSet kUnnamedSpeakers{"unnamed-speakers"};
inline constinit LazyWordSet kFigureApproximators{"figure-approximators"};

inline constinit LazyWordSet kAspectVerbs{"aspect-verbs"};
inline constinit LazyWordSet kPeriodVerbs{"period-verbs"};
inline constinit LazyWordSet kTimeNouns{"time-nouns"};
inline constinit LazyWordSet kRates{"rates"};
inline constinit LazyWordSet kDatelineWords{"dateline-words"};
inline constinit LazyWordSet kTimeUnits{"time-units"};
inline constinit LazyWordSet kModifierIdioms{"modifier-idioms"};
inline constinit LazyWordSet kPrepositionalParticles{"prepositional-particles"};
inline constinit LazyWordSet kParticleVerbs{"particle-verbs"};
inline constinit LazyWordSet kCountingPrepositions{"counting-prepositions"};
inline constinit LazyWordSet kExpletives{"expletives"};
inline constinit LazyWordSet kComparisons{"comparisons"};
inline constinit LazyWordSet kChangeWords{"change-words"};
inline constinit LazyWordSet kHereClauseOpeners{"here-clause-openers"};
inline constinit LazyWordSet kForecastVerbs{"forecast-verbs"};
inline constinit LazyWordSet kAttributiveTimePrepositions{"attributive-time-prepositions"};
inline constinit LazyWordSet kFunctionWords{"function-words"};
inline constinit LazyWordSet kCurrencyNames{"currency-names"};
inline constinit LazyWordSet kHappeningNouns{"happening-nouns"};
inline constinit LazyWordSet kBaselinePrepositions{"baseline-prepositions"};
inline constinit LazyWordSet kComparisonNouns{"comparison-nouns"};
inline constinit LazyWordSet kQuantityComparatives{"quantity-comparatives"};
inline constinit LazyWordSet kFalseComparatives{"false-comparatives"};
inline constinit LazyWordSet kTimingComparatives{"timing-comparatives"};
inline constinit LazyWordSet kRestatingClauses{"restating-clauses"};
inline constinit LazyWordSet kDeicticPrepositions{"deictic-prepositions"};
inline constinit LazyWordSet kFrameOpeners{"frame-openers"};
inline constinit LazyWordSet kPortionNouns{"portion-nouns"};
inline constinit LazyWordSet kPartitiveWords{"partitive-words"};
inline constinit LazyWordSet kHorizonNouns{"horizon-nouns"};
inline constinit LazyWordSet kHorizonVerbs{"horizon-verbs"};
inline constinit LazyWordSet kDeathWords{"death-words"};
inline constinit LazyWordSet kQuestionWords{"question-words"};
inline constinit LazyWordSet kQuestionAuxiliaries{"question-auxiliaries"};
inline constinit LazyWordSet kKickers{"kickers"};
inline constinit LazyWordSet kDayParts{"day-parts"};
inline constinit LazyWordSet kWeekdays{"weekdays"};
inline constinit LazyWordSet kSeasons{"seasons"};
inline constinit LazyWordSet kClauseOpeners{"clause-openers"};
inline constinit LazyWordSet kSuperlativeBounds{"superlative-bounds"};
inline constinit LazyWordSet kTimeRelatives{"time-relatives"};
inline constinit LazyWordSet kPairPrepositions{"pair-prepositions"};
inline constinit LazyWordSet kPairConjunctions{"pair-conjunctions"};
inline constinit LazyWordSet kAbsoluteOpeners{"absolute-openers"};
inline constinit LazyWordSet kOpeningHoursWords{"opening-hours-words"};

// The simple past of an -ing form: from ing-pasts.txt for irregular verbs ("winning" -> "won"),
// else by rule ("graduating" -> "graduated", "studying" -> "studied", "planning" -> "planned");
// empty when `form` is no -ing form of three or more letters before "ing".
std::string past_of_ing(std::string_view form);

// The present in -s of an -ing form when its stem is certain ("falling" -> "falls", "looming" ->
// "looms", "approaching" -> "approaches", "stopping" -> "stops"); empty when a stem may or may not
// have lost an "e" ("rising", "opening": "rise", "open") or `form` is no -ing form.
std::string present_of_ing(std::string_view form);

// Whether `form` is the simple past of a verb in ing-pasts.txt or irregular-past.txt ("came",
// "hit", "cut"); regular "-ed" pasts are not listed and the caller tests them.
bool listed_past(std::string_view form);

// The participle of a verb of expecting ("expects" -> "expected"), from expectation-verbs.txt;
// empty when `form` is none.
std::string_view expectation_participle(std::string_view form);

}  // namespace chronoline
