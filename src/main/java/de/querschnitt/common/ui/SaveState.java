package de.querschnitt.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The small "gespeichert / wird gespeichert / nicht gespeichert" state of a form, always visible and
 * announced to screen readers. The browser switches it to "wird gespeichert" as soon as the person types
 * ({@link #watch(Component)}), the server sets the outcome of every save.
 */
public class SaveState extends Span {

    public enum State {
        SAVED,
        SAVING,
        FAILED
    }

    public static final String ID = "qs-save-state";

    private final Span text = new Span();
    private State state = State.SAVED;

    public SaveState() {
        setId(ID);
        addClassName("qs-save-state");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        // one icon per state; CSS shows the one that matches data-state (the browser switches to "saving" alone)
        var savedIcon = VaadinIcon.CHECK_CIRCLE_O.create();
        savedIcon.addClassName("qs-save-icon-saved");
        var savingIcon = VaadinIcon.REFRESH.create();
        savingIcon.addClassName("qs-save-icon-saving");
        var failedIcon = VaadinIcon.WARNING.create();
        failedIcon.addClassName("qs-save-icon-failed");
        for (var icon : java.util.List.of(savedIcon, savingIcon, failedIcon)) {
            icon.getElement().setAttribute("aria-hidden", "true");
        }
        add(savedIcon, savingIcon, failedIcon, text);
        saved();
        // leaving the page while a change is on its way would lose it: the browser asks first
        getElement().executeJs("""
                window.addEventListener('beforeunload', event => {
                  const state = document.getElementById($0);
                  // text kept on the device (scripts/unsent-text.js) survives a reload: no need to ask
                  const kept = window.QsUnsent && window.QsUnsent.lastInputKept;
                  if (state && state.dataset.state === 'saving' && !kept) {
                    event.preventDefault();
                    event.returnValue = $1;
                  }
                });""", ID, getTranslation("save.leave-warning"));
    }

    public void saved() {
        set(State.SAVED, getTranslation("save.saved"));
    }

    /** A save that failed: the text stays in the field, the reason is shown there. */
    public void failed() {
        set(State.FAILED, getTranslation("save.failed"));
    }

    public State state() {
        return state;
    }

    private void set(State newState, String label) {
        state = newState;
        text.setText(label);
        String name = newState.name().toLowerCase(java.util.Locale.ROOT);
        getElement().setAttribute("data-state", name);
        // the browser may have switched to "saving" on its own (see watch): the server's state tree does not
        // know, so an unchanged value would not be sent again; set it in the browser explicitly
        // a failed save interrupts the screen reader; saved and saving are announced when it is idle
        String live = newState == State.FAILED ? "assertive" : "polite";
        getElement().setAttribute("aria-live", live);
        getElement().executeJs("this.setAttribute('aria-live', $2); this.dataset.state = $0;"
                + " this.lastElementChild.textContent = $1;", name, label, live);
    }

    /**
     * Makes the browser show "wird gespeichert" while the person types in the field, before the server
     * has seen the text: pure client-side, no round trip per keystroke.
     */
    public static void watch(Component field) {
        field.getElement().executeJs("""
                const label = $0;
                this.addEventListener('input', () => {
                  const state = document.getElementById($1);
                  if (state) {
                    state.setAttribute('aria-live', 'polite');
                    state.dataset.state = 'saving';
                    state.lastElementChild.textContent = label;
                  }
                });""", field.getTranslation("save.saving"), ID);
    }
}
