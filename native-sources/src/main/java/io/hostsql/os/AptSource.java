package io.hostsql.os;

/**
 * One repository APT fetches from: a {@code deb} or {@code deb-src} line of a sources.list
 * file, or one URI and suite of a deb822 {@code .sources} stanza, with what the repository's
 * downloaded Release file says about itself.
 *
 * @param name the URI without its scheme, a space and the suite (osquery's name)
 * @param source the file the entry is in
 * @param type deb or deb-src
 * @param baseUri the repository URI, without trailing slashes
 * @param suite the suite (bookworm, stable, ./ for a flat repository)
 * @param sourceComponents the components the entry asks for, space-separated ('' for a flat
 *     repository)
 * @param release the Release file's Codename, or null when APT has not downloaded it
 * @param version its Version, or null
 * @param maintainer its Origin, or null
 * @param components its Components, or null
 * @param architectures its Architectures, or null
 */
public record AptSource(String name, String source, String type, String baseUri, String suite,
    String sourceComponents, String release, String version, String maintainer,
    String components, String architectures) {
}
