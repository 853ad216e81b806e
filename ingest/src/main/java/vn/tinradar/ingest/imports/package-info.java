/**
 * Social posts brought in from files: JSON-lines or CSV exports (a social-listening tool's, a platform research
 * API's, or TinRadar's own columns) dropped in a watched folder, read line by line into {@code articles.raw},
 * with every rejected line reported by number and reason.
 */
package vn.tinradar.ingest.imports;
