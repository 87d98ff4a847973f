package de.querschnitt.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import de.querschnitt.comment.Comment;
import de.querschnitt.comment.CommentOwner;
import de.querschnitt.comment.CommentRights;
import de.querschnitt.comment.CommentService;
import de.querschnitt.comment.CommentThread;
import de.querschnitt.common.UserError;
import de.querschnitt.common.ui.Badge;
import de.querschnitt.common.ui.ErrorMessages;
import de.querschnitt.common.ui.Times;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;

/**
 * The comment threads of one box of a profile or of a unit's instruments, placed under that box. Collapsed
 * it is one button ("Kommentare (1 offen)" / "Kommentieren"); expanded it shows each thread with its
 * messages, an answer field, "Erledigt"/"Wieder öffnen", and a field for a new question (planning staff)
 * or remark (the unit). For a reader, or an owner the person may not see, the panel stays hidden, so it can be
 * placed unconditionally. User text is only ever set as text. What a person typed stays when saving fails
 * and when {@link #refresh()} shows other people's comments.
 */
public class CommentPanel extends Div {


    private final CommentService comments;
    private final CommentOwner owner;
    private final String sectionKey;
    private final Button toggle = new Button();
    private final Div body = new Div();
    private final Div threadList = new Div();
    private final TextArea newText = new TextArea();
    private final Button newButton = new Button();
    private final Div newThread = new Div(newText, newButton);
    private final Paragraph locked = new Paragraph();
    private final Map<Long, TextArea> answers = new HashMap<>();
    private boolean expanded;

    public CommentPanel(CommentService comments, CommentOwner owner, String sectionKey) {
        this.comments = comments;
        this.owner = owner;
        this.sectionKey = sectionKey;
        addClassName("qs-comments");
        String bodyId = "qs-comments-" + Integer.toHexString(System.identityHashCode(this));

        toggle.setIcon(VaadinIcon.COMMENT_O.create());
        toggle.addThemeVariants(ButtonVariant.TERTIARY);
        toggle.addClassName("qs-comments-toggle");
        toggle.getElement().setAttribute("aria-controls", bodyId);
        toggle.addClickListener(e -> setExpanded(!expanded));

        body.setId(bodyId);
        body.addClassName("qs-comments-body");
        body.getElement().setAttribute("role", "region");
        body.getElement().setAttribute("aria-label", getTranslation("comment.region", boxName()));
        threadList.addClassName("qs-comment-threads");
        newText.setWidthFull();
        newText.addClassName("qs-comment-new-text");
        newButton.addThemeVariants(ButtonVariant.PRIMARY);
        newButton.addClassName("qs-comment-new");
        newButton.addClickListener(e -> openThread());
        newThread.addClassName("qs-comment-new-thread");
        locked.setText(getTranslation("comment.locked"));
        locked.addClassName("qs-comment-locked");
        body.add(threadList, newThread, locked);
        add(toggle, body);
        setExpanded(false);
        refresh();
    }

    /** Shows the stored threads again (after a live event), keeping what the person is typing. */
    public void refresh() {
        List<CommentThread> threads;
        CommentRights rights;
        try {
            threads = comments.threads(owner).stream().filter(t -> t.sectionKey().equals(sectionKey)).toList();
            rights = comments.rights(owner);
        } catch (UserError | AccessDeniedException notVisible) {
            // a reader, or a profile out of the person's reach (or gone): show nothing of it
            setVisible(false);
            return;
        }
        setVisible(rights.writable() || !threads.isEmpty());
        long open = threads.stream().filter(CommentThread::isOpen).count();
        toggle.setText(open > 0 ? getTranslation("comment.toggle.open", open)
                : threads.isEmpty() ? getTranslation("comment.toggle.none")
                : getTranslation("comment.toggle.all", threads.size()));
        toggle.setAriaLabel(toggle.getText() + ": " + boxName());

        threadList.removeAll();
        answers.keySet().retainAll(threads.stream().map(CommentThread::id).toList());
        threads.forEach(thread -> threadList.add(thread(thread, rights.writable())));

        String newKey = rights.planningStaff() ? "comment.ask" : "comment.remark";
        newText.setLabel(getTranslation(newKey + ".label"));
        newButton.setText(getTranslation(newKey));
        newThread.setVisible(rights.writable());
        locked.setVisible(!rights.writable());
    }

    public boolean isExpanded() {
        return expanded;
    }

    public void setExpanded(boolean expanded) {
        this.expanded = expanded;
        body.setVisible(expanded);
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(expanded));
    }

    private Div thread(CommentThread thread, boolean writable) {
        var box = new Div();
        box.addClassName("qs-comment-thread");
        box.addClassName(thread.isOpen() ? "qs-comment-thread-open" : "qs-comment-thread-resolved");
        var status = thread.isOpen()
                ? new Badge(getTranslation(thread.awaitsDepartment() ? "comment.status.awaits" : "comment.status.open"),
                        Badge.Tone.WARNING)
                : new Badge(getTranslation("comment.status.resolved", thread.resolvedBy(),
                        format(thread.resolvedAt())), Badge.Tone.SUCCESS);
        status.addClassName("qs-comment-status");
        box.add(status);
        for (Comment comment : thread.comments()) {
            box.add(message(comment));
        }
        var actions = new Div();
        actions.addClassName("qs-comment-actions");
        if (writable && thread.isOpen()) {
            TextArea answer = answers.computeIfAbsent(thread.id(), id -> {
                var area = new TextArea(getTranslation("comment.answer.label"));
                area.setWidthFull();
                area.addClassName("qs-comment-answer-text");
                return area;
            });
            var send = new Button(getTranslation("comment.answer"), e -> write(answer,
                    text -> comments.answer(thread.id(), text)));
            send.addClassName("qs-comment-answer");
            box.add(answer);
            actions.add(send);
        }
        if (writable && thread.mayResolve()) {
            var change = thread.isOpen()
                    ? new Button(getTranslation("comment.resolve"), VaadinIcon.CHECK.create(),
                            e -> act(() -> comments.resolve(thread.id())))
                    : new Button(getTranslation("comment.reopen"), e -> act(() -> comments.reopen(thread.id())));
            change.addClassName(thread.isOpen() ? "qs-comment-resolve" : "qs-comment-reopen");
            change.addThemeVariants(ButtonVariant.TERTIARY);
            actions.add(change);
        }
        if (actions.getComponentCount() > 0) {
            box.add(actions);
        }
        return box;
    }

    private Div message(Comment comment) {
        var meta = new Span(getTranslation("comment.meta", comment.authorName(),
                getTranslation("role." + comment.authorRole().name()), format(comment.createdAt())));
        meta.addClassName("qs-comment-meta");
        var text = new Paragraph(comment.text());
        text.addClassName("qs-comment-text");
        var message = new Div(meta, text);
        message.addClassName("qs-comment");
        if (comment.fromDepartment()) {
            message.addClassName("qs-comment-department");
        }
        return message;
    }

    private void openThread() {
        write(newText, text -> comments.open(owner, sectionKey, text));
    }

    /** Saves the field's text; on success empties the field, on failure keeps it and says why. */
    private void write(TextArea field, Consumer<String> save) {
        try {
            save.accept(field.getValue());
        } catch (UserError error) {
            field.setErrorMessage(ErrorMessages.text(this, error));
            field.setInvalid(true);
            return;
        }
        field.clear();
        field.setInvalid(false);
        refresh();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (UserError error) {
            ErrorMessages.show(this, error);
        }
        refresh();
    }

    private String boxName() {
        return getTranslation("comment.box." + sectionKey);
    }

    private String format(Instant instant) {
        return instant == null ? "" : Times.dateTime(getLocale(), instant);
    }
}
