package vn.tinradar.deploy.incident;

import vn.tinradar.common.event.Incident;

/** Where incidents are kept: {@link #write} returns once the change is stored, and the book shows it. */
public interface IncidentLog {

    /** @throws IllegalStateException when the store did not acknowledge the change (nothing changed) */
    void write(Incident incident);
}
