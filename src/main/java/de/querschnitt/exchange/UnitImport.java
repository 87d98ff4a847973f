package de.querschnitt.exchange;

import de.querschnitt.common.UserError;
import de.querschnitt.common.Validation;
import de.querschnitt.organisation.Unit;
import de.querschnitt.organisation.UnitData;
import de.querschnitt.organisation.UnitKind;
import de.querschnitt.organisation.UnitService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Checks a units file row by row: new units are created, identical ones left alone, others refused. */
@Component
class UnitImport {

    private final UnitService units;
    private final Validation validation;
    private final Values values;

    UnitImport(UnitService units, Validation validation, Values values) {
        this.units = units;
        this.validation = validation;
        this.values = values;
    }

    void plan(List<CsvInput.Row> rows, ImportPlan plan) {
        Map<String, Unit> existing = new HashMap<>();
        units.findAll().forEach(u -> existing.put(Values.lower(u.code()), u));
        Map<String, Integer> seen = new HashMap<>();
        for (CsvInput.Row row : rows) {
            int before = plan.problems.size();
            String code = row.get(Columns.CODE);
            var kind = values.parse(UnitKind.class, Values.enumLabelPrefix(UnitKind.class), row.get(Columns.KIND));
            if (kind.isEmpty()) {
                plan.problem(row, Columns.KIND, Values.notAllowed(UnitKind.class, row.get(Columns.KIND)));
            }
            var data = new UnitData(code, row.get(Columns.NAME), kind.orElse(UnitKind.FACHBEREICH),
                    blankToNull(row.get(Columns.DESCRIPTION)));
            try {
                validation.check(data);
            } catch (UserError error) {
                plan.invalid(row, Columns.CODE, error);
            }
            Integer first = code.isBlank() ? null : seen.putIfAbsent(Values.lower(code), row.line());
            if (first != null) {
                plan.problem(row, Columns.CODE, new UserError("exchange.error.duplicate", code, first));
            }
            if (plan.problems.size() > before) {
                continue;
            }
            Unit stored = existing.get(Values.lower(code));
            String subject = code + " " + data.name();
            if (stored == null) {
                plan.change(row, ImportAction.CREATE, subject, List.of(), links -> units.create(data));
            } else if (stored.name().equals(data.name()) && stored.kind() == data.kind()
                    && Objects.equals(stored.description(), data.description())) {
                plan.change(row, ImportAction.UNCHANGED, subject, List.of(), null);
            } else {
                plan.problem(row, Columns.CODE, new UserError("exchange.error.unit-differs", stored.code()));
            }
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
