/** Threads shared by the services: named daemon schedulers. */
package vn.tinradar.common.concurrent;
