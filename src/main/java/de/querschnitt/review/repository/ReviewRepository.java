package de.querschnitt.review.repository;

import static de.querschnitt.db.Tables.INSTRUMENT_SET;
import static de.querschnitt.db.Tables.PROFILE;
import static de.querschnitt.db.Tables.REVIEW_BASELINE;
import static de.querschnitt.db.Tables.REVIEW_SNAPSHOT;

import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.review.Baseline;
import de.querschnitt.review.TargetRef;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The review state of profiles and instrument sets and the captured versions their corrections are
 * compared with. Callers have already read the entry through a scoped query, so these statements take its
 * id as allowed.
 */
@Repository
public class ReviewRepository {

    private final DSLContext dsl;

    ReviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Moves the entry from one state to the next; false if it was no longer in {@code from}. */
    public boolean changeStatus(TargetRef target, ReviewStatus from, ReviewStatus to) {
        int id = Math.toIntExact(target.id());
        return switch (target.type()) {
            case PROFILE -> dsl.update(PROFILE).set(PROFILE.REVIEW_STATUS, to.name())
                    .where(PROFILE.ID.eq(id)).and(PROFILE.REVIEW_STATUS.eq(from.name())).execute() == 1;
            case INSTRUMENT_SET -> dsl.update(INSTRUMENT_SET).set(INSTRUMENT_SET.REVIEW_STATUS, to.name())
                    .where(INSTRUMENT_SET.ID.eq(id)).and(INSTRUMENT_SET.REVIEW_STATUS.eq(from.name())).execute() == 1;
        };
    }

    public boolean hasSnapshot(TargetRef target) {
        return dsl.fetchExists(REVIEW_SNAPSHOT, REVIEW_SNAPSHOT.TARGET_TYPE.eq(target.type().name())
                .and(REVIEW_SNAPSHOT.TARGET_ID.eq(Math.toIntExact(target.id()))));
    }

    /** Keeps the captured version, field by field. */
    public void insertSnapshot(TargetRef target, long unitId, Map<String, @Nullable String> fields, Instant at,
            long accountId) {
        dsl.insertInto(REVIEW_SNAPSHOT)
                .set(REVIEW_SNAPSHOT.TARGET_TYPE, target.type().name())
                .set(REVIEW_SNAPSHOT.TARGET_ID, Math.toIntExact(target.id()))
                .set(REVIEW_SNAPSHOT.UNIT_ID, Math.toIntExact(unitId))
                .set(REVIEW_SNAPSHOT.CAPTURED_AT, at.toString())
                .set(REVIEW_SNAPSHOT.CAPTURED_BY_ID, accountId == 0 ? null : Math.toIntExact(accountId))
                .execute();
        var insert = dsl.batch(dsl.insertInto(REVIEW_BASELINE, REVIEW_BASELINE.TARGET_TYPE, REVIEW_BASELINE.TARGET_ID,
                REVIEW_BASELINE.FIELD, REVIEW_BASELINE.CAPTURED).values((String) null, null, null, null));
        fields.forEach((field, value) -> insert.bind(target.type().name(), Math.toIntExact(target.id()), field, value));
        if (!fields.isEmpty()) {
            insert.execute();
        }
    }

    /** The captured version and what was accepted since, by field; empty if it was never sent to review. */
    public Optional<Map<String, Baseline>> baseline(TargetRef target) {
        if (!hasSnapshot(target)) {
            return Optional.empty();
        }
        Map<String, Baseline> result = new LinkedHashMap<>();
        dsl.selectFrom(REVIEW_BASELINE)
                .where(REVIEW_BASELINE.TARGET_TYPE.eq(target.type().name()))
                .and(REVIEW_BASELINE.TARGET_ID.eq(Math.toIntExact(target.id())))
                .forEach(r -> result.put(r.getField(), new Baseline(r.getCaptured(), r.getAcceptedAt() != null,
                        r.getAccepted())));
        return Optional.of(result);
    }

    /** Records that the planner accepted {@code value} for the field. */
    public void accept(TargetRef target, String field, @Nullable String value, Instant at, long accountId) {
        Integer by = accountId == 0 ? null : Math.toIntExact(accountId);
        dsl.insertInto(REVIEW_BASELINE)
                .set(REVIEW_BASELINE.TARGET_TYPE, target.type().name())
                .set(REVIEW_BASELINE.TARGET_ID, Math.toIntExact(target.id()))
                .set(REVIEW_BASELINE.FIELD, field)
                .set(REVIEW_BASELINE.ACCEPTED, value)
                .set(REVIEW_BASELINE.ACCEPTED_AT, at.toString())
                .set(REVIEW_BASELINE.ACCEPTED_BY_ID, by)
                .onConflict(REVIEW_BASELINE.TARGET_TYPE, REVIEW_BASELINE.TARGET_ID, REVIEW_BASELINE.FIELD)
                .doUpdate()
                .set(REVIEW_BASELINE.ACCEPTED, value)
                .set(REVIEW_BASELINE.ACCEPTED_AT, at.toString())
                .set(REVIEW_BASELINE.ACCEPTED_BY_ID, by)
                .execute();
    }
}
