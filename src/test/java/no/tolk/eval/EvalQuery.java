package no.tolk.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One judged query.
 *
 * @param kind how it was written: topic, inflected, compound, phrase, remembered or name
 */
record EvalQuery(String id, String lang, String text, String kind) {

  static List<EvalQuery> load(Path tsv) throws IOException {
    List<EvalQuery> queries = new ArrayList<>();
    for (String[] cols : rows(tsv)) {
      if (cols.length != 4) {
        throw new IOException(
            tsv + ": expected id, lang, query, kind in: " + String.join("|", cols));
      }
      queries.add(new EvalQuery(cols[0], cols[1], cols[2], cols[3]));
    }
    return queries;
  }

  /** Query id -> (doc path -> grade). */
  static Map<String, Map<String, Integer>> loadQrels(Path tsv) throws IOException {
    Map<String, Map<String, Integer>> qrels = new HashMap<>();
    if (!Files.exists(tsv)) {
      return qrels;
    }
    for (String[] cols : rows(tsv)) {
      if (cols.length != 3) {
        throw new IOException(tsv + ": expected query id, doc path, grade in: "
            + String.join("|", cols));
      }
      qrels.computeIfAbsent(cols[0], id -> new LinkedHashMap<>())
          .put(cols[1], Integer.parseInt(cols[2]));
    }
    return qrels;
  }

  static List<String[]> rows(Path tsv) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(line.split("\t"));
      }
    }
    return rows;
  }
}
