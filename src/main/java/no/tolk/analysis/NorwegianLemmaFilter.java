package no.tolk.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;

/**
 * Replaces stem-layer words the dictionary knows by their lemmas ("enheter" -> enhet, "huset" ->
 * hus; several lemmas are stacked) and marks them as keywords, so the rule-based stemmer after it
 * handles only words the dictionary does not know.
 */
public final class NorwegianLemmaFilter extends StackingFilter {

  private final CompoundSplitter dictionary;
  private final CharArraySet stopWords;

  /** Lemmas that are {@code stopWords} are dropped: "enhet" is not a form of "en". */
  public NorwegianLemmaFilter(
      TokenStream input, CompoundSplitter dictionary, CharArraySet stopWords) {
    super(input);
    this.dictionary = dictionary;
    this.stopWords = stopWords;
  }

  @Override
  protected void process() {
    if (keyword.isKeyword()) {
      return;
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
      lemmas.subList(1, lemmas.size()).forEach(lemma -> stack(lemma, null, null));
    }
  }
}
