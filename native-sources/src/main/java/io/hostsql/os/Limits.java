package io.hostsql.os;

/**
 * A resource limit pair; {@link #INFINITY} stands for RLIM_INFINITY, as psutil's -1 does.
 *
 * @param soft the limit the kernel enforces
 * @param hard the ceiling an unprivileged process may raise the soft limit to
 */
public record Limits(long soft, long hard) {
  /** RLIM_INFINITY. */
  public static final long INFINITY = -1;
}
