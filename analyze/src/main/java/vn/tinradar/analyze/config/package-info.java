/** The analyze stage's typed settings, shared by the pipeline and the query side. */
package vn.tinradar.analyze.config;
