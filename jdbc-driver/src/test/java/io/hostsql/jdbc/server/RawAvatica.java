package io.hostsql.jdbc.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.apache.calcite.avatica.remote.ProtobufTranslation;
import org.apache.calcite.avatica.remote.ProtobufTranslationImpl;
import org.apache.calcite.avatica.remote.Service;

/**
 * Avatica's protocol spoken by hand, as an attacker would: any request, any ids, as one user.
 * Each keeps the cookies it is given (its session on a server without users), as Avatica's own
 * client does.
 */
final class RawAvatica {
  private final HttpClient http = HttpClient.newBuilder()
      .cookieHandler(new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL))
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final ProtobufTranslation pb = new ProtobufTranslationImpl();
  private final URI uri;
  private final String authorization;

  RawAvatica(String url, String user, String password) {
    this.uri = URI.create(url);
    this.authorization = user == null ? null : "Basic " + Base64.getEncoder().encodeToString(
        (user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  Service.Response send(Service.Request request) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofByteArray(pb.serializeRequest(request)));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    return pb.parseResponse(r.body());
  }

  /**
   * What a client learns from the reply to {@code request}: its kind, the error's message and
   * codes, whether a statement was missing, the rows. Two replies that describe alike tell the
   * client the same thing.
   */
  String outcome(Service.Request request) throws Exception {
    Service.Response r = send(request);
    if (r instanceof Service.ErrorResponse e) {
      return "error " + e.errorCode + " " + e.sqlState + " " + e.errorMessage;
    }
    if (r instanceof Service.FetchResponse f) {
      return "fetch missingStatement=" + f.missingStatement + " missingResults="
          + f.missingResults + " rows=" + (f.frame == null ? null : f.frame.rows);
    }
    if (r instanceof Service.ExecuteResponse e) {
      return "execute missingStatement=" + e.missingStatement + " results="
          + (e.results == null ? null : e.results.size());
    }
    if (r instanceof Service.SyncResultsResponse s) {
      return "sync missingStatement=" + s.missingStatement + " more=" + s.moreResults;
    }
    return r.getClass().getSimpleName();
  }
}
