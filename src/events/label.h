// Event labels: a short phrase, from the sentence around a date, saying what happened then.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "events/label_tokens.h"

namespace chronoline {

// A time expression inside a sentence, as byte offsets relative to the sentence.
struct TimeSpan {
  size_t begin = 0;
  size_t end = 0;
  bool dated = true;  // names days, so it dates a clause ("recently" does not)
  bool past = false;  // ends before the publication day: what it dates has happened
  bool after = false;  // starts after the publication day: what it dates is still to come
};

// Maximum label length in code points.
inline constexpr size_t kMaxLabelLength = 90;

// Returns one headline-style label (at most `max_length` code points) for each time expression in
// `times`: what happened at that time in `sentence`. All of `times` are left out of every label.
// A label comes from the clause its expression belongs to: a fronted time phrase ("On Wednesday,
// X did Y") dates the main clause; a second date in an already dated clause dates the noun phrase
// it follows ("the takeover earlier this month"); relative and coordinate clauses get their own
// subject back ("Hekmatyar, who ... but has opposed" -> "Hekmatyar has opposed ..."). Asides,
// parentheticals and titles before names are dropped, and a long clause is cut at a phrase
// boundary. Linear in the sentence length times the number of expressions.
//
// Example:
//   make_labels("On Monday, the council, which meets rarely, held a meeting.", {{3, 9}})
//   -> {"Council held a meeting"}
std::vector<std::string> make_labels(std::string_view sentence, const std::vector<TimeSpan>& times,
                                     size_t max_length = kMaxLabelLength);

// What a word says of a person's sex: "Mrs", "she" and "her" a woman, "Mr", "he" and "his" a man.
enum class Gender { kUnknown, kMale, kFemale };

// The gender a title ("mr", "ms") or person pronoun ("he", "hers") says, lower-case; else kUnknown.
Gender gender_of_word(std::string_view lower);

// The sex a given name nearly always says ("anna" a woman, "hans" a man), lower-case; else
// kUnknown, also for names given to both ("jordan").
Gender gender_of_given_name(std::string_view lower);

// make_labels, named_subject and named_person of one sentence, reading it once.
struct SentenceLabels {
  std::vector<std::string> labels;  // one per time expression
  std::string subject;              // named_subject's answer
  std::string person;               // named_person's answer
  bool person_speaks = false;       // the main clause's verb reports what someone said ("X said")
  std::string definite;             // else a short definite subject, article dropped ("farm")
  // The main clause's subject is "he" (kMale) or "she" (kFemale): someone named before.
  Gender subject_pronoun = Gender::kUnknown;
  // The main clause's verb has an object of its own ("founded the firm"): another thing "it" may be.
  bool verb_object = false;
  // The main clause's subject is a noun phrase for one thing (no pronoun, person or plural) and its
  // verb reports no speech: an "it" later in the sentence is not the last sentence's subject.
  bool thing_subject = false;
  // `person` (else `subject`) is the only name of a person in the sentence, and its other person pronouns are all
  // "he"/"his"/"him" (kMale) or all "she"/"her" (kFemale): "Anna Berg said she would resign".
  Gender person_pronouns = Gender::kUnknown;
};

// A sentence's words as the labeler reads them. An article's are made once per sentence and
// shared by titled_surnames(), asked of every sentence first, and label_sentence().
using SentenceTokens = std::vector<label_internal::Token>;
SentenceTokens tokenize_sentence(std::string_view sentence);

// Surnames after a title that says man or woman, with what it says: "Mr. Haddad and Ms Okafor"
// -> {{"Haddad", kMale}, {"Okafor", kFemale}}; and with kUnknown the last word of each other
// person's name in the sentence ("James Charles Kopp" -> "Kopp"). `tokens` are the sentence's.
std::vector<std::pair<std::string, Gender>> titled_surnames(std::string_view sentence,
                                                            const SentenceTokens& tokens);
std::vector<std::pair<std::string, Gender>> titled_surnames(std::string_view sentence);
// `tokens` are tokenize_sentence(sentence), or of the same text with newlines for spaces.
SentenceLabels label_sentence(std::string_view sentence, SentenceTokens tokens,
                              const std::vector<TimeSpan>& times,
                              size_t max_length = kMaxLabelLength);
SentenceLabels label_sentence(std::string_view sentence, const std::vector<TimeSpan>& times,
                              size_t max_length = kMaxLabelLength);

// The subject of the main clause of `sentence` when it is a name ("Voltaren", "Ana Ribeiro"),
// written as a label would write it; empty when it is anything else (a pronoun, a common noun).
std::string named_subject(std::string_view sentence);

// The subject of the main clause of `sentence` when it names a person: two to four capitalised
// words after any title ("Harbour master Elin Sørvik" -> "Elin Sørvik"), the last not a word of
// organisations ("European Commission"); else empty.
std::string named_person(std::string_view sentence);

// `label` with a leading "It" or "Its" replaced by `name` ("Voltaren grew", "Voltaren's shares");
// unchanged when `name` is empty or the label starts otherwise.
std::string resolve_it(std::string_view label, std::string_view name);

// `label` with a leading "He"/"She" or "His"/"Her" replaced by `person` ("Elin Sørvik told
// reporters"); unchanged when `person` is empty or the label starts otherwise.
std::string resolve_person(std::string_view label, std::string_view person);

}  // namespace chronoline
