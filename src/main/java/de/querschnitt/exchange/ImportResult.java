package de.querschnitt.exchange;

import java.util.List;

/** What an import did; with problems it did nothing. */
public record ImportResult(List<ImportProblem> problems, List<ImportChange> changes, List<InvitationLink> invitations) {

    public boolean succeeded() {
        return problems.isEmpty();
    }

    public long count(ImportAction action) {
        return changes.stream().filter(c -> c.action() == action).count();
    }
}
