/**
 * Parsers of file formats that are the same on every platform (Python's core metadata, JSON
 * manifests, bounded globs below a root). May import io.hostsql.os and the JDK, never a
 * backend; they read what they are given and report what did not parse as problems.
 */
package io.hostsql.os.formats;
