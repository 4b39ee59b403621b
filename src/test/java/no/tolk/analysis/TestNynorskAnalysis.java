package no.tolk.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** Nynorsk text is stemmed with Nynorsk's own inflections (Debian's nn_NO dictionary). */
public class TestNynorskAnalysis extends BaseTokenStreamTestCase {

  public void test_nynorsk_plurals_find_the_nynorsk_lemma() throws Exception {
    assumeTrue(
        "Nynorsk dictionary not installed (apt-get install hunspell-no)",
        NorwegianDictionary.shared(Language.NN).isPresent());
    try (Analyzer nynorsk = new NorwegianLayeredAnalyzer(Language.NN)) {
      // skulane (the schools) -> skule; Bokmål rules would leave "skulan"
      assertAnalyzesTo(nynorsk, "skulane", new String[] {"w#skulane", "n#skule", "n#skul"});
      assertAnalyzesTo(nynorsk, "kommunane", new String[] {"w#kommunane", "n#kommune", "n#kommunar"});
    }
  }
}
