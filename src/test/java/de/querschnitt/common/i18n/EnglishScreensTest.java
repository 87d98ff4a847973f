package de.querschnitt.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import de.querschnitt.ViewTest;
import de.querschnitt.interview.InterviewService;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.security.SystemAuthentication;
import de.querschnitt.survey.SurveyRoundService;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every screen, opened in English by every role, shows no German text of the bundles: a text that stays
 * German is hard-coded or looked up in the wrong language. (Data such as unit names stays as entered.)
 */
@ViewTest
@Transactional
class EnglishScreensTest extends SpringBrowserlessTest {

    @Autowired
    UnitService units;
    @Autowired
    ProfileService profiles;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    InterviewService interviews;

    private long unit(String code) {
        return SystemAuthentication.call(() -> units.findByCode(code).orElseThrow().id());
    }

    private long profile(String code) {
        return SystemAuthentication.call(() -> profiles.findByUnit(rounds.current().orElseThrow().id(), unit(code))
                .getFirst().id());
    }

    /** German texts of the bundle that an English screen must not show (those with arguments are skipped). */
    private static Set<String> germanOnly() throws IOException {
        var german = load("messages.properties");
        var english = load("messages_en.properties");
        Set<String> texts = new TreeSet<>();
        for (String key : german.stringPropertyNames()) {
            String de = german.getProperty(key).strip();
            if (!de.equals(english.getProperty(key, "").strip()) && !de.contains("{") && de.length() > 2) {
                texts.add(de);
            }
        }
        return texts;
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = EnglishScreensTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The texts a person sees or hears: text nodes, labels, placeholders, helper texts, ARIA labels, titles. */
    private static List<String> visibleTexts(Element element) {
        List<String> texts = new ArrayList<>();
        texts.add(element.getText().strip());
        element.getChildren().filter(Element::isTextNode).forEach(text -> texts.add(text.getText().strip()));
        for (String property : List.of("label", "placeholder", "helperText", "errorMessage", "headerTitle",
                "title", "accessibleName")) {
            if (element.hasProperty(property) && element.getProperty(property) != null) {
                texts.add(element.getProperty(property).strip());
            }
        }
        for (String attribute : List.of("aria-label", "title", "placeholder", "label")) {
            if (element.hasAttribute(attribute)) {
                texts.add(element.getAttribute(attribute).strip());
            }
        }
        return texts;
    }

    private final TreeMap<String, Set<String>> german = new TreeMap<>();
    private final Set<String> seen = new TreeSet<>();

    private void open(String route) {
        if (!Translations.ENGLISH.equals(UI.getCurrent().getLocale())) {
            // as after the language switch, which reloads the page: the frame is built anew in English (the
            // public statement page has no frame, so the next view creates it)
            UI.getCurrent().setLocale(Translations.ENGLISH);
            navigate("barrierefreiheit", Component.class);
        }
        navigate(route, Component.class);
        Set<String> bundle;
        try {
            bundle = germanOnly();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (String text : $(Component.class).all().stream().flatMap(c -> visibleTexts(c.getElement()).stream())
                .toList()) {
            seen.add(text);
            if (bundle.contains(text)) {
                german.computeIfAbsent("/" + route, r -> new TreeSet<>()).add(text);
            }
        }
    }

    private void assertAllEnglish() {
        assertThat(german).as("German bundle texts on English screens").isEmpty();
    }

    @Test
    @WithUserDetails("planung")
    void thePlannersScreensAreEnglish() {
        long fb45 = unit("FB 45");
        long profile = profile("FB 45");
        long interview = interviews.start(rounds.current().orElseThrow().id(), unit("FB 32"));
        for (String route : List.of("", "einheiten/" + fb45, "profile/" + profile, "profile/" + profile + "/bearbeiten",
                "einheiten/" + fb45 + "/instrumente", "matrix", "interviews", "interviews/" + interview,
                "interviews/" + interview + "/planwerke", "interviews/" + interview + "/instrumente",
                "interviews/" + interview + "/schnittstellen", "interviews/" + interview + "/bedarfe", "begriffe",
                "austausch", "anlage", "pruefung", "zugaenge", "barrierefreiheit", "gibt-es-nicht")) {
            open(route);
        }
        // the walk reaches the frame, views, labels and ARIA names
        assertThat(seen).contains("Log out", "Organisational units", "Skip to content", "Accessibility statement");
        assertAllEnglish();
    }

    @Test
    @WithUserDetails("interview")
    void theInterviewersScreensAreEnglish() {
        long interview = interviews.start(rounds.current().orElseThrow().id(), unit("FB 32"));
        for (String route : List.of("", "einheiten/" + unit("FB 56"), "profile/" + profile("FB 56"), "matrix",
                "interviews", "interviews/" + interview, "interviews/" + interview + "/planwerke")) {
            open(route);
        }
        assertAllEnglish();
    }

    @Test
    @WithUserDetails("fb45")
    void aDepartmentsScreensAreEnglish() {
        long fb45 = unit("FB 45");
        for (String route : List.of("meine-eintraege", "einheiten/" + fb45, "profile/" + profile("FB 45"),
                "einheiten/" + fb45 + "/instrumente", "barrierefreiheit")) {
            open(route);
        }
        assertAllEnglish();
    }

    @Test
    @WithUserDetails("gast")
    void theReadersScreensAreEnglish() {
        for (String route : List.of("", "matrix", "einheiten/" + unit("FB 45"))) {
            open(route);
        }
        assertAllEnglish();
    }

    @Test
    @WithAnonymousUser
    void thePublicScreensAreEnglish() {
        for (String route : List.of("login", "barrierefreiheit")) {
            open(route);
        }
        assertAllEnglish();
    }
}
