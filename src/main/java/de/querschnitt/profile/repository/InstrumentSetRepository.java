package de.querschnitt.profile.repository;

import static de.querschnitt.db.Tables.INSTRUMENT_SET;

import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.security.Actor;
import java.util.List;
import java.util.Optional;
import de.querschnitt.security.repository.AccessScope;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class InstrumentSetRepository {

    public record Head(long id, long roundId, long unitId, ReviewStatus status) {
    }

    private final DSLContext dsl;

    InstrumentSetRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long roundId, long unitId) {
        return dsl.insertInto(INSTRUMENT_SET)
                .set(INSTRUMENT_SET.ROUND_ID, Math.toIntExact(roundId))
                .set(INSTRUMENT_SET.UNIT_ID, Math.toIntExact(unitId))
                .returning(INSTRUMENT_SET.ID)
                .fetchSingle(INSTRUMENT_SET.ID)
                .longValue();
    }

    public Optional<Head> find(long roundId, long unitId, Actor actor) {
        return findAll(roundId, actor).stream().filter(h -> h.unitId() == unitId).findFirst();
    }

    public Optional<Head> findById(long id, Actor actor) {
        return dsl.selectFrom(INSTRUMENT_SET)
                .where(INSTRUMENT_SET.ID.eq(Math.toIntExact(id)))
                .and(AccessScope.visibleTo(actor, INSTRUMENT_SET.UNIT_ID, INSTRUMENT_SET.REVIEW_STATUS))
                .fetchOptional(r -> new Head(r.getId(), r.getRoundId(), r.getUnitId(),
                        ReviewStatus.valueOf(r.getReviewStatus())));
    }

    public List<Head> findAll(long roundId, Actor actor) {
        return dsl.selectFrom(INSTRUMENT_SET)
                .where(INSTRUMENT_SET.ROUND_ID.eq(Math.toIntExact(roundId)))
                .and(AccessScope.visibleTo(actor, INSTRUMENT_SET.UNIT_ID, INSTRUMENT_SET.REVIEW_STATUS))
                .orderBy(INSTRUMENT_SET.UNIT_ID)
                .fetch(r -> new Head(r.getId(), r.getRoundId(), r.getUnitId(),
                        ReviewStatus.valueOf(r.getReviewStatus())));
    }
}
