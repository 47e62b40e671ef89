package io.hostsql.calcite.audit;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.BOOLEAN;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.ParsedTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.Credentials;
import io.hostsql.os.Group;
import io.hostsql.os.LoginRecord;
import io.hostsql.os.Logins;
import io.hostsql.os.ShadowEntry;
import io.hostsql.os.UserGroup;
import java.util.List;

/** The account tables: groups, user_groups, shadow and last (Linux files). */
public final class AccountTables {
  private static final FetchGroup G = FetchGroup.SYSTEM;

  private AccountTables() {
  }

  static final TableDef<Group> GROUPS = new TableDef<>("local_groups",
      "Local groups, one row per line of /etc/group (read as a file: a directory service is "
          + "never asked to list its groups); osquery.groups "
          + "names it as osquery does. All platforms.", new Columns<Group>()
          .add("gid", BIGINT, "", G, "Group id.", Group::gid)
          .add("gid_signed", BIGINT, "", G, "The group id as a signed 32-bit number.",
              g -> (long) (int) g.gid())
          .add("groupname", VARCHAR, "", G, "Group name.", Group::name)
          .add("members", VARCHAR, "", G, "Users listed as members, comma-separated (not "
              + "those whose primary group it is).", g -> String.join(",", g.members()))
          .build(), List.of());

  /** groups. */
  public static ParsedTable<Group> groups(Credentials credentials) {
    return new ParsedTable<>(GROUPS, keys -> credentials.groups());
  }

  static final TableDef<UserGroup> USER_GROUPS = new TableDef<>("user_groups",
      "Each local user's groups as getgrouplist gives them from files (what id -G prints): "
          + "the primary group of /etc/passwd and every group of /etc/group that lists the "
          + "user. Linux, macOS, Windows.", new Columns<UserGroup>()
          .add("uid", BIGINT, "", G, "User id.", UserGroup::uid)
          .add("gid", BIGINT, "", G, "Group id.", UserGroup::gid)
          .add("username", VARCHAR, "", G, "User name.", UserGroup::username)
          .add("is_primary", BOOLEAN, "", G, "Whether it is the user's primary group.",
              UserGroup::primary)
          .build(), List.of());

  /** user_groups. */
  public static ParsedTable<UserGroup> userGroups(Credentials credentials) {
    return new ParsedTable<>(USER_GROUPS, keys -> credentials.userGroups());
  }

  static final TableDef<ShadowEntry> SHADOW = new TableDef<>("shadow",
      "Password status and ageing of local accounts (/etc/shadow, never the hashes). Only "
          + "root may read the file: other users get every account of /etc/passwd with NULL "
          + "fields and an SQLWarning. Days count from 1970-01-01; -1 is a field left empty. "
          + "Linux.", new Columns<ShadowEntry>()
          .add("password_status", VARCHAR, "", G, "active, locked (! * or x), not_set (!!) "
              + "or empty.", ShadowEntry::passwordStatus)
          .add("hash_alg", VARCHAR, "", G, "crypt(5) algorithm id of the hash (1 MD5, 5 "
              + "SHA-256, 6 SHA-512, y yescrypt...), NULL for a locked or empty password.",
              ShadowEntry::hashAlg)
          .add("last_change", BIGINT, "days", G, "Day of the last password change.",
              ShadowEntry::lastChange)
          .add("min", BIGINT, "days", G, "Days before it may be changed again.",
              ShadowEntry::min)
          .add("max", BIGINT, "days", G, "Days after which it must be changed.",
              ShadowEntry::max)
          .add("warning", BIGINT, "days", G, "Days of warning before it expires.",
              ShadowEntry::warning)
          .add("inactive", BIGINT, "days", G, "Days after expiry the account stays usable.",
              ShadowEntry::inactive)
          .add("expire", BIGINT, "days", G, "Day the account expires.", ShadowEntry::expire)
          .add("flag", BIGINT, "", G, "Reserved field.", ShadowEntry::flag)
          .add("username", VARCHAR, "", G, "Login name.", ShadowEntry::username)
          .build(), List.of());

  /** shadow. */
  public static ParsedTable<ShadowEntry> shadow(Credentials credentials) {
    return new ParsedTable<>(SHADOW, keys -> credentials.shadow());
  }

  static final TableDef<LoginRecord> LAST = new TableDef<>("logins",
      "The login history of /var/log/wtmp, one row per record (logins, logouts, boots, "
          + "run-level changes), oldest first, as last reads it; osquery.last names it as "
          + "osquery does. Linux and macOS.", new Columns<LoginRecord>()
          .add("username", VARCHAR, "", G, "User ('reboot' for a boot record).",
              LoginRecord::username)
          .add("tty", VARCHAR, "", G, "Terminal line ('~' for system records).",
              LoginRecord::tty)
          .add("pid", INTEGER, "", G, "Process id.", LoginRecord::pid)
          .add("type", INTEGER, "", G, "ut_type (7 user process, 8 dead process, 2 boot "
              + "time...).", LoginRecord::type)
          .add("type_name", VARCHAR, "", G, "Its name (user-process, dead-process, "
              + "boot-time...).", LoginRecord::typeName)
          .add("login_time", BIGINT, "seconds", G, "When, since the epoch (osquery's time).",
              LoginRecord::time)
          .add("host", VARCHAR, "", G, "Remote host, or the kernel release of a boot.",
              LoginRecord::host)
          .build(), List.of());

  /** last. */
  public static ParsedTable<LoginRecord> last(Logins logins) {
    return new ParsedTable<>(LAST, keys -> logins.history());
  }
}
