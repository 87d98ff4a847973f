package de.querschnitt.audit.repository;

import static de.querschnitt.db.Tables.ACCOUNT;
import static de.querschnitt.db.Tables.REVISION;
import static org.jooq.impl.DSL.noCondition;

import de.querschnitt.audit.Revision;
import de.querschnitt.audit.Target;
import de.querschnitt.security.Actor;
import de.querschnitt.security.repository.AccessScope;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.jooq.DSLContext;

@Repository
public class RevisionRepository {

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

    /** Who made the newest change of a field of an entity: display name if the account still exists. */
    public String lastChangedBy(String entity, long entityId, @Nullable String field) {
        return dsl.select(REVISION.USERNAME, ACCOUNT.DISPLAY_NAME)
                .from(REVISION)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(REVISION.ACCOUNT_ID))
                .where(REVISION.ENTITY.eq(entity).and(REVISION.ENTITY_ID.eq(Math.toIntExact(entityId)))
                        .and(field == null ? noCondition() : REVISION.FIELD.eq(field)))
                .orderBy(REVISION.ID.desc())
                .limit(1)
                .fetchOptional(r -> r.value2() != null ? r.value2() : r.value1())
                .orElse("?");
    }

    public List<Revision> findByEntity(String entity, long entityId) {
        return dsl.selectFrom(REVISION)
                .where(REVISION.ENTITY.eq(entity).and(REVISION.ENTITY_ID.eq(Math.toIntExact(entityId))))
                .orderBy(REVISION.ID.desc())
                .fetch(RevisionRepository::toRevision);
    }

    public List<Revision> findByProfile(long profileId) {
        return dsl.selectFrom(REVISION)
                .where(REVISION.PROFILE_ID.eq(Math.toIntExact(profileId)))
                .orderBy(REVISION.ID.desc())
                .fetch(RevisionRepository::toRevision);
    }

    /** Every recorded change, oldest first (the planner's audit trail). */
    public List<Revision> findAll() {
        return dsl.selectFrom(REVISION)
                .orderBy(REVISION.ID)
                .fetch(RevisionRepository::toRevision);
    }

    /** {@link #lastChangedBy(String, long, String)} among the changes of the units the person may see. */
    public String lastChangedBy(String entity, long entityId, @Nullable String field, Actor actor) {
        return dsl.select(REVISION.USERNAME, ACCOUNT.DISPLAY_NAME)
                .from(REVISION)
                .leftJoin(ACCOUNT).on(ACCOUNT.ID.eq(REVISION.ACCOUNT_ID))
                .where(REVISION.ENTITY.eq(entity).and(REVISION.ENTITY_ID.eq(Math.toIntExact(entityId)))
                        .and(field == null ? noCondition() : REVISION.FIELD.eq(field))
                        .and(AccessScope.unitVisibleTo(actor, REVISION.UNIT_ID)))
                .orderBy(REVISION.ID.desc())
                .limit(1)
                .fetchOptional(r -> r.value2() != null ? r.value2() : r.value1())
                .orElse("?");
    }

    private static Revision toRevision(de.querschnitt.db.tables.records.RevisionRecord r) {
        return new Revision(r.getId(), Instant.parse(r.getChangedAt()), r.getUsername(), r.getRole(), r.getEntity(),
                r.getEntityId(), r.getField(), r.getOldValue(), r.getNewValue());
    }
}
