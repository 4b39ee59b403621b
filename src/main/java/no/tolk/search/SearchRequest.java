package no.tolk.search;

import java.util.Optional;
import no.tolk.analysis.Language;

/**
 * What a reader asked for.
 *
 * @param query the raw query as typed; any string is allowed
 * @param language only documents in this language, or empty for all
 * @param offset how many hits to skip (pagination)
 * @param limit how many hits to return
 */
public record SearchRequest(String query, Optional<Language> language, int offset, int limit) {

  public static final int MAX_LIMIT = 100;

  public SearchRequest {
    query = query == null ? "" : query;
    language = language == null ? Optional.empty() : language;
    offset = Math.max(0, offset);
    limit = Math.clamp(limit, 1, MAX_LIMIT);
  }
}
