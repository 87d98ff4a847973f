/**
 * Comments (Kommentare) on one box of a profile or of a unit's instruments: a thread opened with a
 * question or remark, answered by the other side, resolved and reopened explicitly.
 *
 * <p>This feature depends on no other feature but {@code common} and {@code security}: it finds the
 * profile or instrument set it belongs to with its own scoped queries, so that {@code profile},
 * {@code review} and {@code interview} views can all embed a {@link de.querschnitt.comment.ui.CommentPanel}
 * without a package cycle.
 */
@NullMarked
package de.querschnitt.comment;

import org.jspecify.annotations.NullMarked;
