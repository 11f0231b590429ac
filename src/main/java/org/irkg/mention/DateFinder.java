package org.irkg.mention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.irkg.doc.DateValue;
import org.irkg.doc.Mention;
import org.irkg.doc.Sentence;
import org.irkg.doc.Token;
import org.irkg.lexicon.Lexicon;
import org.irkg.lexicon.PhraseMatcher;

/**
 * Finds date expressions and resolves them against the article's date: "mardi" is the last
 * Tuesday on or before it, "en juillet" the last July before it, "20 janvier" the next 20 January
 * when the sentence speaks of the future, and "November 13, 2004" itself. The words are data
 * (dates.tsv); the arithmetic is here.
 */
final class DateFinder {
  private final Lexicon lex;

  DateFinder(Lexicon lex) {
    this.lex = lex;
  }

  List<Mention> find(Sentence s, LocalDate articleDate, boolean[] taken) {
    List<Mention> out = new ArrayList<>();
    List<PhraseMatcher.Match<Lexicon.DateWord>> words = lex.dateWords().findAll(s, null);
    boolean[] used = new boolean[s.size()];
    for (int w = 0; w < words.size(); w++) {
      PhraseMatcher.Match<Lexicon.DateWord> m = words.get(w);
      Lexicon.DateWord dw = m.values().get(0);
      int first = m.first();
      int end = m.end();
      DateValue v = null;
      switch (dw.kind()) {
        case "month" -> {
          int day = number(s, first - 1, 1, 31);
          int dayAfter = number(s, end, 1, 31);
          int yearPos = end;
          if (day > 0) {
            first--;
          } else if (dayAfter > 0 && !isYear(s, end)) {
            day = dayAfter;
            end++;
            if (end < s.size() && s.token(end).text().equals(",")) {
              yearPos = end + 1;
            } else {
              yearPos = end;
            }
          }
          int year = isYear(s, yearPos) ? Integer.parseInt(s.token(yearPos).text()) : 0;
          if (year > 0) {
            end = yearPos + 1;
          }
          boolean prepBefore = first > 0 && s.token(first - 1).isAdposition();
          if (year == 0 && day == 0 && !prepBefore) {
            continue; // a bare month word ("May") is too often something else
          }
          if (year == 0) {
            if (articleDate == null) {
              continue;
            }
            year = inferYear(articleDate, dw.value(), day, future(s, words));
          }
          v = new DateValue(year, dw.value(), day);
        }
        case "weekday" -> {
          if (articleDate == null) {
            continue;
          }
          int shift = modifier(words, w, s);
          DayOfWeek dow = DayOfWeek.of(dw.value());
          LocalDate d;
          if (shift > 0) {
            d = articleDate.with(TemporalAdjusters.next(dow));
          } else if (shift < 0) {
            d = articleDate.with(TemporalAdjusters.previous(dow));
          } else if (future(s, words)) {
            d = articleDate.with(TemporalAdjusters.nextOrSame(dow));
          } else {
            d = articleDate.with(TemporalAdjusters.previousOrSame(dow));
          }
          v = DateValue.of(d);
        }
        case "relative-month" -> {
          if (articleDate == null) {
            continue;
          }
          LocalDate month = articleDate.plusMonths(dw.value());
          v = new DateValue(month.getYear(), month.getMonthValue(), 0);
        }
        case "relative" -> {
          if (articleDate == null) {
            continue;
          }
          v = DateValue.of(articleDate.plusDays(dw.value()));
        }
        default -> {
          continue;
        }
      }
      if (free(taken, first, end)) {
        mark(used, first, end);
        out.add(Mention.date(s.index(), first, end, v));
      }
    }
    // bare years: "en 2015", "in 2004"
    for (int i = 0; i < s.size(); i++) {
      if (!used[i] && isYear(s, i) && free(taken, i, i + 1) && !insideDate(out, i)) {
        out.add(Mention.date(s.index(), i, i + 1, new DateValue(Integer.parseInt(s.token(i).text()), 0, 0)));
      }
    }
    return out;
  }

  private static boolean insideDate(List<Mention> dates, int i) {
    return dates.stream().anyMatch(d -> d.first() <= i && i < d.end());
  }

  private static boolean free(boolean[] taken, int first, int end) {
    for (int i = Math.max(first, 0); i < end && i < taken.length; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static void mark(boolean[] used, int first, int end) {
    for (int i = Math.max(first, 0); i < end && i < used.length; i++) {
      used[i] = true;
    }
  }

  /** +1 for "prochain/next" next to the word, -1 for "dernier/last", else 0. */
  private static int modifier(List<PhraseMatcher.Match<Lexicon.DateWord>> words, int w, Sentence s) {
    for (int k = Math.max(0, w - 1); k <= Math.min(words.size() - 1, w + 1); k++) {
      if (k == w) {
        continue;
      }
      PhraseMatcher.Match<Lexicon.DateWord> o = words.get(k);
      int gap = k < w ? words.get(w).first() - o.end() : o.first() - words.get(w).end();
      if (gap > 1) {
        continue;
      }
      String kind = o.values().get(0).kind();
      if (kind.equals("next-modifier")) {
        return 1;
      }
      if (kind.equals("past-modifier")) {
        return -1;
      }
    }
    return 0;
  }

  /** Whether the sentence speaks of the future: a "next" word, or a future-tense cue in the data. */
  private boolean future(Sentence s, List<PhraseMatcher.Match<Lexicon.DateWord>> words) {
    for (PhraseMatcher.Match<Lexicon.DateWord> m : words) {
      if (m.values().get(0).kind().equals("future")) {
        return true;
      }
    }
    return false;
  }

  static int inferYear(LocalDate ref, int month, int day, boolean future) {
    int y = ref.getYear();
    LocalDate candidate = LocalDate.of(y, month, day == 0 ? 1 : Math.min(day, 28));
    if (future) {
      return candidate.isBefore(ref.withDayOfMonth(1)) ? y + 1 : y;
    }
    return month > ref.getMonthValue() ? y - 1 : y;
  }

  private static boolean isYear(Sentence s, int i) {
    if (i < 0 || i >= s.size()) {
      return false;
    }
    String t = s.token(i).text();
    if (t.length() != 4 || !t.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int y = Integer.parseInt(t);
    return y >= 1900 && y <= 2100;
  }

  private static int number(Sentence s, int i, int min, int max) {
    if (i < 0 || i >= s.size()) {
      return 0;
    }
    Token t = s.token(i);
    String x = t.text().replace("er", "").replace("st", "").replace("nd", "").replace("rd", "").replace("th", "");
    if (x.isEmpty() || x.length() > 2 || !x.chars().allMatch(Character::isDigit)) {
      return 0;
    }
    int n = Integer.parseInt(x);
    return n >= min && n <= max ? n : 0;
  }
}
