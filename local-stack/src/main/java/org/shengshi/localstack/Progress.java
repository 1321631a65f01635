package org.shengshi.localstack;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Numbered progress lines:
 * {@code [ 3/12] Starting MariaDB on 127.0.0.1:3307 ... ok (6.1 s)}.
 */
final class Progress {

	private final PrintStream out;

	private final int total;

	private int current;

	Progress(PrintStream out, int total) {
		this.out = out;
		this.total = total;
	}

	Step begin(String text) {
		this.current++;
		int width = String.valueOf(this.total).length();
		this.out.printf(Locale.ROOT, "[%" + width + "d/%d] %s ...", this.current, this.total, text);
		this.out.flush();
		return new Step(this.out, System.nanoTime());
	}

	/**
	 * One running step; {@link #dot()} shows that a long wait is still alive.
	 */
	static final class Step {

		private final PrintStream out;

		private final long startNanos;

		private boolean finished;

		private Step(PrintStream out, long startNanos) {
			this.out = out;
			this.startNanos = startNanos;
		}

		void dot() {
			this.out.print('.');
			this.out.flush();
		}

		void ok() {
			finish("ok");
		}

		void ok(String note) {
			finish("ok, " + note);
		}

		void failed() {
			finish("FAILED");
		}

		void stopped() {
			finish("stopped");
		}

		double elapsedSeconds() {
			return (System.nanoTime() - this.startNanos) / 1e9;
		}

		private void finish(String outcome) {
			if (this.finished) {
				return;
			}
			this.finished = true;
			this.out.printf(Locale.ROOT, " %s (%.1f s)%n", outcome, elapsedSeconds());
			this.out.flush();
		}

	}

}
