package no.tolk.index;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.tolk.analysis.Language;

/**
 * What one indexing run did: every file is counted once, and every skipped file says why.
 *
 * @param indexed files read and (re)indexed
 * @param unchanged files already indexed as they are
 * @param removed documents dropped because their file is gone
 * @param skipped files that could not be indexed, with the reason
 * @param languages blocks indexed in each language during this run
 * @param took wall time of the run
 * @param interrupted true if the run was stopped before it went through the whole corpus: what
 *     it finished is committed, and the next run picks up from there
 */
public record IndexReport(
    int indexed,
    int unchanged,
    int removed,
    List<Skip> skipped,
    Map<Language, Integer> languages,
    Duration took,
    boolean interrupted) {

  /** One file left out and why. */
  public record Skip(String path, String reason) {}

  public IndexReport {
    skipped = List.copyOf(skipped);
    languages = Map.copyOf(languages);
  }

  /** True if the run changed what the index holds. */
  public boolean changedAnything() {
    return indexed > 0 || removed > 0;
  }

  /** A few lines for a terminal: the counts, the languages, then one line per skipped file. */
  public String summary() {
    StringBuilder out = new StringBuilder();
    if (interrupted) {
      out.append("stopped early; finished work is saved, the next run goes on from there")
          .append(System.lineSeparator());
    }
    out.append(String.format(
        "indexed %d, unchanged %d, removed %d, skipped %d in %.1f s%n",
        indexed, unchanged, removed, skipped.size(), took.toMillis() / 1000.0));
    if (!languages.isEmpty()) {
      out.append("languages (blocks): ")
          .append(languages.entrySet().stream()
              .sorted(Map.Entry.comparingByKey())
              .map(e -> e.getKey().code() + " " + e.getValue())
              .collect(Collectors.joining(", ")))
          .append(System.lineSeparator());
    }
    for (Skip skip : skipped) {
      out.append("skipped ").append(skip.path()).append(": ").append(skip.reason())
          .append(System.lineSeparator());
    }
    return out.toString();
  }
}
