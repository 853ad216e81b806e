package vn.tinradar.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinradar.alerts.spokes.AgencyRouter;
import vn.tinradar.alerts.spokes.Directory;
import vn.tinradar.alerts.spokes.DirectoryAdmin;
import vn.tinradar.alerts.spokes.SpokesLog;
import vn.tinradar.analyze.score.topic.TopicTaxonomy;
import vn.tinradar.common.event.Agency;
import vn.tinradar.common.event.Alert;
import vn.tinradar.common.event.AlertStatus;
import vn.tinradar.common.event.ResponseRequest;
import vn.tinradar.common.event.Severity;
import vn.tinradar.common.event.Spokesperson;
import vn.tinradar.common.province.PlaceHierarchy;
import vn.tinradar.common.province.Provinces;

/** The demo's Lào Cai directory imports whole against the real taxonomy and routes the demo's landslide. */
class DemoDirectoryTest {

    /** Counts what would be stored; the Kafka side is SpokesNetworkIT's. */
    private static final class CountingLog implements SpokesLog {
        final List<String> writes = new ArrayList<>();

        @Override
        public void putAgency(Agency agency) {
            writes.add(agency.id());
        }

        @Override
        public void removeAgency(String id) {
            writes.add("-" + id);
        }

        @Override
        public void putPerson(Spokesperson person) {
            writes.add(person.id());
        }

        @Override
        public void removePerson(String id) {
            writes.add("-" + id);
        }

        @Override
        public void putRequest(ResponseRequest request) {
            writes.add(request.id());
        }
    }

    private final java.util.Map<String, String> topics = new java.util.HashMap<>();
    private final PlaceHierarchy places = PlaceHierarchy.of(Provinces.byName("Lào Cai"));
    private final DirectoryAdmin admin;

    DemoDirectoryTest() {
        TopicTaxonomy.loadDefault().topics().forEach((id, t) -> topics.put(id, t.vietnameseName()));
        admin = new DirectoryAdmin(new Directory(), new CountingLog(), places, topics, Clock.systemUTC());
    }

    @Test
    void everyLineOfTheDemoDirectoryIsImported() {
        DemoDirectory.load(admin);

        assertThat(admin.directory().agencies()).hasSize(7);
        assertThat(admin.directory().persons()).hasSize(8)
                .allSatisfy(p -> assertThat(p.email()).endsWith(".laocai.example"));
    }

    @Test
    void theDemosLandslideInMuongHumReachesTheCommuneTheDepartmentAndTheProvinceOffice() {
        DemoDirectory.load(admin);
        Instant t = Instant.now();
        Alert landslide = new Alert(Alert.VERSION, "a1", "topic-burst", Severity.URGENT, AlertStatus.FIRING, "Sạt lở",
                "", "", List.of(), List.of(), null, "thien-tai", "Xã Mường Hum", t, t, t, 1, null, null);

        assertThat(new AgencyRouter(places, topics).route(landslide, admin.directory().agencies()))
                .extracting(r -> r.agency().name()).containsExactly("UBND xã Mường Hum",
                        "Sở Nông nghiệp và Môi trường", "Văn phòng UBND tỉnh Lào Cai");
    }
}
