package de.querschnitt.exchange;

import de.querschnitt.common.UserError;
import de.querschnitt.common.Validation;
import de.querschnitt.organisation.Unit;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.security.Account;
import de.querschnitt.security.AccountData;
import de.querschnitt.security.AccountService;
import de.querschnitt.security.InvitationService;
import de.querschnitt.security.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Checks an accounts file. New accounts get no password but an invitation link; identical existing ones are
 * left alone, differing ones refused.
 */
@Component
class AccountImport {

    private final AccountService accounts;
    private final InvitationService invitations;
    private final UnitService units;
    private final Validation validation;
    private final Values values;

    AccountImport(AccountService accounts, InvitationService invitations, UnitService units, Validation validation,
            Values values) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.units = units;
        this.validation = validation;
        this.values = values;
    }

    void plan(List<CsvInput.Row> rows, ImportPlan plan) {
        Map<String, Account> existing = new HashMap<>();
        accounts.findAll().forEach(a -> existing.put(Values.lower(a.username()), a));
        Map<String, Unit> unitsByCode = new HashMap<>();
        units.findAll().forEach(u -> unitsByCode.put(Values.lower(u.code()), u));
        Map<String, Integer> seen = new HashMap<>();
        for (CsvInput.Row row : rows) {
            int before = plan.problems.size();
            String username = row.get(Columns.USERNAME);
            var role = values.parse(Role.class, "role.", row.get(Columns.ROLE));
            if (role.isEmpty()) {
                plan.problem(row, Columns.ROLE, Values.notAllowed(Role.class, row.get(Columns.ROLE)));
            }
            String unitCode = row.get(Columns.UNIT);
            Unit unit = unitCode.isBlank() ? null : unitsByCode.get(Values.lower(unitCode));
            if (!unitCode.isBlank() && unit == null) {
                plan.problem(row, Columns.UNIT, new UserError("exchange.error.unknown-unit", unitCode));
            } else if (role.isPresent() && (role.get() == Role.DEPARTMENT) != (unit != null)) {
                plan.problem(row, Columns.UNIT, new UserError(role.get() == Role.DEPARTMENT
                        ? "exchange.error.unit-required" : "exchange.error.unit-not-allowed"));
            }
            var data = new AccountData(username, row.get(Columns.DISPLAY_NAME), role.orElse(Role.READER),
                    unit == null ? null : unit.id());
            try {
                validation.check(data);
            } catch (UserError error) {
                plan.invalid(row, Columns.USERNAME, error);
            }
            Integer first = username.isBlank() ? null : seen.putIfAbsent(Values.lower(username), row.line());
            if (first != null) {
                plan.problem(row, Columns.USERNAME, new UserError("exchange.error.duplicate", username, first));
            }
            if (plan.problems.size() > before) {
                continue;
            }
            Account stored = existing.get(Values.lower(username));
            String subject = username + " (" + data.displayName() + ")";
            if (stored == null) {
                plan.change(row, ImportAction.CREATE, subject, List.of(), links -> {
                    long id = accounts.create(data, null);
                    links.add(new InvitationLink(data.username(), data.displayName(), invitations.create(id)));
                });
            } else if (stored.displayName().equals(data.displayName()) && stored.role() == data.role()
                    && Objects.equals(stored.unitId(), data.unitId())) {
                plan.change(row, ImportAction.UNCHANGED, subject, List.of(), null);
            } else {
                plan.problem(row, Columns.USERNAME, new UserError("exchange.error.account-differs", stored.username()));
            }
        }
    }
}
