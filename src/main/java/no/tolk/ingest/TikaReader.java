package no.tolk.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads PDF, Word (DOCX, DOC), OpenDocument, RTF, EPUB and PowerPoint files with Apache Tika:
 * headings become sections, PDF pages become block pages, an EPUB chapter or a slide is a section.
 */
public final class TikaReader implements DocumentReader {

  /** Files larger than this are skipped before parsing. */
  public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

  // Extracted text beyond this many characters is a zip bomb or a data dump, not a document.
  private static final int MAX_CHARS = 50_000_000;

  // Thread-safe and expensive to build (it loads every parser through the service loader).
  private static final AutoDetectParser PARSER = new AutoDetectParser();

  /**
   * A file still being read after this long is skipped. A malformed file can send a parser into
   * an endless loop, and every indexing thread stuck on one would stop the run for good.
   */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

  private final long maxBytes;
  private final Parser parser;
  private final Duration timeout;

  public TikaReader() {
    this(DEFAULT_MAX_BYTES);
  }

  /** A reader that skips files larger than {@code maxBytes}. */
  public TikaReader(long maxBytes) {
    this(maxBytes, PARSER, DEFAULT_TIMEOUT);
  }

  /** A reader with its own parser and time limit: tests make both small. */
  TikaReader(long maxBytes, Parser parser, Duration timeout) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("invalid maxBytes: " + maxBytes);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("invalid timeout: " + timeout);
    }
    this.maxBytes = maxBytes;
    this.parser = parser;
    this.timeout = timeout;
  }

  @Override
  public SourceDocument read(Path file, String relativePath) throws IOException {
    // This reader's own limit, which tests set small.
    return read(FileSnapshot.read(file, relativePath, maxBytes), file, relativePath);
  }

  @Override
  public SourceDocument read(byte[] bytes, Path file, String relativePath) throws IOException {
    FutureTask<SourceDocument> reading =
        new FutureTask<>(() -> readNow(bytes, file, relativePath));
    // On a thread of its own, so that a parser that never returns can be left behind.
    Thread.ofPlatform().daemon().name("tolk-tika " + relativePath).start(reading);
    try {
      return reading.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      reading.cancel(true);
      throw new UnreadableDocumentException(
          relativePath, "still not read after " + seconds(timeout) + "; skipped");
    } catch (InterruptedException e) {
      reading.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading " + relativePath);
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    }
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0
        ? duration.toSeconds() + " s"
        : duration.toMillis() + " ms";
  }

  private static IOException rethrown(Throwable cause) {
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IOException(cause);
  }

  private SourceDocument readNow(byte[] bytes, Path file, String relativePath) throws IOException {
    String extension = DocumentReaders.extension(file);
    Metadata metadata = new Metadata();
    // the name guides detection between the zip-based formats when their magic is ambiguous
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    BlockCollector out = new BlockCollector();
    parse(bytes, out, metadata, relativePath, extension);

    checkFormat(metadata, relativePath, extension);
    List<Block> blocks = out.blocks(relativePath);
    if (extension.equals("pdf")) {
      blocks = PdfPageChrome.remove(PdfOutline.apply(blocks, PdfOutline.read(bytes)));
    } else if (extension.equals("epub")) {
      blocks = chapterSections(blocks);
    }
    if (blocks.isEmpty()) {
      throw new UnreadableDocumentException(relativePath, "no text content");
    }
    Map<String, String> facts = new HashMap<>();
    Optional.ofNullable(metadata.get(TikaCoreProperties.CREATOR))
        .map(BlockCollector::normalize)
        .filter(s -> !s.isEmpty())
        .ifPresent(author -> facts.put("author", author));
    return new SourceDocument(
        relativePath,
        title(metadata, blocks, relativePath),
        null,
        date(metadata),
        language(metadata),
        facts,
        blocks);
  }

  private void parse(
      byte[] bytes, BlockCollector out, Metadata metadata, String path, String extension)
      throws IOException {
    XhtmlBlockHandler blocks = new XhtmlBlockHandler(out);
    WriteOutContentHandler limited = new WriteOutContentHandler(blocks, MAX_CHARS);
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      parser.parse(in, limited, metadata, context());
    } catch (EncryptedDocumentException e) {
      throw new UnreadableDocumentException(path, encrypted(extension));
    } catch (TikaException | SAXException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        throw new UnreadableDocumentException(path, "more than " + MAX_CHARS + " characters");
      }
      throw new UnreadableDocumentException(path, corrupt(extension) + rootMessage(e));
    } catch (RuntimeException e) {
      // A parser that trips over a malformed file throws whatever it meets; the file is at fault.
      throw new UnreadableDocumentException(path, corrupt(extension) + rootMessage(e));
    }
  }

  /** Rejects a file whose content is not the format its extension promises: "notes.docx". */
  private static void checkFormat(Metadata metadata, String path, String extension)
      throws UnreadableDocumentException {
    String type = Optional.ofNullable(metadata.get(Metadata.CONTENT_TYPE)).orElse("");
    String format = extension.toUpperCase(Locale.ROOT);
    if (type.startsWith("text/plain")) {
      throw new UnreadableDocumentException(path, "plain text, not a " + format + " file");
    }
    if (type.isEmpty() || type.startsWith("application/octet-stream")) {
      throw new UnreadableDocumentException(path, "unrecognised content, not a " + format + " file");
    }
  }

  private static ParseContext context() {
    PDFParserConfig pdf = new PDFParserConfig();
    // bookmarks come from the outline with their pages (PdfOutline), not as a trailing list
    pdf.setExtractBookmarksText(false);
    pdf.setExtractInlineImages(false);
    pdf.setExtractAnnotationText(false);
    ParseContext context = new ParseContext();
    context.set(PDFParserConfig.class, pdf);
    return context;
  }

  private static String encrypted(String extension) {
    return extension.equals("pdf")
        ? "encrypted PDF (password protected)"
        : "encrypted " + extension.toUpperCase(Locale.ROOT) + " (password protected)";
  }

  private static String corrupt(String extension) {
    return "corrupt or unreadable " + extension.toUpperCase(Locale.ROOT) + ": ";
  }

  /** The innermost cause's message, which names the actual damage ("Page tree root must …"). */
  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
  }

  private static String title(Metadata metadata, List<Block> blocks, String relativePath) {
    String title = metadata.get(TikaCoreProperties.TITLE);
    if (title != null && !BlockCollector.normalize(title).isEmpty()) {
      return BlockCollector.normalize(title);
    }
    return blocks.stream()
        .filter(b -> b.kind() == Block.Kind.HEADING)
        .map(Block::text)
        .findFirst()
        .orElse(FileNameTitle.of(relativePath));
  }

  private static LocalDate date(Metadata metadata) {
    for (String value :
        new String[] {
          metadata.get(TikaCoreProperties.CREATED), metadata.get(TikaCoreProperties.MODIFIED)
        }) {
      if (value != null && value.length() >= 10) {
        Optional<LocalDate> date = DateParser.parse(value.substring(0, 10));
        if (date.isPresent()) {
          return date.get();
        }
      }
    }
    return null;
  }

  private static Locale language(Metadata metadata) {
    String tag = metadata.get(TikaCoreProperties.LANGUAGE);
    Locale locale = tag == null ? Locale.ROOT : Locale.forLanguageTag(tag.strip());
    return locale.getLanguage().isEmpty() ? null : locale;
  }

  /**
   * An EPUB's section is its chapter: the nearest heading of the book's top heading level, so a
   * hit under a sub-heading still names the chapter it is in.
   */
  static List<Block> chapterSections(List<Block> blocks) {
    int top =
        blocks.stream()
            .filter(b -> b.kind() == Block.Kind.HEADING)
            .mapToInt(Block::level)
            .min()
            .orElse(0);
    List<Block> out = new ArrayList<>(blocks.size());
    String chapter = "";
    for (Block b : blocks) {
      boolean opensChapter = b.kind() == Block.Kind.HEADING && b.level() == top;
      if (opensChapter) {
        chapter = b.text();
      }
      out.add(new Block(b.kind(), b.text(), chapter, b.level(), b.page()));
    }
    return out;
  }
}
