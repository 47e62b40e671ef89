/**
 * The hostsql command: one-shot queries, the interactive shell (sqlline), serve and schedule.
 * May import io.hostsql.jdbc and its server and schedule packages.
 */
package io.hostsql.jdbc.cli;
