package io.hostsql.os.spi;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * A child a backend started for {@link io.hostsql.os.Popen}: its reader and its standard
 * streams. The backend takes the child's exit status when it is waited for, and only then.
 */
public record Spawned(ProcessReader reader, OutputStream stdin, InputStream stdout,
    InputStream stderr) {
}
