package io.hostsql.os.linux;

/**
 * The kernel's " (deleted)" suffix on the target of an exe, cwd, fd or mapping whose file was
 * unlinked. psutil strips it when no file of the suffixed name exists (gh-717), so the path
 * reads as it was; hostsql does the same and reports the deletion separately.
 */
public final class DeletedMark {
  private static final String SUFFIX = " (deleted)";

  private DeletedMark() {
  }

  /** Whether the kernel marked the target deleted (and the mark is not part of a real name). */
  public static boolean isDeleted(String target) {
    return target.endsWith(SUFFIX) && !new java.io.File(target).exists();
  }

  /** The target without the deletion mark, as psutil reports it. */
  public static String strip(String target) {
    return isDeleted(target) ? target.substring(0, target.length() - SUFFIX.length()) : target;
  }
}
