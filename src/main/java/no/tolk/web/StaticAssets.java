package no.tolk.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import no.tolk.index.Fingerprint;

/**
 * The stylesheet and the script, read from the jar once at start and served from memory, with an
 * ETag so that a browser revalidates instead of downloading again. Jetty's static-file handler
 * would mount the whole jar (67,000 entries) as zip file systems: a quarter of a second at start,
 * 21 MB of heap, and work on every request. Only names in the list exist, so no path can lead
 * anywhere else.
 */
final class StaticAssets {

  private record Asset(byte[] bytes, String contentType, String etag) {}

  private static final Map<String, String> TYPES =
      Map.of("tolk.css", "text/css; charset=utf-8", "tolk.js", "text/javascript; charset=utf-8");

  private final Map<String, Asset> assets;

  private StaticAssets(Map<String, Asset> assets) {
    this.assets = assets;
  }

  static StaticAssets load() {
    Map<String, Asset> assets = new java.util.HashMap<>();
    TYPES.forEach((name, type) -> {
      byte[] bytes = read("/static/" + name);
      assets.put(name, new Asset(bytes, type, etag(bytes)));
    });
    return new StaticAssets(Map.copyOf(assets));
  }

  void serve(Context ctx) {
    Asset asset = assets.get(ctx.pathParam("name"));
    if (asset == null) {
      throw new NotFoundResponse("no such file");
    }
    // Revalidated on every use: an upgrade shows at once, and an unchanged file costs a 304.
    ctx.header("Cache-Control", "no-cache");
    ctx.header("ETag", asset.etag());
    if (asset.etag().equals(ctx.header("If-None-Match"))) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    ctx.contentType(asset.contentType()).result(asset.bytes());
  }

  private static byte[] read(String resource) {
    try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
  }

  /** The content hash the index keeps for files, quoted as an ETag. */
  private static String etag(byte[] bytes) {
    return "\"" + Fingerprint.hash(bytes) + "\"";
  }
}
