package io.hostsql.calcite.audit;

import io.hostsql.calcite.table.OsTable;
import io.hostsql.os.Credentials;
import io.hostsql.os.Kernel;
import io.hostsql.os.NetConfig;
import io.hostsql.os.Persistence;
import io.hostsql.os.Platform;
import io.hostsql.os.UserFiles;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of osquery's Linux audits (kernel, network configuration, accounts...), built
 * over one platform and its file-system root ({@link Platform#fileSystemRoot()}).
 */
public final class AuditTables {
  private AuditTables() {
  }

  /** Every audit table, in the order they are documented. */
  public static List<OsTable> all(Platform platform) {
    Kernel kernel = platform.system().kernel();
    List<OsTable> out = new ArrayList<>();
    out.add(KernelTables.modules(kernel));
    out.add(KernelTables.info(kernel));
    out.add(KernelTables.controls(kernel));
    NetConfig net = platform.system().netConfig();
    out.add(NetConfigTables.hosts(net));
    out.add(NetConfigTables.services(net));
    out.add(NetConfigTables.protocols(net));
    out.add(NetConfigTables.resolvers(net));
    out.add(NetConfigTables.routes(net));
    out.add(NetConfigTables.neighbours(net));
    out.add(NetConfigTables.ipv6(net));
    Credentials credentials = platform.system().credentials();
    out.add(AccountTables.groups(credentials));
    out.add(AccountTables.userGroups(credentials));
    out.add(AccountTables.shadow(credentials));
    out.add(AccountTables.last(platform.system().logins()));
    UserFiles userFiles = platform.system().userFiles();
    out.add(UserFileTables.authorizedKeys(userFiles));
    out.add(UserFileTables.knownHosts(userFiles));
    out.add(UserFileTables.shellHistory(userFiles));
    Persistence persistence = platform.system().persistence();
    out.add(PersistenceTables.crontab(persistence));
    out.add(PersistenceTables.sudoers(persistence));
    out.add(PersistenceTables.suidBin(persistence));
    out.add(PackageTables.deb(platform.system().packages()));
    out.addAll(SoftwareTables.all(platform.system().software()));
    out.addAll(BrowserTables.all(platform.system().browsers()));
    out.add(ProcessNamespaces.table(platform.processes()));
    return out;
  }
}
