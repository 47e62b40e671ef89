package io.hostsql.os.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads JSON files (package.json, browser manifests and preferences, extensions.json) bounded
 * in size and nesting: a file larger than its limit, not JSON, or unreadable is a problem and
 * gives null, never an exception.
 */
public final class JsonFiles {
  /** Nesting a hostile manifest could use to exhaust the stack is refused well before. */
  private static final int MAX_DEPTH = 200;
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build();

  static {
    MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH).build());
  }

  private JsonFiles() {
  }

  /**
   * The file's JSON value, or null when the file is absent (no problem) or cannot be used (a
   * problem naming the file).
   *
   * @param file the file
   * @param limit the most bytes read; a longer file is refused whole, as a cut JSON document
   *     does not parse
   * @param problems where problems are added
   */
  public static JsonNode read(Path file, int limit, List<String> problems) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(limit + 1);
    } catch (NoSuchFileException e) {
      return null;
    } catch (AccessDeniedException e) {
      problems.add(file + ": permission denied");
      return null;
    } catch (IOException e) {
      problems.add(file + ": cannot be read (" + e.getMessage() + ")");
      return null;
    }
    if (bytes.length > limit) {
      problems.add(file + ": larger than " + limit + " bytes; skipped");
      return null;
    }
    return parse(bytes, file.toString(), problems);
  }

  /** The JSON value of bytes read already, or null with a problem naming where. */
  public static JsonNode parse(byte[] bytes, String file, List<String> problems) {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    try {
      JsonNode node = MAPPER.readTree(bytes, start, bytes.length - start);
      if (node == null || node.isMissingNode()) {
        problems.add(file + ": empty, not JSON");
        return null;
      }
      return node;
    } catch (JsonProcessingException e) {
      problems.add(file + ": not JSON (" + e.getOriginalMessage() + ")");
      return null;
    } catch (IOException e) {
      problems.add(file + ": cannot be parsed (" + e.getMessage() + ")");
      return null;
    }
  }

  /** A field's text when it is a JSON string, else null. */
  public static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.isTextual() ? v.asText() : null;
  }
}
