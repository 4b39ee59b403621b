package no.tolk.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class TestEnglishLayeredAnalyzer extends BaseTokenStreamTestCase {

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer = new EnglishLayeredAnalyzer();
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  public void test_plurals_share_a_stem() throws Exception {
    assertAnalyzesTo(
        analyzer,
        "bombers sanctions",
        new String[] {"w#bombers", "e#bomber", "w#sanctions", "e#sanction"});
  }

  public void test_possessive_is_dropped() throws Exception {
    assertAnalyzesTo(analyzer, "Chavez's", new String[] {"w#chavez", "e#chavez"});
  }

  public void test_accented_name_also_gets_its_plain_spelling() throws Exception {
    assertAnalyzesTo(
        analyzer,
        "Guaidó",
        new String[] {"w#guaidó", "e#guaidó", "f#guaido"},
        new int[] {1, 0, 0});
  }

  public void test_code_parts_stack_on_the_whole_code_with_its_offsets() throws Exception {
    // Su-30MK2 -> su | 30mk2 + 30, mk, 2 stacked: "Su-30" finds it as a phrase
    assertAnalyzesTo(
        analyzer,
        "Su-30MK2",
        new String[] {
          "w#su", "e#su", "w#30mk2", "e#30mk2", "w#30", "e#30", "w#mk", "e#mk", "w#2", "e#2"
        },
        new int[] {0, 0, 3, 3, 3, 3, 3, 3, 3, 3},
        new int[] {2, 2, 8, 8, 8, 8, 8, 8, 8, 8},
        new int[] {1, 0, 1, 0, 0, 0, 0, 0, 0, 0});
  }

  public void test_us_and_news_keep_apart_from_use_and_new() throws Exception {
    // The original Porter stemmer gave "us" for all four of the first, "new" for both of the last.
    assertAnalyzesTo(
        analyzer,
        "US using used uses news new",
        new String[] {
          "w#us", "e#us", "w#using", "e#use", "w#used", "e#use", "w#uses", "e#use",
          "w#news", "e#news", "w#new", "e#new"
        });
  }

  public void test_an_acronym_plural_shares_the_acronym_stem() throws Exception {
    assertAnalyzesTo(
        analyzer,
        "DVDs URLs CSS",
        new String[] {"w#dvds", "e#dvd", "w#urls", "e#url", "w#css", "e#css"});
  }

  public void test_english_words_are_never_folded() throws Exception {
    assertAnalyzesTo(analyzer, "Aaron does", new String[] {"w#aaron", "e#aaron", "w#does", "e#doe"});
  }

  public void test_a_repeated_word_is_layered_alike_at_each_of_its_places() throws Exception {
    // The second and third "Guaidó" come from the word cache: same terms, their own offsets.
    assertAnalyzesTo(
        analyzer,
        "Guaidó met Guaidó, Guaidó",
        new String[] {
          "w#guaidó", "e#guaidó", "f#guaido", "w#met", "e#met",
          "w#guaidó", "e#guaidó", "f#guaido", "w#guaidó", "e#guaidó", "f#guaido"
        },
        new int[] {0, 0, 0, 7, 7, 11, 11, 11, 19, 19, 19},
        new int[] {6, 6, 6, 10, 10, 17, 17, 17, 25, 25, 25},
        new int[] {1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0});
  }

  public void test_stop_words_keep_only_their_exact_form() throws Exception {
    assertAnalyzesTo(analyzer, "the bombers", new String[] {"w#the", "w#bombers", "e#bomber"});
  }

  public void test_random_text_keeps_offsets_and_positions_consistent() throws Exception {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }
}
