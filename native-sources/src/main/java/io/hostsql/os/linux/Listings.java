package io.hostsql.os.linux;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Lists configuration directories (cron.d, sources.list.d, yum.repos.d, site-packages...) for
 * readers that report what they could not list instead of failing: an absent directory is
 * empty, an unreadable one is a problem.
 */
public final class Listings {
  private Listings() {
  }

  /** The regular files (not links) of a directory, sorted; none when it is absent. */
  public static List<Path> files(Path dir, List<String> problems) {
    return entries(dir, p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS), problems);
  }

  /** The regular files of a directory whose names end with a suffix, sorted. */
  public static List<Path> files(Path dir, String suffix, List<String> problems) {
    return entries(dir, p -> p.getFileName().toString().endsWith(suffix)
        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS), problems);
  }

  /** The directories (following links) of a directory, sorted; none when it is absent. */
  public static List<Path> directories(Path dir, List<String> problems) {
    return entries(dir, Files::isDirectory, problems);
  }

  /** Every entry of a directory, sorted; none when it is absent. */
  public static List<Path> entriesNamed(Path dir, List<String> problems) {
    return entries(dir, p -> true, problems);
  }

  private static List<Path> entries(Path dir, Predicate<Path> wanted, List<String> problems) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(wanted).sorted().toList();
    } catch (NoSuchFileException | NotDirectoryException e) {
      return List.of();
    } catch (AccessDeniedException e) {
      problems.add(dir + ": permission denied (only its owner or root may list it)");
      return List.of();
    } catch (IOException e) {
      problems.add(dir + ": cannot be listed (" + e.getMessage() + ")");
      return List.of();
    }
  }
}
