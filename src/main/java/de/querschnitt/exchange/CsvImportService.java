package de.querschnitt.exchange;

import de.querschnitt.common.UserError;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * CSV import of units, accounts and profiles. The whole file is checked first and every problem reported
 * with its row and column; a file with any problem imports nothing. The writes go through the same service
 * methods (validation, access checks, revisions) as the forms, in one transaction.
 */
@Service
public class CsvImportService {

    /** Files larger than this many bytes are refused before they are read. */
    public static final int MAX_BYTES = CsvInput.MAX_BYTES;

    private final UnitImport units;
    private final AccountImport accounts;
    private final ProfileImport profiles;

    CsvImportService(UnitImport units, AccountImport accounts, ProfileImport profiles) {
        this.units = units;
        this.accounts = accounts;
        this.profiles = profiles;
    }

    /** Checks a file and says what an import would do; writes nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLANNER')")
    public ImportPreview preview(ImportKind kind, byte[] content) {
        return preview(kind, content, content.length);
    }

    /**
     * Checks a file and says what an import would do; writes nothing.
     *
     * @param size the size the upload declared; over {@link #MAX_BYTES} the content need not have been read
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLANNER')")
    public ImportPreview preview(ImportKind kind, byte[] content, long size) {
        ImportPlan plan = plan(kind, content, size);
        return new ImportPreview(kind, List.copyOf(plan.problems), plan.problems.isEmpty()
                ? List.copyOf(plan.changes) : List.of());
    }

    /**
     * Checks the file again (the data may have changed since the preview) and, if it has no problem, imports
     * it. New accounts come back with their invitation links.
     */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public ImportResult execute(ImportKind kind, byte[] content) {
        ImportPlan plan = plan(kind, content, content.length);
        if (!plan.problems.isEmpty()) {
            return new ImportResult(List.copyOf(plan.problems), List.of(), List.of());
        }
        List<InvitationLink> links = new ArrayList<>();
        for (ImportPlan.Step step : plan.steps) {
            try {
                step.action().accept(links);
            } catch (UserError error) {
                // a rule the check did not foresee: report it at its row and keep nothing of the file
                TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
                return new ImportResult(List.of(new ImportProblem(step.line(), null, error)), List.of(), List.of());
            }
        }
        return new ImportResult(List.of(), List.copyOf(plan.changes), List.copyOf(links));
    }

    private ImportPlan plan(ImportKind kind, byte[] content, long size) {
        ImportPlan plan = new ImportPlan();
        CsvInput.Result input = CsvInput.read(content, size, kind.header());
        plan.problems.addAll(input.problems());
        if (!input.problems().isEmpty()) {
            return plan;
        }
        switch (kind) {
            case UNITS -> units.plan(input.rows(), plan);
            case ACCOUNTS -> accounts.plan(input.rows(), plan);
            case PROFILES -> profiles.plan(input.rows(), plan);
        }
        return plan;
    }
}
