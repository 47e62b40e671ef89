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
    VIEWS.put("portage_packages", """
        SELECT "package", "version", COALESCE("slot", '') AS "slot",
          COALESCE("build_time", 0) AS "build_time",
          COALESCE("repository", '') AS "repository", COALESCE("eapi", 0) AS "eapi",
          COALESCE("size", 0) AS "size", "world"
        FROM "os"."portage_packages"
        """);
    VIEWS.put("portage_use", """
        SELECT "package", "version", "use" FROM "os"."portage_use"
        """);
    VIEWS.put("rpm_packages", """
        -- osquery gives '' for a missing text tag and NULL for a missing number. Its
        -- INTEGER columns cannot hold an unsigned 32-bit tag past 2^31 - 1 (a crafted epoch,
        -- an install time after 2038): NULL here, the whole value in os.rpm_packages.
        SELECT COALESCE("name", '') AS "name", COALESCE("version", '') AS "version",
          COALESCE("release", '') AS "release", COALESCE("source", '') AS "source",
          "size", COALESCE("sha1", '') AS "sha1", COALESCE("arch", '') AS "arch",
          CASE WHEN "epoch" <= 2147483647 THEN CAST("epoch" AS INTEGER) END AS "epoch",
          CASE WHEN "install_time" <= 2147483647 THEN CAST("install_time" AS INTEGER) END
            AS "install_time",
          COALESCE("vendor", '') AS "vendor", COALESCE("package_group", '')
            AS "package_group"
        FROM "os"."rpm_packages"
        """);
    VIEWS.put("chrome_extensions", """
        SELECT "browser_type", "uid", COALESCE("name", '') AS "name",
          COALESCE("profile", '') AS "profile", "profile_path",
          COALESCE("referenced_identifier", '') AS "referenced_identifier",
          COALESCE("identifier", '') AS "identifier", COALESCE("version", '') AS "version",
          COALESCE("description", '') AS "description",
          COALESCE("default_locale", '') AS "default_locale",
          COALESCE("current_locale", '') AS "current_locale",
          COALESCE("update_url", '') AS "update_url", COALESCE("author", '') AS "author",
          CASE WHEN "persistent" THEN 1 ELSE 0 END AS "persistent", "path",
          COALESCE("permissions", '') AS "permissions",
          COALESCE("permissions_json", '{}') AS "permissions_json",
          COALESCE("optional_permissions", '') AS "optional_permissions",
          COALESCE("optional_permissions_json", '{}') AS "optional_permissions_json",
          "manifest_hash", CAST(CASE WHEN "referenced" THEN 1 ELSE 0 END AS BIGINT)
            AS "referenced",
          COALESCE("from_webstore", '') AS "from_webstore", COALESCE("state", '') AS "state",
          COALESCE("install_time", '') AS "install_time",
          COALESCE("install_timestamp", 0) AS "install_timestamp", "manifest_json",
          COALESCE("key", '') AS "key"
        FROM "os"."chrome_extensions"
        """);
    VIEWS.put("opera_extensions", """
        -- osquery's older table: the Opera profiles' extensions, locale as default_locale.
        SELECT "uid", COALESCE("name", '') AS "name",
          COALESCE("identifier", '') AS "identifier", COALESCE("version", '') AS "version",
          COALESCE("description", '') AS "description",
          COALESCE("default_locale", '') AS "locale",
          COALESCE("update_url", '') AS "update_url", COALESCE("author", '') AS "author",
          CASE WHEN "persistent" THEN 1 ELSE 0 END AS "persistent", "path"
        FROM "os"."chrome_extensions" WHERE "browser_type" = 'opera'
        """);
    VIEWS.put("firefox_addons", """
        SELECT "uid", COALESCE("name", '') AS "name", COALESCE("identifier", '')
            AS "identifier",
          COALESCE("creator", '') AS "creator", COALESCE("type", '') AS "type",
          COALESCE("version", '') AS "version", COALESCE("description", '') AS "description",
          COALESCE("source_url", '') AS "source_url",
          CASE WHEN "visible" THEN 1 ELSE 0 END AS "visible",
          CASE WHEN "active" THEN 1 ELSE 0 END AS "active",
          CASE WHEN "disabled" THEN 1 ELSE 0 END AS "disabled",
          COALESCE("autoupdate", 0) AS "autoupdate",
          COALESCE("location", '') AS "location", COALESCE("path", '') AS "path"
        FROM "os"."firefox_addons"
        """);
  }

  private SoftwareViews() {
  }

  /** Each view's name and SQL, in declaration order; OsqueryViews registers them. */
  static Map<String, String> views() {
    return Collections.unmodifiableMap(VIEWS);
  }
}
