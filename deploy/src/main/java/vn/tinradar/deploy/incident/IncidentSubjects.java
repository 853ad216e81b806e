package vn.tinradar.deploy.incident;

import java.util.Optional;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.Story;

/** The alerts and stories an incident is opened from; either may be absent when this process does not run it. */
public interface IncidentSubjects {

    Optional<Alert> alert(String id);

    /** The story, following merges: an absorbed story resolves to the one it joined. */
    Optional<Story> story(String id);
}
