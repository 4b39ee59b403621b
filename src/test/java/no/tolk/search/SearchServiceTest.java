package no.tolk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import no.tolk.analysis.Language;
import no.tolk.testing.IndexedCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {

  static final String NEWS = "nb/2025-11-01-maduro-ber-putin-om-militaer-stotte.txt";
  static final String WIKI = "en/russia-venezuela-relations.txt";

  @TempDir static Path dir;
  static IndexedCorpus fixture;

  @BeforeAll
  static void indexRealCorpus() throws IOException {
    fixture = new IndexedCorpus(dir);
    fixture.index();
  }

  @AfterAll
  static void close() throws IOException {
    fixture.close();
  }

  private List<String> paths(SearchResult result) {
    return result.hits().stream().map(Hit::path).toList();
  }

  private String allSnippets(Hit hit) {
    return String.join(" ", hit.snippets().stream().map(Snippet::html).toList());
  }

  @Test
  void norwegian_inflections_find_each_other() {
    for (String query : List.of("missil", "missiler", "missilene")) {
      SearchResult result = fixture.search(query);
      assertThat(paths(result)).as(query).containsExactly(NEWS);
      assertThat(allSnippets(result.hits().get(0))).as(query).contains("<mark>missiler</mark>");
    }
  }

  @Test
  void definite_form_finds_the_bare_noun() {
    SearchResult result = fixture.search("luftforsvaret");
    assertThat(paths(result)).containsExactly(NEWS);
    assertThat(allSnippets(result.hits().get(0))).contains("<mark>luftforsvar</mark>");
  }

  @Test
  void english_singular_finds_plural() {
    assertThat(allSnippets(fixture.search("bomber").hits().get(0)))
        .contains("<mark>bombers</mark>");
    assertThat(allSnippets(fixture.search("sanction").hits().get(0)))
        .contains("<mark>sanctions</mark>");
  }

  @Test
  void plain_spelling_finds_accented_name() {
    SearchResult guaido = fixture.search("Guaido");
    assertThat(paths(guaido)).containsExactly(WIKI);
    assertThat(allSnippets(guaido.hits().get(0))).contains("<mark>Guaidó</mark>");
  }

  @Test
  void exact_spelling_ranks_above_folded() {
    // "Chavez" is written so in the encyclopedia; the news article has only "Chávez".
    SearchResult result = fixture.search("Chavez");
    assertThat(paths(result)).containsExactly(WIKI, NEWS);
    assertThat(allSnippets(result.hits().get(1))).contains("<mark>Chávez</mark>");
  }

  @Test
  void hits_carry_real_scores_best_first() {
    List<Hit> hits = fixture.search("Maduro Putin").hits();
    assertThat(hits).hasSize(2);
    assertThat(hits.get(0).score()).isPositive().isGreaterThanOrEqualTo(hits.get(1).score());
    assertThat(hits.get(1).score()).isPositive();
  }

  @Test
  void names_find_documents_in_both_languages() {
    assertThat(paths(fixture.search("Maduro"))).containsExactlyInAnyOrder(NEWS, WIKI);
    assertThat(paths(fixture.search("Rostec"))).containsExactly(NEWS);
  }

  @Test
  void hit_names_the_section_of_its_best_passage() {
    Hit hit = fixture.search("Luis Parra").hits().get(0);
    assertThat(hit.path()).isEqualTo(WIKI);
    assertThat(hit.section()).isEqualTo("Maduro era");
    assertThat(hit.snippets().get(0).html()).contains("<mark>Luis</mark> <mark>Parra</mark>");
  }

  @Test
  void the_best_passage_shows_the_query_word_the_document_rarely_uses() {
    // The article says "Russian" two dozen times and "bombers" twice; a passage about the
    // bombers tells the reader more than one more "Russian".
    Hit hit = fixture.search("Russian bombers landed").hits().get(0);
    assertThat(hit.path()).isEqualTo(WIKI);
    assertThat(hit.snippets().get(0).html()).contains("<mark>bombers</mark>");
  }

  @Test
  void model_designations_match_their_parts() {
    Hit su = fixture.search("Su-30").hits().get(0);
    assertThat(su.path()).isEqualTo(NEWS);
    assertThat(allSnippets(su)).contains("<mark>Su-30MK2</mark>", "<mark>Su-30</mark>-flyene");
    assertThat(paths(fixture.search("Tu 160"))).containsExactly(WIKI);
    assertThat(allSnippets(fixture.search("AK-103").hits().get(0))).contains("<mark>AK-103</mark>");
  }

  @Test
  void quoted_phrase_must_match_in_order() {
    assertThat(paths(fixture.search("\"fighter jets\""))).containsExactly(WIKI);
    assertThat(fixture.search("\"jets fighter\"").total()).isZero();
  }

  @Test
  void exclusion_removes_documents() {
    assertThat(paths(fixture.search("Maduro -Rostec"))).containsExactly(WIKI);
  }

  @Test
  void prefix_matches_longer_words() {
    Hit hit = fixture.search("missil*").hits().get(0);
    assertThat(allSnippets(hit)).contains("<mark>missiler</mark>", "<mark>missilenheter</mark>");
  }

  @Test
  void language_filter_keeps_one_side() {
    assertThat(paths(fixture.search("Maduro", Language.NB))).containsExactly(NEWS);
    assertThat(paths(fixture.search("Maduro", Language.EN))).containsExactly(WIKI);
  }

  @Test
  void page_chrome_is_neither_found_nor_shown() {
    for (String chrome : List.of("Bell Icon", "gratisartikkel", "\"Siste nytt\"", "abonnér",
        "\"kunstig intelligens\"", "Share", "\"Les også\"")) {
      assertThat(fixture.search(chrome).total()).as(chrome).isZero();
    }
  }

  @Test
  void odd_input_gets_an_answer_not_an_exception() {
    for (String query : List.of("\"unbalanced", "OR", "-", "*", "\"\"", "((", "a".repeat(10_000),
        "🔒 🚀", "<script>alert(1)</script>", "\u0000", "Maduro~2^3", "-Maduro", "title:x")) {
      SearchResult result = fixture.search(query);
      assertThat(result).as(query).isNotNull();
      result.hits().forEach(hit -> assertThat(allSnippets(hit)).doesNotContain("<script"));
    }
    assertThat(fixture.search("-Maduro").notice()).contains("Add a word");
    assertThat(fixture.search("a ".repeat(2000)).notice()).contains("only its first");
  }
}
