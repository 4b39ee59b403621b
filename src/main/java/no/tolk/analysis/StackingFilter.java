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
 * A filter that may stack more tokens on each token it passes: same position, same offsets, so
 * phrases still line up and a highlight of any stacked form marks the word that was written.
 */
public abstract class StackingFilter extends TokenFilter {

  protected final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  protected final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  protected final TypeAttribute type = addAttribute(TypeAttribute.class);
  protected final PositionIncrementAttribute posInc =
      addAttribute(PositionIncrementAttribute.class);

  /** A token to stack: its term, and its layer type and keyword mark (null keeps the word's). */
  private record Stacked(String term, String type, Boolean keyword) {}

  private final Deque<Stacked> stacked = new ArrayDeque<>();
  private State word;

  protected StackingFilter(TokenStream input) {
    super(input);
  }

  /** Looks at the token just read; may change it and {@link #stack} more on it. */
  protected abstract void process() throws IOException;

  /**
   * Queues a token at the current one's position. The first call of a token remembers its
   * attributes as they are then; stacked tokens start from that.
   */
  protected final void stack(String form, String layerType, Boolean keywordMark) {
    if (stacked.isEmpty()) {
      word = captureState();
    }
    stacked.add(new Stacked(form, layerType, keywordMark));
  }

  @Override
  public final boolean incrementToken() throws IOException {
    if (!stacked.isEmpty()) {
      Stacked next = stacked.poll();
      restoreState(word);
      term.setEmpty().append(next.term());
      if (next.type() != null) {
        type.setType(next.type());
      }
      if (next.keyword() != null) {
        keyword.setKeyword(next.keyword());
      }
      posInc.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    process();
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    stacked.clear();
    word = null;
  }
}
