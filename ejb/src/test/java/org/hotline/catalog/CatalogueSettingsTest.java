package org.hotline.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.hotline.common.Settings;
import org.junit.jupiter.api.Test;

class CatalogueSettingsTest {

    @Test
    void onlyFalseStopsTheSample() {
        assertTrue(CatalogueSettings.from(Settings.of(Map.of())).loadsSample());
        assertTrue(CatalogueSettings.from(Settings.of(Map.of("HOTLINE_SAMPLE_CATALOGUE", "no")))
                .loadsSample());
        assertFalse(CatalogueSettings.from(Settings.of(Map.of("HOTLINE_SAMPLE_CATALOGUE", " FALSE ")))
                .loadsSample());
    }
}
