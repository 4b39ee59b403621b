package no.tolk.web;

import static no.tolk.web.FixtureSearcher.meta;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.Language;
import no.tolk.analysis.LanguageDetector;
import no.tolk.index.Indexer;
import no.tolk.ingest.Block.Kind;
import no.tolk.search.DocumentView;
import no.tolk.search.SearchRequest;
import no.tolk.search.SearchResult;
import no.tolk.search.SearchService;
import no.tolk.search.Searcher;
import no.tolk.web.FixtureSearcher.Doc;
import no.tolk.web.FixtureSearcher.FixtureBlock;

/**
 * The one place web tests get their Searcher from: an in-memory fixture with hostile content for
 * the HTTP tests, the real corpus for the browser journey.
 */
final class TestSearchers {

  /** Markup that must never reach a page unescaped. */
  static final String HOSTILE = "<script>alert(1)</script>";

  /** An image whose onerror would set a flag if it were ever parsed as markup. */
  static final String HOSTILE_IMG = "<img src=x onerror=\"window.tolkPwned=1\">";

  /** Matches 15 Norwegian documents (two pages) and the hostile one. */
  static final String NB_QUERY = "forsvar";

  /** Matches the English documents only. */
  static final String EN_QUERY = "defence";

  /** What the browser test types into the search box: a name both real documents hold. */
  static final String BROWSER_QUERY = "Maduro";

  static final String HOSTILE_ID = "hostile";
  static final String LONG_ID = "nb-langtidsplan";

  private TestSearchers() {}

  /** The searcher BrowserTest runs against: the project's real corpus, indexed afresh. */
  static SearchService forBrowser() throws IOException {
    Path dir = Files.createTempDirectory("tolk-browser-index");
    Analyzers analyzers = new Analyzers();
    new Indexer(analyzers, new LanguageDetector()).update(Path.of("corpus"), dir);
    return SearchService.open(dir, analyzers);
  }

  static FixtureSearcher fixture() {
    return new FixtureSearcher(docs(), true);
  }

  static FixtureSearcher notReady() {
    return new FixtureSearcher(List.of(), false);
  }

  /** A searcher that fails on every call, with an internal detail no reader may see. */
  static Searcher failing() {
    return new Searcher() {
      @Override
      public SearchResult search(SearchRequest request) {
        throw new IllegalStateException("secret internal detail /var/index/segments_9");
      }

      @Override
      public Optional<DocumentView> document(String id, String query) {
        throw new IllegalStateException("secret internal detail /var/index/segments_9");
      }

      @Override
      public boolean ready() {
        return true;
      }
    };
  }

  static List<Doc> docs() {
    List<Doc> docs = new ArrayList<>();
    docs.add(longDocument());
    docs.add(hostile());
    String[] topics = {
      "budsjett",
      "luftvern",
      "kampfly",
      "sjøforsvaret",
      "heimevernet",
      "verneplikt",
      "beredskap",
      "cyberforsvar",
      "materiell",
      "øvelser",
      "samarbeid",
      "rekruttering",
      "Nord-Norge"
    };
    for (int i = 0; i < topics.length; i++) {
      String topic = topics[i];
      docs.add(
          new Doc(
              "nb-" + i,
              "rapporter/forsvar-" + (i + 1) + ".pdf",
              "Forsvaret og " + topic,
              Language.NB,
              "Forsvarsdepartementet",
              LocalDate.of(2020 + i % 5, 1 + i % 12, 1 + i),
              meta("forfatter", "Kari Nordmann", "sider", String.valueOf(10 + i)),
              List.of(
                  block(Kind.HEADING, 1, "Om " + topic, "Om " + topic),
                  block(
                      Kind.PARAGRAPH,
                      0,
                      "Rapporten drøfter hvordan forsvaret kan styrke arbeidet med "
                          + topic
                          + " de neste årene.",
                      "Om " + topic),
                  block(
                      Kind.PARAGRAPH,
                      0,
                      "Sekretæren la fram tall for " + topic + " og forsvarets behov.",
                      "Om " + topic))));
    }
    String[] english = {"budget", "air defence", "the navy", "cyber", "training", "allies"};
    for (int i = 0; i < english.length; i++) {
      docs.add(
          new Doc(
              "en-" + i,
              "reports/defence-" + (i + 1) + ".docx",
              "Defence review: " + english[i],
              Language.EN,
              "Ministry of Defence",
              i == 0 ? null : LocalDate.of(2023, i, 15),
              meta("author", "John Smith"),
              List.of(
                  block(Kind.HEADING, 1, "Summary", "Summary"),
                  block(
                      Kind.PARAGRAPH,
                      0,
                      "This review looks at defence spending on " + english[i] + ".",
                      "Summary"))));
    }
    return docs;
  }

  /** Long enough that its last blocks sit far below the first screen. */
  private static Doc longDocument() {
    List<FixtureBlock> blocks = new ArrayList<>();
    blocks.add(block(Kind.HEADING, 1, "Innledning", "Innledning"));
    for (int i = 0; i < 14; i++) {
      blocks.add(
          block(
              Kind.PARAGRAPH,
              0,
              "Avsnitt "
                  + (i + 1)
                  + " handler om planlegging, økonomi og personell i mange år framover,"
                  + " med vekt på drift, vedlikehold og utdanning av mannskaper.",
              "Innledning"));
    }
    blocks.add(block(Kind.HEADING, 2, "Tiltak for forsvaret", "Tiltak for forsvaret"));
    blocks.add(block(Kind.LIST_ITEM, 1, "Styrke forsvaret i nord", "Tiltak for forsvaret"));
    blocks.add(block(Kind.LIST_ITEM, 2, "Flere fregatter og ubåter", "Tiltak for forsvaret"));
    blocks.add(block(Kind.LIST_ITEM, 1, "Bedre luftvern", "Tiltak for forsvaret"));
    blocks.add(
        block(Kind.CAPTION, 0, "Figur 1: Forsvarets budsjett 2020–2030", "Tiltak for forsvaret"));
    blocks.add(
        block(
            Kind.PARAGRAPH,
            0,
            "Regjeringen vil bruke mer på forsvaret. Totalforsvaret skal øves jevnlig, og"
                + " forsvarsevnen skal måles hvert år.",
            "Tiltak for forsvaret"));
    for (int i = 0; i < 6; i++) {
      blocks.add(
          block(
              Kind.PARAGRAPH,
              0,
              "Tillegg " + (i + 1) + ": tabeller og kilder for planperioden.",
              "Vedlegg"));
    }
    return new Doc(
        LONG_ID,
        "planer/langtidsplan.pdf",
        "Langtidsplan for forsvarssektoren",
        Language.NB,
        "Stortinget",
        LocalDate.of(2024, 4, 5),
        meta("utgiver", "Forsvarsdepartementet", "sider", "120"),
        blocks);
  }

  private static Doc hostile() {
    String section = HOSTILE_IMG + " seksjon";
    return new Doc(
        HOSTILE_ID,
        "innboks/" + HOSTILE + ".html",
        HOSTILE + " " + HOSTILE_IMG + " Forsvar og angrep",
        Language.NB,
        "\"><script>alert(1)</script>",
        LocalDate.of(2021, 6, 30),
        meta("forfatter", HOSTILE, HOSTILE_IMG, "verdi"),
        List.of(
            block(Kind.HEADING, 1, section, section),
            block(
                Kind.PARAGRAPH,
                0,
                "Denne teksten om forsvar inneholder " + HOSTILE + " og " + HOSTILE_IMG + ".",
                section)));
  }

  private static FixtureBlock block(Kind kind, int level, String text, String section) {
    return new FixtureBlock(kind, level, text, section);
  }
}
