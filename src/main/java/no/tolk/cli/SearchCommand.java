package no.tolk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.tolk.analysis.Analyzers;
import no.tolk.analysis.Language;
import no.tolk.search.Hit;
import no.tolk.search.SearchRequest;
import no.tolk.search.SearchResult;
import no.tolk.search.SearchService;
import no.tolk.search.Snippet;
import no.tolk.web.ApiResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tolk search}: runs one query against the index and prints the hits. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Search the index from the terminal.")
final class SearchCommand implements Callable<Integer> {

  @Mixin FolderOptions.Index indexOption;

  @Option(names = "--lang", defaultValue = "all", description = "all, nb or en (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--limit", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print the same JSON object as GET /api/search.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query, as typed in the search box.")
  String[] query;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(indexOption.index)) {
      System.err.println("tolk: no index at " + indexOption.index + "; run `tolk index` first.");
      return 2;
    }
    Optional<Language> language = "all".equals(lang) ? Optional.empty() : Language.fromCode(lang);
    if (!"all".equals(lang) && language.isEmpty()) {
      System.err.println("tolk: --lang must be all, nb, nn or en, not " + lang);
      return 2;
    }
    SearchRequest request = new SearchRequest(String.join(" ", query), language, 0, limit);
    try (Analyzers analyzers = new Analyzers();
        SearchService service = SearchService.open(indexOption.index, analyzers)) {
      SearchResult result = service.search(request);
      if (json) {
        System.out.println(ApiResult.of(result).toJson());
      } else {
        print(result);
      }
    }
    return 0;
  }

  private static void print(SearchResult result) {
    System.out.printf("%d hits (%d ms)%n", result.total(), result.tookMs());
    if (!result.notice().isEmpty()) {
      System.out.println(result.notice());
    }
    for (Hit hit : result.hits()) {
      System.out.printf("%n%s  [%s] %s%s%n", hit.title(), hit.language().code(), hit.path(),
          hit.section().isEmpty() ? "" : "  § " + hit.section());
      for (Snippet snippet : hit.snippets()) {
        System.out.println("  " + plain(snippet.html()));
      }
    }
  }

  /** Marks as [brackets] and entities decoded, for a terminal. */
  private static String plain(String html) {
    return html.replace("<mark>", "[").replace("</mark>", "]")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }
}
