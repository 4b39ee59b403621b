package no.tolk.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the dates people write on pages, in Norwegian and English. */
final class DateParser {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("januar", 1), Map.entry("january", 1), Map.entry("jan", 1),
          Map.entry("februar", 2), Map.entry("february", 2), Map.entry("feb", 2),
          Map.entry("mars", 3), Map.entry("march", 3), Map.entry("mar", 3),
          Map.entry("april", 4), Map.entry("apr", 4),
          Map.entry("mai", 5), Map.entry("may", 5),
          Map.entry("juni", 6), Map.entry("june", 6), Map.entry("jun", 6),
          Map.entry("juli", 7), Map.entry("july", 7), Map.entry("jul", 7),
          Map.entry("august", 8), Map.entry("aug", 8),
          Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
          Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10),
          Map.entry("oct", 10),
          Map.entry("november", 11), Map.entry("nov", 11),
          Map.entry("desember", 12), Map.entry("december", 12), Map.entry("des", 12),
          Map.entry("dec", 12));

  // 2025-11-01, also the date part of 2025-11-01T08:00:00Z
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?");
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

  private static Optional<Integer> month(String name) {
    return Optional.ofNullable(MONTHS.get(name.toLowerCase(Locale.ROOT)));
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
