/** Runs every example query of sql-examples, each checked against what it documents. */
package io.hostsql.examples;
