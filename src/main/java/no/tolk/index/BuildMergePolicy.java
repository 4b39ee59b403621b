package no.tolk.index;

import java.io.IOException;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;

/**
 * Lucene's tiered merging, held back while a build from empty runs: a build ends by merging
 * everything into one segment anyway, so merging along the way only writes the same postings
 * more often. At 1M passages that rewrote the index three times over (13 GB written for 2.7 GB)
 * on the cores the analysis needed; held back, the files went in about 10 s sooner and the
 * closing merge took no longer (docs/BENCHMARKS.md).
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

  /** True while a build's files go in and while its closing merge runs. */
  void holdMerges(boolean held) {
    this.held = held;
  }

  @Override
  public MergeSpecification findMerges(
      MergeTrigger trigger, SegmentInfos infos, MergeContext context) throws IOException {
    if (held && infos.size() < MAX_HELD_SEGMENTS) {
      return null;
    }
    return super.findMerges(trigger, infos, context);
  }

  /** A commit's merges of small segments too: the tiered policy asks itself, not this filter. */
  @Override
  public MergeSpecification findFullFlushMerges(
      MergeTrigger trigger, SegmentInfos infos, MergeContext context) throws IOException {
    if (held && infos.size() < MAX_HELD_SEGMENTS) {
      return null;
    }
    return super.findFullFlushMerges(trigger, infos, context);
  }
}
