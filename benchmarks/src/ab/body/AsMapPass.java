import io.hostsql.os.NoSuchProcessException;
import io.hostsql.os.Process;
import io.hostsql.os.linux.ProcFs;
import java.util.function.LongSupplier;

/** One asMap pass over every process, as ProcessPasses.asMapAll, for AbPasses. */
public final class AsMapPass implements LongSupplier {
  private final ProcFs fs = ProcFs.system();

  @Override
  public long getAsLong() {
    long sum = 0;
    for (int pid : fs.pids()) {
      try {
        sum += Process.lazy(fs, pid).asMap(null, null).size();
      } catch (NoSuchProcessException gone) {
        // exited during the pass
      }
    }
    return sum;
  }
}
