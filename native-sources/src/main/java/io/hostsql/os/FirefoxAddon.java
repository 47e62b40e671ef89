package io.hostsql.os;

/**
 * One add-on of a Firefox profile's extensions.json (extensions, themes, dictionaries,
 * locales), with the add-on's default-locale name, creator and description.
 *
 * @param uid the user whose home holds the profile
 * @param username that user's name
 * @param name defaultLocale.name
 * @param identifier the add-on id
 * @param creator defaultLocale.creator
 * @param type extension, theme, dictionary, locale...
 * @param version its version
 * @param description defaultLocale.description
 * @param sourceUrl sourceURI, where it was installed from
 * @param visible whether it is visible
 * @param active whether it is active
 * @param disabled whether the user, the application or a soft block disabled it
 * @param autoupdate applyBackgroundUpdates (0 off, 1 default, 2 on), or null when not a number
 * @param location app-profile, app-system-defaults, app-builtin...
 * @param path the add-on's file or directory
 * @param profilePath the profile directory
 */
public record FirefoxAddon(long uid, String username, String name, String identifier,
    String creator, String type, String version, String description, String sourceUrl,
    Boolean visible, Boolean active, boolean disabled, Integer autoupdate, String location,
    String path, String profilePath) {
}
