package de.querschnitt.exchange;

import de.querschnitt.common.UserError;
import org.jspecify.annotations.Nullable;

/**
 * One problem of an import file.
 *
 * @param line the row as a spreadsheet numbers it (the header is row 1); 0 for the file as a whole
 * @param column the column's letter and name ("C Titel"), or null if the problem is not in one cell
 * @param error what is wrong, as a message key of the bundles with its arguments
 */
public record ImportProblem(int line, @Nullable String column, UserError error) {
}
