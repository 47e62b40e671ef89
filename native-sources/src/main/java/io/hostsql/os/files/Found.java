package io.hostsql.os.files;

/**
 * A path the constraints name, with its lstat when the walk that found it already made one
 * (null for a path given outright).
 */
record Found(PathName path, FileStat lstat) {
}
