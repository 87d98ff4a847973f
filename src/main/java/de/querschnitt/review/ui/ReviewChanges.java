package de.querschnitt.review.ui;

import com.vaadin.flow.component.HasComponents;
import de.querschnitt.profile.ProfileField;
import de.querschnitt.review.Correction;
import de.querschnitt.review.ReviewText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Places the corrections of an entry below the boxes of its form they belong to. */
final class ReviewChanges {

    private static final Set<String> MASTER = Set.of(ProfileField.TITLE.key(), ProfileField.DOCUMENT_TITLE.key(),
            ProfileField.KIND.key(), ProfileField.PLANNING_LEVEL.key());

    private final @Nullable Consumer<String> accept;
    private final Map<String, ChangesBox> boxes = new LinkedHashMap<>();

    ReviewChanges(@Nullable Consumer<String> accept) {
        this.accept = accept;
    }

    /** @param box "MASTER", "PERIOD" or a section kind's name */
    void attach(String box, HasComponents container) {
        var changes = new ChangesBox(accept);
        changes.setId("changes-" + box.toLowerCase(java.util.Locale.ROOT));
        boxes.put(box, changes);
        container.add(changes);
    }

    void show(List<Correction> corrections) {
        boxes.forEach((box, changes) -> changes.show(corrections.stream()
                .filter(c -> boxOf(c.field()).equals(box)).toList()));
    }

    static String boxOf(String field) {
        return ReviewText.sectionOf(field).map(Enum::name)
                .orElse(MASTER.contains(field) ? "MASTER" : "PERIOD");
    }
}
