/**
 * Tips from staff (tin báo): a URL or a text pasted into the dashboard, fetched through the crawler's fetcher,
 * analysed by the scorer, matched against reviewed claims and existing stories, kept in a compacted topic with its
 * status and who handled it, and turned into a claim or linked to an incident.
 */
package vn.tinradar.deploy.tip;
