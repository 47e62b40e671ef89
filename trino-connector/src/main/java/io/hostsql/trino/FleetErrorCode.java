package io.hostsql.trino;

import io.trino.spi.ErrorCode;
import io.trino.spi.ErrorCodeSupplier;
import io.trino.spi.ErrorType;

/** The errors a fleet query reports, each naming the host or file at fault. */
public enum FleetErrorCode implements ErrorCodeSupplier {
  /** A host could not be reached, refused the credentials or did not answer in time. */
  HOST_UNREACHABLE(0, ErrorType.EXTERNAL),
  /** A host answered the query with an error. */
  HOST_QUERY_FAILED(1, ErrorType.EXTERNAL),
  /** The hosts file cannot be read or has a bad line. */
  BAD_HOST_LIST(2, ErrorType.USER_ERROR),
  /** No host answered the metadata a table's columns come from. */
  NO_HOST_ANSWERED(3, ErrorType.EXTERNAL);

  /** Trino asks each connector for codes of its own range. */
  private static final int BASE = 0x0748_0000;

  private final ErrorCode code;

  FleetErrorCode(int offset, ErrorType type) {
    this.code = new ErrorCode(BASE + offset, "HOSTSQL_" + name(), type);
  }

  @Override
  public ErrorCode toErrorCode() {
    return code;
  }
}
