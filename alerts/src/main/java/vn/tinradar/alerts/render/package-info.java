/**
 * What every rendered output shares: the templates, which escape for HTML by default, and the bundled font that
 * prints Vietnamese.
 */
package vn.tinradar.alerts.render;
