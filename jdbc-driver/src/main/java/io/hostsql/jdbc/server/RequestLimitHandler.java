package io.hostsql.jdbc.server;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.servlet.AsyncContext;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import org.apache.calcite.avatica.remote.Service;
import org.apache.calcite.avatica.server.AvaticaHandler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * Reads a request body before Avatica sees it, without holding a thread while it arrives and
 * within a deadline; refuses a body the server would otherwise read whole into memory: over
 * the limit (413) or of unstated length (411). Avatica's clients always state the length.
 *
 * <p>Avatica's handler reads the body with blocking reads on a pool thread: 200 clients that
 * announce a body and send it slowly held every thread, and nobody else got an answer. Here a
 * body is collected by asynchronous reads (no thread waits for it) and a body not complete
 * within {@link #BODY_DEADLINE_MILLIS} is answered 408 and its connection closed. Only a
 * complete request reaches Avatica, as the user the realm authenticated.
 */
final class RequestLimitHandler extends HandlerWrapper implements AvaticaHandler {
  /** How long a client has to send its whole body once its headers arrived. */
  static final long BODY_DEADLINE_MILLIS = 5_000;

  private final AvaticaHandler avatica;
  private final long maxBytes;
  private final ScheduledExecutorService timer;

  RequestLimitHandler(AvaticaHandler avatica, long maxBytes, ScheduledExecutorService timer) {
    this.avatica = avatica;
    this.maxBytes = maxBytes;
    this.timer = timer;
    setHandler(avatica);
  }

  @Override
  public void handle(String target, Request base, HttpServletRequest request,
      HttpServletResponse response) throws IOException, ServletException {
    String owner = SessionOwner.of(request, response);
    if (!"POST".equalsIgnoreCase(request.getMethod())) {
      run(owner, target, base, request, response);
      return;
    }
    long length = request.getContentLengthLong();
    if (length > maxBytes) {
      refuse(base, response, 413, "request body of " + length + " bytes exceeds the server's "
          + "limit of " + maxBytes);
      return;
    }
    if (length < 0) {
      refuse(base, response, 411, "a request body must state its length");
      return;
    }
    base.setHandled(true);
    AsyncContext async = request.startAsync();
    async.setTimeout(0); // the deadline below covers the body; the query has its own limit
    new Body(owner, target, base, request, response, async, (int) length).start();
  }

  private void run(String owner, String target, Request base, HttpServletRequest request,
      HttpServletResponse response) throws IOException, ServletException {
    IOException[] io = new IOException[1];
    ServletException[] servlet = new ServletException[1];
    RequestOwner.runAs(owner, () -> {
      try {
        avatica.handle(target, base, request, response);
      } catch (IOException e) {
        io[0] = e;
      } catch (ServletException e) {
        servlet[0] = e;
      }
    });
    if (io[0] != null) {
      throw io[0];
    }
    if (servlet[0] != null) {
      throw servlet[0];
    }
  }

  private static void refuse(Request base, HttpServletResponse response, int status,
      String message) throws IOException {
    base.setHandled(true);
    response.setHeader("Connection", "close");
    response.sendError(status, message);
  }

  /** One body being received: reading, then answered, or expired. */
  private final class Body implements ReadListener {
    private static final int READING = 0;
    private static final int ANSWERING = 1;
    private static final int DONE = 2;

    private final String owner;
    private final String target;
    private final Request base;
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final AsyncContext async;
    private final int length;
    private final ByteArrayOutputStream bytes;
    private final byte[] chunk = new byte[8192];
    private final AtomicInteger state = new AtomicInteger(READING);
    private ServletInputStream in;
    private ScheduledFuture<?> deadline;

    Body(String owner, String target, Request base, HttpServletRequest request,
        HttpServletResponse response, AsyncContext async, int length) {
      this.owner = owner;
      this.target = target;
      this.base = base;
      this.request = request;
      this.response = response;
      this.async = async;
      this.length = length;
      this.bytes = new ByteArrayOutputStream(Math.min(length, 8192));
    }

    void start() throws IOException {
      deadline = timer.schedule(this::expire, BODY_DEADLINE_MILLIS, TimeUnit.MILLISECONDS);
      in = request.getInputStream();
      in.setReadListener(this);
    }

    @Override
    public void onDataAvailable() throws IOException {
      while (state.get() == READING && in.isReady()) {
        int n = in.read(chunk);
        if (n < 0) {
          return;
        }
        if (bytes.size() + n > length) {
          fail(400, "the request body is longer than its Content-Length");
          return;
        }
        bytes.write(chunk, 0, n);
      }
    }

    @Override
    public void onAllDataRead() {
      if (!state.compareAndSet(READING, ANSWERING)) {
        return;
      }
      deadline.cancel(false);
      try {
        run(owner, target, base, new Buffered(request, bytes.toByteArray()), response);
      } catch (IOException | ServletException | RuntimeException e) {
        // The client sees the status set so far; the server keeps serving.
        response.setStatus(500);
      } finally {
        state.set(DONE);
        async.complete();
      }
    }

    @Override
    public void onError(Throwable t) {
      if (state.compareAndSet(READING, DONE)) {
        deadline.cancel(false);
        async.complete();
      }
    }

    private void expire() {
      fail(408, "the request body did not arrive within " + BODY_DEADLINE_MILLIS / 1000
          + " s");
    }

    private void fail(int status, String message) {
      if (!state.compareAndSet(READING, DONE)) {
        return;
      }
      deadline.cancel(false);
      try {
        response.setHeader("Connection", "close");
        response.sendError(status, message);
      } catch (IOException | IllegalStateException e) {
        // The client is gone or the reply started: closing is all that is left.
      } finally {
        async.complete();
      }
    }
  }

  /** The request with its body already read. */
  private static final class Buffered extends HttpServletRequestWrapper {
    private final byte[] body;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("the body has been read already");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }
  }

  @Override
  public void setServerRpcMetadata(Service.RpcMetadataResponse metadata) {
    avatica.setServerRpcMetadata(metadata);
  }
}
