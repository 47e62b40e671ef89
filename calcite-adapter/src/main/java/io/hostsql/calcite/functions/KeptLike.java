package io.hostsql.calcite.functions;

import org.apache.calcite.schema.SchemaPlus;

/**
 * {@code kept_like(s, pattern)}: exactly {@code s LIKE pattern}, as a function Calcite's
 * simplifier leaves alone. Calcite rewrites {@code '/usr/%%'} to {@code '/usr/%'} (the same
 * match), but osquery's file and hash tables read {@code %%} as "everything below", so a
 * pattern with {@code %%} is carried to the scan in this form (see the planner's parse-tree
 * rewrite) and the scan still sees it whole. It matches on the same linear-time engine as
 * every other LIKE ({@link LinearPatterns}).
 */
public final class KeptLike {
  /** The function's name in the root schema. */
  public static final String NAME = "kept_like";

  private KeptLike() {
  }

  /** Adds the function to {@code root}. */
  public static void register(SchemaPlus root) {
    root.add(NAME, new DeferredScalarFunction(KeptLike.class, NAME));
  }

  public static Boolean kept_like(String s, String pattern) {
    return s == null || pattern == null ? null : LinearPatterns.like(s, pattern, null, true);
  }
}
