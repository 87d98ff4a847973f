package de.querschnitt.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import de.querschnitt.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.TestPropertySource;

@ViewTest
@TestPropertySource(properties = "querschnitt.demo-data=false")
class DemoModeOffTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void withoutDemoModeTheLoginPageShowsNoAccounts() {
        navigate(LoginView.class);
        assertThat($(Div.class).withId("demo-accounts").exists()).isFalse();
    }
}
