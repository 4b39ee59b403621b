package no.tolk.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Removes running headers and footers from a PDF's blocks: a line that opens or closes many pages
 * once its page number is ignored ("Debian Edu Manual ii", "Side 3 av 40").
 */
final class PdfPageChrome {

  // Seen on this many pages, and on this share of them, a first or last line is page furniture.
  private static final int MIN_PAGES = 3;
  private static final double MIN_SHARE = 0.3;

  private PdfPageChrome() {}

  static List<Block> remove(List<Block> blocks) {
    Map<Integer, List<Integer>> edgesByPage = new HashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      int page = blocks.get(i).page();
      boolean first = i == 0 || blocks.get(i - 1).page() != page;
      boolean last = i == blocks.size() - 1 || blocks.get(i + 1).page() != page;
      // the title page opens with the title the running header repeats; it stays
      if ((first || last) && page > 1) {
        edgesByPage.computeIfAbsent(page, p -> new ArrayList<>()).add(i);
      }
    }
    Map<String, Long> pagesPerKey =
        edgesByPage.values().stream()
            .flatMap(edges -> edges.stream().map(i -> key(blocks.get(i).text())).distinct())
            .collect(Collectors.groupingBy(k -> k, Collectors.counting()));
    int pages = edgesByPage.size();
    Set<String> chrome =
        pagesPerKey.entrySet().stream()
            .filter(e -> e.getValue() >= MIN_PAGES && e.getValue() >= MIN_SHARE * pages)
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    if (chrome.isEmpty()) {
      return blocks;
    }
    List<Block> kept = new ArrayList<>(blocks.size());
    for (List<Integer> edges : edgesByPage.values()) {
      edges.removeIf(i -> !chrome.contains(key(blocks.get(i).text())));
    }
    Set<Integer> drop =
        edgesByPage.values().stream().flatMap(List::stream).collect(Collectors.toSet());
    for (int i = 0; i < blocks.size(); i++) {
      if (!drop.contains(i)) {
        kept.add(blocks.get(i));
      }
    }
    return kept;
  }

  /**
   * The line without its page number: {@code "Manual 3 / 95"}, {@code "Manual iv"} and {@code
   * "Side 3 av 40"} all become {@code "manual"} and {@code "side"}.
   */
  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("\\d+", "#")
        .replaceFirst("(?:\\s*(?:#|\\b[ivxlc]+\\b|/|\\bof\\b|\\bav\\b|-))+$", "")
        .strip();
  }
}
