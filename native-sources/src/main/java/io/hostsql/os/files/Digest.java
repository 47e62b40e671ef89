package io.hostsql.os.files;

/** The digests osquery's hash table gives, with the JDK algorithm that computes each. */
public enum Digest {
  MD5("MD5"),
  SHA1("SHA-1"),
  SHA256("SHA-256");

  private final String algorithm;

  Digest(String algorithm) {
    this.algorithm = algorithm;
  }

  /** The java.security name. */
  public String algorithm() {
    return algorithm;
  }
}
