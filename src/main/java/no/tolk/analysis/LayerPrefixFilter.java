package no.tolk.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** Prefixes each token with its layer's marker ("missil" in the stem layer -> "n#missil"). */
public final class LayerPrefixFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  public LayerPrefixFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws java.io.IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String prefix = TermLayer.valueOf(type.type()).prefix();
    int length = term.length();
    char[] buffer = term.resizeBuffer(length + prefix.length());
    System.arraycopy(buffer, 0, buffer, prefix.length(), length);
    prefix.getChars(0, prefix.length(), buffer, 0);
    term.setLength(length + prefix.length());
    return true;
  }
}
