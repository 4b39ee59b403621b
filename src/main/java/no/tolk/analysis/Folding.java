package no.tolk.analysis;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Alternative spellings of a word without diacritics, so accents never block a match. Norwegian
 * letters get both spellings people use: "ålesund" -> "aalesund", "alesund"; "støtte" -> "stoette",
 * "stotte". Only words that contain non-ASCII letters get variants, so English words are never
 * rewritten (Israel, does and Aaron stay as they are).
 */
public final class Folding {

  private Folding() {}

  /** The folded spellings of a lower-cased word, without the word itself; empty if it is ASCII. */
  public static Set<String> variants(String word) {
    if (isAscii(word)) {
      return Set.of();
    }
    Set<String> variants = new LinkedHashSet<>(2);
    variants.add(foldToAscii(spellOutNorwegian(word)));
    variants.add(foldToAscii(word));
    variants.remove(word);
    return variants;
  }

  static boolean isAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String spellOutNorwegian(String word) {
    StringBuilder out = new StringBuilder(word.length() + 4);
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      switch (c) {
        case 'æ' -> out.append("ae");
        case 'ø' -> out.append("oe");
        case 'å' -> out.append("aa");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String foldToAscii(String word) {
    char[] in = word.toCharArray();
    char[] out = new char[in.length * 4];
    int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, length);
  }
}
