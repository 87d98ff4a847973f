package de.querschnitt.exchange;

import java.util.List;

/**
 * What the import will do with one row, for the preview.
 *
 * @param changedColumns for {@link ImportAction#UPDATE}: the columns whose content differs from the stored one
 */
public record ImportChange(int line, ImportAction action, String subject, List<String> changedColumns) {
}
