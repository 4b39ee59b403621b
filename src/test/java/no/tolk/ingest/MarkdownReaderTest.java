package no.tolk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReaderTest {

  @TempDir Path dir;

  private SourceDocument read(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return DocumentReaders.read(file, name);
  }

  @Test
  void headings_lists_quotes_and_code_become_blocks_with_sections() throws IOException {
    String text =
        """
        # Russland og Venezuela

        Et **fett** avsnitt med [en lenke](https://example.org) og `kode`
        over to linjer.

        Setext-overskrift
        -----------------

        - første punkt
          - underpunkt med *kursiv*
        - andre punkt

        1. nummerert

        > Et sitat.

        ```
        kode blokk
        ```

        ![bilde av Putin](putin.jpg)
        """;
    SourceDocument doc = read("notat.md", text);
    assertThat(doc.title()).isEqualTo("Russland og Venezuela");
    assertThat(doc.blocks())
        .extracting(Block::kind, Block::text, Block::section, Block::level)
        .containsExactly(
            tuple(Block.Kind.HEADING, "Russland og Venezuela", "Russland og Venezuela", 1),
            tuple(
                Block.Kind.PARAGRAPH,
                "Et fett avsnitt med en lenke og kode over to linjer.",
                "Russland og Venezuela",
                0),
            tuple(Block.Kind.HEADING, "Setext-overskrift", "Setext-overskrift", 2),
            tuple(Block.Kind.LIST_ITEM, "første punkt", "Setext-overskrift", 1),
            tuple(Block.Kind.LIST_ITEM, "underpunkt med kursiv", "Setext-overskrift", 2),
            tuple(Block.Kind.LIST_ITEM, "andre punkt", "Setext-overskrift", 1),
            tuple(Block.Kind.LIST_ITEM, "nummerert", "Setext-overskrift", 1),
            tuple(Block.Kind.PARAGRAPH, "Et sitat.", "Setext-overskrift", 0),
            tuple(Block.Kind.PARAGRAPH, "kode blokk", "Setext-overskrift", 0));
  }

  @Test
  void front_matter_wins_over_the_first_heading_and_is_not_content() throws IOException {
    String text =
        """
        ---
        title: 'Declared title'
        lang: en-GB
        source: Notes
        date: 2024-03-05
        tags: russia, venezuela
        ---
        # Heading title

        Body text.
        """;
    SourceDocument doc = read("n.markdown", text);
    assertThat(doc.title()).isEqualTo("Declared title");
    assertThat(doc.declaredLanguage()).isEqualTo(Locale.UK);
    assertThat(doc.source()).isEqualTo("Notes");
    assertThat(doc.date()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(doc.metadata()).isEqualTo(Map.of("tags", "russia, venezuela"));
    assertThat(doc.blocks()).extracting(Block::text).containsExactly("Heading title", "Body text.");
  }

  @Test
  void without_a_level_one_heading_the_title_is_the_file_name() throws IOException {
    SourceDocument doc = read("moete-i-moskva.MD", "## Bakgrunn\n\nTekst.\n");
    assertThat(doc.title()).isEqualTo("Moete i moskva");
  }

  @Test
  void raw_html_script_in_markdown_is_not_content() throws IOException {
    SourceDocument doc =
        read("s.md", "Tekst.\n\n<script>alert('x')</script>\n\n<p>Mer tekst.</p>\n");
    assertThat(doc.blocks()).extracting(Block::text).containsExactly("Tekst.", "Mer tekst.");
  }
}
