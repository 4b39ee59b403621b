package no.tolk.reliability;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded generator of hostile query text: operators, quotes, wildcards, brackets, Lucene syntax,
 * odd Unicode (lone surrogates, combining marks, right-to-left, emoji, NUL) and huge inputs. The
 * same seed always gives the same queries, so a failure names its query and can be replayed.
 */
final class QueryFuzz {

  private static final List<String> WORDS =
      List.of(
          "Maduro", "Putin", "Venezuela", "militær", "støtte", "russia", "relations", "forsvar",
          "sekretæren", "kampfly", "reparasjon", "the", "og", "i", "av", "of", "Øst", "ÆØÅ",
          "naïve", "straße", "30mk2", "co-operation", "e-post", "ca.", "U.S.A.", "1999", "π");

  private static final List<String> SYNTAX =
      List.of(
          "\"", "\"\"", "*", "?", "**", "*?*", "+", "-", "--", "+-", "OR", "AND", "NOT", "||", "&&",
          "(", ")", "((", "))", "[", "]", "{", "}", "~", "~2", "^", "^10", ":", "title:", "body:",
          "\\", "/", "/.*/", "!", "@", "#", "%", "&", ";", "'", "`", "<", ">", "=", "|", "$",
          "<script>alert(1)</script>", "javascript:alert(1)", "' OR 1=1 --", "%00", "%2e%2e/");

  private static final List<String> UNICODE =
      List.of(
          "\u0000", "\t", "\n", "\r\n", "\u00a0", "\u200b", "\u200d", "\ufeff", "\u202e",
          "\u0301", "e\u0301", "\ud83d\ude00", "\ud83d", "\ude00", "\ud83c\uddf3\ud83c\uddf4",
          "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67", "\u05e9\u05dc\u05d5\u05dd",
          "\u0645\u0631\u062d\u0628\u0627", "\u4e2d\u6587", "\u0131", "\u0130", "\uffff", "\ufffd",
          "\u1e9e", "\u00df", "\ufb01", "\u2126", "\u00bd", "\u2460");

  private final Random random;

  QueryFuzz(long seed) {
    this.random = new Random(seed);
  }

  /** The next query: mostly short mixes, now and then a huge or deeply nested one. */
  String next() {
    int kind = random.nextInt(100);
    if (kind < 2) {
      return huge();
    }
    if (kind < 4) {
      return nested();
    }
    if (kind < 6) {
      return randomChars(1 + random.nextInt(200));
    }
    if (kind < 8) {
      return manyTerms(50 + random.nextInt(5_000));
    }
    StringBuilder query = new StringBuilder();
    int pieces = 1 + random.nextInt(8);
    for (int i = 0; i < pieces; i++) {
      int what = random.nextInt(10);
      if (what < 4) {
        query.append(pick(WORDS));
      } else if (what < 7) {
        query.append(pick(SYNTAX));
      } else if (what < 9) {
        query.append(pick(UNICODE));
      } else {
        query.append(pick(SYNTAX)).append(pick(WORDS)).append(pick(SYNTAX));
      }
      if (random.nextInt(3) > 0) {
        query.append(random.nextBoolean() ? " " : pick(List.of("  ", "\t", "*", "\"")));
      }
    }
    return query.toString();
  }

  /** Up to 100,000 characters of one repeated piece. */
  private String huge() {
    String piece = pick(List.of("a", "*", "\"", "a*", "(", "\ud83d\ude00", "-x ", "ab ", "\u0301"));
    return piece.repeat(1 + random.nextInt(100_000 / piece.length()));
  }

  private String nested() {
    int depth = 1 + random.nextInt(5_000);
    String open = pick(List.of("(", "\"", "[", "{", "+(", "-\"", "\"(\""));
    String close = pick(List.of(")", "\"", "]", "}", ")\"", ""));
    return open.repeat(depth) + pick(WORDS) + close.repeat(depth);
  }

  private String manyTerms(int count) {
    StringBuilder query = new StringBuilder();
    for (int i = 0; i < count; i++) {
      query.append(pick(WORDS)).append(random.nextBoolean() ? "* " : " ");
    }
    return query.toString();
  }

  /** Any UTF-16 code units, including lone surrogates and control characters. */
  private String randomChars(int length) {
    StringBuilder query = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      query.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x10000) : random.nextInt(0x80)));
    }
    return query.toString();
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  /** The query as a printable Java literal, for failure messages. */
  static String printable(String query) {
    String head = query.length() > 200 ? query.substring(0, 200) + "…(" + query.length() + ")" : query;
    StringBuilder out = new StringBuilder("\"");
    head.chars()
        .forEach(c -> out.append(c < 0x20 || c >= 0x7f ? String.format(Locale.ROOT, "\\u%04x", c) : (char) c));
    return out.append('"').toString();
  }
}
