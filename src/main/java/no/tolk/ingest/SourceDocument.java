package no.tolk.ingest;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One document as read from the corpus: its text in reading order, split into blocks, plus what is
 * known about it. Readers produce it; nothing downstream touches the file again.
 *
 * @param path path relative to the corpus folder, '/'-separated, extension included
 * @param title the document's title, never blank (falls back to a readable file name)
 * @param source where the text comes from (site, publication), or null
 * @param date publication date, or null when unknown
 * @param declaredLanguage language the file declares (front matter, html lang), or null
 * @param metadata key/value facts that are not prose (front matter extras, an infobox)
 * @param blocks the content, in reading order; chrome and boilerplate are already gone
 */
public record SourceDocument(
    String path,
    String title,
    String source,
    LocalDate date,
    Locale declaredLanguage,
    Map<String, String> metadata,
    List<Block> blocks) {

  public SourceDocument {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("blank title for " + path);
    }
    // In the order the file gives them: an infobox reads top to bottom.
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    blocks = List.copyOf(blocks);
  }
}
