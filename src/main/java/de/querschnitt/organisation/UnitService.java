package de.querschnitt.organisation;

import de.querschnitt.common.UserError;
import de.querschnitt.common.Validation;
import de.querschnitt.organisation.repository.UnitRepository;
import de.querschnitt.security.CurrentUser;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units. A department user sees only their own unit: other ids answer "not found", exactly as ids that
 * do not exist.
 */
@Service
public class UnitService {

    private final UnitRepository units;
    private final CurrentUser currentUser;
    private final Validation validation;

    UnitService(UnitRepository units, CurrentUser currentUser, Validation validation) {
        this.units = units;
        this.currentUser = currentUser;
        this.validation = validation;
    }

    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public long create(UnitData data) {
        validation.check(data);
        if (units.existsByCode(data.code())) {
            throw new UserError("unit.error.code-taken", data.code().trim());
        }
        return units.insert(data, units.findAll(currentUser.require()).size());
    }

    @Transactional(readOnly = true)
    public Optional<Unit> find(long id) {
        return units.findById(id, currentUser.require());
    }

    @Transactional(readOnly = true)
    public List<Unit> findAll() {
        return units.findAll(currentUser.require());
    }

    @Transactional(readOnly = true)
    public List<UnitOverview> overview(long roundId) {
        return units.findOverview(roundId, currentUser.require());
    }

    /** Looks a unit up by its code (imports and demo data); planning staff only. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLANNER')")
    public Optional<Unit> findByCode(String code) {
        return units.findByCode(code);
    }
}
