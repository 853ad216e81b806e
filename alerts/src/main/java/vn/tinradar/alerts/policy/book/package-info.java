/** The draft policies staff manage in the dashboard, kept in a compacted topic and joined to those of the settings. */
package vn.tinradar.alerts.policy.book;
