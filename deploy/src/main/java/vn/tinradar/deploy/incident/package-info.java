/** The crisis workspace (issue 14): incidents opened from an alert or a story, their timeline, responses and report. */
package vn.tinradar.deploy.incident;
