package de.querschnitt.common.ui;

import com.vaadin.flow.server.VaadinServletRequest;

/** Addresses of the application as a person outside it must type them (links to copy into a mail). */
public final class AppUrls {

    private AppUrls() {
    }

    /** The application's address as this request reached it, plus the path; the path alone outside a request. */
    public static String absolute(String path) {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return path;
        }
        var http = request.getHttpServletRequest();
        String port = (http.getScheme().equals("http") && http.getServerPort() == 80)
                || (http.getScheme().equals("https") && http.getServerPort() == 443) ? "" : ":" + http.getServerPort();
        return http.getScheme() + "://" + http.getServerName() + port + http.getContextPath() + "/" + path;
    }
}
