package no.tolk.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.tolk.index.BlockLayout;

/**
 * Picks the passages of a document that best show why it matched: whole sentences, with context on
 * both sides, neighbouring matches merged, marks on the matched words.
 */
final class Snippets {

  /** A passage grows with neighbouring sentences of its block until it is about this long. */
  static final int TARGET_LENGTH = 240;

  /** A single sentence longer than this is cut to a window around its first match. */
  static final int MAX_LENGTH = 420;

  private record Candidate(int block, int start, int end, double score) {}

  private Snippets() {}

  /** Up to {@code max} passages, best first; the document's opening when nothing in it matched. */
  static List<Snippet> build(
      CharSequence body, BlockLayout layout, List<MatchOffsets.Range> matches, int max) {
    if (layout.entries().isEmpty()) {
      return List.of();
    }
    List<Candidate> candidates = new ArrayList<>();
    // Only blocks holding a match can make a passage; long documents have many that do not.
    java.util.SortedSet<Integer> matched = new java.util.TreeSet<>();
    for (MatchOffsets.Range match : matches) {
      matched.add(layout.blockAt(match.start()));
    }
    Words words = new Words(body, matches);
    // Each matched block is split once; growing a passage reuses the split.
    Map<Integer, List<int[]>> sentences = new HashMap<>();
    for (int b : matched) {
      BlockLayout.Entry entry = layout.entries().get(b);
      sentences.put(b, Sentences.split(body, entry.start(), entry.end()));
      // A heading already shows as the hit's section; prose around a match says more.
      double weight = entry.kind() == no.tolk.ingest.Block.Kind.HEADING ? 0.5 : 1.0;
      for (int[] sentence : sentences.get(b)) {
        double score = weight * score(sentence[0], sentence[1], matches, words);
        if (score > 0) {
          candidates.add(new Candidate(b, sentence[0], sentence[1], score));
        }
      }
    }
    if (candidates.isEmpty()) {
      BlockLayout.Entry first = firstProse(layout);
      int block = layout.entries().indexOf(first);
      return List.of(render(body, layout, block, first.start(), first.end(), List.of()));
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate candidate : candidates) {
      Candidate grown = grow(sentences.get(candidate.block()), candidate);
      if (chosen.stream().noneMatch(c -> c.block() == grown.block() && overlaps(c, grown))) {
        chosen.add(grown);
      }
      if (chosen.size() == max) {
        break;
      }
    }
    List<Snippet> snippets = new ArrayList<>(chosen.size());
    for (Candidate c : mergeNeighbours(chosen)) {
      snippets.add(render(body, layout, c.block(), c.start(), c.end(), matches));
    }
    return snippets;
  }

  /**
   * Each matched word weighs the more the rarer it is in the document: for "Russian bombers
   * landed" in an article that says "Russian" on every line, the two sentences about bombers say
   * more. A word counts fully once per passage; its repeats add an eighth as much each.
   */
  private static double score(int start, int end, List<MatchOffsets.Range> matches, Words words) {
    Set<String> distinct = new HashSet<>();
    double score = 0;
    for (int i = 0; i < matches.size(); i++) {
      MatchOffsets.Range m = matches.get(i);
      if (m.start() >= start && m.end() <= end) {
        score += distinct.add(words.text[i]) ? 2.0 * words.weight[i] : 0.25 * words.weight[i];
      }
    }
    return score;
  }

  /** Each match's word (lower-cased) and its weight: 1 / (1 + ln(its matches in the document)). */
  private static final class Words {
    final String[] text;
    final double[] weight;

    Words(CharSequence body, List<MatchOffsets.Range> matches) {
      text = new String[matches.size()];
      Map<String, Integer> counts = new HashMap<>();
      for (int i = 0; i < text.length; i++) {
        MatchOffsets.Range m = matches.get(i);
        text[i] = body.subSequence(m.start(), m.end()).toString().toLowerCase(Locale.ROOT);
        counts.merge(text[i], 1, Integer::sum);
      }
      weight = new double[text.length];
      for (int i = 0; i < text.length; i++) {
        weight[i] = 1.0 / (1.0 + Math.log(counts.get(text[i])));
      }
    }
  }

  /** Adds the block's neighbouring sentences, after and before in turn, up to the target length. */
  private static Candidate grow(List<int[]> sentences, Candidate c) {
    int first = 0;
    while (first < sentences.size() && sentences.get(first)[1] <= c.start()) {
      first++;
    }
    int last = first;
    while (last + 1 < sentences.size() && sentences.get(last)[1] < c.end()) {
      last++;
    }
    boolean after = true;
    while (sentences.get(last)[1] - sentences.get(first)[0] < TARGET_LENGTH) {
      boolean canAfter = last + 1 < sentences.size();
      boolean canBefore = first > 0;
      if (!canAfter && !canBefore) {
        break;
      }
      int nextLength =
          after && canAfter
              ? sentences.get(last + 1)[1] - sentences.get(first)[0]
              : sentences.get(last)[1] - sentences.get(first - (canBefore ? 1 : 0))[0];
      if (nextLength > MAX_LENGTH) {
        break;
      }
      if ((after && canAfter) || !canBefore) {
        last++;
      } else {
        first--;
      }
      after = !after;
    }
    return new Candidate(c.block(), sentences.get(first)[0], sentences.get(last)[1], c.score());
  }

  private static boolean overlaps(Candidate a, Candidate b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  /** Passages that touch in the same block read better as one. */
  private static List<Candidate> mergeNeighbours(List<Candidate> chosen) {
    List<Candidate> merged = new ArrayList<>(chosen);
    for (int i = 0; i < merged.size(); i++) {
      for (int j = merged.size() - 1; j > i; j--) {
        Candidate a = merged.get(i);
        Candidate b = merged.get(j);
        boolean touching =
            a.block() == b.block() && (a.end() + 1 >= b.start() && b.end() + 1 >= a.start());
        if (touching) {
          merged.set(
              i,
              new Candidate(
                  a.block(),
                  Math.min(a.start(), b.start()),
                  Math.max(a.end(), b.end()),
                  a.score() + b.score()));
          merged.remove(j);
        }
      }
    }
    return merged;
  }

  private static Snippet render(
      CharSequence body,
      BlockLayout layout,
      int block,
      int start,
      int end,
      List<MatchOffsets.Range> matches) {
    BlockLayout.Entry entry = layout.entries().get(block);
    if (end - start > MAX_LENGTH) {
      int focus = matches.stream()
          .filter(m -> m.start() >= start && m.start() < end)
          .mapToInt(MatchOffsets.Range::start)
          .findFirst()
          .orElse(start);
      int windowStart = Math.max(start, wordStart(body, focus - MAX_LENGTH / 3, start));
      int windowEnd = Math.min(end, wordEnd(body, windowStart + MAX_LENGTH, end));
      return render(body, layout, block, windowStart, windowEnd, matches, entry);
    }
    return render(body, layout, block, start, end, matches, entry);
  }

  private static Snippet render(
      CharSequence body,
      BlockLayout layout,
      int block,
      int start,
      int end,
      List<MatchOffsets.Range> matches,
      BlockLayout.Entry entry) {
    String html = Highlighter.mark(body, start, end, matches);
    String before = start > entry.start() ? "… " : "";
    String after = end < entry.end() ? " …" : "";
    return new Snippet(before + html + after, block, entry.section(), entry.page());
  }

  private static int wordStart(CharSequence body, int at, int floor) {
    int i = Math.max(at, floor);
    while (i > floor && !Character.isWhitespace(body.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int wordEnd(CharSequence body, int at, int ceiling) {
    int i = Math.min(at, ceiling);
    while (i < ceiling && !Character.isWhitespace(body.charAt(i))) {
      i++;
    }
    return i;
  }

  private static BlockLayout.Entry firstProse(BlockLayout layout) {
    return layout.entries().stream()
        .filter(e -> e.kind() == no.tolk.ingest.Block.Kind.PARAGRAPH)
        .findFirst()
        .orElse(layout.entries().get(0));
  }
}
