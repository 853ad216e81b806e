/** Compiled feedback on a draft policy: the sentences of the press that react to it, for and against, grouped. */
package vn.tinradar.alerts.policy;
