package io.hostsql.os;

/** Link duplex, psutil's {@code NIC_DUPLEX_*}. */
public enum NicDuplex {
  UNKNOWN, HALF, FULL
}
