package io.hostsql.jdbc.server;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Who owns what a request opens: the user the realm authenticated, or, on a server without
 * {@code --users}, the HTTP session the request belongs to.
 *
 * <p>Avatica's protocol carries no session: each request is a POST on its own. An anonymous
 * client's first request is given a session cookie (256 random bits, HttpOnly, SameSite
 * Strict); what it opens belongs to that session, and a request without the cookie, or with
 * another, reaches none of it: another client's connection and statement ids answer as ids
 * that do not exist. Avatica's stock client and hostsql's remote driver keep cookies (Apache
 * HttpClient's cookie store, one per client process), so their connections work unchanged; a
 * client that drops cookies gets a new session with every request and cannot reuse what it
 * opened.
 *
 * <p>Anonymous sessions are not identities: a client may start as many as it likes, so the
 * per-user limits bound each session while the server-wide connection limit bounds them all.
 */
final class SessionOwner {
  /** The cookie's name. */
  static final String COOKIE = "hostsql-session";
  /** Owners that are sessions are told apart from user names (which have no space). */
  private static final String PREFIX = "session ";
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private SessionOwner() {
  }

  /** Whether {@code owner} is an anonymous session (whose token is a secret), not a user. */
  static boolean isSession(String owner) {
    return owner.startsWith(PREFIX);
  }

  /**
   * The owner of {@code request}'s work; for an anonymous request without a valid session
   * cookie, a new session, whose cookie is set on {@code response}.
   */
  static String of(HttpServletRequest request, HttpServletResponse response) {
    String user = request.getRemoteUser();
    if (user != null) {
      return user;
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (COOKIE.equals(c.getName()) && c.getValue() != null
            && TOKEN.matcher(c.getValue()).matches()) {
          return PREFIX + c.getValue();
        }
      }
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    // Set by header: the servlet Cookie class of this Jetty has no SameSite attribute.
    response.addHeader("Set-Cookie", COOKIE + "=" + token
        + "; Path=/; HttpOnly; SameSite=Strict" + (request.isSecure() ? "; Secure" : ""));
    return PREFIX + token;
  }
}
