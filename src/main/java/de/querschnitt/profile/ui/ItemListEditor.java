package de.querschnitt.profile.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import de.querschnitt.common.UserError;
import de.querschnitt.common.ui.Autosave;
import de.querschnitt.common.ui.ErrorMessages;
import de.querschnitt.common.ui.SaveState;
import de.querschnitt.common.ui.UnsentText;
import de.querschnitt.profile.SectionItem;
import de.querschnitt.profile.TermRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A bullet list edited by touch: every item is a text area saved as it is typed; a menu on each item
 * moves it up or down, indents it to a sub-item and back, or removes it (with undo); Enter starts the
 * next item. A new item is saved only once it has text.
 */
public class ItemListEditor extends Div {

    /** Where the items live: a section of a profile or of a unit's instruments, or an interview's needs. */
    public interface Backend {
        List<SectionItem> load();

        long add(@Nullable Long afterId, int depth, String text);

        String update(long id, @Nullable String expected, String text);

        void move(long id, int direction);

        void setDepth(long id, int depth);

        void remove(long id);

        /** A backend from the service calls, e.g. {@code Backend.of(() -> service.needs(id), service::addNeed, ...)}. */
        static Backend of(java.util.function.Supplier<List<SectionItem>> load, Adder add, Updater update,
                Mover move, Mover setDepth, java.util.function.LongConsumer remove) {
            return new Backend() {
                @Override
                public List<SectionItem> load() {
                    return load.get();
                }

                @Override
                public long add(@Nullable Long afterId, int depth, String text) {
                    return add.add(afterId, depth, text);
                }

                @Override
                public String update(long id, @Nullable String expected, String text) {
                    return update.update(id, expected, text);
                }

                @Override
                public void move(long id, int direction) {
                    move.apply(id, direction);
                }

                @Override
                public void setDepth(long id, int depth) {
                    setDepth.apply(id, depth);
                }

                @Override
                public void remove(long id) {
                    remove.accept(id);
                }
            };
        }
    }

    @FunctionalInterface
    public interface Adder {
        long add(@Nullable Long afterId, int depth, String text);
    }

    @FunctionalInterface
    public interface Updater {
        String update(long id, @Nullable String expected, String text);
    }

    /** A change of an item by a number: a move by -1/+1, or a new depth. */
    @FunctionalInterface
    public interface Mover {
        void apply(long id, int value);
    }

    private final Backend backend;
    private final SaveState saveState;
    private final String label;
    private final Div list = new Div();
    private final List<Row> rows = new ArrayList<>();
    private Runnable onChange = () -> { };
    private @Nullable String unsentKey;
    // held here: UnsentText keeps its handlers weakly
    private final java.util.function.Consumer<UnsentText.Entry> draftRestorer = this::restoreDraft;

    public ItemListEditor(String label, Backend backend, SaveState saveState) {
        this.backend = backend;
        this.saveState = saveState;
        this.label = label;
        addClassName("qs-items");
        list.addClassName("qs-items-list");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", label);
        var add = new Button(getTranslation("items.add"), VaadinIcon.PLUS.create(), e -> addDraft(null, 0));
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.addClassName("qs-items-add");
        add(list, add);
        reload();
    }

    /** Called after every saved change, e.g. to update the questionnaire's progress. */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /** Shows the stored items again, keeping what the person is typing (live updates, after moves). */
    public void reload() {
        List<SectionItem> items = backend.load();
        Map<Long, Row> byId = new HashMap<>();
        rows.stream().filter(r -> r.id != null).forEach(r -> byId.put(r.id, r));
        List<Row> ordered = new ArrayList<>();
        for (SectionItem item : items) {
            Row row = byId.remove(item.id());
            if (row == null) {
                row = new Row(item.id(), item.level(), item.text(), item.terms(), null);
            } else {
                row.update(item);
            }
            ordered.add(row);
        }
        // drafts and rows removed elsewhere while the person types in them stay where they were
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            boolean keep = row.id == null || (byId.containsKey(row.id) && row.autosave.isDirty());
            if (keep) {
                int at = i == 0 ? 0 : Math.max(0, ordered.indexOf(rows.get(i - 1)) + 1);
                ordered.add(Math.min(at, ordered.size()), row);
            }
        }
        rows.clear();
        rows.addAll(ordered);
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).layout(i);
            list.add(rows.get(i));
        }
    }

    /**
     * Keeps what the person types in the items in the browser until saved (see Autosave#keepUnsent), under
     * {@code listKey/item/<id>}, and new items not yet saved under {@code listKey/new/<random>}: those come
     * back as new items at the end of the list when the list opens again.
     */
    public void keepUnsent(String listKey) {
        unsentKey = listKey;
        rows.forEach(Row::keepUnsent);
        UnsentText unsent = UnsentText.current();
        if (unsent != null) {
            unsent.register(UnsentText.storageKey(listKey + "/new/") + "*", draftRestorer);
        }
    }

    private void restoreDraft(UnsentText.Entry entry) {
        if (entry.text() == null || entry.text().isBlank()) {
            UnsentText unsent = UnsentText.current();
            if (unsent != null) {
                unsent.discarded(entry.key());
            }
            return;
        }
        String token = entry.key().substring(entry.key().lastIndexOf('/') + 1);
        Row draft = new Row(null, 0, "", List.of(), token);
        rows.add(draft);
        list.add(draft);
        relayout();
        draft.autosave.restore(entry);
    }

    /** The texts shown, in order, with sub-items indented by two spaces (for tests and summaries). */
    public List<String> texts() {
        return rows.stream().map(r -> (r.depth == 1 ? "  " : "") + r.text.getValue()).toList();
    }

    /** The text areas in order (for tests). */
    public List<TextArea> fields() {
        return rows.stream().map(r -> r.text).toList();
    }

    /** Opens a new empty item after the given row (or at the end) and puts the cursor into it. */
    private void addDraft(@Nullable Row after, int depth) {
        int index = after == null ? rows.size() : rows.indexOf(after) + 1;
        Row draft = new Row(null, index == 0 ? 0 : depth, "", List.of(), null);
        rows.add(index, draft);
        list.addComponentAtIndex(index, draft);
        relayout();
        draft.text.focus();
    }

    private void relayout() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).layout(i);
        }
    }

    private @Nullable Long savedIdBefore(Row row) {
        for (int i = rows.indexOf(row) - 1; i >= 0; i--) {
            if (rows.get(i).id != null) {
                return rows.get(i).id;
            }
        }
        return null;
    }

    private void structural(Runnable action) {
        structural(action, null);
    }

    /** Runs a move, indent or removal, shows the new order and puts the focus back where the person was. */
    private void structural(Runnable action, @Nullable Long focusId) {
        try {
            action.run();
            saveState.saved();
        } catch (UserError error) {
            ErrorMessages.show(this, error);
        }
        reload();
        onChange.run();
        if (focusId != null) {
            rows.stream().filter(r -> focusId.equals(r.id)).findFirst().ifPresent(r -> r.text.focus());
        }
    }

    private final class Row extends Div {

        private @Nullable Long id;
        private int depth;
        private final TextArea text = new TextArea();
        private final Autosave<String> autosave;
        private final Div terms = new Div();
        private final MenuBar menu = new MenuBar();
        private final MenuItem up;
        private final MenuItem down;
        private final MenuItem indent;
        private final MenuItem outdent;

        // names this row's text in the browser until it is saved for the first time
        private final String draftToken;

        Row(@Nullable Long id, int depth, String value, List<TermRef> termRefs, @Nullable String draftToken) {
            this.id = id;
            this.depth = depth;
            this.draftToken = draftToken != null ? draftToken : java.util.UUID.randomUUID().toString();
            addClassName("qs-item");
            getElement().setAttribute("role", "listitem");
            text.setWidthFull();
            text.addClassName("qs-item-text");
            text.setPlaceholder(getTranslation("items.placeholder"));
            autosave = Autosave.text(text, label, saveState, id == null ? null : value, this::save);
            keepUnsent();
            Shortcuts.addShortcutListener(text, () -> {
                if (this.id != null) {
                    addDraft(this, this.depth);
                }
            }, Key.ENTER).listenOn(text);
            terms.addClassName("qs-item-terms");
            showTerms(termRefs);
            var body = new Div(text, terms);
            body.addClassName("qs-item-body");

            menu.addThemeVariants(MenuBarVariant.TERTIARY);
            menu.addClassName("qs-item-menu");
            MenuItem actions = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
            actions.setAriaLabel(getTranslation("items.actions"));
            var sub = actions.getSubMenu();
            up = sub.addItem(getTranslation("items.up"), e -> structural(() -> backend.move(requireId(), -1), id()));
            down = sub.addItem(getTranslation("items.down"), e -> structural(() -> backend.move(requireId(), 1), id()));
            indent = sub.addItem(getTranslation("items.indent"),
                    e -> structural(() -> backend.setDepth(requireId(), 1), id()));
            outdent = sub.addItem(getTranslation("items.outdent"),
                    e -> structural(() -> backend.setDepth(requireId(), 0), id()));
            sub.addItem(getTranslation("items.remove"), e -> removeRow());
            add(new Span("•"), body, menu);
            getChildren().findFirst().ifPresent(c -> c.getElement().setAttribute("aria-hidden", "true"));
        }

        private @Nullable String save(@Nullable String expected, @Nullable String value) {
            if (id != null && expected == null) {
                // restoring an item somebody else removed: it comes back as a new item
                id = null;
            }
            if (id == null) {
                if (value == null) {
                    return null;
                }
                id = backend.add(savedIdBefore(this), depth, value);
                keepUnsent();
                // from now on the same saver updates the stored item
                relayout();
                onChange.run();
                return value;
            }
            if (value == null) {
                throw new UserError("item.error.empty");
            }
            String saved = backend.update(id, expected, value);
            onChange.run();
            return saved;
        }

        private void keepUnsent() {
            if (unsentKey != null) {
                autosave.keepUnsent(unsentKey + (id == null ? "/new/" + draftToken : "/item/" + id));
            }
        }

        private @Nullable Long id() {
            return id;
        }

        private long requireId() {
            if (id == null) {
                throw new UserError("item.error.empty");
            }
            return id;
        }

        private void removeRow() {
            if (id == null) {
                rows.remove(this);
                list.remove(this);
                relayout();
                return;
            }
            long removedId = id;
            String removedText = text.getValue();
            int removedDepth = depth;
            int index = rows.indexOf(this);
            Row before = index > 0 ? rows.get(index - 1) : null;
            Long afterId = before == null ? null : before.id;
            // the focus goes to the next item (or the previous one at the end), not to the top of the page
            Row neighbour = index + 1 < rows.size() ? rows.get(index + 1) : before;
            structural(() -> backend.remove(removedId), neighbour == null ? null : neighbour.id);
            var undo = new Button(getTranslation("items.undo"), e -> structural(() ->
                    backend.add(afterId, removedDepth, removedText)));
            undo.addThemeVariants(ButtonVariant.TERTIARY);
            var notification = new Notification(new Span(getTranslation("items.removed")), undo);
            notification.setDuration(8000);
            undo.addClickListener(e -> notification.close());
            notification.open();
        }

        void update(SectionItem item) {
            depth = item.level();
            autosave.refresh(item.text());
            showTerms(item.terms());
        }

        private void showTerms(List<TermRef> termRefs) {
            terms.removeAll();
            termRefs.forEach(t -> {
                var chip = new Span(t.name());
                chip.addClassName("qs-chip");
                terms.add(chip);
            });
            terms.setVisible(!termRefs.isEmpty());
        }

        void layout(int index) {
            setClassName("qs-item--sub", depth == 1);
            String itemLabel = getTranslation(depth == 1 ? "items.sub-label" : "items.label", index + 1, label);
            text.setAriaLabel(itemLabel);
            autosave.setLabel(itemLabel);
            boolean saved = id != null;
            up.setEnabled(saved && index > 0);
            down.setEnabled(saved && index < rows.size() - 1);
            indent.setEnabled(saved && depth == 0 && index > 0);
            outdent.setEnabled(saved && depth == 1);
        }
    }
}
