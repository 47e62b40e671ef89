package io.hostsql.os.linux;

import io.hostsql.os.Account;
import io.hostsql.os.Browsers;
import io.hostsql.os.ChromeExtension;
import io.hostsql.os.FirefoxAddon;
import io.hostsql.os.Parsed;
import io.hostsql.os.UserFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The add-ons of the browser profiles in each user's home directory (Chromium-family
 * extensions, Firefox add-ons), narrowed by a {@link UserFilter} so that a query for one user
 * opens only that user's profiles.
 */
final class LinuxBrowsers implements Browsers {
  private final Path root;

  /** @param root the file-system root whose /etc/passwd and home directories are read */
  LinuxBrowsers(Path root) {
    this.root = root;
  }

  private interface PerHome<T> {
    void read(Account a, Path home, List<T> out, List<String> problems);
  }

  private <T> Parsed<T> each(UserFilter filter, PerHome<T> reader) {
    Parsed<Account> accounts = new LinuxAccounts(root.resolve("etc/passwd")).read();
    List<String> problems = new ArrayList<>(accounts.problems());
    List<T> out = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Account a : accounts.values()) {
      if (!filter.accepts(a) || a.home().isEmpty() || a.home().equals("/")) {
        continue;
      }
      Path home = Homes.of(root, a);
      // Accounts sharing a home (/nonexistent, /usr/sbin) share its profiles: read them once.
      if (seen.add(home) && Homes.searchable(home, problems)) {
        reader.read(a, home, out, problems);
      }
    }
    return new Parsed<>(out, problems);
  }

  /** Extensions of the Chromium-family profiles (Chrome, Chromium, Brave, Edge, Opera...). */
  @Override
  public Parsed<ChromeExtension> chromeExtensions(UserFilter filter) {
    return each(filter, (a, home, out, problems) -> ChromiumProfiles.read(root, a, home, out,
        problems));
  }

  /** Add-ons of the Firefox profiles. */
  @Override
  public Parsed<FirefoxAddon> firefoxAddons(UserFilter filter) {
    return each(filter, FirefoxProfiles::read);
  }
}
