package de.querschnitt.matrix.repository;

import static de.querschnitt.db.Tables.CORE_THEME;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class CoreThemeRepository {

    private final DSLContext dsl;

    CoreThemeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(long roundId, long termId) {
        // after the last one, also when an earlier one was removed
        int position = dsl.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(CORE_THEME.POSITION).plus(1), 0))
                .from(CORE_THEME).where(CORE_THEME.ROUND_ID.eq(Math.toIntExact(roundId))).fetchSingle().value1();
        dsl.insertInto(CORE_THEME)
                .set(CORE_THEME.ROUND_ID, Math.toIntExact(roundId))
                .set(CORE_THEME.TERM_ID, Math.toIntExact(termId))
                .set(CORE_THEME.POSITION, position)
                .onConflictDoNothing()
                .execute();
    }

    public List<Long> findTermIds(long roundId) {
        return dsl.select(CORE_THEME.TERM_ID).from(CORE_THEME)
                .where(CORE_THEME.ROUND_ID.eq(Math.toIntExact(roundId)))
                .orderBy(CORE_THEME.POSITION)
                .fetch(r -> r.value1().longValue());
    }

    public void delete(long roundId, long termId) {
        dsl.deleteFrom(CORE_THEME)
                .where(CORE_THEME.ROUND_ID.eq(Math.toIntExact(roundId)).and(CORE_THEME.TERM_ID.eq(Math.toIntExact(termId))))
                .execute();
    }
}
