package de.querschnitt.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import de.querschnitt.ViewTest;
import de.querschnitt.profile.ui.UnitView;
import de.querschnitt.security.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** On a unit's page the planner sees who of the unit has access and invites one more person. */
@ViewTest
@Transactional
class UnitAccountsTest extends SpringBrowserlessTest {

    @Autowired
    UnitDirectory units;

    @Test
    @WithUserDetails("planung")
    void thePlannerInvitesAPersonFromTheUnitPageWithTheUnitChosen() {
        navigate("einheiten/" + unit("FB 45"), UnitView.class);
        UnitAccounts panel = $(UnitAccounts.class).single();
        assertThat(names(panel)).containsExactly("FB 45 Kinder, Jugend und Schule (Demo)|aktiv");

        test(panel.invite).click();
        roundTrip();
        assertThat(panel.invite.getText()).isEqualTo("Person der Einheit einladen");
        InviteDialog dialog = panel.dialog;
        assertThat(dialog.unit.getValue().label()).isEqualTo("FB 45 Kinder, Jugend und Schule");
        test(dialog.displayName).setValue("Erika Muster");
        test(dialog.create).click();

        assertThat(dialog.linkPanel).isNotNull();
        assertThat(names(panel)).hasSize(2).anySatisfy(n -> assertThat(n).startsWith("Erika Muster|eingeladen"));
    }

    @Test
    @WithUserDetails("interview")
    void othersSeeNoAccountsOnTheUnitPage() {
        navigate("einheiten/" + unit("FB 45"), UnitView.class);
        assertThat($(UnitAccounts.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("fb45")
    void theDepartmentSeesNoAccountsOnItsOwnPage() {
        navigate("einheiten/" + unit("FB 45"), UnitView.class);
        assertThat($(UnitAccounts.class).exists()).isFalse();
    }

    private java.util.List<String> names(UnitAccounts panel) {
        return panel.list.getChildren().map(ListItem.class::cast).map(item -> {
            var children = item.getChildren().toList();
            return ((Span) children.get(0)).getText() + "|" + ((Span) children.get(1)).getText();
        }).toList();
    }

    private long unit(String code) {
        return units.units().stream().filter(u -> u.label().startsWith(code + " ")).findFirst().orElseThrow().id();
    }
}
