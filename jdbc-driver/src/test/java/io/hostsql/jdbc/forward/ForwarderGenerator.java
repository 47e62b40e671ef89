package io.hostsql.jdbc.forward;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the forwarder classes of io.hostsql.jdbc.forward: for each interface set in
 * {@link #SETS}, a class implementing those interfaces in that order whose every method calls
 * the handler with the Method java.lang.reflect.Proxy would pass (the same rules: Object's
 * hashCode, equals and toString first, then each interface's methods in the order given, the
 * first interface that has a signature naming its Method; a checked exception the method does
 * not declare arrives as UndeclaredThrowableException), and GeneratedForwarders, which picks
 * the class for a set. Run by ForwardersTest, which fails when the checked-in sources differ
 * from what this writes now; {@code main} (or that test with -Dhostsql.forwarders.write=true)
 * rewrites them.
 */
final class ForwarderGenerator {
  /**
   * The sets JdbcFace builds (the kind asked for, then the public interfaces of Calcite's or
   * Avatica's object) for embedded and remote connections, which StatementBudgets,
   * RefusedValueWarnings and ScanWarningStatements then wrap again with the same set; plus
   * ScrollableResults' ResultSet. ForwardedObjectsTest checks that every object handed out is
   * built from one of these.
   */
  static final List<List<String>> SETS = List.of(
      List.of("java.sql.Connection", "org.apache.calcite.jdbc.CalciteConnection",
          "org.apache.calcite.linq4j.QueryProvider"),
      List.of("java.sql.Connection"),
      List.of("java.sql.Statement"),
      List.of("java.sql.PreparedStatement", "java.sql.ParameterMetaData", "java.sql.Statement"),
      List.of("java.sql.ParameterMetaData", "java.sql.PreparedStatement", "java.sql.Statement"),
      List.of("java.sql.ResultSet", "org.apache.calcite.avatica.util.ArrayImpl$Factory"),
      List.of("java.sql.ResultSet"),
      List.of("java.sql.ResultSetMetaData"),
      List.of("java.sql.DatabaseMetaData",
          "org.apache.calcite.avatica.AvaticaSpecificDatabaseMetaData"));

  /** Where the generated sources live, from the module's directory. */
  static final Path DIRECTORY = Path.of("src/main/java/io/hostsql/jdbc/forward");

  private static final String PACKAGE = "io.hostsql.jdbc.forward";
  private static final int WIDTH = 100;

  private ForwarderGenerator() {
  }

  /** Rewrites the generated sources in {@code args[0]}, else in {@link #DIRECTORY}. */
  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : DIRECTORY;
    for (Map.Entry<String, String> e : sources().entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** The generated sources by file name. */
  static Map<String, String> sources() {
    Map<String, String> files = new LinkedHashMap<>();
    StringBuilder cases = new StringBuilder();
    for (List<String> set : SETS) {
      List<Class<?>> interfaces = new ArrayList<>();
      for (String name : set) {
        interfaces.add(load(name));
      }
      String className = className(interfaces);
      files.put(className + ".java", forwarder(className, interfaces));
      cases.append("      case \"").append(String.join(",", set)).append("\":\n")
          .append("        return new ").append(className).append("(handler);\n");
    }
    files.put("GeneratedForwarders.java", header()
        + "import java.lang.reflect.InvocationHandler;\n\n"
        + "/** The generated forwarder for each interface set that has one. */\n"
        + "final class GeneratedForwarders {\n"
        + "  private GeneratedForwarders() {\n"
        + "  }\n\n"
        + "  /**\n"
        + "   * A forwarder implementing the interfaces named (comma-separated), else null. Each case\n"
        + "   * returns on its own: a switch expression would join them under the forwarders' common\n"
        + "   * class, and checking that join loads every forwarder, Calcite's interfaces too, which a\n"
        + "   * remote-only client (the Trino plugin) does not have.\n"
        + "   */\n"
        + "  static Object create(String interfaces, InvocationHandler handler) {\n"
        + "    switch (interfaces) {\n"
        + cases
        + "      default:\n"
        + "        return null;\n"
        + "    }\n"
        + "  }\n"
        + "}\n");
    files.put("DirectCalls.java", directCalls());
    return files;
  }

  /**
   * DirectCalls: every method a forwarder passes to its handler, called on an object through
   * its interface instead of by reflection (whose first call of each method builds an
   * accessor: tens of milliseconds of a cold start on JDK 25).
   */
  private static String directCalls() {
    Map<Class<?>, Map<String, List<Method>>> byOwner = new TreeMap<>(
        Comparator.comparing(Class::getName));
    for (List<String> set : SETS) {
      List<Class<?>> interfaces = new ArrayList<>();
      for (String name : set) {
        interfaces.add(load(name));
      }
      for (Slot slot : slots(interfaces)) {
        Method m = slot.dispatched();
        List<Method> same = byOwner.computeIfAbsent(m.getDeclaringClass(), k -> new TreeMap<>())
            .computeIfAbsent(m.getName(), k -> new ArrayList<>());
        if (!same.contains(m)) {
          same.add(m);
        }
      }
    }
    StringBuilder out = new StringBuilder(header());
    out.append("import java.lang.reflect.Method;\n\n")
        .append("/** Interface methods called without reflection: see Forwarders.call. */\n")
        .append("@SuppressWarnings({\"unchecked\", \"rawtypes\", \"deprecation\", \"removal\"})\n")
        .append("final class DirectCalls {\n")
        .append("  /** What {@link #call} returns for a method it does not know. */\n")
        .append("  static final Object UNKNOWN = new Object();\n\n")
        .append("  private DirectCalls() {\n")
        .append("  }\n\n")
        .append("  /**\n")
        .append("   * {@code method} called on {@code target} (an instance of its declaring class) with\n")
        .append("   * {@code args}, as Method.invoke would but throwing what the method throws; else\n")
        .append("   * {@link #UNKNOWN}.\n")
        .append("   */\n")
        .append("  static Object call(Method method, Object target, Object[] args) throws Throwable {\n")
        .append("    return switch (method.getDeclaringClass().getName()) {\n");
    int k = 0;
    for (Class<?> owner : byOwner.keySet()) {
      wrap(out, "      case \"" + owner.getName() + "\" -> c" + k + "(method, (" + type(owner)
          + ") target, args);", "          ");
      k++;
    }
    out.append("      default -> UNKNOWN;\n")
        .append("    };\n")
        .append("  }\n");
    k = 0;
    for (Map.Entry<Class<?>, Map<String, List<Method>>> owner : byOwner.entrySet()) {
      out.append("\n  /** The methods of ").append(type(owner.getKey())).append(". */\n");
      wrap(out, "  private static Object c" + k + "(Method method, " + type(owner.getKey())
          + " t, Object[] a) throws Throwable {", "      ");
      boolean overloads = owner.getValue().values().stream().anyMatch(l -> l.size() > 1);
      if (overloads) {
        out.append("    Class<?>[] p = method.getParameterTypes();\n");
      }
      out.append("    switch (method.getName()) {\n");
      for (Map.Entry<String, List<Method>> name : owner.getValue().entrySet()) {
        out.append("      case \"").append(name.getKey()).append("\":\n");
        List<Method> methods = name.getValue();
        for (Method m : methods) {
          List<String> call = directCall(m);
          if (methods.size() == 1) {
            for (String line : call) {
              wrap(out, "        " + line, "            ");
            }
            continue;
          }
          StringBuilder test = new StringBuilder("p.length == " + m.getParameterCount());
          Class<?>[] params = m.getParameterTypes();
          for (int i = 0; i < params.length; i++) {
            test.append(" && p[").append(i).append("] == ").append(type(params[i]))
                .append(".class");
          }
          wrap(out, "        if (" + test + ") {", "            ");
          for (String line : call) {
            wrap(out, "          " + line, "              ");
          }
          out.append("        }\n");
        }
        if (methods.size() > 1) {
          out.append("        break;\n");
        }
      }
      out.append("      default:\n")
          .append("        break;\n")
          .append("    }\n")
          .append("    return UNKNOWN;\n")
          .append("  }\n");
      k++;
    }
    return out.append("}\n").toString();
  }

  /** The statements calling {@code m} on t with the arguments in a, returning its value. */
  private static List<String> directCall(Method m) {
    Class<?>[] params = m.getParameterTypes();
    StringBuilder call = new StringBuilder("t.").append(m.getName()).append('(');
    for (int i = 0; i < params.length; i++) {
      call.append(i == 0 ? "" : ", ").append('(').append(type(boxed(params[i]))).append(") a[")
          .append(i).append(']');
    }
    call.append(')');
    return m.getReturnType() == void.class ? List.of(call + ";", "return null;")
        : List.of("return " + call + ";");
  }

  /** The class name: the interfaces' simple names (enclosing classes' too), then Forwarder. */
  static String className(List<Class<?>> interfaces) {
    StringBuilder name = new StringBuilder();
    for (Class<?> i : interfaces) {
      StringBuilder part = new StringBuilder();
      for (Class<?> c = i; c != null; c = c.getEnclosingClass()) {
        part.insert(0, c.getSimpleName());
      }
      name.append(part);
    }
    return name.append("Forwarder").toString();
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ForwarderGenerator.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no interface " + name, e);
    }
  }

  private static String header() {
    return "// Written by ForwarderGenerator (jdbc-driver/src/test/java/io/hostsql/jdbc/forward):\n"
        + "// do not edit, run it again.\n"
        + "package " + PACKAGE + ";\n\n";
  }

  /** One method of the class: those of every interface with the same name and parameters. */
  private record Slot(List<Method> methods) {
    /** The Method the handler receives: the first found, as a proxy passes. */
    Method dispatched() {
      return methods.get(0);
    }

    /** The return type: the one every declaration's return type is assignable from. */
    Class<?> returnType() {
      for (Method candidate : methods) {
        Class<?> r = candidate.getReturnType();
        if (methods.stream().allMatch(m -> m.getReturnType().isAssignableFrom(r))) {
          return r;
        }
      }
      throw new IllegalStateException("no return type fits every declaration of " + methods);
    }

    /** The exceptions every declaration allows (a proxy's rule for duplicate methods). */
    List<Class<?>> exceptions() {
      List<Class<?>> allowed = new ArrayList<>(List.of(dispatched().getExceptionTypes()));
      for (Method other : methods.subList(1, methods.size())) {
        List<Class<?>> theirs = List.of(other.getExceptionTypes());
        List<Class<?>> both = new ArrayList<>();
        compatible(allowed, theirs, both);
        compatible(theirs, allowed, both);
        allowed = both;
      }
      return allowed;
    }

    private static void compatible(List<Class<?>> from, List<Class<?>> with,
        List<Class<?>> into) {
      for (Class<?> f : from) {
        if (!into.contains(f) && with.stream().anyMatch(w -> w.isAssignableFrom(f))) {
          into.add(f);
        }
      }
    }
  }

  /** The slots in the order a proxy finds them. */
  static List<Slot> slots(List<Class<?>> interfaces) {
    Map<String, List<Method>> bySignature = new LinkedHashMap<>();
    try {
      for (String name : List.of("hashCode", "equals", "toString")) {
        Method m = name.equals("equals") ? Object.class.getMethod(name, Object.class)
            : Object.class.getMethod(name);
        bySignature.computeIfAbsent(signature(m), k -> new ArrayList<>()).add(m);
      }
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
    for (Class<?> i : interfaces) {
      // getMethods' order differs between JDKs; the source must not.
      Method[] methods = i.getMethods();
      Arrays.sort(methods, Comparator.comparing(ForwarderGenerator::signature));
      Map<String, Method> own = new LinkedHashMap<>();
      for (Method m : methods) {
        if (Modifier.isStatic(m.getModifiers())) {
          continue;
        }
        Method twin = own.put(signature(m), m);
        if (twin != null) {
          // Which one a proxy passes would hang on getMethods' order.
          throw new IllegalStateException(i + " has two methods " + signature(m));
        }
        bySignature.computeIfAbsent(signature(m), k -> new ArrayList<>()).add(m);
      }
    }
    List<Slot> slots = new ArrayList<>();
    for (List<Method> same : bySignature.values()) {
      slots.add(new Slot(same));
    }
    return slots;
  }

  private static String signature(Method m) {
    StringBuilder s = new StringBuilder(m.getName()).append('(');
    for (Class<?> p : m.getParameterTypes()) {
      s.append(p.getName()).append(';');
    }
    return s.append(')').toString();
  }

  private static String forwarder(String className, List<Class<?>> interfaces) {
    List<Slot> slots = slots(interfaces);
    StringBuilder out = new StringBuilder(header());
    out.append("import java.lang.reflect.InvocationHandler;\n")
        .append("import java.lang.reflect.Method;\n")
        .append("import java.lang.reflect.UndeclaredThrowableException;\n")
        .append("import java.util.concurrent.atomic.AtomicReferenceArray;\n\n");
    StringBuilder doc = new StringBuilder(" * Hands every method of ");
    for (int k = 0; k < interfaces.size(); k++) {
      doc.append(k == 0 ? "" : k == interfaces.size() - 1 ? " and " : ", ")
          .append(type(interfaces.get(k)));
    }
    doc.append(" to its handler, as a proxy of those interfaces would.");
    out.append("/**\n");
    wrap(out, doc.toString(), " * ");
    out.append(" */\n");
    out.append("@SuppressWarnings({\"unchecked\", \"rawtypes\", \"deprecation\", \"removal\"})\n");
    out.append("public final class ").append(className).append(" extends Forwarder\n");
    for (int k = 0; k < interfaces.size(); k++) {
      out.append(k == 0 ? "    implements " : "    ").append(type(interfaces.get(k)))
          .append(k == interfaces.size() - 1 ? " {\n" : ",\n");
    }
    out.append("  private static final long serialVersionUID = 1L;\n\n")
        .append("  /** The interface methods, each looked up the first time it is called. */\n")
        .append("  private static final AtomicReferenceArray<Method> METHODS =\n")
        .append("      new AtomicReferenceArray<>(").append(slots.size()).append(");\n\n")
        .append("  /** A forwarder to {@code handler}. */\n")
        .append("  public ").append(className).append("(InvocationHandler handler) {\n")
        .append("    super(handler);\n")
        .append("  }\n\n")
        .append("  private static Method method(int index) {\n")
        .append("    Method m = METHODS.get(index);\n")
        .append("    return m != null ? m : keep(METHODS, index, lookup(index));\n")
        .append("  }\n\n")
        .append("  private static Method lookup(int index) {\n")
        .append("    try {\n")
        .append("      return switch (index) {\n");
    for (int k = 0; k < slots.size(); k++) {
      Method m = slots.get(k).dispatched();
      StringBuilder call = new StringBuilder(type(m.getDeclaringClass()))
          .append(".class.getDeclaredMethod(\"").append(m.getName()).append('"');
      for (Class<?> p : m.getParameterTypes()) {
        call.append(", ").append(type(p)).append(".class");
      }
      call.append(");");
      wrap(out, "        case " + k + " -> " + call, "            ");
    }
    out.append("        default -> throw new IllegalArgumentException(\"no method \" + index);\n")
        .append("      };\n")
        .append("    } catch (NoSuchMethodException e) {\n")
        .append("      throw new NoSuchMethodError(e.getMessage());\n")
        .append("    }\n")
        .append("  }\n");
    for (int k = 0; k < slots.size(); k++) {
      method(out, slots.get(k), k);
    }
    return out.append("}\n").toString();
  }

  private static void method(StringBuilder out, Slot slot, int index) {
    Method m = slot.dispatched();
    Class<?> returns = slot.returnType();
    List<Class<?>> exceptions = slot.exceptions();
    StringBuilder head = new StringBuilder("  public ").append(type(returns)).append(' ')
        .append(m.getName()).append('(');
    Class<?>[] params = m.getParameterTypes();
    StringBuilder args = new StringBuilder();
    for (int p = 0; p < params.length; p++) {
      head.append(p == 0 ? "" : ", ").append(type(params[p])).append(" a").append(p);
      args.append(p == 0 ? "" : ", ").append('a').append(p);
    }
    head.append(')');
    for (int e = 0; e < exceptions.size(); e++) {
      head.append(e == 0 ? " throws " : ", ").append(type(exceptions.get(e)));
    }
    head.append(" {");
    out.append("\n  @Override\n");
    wrap(out, head.toString(), "      ");
    String invoke = "h.invoke(this, method(" + index + "), "
        + (params.length == 0 ? "null" : "new Object[] {" + args + "}") + ")";
    String body = returns == void.class ? invoke + ";"
        : returns == Object.class ? "return " + invoke + ";"
        : "return (" + type(boxed(returns)) + ") " + invoke + ";";
    List<Class<?>> rethrown = catchList(exceptions);
    if (rethrown.isEmpty()) {
      wrap(out, "    " + body, "        ");
    } else {
      out.append("    try {\n");
      wrap(out, "      " + body, "          ");
      StringBuilder alternatives = new StringBuilder();
      for (Class<?> c : rethrown) {
        alternatives.append(alternatives.length() == 0 ? "" : " | ").append(type(c));
      }
      wrap(out, "    } catch (" + alternatives + " e) {", "        ");
      out.append("      throw e;\n")
          .append("    } catch (Throwable e) {\n")
          .append("      throw new UndeclaredThrowableException(e);\n")
          .append("    }\n");
    }
    out.append("  }\n");
  }

  /**
   * What passes through unchanged: unchecked exceptions and the declared ones, none covering
   * another (a proxy's rule); empty when Throwable itself is declared.
   */
  private static List<Class<?>> catchList(List<Class<?>> declared) {
    List<Class<?>> list = new ArrayList<>(List.of(RuntimeException.class, Error.class));
    for (Class<?> ex : declared) {
      if (ex == Throwable.class) {
        return List.of();
      }
      if (list.stream().anyMatch(c -> c.isAssignableFrom(ex))) {
        continue;
      }
      list.removeIf(ex::isAssignableFrom);
      list.add(ex);
    }
    return list;
  }

  private static Class<?> boxed(Class<?> c) {
    if (!c.isPrimitive()) {
      return c;
    }
    return switch (c.getName()) {
      case "boolean" -> Boolean.class;
      case "byte" -> Byte.class;
      case "char" -> Character.class;
      case "short" -> Short.class;
      case "int" -> Integer.class;
      case "long" -> Long.class;
      case "float" -> Float.class;
      case "double" -> Double.class;
      default -> throw new IllegalArgumentException(c.getName());
    };
  }

  /** The type as source names it: java.lang's by simple name, others in full. */
  private static String type(Class<?> c) {
    if (c.isArray()) {
      return type(c.getComponentType()) + "[]";
    }
    if (c.isPrimitive()) {
      return c.getName();
    }
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        throw new IllegalStateException(c + " is not public: no class can name it");
      }
    }
    String name = c.getCanonicalName();
    return c.getPackageName().equals("java.lang") && c.getEnclosingClass() == null
        ? name.substring("java.lang.".length()) : name;
  }

  /** Appends {@code line}, broken after commas to fit {@link #WIDTH}. */
  private static void wrap(StringBuilder out, String line, String indent) {
    String rest = line;
    String prefix = "";
    while ((prefix + rest).length() > WIDTH) {
      int room = WIDTH - prefix.length();
      int cut = rest.lastIndexOf(", ", room - 1);
      if (cut <= 0) {
        cut = rest.lastIndexOf(' ', room - 1);
        if (cut <= 0) {
          break;
        }
        out.append(prefix).append(rest, 0, cut).append('\n');
        rest = rest.substring(cut + 1);
      } else {
        out.append(prefix).append(rest, 0, cut + 1).append('\n');
        rest = rest.substring(cut + 2);
      }
      prefix = indent;
    }
    out.append(prefix).append(rest).append('\n');
  }
}
