/**
 * The spokesperson network: the directory of agencies and their spokespersons, which agencies answer for an alert
 * (by topic and by place up the administrative hierarchy), and the requests for an official response staff make
 * from an alert, mailed to the agency, reminded before the deadline and tracked until answered. Pure Java: where
 * the directory and the requests are kept is behind {@link vn.tinradar.alerts.spokes.SpokesLog}.
 */
package vn.tinradar.alerts.spokes;
