package io.hostsql.os;

/**
 * One Python distribution installed in a site directory: a .dist-info directory (its
 * METADATA) or an .egg-info directory or file (its PKG-INFO).
 *
 * @param name the Name field, or null when the metadata has none
 * @param version the Version field, or null
 * @param summary the Summary field, or null
 * @param author the Author field (Author-email when there is no Author), or null
 * @param license the License field (License-Expression when there is no License), or null
 * @param path the .dist-info or .egg-info
 * @param directory the site directory it is in
 * @param uid the user whose home holds the site directory; 0 for a system-wide one, as
 *     osquery says
 */
public record PythonPackage(String name, String version, String summary, String author,
    String license, String path, String directory, long uid) {
}
