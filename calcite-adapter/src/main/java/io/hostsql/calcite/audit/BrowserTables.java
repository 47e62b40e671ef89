package io.hostsql.calcite.audit;

import static org.apache.calcite.sql.type.SqlTypeName.BIGINT;
import static org.apache.calcite.sql.type.SqlTypeName.BOOLEAN;
import static org.apache.calcite.sql.type.SqlTypeName.INTEGER;
import static org.apache.calcite.sql.type.SqlTypeName.VARCHAR;

import io.hostsql.calcite.table.Columns;
import io.hostsql.calcite.table.FetchGroup;
import io.hostsql.calcite.table.OsTable;
import io.hostsql.calcite.table.ParsedTable;
import io.hostsql.calcite.table.TableDef;
import io.hostsql.os.Browsers;
import io.hostsql.os.ChromeExtension;
import io.hostsql.os.FirefoxAddon;
import java.util.List;

/**
 * Browser add-on tables: chrome_extensions (every Chromium-family profile) and firefox_addons.
 * {@code uid = n} (or IN) and {@code username = 'x'} open only those users' profiles.
 */
public final class BrowserTables {
  private static final FetchGroup G = FetchGroup.SYSTEM;
  private static final List<String> KEYS = List.of("uid", "username");

  private BrowserTables() {
  }

  /** The tables, in the order they are documented. */
  public static List<OsTable> all(Browsers browsers) {
    return List.of(
        new ParsedTable<>(CHROME, keys -> browsers.chromeExtensions(UserFileTables.filter(keys))),
        new ParsedTable<>(FIREFOX, keys -> browsers.firefoxAddons(UserFileTables.filter(keys))));
  }

  static final TableDef<ChromeExtension> CHROME = new TableDef<>("chrome_extensions",
      "Extensions of every Chromium-family browser profile (Chrome, Chromium, Brave, Edge, "
          + "Opera, Vivaldi, Yandex; ~/.config and Flatpak/snap places) of every user: each "
          + "manifest.json under a profile's Extensions/ID/VERSION or where its Preferences "
          + "point, with what Preferences and Secure Preferences say of it. Linux.",
      new Columns<ChromeExtension>()
          .add("browser_type", VARCHAR, "", G, "chrome, chromium, brave, edge, opera, "
              + "vivaldi...", ChromeExtension::browserType)
          .add("uid", BIGINT, "", G, "The user whose profile it is.", ChromeExtension::uid)
          .add("username", VARCHAR, "", G, "That user's name.", ChromeExtension::username)
          .add("name", VARCHAR, "", G, "Manifest name (__MSG_ names looked up in the "
              + "default locale).", ChromeExtension::name)
          .add("profile", VARCHAR, "", G, "Profile name (Preferences profile.name).",
              ChromeExtension::profile)
          .add("profile_path", VARCHAR, "", G, "Profile directory.",
              ChromeExtension::profilePath)
          .add("referenced_identifier", VARCHAR, "", G, "The id the profile's preferences "
              + "list it under; NULL when they do not.", ChromeExtension::referencedIdentifier)
          .add("identifier", VARCHAR, "", G, "Id computed from the manifest's key (SHA-256, "
              + "a-p); NULL without a key.", ChromeExtension::identifier)
          .add("version", VARCHAR, "", G, "Manifest version.", ChromeExtension::version)
          .add("description", VARCHAR, "", G, "Manifest description.",
              ChromeExtension::description)
          .add("default_locale", VARCHAR, "", G, "Manifest default_locale.",
              ChromeExtension::defaultLocale)
          .add("current_locale", VARCHAR, "", G, "Manifest current_locale.",
              ChromeExtension::currentLocale)
          .add("update_url", VARCHAR, "", G, "Manifest update_url.", ChromeExtension::updateUrl)
          .add("author", VARCHAR, "", G, "Manifest author.", ChromeExtension::author)
          .add("persistent", BOOLEAN, "", G, "background.persistent is true.",
              ChromeExtension::persistent)
          .add("path", VARCHAR, "", G, "The extension's directory.", ChromeExtension::path)
          .add("permissions", VARCHAR, "", G, "Permissions, ', '-separated.",
              ChromeExtension::permissions)
          .add("permissions_json", VARCHAR, "", G, "Permissions as JSON.",
              ChromeExtension::permissionsJson)
          .add("optional_permissions", VARCHAR, "", G, "Optional permissions, "
              + "', '-separated.", ChromeExtension::optionalPermissions)
          .add("optional_permissions_json", VARCHAR, "", G, "Optional permissions as JSON.",
              ChromeExtension::optionalPermissionsJson)
          .add("manifest_hash", VARCHAR, "", G, "SHA-256 of manifest.json, hex.",
              ChromeExtension::manifestHash)
          .add("referenced", BOOLEAN, "", G, "The profile's preferences list it.",
              ChromeExtension::referenced)
          .add("from_webstore", VARCHAR, "", G, "Preferences from_webstore (true/false).",
              ChromeExtension::fromWebstore)
          .add("state", VARCHAR, "", G, "Preferences state (1 enabled, 0 disabled).",
              ChromeExtension::state)
          .add("install_time", VARCHAR, "", G, "Preferences install_time (microseconds "
              + "since 1601).", ChromeExtension::installTime)
          .add("install_timestamp", BIGINT, "seconds", G, "install_time since the Unix "
              + "epoch.", ChromeExtension::installTimestamp)
          .add("manifest_json", VARCHAR, "", G, "The manifest's text.",
              ChromeExtension::manifestJson)
          .add("key", VARCHAR, "", G, "Manifest key (base64 public key).",
              ChromeExtension::key)
          .build(), KEYS);

  static final TableDef<FirefoxAddon> FIREFOX = new TableDef<>("firefox_addons",
      "Add-ons (extensions, themes, dictionaries, locales) of every Firefox profile of every "
          + "user (~/.mozilla/firefox, the snap's, ~/.config/mozilla/firefox), from each "
          + "profile's extensions.json. Linux.",
      new Columns<FirefoxAddon>()
          .add("uid", BIGINT, "", G, "The user whose profile it is.", FirefoxAddon::uid)
          .add("username", VARCHAR, "", G, "That user's name.", FirefoxAddon::username)
          .add("name", VARCHAR, "", G, "defaultLocale.name.", FirefoxAddon::name)
          .add("identifier", VARCHAR, "", G, "Add-on id.", FirefoxAddon::identifier)
          .add("creator", VARCHAR, "", G, "defaultLocale.creator.", FirefoxAddon::creator)
          .add("type", VARCHAR, "", G, "extension, theme, dictionary, locale...",
              FirefoxAddon::type)
          .add("version", VARCHAR, "", G, "Version.", FirefoxAddon::version)
          .add("description", VARCHAR, "", G, "defaultLocale.description.",
              FirefoxAddon::description)
          .add("source_url", VARCHAR, "", G, "sourceURI: where it was installed from.",
              FirefoxAddon::sourceUrl)
          .add("visible", BOOLEAN, "", G, "Visible in the add-ons manager.",
              FirefoxAddon::visible)
          .add("active", BOOLEAN, "", G, "Active.", FirefoxAddon::active)
          .add("disabled", BOOLEAN, "", G, "Disabled by the user, the application or a soft "
              + "block.", FirefoxAddon::disabled)
          .add("autoupdate", INTEGER, "", G, "applyBackgroundUpdates (0 off, 1 default, 2 on).",
              FirefoxAddon::autoupdate)
          .add("location", VARCHAR, "", G, "app-profile, app-system-defaults...",
              FirefoxAddon::location)
          .add("path", VARCHAR, "", G, "The add-on's file or directory.", FirefoxAddon::path)
          .add("profile_path", VARCHAR, "", G, "The profile directory.",
              FirefoxAddon::profilePath)
          .build(), KEYS);
}
