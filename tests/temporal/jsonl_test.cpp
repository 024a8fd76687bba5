// Tests for JSONL tagging: output shape, code-point offsets, escapes, and located input errors.
#include "temporal/jsonl.h"

#include <doctest/doctest.h>

#include <sstream>

#include "temporal/value.h"

namespace chronoline {
namespace {

const Tagger& tagger() {
  static Tagger t = std::move(*Tagger::load("en"));
  return t;
}

std::string run(const std::string& input, Status* status = nullptr) {
  std::istringstream in(input);
  std::ostringstream out;
  Status st = tag_jsonl(in, out, tagger(), {});
  if (status) *status = st;
  return out.str();
}

TEST_CASE("tag_jsonl writes one line per document with code-point offsets") {
  std::string out = run(
      R"({"doc": "d1", "dct": "2022-01-25", "text": "Caf\u00e9 \u201cnews\u201d on Wednesday."})"
      "\n\n"
      R"({"text": "nothing here", "dct": "2022-01-25T05:49:00", "doc": 7})"
      "\n");
  CHECK(out ==
        "{\"doc\":\"d1\",\"timex\":[{\"start\":15,\"end\":24,\"text\":\"Wednesday\",\"type\":"
        "\"DATE\",\"value\":\"2022-01-19\"}]}\n"
        "{\"doc\":7,\"timex\":[]}\n");
}

TEST_CASE("tag_jsonl output agrees with timexes_to_json") {
  std::string text =
      "From 1996 until 2001, and over the past 10 days \xE2\x80\x94 \"quoted\" \\ text.";
  nlohmann::json line = {{"doc", "x"}, {"dct", "2022-01-25"}, {"text", text}};
  auto out = nlohmann::json::parse(run(line.dump() + "\n"));
  auto want =
      timexes_to_json(tagger().tag(text, Anchor{*parse_day("2022-01-25"), std::nullopt}), text);
  CHECK(out["timex"] == want);
  CHECK(want.size() == 3);
}

TEST_CASE("tag_jsonl errors name the line and say what to do") {
  Status st;
  run("{\"doc\": 1, \"dct\": \"2022-01-25\", \"text\": \"a\"}\n{\"doc\": 2, \"text\": \"b\"}\n",
      &st);
  REQUIRE_FALSE(st.ok());
  CHECK(st.error().message ==
        "line 2: missing string field \"dct\"; each line must be {\"doc\": ..., \"dct\": "
        "\"YYYY-MM-DD\", \"text\": \"...\"}");
  run("not json\n", &st);
  CHECK(st.error().message ==
        "line 1: not a JSON object; each line must be one {\"doc\", \"dct\", \"text\"} object");
  run("{\"doc\": 1, \"dct\": \"25/01/2022\", \"text\": \"a\"}\n", &st);
  CHECK(st.error().message == "line 1: publication date \"25/01/2022\" is not YYYY-MM-DD");
}

TEST_CASE("nested doc ids fall back to the full parser") {
  std::string out = run(R"({"doc": {"id": [1, 2]}, "dct": "2022-01-25", "text": "today"})"
                        "\n");
  CHECK(out ==
        "{\"doc\":{\"id\":[1,2]},\"timex\":[{\"start\":0,\"end\":5,\"text\":\"today\",\"type\":"
        "\"DATE\",\"value\":\"2022-01-25\"}]}\n");
}

TEST_CASE("tag_jsonl skips nested values of other keys, as in an annotated corpus") {
  std::string plain = R"({"doc": "a", "dct": "2022-01-25", "text": "We met on Wednesday."})";
  std::string gold =
      R"({"doc": "a", "dct": "2022-01-25", "timex": [{"start": 10, "v": [1.5e3, -0, true, )"
      R"(null, {}, []], "s": "x\"y\u00e9"}], "text": "We met on Wednesday.", "n": {"k": false}})";
  CHECK(run(gold + "\n") == run(plain + "\n"));
  Status st;
  for (std::string bad : {R"([1,])", R"([01])", R"({"k" 1})", R"([tru])", R"([1e])", R"([-])"}) {
    run(R"({"doc": "a", "dct": "2022-01-25", "text": "x", "gold": )" + bad + "}\n", &st);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message ==
          "line 1: not a JSON object; each line must be one {\"doc\", \"dct\", \"text\"} object");
  }
}

TEST_CASE("tag_jsonl reads raw and escaped UTF-8 alike and rejects malformed UTF-8") {
  std::string raw =
      run("{\"doc\": 1, \"dct\": \"2022-01-25\", \"text\": \"Caf\xC3\xA9 on Monday\"}\n");
  std::string escaped =
      run("{\"doc\": 1, \"dct\": \"2022-01-25\", \"text\": \"Caf\\u00e9 on Monday\"}\n");
  CHECK(raw == escaped);
  CHECK(raw.find("\"start\":8") != std::string::npos);
  Status st;
  run("{\"doc\": 1, \"dct\": \"2022-01-25\", \"text\": \"Caf\xC3 on Monday\"}\n", &st);
  CHECK_FALSE(st.ok());
  // The same past the first 16 and 32 bytes, where the reader skips blocks of plain text.
  std::string head = "{\"doc\": 1, \"dct\": \"2022-01-25\", \"text\": \"";
  std::string pad = "We met them all on the quay on Monday, as planned ";
  CHECK(run(head + pad + "Caf\xC3\xA9\"}\n", &st).find("\"start\":31,\"end\":37") !=
        std::string::npos);
  run(head + pad + "Caf\xC3 on\"}\n", &st);
  CHECK_FALSE(st.ok());
  run(head + pad + "a\x01 control\"}\n", &st);
  CHECK_FALSE(st.ok());
  CHECK(run(head + pad + "\\\"a quote\\\" and \\u00e9\"}\n", &st).find("\"start\":31") !=
        std::string::npos);
}

// The reader checks the strings of keys nobody reads without decoding them: what it accepts and
// rejects must stay what the full parser does with the decoded text.
TEST_CASE("tag_jsonl checks the strings of unread keys as it checks the text") {
  std::string head = R"({"doc": 1, "dct": "2022-01-25", "text": "We met on Monday.", "gold": [")";
  std::string pad = "plain words past the sixteen byte blocks ";
  std::string expected = run(R"({"doc": 1, "dct": "2022-01-25", "text": "We met on Monday."})"
                             "\n");
  REQUIRE(expected.find("Monday") != std::string::npos);
  Status st;
  for (std::string ok : {"caf\xC3\xA9", "\\u00e9\\n\\\"\\\\", "\\ud83d\\ude00 x", "\\uD83D\\uDE00",
                         "\xF0\x9F\x98\x80 and \\u20ac", "\\u0000"})
    for (const std::string& p : {std::string(), pad}) {
      CHECK(run(head + p + ok + "\"]}\n", &st) == expected);
      CHECK(st.ok());
    }
  for (std::string bad : {"caf\xC3", "\xC3\\u00a9", "\\u00e9\xA9", "\xC0\xAF", "\xED\xA0\x80",
                          "\\ud83d", "\\ude00", "\\ud83d\\u0041", "\\x", "\\u12", "\\u00zz",
                          "a\x01"
                          "b",
                          "\xE2\x82"})
    for (const std::string& p : {std::string(), pad}) {
      run(head + p + bad + "\"]}\n", &st);
      REQUIRE_FALSE(st.ok());
      CHECK(st.error().message ==
            "line 1: not a JSON object; each line must be one {\"doc\", \"dct\", \"text\"} object");
    }
}

TEST_CASE("tag_jsonl rejects a bare word or a malformed number as a value, as nlohmann does") {
  // The fast reader once took anything up to the next comma as a value: "doc" was then copied
  // to the output as is, which made it invalid JSON.
  for (const std::string& value :
       std::vector<std::string>{"abc def", "tru", "nul", "1.2.3", "--1", "+1", "0x10", "1e400",
                                "1" + std::string(400, '0')})
    for (std::string key : {"doc", "n"}) {
      Status st;
      std::string out = run(R"({")" + key + R"(": )" + value +
                                R"(, "dct": "2022-01-25", "text": "x"})"
                                "\n",
                            &st);
      CAPTURE(value);
      CHECK_FALSE(st.ok());
      CHECK(out.empty());
    }
  // What nlohmann reads, the fast reader reads alike.
  CHECK(run(R"({"doc": -0.5, "dct": "2022-01-25", "text": "x", "n": [1e-400, false]})"
            "\n") == "{\"doc\":-0.5,\"timex\":[]}\n");
  CHECK(run(R"({"doc": true, "dct": "2022-01-25", "text": "x", "n": 1E+2})"
            "\n") == "{\"doc\":true,\"timex\":[]}\n");
}

TEST_CASE("tag_jsonl rejects keys with control characters or malformed UTF-8") {
  for (std::string key : {"a\x01", "a\tb", "\xFF", "\xC3"}) {
    Status st;
    run("{\"" + key + "\": 1, \"dct\": \"2022-01-25\", \"text\": \"x\"}\n", &st);
    CHECK_FALSE(st.ok());
  }
  // Well-formed keys of any script are read.
  CHECK(run("{\"caf\xC3\xA9\": 1, \"dct\": \"2022-01-25\", \"text\": \"x\"}\n") ==
        "{\"doc\":null,\"timex\":[]}\n");
}

TEST_CASE("tag_jsonl refuses a doc id nested too deep to write back, and reads one less deep") {
  // nlohmann writes a value out recursively: a "doc" nested 200,000 deep overflowed the stack.
  auto line = [](size_t depth) {
    return R"({"dct": "2022-01-25", "text": "x", "doc": )" + std::string(depth, '[') +
           std::string(depth, ']') + "}\n";
  };
  Status st;
  CHECK(run(line(200000), &st).empty());
  REQUIRE_FALSE(st.ok());
  CHECK(st.error().message == "line 1: \"doc\" is nested more than 512 levels deep");
  CHECK(run(line(512), &st) ==
        "{\"doc\":" + std::string(512, '[') + std::string(512, ']') + ",\"timex\":[]}\n");
  CHECK(st.ok());
  // Other keys are not written back: nested as deep, they are read.
  CHECK(run(R"({"dct": "2022-01-25", "text": "x", "gold": )" + std::string(200000, '[') +
            std::string(200000, ']') + "}\n") == "{\"doc\":null,\"timex\":[]}\n");
}

}  // namespace
TEST_CASE("parse_anchor: a date, a time of day, and the UTC offset of that time") {
  auto a = parse_anchor("2013-02-12T04:30:00-02:00");
  REQUIRE(a.ok());
  CHECK(a->time_of_day == std::chrono::minutes{270});
  CHECK(a->utc_offset == std::chrono::minutes{-120});
  auto b = parse_anchor("2013-02-12T04:30");
  REQUIRE(b.ok());
  CHECK_FALSE(b->utc_offset);
  auto c = parse_anchor("2013-02-12");
  REQUIRE(c.ok());
  CHECK_FALSE(c->time_of_day);
  CHECK_FALSE(c->utc_offset);
}

}  // namespace chronoline
