package no.tolk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.tolk.analysis.Language;
import no.tolk.ingest.Block;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class DocumentRecordTest {

  private static final String BODY = "Kampfly over Bodø\nNorge kjøper F-35 – «en milepæl» 🛩\nIn English";

  private static BlockLayout layout() {
    return new BlockLayout(
        List.of(
            new BlockLayout.Entry(Block.Kind.HEADING, 2, Language.NB, "Kampfly over Bodø", 0, 0, 17),
            new BlockLayout.Entry(Block.Kind.PARAGRAPH, 0, Language.NB, "Kampfly over Bodø", 3, 18, 53),
            new BlockLayout.Entry(Block.Kind.LIST_ITEM, 1, Language.EN, "Andre", 3, 54, 64)));
  }

  /** A record with nothing but an id, a text and its layout. */
  private static DocumentRecord bare(String id, String text, BlockLayout layout) {
    return new DocumentRecord(
        id, id + ".md", id, Language.NB, null, null, Map.of(), layout, BodyText.of(text, layout));
  }

  private static BlockLayout.Entry paragraph(int start, int end) {
    return new BlockLayout.Entry(Block.Kind.PARAGRAPH, 0, Language.EN, "", 0, start, end);
  }

  @Test
  void a_record_reads_back_as_written_with_its_layout_and_text() {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("forfatter", "Åse Ødegård");
    metadata.put("avdeling", "Luftforsvaret");
    metadata.put("emne", "");
    DocumentRecord written =
        new DocumentRecord(
            "0123456789abcdef", "nb/kampfly.md", "Kampfly – «F-35»", Language.NB,
            LocalDate.of(2024, 2, 29), "NTB", metadata, layout(), BodyText.of(BODY, layout()));

    DocumentRecord read = DocumentRecord.decode(written.encode());

    assertThat(read).isEqualTo(written);
    assertThat(read.layout().entries()).extracting(BlockLayout.Entry::section)
        .containsExactly("Kampfly over Bodø", "Kampfly over Bodø", "Andre");
    assertThat(read.metadata().keySet()).containsExactly("forfatter", "avdeling", "emne");
    BlockLayout.Entry paragraph = read.layout().entries().get(1);
    assertThat(read.body().subSequence(paragraph.start(), paragraph.end()).toString())
        .isEqualTo("Norge kjøper F-35 – «en milepæl» 🛩");
  }

  @Test
  void a_body_read_back_gives_every_char_as_written_block_by_block() {
    DocumentRecord written = bare("id", BODY, layout());

    assertReadsAs(DocumentRecord.decode(written.encode()).body(), BODY);
    CharSequence body = DocumentRecord.decode(written.encode()).body();
    assertThat(body.subSequence(18, 23).toString()).isEqualTo("Norge");
    assertThat(body.subSequence(10, 25).toString()).isEqualTo(BODY.substring(10, 25));
    assertThat(body.toString()).isEqualTo(BODY);
  }

  /** Every char, forwards and backwards, and every piece's text, each on a fresh read. */
  private static void assertReadsAs(CharSequence fresh, String expected) {
    assertThat(fresh.length()).isEqualTo(expected.length());
    StringBuilder forwards = new StringBuilder();
    for (int i = 0; i < fresh.length(); i++) {
      forwards.append(fresh.charAt(i));
    }
    assertThat(forwards.toString()).isEqualTo(expected);
    StringBuilder backwards = new StringBuilder();
    for (int i = fresh.length() - 1; i >= 0; i--) {
      backwards.append(fresh.charAt(i));
    }
    assertThat(backwards.reverse().toString()).isEqualTo(expected);
  }

  @Test
  void a_lone_surrogate_reads_back_as_one_replacement_char_and_moves_no_later_block() {
    String text = "a\uD800b\nNext block";
    BlockLayout layout = new BlockLayout(List.of(paragraph(0, 3), paragraph(4, 14)));
    DocumentRecord written = bare("id", text, layout);

    CharSequence body = DocumentRecord.decode(written.encode()).body();

    assertThat(body.subSequence(4, 14).toString()).isEqualTo("Next block");
    assertReadsAs(DocumentRecord.decode(written.encode()).body(), "a\uFFFDb\nNext block");
  }

  @Test
  void empty_blocks_and_text_around_the_blocks_read_back() {
    String text = "  intro\n\nBody text.\n tail";
    BlockLayout layout =
        new BlockLayout(
            List.of(
                new BlockLayout.Entry(Block.Kind.HEADING, 1, Language.EN, "", 0, 2, 2),
                paragraph(2, 7),
                paragraph(8, 8),
                paragraph(9, 19)));
    DocumentRecord written = bare("id", text, layout);

    assertReadsAs(DocumentRecord.decode(written.encode()).body(), text);
    CharSequence body = DocumentRecord.decode(written.encode()).body();
    assertThat(body.subSequence(9, 19).toString()).isEqualTo("Body text.");
    assertThat(body.subSequence(19, text.length()).toString()).isEqualTo("\n tail");
  }

  @Test
  void records_too_long_for_doc_values_are_stored_and_read_back_alike() throws Exception {
    String longText = "Lange tekster lagres som lagrede felt. ".repeat(2_000);
    BlockLayout longLayout = new BlockLayout(List.of(paragraph(0, longText.length())));
    DocumentRecord small = bare("small", BODY, layout());
    DocumentRecord large = bare("large", longText, longLayout);
    assertThat(large.encode().length).isGreaterThan(DocumentRecord.IN_DOC_VALUES);

    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(
              directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
        // Segments: [small, large], [large] (no record in doc values at all), [small].
        for (List<DocumentRecord> segment :
            List.of(List.of(small, large), List.of(large), List.of(small))) {
          for (DocumentRecord record : segment) {
            Document doc = new Document();
            doc.add(record.field());
            writer.addDocument(doc);
          }
          writer.commit();
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertThat(reader.leaves()).hasSize(3);
        DocumentRecord[] read = DocumentRecord.readAll(reader, new int[] {3, 1, 0, 2});

        assertThat(read).containsExactly(small, large, small, large);
        assertThat(read[1].body().subSequence(0, 13).toString()).isEqualTo("Lange tekster");
        assertThat(DocumentRecord.read(reader, 2)).isEqualTo(large);
      }
    }
  }

  @Test
  void a_missing_date_and_source_stay_missing() {
    DocumentRecord written = bare("id", BODY, layout());

    DocumentRecord read = DocumentRecord.decode(written.encode());

    assertThat(read.date()).isNull();
    assertThat(read.source()).isNull();
    assertThat(read.metadata()).isEmpty();
  }
}
