package no.tolk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.LanguageDetector;
import no.tolk.index.Indexer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quoted words match as written; when fewer documents than a page have them so, every form of
 * them counts, the reader is told, and each document is marked as its view will mark it.
 */
class QuotedWordsTest {

  /** More than a page of files say "thin clients", a few only "thin client". */
  static final int PLURAL = SearchService.WIDEN_BELOW + 2;
  static final int SINGULAR = 3;

  @TempDir static Path dir;
  static Analyzers analyzers;
  static SearchService service;

  @BeforeAll
  static void index() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (int i = 0; i < PLURAL; i++) {
      write(corpus, "plural-" + i, "Thin clients start from the network in room " + i + ".");
    }
    for (int i = 0; i < SINGULAR; i++) {
      write(corpus, "singular-" + i, "A thin client starts from the network in lab " + i + ".");
    }
    write(corpus, "both", "A thin client is cheap. Thin clients are cheaper still, so the lab.");
    write(corpus, "server", "The server starts from its own disk, and the network waits for it.");
    analyzers = new Analyzers();
    new Indexer(analyzers, new LanguageDetector()).update(corpus, dir.resolve("index"));
    service = SearchService.open(dir.resolve("index"), analyzers);
  }

  private static void write(Path corpus, String name, String sentence) throws IOException {
    String text = "# " + name + "\n\n" + sentence + " Every school has them, and they work well.\n";
    Files.writeString(corpus.resolve(name + ".md"), text);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
    analyzers.close();
  }

  private static SearchResult search(String query) {
    return service.search(new SearchRequest(query, Optional.empty(), 0, 20));
  }

  private static List<String> files(SearchResult result) {
    return result.hits().stream().map(hit -> hit.path().replaceAll("\\.md$", "")).toList();
  }

  private static String marks(Hit hit) {
    return String.join(" ", hit.snippets().stream().map(Snippet::html).toList());
  }

  @Test
  void a_phrase_found_as_written_in_a_page_of_documents_matches_only_as_written() {
    SearchResult result = search("\"thin clients\"");
    assertThat(result.total()).isEqualTo(PLURAL + 1);
    assertThat(files(result)).allMatch(f -> f.startsWith("plural-") || f.equals("both"));
    assertThat(result.notice()).isEmpty();
    // Unquoted, the same words find every form.
    assertThat(search("thin clients").total()).isEqualTo(PLURAL + SINGULAR + 1);
  }

  @Test
  void a_quoted_word_matches_as_written() {
    SearchResult result = search("\"clients\"");
    assertThat(files(result)).hasSize(PLURAL + 1).doesNotContain("singular-0");
  }

  @Test
  void a_phrase_found_as_written_in_fewer_documents_than_a_page_widens_to_every_form() {
    SearchResult result = search("\"thin client\"");
    assertThat(result.total()).isEqualTo(PLURAL + SINGULAR + 1);
    assertThat(result.notice())
        .isEqualTo("Only 4 results have the quoted words exactly as written, so other forms of"
            + " them count too.");
    // As written first: the exact form weighs more than a stem.
    assertThat(files(result).subList(0, SINGULAR + 1))
        .containsExactlyInAnyOrder("singular-0", "singular-1", "singular-2", "both");
    for (Hit hit : result.hits()) {
      String marked = marks(hit);
      if (hit.path().startsWith("plural-")) {
        assertThat(marked).as(hit.path()).contains("<mark>Thin clients</mark>");
      } else {
        // Where the phrase is there as written, only that is marked, as the document view does.
        assertThat(marked).as(hit.path()).contains("<mark>thin client</mark>")
            .doesNotContain("<mark>Thin clients</mark>");
      }
    }
  }

  @Test
  void a_phrase_in_few_documents_is_not_widened_when_other_forms_find_no_more() {
    SearchResult result = search("\"the lab\"");
    assertThat(files(result)).containsExactly("both");
    assertThat(result.notice()).isEmpty();
    assertThat(marks(result.hits().get(0))).contains("<mark>the lab</mark>");
  }

  @Test
  void quoted_words_found_only_in_other_forms_are_marked_beside_the_other_words() {
    // The quoted phrase is required, "network" optional: four results as written, so it widens.
    String query = "\"thin client\" network";
    SearchResult result = search(query);
    assertThat(result.total()).isEqualTo(PLURAL + SINGULAR + 1);
    for (Hit hit : result.hits()) {
      if (hit.path().startsWith("plural-")) {
        assertThat(marks(hit)).as(hit.path())
            .contains("<mark>Thin clients</mark>", "<mark>network</mark>");
        String view = String.join(" ", service.document(hit.id(), query).orElseThrow().blocks()
            .stream().map(DocumentView.Block::html).toList());
        assertThat(view).as(hit.path())
            .contains("<mark>Thin clients</mark>", "<mark>network</mark>");
      }
    }
  }

  @Test
  void the_document_view_marks_what_the_result_marked() {
    SearchResult result = search("\"thin client\"");
    for (Hit hit : result.hits()) {
      DocumentView view = service.document(hit.id(), "\"thin client\"").orElseThrow();
      String html = String.join(" ", view.blocks().stream().map(DocumentView.Block::html).toList());
      assertThat(view.matchCount()).as(hit.path()).isEqualTo(1);
      String marked = html.substring(html.indexOf("<mark>"), html.indexOf("</mark>") + 7);
      assertThat(marks(hit)).as(hit.path()).contains(marked);
    }
  }

  @Test
  void an_excluded_phrase_is_excluded_in_every_form() {
    assertThat(files(search("network -\"thin client\""))).containsExactly("server");
  }
}
