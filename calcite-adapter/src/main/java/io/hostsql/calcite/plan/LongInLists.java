package io.hostsql.calcite.plan;

import io.hostsql.calcite.functions.InSets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableCalc;
import org.apache.calcite.adapter.enumerable.EnumerableFilter;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.rex.RexUnknownAs;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;
import org.apache.calcite.util.NlsString;
import org.apache.calcite.util.Sarg;

/**
 * Long IN lists in the physical plan, just before code generation, become one hash lookup
 * ({@link InSets}) instead of the chain of comparisons Calcite would generate, which from about
 * 1,500 values overflows the stack of the code generator. The scans keep the list as it was
 * (their pushed filters are not generated code), so {@code pid IN (...)} still reads only the
 * listed processes.
 */
final class LongInLists {
  /** Lists this long or longer are looked up in a set. */
  static final int THRESHOLD = 64;
  /** The lookup of a whole number. */
  static final SqlUserDefinedFunction IN_LONGS = function("HOSTSQL_IN_LONGS", "containsLong");
  /** The lookup of a text. */
  static final SqlUserDefinedFunction IN_STRINGS = function("HOSTSQL_IN_STRINGS",
      "containsString");

  private LongInLists() {
  }

  private static SqlUserDefinedFunction function(String name, String method) {
    return new SqlUserDefinedFunction(new SqlIdentifier(name, SqlParserPos.ZERO),
        SqlKind.OTHER_FUNCTION, ReturnTypes.BOOLEAN_NULLABLE, null, null,
        ScalarFunctionImpl.create(InSets.class, method));
  }

  /** {@code node} with its long IN lists rewritten; inputs are replaced in place. */
  static RelNode rewrite(RelNode node) {
    List<RelNode> inputs = node.getInputs();
    for (int i = 0; i < inputs.size(); i++) {
      RelNode input = inputs.get(i);
      RelNode changed = rewrite(input);
      if (changed != input) {
        node.replaceInput(i, changed);
      }
    }
    RexBuilder b = node.getCluster().getRexBuilder();
    Shuttle shuttle = new Shuttle(b);
    if (node instanceof EnumerableFilter f) {
      RexNode condition = f.getCondition().accept(shuttle);
      return shuttle.changed ? f.copy(f.getTraitSet(), f.getInput(), condition) : node;
    }
    if (node instanceof EnumerableCalc c) {
      RexProgram p = c.getProgram();
      List<RexNode> projects = new ArrayList<>();
      for (RexNode e : p.getProjectList()) {
        projects.add(p.expandLocalRef((org.apache.calcite.rex.RexLocalRef) e).accept(shuttle));
      }
      RexNode condition = p.getCondition() == null ? null
          : p.expandLocalRef(p.getCondition()).accept(shuttle);
      if (!shuttle.changed) {
        return node;
      }
      RexProgram rewritten = RexProgram.create(p.getInputRowType(), projects, condition,
          p.getOutputRowType(), b);
      return EnumerableCalc.create(c.getInput(), rewritten);
    }
    return node;
  }

  /** Replaces SEARCH over many single values of a whole-number or text column. */
  private static final class Shuttle extends RexShuttle {
    private final RexBuilder b;
    boolean changed;

    Shuttle(RexBuilder b) {
      this.b = b;
    }

    @Override
    public RexNode visitCall(RexCall call) {
      if (call.getKind() != SqlKind.SEARCH
          || !(call.getOperands().get(1) instanceof RexLiteral literal)) {
        return super.visitCall(call);
      }
      Sarg<?> sarg = literal.getValueAs(Sarg.class);
      RexNode value = call.getOperands().get(0);
      SqlTypeFamily family = value.getType().getSqlTypeName().getFamily();
      boolean whole = SqlTypeName.INT_TYPES.contains(value.getType().getSqlTypeName());
      boolean text = family == SqlTypeFamily.CHARACTER;
      if (sarg == null || sarg.pointCount < THRESHOLD || !whole && !text
          || !(sarg.isPoints() || sarg.isComplementedPoints())) {
        return super.visitCall(call);
      }
      boolean negated = !sarg.isPoints();
      Sarg<?> points = negated ? sarg.negate() : sarg;
      List<String> values = new ArrayList<>(points.pointCount);
      for (var range : points.rangeSet.asRanges()) {
        Object v = range.lowerEndpoint();
        values.add(v instanceof NlsString s ? s.getValue()
            : v instanceof BigDecimal d ? d.toBigInteger().toString() : String.valueOf(v));
      }
      Boolean onNull = sarg.nullAs == RexUnknownAs.TRUE ? Boolean.TRUE
          : sarg.nullAs == RexUnknownAs.FALSE ? Boolean.FALSE : null;
      RelDataTypeFactory types = b.getTypeFactory();
      RexNode operand = text ? value : b.makeCast(types.createTypeWithNullability(
          types.createSqlType(SqlTypeName.BIGINT), value.getType().isNullable()), value);
      changed = true;
      RelDataType bool = call.getType();
      return b.makeCall(bool, text ? IN_STRINGS : IN_LONGS, List.of(operand,
          b.makeLiteral(InSets.encode(values, negated, onNull))));
    }
  }
}
