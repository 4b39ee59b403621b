package no.tolk.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Latency samples in nanoseconds and their percentiles in milliseconds. */
final class Latencies {

  private long[] samples = new long[1024];
  private int size;

  void add(long nanos) {
    if (size == samples.length) {
      samples = Arrays.copyOf(samples, size * 2);
    }
    samples[size++] = nanos;
  }

  int count() {
    return size;
  }

  /** The mean in ms: what a query costs on average, which bounds throughput. */
  double meanMs() {
    long sum = 0;
    for (int i = 0; i < size; i++) {
      sum += samples[i];
    }
    return size == 0 ? 0 : sum / 1e6 / size;
  }

  /** The {@code p}th percentile (nearest rank) in ms. */
  double percentileMs(double p) {
    long[] sorted = Arrays.copyOf(samples, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.clamp(rank - 1, 0, size - 1)] / 1e6;
  }

  /** p50, p95 and p99 as "key value" result lines under {@code prefix}. */
  List<String> lines(String prefix) {
    return List.of(
        prefix + String.format(Locale.ROOT, ".p50_ms\t%.2f", percentileMs(50)),
        prefix + String.format(Locale.ROOT, ".p95_ms\t%.2f", percentileMs(95)),
        prefix + String.format(Locale.ROOT, ".p99_ms\t%.2f", percentileMs(99)),
        prefix + ".n\t" + size);
  }
}
