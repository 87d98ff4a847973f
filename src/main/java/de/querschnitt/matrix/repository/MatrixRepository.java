package de.querschnitt.matrix.repository;

import static de.querschnitt.db.Tables.INSTRUMENT_SET;
import static de.querschnitt.db.Tables.ITEM_TERM;
import static de.querschnitt.db.Tables.PROFILE;
import static de.querschnitt.db.Tables.SECTION;
import static de.querschnitt.db.Tables.SECTION_ITEM;
import static de.querschnitt.db.Tables.TERM;
import static org.jooq.impl.DSL.coalesce;

import de.querschnitt.security.repository.AccessScope;
import de.querschnitt.matrix.MatrixEntry;
import de.querschnitt.security.Actor;
import de.querschnitt.vocabulary.Vocabulary;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class MatrixRepository {

    private final DSLContext dsl;

    MatrixRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One entry per (unit, term, profile or instrument set) of the round; readers see closed ones only. */
    public List<MatrixEntry> findEntries(long roundId, Vocabulary vocabulary, Actor actor) {
        int round = Math.toIntExact(roundId);
        var unit = coalesce(PROFILE.UNIT_ID, INSTRUMENT_SET.UNIT_ID);
        var status = coalesce(PROFILE.REVIEW_STATUS, INSTRUMENT_SET.REVIEW_STATUS);
        return dsl.selectDistinct(unit, ITEM_TERM.TERM_ID, PROFILE.ID, PROFILE.TITLE)
                .from(ITEM_TERM)
                .join(TERM).on(TERM.ID.eq(ITEM_TERM.TERM_ID))
                .join(SECTION_ITEM).on(SECTION_ITEM.ID.eq(ITEM_TERM.ITEM_ID))
                .join(SECTION).on(SECTION.ID.eq(SECTION_ITEM.SECTION_ID))
                .leftJoin(PROFILE).on(PROFILE.ID.eq(SECTION.PROFILE_ID))
                .leftJoin(INSTRUMENT_SET).on(INSTRUMENT_SET.ID.eq(SECTION.INSTRUMENT_SET_ID))
                .where(TERM.VOCABULARY.eq(vocabulary.name()))
                .and(PROFILE.ROUND_ID.eq(round).or(INSTRUMENT_SET.ROUND_ID.eq(round)))
                .and(AccessScope.visibleTo(actor, unit, status))
                .orderBy(unit, ITEM_TERM.TERM_ID, PROFILE.SORT_ORDER)
                .fetch(r -> new MatrixEntry(r.value1(), r.value2(),
                        r.value3() == null ? null : r.value3().longValue(), r.value4() == null ? "" : r.value4()));
    }
}
