package de.querschnitt.vocabulary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import de.querschnitt.ViewTest;
import de.querschnitt.vocabulary.ManagedTerm;
import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.Vocabulary;
import de.querschnitt.vocabulary.VocabularyService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@ViewTest
class VocabularyViewTest extends SpringBrowserlessTest {

    @Autowired
    VocabularyService vocabulary;

    private static ManagedTerm row(VocabularyView view, String name) {
        return view.grid.getGenericDataView().getItems().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name));
    }

    private static java.util.List<String> names(VocabularyView view) {
        return view.grid.getGenericDataView().getItems().map(ManagedTerm::name).toList();
    }

    @Test
    @Transactional
    @WithUserDetails("planung")
    void thePlannerMergesASynonymAfterConfirmingAndSeesItInTheHistory() {
        VocabularyView view = navigate(VocabularyView.class);
        int partizipationRow = names(view).indexOf("Partizipation");
        test(view.grid).select(partizipationRow);
        assertThat(view.editor.isVisible()).isTrue();
        assertThat(view.editor.name.getValue()).isEqualTo("Partizipation");

        test(view.editor.mergeTarget).selectItem("Teilhabe und Diversität");
        test(view.editor.merge).click();
        // the dialog attaches to the page on the next round trip
        roundTrip();
        ConfirmDialog dialog = view.editor.mergeDialog;
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("„Partizipation“ in „Teilhabe und Diversität“ zusammenführen?");
        test(dialog).confirm();

        assertThat(names(view)).doesNotContain("Partizipation").contains("Teilhabe und Diversität");
        ManagedTerm kept = row(view, "Teilhabe und Diversität");
        assertThat(kept.term().synonyms()).contains("Partizipation", "Bürgerbeteiligung");
        // the editor now shows the kept term with the merge in its history
        assertThat(view.editor.name.getValue()).isEqualTo("Teilhabe und Diversität");
        assertThat($(ListItem.class).from(view.editor.history).all()).extracting(ListItem::getText)
                .singleElement().satisfies(t -> assertThat(t).contains("planung", "zusammengeführt aus: „Partizipation“"));
        assertThat(vocabulary.findAll(Vocabulary.THEME)).extracting(Term::name).doesNotContain("Partizipation");
    }

    @Test
    @Transactional
    @WithUserDetails("planung")
    void cancellingTheMergeChangesNothing() {
        VocabularyView view = navigate(VocabularyView.class);
        test(view.grid).select(names(view).indexOf("Partizipation"));
        test(view.editor.mergeTarget).selectItem("Teilhabe und Diversität");
        test(view.editor.merge).click();
        // the dialog attaches to the page on the next round trip
        roundTrip();
        test(view.editor.mergeDialog).cancel();
        assertThat(names(view)).contains("Partizipation");
    }

    @Test
    @Transactional
    @WithUserDetails("planung")
    void renamingWithANameTakenShowsAGermanMessageAndKeepsTheTerm() {
        VocabularyView view = navigate(VocabularyView.class);
        test(view.grid).select(names(view).indexOf("Bildung"));
        test(view.editor.name).setValue("Partizipation");
        test(view.editor.save).click();
        assertThat(view.editor.error.getText()).isEqualTo("Den Begriff „Partizipation“ gibt es im Vokabular bereits.");
        assertThat(names(view)).contains("Bildung");

        test(view.editor.name).setValue("Bildung und Lernen");
        test(view.editor.newSynonym).setValue("Lernen");
        test(view.editor.addSynonym).click();
        test($(Button.class).from(view.editor.synonymList).withAriaLabel("Synonym „Weiterbildung“ entfernen").single())
                .click();
        test(view.editor.save).click();

        ManagedTerm renamed = row(view, "Bildung und Lernen");
        assertThat(renamed.term().synonyms()).contains("Lernen").doesNotContain("Weiterbildung");
        assertThat(names(view)).doesNotContain("Bildung");
        assertThat($(ListItem.class).from(view.editor.history).all()).extracting(ListItem::getText)
                .anySatisfy(t -> assertThat(t).contains("Name: „Bildung“ → „Bildung und Lernen“"));
    }

    @Test
    @Transactional
    @WithUserDetails("planung")
    void proposalsShowWhoProposedThemAndCanBeAcceptedOrMerged() {
        long digital = vocabulary.propose(Vocabulary.THEME, "Digitale Teilhabe");
        long mitbestimmung = vocabulary.propose(Vocabulary.THEME, "Mitbestimmung");
        VocabularyView view = navigate(VocabularyView.class);
        var proposals = $(ListItem.class).from(view.proposals).all();
        assertThat(proposals).extracting(li -> li.getElement().getTextRecursively())
                .anySatisfy(t -> assertThat(t).contains("Digitale Teilhabe", "vorgeschlagen von Sozialplanung (Demo)"));

        test($(Button.class).from(view.proposals).withAriaLabel("Übernehmen: Digitale Teilhabe").single()).click();
        assertThat(names(view)).contains("Digitale Teilhabe");

        test($(Button.class).from(view.proposals).withAriaLabel("Zusammenführen: Mitbestimmung").single()).click();
        assertThat(view.editor.name.getValue()).isEqualTo("Mitbestimmung");
        test(view.editor.mergeTarget).selectItem("Partizipation");
        test(view.editor.merge).click();
        // the dialog attaches to the page on the next round trip
        roundTrip();
        test(view.editor.mergeDialog).confirm();

        assertThat($(ListItem.class).from(view.proposals).all()).isEmpty();
        assertThat(row(view, "Partizipation").term().synonyms()).contains("Mitbestimmung");
        assertThat(digital).isNotEqualTo(mitbestimmung);
    }

    @Test
    @WithUserDetails("planung")
    void mergingWithoutChoosingTheKeptTermAsksForItAtTheField() {
        VocabularyView view = navigate(VocabularyView.class);
        test(view.grid).select(names(view).indexOf("Partizipation"));
        test(view.editor.merge).click();
        assertThat(view.editor.mergeTarget.isInvalid()).isTrue();
        assertThat(view.editor.mergeTarget.getErrorMessage())
                .isEqualTo("Bitte wählen Sie den Begriff, der behalten wird.");
        assertThat(view.editor.mergeDialog).isNull();
        assertThat(names(view)).contains("Partizipation");
    }

    @Test
    @WithUserDetails("interview")
    void onlyThePlannerOpensTheVocabulary() {
        navigate("begriffe", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(VocabularyView.class);
    }
}
