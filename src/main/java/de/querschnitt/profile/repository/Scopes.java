package de.querschnitt.profile.repository;

import static org.jooq.impl.DSL.noCondition;

import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.security.Actor;
import de.querschnitt.security.Role;
import org.jooq.Condition;
import org.jooq.Field;

/** Row-level access as query conditions: what of a unit's entries the actor may see. */
final class Scopes {

    private Scopes() {
    }

    static Condition visibleTo(Actor actor, Field<Integer> unitId, Field<String> reviewStatus) {
        if (actor.role() == Role.DEPARTMENT) {
            return unitId.eq(Math.toIntExact(actor.unitId()));
        }
        if (actor.role() == Role.READER) {
            return reviewStatus.eq(ReviewStatus.ABGESCHLOSSEN.name());
        }
        return noCondition();
    }
}
