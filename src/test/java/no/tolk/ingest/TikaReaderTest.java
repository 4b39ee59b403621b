package no.tolk.ingest;

import static no.tolk.ingest.FormatFixtures.AUTHOR;
import static no.tolk.ingest.FormatFixtures.ENGLISH;
import static no.tolk.ingest.FormatFixtures.HEADING;
import static no.tolk.ingest.FormatFixtures.HEADING_2;
import static no.tolk.ingest.FormatFixtures.NORWEGIAN;
import static no.tolk.ingest.FormatFixtures.NORWEGIAN_2;
import static no.tolk.ingest.FormatFixtures.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;

class TikaReaderTest {

  private static final LocalDate CREATED = LocalDate.of(2024, 3, 5);

  @TempDir Path dir;

  private SourceDocument read(String name, byte[] bytes) throws IOException {
    return DocumentReaders.read(FormatFixtures.write(dir, name, bytes), name);
  }

  private static void assertMetadata(SourceDocument doc) {
    assertThat(doc.title()).isEqualTo(TITLE);
    assertThat(doc.metadata()).containsEntry("author", AUTHOR);
    assertThat(doc.date()).isEqualTo(CREATED);
  }

  @Test
  void pdf_blocks_carry_their_page_and_the_outline_makes_the_sections() throws IOException {
    SourceDocument doc = read("tur.pdf", FormatFixtures.pdf());
    assertMetadata(doc);
    assertThat(doc.blocks())
        .extracting(Block::kind, Block::text, Block::section, Block::page)
        .containsExactly(
            tuple(Block.Kind.HEADING, HEADING, HEADING, 1),
            tuple(Block.Kind.PARAGRAPH, NORWEGIAN, HEADING, 1),
            // the line-break hyphen of "in-\nformation" is gone
            tuple(Block.Kind.PARAGRAPH, "This is an information line.", HEADING, 1),
            tuple(Block.Kind.HEADING, HEADING_2, HEADING_2, 2),
            tuple(Block.Kind.PARAGRAPH, NORWEGIAN_2, HEADING_2, 2),
            tuple(Block.Kind.PARAGRAPH, ENGLISH, HEADING_2, 2));
  }

  @Test
  void docx_heading_styles_become_sections() throws IOException {
    SourceDocument doc = read("tur.docx", FormatFixtures.docx());
    assertMetadata(doc);
    assertThat(doc.blocks())
        .extracting(Block::kind, Block::text, Block::section, Block::level, Block::page)
        .containsExactly(
            tuple(Block.Kind.HEADING, HEADING, HEADING, 1, 0),
            tuple(Block.Kind.PARAGRAPH, NORWEGIAN, HEADING, 0, 0),
            tuple(Block.Kind.PARAGRAPH, ENGLISH, HEADING, 0, 0),
            tuple(Block.Kind.HEADING, HEADING_2, HEADING_2, 2, 0),
            tuple(Block.Kind.PARAGRAPH, NORWEGIAN_2, HEADING_2, 0, 0));
  }

  @Test
  void doc_made_by_libreoffice_keeps_its_headings() throws IOException {
    byte[] doc;
    try (InputStream in = getClass().getResourceAsStream("/formats/blaabaerturen.doc")) {
      doc = in.readAllBytes();
    }
    SourceDocument read = read("tur.doc", doc);
    assertMetadata(read);
    assertThat(read.blocks())
        .extracting(Block::kind, Block::text, Block::section)
        .containsExactly(
            tuple(Block.Kind.HEADING, HEADING, HEADING),
            tuple(Block.Kind.PARAGRAPH, NORWEGIAN, HEADING),
            tuple(Block.Kind.PARAGRAPH, ENGLISH, HEADING),
            tuple(Block.Kind.HEADING, HEADING_2, HEADING_2),
            tuple(Block.Kind.PARAGRAPH, NORWEGIAN_2, HEADING_2));
  }

  @Test
  void odt_outline_levels_and_lists_become_headings_and_items() throws IOException {
    SourceDocument doc = read("tur.odt", FormatFixtures.odt());
    assertMetadata(doc);
    assertThat(doc.blocks())
        .extracting(Block::kind, Block::text, Block::section, Block::level)
        .containsExactly(
            tuple(Block.Kind.HEADING, HEADING, HEADING, 1),
            tuple(Block.Kind.PARAGRAPH, NORWEGIAN, HEADING, 0),
            tuple(Block.Kind.PARAGRAPH, ENGLISH, HEADING, 0),
            tuple(Block.Kind.LIST_ITEM, "Termos med kakao", HEADING, 1),
            tuple(Block.Kind.HEADING, HEADING_2, HEADING_2, 2),
            tuple(Block.Kind.PARAGRAPH, NORWEGIAN_2, HEADING_2, 0));
  }

  @Test
  void epub_section_is_the_chapter_even_under_a_sub_heading() throws IOException {
    SourceDocument doc = read("tur.epub", FormatFixtures.epub());
    assertMetadata(doc);
    assertThat(doc.declaredLanguage()).isEqualTo(Locale.forLanguageTag("nb"));
    assertThat(doc.blocks())
        .extracting(Block::kind, Block::text, Block::section)
        .containsExactly(
            tuple(Block.Kind.HEADING, HEADING, HEADING),
            tuple(Block.Kind.PARAGRAPH, NORWEGIAN, HEADING),
            tuple(Block.Kind.PARAGRAPH, ENGLISH, HEADING),
            tuple(Block.Kind.HEADING, HEADING_2, HEADING_2),
            tuple(Block.Kind.PARAGRAPH, NORWEGIAN_2, HEADING_2),
            tuple(Block.Kind.HEADING, "Kvelden", HEADING_2),
            tuple(Block.Kind.PARAGRAPH, "Vi sov i telt under åpen himmel.", HEADING_2));
  }

  @Test
  void pptx_slide_title_is_the_section_and_the_slide_number_the_page() throws IOException {
    SourceDocument doc = read("tur.pptx", FormatFixtures.pptx());
    assertMetadata(doc);
    assertThat(doc.blocks())
        .extracting(Block::kind, Block::text, Block::section, Block::page)
        .containsExactly(
            tuple(Block.Kind.HEADING, HEADING, HEADING, 1),
            tuple(Block.Kind.PARAGRAPH, NORWEGIAN, HEADING, 1),
            tuple(Block.Kind.PARAGRAPH, ENGLISH, HEADING, 1),
            tuple(Block.Kind.HEADING, HEADING_2, HEADING_2, 2),
            tuple(Block.Kind.PARAGRAPH, NORWEGIAN_2, HEADING_2, 2));
  }

  @Test
  void rtf_escaped_letters_survive() throws IOException {
    SourceDocument doc = read("tur.rtf", FormatFixtures.rtf());
    assertMetadata(doc);
    assertThat(doc.blocks())
        .extracting(Block::text)
        .containsExactly(HEADING, NORWEGIAN, ENGLISH);
  }

  @Test
  void document_without_a_title_is_named_after_its_first_heading() throws IOException {
    SourceDocument doc = read("uten-tittel.docx", FormatFixtures.docx(false));
    assertThat(doc.title()).isEqualTo(HEADING);
    assertThat(doc.metadata()).doesNotContainKey("author");
    assertThat(doc.date()).isNull();
  }

  // ---- bad input: each is one clear reason, never a crash

  @Test
  void encrypted_pdf_is_skipped_as_password_protected() throws IOException {
    assertThatThrownBy(() -> read("hemmelig.pdf", FormatFixtures.encryptedPdf()))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("hemmelig.pdf: encrypted PDF (password protected)");
  }

  @Test
  void truncated_pdf_is_reported_as_corrupt() throws IOException {
    byte[] pdf = FormatFixtures.pdf();
    assertThatThrownBy(() -> read("avkuttet.pdf", Arrays.copyOf(pdf, pdf.length / 2)))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageStartingWith("avkuttet.pdf: corrupt or unreadable PDF: ");
  }

  @Test
  void zero_byte_file_is_empty() {
    assertThatThrownBy(() -> read("tom.docx", new byte[0]))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("tom.docx: empty file");
  }

  @Test
  void a_parser_that_never_returns_is_left_behind_and_the_file_skipped() throws IOException {
    Parser endless =
        new AbstractParser() {
          @Override
          public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.application("pdf"));
          }

          @Override
          public void parse(
              InputStream in, ContentHandler handler, Metadata metadata, ParseContext context) {
            // Deaf to interrupts, as a parser caught in a malformed file's loop; it ends on
            // its own long after the test, so as not to keep a thread for the rest of the run.
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < until) {
              try {
                Thread.sleep(100);
              } catch (InterruptedException ignored) {
                // a stuck parser does not listen
              }
            }
          }
        };
    TikaReader reader = new TikaReader(1000, endless, Duration.ofMillis(300));
    long start = System.nanoTime();
    assertThatThrownBy(() -> reader.read(FormatFixtures.pdf(), Path.of("loop.pdf"), "loop.pdf"))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("loop.pdf: still not read after 300 ms; skipped");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void file_over_the_limit_is_skipped_before_parsing() throws IOException {
    Path file = FormatFixtures.write(dir, "stor.pdf", FormatFixtures.pdf());
    assertThatThrownBy(() -> new TikaReader(1000).read(file, "stor.pdf"))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageMatching("stor\\.pdf: file too large \\(\\d+ bytes > limit 1000 bytes\\)");
  }

  @Test
  void text_with_a_document_extension_is_not_a_document() {
    assertThatThrownBy(() -> read("falsk.docx", "Bare tekst, ikke Word.".getBytes()))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("falsk.docx: plain text, not a DOCX file");
    byte[] noise = new byte[4096];
    new java.util.Random(42).nextBytes(noise);
    assertThatThrownBy(() -> read("støy.pdf", noise))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageStartingWith("støy.pdf: corrupt or unreadable PDF: ");
  }

  @Test
  void file_that_changes_between_size_check_and_read_is_caught() throws IOException {
    byte[] grown = FormatFixtures.pdf();
    // checked at 100 bytes, then it grew past the 1000-byte limit before it was read
    assertThatThrownBy(
            () -> FileSnapshot.read(new ByteArrayInputStream(grown), 100, "vokser.pdf", 1000))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("vokser.pdf: file too large (1001 bytes > limit 1000 bytes)");
    // checked at 100 bytes, then truncated to nothing
    assertThatThrownBy(
            () -> FileSnapshot.read(new ByteArrayInputStream(new byte[0]), 100, "tom.pdf", 1000))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("tom.pdf: file emptied while being read");
    // truncated to half: the parser sees one consistent (if damaged) snapshot
    byte[] half = Arrays.copyOf(grown, grown.length / 2);
    byte[] read =
        FileSnapshot.read(new ByteArrayInputStream(half), grown.length, "halv.pdf", 1 << 20);
    assertThat(read).isEqualTo(half);
  }
}
