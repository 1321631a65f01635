package org.shengshi.e2e.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessCpuTest {

	@Test
	void countsTheTicksOfTheCompilerThreadsOnly(@TempDir Path tasks) throws IOException {
		// the layout of /proc/<pid>/task/<tid>/stat: utime and stime are fields 14 and 15
		thread(tasks, 11, "C2 CompilerThre", 700, 50);
		thread(tasks, 12, "C1 CompilerThre", 30, 5);
		thread(tasks, 13, "http-nio-8081-exec-1", 9000, 900);
		thread(tasks, 14, "reactor-http-epoll-1", 4000, 400);

		assertThat(ProcessCpu.compilerTicks(tasks)).isEqualTo(700 + 50 + 30 + 5);
	}

	@Test
	void aThreadNameWithSpacesAndParenthesesIsReadWhole(@TempDir Path tasks) throws IOException {
		thread(tasks, 21, "C2 CompilerThre", 12, 3);
		thread(tasks, 22, "odd (name) 1", 500, 500);

		assertThat(ProcessCpu.compilerTicks(tasks)).isEqualTo(15);
	}

	@Test
	void aProcessThatIsGoneCountsNothing(@TempDir Path dir) {
		assertThat(ProcessCpu.compilerTicks(dir.resolve("no-such-process"))).isZero();
	}

	private static void thread(Path tasks, int tid, String name, long utime, long stime) throws IOException {
		Path dir = Files.createDirectories(tasks.resolve(Integer.toString(tid)));
		String stat = tid + " (" + name + ") S 1 1 1 0 -1 4194368 100 0 0 0 " + utime + " " + stime
				+ " 0 0 20 0 1 0 100 1000 10 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 -1 1 0 0 0 0 0";
		Files.writeString(dir.resolve("stat"), stat);
	}

}
