-- The queries of osquery's packs (github.com/osquery/osquery, packs/*.conf, snapshot of
-- Aug 2026) that run on Linux and read only tables hostsql's osquery schema has, exactly as
-- the packs write them (terminators included). One per entry: a '-- pack/name' line, then the
-- query on one line. Extracted by a script from the packs' JSON; nothing edited.

-- hardware-monitoring/device_nodes
select file.path, uid, gid, mode, 0 as atime, mtime, ctime, block_size, type from file where directory = '/dev/';

-- incident-response/open_sockets
select distinct pid, family, protocol, local_address, local_port, remote_address, remote_port, path from process_open_sockets where path <> '' or remote_address <> '';

-- incident-response/open_files
select distinct pid, path from process_open_files where path not like '/private/var/folders%' and path not like '/System/Library/%' and path not in ('/dev/null', '/dev/urandom', '/dev/random');

-- incident-response/logged_in_users
select liu.*, p.name, p.cmdline, p.cwd, p.root from logged_in_users liu, processes p where liu.pid = p.pid;

-- incident-response/process_env
select * from process_envs;

-- incident-response/mounts
select * from mounts;

-- incident-response/listening_ports
select * from listening_ports;

-- incident-response/process_memory
select * from process_memory_map;

-- it-compliance/osquery_info
select * from time, osquery_info;

-- it-compliance/os_version
select * from os_version;

-- it-compliance/mounts
select * from mounts;

-- it-compliance/chrome_extensions
select * from users join chrome_extensions using (uid);

-- it-compliance/apt_sources
select * from apt_sources;

-- osquery-monitoring/schedule
select name, interval, executions, output_size, wall_time, (user_time/executions) as avg_user_time, (system_time/executions) as avg_system_time, average_memory, last_executed, denylisted from osquery_schedule;

-- osquery-monitoring/events
select name, publisher, type, subscriptions, events, active from osquery_events;

-- osquery-monitoring/osquery_info
select i.*, p.resident_size, p.user_time, p.system_time, time.minutes as counter from osquery_info i, processes p, time where p.pid = i.pid;

-- ossec-rootkit/bash_door
select * from file where path in ('/tmp/mcliZokhb', '/tmp/mclzaKmfa');

-- ossec-rootkit/slapper_installed
select * from file where path in ('/tmp/.bugtraq', '/tmp/.bugtraq.c', '/tmp/.cinik', '/tmp/.b', '/tmp/httpd', '/tmp./update', '/tmp/.unlock', '/tmp/.font-unix/.cinik', '/tmp/.cinik');

-- ossec-rootkit/mithra`s_rootkit
select * from file where path in ('/usr/lib/locale/uboot');

-- ossec-rootkit/omega_worm
select * from file where path in ('/dev/chr');

-- ossec-rootkit/kenga3_rootkit
select * from file where path in ('/usr/include/. .');

-- ossec-rootkit/sadmind/iis_worm
select * from file where path in ('/dev/cuc');

-- ossec-rootkit/rsha
select * from file where path in ('/usr/bin/kr4p', '/usr/bin/n3tstat', '/usr/bin/chsh2', '/usr/bin/slice2', '/etc/rc.d/rsha');

-- ossec-rootkit/old_rootkits
select * from file where path in ('/usr/include/rpc/ ../kit', '/usr/include/rpc/ ../kit2', '/usr/doc/.sl', '/usr/doc/.sp', '/usr/doc/.statnet', '/usr/doc/.logdsys', '/usr/doc/.dpct', '/usr/doc/.gifnocfi', '/usr/doc/.dnif', '/usr/doc/.nigol');

-- ossec-rootkit/telekit_trojan
select * from file where path in ('/dev/hda06', '/usr/info/libc1.so');

-- ossec-rootkit/tc2_worm
select * from file where path in ('/usr/info/.tc2k', '/usr/bin/util', '/usr/sbin/initcheck', '/usr/sbin/ldb');

-- ossec-rootkit/shitc
select * from file where path in ('/bin/home', '/sbin/home', '/usr/sbin/in.slogind');

-- ossec-rootkit/rh_sharpe
select * from file where path in ('/bin/.ps', '/usr/bin/cleaner', '/usr/bin/slice', '/usr/bin/vadim', '/usr/bin/.ps', '/bin/.lpstree', '/usr/bin/.lpstree', '/usr/bin/lnetstat', '/bin/lnetstat', '/usr/bin/ldu', '/bin/ldu', '/usr/bin/lkillall', '/bin/lkillall', '/usr/include/rpcsvc/du');

-- ossec-rootkit/showtee_/_romanian_rootkit
select * from file where path in ('/usr/include/addr.h', '/usr/include/file.h', '/usr/include/syslogs.h', '/usr/include/proc.h');

-- ossec-rootkit/lrk_rootkit
select * from file where path in ('/dev/ida/.inet');

-- ossec-rootkit/zk_rootkit
select * from file where path in ('/usr/share/.zk', '/usr/share/.zk/zk', '/etc/1ssue.net', '/usr/X11R6/.zk', '/usr/X11R6/.zk/xfs', '/usr/X11R6/.zk/echo', '/etc/sysconfig/console/load.zk');

-- ossec-rootkit/ramen_worm
select * from file where path in ('/usr/lib/ldlibps.so', '/usr/lib/ldlibns.so', '/usr/lib/ldliblogin.so', '/usr/src/.poop', '/tmp/ramen.tgz', '/etc/xinetd.d/asp');

-- ossec-rootkit/maniac_rk
select * from file where path in ('/usr/bin/mailrc');

-- ossec-rootkit/bmbl_rootkit
select * from file where path in ('/etc/.bmbl', '/etc/.bmbl/sk');

-- ossec-rootkit/suckit_rootkit
select * from file where path in ('/lib/.x', '/lib/sk');

-- ossec-rootkit/adore_rootkit
select * from file where path in ('/etc/bin/ava', '/etc/sbin/ava');

-- ossec-rootkit/ldp_worm
select * from file where path in ('/dev/.kork', '/bin/.login', '/bin/.ps');

-- ossec-rootkit/romanian_rootkit
select * from file where path in ('/usr/sbin/initdl', '/usr/sbin/xntps');

-- ossec-rootkit/illogic_rootkit
select * from file where path in ('/lib/security/.config', '/usr/bin/sia', '/etc/ld.so.hash');

-- ossec-rootkit/bobkit_rootkit
select * from file where path in ('/usr/include/.../', '/usr/lib/.../', '/usr/sbin/.../', '/usr/bin/ntpsx', '/tmp/.bkp', '/usr/lib/.bkit-');

-- ossec-rootkit/monkit
select * from file where path in ('/lib/defs');

-- ossec-rootkit/override_rootkit
select * from file where path in ('/dev/grid-hide-pid-', '/dev/grid-unhide-pid-', '/dev/grid-show-pids', '/dev/grid-hide-port-', '/dev/grid-unhide-port-');

-- ossec-rootkit/madalin_rootkit
select * from file where path in ('/usr/include/icekey.h', '/usr/include/iceconf.h', '/usr/include/iceseed.h');

-- ossec-rootkit/solaris_worm
select * from file where path in ('/var/adm/.profile', '/var/spool/lp/.profile', '/var/adm/sa/.adm', '/var/spool/lp/admins/.lp');

-- ossec-rootkit/phalanx_rootkit
select * from file where path in ('/usr/share/.home*', '/usr/share/.home*/tty', '/etc/host.ph1', '/bin/host.ph1');

-- ossec-rootkit/ark_rootkit
select * from file where path in ('/dev/ptyxx');

-- ossec-rootkit/tribe_bot
select * from file where path in ('/dev/wd4');

-- ossec-rootkit/cback_worm
select * from file where path in ('/tmp/cback', '/tmp/derfiq');

-- ossec-rootkit/optickit
select * from file where path in ('/usr/bin/xchk', '/usr/bin/xsf', '/usr/bin/xsf', '/usr/bin/xchk');

-- ossec-rootkit/anonoiyng_rootkit
select * from file where path in ('/usr/sbin/mech', '/usr/sbin/kswapd');

-- ossec-rootkit/loc_rookit
select * from file where path in ('/tmp/xp', '/tmp/kidd0.c', '/tmp/kidd0');

-- ossec-rootkit/showtee
select * from file where path in ('/usr/lib/.egcs', '/usr/lib/.wormie', '/usr/lib/.kinetic', '/usr/lib/liblog.o', '/usr/include/cron.h', '/usr/include/chk.h');

-- ossec-rootkit/zarwt_rootkit
select * from file where path in ('/bin/imin', '/bin/imout');

-- ossec-rootkit/lion_worm
select * from file where path in ('/dev/.lib', '/dev/.lib/1iOn.sh', '/bin/mjy', '/bin/in.telnetd', '/usr/info/torn');

-- ossec-rootkit/suspicious_file
select * from file where path in ('/etc/rc.d/init.d/rc.modules', '/lib/ldd.so', '/usr/man/muie', '/usr/X11R6/include/pain', '/usr/bin/sourcemask', '/usr/bin/ras2xm', '/usr/bin/ddc', '/usr/bin/jdc', '/usr/sbin/in.telnet', '/sbin/vobiscum', '/usr/sbin/jcd', '/usr/sbin/atd2', '/usr/bin/ishit', '/usr/bin/.etc', '/usr/bin/xstat', '/var/run/.tmp', '/usr/man/man1/lib/.lib', '/usr/man/man2/.man8', '/var/run/.pid', '/lib/.so', '/lib/.fx', '/lib/lblip.tk', '/usr/lib/.fx', '/var/local/.lpd', '/dev/rd/cdb', '/dev/.rd/', '/usr/lib/pt07', '/usr/bin/atm', '/tmp/.cheese', '/dev/.arctic', '/dev/.xman', '/dev/.golf', '/dev/srd0', '/dev/ptyzx', '/dev/ptyzg', '/dev/xdf1', '/dev/ttyop', '/dev/ttyof', '/dev/hd7', '/dev/hdx1', '/dev/hdx2', '/dev/xdf2', '/dev/ptyp', '/dev/ptyr', '/sbin/pback', '/usr/man/man3/psid', '/proc/kset', '/usr/bin/gib', '/usr/bin/snick', '/usr/bin/kfl', '/tmp/.dump', '/var/.x', '/var/.x/psotnic');

-- ossec-rootkit/apa_kit
select * from file where path in ('/usr/share/.aPa');

-- ossec-rootkit/enye_sec_rootkit
select * from file where path in ('/etc/.enyelkmHIDE^IT.ko');

-- ossec-rootkit/rk17
select * from file where path in ('/bin/rtty', '/bin/squit', '/sbin/pback', '/proc/kset', '/usr/src/linux/modules/autod.o', '/usr/src/linux/modules/soundx.o');

-- ossec-rootkit/trk_rootkit
select * from file where path in ('/usr/bin/soucemask', '/usr/bin/sourcemask');

-- ossec-rootkit/scalper_installed
select * from file where path in ('/tmp/.uua', '/tmp/.a');

-- ossec-rootkit/hidr00tkit
select * from file where path in ('/var/lib/games/.k');

-- ossec-rootkit/beastkit_rootkit
select * from file where path in ('/usr/local/bin/bin', '/usr/man/.man10', '/usr/sbin/arobia', '/usr/lib/elm/arobia', '/usr/local/bin/.../bktd');

-- ossec-rootkit/shv5_rootkit
select * from file where path in ('/lib/libsh.so', '/usr/lib/libsh');

-- ossec-rootkit/esrk_rootkit
select * from file where path in ('/usr/lib/tcl5.3');

-- ossec-rootkit/shkit_rootkit
select * from file where path in ('/lib/security/.config', '/etc/ld.so.hash');

-- ossec-rootkit/knark_installed
select * from file where path in ('/proc/knark', '/dev/.pizda', '/dev/.pula', '/dev/.pula');

-- ossec-rootkit/volc_rootkit
select * from file where path in ('/usr/lib/volc', '/usr/bin/volc');

-- ossec-rootkit/fu_rootkit
select * from file where path in ('/sbin/xc', '/usr/include/ivtype.h', '/bin/.lib');

-- ossec-rootkit/ajakit_rootkit
select * from file where path in ('/lib/.ligh.gh', '/lib/.libgh.gh', '/lib/.libgh-gh', '/dev/tux', '/dev/tux/.proc', '/dev/tux/.file');

-- ossec-rootkit/monkit_found
select * from file where path in ('/usr/lib/libpikapp.a');

-- ossec-rootkit/t0rn_rootkit
select * from file where path in ('/usr/src/.puta', '/usr/info/.t0rn', '/lib/ldlib.tk', '/etc/ttyhash', '/sbin/xlogin');

-- ossec-rootkit/adore_worm
select * from file where path in ('/dev/.shit/red.tgz', '/usr/lib/libt', '/usr/bin/adore');

-- ossec-rootkit/55808.a_worm
select * from file where path in ('/tmp/.../a', '/tmp/.../r');

-- ossec-rootkit/tuxkit_rootkit
select * from file where path in ('/dev/tux', '/usr/bin/xsf', '/usr/bin/xchk');

-- ossec-rootkit/reptile_rootkit
select * from file where path in ('/reptile/reptile_cmd', '/lib/udev/reptile');

-- ossec-rootkit/beurk_rootkit
select * from file where path in ('/lib/libselinux.so');

-- vuln-management/os_version
select * from os_version;

-- vuln-management/opera_extensions
select opera_extensions.* from users join opera_extensions using (uid);

-- vuln-management/chrome_extensions
select chrome_extensions.* from users join chrome_extensions using (uid);

-- vuln-management/firefox_addons
select firefox_addons.* from users join firefox_addons using (uid);

-- vuln-management/apt_sources
select * from apt_sources;

-- vuln-management/portage_packages
select * from portage_packages;

-- vuln-management/backdoored_python_packages
select name as package_name, version as package_version, path as package_path from python_packages where package_name = 'acqusition' or package_name = 'apidev-coop' or package_name = 'bzip' or package_name = 'crypt' or package_name = 'django-server' or package_name = 'pwd' or package_name = 'setup-tools' or package_name = 'telnet' or package_name = 'urlib3' or package_name = 'urllib';

-- it-compliance/rpm_packages
select * from rpm_packages;

-- vuln-management/rpm_packages
select * from rpm_packages;
