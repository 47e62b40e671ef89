package io.hostsql.os;

/**
 * One extension of a Chromium-family browser profile: its manifest.json (under the profile's
 * Extensions/ID/VERSION, or where the profile's preferences point) and what the profile's
 * Preferences and Secure Preferences say of it. Manifest strings written as {@code __MSG_x__}
 * are looked up in the extension's default locale.
 *
 * @param browserType chrome, chromium, brave, edge, opera, vivaldi... (osquery's names)
 * @param uid the user whose home holds the profile
 * @param username that user's name
 * @param profile the profile's name (Preferences profile.name), or null
 * @param profilePath the profile directory
 * @param name the manifest's name
 * @param identifier the extension id computed from the manifest's key, or null without one
 * @param referencedIdentifier the id the preferences list the extension under, or null
 * @param version the manifest's version
 * @param description the manifest's description
 * @param defaultLocale the manifest's default_locale
 * @param currentLocale the manifest's current_locale
 * @param updateUrl the manifest's update_url
 * @param author the manifest's author (a string)
 * @param persistent whether background.persistent is true
 * @param path the extension's directory
 * @param permissions the permissions, ", "-separated
 * @param permissionsJson the permissions array as JSON
 * @param optionalPermissions the optional permissions, ", "-separated
 * @param optionalPermissionsJson those as JSON
 * @param manifestHash SHA-256 of manifest.json's bytes, hex
 * @param referenced whether the preferences list the extension
 * @param fromWebstore the preferences' from_webstore, as text
 * @param state the preferences' state (1 enabled, 0 disabled), as text
 * @param installTime the preferences' install_time (microseconds since 1601), as text
 * @param installTimestamp that time in seconds since the Unix epoch, or null
 * @param manifestJson the manifest's text
 * @param key the manifest's key (base64 public key)
 */
public record ChromeExtension(String browserType, long uid, String username, String profile,
    String profilePath, String name, String identifier, String referencedIdentifier,
    String version, String description, String defaultLocale, String currentLocale,
    String updateUrl, String author, boolean persistent, String path, String permissions,
    String permissionsJson, String optionalPermissions, String optionalPermissionsJson,
    String manifestHash, boolean referenced, String fromWebstore, String state,
    String installTime, Long installTimestamp, String manifestJson, String key) {
}
