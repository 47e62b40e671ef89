package io.hostsql.os;

/**
 * One package of a global node_modules tree, from its package.json.
 *
 * @param name the name field, or null
 * @param version the version field, or null
 * @param description the description field, or null
 * @param author the author (a string, or the name of an author object), or null
 * @param license the license (a string, or the url of an old-style license object), or null
 * @param homepage the homepage field, or null
 * @param path the package.json
 * @param directory the lib directory whose node_modules holds the tree
 * @param depth 0 for a package of that node_modules, one more per nested node_modules
 * @param uid the user whose home holds the tree; 0 for a system-wide one
 */
public record NpmPackage(String name, String version, String description, String author,
    String license, String homepage, String path, String directory, int depth, long uid) {
}
