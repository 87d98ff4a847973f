package de.querschnitt.profile;

import de.querschnitt.common.UserError;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.survey.SurveyRoundService;
import org.springframework.stereotype.Component;

/** Checks that the round and the unit a new profile or instrument set belongs to exist for the caller. */
@Component
class Owners {

    private final UnitService units;
    private final SurveyRoundService rounds;

    Owners(UnitService units, SurveyRoundService rounds) {
        this.units = units;
        this.rounds = rounds;
    }

    void requireRoundAndUnit(long roundId, long unitId) {
        rounds.find(roundId).orElseThrow(() -> new UserError("round.error.not-found"));
        units.find(unitId).orElseThrow(() -> new UserError("unit.error.not-found"));
    }
}
