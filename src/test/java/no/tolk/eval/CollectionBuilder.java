package no.tolk.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Builds the judged collection: each manual named in {@code eval/sources.tsv} becomes one Markdown
 * document per h2/h3 section under {@code <out>/<lang>/<edition>-<slug>.md}; plain seed documents
 * are copied whole. The translations share their section numbers, so {@code <out>.sections.tsv}
 * (edition, number, path) pairs each section with its translation for judging.
 */
public final class CollectionBuilder {

  /** Block elements whose text becomes a paragraph; nested ones give only their own text. */
  private static final String BLOCKS = "h2, h3, h4, h5, h6, p, pre, li, dt, dd, td, th";

  private CollectionBuilder() {}

  public static void main(String[] args) throws IOException {
    Path sources = Path.of(args.length > 0 ? args[0] : "eval/sources.tsv");
    Path out = Path.of(args.length > 1 ? args[1] : "target/eval-corpus");
    int written = build(sources, out);
    System.out.println("eval corpus: " + written + " documents in " + out);
  }

  static int build(Path sources, Path out) throws IOException {
    int written = 0;
    StringBuilder sections = new StringBuilder();
    for (String line : Files.readAllLines(sources, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 3) {
        throw new IOException("sources.tsv: expected lang, edition, source in: " + line);
      }
      Path dir = out.resolve(cols[0]);
      Files.createDirectories(dir);
      Path source = Path.of(cols[2]);
      if (!Files.isReadable(source)) {
        throw new IOException("source not readable (install the debian-edu-doc packages?): "
            + source);
      }
      if (cols[2].endsWith(".html")) {
        written += split(source, cols[0], cols[1], dir, sections);
      } else {
        Files.copy(source, dir.resolve(source.getFileName()),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        written++;
      }
    }
    Files.writeString(out.resolveSibling(out.getFileName() + ".sections.tsv"), sections);
    return written;
  }

  /** Writes one document per h2/h3 section; returns how many. */
  private static int split(Path html, String lang, String edition, Path dir,
      StringBuilder sections) throws IOException {
    Document doc = Jsoup.parse(html.toFile(), "UTF-8");
    doc.select("div.toc, div.navheader, div.navfooter, div.titlepage div.subtitle").remove();
    Set<String> slugs = new HashSet<>();
    StringBuilder text = null;
    String slug = null;
    String number = null;
    int count = 0;
    for (Element e : doc.select(BLOCKS)) {
      boolean nested = e.select(BLOCKS).size() > 1; // select() includes e itself
      String content = nested ? e.ownText().strip() : text(e);
      if (e.is("h2, h3")) {
        if (flush(dir, slug, text)) {
          count++;
          sections.append(edition + "\t" + number + "\t" + lang + "/" + slug + ".md\n");
        }
        number = content.replaceFirst("^([0-9.]+).*", "$1"); // "7.3. User Management" -> 7.3.
        String heading = withoutNumber(content);
        slug = unique(edition + "-" + slugOf(heading), slugs);
        text = new StringBuilder("# ").append(heading).append("\n\n");
      } else if (text != null && !content.isEmpty()) {
        text.append(markdown(e, content)).append("\n\n");
      }
    }
    if (flush(dir, slug, text)) {
      count++;
      sections.append(edition + "\t" + number + "\t" + lang + "/" + slug + ".md\n");
    }
    return count;
  }

  /** Writes the section unless it is only a heading (a chapter whose text is in subsections). */
  private static boolean flush(Path dir, String slug, StringBuilder text) throws IOException {
    if (slug == null || text.toString().strip().lines().count() < 2) {
      return false;
    }
    Files.writeString(dir.resolve(slug + ".md"), text.toString().strip() + "\n");
    return true;
  }

  private static String text(Element e) {
    return e.is("pre") ? e.wholeText().strip() : e.text().strip();
  }

  private static String markdown(Element e, String content) {
    if (e.is("pre")) {
      return "```\n" + content + "\n```";
    }
    // "<" would start inline HTML, which a Markdown reader drops with its text
    String safe = content.replace("<", "\\<");
    if (e.is("h4")) {
      return "## " + withoutNumber(safe);
    }
    if (e.is("h5, h6")) {
      return "### " + withoutNumber(safe);
    }
    return e.is("li") ? "- " + safe : safe;
  }

  /** "2.1. Some history" -> "Some history". */
  private static String withoutNumber(String heading) {
    return heading.replaceFirst("^[0-9]+(\\.[0-9]+)*\\.?\\s+", "").strip();
  }

  static String slugOf(String heading) {
    String ascii = Normalizer.normalize(
            heading.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "o").replace("å", "a"),
            Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
  }

  private static String unique(String slug, Set<String> taken) {
    String candidate = slug;
    for (int i = 2; !taken.add(candidate); i++) {
      candidate = slug + "-" + i;
    }
    return candidate;
  }
}
