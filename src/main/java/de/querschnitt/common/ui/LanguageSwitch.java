package de.querschnitt.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import de.querschnitt.common.i18n.LanguageSelection;
import de.querschnitt.common.i18n.Translations;
import java.util.Locale;

/** "Deutsch | English": switches the UI language and remembers the choice. */
public final class LanguageSwitch extends Div {

    public LanguageSwitch() {
        addClassName("qs-language-switch");
        add(button("Deutsch", Translations.GERMAN), button("English", Translations.ENGLISH));
    }

    private Button button(String label, Locale locale) {
        var button = new Button(label, e -> {
            LanguageSelection.remember(locale);
            UI.getCurrent().setLocale(locale);
            UI.getCurrent().getPage().reload();
        });
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.getElement().setAttribute("lang", locale.getLanguage());
        button.setEnabled(!locale.getLanguage().equals(UI.getCurrent().getLocale().getLanguage()));
        return button;
    }
}
