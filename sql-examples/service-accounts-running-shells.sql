-- Shells run by accounts that cannot log in.
-- What it finds: shell processes whose user's login shell in /etc/passwd is nologin or false.
-- Why it matters: www-data, postgres or nobody never need an interactive shell; one that has
-- it is the classic sign of a web shell or an exploited service spawning /bin/sh.
-- A hit means: a service account running a shell: look at its parent and its connections.
SELECT p.pid, p.ppid, p.name, a.name AS account, a.shell AS login_shell, p.cmdline
  FROM processes p
  JOIN user_accounts a ON a.uid = p.uid
 WHERE p.name IN ('sh', 'bash', 'dash', 'zsh', 'ksh', 'csh', 'tcsh', 'fish')
   AND (a.shell LIKE '%nologin' OR a.shell LIKE '%false')
 ORDER BY p.pid;
