package no.tolk.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a person typed into parts: words, "quoted phrases", -exclusions, +requirements,
 * prefix* and OR. Any string is accepted: an unbalanced quote runs to the end, a lone operator is
 * ignored, and nothing here ever throws.
 */
public final class QuerySyntax {

  /** Longest query read; the rest is cut, and the reader is told. */
  public static final int MAX_LENGTH = 1000;

  /** Most parts read from one query. */
  public static final int MAX_PARTS = 32;

  /** How a part takes part in matching. */
  public enum Occur {
    SHOULD,
    MUST,
    MUST_NOT
  }

  /** One part of a query: {@code text} is a word group, a phrase, or a prefix (without the *). */
  public record Part(String text, Occur occur, boolean phrase, boolean prefix) {}

  /**
   * The parts, whether anything was cut, and whether a word began with a wildcard (which is
   * dropped: matching a word's end would scan every term of the index).
   */
  public record Parsed(List<Part> parts, boolean truncated, boolean leadingWildcard) {}

  private QuerySyntax() {}

  public static Parsed parse(String raw) {
    String query = raw == null ? "" : raw;
    boolean truncated = false;
    if (query.length() > MAX_LENGTH) {
      query = query.substring(0, MAX_LENGTH);
      truncated = true;
    }
    List<Part> parts = new ArrayList<>();
    boolean leadingWildcard = false;
    int i = 0;
    int n = query.length();
    while (i < n && parts.size() < MAX_PARTS) {
      char c = query.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      Occur occur = Occur.SHOULD;
      if ((c == '-' || c == '+') && i + 1 < n && !Character.isWhitespace(query.charAt(i + 1))) {
        occur = c == '-' ? Occur.MUST_NOT : Occur.MUST;
        i++;
        c = query.charAt(i);
      }
      if (c == '"') {
        int close = query.indexOf('"', i + 1);
        int end = close < 0 ? n : close;
        String phrase = query.substring(i + 1, end).strip();
        // A quoted phrase is required unless it is excluded.
        if (!phrase.isEmpty()) {
          parts.add(new Part(phrase, occur == Occur.MUST_NOT ? occur : Occur.MUST, true, false));
        }
        i = close < 0 ? n : close + 1;
        continue;
      }
      int end = i;
      while (end < n && !Character.isWhitespace(query.charAt(end)) && query.charAt(end) != '"') {
        end++;
      }
      String word = query.substring(i, end);
      i = end;
      if (word.equals("OR") || word.equals("AND") || word.equals("||") || word.equals("&&")) {
        // Words are ranked by how many match, so OR and AND need no work of their own.
        continue;
      }
      boolean prefix = word.endsWith("*");
      String text = stripWildcards(word);
      if (!text.isEmpty()) {
        // *sjon, ?aduro -> sjon, aduro
        leadingWildcard |= word.charAt(0) == '*' || word.charAt(0) == '?';
        parts.add(new Part(text, occur, false, prefix && occur != Occur.MUST_NOT));
      }
    }
    return new Parsed(List.copyOf(parts), truncated || i < n, leadingWildcard);
  }

  private static String stripWildcards(String word) {
    int start = 0;
    int end = word.length();
    while (start < end && (word.charAt(start) == '*' || word.charAt(start) == '?')) {
      start++;
    }
    while (end > start && (word.charAt(end - 1) == '*' || word.charAt(end - 1) == '?')) {
      end--;
    }
    return word.substring(start, end);
  }
}
