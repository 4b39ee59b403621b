package no.tolk.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads html pages: the article text without navigation, scripts and page furniture. */
public final class HtmlReader implements DocumentReader {

  // Elements that are never article text; a header inside an article holds its title, so stays.
  private static final String CHROME_TAGS =
      "script, style, noscript, nav, footer, aside, form, template, button, iframe, svg, object,"
          + " embed, canvas, select";
  // id or class names of page furniture: "cookie-consent", "share-buttons", "related-posts"
  // and whole words: "navheader", "toc", "sidebar", "read-also", "les-ogsa", "ad"
  private static final Pattern CHROME_NAMES =
      Pattern.compile(
          "cookie|consent|banner|breadcrumb|share|social|related|newsletter|subscribe"
              + "|(?:^|[\\s_-])(?:nav\\w*|menu|toc|sidebar|masthead|promo\\w*|advert\\w*|ads?"
              + "|read-?also|also-?read|les-?ogsa|recommended|most-?read|mest-?lest|skip\\w*)"
              + "(?:$|[\\s_-])",
          Pattern.CASE_INSENSITIVE);
  private static final String DATE_META =
      "meta[name=date], meta[name=article:published_time], meta[property=article:published_time],"
          + " meta[name=dcterms.date]";
  // <meta charset="iso-8859-1"> or <meta http-equiv=... content="text/html; charset=iso-8859-1">
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  @Override
  public SourceDocument read(byte[] bytes, Path file, String relativePath) throws IOException {
    Document doc = Jsoup.parse(TextDecoder.decode(bytes, declaredCharset(bytes), relativePath));
    Map<String, String> metadata = new HashMap<>();
    Element author = doc.selectFirst("meta[name=author]");
    if (author != null && !author.attr("content").isBlank()) {
      metadata.put("author", author.attr("content").strip());
    }
    String pageTitle = BlockCollector.normalize(doc.title());
    Element h1 = doc.selectFirst("h1");
    removeChrome(doc);

    Element root = MainContent.root(doc);
    BlockCollector out = new BlockCollector();
    // a page's headline often sits above the content box the density search finds
    if (h1 != null && root.selectFirst("h1") == null && doc.selectFirst("main, article") == null) {
      out.heading(h1.text(), 1);
    }
    HtmlBlocks.walk(root, out);
    List<Block> blocks = out.blocks(relativePath);

    String title = pageTitle;
    if (title.isEmpty() && h1 != null) {
      title = BlockCollector.normalize(h1.text());
    }
    if (title.isEmpty()) {
      title = FileNameTitle.of(relativePath);
    }
    return new SourceDocument(
        relativePath, title, null, date(doc), language(doc), metadata, blocks);
  }

  private static void removeChrome(Document doc) {
    doc.select(CHROME_TAGS).remove();
    for (Element header : doc.select("header")) {
      if (header.closest("article") == null) {
        header.remove();
      }
    }
    for (Element e : doc.select("[id], [class]")) {
      if (!e.nameIs("html") && !e.nameIs("body") && CHROME_NAMES.matcher(names(e)).find()) {
        e.remove();
      }
    }
  }

  private static String names(Element e) {
    return e.id() + " " + e.className();
  }

  private static LocalDate date(Document doc) {
    for (Element meta : doc.select(DATE_META)) {
      Optional<LocalDate> date = DateParser.parse(meta.attr("content"));
      if (date.isPresent()) {
        return date.get();
      }
    }
    return null;
  }

  private static Locale language(Document doc) {
    Element html = doc.selectFirst("html");
    String tag = html == null ? "" : html.attr("lang").strip();
    Locale locale = Locale.forLanguageTag(tag);
    // lang="" or junk is common on the web; it is no reason to reject the page
    return locale.getLanguage().isEmpty() ? null : locale;
  }

  /** The charset a page declares, when it is not UTF-8; browsers read latin-1 as windows-1252. */
  private static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) {
      return TextDecoder.LEGACY;
    }
    try {
      Charset charset = Charset.forName(name);
      // a UTF-8 declaration is no promise; the decoder's own fallback handles the liars
      return charset.equals(StandardCharsets.UTF_8) ? null : charset;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
