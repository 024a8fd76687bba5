// Non-Gregorian calendars that feasts are dated in: Hebrew, Islamic and Zoroastrian (Shahenshahi).
#pragma once

#include <date/date.h>

#include <array>
#include <string>
#include <vector>

namespace chronoline::temporal {

// A day of a non-Gregorian calendar; month and day count from 1.
struct CalendarDate {
  int year = 0, month = 0, day = 0;
  bool operator==(const CalendarDate&) const = default;
};

// The Hebrew calendar, fully arithmetic (the molad of Tishri and the four dehiyyot). Months are
// numbered from Nisan = 1, so that Tishri = 7 and the year (anno mundi) begins in month 7; Adar
// is 12, and a leap year adds Adar II = 13 (where Adar I is 12).
//
// Example: hebrew_to_days({5779, 7, 10}) is 2018-09-19 (Yom Kippur).
bool hebrew_leap_year(int year);
int hebrew_months_in_year(int year);            // 12 or 13
int hebrew_days_in_month(int year, int month);  // 29 or 30
date::sys_days hebrew_to_days(CalendarDate d);  // precondition: a valid month and day
CalendarDate hebrew_from_days(date::sys_days d);

// The tabular Islamic calendar: 30-year cycles with leap years 2, 5, 7, 10, 13, 16, 18, 21, 24,
// 26, 29 and the civil epoch (1 Muharram 1 AH = 16 July 622, Julian). Observed months begin
// with the sighting of the crescent, so it is a day early or late about half the time.
date::sys_days islamic_tabular_to_days(CalendarDate d);
CalendarDate islamic_tabular_from_days(date::sys_days d);

// Islamic months as a calendar authority sets them (a table of each year's first day and month
// lengths, such as Saudi Arabia's Umm al-Qura), falling back to the tabular calendar outside it.
class IslamicMonths {
 public:
  // Adds year `year` after the ones added so far; returns why it does not fit, or "".
  std::string add_year(int year, date::sys_days first, const std::array<int, 12>& lengths);
  bool covers(int year) const;
  int days_in_month(int year, int month) const;  // precondition: month 1..12
  // Precondition: month 1..12 and day 1..30.
  date::sys_days to_days(CalendarDate d) const;
  int first_year() const { return first_year_; }
  int last_year() const { return first_year_ + static_cast<int>(starts_.size()) - 1; }

 private:
  int first_year_ = 0;
  std::vector<std::array<date::sys_days, 13>> starts_;  // months 1..12 and the next year's 1
};

// The Shahenshahi calendar of the Parsis: twelve months of 30 days and five Gatha days, a
// 365-day year with no leap day, so its new year (Navroz) moves a day earlier every four
// Gregorian years. Year numbers are Yazdegerdi (1 Farvardin 1393 YZ = 16 August 2023).
date::sys_days parsi_to_days(CalendarDate d);

}  // namespace chronoline::temporal
