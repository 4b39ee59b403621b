package no.tolk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Main-content extraction measured on handcrafted news pages and the Debian Edu manual. */
class MainContentTest {

  // Text that is page furniture on the fixture pages; none of it may come out.
  private static final List<String> CHROME =
      List.of(
          "Forsiden", "Mest lest", "Les også", "Ulv sett", "Ansvarlig redaktør", "cookies",
          "Share on", "Why OCR", "Newsletter", "Subscribe", "Tech Notes", "Hjem", "Postadresse",
          "Fjordposten", "Badetemperaturer", "informasjonskapsler", "Vær");

  private static SourceDocument news(String name) throws IOException, URISyntaxException {
    Path file = Path.of(MainContentTest.class.getResource("/formats/news/" + name).toURI());
    return DocumentReaders.read(file, name);
  }

  @ParameterizedTest
  @CsvSource({
    "avis-uten-article.html, Fjellstua åpner igjen etter brannen, 4",
    "blog-article.html, Reading PDFs at scale, 3",
    "kommune-latin1.html, Nytt bibliotek på Sjøholt, 3",
    "main-med-lenkeliste.html, Ny rekord i Oslofjorden, 3"
  })
  void news_page_keeps_every_paragraph_and_no_chrome(String page, String headline, int paragraphs)
      throws Exception {
    SourceDocument doc = news(page);
    assertThat(doc.blocks().get(0).text()).isEqualTo(headline);
    assertThat(doc.blocks()).filteredOn(b -> b.kind() == Block.Kind.PARAGRAPH).hasSize(paragraphs);
    assertThat(doc.blocks())
        .extracting(Block::text)
        .allSatisfy(t -> assertThat(CHROME).noneMatch(t::contains));
  }

  @Test
  void latin1_page_in_a_layout_table_keeps_norwegian_letters() throws Exception {
    assertThat(news("kommune-latin1.html").blocks())
        .extracting(Block::text)
        .anyMatch(t -> t.contains("Biblioteksjef Bjørg Øvrebø er strålende fornøyd"));
  }

  @ParameterizedTest
  @CsvSource({"en, Table of Contents", "nb-no, Innhold"})
  void debian_manual_keeps_every_section_and_drops_navigation_and_toc(String lang, String toc)
      throws IOException {
    Path manual =
        Path.of("/usr/share/doc/debian-edu-doc-" + lang + "/debian-edu-bookworm-manual.html");
    assumeTrue(Files.isReadable(manual), "debian-edu-doc-" + lang + " is not installed");
    List<String> sourceH2 = h2Titles(Files.readString(manual));
    SourceDocument doc = DocumentReaders.read(manual, "manual.html");
    List<String> extracted =
        doc.blocks().stream()
            .filter(b -> b.kind() == Block.Kind.HEADING && b.level() == 2)
            .map(Block::text)
            .toList();
    assertThat(sourceH2).hasSize(28);
    assertThat(extracted).containsExactlyElementsOf(sourceH2);
    assertThat(doc.blocks()).extracting(Block::text).doesNotContain(toc);
    // the navigation header repeats the title; only the title page's heading may carry it
    assertThat(doc.blocks()).filteredOn(b -> b.text().equals(doc.title())).hasSize(1);
  }

  private static List<String> h2Titles(String html) {
    Matcher m = Pattern.compile("<h2[^>]*>(.*?)</h2>", Pattern.DOTALL).matcher(html);
    return m.results()
        .map(r -> org.jsoup.Jsoup.parse(r.group(1)).text())
        .map(BlockCollector::normalize)
        .toList();
  }
}
