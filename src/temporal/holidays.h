// Holidays: the day a feast falls on in a given year, from a spec in the rule data ("12-25",
// "11-4-4", "easter-2", "hebrew:07-10/eve", "islamic:10-01", "table:diwali").
#pragma once

#include <date/date.h>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "temporal/world_calendars.h"
#include "util/result.h"

namespace chronoline::temporal {

date::sys_days easter_sunday(int year);           // Gregorian computus
date::sys_days orthodox_easter_sunday(int year);  // Julian computus, as a Gregorian date

// A parsed holiday spec; see src/temporal/lang/README.md for the language.
struct HolidaySpec {
  enum class Base {
    kFixed,
    kNthWeekday,
    kEaster,
    kOrthodoxEaster,
    kHebrew,
    kIslamic,
    kParsi,
    kTable
  };
  Base base = Base::kFixed;
  int month = 0, day = 0;      // kFixed and the calendars; kNthWeekday: nth in `day` (-1 = last)
  int weekday = 0;             // kNthWeekday: 1 = Monday .. 7 = Sunday
  int offset = 0;              // days added to the base day
  std::array<int, 7> moves{};  // then days added when it falls on Monday .. Sunday ("/sat-1")
  int before = 0;              // then the last such weekday strictly before it ("/before-fri")
  bool eve = false;            // then the evening before, when a sunset-to-sunset day begins
  const std::vector<date::sys_days>* table = nullptr;  // kTable: sorted days

  // The day of a day named for what happened on it once ("9/11"): a `dates:` table of one day.
  // Such a name means that day whatever the year around it; nullopt for a feast that recurs.
  std::optional<date::sys_days> once() const {
    if (base != Base::kTable || !table || table->size() != 1 || offset) return std::nullopt;
    return table->front();
  }
};

// Feast tables and calendar data, from the files under src/temporal/lang/tables/.
struct HolidayTables {
  std::unordered_map<std::string, std::vector<date::sys_days>> feasts;
  IslamicMonths islamic;  // observed Islamic months; tabular outside them
};

// One language's holidays: the tables, and every spec its data uses compiled once at load.
class HolidayBook {
 public:
  // Loads one tables/*.tsv file: "#! dates" (NAME<TAB>YYYY-MM-DD YYYY-MM-DD ...) or
  // "#! islamic-months" (YEAR<TAB>FIRST-DAY<TAB>LENGTH,LENGTH,... for the 12 months).
  // Errors name path:line.
  Status load_table(std::string_view path, std::string_view content);

  // Parses `spec` (once; later calls return the same object). Error: why it is malformed.
  Result<const HolidaySpec*> compile(std::string_view spec);

  // The spec compiled from this text, or nullptr.
  const HolidaySpec* find(const std::string& spec) const;

  // The day of the feast in Gregorian year `year`: for a Gregorian or Easter date, the one of
  // that year moved as the spec says; for other calendars and tables, the first occurrence that
  // falls in `year` after the moves. nullopt if none (outside a table, a missing 30th).
  std::optional<date::sys_days> day_in(const HolidaySpec& spec, int year) const;

  const HolidayTables& tables() const { return tables_; }

 private:
  HolidayTables tables_;
  std::unordered_map<std::string, std::unique_ptr<HolidaySpec>> specs_;
};

}  // namespace chronoline::temporal
