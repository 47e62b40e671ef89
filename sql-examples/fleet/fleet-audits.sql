-- Fleet audits: hostsql's tables across many machines, through Trino and the hostsql connector
-- (README, "Many hosts"). Run them in a Trino client with the fleet catalog as the session's:
--   trino --catalog fleet --schema os -f sql-examples/fleet/fleet-audits.sql
-- Every table has a host column; filters on pid, name, ports and the like are sent to every
-- host, so each host reads only what they name. These are Trino SQL, not hostsql's: the
-- embedded driver's example tests skip this folder, the trino-connector tests run every one.

-- sshd not from the package: an sshd whose executable is not the one the package installs.
-- A hit means a second SSH daemon, or the package's binary replaced or run from elsewhere.
SELECT host, pid, exe, cmdline
  FROM processes
 WHERE name = 'sshd' AND (exe IS NULL OR exe NOT IN ('/usr/sbin/sshd', '/usr/bin/sshd'))
 ORDER BY host, pid;

-- Every listener on the Redis port across the fleet, with its owner.
-- A hit outside the cache hosts is a Redis nobody meant to run, often without a password.
SELECT c.host, c.laddr_ip, c.laddr_port, p.pid, p.name, p.username
  FROM net_connections c
  LEFT JOIN processes p ON p.host = c.host AND p.pid = c.pid
 WHERE c.laddr_port = 6379 AND c.status = 'LISTEN'
 ORDER BY c.host;

-- The three largest processes by resident memory on each host.
SELECT host, pid, name, rss
  FROM (SELECT host, pid, name, rss,
               row_number() OVER (PARTITION BY host ORDER BY rss DESC) AS rank
          FROM processes
         WHERE rss IS NOT NULL)
 WHERE rank <= 3
 ORDER BY host, rank;

-- Programs running from temporary directories, fleet-wide.
-- A hit is what droppers do: write a binary to /tmp or /dev/shm and run it.
SELECT host, pid, name, exe
  FROM processes
 WHERE exe LIKE '/tmp/%' OR exe LIKE '/dev/shm/%' OR exe LIKE '/var/tmp/%'
 ORDER BY host, pid;

-- Hosts by process count, with the fleet's median beside each: an outlier is a fork bomb, a
-- runaway job or a host running what the others do not.
SELECT host, count(*) AS processes,
       approx_percentile(count(*), 0.5) OVER () AS fleet_median
  FROM processes
 GROUP BY host
 ORDER BY processes DESC;

-- osquery's incident-response pack, "listening_ports", on every host at once.
SELECT DISTINCT process.host, process.name, listening.port, listening.address, process.pid
  FROM osquery.processes AS process
  JOIN osquery.listening_ports AS listening
    ON process.host = listening.host AND process.pid = listening.pid
 ORDER BY process.host, listening.port;
