package no.tolk.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Runs each word through the layering chain once and then answers from a cache. Every filter of
 * the chain looks at one word at a time, so a word's layers depend on nothing but the word; text
 * is Zipfian, so most words were seen before, and the dictionary lookups, compound splits and
 * stemming of a word are done once rather than every time it occurs.
 */
final class CachedLayersFilter extends TokenFilter {

  /** The terms one word is indexed under, in the order the chain emits them. */
  record Layers(String[] terms, int[] increments) {}

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

  private final CharArrayMap<Layers> cache;
  private final int capacity;
  /** The per-word chain's source: the whole of what it is given, as one token. */
  private final KeywordTokenizer word = new KeywordTokenizer();
  private final TokenStream chain;
  private Layers current;
  private int next;
  private int startOffset;
  private int endOffset;

  /**
   * {@code layering} builds the per-word chain on the source it is given. The cache belongs to
   * this stream, so to one thread (an analyzer keeps a stream per thread), and needs no locking
   * and no string per lookup; it holds up to {@code capacity} words, after which rarer words are
   * layered each time.
   */
  CachedLayersFilter(
      TokenStream words,
      Function<TokenStream, TokenStream> layering,
      int capacity) {
    super(words);
    this.chain = layering.apply(word);
    this.cache = new CharArrayMap<>(1024, false);
    this.capacity = capacity;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (current != null && next < current.terms().length) {
      // Stacked terms mark the word as written.
      clearAttributes();
      offset.setOffset(startOffset, endOffset);
      emit(next, 0);
      next++;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    Layers layers = cache.get(term.buffer(), 0, term.length());
    if (layers == null) {
      String text = term.toString();
      layers = layer(text);
      if (cache.size() < capacity) {
        cache.put(text, layers);
      }
    }
    current = layers;
    next = 1;
    startOffset = offset.startOffset();
    endOffset = offset.endOffset();
    // The chain saw the word at an increment of 1; a gap before it (a dropped token) is kept.
    emit(0, posInc.getPositionIncrement() - 1);
    return true;
  }

  private void emit(int i, int extraIncrement) {
    term.setEmpty().append(current.terms()[i]);
    posInc.setPositionIncrement(current.increments()[i] + extraIncrement);
  }

  private Layers layer(String text) throws IOException {
    word.setReader(new StringReader(text));
    List<String> terms = new ArrayList<>(4);
    List<Integer> increments = new ArrayList<>(4);
    CharTermAttribute t = chain.getAttribute(CharTermAttribute.class);
    PositionIncrementAttribute p = chain.getAttribute(PositionIncrementAttribute.class);
    chain.reset();
    while (chain.incrementToken()) {
      terms.add(t.toString());
      increments.add(p.getPositionIncrement());
    }
    chain.end();
    chain.close();
    if (terms.isEmpty()) {
      throw new IllegalStateException("the layering chain dropped the word " + text);
    }
    return new Layers(
        terms.toArray(String[]::new),
        increments.stream().mapToInt(Integer::intValue).toArray());
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    current = null;
    next = 0;
  }
}
