package no.tolk.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Drops stop words from the stem layer only: "og", "the" keep their exact form, so quoted phrases
 * still match word for word, but never count as a stem match.
 */
public final class LayerStopFilter extends FilteringTokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final CharArraySet stopWords;

  public LayerStopFilter(TokenStream input, CharArraySet stopWords) {
    super(input);
    this.stopWords = stopWords;
  }

  @Override
  protected boolean accept() {
    TermLayer layer = TermLayer.valueOf(type.type());
    boolean stem = layer == TermLayer.NORWEGIAN_STEM || layer == TermLayer.ENGLISH_STEM;
    return !(stem && stopWords.contains(term.buffer(), 0, term.length()));
  }
}
