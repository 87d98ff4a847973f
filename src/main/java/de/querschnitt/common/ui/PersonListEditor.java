package de.querschnitt.common.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import de.querschnitt.common.Person;
import de.querschnitt.common.UserError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * People with their function (contact persons, participants), edited in place: every field is saved as it
 * is typed; a new row is saved once it has a name.
 */
public class PersonListEditor extends Div {

    /** Where the people are stored. */
    public interface Backend {
        List<Person> load();

        long add(String name, @Nullable String function);

        @Nullable String update(long id, Person.Field field, @Nullable String expected, @Nullable String value);

        void remove(long id);

        /** A backend from the service calls. */
        static Backend of(java.util.function.Supplier<List<Person>> load,
                java.util.function.BiFunction<String, @Nullable String, Long> add, Updater update,
                java.util.function.LongConsumer remove) {
            return new Backend() {
                @Override
                public List<Person> load() {
                    return load.get();
                }

                @Override
                public long add(String name, @Nullable String function) {
                    return add.apply(name, function);
                }

                @Override
                public @Nullable String update(long id, Person.Field field, @Nullable String expected,
                        @Nullable String value) {
                    return update.update(id, field, expected, value);
                }

                @Override
                public void remove(long id) {
                    remove.accept(id);
                }
            };
        }
    }

    @FunctionalInterface
    public interface Updater {
        @Nullable String update(long id, Person.Field field, @Nullable String expected, @Nullable String value);
    }

    private final Backend backend;
    private final SaveState saveState;
    private final String label;
    private final Div list = new Div();
    private final List<Row> rows = new ArrayList<>();
    private Runnable onChange = () -> { };
    private @Nullable String unsentKey;

    public PersonListEditor(String label, String addLabel, Backend backend, SaveState saveState) {
        this.backend = backend;
        this.saveState = saveState;
        this.label = label;
        addClassName("qs-people");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", label);
        var add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> {
            var row = new Row(null, "", null);
            rows.add(row);
            list.add(row);
            row.nameField.focus();
        });
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add(list, add);
        reload();
    }

    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /** Shows what is stored, keeping rows the person is typing in. */
    public void reload() {
        Map<Long, Row> byId = new HashMap<>();
        rows.stream().filter(r -> r.id != null).forEach(r -> byId.put(r.id, r));
        List<Row> ordered = new ArrayList<>();
        for (Person person : backend.load()) {
            Row row = byId.remove(person.id());
            if (row == null) {
                row = new Row(person.id(), person.name(), person.function());
            } else {
                row.name.refresh(person.name());
                row.function.refresh(person.function());
            }
            ordered.add(row);
        }
        rows.stream().filter(r -> r.id == null || (byId.containsKey(r.id) && r.name.isDirty())).forEach(ordered::add);
        rows.clear();
        rows.addAll(ordered);
        list.removeAll();
        rows.forEach(list::add);
    }

    /** Names shown, in order (for tests). */
    public List<String> names() {
        return rows.stream().map(r -> r.nameField.getValue()).toList();
    }

    /**
     * Keeps what the person types into saved rows in the browser until it is stored (see
     * Autosave#keepUnsent), under {@code listKey/<id>/name} and {@code listKey/<id>/function}.
     */
    public void keepUnsent(String listKey) {
        unsentKey = listKey;
        rows.forEach(Row::keepUnsent);
    }

    public List<TextField> nameFields() {
        return rows.stream().map(r -> r.nameField).toList();
    }

    public List<TextField> functionFields() {
        return rows.stream().map(r -> r.functionField).toList();
    }

    private final class Row extends Div {

        private @Nullable Long id;
        private final TextField nameField = new TextField(getTranslation("field.person.name"));
        private final TextField functionField = new TextField(getTranslation("field.person.function"));
        private final Autosave<String> name;
        private final Autosave<String> function;

        Row(@Nullable Long id, String initialName, @Nullable String initialFunction) {
            this.id = id;
            addClassName("qs-person");
            getElement().setAttribute("role", "listitem");
            name = Autosave.text(nameField, label + " – " + nameField.getLabel(), saveState,
                    id == null ? null : initialName, (expected, value) -> save(Person.Field.NAME, expected, value));
            function = Autosave.text(functionField, label + " – " + functionField.getLabel(), saveState,
                    initialFunction, (expected, value) -> save(Person.Field.FUNCTION, expected, value));
            var remove = new Button(VaadinIcon.TRASH.create(), e -> {
                if (this.id != null) {
                    try {
                        backend.remove(this.id);
                    } catch (UserError error) {
                        ErrorMessages.show(this, error);
                    }
                }
                rows.remove(this);
                list.remove(this);
                onChange.run();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.setAriaLabel(getTranslation("people.remove"));
            add(nameField, functionField, remove);
            keepUnsent();
        }

        private void keepUnsent() {
            if (unsentKey != null && id != null) {
                name.keepUnsent(unsentKey + "/" + id + "/name");
                function.keepUnsent(unsentKey + "/" + id + "/function");
            }
        }

        private @Nullable String save(Person.Field field, @Nullable String expected, @Nullable String value) {
            if (id == null) {
                if (field == Person.Field.FUNCTION) {
                    // kept until the row has a name; saved together with it
                    return value;
                }
                if (value == null) {
                    return null;
                }
                id = backend.add(value, blankToNull(functionField.getValue()));
                keepUnsent();
                onChange.run();
                return value;
            }
            String saved = backend.update(id, field, expected, value);
            onChange.run();
            return saved;
        }
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
