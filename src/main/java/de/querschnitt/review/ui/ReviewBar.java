package de.querschnitt.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import de.querschnitt.audit.Revision;
import de.querschnitt.common.UserError;
import de.querschnitt.common.ui.ErrorMessages;
import de.querschnitt.common.ui.Times;
import de.querschnitt.profile.ReviewStatus;
import de.querschnitt.profile.ui.StatusBadge;
import de.querschnitt.review.ReviewAction;
import de.querschnitt.review.ReviewService;
import de.querschnitt.review.ReviewState;
import de.querschnitt.security.Role;
import java.util.List;

/**
 * The head of an entry under review: its state, what is asked of the person looking at it, the counts of
 * open corrections and questions, the transitions this person may take, and the history of the states.
 */
public final class ReviewBar extends Div {

    private final ReviewService reviews;
    private final Role role;
    private final Runnable changed;
    private ReviewState state;

    /** @param changed runs after a transition or acceptance, so the page can show the new state */
    public ReviewBar(ReviewService reviews, ReviewState state, Role role, Runnable changed) {
        this.reviews = reviews;
        this.role = role;
        this.changed = changed;
        this.state = state;
        addClassName("qs-review-bar");
        setId("review-bar");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("review.bar.aria"));
        render();
    }

    public void show(ReviewState newState) {
        this.state = newState;
        render();
    }

    public ReviewState state() {
        return state;
    }

    private void render() {
        removeAll();
        ReviewStatus status = state.status();
        var badge = StatusBadge.of(status, getTranslation("enum.ReviewStatus." + status.name()));
        badge.setId("review-status");
        var top = new Div(badge);
        top.addClassName("qs-review-bar-top");
        long open = state.openCorrections();
        if (state.sent()) {
            var counts = new Span(getTranslation("review.bar.corrections", open, state.corrections().size()));
            counts.addClassName("qs-review-counts");
            counts.setId("review-corrections");
            top.add(counts);
        }
        add(top);
        var asked = new Paragraph(getTranslation("review.asked." + (role == Role.DEPARTMENT ? "unit" : "staff") + "."
                + status.name()));
        asked.addClassName("qs-review-asked");
        asked.setId("review-asked");
        add(asked);
        if (!state.unansweredBoxes().isEmpty()) {
            boolean unit = role == Role.DEPARTMENT;
            lastQuestion().ifPresent(question -> {
                var text = new Paragraph(getTranslation(unit ? "review.bar.question" : "review.bar.question.staff",
                        question));
                text.addClassName("qs-review-question");
                add(text);
            });
            var where = new Paragraph(getTranslation(unit ? "review.bar.unanswered" : "review.bar.unanswered.staff",
                    boxes(state.unansweredBoxes())));
            where.addClassName("qs-review-question");
            where.setId("review-unanswered");
            add(where);
        }
        var actions = new Div();
        actions.addClassName("qs-review-actions");
        for (ReviewAction action : ReviewAction.available(role, status)) {
            actions.add(button(action));
        }
        if (role == Role.PLANNER && open > 0 && status != ReviewStatus.ABGESCHLOSSEN) {
            var all = new Button(getTranslation("review.action.accept-all", open), VaadinIcon.CHECK_CIRCLE_O.create(),
                    e -> run(() -> reviews.acceptAll(state.target()), "review.done.accepted"));
            all.setId("review-accept-all");
            actions.add(all);
        }
        if (actions.getComponentCount() > 0) {
            add(actions);
        }
        if (!state.transitions().isEmpty()) {
            add(history());
        }
    }

    private java.util.Optional<String> lastQuestion() {
        if (state.status() != ReviewStatus.ZUR_PRUEFUNG) {
            return java.util.Optional.empty();
        }
        List<Revision> transitions = state.transitions();
        // the question belongs to the latest transition, recorded right after it
        return transitions.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(transitions.getLast().field().equals("question")
                        ? transitions.getLast().newValue() : null);
    }

    private Button button(ReviewAction action) {
        String key = "review.action." + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        var button = new Button(getTranslation(key));
        button.setId("review-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        switch (action) {
            case SEND_TO_REVIEW -> {
                button.addThemeVariants(ButtonVariant.PRIMARY);
                button.addClickListener(e -> run(() -> reviews.sendToReview(state.target()), "review.done.sent"));
            }
            case CONFIRM -> {
                button.addThemeVariants(ButtonVariant.PRIMARY);
                button.setIcon(VaadinIcon.CHECK.create());
                button.addClickListener(e -> {
                    if (!state.unansweredBoxes().isEmpty()) {
                        refuse("review.refused.unanswered", state.unansweredBoxes());
                        return;
                    }
                    confirm("review.confirm.confirm", "review.action.confirm",
                            () -> run(() -> reviews.confirm(state.target()), "review.done.confirmed"));
                });
            }
            case SEND_BACK -> button.addClickListener(e -> sendBack());
            case CLOSE -> {
                button.addThemeVariants(ButtonVariant.PRIMARY);
                button.setIcon(VaadinIcon.LOCK.create());
                long open = state.openCorrections();
                button.addClickListener(e -> {
                    if (!state.openThreadBoxes().isEmpty()) {
                        refuse("review.refused.open-threads", state.openThreadBoxes());
                        return;
                    }
                    confirm(open > 0 ? "review.confirm.close-with-corrections" : "review.confirm.close",
                            "review.action.close", () -> run(() -> reviews.close(state.target()),
                                    "review.done.closed"), open);
                });
            }
            case REOPEN -> {
                button.setIcon(VaadinIcon.UNLOCK.create());
                button.addClickListener(e -> confirm("review.confirm.reopen", "review.action.reopen",
                        () -> run(() -> reviews.reopen(state.target()), "review.done.reopened")));
            }
        }
        return button;
    }

    /** Says why a step is not possible yet and where to look, without asking first. */
    private void refuse(String key, List<String> boxes) {
        Notification.show(getTranslation(key, boxes(boxes)), 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.ERROR);
    }

    /** The boxes' names as the form shows them: "Stammdaten", "Zeitraum/Zeitbezug", "Inhalt" … */
    private String boxes(List<String> keys) {
        return String.join(", ", keys.stream().map(key -> getTranslation("comment.box." + key)).toList());
    }

    private void confirm(String textKey, String actionKey, Runnable action, Object... arguments) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(actionKey));
        dialog.setText(getTranslation(textKey, arguments));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation(actionKey));
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
    }

    private void sendBack() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("review.action.send-back"));
        var question = new TextArea(getTranslation("review.send-back.question"));
        question.setHelperText(getTranslation("review.send-back.help"));
        question.setWidthFull();
        question.setMinRows(3);
        question.setId("review-question");
        var send = new Button(getTranslation("review.send-back.send"), e -> {
            try {
                reviews.sendBack(state.target(), question.getValue());
                dialog.close();
                done("review.done.sent-back");
            } catch (UserError error) {
                question.setInvalid(true);
                question.setErrorMessage(ErrorMessages.text(this, error));
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("review-question-send");
        dialog.add(question);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.setWidth("min(36rem, 95vw)");
        dialog.open();
        question.focus();
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            done(doneKey);
        } catch (UserError error) {
            ErrorMessages.show(this, error);
            changed.run();
        }
    }

    private void done(String doneKey) {
        Notification.show(getTranslation(doneKey), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
        changed.run();
    }

    private Details history() {
        var list = new UnorderedList();
        for (Revision r : state.transitions()) {
            if (java.util.Objects.equals(r.oldValue(), r.newValue())) {
                // a question sent back while the entry was already in review: its question line says it all
                continue;
            }
            String what = r.field().equals("question")
                    ? getTranslation("review.history.question", r.newValue())
                    : getTranslation("review.history.status", label(r.oldValue()), label(r.newValue()));
            list.add(new ListItem(Times.dateTime(getLocale(), r.changedAt()) + " · " + r.username() + ": " + what));
        }
        var details = new Details(getTranslation("review.history"), list);
        details.addClassName("qs-review-history");
        return details;
    }

    private String label(String status) {
        return status == null ? "" : getTranslation("enum.ReviewStatus." + status);
    }
}
