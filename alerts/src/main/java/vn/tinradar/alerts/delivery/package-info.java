/** Telling staff: e-mail (SMTP or outbox), webhook, routes, silences, and the ledger that prevents repeats. */
package vn.tinradar.alerts.delivery;
