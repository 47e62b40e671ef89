package io.hostsql.calcite.plan;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.metadata.MetadataHandler;
import org.apache.calcite.rel.metadata.MetadataHandlerProvider;
import org.apache.calcite.rel.metadata.RelMetadataProvider;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.metadata.janino.RelMetadataHandlerGeneratorUtil;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;

/**
 * Calcite's metadata handlers as its JaninoRelMetadataProvider makes them (the same generated
 * source, compiled by the same Janino), with the compiled class kept in a {@link CodeCache}:
 * a later process defines the stored class instead of compiling it again. Handlers are made
 * when first asked for, as Calcite's are, so a query compiles only the few it uses.
 */
final class CachedMetadataHandlers implements MetadataHandlerProvider {
  /** Handlers made in this process, by kind and provider (providers implement equality). */
  private static final Map<List<Object>, MetadataHandler<?>> MADE = new ConcurrentHashMap<>();
  /** As Calcite's cache: a provider that is not equal to itself each time cannot fill memory. */
  private static final int MAX_MADE = 1000;

  private final RelMetadataProvider provider;
  private final CodeCache cache;

  CachedMetadataHandlers(RelMetadataProvider provider, CodeCache cache) {
    this.provider = provider;
    this.cache = cache;
  }

  /**
   * Makes {@code cluster}'s metadata queries use handlers from {@code cache}, for whichever
   * metadata provider the cluster has when each query is made (planner programs change it).
   */
  static void install(RelOptCluster cluster, CodeCache cache) {
    cluster.setMetadataQuerySupplier(() -> new RelMetadataQuery(
        new CachedMetadataHandlers(cluster.getMetadataProvider(), cache)));
  }

  /** A stand-in that asks for the real handler on first use, as Calcite's initial handler. */
  @Override
  public <MH extends MetadataHandler<?>> MH handler(Class<MH> handlerClass) {
    return handlerClass.cast(Proxy.newProxyInstance(handlerClass.getClassLoader(),
        new Class<?>[] {handlerClass}, (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
              case "hashCode" -> System.identityHashCode(proxy);
              case "equals" -> proxy == args[0];
              default -> handlerClass.getName() + " (not made yet)";
            };
          }
          RelNode rel = Objects.requireNonNull((RelNode) args[0], "rel");
          throw new MetadataHandlerProvider.NoHandler(rel.getClass());
        }));
  }

  @Override
  public <MH extends MetadataHandler<?>> MH revise(Class<MH> handlerClass) {
    List<Object> key = List.of(handlerClass, provider);
    MetadataHandler<?> made = MADE.get(key);
    if (made == null) {
      made = make(handlerClass);
      if (MADE.size() >= MAX_MADE) {
        MADE.clear();
      }
      MADE.put(key, made);
    }
    return handlerClass.cast(made);
  }

  private <MH extends MetadataHandler<?>> MH make(Class<MH> handlerClass) {
    List<? extends MetadataHandler<?>> handlers = provider.handlers(handlerClass).stream()
        .distinct().toList();
    var generated = RelMetadataHandlerGeneratorUtil.generateHandler(handlerClass, handlers);
    String name = generated.getHandlerName();
    String source = generated.getGeneratedCode();
    List<Class<?>> uses = new ArrayList<>();
    uses.add(RelMetadataQuery.class);
    uses.add(SimpleCompiler.class);
    uses.add(handlerClass);
    handlers.forEach(h -> uses.add(h.getClass()));
    var key = CodeCache.key(source, uses.toArray(new Class<?>[0]));
    ClassLoader parent = RelMetadataQuery.class.getClassLoader();
    Class<?> compiled = null;
    if (key.isPresent()) {
      byte[] stored = cache.load(key.get()).orElse(null);
      if (stored != null) {
        try {
          compiled = new Definer(parent).define(name, stored);
        } catch (LinkageError e) {
          cache.forget(key.get()); // corrupt or not this class: compiled again below
        }
      }
    }
    if (compiled == null) {
      SimpleCompiler compiler = new SimpleCompiler();
      compiler.setParentClassLoader(parent);
      try {
        compiler.cook(source);
      } catch (CompileException e) {
        throw new IllegalStateException("Error compiling:\n" + source, e);
      }
      Map<String, byte[]> classes = compiler.getBytecodes();
      byte[] bytes = classes.get(name);
      if (bytes == null || classes.size() != 1) {
        throw new IllegalStateException("Janino made " + classes.keySet() + " for " + name);
      }
      compiled = new Definer(parent).define(name, bytes);
      key.ifPresent(k -> cache.store(k, bytes));
    }
    try {
      return handlerClass.cast(compiled.getDeclaredConstructors()[0]
          .newInstance(handlers.toArray()));
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot make " + name, e);
    }
  }

  /** Defines one generated class, seeing Calcite's classes through its parent. */
  private static final class Definer extends ClassLoader {
    Definer(ClassLoader parent) {
      super(parent);
    }

    Class<?> define(String name, byte[] bytes) {
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
