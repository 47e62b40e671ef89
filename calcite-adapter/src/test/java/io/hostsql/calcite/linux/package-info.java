/**
 * Adapter tests that only Linux can run: over fixture procfs trees (read by the Linux backend
 * alone), or against /proc and Linux tools (ss, GNU find and stat). The root pom's os-linux
 * profile runs them on Linux; on any other OS they are not run (excluded, not skipped).
 */
package io.hostsql.calcite.linux;
