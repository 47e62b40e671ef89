-- Per-user process count and memory.
-- What it finds: for every user, how many processes run and how much RAM they hold.
-- Why it matters: shows which account (a service, a person) the machine's memory belongs to.
-- A hit means: a user whose total rss or process count stands out from the rest.
SELECT username, count(*) AS processes, sum(rss) AS total_rss, sum(num_threads) AS threads
  FROM processes
 GROUP BY username
 ORDER BY total_rss DESC;
