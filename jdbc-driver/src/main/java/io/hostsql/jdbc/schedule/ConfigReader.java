package io.hostsql.jdbc.schedule;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reads osquery's configuration ({@code schedule}, {@code packs} inline or by path,
 * {@code decorators}, {@code options}) with osqueryd's rules: platform, version and shard
 * filters, the default interval, the {@code pack_QUERY} naming, duplicate names, invalid
 * intervals. What does not apply or is unknown becomes a notice, never an error: a
 * configuration written for osqueryd must load.
 */
public final class ConfigReader {
  /** The osquery release whose schema hostsql's osquery tables follow (for {@code version}). */
  public static final String OSQUERY_VERSION = "5.0.0";
  /** osquery's longest accepted interval, a week. */
  static final long MAX_INTERVAL = 604_800;
  private static final long MAX_CONFIG_BYTES = 16L << 20;

  private static final Set<String> TOP_LEVEL = Set.of("schedule", "packs", "decorators",
      "options");
  private static final Set<String> QUERY_KEYS = Set.of("query", "interval", "snapshot",
      "removed", "platform", "version", "shard", "denylist", "blacklist", "description",
      "value", "startup_priority");
  private static final Set<String> PACK_KEYS = Set.of("queries", "platform", "version", "shard",
      "discovery", "oncall");
  /** The osquery flags hostsql gives a meaning to (see the README's "Scheduled audits"). */
  static final Set<String> OPTIONS = Set.of("host_identifier", "specified_identifier",
      "schedule_splay_percent", "schedule_epoch", "schedule_default_interval", "pack_delimiter",
      "logger_path", "logger_rotate_size", "logger_rotate_max_files", "database_path",
      "watchdog_memory_limit", "schedule_timeout", "decorations_top_level", "logger_numerics");

  private final Map<String, String> options = new LinkedHashMap<>();
  private final List<String> notices = new ArrayList<>();
  private final Set<String> warnedKeys = new LinkedHashSet<>();
  private final Map<String, ScheduledQuery> queries = new TreeMap<>();
  private final Map<String, List<String>> discovery = new LinkedHashMap<>();
  private final int machineShard;
  private final Map<String, String> overrides;

  private ConfigReader(int machineShard, Map<String, String> overrides) {
    this.machineShard = machineShard;
    this.overrides = overrides;
  }

  /**
   * Reads the configuration file; pack paths are relative to its directory.
   *
   * @param overrides osquery options given on the command line: they win over the file's
   * @param machineShard this machine's shard, 0 to 100 ({@link HostIdentity#shard})
   */
  public static ScheduleConfig read(Path file, Map<String, String> overrides,
      int machineShard) {
    ConfigReader reader = new ConfigReader(machineShard, overrides);
    JsonNode root = parse(file);
    reader.readRoot(root, file.toAbsolutePath().getParent());
    return new ScheduleConfig(List.copyOf(reader.queries.values()), reader.discovery,
        reader.decorators(root.path("decorators")), reader.options, reader.notices);
  }

  static JsonNode parse(Path file) {
    String text;
    try {
      if (Files.size(file) > MAX_CONFIG_BYTES) {
        throw new ConfigException(file + ": larger than " + MAX_CONFIG_BYTES + " bytes");
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ConfigException("no such file: " + file);
    } catch (IOException e) {
      throw new ConfigException("cannot read " + file + ": " + e.getMessage());
    }
    ObjectMapper mapper = new ObjectMapper();
    // Comments inside a line (after a value) are not osquery's, but are common in hand-edited
    // files and cost nothing to accept.
    mapper.enable(JsonParser.Feature.ALLOW_COMMENTS);
    try {
      JsonNode root = mapper.readTree(ConfigText.toJson(text));
      if (root == null || !root.isObject()) {
        throw new ConfigException(file + ": not a JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new ConfigException(file + ": not valid JSON: " + e.getOriginalMessage()
          + " (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ")");
    }
  }

  private void readRoot(JsonNode root, Path dir) {
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!TOP_LEVEL.contains(key)) {
        notice("configuration key '" + key + "' is not supported by hostsql; ignored");
      }
    }
    readOptions(root.path("options"));
    options.putAll(overrides);
    JsonNode schedule = root.path("schedule");
    if (schedule.isObject()) {
      readQueries("main", schedule);
    } else if (!schedule.isMissingNode()) {
      notice("'schedule' is not an object; ignored");
    }
    JsonNode packs = root.path("packs");
    if (packs.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = packs.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> pack = it.next();
        readPack(pack.getKey(), pack.getValue(), dir);
      }
    } else if (!packs.isMissingNode()) {
      notice("'packs' is not an object; ignored");
    }
  }

  private void readOptions(JsonNode node) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (OPTIONS.contains(e.getKey())) {
        options.put(e.getKey(), e.getValue().asText());
      } else {
        notice("option '" + e.getKey() + "' has no meaning in hostsql; ignored");
      }
    }
  }

  private void readPack(String name, JsonNode value, Path dir) {
    JsonNode pack = value;
    if (value.isTextual()) {
      Path path = dir.resolve(value.asText());
      try {
        pack = parse(path);
      } catch (ConfigException e) {
        notice("pack '" + name + "' skipped: " + e.getMessage());
        return;
      }
    }
    if (!pack.isObject()) {
      notice("pack '" + name + "' is neither an object nor a path; skipped");
      return;
    }
    for (Iterator<String> it = pack.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!PACK_KEYS.contains(key)) {
        warnKeyOnce("pack key '" + key + "'");
      }
    }
    String why = excluded(pack);
    if (why != null) {
      notice("pack '" + name + "' skipped: " + why);
      return;
    }
    List<String> discoveryQueries = new ArrayList<>();
    for (JsonNode d : pack.path("discovery")) {
      discoveryQueries.add(d.asText());
    }
    if (!discoveryQueries.isEmpty()) {
      discovery.put(name, discoveryQueries);
    }
    if (!pack.path("queries").isObject()) {
      notice("pack '" + name + "' has no queries");
      return;
    }
    readQueries(name, pack.path("queries"));
  }

  private void readQueries(String pack, JsonNode queryMap) {
    String delimiter = options.getOrDefault("pack_delimiter", "_");
    long defaultInterval = longOption("schedule_default_interval", 3600);
    for (Iterator<Map.Entry<String, JsonNode>> it = queryMap.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String shortName = entry.getKey();
      JsonNode q = entry.getValue();
      String name = pack.equals("main") ? shortName
          : "pack" + delimiter + pack + delimiter + shortName;
      if (!q.isObject()) {
        notice("query '" + name + "' is not an object; skipped");
        continue;
      }
      for (Iterator<String> keys = q.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        if (!QUERY_KEYS.contains(key)) {
          warnKeyOnce("query key '" + key + "'");
        }
      }
      String why = excluded(q);
      if (why != null) {
        notice("query '" + name + "' skipped: " + why);
        continue;
      }
      if (!q.path("query").isTextual() || q.path("query").asText().isBlank()) {
        notice("query '" + name + "' has no query text; skipped");
        continue;
      }
      long interval = q.has("interval") ? asLong(q.get("interval"), -1) : defaultInterval;
      if (interval <= 0 || interval > MAX_INTERVAL) {
        notice("query '" + name + "' has an invalid interval " + q.get("interval")
            + " (1 to " + MAX_INTERVAL + " seconds); skipped");
        continue;
      }
      if (queries.containsKey(name)) {
        notice("query '" + name + "' is defined twice; the first is kept");
        continue;
      }
      boolean denylist = asBoolean(q.has("denylist") ? q.get("denylist") : q.get("blacklist"),
          true);
      queries.put(name, new ScheduledQuery(name, pack, q.get("query").asText(), interval,
          splay(interval, longOption("schedule_splay_percent", 10)), asBoolean(q.get("snapshot"), false),
          asBoolean(q.get("removed"), true), denylist));
    }
  }

  /** Why a pack or query does not apply here (osquery's platform, version, shard), or null. */
  private String excluded(JsonNode node) {
    String platform = node.path("platform").asText("");
    if (!platformMatches(platform)) {
      return "platform '" + platform + "' is not this one (linux)";
    }
    String version = node.path("version").asText("");
    if (!version.isEmpty() && !version.equals("null")
        && compareVersions(version, OSQUERY_VERSION) > 0) {
      return "needs osquery " + version + "; hostsql follows osquery " + OSQUERY_VERSION;
    }
    long shard = asLong(node.path("shard"), 0);
    if (shard > 0 && shard < machineShard) {
      return "shard " + shard + " excludes this machine (its shard is " + machineShard + ")";
    }
    return null;
  }

  /**
   * osquery's splay: a whole number of seconds drawn evenly within the given percentage of the
   * interval either side (at least 1), so that queries of one interval do not all run together.
   */
  static long splay(long interval, long percent) {
    if (percent <= 0 || percent > 100) {
      return interval;
    }
    long spread = interval * percent / 100;
    long low = Math.max(1, interval - spread);
    return ThreadLocalRandom.current().nextLong(low, interval + spread + 1);
  }

  /** osquery's checkPlatform, for a Linux machine. */
  static boolean platformMatches(String platform) {
    if (platform.isEmpty() || platform.equals("null")) {
      return true;
    }
    for (String word : new String[] {"any", "all", "linux", "ubuntu", "centos", "posix"}) {
      if (platform.contains(word)) {
        return true;
      }
    }
    return false;
  }

  static int compareVersions(String a, String b) {
    String[] x = a.split("[.-]");
    String[] y = b.split("[.-]");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      long p = i < x.length ? leadingNumber(x[i]) : 0;
      long q = i < y.length ? leadingNumber(y[i]) : 0;
      if (p != q) {
        return Long.compare(p, q);
      }
    }
    return 0;
  }

  private static long leadingNumber(String part) {
    int end = 0;
    while (end < part.length() && end < 18 && Character.isDigit(part.charAt(end))) {
      end++;
    }
    return end == 0 ? 0 : Long.parseLong(part.substring(0, end));
  }

  private ScheduleConfig.Decorators decorators(JsonNode node) {
    if (node.isMissingNode()) {
      return ScheduleConfig.Decorators.NONE;
    }
    Map<Long, List<String>> interval = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.path("interval").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      long seconds = asLong(new com.fasterxml.jackson.databind.node.TextNode(e.getKey()), -1);
      if (seconds < 60 || seconds % 60 != 0) {
        notice("decorator interval '" + e.getKey() + "' is not a multiple of 60 seconds; "
            + "skipped (osquery runs interval decorators on minute boundaries)");
        continue;
      }
      interval.put(seconds, strings(e.getValue()));
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!Set.of("load", "always", "interval").contains(key)) {
        warnKeyOnce("decorator kind '" + key + "'");
      }
    }
    return new ScheduleConfig.Decorators(strings(node.path("load")),
        strings(node.path("always")), interval);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(n.asText());
    }
    return List.copyOf(out);
  }

  private long longOption(String name, long otherwise) {
    String v = options.get(name);
    if (v == null) {
      return otherwise;
    }
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      notice("option '" + name + "' is not a number: " + v + "; " + otherwise + " is used");
      return otherwise;
    }
  }

  /** osquery accepts numbers as JSON numbers or strings ("interval": "3600"). */
  static long asLong(JsonNode n, long otherwise) {
    if (n == null || n.isMissingNode() || n.isNull()) {
      return otherwise;
    }
    if (n.isIntegralNumber()) {
      return n.asLong();
    }
    try {
      return Long.parseLong(n.asText().strip());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  static boolean asBoolean(JsonNode n, boolean otherwise) {
    if (n == null || n.isMissingNode() || n.isNull()) {
      return otherwise;
    }
    if (n.isBoolean()) {
      return n.asBoolean();
    }
    if (n.isNumber()) {
      return n.asLong() != 0;
    }
    String s = n.asText().strip().toLowerCase(java.util.Locale.ROOT);
    return s.equals("true") || s.equals("1") || s.equals("yes");
  }

  private void warnKeyOnce(String what) {
    if (warnedKeys.add(what)) {
      notice(what + " is unknown to hostsql; ignored (reported once)");
    }
  }

  private void notice(String text) {
    notices.add(text);
  }
}
