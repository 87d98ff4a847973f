package de.querschnitt.organisation.repository;

import static de.querschnitt.db.Tables.INSTRUMENT_SET;
import static de.querschnitt.db.Tables.ORG_UNIT;
import static de.querschnitt.db.Tables.PROFILE;
import static de.querschnitt.db.Tables.SECTION;
import static de.querschnitt.db.Tables.SECTION_ITEM;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectCount;

import de.querschnitt.security.repository.AccessScope;
import de.querschnitt.organisation.Unit;
import de.querschnitt.organisation.UnitData;
import de.querschnitt.organisation.UnitKind;
import de.querschnitt.organisation.UnitOverview;
import de.querschnitt.security.Actor;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
public class UnitRepository {

    private final DSLContext dsl;

    UnitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(UnitData data, int sortOrder) {
        return dsl.insertInto(ORG_UNIT)
                .set(ORG_UNIT.CODE, data.code().trim())
                .set(ORG_UNIT.NAME, data.name().trim())
                .set(ORG_UNIT.KIND, data.kind().name())
                .set(ORG_UNIT.DESCRIPTION, data.description())
                .set(ORG_UNIT.SORT_ORDER, sortOrder)
                .returning(ORG_UNIT.ID)
                .fetchSingle(ORG_UNIT.ID)
                .longValue();
    }

    /** Writes code, name and kind if the stored version is still {@code expectedVersion}. */
    public boolean update(long id, int expectedVersion, String code, String name, UnitKind kind) {
        return dsl.update(ORG_UNIT)
                .set(ORG_UNIT.CODE, code)
                .set(ORG_UNIT.NAME, name)
                .set(ORG_UNIT.KIND, kind.name())
                .set(ORG_UNIT.VERSION, expectedVersion + 1)
                .where(ORG_UNIT.ID.eq(Math.toIntExact(id)).and(ORG_UNIT.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    public boolean existsByCode(String code) {
        return dsl.fetchExists(ORG_UNIT, ORG_UNIT.CODE.eq(code.trim()));
    }

    public Optional<Unit> findById(long id, Actor actor) {
        return dsl.selectFrom(ORG_UNIT)
                .where(ORG_UNIT.ID.eq(Math.toIntExact(id)).and(visibleTo(actor)))
                .fetchOptional(UnitRepository::toUnit);
    }

    public Optional<Unit> findByCode(String code) {
        return dsl.selectFrom(ORG_UNIT).where(ORG_UNIT.CODE.eq(code.trim())).fetchOptional(UnitRepository::toUnit);
    }

    public List<Unit> findAll(Actor actor) {
        return dsl.selectFrom(ORG_UNIT)
                .where(visibleTo(actor))
                .orderBy(ORG_UNIT.SORT_ORDER, ORG_UNIT.CODE)
                .fetch(UnitRepository::toUnit);
    }

    /** Units with their counts in one query; readers count only closed entries. */
    public List<UnitOverview> findOverview(long roundId, Actor actor) {
        int round = Math.toIntExact(roundId);
        Condition profileVisible = AccessScope.visibleTo(actor, PROFILE.UNIT_ID, PROFILE.REVIEW_STATUS);
        Condition setVisible = AccessScope.visibleTo(actor, INSTRUMENT_SET.UNIT_ID, INSTRUMENT_SET.REVIEW_STATUS);
        var profiles = selectCount().from(PROFILE)
                .where(PROFILE.UNIT_ID.eq(ORG_UNIT.ID).and(PROFILE.ROUND_ID.eq(round)).and(profileVisible))
                .asField("profiles");
        var instruments = selectCount().from(SECTION_ITEM)
                .join(SECTION).on(SECTION.ID.eq(SECTION_ITEM.SECTION_ID))
                .join(INSTRUMENT_SET).on(INSTRUMENT_SET.ID.eq(SECTION.INSTRUMENT_SET_ID))
                .where(INSTRUMENT_SET.UNIT_ID.eq(ORG_UNIT.ID).and(INSTRUMENT_SET.ROUND_ID.eq(round))
                        .and(SECTION.KIND.eq("STEUERUNG")).and(SECTION_ITEM.DEPTH.eq(0)).and(setVisible))
                .asField("instruments");
        return dsl.select(ORG_UNIT.asterisk(), profiles, instruments)
                .from(ORG_UNIT)
                .where(visibleTo(actor))
                .orderBy(ORG_UNIT.SORT_ORDER, ORG_UNIT.CODE)
                .fetch(r -> new UnitOverview(toUnit(r), r.get(profiles, Integer.class), r.get(instruments, Integer.class)));
    }

    private static Condition visibleTo(Actor actor) {
        return actor.unitId() == null ? noCondition() : ORG_UNIT.ID.eq(Math.toIntExact(actor.unitId()));
    }

    static Unit toUnit(Record r) {
        return new Unit(r.get(ORG_UNIT.ID), r.get(ORG_UNIT.VERSION), r.get(ORG_UNIT.CODE), r.get(ORG_UNIT.NAME),
                UnitKind.valueOf(r.get(ORG_UNIT.KIND)), r.get(ORG_UNIT.DESCRIPTION));
    }
}
