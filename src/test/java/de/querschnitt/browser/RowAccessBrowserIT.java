package de.querschnitt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import de.querschnitt.common.ui.Routes;
import de.querschnitt.interview.InterviewService;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.ProfileCard;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.Section;
import de.querschnitt.profile.SectionItem;
import de.querschnitt.security.SystemAuthentication;
import de.querschnitt.survey.SurveyRoundService;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Row-level access in a real browser: {@code fb45} types the addresses of FB 56's profile, its edit form, FB 56's
 * unit page and interview, and gets the same neutral "Nicht gefunden" as for an id that does not exist, with
 * nothing of FB 56's content anywhere in the page. The reader {@code gast} gets the same for an open profile and
 * sees a closed one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RowAccessBrowserIT {

    /** An id that exists nowhere. */
    static final long MISSING = 1_999_999_999L;

    @LocalServerPort
    int port;
    @Autowired
    ProfileService profiles;
    @Autowired
    UnitService units;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    InterviewService interviews;
    @Autowired
    DataSource dataSource;

    Browser browser;
    long fb56;
    ProfileCard card;
    /** FB 56's interview (other browser tests start their own with FB 56, so one started here is removed). */
    TestInterview interview;

    @BeforeEach
    void start() {
        SystemAuthentication.call(() -> {
            long round = rounds.current().orElseThrow().id();
            fb56 = units.findByCode("FB 56").orElseThrow().id();
            long profileId = profiles.findByUnit(round, fb56).getFirst().id();
            card = profiles.findCard(profileId).orElseThrow();
            interview = TestInterview.of(interviews, round, fb56, dataSource);
            return null;
        });
        browser = new Browser("http://localhost:" + port, 1024, 768);
    }

    @AfterEach
    void stop() {
        browser.close();
        interview.close();
    }

    /** What an FB 56 page must never show to someone outside FB 56: title, document title, every item. */
    private List<String> contentOf(ProfileCard card) {
        List<String> texts = new ArrayList<>();
        texts.add(card.profile().data().title());
        if (card.profile().data().documentTitle() != null) {
            texts.add(card.profile().data().documentTitle());
        }
        for (Section section : card.sections()) {
            for (SectionItem item : section.items()) {
                // long enough to be the item's own words, not a common word of the page
                if (item.text().length() > 12) {
                    texts.add(item.text());
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(3);
        return texts;
    }

    /** Opens a path and returns the neutral page's visible text, after checking it is the neutral page. */
    private String notFound(String path, String screenshot) {
        browser.open(path);
        String text;
        try {
            text = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector(".qs-not-found"))).getText();
        } catch (RuntimeException e) {
            browser.screenshot("row-access-debug");
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of("target", "row-access-debug.html"),
                        browser.driver.getPageSource());
            } catch (java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
            throw e;
        }
        assertThat(text).as(path).startsWith("Nicht gefunden");
        assertThat(browser.driver.getTitle()).as(path).contains("Nicht gefunden");
        if (screenshot != null) {
            browser.screenshot(screenshot);
        }
        String source = browser.driver.getPageSource();
        for (String content : contentOf(card)) {
            assertThat(source).as(path + " shows FB 56's content").doesNotContain(content);
        }
        assertThat(source).as(path).doesNotContain("FB 56");
        return text + " | " + browser.driver.getTitle();
    }

    @Test
    void aDepartmentTypingAnotherUnitsAddressesSeesTheSameNeutralPageAsForAMissingId() {
        browser.login("fb45", "demo");
        browser.waitFor(By.cssSelector(".qs-page"));

        long profileId = card.profile().id();
        String missing = notFound(Routes.profile(MISSING), null);
        assertThat(notFound(Routes.profile(profileId), "row-access-fb45-profile-of-fb56")).isEqualTo(missing);
        assertThat(notFound(Routes.profileEdit(profileId), "row-access-fb45-edit-of-fb56"))
                .isEqualTo(notFound(Routes.profileEdit(MISSING), null));
        assertThat(notFound(Routes.unit(fb56), "row-access-fb45-unit-fb56"))
                .isEqualTo(notFound(Routes.unit(MISSING), null));
        assertThat(notFound(Routes.interview(interview.id()), "row-access-fb45-interview-of-fb56"))
                .isEqualTo(notFound(Routes.interview(MISSING), null));
        assertThat(notFound(Routes.interviewOf(fb56), null)).isEqualTo(notFound(Routes.interviewOf(MISSING), null));

        // the own unit's profile opens as usual
        long own = SystemAuthentication.call(() -> profiles.findByUnit(rounds.current().orElseThrow().id(),
                units.findByCode("FB 45").orElseThrow().id()).getFirst().id());
        browser.open(Routes.profile(own));
        assertThat(browser.waitFor(By.cssSelector(".qs-card")).getText()).isNotBlank();
    }

    @Test
    void theReaderSeesClosedProfilesOnlyAndAnOpenOneIsNotFound() {
        browser.login("gast", "demo");
        browser.waitFor(By.cssSelector(".qs-page"));
        long profileId = card.profile().id();
        assertThat(notFound(Routes.profile(profileId), "row-access-gast-open-profile"))
                .isEqualTo(notFound(Routes.profile(MISSING), null));

        // closed (as the review workflow will close it; set directly here and put back afterwards)
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.update("UPDATE profile SET review_status = 'ABGESCHLOSSEN' WHERE id = ?", profileId);
        try {
            browser.open(Routes.profile(profileId));
            assertThat(browser.waitFor(By.cssSelector(".qs-card")).getText()).isNotBlank();
            assertThat(browser.waitFor(By.cssSelector(".qs-card h2")).getText())
                    .isEqualToIgnoringCase(card.profile().data().title());
            browser.screenshot("row-access-gast-closed-profile");
        } finally {
            jdbc.update("UPDATE profile SET review_status = ? WHERE id = ?", card.profile().status().name(),
                    profileId);
        }
    }

    @Test
    void someoneLoggedOutTypingAnAddressIsSentToTheLoginPage() {
        browser.open(Routes.profileEdit(card.profile().id()));
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        assertThat(browser.driver.getPageSource()).doesNotContain(card.profile().data().title());
        browser.open(Routes.interview(MISSING));
        browser.waitFor(By.cssSelector("vaadin-login-form"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
    }
}
