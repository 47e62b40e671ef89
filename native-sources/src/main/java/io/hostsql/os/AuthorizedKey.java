package io.hostsql.os;

/**
 * One key of a user's authorized_keys file (sshd(8) AUTHORIZED_KEYS FILE FORMAT).
 *
 * @param uid the user whose file it is
 * @param username that user's name
 * @param algorithm the key type (ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256...)
 * @param key the base64 key
 * @param options the options before the key type (from="...",no-pty), or "" for none
 * @param comment the text after the key, or ""
 * @param keyFile the file's path
 */
public record AuthorizedKey(long uid, String username, String algorithm, String key, String options,
    String comment, String keyFile) {
}
