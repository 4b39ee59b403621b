package no.tolk.ingest;

import java.util.Locale;

/** Makes a readable title from a file name, the last resort when a document names nothing. */
final class FileNameTitle {

  private FileNameTitle() {}

  /**
   * {@code en/russia_venezuela-relations.txt -> Russia venezuela relations}; a leading date is
   * dropped: {@code 2025-11-01-maduro-ber-putin.txt -> Maduro ber putin}.
   */
  static String of(String relativePath) {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    String words = name.replaceFirst("^\\d{4}-\\d{2}-\\d{2}[-_ ]+", "");
    words = BlockCollector.normalize(words.replaceAll("[-_.]+", " "));
    if (words.isEmpty()) {
      return name.isBlank() ? relativePath : name;
    }
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }
}
