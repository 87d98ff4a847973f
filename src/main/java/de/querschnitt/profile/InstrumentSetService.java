package de.querschnitt.profile;

import de.querschnitt.common.UserError;
import de.querschnitt.profile.repository.InstrumentSetRepository;
import de.querschnitt.audit.AuditTrail;
import de.querschnitt.audit.Target;
import de.querschnitt.profile.repository.SectionRepository;
import de.querschnitt.profile.repository.SectionRepository.InstrumentSetOwner;
import de.querschnitt.security.Actor;
import de.querschnitt.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Steuerungsinstrumente/Themen of a unit that belong to no plan; scoped like profiles. */
@Service
public class InstrumentSetService {

    private final InstrumentSetRepository sets;
    private final SectionRepository sections;
    private final AuditTrail revisions;
    private final SectionValidator sectionValidator;
    private final Owners owners;
    private final CurrentUser currentUser;
    private final Clock clock;

    InstrumentSetService(InstrumentSetRepository sets, SectionRepository sections, AuditTrail revisions,
            SectionValidator sectionValidator, Owners owners, CurrentUser currentUser, Clock clock) {
        this.sets = sets;
        this.sections = sections;
        this.revisions = revisions;
        this.sectionValidator = sectionValidator;
        this.owners = owners;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER')")
    public long create(long roundId, long unitId, List<SectionData> sectionData) {
        Actor actor = currentUser.require();
        sectionValidator.check(sectionData);
        owners.requireRoundAndUnit(roundId, unitId);
        if (sets.find(roundId, unitId, actor).isPresent()) {
            throw new UserError("instruments.error.exists");
        }
        Instant now = clock.instant();
        long id = sets.insert(roundId, unitId);
        sectionData.forEach(section -> sections.insert(new InstrumentSetOwner(id), section));
        revisions.record(actor, now, new Target("INSTRUMENT_SET", id, null, unitId), "created", null, null);
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<InstrumentSet> find(long roundId, long unitId) {
        return sets.find(roundId, unitId, currentUser.require()).map(this::load);
    }

    private InstrumentSet load(InstrumentSetRepository.Head head) {
        return new InstrumentSet(head.id(), head.roundId(), head.unitId(), head.status(),
                sections.find(new InstrumentSetOwner(head.id())));
    }
}
