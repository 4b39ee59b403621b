package no.tolk.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Stacks the parts of a Norwegian compound on the word, in the {@link TermLayer#PART} layer and
 * with the whole word's offsets, so a query for a part finds the whole and the highlight marks the
 * word that matched: "missilenheter" -> PART missil, PART enhet.
 */
public final class CompoundPartsFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final CompoundSplitter splitter;
  private final Deque<String> parts = new ArrayDeque<>();
  private State word;

  public CompoundPartsFilter(TokenStream input, CompoundSplitter splitter) {
    super(input);
    this.splitter = splitter;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!parts.isEmpty()) {
      restoreState(word);
      term.setEmpty().append(parts.poll());
      type.setType(TermLayer.PART.type());
      // Parts come out of the splitter as lemmas already.
      keyword.setKeyword(true);
      posInc.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (TermLayer.EXACT.type().equals(type.type()) && posInc.getPositionIncrement() > 0) {
      List<String> split = splitter.split(term.toString());
      if (!split.isEmpty()) {
        word = captureState();
        parts.addAll(split);
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    parts.clear();
    word = null;
  }
}
