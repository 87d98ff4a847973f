package de.querschnitt.exchange;

import java.util.List;

/** The result of checking a whole file: either problems (then nothing can be imported) or the changes. */
public record ImportPreview(ImportKind kind, List<ImportProblem> problems, List<ImportChange> changes) {

    public boolean canImport() {
        return problems.isEmpty();
    }

    public long count(ImportAction action) {
        return changes.stream().filter(c -> c.action() == action).count();
    }
}
