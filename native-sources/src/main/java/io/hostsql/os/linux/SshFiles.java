package io.hostsql.os.linux;

import io.hostsql.os.AuthorizedKey;
import io.hostsql.os.KnownHost;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Parses OpenSSH's authorized_keys and known_hosts lines. */
public final class SshFiles {
  /** Key types sshd accepts, the plain ones and their certificate forms' prefixes. */
  private static final Set<String> TYPE_PREFIXES = Set.of("ssh-", "ecdsa-", "sk-");

  private SshFiles() {
  }

  /**
   * The keys of an authorized_keys file: [options] type base64 [comment]. Options may hold
   * quoted spaces, so the key type is found as the first word outside quotes that names a
   * key type; a line without one is reported.
   */
  public static void authorizedKeys(long uid, String user, Path file, List<String> lines,
      List<AuthorizedKey> out, List<String> problems) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int typeAt = keyTypeStart(line);
      String[] rest = typeAt < 0 ? new String[0] : line.substring(typeAt).split("\\s+", 3);
      if (rest.length < 2) {
        problems.add(file + " line " + (i + 1) + ": no key type and key");
        continue;
      }
      out.add(new AuthorizedKey(uid, user, rest[0], rest[1], line.substring(0, typeAt).strip(),
          rest.length > 2 ? rest[2] : "", file.toString()));
    }
  }

  /** Where the key type starts: 0 without options, else after the options' end. */
  private static int keyTypeStart(String line) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
        quoted = !quoted;
      } else if (!quoted && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))
          && !Character.isWhitespace(ch) && isKeyType(line, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isKeyType(String line, int at) {
    int end = at;
    while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
      end++;
    }
    String word = line.substring(at, end);
    return TYPE_PREFIXES.stream().anyMatch(word::startsWith) && !word.contains("=")
        && end < line.length();
  }

  /** The entries of a known_hosts file, each line whole; comments and blanks left out. */
  public static void knownHosts(long uid, String user, Path file, List<String> lines,
      List<KnownHost> out) {
    for (String line : lines) {
      String s = line.strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        out.add(new KnownHost(uid, user, s, file.toString()));
      }
    }
  }
}
