package io.hostsql.calcite;

import io.hostsql.calcite.table.OsTable;
import io.hostsql.calcite.table.PlatformTables;
import io.hostsql.os.OsFamily;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.schema.Table;

/**
 * The os schema's tables by name, each entry of the {@link TableCatalog} built the first time
 * one of its tables is asked for, once, whichever thread asks (a server's connections share
 * nothing, but one connection's metadata and statements may run at once). Names, presence and
 * size never build anything; a table that fails to build fails the statement that reads it and
 * is tried again by the next.
 */
final class LazyTables extends AbstractMap<String, Table> {
  private final OsFamily family;
  private final Readers readers;
  /** A list: hashing a record would bootstrap its hashCode, a cost a connection never needs. */
  private final java.util.List<Slot> slots = new java.util.ArrayList<>();
  /** The family's tables that are not hidden, in catalog order; replaced, never changed. */
  private volatile Map<String, Slot> present;

  LazyTables(OsFamily family, Readers readers) {
    this.family = family;
    this.readers = readers;
    Map<String, Slot> names = new LinkedHashMap<>();
    for (TableCatalog.Entry e : TableCatalog.ENTRIES) {
      Slot slot = new Slot(e);
      slots.add(slot);
      if (e.platforms().contains(family)) {
        for (String n : e.names()) {
          names.put(n, slot);
        }
      }
    }
    this.present = Collections.unmodifiableMap(names);
  }

  /** Leaves {@code names} out of every listing and lookup from now on. */
  synchronized void hide(Set<String> names) {
    Map<String, Slot> kept = new LinkedHashMap<>(present);
    kept.keySet().removeAll(names);
    present = Collections.unmodifiableMap(kept);
  }

  @Override
  public Table get(Object name) {
    Slot slot = present.get(name);
    return slot == null ? null : slot.tables().present().get(name);
  }

  @Override
  public boolean containsKey(Object name) {
    return present.containsKey(name);
  }

  @Override
  public int size() {
    return present.size();
  }

  @Override
  public Set<String> keySet() {
    return present.keySet();
  }

  /** Builds each table as the iteration reaches it. */
  @Override
  public Set<Map.Entry<String, Table>> entrySet() {
    Map<String, Slot> now = present;
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Table>> iterator() {
        Iterator<String> names = now.keySet().iterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return names.hasNext();
          }

          @Override
          public Map.Entry<String, Table> next() {
            String name = names.next();
            return new SimpleImmutableEntry<>(name, now.get(name).tables().present().get(name));
          }
        };
      }

      @Override
      public int size() {
        return now.size();
      }
    };
  }

  /**
   * The columns of {@code table} this family lacks. A table of this family alone has none
   * (a TableDef refuses a column for a platform its table lacks), so only a table of several
   * platforms is built to tell.
   */
  Set<String> absentColumns(String table) {
    for (Slot slot : slots) {
      if (slot.entry.names().contains(table)) {
        return slot.entry.platforms().equals(Set.of(family)) ? new java.util.HashSet<>()
            : slot.tables().absentColumns(table);
      }
    }
    return new java.util.HashSet<>();
  }

  /** Whether {@code name}'s table has been built (by a lookup of it or of its group). */
  boolean isBuilt(String name) {
    return slots.stream()
        .anyMatch(s -> s.entry.names().contains(name) && s.built != null);
  }

  /** Every declared table, hidden or of another platform too, in catalog order. */
  Map<String, Table> declared() {
    Map<String, Table> out = new LinkedHashMap<>();
    slots.forEach(s -> out.putAll(s.tables().declared()));
    return out;
  }

  /** One catalog entry's tables, built once. */
  private final class Slot {
    private final TableCatalog.Entry entry;
    private volatile PlatformTables built;

    Slot(TableCatalog.Entry entry) {
      this.entry = entry;
    }

    PlatformTables tables() {
      PlatformTables b = built;
      if (b == null) {
        synchronized (this) {
          b = built;
          if (b == null) {
            b = new PlatformTables(family);
            for (OsTable t : TableCatalog.build(entry, readers)) {
              b.add(t);
            }
            built = b;
          }
        }
      }
      return b;
    }
  }
}
