import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Two builds of native-sources in one JVM, each in a class loader of its own, timed pass for
 * pass: a pass of one right before or after a pass of the other (the order alternates), one
 * ratio per pair. Separate JVMs run seconds apart, and this machine's speed moves by up to 2x
 * within seconds; two builds side by side in one JVM see the same machine.
 *
 * <p>Arguments: the base jar, the new jar, the directory of the compiled pass bodies, the
 * body's class name (a LongSupplier making one pass), warm-up passes, pairs.
 */
public final class AbPasses {
  private AbPasses() {
  }

  public static void main(String[] args) throws Exception {
    String[] jars = {args[0], args[1]};
    Path body = Path.of(args[2]);
    String pass = args[3];
    int warm = Integer.parseInt(args[4]);
    int pairs = Integer.parseInt(args[5]);
    LongSupplier[] side = new LongSupplier[2];
    for (int i = 0; i < 2; i++) {
      URLClassLoader loader = new URLClassLoader(
          new URL[] {Path.of(jars[i]).toUri().toURL(), body.toUri().toURL()},
          AbPasses.class.getClassLoader());
      side[i] = (LongSupplier) Class.forName(pass, true, loader)
          .getDeclaredConstructor().newInstance();
    }
    for (int w = 0; w < warm; w++) {
      side[0].getAsLong();
      side[1].getAsLong();
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[][] wall = new long[2][pairs];
    long[][] user = new long[2][pairs];
    double[] ratio = new double[pairs];
    for (int p = 0; p < pairs; p++) {
      for (int k = 0; k < 2; k++) {
        int s = (p + k) % 2;
        long u0 = mx.getCurrentThreadUserTime();
        long w0 = System.nanoTime();
        side[s].getAsLong();
        wall[s][p] = System.nanoTime() - w0;
        user[s][p] = mx.getCurrentThreadUserTime() - u0;
      }
      ratio[p] = (double) wall[0][p] / wall[1][p];
    }
    Arrays.sort(ratio);
    System.out.println("| build | pass (ms, median) | user time (ms, median) |");
    System.out.println("|---|---|---|");
    String[] names = {"base", "new"};
    for (int s = 0; s < 2; s++) {
      Arrays.sort(wall[s]);
      Arrays.sort(user[s]);
      System.out.printf("| %s | %.1f | %.1f |%n", names[s], wall[s][pairs / 2] / 1e6,
          user[s][pairs / 2] / 1e6);
    }
    System.out.printf("%n%s, base / new, per pair: median %.2f (%.2f-%.2f), %d pairs after %d"
        + " warm-up passes each%n", pass, ratio[pairs / 2], ratio[0], ratio[pairs - 1], pairs,
        warm);
  }
}
