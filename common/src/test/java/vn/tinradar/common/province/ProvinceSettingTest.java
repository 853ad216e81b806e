package vn.tinradar.common.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.tinradar.common.config.ConfigDocument;
import vn.tinradar.common.config.ConfigException;

class ProvinceSettingTest {

    @Test
    void readsTheConfiguredProvince() {
        ConfigDocument doc = ConfigDocument.parse("tinradar.yaml", "province: Hưng Yên\n");

        assertThat(ProvinceSetting.from(doc).code()).isEqualTo("33");
    }

    @Test
    void defaultsToLaoCaiWhenTheKeyIsAbsent() {
        assertThat(ProvinceSetting.from(ConfigDocument.parse("tinradar.yaml", "kafka: {}\n")).name())
                .isEqualTo("Lào Cai");
    }

    @Test
    void refusesAnUnknownProvinceNamingTheFileAndLine() {
        ConfigDocument doc = ConfigDocument.parse("tinradar.yaml", "kafka: {}\nprovince: Bình Dương\n");

        assertThatThrownBy(() -> ProvinceSetting.from(doc)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("tinradar.yaml line 2")
                .hasMessageContaining("Bình Dương is part of Thành phố Hồ Chí Minh");
    }
}
