package de.querschnitt.comment;

import de.querschnitt.comment.repository.CommentRepository;
import de.querschnitt.comment.repository.CommentRepository.OwnerRow;
import de.querschnitt.comment.repository.CommentRepository.ThreadRow;
import de.querschnitt.common.StorableText;
import de.querschnitt.common.UserError;
import de.querschnitt.common.live.LiveEdits;
import de.querschnitt.security.Actor;
import de.querschnitt.security.CurrentUser;
import de.querschnitt.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comment threads on the boxes of a profile or of a unit's instruments: planning staff ask, the unit
 * answers (or remarks, and planning staff answer), a thread is marked as done and can be reopened.
 *
 * <p>Planner and interviewer may comment on every unit, a department on its own unit only, a reader not
 * at all. A profile, instrument set or thread the asker may not see is answered exactly like one that does
 * not exist. Closed (accepted) entries keep their threads readable and refuse every change.
 */
@Service
public class CommentService {

    /** The box of a profile's master data (Stammdaten). */
    public static final String MASTER = "MASTER";
    /** The Zeitraum/Zeitbezug box of a profile. */
    public static final String PERIOD = "PERIOD";
    /** Boxes of a profile: master data, period, then the grid sections by their {@code SectionKind} name. */
    public static final List<String> PROFILE_KEYS = List.of(MASTER, PERIOD, "EINORDNUNG", "GRUNDLAGE", "RAUMBEZUG",
            "INHALT", "STEUERUNG", "SONSTIGES", "THEMEN");
    /** Boxes of a unit's instruments without a plan, as the instrument form shows them. */
    public static final List<String> INSTRUMENT_KEYS = List.of("STEUERUNG", "THEMEN");
    public static final int MAX_LENGTH = 5000;

    private final CommentRepository comments;
    private final CurrentUser currentUser;
    private final LiveEdits live;
    private final Clock clock;

    CommentService(CommentRepository comments, CurrentUser currentUser, LiveEdits live, Clock clock) {
        this.comments = comments;
        this.currentUser = currentUser;
        this.live = live;
        this.clock = clock;
    }

    /**
     * All threads of the owner with their messages, oldest first. A unit without instruments yet has none.
     *
     * @throws UserError "not found" for a profile that does not exist or the person may not see
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public List<CommentThread> threads(CommentOwner owner) {
        Actor actor = currentUser.require();
        return find(owner, actor).map(row -> load(row, actor)).orElse(List.of());
    }

    /** What the person may do with the owner's threads; "not found" like {@link #threads(CommentOwner)}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public CommentRights rights(CommentOwner owner) {
        Actor actor = currentUser.require();
        boolean closed = find(owner, actor).map(OwnerRow::closed).orElse(false);
        return new CommentRights(!closed, actor.role() != Role.DEPARTMENT);
    }

    /**
     * Opens a thread on one box with its first message.
     *
     * @return the new thread's id
     * @throws UserError if the owner is not found or closed, the box is unknown, or the text is empty or too
     *     long; nothing is written
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public long open(CommentOwner owner, String sectionKey, String text) {
        Actor actor = currentUser.require();
        OwnerRow row = writable(existing(owner, actor));
        List<String> keys = owner instanceof CommentOwner.OfProfile ? PROFILE_KEYS : INSTRUMENT_KEYS;
        if (!keys.contains(sectionKey)) {
            throw new UserError("comment.error.section", sectionKey);
        }
        String checked = check(text);
        Instant now = clock.instant();
        long id = comments.insertThread(row, sectionKey, actor, now);
        comments.insertComment(id, actor, now, checked);
        changed(row, actor);
        return id;
    }

    /** Adds an answer to an open thread. */
    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public void answer(long threadId, String text) {
        Actor actor = currentUser.require();
        ThreadRow thread = thread(threadId, actor);
        writable(thread.owner());
        if (thread.status() != ThreadStatus.OPEN) {
            throw new UserError("comment.error.resolved");
        }
        String checked = check(text);
        comments.insertComment(threadId, actor, clock.instant(), checked);
        changed(thread.owner(), actor);
    }

    /** Marks a thread as done; the planner or whoever opened it. Resolving a resolved thread changes nothing. */
    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public void resolve(long threadId) {
        Actor actor = currentUser.require();
        ThreadRow thread = resolvable(threadId, actor);
        if (thread.status() == ThreadStatus.OPEN) {
            comments.resolve(threadId, actor, clock.instant());
            changed(thread.owner(), actor);
        }
    }

    /** Opens a resolved thread again; the planner or whoever opened it. */
    @Transactional
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public void reopen(long threadId) {
        Actor actor = currentUser.require();
        ThreadRow thread = resolvable(threadId, actor);
        if (thread.status() == ThreadStatus.RESOLVED) {
            comments.reopen(threadId);
            changed(thread.owner(), actor);
        }
    }

    /**
     * Whether a question of planning staff is still waiting for the unit: an open thread opened by the planner
     * or interviewer whose last message is not from the unit's staff.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public boolean hasUnanswered(CommentOwner owner) {
        return threads(owner).stream().anyMatch(CommentThread::awaitsDepartment);
    }

    /** The number of open threads of the owner. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public int openThreads(CommentOwner owner) {
        return (int) threads(owner).stream().filter(CommentThread::isOpen).count();
    }

    /**
     * Open threads per unit id in a round (profiles and instruments), for overviews; units without open
     * threads are missing. A department gets at most its own unit.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PLANNER', 'INTERVIEWER', 'DEPARTMENT')")
    public Map<Long, Integer> openThreadsByUnit(long roundId) {
        return comments.openByUnit(roundId, currentUser.require());
    }

    /** The boxes threads can be opened on for this kind of owner. */
    public static List<String> sectionKeys(CommentOwner owner) {
        return owner instanceof CommentOwner.OfProfile ? PROFILE_KEYS : INSTRUMENT_KEYS;
    }

    private List<CommentThread> load(OwnerRow row, Actor actor) {
        var messages = comments.comments(row);
        return comments.threads(row).stream().map(t -> new CommentThread(t.id(), t.sectionKey(), t.status(),
                t.openedRole(), t.openedAt(), t.resolvedBy(), t.resolvedAt(), messages.getOrDefault(t.id(), List.of()),
                mayResolve(t, actor))).toList();
    }

    /** The owner as the person may see it; empty for a unit that has no instruments (yet). */
    private Optional<OwnerRow> find(CommentOwner owner, Actor actor) {
        return switch (owner) {
            case CommentOwner.OfProfile p -> Optional.of(comments.findProfile(p.profileId(), actor)
                    .orElseThrow(() -> new UserError("profile.error.not-found")));
            case CommentOwner.OfInstruments i -> comments.findInstruments(i.roundId(), i.unitId(), actor);
        };
    }

    private OwnerRow existing(CommentOwner owner, Actor actor) {
        return find(owner, actor).orElseThrow(() -> new UserError("instruments.error.not-found"));
    }

    private ThreadRow thread(long threadId, Actor actor) {
        // another unit's thread looks exactly like a missing one
        return comments.findThread(threadId, actor).orElseThrow(() -> new UserError("comment.error.not-found"));
    }

    private ThreadRow resolvable(long threadId, Actor actor) {
        ThreadRow thread = thread(threadId, actor);
        writable(thread.owner());
        if (!mayResolve(thread, actor)) {
            throw new UserError("comment.error.not-opener");
        }
        return thread;
    }

    private static boolean mayResolve(ThreadRow thread, Actor actor) {
        Long opener = thread.openedById();
        return actor.role() == Role.PLANNER || opener != null && opener == actor.accountId();
    }

    private static OwnerRow writable(OwnerRow row) {
        if (row.closed()) {
            throw new UserError("comment.error.locked");
        }
        return row;
    }

    private static String check(@Nullable String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new UserError("comment.error.empty");
        }
        StorableText.require(trimmed);
        if (trimmed.length() > MAX_LENGTH) {
            throw new UserError("comment.error.too-long", trimmed.length(), MAX_LENGTH);
        }
        return trimmed;
    }

    private void changed(OwnerRow row, Actor actor) {
        live.publish(LiveEdits.unitTopic(row.unitId()), actor.username(), actor.displayName());
    }
}
