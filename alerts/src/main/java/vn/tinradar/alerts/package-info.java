/** The alert service: wires rules, delivery, the staff view and reports; no other package imports it. */
package vn.tinradar.alerts;
