package io.hostsql.os.files;

/**
 * The digests osquery's hash table gives, with the JDK algorithm that computes each (none for
 * ssdeep, which {@link Ssdeep} computes).
 */
public enum Digest {
  MD5("MD5"),
  SHA1("SHA-1"),
  SHA256("SHA-256"),
  SSDEEP(null);

  private final String algorithm;

  Digest(String algorithm) {
    this.algorithm = algorithm;
  }

  /** The java.security name, or null for ssdeep. */
  public String algorithm() {
    return algorithm;
  }
}
