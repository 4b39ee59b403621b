package no.tolk.index;

import java.io.IOException;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;

/**
 * Lucene's tiered merging, held back while a build from empty runs: a build ends by merging
 * everything into one segment anyway, so merging along the way only writes the same postings
 * more often. A 1M-passage build wrote 13 GB for a 2.7 GB index that way (under a profiler), on
 * the cores the analysis needed; held back, it writes 8.5 GB (most flushed segments are written
 * twice, once more into their compound file) and takes about 7% less time (docs/BENCHMARKS.md).
 */
final class BuildMergePolicy extends FilterMergePolicy {

  /**
   * Past this many segments a held build merges as usual after all, to bound its open files: a
   * 1M-passage build flushes about 90.
   */
  static final int MAX_HELD_SEGMENTS = 200;

  private volatile boolean held;

  BuildMergePolicy() {
    super(new TieredMergePolicy());
  }

  /**
   * The writer's policy. A writer not opened by {@link Indexer#openWriter} gets a policy of its
   * own, whose hold does nothing.
   */
  static BuildMergePolicy of(IndexWriter writer) {
    return writer.getConfig().getMergePolicy() instanceof BuildMergePolicy policy
        ? policy
        : new BuildMergePolicy();
  }

  /** True while a build's files go in and while its closing merge runs. */
  void holdMerges(boolean held) {
    this.held = held;
  }

  boolean held() {
    return held;
  }

  @Override
  public MergeSpecification findMerges(
      MergeTrigger trigger, SegmentInfos infos, MergeContext context) throws IOException {
    return holds(infos) ? null : super.findMerges(trigger, infos, context);
  }

  /** A commit's merges of small segments too: the tiered policy asks itself, not this filter. */
  @Override
  public MergeSpecification findFullFlushMerges(
      MergeTrigger trigger, SegmentInfos infos, MergeContext context) throws IOException {
    return holds(infos) ? null : super.findFullFlushMerges(trigger, infos, context);
  }

  private boolean holds(SegmentInfos infos) {
    return held && infos.size() < MAX_HELD_SEGMENTS;
  }
}
