package de.querschnitt.common.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import de.querschnitt.common.EditConflict;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Somebody else saved the same field meanwhile: shows both texts, nothing is lost. The person keeps
 * theirs (overwriting the other), takes the other's, or merges both by hand.
 */
public class ConflictDialog extends Dialog {

    /**
     * @param mine what the person typed
     * @param keepMine saves the given text over the stored one
     * @param takeStored shows the stored text in the field
     */
    public ConflictDialog(EditConflict conflict, String fieldLabel, String mine, Consumer<String> keepMine,
            Consumer<@Nullable String> takeStored) {
        String stored = conflict.storedValue();
        setHeaderTitle(getTranslation("conflict.title", fieldLabel));
        addClassName("qs-conflict");
        var explanation = new Paragraph(stored == null
                ? getTranslation("conflict.removed", conflict.changedBy())
                : getTranslation("conflict.changed", conflict.changedBy()));
        var mineField = readOnly(getTranslation("conflict.mine"), mine);
        mineField.setId("conflict-mine");
        var content = new VerticalLayout(explanation, mineField);
        content.setPadding(false);
        if (stored != null) {
            var storedField = readOnly(getTranslation("conflict.stored"), stored);
            storedField.setId("conflict-stored");
            content.add(storedField);
        }
        var merged = new TextArea(getTranslation("conflict.merged"));
        merged.setWidthFull();
        merged.setVisible(false);
        merged.setId("conflict-merged");
        content.add(merged);
        add(content);

        var keep = new Button(getTranslation(stored == null ? "conflict.restore" : "conflict.keep-mine"), e -> {
            close();
            keepMine.accept(mine);
        });
        keep.setId("conflict-keep-mine");
        keep.addThemeVariants(ButtonVariant.PRIMARY);
        var take = new Button(getTranslation(stored == null ? "conflict.discard" : "conflict.take-stored"), e -> {
            close();
            takeStored.accept(stored);
        });
        take.setId("conflict-take-stored");
        getFooter().add(take, keep);
        if (stored != null) {
            var merge = new Button(getTranslation("conflict.merge"));
            merge.setId("conflict-merge");
            merge.addClickListener(e -> {
                if (!merged.isVisible()) {
                    merged.setValue(mine + "\n" + stored);
                    merged.setVisible(true);
                    merged.focus();
                    merge.setText(getTranslation("conflict.save-merged"));
                } else {
                    close();
                    keepMine.accept(merged.getValue());
                }
            });
            getFooter().add(merge);
        }
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
    }

    private static TextArea readOnly(String label, String value) {
        var area = new TextArea(label);
        area.setValue(value);
        area.setReadOnly(true);
        area.setWidthFull();
        return area;
    }
}
