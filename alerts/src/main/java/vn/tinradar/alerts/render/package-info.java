/** What every rendered output shares: HTML escaping and the bundled font that prints Vietnamese. */
package vn.tinradar.alerts.render;
