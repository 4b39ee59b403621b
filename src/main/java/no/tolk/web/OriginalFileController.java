package no.tolk.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import no.tolk.search.Searcher;

/**
 * The original file of an indexed document, addressed by its id only. The path comes from the
 * index, never from the request, and the file must really lie inside the corpus folder (a symlink
 * out of it is refused).
 */
final class OriginalFileController {

  /** Types a browser shows; anything else is offered as a download. */
  private static final Map<String, String> SHOWN =
      Map.of(
          "pdf", "application/pdf",
          "txt", "text/plain; charset=utf-8",
          "md", "text/plain; charset=utf-8",
          "markdown", "text/plain; charset=utf-8",
          "html", "text/html",
          "htm", "text/html");

  /** A stored web page may carry scripts: it is shown in a sandbox that runs none. */
  private static final String PAGE_POLICY =
      "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'";

  private final Searcher searcher;
  private final Path corpus;

  OriginalFileController(Searcher searcher, Path corpus) {
    this.searcher = searcher;
    this.corpus = corpus;
  }

  void serve(Context ctx) throws IOException {
    String path =
        searcher.path(ctx.pathParam("id")).orElseThrow(OriginalFileController::missing);
    Path file = inCorpus(path);
    String name = file.getFileName().toString();
    String extension = extension(name);
    String type = SHOWN.get(extension);
    String disposition = type == null ? "attachment" : "inline";
    ctx.header("Content-Disposition", disposition + "; filename*=UTF-8''"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    if (type != null && type.startsWith("text/html")) {
      ctx.header("Content-Security-Policy", PAGE_POLICY);
    }
    ctx.contentType(type == null ? "application/octet-stream" : type);
    ctx.result(Files.newInputStream(file));
  }

  /** The real file behind an indexed path, or 404 when it is gone or lies outside the corpus. */
  private Path inCorpus(String relativePath) throws IOException {
    if (corpus == null) {
      throw missing();
    }
    Path root = corpus.toRealPath();
    Path candidate = root.resolve(relativePath).normalize();
    if (!candidate.startsWith(root) || !Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
      throw missing();
    }
    Path real = candidate.toRealPath();
    if (!real.startsWith(root) || !Files.isRegularFile(real)) {
      throw missing();
    }
    return real;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static NotFoundResponse missing() {
    return new NotFoundResponse("no such file");
  }
}
