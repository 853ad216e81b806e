/** Telling staff: e-mail (SMTP or outbox), webhook, routes, quiet hours, escalation and silences. */
package vn.tinradar.alerts.delivery;
