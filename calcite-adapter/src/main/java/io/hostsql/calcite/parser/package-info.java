/**
 * hostsql's SQL parser: the class Calcite's grammar is generated into at build time
 * (src/main/codegen/config.fmpp), and the token stream that decides where osquery's column
 * names are keywords. May import Calcite and the JDK; knows nothing of the OS.
 */
package io.hostsql.calcite.parser;
