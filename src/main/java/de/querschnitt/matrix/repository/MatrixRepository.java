package de.querschnitt.matrix.repository;

import static de.querschnitt.db.Tables.INSTRUMENT_SET;
import static de.querschnitt.db.Tables.ITEM_TERM;
import static de.querschnitt.db.Tables.PROFILE;
import static de.querschnitt.db.Tables.SECTION;
import static de.querschnitt.db.Tables.SECTION_ITEM;
import static de.querschnitt.db.Tables.TERM;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.noCondition;

import de.querschnitt.security.repository.AccessScope;
import de.querschnitt.matrix.MatrixEntry;
import de.querschnitt.matrix.MatrixFilter;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.security.Actor;
import de.querschnitt.vocabulary.Vocabulary;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class MatrixRepository {

    private final DSLContext dsl;

    MatrixRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * One entry per (unit, accepted term, profile or instrument set) of the round that passes the filter; readers
     * see closed ones only.
     */
    public List<MatrixEntry> findEntries(long roundId, Vocabulary vocabulary, MatrixFilter filter, Actor actor) {
        int round = Math.toIntExact(roundId);
        var unit = coalesce(PROFILE.UNIT_ID, INSTRUMENT_SET.UNIT_ID);
        var status = coalesce(PROFILE.REVIEW_STATUS, INSTRUMENT_SET.REVIEW_STATUS);
        Condition filters = noCondition();
        if (filter.reviewStatus() != null) {
            filters = filters.and(status.eq(filter.reviewStatus().name()));
        }
        if (filter.kind() != null) {
            filters = filters.and(PROFILE.KIND.eq(filter.kind().name()));
        }
        if (filter.planningLevel() != null) {
            filters = filters.and(PROFILE.PLANNING_LEVEL.eq(filter.planningLevel().name()));
        }
        return dsl.selectDistinct(unit, ITEM_TERM.TERM_ID, PROFILE.ID, PROFILE.TITLE, PROFILE.KIND, status)
                .from(ITEM_TERM)
                .join(TERM).on(TERM.ID.eq(ITEM_TERM.TERM_ID))
                .join(SECTION_ITEM).on(SECTION_ITEM.ID.eq(ITEM_TERM.ITEM_ID))
                .join(SECTION).on(SECTION.ID.eq(SECTION_ITEM.SECTION_ID))
                .leftJoin(PROFILE).on(PROFILE.ID.eq(SECTION.PROFILE_ID))
                .leftJoin(INSTRUMENT_SET).on(INSTRUMENT_SET.ID.eq(SECTION.INSTRUMENT_SET_ID))
                // proposals are not columns yet, and merged terms have no links left
                .where(TERM.VOCABULARY.eq(vocabulary.name()).and(TERM.STATUS.eq("ACCEPTED")))
                .and(filters)
                .and(PROFILE.ROUND_ID.eq(round).or(INSTRUMENT_SET.ROUND_ID.eq(round)))
                .and(AccessScope.visibleTo(actor, unit, status))
                .orderBy(unit, ITEM_TERM.TERM_ID, PROFILE.SORT_ORDER)
                .fetch(r -> new MatrixEntry(r.value1(), r.value2(),
                        r.value3() == null ? null : r.value3().longValue(), r.value4() == null ? "" : r.value4(),
                        r.value5() == null ? null : ProfileKind.valueOf(r.value5()), ReviewStatus.valueOf(r.value6())));
    }
}
