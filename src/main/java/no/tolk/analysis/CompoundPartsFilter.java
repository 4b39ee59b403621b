package no.tolk.analysis;

import org.apache.lucene.analysis.TokenStream;

/**
 * Stacks the parts of a Norwegian compound on the word, in the {@link TermLayer#PART} layer and
 * with the whole word's offsets, so a query for a part finds the whole and the highlight marks the
 * word that matched: "missilenheter" -> PART missil, PART enhet.
 */
public final class CompoundPartsFilter extends StackingFilter {

  private final CompoundSplitter splitter;

  public CompoundPartsFilter(TokenStream input, CompoundSplitter splitter) {
    super(input);
    this.splitter = splitter;
  }

  @Override
  protected void process() {
    if (TermLayer.EXACT.type().equals(type.type()) && posInc.getPositionIncrement() > 0) {
      // Parts come out of the splitter as lemmas already.
      splitter.split(term.toString()).forEach(part -> stack(part, TermLayer.PART.type(), true));
    }
  }
}
