package no.tolk.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the dates people write on pages, in Norwegian and English. */
final class DateParser {

  // Norwegian, English and short names of each month, January first.
  private static final List<String> MONTH_NAMES =
      List.of(
          "januar january jan",
          "februar february feb",
          "mars march mar",
          "april apr",
          "mai may",
          "juni june jun",
          "juli july jul",
          "august aug",
          "september sep sept",
          "oktober october okt oct",
          "november nov",
          "desember december des dec");

  private static final Map<String, Integer> MONTHS = months();

  // 2025-11-01, also the date part of 2025-11-01T08:00:00Z; "2025-11-01 Møte" is text
  private static final Pattern ISO =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}\\S*)?");
  // 1. november, 2025 | 1. november 2025 | 1 November 2025
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})\\.?\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})");
  // November 1, 2025 | Nov. 1 2025
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");

  private DateParser() {}

  /** The date the whole string spells, or empty when it is not (only) a date. */
  static Optional<LocalDate> parse(String text) {
    String s = text.strip();
    try {
      Matcher m = ISO.matcher(s);
      if (m.matches()) {
        return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
      }
      Matcher dmy = DAY_MONTH_YEAR.matcher(s);
      if (dmy.matches()) {
        return month(dmy.group(2)).map(month -> LocalDate.of(num(dmy, 3), month, num(dmy, 1)));
      }
      Matcher mdy = MONTH_DAY_YEAR.matcher(s);
      if (mdy.matches()) {
        return month(mdy.group(1)).map(month -> LocalDate.of(num(mdy, 3), month, num(mdy, 2)));
      }
    } catch (DateTimeException impossibleDate) {
      // "31. februar 2025" looks like a date but is none; not a date is the honest answer.
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> months = new HashMap<>();
    for (int i = 0; i < MONTH_NAMES.size(); i++) {
      for (String name : MONTH_NAMES.get(i).split(" ")) {
        months.put(name, i + 1);
      }
    }
    return Map.copyOf(months);
  }

  private static Optional<Integer> month(String name) {
    return Optional.ofNullable(MONTHS.get(name.toLowerCase(Locale.ROOT)));
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
