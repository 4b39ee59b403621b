package no.tolk.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analyzes text of one language into {@link TermLayer layered} terms: every word yields its exact
 * form, its stem in this language and its folded spellings at one position. The same instance
 * analyzes documents and queries, so queries are read the way documents were.
 */
public abstract class LayeredAnalyzer extends Analyzer {

  private final Language language;
  private final CharArraySet stopWords;

  protected LayeredAnalyzer(Language language, CharArraySet stopWords) {
    this.language = language;
    this.stopWords = stopWords;
  }

  public Language language() {
    return language;
  }

  protected CharArraySet stopWords() {
    return stopWords;
  }

  /** Words as the language sees them before layering (possessives); they arrive lower-cased. */
  protected abstract TokenStream normalizeWords(TokenStream words);

  /** The language's stemmer; it must leave keyword-marked tokens alone. */
  protected abstract TokenStream stem(TokenStream words);

  /** Adds compound parts to the layered words; most languages have none to add. */
  protected TokenStream decompose(TokenStream layered) {
    return layered;
  }

  /** Per thread: enough for the common vocabulary of a large collection, some tens of MB. */
  private static final int CACHED_WORDS = 50_000;

  @Override
  protected final TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    return new TokenStreamComponents(
        tokenizer,
        // Lower-cased before the cache: "Norge", "NORGE" and "norge" are one entry.
        new CachedLayersFilter(new LowerCaseFilter(tokenizer), this::layers, CACHED_WORDS));
  }

  /** The chain that turns one word into its layered terms. */
  private TokenStream layers(TokenStream word) {
    TokenStream stream = normalizeWords(word);
    stream = new CodePartsFilter(stream);
    stream = new LayerRepeatFilter(stream, TermLayer.stemOf(language));
    stream = decompose(stream);
    stream = new LayerStopFilter(stream, stopWords);
    stream = stem(stream);
    return new LayerPrefixFilter(stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
