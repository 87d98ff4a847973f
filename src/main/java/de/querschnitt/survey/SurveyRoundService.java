package de.querschnitt.survey;

import de.querschnitt.common.UserError;
import de.querschnitt.common.Validation;
import de.querschnitt.survey.repository.SurveyRoundRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Survey rounds (Erhebungen). Round names are no secret: every logged-in role may list them. */
@Service
public class SurveyRoundService {

    private final SurveyRoundRepository rounds;
    private final Validation validation;
    private final Clock clock;

    SurveyRoundService(SurveyRoundRepository rounds, Validation validation, Clock clock) {
        this.rounds = rounds;
        this.validation = validation;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public long create(SurveyRoundData data) {
        validation.check(data);
        if (rounds.existsByName(data.name())) {
            throw new UserError("round.error.name-taken", data.name().trim());
        }
        return rounds.insert(data, clock.instant());
    }

    /** All rounds, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<SurveyRound> findAll() {
        return rounds.findAll();
    }

    /** The round the screens show by default: the newest one. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<SurveyRound> current() {
        return rounds.findAll().stream().findFirst();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<SurveyRound> find(long id) {
        return rounds.findById(id);
    }
}
