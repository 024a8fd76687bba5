// Tests for the article reader and the sentence splitter.
#include "article/article.h"

#include <fstream>
#include <sstream>

#include <doctest/doctest.h>

#include "article/article_words.h"
#include "article/place.h"
#include "article/sentences.h"
#include "test_support.h"

namespace chronoline {
namespace {

// A stand-in for the tagger: accepts only "March 3, 2023" style lines used in these tests.
std::optional<DateTime> fake_dateline(std::string_view line) {
  if (line.starts_with("March 3, 2023")) return DateTime{date::sys_days{date::year{2023} / 3 / 3}, std::nullopt};
  return std::nullopt;
}

std::vector<std::string> sentences_of(const std::string& text) {
  std::vector<std::string> out;
  for (auto r : split_sentences(text, {0, text.size()})) out.emplace_back(text.substr(r.begin, r.size()));
  return out;
}

TEST_CASE("sentences split at terminal punctuation but not at abbreviations or initials") {
  CHECK(sentences_of("Mr. Smith met U.S. officials on Jan. 5. They agreed. J. R. Doe left!") ==
        std::vector<std::string>{"Mr. Smith met U.S. officials on Jan. 5.", "They agreed.", "J. R. Doe left!"});
  CHECK(sentences_of("\u201CWe are ready,\u201D he said. \u201CGood.\u201D It cost 3.5 million.") ==
        std::vector<std::string>{"\u201CWe are ready,\u201D he said.", "\u201CGood.\u201D", "It cost 3.5 million."});
  CHECK(sentences_of("no end punctuation") == std::vector<std::string>{"no end punctuation"});
}

// Titles that events/lang/en/titles.txt knows as abbreviations ended a sentence here ("Ann Cole
// on Friday." was cut from "... by Det. Ann Cole on Friday.").
TEST_CASE("regression: abbreviated titles before a name end no sentence") {
  CHECK(sentences_of("Maj. Tom Reyes met Det. Ann Cole, Insp. Bo Li and Supt. Kay Moss. They agreed.") ==
        std::vector<std::string>{"Maj. Tom Reyes met Det. Ann Cole, Insp. Bo Li and Supt. Kay Moss.", "They agreed."});
}

TEST_CASE("an abbreviation that often ends a sentence ends one before a sentence's first word") {
  CHECK(sentences_of("Residents left shortly after 2 p.m. Many had packed. The deadline is 5 p.m. Friday.") ==
        std::vector<std::string>{"Residents left shortly after 2 p.m.", "Many had packed.", "The deadline is 5 p.m. Friday."});
  CHECK(sentences_of("He joined Acme Inc. The firm grew. U.S. President Joe Biden spoke.") ==
        std::vector<std::string>{"He joined Acme Inc.", "The firm grew.", "U.S. President Joe Biden spoke."});
  CHECK(sentences_of("Gov. Ana Lee spoke.") == std::vector<std::string>{"Gov. Ana Lee spoke."});
  CHECK(sentences_of("Justices hear State v. Tallis Power Co. Here is how it got here.") ==
        std::vector<std::string>{"Justices hear State v. Tallis Power Co.", "Here is how it got here."});
}

TEST_CASE("list items on their own lines are sentences, prose wrapped at a width is not cut") {
  CHECK(sentences_of("Key moments:\n2015 - City proposes a bridge.\n\u2022 2021: work halts\n\u2022 2022: work resumes") ==
        std::vector<std::string>{"Key moments:", "2015 - City proposes a bridge.", "\u2022 2021: work halts",
                                 "\u2022 2022: work resumes"});
  CHECK(sentences_of("The council met on\nMonday and agreed.\nIt was late.") ==
        std::vector<std::string>{"The council met on\nMonday and agreed.", "It was late."});
  CHECK(sentences_of("He moved to the U.S.\nlater that year.") ==
        std::vector<std::string>{"He moved to the U.S.\nlater that year."});
}

// A numbered item was glued to the line before it ("work halts 2.") and its number cut off.
TEST_CASE("regression: numbered list items on their own lines are sentences") {
  CHECK(sentences_of("Key moments:\n1. May 2019: work starts\n2. July 2020: work halts\n12) 2021: work resumes") ==
        std::vector<std::string>{"Key moments:", "1.", "May 2019: work starts", "2.", "July 2020: work halts",
                                 "12) 2021: work resumes"});
}

TEST_CASE("the reader finds dateline, title, body, credits and footer") {
  std::string text =
      "\xEF\xBB\xBFMarch 3, 2023, 10:15\r\n\r\nCity Opens Bridge\r\n\r\nCity Opens Bridge\r\n\r\n"
      "The city opened its new bridge on Monday. Traffic was light.\r\n\r\n"
      "REUTERS 2022 / JANE DOEWorkers lift the last span in May.\r\n\r\n"
      "Source: example.com\r\n\r\nRelated posts\r\n\r\nAn unrelated story from last week.\r\n";
  auto a = read_article(text, "a.txt", fake_dateline);
  REQUIRE(a);
  CHECK(a->published->day == date::sys_days{date::year{2023} / 3 / 3});
  CHECK(a->title == "City Opens Bridge");
  CHECK(a->source == "example.com");
  REQUIRE(a->paragraphs.size() == 2);
  CHECK_FALSE(a->paragraphs[0].caption);
  CHECK(a->paragraphs[1].caption);
  REQUIRE(a->credits.size() == 1);
  CHECK(a->slice(a->credits[0]) == "REUTERS 2022 / JANE DOE");
  REQUIRE(a->sentences.size() == 3);
  CHECK(a->slice(a->sentences[0].range) == "The city opened its new bridge on Monday.");
  CHECK(a->slice(a->sentences[2].range) == "Workers lift the last span in May.");
  CHECK(a->text.find('\r') == std::string::npos);
}

TEST_CASE("a source line may name the source instead of its site") {
  auto a = read_article("March 3, 2023\n\nBridge Opens\n\nIt opened today.\n\nSource: Al Jazeera and news agencies\n",
                        "a.txt", fake_dateline);
  REQUIRE(a);
  CHECK(a->source == "Al Jazeera and news agencies");
  // A sentence after "Source:" is no name.
  auto b = read_article("March 3, 2023\n\nBridge Opens\n\nSource: the city said it opened on time.\n", "a.txt",
                        fake_dateline);
  REQUIRE(b);
  CHECK(b->source.empty());
}

TEST_CASE("a dateline on the line right above the title, with no blank line between, is found") {
  auto a = read_article("March 3, 2023\nBridge Opens\n\nIt opened today.\n", "a.txt", fake_dateline);
  REQUIRE(a);
  CHECK(a->published);
  CHECK(a->title == "Bridge Opens");
  REQUIRE(a->paragraphs.size() == 1);
  CHECK(a->slice(a->paragraphs[0].range) == "It opened today.");
  auto b = read_article("March 3, 2023\nBridge Opens\nIt opened today.\n", "b.txt", fake_dateline);
  REQUIRE(b);
  CHECK(b->published);
  CHECK(b->title == "Bridge Opens");
  REQUIRE(b->paragraphs.size() == 1);
  CHECK(b->slice(b->paragraphs[0].range) == "It opened today.");
  // Wrapped prose right under the dateline is the story, not a title.
  auto c = read_article("March 3, 2023\nThe bridge opened today after\nyears of delay.\n", "c.txt", fake_dateline);
  REQUIRE(c);
  CHECK(c->published);
  CHECK(c->title.empty());
  REQUIRE(c->paragraphs.size() == 1);
  CHECK(c->slice(c->paragraphs[0].range) == "The bridge opened today after\nyears of delay.");
}

TEST_CASE("a lone line under the dateline is the story, and a dateline under the title needs no blank line") {
  auto a = read_article("March 3, 2023\n\nThe bridge opened today.\n", "a.txt", fake_dateline);
  REQUIRE(a);
  CHECK(a->published);
  CHECK(a->title.empty());
  REQUIRE(a->paragraphs.size() == 1);
  auto b = read_article("March 3, 2023\nThe bridge opened today.\n", "b.txt", fake_dateline);
  REQUIRE(b);
  CHECK(b->title.empty());
  REQUIRE(b->paragraphs.size() == 1);
  auto c = read_article("Bridge Opens\nMarch 3, 2023\nIt opened today.\nIt cost a lot.\n", "c.txt", fake_dateline);
  REQUIRE(c);
  CHECK(c->published);
  CHECK(c->title == "Bridge Opens");
  REQUIRE(c->paragraphs.size() == 1);
  CHECK(c->slice(c->paragraphs[0].range).starts_with("It opened today."));
}

TEST_CASE("an article without a dateline starts with its title") {
  auto a = read_article("Bridge Opens\n\nIt opened today.\n", "a.txt", fake_dateline);
  REQUIRE(a);
  CHECK_FALSE(a->published);
  CHECK(a->title == "Bridge Opens");
}

TEST_CASE("a dateline after the title, or after a byline, is found too") {
  auto a = read_article("Bridge Opens\n\nMarch 3, 2023\n\nIt opened today.\n", "a.txt", fake_dateline);
  REQUIRE(a);
  CHECK(a->published);
  CHECK(a->title == "Bridge Opens");
  REQUIRE(a->paragraphs.size() == 1);
  auto b = read_article("Bridge Opens\n\nBy Ana Ruiz\n\nMarch 3, 2023\n\nIt opened today.\n", "b.txt", fake_dateline);
  REQUIRE(b);
  CHECK(b->published);
  REQUIRE(b->paragraphs.size() == 1);
  auto c = read_article("Bridge Opens\nBy Ana Ruiz\nMarch 3, 2023\n\nIt opened today.\n", "c.txt", fake_dateline);
  REQUIRE(c);
  CHECK(c->published);
  CHECK(c->title == "Bridge Opens");
  REQUIRE(c->paragraphs.size() == 1);
  // The byline and the dateline as two lines of one paragraph after the title.
  auto e = read_article("Bridge Opens\n\nBy Ana Ruiz\nMarch 3, 2023\n\nIt opened today.\n", "e.txt", fake_dateline);
  REQUIRE(e);
  CHECK(e->published);
  CHECK(e->title == "Bridge Opens");
  REQUIRE(e->paragraphs.size() == 1);
  // A dateline that does not end the header is none.
  auto f = read_article("Bridge Opens\n\nMarch 3, 2023\nBy Ana Ruiz\n\nIt opened today.\n", "f.txt", fake_dateline);
  REQUIRE(f);
  CHECK_FALSE(f->published);
  // A standfirst (a summary line without a full stop) may come between title and byline.
  auto g = read_article("Bridge Opens\n\nCommuters gain a second crossing after six years\n\nBy Ana Ruiz\n\n"
                        "March 3, 2023\n\nIt opened today.\n",
                        "g.txt", fake_dateline);
  REQUIRE(g);
  CHECK(g->published);
  CHECK(g->title == "Bridge Opens");
  REQUIRE(g->paragraphs.size() == 1);
  CHECK(g->slice(g->paragraphs[0].range) == "It opened today.");
  // A byline is header matter even with no dateline after it, and after a first-line dateline.
  auto i = read_article("March 3, 2023\n\nBridge Opens\n\nBy Ana Ruiz\n\nIt opened today.\n", "i.txt", fake_dateline);
  REQUIRE(i);
  CHECK(i->published);
  REQUIRE(i->paragraphs.size() == 1);
  auto h = read_article("Bridge Opens\n\nBy Ana Ruiz\n\nIt opened today.\n", "h.txt", fake_dateline);
  REQUIRE(h);
  CHECK_FALSE(h->published);
  REQUIRE(h->paragraphs.size() == 1);
  CHECK(h->slice(h->paragraphs[0].range) == "It opened today.");
  // A byline may go on after the name.
  for (const char* line : {"By Ana Ruiz in Kyiv", "By Ana Ruiz, staff writer"}) {
    auto k = read_article(std::string("Bridge Opens\n\n") + line + "\n\nMarch 3, 2023\n\nIt opened today.\n", "k.txt",
                          fake_dateline);
    REQUIRE(k);
    CHECK(k->published);
    CHECK(k->paragraphs.size() == 1);
  }
  // A short first paragraph that starts with "By" is no byline.
  auto j = read_article("March 3, 2023\n\nBridge Opens\n\nBy 2030 the city will have three.\n\nIt opened.\n", "j.txt",
                        fake_dateline);
  REQUIRE(j);
  CHECK(j->paragraphs.size() == 2);
  // A body paragraph after the title is not skipped looking for one.
  auto d = read_article("Bridge Opens\n\nIt opened today.\n\nMarch 3, 2023\n", "d.txt", fake_dateline);
  REQUIRE(d);
  CHECK_FALSE(d->published);
  CHECK(d->paragraphs.size() == 2);
}

TEST_CASE("a wire story's lead dateline gives the publication date, and the story starts after it") {
  auto a = read_article("Bridge Opens\n\nPORTO, March 3, 2023 (Reuters) - The bridge opened today. It is long.\n",
                        "a.txt", fake_dateline);
  REQUIRE(a);
  CHECK(a->published);
  REQUIRE(a->sentences.size() == 2);
  CHECK(a->slice(a->sentences[0].range) == "The bridge opened today.");
  // A place and region without a date, with an em dash.
  auto b = read_article("Bridge Opens\n\nCEDAR FALLS, Ore. (AP) \u2014 The bridge opened today.\n", "b.txt",
                        fake_dateline);
  REQUIRE(b);
  CHECK_FALSE(b->published);
  CHECK(b->slice(b->sentences[0].range) == "The bridge opened today.");
  // A header dateline wins; an upper-case word that is no place is left alone.
  auto u = read_article("March 3, 2023\n\nTalks\n\nUSA - China talks resumed today.\n", "u.txt", fake_dateline);
  REQUIRE(u);
  CHECK(u->slice(u->sentences[0].range) == "USA - China talks resumed today.");
  auto c = read_article("March 3, 2023\n\nBridge Opens\n\nNATO - the alliance - met today.\n", "c.txt", fake_dateline);
  REQUIRE(c);
  CHECK(c->slice(c->sentences[0].range) == "NATO - the alliance - met today.");
  // Older AP copy's " _ ", and a dateline standing alone as the first paragraph.
  auto e = read_article("Bridge Opens\n\nNEWARK, N.J. _ The bridge opened.\n", "e.txt", fake_dateline);
  REQUIRE(e);
  CHECK(e->slice(e->sentences[0].range) == "The bridge opened.");
  auto f = read_article("Bridge Opens\n\nPORTO, March 3, 2023 (Xinhua) --\n\nThe bridge opened.\n", "f.txt", fake_dateline);
  REQUIRE(f);
  CHECK(f->published);
  REQUIRE(f->paragraphs.size() == 1);
  CHECK(f->slice(f->sentences[0].range) == "The bridge opened.");
  auto d = read_article("Bridge Opens\n\nWINSTON-SALEM, N.C., March 3, 2023 (AP) -- It opened.\n", "d.txt", fake_dateline);
  REQUIRE(d);
  CHECK(d->published);
  CHECK(d->slice(d->sentences[0].range) == "It opened.");
}

// "JERUSALEM (AP)_ Top Israeli officials sent strong new signals Sunday ..." was labelled
// "JERUSALEM _ Top Israeli officials sent ...": older AP copy's dash glued to the agency's bracket
// was no dash, so the dateline stayed in the story's first sentence.
TEST_CASE("a lead dateline may end in an underscore right after the agency") {
  auto a = read_article("Bridge Opens\n\nJERUSALEM (AP)_ The bridge opened today.\n", "a.txt", fake_dateline);
  REQUIRE(a);
  CHECK(a->slice(a->sentences[0].range) == "The bridge opened today.");
  CHECK(a->dateline_place == "JERUSALEM");
  auto b = read_article("Bridge Opens\n\nCAGUAS, Puerto Rico (AP)_ The bridge opened today.\n", "b.txt", fake_dateline);
  REQUIRE(b);
  CHECK(b->slice(b->sentences[0].range) == "The bridge opened today.");
  // Near misses: an underscore in a word or after a bracket that no dateline opens stays.
  auto c = read_article("March 3, 2023\n\nBridge Opens\n\nThe file (draft)_ was sent today.\n", "c.txt", fake_dateline);
  REQUIRE(c);
  CHECK(c->slice(c->sentences[0].range) == "The file (draft)_ was sent today.");
  auto d = read_article("March 3, 2023\n\nBridge Opens\n\nNATO (the alliance)_ met today.\n", "d.txt", fake_dateline);
  REQUIRE(d);
  CHECK(d->slice(d->sentences[0].range) == "NATO (the alliance)_ met today.");
}

// The place a lead dateline names, in the styles wire and press copy write, and its hemisphere.
std::string place_of(const std::string& lead) {
  auto a = read_article("Dry Summer\n\n" + lead + "The fire season opened.\n", "a.txt", fake_dateline);
  REQUIRE(a);
  REQUIRE_MESSAGE(a->sentences.size() == 1, lead);
  CHECK_MESSAGE(a->slice(a->sentences[0].range) == "The fire season opened.", lead);
  return a->dateline_place + (a->hemisphere == Hemisphere::kSouth ? " (south)" : " (north)");
}

TEST_CASE("a lead dateline's place gives the story's hemisphere") {
  CHECK(place_of("WELLINGTON, New Zealand \u2014 ") == "WELLINGTON, New Zealand (south)");
  CHECK(place_of("SYDNEY (Reuters) - ") == "SYDNEY (south)");
  CHECK(place_of("CAPE TOWN, 3 March 2023 - ") == "CAPE TOWN (south)");  // a day-first date
  CHECK(place_of("MELBOURNE, Australia (AP) \u2014 ") == "MELBOURNE, Australia (south)");
  CHECK(place_of("HOBART, Tas., March 3, 2023 (AAP) - ") == "HOBART, Tas. (south)");
  CHECK(place_of("S\u00C3O PAULO, March 3, 2023 (Reuters) - ") == "S\u00C3O PAULO (south)");
  CHECK(place_of("Buenos Aires, Argentina, March 3, 2023 /PRNewswire/ -- ") == "Buenos Aires, Argentina (south)");
  CHECK(place_of("Auckland, March 3 (AAP) ") == "Auckland (south)");  // an agency's lead, no dash
  // A qualifier decides: northern namesakes of southern cities, and a southern state's city.
  CHECK(place_of("MELBOURNE, Fla. (AP) \u2014 ") == "MELBOURNE, Fla. (north)");
  CHECK(place_of("PERTH, Scotland (Reuters) - ") == "PERTH, Scotland (north)");
  CHECK(place_of("BALLARAT, Victoria (AAP) - ") == "BALLARAT, Victoria (south)");
  CHECK(place_of("VICTORIA (CP) \u2014 ") == "VICTORIA (north)");  // the city alone is British Columbia's
  CHECK(place_of("OSLO, March 3, 2023 (Reuters) - ") == "OSLO (north)");
  CHECK(place_of("CEDAR FALLS, Ore. (AP) \u2014 ") == "CEDAR FALLS, Ore. (north)");
  // A day named with no number is the dateline's date, not the place's qualifier.
  CHECK(place_of("SYDNEY, Monday (AAP) - ") == "SYDNEY (south)");
  CHECK(place_of("CAPE TOWN, Tuesday \u2014 ") == "CAPE TOWN (south)");
  CHECK(place_of("WELLINGTON, New Zealand, Tues. \u2014 ") == "WELLINGTON, New Zealand (south)");
  CHECK(place_of("PERTH, Scotland, Friday (Reuters) - ") == "PERTH, Scotland (north)");
}

TEST_CASE("a lead dateline's country gives the story's financial year") {
  REQUIRE_MESSAGE(check_fiscal_years(), check_fiscal_years().error().message);
  auto fy = [](const std::string& lead) {
    auto a = read_article("Profit Rises\n\n" + lead + "Profit rose.\n", "a.txt", fake_dateline);
    REQUIRE(a);
    const FiscalYear& y = a->fiscal_year;
    return std::to_string(y.start_month) + (y.named_by_start ? " start" : " end");
  };
  CHECK(fy("MUMBAI, Nov 25, 2026 (Reuters) - ") == "4 end");
  CHECK(fy("NEW DELHI, Nov 25 (PTI) ") == "4 end");
  CHECK(fy("Pune, India, March 3, 2023 /PRNewswire/ -- ") == "4 end");
  CHECK(fy("TOKYO (Kyodo) - ") == "4 start");
  CHECK(fy("SYDNEY (Reuters) - ") == "7 end");
  CHECK(fy("KARACHI, Nov 25 (Reuters) - ") == "7 end");
  // Places whose companies keep years of their own, and a namesake's qualifier, are not listed.
  CHECK(fy("LONDON (Reuters) - ") == "0 end");
  CHECK(fy("VICTORIA (CP) \u2014 ") == "0 end");
  CHECK(fy("SYDNEY, N.S. (CP) \u2014 ") == "0 end");
  CHECK(fiscal_year_of_place("").start_month == 0);
}

TEST_CASE("only the lead dateline decides the hemisphere, not a place the story mentions") {
  auto a = read_article("March 3, 2023\n\nDry Summer\n\nFarmers in Sydney and Cape Town fear the summer.\n",
                        "a.txt", fake_dateline);
  REQUIRE(a);
  CHECK(a->dateline_place == "");
  CHECK(a->hemisphere == Hemisphere::kNorth);
  // A dateline further down the story is no lead dateline.
  auto b = read_article("Dry Summer\n\nOSLO (Reuters) - It was dry.\n\nSYDNEY (Reuters) - It was dry too.\n",
                        "b.txt", fake_dateline);
  REQUIRE(b);
  CHECK(b->dateline_place == "OSLO");
  CHECK(b->hemisphere == Hemisphere::kNorth);
}

TEST_CASE("dateline_place keeps the place and its qualifiers and drops the date, agency and dash") {
  CHECK(dateline_place("WELLINGTON, Nov 25 (Reuters) - ") == "WELLINGTON");
  CHECK(dateline_place("CAPE TOWN, 24 November 2026 - ") == "CAPE TOWN");
  CHECK(dateline_place("WINSTON-SALEM, N.C., March 3, 2023 (AP) -- ") == "WINSTON-SALEM, N.C.");
  CHECK(dateline_place("NEWARK, N.J. _ ") == "NEWARK, N.J.");
  CHECK(dateline_place("") == "");
  CHECK(hemisphere_of_place("") == Hemisphere::kNorth);
  CHECK(hemisphere_of_place("Christchurch, NEW ZEALAND") == Hemisphere::kSouth);
}

// A name or place that starts with a capital outside ASCII was no byline ("By \u00C9lodie Martin" stayed
// body) and no wire dateline ("S\u00C3O PAULO, ...").
TEST_CASE("regression: bylines and lead datelines may start with a non-ASCII capital") {
  auto a = read_article("Bridge Opens\n\nBy \u00C9lodie Martin\n\nIt opened today.\n", "a.txt", fake_dateline);
  REQUIRE(a);
  REQUIRE(a->paragraphs.size() == 1);
  CHECK(a->slice(a->paragraphs[0].range) == "It opened today.");
  auto b = read_article("Bridge Opens\n\nS\u00C3O PAULO, March 3, 2023 (Reuters) - The bridge opened today.\n",
                        "b.txt", fake_dateline);
  REQUIRE(b);
  CHECK(b->published);
  REQUIRE(b->sentences.size() == 1);
  CHECK(b->slice(b->sentences[0].range) == "The bridge opened today.");
  auto c = read_article("Bridge Opens\n\n\u00C9VORA - The bridge opened today.\n", "c.txt", fake_dateline);
  REQUIRE(c);
  CHECK(c->slice(c->sentences[0].range) == "The bridge opened today.");
}

TEST_CASE(
    "a standfirst that ends with a full stop comes before a dateline when the story follows it") {
  // BBC style: title, one-sentence summary, dateline.
  auto a = read_article(
      "Bridge Opens\n\nCommuters gain a second crossing after six years.\n\nMarch 3, 2023\n\n"
      "It opened today.\n",
      "a.txt", fake_dateline);
  REQUIRE(a);
  CHECK(a->published);
  CHECK(a->title == "Bridge Opens");
  REQUIRE(a->paragraphs.size() == 1);
  CHECK(a->slice(a->paragraphs[0].range) == "It opened today.");
  // Magazine style: two sentences, then byline and dateline.
  auto b = read_article(
      "Bridge Opens\n\nSix years of work. Now it is done.\n\nBy Ana Ruiz\nPublished March 3, "
      "2023\n\n"
      "It opened today.\n",
      "b.txt", [](std::string_view line) {
        return fake_dateline(line.starts_with("Published ") ? line.substr(10) : line);
      });
  REQUIRE(b);
  CHECK(b->published);
  REQUIRE(b->paragraphs.size() == 1);
  CHECK(b->slice(b->paragraphs[0].range) == "It opened today.");
  // A sentence followed only by a date is the story, not a standfirst.
  auto c =
      read_article("Bridge Opens\n\nIt opened today.\n\nMarch 3, 2023\n", "c.txt", fake_dateline);
  REQUIRE(c);
  CHECK_FALSE(c->published);
  CHECK(c->paragraphs.size() == 2);
}

TEST_CASE("a press release's header, contact block, boilerplate and end mark are no story") {
  auto a = read_article(
      "FOR IMMEDIATE RELEASE\n\nCity Opens Bridge\n\nMarch 3, 2023\n\n"
      "Contact: Ana Ruiz, Press Office\nPhone: 555-0100\nEmail: ana@example.org\n\n"
      "The city opened its bridge today.\n\n"
      "About the City of Porto\nThe city was founded in 1851.\n\n###\n",
      "a.txt", fake_dateline);
  REQUIRE(a);
  CHECK(a->title == "City Opens Bridge");
  CHECK(a->published);
  REQUIRE(a->paragraphs.size() == 1);
  CHECK(a->slice(a->paragraphs[0].range) == "The city opened its bridge today.");
  // The heading may be a paragraph of its own; the end mark alone ends the body too.
  auto b = read_article(
      "City Opens Bridge\n\nIt opened today.\n\nABOUT ACME\n\nAbout Acme Inc\n\nAcme, founded in "
      "1990.\n",
      "b.txt", fake_dateline);
  REQUIRE(b);
  CHECK(b->paragraphs.size() == 2);  // "ABOUT ACME" is no heading of the form read
  auto c = read_article(
      "City Opens Bridge\n\nIt opened today.\n\n- ENDS -\n\nNotes to editors: in 1990.\n", "c.txt",
      fake_dateline);
  REQUIRE(c);
  CHECK(c->paragraphs.size() == 1);
  // "About" starting a sentence is prose.
  auto d = read_article(
      "City Opens Bridge\n\nAbout 200 people came.\n\nAbout the bridge, they said little.\n",
      "d.txt", fake_dateline);
  REQUIRE(d);
  CHECK(d->paragraphs.size() == 2);
  // A title that starts with a marker is still the title.
  auto f = read_article("Press release: City opens bridge\n\nIt opened today.\n", "f.txt",
                        fake_dateline);
  REQUIRE(f);
  CHECK(f->title == "Press release: City opens bridge");
  auto g = read_article("NEWS RELEASE - MARCH 3, 2023\n\nCity Opens Bridge\n\nIt opened today.\n",
                        "g.txt", fake_dateline);
  REQUIRE(g);
  CHECK(g->title == "City Opens Bridge");
  // "About" alone ending a line is no heading (and is read within bounds).
  auto h = read_article(
      "City Opens Bridge\n\nIt opened today.\n\nAbout \nthe bridge, little was said.\n", "h.txt",
      fake_dateline);
  REQUIRE(h);
  CHECK(h->paragraphs.size() == 2);
  // "Contact" in a sentence is prose.
  auto e = read_article("City Opens Bridge\n\nContact with the island was restored in May.\n",
                        "e.txt", fake_dateline);
  REQUIRE(e);
  CHECK(e->paragraphs.size() == 1);
}

TEST_CASE("a copyright notice ends the body") {
  auto a = read_article(
      "Bridge Opens\n\nIt opened today.\n\nCopyright 2022 The Courier. All rights reserved.\n",
      "a.txt", fake_dateline);
  REQUIRE(a);
  CHECK(a->paragraphs.size() == 1);
  auto b = read_article("Bridge Opens\n\nIt opened today.\n\n\u00A9 2022 Acme Media\n", "b.txt",
                        fake_dateline);
  REQUIRE(b);
  CHECK(b->paragraphs.size() == 1);
  auto c = read_article("Bridge Opens\n\nCopyright law changed in 2019. It matters.\n", "c.txt",
                        fake_dateline);
  REQUIRE(c);
  CHECK(c->paragraphs.size() == 1);
}

TEST_CASE("a labelled photo credit is a credit, alone or after a caption") {
  auto a = read_article(
      "Bridge Opens\n\nIt opened today.\n\nPhotograph: Ana Ruiz/The Weekend Review\n\nIt is "
      "long.\n",
      "a.txt", fake_dateline);
  REQUIRE(a);
  REQUIRE(a->sentences.size() == 2);
  CHECK(a->slice(a->sentences[1].range) == "It is long.");
  REQUIRE(a->credits.size() == 1);
  CHECK(a->slice(a->credits[0]) == "Photograph: Ana Ruiz/The Weekend Review");
  auto b = read_article("Bridge Opens\n\nWorkers on the span in May. Photo: Ana Ruiz/AP\n", "b.txt",
                        fake_dateline);
  REQUIRE(b);
  REQUIRE(b->sentences.size() == 1);
  CHECK(b->slice(b->sentences[0].range) == "Workers on the span in May.");
  CHECK(b->paragraphs[0].caption);
  REQUIRE(b->credits.size() == 1);
  CHECK(b->slice(b->credits[0]) == "Photo: Ana Ruiz/AP");
  // A label that starts a sentence is prose.
  auto c = read_article("Bridge Opens\n\nThe first image: a crowd. Image: One was long.\n", "c.txt",
                        fake_dateline);
  REQUIRE(c);
  CHECK(c->credits.empty());
}

TEST_CASE("only a source label, maybe misspelt, gives the source") {
  auto a = read_article("Bridge Opens\n\nIt opened today.\n\nSourse: example.com\n", "a.txt",
                        fake_dateline);
  REQUIRE(a);
  CHECK(a->source == "example.com");
  auto b = read_article("Bridge Opens\n\nIt opened today.\n\nEmail: desk@example.org\n", "b.txt",
                        fake_dateline);
  REQUIRE(b);
  CHECK(b->source.empty());
  auto c = read_article("Bridge Opens\n\nIt opened today.\n\nAP soccer: https://example.org/hub\n",
                        "c.txt", fake_dateline);
  REQUIRE(c);
  CHECK(c->source.empty());
}

TEST_CASE("a byline may have a line naming the outlet or post under it") {
  auto a = read_article(
      "Bridge Opens\n\nCommuters gain a second crossing.\n\nBy Ana Ruiz\nBBC News, Porto\n\n"
      "March 3, 2023\n\nIt opened today.\n",
      "a.txt", fake_dateline);
  REQUIRE(a);
  CHECK(a->published);
  REQUIRE(a->paragraphs.size() == 1);
  CHECK(a->slice(a->paragraphs[0].range) == "It opened today.");
  auto b = read_article(
      "March 3, 2023\n\nBridge Opens\n\nBy Ana Ruiz\nTransport Correspondent\n\nIt opened today.\n",
      "b.txt", fake_dateline);
  REQUIRE(b);
  REQUIRE(b->paragraphs.size() == 1);
  // A sentence under a byline is the story.
  auto c = read_article("March 3, 2023\n\nBridge Opens\n\nBy Ana Ruiz\nThe bridge opened today.\n",
                        "c.txt", fake_dateline);
  REQUIRE(c);
  CHECK(c->paragraphs.size() == 1);
  // A name without "By" is a byline when a dateline follows it in the block.
  auto e = read_article("Bridge Opens\n\nAna Ruiz\nMarch 3, 2023\n\nIt opened today.\n", "e.txt",
                        fake_dateline);
  REQUIRE(e);
  CHECK(e->published);
  REQUIRE(e->paragraphs.size() == 1);
  auto f = read_article(
      "Bridge Opens\n\nBy Ana Ruiz\nBBC News\nTransport Correspondent\n\nIt opened today.\n",
      "f.txt", fake_dateline);
  REQUIRE(f);
  REQUIRE(f->paragraphs.size() == 1);
  // No affiliation without a byline above it.
  auto d = read_article("March 3, 2023\n\nBridge Opens\n\nBBC News, Porto\n\nIt opened today.\n",
                        "d.txt", fake_dateline);
  REQUIRE(d);
  CHECK(d->paragraphs.size() == 2);
}

TEST_CASE("a pasted web page's crumbs, stamps, furniture and link lines are no text") {
  auto a = read_article(
      "Home > World > Europe\n\nBridge Opens\n\nMarch 3, 2023, 08:15 GMT\nUpdated 3 hours ago\n\n"
      "By Ana Ruiz and Li Wei\n5 min read\n\nShare this article\n\nIt opened today.\n\n"
      "Advertisement\n\nRead more: How the old bridge fell\n\nIt is long.\n\nRelated stories\n"
      "Bridge closes - 12 May 2022\n",
      "a.txt", fake_dateline);
  REQUIRE(a);
  CHECK(a->published);
  CHECK(a->title == "Bridge Opens");
  REQUIRE(a->paragraphs.size() == 2);
  CHECK(a->slice(a->paragraphs[0].range) == "It opened today.");
  CHECK(a->slice(a->paragraphs[1].range) == "It is long.");
  // A footer marker above the story is furniture; below it, it ends the story.
  auto b = read_article("Bridge Opens\n\nComments (3)\n\nIt opened today.\n\nComments (3)\n\nIt rained.\n",
                        "b.txt", fake_dateline);
  REQUIRE(b);
  REQUIRE(b->paragraphs.size() == 1);
  CHECK(b->slice(b->paragraphs[0].range) == "It opened today.");
  // A heading of related links ends it too; a sentence starting with "Related" does not.
  auto c = read_article(
      "Bridge Opens\n\nRelated charges were filed.\n\nRelated bills: Roads Act 2025\n", "c.txt",
      fake_dateline);
  REQUIRE(c);
  REQUIRE(c->paragraphs.size() == 1);
  CHECK(c->slice(c->paragraphs[0].range) == "Related charges were filed.");
  // "Read more" with no link after it still starts a footer.
  auto d = read_article("Bridge Opens\n\nIt opened today.\n\nRead more\n\nBridge closes\n", "d.txt",
                        fake_dateline);
  REQUIRE(d);
  CHECK(d->paragraphs.size() == 1);
}

TEST_CASE("notes in brackets on their own lines are no text, a bracketed credit heads its caption") {
  auto a = read_article(
      "Bridge Opens\n\nMarch 3, 2023\n\n(Adds minister's comment in paragraph 4)\n\nOSLO, March 3 "
      "(Reuters) - It opened today.\n\n(Photo: Ana Ruiz/Agency)\nWorkers on the span in May.\n\n"
      "(The company later appealed.)\n\n(Reporting by Ana Ruiz; Editing by Li Wei)\n",
      "a.txt", fake_dateline);
  REQUIRE(a);
  REQUIRE(a->sentences.size() == 3);
  CHECK(a->slice(a->sentences[0].range) == "It opened today.");
  CHECK(a->slice(a->sentences[1].range) == "Workers on the span in May.");
  CHECK(a->paragraphs[1].caption);
  REQUIRE(a->credits.size() == 1);
  CHECK(a->slice(a->credits[0]) == "(Photo: Ana Ruiz/Agency)");
  // A sentence in brackets is text.
  CHECK(a->slice(a->sentences[2].range) == "(The company later appealed.)");
}

TEST_CASE("wire and section tags before a headline are left out of the title") {
  auto a = read_article("March 3, 2023\n\nUPDATE 2-Norvik Steel cuts 900 jobs\n\nIt cut them.\n", "a.txt",
                        fake_dateline);
  REQUIRE(a);
  CHECK(a->title == "Norvik Steel cuts 900 jobs");
  auto b = read_article("March 3, 2023\n\nREFILE-CORRECTED-Norvik cuts jobs\n\nIt cut them.\n",
                        "b.txt", fake_dateline);
  REQUIRE(b);
  CHECK(b->title == "Norvik cuts jobs");
  auto c = read_article("March 3, 2023\n\nOpinion | I coached for 20 years\n\nI did.\n", "c.txt",
                        fake_dateline);
  REQUIRE(c);
  CHECK(c->title == "I coached for 20 years");
  // A word that is no tag, or a tag in lower case before a hyphen, stays.
  auto d = read_article("March 3, 2023\n\nUS-China talks resume\n\nThey did.\n", "d.txt", fake_dateline);
  REQUIRE(d);
  CHECK(d->title == "US-China talks resume");
  auto e = read_article("March 3, 2023\n\nUpdate-free phones sell well\n\nThey did.\n", "e.txt",
                        fake_dateline);
  REQUIRE(e);
  CHECK(e->title == "Update-free phones sell well");
}

TEST_CASE("an agency's lead dateline in title case needs no dash, without a year it names the date") {
  auto a = read_article("Yamuna plan cleared\n\nNew Delhi, Nov 27 (PTI) The Cabinet approved it.\n",
                        "a.txt", fake_dateline);
  REQUIRE(a);
  CHECK_FALSE(a->published);
  REQUIRE(a->sentences.size() == 1);
  CHECK(a->slice(a->sentences[0].range) == "The Cabinet approved it.");
  CHECK(no_publication_date(*a, "a.txt") ==
        "a.txt: the dateline's date \"Nov 27\" has no year; pass --pub-date YYYY-MM-DD");
  // A name and an age in brackets are no dateline.
  auto b = read_article("Yamuna plan cleared\n\nMeera Chauhan, 61 (IND) said so.\n", "b.txt", fake_dateline);
  REQUIRE(b);
  CHECK(b->slice(b->sentences[0].range) == "Meera Chauhan, 61 (IND) said so.");
  CHECK(no_publication_date(*b, "b.txt") == "b.txt: no publication date found; pass --pub-date YYYY-MM-DD");
  // No date between the comma and the agency: no dateline (the date was the rest of the paragraph).
  auto c = read_article("Yamuna plan cleared\n\nMumbai, (PTI) The 3 firms merged.\n", "c.txt",
                        fake_dateline);
  REQUIRE(c);
  CHECK(c->lead_date == "");
  CHECK(c->slice(c->sentences[0].range) == "Mumbai, (PTI) The 3 firms merged.");
}

// The byline check under the title called the dateline parser without asking whether there was one.
TEST_CASE("regression: an article read without a dateline parser may have a byline") {
  auto a = read_article("Bridge Opens\n\nBy Ana Ruiz\n\nIt opened today.\n", "a.txt", nullptr);
  REQUIRE(a);
  CHECK(a->title == "Bridge Opens");
  REQUIRE(a->sentences.size() == 1);
  CHECK(a->slice(a->sentences[0].range) == "It opened today.");
}

TEST_CASE("no-break and thin spaces read as spaces, code point for code point") {
  auto a = read_article("Bridge Opens\n\nIt opens Dec.\u00A08 at 7\u202Fp.m.\n", "a.txt", fake_dateline);
  REQUIRE(a);
  CHECK(a->slice(a->sentences[0].range) == "It opens Dec. 8 at 7 p.m.");
}

TEST_CASE("a heading in capitals on its own line is no part of the sentence under it") {
  CHECK(sentences_of("COUNCIL PASSES BUDGET\nThe council passed the budget.\nNEXT ADVISORY\nAt 2 PM EDT.") ==
        std::vector<std::string>{"COUNCIL PASSES BUDGET", "The council passed the budget.", "NEXT ADVISORY",
                                 "At 2 PM EDT."});
  // A line in capitals that goes on (a comma, a dash) or a short one is no heading.
  CHECK(sentences_of("THE MAYOR, WHO\nspoke on Friday.") == std::vector<std::string>{"THE MAYOR, WHO\nspoke on Friday."});
  CHECK(sentences_of("UK\nsales rose.") == std::vector<std::string>{"UK\nsales rose."});
}

TEST_CASE("a short heading over a long line of prose is a sentence of its own") {
  CHECK(sentences_of("Port strike ends\nDock workers at the port returned to work on Tuesday after a nine-day stoppage.") ==
        std::vector<std::string>{"Port strike ends",
                                 "Dock workers at the port returned to work on Tuesday after a nine-day stoppage."});
  // Prose wrapped at a width: the next line is about as long. A line with a comma goes on.
  CHECK(sentences_of("The committee meets\nThursday to vote on the plan.") ==
        std::vector<std::string>{"The committee meets\nThursday to vote on the plan."});
  CHECK(sentences_of("In Leeds, the mayor\nSaid the budget would be set in late February after two months of talks.") ==
        std::vector<std::string>{"In Leeds, the mayor\nSaid the budget would be set in late February after two months of talks."});
}

TEST_CASE("a dateline closing the story is no text, and dates an article whose header has none") {
  auto a = read_article("Bridge Opens\n\nIt opened today.\n\nIt was late.\n\nPublished March 3, 2023, 14:05\n",
                        "a.txt", [](std::string_view line) {
                          return fake_dateline(line.starts_with("Published ") ? line.substr(10) : line);
                        });
  REQUIRE(a.ok());
  REQUIRE(a->published);
  CHECK(a->published->day == date::sys_days{date::year{2023} / 3 / 3});
  CHECK(a->paragraphs.size() == 2);
  CHECK(a->sentences.size() == 2);
}

// Only the last one went: a "Published" line over an "Updated" one stayed as a sentence (a false
// event "Published") and the update dated the article; on two lines of one paragraph, neither was
// read (no publication date).
TEST_CASE("regression: two datelines closing the story are no text, and the first dates the article") {
  auto parse = [](std::string_view line) -> std::optional<DateTime> {
    for (std::string_view label : {"Published ", "Updated "})
      if (line.starts_with(label)) {
        line.remove_prefix(label.size());
        int day = line.starts_with("March 3") ? 3 : line.starts_with("March 4") ? 4 : 0;
        if (day) return DateTime{date::sys_days{date::year{2023} / 3 / day}, std::nullopt};
      }
    return std::nullopt;
  };
  for (std::string_view foot : {"Published March 3, 2023\n\nUpdated March 4, 2023\n",
                                "Published March 3, 2023\nUpdated March 4, 2023\n"}) {
    CAPTURE(foot);
    auto a = read_article("Bridge Opens\n\nIt opened today.\n\nIt was late.\n\n" + std::string(foot), "a.txt", parse);
    REQUIRE(a.ok());
    REQUIRE(a->published);
    CHECK(a->published->day == date::sys_days{date::year{2023} / 3 / 3});
    CHECK(a->paragraphs.size() == 2);
    CHECK(a->sentences.size() == 2);
  }
  // Under a one-sentence story, they leave it the story (not a standfirst over "Published").
  auto one = read_article("Bridge Opens\n\nIt opened today.\n\nPublished March 3, 2023\n\nUpdated March 4, 2023\n",
                          "a.txt", parse);
  REQUIRE(one.ok());
  REQUIRE(one->published);
  CHECK(one->published->day == date::sys_days{date::year{2023} / 3 / 3});
  REQUIRE(one->sentences.size() == 1);
  CHECK(one->slice(one->sentences[0].range) == "It opened today.");
  // A line under them that is no dateline keeps them all as text.
  auto a = read_article("Bridge Opens\n\nIt opened today.\n\nPublished March 3, 2023\nIt was late.\n", "a.txt", parse);
  REQUIRE(a.ok());
  CHECK(!a->published);
  CHECK(a->paragraphs.size() == 2);
}

TEST_CASE("a dateline may end with a byline, as blogs write it") {
  auto a = read_article("Bridge Opens\n\nMarch 3, 2023 by Ana Ruiz\n\nIt opened today.\n", "a.txt", fake_dateline);
  REQUIRE(a.ok());
  REQUIRE(a->published);
  CHECK(a->title == "Bridge Opens");
  CHECK(a->sentences.size() == 1);
}

TEST_CASE("a newsletter's furniture and footer are no text") {
  auto a = read_article(
      "View in browser\n\nThe Ledger\nMarch 3, 2023\n\nThe bridge opened.\n\nYou are receiving this because you "
      "signed up at ledger.example.org.\nUnsubscribe | Update your preferences\n",
      "a.txt", fake_dateline);
  REQUIRE(a.ok());
  REQUIRE(a->published);
  CHECK(a->title == "The Ledger");
  CHECK(a->sentences.size() == 1);
}

// A footer phrase starting a paragraph's first line made it a footer however long the paragraph:
// prose wrapped at a fixed width whose paragraph opens "More from the hearing came ..." ended
// the story there (its Tuesday and December events were lost).
TEST_CASE("regression: a wrapped paragraph of prose that opens with a footer phrase is no footer") {
  auto a = read_article(
      "March 3, 2023\n\nBudget Passes\n\nThe council met on Monday and voted on the\nbudget.\n\n"
      "More from the hearing came on Tuesday, when the\nmayor told the committee the plan would pass.\n\n"
      "Officials will review it in December, the clerk\nsaid.\n",
      "a.txt", fake_dateline);
  REQUIRE(a.ok());
  CHECK(a->paragraphs.size() == 3);
  // A finished first line over furniture still starts a footer.
  auto b = read_article(
      "March 3, 2023\n\nBudget Passes\n\nThe council met.\n\nRead more from our coverage on the budget.\n"
      "Council | Schools | Transit\n\nA footer line.\n",
      "a.txt", fake_dateline);
  REQUIRE(b.ok());
  CHECK(b->paragraphs.size() == 1);
}

TEST_CASE("the reader rejects empty, binary and non-UTF-8 input with located messages") {
  auto msg = [](std::string_view bytes) {
    auto a = read_article(bytes, "a.txt", fake_dateline);
    return a ? std::string("ok") : a.error().message;
  };
  CHECK(msg("") == "a.txt: the article is empty; give a dateline, a title and a body");
  CHECK(msg(" \n\n ") == "a.txt: the article is empty; give a dateline, a title and a body");
  CHECK(msg(std::string("Title\n\nab\0c", 11)) == "a.txt:3:3: NUL byte; this looks like a binary file, not a text article");
  CHECK(msg("Title\n\ncaf\xE9 au lait") ==
        "a.txt:3:4: invalid UTF-8; convert the file to UTF-8 (for example iconv -f latin1 -t utf-8)");
  CHECK(msg(std::string_view("\xFF\xFEt\0i\0", 6)) == "a.txt: UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)");
}

TEST_CASE("the seed article's structure" * doctest::skip(!testing::has_shared(testing::kSeed))) {
  std::ifstream in(testing::shared_dir() / testing::kSeed, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  auto any_date = [](std::string_view line) -> std::optional<DateTime> {
    if (line.starts_with("January 25, 2022")) return DateTime{date::sys_days{date::year{2022} / 1 / 25}, std::nullopt};
    return std::nullopt;
  };
  auto a = read_article(ss.str(), "seed", any_date);
  REQUIRE(a);
  CHECK(a->title.starts_with("Putin, Xi Agree on Joint Approach"));
  CHECK(a->source == "sputniknews.com");
  CHECK(a->credits.size() == 2);
  for (const auto& s : a->sentences) {
    CHECK(a->slice(s.range).find("Related posts") == std::string_view::npos);
    CHECK(a->slice(s.range).find("AFP 2021") == std::string_view::npos);
    CHECK(a->slice(s.range).find(a->title) == std::string_view::npos);
  }
}

// Each paragraph searched for "\n\n" to the end of the text, and each paragraph looked through
// every photo credit: 100,000 paragraphs between blank lines holding a space took minutes.
TEST_CASE("regression: many paragraphs between blank lines with spaces, or many credits, are read in linear time") {
  std::string text = "March 3, 2023\n\nTitle\n\n";
  for (int i = 0; i < 100000; ++i) text += i % 2 ? "The port grew.\n \n" : "AFP 2021 / JANE DOE The port grew.\n \n";
  auto a = read_article(text, "a.txt", fake_dateline);
  REQUIRE(a.ok());
  CHECK(a->paragraphs.size() == 100000);
  CHECK(a->credits.size() == 50000);
  REQUIRE(a->sentences.size() == 100000);
  CHECK(a->slice(a->sentences[0].range) == "The port grew.");
  CHECK(a->sentences.back().paragraph == 99999);
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

TEST_CASE("regression: a huge sentence without punctuation is cut into bounded pieces") {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "the council met on Monday, ";
  auto pieces = split_sentences(text, {0, text.size()});
  CHECK(pieces.size() > 30);
  for (auto r : pieces) CHECK(r.size() <= kMaxSentenceBytes);
  CHECK(pieces.front().begin == 0);
  CHECK(text.substr(pieces.front().end - 1, 1) == ",");
  std::string no_spaces(5000, 'x');
  for (auto r : split_sentences(no_spaces, {0, no_spaces.size()})) CHECK(r.size() <= kMaxSentenceBytes);
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

TEST_CASE("the reader's word lists load from their data files") {
  REQUIRE_MESSAGE(check_article_words(), check_article_words().error().message);
  CHECK(article_word_list("footer-markers").size() > 10);
}

TEST_CASE("a title that is a name and a life span is also the story's first paragraph") {
  auto a = read_article("March 3, 2023\n\nJohn Smith (1932-2023)\n\nJohn Smith served as mayor.\n", "a.txt",
                        fake_dateline);
  REQUIRE(a.ok());
  CHECK(a->title == "John Smith (1932-2023)");
  REQUIRE(a->paragraphs.size() == 2);
  CHECK(a->slice(a->paragraphs[0].range) == "John Smith (1932-2023)");
  // On the line above the story, it is a paragraph of its own.
  auto c = read_article("March 3, 2023\n\nMayor Dies\n\nJohn Smith (1932-2023)\nJohn Smith served as mayor.\n",
                        "a.txt", fake_dateline);
  REQUIRE(c.ok());
  REQUIRE(c->paragraphs.size() == 2);
  CHECK(c->slice(c->paragraphs[1].range) == "John Smith served as mayor.");
  // Any other title is not.
  auto b = read_article("March 3, 2023\n\nMayor Dies at 91 (Updated)\n\nJohn Smith served as mayor.\n", "a.txt",
                        fake_dateline);
  REQUIRE(b.ok());
  CHECK(b->paragraphs.size() == 1);
}

// A list of office holders on consecutive lines ("John Smith (1970-1990)\nMary Jones
// (1990-2002)") gives each line a paragraph of its own. Splitting one line off per pass re-read
// the rest of the list each time (is_footer lower-cases it): 16,000 lines took 20 s; now the
// lines are split off together.
TEST_CASE("regression: a long list of names with their years reads in linear time") {
  std::string text = "March 3, 2023\n\nPast Holders\n\n";
  constexpr int kLines = 20000;
  for (int i = 0; i < kLines; ++i)
    text += "Name" + std::to_string(i) + " Jones (" + std::to_string(1900 + i % 90) + "-" +
            std::to_string(1991 + i % 30) + ")\n";
  text += "The office was abolished in 2021.\n";
  auto a = read_article(text, "a.txt", fake_dateline);
  REQUIRE(a.ok());
  REQUIRE(a->paragraphs.size() == kLines + 1);
  CHECK(a->slice(a->paragraphs[0].range) == "Name0 Jones (1900-1991)");
  CHECK(a->slice(a->paragraphs[kLines - 1].range) == "Name19999 Jones (1919-2010)");
  CHECK(a->slice(a->paragraphs[kLines].range).starts_with("The office was abolished"));
}

}  // namespace
}  // namespace chronoline

namespace chronoline {
namespace {

TEST_CASE("a press release's lead dateline in title case with a dash is no story") {
  auto a = read_article("March 3, 2023\n\nGrid Firm Sets Date\n\nMunich, Germany, March 3, 2023 \u2014 The firm set a "
                        "date.\n",
                        "a.txt", fake_dateline);
  REQUIRE(a);
  REQUIRE(a->sentences.size() == 1);
  CHECK(a->slice(a->sentences[0].range) == "The firm set a date.");
  // A newswire between slashes goes too.
  auto b = read_article("Grid Firm Sets Date\n\nAustin, Texas, March 3, 2023 /PRNewswire/ -- The firm set it.\n",
                        "b.txt", fake_dateline);
  REQUIRE(b);
  REQUIRE(b->published);
  CHECK(b->slice(b->sentences[0].range) == "The firm set it.");
  // Places and a dash without a date that parses are prose.
  auto c = read_article("March 3, 2023\n\nTwin Towns\n\nParis, Texas, and Lyon - the two towns met.\n", "c.txt",
                        fake_dateline);
  REQUIRE(c);
  CHECK(c->slice(c->sentences[0].range) == "Paris, Texas, and Lyon - the two towns met.");
}

// A first line opening with a wire or press dateline was read as the title: the lead sentence was
// lost and, with no dateline line above it, the article had no publication date.
TEST_CASE("a first line that opens with a lead dateline is the story's lead or a headline, not a bare title") {
  auto a = read_article("PORTO, March 3, 2023 \u2014 The bridge opened today after years of delay, the city "
                        "said.\n\nIt is long.\n",
                        "a.txt", fake_dateline);
  REQUIRE(a);
  CHECK(a->published);
  CHECK(a->title.empty());
  REQUIRE(a->sentences.size() == 2);
  CHECK(a->slice(a->sentences[0].range) == "The bridge opened today after years of delay, the city said.");
  // Under a dateline line: an agency's lead, however short.
  auto b = read_article("March 3, 2023\n\nDETROIT (AP) \u2014 The bridge opened today.\n\nIt is long.\n", "b.txt",
                        fake_dateline);
  REQUIRE(b);
  CHECK(b->title.empty());
  REQUIRE(b->sentences.size() == 2);
  CHECK(b->slice(b->sentences[0].range) == "The bridge opened today.");
  // A newswire between slashes after an upper-case place.
  auto c = read_article("BOSTON, March 3, 2023 /PRNewswire/ -- The firm set a date.\n\nMore follows.\n", "c.txt",
                        fake_dateline);
  REQUIRE(c);
  CHECK(c->published);
  CHECK(c->slice(c->sentences[0].range) == "The firm set a date.");
  // A headline under its dateline: the title, the dateline's place and date the article's.
  auto d = read_article("MELBOURNE, March 3, 2023 \u2014 Festival reveals its line-up\n\nThe festival returns in "
                        "March.\n",
                        "d.txt", fake_dateline);
  REQUIRE(d);
  CHECK(d->published);
  CHECK(d->title == "Festival reveals its line-up");
  CHECK(d->hemisphere == Hemisphere::kSouth);
  REQUIRE(d->sentences.size() == 1);
  CHECK(d->slice(d->sentences[0].range) == "The festival returns in March.");
  // A date alone before the dash, over the headline; the story's own dateline follows.
  // (fake_dateline reads any line that starts with the date; the tagger's reads only a date.)
  auto only_date = [](std::string_view line) {
    return line == "March 3, 2023" ? fake_dateline(line) : std::nullopt;
  };
  auto e = read_article("March 3, 2023 \u2014 Bridge opens after years of delay\n\nHOUSTON \u2014 The bridge "
                        "opened today.\n",
                        "e.txt", only_date);
  REQUIRE(e);
  CHECK(e->published);
  CHECK(e->title == "Bridge opens after years of delay");
  REQUIRE(e->sentences.size() == 1);
  CHECK(e->slice(e->sentences[0].range) == "The bridge opened today.");
  // Near misses: titles stay titles. A short sentence after a capital word with no date or agency,
  // a headline after a place with no date, and an acronym before a hyphen.
  auto f = read_article("WATCH \u2014 How the bridge opened.\n\nThe bridge opened today.\n", "f.txt", fake_dateline);
  REQUIRE(f);
  CHECK(f->title == "WATCH \u2014 How the bridge opened.");
  auto g = read_article("LISBON \u2014 Metro line opens\n\nThe line opened today.\n", "g.txt", fake_dateline);
  REQUIRE(g);
  CHECK(g->title == "LISBON \u2014 Metro line opens");
  CHECK_FALSE(g->published);
  auto h = read_article("March 3, 2023\n\nUSA - China talks resume\n\nThe talks resumed today.\n", "h.txt",
                        fake_dateline);
  REQUIRE(h);
  CHECK(h->title == "USA - China talks resume");
  REQUIRE(h->sentences.size() == 1);
  CHECK(h->slice(h->sentences[0].range) == "The talks resumed today.");
}

TEST_CASE("a dated headline's date gives way to the story's own dateline") {
  // Reads "June 4, 1989" and "June 4, 2026" alone, as the tagger's parser reads only a date.
  auto june4 = [](std::string_view line) -> std::optional<DateTime> {
    if (line == "June 4, 1989") return DateTime{date::sys_days{date::year{1989} / 6 / 4}, std::nullopt};
    if (line == "June 4, 2026") return DateTime{date::sys_days{date::year{2026} / 6 / 4}, std::nullopt};
    return std::nullopt;
  };
  const DateTime y1989{date::sys_days{date::year{1989} / 6 / 4}, std::nullopt};
  const DateTime y2026{date::sys_days{date::year{2026} / 6 / 4}, std::nullopt};
  // An anniversary headline over the story's dated wire lead: the lead's date is the publication's.
  auto a = read_article("June 4, 1989 - Remembering the square\n\nHONG KONG, June 4, 2026 (Reuters) - Police "
                        "closed the park on Thursday.\n",
                        "a.txt", june4);
  REQUIRE(a);
  CHECK(a->title == "Remembering the square");
  REQUIRE(a->published);
  CHECK(*a->published == y2026);
  CHECK(a->slice(a->sentences[0].range) == "Police closed the park on Thursday.");
  // So with a place before the headline's date.
  auto b = read_article("LONDON, June 4, 1989 \u2014 The night the bridge fell\n\nLONDON, June 4, 2026 "
                        "\u2014 The inquiry reports next month.\n",
                        "b.txt", june4);
  REQUIRE(b);
  REQUIRE(b->published);
  CHECK(*b->published == y2026);
  // Near misses: the headline's date stands when the story's dateline has none, no year, or is absent.
  for (std::string_view lead : {"HONG KONG (Reuters) - ", "HONG KONG, June 4 (Reuters) - ", ""}) {
    std::string text = "June 4, 1989 - Remembering the square\n\n" + std::string(lead) +
                       "Police closed the park on Thursday.\n";
    auto c = read_article(text, "c.txt", june4);
    REQUIRE(c);
    REQUIRE(c->published);
    CHECK(*c->published == y1989);
    CHECK(c->lead_date.empty());
  }
}

TEST_CASE("a date before a dash that opens the story under a dated header is its first event") {
  const DateTime march3{date::sys_days{date::year{2023} / 3 / 3}, std::nullopt};
  auto only_date = [](std::string_view line) -> std::optional<DateTime> {
    if (line == "March 3, 2023" || line == "Published March 3, 2023")
      return DateTime{date::sys_days{date::year{2023} / 3 / 3}, std::nullopt};
    if (line == "June 1, 2023") return DateTime{date::sys_days{date::year{2023} / 6 / 1}, std::nullopt};
    return std::nullopt;
  };
  // The header dates the story: "June 1, 2023 - ..." is what happens then, kept in the sentence.
  auto a = read_article("Fares: what changes\n\nMarch 3, 2023\n\nJune 1, 2023 - New fares take effect on all "
                        "buses.\n",
                        "a.txt", only_date);
  REQUIRE(a);
  REQUIRE(a->published);
  CHECK(*a->published == march3);
  REQUIRE(a->sentences.size() == 1);
  CHECK(a->slice(a->sentences[0].range) == "June 1, 2023 - New fares take effect on all buses.");
  // So under a dated headline.
  auto b = read_article("March 3, 2023 \u2014 Fares: what changes\n\nJune 1, 2023 - New fares take effect.\n",
                        "b.txt", only_date);
  REQUIRE(b);
  REQUIRE(b->published);
  CHECK(*b->published == march3);
  REQUIRE(b->sentences.size() == 1);
  CHECK(b->slice(b->sentences[0].range) == "June 1, 2023 - New fares take effect.");
  // Near miss: with no date before it, the date alone before the dash is the dateline.
  auto c = read_article("Fares: what changes\n\nMarch 3, 2023 - New fares take effect in June.\n", "c.txt",
                        only_date);
  REQUIRE(c);
  REQUIRE(c->published);
  CHECK(*c->published == march3);
  REQUIRE(c->sentences.size() == 1);
  CHECK(c->slice(c->sentences[0].range) == "New fares take effect in June.");
}

TEST_CASE("short lines of label colon value in a row are a list with one sentence each") {
  CHECK(sentences_of("Annual report 2026: 2027-03-25\nAnnual general meeting: 2027-06-10\nHalf-year report: "
                     "2027-08-05") ==
        std::vector<std::string>{"Annual report 2026: 2027-03-25", "Annual general meeting: 2027-06-10",
                                 "Half-year report: 2027-08-05"});
  // Prose wrapped at a width, one line with a colon: one sentence.
  CHECK(sentences_of("The mayor said: the bridge opens\nin May, and the road in June.") ==
        std::vector<std::string>{"The mayor said: the bridge opens\nin May, and the road in June."});
}

}  // namespace
}  // namespace chronoline
