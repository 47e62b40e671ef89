package io.hostsql.jdbc.server;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.calcite.avatica.remote.Service;
import org.apache.calcite.avatica.server.AvaticaHandler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * Refuses a request body the server would otherwise read whole into memory: over the limit
 * (413) or of unstated length (411). Avatica's clients always state the length.
 */
final class RequestLimitHandler extends HandlerWrapper implements AvaticaHandler {
  private final AvaticaHandler avatica;
  private final long maxBytes;

  RequestLimitHandler(AvaticaHandler avatica, long maxBytes) {
    this.avatica = avatica;
    this.maxBytes = maxBytes;
    setHandler(avatica);
  }

  @Override
  public void handle(String target, Request base, HttpServletRequest request,
      HttpServletResponse response) throws IOException, javax.servlet.ServletException {
    long length = request.getContentLengthLong();
    if (length > maxBytes) {
      refuse(base, response, 413, "request body of " + length + " bytes exceeds the server's "
          + "limit of " + maxBytes);
      return;
    }
    if (length < 0 && "POST".equalsIgnoreCase(request.getMethod())) {
      refuse(base, response, 411, "a request body must state its length");
      return;
    }
    super.handle(target, base, request, response);
  }

  private static void refuse(Request base, HttpServletResponse response, int status,
      String message) throws IOException {
    base.setHandled(true);
    response.setHeader("Connection", "close");
    response.sendError(status, message);
  }

  @Override
  public void setServerRpcMetadata(Service.RpcMetadataResponse metadata) {
    avatica.setServerRpcMetadata(metadata);
  }
}
