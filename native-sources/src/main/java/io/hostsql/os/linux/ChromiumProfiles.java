package io.hostsql.os.linux;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostsql.os.Account;
import io.hostsql.os.ChromeExtension;
import io.hostsql.os.formats.JsonFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the extensions of Chromium-family browser profiles in a home directory, where osquery
 * looks on Linux (~/.config/google-chrome, chromium, BraveSoftware, microsoft-edge, opera,
 * vivaldi, and their Flatpak places). A profile is a directory with Preferences or Secure
 * Preferences: the browser's directory itself, or each of its subdirectories (Default,
 * Profile 1...).
 */
public final class ChromiumProfiles {
  private static final Map<String, String> BROWSERS = new LinkedHashMap<>();
  /** Chrome's preferences are some MB on a heavy profile; a manifest is small. */
  private static final int PREFERENCES_LIMIT = 32 << 20;
  private static final int MANIFEST_LIMIT = 4 << 20;
  private static final long WEBKIT_EPOCH_OFFSET = 11_644_473_600L;

  static {
    BROWSERS.put(".config/google-chrome", "chrome");
    BROWSERS.put(".config/google-chrome-beta", "chrome_beta");
    BROWSERS.put(".config/google-chrome-unstable", "chrome_dev");
    BROWSERS.put(".config/BraveSoftware/Brave-Browser", "brave");
    BROWSERS.put(".var/app/com.brave.Browser/config/BraveSoftware/Brave-Browser", "brave");
    BROWSERS.put(".config/BraveSoftware/Brave-Browser-Beta", "brave_beta");
    BROWSERS.put(".config/BraveSoftware/Brave-Browser-Nightly", "brave_nightly");
    BROWSERS.put(".config/chromium", "chromium");
    BROWSERS.put("snap/chromium/common/chromium", "chromium");
    BROWSERS.put(".var/app/org.chromium.Chromium/config/chromium", "chromium");
    BROWSERS.put(".config/yandex-browser-beta", "yandex");
    BROWSERS.put(".config/microsoft-edge", "edge");
    BROWSERS.put(".config/microsoft-edge-beta", "edge_beta");
    BROWSERS.put(".config/microsoft-edge-dev", "edge_dev");
    BROWSERS.put(".config/opera", "opera");
    BROWSERS.put(".config/vivaldi", "vivaldi");
    BROWSERS.put(".var/app/com.vivaldi.Vivaldi/config/vivaldi", "vivaldi");
  }

  private ChromiumProfiles() {
  }

  /**
   * The extensions of every profile of every Chromium-family browser in the home.
   *
   * @param root the file-system root the home is below, where the absolute paths of unpacked
   *     extensions are resolved
   */
  public static void read(Path root, Account a, Path home, List<ChromeExtension> out,
      List<String> problems) {
    BROWSERS.forEach((dir, type) -> {
      Path base = home.resolve(dir);
      if (!Files.isDirectory(base)) {
        return;
      }
      if (isProfile(base)) {
        profile(root, a, type, base, out, problems);
        return;
      }
      for (Path p : Listings.directories(base, problems)) {
        if (isProfile(p)) {
          profile(root, a, type, p, out, problems);
        }
      }
    });
  }

  private static boolean isProfile(Path dir) {
    return Files.isRegularFile(dir.resolve("Preferences"))
        || Files.isRegularFile(dir.resolve("Secure Preferences"));
  }

  /** The extensions a profile has on disk and those its preferences list, each once. */
  private static void profile(Path root, Account a, String type, Path profile,
      List<ChromeExtension> out, List<String> problems) {
    JsonNode prefs = JsonFiles.read(profile.resolve("Preferences"), PREFERENCES_LIMIT,
        problems);
    JsonNode secure = JsonFiles.read(profile.resolve("Secure Preferences"), PREFERENCES_LIMIT,
        problems);
    String profileName = JsonFiles.text(prefs == null ? null : prefs.path("profile"), "name");
    // Extension directory -> [id in the preferences, its settings]
    Map<Path, Object[]> found = new LinkedHashMap<>();
    for (Path id : Listings.directories(profile.resolve("Extensions"), problems)) {
      for (Path version : Listings.directories(id, problems)) {
        found.put(real(version), null);
      }
    }
    for (JsonNode p : new JsonNode[] {prefs, secure}) {
      JsonNode settings = p == null ? null : p.path("extensions").path("settings");
      if (settings == null || !settings.isObject()) {
        settings = p == null ? null : p.path("extensions").path("opsettings");
      }
      if (settings == null || !settings.isObject()) {
        continue;
      }
      settings.fields().forEachRemaining(e -> {
        String rel = JsonFiles.text(e.getValue(), "path");
        if (rel == null) {
          return;
        }
        // An unpacked extension is kept where its developer has it: an absolute path.
        Path dir = rel.startsWith("/") ? root.resolve(rel.substring(1))
            : profile.resolve("Extensions").resolve(rel);
        found.put(real(dir), new Object[] {e.getKey(), e.getValue()});
      });
    }
    found.forEach((dir, ref) -> extension(a, type, profileName, profile, dir, ref, out,
        problems));
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.normalize();
    }
  }

  private static void extension(Account a, String type, String profileName, Path profile,
      Path dir, Object[] ref, List<ChromeExtension> out, List<String> problems) {
    Path file = dir.resolve("manifest.json");
    byte[] bytes;
    try {
      if (Files.size(file) > MANIFEST_LIMIT) {
        problems.add(file + ": larger than " + MANIFEST_LIMIT + " bytes; skipped");
        return;
      }
      bytes = Files.readAllBytes(file);
    } catch (java.nio.file.NoSuchFileException e) {
      if (ref != null) {
        problems.add(file + ": missing (the extension " + ref[0] + " of " + profile + ")");
      }
      return;
    } catch (IOException e) {
      problems.add(file + ": cannot be read (" + e.getMessage() + ")");
      return;
    }
    JsonNode m = JsonFiles.parse(bytes, file.toString(), problems);
    if (m == null || !m.isObject()) {
      if (m != null) {
        problems.add(file + ": not a JSON object");
      }
      return;
    }
    JsonNode settings = ref == null ? null : (JsonNode) ref[1];
    String defaultLocale = JsonFiles.text(m, "default_locale");
    JsonNode messages = defaultLocale == null ? null : JsonFiles.read(
        dir.resolve("_locales").resolve(defaultLocale).resolve("messages.json"),
        MANIFEST_LIMIT, problems);
    String installTime = scalar(settings, "install_time");
    Long timestamp = null;
    try {
      timestamp = installTime == null ? null
          : Long.parseLong(installTime) / 1_000_000 - WEBKIT_EPOCH_OFFSET;
    } catch (NumberFormatException e) {
      problems.add(profile + ": install_time of " + ref[0] + " is not a number");
    }
    out.add(new ChromeExtension(type, a.uid(), a.name(), profileName, profile.toString(),
        localized(JsonFiles.text(m, "name"), messages), identifier(m, file, problems),
        ref == null ? null : (String) ref[0], JsonFiles.text(m, "version"),
        localized(JsonFiles.text(m, "description"), messages), defaultLocale,
        JsonFiles.text(m, "current_locale"), JsonFiles.text(m, "update_url"),
        localized(JsonFiles.text(m, "author"), messages),
        "true".equalsIgnoreCase(scalar(m.path("background"), "persistent")), dir.toString(),
        list(m.get("permissions")), json(m.get("permissions")),
        list(m.get("optional_permissions")), json(m.get("optional_permissions")),
        sha256Hex(bytes), ref != null, scalar(settings, "from_webstore"),
        scalar(settings, "state"), installTime, timestamp,
        new String(bytes, java.nio.charset.StandardCharsets.UTF_8),
        JsonFiles.text(m, "key")));
  }

  /** A scalar field as text (booleans and numbers too), or null. */
  private static String scalar(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.isValueNode() && !v.isNull() ? v.asText() : null;
  }

  private static String list(JsonNode array) {
    if (array == null || !array.isArray()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    array.forEach(v -> {
      if (v.isValueNode()) {
        parts.add(v.asText());
      }
    });
    return String.join(", ", parts);
  }

  private static String json(JsonNode node) {
    return node == null ? null : node.toString();
  }

  /** __MSG_key__ looked up (case-insensitively, as Chrome does) in messages.json. */
  private static String localized(String value, JsonNode messages) {
    if (value == null || messages == null || !value.startsWith("__MSG_")
        || !value.endsWith("__") || value.length() < 9) {
      return value;
    }
    String key = value.substring(6, value.length() - 2).toLowerCase(Locale.ROOT);
    for (var it = messages.fields(); it.hasNext(); ) {
      var e = it.next();
      if (e.getKey().toLowerCase(Locale.ROOT).equals(key)) {
        String message = JsonFiles.text(e.getValue(), "message");
        return message == null ? value : message;
      }
    }
    return value;
  }

  /**
   * Chrome's extension id: the first 128 bits of SHA-256 of the public key (the manifest's
   * base64 key), each hex digit written as a letter a-p.
   */
  private static String identifier(JsonNode m, Path file, List<String> problems) {
    String key = JsonFiles.text(m, "key");
    if (key == null) {
      return null;
    }
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(key);
    } catch (IllegalArgumentException e) {
      problems.add(file + ": key is not base64");
      return null;
    }
    String hex = sha256Hex(der).substring(0, 32);
    StringBuilder b = new StringBuilder(32);
    for (char ch : hex.toCharArray()) {
      b.append((char) ('a' + Character.digit(ch, 16)));
    }
    return b.toString();
  }

  private static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JDK has SHA-256", e);
    }
  }
}
