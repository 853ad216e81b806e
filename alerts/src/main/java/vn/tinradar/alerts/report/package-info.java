/** The weekly summary report for department leaders: figures, charts, e-mail and archive. */
package vn.tinradar.alerts.report;
