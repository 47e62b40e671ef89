package io.hostsql.os.linux;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostsql.os.Account;
import io.hostsql.os.FirefoxAddon;
import io.hostsql.os.formats.JsonFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the add-ons of the Firefox profiles in a home directory: each profile directory of
 * ~/.mozilla/firefox, the snap's and the XDG one (~/.config/mozilla/firefox), through its
 * extensions.json.
 */
public final class FirefoxProfiles {
  private static final List<String> PLACES = List.of(".mozilla/firefox",
      "snap/firefox/common/.mozilla/firefox", ".config/mozilla/firefox");
  private static final int LIMIT = 32 << 20;

  private FirefoxProfiles() {
  }

  /** The add-ons of every profile in the home. */
  public static void read(Account a, Path home, List<FirefoxAddon> out, List<String> problems) {
    for (String place : PLACES) {
      for (Path profile : Listings.directories(home.resolve(place), problems)) {
        String name = profile.getFileName().toString();
        if (name.equals("Crash Reports") || name.equals("Pending Pings")) {
          continue;
        }
        Path file = profile.resolve("extensions.json");
        JsonNode doc = JsonFiles.read(file, LIMIT, problems);
        if (doc == null) {
          continue;
        }
        JsonNode addons = doc.path("addons");
        if (!addons.isArray()) {
          problems.add(file + ": no addons array");
          continue;
        }
        for (JsonNode addon : addons) {
          if (!addon.isObject()) {
            problems.add(file + ": an addons entry that is not an object");
            continue;
          }
          JsonNode locale = addon.path("defaultLocale");
          out.add(new FirefoxAddon(a.uid(), a.name(), text(locale, "name"), text(addon, "id"),
              text(locale, "creator"), text(addon, "type"), text(addon, "version"),
              text(locale, "description"), text(addon, "sourceURI"), bool(addon, "visible"),
              bool(addon, "active"), Boolean.TRUE.equals(bool(addon, "softDisabled"))
                  || Boolean.TRUE.equals(bool(addon, "appDisabled"))
                  || Boolean.TRUE.equals(bool(addon, "userDisabled")),
              addon.path("applyBackgroundUpdates").isInt()
                  ? addon.get("applyBackgroundUpdates").asInt() : null, text(addon, "location"),
              text(addon, "path"), profile.toString()));
        }
      }
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isValueNode() && !v.isNull() ? v.asText() : null;
  }

  private static Boolean bool(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isBoolean() ? v.asBoolean() : null;
  }
}
