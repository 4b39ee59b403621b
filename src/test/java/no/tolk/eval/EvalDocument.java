package no.tolk.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One document of the eval collection as the peer systems see it: the Markdown and front matter
 * are peeled off so that every system indexes the same words Tolk reads.
 *
 * @param path the id: path relative to the corpus folder, "/" separated
 * @param lang the folder's language, "nb" or "en"
 */
record EvalDocument(String path, String lang, String title, String body) {

  static List<EvalDocument> loadAll(Path corpus) throws IOException {
    List<EvalDocument> docs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String path = corpus.relativize(file).toString().replace('\\', '/');
        docs.add(parse(path, Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    return docs;
  }

  static EvalDocument parse(String path, String text) {
    String lang = path.substring(0, path.indexOf('/'));
    String title = null;
    List<String> lines = new ArrayList<>(text.lines().toList());
    if (!lines.isEmpty() && lines.get(0).equals("---")) {
      int end = lines.subList(1, lines.size()).indexOf("---") + 1;
      for (String line : lines.subList(1, end)) {
        if (line.startsWith("title:")) {
          title = line.substring(6).strip().replaceAll("^\"|\"$", "");
        }
      }
      lines = new ArrayList<>(lines.subList(end + 1, lines.size()));
    }
    if (title == null && !lines.isEmpty() && lines.get(0).startsWith("# ")) {
      title = lines.remove(0).substring(2);
    }
    StringBuilder body = new StringBuilder();
    for (String line : lines) {
      if (!line.startsWith("```")) {
        // undo the builder's escape, and drop Markdown heading marks: text only
        body.append(line.replace("\\<", "<").replaceFirst("^#+ ", "")).append('\n');
      }
    }
    return new EvalDocument(path, lang, title == null ? "" : title, body.toString().strip());
  }
}
