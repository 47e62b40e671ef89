/**
 * The file walk behind osquery's file and hash tables: FileTree lists what path and directory
 * constraints name (globs, sorted walks read ahead on a helper thread), FileStat and FileEntry
 * describe each file, FileDigests and Ssdeep hash it. May import io.hostsql.os and the JDK, and
 * today the Linux backend's FileCalls and FileOpenListener (lstat, readlink and directory reads
 * through JniCalls): a second platform would put those behind the SPI first.
 */
package io.hostsql.os.files;
