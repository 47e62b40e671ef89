package io.hostsql.calcite.osquery;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The osquery views of the repository, package-database and browser add-on tables, with
 * osquery's Linux column names over the {@code os} tables of
 * {@code io.hostsql.calcite.audit.SoftwareTables} and {@code BrowserTables}.
 */
final class SoftwareViews {
  private static final Map<String, String> VIEWS = new LinkedHashMap<>();

  static {
    VIEWS.put("apt_sources", """
        -- osquery lists deb entries only; a repository APT has not fetched keeps NULL
        -- Release fields here (osquery leaves its row out).
        SELECT "name", "source", "base_uri", "release", "version", "maintainer",
          "components", "architectures"
        FROM "os"."apt_sources" WHERE "type" = 'deb'
        """);
    VIEWS.put("yum_sources", """
        SELECT COALESCE("name", '') AS "name", "source", COALESCE("baseurl", '') AS "baseurl",
          COALESCE("mirrorlist", '') AS "mirrorlist", COALESCE("metalink", '') AS "metalink",
          COALESCE("enabled", '') AS "enabled", COALESCE("gpgcheck", '') AS "gpgcheck",
          COALESCE("gpgkey", '') AS "gpgkey"
        FROM "os"."yum_sources"
        """);
    VIEWS.put("python_packages", """
        SELECT COALESCE("name", '') AS "name", "uid", COALESCE("version", '') AS "version",
          COALESCE("summary", '') AS "summary", COALESCE("author", '') AS "author",
          COALESCE("license", '') AS "license", "path", "directory"
        FROM "os"."python_packages"
        """);
    VIEWS.put("npm_packages", """
        SELECT COALESCE("name", '') AS "name", COALESCE("version", '') AS "version",
          COALESCE("description", '') AS "description", COALESCE("author", '') AS "author",
          COALESCE("license", '') AS "license", COALESCE("homepage", '') AS "homepage",
          "path", "directory", "depth"
        FROM "os"."npm_packages"
        """);
  }

  private SoftwareViews() {
  }

  /** Each view's name and SQL, in declaration order; OsqueryViews registers them. */
  static Map<String, String> views() {
    return Collections.unmodifiableMap(VIEWS);
  }
}
