package no.tolk.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Expands the compact judgments ({@code eval/judgments.txt}: a query id, then section=grade pairs)
 * into {@code eval/qrels.tsv}, using the section pairing the collection builder wrote: a section
 * key stands for that section in every edition and language; its translation in the language the
 * query was not asked in is capped at grade 1.
 *
 * <p>Usage: {@code QrelsWriter <evalDir> <sections.tsv>}
 */
public final class QrelsWriter {

  private QrelsWriter() {}

  public static void main(String[] args) throws IOException {
    Path evalDir = Path.of(args[0]);
    Map<String, List<String>> sections = sections(Path.of(args[1]));
    Map<String, String> langOf = new HashMap<>();
    EvalQuery.load(evalDir.resolve("queries.tsv")).forEach(q -> langOf.put(q.id(), q.lang()));
    StringBuilder out = new StringBuilder("# query id\tdoc path\tgrade (generated from "
        + "judgments.txt by QrelsWriter; edit that file, not this one)\n");
    for (String[] cols : EvalQuery.rows(evalDir.resolve("judgments.txt"))) {
      String[] fields = cols[0].split(" +");
      String lang = langOf.get(fields[0]);
      if (lang == null) {
        throw new IOException("judgments.txt: unknown query id " + fields[0]);
      }
      Map<String, Integer> grades = new TreeMap<>();
      for (int i = 1; i < fields.length; i++) {
        String[] kv = fields[i].split("=");
        int grade = Integer.parseInt(kv[1]);
        List<String> paths = kv[0].contains("/") ? List.of(kv[0]) : sections.get(kv[0]);
        if (paths == null) {
          throw new IOException("judgments.txt: " + fields[0] + ": no section " + kv[0]);
        }
        for (String path : paths) {
          // the right answer in the other language is at most partly relevant
          int capped = path.startsWith(lang + "/") ? grade : Math.min(grade, 1);
          grades.merge(path, capped, Math::max);
        }
      }
      grades.forEach((path, grade) ->
          out.append(fields[0]).append('\t').append(path).append('\t').append(grade).append('\n'));
    }
    Files.writeString(evalDir.resolve("qrels.tsv"), out, StandardCharsets.UTF_8);
  }

  /** English section slug without its edition -> every document of that section, both languages. */
  private static Map<String, List<String>> sections(Path tsv) throws IOException {
    Map<String, List<String>> byNumber = new HashMap<>();
    for (String[] cols : EvalQuery.rows(tsv)) {
      byNumber.computeIfAbsent(cols[0] + " " + cols[1], k -> new ArrayList<>()).add(cols[2]);
    }
    Map<String, List<String>> byKey = new HashMap<>();
    for (List<String> pair : byNumber.values()) {
      String english = pair.stream().filter(p -> p.startsWith("en/")).findFirst().orElseThrow();
      String key = english.replaceFirst("^en/[a-z]+-", "").replaceFirst("\\.md$", "");
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).addAll(pair);
    }
    return byKey;
  }
}
