-- Shells and interpreters with network connections (the reverse-shell pattern).
-- What it finds: sh, bash, python, perl and friends holding a connected TCP socket.
-- Why it matters: a reverse shell is an interpreter whose standard streams are a socket to an
-- attacker.
-- A hit means: an interpreter talking to a remote address; check the peer and the parent.
SELECT p.pid, p.name, p.username, p.ppid, c.laddr_port, c.raddr_ip, c.raddr_port, c.status
  FROM processes p
  JOIN net_connections c ON c.pid = p.pid
 WHERE p.name IN ('sh', 'bash', 'dash', 'zsh', 'ksh', 'python', 'python3', 'perl', 'ruby',
                  'php', 'nc', 'ncat', 'socat')
   AND c.raddr_ip IS NOT NULL
   AND c.family IN ('inet', 'inet6');
