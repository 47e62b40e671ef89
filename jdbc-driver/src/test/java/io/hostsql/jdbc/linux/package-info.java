/**
 * Driver tests that only Linux can run: connections over fixture procfs trees with a rootfs
 * below them (FixtureConnections), a second procfs mount (ProcfsRootTest), wtmp records. The
 * root pom's os-linux profile runs them on Linux; on any other OS they are not run.
 */
package io.hostsql.jdbc.linux;
