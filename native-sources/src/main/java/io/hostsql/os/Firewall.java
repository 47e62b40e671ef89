package io.hostsql.os;

/** The kernel's IPv4 packet filter as iptables sees it. */
public interface Firewall {
  /**
   * Every rule of every table, in table and chain order, each chain's built-in policy too. Only
   * root may read them: another user gets none, with a problem saying so.
   */
  Parsed<FirewallRule> rules();
}
