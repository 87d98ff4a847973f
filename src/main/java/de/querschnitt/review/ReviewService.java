package de.querschnitt.review;

import de.querschnitt.audit.AuditTrail;
import de.querschnitt.audit.Revision;
import de.querschnitt.audit.Target;
import de.querschnitt.comment.CommentOwner;
import de.querschnitt.comment.CommentService;
import de.querschnitt.comment.CommentThread;
import de.querschnitt.common.StorableText;
import de.querschnitt.common.UserError;
import de.querschnitt.common.live.LiveEdits;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.InstrumentSet;
import de.querschnitt.profile.InstrumentSetService;
import de.querschnitt.profile.ProfileCard;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.ProfileSummary;
import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.profile.SectionOwner;
import de.querschnitt.review.repository.ReviewRepository;
import de.querschnitt.security.Actor;
import de.querschnitt.security.CurrentUser;
import de.querschnitt.security.Role;
import de.querschnitt.survey.SurveyRoundService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of a unit's entries (its profiles and its instruments):
 * Entwurf → Zur Prüfung (the planner sends it) → Freigegeben (the unit confirms) → Abgeschlossen (the planner
 * accepts it; locked). The planner can send an entry in review or confirmed back with a question, and reopen
 * a closed one. Every transition is a revision (field {@code status}); any other transition, or one asked for
 * by another role, is refused.
 *
 * <p>The first time an entry goes to the unit its fields are kept as the captured version; every correction
 * is shown against it, and the planner accepts corrections field by field.
 */
@Service
public class ReviewService {

    /** The revision field under which transitions are recorded. */
    public static final String STATUS_FIELD = "status";
    /** The revision field under which the question of a send-back is recorded, right after the transition. */
    public static final String QUESTION_FIELD = "question";

    private final ProfileService profiles;
    private final InstrumentSetService instruments;
    private final UnitService units;
    private final SurveyRoundService rounds;
    private final ReviewRepository reviews;
    private final AuditTrail revisions;
    private final CurrentUser currentUser;
    private final LiveEdits live;
    private final Clock clock;
    private final CommentService comments;

    ReviewService(ProfileService profiles, InstrumentSetService instruments, UnitService units,
            SurveyRoundService rounds, ReviewRepository reviews, AuditTrail revisions, CurrentUser currentUser,
            LiveEdits live, Clock clock, CommentService comments) {
        this.comments = comments;
        this.profiles = profiles;
        this.instruments = instruments;
        this.units = units;
        this.rounds = rounds;
        this.reviews = reviews;
        this.revisions = revisions;
        this.currentUser = currentUser;
        this.live = live;
        this.clock = clock;
    }

    /** The planner sends a draft to the unit; the first time, the captured version is kept. */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public void sendToReview(SectionOwner target) {
        Actor actor = currentUser.require();
        Loaded entry = load(target);
        check(ReviewAction.SEND_TO_REVIEW, entry);
        if (!reviews.hasSnapshot(entry.ref())) {
            reviews.insertSnapshot(entry.ref(), entry.unitId(), entry.fields(), clock.instant(), actor.accountId());
        }
        transition(actor, entry, ReviewStatus.ENTWURF, ReviewStatus.ZUR_PRUEFUNG, null);
    }

    /** Sends every draft of the unit in the round to the unit at once; returns how many were sent. */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public int sendUnitToReview(long roundId, long unitId) {
        int sent = 0;
        for (ReviewEntry entry : entries(roundId, unitId)) {
            if (entry.status() == ReviewStatus.ENTWURF) {
                sendToReview(entry.target());
                sent++;
            }
        }
        return sent;
    }

    /** The unit confirms its entry ("Freigeben"). */
    @Transactional
    @PreAuthorize("hasRole('DEPARTMENT')")
    public void confirm(SectionOwner target) {
        Actor actor = currentUser.require();
        Loaded entry = load(target);
        check(ReviewAction.CONFIRM, entry);
        if (comments.hasUnanswered(commentOwner(target))) {
            throw new UserError("review.error.unanswered");
        }
        transition(actor, entry, ReviewStatus.ZUR_PRUEFUNG, ReviewStatus.FREIGEGEBEN, null);
    }

    /**
     * The planner sends an entry in review or confirmed back to the unit with a question; it is (again) in
     * review.
     */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public void sendBack(SectionOwner target, String question) {
        Actor actor = currentUser.require();
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            throw new UserError("review.error.question-empty");
        }
        if (text.length() > 5000) {
            throw new UserError("review.error.question-too-long", text.length(), 5000);
        }
        StorableText.require(text);
        Loaded entry = load(target);
        check(ReviewAction.SEND_BACK, entry);
        transition(actor, entry, entry.status(), ReviewStatus.ZUR_PRUEFUNG, text);
        // the question is also a thread in the first box, where the unit answers it; confirming waits for that
        CommentOwner owner = commentOwner(target);
        comments.open(owner, CommentService.sectionKeys(owner).getFirst(), text);
    }

    /** The planner accepts a confirmed entry and closes it: its open corrections count as accepted; locked. */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public void close(SectionOwner target) {
        Actor actor = currentUser.require();
        Loaded entry = load(target);
        check(ReviewAction.CLOSE, entry);
        int open = comments.openThreads(commentOwner(target));
        if (open > 0) {
            throw new UserError("review.error.open-threads", open);
        }
        acceptOpen(actor, entry);
        transition(actor, entry, ReviewStatus.FREIGEGEBEN, ReviewStatus.ABGESCHLOSSEN, null);
    }

    /** Only the planner reopens a closed entry; it is confirmed again and can be edited by planning staff. */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public void reopen(SectionOwner target) {
        Actor actor = currentUser.require();
        Loaded entry = load(target);
        check(ReviewAction.REOPEN, entry);
        transition(actor, entry, ReviewStatus.ABGESCHLOSSEN, ReviewStatus.FREIGEGEBEN, null);
    }

    /** The planner accepts the correction of one field, as it stands now. */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public void accept(SectionOwner target, String field) {
        Actor actor = currentUser.require();
        Loaded entry = load(target);
        if (!entry.fields().containsKey(field)) {
            throw new UserError("review.error.unknown-field");
        }
        if (entry.status() == ReviewStatus.ABGESCHLOSSEN) {
            throw new UserError("profile.error.locked");
        }
        Map<String, Baseline> baseline = reviews.baseline(entry.ref())
                .orElseThrow(() -> new UserError("review.error.not-sent"));
        String current = entry.fields().get(field);
        Baseline base = baseline.getOrDefault(field, new Baseline(null, false, null));
        if (!base.isOpenCorrection(current)) {
            return;
        }
        acceptField(actor, entry, field, current, base);
        live.publish(LiveEdits.unitTopic(entry.unitId()), actor.username(), actor.displayName());
    }

    /** The planner accepts every open correction of the entry at once. */
    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public void acceptAll(SectionOwner target) {
        Actor actor = currentUser.require();
        Loaded entry = load(target);
        if (entry.status() == ReviewStatus.ABGESCHLOSSEN) {
            throw new UserError("profile.error.locked");
        }
        acceptOpen(actor, entry);
        live.publish(LiveEdits.unitTopic(entry.unitId()), actor.username(), actor.displayName());
    }

    /** Where the entry stands: its state, its corrections against the captured version, its transitions. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public ReviewState state(SectionOwner target) {
        Loaded entry = load(target);
        var baseline = reviews.baseline(entry.ref());
        List<Correction> corrections = baseline.map(b -> corrections(entry, b)).orElse(List.of());
        List<Revision> transitions = revisions.byEntity(entry.ref().type().name(), entry.ref().id()).stream()
                .filter(r -> STATUS_FIELD.equals(r.field()) || QUESTION_FIELD.equals(r.field()))
                .sorted(Comparator.comparing(Revision::id))
                .toList();
        List<CommentThread> threads = comments.threads(commentOwner(target));
        return new ReviewState(target, entry.unitId(), entry.status(), baseline.isPresent(), corrections,
                transitions, boxes(threads, CommentThread::awaitsDepartment), boxes(threads, CommentThread::isOpen));
    }

    /** The entries of a unit in a round: its profiles and (if captured) its instruments. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public List<ReviewEntry> entries(long roundId, long unitId) {
        Actor actor = currentUser.require();
        if (actor.role() == Role.DEPARTMENT && !Objects.equals(actor.unitId(), unitId)) {
            return List.of();
        }
        List<ReviewEntry> result = new ArrayList<>();
        for (ProfileSummary summary : profiles.findByUnit(roundId, unitId)) {
            result.add(entry(new SectionOwner.OfProfile(summary.id()), summary.title()));
        }
        instruments.find(roundId, unitId).ifPresent(set ->
                result.add(entry(new SectionOwner.OfInstruments(roundId, unitId), null)));
        return result;
    }

    /** "Meine Einträge": the entries of the department's own unit in the current round. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('DEPARTMENT')")
    public List<ReviewEntry> mine() {
        Actor actor = currentUser.require();
        return rounds.current().map(round -> entries(round.id(), Objects.requireNonNull(actor.unitId())))
                .orElse(List.of());
    }

    /** The planner's board: every unit of the round with its entries. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLANNER')")
    public List<UnitReview> board(long roundId) {
        return units.findAll().stream().map(unit -> new UnitReview(unit, entries(roundId, unit.id()))).toList();
    }

    private ReviewEntry entry(SectionOwner target, @Nullable String title) {
        Loaded entry = load(target);
        int open = reviews.baseline(entry.ref())
                .map(b -> (int) corrections(entry, b).stream().filter(c -> !c.accepted()).count()).orElse(0);
        List<CommentThread> threads = comments.threads(commentOwner(target));
        int openThreads = (int) threads.stream().filter(CommentThread::isOpen).count();
        int unanswered = (int) threads.stream().filter(CommentThread::awaitsDepartment).count();
        return new ReviewEntry(target, entry.unitId(), title, entry.status(), open, openThreads, unanswered);
    }

    private static List<String> boxes(List<CommentThread> threads, java.util.function.Predicate<CommentThread> which) {
        return threads.stream().filter(which).map(CommentThread::sectionKey).distinct().toList();
    }

    /** The same entry as the comment feature names it. */
    private static CommentOwner commentOwner(SectionOwner target) {
        return switch (target) {
            case SectionOwner.OfProfile p -> CommentOwner.profile(p.profileId());
            case SectionOwner.OfInstruments i -> CommentOwner.instruments(i.roundId(), i.unitId());
        };
    }

    private List<Correction> corrections(Loaded entry, Map<String, Baseline> baseline) {
        List<Correction> result = new ArrayList<>();
        entry.fields().forEach((field, current) -> {
            Baseline base = baseline.getOrDefault(field, new Baseline(null, false, null));
            if (!Objects.equals(base.captured(), current)) {
                result.add(new Correction(field, base.captured(), current,
                        TrackChanges.diff(base.captured(), current), !base.isOpenCorrection(current)));
            }
        });
        return result;
    }

    private void acceptOpen(Actor actor, Loaded entry) {
        reviews.baseline(entry.ref()).ifPresent(baseline -> entry.fields().forEach((field, current) -> {
            Baseline base = baseline.getOrDefault(field, new Baseline(null, false, null));
            if (base.isOpenCorrection(current)) {
                acceptField(actor, entry, field, current, base);
            }
        }));
    }

    private void acceptField(Actor actor, Loaded entry, String field, @Nullable String current, Baseline base) {
        Instant now = clock.instant();
        reviews.accept(entry.ref(), field, current, now, actor.accountId());
        revisions.record(actor, now, entry.auditTarget(), "accepted." + field, base.captured(), current);
    }

    private void transition(Actor actor, Loaded entry, ReviewStatus from, ReviewStatus to, @Nullable String note) {
        if (!reviews.changeStatus(entry.ref(), from, to)) {
            throw new UserError("review.error.changed");
        }
        Instant now = clock.instant();
        revisions.record(actor, now, entry.auditTarget(), STATUS_FIELD, from.name(), to.name());
        if (note != null) {
            revisions.record(actor, now, entry.auditTarget(), QUESTION_FIELD, null, note);
        }
        live.publish(LiveEdits.unitTopic(entry.unitId()), actor.username(), actor.displayName());
    }

    private static void check(ReviewAction action, Loaded entry) {
        if (!action.possibleIn(entry.status())) {
            throw new UserError("review.error.not-allowed",
                    new UserError.MessageKey("enum.ReviewStatus." + entry.status().name()));
        }
    }

    /** The entry as the asking person may see it; an entry out of their reach is "not found". */
    private Loaded load(SectionOwner target) {
        return switch (target) {
            case SectionOwner.OfProfile p -> {
                ProfileCard card = profiles.findCard(p.profileId())
                        .orElseThrow(() -> new UserError("profile.error.not-found"));
                yield new Loaded(new TargetRef(TargetRef.Type.PROFILE, card.profile().id()), card.profile().unitId(),
                        card.profile().status(), ReviewText.of(card.profile().data(), card.sections()),
                        new Target("PROFILE", card.profile().id(), card.profile().id(), card.profile().unitId()));
            }
            case SectionOwner.OfInstruments i -> {
                InstrumentSet set = instruments.find(i.roundId(), i.unitId())
                        .orElseThrow(() -> new UserError("instruments.error.not-found"));
                yield new Loaded(new TargetRef(TargetRef.Type.INSTRUMENT_SET, set.id()), set.unitId(), set.status(),
                        ReviewText.of(set.sections()), new Target("INSTRUMENT_SET", set.id(), null, set.unitId()));
            }
        };
    }

    private record Loaded(TargetRef ref, long unitId, ReviewStatus status, Map<String, @Nullable String> fields,
            Target auditTarget) {
    }
}
