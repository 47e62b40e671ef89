-- Listening ports with their process and user.
-- What it finds: every TCP socket in LISTEN state and every bound UDP socket, with its owner.
-- Why it matters: the machine's attack surface; an unexpected listener is a service nobody
-- meant to expose, or a backdoor.
-- A hit means: something accepts connections on that address and port.
SELECT c.laddr_ip, c.laddr_port, c.type, c.pid, p.name, p.username, p.exe
  FROM net_connections c
  LEFT JOIN processes p ON p.pid = c.pid
 WHERE c.family IN ('inet', 'inet6')
   AND (c.status = 'LISTEN' OR (c.type = 'dgram' AND c.laddr_port IS NOT NULL))
 ORDER BY c.laddr_port;
