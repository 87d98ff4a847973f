package de.querschnitt.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.querschnitt.IntegrationTest;
import de.querschnitt.common.EditConflict;
import de.querschnitt.common.Person;
import de.querschnitt.organisation.UnitService;
import de.querschnitt.profile.SectionItem;
import de.querschnitt.security.SystemAuthentication;
import de.querschnitt.survey.SurveyRoundService;
import de.querschnitt.vocabulary.Term;
import de.querschnitt.vocabulary.Vocabulary;
import de.querschnitt.vocabulary.VocabularyService;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class InterviewServiceTest {

    @Autowired
    InterviewService interviews;
    @Autowired
    UnitService units;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    VocabularyService vocabulary;

    private long round() {
        return rounds.current().orElseThrow().id();
    }

    private long unit(String code) {
        return SystemAuthentication.call(() -> units.findByCode(code).orElseThrow().id());
    }

    @Test
    @WithUserDetails("interview")
    void thereIsOneInterviewPerUnitAndRoundAndItRemembersWhereItWasLeft() {
        long id = interviews.start(round(), unit("FB 45"));
        assertThat(interviews.start(round(), unit("FB 45"))).isEqualTo(id);
        Interview started = interviews.find(id).orElseThrow();
        assertThat(started.status()).isEqualTo(InterviewStatus.GEPLANT);
        assertThat(started.interviewer()).isEqualTo("Interviewer (Demo)");
        assertThat(started.currentStep()).isNull();

        interviews.remember(id, InterviewStep.SCHNITTSTELLEN, null);
        assertThat(interviews.find(id).orElseThrow().currentStep()).isEqualTo(InterviewStep.SCHNITTSTELLEN);
    }

    @Test
    @WithUserDetails("interview")
    void theAppointmentIsSavedFieldByFieldAndTheFirstEntryStartsTheInterview() {
        long id = interviews.start(round(), unit("FB 45"));
        interviews.updateField(id, InterviewField.DATE, null, "2017-03-14");
        interviews.updateField(id, InterviewField.PLACE, null, "Verwaltungsgebäude Katschhof");
        Interview saved = interviews.find(id).orElseThrow();
        assertThat(saved.date()).hasToString("2017-03-14");
        assertThat(saved.place()).isEqualTo("Verwaltungsgebäude Katschhof");
        assertThat(saved.status()).isEqualTo(InterviewStatus.IN_DURCHFUEHRUNG);

        assertThatThrownBy(() -> interviews.updateField(id, InterviewField.DATE, "2017-03-14", "14.03."))
                .hasFieldOrPropertyWithValue("messageKey", "interview.error.date");
        assertThatThrownBy(() -> interviews.updateField(id, InterviewField.PLACE, null, "Rathaus"))
                .isInstanceOf(EditConflict.class);
        assertThat(interviews.find(id).orElseThrow().place()).isEqualTo("Verwaltungsgebäude Katschhof");
    }

    @Test
    @WithUserDetails("interview")
    void participantsInterfacesAndNeedsAreKept() {
        long id = interviews.start(round(), unit("FB 45"));
        long person = interviews.addParticipant(id, "Frau Beispiel", "Fachbereichsleitung");
        interviews.updateParticipant(person, Person.Field.FUNCTION, "Fachbereichsleitung", "Abteilungsleitung");
        assertThatThrownBy(() -> interviews.addParticipant(id, " ", "ohne Namen"))
                .hasFieldOrPropertyWithValue("messageKey", "person.error.name-required");
        assertThat(interviews.participants(id)).extracting(Person::name, Person::function)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Frau Beispiel", "Abteilungsleitung"));

        long link = interviews.addInterface(id, unit("FB 56"));
        Term bildung = vocabulary.findAll(Vocabulary.THEME).stream().filter(t -> t.name().equals("Bildung"))
                .findFirst().orElseThrow();
        interviews.setInterfaceTerms(link, Set.of(bildung.id()));
        interviews.updateInterfaceNote(link, null, "gemeinsame Bildungskonferenz");
        assertThatThrownBy(() -> interviews.addInterface(id, unit("FB 56")))
                .hasFieldOrPropertyWithValue("messageKey", "interface.error.duplicate");
        assertThatThrownBy(() -> interviews.addInterface(id, unit("FB 45")))
                .hasFieldOrPropertyWithValue("messageKey", "interface.error.self");
        assertThat(interviews.interfaces(id)).singleElement().satisfies(l -> {
            assertThat(l.partnerLabel()).startsWith("FB 56");
            assertThat(l.terms()).extracting(t -> t.name()).containsExactly("Bildung");
            assertThat(l.note()).isEqualTo("gemeinsame Bildungskonferenz");
        });

        long first = interviews.addNeed(id, null, 0, "Kleinräumige Daten");
        interviews.addNeed(id, first, 1, "nach Sozialräumen");
        long last = interviews.addNeed(id, null, 0, "Abstimmung mit FB 56");
        interviews.moveNeed(last, -1);
        assertThat(interviews.needs(id)).extracting(SectionItem::text)
                .containsExactly("Abstimmung mit FB 56", "Kleinräumige Daten", "nach Sozialräumen");
    }

    @Test
    @WithUserDetails("interview")
    void progressNamesWhatIsMissingAndAStepCanBeConfirmedAsEmpty() {
        long id = interviews.start(round(), unit("E 42"));
        Progress progress = interviews.progress(id);
        assertThat(progress.isComplete(InterviewStep.STAMMDATEN)).isFalse();
        assertThat(progress.missing().get(InterviewStep.STAMMDATEN)).extracting(Progress.Missing::messageKey)
                .containsExactly("progress.missing.contacts", "progress.missing.participants");
        // the demo has the VHS's instruments, and the VHS has no planning document
        assertThat(progress.isComplete(InterviewStep.INSTRUMENTE)).isTrue();
        assertThat(progress.isComplete(InterviewStep.PLANWERKE)).isFalse();

        interviews.setStepEmpty(id, InterviewStep.PLANWERKE, true);
        units.addContact(unit("E 42"), "Herr Beispiel", "Leitung");
        interviews.addParticipant(id, "Herr Beispiel", "Leitung");
        progress = interviews.progress(id);
        assertThat(progress.isComplete(InterviewStep.PLANWERKE)).isTrue();
        assertThat(progress.isComplete(InterviewStep.STAMMDATEN)).isTrue();
        assertThat(progress.completeCount()).isEqualTo(3);
    }

    @Test
    @WithUserDetails("fb45")
    void departmentsHaveNoAccessToInterviews() {
        assertThatThrownBy(() -> interviews.list(round())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> interviews.start(round(), unit("FB 45"))).isInstanceOf(AccessDeniedException.class);
    }
}
