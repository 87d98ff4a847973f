package de.querschnitt.common.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * German unless the person chose English: the choice lives in a cookie, so it survives logout and a new
 * session, and the browser's language does not override the default.
 */
@Component
public class LanguageSelection implements VaadinServiceInitListener {

    static final String COOKIE = "querschnitt-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            Locale locale = chosenLocale(VaadinRequest.getCurrent());
            ui.setLocale(locale);
            // screen readers and CSS hyphenation need the page language
            ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        });
    }

    static Locale chosenLocale(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Translations.GERMAN;
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> "en".equals(c.getValue()) ? Translations.ENGLISH : Translations.GERMAN)
                .findFirst()
                .orElse(Translations.GERMAN);
    }

    /** Remembers the choice for the next visits; the caller updates the current UI. */
    public static void remember(Locale locale) {
        var response = VaadinResponse.getCurrent();
        if (response != null) {
            var cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
    }
}
