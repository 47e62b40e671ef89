package io.hostsql.os;

/**
 * One job of a crontab (crontab(5)).
 *
 * @param event the @-schedule (@reboot, @daily...), or null for a five-field one
 * @param minute the minute field, or null with an event
 * @param hour the hour field, or null with an event
 * @param dayOfMonth the day-of-month field, or null with an event
 * @param month the month field, or null with an event
 * @param dayOfWeek the day-of-week field, or null with an event
 * @param username the user it runs as: the sixth field of a system crontab, the file's name
 *     for a user's crontab
 * @param command the command, its words separated by single spaces as osquery gives them
 * @param path the crontab file
 * @param system whether the file is a system crontab (/etc/crontab, /etc/cron.d), whose lines
 *     name the user
 */
public record CronEntry(String event, String minute, String hour, String dayOfMonth,
    String month, String dayOfWeek, String username, String command, String path,
    boolean system) {
}
