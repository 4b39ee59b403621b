package no.tolk.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Picks the reader for a file by its extension. */
public final class DocumentReaders {

  private static final DocumentReader TEXT = new TextReader();
  private static final DocumentReader MARKDOWN = new MarkdownReader();
  private static final DocumentReader HTML = new HtmlReader();
  private static final DocumentReader TIKA = new TikaReader();

  private static final Map<String, DocumentReader> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("txt", TEXT),
          Map.entry("md", MARKDOWN),
          Map.entry("markdown", MARKDOWN),
          Map.entry("html", HTML),
          Map.entry("htm", HTML),
          Map.entry("pdf", TIKA),
          Map.entry("docx", TIKA),
          Map.entry("doc", TIKA),
          Map.entry("odt", TIKA),
          Map.entry("rtf", TIKA),
          Map.entry("epub", TIKA),
          Map.entry("pptx", TIKA));

  private DocumentReaders() {}

  /** Whether some reader handles this file's extension (case-insensitive). */
  public static boolean supports(Path file) {
    return readerFor(file).isPresent();
  }

  /** The reader for this file's extension, if any. */
  public static Optional<DocumentReader> readerFor(Path file) {
    return Optional.ofNullable(BY_EXTENSION.get(extension(file)));
  }

  /** Reads a file with the reader for its extension. */
  public static SourceDocument read(Path file, String relativePath) throws IOException {
    return reader(file, relativePath).read(file, relativePath);
  }

  /** Reads a file's content, already in memory, with the reader for the file's extension. */
  public static SourceDocument read(byte[] content, Path file, String relativePath)
      throws IOException {
    return reader(file, relativePath).read(content, file, relativePath);
  }

  private static DocumentReader reader(Path file, String relativePath)
      throws UnreadableDocumentException {
    return readerFor(file)
        .orElseThrow(() -> new UnreadableDocumentException(relativePath, "unsupported file type"));
  }

  /** The lower-case extension without the dot, or "" when the name has none. */
  static String extension(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return "";
    }
    String s = name.toString();
    int dot = s.lastIndexOf('.');
    return dot <= 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
