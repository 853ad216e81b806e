/** Offline training, evaluation and batch scoring for the command line; the running pipeline never imports it. */
package vn.tinradar.analyze.training;
