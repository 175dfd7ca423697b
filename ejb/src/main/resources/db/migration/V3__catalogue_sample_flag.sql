-- Marks the catalogue rows that came from the packaged sample (org.hotline.catalog.SampleCatalogue), so nobody takes
-- them for the real portal's data and they can be found and replaced. Rows written by an administrator's import are
-- not sample data.

ALTER TABLE institution
    ADD COLUMN sample BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE e_service
    ADD COLUMN sample BOOLEAN NOT NULL DEFAULT FALSE;
