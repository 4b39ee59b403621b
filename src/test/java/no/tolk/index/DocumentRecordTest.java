package no.tolk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.tolk.analysis.Language;
import no.tolk.ingest.Block;
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

  @Test
  void a_record_reads_back_as_written_with_its_layout_and_text() {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("forfatter", "Åse Ødegård");
    metadata.put("avdeling", "Luftforsvaret");
    metadata.put("emne", "");
    DocumentRecord written =
        new DocumentRecord(
            "0123456789abcdef", "nb/kampfly.md", "Kampfly – «F-35»", Language.NB,
            LocalDate.of(2024, 2, 29), "NTB", metadata, layout(), BODY);

    DocumentRecord read = DocumentRecord.decode(written.encode());

    assertThat(read).isEqualTo(written);
    assertThat(read.layout().entries()).extracting(BlockLayout.Entry::section)
        .containsExactly("Kampfly over Bodø", "Kampfly over Bodø", "Andre");
    assertThat(read.metadata().keySet()).containsExactly("forfatter", "avdeling", "emne");
    BlockLayout.Entry paragraph = read.layout().entries().get(1);
    assertThat(read.body().substring(paragraph.start(), paragraph.end()))
        .isEqualTo("Norge kjøper F-35 – «en milepæl» 🛩");
  }

  @Test
  void a_missing_date_and_source_stay_missing() {
    DocumentRecord written =
        new DocumentRecord("id", "a.txt", "a", Language.EN, null, null, Map.of(), layout(), BODY);

    DocumentRecord read = DocumentRecord.decode(written.encode());

    assertThat(read.date()).isNull();
    assertThat(read.source()).isNull();
    assertThat(read.metadata()).isEmpty();
  }
}
