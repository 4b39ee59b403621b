package no.tolk.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;

/**
 * Stacks the parts of model designations and codes on the whole token, so a query for a prefix of
 * the code finds it: "30mk2" -> 30mk2, 30, mk, 2 (the tokenizer already split "Su-30MK2" at the
 * hyphen, so "Su-30" finds Su-30MK2 as a phrase). Parts keep the whole token's offsets: the
 * highlight marks the code that matched.
 */
public final class CodePartsFilter extends StackingFilter {

  public CodePartsFilter(TokenStream input) {
    super(input);
  }

  @Override
  protected void process() {
    List<String> parts = split(term);
    if (parts.size() > 1) {
      parts.forEach(part -> stack(part, null, null));
    }
  }

  /** Splits at letter/digit changes and inner punctuation; one part means nothing to split. */
  static List<String> split(CharSequence token) {
    List<String> out = new ArrayList<>(4);
    int start = -1;
    int kind = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      int k = Character.isDigit(c) ? 1 : Character.isLetter(c) ? 2 : 0;
      if (k != kind && start >= 0) {
        out.add(token.subSequence(start, i).toString());
        start = -1;
      }
      if (k != 0 && start < 0) {
        start = i;
      }
      kind = k;
    }
    if (start >= 0) {
      out.add(token.subSequence(start, token.length()).toString());
    }
    return out;
  }
}
