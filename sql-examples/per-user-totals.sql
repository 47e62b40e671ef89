-- CPU time and memory per user.
-- What it finds: for each user, the CPU seconds used so far and the resident memory held.
-- Why it matters: shows which account (a service, a person) consumes the machine.
-- A hit means: a user whose totals stand out.
SELECT username, count(*) AS processes,
       sum(cpu_user + cpu_system) AS cpu_seconds,
       sum(rss) AS rss_bytes
  FROM processes
 GROUP BY username
 ORDER BY cpu_seconds DESC;
