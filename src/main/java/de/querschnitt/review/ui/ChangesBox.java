package de.querschnitt.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import de.querschnitt.common.ui.Badge;
import de.querschnitt.profile.ProfileField;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.review.Correction;
import de.querschnitt.review.ReviewText;
import de.querschnitt.review.TrackChanges;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The corrections of one box of the form against what the interviewer captured, like track changes; the
 * planner accepts each with one tap. Hidden while the box has none.
 */
public final class ChangesBox extends Div {

    private final @Nullable Consumer<String> accept;

    /** @param accept accepts a field's correction; {@code null} when the person may not accept */
    public ChangesBox(@Nullable Consumer<String> accept) {
        this.accept = accept;
        addClassName("qs-changes");
        setVisible(false);
    }

    public void show(List<Correction> corrections) {
        removeAll();
        setVisible(!corrections.isEmpty());
        if (corrections.isEmpty()) {
            return;
        }
        var heading = new Div(VaadinIcon.EDIT.create(), new Span(getTranslation("review.changes.heading")));
        heading.addClassName("qs-changes-heading");
        add(heading);
        for (Correction correction : corrections) {
            add(row(correction));
        }
    }

    private Div row(Correction correction) {
        var label = new Span(label(correction.field()));
        label.addClassName("qs-changes-field");
        var head = new Div(label);
        head.addClassName("qs-changes-row-head");
        if (correction.accepted()) {
            head.add(new Badge(getTranslation("review.changes.accepted"), Badge.Tone.SUCCESS));
        } else if (accept != null) {
            var button = new Button(getTranslation("review.changes.accept"), VaadinIcon.CHECK.create(),
                    e -> accept.accept(correction.field()));
            button.addThemeVariants(ButtonVariant.SMALL);
            button.getElement().setAttribute("aria-label",
                    getTranslation("review.changes.accept.aria", label(correction.field())));
            head.add(button);
        } else {
            // seen by the unit (its own correction) or the interviewer: nothing for them to do
            head.add(new Badge(getTranslation("review.changes.corrected"), Badge.Tone.INFO));
        }
        var diff = choices(correction.field()).isPresent()
                ? TrackChanges.diff(display(correction.field(), correction.captured()),
                        display(correction.field(), correction.current()))
                : correction.diff();
        var row = new Div(head, new DiffText(diff));
        row.addClassName("qs-changes-row");
        row.getElement().setAttribute("data-field", correction.field());
        return row;
    }

    /** Choices show their German label, not the stored constant. */
    private @Nullable String display(String field, @Nullable String value) {
        var type = choices(field);
        if (type.isEmpty() || value == null) {
            return value;
        }
        return getTranslation("enum." + type.get().getSimpleName() + "." + value);
    }

    private static java.util.Optional<Class<? extends Enum<?>>> choices(String field) {
        return ProfileField.ofKey(field).flatMap(ProfileField::choices);
    }

    String label(String field) {
        var section = ReviewText.sectionOf(field);
        if (section.isEmpty()) {
            return getTranslation("field." + field);
        }
        String name = getTranslation("enum." + SectionKind.class.getSimpleName() + "." + section.get().name());
        if (field.endsWith(".intro")) {
            return getTranslation("field.section.intro", name);
        }
        if (field.endsWith(".note")) {
            return getTranslation("field.section.note", name);
        }
        return name;
    }
}
