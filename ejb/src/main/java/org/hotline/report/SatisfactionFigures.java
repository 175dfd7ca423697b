package org.hotline.report;

import java.io.Serializable;

/**
 * One row of the satisfaction report: the calls whose caller was asked ({@code offered}), those who gave a rating
 * ({@code answered}) and the response rate (answered ÷ offered), the average rating (1 to 5), and of those who said
 * whether their problem was solved, how many said yes and the share. Rates and averages are null when there is
 * nothing to measure them on.
 */
public record SatisfactionFigures(
        String key,
        long offered,
        long answered,
        Double responseRate,
        Double averageRating,
        long solvedAnswers,
        long solved,
        Double solvedShare)
        implements Serializable {

    static SatisfactionFigures of(
            String key, long offered, long answered, long ratingSum, long solvedAnswers, long solved) {
        return new SatisfactionFigures(
                key,
                offered,
                answered,
                offered == 0 ? null : (double) answered / offered,
                answered == 0 ? null : Math.round(ratingSum * 100.0 / answered) / 100.0,
                solvedAnswers,
                solved,
                solvedAnswers == 0 ? null : (double) solved / solvedAnswers);
    }
}
