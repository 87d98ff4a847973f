package de.querschnitt.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageSelectionTest {

    private static VaadinRequest request(Cookie... cookies) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getCookies()).thenReturn(cookies);
        when(request.getLocale()).thenReturn(Locale.US);
        return request;
    }

    @Test
    void germanIsTheDefaultEvenForAnEnglishBrowser() {
        assertThat(LanguageSelection.chosenLocale(request())).isEqualTo(Locale.GERMAN);
        assertThat(LanguageSelection.chosenLocale(null)).isEqualTo(Locale.GERMAN);
    }

    @Test
    void theRememberedChoiceWins() {
        assertThat(LanguageSelection.chosenLocale(request(new Cookie("querschnitt-lang", "en")))).isEqualTo(Locale.ENGLISH);
        assertThat(LanguageSelection.chosenLocale(request(new Cookie("querschnitt-lang", "de")))).isEqualTo(Locale.GERMAN);
    }

    @Test
    void anUnknownValueFallsBackToGerman() {
        assertThat(LanguageSelection.chosenLocale(request(new Cookie("querschnitt-lang", "<script>")))).isEqualTo(Locale.GERMAN);
    }

    @Test
    void aMissingKeyIsVisibleInsteadOfBreakingThePage() {
        var translations = new Translations();
        assertThat(translations.getTranslation("no.such.key", Locale.GERMAN)).isEqualTo("!no.such.key");
        assertThat(translations.getTranslation("nav.logout", Locale.ENGLISH)).isEqualTo("Log out");
        assertThat(translations.getTranslation("nav.logout", Locale.FRENCH)).isEqualTo("Abmelden");
        assertThat(translations.getTranslation("units.round", Locale.GERMAN, "Sozial-Plattform 2017"))
                .isEqualTo("Erhebung: Sozial-Plattform 2017");
    }
}
