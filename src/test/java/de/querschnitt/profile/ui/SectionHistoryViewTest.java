package de.querschnitt.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import de.querschnitt.ViewTest;
import de.querschnitt.profile.ProfileService;
import de.querschnitt.profile.SectionData;
import de.querschnitt.profile.SectionKind;
import de.querschnitt.survey.SurveyRoundService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Section changes written by replacing all sections (the CSV import) read well in the profile's history. */
@ViewTest
class SectionHistoryViewTest extends SpringBrowserlessTest {

    @Autowired
    ProfileService profiles;
    @Autowired
    SurveyRoundService rounds;

    @Test
    @WithUserDetails("planung")
    @Transactional
    void theHistoryNamesTheSectionAndTheItemThatChanged() {
        long round = rounds.current().orElseThrow().id();
        long id = profiles.findByRound(round).stream().filter(p -> p.title().equals("Kinder- und Jugendförderplan"))
                .findFirst().orElseThrow().id();
        var card = profiles.findCard(id).orElseThrow();
        List<SectionData> sections = new ArrayList<>();
        card.sections().forEach(s -> sections.add(new SectionData(s.kind(), s.intro(), s.items().stream()
                .map(i -> new SectionData.Item(i.level(), i.text(), i.terms().stream().map(t -> t.id()).toList()))
                .toList(), s.kind() == SectionKind.INHALT ? "neu aus der Tabelle" : s.note())));
        profiles.replaceSections(id, sections);

        navigate("profile/" + id, ProfileView.class);

        var history = test($(Grid.class).single());
        assertThat(history.getCellText(0, 2)).isEqualTo("Inhalt: Anmerkung");
        assertThat(history.getCellText(0, 4)).isEqualTo("neu aus der Tabelle");
        assertThat(history.size()).isEqualTo(profiles.history(id).size());
    }
}
