package no.tolk.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds the app's URLs in one place, so pages and JSON link the same way. */
final class Links {

  private Links() {}

  /** {@code /doc/{id}?q=…#b<block>}, or without the fragment when block is negative. */
  static String document(String id, String query, int block) {
    String url = "/doc/" + encodePathSegment(id) + "?q=" + encode(query);
    return block >= 0 ? url + "#b" + block : url;
  }

  /** {@code /search?q=…&lang=…&page=…}; "all" and page 1 are left out to keep links short. */
  static String search(String query, String lang, int page) {
    StringBuilder url = new StringBuilder("/search?q=").append(encode(query));
    if (!SearchParams.ALL.equals(lang)) {
      url.append("&lang=").append(lang);
    }
    if (page > 1) {
      url.append("&page=").append(page);
    }
    return url.toString();
  }

  static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }

  // URLEncoder is for forms: in a path a space is %20, not +
  private static String encodePathSegment(String value) {
    return encode(value).replace("+", "%20");
  }
}
