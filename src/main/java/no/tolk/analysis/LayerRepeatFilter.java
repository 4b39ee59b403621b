package no.tolk.analysis;

import org.apache.lucene.analysis.TokenStream;

/**
 * Emits every word once per {@link TermLayer}, stacked at the word's position: the exact form
 * (marked as keyword so stemmers leave it alone), a copy for the stemmer, and its folded
 * spellings. "Guaidó" -> EXACT guaidó, stem guaidó (stemmed later), FOLDED guaido.
 */
public final class LayerRepeatFilter extends StackingFilter {

  private final String stemType;

  /** {@code stemLayer} names the stem layer of the language this chain analyses. */
  public LayerRepeatFilter(TokenStream input, TermLayer stemLayer) {
    super(input);
    this.stemType = stemLayer.type();
  }

  @Override
  protected void process() {
    // Parts from an upstream splitter arrive as stacked tokens; they are layered like words.
    String form = term.toString();
    stack(form, stemType, false);
    for (String variant : Folding.variants(form)) {
      stack(variant, TermLayer.FOLDED.type(), true);
    }
    keyword.setKeyword(true);
    type.setType(TermLayer.EXACT.type());
  }
}
