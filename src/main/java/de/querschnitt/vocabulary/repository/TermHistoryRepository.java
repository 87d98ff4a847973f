package de.querschnitt.vocabulary.repository;

import static de.querschnitt.db.Tables.REVISION;

import de.querschnitt.security.Actor;
import de.querschnitt.vocabulary.TermRevision;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The vocabulary's part of the audit trail: {@code revision} rows with entity {@code TERM}. */
@Repository
public class TermHistoryRepository {

    static final String ENTITY = "TERM";

    private final DSLContext dsl;

    TermHistoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(Actor actor, Instant at, long termId, String field, @Nullable String oldValue,
            @Nullable String newValue) {
        dsl.insertInto(REVISION)
                .set(REVISION.CHANGED_AT, at.toString())
                .set(REVISION.ACCOUNT_ID, actor.accountId() == Actor.SYSTEM.accountId() ? null
                        : Math.toIntExact(actor.accountId()))
                .set(REVISION.USERNAME, actor.username())
                .set(REVISION.ROLE, actor.role().name())
                .set(REVISION.ENTITY, ENTITY)
                .set(REVISION.ENTITY_ID, Math.toIntExact(termId))
                .set(REVISION.FIELD, field)
                .set(REVISION.OLD_VALUE, oldValue)
                .set(REVISION.NEW_VALUE, newValue)
                .execute();
    }

    /** Newest first. */
    public List<TermRevision> findByTerm(long termId) {
        return dsl.selectFrom(REVISION)
                .where(REVISION.ENTITY.eq(ENTITY).and(REVISION.ENTITY_ID.eq(Math.toIntExact(termId))))
                .orderBy(REVISION.ID.desc())
                .fetch(r -> new TermRevision(Instant.parse(r.getChangedAt()), r.getUsername(), r.getRole(),
                        r.getField(), r.getOldValue(), r.getNewValue()));
    }
}
