package io.hostsql.trino;

import java.net.URI;

/**
 * One machine of the fleet: the name the {@code host} column shows and the URL of its
 * {@code hostsql serve}.
 *
 * @param name what queries filter on ({@code WHERE host = 'web1'}); unique within a catalog
 * @param url the server's http or https URL
 */
public record Host(String name, String url) {
  public Host {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a host needs a name");
    }
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("host " + name + ": not a URL: " + url);
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())
        || uri.getHost() == null) {
      throw new IllegalArgumentException("host " + name + ": not an http(s) URL: " + url);
    }
    if (url.contains(";")) {
      // The URL is pasted into a JDBC connect string, where ';' starts another property.
      throw new IllegalArgumentException("host " + name + ": a URL may not contain ';': " + url);
    }
  }

  /**
   * Parses one entry of a host list: {@code URL}, {@code NAME=URL} or {@code NAME URL}. A bare
   * URL is named by its authority ({@code 10.0.0.5:8765}).
   */
  public static Host parse(String entry) {
    String e = entry.strip();
    int eq = e.indexOf('=');
    int space = e.indexOf(' ');
    int scheme = e.indexOf("://");
    if (space > 0) {
      return new Host(e.substring(0, space).strip(), e.substring(space + 1).strip());
    }
    if (eq > 0 && (scheme < 0 || eq < scheme)) {
      return new Host(e.substring(0, eq).strip(), e.substring(eq + 1).strip());
    }
    URI uri;
    try {
      uri = URI.create(e);
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException("not a URL: " + e);
    }
    if (uri.getAuthority() == null) {
      throw new IllegalArgumentException("not an http(s) URL: " + e);
    }
    return new Host(uri.getAuthority(), e);
  }
}
