package no.tolk.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for the reliability tests: well-formed requests, and raw bytes on a socket. */
final class Http {

  /** Status code and the whole response as text (raw: headers and body). */
  record Answer(int status, String text) {}

  private final int port;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Http(int port) {
    this.port = port;
  }

  static String q(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  Answer get(String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri(pathAndQuery))
            .timeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.body());
  }

  /** Sends any request (a POST with a body, a huge header) built on {@code uri(path)}. */
  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port + pathAndQuery);
  }

  /** Sends the request target byte for byte, for targets java.net.http refuses. */
  Answer raw(String target) throws IOException {
    return rawRequest("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  }

  Answer rawRequest(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int status = text.length() >= 12 ? Integer.parseInt(text.substring(9, 12)) : -1;
      return new Answer(status, text);
    }
  }
}
