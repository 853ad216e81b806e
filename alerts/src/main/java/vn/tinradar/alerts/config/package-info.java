/** The alerts module's typed settings, bound from {@code alerts:} over {@code alerts-defaults.yaml}. */
package vn.tinradar.alerts.config;
