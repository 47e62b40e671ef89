-- Established connections grouped by remote address.
-- What it finds: how many connections go to each remote IP, and which processes hold them.
-- Why it matters: shows who the machine talks to; an unknown peer with many connections stands out.
-- A hit means: traffic to that address; check whether it is expected.
SELECT c.raddr_ip, count(*) AS connections, min(p.name) AS a_process
  FROM net_connections c
  LEFT JOIN processes p ON p.pid = c.pid
 WHERE c.status = 'ESTABLISHED'
 GROUP BY c.raddr_ip
 ORDER BY connections DESC;
