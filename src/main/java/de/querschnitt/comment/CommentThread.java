package de.querschnitt.comment;

import de.querschnitt.security.Role;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A thread on one box ({@code sectionKey}: {@link CommentService#MASTER}, {@link CommentService#PERIOD} or a
 * section kind name), its messages oldest first; the first message opened it.
 *
 * @param mayResolve whether the person who read it may mark it as done or reopen it (the planner, or whoever
 *     opened it)
 */
public record CommentThread(long id, String sectionKey, ThreadStatus status, Role openedRole, Instant openedAt,
        @Nullable String resolvedBy, @Nullable Instant resolvedAt, List<Comment> comments, boolean mayResolve) {

    public CommentThread {
        comments = List.copyOf(comments);
    }

    public boolean isOpen() {
        return status == ThreadStatus.OPEN;
    }

    /** Opened by planning staff and not yet answered by the unit: the unit owes an answer. */
    public boolean awaitsDepartment() {
        return isOpen() && openedRole != Role.DEPARTMENT && !comments.isEmpty()
                && !comments.getLast().fromDepartment();
    }
}
