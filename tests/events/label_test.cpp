// Tests for event labels, on sentences written for these tests.
#include "events/label.h"

#include <doctest/doctest.h>

#include "util/utf8.h"

namespace chronoline {
namespace {

// Labels for each of the phrases in `sentence`, in order.
std::vector<std::string> labels(const std::string& sentence, std::initializer_list<std::string> phrases) {
  std::vector<TimeSpan> spans;
  for (const auto& p : phrases) {
    size_t b = sentence.find(p);
    REQUIRE(b != std::string::npos);
    spans.push_back({b, b + p.size()});
  }
  return make_labels(sentence, spans);
}

TEST_CASE("a fronted time phrase dates the main clause") {
  CHECK(labels("On Tuesday, the city council approved the new budget.", {"Tuesday"}) ==
        std::vector<std::string>{"City council approved the new budget"});
  CHECK(labels("In a Friday statement, the ministry confirmed the recall of 4,000 cars.", {"Friday"}) ==
        std::vector<std::string>{"Ministry confirmed the recall of 4,000 cars"});
}

TEST_CASE("a second date in a dated clause labels the noun phrase it follows") {
  CHECK(labels("On Monday, officials discussed the flooding caused by the storm last week.", {"Monday", "last week"}) ==
        std::vector<std::string>{"Officials discussed the flooding caused by the storm", "Flooding caused by the storm"});
}

TEST_CASE("titles before names are dropped and asides removed") {
  CHECK(labels("Spanish Prime Minister Ana Ruiz, a former economist, met union leaders on Thursday.", {"Thursday"}) ==
        std::vector<std::string>{"Ana Ruiz met union leaders"});
  CHECK(labels("The European Space Agency (ESA) launched the probe in 2019.", {"2019"}) ==
        std::vector<std::string>{"ESA launched the probe"});
}

TEST_CASE("relative and coordinate clauses get their subject back") {
  CHECK(labels("The mayor praised Maria Lopez, who wasn't elected, but has led the council since 2015.", {"2015"}) ==
        std::vector<std::string>{"Maria Lopez has led the council"});
  CHECK(labels("The league grew quickly, and the club has been a member since 1998 with high hopes.", {"1998"}) ==
        std::vector<std::string>{"Club has been a member with high hopes"});
}

TEST_CASE("long clauses are cut at a phrase boundary within 90 characters") {
  std::string s =
      "Yesterday, engineers from the national railway company completed the inspection of every "
      "bridge along the northern coastal line between the two largest cities in the region.";
  auto l = labels(s, {"Yesterday"});
  CHECK(utf8::length(l[0]) <= 90);
  CHECK(l[0] == "Engineers from the national railway company completed the inspection of every bridge");
  CHECK_FALSE(l[0].ends_with(" of"));
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

TEST_CASE("a dated subject keeps its predicate, and a reported clause its own date") {
  CHECK(labels("The river rose on Monday after the storm surge of March 2013 flooded 300 homes.", {"Monday", "March 2013"})[1] ==
        "Storm surge flooded 300 homes");
  CHECK(labels("On Thursday, the chief executive told analysts that hiring had been frozen since January and that "
               "costs would fall.",
               {"Thursday", "January"})[1] == "Hiring had been frozen");
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

TEST_CASE("coordinated verb phrases and participle asides get their own labels") {
  CHECK(labels("Prices rose 12 percent last month and are expected to climb again in the fourth quarter.",
               {"last month", "the fourth quarter"}) ==
        std::vector<std::string>{"Prices rose 12 percent", "Prices are expected to climb again"});
  CHECK(labels("A similar plan, adopted during the drought of 2017, was abandoned in 2019.", {"2017", "2019"}) ==
        std::vector<std::string>{"Similar plan adopted during the drought", "Similar plan was abandoned"});
  CHECK(labels("The agency said rain was scarce, and warned on Thursday that no relief is expected before November.",
               {"Thursday", "November"})[1] == "No relief is expected");
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

TEST_CASE("lower-case titles, ages, trailing participles and reporting clauses") {
  CHECK(labels("A court on Monday freed former port commissioner Ann Lee.", {"Monday"})[0] == "Court freed Ann Lee");
  CHECK(labels("Lee, 61, has been in prison since March 2023.", {"March 2023"})[0] == "Lee has been in prison");
  CHECK(labels("He has led the rebels since 1990 at the head of the Northern Front.", {"1990"})[0] ==
        "He has led the rebels at the head of the Northern Front");
  CHECK(labels("Her lawyers filed a motion last week, arguing that she poses no risk.", {"last week"})[0] ==
        "Her lawyers filed a motion");
  CHECK(labels("The agency has tightened its rules twice, most recently in June.", {"recently", "June"})[1] ==
        "Agency has tightened its rules twice");
  CHECK(labels("The case began in 2018, when auditors flagged payments made between 2014 and 2017.",
               {"2018", "2014 and 2017"}) ==
        std::vector<std::string>{"Auditors flagged payments made", "Payments made"});
  CHECK(labels("\u201CWe are grateful,\u201D his attorney, Ana Ruiz, said in a statement Tuesday.", {"Tuesday"})[0] ==
        "His attorney, Ana Ruiz, said in a statement: \u201CWe are grateful");
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

TEST_CASE("regression: a reporting clause with nothing left to report (found by article_fuzzer)") {
  auto l = labels("Next month, a spokeswoman said on Wednesday.", {"Next month", "Wednesday"});
  CHECK(l[1] == "Spokeswoman said");
}

TEST_CASE("regression: a sentence that opens with its reporting clause (found by article_fuzzer)") {
  // No main clause at all: the label used to recurse from the reporting clause into itself.
  auto l = labels(", a spokeswoman said on Monday.", {"Monday"});
  CHECK(l[0] == "Spokeswoman said");
  CHECK(labels(", according to the ministry, said on Monday.", {"Monday"}).size() == 1);
}

TEST_CASE("'it' in a label stands for the name the article last spoke about") {
  CHECK(named_subject("Orvane, the ferry operator, said on Friday that it would stop.") == "Orvane");
  CHECK(named_subject("Ana Ribeiro opened the line.") == "Ana Ribeiro");
  CHECK(named_subject("The company's orders fell by a fifth.") == "");
  CHECK(named_subject("Work on the hall there began in 2022.") == "");
  CHECK(named_subject("It grew quickly.") == "");
  CHECK(resolve_it("It grew quickly", "Orvane") == "Orvane grew quickly");
  CHECK(resolve_it("Its shares fell", "Orvane") == "Orvane's shares fell");
  CHECK(resolve_it("Its shares fell", "Lindqvist Ferries") == "Lindqvist Ferries' shares fell");
  CHECK(resolve_it("It grew quickly", "") == "It grew quickly");
  CHECK(resolve_it("Items were sold", "Orvane") == "Items were sold");
  CHECK(resolve_it("They grew", "Orvane") == "They grew");
}

}  // namespace
}  // namespace chronoline
