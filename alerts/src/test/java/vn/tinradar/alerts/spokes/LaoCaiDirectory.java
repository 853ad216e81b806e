package vn.tinradar.alerts.spokes;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.tinradar.common.event.Agency;
import vn.tinradar.common.province.PlaceHierarchy;
import vn.tinradar.common.province.Provinces;

/** A small directory of Lào Cai agencies for the tests: offices invented, places and topics real. */
final class LaoCaiDirectory {

    static final PlaceHierarchy PLACES = PlaceHierarchy.of(Provinces.byName("Lào Cai"));
    static final Map<String, String> TOPICS = Map.of("thien-tai", "Thiên tai (sạt lở, lũ quét, bão)",
            "dat-dai", "Đất đai, đền bù", "moi-truong", "Môi trường, ô nhiễm", "y-te", "Y tế, dịch bệnh");

    private LaoCaiDirectory() {
    }

    static DirectoryAdmin admin(Clock clock, SpokesLog log) {
        return new DirectoryAdmin(new Directory(), log, PLACES, TOPICS, clock);
    }

    /** Văn phòng UBND tỉnh (every topic), Sở TN&MT (land, environment), xã Mường Hum and xã Y Tý, khu vực Bát Xát cũ. */
    static List<Agency> agencies(DirectoryAdmin admin) {
        return List.of(
                admin.addAgency(new AgencyDraft("Văn phòng UBND tỉnh Lào Cai", "tỉnh", "Tỉnh Lào Cai", List.of()),
                        "admin"),
                admin.addAgency(new AgencyDraft("Sở Nông nghiệp và Môi trường", "sở", "15",
                        List.of("dat-dai", "moi-truong")), "admin"),
                admin.addAgency(new AgencyDraft("UBND xã Mường Hum", "xã", "Xã Mường Hum",
                        List.of("thien-tai", "dat-dai")), "admin"),
                admin.addAgency(new AgencyDraft("UBND xã Y Tý", "xã", "02701", List.of("thien-tai")), "admin"),
                admin.addAgency(new AgencyDraft("Tổ công tác phòng chống thiên tai khu vực Bát Xát cũ", "department",
                        "Huyện Bát Xát", List.of("thien-tai")), "admin"));
    }
}
