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

  /**
   * A target as psutil reports it (without the mark) and whether the kernel marked it deleted.
   *
   * @param path the target without the deletion mark
   * @param deleted whether the mark was there and is not part of a real name
   */
  public record Target(String path, boolean deleted) {
  }

  /** Splits the mark off the target, testing for a real file of the marked name once. */
  public static Target split(String target) {
    boolean deleted = isDeleted(target);
    return new Target(deleted ? target.substring(0, target.length() - SUFFIX.length()) : target,
        deleted);
  }

  /** The target without the deletion mark, as psutil reports it. */
  public static String strip(String target) {
    return split(target).path();
  }
}
