package de.querschnitt.security.repository;

import static org.jooq.impl.DSL.noCondition;

import de.querschnitt.security.Actor;
import de.querschnitt.security.Role;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * Row-level access as a query condition, the one place that says what of a unit's entries a person may
 * see: departments their own unit, readers closed entries only, planning staff everything. Every
 * repository that reads a unit's profiles or instruments adds it to its WHERE clause.
 */
public final class AccessScope {

    /** The stored review state of a closed (accepted, locked) entry. */
    public static final String CLOSED = "ABGESCHLOSSEN";

    private AccessScope() {
    }

    public static Condition visibleTo(Actor actor, Field<Integer> unitId, Field<String> reviewStatus) {
        if (actor.role() == Role.DEPARTMENT) {
            return unitId.eq(Math.toIntExact(actor.unitId()));
        }
        if (actor.role() == Role.READER) {
            return reviewStatus.eq(CLOSED);
        }
        return noCondition();
    }

    /**
     * The scope of a unit's records that have no review state of their own (revisions of its entries):
     * departments their own unit, everybody else everything. Readers change nothing and never ask for these.
     */
    public static Condition unitVisibleTo(Actor actor, Field<Integer> unitId) {
        if (actor.role() == Role.DEPARTMENT) {
            return unitId.eq(Math.toIntExact(actor.unitId()));
        }
        return noCondition();
    }
}
