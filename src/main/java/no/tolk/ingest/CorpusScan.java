package no.tolk.ingest;

import java.util.List;

/**
 * What a walk over the corpus folder found: the files to read, sorted by relative path, and what it
 * passed over, each with the reason.
 */
public record CorpusScan(List<CorpusFile> files, List<Skipped> skipped) {

  public CorpusScan {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }

  /** A path the walk passed over, and why. */
  public record Skipped(String relativePath, String reason) {}
}
