package de.querschnitt.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.querschnitt.IntegrationTest;
import de.querschnitt.audit.Revision;
import de.querschnitt.survey.SurveyRoundService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The two methods the CSV exchange added: replacing all sections, and the planner's whole audit trail. */
@IntegrationTest
@WithUserDetails("planung")
class ProfileServiceReplaceSectionsTest {

    @Autowired
    ProfileService profiles;
    @Autowired
    SurveyRoundService rounds;

    @Test
    void replacingSectionsWritesOneRevisionPerChangedItemIntroAndNote() {
        long id = kjfp();
        var before = profiles.findCard(id).orElseThrow();
        var grundlage = before.section(SectionKind.GRUNDLAGE).orElseThrow();
        List<SectionData> updated = List.of(new SectionData(SectionKind.GRUNDLAGE, grundlage.intro(), List.of(
                SectionData.Item.of("Jugendarbeit"), SectionData.Item.of("Förderung der Jugendverbände (geändert)")),
                "neue Anmerkung"));

        profiles.replaceSections(id, updated);

        var after = profiles.findCard(id).orElseThrow();
        assertThat(after.sections()).extracting(Section::kind).containsExactly(SectionKind.GRUNDLAGE);
        assertThat(after.section(SectionKind.GRUNDLAGE).orElseThrow().items()).extracting(SectionItem::text)
                .containsExactly("Jugendarbeit", "Förderung der Jugendverbände (geändert)");
        var fields = profiles.history(id).stream().map(r -> r.field() + ": " + r.oldValue() + " -> " + r.newValue())
                .toList();
        assertThat(fields).contains(
                "section.GRUNDLAGE.item2: Förderung der Jugendverbände -> Förderung der Jugendverbände (geändert)",
                "section.GRUNDLAGE.item3: Jugendsozialarbeit -> null",
                "section.GRUNDLAGE.note: null -> neue Anmerkung")
                .noneMatch(f -> f.startsWith("section.GRUNDLAGE.item1:"))
                .anyMatch(f -> f.matches("section\\.THEMEN\\.item\\d: Partizipation \\[Partizipation] -> null"));
    }

    @Test
    void theWholeAuditTrailIsThePlannersOnly() {
        assertThat(profiles.allRevisions()).extracting(Revision::field).contains("created");
    }

    @Test
    @WithUserDetails("interview")
    void othersDoNotGetTheWholeAuditTrail() {
        assertThatThrownBy(() -> profiles.allRevisions()).isInstanceOf(AccessDeniedException.class);
    }

    private long kjfp() {
        long roundId = rounds.current().orElseThrow().id();
        return profiles.findByRound(roundId).stream().filter(p -> p.title().equals("Kinder- und Jugendförderplan"))
                .findFirst().orElseThrow().id();
    }
}
