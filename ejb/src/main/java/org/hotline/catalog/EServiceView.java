package org.hotline.catalog;

import java.io.Serializable;
import java.time.Duration;

/**
 * An e-service as agents and the API read it. {@code sample} is true when its texts come from the packaged sample
 * catalogue and are not the portal's real data.
 */
public record EServiceView(
        String code,
        LocalizedName name,
        String institutionCode,
        LocalizedName institutionName,
        String description,
        String requiredDocuments,
        String standardAnswer,
        Long firstResponseMinutes,
        Long resolutionMinutes,
        boolean sample)
        implements Serializable {

    public static EServiceView of(EService service) {
        return new EServiceView(
                service.getCode(),
                service.getName(),
                service.getInstitution().getCode(),
                service.getInstitution().getName(),
                service.getDescription(),
                service.getRequiredDocuments(),
                service.getStandardAnswer(),
                service.firstResponseTarget().map(Duration::toMinutes).orElse(null),
                service.resolutionTarget().map(Duration::toMinutes).orElse(null),
                service.isSample());
    }
}
