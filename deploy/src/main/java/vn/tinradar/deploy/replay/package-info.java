/** Replays a dump of real, dated news items through analyze and alerts at an accelerated clock. */
package vn.tinradar.deploy.replay;
