package org.shengshi.catalog.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Ranks drawn by a Zipf law: rank {@code k} (0-based) of {@code n} with probability
 * proportional to {@code 1 / (k + 1)^s}. Seeded, so every run asks the same queries.
 */
final class ZipfQueries {

	private final double[] cumulative;

	private final SplittableRandom random;

	ZipfQueries(int n, double s, long seed) {
		this.cumulative = new double[n];
		double sum = 0;
		for (int k = 0; k < n; k++) {
			sum += 1 / Math.pow(k + 1, s);
			this.cumulative[k] = sum;
		}
		for (int k = 0; k < n; k++) {
			this.cumulative[k] /= sum;
		}
		this.random = new SplittableRandom(seed);
	}

	int[] ranks(int count) {
		int[] ranks = new int[count];
		for (int i = 0; i < count; i++) {
			int at = Arrays.binarySearch(this.cumulative, this.random.nextDouble());
			ranks[i] = Math.min(this.cumulative.length - 1, (at >= 0) ? at : -at - 1);
		}
		return ranks;
	}

	static int distinct(int[] ranks) {
		return (int) Arrays.stream(ranks).distinct().count();
	}

}
