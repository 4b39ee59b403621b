package no.tolk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DocumentReadersTest {

  @Test
  void reader_is_chosen_by_extension_ignoring_case() {
    assertThat(DocumentReaders.readerFor(Path.of("a.TXT"))).containsInstanceOf(TextReader.class);
    assertThat(DocumentReaders.readerFor(Path.of("a.Md"))).containsInstanceOf(MarkdownReader.class);
    assertThat(DocumentReaders.readerFor(Path.of("a.markdown")))
        .containsInstanceOf(MarkdownReader.class);
    assertThat(DocumentReaders.readerFor(Path.of("d/a.HTM"))).containsInstanceOf(HtmlReader.class);
    assertThat(DocumentReaders.readerFor(Path.of("a.html"))).containsInstanceOf(HtmlReader.class);
    for (String name : new String[] {"a.pdf", "a.DOCX", "a.doc", "a.odt", "a.rtf", "a.epub", "a.pptx"}) {
      assertThat(DocumentReaders.readerFor(Path.of(name))).containsInstanceOf(TikaReader.class);
    }
  }

  @Test
  void other_extensions_and_names_without_one_are_not_supported() {
    assertThat(DocumentReaders.supports(Path.of("a.xlsx"))).isFalse();
    assertThat(DocumentReaders.supports(Path.of("README"))).isFalse();
    assertThat(DocumentReaders.supports(Path.of(".txt"))).isFalse();
    assertThatThrownBy(() -> DocumentReaders.read(Path.of("a.zip"), "a.zip"))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("a.zip: unsupported file type");
  }
}
