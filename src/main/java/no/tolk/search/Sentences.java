package no.tolk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences, knowing that a period after a Norwegian or English abbreviation, an
 * initial or an ordinal ("bl.a.", "f.eks.", "J. Smith", "1. november") does not end one.
 */
final class Sentences {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          // Norwegian
          "bl.a", "f.eks", "ca", "nr", "dvs", "osv", "mht", "iflg", "ifm", "jf", "kl", "mv", "m.m",
          "m.fl", "o.l", "pr", "tlf", "evt", "ev", "etc", "st", "sml", "vha", "mill", "mrd", "kr",
          "jan", "feb", "mar", "apr", "aug", "sep", "sept", "okt", "nov", "des", "stk", "prof",
          "ref",
          // English
          "e.g", "i.e", "mr", "mrs", "ms", "dr", "vs", "u.s", "u.k", "inc", "ltd", "jr", "sr",
          "fig", "vol", "pp", "approx", "dept", "gov", "mt");

  private Sentences() {}

  /** Sentence ranges [start, end) inside {@code text[from, to)}, covering it without gaps. */
  static List<int[]> split(CharSequence text, int from, int to) {
    List<int[]> sentences = new ArrayList<>();
    int start = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i, to)) {
        int end = i + 1;
        while (end < to && isClosing(text.charAt(end))) {
          end++;
        }
        sentences.add(new int[] {start, end});
        start = end;
        while (start < to && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        i = start - 1;
      }
    }
    if (start < to) {
      sentences.add(new int[] {start, to});
    }
    return sentences;
  }

  private static boolean endsSentence(CharSequence text, int at, int to) {
    int next = at + 1;
    while (next < to && isClosing(text.charAt(next))) {
      next++;
    }
    if (next >= to) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(next))) {
      return false;
    }
    while (next < to && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next >= to) {
      return true;
    }
    char following = text.charAt(next);
    if (!(Character.isUpperCase(following) || Character.isDigit(following) || isOpening(following))) {
      return false; // "1. november", "ca. tre"
    }
    return text.charAt(at) != '.' || !isAbbreviation(text, at);
  }

  private static boolean isAbbreviation(CharSequence text, int period) {
    int start = period;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    String word = text.subSequence(start, period).toString().toLowerCase(Locale.ROOT);
    while (!word.isEmpty() && isOpening(word.charAt(0))) {
      word = word.substring(1);
    }
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      return true; // an initial: "J. Smith"
    }
    return ABBREVIATIONS.contains(word);
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '»' || c == '”' || c == '’' || c == ')';
  }

  private static boolean isOpening(char c) {
    return c == '"' || c == '\'' || c == '«' || c == '“' || c == '‘' || c == '(';
  }
}
