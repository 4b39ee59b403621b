package no.tolk.web;

import io.javalin.http.Context;
import java.util.Optional;
import no.tolk.analysis.Language;

/**
 * A reader's search parameters, read leniently: a bad value falls back to its default.
 *
 * @param query the query text, control characters replaced by spaces
 * @param lang "all", "nb" or "en"
 * @param page 1-based page number
 */
record SearchParams(String query, String lang, int page) {

  static final String ALL = "all";

  /** Deep pages cost the searcher offset+limit hits each; nobody reads page 1,000. */
  static final int MAX_PAGE = 1_000;

  static SearchParams from(Context ctx) {
    return new SearchParams(
        query(ctx), lang(ctx.queryParam("lang")), parseInt(ctx.queryParam("page"), 1, 1, MAX_PAGE));
  }

  /** The q parameter with NUL and other control characters turned into spaces. */
  static String query(Context ctx) {
    String raw = ctx.queryParam("q");
    if (raw == null) {
      return "";
    }
    StringBuilder clean = new StringBuilder(raw.length());
    raw.codePoints().forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return clean.toString();
  }

  static String lang(String value) {
    return "nb".equals(value) || "en".equals(value) ? value : ALL;
  }

  /** The value as an int in [min, max]; fallback when missing, not a number, or below min. */
  static int parseInt(String value, int fallback, int min, int max) {
    String digits = value == null ? "" : value.strip();
    if (!digits.matches("\\d{1,18}")) {
      return fallback;
    }
    long number = Long.parseLong(digits);
    return number < min ? fallback : (int) Math.min(number, max);
  }

  Optional<Language> language() {
    return Language.fromCode(ALL.equals(lang) ? null : lang);
  }

  boolean blank() {
    return query.isBlank();
  }
}
