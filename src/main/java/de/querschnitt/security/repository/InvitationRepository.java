package de.querschnitt.security.repository;

import static de.querschnitt.db.Tables.INVITATION;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
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

    /**
     * Ends every unused invitation of the account that is still valid, by moving its expiry to now: a new
     * link replaces the old ones. Returns how many were ended.
     */
    public int expireOpen(long accountId, Instant now) {
        var open = dsl.select(INVITATION.ID, INVITATION.EXPIRES_AT).from(INVITATION)
                .where(INVITATION.ACCOUNT_ID.eq(Math.toIntExact(accountId)).and(INVITATION.USED_AT.isNull()))
                .fetch()
                .stream()
                .filter(r -> now.isBefore(Instant.parse(r.value2())))
                .map(r -> r.value1())
                .toList();
        if (open.isEmpty()) {
            return 0;
        }
        return dsl.update(INVITATION).set(INVITATION.EXPIRES_AT, now.toString()).where(INVITATION.ID.in(open))
                .execute();
    }

    /** Per account with unused invitations: the latest expiry among them (in the past if all have expired). */
    public Map<Long, Instant> latestUnusedExpiry() {
        Map<Long, Instant> latest = new HashMap<>();
        dsl.select(INVITATION.ACCOUNT_ID, INVITATION.EXPIRES_AT).from(INVITATION).where(INVITATION.USED_AT.isNull())
                .forEach(r -> latest.merge(r.value1().longValue(), Instant.parse(r.value2()),
                        (a, b) -> a.isAfter(b) ? a : b));
        return latest;
    }
}
