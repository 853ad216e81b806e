package vn.tinradar.alerts.render;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TemplatesTest {

    record Headline(String title) {
    }

    @Test
    void misspeltFieldFailsNamingTheTemplateAndTheView() {
        // templates/misspelt-field.html (test resources) prints view.titel
        assertThatThrownBy(() -> Templates.render("misspelt-field.html", new Headline("Sạt lở ở Bảo Hà")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("misspelt-field.html").hasMessageContaining("Headline")
                .hasMessageContaining("titel");
    }

    @Test
    void templateNamedWithoutHtmlOrTxtIsRefused() {
        assertThatThrownBy(() -> Templates.render("alert-email", new Headline("Sạt lở ở Bảo Hà")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("template 'alert-email' must end in .html or .txt");
    }
}
