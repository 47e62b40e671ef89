package io.hostsql.os.linux;

import io.hostsql.os.Account;
import io.hostsql.os.AptSource;
import io.hostsql.os.NpmPackage;
import io.hostsql.os.Parsed;
import io.hostsql.os.PortagePackage;
import io.hostsql.os.PortageUse;
import io.hostsql.os.PythonPackage;
import io.hostsql.os.RpmPackage;
import io.hostsql.os.Software;
import io.hostsql.os.UserFilter;
import io.hostsql.os.YumSource;
import io.hostsql.os.linux.LanguagePackages.Site;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Software a host has installed or will install from, beyond dpkg's database ({@link
 * io.hostsql.os.Packages}): the repositories of APT and yum, Python's and npm's packages system-wide and in
 * each user's home, Gentoo's and rpm's databases, read from files below a file-system root.
 */
final class LinuxSoftware implements Software {
  private final Path root;

  /** @param root the file-system root (normally /) */
  LinuxSoftware(Path root) {
    this.root = root;
  }

  /** APT's repositories: /etc/apt/sources.list, sources.list.d/*.list and *.sources. */
  @Override
  public Parsed<AptSource> aptSources() {
    List<String> problems = new ArrayList<>();
    return new Parsed<>(AptSourceFiles.read(root, problems), problems);
  }

  /** yum's repositories: /etc/yum.conf and the .repo files of its reposdir. */
  @Override
  public Parsed<YumSource> yumSources() {
    List<String> problems = new ArrayList<>();
    return new Parsed<>(YumRepoFiles.read(root, problems), problems);
  }

  /**
   * The site directories to read: the one named, or the system-wide ones (uid 0) and those in
   * the homes of the users the filter accepts.
   */
  private List<Site> sites(UserFilter users, String directory, List<String> problems,
      Function<Path, List<Site>> system, BiFunction<Path, Account, List<Site>> perUser) {
    Parsed<Account> parsed = new LinuxAccounts(root.resolve("etc/passwd")).read();
    List<Account> accounts = parsed.values();
    if (directory != null) {
      Path d = Path.of(directory);
      Path dir = d.startsWith(root) ? d : root.resolve(directory.replaceFirst("^/+", ""));
      long uid = 0;
      for (Account a : accounts) {
        if (!a.home().isEmpty() && !a.home().equals("/") && dir.startsWith(Homes.of(root, a))) {
          uid = a.uid();
        }
      }
      return List.of(new Site(dir, uid));
    }
    problems.addAll(parsed.problems());
    List<Site> out = new ArrayList<>();
    if ((users.uids() == null || users.uids().contains(0L)) && users.username() == null) {
      out.addAll(system.apply(root));
    }
    for (Account a : accounts) {
      if (users.accepts(a) && !a.home().isEmpty() && !a.home().equals("/")
          && Homes.searchable(Homes.of(root, a), problems)) {
        out.addAll(perUser.apply(Homes.of(root, a), a));
      }
    }
    return LanguagePackages.distinct(out);
  }

  /**
   * Python distributions (*.dist-info, *.egg-info) of the system-wide site directories and of
   * the environments in users' homes.
   *
   * @param users whose homes are read (system-wide directories count as uid 0)
   * @param directory one site directory to read instead, or null
   */
  @Override
  public Parsed<PythonPackage> python(UserFilter users, String directory) {
    List<String> problems = new ArrayList<>();
    List<PythonPackage> out = new ArrayList<>();
    for (Site s : sites(users, directory, problems, LanguagePackages::pythonSystemSites,
        LanguagePackages::pythonUserSites)) {
      LanguagePackages.python(s, out, problems);
    }
    return new Parsed<>(out, problems);
  }

  /**
   * npm packages installed globally: the node_modules trees of the system-wide lib
   * directories and of the node versions in users' homes.
   *
   * @param users whose homes are read (system-wide directories count as uid 0)
   * @param directory one lib directory to read instead, or null
   */
  @Override
  public Parsed<NpmPackage> npm(UserFilter users, String directory) {
    List<String> problems = new ArrayList<>();
    List<NpmPackage> out = new ArrayList<>();
    for (Site s : sites(users, directory, problems, LanguagePackages::npmSystemDirs,
        LanguagePackages::npmUserDirs)) {
      LanguagePackages.npm(s, out, problems);
    }
    return new Parsed<>(out, problems);
  }

  /** Portage's installed packages (/var/db/pkg) with the world file's say. */
  @Override
  public Parsed<PortagePackage> portage() {
    List<String> problems = new ArrayList<>();
    List<PortagePackage> out = new ArrayList<>();
    io.hostsql.os.linux.PortageDb.packages(root, out, problems);
    return new Parsed<>(out, problems);
  }

  /** The USE flags Portage's installed packages were built with. */
  @Override
  public Parsed<PortageUse> portageUse() {
    List<String> problems = new ArrayList<>();
    List<PortageUse> out = new ArrayList<>();
    io.hostsql.os.linux.PortageDb.use(root, out, problems);
    return new Parsed<>(out, problems);
  }

  /** rpm's installed packages: rpmdb.sqlite where rpm's macros put it. */
  @Override
  public Parsed<RpmPackage> rpm(String name) {
    List<String> problems = new ArrayList<>();
    List<RpmPackage> out = new ArrayList<>();
    RpmDb.packages(root, name, out, problems);
    return new Parsed<>(out, problems);
  }
}
