package de.querschnitt.exchange;

import de.querschnitt.common.UserError;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Problems, changes and the service calls that carry the changes out, collected while a file is checked. */
final class ImportPlan {

    /** One row's writes; adds invitation links for new accounts. */
    record Step(int line, Consumer<List<InvitationLink>> action) {
    }

    final List<ImportProblem> problems = new ArrayList<>();
    final List<ImportChange> changes = new ArrayList<>();
    final List<Step> steps = new ArrayList<>();

    void problem(CsvInput.Row row, String column, UserError error) {
        problems.add(new ImportProblem(row.line(), column == null ? null : row.column(column), error));
    }

    /** A problem found by the form's validation: the column is the one of the field it names, if any. */
    void invalid(CsvInput.Row row, String fallbackColumn, UserError error) {
        String column = "profile.period.order".equals(error.messageKey()) ? Columns.FROM : fallbackColumn;
        if (error.arguments().length > 0 && error.arguments()[0] instanceof UserError.MessageKey key
                && Columns.FIELDS.containsKey(key.key())) {
            column = Columns.FIELDS.get(key.key());
        }
        problem(row, column, error);
    }

    void change(CsvInput.Row row, ImportAction action, String subject, List<String> changedColumns,
            Consumer<List<InvitationLink>> step) {
        changes.add(new ImportChange(row.line(), action, subject, List.copyOf(changedColumns)));
        if (step != null) {
            steps.add(new Step(row.line(), step));
        }
    }
}
