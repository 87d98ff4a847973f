package de.querschnitt.profile.repository;

import static de.querschnitt.db.Tables.REVISION;

import de.querschnitt.profile.Revision;
import de.querschnitt.security.Actor;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.jooq.DSLContext;

@Repository
public class RevisionRepository {

    /** What changed: the entity, and the profile and unit it belongs to (for histories and filters). */
    public record Target(String entity, long entityId, @Nullable Long profileId, @Nullable Long unitId) {
    }

    private final DSLContext dsl;

    RevisionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(Actor actor, Instant at, Target target, String field, @Nullable String oldValue,
            @Nullable String newValue) {
        dsl.insertInto(REVISION)
                .set(REVISION.CHANGED_AT, at.toString())
                .set(REVISION.ACCOUNT_ID, actor.accountId() == Actor.SYSTEM.accountId() ? null
                        : Math.toIntExact(actor.accountId()))
                .set(REVISION.USERNAME, actor.username())
                .set(REVISION.ROLE, actor.role().name())
                .set(REVISION.ENTITY, target.entity())
                .set(REVISION.ENTITY_ID, Math.toIntExact(target.entityId()))
                .set(REVISION.PROFILE_ID, target.profileId() == null ? null : Math.toIntExact(target.profileId()))
                .set(REVISION.UNIT_ID, target.unitId() == null ? null : Math.toIntExact(target.unitId()))
                .set(REVISION.FIELD, field)
                .set(REVISION.OLD_VALUE, oldValue)
                .set(REVISION.NEW_VALUE, newValue)
                .execute();
    }

    public List<Revision> findByProfile(long profileId) {
        return dsl.selectFrom(REVISION)
                .where(REVISION.PROFILE_ID.eq(Math.toIntExact(profileId)))
                .orderBy(REVISION.ID.desc())
                .fetch(r -> new Revision(r.getId(), Instant.parse(r.getChangedAt()), r.getUsername(), r.getRole(),
                        r.getEntity(), r.getEntityId(), r.getField(), r.getOldValue(), r.getNewValue()));
    }

    /** Every recorded change, oldest first (the planner's audit trail). */
    public List<Revision> findAll() {
        return dsl.selectFrom(REVISION)
                .orderBy(REVISION.ID)
                .fetch(r -> new Revision(r.getId(), Instant.parse(r.getChangedAt()), r.getUsername(), r.getRole(),
                        r.getEntity(), r.getEntityId(), r.getField(), r.getOldValue(), r.getNewValue()));
    }
}
