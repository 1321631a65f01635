package org.shengshi.certificate.bench;

import java.lang.management.ManagementFactory;

import com.sun.management.ThreadMXBean;
import org.shengshi.certificate.presentation.QrCodes;

/**
 * CPU time and memory of rendering one presentation's QR code (256 pixels, as the wallet
 * shows it), on one thread, in rounds of 1,500 codes. Run with
 * {@code java -cp … org.shengshi.certificate.bench.QrCodesCpu [rounds]} after
 * {@code test-compile}; not part of the test suite.
 */
public final class QrCodesCpu {

	private static final int CODES = 1_500;

	private QrCodesCpu() {
	}

	public static void main(String[] args) {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 4;
		ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
		String content = "https://127.0.0.1/v/" + "Ab3_-x".repeat(8);
		long bytes = 0;
		for (int round = 1; round <= rounds; round++) {
			long cpu = threads.getCurrentThreadCpuTime();
			long allocated = threads.getCurrentThreadAllocatedBytes();
			for (int i = 0; i < CODES; i++) {
				bytes += QrCodes.png(content + i, 256).length;
			}
			System.out.printf("round %d: %.3f ms CPU, %.0f KB allocated per code%n", round,
					(threads.getCurrentThreadCpuTime() - cpu) / 1e6 / CODES,
					(threads.getCurrentThreadAllocatedBytes() - allocated) / 1024.0 / CODES);
		}
		System.out.printf("%.0f bytes of PNG per code on average%n", (double) bytes / rounds / CODES);
	}

}
