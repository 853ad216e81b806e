package vn.tinradar.alerts.spokes;

/**
 * An agency's answer as staff record it.
 *
 * @param at when the agency answered, ISO or the browser's local time ("2026-11-20T16:30"); empty means now
 * @param channel how: a press release, a press conference, the portal, a document, by telephone...
 * @param spokespersonId who answered, one of the agency's spokespersons, or empty
 */
public record ResponseDraft(String at, String channel, String text, String link, String spokespersonId) {
}
