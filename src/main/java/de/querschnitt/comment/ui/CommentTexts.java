package de.querschnitt.comment.ui;

import com.vaadin.flow.component.Component;
import de.querschnitt.common.ui.Badge;

/** Localised texts about open comment threads, for overviews (unit lists, the review board). */
public final class CommentTexts {

    private CommentTexts() {
    }

    /** "1 offene Rückfrage", "3 offene Rückfragen", "keine offenen Rückfragen". */
    public static String openThreads(Component context, int count) {
        return context.getTranslation("comment.count.open", count);
    }

    /** A warning badge with {@link #openThreads}; a neutral one when nothing is open. */
    public static Badge badge(Component context, int count) {
        var badge = new Badge(openThreads(context, count), count > 0 ? Badge.Tone.WARNING : Badge.Tone.NEUTRAL);
        badge.addClassName("qs-comment-count");
        return badge;
    }
}
