/**
 * Backup and restore of what staff made by hand (accounts, claims, saved searches, alert actions, and the
 * settings and sources files that hold policies and sources): one JSON-lines file, read back into a fresh
 * installation ({@code tinradar backup}, {@code tinradar restore}).
 */
package vn.tinradar.deploy.backup;
