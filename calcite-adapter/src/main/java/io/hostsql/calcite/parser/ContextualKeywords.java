package io.hostsql.calcite.parser;

import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Set;

/**
 * The token stream of hostsql's parser, in which INTERVAL, OFFSET, PARTITION and SET are
 * keywords only where the tokens around them make the keyword's construct, and identifiers
 * everywhere else. osquery names columns {@code interval}, {@code offset}, {@code partition}
 * and {@code set}; Calcite's grammar cannot leave these words non-reserved (config.fmpp):
 * {@code FROM t offset} would read the clause as an alias, {@code ORDER BY interval DESC} as
 * an interval expression. Here the decision looks one or two tokens ahead, where the grammar's
 * own two-token lookahead is not enough:
 *
 * <ul>
 *   <li>INTERVAL is the keyword before a string ({@code INTERVAL '1' DAY}, also signed), before
 *       a number, a name or a parenthesized expression followed by a time unit
 *       ({@code INTERVAL t.x DAY}, {@code INTERVAL -(x) HOUR}), and before a time unit itself
 *       ({@code CAST(x AS INTERVAL DAY)}): {@code interval - 1} is the column minus one;
 *   <li>OFFSET before a number or a {@code ?} ({@code LIMIT 5 OFFSET 10}), and in
 *       {@code [OFFSET(i)]};
 *   <li>PARTITION before BY;
 *   <li>SET at the head of a statement ({@code SET x = 1}), after ALTER SESSION/SYSTEM, after
 *       UPDATE's target, and in {@code CHARACTER SET} and {@code IS [NOT] A SET}.
 * </ul>
 *
 * <p>After a dot the word is always a name ({@code t.interval}). What remains ambiguous keeps
 * SQL's meaning: {@code interval day} (the column aliased {@code day}) is the interval type.
 */
final class ContextualKeywords extends HostsqlParserImplTokenManager {
  private static final Set<Integer> STRINGS = Set.of(
      QUOTED_STRING, PREFIXED_STRING_LITERAL, UNICODE_STRING_LITERAL,
      C_STYLE_ESCAPED_STRING_LITERAL, BIG_QUERY_QUOTED_STRING, BIG_QUERY_DOUBLE_QUOTED_STRING,
      BINARY_STRING_LITERAL);
  private static final Set<Integer> NUMBERS = Set.of(
      UNSIGNED_INTEGER_LITERAL, DECIMAL_NUMERIC_LITERAL, APPROX_NUMERIC_LITERAL);
  private static final Set<String> TIME_UNITS = Set.of(
      "YEAR", "YEARS", "QUARTER", "QUARTERS", "MONTH", "MONTHS", "WEEK", "WEEKS", "DAY", "DAYS",
      "HOUR", "HOURS", "MINUTE", "MINUTES", "SECOND", "SECONDS");

  /** Tokens read from the lexer but not yet handed to the parser. */
  private final ArrayDeque<Token> ahead = new ArrayDeque<>();
  private int previous = -1;
  private int beforePrevious = -1;
  private int statementHead = -1;
  private boolean updateSetSeen;

  ContextualKeywords(SimpleCharStream stream) {
    super(stream);
  }

  @Override
  public Token getNextToken() {
    Token t = ahead.isEmpty() ? super.getNextToken() : ahead.removeFirst();
    if (isContextual(t.kind) && !keywordHere(t)) {
      t.kind = IDENTIFIER;
    }
    remember(t);
    return t;
  }

  private static boolean isContextual(int kind) {
    return kind == INTERVAL || kind == OFFSET || kind == PARTITION || kind == SET;
  }

  private boolean keywordHere(Token t) {
    if (previous == DOT) {
      return false;
    }
    Token next = peek(0);
    return switch (t.kind) {
      case INTERVAL -> intervalFollows(next);
      case OFFSET -> NUMBERS.contains(next.kind) || next.kind == HOOK
          || previous == LBRACKET && next.kind == LPAREN;
      case PARTITION -> next.kind == BY;
      default -> setIsKeyword();
    };
  }

  private boolean intervalFollows(Token next) {
    int i = 0;
    if (next.kind == MINUS || next.kind == PLUS) {
      next = peek(++i);
    } else if (isTimeUnit(next)) {
      return true;
    }
    if (STRINGS.contains(next.kind)) {
      return true;
    }
    int end = operandEnd(i);
    return end > 0 && isTimeUnit(peek(end));
  }

  /**
   * Where the operand of {@code INTERVAL operand unit} that starts {@code i} tokens ahead
   * ends (the index of the token after it), or -1 if none starts there: a number, a name
   * ({@code t.x}) or a parenthesized expression, as Calcite's grammar allows.
   */
  private int operandEnd(int i) {
    Token t = peek(i);
    if (NUMBERS.contains(t.kind)) {
      return i + 1;
    }
    if (t.kind == LPAREN) {
      for (int depth = 1; depth > 0; ) {
        int kind = peek(++i).kind;
        if (kind == EOF) {
          return -1;
        }
        depth += kind == LPAREN ? 1 : kind == RPAREN ? -1 : 0;
      }
      return i + 1;
    }
    if (!isName(t)) {
      return -1;
    }
    while (peek(i + 1).kind == DOT && isName(peek(i + 2))) {
      i += 2;
    }
    return i + 1;
  }

  private boolean setIsKeyword() {
    return previous == -1 || previous == SEMICOLON || previous == SESSION || previous == SYSTEM
        || previous == CHARACTER || previous == UPDATE
        || previous == A && (beforePrevious == IS || beforePrevious == NOT)
        || statementHead == UPDATE && !updateSetSeen;
  }

  private void remember(Token t) {
    if (previous == -1 || previous == SEMICOLON) {
      statementHead = t.kind;
      updateSetSeen = false;
    }
    if (t.kind == SET && statementHead == UPDATE) {
      updateSetSeen = true;
    }
    beforePrevious = previous;
    previous = t.kind;
  }

  /** The token {@code n} places after the current one, read from the lexer if need be. */
  private Token peek(int n) {
    while (ahead.size() <= n) {
      Token last = ahead.peekLast();
      if (last != null && last.kind == EOF) {
        return last;
      }
      ahead.addLast(super.getNextToken());
    }
    return ahead.stream().skip(n).findFirst().orElseThrow();
  }

  private static boolean isTimeUnit(Token t) {
    return t.image != null && TIME_UNITS.contains(t.image.toUpperCase(Locale.ROOT));
  }

  /** A word or a quoted identifier: what can start a name. */
  private static boolean isName(Token t) {
    if (t.kind == EOF || t.image == null || t.image.isEmpty()) {
      return false;
    }
    char c = t.image.charAt(0);
    return Character.isLetter(c) || c == '_' || c == '"' || c == '`';
  }
}
