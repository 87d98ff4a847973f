package de.querschnitt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import de.querschnitt.organisation.UnitData;
import de.querschnitt.organisation.UnitKind;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.Period;
import de.querschnitt.profile.PlanningLevel;
import de.querschnitt.profile.ProfileData;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.SectionData;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.security.SystemAuthentication;
import de.querschnitt.survey.SurveyRoundData;
import de.querschnitt.survey.SurveyRoundService;
import de.querschnitt.vocabulary.TermData;
import de.querschnitt.vocabulary.Vocabulary;
import de.querschnitt.vocabulary.VocabularyService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A consolidation of realistic size (40 units × 40 themes, created through the services) on a tablet in both
 * orientations: the page never scrolls sideways, the matrix scrolls inside its box, and unit names and theme
 * headers stay in view while it scrolls.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MatrixTabletIT {

    private static final int SIZE = 40;
    private static Long roundId;

    @LocalServerPort
    int port;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    UnitService units;
    @Autowired
    VocabularyService vocabulary;
    @Autowired
    ProfileService profiles;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    /** An older round, so that the demo round stays the default for the other browser tests. */
    private synchronized long largeRound() {
        if (roundId == null) {
            // one transaction: a failure leaves no half-built round behind for the next test
            roundId = SystemAuthentication.call(() -> transactions.execute(status -> {
                long round = rounds.create(new SurveyRoundData("Tablet-Probe 40 × 40", 2001, null, null));
                List<Long> themes = new ArrayList<>();
                for (int t = 1; t <= SIZE; t++) {
                    String name = String.format("Thema %02d Sozialraumorientierte Quartiersentwicklung", t);
                    vocabulary.create(new TermData(Vocabulary.THEME, name, null, List.of()));
                }
                vocabulary.findAll(Vocabulary.THEME).stream().filter(term -> term.name().startsWith("Thema "))
                        .forEach(term -> themes.add(term.id()));
                for (int u = 1; u <= SIZE; u++) {
                    long unit = units.create(new UnitData(String.format("T %02d", u),
                            String.format("Testeinheit %02d für Wohnen, Soziales und Integration", u),
                            UnitKind.FACHBEREICH, null));
                    List<SectionData.Item> items = new ArrayList<>();
                    for (int t = 0; t < SIZE; t++) {
                        // about every third cell filled, different per row; some themes nearly everywhere
                        if ((u + t) % 3 == 0 || t < 2) {
                            items.add(new SectionData.Item(0, "Thema " + (t + 1), List.of(themes.get(t))));
                        }
                    }
                    profiles.create(round, unit, new ProfileData("Plan der Einheit " + u, null, ProfileKind.PLAN,
                            PlanningLevel.FACHPLANUNG, new Period(2001, 2005, null, null, null)),
                            List.of(new SectionData(SectionKind.THEMEN, null, items, null)));
                }
                return round;
            }));
        }
        return roundId;
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"768, 1024, tablet-portrait", "1024, 768, tablet-landscape"})
    void aMatrixOfFortyByFortyScrollsInsideItsBoxWithStickyHeaders(int width, int height, String name) {
        long round = largeRound();
        try (Browser browser = new Browser("http://localhost:" + port, width, height)) {
            browser.login("planung", "demo");
            browser.waitFor(By.xpath("//h1[text()='Organisationseinheiten']"));
            browser.open("matrix?erhebung=" + round);
            WebElement box = browser.waitFor(By.cssSelector("#matrix"));
            browser.waitFor(By.xpath("//th//a[text()='T 40']"));
            assertThat(browser.driver.findElements(By.cssSelector("#matrix tbody tr"))).hasSizeGreaterThanOrEqualTo(SIZE);
            assertThat(browser.driver.findElements(By.cssSelector("#matrix thead th.qs-term-header")))
                    .hasSizeGreaterThanOrEqualTo(SIZE);
            browser.screenshot("matrix-40x40-" + name);

            // the page itself never scrolls sideways, the matrix box does, in both directions
            assertThat(browser.pageScrollsHorizontally()).isFalse();
            @SuppressWarnings("unchecked")
            Map<String, Number> size = (Map<String, Number>) browser.script("""
                    const b = arguments[0];
                    return {scrollWidth: b.scrollWidth, clientWidth: b.clientWidth,
                            scrollHeight: b.scrollHeight, clientHeight: b.clientHeight,
                            right: b.getBoundingClientRect().right};""", box);
            assertThat(size.get("scrollWidth").intValue()).isGreaterThan(size.get("clientWidth").intValue() * 2);
            assertThat(size.get("scrollHeight").intValue()).isGreaterThan(size.get("clientHeight").intValue());
            assertThat(size.get("right").doubleValue()).isLessThanOrEqualTo(width);

            // scrolled to the far right and bottom: the unit column and the theme header row are still at the box edge
            browser.script("arguments[0].scrollLeft = arguments[0].scrollWidth; "
                    + "arguments[0].scrollTop = arguments[0].scrollHeight;", box);
            @SuppressWarnings("unchecked")
            Map<String, Number> sticky = (Map<String, Number>) browser.script("""
                    const b = arguments[0].getBoundingClientRect();
                    const rows = arguments[0].querySelectorAll('tbody th');
                    const unit = rows[rows.length - 1].getBoundingClientRect();
                    const heads = arguments[0].querySelectorAll('thead th.qs-term-header');
                    const head = heads[heads.length - 1].getBoundingClientRect();
                    return {boxLeft: b.left, boxTop: b.top, unitLeft: unit.left, headTop: head.top,
                            scrollLeft: arguments[0].scrollLeft, scrollTop: arguments[0].scrollTop,
                            pageX: window.scrollX};""", box);
            assertThat(sticky.get("scrollLeft").intValue()).isPositive();
            assertThat(sticky.get("scrollTop").intValue()).isPositive();
            assertThat(sticky.get("unitLeft").doubleValue()).isCloseTo(sticky.get("boxLeft").doubleValue() + 1,
                    org.assertj.core.data.Offset.offset(2.0));
            assertThat(sticky.get("headTop").doubleValue()).isCloseTo(sticky.get("boxTop").doubleValue() + 1,
                    org.assertj.core.data.Offset.offset(2.0));
            assertThat(sticky.get("pageX").intValue()).isZero();
            assertThat(browser.pageScrollsHorizontally()).isFalse();
            browser.screenshot("matrix-40x40-" + name + "-scrolled");

            // a cell far down and to the right opens its drill-down
            WebElement cell = browser.driver.findElement(By.cssSelector(
                    "#matrix button[aria-label^='T 40 Testeinheit 40']"));
            browser.script("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", cell);
            cell.click();
            WebElement details = browser.waitFor(By.cssSelector("#cell-details h2"));
            assertThat(details.getText()).startsWith("T 40 Testeinheit 40");
            assertThat(browser.driver.findElements(By.cssSelector("#cell-details a"))).extracting(WebElement::getText)
                    .containsExactly("Plan der Einheit 40");
            assertThat(browser.pageScrollsHorizontally()).isFalse();
        }
    }

    @Test
    void theCellButtonsAreTouchTargets() {
        long round = largeRound();
        try (Browser browser = new Browser("http://localhost:" + port, 768, 1024)) {
            browser.login("planung", "demo");
            browser.waitFor(By.xpath("//h1[text()='Organisationseinheiten']"));
            browser.open("matrix?erhebung=" + round);
            WebElement cell = browser.waitFor(By.cssSelector("#matrix button.qs-cell-button"));
            assertThat(cell.getSize().getWidth()).isGreaterThanOrEqualTo(44);
            assertThat(cell.getSize().getHeight()).isGreaterThanOrEqualTo(44);
        }
    }
}
