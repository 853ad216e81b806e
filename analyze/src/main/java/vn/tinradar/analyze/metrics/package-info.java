/** The analyze stage's meters, shared by the pipeline and the query side. */
package vn.tinradar.analyze.metrics;
