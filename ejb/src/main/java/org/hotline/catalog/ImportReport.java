package org.hotline.catalog;

/**
 * What an import changed. An institution or service counts as updated when its code already existed: its names,
 * texts and targets were rewritten from the file, whether or not they differed.
 */
public record ImportReport(
        int institutionsCreated, int institutionsUpdated, int servicesCreated, int servicesUpdated) {}
