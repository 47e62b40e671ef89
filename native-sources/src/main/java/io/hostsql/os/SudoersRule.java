package io.hostsql.os;

/**
 * One line of the sudoers policy, or an include directive, in the order sudo reads them.
 *
 * @param source the file it is in
 * @param header its first word (a user or %group, Defaults, Cmnd_Alias...), or include /
 *     includedir for a directive
 * @param ruleDetails the rest of the line, words separated by single spaces; for a
 *     directive, the file or directory it names
 */
public record SudoersRule(String source, String header, String ruleDetails) {
}
