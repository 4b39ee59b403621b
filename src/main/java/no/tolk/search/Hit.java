package no.tolk.search;

import java.time.LocalDate;
import java.util.List;
import no.tolk.analysis.Language;

/**
 * One ranked document in a result list.
 *
 * @param id stable document id (same across reindexing)
 * @param path file path relative to the corpus folder, extension included
 * @param title plain title (escape it when rendering)
 * @param titleHtml title HTML-escaped, with matched words in {@code <mark>}
 * @param language the document's main language
 * @param section section of the best passage, or ""
 * @param page page of the best passage in paged formats (1 = first), 0 otherwise
 * @param date publication date, or null
 * @param score relevance score (only meaningful within one result list)
 * @param snippets 1–3 passages, best first; may be empty if only the title matched
 */
public record Hit(
    String id,
    String path,
    String title,
    String titleHtml,
    Language language,
    String section,
    int page,
    LocalDate date,
    float score,
    List<Snippet> snippets) {}
