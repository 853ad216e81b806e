package vn.tinradar.alerts.spokes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import vn.tinradar.common.event.Agency;
import vn.tinradar.common.event.Spokesperson;

class DirectoryImportTest {

    private static final String HEADER = "co_quan,cap,dia_ban,chu_de,nguoi_phat_ngon,chuc_vu,email,dien_thoai\n";

    private final DirectoryAdmin admin = LaoCaiDirectory.admin(Clock.systemUTC(), new MemorySpokesLog());

    @Test
    void importsAgenciesWithTheirSpokespersons() {
        DirectoryAdmin.ImportReport report = admin.importCsv(HEADER
                + "UBND xã Mường Hum,xã,Xã Mường Hum,thien-tai|dat-dai,Lý Văn Phát,Phó Chủ tịch UBND xã,"
                + "phatngon.muonghum@example.vn,0200 000 0101\n"
                + "UBND xã Mường Hum,xã,Xã Mường Hum,thien-tai|dat-dai,Hoàng Thị Lan,Văn phòng UBND xã,"
                + "vanphong.muonghum@example.vn,\n", "admin");

        assertThat(report.rejected()).isEmpty();
        assertThat(report.agencies()).isEqualTo(1);
        assertThat(report.persons()).isEqualTo(2);
        Agency a = admin.directory().agencies().get(0);
        assertThat(a.placeId()).isEqualTo("02728");
        assertThat(a.level()).isEqualTo("commune");
        assertThat(admin.directory().personsOf(a.id())).extracting(Spokesperson::name)
                .containsExactly("Hoàng Thị Lan", "Lý Văn Phát");
    }

    @Test
    void rejectsEachBadLineWithItsNumberAndReasonAndKeepsTheOthers() {
        DirectoryAdmin.ImportReport report = admin.importCsv(HEADER
                + "UBND xã Mường Hum,xã,Xã Mường Hum,thien-tai,Lý Văn Phát,Phó Chủ tịch,phat@example.vn,\n"
                + "UBND xã Tả Phìn Hồ,xã,Xã Tả Phìn Hồ,thien-tai,,,,\n"
                + "Sở Y tế,sở,15,y-te,Trần Văn Minh,Phó Giám đốc,khong-phai-email,\n"
                + "UBND xã Mường Hum,xã,Xã Y Tý,thien-tai,Nguyễn Văn Bình,Chủ tịch,binh@example.vn,\n"
                + "Sở Giao thông,sở,15,duong-bo,,,,\n", "admin");

        assertThat(report.agencies()).isEqualTo(1);
        assertThat(report.rejected()).extracting(DirectoryCsv.Rejected::line).containsExactly(3, 4, 5, 6);
        assertThat(report.rejected().get(0).reason()).contains("Xã Tả Phìn Hồ");
        assertThat(report.rejected().get(1).reason()).contains("khong-phai-email");
        assertThat(report.rejected().get(2).reason()).contains("đã khai ở dòng 2");
        assertThat(report.rejected().get(3).reason()).contains("duong-bo");
    }

    @Test
    void importingTheSameFileAgainUpdatesInsteadOfAddingCopies() {
        String csv = HEADER + "Văn phòng UBND tỉnh,tỉnh,,,Phạm Quốc Hưng,Chánh Văn phòng,vanphong@example.vn,\n";
        admin.importCsv(csv, "admin");
        admin.importCsv(csv.replace("Chánh Văn phòng", "Phó Chánh Văn phòng"), "admin");

        assertThat(admin.directory().agencies()).hasSize(1);
        assertThat(admin.directory().persons()).singleElement()
                .extracting(Spokesperson::position).isEqualTo("Phó Chánh Văn phòng");
    }

    @Test
    void readsExcelsSemicolonsQuotedCommasAndByteOrderMark() {
        DirectoryAdmin.ImportReport report = admin.importCsv("\uFEFF" + HEADER.replace(',', ';')
                + "\"Sở Nông nghiệp và Môi trường; đầu mối báo chí\";sở;15;Đất đai, đền bù;\"Đỗ Thị Hà, Phó Giám đốc\";"
                + "Người phát ngôn;ha@example.vn;\n", "admin");

        assertThat(report.rejected()).isEmpty();
        Agency a = admin.directory().agencies().get(0);
        assertThat(a.name()).isEqualTo("Sở Nông nghiệp và Môi trường; đầu mối báo chí");
        assertThat(a.topics()).containsExactly("dat-dai");
        assertThat(admin.directory().persons().get(0).name()).isEqualTo("Đỗ Thị Hà, Phó Giám đốc");
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRejectedAtItsHeader() {
        DirectoryAdmin.ImportReport report = admin.importCsv("ten,email\nA,a@example.vn\n", "admin");

        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(1);
            assertThat(r.reason()).contains("co_quan, cap");
        });
        assertThat(admin.directory().agencies()).isEmpty();
    }
}
