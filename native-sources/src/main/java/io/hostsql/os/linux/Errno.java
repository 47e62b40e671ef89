package io.hostsql.os.linux;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * The errno behind an I/O failure on /proc, recovered from the JDK's exception types and
 * strerror texts, because psutil's error mapping is decided by errno alone.
 */
public enum Errno {
  ENOENT,
  EACCES,
  EPERM,
  ESRCH,
  EINVAL,
  OTHER;

  /** Classifies an exception thrown while opening, reading or resolving a /proc path. */
  public static Errno of(IOException e) {
    if (e instanceof NoSuchFileException) {
      return ENOENT;
    }
    if (e instanceof AccessDeniedException) {
      return EACCES;
    }
    String text = e instanceof FileSystemException fse && fse.getReason() != null
        ? fse.getReason() : String.valueOf(e.getMessage());
    if (text.contains("No such process")) {
      return ESRCH;
    }
    if (text.contains("Operation not permitted")) {
      return EPERM;
    }
    if (text.contains("Permission denied")) {
      return EACCES;
    }
    if (text.contains("No such file or directory")) {
      return ENOENT;
    }
    if (text.contains("Invalid argument")) {
      return EINVAL;
    }
    return OTHER;
  }
}
