package vn.tinradar.deploy.incident;

/** What staff send to open an incident and change it, as the dashboard's forms and the API carry them. */
public final class IncidentForms {

    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 4_000;
    static final int MAX_NAME = 200;

    private IncidentForms() {
    }

    /** Open from exactly one of an alert or a story; the title defaults to theirs. */
    public record Open(String alertId, String storyId, String title) {
    }

    /** A task: what, who, by when (ISO, or Vietnam local time). */
    public record Task(String text, String owner, String deadline) {
    }

    /** An official response: who answered, when, on what channel, and its text or a link (at least one). */
    public record Response(String agency, String spokesperson, String at, String channel, String text, String link) {
    }

    /** A hand-over note for the next shift. */
    public record Handover(String text) {
    }

    /** The closing summary and the lessons learnt. */
    public record Close(String summary, String lessons) {
    }
}
