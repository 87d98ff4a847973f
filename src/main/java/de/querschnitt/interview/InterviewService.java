package de.querschnitt.interview;

import de.querschnitt.audit.AuditTrail;
import de.querschnitt.audit.Target;
import de.querschnitt.common.BulletOrder;
import de.querschnitt.common.EditConflict;
import de.querschnitt.common.Person;
import de.querschnitt.common.StorableText;
import de.querschnitt.common.UserError;
import de.querschnitt.common.live.LiveEdits;
import de.querschnitt.interview.repository.InterviewRepository;
import de.querschnitt.organisation.Unit;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.ProfileSummary;
import de.querschnitt.profile.Section;
import de.querschnitt.profile.SectionItem;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.profile.SectionOwner;
import de.querschnitt.profile.SectionService;
import de.querschnitt.security.Actor;
import de.querschnitt.security.CurrentUser;
import de.querschnitt.survey.SurveyRoundService;
import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.Vocabulary;
import de.querschnitt.vocabulary.VocabularyService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interviews: the appointment with a unit, who took part, and what the questionnaire captures besides the
 * profiles (Schnittstellen, Bedarfe und Anregungen), with the questionnaire's progress. Planning staff
 * only: departments and readers never see interviews.
 */
@Service
@PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER')")
public class InterviewService {

    private static final int MAX_NEED_LENGTH = 5000;

    private final InterviewRepository interviews;
    private final UnitService units;
    private final SurveyRoundService rounds;
    private final ProfileService profiles;
    private final SectionService sections;
    private final VocabularyService vocabulary;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final LiveEdits live;
    private final Clock clock;

    InterviewService(InterviewRepository interviews, UnitService units, SurveyRoundService rounds,
            ProfileService profiles, SectionService sections, VocabularyService vocabulary, AuditTrail audit,
            CurrentUser currentUser, LiveEdits live, Clock clock) {
        this.interviews = interviews;
        this.units = units;
        this.rounds = rounds;
        this.profiles = profiles;
        this.sections = sections;
        this.vocabulary = vocabulary;
        this.audit = audit;
        this.currentUser = currentUser;
        this.live = live;
        this.clock = clock;
    }

    /** The round's interviews with their progress, in the order of the units. */
    @Transactional(readOnly = true)
    public List<InterviewSummary> list(long roundId) {
        Map<Long, Unit> byId = units.findAll().stream().collect(Collectors.toMap(Unit::id, u -> u));
        return interviews.findByRound(roundId).stream()
                .filter(i -> byId.containsKey(i.unitId()))
                .map(i -> new InterviewSummary(i.id(), i.unitId(), byId.get(i.unitId()).label(), i.date(),
                        i.interviewer(), i.status(), progress(i).completeCount(), InterviewStep.values().length))
                .toList();
    }

    /**
     * Starts the interview with a unit in a round, or returns the existing one: there is one interview per
     * unit and round, and a second appointment continues it.
     */
    @Transactional
    public long start(long roundId, long unitId) {
        Actor actor = currentUser.require();
        rounds.find(roundId).orElseThrow(() -> new UserError("round.error.not-found"));
        units.find(unitId).orElseThrow(() -> new UserError("unit.error.not-found"));
        return interviews.find(roundId, unitId).map(Interview::id).orElseGet(() -> {
            long id = interviews.insert(roundId, unitId, actor.accountId() == Actor.SYSTEM.accountId() ? null
                    : actor.accountId());
            record(actor, new Target("INTERVIEW", id, null, unitId), "interview.created", null, null);
            return id;
        });
    }

    @Transactional(readOnly = true)
    public Optional<Interview> find(long interviewId) {
        currentUser.require();
        return interviews.findById(interviewId);
    }

    /** Saves a field of the appointment if its stored value is still {@code expected}. */
    @Transactional
    public @Nullable String updateField(long interviewId, InterviewField field, @Nullable String expected,
            @Nullable String value) {
        Actor actor = currentUser.require();
        Interview interview = require(interviewId);
        String wanted = value == null || value.isBlank() ? null : StorableText.require(value.strip());
        if (wanted != null && wanted.length() > field.maxLength()) {
            throw new UserError("validation.Size", new UserError.MessageKey(field.key()), field.maxLength());
        }
        if (field == InterviewField.DATE && wanted != null) {
            try {
                LocalDate.parse(wanted);
            } catch (DateTimeParseException e) {
                throw new UserError("interview.error.date");
            }
        }
        String stored = interview.text(field);
        if (Objects.equals(stored, wanted)) {
            return stored;
        }
        String expectedValue = expected == null || expected.isBlank() ? null : expected.strip();
        if (!Objects.equals(stored, expectedValue)) {
            throw new EditConflict(stored, audit.lastChangedBy("INTERVIEW", interviewId, field.key()));
        }
        interviews.updateField(interviewId, field, wanted);
        record(actor, target(interview), field.key(), stored, wanted);
        startIfPlanned(actor, interview);
        return wanted;
    }

    /** Sets the interview's status (geplant, in Durchführung, erfasst). */
    @Transactional
    public void setStatus(long interviewId, InterviewStatus status) {
        Actor actor = currentUser.require();
        Interview interview = require(interviewId);
        if (interview.status() != status) {
            interviews.updateStatus(interviewId, status);
            record(actor, target(interview), "interview.status", interview.status().name(), status.name());
        }
    }

    /** Marks a planned interview as running: called when anything of the unit is captured in it. */
    @Transactional
    public void markRunning(long interviewId) {
        startIfPlanned(currentUser.require(), require(interviewId));
    }

    /** Remembers where the interviewer is, so that the questionnaire resumes there. Not a data change. */
    @Transactional
    public void remember(long interviewId, InterviewStep step, @Nullable Long profileId) {
        currentUser.require();
        require(interviewId);
        interviews.updatePosition(interviewId, step, profileId);
    }

    /** Confirms (or withdraws) that a step has nothing to capture, e.g. a unit without planning documents. */
    @Transactional
    public void setStepEmpty(long interviewId, InterviewStep step, boolean empty) {
        Actor actor = currentUser.require();
        Interview interview = require(interviewId);
        if (!step.mayBeEmpty()) {
            throw new UserError("interview.error.step-required");
        }
        if (interviews.emptySteps(interviewId).contains(step) != empty) {
            interviews.setStepEmpty(interviewId, step, empty);
            record(actor, target(interview), "interview.empty." + step.name(), String.valueOf(!empty),
                    String.valueOf(empty));
        }
    }

    @Transactional(readOnly = true)
    public Set<InterviewStep> emptySteps(long interviewId) {
        require(interviewId);
        return interviews.emptySteps(interviewId);
    }

    /** Which steps are complete and what the others lack. */
    @Transactional(readOnly = true)
    public Progress progress(long interviewId) {
        return progress(require(interviewId));
    }

    private Progress progress(Interview interview) {
        Set<InterviewStep> empty = interviews.emptySteps(interview.id());
        Map<InterviewStep, Boolean> complete = new EnumMap<>(InterviewStep.class);
        Map<InterviewStep, List<Progress.Missing>> missing = new EnumMap<>(InterviewStep.class);
        List<Progress.Missing> master = new ArrayList<>();
        if (units.contacts(interview.unitId()).isEmpty()) {
            master.add(new Progress.Missing("progress.missing.contacts", ""));
        }
        if (interviews.participants(interview.id()).isEmpty()) {
            master.add(new Progress.Missing("progress.missing.participants", ""));
        }
        missing.put(InterviewStep.STAMMDATEN, master);

        List<Progress.Missing> documents = new ArrayList<>();
        List<ProfileSummary> unitProfiles = profiles.findByUnit(interview.roundId(), interview.unitId());
        if (unitProfiles.isEmpty() && !empty.contains(InterviewStep.PLANWERKE)) {
            documents.add(new Progress.Missing("progress.missing.profiles", ""));
        }
        for (ProfileSummary profile : unitProfiles) {
            List<Section> parts = sections.sections(new SectionOwner.OfProfile(profile.id()));
            if (itemCount(parts, SectionKind.INHALT) == 0) {
                documents.add(new Progress.Missing("progress.missing.inhalt", profile.title()));
            }
            if (itemCount(parts, SectionKind.THEMEN) == 0) {
                documents.add(new Progress.Missing("progress.missing.themen", profile.title()));
            }
        }
        missing.put(InterviewStep.PLANWERKE, documents);

        boolean hasInstruments = sections.sections(new SectionOwner.OfInstruments(interview.roundId(),
                interview.unitId())).stream().anyMatch(s -> !s.items().isEmpty());
        missing.put(InterviewStep.INSTRUMENTE, hasInstruments || empty.contains(InterviewStep.INSTRUMENTE) ? List.of()
                : List.of(new Progress.Missing("progress.missing.instruments", "")));
        missing.put(InterviewStep.SCHNITTSTELLEN, !interviews.interfaces(interview.id()).isEmpty()
                || empty.contains(InterviewStep.SCHNITTSTELLEN) ? List.of()
                : List.of(new Progress.Missing("progress.missing.interfaces", "")));
        missing.put(InterviewStep.BEDARFE, !interviews.needs(interview.id()).isEmpty()
                || empty.contains(InterviewStep.BEDARFE) ? List.of()
                : List.of(new Progress.Missing("progress.missing.needs", "")));
        for (InterviewStep step : InterviewStep.values()) {
            complete.put(step, missing.get(step).isEmpty());
        }
        var withContent = java.util.EnumSet.noneOf(InterviewStep.class);
        if (!unitProfiles.isEmpty()) {
            withContent.add(InterviewStep.PLANWERKE);
        }
        if (hasInstruments) {
            withContent.add(InterviewStep.INSTRUMENTE);
        }
        if (!interviews.interfaces(interview.id()).isEmpty()) {
            withContent.add(InterviewStep.SCHNITTSTELLEN);
        }
        if (!interviews.needs(interview.id()).isEmpty()) {
            withContent.add(InterviewStep.BEDARFE);
        }
        return new Progress(complete, missing, withContent);
    }

    private static int itemCount(List<Section> parts, SectionKind kind) {
        return parts.stream().filter(s -> s.kind() == kind).mapToInt(s -> s.items().size()).sum();
    }

    // --- participants

    @Transactional(readOnly = true)
    public List<Person> participants(long interviewId) {
        require(interviewId);
        return interviews.participants(interviewId);
    }

    @Transactional
    public long addParticipant(long interviewId, String name, @Nullable String function) {
        Actor actor = currentUser.require();
        Interview interview = require(interviewId);
        String checkedName = Person.checked(Person.Field.NAME, name);
        String checkedFunction = Person.checked(Person.Field.FUNCTION, function);
        long id = interviews.insertParticipant(interviewId, checkedName, checkedFunction);
        record(actor, new Target("INTERVIEW_PARTICIPANT", id, null, interview.unitId()), "participant", null,
                checkedFunction == null ? checkedName : checkedName + " (" + checkedFunction + ")");
        startIfPlanned(actor, interview);
        return id;
    }

    @Transactional
    public @Nullable String updateParticipant(long participantId, Person.Field field, @Nullable String expected,
            @Nullable String value) {
        Actor actor = currentUser.require();
        var owner = interviews.participantOwner(participantId)
                .orElseThrow(() -> new UserError("person.error.removed"));
        Person person = interviews.participant(participantId).orElseThrow();
        String wanted = Person.checked(field, value);
        String stored = field.of(person);
        if (Objects.equals(stored, wanted)) {
            return stored;
        }
        String expectedValue = expected == null || expected.isBlank() ? null : expected.strip();
        if (!Objects.equals(stored, expectedValue)) {
            throw new EditConflict(stored, audit.lastChangedBy("INTERVIEW_PARTICIPANT", participantId,
                    "participant." + field.key()));
        }
        interviews.updateParticipant(participantId, field, wanted);
        record(actor, new Target("INTERVIEW_PARTICIPANT", participantId, null, owner.unitId()),
                "participant." + field.key(), stored, wanted);
        return wanted;
    }

    @Transactional
    public void removeParticipant(long participantId) {
        Actor actor = currentUser.require();
        var owner = interviews.participantOwner(participantId);
        if (owner.isEmpty()) {
            return;
        }
        Person person = interviews.participant(participantId).orElseThrow();
        interviews.deleteParticipant(participantId);
        record(actor, new Target("INTERVIEW_PARTICIPANT", participantId, null, owner.get().unitId()), "participant",
                person.name(), null);
    }

    // --- Schnittstellen

    @Transactional(readOnly = true)
    public List<InterfaceLink> interfaces(long interviewId) {
        require(interviewId);
        return interviews.interfaces(interviewId);
    }

    /** Adds a unit the interviewed unit works with; adding it twice changes nothing. */
    @Transactional
    public long addInterface(long interviewId, long partnerUnitId) {
        Actor actor = currentUser.require();
        Interview interview = require(interviewId);
        Unit partner = units.find(partnerUnitId).orElseThrow(() -> new UserError("unit.error.not-found"));
        if (partnerUnitId == interview.unitId()) {
            throw new UserError("interface.error.self");
        }
        if (interviews.hasInterface(interviewId, partnerUnitId)) {
            throw new UserError("interface.error.duplicate", partner.label());
        }
        long id = interviews.insertInterface(interviewId, partnerUnitId);
        record(actor, new Target("INTERVIEW_INTERFACE", id, null, interview.unitId()), "interface", null,
                partner.label());
        startIfPlanned(actor, interview);
        return id;
    }

    /** Sets the themes of a Schnittstelle (accepted or proposed theme terms). */
    @Transactional
    public void setInterfaceTerms(long interfaceId, Set<Long> termIds) {
        Actor actor = currentUser.require();
        var owner = interviews.interfaceOwner(interfaceId).orElseThrow(() -> new UserError("interface.error.removed"));
        Map<Long, String> themes = vocabulary.findSelectable(Vocabulary.THEME).stream()
                .collect(Collectors.toMap(Term::id, Term::name));
        if (!themes.keySet().containsAll(termIds)) {
            throw new UserError("section.error.unknown-term", "THEMEN");
        }
        var link = interviews.interfaces(owner.interviewId()).stream().filter(l -> l.id() == interfaceId)
                .findFirst().orElseThrow();
        String before = link.terms().stream().map(t -> t.name()).collect(Collectors.joining(", "));
        var ordered = new LinkedHashSet<>(termIds);
        interviews.replaceInterfaceTerms(interfaceId, ordered);
        String after = interviews.interfaces(owner.interviewId()).stream().filter(l -> l.id() == interfaceId)
                .findFirst().orElseThrow().terms().stream().map(t -> t.name()).collect(Collectors.joining(", "));
        if (!before.equals(after)) {
            record(actor, new Target("INTERVIEW_INTERFACE", interfaceId, null, owner.unitId()), "interface.terms",
                    before.isEmpty() ? null : before, after.isEmpty() ? null : after);
        }
    }

    @Transactional
    public @Nullable String updateInterfaceNote(long interfaceId, @Nullable String expected, @Nullable String value) {
        Actor actor = currentUser.require();
        var owner = interviews.interfaceOwner(interfaceId).orElseThrow(() -> new UserError("interface.error.removed"));
        String wanted = value == null || value.isBlank() ? null : StorableText.require(value.strip());
        if (wanted != null && wanted.length() > 2000) {
            throw new UserError("item.error.too-long", wanted.length(), 2000);
        }
        String stored = interviews.interfaces(owner.interviewId()).stream().filter(l -> l.id() == interfaceId)
                .findFirst().orElseThrow().note();
        if (Objects.equals(stored, wanted)) {
            return stored;
        }
        String expectedValue = expected == null || expected.isBlank() ? null : expected.strip();
        if (!Objects.equals(stored, expectedValue)) {
            throw new EditConflict(stored, audit.lastChangedBy("INTERVIEW_INTERFACE", interfaceId, "interface.note"));
        }
        interviews.updateInterfaceNote(interfaceId, wanted);
        record(actor, new Target("INTERVIEW_INTERFACE", interfaceId, null, owner.unitId()), "interface.note", stored,
                wanted);
        return wanted;
    }

    @Transactional
    public void removeInterface(long interfaceId) {
        Actor actor = currentUser.require();
        var owner = interviews.interfaceOwner(interfaceId);
        if (owner.isEmpty()) {
            return;
        }
        String label = interviews.interfaces(owner.get().interviewId()).stream().filter(l -> l.id() == interfaceId)
                .findFirst().map(InterfaceLink::partnerLabel).orElse(null);
        interviews.deleteInterface(interfaceId);
        record(actor, new Target("INTERVIEW_INTERFACE", interfaceId, null, owner.get().unitId()), "interface", label,
                null);
    }

    // --- Bedarfe und Anregungen

    @Transactional(readOnly = true)
    public List<SectionItem> needs(long interviewId) {
        require(interviewId);
        return interviews.needs(interviewId);
    }

    @Transactional
    public long addNeed(long interviewId, @Nullable Long afterNeedId, int depth, String text) {
        Actor actor = currentUser.require();
        Interview interview = require(interviewId);
        String checked = checkNeed(text);
        var rows = interviews.needRows(interviewId);
        if (rows.size() >= 200) {
            throw new UserError("item.error.too-many", 200);
        }
        int index = afterNeedId == null || rows.stream().noneMatch(r -> r.id() == afterNeedId) ? rows.size()
                : BulletOrder.insertIndex(rows, afterNeedId);
        long id = interviews.insertNeed(interviewId, index, BulletOrder.allowedDepth(index, depth), checked);
        record(actor, new Target("INTERVIEW_NEED", id, null, interview.unitId()), "need", null, checked);
        startIfPlanned(actor, interview);
        return id;
    }

    @Transactional
    public String updateNeed(long needId, @Nullable String expected, String text) {
        Actor actor = currentUser.require();
        String checked = checkNeed(text);
        var owner = interviews.needOwner(needId);
        if (owner.isEmpty()) {
            throw new EditConflict(null, audit.lastChangedBy("INTERVIEW_NEED", needId, null));
        }
        String stored = interviews.need(needId).orElseThrow().text();
        if (stored.equals(checked)) {
            return stored;
        }
        if (!stored.equals(expected == null ? null : expected.strip())) {
            throw new EditConflict(stored, audit.lastChangedBy("INTERVIEW_NEED", needId, "need"));
        }
        interviews.updateNeedText(needId, checked);
        record(actor, new Target("INTERVIEW_NEED", needId, null, owner.get().unitId()), "need", stored, checked);
        return checked;
    }

    @Transactional
    public void moveNeed(long needId, int direction) {
        Actor actor = currentUser.require();
        var owner = interviews.needOwner(needId).orElseThrow(() -> new UserError("item.error.removed"));
        var rows = interviews.needRows(owner.interviewId());
        var moved = BulletOrder.move(rows, needId, direction);
        if (!moved.equals(rows)) {
            interviews.writeNeedOrder(moved);
            record(actor, new Target("INTERVIEW_NEED", needId, null, owner.unitId()), "need.position",
                    String.valueOf(BulletOrder.indexOf(rows, needId) + 1),
                    String.valueOf(BulletOrder.indexOf(moved, needId) + 1));
        }
    }

    @Transactional
    public void setNeedDepth(long needId, int depth) {
        Actor actor = currentUser.require();
        var owner = interviews.needOwner(needId).orElseThrow(() -> new UserError("item.error.removed"));
        var rows = interviews.needRows(owner.interviewId());
        int current = rows.get(BulletOrder.indexOf(rows, needId)).depth();
        if (depth < 0 || depth > 1) {
            throw new UserError("item.error.depth");
        }
        if (current == depth) {
            return;
        }
        if (depth == 1 && !BulletOrder.canIndent(rows, needId)) {
            throw new UserError("section.items.first-level");
        }
        interviews.writeNeedOrder(rows.stream().map(r -> r.id() == needId ? new BulletOrder.Row(r.id(), depth) : r)
                .toList());
        record(actor, new Target("INTERVIEW_NEED", needId, null, owner.unitId()), "need.level",
                String.valueOf(current), String.valueOf(depth));
    }

    @Transactional
    public void removeNeed(long needId) {
        Actor actor = currentUser.require();
        var owner = interviews.needOwner(needId);
        if (owner.isEmpty()) {
            return;
        }
        String text = interviews.need(needId).orElseThrow().text();
        var remaining = BulletOrder.remove(interviews.needRows(owner.get().interviewId()), needId);
        interviews.deleteNeed(needId);
        interviews.writeNeedOrder(remaining);
        record(actor, new Target("INTERVIEW_NEED", needId, null, owner.get().unitId()), "need", text, null);
    }

    private static String checkNeed(@Nullable String text) {
        String checked = text == null || text.isBlank() ? null : StorableText.require(text.strip());
        if (checked == null) {
            throw new UserError("item.error.empty");
        }
        if (checked.length() > MAX_NEED_LENGTH) {
            throw new UserError("item.error.too-long", checked.length(), MAX_NEED_LENGTH);
        }
        return checked;
    }

    private Interview require(long interviewId) {
        currentUser.require();
        return interviews.findById(interviewId)
                .filter(i -> units.find(i.unitId()).isPresent())
                .orElseThrow(() -> new UserError("interview.error.not-found"));
    }

    private void startIfPlanned(Actor actor, Interview interview) {
        if (interview.status() == InterviewStatus.GEPLANT) {
            interviews.updateStatus(interview.id(), InterviewStatus.IN_DURCHFUEHRUNG);
            record(actor, target(interview), "interview.status", InterviewStatus.GEPLANT.name(),
                    InterviewStatus.IN_DURCHFUEHRUNG.name());
        }
    }

    private static Target target(Interview interview) {
        return new Target("INTERVIEW", interview.id(), null, interview.unitId());
    }

    private void record(Actor actor, Target target, String field, @Nullable String oldValue,
            @Nullable String newValue) {
        audit.record(actor, clock.instant(), target, field, oldValue, newValue);
        live.publish(LiveEdits.unitTopic(Objects.requireNonNull(target.unitId())), actor.username(),
                actor.displayName());
    }
}
