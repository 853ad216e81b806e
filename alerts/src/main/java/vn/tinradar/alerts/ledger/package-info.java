/** The ledger in {@code alerts.deliveries}: what was sent and what staff did, read back at start so nothing repeats. */
package vn.tinradar.alerts.ledger;
