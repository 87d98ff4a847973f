package de.querschnitt.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.querschnitt.As;
import de.querschnitt.IntegrationTest;
import de.querschnitt.audit.Revision;
import de.querschnitt.common.EditConflict;
import de.querschnitt.common.UserError;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.security.AccountService;
import de.querschnitt.security.SystemAuthentication;
import de.querschnitt.survey.SurveyRoundService;
import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.Vocabulary;
import de.querschnitt.vocabulary.VocabularyService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Saving as the questionnaire does: one field or one item at a time, with two editors at once. */
@IntegrationTest
class SectionServiceTest {

    @Autowired
    ProfileService profiles;
    @Autowired
    SectionService sections;
    @Autowired
    UnitService units;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    VocabularyService vocabulary;
    @Autowired
    AccountService accounts;

    private long newProfile(String unitCode) {
        long unit = SystemAuthentication.call(() -> units.findByCode(unitCode).orElseThrow().id());
        return profiles.create(rounds.current().orElseThrow().id(), unit, new ProfileData("Konzept Test", null,
                ProfileKind.KONZEPT, PlanningLevel.FACHPLANUNG, new Period(null, null, null, null, null)), List.of());
    }

    private List<SectionItem> items(long profileId, SectionKind kind) {
        return sections.sections(new SectionOwner.OfProfile(profileId)).stream().filter(s -> s.kind() == kind)
                .findFirst().map(Section::items).orElse(List.of());
    }

    private List<String> texts(long profileId, SectionKind kind) {
        return items(profileId, kind).stream().map(i -> (i.level() == 1 ? "  " : "") + i.text()).toList();
    }

    @Test
    @WithUserDetails("interview")
    void everySavedChangeWritesExactlyOneRevisionWithWhoRoleOldAndNew() {
        long id = newProfile("FB 45");
        int before = profiles.history(id).size();
        var owner = new SectionOwner.OfProfile(id);

        long item = sections.addItem(owner, SectionKind.INHALT, null, 0, "Bestandsaufnahme");
        sections.updateItem(item, "Bestandsaufnahme", "Bestandsaufnahme der Angebote");
        profiles.updateField(id, ProfileField.PERIOD_FROM, null, "2015");
        sections.updateText(owner, SectionKind.INHALT, SectionText.INTRO, null, "Schwerpunkte:");
        sections.removeItem(item);

        List<Revision> history = profiles.history(id);
        assertThat(history).hasSize(before + 5);
        assertThat(history.subList(0, 5)).extracting(Revision::field, Revision::oldValue, Revision::newValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("INHALT.item", "Bestandsaufnahme der Angebote", null),
                        org.assertj.core.groups.Tuple.tuple("INHALT.intro", null, "Schwerpunkte:"),
                        org.assertj.core.groups.Tuple.tuple("period.from", null, "2015"),
                        org.assertj.core.groups.Tuple.tuple("INHALT.item", "Bestandsaufnahme",
                                "Bestandsaufnahme der Angebote"),
                        org.assertj.core.groups.Tuple.tuple("INHALT.item", null, "Bestandsaufnahme"));
        assertThat(history.getFirst().username()).isEqualTo("interview");
        assertThat(history.getFirst().role()).isEqualTo("INTERVIEWER");
    }

    @Test
    @WithUserDetails("interview")
    void savingTheSameValueAgainWritesNothing() {
        long id = newProfile("FB 45");
        profiles.updateField(id, ProfileField.TITLE, "Konzept Test", "Konzept Test  ");
        long item = sections.addItem(new SectionOwner.OfProfile(id), SectionKind.INHALT, null, 0, "Punkt");
        int count = profiles.history(id).size();
        sections.updateItem(item, "Punkt", "Punkt ");
        assertThat(profiles.history(id)).hasSize(count);
    }

    @Test
    @WithUserDetails("interview")
    void itemsAreInsertedReorderedIndentedAndOutdented() {
        long id = newProfile("FB 45");
        var owner = new SectionOwner.OfProfile(id);
        long a = sections.addItem(owner, SectionKind.INHALT, null, 0, "A");
        long b = sections.addItem(owner, SectionKind.INHALT, a, 0, "B");
        long c = sections.addItem(owner, SectionKind.INHALT, b, 0, "C");
        long a1 = sections.addItem(owner, SectionKind.INHALT, a, 1, "A1");
        assertThat(texts(id, SectionKind.INHALT)).containsExactly("A", "  A1", "B", "C");

        sections.moveItem(c, -1);
        assertThat(texts(id, SectionKind.INHALT)).containsExactly("A", "  A1", "C", "B");
        sections.moveItem(a, +1);
        assertThat(texts(id, SectionKind.INHALT)).containsExactly("C", "A", "  A1", "B");
        sections.setItemDepth(b, 1);
        assertThat(texts(id, SectionKind.INHALT)).containsExactly("C", "A", "  A1", "  B");
        sections.setItemDepth(a1, 0);
        assertThat(texts(id, SectionKind.INHALT)).containsExactly("C", "A", "A1", "  B");
        assertThatThrownBy(() -> sections.setItemDepth(c, 1)).isInstanceOf(UserError.class)
                .hasFieldOrPropertyWithValue("messageKey", "section.items.first-level");
        assertThat(profiles.history(id)).extracting(Revision::field)
                .contains("INHALT.item.position", "INHALT.item.level");
    }

    @Test
    @WithUserDetails("interview")
    void emptyAndOverlongItemsAreRefusedWithAMessageAndNothingChanges() {
        long id = newProfile("FB 45");
        var owner = new SectionOwner.OfProfile(id);
        long item = sections.addItem(owner, SectionKind.INHALT, null, 0, "Bleibt");
        int count = profiles.history(id).size();

        assertThatThrownBy(() -> sections.addItem(owner, SectionKind.INHALT, null, 0, "   "))
                .isInstanceOf(UserError.class).hasFieldOrPropertyWithValue("messageKey", "item.error.empty");
        assertThatThrownBy(() -> sections.updateItem(item, "Bleibt", ""))
                .isInstanceOf(UserError.class).hasFieldOrPropertyWithValue("messageKey", "item.error.empty");
        String paste = "x".repeat(50_000);
        assertThatThrownBy(() -> sections.updateItem(item, "Bleibt", paste))
                .isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).arguments()).containsExactly(50_000, 5_000));

        assertThat(texts(id, SectionKind.INHALT)).containsExactly("Bleibt");
        assertThat(profiles.history(id)).hasSize(count);
    }

    @Test
    @WithUserDetails("interview")
    void implausibleYearsAreRefusedAndTheStoredYearStays() {
        long id = newProfile("FB 45");
        profiles.updateField(id, ProfileField.PERIOD_TO, null, "2020");
        assertThatThrownBy(() -> profiles.updateField(id, ProfileField.PERIOD_FROM, null, "2021"))
                .hasFieldOrPropertyWithValue("messageKey", "profile.period.order");
        assertThatThrownBy(() -> profiles.updateField(id, ProfileField.PERIOD_FROM, null, "1899"))
                .hasFieldOrPropertyWithValue("messageKey", "validation.Min");
        assertThatThrownBy(() -> profiles.updateField(id, ProfileField.PERIOD_TO, "2020", "2101"))
                .hasFieldOrPropertyWithValue("messageKey", "validation.Max");
        assertThatThrownBy(() -> profiles.updateField(id, ProfileField.PERIOD_TO, "2020", "20x0"))
                .hasFieldOrPropertyWithValue("messageKey", "profile.error.year-format");
        assertThatThrownBy(() -> profiles.updateField(id, ProfileField.TITLE, "Konzept Test", " "))
                .hasFieldOrPropertyWithValue("messageKey", "validation.NotBlank");
        Profile stored = profiles.find(id).orElseThrow();
        assertThat(stored.data().period().from()).isNull();
        assertThat(stored.data().period().to()).isEqualTo(2020);
        assertThat(stored.data().title()).isEqualTo("Konzept Test");
    }

    @Test
    @WithUserDetails("interview")
    void twoEditorsChangingDifferentFieldsAndItemsBothPersist() {
        long id = newProfile("FB 45");
        var owner = new SectionOwner.OfProfile(id);
        long mine = sections.addItem(owner, SectionKind.INHALT, null, 0, "Interviewer");
        long theirs = sections.addItem(owner, SectionKind.INHALT, mine, 0, "Planung");

        // both loaded the same state; the planner saves first, then the interviewer with the older view
        As.user(accounts, "planung", () -> {
            profiles.updateField(id, ProfileField.DOCUMENT_TITLE, null, "Titel der Planung");
            sections.updateItem(theirs, "Planung", "Planung ergänzt");
        });
        profiles.updateField(id, ProfileField.PERIOD_NOTE, null, "Notiz vom Interview");
        sections.updateItem(mine, "Interviewer", "Interviewer ergänzt");

        Profile stored = profiles.find(id).orElseThrow();
        assertThat(stored.data().documentTitle()).isEqualTo("Titel der Planung");
        assertThat(stored.data().period().note()).isEqualTo("Notiz vom Interview");
        assertThat(texts(id, SectionKind.INHALT)).containsExactly("Interviewer ergänzt", "Planung ergänzt");
    }

    @Test
    @WithUserDetails("interview")
    void twoEditorsChangingTheSameFieldGetAConflictAndNothingIsOverwritten() {
        long id = newProfile("FB 45");
        var owner = new SectionOwner.OfProfile(id);
        long item = sections.addItem(owner, SectionKind.INHALT, null, 0, "Ausgangstext");

        As.user(accounts, "planung", () -> {
            sections.updateItem(item, "Ausgangstext", "Text der Planung");
            profiles.updateField(id, ProfileField.TITLE, "Konzept Test", "Titel der Planung");
        });

        assertThatThrownBy(() -> sections.updateItem(item, "Ausgangstext", "Text des Interviews"))
                .isInstanceOfSatisfying(EditConflict.class, conflict -> {
                    assertThat(conflict.storedValue()).isEqualTo("Text der Planung");
                    assertThat(conflict.changedBy()).isEqualTo("Sozialplanung (Demo)");
                });
        assertThatThrownBy(() -> profiles.updateField(id, ProfileField.TITLE, "Konzept Test", "Titel Interview"))
                .isInstanceOfSatisfying(EditConflict.class,
                        conflict -> assertThat(conflict.storedValue()).isEqualTo("Titel der Planung"));
        assertThat(texts(id, SectionKind.INHALT)).containsExactly("Text der Planung");

        // the interviewer decides to keep their own text, knowingly: saved against the value they saw
        sections.updateItem(item, "Text der Planung", "Text des Interviews");
        assertThat(texts(id, SectionKind.INHALT)).containsExactly("Text des Interviews");
        assertThat(profiles.history(id)).extracting(Revision::newValue)
                .contains("Text der Planung", "Text des Interviews");
    }

    @Test
    @WithUserDetails("interview")
    void editingAnItemSomebodyRemovedIsAConflictWithoutStoredValue() {
        long id = newProfile("FB 45");
        long item = sections.addItem(new SectionOwner.OfProfile(id), SectionKind.INHALT, null, 0, "Wird entfernt");
        As.user(accounts, "planung", () -> sections.removeItem(item));
        assertThatThrownBy(() -> sections.updateItem(item, "Wird entfernt", "Noch bearbeitet"))
                .isInstanceOfSatisfying(EditConflict.class, conflict -> {
                    assertThat(conflict.storedValue()).isNull();
                    assertThat(conflict.changedBy()).isEqualTo("Sozialplanung (Demo)");
                });
    }

    @Test
    @WithUserDetails("interview")
    void vocabularyTermsBecomeLinkedItemsAndProposalsCanBeUsedAtOnce() {
        long id = newProfile("FB 45");
        var owner = new SectionOwner.OfProfile(id);
        Term bildung = vocabulary.findAll(Vocabulary.THEME).stream().filter(t -> t.name().equals("Bildung"))
                .findFirst().orElseThrow();
        sections.addTerm(owner, SectionKind.THEMEN, bildung.id());
        sections.addTerm(owner, SectionKind.THEMEN, bildung.id());
        long proposed = vocabulary.propose(Vocabulary.THEME, "Digitale Teilhabe");
        sections.addTerm(owner, SectionKind.THEMEN, proposed);

        assertThat(items(id, SectionKind.THEMEN)).extracting(SectionItem::text)
                .containsExactly("Bildung", "Digitale Teilhabe");
        assertThat(items(id, SectionKind.THEMEN).getFirst().terms()).extracting(TermRef::name).containsExactly("Bildung");

        sections.removeTerm(owner, SectionKind.THEMEN, bildung.id());
        assertThat(items(id, SectionKind.THEMEN)).extracting(SectionItem::text).containsExactly("Digitale Teilhabe");
        long space = vocabulary.findAll(Vocabulary.SPACE).getFirst().id();
        assertThatThrownBy(() -> sections.addTerm(owner, SectionKind.THEMEN, space))
                .hasFieldOrPropertyWithValue("messageKey", "section.error.unknown-term");
    }

    @Test
    @WithUserDetails("fb45")
    void aDepartmentCannotTouchAnotherUnitsItemsWhateverIdItSends() {
        long foreignItemProfile = As.user(accounts, "planung", () -> newProfile("FB 56"));
        long foreignItem = As.user(accounts, "planung", () -> sections.addItem(
                new SectionOwner.OfProfile(foreignItemProfile), SectionKind.INHALT, null, 0, "Fremd"));
        long foreignProfile = As.user(accounts, "planung", () -> newProfile("FB 56"));

        // another unit's item answers exactly like an item that is not there (any more)
        long missingItem = 1_999_999_999L;
        assertThatThrownBy(() -> sections.updateItem(foreignItem, "Fremd", "gekapert"))
                .isInstanceOf(EditConflict.class).hasFieldOrPropertyWithValue("storedValue", null)
                .hasFieldOrPropertyWithValue("changedBy", "?");
        assertThatThrownBy(() -> sections.updateItem(missingItem, "Fremd", "gekapert"))
                .isInstanceOf(EditConflict.class).hasFieldOrPropertyWithValue("storedValue", null)
                .hasFieldOrPropertyWithValue("changedBy", "?");
        sections.removeItem(foreignItem);
        assertThat(As.user(accounts, "planung", () -> texts(foreignItemProfile, SectionKind.INHALT)))
                .containsExactly("Fremd");
        assertThatThrownBy(() -> sections.moveItem(foreignItem, 1))
                .hasFieldOrPropertyWithValue("messageKey", "item.error.removed");
        assertThatThrownBy(() -> sections.moveItem(missingItem, 1))
                .hasFieldOrPropertyWithValue("messageKey", "item.error.removed");
        assertThatThrownBy(() -> sections.addItem(new SectionOwner.OfProfile(foreignProfile), SectionKind.INHALT,
                null, 0, "gekapert")).hasFieldOrPropertyWithValue("messageKey", "profile.error.not-found");
        assertThatThrownBy(() -> profiles.updateField(foreignProfile, ProfileField.TITLE, "Konzept Test", "gekapert"))
                .hasFieldOrPropertyWithValue("messageKey", "profile.error.not-found");
        assertThat(sections.sections(new SectionOwner.OfProfile(foreignProfile))).isEmpty();
        assertThat(As.user(accounts, "planung", () -> texts(foreignProfile, SectionKind.INHALT))).isEmpty();
    }

    @Test
    @WithUserDetails("interview")
    void instrumentsWithoutAPlanAreCreatedWithTheirFirstEntry() {
        long unit = SystemAuthentication.call(() -> units.findByCode("FB 45").orElseThrow().id());
        long round = rounds.current().orElseThrow().id();
        var owner = new SectionOwner.OfInstruments(round, unit);
        assertThat(sections.sections(owner)).isEmpty();
        sections.addItem(owner, SectionKind.STEUERUNG, null, 0, "Jugendhilfeausschuss");
        assertThat(sections.sections(owner)).singleElement()
                .satisfies(s -> assertThat(s.items()).extracting(SectionItem::text).containsExactly("Jugendhilfeausschuss"));
    }
}
