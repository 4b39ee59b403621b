package no.tolk.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Emits every word once per {@link TermLayer}, stacked at the word's position: the exact form
 * (marked as keyword so stemmers leave it alone), a copy for the stemmer, and its folded
 * spellings. "Guaidó" -> EXACT guaidó, stem guaidó (stemmed later), FOLDED guaido.
 */
public final class LayerRepeatFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final String stemType;
  private final Deque<Pending> pending = new ArrayDeque<>();
  private State word;

  private record Pending(String term, TermLayer layer) {}

  /** {@code stemLayer} names the stem layer of the language this chain analyses. */
  public LayerRepeatFilter(TokenStream input, TermLayer stemLayer) {
    super(input);
    this.stemType = stemLayer.type();
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      Pending next = pending.poll();
      restoreState(word);
      term.setEmpty().append(next.term());
      keyword.setKeyword(next.layer() != TermLayer.NORWEGIAN_STEM
          && next.layer() != TermLayer.ENGLISH_STEM);
      type.setType(next.layer().type());
      posInc.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    // Parts from an upstream splitter arrive as stacked tokens; they are layered like words.
    String form = term.toString();
    word = captureState();
    pending.add(new Pending(form, TermLayer.valueOf(stemType)));
    for (String variant : Folding.variants(form)) {
      pending.add(new Pending(variant, TermLayer.FOLDED));
    }
    keyword.setKeyword(true);
    type.setType(TermLayer.EXACT.type());
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    word = null;
  }
}
