package de.querschnitt.survey.repository;

import static de.querschnitt.db.Tables.SURVEY_ROUND;

import de.querschnitt.survey.SurveyRound;
import de.querschnitt.survey.SurveyRoundData;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
public class SurveyRoundRepository {

    private final DSLContext dsl;

    SurveyRoundRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(SurveyRoundData data, Instant now) {
        return dsl.insertInto(SURVEY_ROUND)
                .set(SURVEY_ROUND.NAME, data.name().trim())
                .set(SURVEY_ROUND.YEAR, data.year())
                .set(SURVEY_ROUND.DESCRIPTION, data.description())
                .set(SURVEY_ROUND.PREVIOUS_ROUND_ID,
                        data.previousRoundId() == null ? null : Math.toIntExact(data.previousRoundId()))
                .set(SURVEY_ROUND.CREATED_AT, now.toString())
                .returning(SURVEY_ROUND.ID)
                .fetchSingle(SURVEY_ROUND.ID)
                .longValue();
    }

    public boolean existsByName(String name) {
        return dsl.fetchExists(SURVEY_ROUND, SURVEY_ROUND.NAME.eq(name.trim()));
    }

    public List<SurveyRound> findAll() {
        return dsl.selectFrom(SURVEY_ROUND)
                .orderBy(SURVEY_ROUND.YEAR.desc(), SURVEY_ROUND.ID.desc())
                .fetch(SurveyRoundRepository::toRound);
    }

    public Optional<SurveyRound> findById(long id) {
        return dsl.selectFrom(SURVEY_ROUND)
                .where(SURVEY_ROUND.ID.eq(Math.toIntExact(id)))
                .fetchOptional(SurveyRoundRepository::toRound);
    }

    private static SurveyRound toRound(Record r) {
        Integer previous = r.get(SURVEY_ROUND.PREVIOUS_ROUND_ID);
        return new SurveyRound(r.get(SURVEY_ROUND.ID), r.get(SURVEY_ROUND.NAME), r.get(SURVEY_ROUND.YEAR),
                r.get(SURVEY_ROUND.DESCRIPTION), previous == null ? null : previous.longValue(),
                "ABGESCHLOSSEN".equals(r.get(SURVEY_ROUND.STATUS)));
    }
}
