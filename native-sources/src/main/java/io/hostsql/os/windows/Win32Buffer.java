package io.hostsql.os.windows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * What one Win32 call filled in: its bytes, the address the buffer was at when the API filled
 * it (pointers inside it are relative to that address), the element count the call returned
 * beside the buffer when it has one, or the Win32 error code of the call that failed.
 *
 * @param bytes the buffer, little-endian, position 0; empty when the call failed
 * @param base the buffer's address when it was filled (0 for a buffer without pointers)
 * @param count the number of entries the call reported, or -1 when it reports none
 * @param error 0 when the call succeeded, else its GetLastError code
 */
public record Win32Buffer(ByteBuffer bytes, long base, int count, int error) {
  /** ERROR_ACCESS_DENIED. */
  public static final int ACCESS_DENIED = 5;
  /** ERROR_INVALID_NAME. */
  public static final int INVALID_NAME = 123;
  /** ERROR_SERVICE_DOES_NOT_EXIST. */
  public static final int SERVICE_DOES_NOT_EXIST = 1060;
  /** ERROR_SERVICE_MARKED_FOR_DELETE. */
  public static final int SERVICE_MARKED_FOR_DELETE = 1072;

  public Win32Buffer {
    bytes = bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    bytes.position(0);
  }

  /** A buffer the call filled. */
  public static Win32Buffer of(byte[] bytes, long base, int count) {
    return new Win32Buffer(ByteBuffer.wrap(bytes), base, count, 0);
  }

  /** A call that failed with this Win32 error code. */
  public static Win32Buffer failed(int error) {
    return new Win32Buffer(ByteBuffer.allocate(0), 0, -1, error);
  }

  /** Whether the call failed. */
  public boolean failed() {
    return error != 0;
  }

  /** Whether the failure says the service (or other object) is not there. */
  public boolean notFound() {
    return error == SERVICE_DOES_NOT_EXIST || error == INVALID_NAME
        || error == SERVICE_MARKED_FOR_DELETE;
  }
}
