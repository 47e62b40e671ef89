package io.hostsql.calcite.functions;

import java.lang.reflect.Method;
import java.util.List;
import org.apache.calcite.adapter.enumerable.CallImplementor;
import org.apache.calcite.linq4j.function.SemiStrict;
import org.apache.calcite.linq4j.function.Strict;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableFunction;
import org.apache.calcite.schema.ScalarFunction;
import org.apache.calcite.schema.impl.ReflectiveFunctionBase;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;

/**
 * A user-defined function over a public static method, registered without making Calcite's
 * {@link ScalarFunctionImpl} of it: making one initializes Calcite's table of every operator's
 * implementation (RexImpTable, tens of milliseconds), which a connection whose statements run a
 * cached plan never uses. Its parameters are told from the method, as ScalarFunctionImpl tells
 * them; its return type and implementation are ScalarFunctionImpl's, made when a statement
 * first types or compiles a call.
 *
 * <p>Calcite types a call of a ScalarFunctionImpl by its method's {@link Strict}, {@link
 * SemiStrict} and Hints annotations too, and of any other function by its return type alone: a
 * method carrying those annotations is refused, so both are typed alike.
 */
public final class DeferredScalarFunction implements ScalarFunction, ImplementableFunction {
  private final Class<?> type;
  private final String name;
  private final List<FunctionParameter> parameters;
  private volatile ScalarFunction made;

  /**
   * @param type the class declaring the method
   * @param name the method's name (the first public method of that name, as Calcite picks)
   * @throws IllegalArgumentException when there is no such method, or it is annotated to be
   *     typed by its null policy or hints
   */
  public DeferredScalarFunction(Class<?> type, String name) {
    Method method = null;
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name) && !m.isBridge()) {
        method = m;
        break;
      }
    }
    if (method == null || !java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
      throw new IllegalArgumentException("no public static method " + name + " in " + type);
    }
    if (method.isAnnotationPresent(Strict.class) || method.isAnnotationPresent(SemiStrict.class)
        || type.isAnnotationPresent(Strict.class) || type.isAnnotationPresent(SemiStrict.class)
        || method.isAnnotationPresent(org.apache.calcite.linq4j.function.Hints.class)) {
      throw new IllegalArgumentException(type.getName() + "." + name
          + " is typed by its annotations: register a ScalarFunctionImpl");
    }
    this.type = type;
    this.name = name;
    this.parameters = ReflectiveFunctionBase.builder().addMethodParameters(method).build();
  }

  /** Two threads may both make it: the two are alike, and either is kept. */
  private ScalarFunction made() {
    ScalarFunction f = made;
    if (f == null) {
      f = ScalarFunctionImpl.create(type, name);
      made = f;
    }
    return f;
  }

  @Override
  public List<FunctionParameter> getParameters() {
    return parameters;
  }

  @Override
  public RelDataType getReturnType(RelDataTypeFactory typeFactory) {
    return made().getReturnType(typeFactory);
  }

  @Override
  public CallImplementor getImplementor() {
    return ((ImplementableFunction) made()).getImplementor();
  }
}
