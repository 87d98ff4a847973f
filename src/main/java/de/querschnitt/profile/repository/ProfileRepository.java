package de.querschnitt.profile.repository;

import static de.querschnitt.db.Tables.PROFILE;

import de.querschnitt.db.tables.records.ProfileRecord;
import de.querschnitt.profile.Period;
import de.querschnitt.profile.PeriodState;
import de.querschnitt.profile.PlanningLevel;
import de.querschnitt.profile.Profile;
import de.querschnitt.profile.ProfileData;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.ProfileSummary;
import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.profile.UpdateCycle;
import de.querschnitt.security.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import de.querschnitt.security.repository.AccessScope;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
public class ProfileRepository {

    private final DSLContext dsl;

    ProfileRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long roundId, long unitId, ProfileData data, Instant now) {
        int sortOrder = dsl.fetchCount(PROFILE, PROFILE.ROUND_ID.eq(Math.toIntExact(roundId))
                .and(PROFILE.UNIT_ID.eq(Math.toIntExact(unitId))));
        ProfileRecord record = dsl.newRecord(PROFILE);
        record.setRoundId(Math.toIntExact(roundId));
        record.setUnitId(Math.toIntExact(unitId));
        write(record, data);
        record.setSortOrder(sortOrder);
        record.setCreatedAt(now.toString());
        record.setUpdatedAt(now.toString());
        record.store();
        return record.getId();
    }

    /**
     * Writes the master data if the stored version is still {@code expectedVersion}.
     *
     * @return false if somebody else saved in between (nothing written)
     */
    public boolean update(long id, int expectedVersion, ProfileData data, Instant now) {
        ProfileRecord record = dsl.newRecord(PROFILE);
        write(record, data);
        record.setUpdatedAt(now.toString());
        record.setVersion(expectedVersion + 1);
        record.changed(PROFILE.ID, false);
        return dsl.update(PROFILE).set(record)
                .where(PROFILE.ID.eq(Math.toIntExact(id)).and(PROFILE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    public Optional<Profile> findById(long id, Actor actor) {
        return dsl.selectFrom(PROFILE)
                .where(PROFILE.ID.eq(Math.toIntExact(id)))
                .and(AccessScope.visibleTo(actor, PROFILE.UNIT_ID, PROFILE.REVIEW_STATUS))
                .fetchOptional(ProfileRepository::toProfile);
    }

    public List<ProfileSummary> findSummaries(long roundId, @Nullable Long unitId, Actor actor) {
        var condition = PROFILE.ROUND_ID.eq(Math.toIntExact(roundId))
                .and(AccessScope.visibleTo(actor, PROFILE.UNIT_ID, PROFILE.REVIEW_STATUS));
        if (unitId != null) {
            condition = condition.and(PROFILE.UNIT_ID.eq(Math.toIntExact(unitId)));
        }
        return dsl.selectFrom(PROFILE)
                .where(condition)
                .orderBy(PROFILE.UNIT_ID, PROFILE.SORT_ORDER, PROFILE.ID)
                .fetch(r -> {
                    Profile p = toProfile(r);
                    return new ProfileSummary(p.id(), p.unitId(), p.data().title(), p.data().documentTitle(),
                            p.data().kind(), p.data().period(), p.status());
                });
    }

    private static void write(ProfileRecord record, ProfileData data) {
        record.setTitle(data.title().trim());
        record.setDocumentTitle(blankToNull(data.documentTitle()));
        record.setKind(data.kind().name());
        record.setPlanningLevel(data.planningLevel().name());
        Period period = data.period();
        record.setPeriodFrom(period.from());
        record.setPeriodTo(period.to());
        record.setUpdateCycle(period.cycle() == null ? null : period.cycle().name());
        record.setPeriodState(period.state() == null ? null : period.state().name());
        record.setPeriodNote(blankToNull(period.note()));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Profile toProfile(ProfileRecord r) {
        var period = new Period(r.getPeriodFrom(), r.getPeriodTo(),
                r.getUpdateCycle() == null ? null : UpdateCycle.valueOf(r.getUpdateCycle()),
                r.getPeriodState() == null ? null : PeriodState.valueOf(r.getPeriodState()), r.getPeriodNote());
        var data = new ProfileData(r.getTitle(), r.getDocumentTitle(), ProfileKind.valueOf(r.getKind()),
                PlanningLevel.valueOf(r.getPlanningLevel()), period);
        return new Profile(r.getId(), r.getVersion(), r.getRoundId(), r.getUnitId(),
                ReviewStatus.valueOf(r.getReviewStatus()), data);
    }
}
