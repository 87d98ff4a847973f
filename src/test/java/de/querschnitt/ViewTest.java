package de.querschnitt;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A browserless view test (extends {@link SpringBrowserlessTest}) on the demo data. A test that writes
 * is annotated {@code @Transactional}, so it is rolled back like an {@link IntegrationTest}.
 *
 * <p>Keep the Spring configuration of all tests identical (no test-specific properties or beans): every
 * new application context installs its own Vaadin security-context strategy globally, and views of an
 * older cached context would then no longer see the user a {@code @WithUserDetails} test sets.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
public @interface ViewTest {
}
