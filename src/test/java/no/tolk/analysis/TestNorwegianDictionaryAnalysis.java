package no.tolk.analysis;

import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** The rules that need Debian's Norwegian Hunspell dictionary (bin/test installs hunspell-no). */
public class TestNorwegianDictionaryAnalysis extends BaseTokenStreamTestCase {

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    assumeTrue(
        "Norwegian dictionary not installed (apt-get install hunspell-no)",
        NorwegianDictionary.shared(Language.NB).isPresent());
    analyzer = new NorwegianLayeredAnalyzer(Language.NB);
  }

  @Override
  public void tearDown() throws Exception {
    if (analyzer != null) {
      analyzer.close();
    }
    super.tearDown();
  }

  public void test_dictionary_lemma_joins_forms_the_rules_split() throws Exception {
    // enhet, enheter -> enhet (the rules alone give enh, enhet)
    assertAnalyzesTo(analyzer, "enhet enheter", new String[] {"w#enhet", "n#enhet", "w#enheter", "n#enhet"});
    assertAnalyzesTo(analyzer, "datasenteret", new String[] {"w#datasenteret", "n#datasenter"});
  }

  public void test_compound_parts_stack_on_the_whole_word_with_its_offsets() throws Exception {
    // missilenheter -> missil + enhet
    assertAnalyzesTo(
        analyzer,
        "14 missilenheter",
        new String[] {"w#14", "n#14", "w#missilenheter", "p#missil", "p#enhet", "n#missilenhet"},
        new int[] {0, 0, 3, 3, 3, 3},
        new int[] {2, 2, 16, 16, 16, 16},
        new int[] {1, 0, 1, 0, 0, 0});
  }

  public void test_compound_with_linking_s_is_split_at_the_s() throws Exception {
    // partnerskap|s|avtale, kampfly|reparasjoner -> reparasjon
    assertAnalyzesTo(
        analyzer,
        "partnerskapsavtale",
        new String[] {"w#partnerskapsavtale", "p#partnerskap", "p#avtale", "n#partnerskapsavtale"});
    assertAnalyzesTo(
        analyzer,
        "kampflyreparasjoner",
        new String[] {
          "w#kampflyreparasjoner", "p#kampfly", "p#reparasjon", "n#kampflyreparasjon"
        });
  }

  public void test_ordinary_words_are_not_shredded() throws Exception {
    // overhaling is a word of its own, not over + haling
    assertAnalyzesTo(
        analyzer, "overhaling", new String[] {"w#overhaling", "n#overhaling", "n#overhale"});
    assertAnalyzesTo(analyzer, "luftforsvaret", new String[] {"w#luftforsvaret", "n#luftforsvar"});
  }

  public void test_genitive_of_a_name_finds_the_name() throws Exception {
    assertAnalyzesTo(analyzer, "Venezuelas", new String[] {"w#venezuelas", "n#venezuela"});
  }

  public void test_random_text_keeps_offsets_and_positions_consistent() throws Exception {
    checkRandomData(random(), analyzer, 100 * RANDOM_MULTIPLIER);
  }

  public void test_without_a_dictionary_rules_still_stem_and_nothing_is_split() throws Exception {
    try (Analyzer plain = new NorwegianLayeredAnalyzer(Language.NB, Optional::empty)) {
      assertAnalyzesTo(
          plain, "missilene missilenheter", new String[] {"w#missilene", "n#missil", "w#missilenheter", "n#missilenhet"});
    }
  }
}
