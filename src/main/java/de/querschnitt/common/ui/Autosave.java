package de.querschnitt.common.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import de.querschnitt.common.EditConflict;
import de.querschnitt.common.UserError;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Saves a field as the person edits it, without a save button: a text when typing pauses for a second and
 * when the field is left, a choice at once. The service is asked to write only if the stored value is
 * still the one the screen showed; if not, the person gets {@link ConflictDialog} and loses nothing.
 * Invalid input stays in the field with the service's message; nothing else changes.
 *
 * @param <V> the field's value type
 */
public final class Autosave<V> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Autosave.class);

    /** The service call: writes {@code value} if the stored value is still {@code expected}. */
    @FunctionalInterface
    public interface Saver {
        @Nullable String save(@Nullable String expected, @Nullable String value);
    }

    /** How long typing must pause before a text is saved. */
    public static final int PAUSE_MILLIS = 1000;

    private final HasValue<?, V> field;
    private final Component component;
    private final Function<@Nullable V, @Nullable String> toText;
    private final Function<@Nullable String, @Nullable V> fromText;
    private final SaveState state;
    private String label;
    private final Saver saver;
    private @Nullable String base;
    private boolean focused;
    private boolean hasPending;
    private boolean retryOnBlur;
    private @Nullable String pending;
    private @Nullable UnsentText unsent;
    private @Nullable String unsentKey;
    // held here so that UnsentText's weak reference lives as long as the field
    private final java.util.function.Consumer<UnsentText.Entry> restorer = this::restore;

    private <C extends Component & HasValue<?, V>> Autosave(C field, String label, SaveState state,
            @Nullable String initial, Function<@Nullable V, @Nullable String> toText,
            Function<@Nullable String, @Nullable V> fromText, Saver saver) {
        this.field = field;
        this.component = field;
        this.label = label;
        this.state = state;
        this.toText = toText;
        this.fromText = fromText;
        this.saver = saver;
        this.base = initial;
        show(initial);
        field.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                save(toText.apply(event.getValue()));
            }
        });
        if (field instanceof HasValidationProperties validation) {
            validation.setManualValidation(true);
        }
    }

    /** A text field or text area: saved when typing pauses and when the field is left. */
    public static <C extends AbstractField<?, String> & HasValidation> Autosave<String> text(C field, String label,
            SaveState state, @Nullable String initial, Saver saver) {
        if (field instanceof TextField textField) {
            textField.setValueChangeMode(ValueChangeMode.LAZY);
            textField.setValueChangeTimeout(PAUSE_MILLIS);
        } else if (field instanceof TextArea area) {
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setValueChangeTimeout(PAUSE_MILLIS);
        }
        var autosave = new Autosave<>(field, label, state, initial, v -> blankToNull(v), v -> v == null ? "" : v,
                saver);
        SaveState.watch(field);
        autosave.trackFocus();
        return autosave;
    }

    /** A choice of constants (Select, ComboBox, RadioButtonGroup): saved at once. */
    public static <E extends Enum<E>, C extends Component & HasValue<?, E>> Autosave<E> choice(C field,
            Class<E> type, String label, SaveState state, @Nullable E initial, Saver saver) {
        return new Autosave<>(field, label, state, initial == null ? null : initial.name(),
                v -> v == null ? null : v.name(), v -> v == null ? null : Enum.valueOf(type, v), saver);
    }

    /** A date: saved at once. */
    public static Autosave<LocalDate> date(DatePicker field, String label, SaveState state,
            @Nullable LocalDate initial, Saver saver) {
        return new Autosave<>(field, label, state, initial == null ? null : initial.toString(),
                v -> v == null ? null : v.toString(), v -> v == null ? null : LocalDate.parse(v), saver);
    }

    private void trackFocus() {
        if (component instanceof com.vaadin.flow.component.FocusNotifier<?> notifier) {
            notifier.addFocusListener(e -> focused = true);
        }
        if (component instanceof com.vaadin.flow.component.BlurNotifier<?> notifier) {
            // a blur listener also makes the browser send a pending lazy value first
            notifier.addBlurListener(e -> {
                focused = false;
                if (retryOnBlur && isDirty()) {
                    retryOnBlur = false;
                    save(toText.apply(field.getValue()));
                    return;
                }
                if (hasPending && !isDirty()) {
                    hasPending = false;
                    rebase(pending);
                    show(pending);
                }
            });
        }
    }

    /** The field's name as the conflict dialog says it, e.g. "Punkt 3 in Inhalt" after the item moved. */
    /** Shows the value without letting the person change it (an entry the person may not edit now). */
    public void setReadOnly(boolean readOnly) {
        field.setReadOnly(readOnly);
    }

    public void setLabel(String label) {
        this.label = label;
    }

    /** The value as last saved or loaded. */
    public @Nullable String base() {
        return base;
    }

    /** Whether the field shows something else than what is stored. */
    public boolean isDirty() {
        return !Objects.equals(toText.apply(field.getValue()), base);
    }

    /**
     * Somebody else saved the field: shows their value unless the person is editing it (then the person's
     * own save will meet the conflict and choose).
     */
    public void refresh(@Nullable String stored) {
        if (Objects.equals(stored, base)) {
            return;
        }
        if (isDirty()) {
            return;
        }
        if (focused) {
            hasPending = true;
            pending = stored;
            return;
        }
        rebase(stored);
        show(stored);
    }

    /** Saves the value now (also used by the conflict dialog). */
    public void save(@Nullable String value) {
        String keyBefore = unsentKey;
        try {
            String saved = saver.save(base, value);
            rebase(saved);
            clearError();
            if (!Objects.equals(saved, value)) {
                show(saved);
            }
            state.saved();
            if (keyBefore != null && unsent != null) {
                unsent.confirmed(keyBefore, saved, unsentKey == null ? keyBefore : unsentKey);
            }
        } catch (EditConflict conflict) {
            state.failed();
            showError(ErrorMessages.text(component, conflict));
            new ConflictDialog(conflict, label, value == null ? "" : value, mine -> {
                rebase(conflict.storedValue());
                show(mine);
                save(mine);
            }, stored -> {
                rebase(stored);
                show(stored);
                clearError();
                state.saved();
                if (unsentKey != null && unsent != null) {
                    unsent.discarded(unsentKey);
                }
            }).open();
        } catch (UserError error) {
            state.failed();
            showError(ErrorMessages.text(component, error));
        } catch (RuntimeException unexpected) {
            // the text stays in the field and is not taken as stored: the next edit or leaving the field sends it again
            LOG.error("Saving {} failed", label, unexpected);
            retryOnBlur = true;
            state.failed();
            showError(component.getTranslation("save.error.unexpected"));
        }
    }

    private void show(@Nullable String value) {
        field.setValue(fromText.apply(value));
    }

    private void showError(String message) {
        if (component instanceof HasValidation validation) {
            validation.setErrorMessage(message);
            validation.setInvalid(true);
        } else {
            ErrorMessages.show(component, new UserError("save.error", message));
        }
    }

    private void clearError() {
        if (component instanceof HasValidation validation) {
            validation.setInvalid(false);
            validation.setErrorMessage(null);
        }
    }

    /**
     * Keeps what the person types in the browser until the server confirmed it (see {@link UnsentText}),
     * under a key naming the record and field, e.g. {@code profile/12/TITLE}. Text the browser still holds
     * for that key (from a lost connection, an expired session, a restarted server) is saved again when the
     * field opens, against the value it was typed on: if somebody else saved meanwhile, the person gets the
     * conflict choice. Called again when the key changes (a new item gets its id).
     */
    public Autosave<V> keepUnsent(String fieldKey) {
        unsent = UnsentText.current();
        if (unsent == null) {
            return this;
        }
        boolean first = unsentKey == null;
        unsentKey = UnsentText.storageKey(fieldKey);
        component.getElement().setAttribute("data-qs-unsent", unsentKey);
        rebase(base);
        if (first) {
            unsent.register(unsentKey, restorer);
        }
        return this;
    }

    /** Saves text the browser kept; the service refuses it if the value it was typed on is no longer stored. */
    public void restore(UnsentText.Entry entry) {
        String value = toText.apply(fromText.apply(entry.text()));
        if (Objects.equals(value, base)) {
            // it was stored, only the confirmation did not reach the browser
            if (unsent != null && unsentKey != null) {
                unsent.confirmed(unsentKey, value, unsentKey);
            }
            return;
        }
        if (field.isReadOnly()) {
            // the person may not edit now; the text stays in the browser for later
            return;
        }
        rebase(entry.base() == null || entry.base().isEmpty() ? null : entry.base());
        show(value);
        save(value);
    }

    private void rebase(@Nullable String stored) {
        base = stored;
        if (unsentKey != null) {
            if (stored == null) {
                component.getElement().removeAttribute("data-qs-base");
            } else {
                component.getElement().setAttribute("data-qs-base", stored);
            }
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
