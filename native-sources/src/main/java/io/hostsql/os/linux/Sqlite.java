package io.hostsql.os.linux;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Read-only queries of an SQLite database through the system's libsqlite3 (JNA direct
 * mapping): the file is opened with SQLITE_OPEN_READONLY, so SQLite itself refuses every write,
 * and waits at most {@link #BUSY_MILLIS} for a writer's lock. SQLite rather than a reader of
 * its file format because rpm keeps its database in WAL mode: committed rows may still be in
 * the -wal file, which only SQLite's own reader merges correctly. The library is the one rpm
 * itself links (a system with an rpm database has it); where it is absent, {@link #absent()}
 * says so and nothing is read.
 */
final class Sqlite {
  static final int BUSY_MILLIS = 2000;
  private static final int OK = 0;
  private static final int ROW = 100;
  private static final int DONE = 101;
  private static final int OPEN_READONLY = 0x1;
  /** SQLITE_TRANSIENT, the pointer-wide -1 (the int overload would give 0xffffffff). */
  private static final Pointer TRANSIENT = Pointer.createConstant(-1L);
  private static final String ABSENT = load();

  private Sqlite() {
  }

  /** Binds the natives: null, or why libsqlite3 could not be loaded. */
  private static String load() {
    // The soname first: Debian installs the bare libsqlite3.so only with the -dev package.
    for (String name : new String[] {"libsqlite3.so.0", "sqlite3"}) {
      try {
        Native.register(Sqlite.class, NativeLibrary.getInstance(name));
        return null;
      } catch (UnsatisfiedLinkError e) {
        if (!name.equals("sqlite3")) {
          continue;
        }
        return "libsqlite3 is not installed (Debian: libsqlite3-0; Red Hat: sqlite-libs): "
            + e.getMessage();
      }
    }
    return "libsqlite3 could not be loaded";
  }

  /** Why SQLite cannot be used here, or null when it can. */
  static String absent() {
    return ABSENT;
  }

  /**
   * Runs a query that selects an integer and a blob per row, giving each to {@code row} until
   * it returns false. The blob's buffer is SQLite's own memory, valid only during the call.
   *
   * @param file the database file, opened read-only
   * @param sql one SELECT of (INTEGER, BLOB)
   * @param parameter the text bound to its one parameter, or null when it has none
   * @param row receives each row's integer and blob
   * @throws IllegalStateException with SQLite's message when the database cannot be opened or
   *     the query fails (busy past the timeout, not a database, no such table)
   */
  static void query(String file, String sql, String parameter, BlobRow row) {
    if (ABSENT != null) {
      throw new IllegalStateException(ABSENT);
    }
    PointerByReference ref = new PointerByReference();
    int rc = sqlite3_open_v2(file, ref, OPEN_READONLY, null);
    Pointer db = ref.getValue();
    try {
      if (rc != OK) {
        throw new IllegalStateException(db == null ? sqlite3_errstr(rc) : sqlite3_errmsg(db));
      }
      sqlite3_busy_timeout(db, BUSY_MILLIS);
      PointerByReference stmtRef = new PointerByReference();
      byte[] text = (sql + "\0").getBytes(StandardCharsets.UTF_8);
      if (sqlite3_prepare_v2(db, text, text.length, stmtRef, null) != OK) {
        throw new IllegalStateException(sqlite3_errmsg(db));
      }
      Pointer stmt = stmtRef.getValue();
      try {
        if (parameter != null) {
          byte[] p = parameter.getBytes(StandardCharsets.UTF_8);
          if (sqlite3_bind_text(stmt, 1, p, p.length, TRANSIENT) != OK) {
            throw new IllegalStateException(sqlite3_errmsg(db));
          }
        }
        while (true) {
          rc = sqlite3_step(stmt);
          if (rc == DONE) {
            return;
          }
          if (rc != ROW) {
            throw new IllegalStateException(sqlite3_errmsg(db));
          }
          long key = sqlite3_column_int64(stmt, 0);
          Pointer blob = sqlite3_column_blob(stmt, 1);
          int length = sqlite3_column_bytes(stmt, 1);
          ByteBuffer bytes = blob == null || length <= 0 ? ByteBuffer.allocate(0)
              : blob.getByteBuffer(0, length).asReadOnlyBuffer();
          if (!row.accept(key, bytes)) {
            return;
          }
        }
      } finally {
        sqlite3_finalize(stmt);
      }
    } finally {
      if (db != null) {
        sqlite3_close(db);
      }
    }
  }

  /** Receives one row of {@link #query}. */
  @FunctionalInterface
  interface BlobRow {
    /** @return whether to go on to the next row */
    boolean accept(long key, ByteBuffer blob);
  }

  private static native int sqlite3_open_v2(String filename, PointerByReference db, int flags,
      String vfs);

  private static native int sqlite3_close(Pointer db);

  private static native int sqlite3_busy_timeout(Pointer db, int millis);

  private static native int sqlite3_prepare_v2(Pointer db, byte[] sql, int bytes,
      PointerByReference stmt, Pointer tail);

  private static native int sqlite3_bind_text(Pointer stmt, int index, byte[] text, int bytes,
      Pointer destructor);

  private static native int sqlite3_step(Pointer stmt);

  private static native long sqlite3_column_int64(Pointer stmt, int column);

  private static native Pointer sqlite3_column_blob(Pointer stmt, int column);

  private static native int sqlite3_column_bytes(Pointer stmt, int column);

  private static native int sqlite3_finalize(Pointer stmt);

  private static native String sqlite3_errmsg(Pointer db);

  private static native String sqlite3_errstr(int code);
}
