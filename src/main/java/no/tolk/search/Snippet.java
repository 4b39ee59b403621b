package no.tolk.search;

/**
 * One passage of a hit.
 *
 * @param html the passage, HTML-escaped, with the query's matches wrapped in {@code <mark>}: the
 *     only markup it contains
 * @param block index of the document block the passage starts in; the document view's anchor is
 *     {@code "b" + block}
 * @param section the section the passage is in, or ""
 * @param page the page the passage is on in paged formats (1 = first), 0 otherwise
 */
public record Snippet(String html, int block, String section, int page) {}
