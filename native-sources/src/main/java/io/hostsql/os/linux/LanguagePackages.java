package io.hostsql.os.linux;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostsql.os.Account;
import io.hostsql.os.NpmPackage;
import io.hostsql.os.PythonPackage;
import io.hostsql.os.formats.CoreMetadata;
import io.hostsql.os.formats.JsonFiles;
import io.hostsql.os.formats.RootGlob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the packages of Python's site directories and of npm's global node_modules trees at
 * the places osquery looks on Linux: system-wide prefixes, and below each user's home the
 * environments of pyenv, pipx, conda, virtualenvwrapper... and of nvm, asdf, fnm, Volta.
 */
public final class LanguagePackages {
  private static final List<String> PYTHON_SYSTEM = List.of(
      "usr/local/lib/python*/dist-packages", "usr/local/lib/python*/site-packages",
      "usr/local/lib64/python*/site-packages", "usr/lib/python*/dist-packages",
      "usr/lib/python*/site-packages", "usr/lib64/python*/site-packages",
      "opt/conda/lib/python*/site-packages", "opt/conda/lib/python*/dist-packages",
      "opt/miniconda3/lib/python*/site-packages", "opt/anaconda3/lib/python*/site-packages");
  /** Below a home: environments whose site directory is {@code lib/python*}/site-packages. */
  private static final List<String> PYTHON_USER_ENVS = List.of(".local", ".pyenv/versions/*",
      ".asdf/installs/python/*", ".local/share/uv/tools/*",
      ".local/share/mise/installs/python/*", ".local/share/pipx/venvs/*",
      ".local/pipx/venvs/*", ".cache/pypoetry/virtualenvs/*", "miniforge3", "miniconda3",
      "anaconda3", "mambaforge", "miniforge3/envs/*", "miniconda3/envs/*", "anaconda3/envs/*",
      "mambaforge/envs/*", ".virtualenvs/*", ".local/share/virtualenvs/*");
  private static final List<String> NPM_SYSTEM = List.of("usr/local/lib", "opt/homebrew/lib",
      "usr/lib");
  private static final List<String> NPM_USER = List.of(".npm-global/lib",
      ".nvm/versions/node/*/lib", ".asdf/installs/nodejs/*/lib",
      ".local/share/fnm/node-versions/*/installation/lib",
      ".local/share/mise/installs/node/*/lib", ".volta/tools/image/node/*/lib");
  /** osquery's default depth of nested node_modules. */
  private static final int NPM_MAX_DEPTH = 100;
  /** Bounds one scan over a huge or looping tree. */
  private static final int MAX_ROWS = 200_000;
  private static final int PACKAGE_JSON_LIMIT = 4 << 20;

  private LanguagePackages() {
  }

  /** A directory to read and the uid its rows carry. */
  public record Site(Path directory, long uid) {
  }

  /** The system-wide site directories of Python below the root. */
  public static List<Site> pythonSystemSites(Path root) {
    List<Site> out = new ArrayList<>();
    for (String pattern : PYTHON_SYSTEM) {
      RootGlob.directories(root, pattern).forEach(d -> out.add(new Site(d, 0)));
    }
    return out;
  }

  /** The site directories of Python environments in a user's home. */
  public static List<Site> pythonUserSites(Path home, Account a) {
    List<Site> out = new ArrayList<>();
    for (String env : PYTHON_USER_ENVS) {
      RootGlob.directories(home, env + "/lib/python*/site-packages")
          .forEach(d -> out.add(new Site(d, a.uid())));
    }
    return out;
  }

  /** The system-wide lib directories whose node_modules npm installs globally into. */
  public static List<Site> npmSystemDirs(Path root) {
    List<Site> out = new ArrayList<>();
    for (String pattern : NPM_SYSTEM) {
      RootGlob.directories(root, pattern).forEach(d -> out.add(new Site(d, 0)));
    }
    return out;
  }

  /** The global lib directories of the node versions in a user's home. */
  public static List<Site> npmUserDirs(Path home, Account a) {
    List<Site> out = new ArrayList<>();
    for (String pattern : NPM_USER) {
      RootGlob.directories(home, pattern).forEach(d -> out.add(new Site(d, a.uid())));
    }
    return out;
  }

  /** Each site once, by its real path: pyenv and nvm link versions to each other. */
  public static List<Site> distinct(List<Site> sites) {
    Set<Path> seen = new HashSet<>();
    List<Site> out = new ArrayList<>();
    for (Site s : sites) {
      Path key;
      try {
        key = s.directory().toRealPath();
      } catch (IOException e) {
        key = s.directory();
      }
      if (seen.add(key)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The distributions of one site directory: *.dist-info and *.egg-info. */
  public static void python(Site site, List<PythonPackage> out, List<String> problems) {
    for (Path p : Listings.entriesNamed(site.directory(), problems)) {
      String name = p.getFileName().toString();
      Path metadata;
      if (name.endsWith(".dist-info") && Files.isDirectory(p)) {
        metadata = p.resolve("METADATA");
      } else if (name.endsWith(".egg-info")) {
        metadata = Files.isDirectory(p) ? p.resolve("PKG-INFO") : p;
      } else {
        continue;
      }
      if (!Files.exists(metadata)) {
        problems.add(metadata + ": missing; the distribution is left out");
        continue;
      }
      List<String> lines = TextFiles.lines(metadata, problems);
      if (lines == null) {
        continue;
      }
      Map<String, String> f = CoreMetadata.headers(lines, metadata.toString(), problems);
      if (f.get("Name") == null || f.get("Version") == null) {
        problems.add(metadata + ": no " + (f.get("Name") == null ? "Name" : "Version"));
      }
      out.add(new PythonPackage(f.get("Name"), f.get("Version"), f.get("Summary"),
          f.getOrDefault("Author", f.get("Author-email")),
          f.getOrDefault("License", f.get("License-Expression")), p.toString(),
          site.directory().toString(), site.uid()));
      if (out.size() >= MAX_ROWS) {
        problems.add(site.directory() + ": more than " + MAX_ROWS + " distributions; the rest "
            + "left out");
        return;
      }
    }
  }

  /**
   * The packages of a lib directory's node_modules and, down to osquery's depth, the
   * node_modules nested in them; scoped packages (@scope/name) included.
   */
  public static void npm(Site site, List<NpmPackage> out, List<String> problems) {
    Deque<Path> dirs = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    Set<Path> seen = new HashSet<>();
    dirs.push(site.directory());
    depths.push(0);
    int start = out.size();
    while (!dirs.isEmpty()) {
      Path dir = dirs.pop();
      int depth = depths.pop();
      try {
        if (!seen.add(dir.toRealPath())) {
          continue;
        }
      } catch (IOException e) {
        continue;
      }
      List<Path> packages = new ArrayList<>();
      for (Path p : Listings.directories(dir.resolve("node_modules"), problems)) {
        if (p.getFileName().toString().startsWith("@")) {
          packages.addAll(Listings.directories(p, problems));
        } else {
          packages.add(p);
        }
      }
      for (Path pkg : packages) {
        Path manifest = pkg.resolve("package.json");
        if (!Files.isRegularFile(manifest)) {
          continue;
        }
        if (out.size() - start >= MAX_ROWS) {
          problems.add(site.directory() + ": more than " + MAX_ROWS + " packages; the rest "
              + "left out");
          return;
        }
        out.add(npmPackage(JsonFiles.read(manifest, PACKAGE_JSON_LIMIT, problems), manifest,
            site, depth, problems));
        if (depth < NPM_MAX_DEPTH && Files.isDirectory(pkg.resolve("node_modules"))) {
          dirs.push(pkg);
          depths.push(depth + 1);
        }
      }
    }
  }

  private static NpmPackage npmPackage(JsonNode json, Path manifest, Site site, int depth,
      List<String> problems) {
    if (json != null && !json.isObject()) {
      problems.add(manifest + ": not a JSON object");
      json = null;
    }
    String author = JsonFiles.text(json, "author");
    if (author == null && json != null && json.path("author").isObject()) {
      author = JsonFiles.text(json.get("author"), "name");
    }
    String license = JsonFiles.text(json, "license");
    if (license == null && json != null && json.path("license").isObject()) {
      license = JsonFiles.text(json.get("license"), "url");
    }
    return new NpmPackage(JsonFiles.text(json, "name"), JsonFiles.text(json, "version"),
        JsonFiles.text(json, "description"), author, license,
        JsonFiles.text(json, "homepage"), manifest.toString(), site.directory().toString(),
        depth, site.uid());
  }
}
