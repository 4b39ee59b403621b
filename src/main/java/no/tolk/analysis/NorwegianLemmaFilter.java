package no.tolk.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces stem-layer words the dictionary knows by their lemmas ("enheter" -> enhet, "huset" ->
 * hus; several lemmas are stacked) and marks them as keywords, so the rule-based stemmer after it
 * handles only words the dictionary does not know.
 */
public final class NorwegianLemmaFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final CompoundSplitter dictionary;
  private final CharArraySet stopWords;
  private final Deque<String> more = new ArrayDeque<>();
  private State lemmatised;

  /** Lemmas that are {@code stopWords} are dropped: "enhet" is not a form of "en". */
  public NorwegianLemmaFilter(
      TokenStream input, CompoundSplitter dictionary, CharArraySet stopWords) {
    super(input);
    this.dictionary = dictionary;
    this.stopWords = stopWords;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!more.isEmpty()) {
      restoreState(lemmatised);
      term.setEmpty().append(more.poll());
      posInc.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true;
    }
    String word = term.toString();
    List<String> lemmas =
        dictionary.lemmas(word).stream().filter(l -> !stopWords.contains(l)).toList();
    if (lemmas.isEmpty()) {
      // hovedtjeneren -> hovedtjener, like hovedtjener itself
      lemmas = dictionary.compoundLemma(word);
    }
    if (!lemmas.isEmpty()) {
      term.setEmpty().append(lemmas.get(0));
      keyword.setKeyword(true);
      if (lemmas.size() > 1) {
        lemmatised = captureState();
        more.addAll(lemmas.subList(1, lemmas.size()));
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    more.clear();
    lemmatised = null;
  }
}
