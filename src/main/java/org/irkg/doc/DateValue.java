package org.irkg.doc;

import java.time.LocalDate;

/**
 * A date as precise as the text allows: a year, a month or a day.
 *
 * @param year the year
 * @param month the month 1..12, or 0 when only the year is known
 * @param day the day 1..31, or 0 when not known
 */
public record DateValue(int year, int month, int day) {

  public static DateValue of(LocalDate d) {
    return new DateValue(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  /** The lexical form: YYYY, YYYY-MM or YYYY-MM-DD. */
  public String lexical() {
    if (month == 0) {
      return String.format("%04d", year);
    }
    if (day == 0) {
      return String.format("%04d-%02d", year, month);
    }
    return String.format("%04d-%02d-%02d", year, month, day);
  }

  /** The XML Schema datatype local name: gYear, gYearMonth or date. */
  public String xsdType() {
    return month == 0 ? "gYear" : day == 0 ? "gYearMonth" : "date";
  }

  /** Two days at most one day apart ("arrived Thursday for a two-day visit", "signed on Friday"). */
  public boolean withinADay(DateValue o) {
    if (day == 0 || o.day == 0) {
      return false;
    }
    try {
      long a = LocalDate.of(year, month, day).toEpochDay();
      long b = LocalDate.of(o.year, o.month, o.day).toEpochDay();
      return Math.abs(a - b) <= 1;
    } catch (java.time.DateTimeException e) {
      return false; // "31 février" in a text is no day
    }
  }

  /** True when neither value says something the other contradicts. */
  public boolean compatible(DateValue o) {
    if (year != o.year) {
      return false;
    }
    if (month == 0 || o.month == 0) {
      return true;
    }
    if (month != o.month) {
      return false;
    }
    return day == 0 || o.day == 0 || day == o.day;
  }
}
