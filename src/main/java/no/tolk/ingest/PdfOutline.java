package no.tolk.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * A PDF's outline (bookmarks) as sections: each entry starts a section on its page, at the
 * paragraph that repeats its title, which then becomes a heading.
 */
final class PdfOutline {

  /** One bookmark: its title, the page it points to (1 = first) and its depth (1 = top). */
  record Entry(String title, int page, int level) {}

  // Deeper bookmarks are figure and table lists in most generated PDFs, not sections.
  private static final int MAX_DEPTH = 4;

  private PdfOutline() {}

  /** The outline entries in reading order; empty when the PDF has none or it is unusable. */
  static List<Entry> read(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDOutlineNode root = doc.getDocumentCatalog().getDocumentOutline();
      List<Entry> entries = new ArrayList<>();
      if (root != null) {
        collect(doc, root, 1, entries);
      }
      return entries;
    } catch (IOException | RuntimeException e) {
      // Tika has read the text already; a broken outline only costs the sections.
      return List.of();
    }
  }

  private static void collect(PDDocument doc, PDOutlineNode node, int depth, List<Entry> out)
      throws IOException {
    if (depth > MAX_DEPTH) {
      return;
    }
    for (PDOutlineItem item : node.children()) {
      PDPage page = item.findDestinationPage(doc);
      String title = item.getTitle() == null ? "" : BlockCollector.normalize(item.getTitle());
      if (page != null && !title.isEmpty()) {
        out.add(new Entry(title, doc.getPages().indexOf(page) + 1, depth));
      }
      collect(doc, item, depth + 1, out);
    }
  }

  /** The blocks with their sections taken from the outline; a matching paragraph is a heading. */
  static List<Block> apply(List<Block> blocks, List<Entry> outline) {
    if (outline.isEmpty()) {
      return blocks;
    }
    List<Block> out = new ArrayList<>(blocks.size());
    String section = "";
    int next = 0;
    for (Block b : blocks) {
      // an entry whose title was not found on its page starts at the next page
      while (next < outline.size() && outline.get(next).page() < b.page()) {
        section = outline.get(next++).title();
      }
      if (next < outline.size()
          && outline.get(next).page() == b.page()
          && sameTitle(b.text(), outline.get(next).title())) {
        Entry entry = outline.get(next++);
        section = b.text();
        out.add(new Block(Block.Kind.HEADING, b.text(), section, entry.level(), b.page()));
      } else if (b.kind() == Block.Kind.HEADING) {
        section = b.text();
        out.add(b);
      } else {
        out.add(new Block(b.kind(), b.text(), section, b.level(), b.page()));
      }
    }
    return out;
  }

  /** "2.1 Some history" matches the bookmark "Some history" and "2.1. Some history". */
  private static boolean sameTitle(String text, String title) {
    return key(text).equals(key(title));
  }

  private static String key(String s) {
    return s.replaceFirst("^(?:\\d+\\.)*\\d+\\.?\\s+", "").toLowerCase(Locale.ROOT);
  }
}
