package no.tolk.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads plain text files, including light wiki markup and web pages copied as text. */
public final class TextReader implements DocumentReader {

  @Override
  public SourceDocument read(byte[] bytes, Path file, String relativePath) throws IOException {
    String text = TextDecoder.decode(bytes, relativePath);
    FrontMatter front = FrontMatter.parse(text, relativePath);
    List<String> lines = front.body().lines().toList();

    // A copied news page opens with its date: "1. november, 2025"
    LocalDate date = front.date();
    int first = firstNonBlank(lines);
    Optional<LocalDate> dateLine =
        first < 0 ? Optional.empty() : DateParser.parse(lines.get(first));
    if (dateLine.isPresent()) {
      date = date != null ? date : dateLine.get();
      lines = lines.subList(first + 1, lines.size());
    }

    BlockCollector blocks = new BlockCollector();
    Map<String, String> metadata = new LinkedHashMap<>(front.extras());
    PlainTextParser.parse(PageChromeFilter.filter(lines), blocks, metadata);
    List<Block> content = blocks.blocks(relativePath);
    String title = title(front, content, relativePath);
    return new SourceDocument(
        relativePath, title, front.source(), date, front.language(), metadata, content);
  }

  private static String title(FrontMatter front, List<Block> content, String relativePath) {
    if (front.title() != null) {
      return front.title();
    }
    Optional<String> heading =
        content.stream().filter(b -> b.kind() == Block.Kind.HEADING).map(Block::text).findFirst();
    if (heading.isPresent()) {
      return heading.get();
    }
    String opening = content.get(0).text();
    return PlainTextParser.isHeadingLike(opening) ? opening : FileNameTitle.of(relativePath);
  }

  private static int firstNonBlank(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }
}
