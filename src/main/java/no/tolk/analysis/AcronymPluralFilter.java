package no.tolk.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Drops the plural s of a lower-cased acronym, a word without vowels before it: dvds -> dvd,
 * urls -> url. Porter2 keeps an s that no vowel precedes, so "DVDs" would not find "DVD".
 */
final class AcronymPluralFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  AcronymPluralFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws java.io.IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int length = term.length();
    if (!keyword.isKeyword() && length >= 3 && term.charAt(length - 1) == 's' && noVowels(length - 1)) {
      term.setLength(length - 1);
    }
    return true;
  }

  private boolean noVowels(int length) {
    char[] buffer = term.buffer();
    for (int i = 0; i < length; i++) {
      switch (buffer[i]) {
        case 'a', 'e', 'i', 'o', 'u', 'y' -> {
          return false;
        }
        default -> {
          if (Character.isDigit(buffer[i])) {
            return false; // 1990s, mp3s: a number, not an acronym
          }
        }
      }
    }
    return true;
  }
}
