package io.hostsql.jdbc.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import sqlline.Application;
import sqlline.CommandHandler;
import sqlline.SqlLine;

/** sqlline as the hostsql shell: its commands, with {@code !set schema} added. */
public final class HostsqlApplication extends Application {
  @Override
  public Collection<CommandHandler> getCommandHandlers(SqlLine sqlLine) {
    List<CommandHandler> out = new ArrayList<>();
    for (CommandHandler h : super.getCommandHandlers(sqlLine)) {
      out.add(h.getNames().contains("set") ? new SchemaAwareSet(sqlLine, h) : h);
    }
    return out;
  }
}
