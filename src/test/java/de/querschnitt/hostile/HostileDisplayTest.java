package de.querschnitt.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.dom.Element;
import de.querschnitt.ViewTest;
import de.querschnitt.common.i18n.Translations;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.Period;
import de.querschnitt.profile.PlanningLevel;
import de.querschnitt.profile.ProfileData;
import de.querschnitt.profile.ProfileField;
import de.querschnitt.profile.ProfileKind;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.profile.SectionOwner;
import de.querschnitt.profile.SectionService;
import de.querschnitt.profile.ui.ProfileView;
import de.querschnitt.survey.SurveyRoundService;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored hostile text is shown as text: a profile whose title and bullet item hold a case shows both as text
 * nodes on its card, and the page's element tree holds no element a payload could have created.
 */
@ViewTest
@Transactional
class HostileDisplayTest extends SpringBrowserlessTest {

    /** Tags none of our views creates; a payload parsed as markup would. */
    static final Set<String> PAYLOAD_TAGS = Set.of("script", "iframe", "svg", "style", "math", "b", "dom-repeat",
            "img", "object", "embed");

    @Autowired
    ProfileService profiles;
    @Autowired
    SectionService sections;
    @Autowired
    UnitService units;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    Translations translations;
    @Autowired
    DataSource dataSource;

    @AfterAll
    static void report() {
        HostileReport.write();
    }

    @Test
    @WithUserDetails("planung")
    void storedTextIsShownAsText() {
        long roundId = rounds.current().orElseThrow().id();
        long unitId = units.findByCode("FB 45").orElseThrow().id();
        long profileId = profiles.create(roundId, unitId, new ProfileData("Anzeige", null, ProfileKind.PLAN,
                PlanningLevel.GESAMTSTAEDTISCH, new Period(null, null, null, null, null)), List.of());
        SectionOwner owner = new SectionOwner.OfProfile(profileId);
        long itemId = sections.addItem(owner, SectionKind.INHALT, null, 0, "Eintrag");
        Probe probe = new Probe("display: profile card (title, bullet item)", translations, dataSource);
        List<String> failures = new ArrayList<>();
        for (var c : HostileCorpus.strings(2000)) {
            probe.run(c, s -> {
                String title = profiles.find(profileId).orElseThrow().data().title();
                String stored = profiles.updateField(profileId, ProfileField.TITLE, title, s);
                String item = sections.sections(owner).stream().filter(x -> x.kind() == SectionKind.INHALT)
                        .findFirst().orElseThrow().items().getFirst().text();
                sections.updateItem(itemId, item, stored);
                ProfileView view = navigate("profile/" + profileId, ProfileView.class);
                List<Element> all = new ArrayList<>();
                collect(view.getElement(), all);
                all.stream().filter(e -> !e.isTextNode() && PAYLOAD_TAGS.contains(e.getTag())).findFirst().ifPresent(e -> {
                    throw new AssertionError("a <" + e.getTag() + "> element on the page");
                });
                if (all.size() < 10) {
                    throw new AssertionError("the page's element tree was not walked: " + all.size());
                }
                // getTextRecursively collects text nodes only: the value is there as text, not as markup
                String text = view.getElement().getTextRecursively();
                if (!text.contains(stored)) {
                    throw new AssertionError("the value is not shown as text");
                }
                return stored;
            }, stored -> stored, () -> profiles.find(profileId).orElseThrow().data().title());
        }
        failures.addAll(probe.finish(change -> Set.of("profile", "section", "section_item", "revision")
                .contains(change.table())));
        assertThat(failures).isEmpty();
    }

    private static void collect(Element element, List<Element> into) {
        into.add(element);
        element.getChildren().forEach(child -> collect(child, into));
    }
}
