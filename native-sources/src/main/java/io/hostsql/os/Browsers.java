package io.hostsql.os;

/**
 * The add-ons of the browser profiles in each user's home directory (Chromium-family
 * extensions, Firefox add-ons), narrowed by a {@link UserFilter} so that a query for one user
 * opens only that user's profiles.
 */
public interface Browsers {
  /** Extensions of the Chromium-family profiles (Chrome, Chromium, Brave, Edge, Opera...). */
  Parsed<ChromeExtension> chromeExtensions(UserFilter filter);

  /** Add-ons of the Firefox profiles. */
  Parsed<FirefoxAddon> firefoxAddons(UserFilter filter);
}
