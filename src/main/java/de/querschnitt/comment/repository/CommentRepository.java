package de.querschnitt.comment.repository;

import static de.querschnitt.db.Tables.COMMENT;
import static de.querschnitt.db.Tables.COMMENT_THREAD;
import static de.querschnitt.db.Tables.INSTRUMENT_SET;
import static de.querschnitt.db.Tables.PROFILE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;

import de.querschnitt.comment.Comment;
import de.querschnitt.comment.ThreadStatus;
import de.querschnitt.security.Actor;
import de.querschnitt.security.Role;
import de.querschnitt.security.repository.AccessScope;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Comment threads and their messages. The profile or instrument set a thread belongs to is looked up with
 * the asker's {@link AccessScope}: what the person may not see is not found, exactly like a missing id.
 */
@Repository
public class CommentRepository {

    /** A profile or an instrument set as the asker may see it. Exactly one of the two ids is set. */
    public record OwnerRow(@Nullable Long profileId, @Nullable Long instrumentSetId, long unitId, boolean closed) {
    }

    /** A stored thread without its messages. */
    public record ThreadRow(long id, OwnerRow owner, String sectionKey, ThreadStatus status,
            @Nullable Long openedById, Role openedRole, Instant openedAt, @Nullable String resolvedBy,
            @Nullable Instant resolvedAt) {
    }

    private final DSLContext dsl;

    CommentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<OwnerRow> findProfile(long profileId, Actor actor) {
        return dsl.select(PROFILE.ID, PROFILE.UNIT_ID, PROFILE.REVIEW_STATUS)
                .from(PROFILE)
                .where(PROFILE.ID.eq(Math.toIntExact(profileId)))
                .and(AccessScope.visibleTo(actor, PROFILE.UNIT_ID, PROFILE.REVIEW_STATUS))
                .fetchOptional(r -> new OwnerRow(r.value1().longValue(), null, r.value2(),
                        AccessScope.CLOSED.equals(r.value3())));
    }

    public Optional<OwnerRow> findInstruments(long roundId, long unitId, Actor actor) {
        return dsl.select(INSTRUMENT_SET.ID, INSTRUMENT_SET.UNIT_ID, INSTRUMENT_SET.REVIEW_STATUS)
                .from(INSTRUMENT_SET)
                .where(INSTRUMENT_SET.ROUND_ID.eq(Math.toIntExact(roundId)))
                .and(INSTRUMENT_SET.UNIT_ID.eq(Math.toIntExact(unitId)))
                .and(AccessScope.visibleTo(actor, INSTRUMENT_SET.UNIT_ID, INSTRUMENT_SET.REVIEW_STATUS))
                .fetchOptional(r -> new OwnerRow(null, r.value1().longValue(), r.value2(),
                        AccessScope.CLOSED.equals(r.value3())));
    }

    /** The thread with the profile or instrument set it is about, if the asker may see that. */
    public Optional<ThreadRow> findThread(long threadId, Actor actor) {
        var unit = coalesce(PROFILE.UNIT_ID, INSTRUMENT_SET.UNIT_ID);
        var status = coalesce(PROFILE.REVIEW_STATUS, INSTRUMENT_SET.REVIEW_STATUS);
        return dsl.select(COMMENT_THREAD.fields()).select(unit, status)
                .from(COMMENT_THREAD)
                .leftJoin(PROFILE).on(PROFILE.ID.eq(COMMENT_THREAD.PROFILE_ID))
                .leftJoin(INSTRUMENT_SET).on(INSTRUMENT_SET.ID.eq(COMMENT_THREAD.INSTRUMENT_SET_ID))
                .where(COMMENT_THREAD.ID.eq(Math.toIntExact(threadId)))
                .and(AccessScope.visibleTo(actor, unit, status))
                .fetchOptional(r -> toThread(r.into(COMMENT_THREAD), new OwnerRow(
                        toLong(r.get(COMMENT_THREAD.PROFILE_ID)), toLong(r.get(COMMENT_THREAD.INSTRUMENT_SET_ID)),
                        r.get(unit), AccessScope.CLOSED.equals(r.get(status)))));
    }

    /** The owner's threads, oldest first. */
    public List<ThreadRow> threads(OwnerRow owner) {
        return dsl.selectFrom(COMMENT_THREAD)
                .where(ofOwner(owner))
                .orderBy(COMMENT_THREAD.ID)
                .fetch(r -> toThread(r, owner));
    }

    /** The messages of the owner's threads by thread id, each list oldest first. */
    public Map<Long, List<Comment>> comments(OwnerRow owner) {
        Map<Long, List<Comment>> byThread = new LinkedHashMap<>();
        dsl.select(COMMENT.fields())
                .from(COMMENT)
                .join(COMMENT_THREAD).on(COMMENT_THREAD.ID.eq(COMMENT.THREAD_ID))
                .where(ofOwner(owner))
                .orderBy(COMMENT.ID)
                .fetch(r -> r.into(COMMENT))
                .forEach(r -> byThread.computeIfAbsent(r.getThreadId().longValue(), id -> new java.util.ArrayList<>())
                        .add(new Comment(r.getId(), toLong(r.getAuthorId()), r.getAuthorName(),
                                Role.valueOf(r.getAuthorRole()), Instant.parse(r.getCreatedAt()), r.getText())));
        return byThread;
    }

    public long insertThread(OwnerRow owner, String sectionKey, Actor actor, Instant now) {
        return dsl.insertInto(COMMENT_THREAD)
                .set(COMMENT_THREAD.PROFILE_ID, toInt(owner.profileId()))
                .set(COMMENT_THREAD.INSTRUMENT_SET_ID, toInt(owner.instrumentSetId()))
                .set(COMMENT_THREAD.UNIT_ID, Math.toIntExact(owner.unitId()))
                .set(COMMENT_THREAD.SECTION_KEY, sectionKey)
                .set(COMMENT_THREAD.STATUS, ThreadStatus.OPEN.name())
                .set(COMMENT_THREAD.OPENED_BY_ID, accountId(actor))
                .set(COMMENT_THREAD.OPENED_ROLE, actor.role().name())
                .set(COMMENT_THREAD.OPENED_AT, now.toString())
                .returning(COMMENT_THREAD.ID)
                .fetchSingle(COMMENT_THREAD.ID)
                .longValue();
    }

    public void insertComment(long threadId, Actor actor, Instant now, String text) {
        dsl.insertInto(COMMENT)
                .set(COMMENT.THREAD_ID, Math.toIntExact(threadId))
                .set(COMMENT.AUTHOR_ID, accountId(actor))
                .set(COMMENT.AUTHOR_NAME, actor.displayName())
                .set(COMMENT.AUTHOR_ROLE, actor.role().name())
                .set(COMMENT.CREATED_AT, now.toString())
                .set(COMMENT.TEXT, text)
                .execute();
    }

    public void resolve(long threadId, Actor actor, Instant now) {
        dsl.update(COMMENT_THREAD)
                .set(COMMENT_THREAD.STATUS, ThreadStatus.RESOLVED.name())
                .set(COMMENT_THREAD.RESOLVED_BY_ID, accountId(actor))
                .set(COMMENT_THREAD.RESOLVED_BY_NAME, actor.displayName())
                .set(COMMENT_THREAD.RESOLVED_AT, now.toString())
                .where(COMMENT_THREAD.ID.eq(Math.toIntExact(threadId)))
                .execute();
    }

    public void reopen(long threadId) {
        dsl.update(COMMENT_THREAD)
                .set(COMMENT_THREAD.STATUS, ThreadStatus.OPEN.name())
                .setNull(COMMENT_THREAD.RESOLVED_BY_ID)
                .setNull(COMMENT_THREAD.RESOLVED_BY_NAME)
                .setNull(COMMENT_THREAD.RESOLVED_AT)
                .where(COMMENT_THREAD.ID.eq(Math.toIntExact(threadId)))
                .execute();
    }

    /** Open threads per unit of a round's profiles and instruments, only of units the asker may see. */
    public Map<Long, Integer> openByUnit(long roundId, Actor actor) {
        var unit = coalesce(PROFILE.UNIT_ID, INSTRUMENT_SET.UNIT_ID);
        var status = coalesce(PROFILE.REVIEW_STATUS, INSTRUMENT_SET.REVIEW_STATUS);
        int round = Math.toIntExact(roundId);
        Map<Long, Integer> counts = new LinkedHashMap<>();
        dsl.select(unit, count())
                .from(COMMENT_THREAD)
                .leftJoin(PROFILE).on(PROFILE.ID.eq(COMMENT_THREAD.PROFILE_ID))
                .leftJoin(INSTRUMENT_SET).on(INSTRUMENT_SET.ID.eq(COMMENT_THREAD.INSTRUMENT_SET_ID))
                .where(COMMENT_THREAD.STATUS.eq(ThreadStatus.OPEN.name()))
                .and(PROFILE.ROUND_ID.eq(round).or(INSTRUMENT_SET.ROUND_ID.eq(round)))
                .and(AccessScope.visibleTo(actor, unit, status))
                .groupBy(unit)
                .orderBy(unit)
                .fetch()
                .forEach(r -> counts.put(r.value1().longValue(), r.value2()));
        return counts;
    }

    private static Condition ofOwner(OwnerRow owner) {
        return owner.profileId() != null
                ? COMMENT_THREAD.PROFILE_ID.eq(Math.toIntExact(owner.profileId()))
                : COMMENT_THREAD.INSTRUMENT_SET_ID.eq(Math.toIntExact(java.util.Objects.requireNonNull(
                        owner.instrumentSetId())));
    }

    private static ThreadRow toThread(de.querschnitt.db.tables.records.CommentThreadRecord r, OwnerRow owner) {
        return new ThreadRow(r.getId(), owner, r.getSectionKey(), ThreadStatus.valueOf(r.getStatus()),
                toLong(r.getOpenedById()), Role.valueOf(r.getOpenedRole()), Instant.parse(r.getOpenedAt()),
                r.getResolvedByName(), r.getResolvedAt() == null ? null : Instant.parse(r.getResolvedAt()));
    }

    private static @Nullable Integer accountId(Actor actor) {
        return actor.accountId() == Actor.SYSTEM.accountId() ? null : Math.toIntExact(actor.accountId());
    }

    private static @Nullable Long toLong(@Nullable Integer value) {
        return value == null ? null : value.longValue();
    }

    private static @Nullable Integer toInt(@Nullable Long value) {
        return value == null ? null : Math.toIntExact(value);
    }
}
