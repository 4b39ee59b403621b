package no.tolk.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Drops the plural s of a lower-cased acronym, ASCII letters without a vowel before it: dvds ->
 * dvd, urls -> url. Porter2 keeps an s that no vowel precedes, so "DVDs" would not find "DVD";
 * the original Porter dropped it, as this does, and kept a double s as well (css, rss).
 */
final class AcronymPluralFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  AcronymPluralFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int length = term.length();
    if (!keyword.isKeyword()
        && length >= 3
        && term.charAt(length - 1) == 's'
        && term.charAt(length - 2) != 's'
        && consonantsOnly(length - 1)) {
      term.setLength(length - 1);
    }
    return true;
  }

  /** ASCII consonants only: an acronym, not a number (1990s) or a Norwegian word (høns). */
  private boolean consonantsOnly(int length) {
    char[] buffer = term.buffer();
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      if (c < 'a' || c > 'z' || "aeiouy".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }
}
