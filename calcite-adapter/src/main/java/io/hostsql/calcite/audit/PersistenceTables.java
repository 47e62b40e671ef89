package io.hostsql.calcite.audit;

import static org.apache.calcite.sql.type.SqlTypeName.BOOLEAN;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.ParsedTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.CronEntry;
import io.hostsql.os.Persistence;
import io.hostsql.os.SudoersRule;
import io.hostsql.os.SuidBinary;
import java.util.List;

/** What runs or elevates without a login: crontab, sudoers, suid_bin (Linux and macOS). */
public final class PersistenceTables {
  private static final FetchGroup G = FetchGroup.SYSTEM;

  private PersistenceTables() {
  }

  static final TableDef<CronEntry> CRONTAB = new TableDef<>("crontab",
      "Scheduled jobs of /etc/crontab, /etc/cron.d/* and the users' crontabs in "
          + "/var/spool/cron(/crontabs), one row per job (variable settings are not jobs). "
          + "Listing users' crontabs needs root: others get the system ones and a warning. "
          + "Linux and macOS.", new Columns<CronEntry>()
          .add("event", VARCHAR, "", G, "@-schedule (@reboot, @daily...), or NULL.",
              CronEntry::event)
          .add("minute", VARCHAR, "", G, "Minute field, NULL with an event.",
              CronEntry::minute)
          .add("hour", VARCHAR, "", G, "Hour field.", CronEntry::hour)
          .add("day_of_month", VARCHAR, "", G, "Day-of-month field.", CronEntry::dayOfMonth)
          .add("month", VARCHAR, "", G, "Month field.", CronEntry::month)
          .add("day_of_week", VARCHAR, "", G, "Day-of-week field.", CronEntry::dayOfWeek)
          .add("username", VARCHAR, "", G, "User it runs as (a system crontab's sixth field, "
              + "a user crontab's owner).", CronEntry::username)
          .add("command", VARCHAR, "", G, "The command, words separated by single spaces.",
              CronEntry::command)
          .add("path", VARCHAR, "", G, "The crontab file.", CronEntry::path)
          .add("system", BOOLEAN, "", G, "Whether it is a system crontab (/etc).",
              CronEntry::system)
          .build(), List.of());

  /** crontab. */
  public static ParsedTable<CronEntry> crontab(Persistence p) {
    return new ParsedTable<>(CRONTAB, keys -> p.crontab());
  }

  static final TableDef<SudoersRule> SUDOERS = new TableDef<>("sudoers",
      "The sudo policy: every rule of /etc/sudoers and of the files it includes "
          + "(@include, #include, @includedir, #includedir), in the order sudo reads them. "
          + "Only root may read the files: others get a warning. Linux and macOS.",
      new Columns<SudoersRule>()
          .add("source", VARCHAR, "", G, "The file the line is in.", SudoersRule::source)
          .add("header", VARCHAR, "", G, "First word: user, %group, Defaults, an alias "
              + "kind, or include / includedir.", SudoersRule::header)
          .add("rule_details", VARCHAR, "", G, "The rest of the line (for a directive, what "
              + "it includes).", SudoersRule::ruleDetails)
          .build(), List.of());

  /** sudoers. */
  public static ParsedTable<SudoersRule> sudoers(Persistence p) {
    return new ParsedTable<>(SUDOERS, keys -> p.sudoers());
  }

  static final TableDef<SuidBinary> SUID_BIN = new TableDef<>("suid_bin",
      "Set-user-id and set-group-id files below /bin, /sbin, /usr/bin, /usr/sbin, "
          + "/usr/local/bin, /usr/local/sbin and /tmp (what find -H ... -perm /6000 lists). "
          + "Linux and macOS.", new Columns<SuidBinary>()
          .add("path", VARCHAR, "", G, "The file, under the search path it was found in.",
              SuidBinary::path)
          .add("username", VARCHAR, "", G, "Owner (its uid when /etc/passwd has no name).",
              SuidBinary::username)
          .add("groupname", VARCHAR, "", G, "Group (its gid when /etc/group has no name).",
              SuidBinary::groupname)
          .add("permissions", VARCHAR, "", G, "S set-user-id, G set-group-id, SG both.",
              SuidBinary::permissions)
          .build(), List.of());

  /** suid_bin. */
  public static ParsedTable<SuidBinary> suidBin(Persistence p) {
    return new ParsedTable<>(SUID_BIN, keys -> p.suidBinaries());
  }
}
