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
        int position = dsl.fetchCount(CORE_THEME, CORE_THEME.ROUND_ID.eq(Math.toIntExact(roundId)));
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
}
