package no.tolk.search;

import java.util.List;

/**
 * Escapes text for HTML and wraps the matched ranges in {@code <mark>}: escaping comes first, so
 * the marks are the only markup that can ever reach a page.
 */
final class Highlighter {

  private Highlighter() {}

  /** {@code text[from, to)} escaped, with every match (sorted, non-overlapping) inside it marked. */
  static String mark(CharSequence text, int from, int to, List<MatchOffsets.Range> matches) {
    StringBuilder out = new StringBuilder((to - from) + 32);
    int at = from;
    for (MatchOffsets.Range match : matches) {
      int start = Math.max(match.start(), from);
      int end = Math.min(match.end(), to);
      if (start >= end || start < at) {
        continue;
      }
      escape(text, at, start, out);
      out.append("<mark>");
      escape(text, start, end, out);
      out.append("</mark>");
      at = end;
    }
    escape(text, at, to, out);
    return out.toString();
  }

  private static void escape(CharSequence text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
