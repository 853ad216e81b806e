/** The alert service: configuration, metrics and the service that wires rules, delivery, view and reports. */
package vn.tinradar.alerts;
