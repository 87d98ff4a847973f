package de.querschnitt.security.repository;

import static de.querschnitt.db.Tables.INVITATION;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.jooq.DSLContext;

/** Invitation links; only the hash of a token is stored. */
@Repository
public class InvitationRepository {

    public record Row(long id, long accountId, Instant expiresAt, @Nullable Instant usedAt) {
    }

    private final DSLContext dsl;

    InvitationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(String tokenHash, long accountId, @Nullable Long createdById, Instant createdAt,
            Instant expiresAt) {
        return dsl.insertInto(INVITATION)
                .set(INVITATION.TOKEN_HASH, tokenHash)
                .set(INVITATION.ACCOUNT_ID, Math.toIntExact(accountId))
                .set(INVITATION.CREATED_BY_ID, createdById == null ? null : Math.toIntExact(createdById))
                .set(INVITATION.CREATED_AT, createdAt.toString())
                .set(INVITATION.EXPIRES_AT, expiresAt.toString())
                .returning(INVITATION.ID)
                .fetchSingle(INVITATION.ID)
                .longValue();
    }

    public Optional<Row> findByTokenHash(String tokenHash) {
        return dsl.selectFrom(INVITATION)
                .where(INVITATION.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(r -> new Row(r.getId(), r.getAccountId(), Instant.parse(r.getExpiresAt()),
                        r.getUsedAt() == null ? null : Instant.parse(r.getUsedAt())));
    }

    /** Marks the invitation used unless somebody was quicker; true if this call used it. */
    public boolean markUsed(long id, Instant now) {
        return dsl.update(INVITATION)
                .set(INVITATION.USED_AT, now.toString())
                .where(INVITATION.ID.eq(Math.toIntExact(id)).and(INVITATION.USED_AT.isNull()))
                .execute() == 1;
    }
}
