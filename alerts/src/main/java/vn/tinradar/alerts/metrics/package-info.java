/** The alerts module's meters ({@code tinradar.alerts.*}). */
package vn.tinradar.alerts.metrics;
