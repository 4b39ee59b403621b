package no.tolk.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.tolk.analysis.Language;
import no.tolk.ingest.Block.Kind;
import no.tolk.search.DocumentView;
import no.tolk.search.Hit;
import no.tolk.search.SearchRequest;
import no.tolk.search.SearchResult;
import no.tolk.search.Searcher;
import no.tolk.search.Snippet;

/**
 * An in-memory Searcher over a few nb/en documents, some with hostile markup, for web tests.
 * Matching is by word prefix; highlighting escapes the text like the real searcher must.
 */
final class FixtureSearcher implements Searcher {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  record Doc(
      String id,
      String path,
      String title,
      Language language,
      String source,
      LocalDate date,
      Map<String, String> metadata,
      List<FixtureBlock> blocks) {}

  record FixtureBlock(Kind kind, int level, String text, String section) {}

  private final List<Doc> docs;
  private final boolean ready;

  FixtureSearcher(List<Doc> docs, boolean ready) {
    this.docs = List.copyOf(docs);
    this.ready = ready;
  }

  @Override
  public SearchResult search(SearchRequest request) {
    Set<String> terms = terms(request.query());
    List<Hit> all = new ArrayList<>();
    for (Doc doc : docs) {
      if (request.language().isPresent() && !sameSide(request.language().get(), doc.language())) {
        continue;
      }
      Hit hit = hit(doc, terms);
      if (hit != null) {
        all.add(hit);
      }
    }
    all.sort(Comparator.comparing(Hit::score).reversed().thenComparing(Hit::id));
    List<Hit> page =
        all.stream().skip(request.offset()).limit(request.limit()).collect(Collectors.toList());
    return new SearchResult(request.query(), all.size(), 3, page, notice(request.query()));
  }

  @Override
  public Optional<DocumentView> document(String id, String query) {
    Set<String> terms = terms(query);
    return docs.stream()
        .filter(doc -> doc.id().equals(id))
        .findFirst()
        .map(
            doc -> {
              List<DocumentView.Block> blocks = new ArrayList<>();
              int marks = 0;
              for (FixtureBlock block : doc.blocks()) {
                String html = highlight(block.text(), terms);
                marks += count(html);
                blocks.add(
                    new DocumentView.Block(block.kind(), block.level(), html, doc.language()));
              }
              return new DocumentView(
                  doc.id(),
                  doc.path(),
                  doc.title(),
                  highlight(doc.title(), terms),
                  doc.language(),
                  doc.source(),
                  doc.date(),
                  doc.metadata(),
                  blocks,
                  marks);
            });
  }

  @Override
  public boolean ready() {
    return ready;
  }

  private static boolean sameSide(Language wanted, Language actual) {
    return wanted.isNorwegian() == actual.isNorwegian();
  }

  private static String notice(String query) {
    if (query.length() > 1_000) {
      return "The query was cut to 1,000 characters.";
    }
    if (query.chars().filter(c -> c == '"').count() % 2 == 1) {
      return "An unmatched quote \" was ignored.";
    }
    return "";
  }

  private static Hit hit(Doc doc, Set<String> terms) {
    int score = count(highlight(doc.title(), terms)) * 3;
    List<Snippet> snippets = new ArrayList<>();
    for (int i = 0; i < doc.blocks().size(); i++) {
      FixtureBlock block = doc.blocks().get(i);
      String html = highlight(block.text(), terms);
      int matches = count(html);
      score += matches;
      if (matches > 0 && snippets.size() < 3) {
        snippets.add(new Snippet(html, i, block.section(), 0));
      }
    }
    if (score == 0) {
      return null;
    }
    String section = snippets.isEmpty() ? "" : snippets.get(0).section();
    return new Hit(
        doc.id(),
        doc.path(),
        doc.title(),
        highlight(doc.title(), terms),
        doc.language(),
        section,
        0,
        doc.date(),
        score,
        snippets);
  }

  static Set<String> terms(String query) {
    Set<String> terms = new java.util.LinkedHashSet<>();
    Matcher m = WORD.matcher(query == null ? "" : query);
    while (m.find()) {
      if (m.group().length() >= 2) {
        terms.add(m.group().toLowerCase(Locale.ROOT));
      }
    }
    return terms;
  }

  /** Escapes the text and wraps every word starting with a term in {@code <mark>}. */
  static String highlight(String text, Set<String> terms) {
    StringBuilder out = new StringBuilder();
    Matcher m = WORD.matcher(text);
    int from = 0;
    while (m.find()) {
      out.append(escape(text.substring(from, m.start())));
      String word = m.group();
      String lower = word.toLowerCase(Locale.ROOT);
      boolean match = terms.stream().anyMatch(lower::startsWith);
      out.append(match ? "<mark>" + escape(word) + "</mark>" : escape(word));
      from = m.end();
    }
    return out.append(escape(text.substring(from))).toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private static int count(String html) {
    int n = 0;
    for (int at = html.indexOf("<mark>"); at >= 0; at = html.indexOf("<mark>", at + 1)) {
      n++;
    }
    return n;
  }

  static Map<String, String> meta(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
