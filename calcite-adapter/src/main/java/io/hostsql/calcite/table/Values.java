package io.hostsql.calcite.table;

import io.hostsql.os.AccessDeniedException;
import io.hostsql.os.NoSuchProcessException;
import io.hostsql.os.NotImplementedException;
import io.hostsql.os.OsException;
import io.hostsql.os.ZombieProcessException;
import java.util.List;

/**
 * Computes the projected values of one row source with psutil's process_iter semantics: a
 * value the OS refuses (or a zombie cannot give) is NULL, and a refusal is counted in
 * {@link RefusedValues}; a value the backend does not read yet is NULL too, and noted in
 * {@link MissingReaders}; a source that is gone is reported by returning null for the whole row.
 */
public final class Values {
  private Values() {
  }

  /** The row, or null when the source vanished while it was read. */
  public static <S> Object[] row(S source, List<ColumnDef<S>> columns) {
    Object[] row = new Object[columns.size()];
    for (int i = 0; i < row.length; i++) {
      try {
        row[i] = columns.get(i).value().apply(source);
      } catch (AccessDeniedException e) {
        RefusedValues.refused();
        row[i] = null;
      } catch (ZombieProcessException e) {
        row[i] = null;
      } catch (NoSuchProcessException e) {
        return null;
      } catch (NotImplementedException e) {
        MissingReaders.note(e);
        row[i] = null;
      } catch (OsException e) {
        // The /proc/PID directory outlived its files (psutil gh-2418), or a value the kernel
        // does not have: unknowable, not an error of the query.
        row[i] = null;
      }
    }
    return row;
  }

  /** The declared columns a scan asked for (all when {@code projects} is null). */
  public static <S> List<ColumnDef<S>> projected(TableDef<S> def, int[] projects) {
    if (projects == null) {
      return def.columns();
    }
    ColumnDef<S>[] out = newArray(projects.length);
    for (int i = 0; i < projects.length; i++) {
      out[i] = def.columns().get(projects[i]);
    }
    return List.of(out);
  }

  @SuppressWarnings("unchecked")
  private static <S> ColumnDef<S>[] newArray(int n) {
    return (ColumnDef<S>[]) new ColumnDef<?>[n];
  }
}
