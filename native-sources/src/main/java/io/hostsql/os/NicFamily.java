package io.hostsql.os;

/** Address families of {@link NicAddress}: psutil reports AF_PACKET as AF_LINK. */
public enum NicFamily {
  INET, INET6, LINK
}
