package io.hostsql.calcite.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.avatica.ColumnMetaData;

/**
 * One statement's plan as {@link PlanCache} keeps it on disk: the classes Janino compiled from
 * the generated code, the result's columns and how to rebuild each value the code reads from
 * its DataContext. Decoding trusts nothing: a file that is truncated, too large, of another
 * format or stored under another key is refused, never half read.
 *
 * @param key the cache key the entry was stored under (checked again when read)
 * @param className the generated class implementing Bindable
 * @param array whether it is an ArrayBindable (rows of several columns) or a Bindable and Typed
 * @param classes its class files by binary name (the class and its inner classes)
 * @param columns the result's columns, scalar types only
 * @param stashed the values the code finds in its DataContext, in the order they were stashed
 */
record PlanEntry(String key, String className, boolean array, Map<String, byte[]> classes,
    List<ColumnMetaData> columns, List<StashedValues.Stashed> stashed) {

  private static final int MAGIC = 0x48535150; // "HSQP"
  private static final int VERSION = 2;
  /** Bounds on what a file may ask the reader to allocate. */
  private static final int MAX_COUNT = 4096;
  private static final int MAX_CLASS_BYTES = 4 << 20;

  byte[] encode() {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeUTF(key);
      out.writeUTF(className);
      out.writeBoolean(array);
      out.writeInt(classes.size());
      for (Map.Entry<String, byte[]> c : classes.entrySet()) {
        out.writeUTF(c.getKey());
        out.writeInt(c.getValue().length);
        out.write(c.getValue());
      }
      out.writeInt(columns.size());
      for (ColumnMetaData c : columns) {
        writeColumn(out, c);
      }
      out.writeInt(stashed.size());
      for (StashedValues.Stashed s : stashed) {
        out.writeUTF(s.name());
        out.writeUTF(s.kind().name());
        out.writeInt(s.path().size());
        for (String p : s.path()) {
          out.writeUTF(p);
        }
        out.writeUTF(s.rowType());
      }
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a byte array does not fail
    }
  }

  /** The entry in {@code bytes}, if they hold a whole, well-formed one of this format. */
  static Optional<PlanEntry> decode(byte[] bytes) {
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
      if (in.readInt() != MAGIC || in.readInt() != VERSION) {
        return Optional.empty();
      }
      String key = in.readUTF();
      String className = in.readUTF();
      boolean array = in.readBoolean();
      Map<String, byte[]> classes = new LinkedHashMap<>();
      for (int i = count(in); i > 0; i--) {
        String name = in.readUTF();
        int length = in.readInt();
        if (length < 0 || length > MAX_CLASS_BYTES || length > in.available()) {
          return Optional.empty();
        }
        classes.put(name, in.readNBytes(length));
      }
      List<ColumnMetaData> columns = new ArrayList<>();
      for (int i = count(in); i > 0; i--) {
        columns.add(readColumn(in));
      }
      List<StashedValues.Stashed> stashed = new ArrayList<>();
      for (int i = count(in); i > 0; i--) {
        String name = in.readUTF();
        StashedValues.Kind kind = StashedValues.Kind.valueOf(in.readUTF());
        List<String> path = new ArrayList<>();
        for (int j = count(in); j > 0; j--) {
          path.add(in.readUTF());
        }
        stashed.add(new StashedValues.Stashed(name, kind, List.copyOf(path), in.readUTF()));
      }
      if (in.available() != 0 || !classes.containsKey(className)) {
        return Optional.empty();
      }
      return Optional.of(new PlanEntry(key, className, array, classes, List.copyOf(columns),
          List.copyOf(stashed)));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty(); // truncated, or an enum constant this version does not have
    }
  }

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_COUNT) {
      throw new IOException("count out of range: " + n);
    }
    return n;
  }

  private static void writeColumn(DataOutputStream out, ColumnMetaData c) throws IOException {
    out.writeInt(c.ordinal);
    out.writeBoolean(c.autoIncrement);
    out.writeBoolean(c.caseSensitive);
    out.writeBoolean(c.searchable);
    out.writeBoolean(c.currency);
    out.writeInt(c.nullable);
    out.writeBoolean(c.signed);
    out.writeInt(c.displaySize);
    writeText(out, c.label);
    writeText(out, c.columnName);
    writeText(out, c.schemaName);
    out.writeInt(c.precision);
    out.writeInt(c.scale);
    writeText(out, c.tableName);
    writeText(out, c.catalogName);
    out.writeInt(c.type.id);
    writeText(out, c.type.name);
    out.writeUTF(c.type.rep.name());
    out.writeBoolean(c.readOnly);
    out.writeBoolean(c.writable);
    out.writeBoolean(c.definitelyWritable);
    writeText(out, c.columnClassName);
  }

  private static ColumnMetaData readColumn(DataInputStream in) throws IOException {
    int ordinal = in.readInt();
    boolean autoIncrement = in.readBoolean();
    boolean caseSensitive = in.readBoolean();
    boolean searchable = in.readBoolean();
    boolean currency = in.readBoolean();
    int nullable = in.readInt();
    boolean signed = in.readBoolean();
    int displaySize = in.readInt();
    String label = readText(in);
    String columnName = readText(in);
    String schemaName = readText(in);
    int precision = in.readInt();
    int scale = in.readInt();
    String tableName = readText(in);
    String catalogName = readText(in);
    int typeId = in.readInt();
    String typeName = readText(in);
    ColumnMetaData.Rep rep = ColumnMetaData.Rep.valueOf(in.readUTF());
    boolean readOnly = in.readBoolean();
    boolean writable = in.readBoolean();
    boolean definitelyWritable = in.readBoolean();
    String columnClassName = readText(in);
    return new ColumnMetaData(ordinal, autoIncrement, caseSensitive, searchable, currency,
        nullable, signed, displaySize, label, columnName, schemaName, precision, scale,
        tableName, catalogName, ColumnMetaData.scalar(typeId, typeName, rep), readOnly,
        writable, definitelyWritable, columnClassName);
  }

  private static void writeText(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      out.writeUTF(s);
    }
  }

  private static String readText(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }
}
