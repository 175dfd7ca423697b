package org.hotline.complaint;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A complaint as the agent takes it during the call (or the citizen types it on the web): who is accused, of what,
 * when and where, the narrative, and who complains unless anonymous; the call it came on and the secure document it is
 * about (an electronic document an office refused), where there are.
 */
public record NewComplaint(
        @NotBlank @Size(max = 32) String institutionCode,
        @Size(max = 200) String office,
        @Size(max = 200) String accusedName,
        @Size(max = 64) String accusedEmployeeId,
        @Size(max = 1000) String accusedDescription,
        @Size(max = 32) String eServiceCode,
        @NotNull Allegation allegation,
        @PastOrPresent LocalDate occurredOn,
        @Size(max = 200) String place,
        @NotBlank @Size(max = 10_000) String narrative,
        boolean anonymous,
        @Size(max = 200) String complainantName,
        @Size(max = 40) String complainantPhone,
        @Size(max = 32) String complainantNationalId,

        @Size(max = 64) @Pattern(regexp = "[0-9]{1,20}\\.[0-9]{1,10}")
        String callLinkedid,

        @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/-]{0,39}")
        String secureDocumentNumber) {

    /** Someone must be accused: a name, an employee number, or a description. */
    @AssertTrue(message = "name the employee, give their number, or describe them")
    public boolean isAccusedNamed() {
        return !blank(accusedName) || !blank(accusedEmployeeId) || !blank(accusedDescription);
    }

    /** A named complaint says who complains and how to reach them. */
    @AssertTrue(message = "a named complaint needs the complainant's name and phone")
    public boolean isComplainantGivenUnlessAnonymous() {
        return anonymous || (!blank(complainantName) && !blank(complainantPhone));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
