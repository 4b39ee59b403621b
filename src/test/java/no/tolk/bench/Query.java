package no.tolk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One benchmark query: its language, its kind (word-rare, phrase, …) and the text typed. */
record Query(String lang, String kind, String text) {

  static List<Query> load(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .filter(line -> !line.startsWith("#") && !line.isBlank())
        .map(line -> line.split("\t", 3))
        .map(f -> new Query(f[0], f[1], f[2]))
        .toList();
  }

  /** Rare words and phrases match few passages: their cost should grow sub-linearly. */
  boolean selective() {
    return kind.equals("word-rare") || kind.equals("phrase") || kind.equals("three-words");
  }
}
