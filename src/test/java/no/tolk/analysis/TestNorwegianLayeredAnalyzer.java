package no.tolk.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestNorwegianLayeredAnalyzer extends BaseTokenStreamTestCase {

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = new NorwegianLayeredAnalyzer(Language.NB);
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  public void test_plural_and_definite_forms_share_a_stem() throws Exception {
    // missil, missiler, missilene -> missil
    assertAnalyzesTo(
        analyzer,
        "missil missiler missilene",
        new String[] {"w#missil", "n#missil", "w#missiler", "n#missil", "w#missilene", "n#missil"},
        new int[] {0, 0, 7, 7, 16, 16},
        new int[] {6, 6, 15, 15, 25, 25},
        new int[] {1, 0, 1, 0, 1, 0});
  }

  public void test_definite_neuter_finds_the_bare_noun() throws Exception {
    // luftforsvaret -> luftforsvar
    assertAnalyzesTo(analyzer, "luftforsvaret", new String[] {"w#luftforsvaret", "n#luftforsvar"});
  }

  public void test_norwegian_letters_get_both_folded_spellings() throws Exception {
    // Ålesund -> aalesund (spelt out) and alesund (stripped)
    assertAnalyzesTo(
        analyzer,
        "Ålesund",
        new String[] {"w#ålesund", "n#ålesund", "f#aalesund", "f#alesund"},
        new int[] {1, 0, 0, 0});
  }

  public void test_words_that_look_norwegian_folded_are_left_as_written() throws Exception {
    // Israel must never become isræl
    assertAnalyzesTo(analyzer, "Israel", new String[] {"w#israel", "n#israel"});
  }

  public void test_stop_words_keep_only_their_exact_form() throws Exception {
    assertAnalyzesTo(
        analyzer,
        "Putin og Maduro",
        new String[] {"w#putin", "n#putin", "w#og", "w#maduro", "n#maduro"},
        new int[] {1, 0, 1, 1, 0});
  }

  public void test_hyphenated_model_name_splits_at_the_hyphen() throws Exception {
    // Su-30-flyene -> su | 30 | flyene (lemmas fly, flyer)
    assertAnalyzesTo(
        analyzer,
        "Su-30-flyene",
        new String[] {"w#su", "n#su", "w#30", "n#30", "w#flyene", "n#fly", "n#flyer"},
        new int[] {1, 0, 1, 0, 1, 0, 0});
  }

  public void test_random_text_keeps_offsets_and_positions_consistent() throws Exception {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }
}
