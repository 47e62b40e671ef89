package io.hostsql.calcite.parser;

import java.io.Reader;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParserImplFactory;

/**
 * hostsql's SQL parser: Calcite's grammar generated with hostsql's reserved words
 * (src/main/codegen/config.fmpp), reading tokens through {@link ContextualKeywords}. osquery's
 * names (the table {@code time}, columns {@code time}, {@code interval}, {@code offset},
 * {@code uuid}...) parse unquoted; {@code CAST(x AS TIME)}, {@code INTERVAL '1' DAY} and
 * {@code CURRENT_TIME} keep their meaning. Name it in the {@code parserFactory} connection
 * property as {@code io.hostsql.calcite.parser.HostsqlParser#FACTORY}.
 */
public final class HostsqlParser {
  /** Creates hostsql's parser for one statement's text. */
  public static final SqlParserImplFactory FACTORY = HostsqlParser::create;

  private HostsqlParser() {
  }

  private static SqlAbstractParserImpl create(Reader reader) {
    // The generated factory sets up the character stream (with the statement's length, for
    // positions); the parser then reads its tokens through the contextual keywords.
    HostsqlParserImpl parser = (HostsqlParserImpl) HostsqlParserImpl.FACTORY.getParser(reader);
    parser.ReInit(new ContextualKeywords(parser.jj_input_stream));
    return parser;
  }
}
