/** Finding a watched name or phrase in Vietnamese text, with or without diacritics. */
package vn.tinradar.alerts.text;
