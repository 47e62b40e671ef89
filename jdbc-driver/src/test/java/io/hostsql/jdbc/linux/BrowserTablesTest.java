package io.hostsql.jdbc.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hostsql.os.testing.Commands;
import io.hostsql.os.testing.QueryRows;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * chrome_extensions, opera_extensions and firefox_addons over fixture profiles written by hand
 * after Chromium's and Firefox's layouts: ids checked against Python's hashlib computing
 * Chrome's documented id (SHA-256 of the key, first 32 hex digits as a-p), manifest hashes
 * against sha256sum; a manifest that is not JSON, a 10 MB Preferences and a uid filter that
 * opens only that user's profiles.
 */
class BrowserTablesTest {
  /** Any bytes make an id; Chrome's keys are DER, these are made up. */
  private static final String KEY = java.util.Base64.getEncoder().encodeToString(
      "a made-up public key for hostsql's test".repeat(7).getBytes(
          java.nio.charset.StandardCharsets.UTF_8));
  private static final String ID1 = "aaaabbbbccccddddeeeeffffgggghhhh";
  private static final String ID2 = "ppppoooonnnnmmmmllllkkkkjjjjiiii";
  @RegisterExtension
  final FixtureHost host = FixtureHost.withUsers(
      "root:x:0:0:root:/root:/bin/bash",
      "alice:x:1000:1000::/home/alice:/bin/bash",
      "bob:x:1001:1001::/home/bob:/bin/bash");

  private void writeChromeFixture() {
    String chrome = "home/alice/.config/google-chrome/Default/";
    host.root().write(chrome + "Preferences", "{\"profile\": {\"name\": \"Work\"}, \"extensions\": "
            + "{\"settings\": {\"" + ID1 + "\": {\"path\": \"" + ID1 + "/1.2_0\", \"state\": 1,"
            + " \"from_webstore\": true, \"install_time\": \"13300000000000000\"}}}}")
        .write(chrome + "Secure Preferences", "{\"extensions\": {\"settings\": {\"" + ID2
            + "\": {\"path\": \"/home/alice/src/unpacked\", \"state\": 0, "
            + "\"install_time\": \"13310000000000000\"}, \"nopath\": {\"state\": 1}}}}")
        .write(chrome + "Extensions/" + ID1 + "/1.2_0/manifest.json", "{\"manifest_version\": 3,"
            + " \"name\": \"__MSG_APPNAME__\", \"version\": \"1.2\", \"default_locale\": \"en\","
            + " \"description\": \"__MSG_appDesc__\", \"author\": \"Ann\", \"key\": \"" + KEY
            + "\", \"permissions\": [\"tabs\", \"storage\"], \"optional_permissions\": "
            + "[\"history\"], \"update_url\": \"https://clients2.google.com/service/update2/crx\","
            + " \"background\": {\"persistent\": true}}")
        .write(chrome + "Extensions/" + ID1 + "/1.2_0/_locales/en/messages.json",
            "{\"appName\": {\"message\": \"Tab Saver\"}, \"appDesc\": {\"message\": "
                + "\"Saves tabs\"}}")
        .write(chrome + "Extensions/stale/0.9_0/manifest.json",
            "{\"name\": \"Left over\", \"version\": \"0.9\"}")
        .write("home/alice/src/unpacked/manifest.json",
            "{\"name\": \"Dev build\", \"version\": \"0.0.1\"}")
        .write("home/alice/.config/opera/Preferences", "{\"extensions\": {\"opsettings\": {\""
            + ID1 + "\": {\"path\": \"" + ID1 + "/3_0\", \"state\": 1}}}}")
        .write("home/alice/.config/opera/Extensions/" + ID1 + "/3_0/manifest.json",
            "{\"name\": \"Opera thing\", \"version\": \"3\", \"default_locale\": \"de\"}");
  }

  @Test
  void chromiumProfilesGiveTheirExtensionsWithPreferencesSettings() throws Exception {
    writeChromeFixture();
    Path r = host.root().root();
    String profile = r.resolve("home/alice/.config/google-chrome/Default").toString();
    String id = Commands.run("/usr/bin/python3", "-c", "import base64, hashlib, sys; "
        + "h = hashlib.sha256(base64.b64decode(sys.argv[1])).hexdigest()[:32]; "
        + "print(''.join(chr(ord('a') + int(ch, 16)) for ch in h))", KEY).strip();
    Path manifest = r.resolve("home/alice/.config/google-chrome/Default/Extensions/" + ID1
        + "/1.2_0/manifest.json");
    String sha = Commands.run("sha256sum", manifest.toString()).split(" ")[0];
    assertEquals(List.of(
            List.of("chrome", "1000", "Tab Saver", "Work", profile, ID1, id, "1.2",
                "Saves tabs", "en", "Ann", "1", "tabs, storage", "[\"tabs\",\"storage\"]",
                "history", sha, "1", "true", "1", "13300000000000000", "1655526400"),
            List.of("chrome", "1000", "Dev build", "Work", profile, ID2, "", "0.0.1", "", "",
                "", "0", "", "{}", "", Commands.run("sha256sum", r.resolve(
                    "home/alice/src/unpacked/manifest.json").toString()).split(" ")[0], "1", "",
                "0", "13310000000000000", "1665526400"),
            List.of("chrome", "1000", "Left over", "Work", profile, "", "", "0.9", "", "", "",
                "0", "", "{}", "", Commands.run("sha256sum", r.resolve(
                    "home/alice/.config/google-chrome/Default/Extensions/stale/0.9_0/"
                        + "manifest.json").toString()).split(" ")[0], "0", "", "", "", "0")),
        QueryRows.of(host.connection(), "SELECT browser_type, uid, name, profile, profile_path, "
            + "referenced_identifier, identifier, version, description, default_locale, author,"
            + " persistent, permissions, permissions_json, optional_permissions, manifest_hash,"
            + " referenced, from_webstore, state, install_time, install_timestamp "
            + "FROM osquery.chrome_extensions WHERE browser_type = 'chrome' "
            + "ORDER BY install_timestamp = 0, install_timestamp"));
    assertEquals(List.of(List.of("1000", "Opera thing", "3", "de", r.resolve(
            "home/alice/.config/opera/Extensions/" + ID1 + "/3_0").toString())),
        QueryRows.of(host.connection(),
            "SELECT uid, name, version, locale, path FROM osquery.opera_extensions"));
    assertEquals(List.of(), host.warnings("SELECT * FROM chrome_extensions"));
  }

  @Test
  void brokenProfilesAreWarningsAndTheUidFilterReadsOneUsersProfiles() throws Exception {
    writeChromeFixture();
    StringBuilder big = new StringBuilder("{\"profile\": {\"name\": \"Big\"}, \"padding\": [");
    while (big.length() < 10 << 20) {
      big.append("\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\",");
    }
    big.append("0], \"extensions\": {\"settings\": {\"" + ID2 + "\": {\"path\": \"" + ID2
        + "/1_0\"}, \"" + ID1 + "\": {\"path\": \"" + ID1 + "/2_0\"}}}}");
    String chromium = "home/bob/.config/chromium/Profile 1/";
    host.root().write(chromium + "Preferences", big.toString())
        .write(chromium + "Extensions/" + ID2 + "/1_0/manifest.json", "{\"name\": \"ok\", "
            + "\"version\": \"1\"}")
        .write(chromium + "Extensions/" + ID1 + "/2_0/manifest.json", "<html>not json</html>")
        .write("home/bob/.config/microsoft-edge/Default/Preferences", "{\"extensions\": ");
    assertEquals(List.of(List.of("1001", "Big", "ok", ID2)), QueryRows.of(host.connection(),
        "SELECT uid, profile, name, referenced_identifier FROM chrome_extensions "
            + "WHERE username = 'bob'"));
    String w = String.join("\n", host.warnings("SELECT * FROM chrome_extensions"));
    assertTrue(w.contains(ID1 + "/2_0/manifest.json: not JSON"), w);
    assertTrue(w.contains("microsoft-edge/Default/Preferences: not JSON"), w);
    assertEquals(2, w.split("\n").length, w);
    assertEquals(List.of(), host.warnings("SELECT * FROM chrome_extensions WHERE uid = 1000"));
    assertEquals(4, QueryRows.of(host.connection(),
        "SELECT * FROM osquery.chrome_extensions WHERE uid = 1000")
        .size());
  }

  @Test
  void firefoxAddonsAreEachProfilesExtensionsJson() throws Exception {
    String ff = "home/alice/.mozilla/firefox/";
    host.root().write(ff + "profiles.ini", "[Profile0]\nName=default-release\nPath=ab12.default\n")
        .write(ff + "ab12.default/extensions.json", "{\"schemaVersion\": 35, \"addons\": ["
            + "{\"id\": \"uBlock0@raymondhill.net\", \"type\": \"extension\", \"version\": "
            + "\"1.57.2\", \"active\": true, \"visible\": true, \"userDisabled\": false, "
            + "\"appDisabled\": false, \"applyBackgroundUpdates\": 1, \"location\": "
            + "\"app-profile\", \"path\": \"/home/alice/.mozilla/firefox/ab12.default/"
            + "extensions/uBlock0@raymondhill.net.xpi\", \"sourceURI\": \"https://addons."
            + "mozilla.org/firefox/downloads/file/1/ublock.xpi\", \"defaultLocale\": {\"name\":"
            + " \"uBlock Origin\", \"creator\": \"Raymond Hill\", \"description\": \"Finally, "
            + "an efficient blocker.\"}},"
            + "{\"id\": \"dark@mozilla.org\", \"type\": \"theme\", \"version\": \"1.3\", "
            + "\"active\": false, \"visible\": true, \"userDisabled\": true, "
            + "\"applyBackgroundUpdates\": 2, \"location\": \"app-builtin\", "
            + "\"defaultLocale\": {\"name\": \"Dark\"}}, 42]}")
        .write(ff + "Crash Reports/extensions.json", "not read")
        .write("home/bob/snap/firefox/common/.mozilla/firefox/x.default/extensions.json",
            "{\"addons\": [{\"id\": \"trunc")
        .write("home/bob/.config/mozilla/firefox/y.default/extensions.json",
            "{\"addons\": [{\"id\": \"xdg@example.org\", \"type\": \"extension\", "
                + "\"softDisabled\": true, \"applyBackgroundUpdates\": \"often\"}]}");
    assertEquals(List.of(
            List.of("1000", "uBlock Origin", "uBlock0@raymondhill.net", "Raymond Hill",
                "extension", "1.57.2", "Finally, an efficient blocker.",
                "https://addons.mozilla.org/firefox/downloads/file/1/ublock.xpi", "1", "1", "0",
                "1", "app-profile",
                "/home/alice/.mozilla/firefox/ab12.default/extensions/uBlock0@raymondhill.net.xpi"),
            List.of("1000", "Dark", "dark@mozilla.org", "", "theme", "1.3", "", "", "1", "0",
                "1", "2", "app-builtin", ""),
            List.of("1001", "", "xdg@example.org", "", "extension", "", "", "", "0", "0", "1",
                "0", "", "")),
        QueryRows.of(host.connection(), "SELECT * FROM osquery.firefox_addons ORDER BY uid"));
    String w = String.join("\n", host.warnings("SELECT * FROM firefox_addons"));
    assertTrue(w.contains("x.default/extensions.json: not JSON"), w);
    assertTrue(w.contains("ab12.default/extensions.json: an addons entry that is not an object"),
        w);
    assertEquals(2, w.split("\n").length, w);
    assertEquals(List.of(), host.warnings("SELECT * FROM firefox_addons WHERE uid = 1000 "
        + "AND identifier <> 'x'").stream().filter(m -> m.contains("bob")).toList());
    assertEquals(List.of(List.of("2")), QueryRows.of(host.connection(),
        "SELECT count(*) FROM osquery.firefox_addons WHERE uid = 1000"));
  }
}
