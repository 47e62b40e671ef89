package io.hostsql.jdbc.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error replies as one line of text: the status, and for a refusal (4xx) the reason
 * the server gave. Jetty's own page shows the stack trace of a failure (a malformed
 * Authorization header failed before authentication with a 500 and its full trace) and, for a
 * 5xx, the exception's message, which names server classes.
 */
final class PlainErrorHandler extends ErrorHandler {
  PlainErrorHandler() {
    setShowStacks(false);
    setShowServlet(false);
  }

  @Override
  protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
      HttpServletResponse response, int code, String message) throws IOException {
    baseRequest.setHandled(true);
    String reason = code < 500 && message != null && !message.isBlank()
        ? message : reasonOf(code);
    byte[] body = ("HTTP " + code + ": " + oneLine(reason) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/plain;charset=utf-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static String reasonOf(int code) {
    return code >= 500 ? "the server could not answer this request" : "refused";
  }

  private static String oneLine(String s) {
    StringBuilder out = new StringBuilder(Math.min(s.length(), 300));
    for (int i = 0; i < s.length() && out.length() < 300; i++) {
      char c = s.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    return out.toString();
  }
}
