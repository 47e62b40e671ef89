/**
 * Helpers every backend may share, as psutil's {@code _common}: counter wrap correction and IP
 * address text. May import io.hostsql.os and the JDK, never a backend.
 */
package io.hostsql.os.common;
