/** Alerts as staff see and handle them: acknowledge, resolve, assign, audit trail, Atom feed. */
package vn.tinradar.alerts.view;
