package io.kafkapipeline.console.views;

/**
 * What every page needs besides its data: its title, the navigation entry to highlight, the CSRF token that
 * changing requests must carry, the length at which values are cut, and what the console reads.
 */
public record PageContext(String title, String nav, String csrfToken, int maxValueChars, String deployment) {

    public PageContext withTitle(String title, String nav) {
        return new PageContext(title, nav, csrfToken, maxValueChars, deployment);
    }

    /** {@code {"X-CSRF-Token": "..."}} for htmx's hx-headers (the token is hex: nothing to escape). */
    public String csrfHeaders() {
        return "{\"X-CSRF-Token\": \"" + csrfToken + "\"}";
    }
}
