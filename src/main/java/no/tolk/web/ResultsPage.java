package no.tolk.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.tolk.analysis.Language;
import no.tolk.search.Hit;
import no.tolk.search.SearchResult;
import no.tolk.search.Snippet;

/**
 * What results.html shows: one page of hits with the links it needs already built.
 *
 * @param query the query as the reader typed it (escape when rendering)
 * @param lang "all", "nb" or "en"
 * @param page this page's number, 1-based
 * @param total how many documents match in all
 * @param count the total as a reader reads it ("17 results", "1,000+ results")
 * @param tookMs search time
 * @param notice the searcher's note on how it read the query, or ""
 * @param hits this page's hits
 * @param pages links to nearby pages, empty when everything fits on one
 * @param previous link to the page before, or null on the first
 * @param next link to the page after, or null on the last
 */
public record ResultsPage(
    String query,
    String lang,
    int page,
    long total,
    String count,
    long tookMs,
    String notice,
    List<HitView> hits,
    List<PageLink> pages,
    String previous,
    String next) {

  static final int PAGE_SIZE = 10;

  /** How many page numbers show at once around the current page. */
  private static final int PAGE_WINDOW = 9;

  public record HitView(
      String url,
      String titleHtml,
      String langCode,
      String langLabel,
      String section,
      int page,
      String date,
      String path,
      List<SnippetView> snippets) {}

  public record SnippetView(String html, String url) {}

  public record PageLink(int number, String url, boolean current) {}

  /** "1 result", "17 results", or "1,000+ results" when counting stopped early. */
  static String count(SearchResult result) {
    String number = String.format(Locale.ROOT, "%,d", result.total())
        + (result.totalIsLowerBound() ? "+" : "");
    return number + (result.total() == 1 && !result.totalIsLowerBound() ? " result" : " results");
  }

  static ResultsPage of(SearchParams params, SearchResult result) {
    List<HitView> hits = result.hits().stream().map(hit -> view(hit, params.query())).toList();
    int lastPage =
        (int) Math.min(SearchParams.MAX_PAGE, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    int page = params.page();
    return new ResultsPage(
        params.query(),
        params.lang(),
        page,
        result.total(),
        count(result),
        result.tookMs(),
        result.notice() == null ? "" : result.notice(),
        hits,
        lastPage > 1 ? pageLinks(params, lastPage) : List.of(),
        page > 1 ? Links.search(params.query(), params.lang(), Math.min(page - 1, lastPage)) : null,
        page < lastPage ? Links.search(params.query(), params.lang(), page + 1) : null);
  }

  /** True when the query matched but this page number lies past the last hit. */
  public boolean pastTheEnd() {
    return hits.isEmpty() && total > 0;
  }

  public String firstPage() {
    return Links.search(query, lang, 1);
  }

  static HitView view(Hit hit, String query) {
    List<SnippetView> snippets =
        (hit.snippets() == null ? List.<Snippet>of() : hit.snippets())
            .stream()
                .limit(3)
                .map(s -> new SnippetView(s.html(), Links.document(hit.id(), query, s.block())))
                .toList();
    return new HitView(
        Links.document(hit.id(), query, firstBlock(hit)),
        hit.titleHtml(),
        code(hit.language()),
        hit.language() == null ? "" : hit.language().label(),
        hit.section() == null ? "" : hit.section(),
        hit.page(),
        isoDate(hit.date()),
        hit.path(),
        snippets);
  }

  /** The block of the best snippet, or -1 when only the title matched. */
  static int firstBlock(Hit hit) {
    List<Snippet> snippets = hit.snippets();
    return snippets == null || snippets.isEmpty() ? -1 : snippets.get(0).block();
  }

  static String code(Language language) {
    return language == null ? null : language.code();
  }

  static String isoDate(LocalDate date) {
    return date == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
  }

  private static List<PageLink> pageLinks(SearchParams params, int lastPage) {
    int current = Math.min(params.page(), lastPage);
    int first = Math.max(1, Math.min(current - PAGE_WINDOW / 2, lastPage - PAGE_WINDOW + 1));
    int last = Math.min(lastPage, first + PAGE_WINDOW - 1);
    List<PageLink> links = new ArrayList<>();
    for (int number = first; number <= last; number++) {
      links.add(
          new PageLink(
              number,
              Links.search(params.query(), params.lang(), number),
              number == params.page()));
    }
    return links;
  }
}
