package io.hostsql.calcite.audit;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.pushdown.ScanKeys;
import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.ParsedTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.AuthorizedKey;
import io.hostsql.os.HistoryEntry;
import io.hostsql.os.KnownHost;
import io.hostsql.os.UserFiles;
import io.hostsql.os.UserFilter;
import java.util.List;

/**
 * Tables of files in users' home directories: authorized_keys, known_hosts, shell_history.
 * {@code uid = n} (or IN) and {@code username = 'x'} open only those users' files.
 */
public final class UserFileTables {
  private static final FetchGroup G = FetchGroup.SYSTEM;
  private static final List<String> KEYS = List.of("uid", "username");

  private UserFileTables() {
  }

  static UserFilter filter(ScanKeys keys) {
    return new UserFilter(keys.numbers("uid"), keys.string("username"));
  }

  static final TableDef<AuthorizedKey> AUTHORIZED_KEYS = new TableDef<>("authorized_keys",
      "Keys that may log in as each user (~/.ssh/authorized_keys and authorized_keys2 of "
          + "every account in /etc/passwd). Linux and macOS.", new Columns<AuthorizedKey>()
          .add("uid", BIGINT, "", G, "The user whose file it is.", AuthorizedKey::uid)
          .add("username", VARCHAR, "", G, "That user's name.", AuthorizedKey::username)
          .add("algorithm", VARCHAR, "", G, "Key type (ssh-ed25519, ssh-rsa...).",
              AuthorizedKey::algorithm)
          .add("key", VARCHAR, "", G, "The base64 public key.", AuthorizedKey::key)
          .add("options", VARCHAR, "", G, "Options before the key (from=, command=, "
              + "no-pty...), '' for none.", AuthorizedKey::options)
          .add("comment", VARCHAR, "", G, "Text after the key, '' for none.",
              AuthorizedKey::comment)
          .add("key_file", VARCHAR, "", G, "The file.", AuthorizedKey::keyFile)
          .build(), KEYS);

  /** authorized_keys. */
  public static ParsedTable<AuthorizedKey> authorizedKeys(UserFiles files) {
    return new ParsedTable<>(AUTHORIZED_KEYS, keys -> files.authorizedKeys(filter(keys)));
  }

  static final TableDef<KnownHost> KNOWN_HOSTS = new TableDef<>("known_hosts",
      "Host keys each user's ssh has accepted (~/.ssh/known_hosts), one row per entry. "
          + "Linux and macOS.", new Columns<KnownHost>()
          .add("uid", BIGINT, "", G, "The user whose file it is.", KnownHost::uid)
          .add("username", VARCHAR, "", G, "That user's name.", KnownHost::username)
          .add("key", VARCHAR, "", G, "The whole entry: hosts (hashed ones stay hashed), "
              + "key type, key.", KnownHost::key)
          .add("key_file", VARCHAR, "", G, "The file.", KnownHost::keyFile)
          .build(), KEYS);

  /** known_hosts. */
  public static ParsedTable<KnownHost> knownHosts(UserFiles files) {
    return new ParsedTable<>(KNOWN_HOSTS, keys -> files.knownHosts(filter(keys)));
  }

  static final TableDef<HistoryEntry> HISTORY = new TableDef<>("shell_history",
      "Commands in each user's shell histories (~/.bash_history with or without #EPOCH "
          + "lines, ~/.zsh_history plain or extended, ~/.zhistory, ~/.history, "
          + "~/.sh_history). Linux and macOS.",
      new Columns<HistoryEntry>()
          .add("uid", BIGINT, "", G, "The user whose history it is.", HistoryEntry::uid)
          .add("username", VARCHAR, "", G, "That user's name.", HistoryEntry::username)
          .add("command_time", BIGINT, "seconds", G, "When it ran, since the epoch; 0 where "
              + "the file does not say (osquery's time).", HistoryEntry::time)
          .add("command", VARCHAR, "", G, "The command line.", HistoryEntry::command)
          .add("history_file", VARCHAR, "", G, "The file.", HistoryEntry::historyFile)
          .build(), KEYS);

  /** shell_history. */
  public static ParsedTable<HistoryEntry> shellHistory(UserFiles files) {
    return new ParsedTable<>(HISTORY, keys -> files.shellHistory(filter(keys)));
  }
}
