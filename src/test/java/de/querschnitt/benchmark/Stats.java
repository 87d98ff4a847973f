package de.querschnitt.benchmark;

import java.util.Arrays;
import java.util.List;

/** Percentiles by the nearest-rank method (p99 of 100 samples is the 99th smallest). */
record Stats(int count, double p50, double p95, double p99, double max, double mean) {

    static Stats of(List<Double> samples) {
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Stats(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[sorted.length - 1],
                Arrays.stream(sorted).average().orElse(Double.NaN));
    }

    static double median(List<Double> samples) {
        return of(samples).p50();
    }

    private static double rank(double[] sorted, double percentile) {
        int rank = (int) Math.ceil(percentile / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
