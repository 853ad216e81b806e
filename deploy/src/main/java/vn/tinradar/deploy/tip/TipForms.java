package vn.tinradar.deploy.tip;

/** What staff send to submit a tip and to change it, as the dashboard's forms and the API carry them. */
public final class TipForms {

    private TipForms() {
    }

    /** A URL, a text, or both (the text of a screenshot of the page, say). */
    public record Submit(String url, String text) {
    }

    /** Any of a new status ({@code new}, {@code checking}, {@code false}, {@code not-false}), handler, notes. */
    public record Change(String status, String handler, String notes) {
    }

    /** Link to the incident {@code incidentId}, or open one on {@code storyId} (default: the best matched story). */
    public record IncidentLink(String incidentId, String storyId) {
    }
}
