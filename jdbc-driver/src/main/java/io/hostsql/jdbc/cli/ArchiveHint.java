package io.hostsql.jdbc.cli;

import io.hostsql.calcite.plan.PlanCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Tells bin/hostsql which start-up archive the next run of the same command line should map.
 * The launcher keeps two per JVM: one trained on a query that is planned (Calcite's parser,
 * planner and Janino inside) and one trained on a query answered from the plan cache, about
 * half the size, which makes such a run 100-200 ms faster but a planned one slower. It cannot
 * know which kind a command line is; this process can, once its statement ran: the launcher
 * names a file for the command line ({@value #PROPERTY}), and this class creates it when the
 * plan was answered from the plan cache or kept there, and removes it when the statement was
 * planned and not kept. A wrong or stale hint only costs time: either archive runs any query.
 */
final class ArchiveHint {
  /** The system property naming the hint file of this command line. */
  static final String PROPERTY = "hostsql.archiveHint";

  private ArchiveHint() {
  }

  /** Creates or removes the hint file, as the latest statement's plan says; never fails. */
  static void record() {
    String file = System.getProperty(PROPERTY);
    if (file == null || file.isBlank()) {
      return;
    }
    Path hint = Path.of(file);
    try {
      var outcome = PlanCache.lastOutcome();
      if (outcome.isEmpty()) {
        return;
      }
      if (outcome.get() == PlanCache.Outcome.PLANNED) {
        Files.deleteIfExists(hint);
      } else if (!Files.exists(hint) && hint.getParent() != null) {
        Files.createDirectories(hint.getParent(), PosixFilePermissions.asFileAttribute(
            PosixFilePermissions.fromString("rwx------")));
        Files.createFile(hint);
      }
    } catch (IOException | RuntimeException e) {
      // Only a hint: the next run maps the other archive, and answers the same.
    }
  }
}
