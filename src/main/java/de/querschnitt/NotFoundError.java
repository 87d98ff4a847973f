package de.querschnitt;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import de.querschnitt.common.ui.NotFound;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page for an address that does not exist or that the person's role may not open (Vaadin reroutes a
 * denied view to "not found"): the same neutral "Nicht gefunden" in the app's frame that a view shows for an
 * id the person may not see, never Vaadin's developer page with its list of routes. Logged-out people are sent
 * to the login page before they get here.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public final class NotFoundError extends RouteNotFoundError implements MainLayout.HasViewTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().removeAllChildren();
        getElement().getClassList().add("qs-page");
        getElement().appendChild(new NotFound().getElement());
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String viewTitle() {
        return getTranslation("notfound.title");
    }
}
