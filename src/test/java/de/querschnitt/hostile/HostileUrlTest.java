package de.querschnitt.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.InternalServerError;
import de.querschnitt.ViewTest;
import de.querschnitt.common.UserError;
import de.querschnitt.common.i18n.Translations;
import de.querschnitt.common.ui.NotFound;
import de.querschnitt.common.ui.RouteIds;
import de.querschnitt.interview.InterviewService;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.security.SystemAuthentication;
import de.querschnitt.survey.SurveyRoundService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every route with path or query parameters, opened through the Vaadin router with hostile ids and values:
 * the view or its neutral "Nicht gefunden", never Vaadin's exception page, and nothing in the database changes
 * but the interview a valid unit id starts (the documented effect of {@code interviews?einheit=}).
 */
@ViewTest
@Transactional
class HostileUrlTest extends SpringBrowserlessTest {

    @Autowired
    Translations translations;
    @Autowired
    DataSource dataSource;
    @Autowired
    UnitService units;
    @Autowired
    InterviewService interviews;
    @Autowired
    SurveyRoundService rounds;

    @AfterAll
    static void report() {
        HostileReport.write();
    }

    /** Ids and the text cases of up to 2000 characters (longer URLs are refused by the server itself). */
    static List<String> values() {
        return Stream.concat(HostileCorpus.ids().stream(), HostileCorpus.strings(2000).stream())
                .map(HostileCorpus.Case::text).toList();
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    @WithUserDetails("planung")
    void routeParametersAndQueryParameters() {
        long unitId = SystemAuthentication.call(() -> units.findByCode("FB 45").orElseThrow().id());
        long interviewId = SystemAuthentication.call(() -> interviews.start(rounds.current().orElseThrow().id(),
                unitId));
        List<String> templates = List.of("einheiten/%s", "einheiten/%s/instrumente", "profile/%s",
                "profile/%s/bearbeiten", "interviews/%s", "interviews/" + interviewId + "/%s",
                "interviews/" + interviewId + "/planwerke/%s", "interviews?einheit=%s", "zugaenge?einheit=%s",
                "matrix?erhebung=%s", "einladung/%s", "%s", "begriffe/%s", "login?error=%s");
        List<String> failures = new ArrayList<>();
        for (String template : templates) {
            Probe probe = new Probe("URL " + template.replace("%s", "{value}") + " (Vaadin router)", translations,
                    dataSource);
            for (String value : values()) {
                String location = template.formatted(template.contains("?") ? URLEncoder.encode(value,
                        StandardCharsets.UTF_8) : segment(value));
                probe.run(value, location.length() > 80 ? location.substring(0, 80) + "…" : location, v -> {
                    Component view;
                    if (template.contains("?")) {
                        // the browserless navigate(String) takes no query: the value as the router decodes it
                        String[] parts = template.split("\\?|=");
                        UI.getCurrent().navigate(parts[0], com.vaadin.flow.router.QueryParameters.simple(
                                java.util.Map.of(parts[1], v)));
                        view = UI.getCurrent().getCurrentView();
                    } else {
                        try {
                            view = navigate(location, Component.class);
                        } catch (com.vaadin.flow.router.InvalidLocationException e) {
                            // Vaadin refuses a ".." segment before any view runs; a browser resolves it and the
                            // servlet container normalises it (HostileUrlBrowserIT sends "..%2F" for real)
                            throw new UserError("notfound.title");
                        }
                    }
                    if (view instanceof InternalServerError || !$(InternalServerError.class).all().isEmpty()) {
                        throw new AssertionError("Vaadin's exception page");
                    }
                    if (!$(NotFound.class).all().isEmpty()) {
                        throw new UserError("notfound.title");
                    }
                    return view;
                }, null, () -> null);
            }
            // interviews?einheit=<valid id> starts that unit's interview (FB 45's is started above already)
            failures.addAll(probe.finish(change -> change.table().equals("interview")
                    || change.table().equals("revision")));
        }
        assertThat(failures).isEmpty();
        assertThat(UI.getCurrent()).isNotNull();
    }

    @Test
    void idsFromTheUrlAreDigitsInTheDatabaseRange() {
        Probe probe = new Probe("URL ids (RouteIds.parse)", translations, dataSource);
        for (var c : HostileCorpus.ids()) {
            probe.run(c, s -> RouteIds.parse(s).orElseThrow(() -> new UserError("notfound.title")),
                    id -> id.toString().equals(c.text().replaceFirst("^0+", "")) ? c.text() : "parsed as " + id, () -> null);
        }
        assertThat(probe.finish(change -> false)).isEmpty();
        assertThat(RouteIds.parse("2147483647")).contains(2147483647L);
        assertThat(RouteIds.parse("2147483648")).isEmpty();
        assertThat(RouteIds.parse("007")).contains(7L);
        assertThat(RouteIds.parse("٣")).isEmpty();
    }
}
