package io.hostsql.calcite.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.linq4j.function.Strict;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ScalarFunction;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.junit.jupiter.api.Test;

/**
 * A deferred function tells Calcite what Calcite's own ScalarFunctionImpl of the same method
 * tells: the same parameters (names, types, optionality) and return type, and an implementor;
 * a method Calcite would type by its annotations is refused.
 */
class DeferredScalarFunctionTest {
  /** A method typed by its null policy: not deferrable. */
  public static final class Annotated {
    @Strict
    public static Integer twice(Integer x) {
      return x == null ? null : 2 * x;
    }
  }

  private static List<String> described(List<FunctionParameter> ps, RelDataTypeFactory tf) {
    return ps.stream().map(p -> p.getOrdinal() + " " + p.getName() + " "
        + p.getType(tf).getFullTypeString() + " " + p.isOptional()).toList();
  }

  @Test
  void tellsWhatScalarFunctionImplTells() {
    RelDataTypeFactory tf = new JavaTypeFactoryImpl();
    for (Object[] f : new Object[][] {{SqliteFunctions.class, "datetime"},
        {KeptLike.class, "kept_like"}}) {
      Class<?> type = (Class<?>) f[0];
      String name = (String) f[1];
      ScalarFunction calcite = ScalarFunctionImpl.create(type, name);
      DeferredScalarFunction deferred = new DeferredScalarFunction(type, name);
      assertEquals(described(calcite.getParameters(), tf),
          described(deferred.getParameters(), tf), name);
      assertEquals(calcite.getReturnType(tf).getFullTypeString(),
          deferred.getReturnType(tf).getFullTypeString(), name);
      assertEquals(calcite.getParameters().size(), deferred.getParameters().size());
      org.junit.jupiter.api.Assertions.assertNotNull(deferred.getImplementor(), name);
    }
  }

  @Test
  void refusesWhatItCannotTypeAlikeOrFind() {
    assertThrows(IllegalArgumentException.class,
        () -> new DeferredScalarFunction(Annotated.class, "twice"));
    assertThrows(IllegalArgumentException.class,
        () -> new DeferredScalarFunction(SqliteFunctions.class, "no_such_function"));
  }
}
