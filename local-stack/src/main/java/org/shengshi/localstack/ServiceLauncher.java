package org.shengshi.localstack;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts one service jar as a child JVM ({@code java -jar}) with its environment and
 * waits for {@code /actuator/health/readiness} to report UP.
 */
final class ServiceLauncher {

	private ServiceLauncher() {
	}

	static ChildProcess start(PlatformService service, StackConfig config, DevSecrets secrets, RunningStack stack,
			Progress.Step step) {
		ChildProcess process = stack.add(service.module(),
				ChildProcess.start(service.module(), command(service, config),
						ServiceEnvironment.of(service, config, secrets), config.repoDir(),
						config.logDir().resolve(service.module() + ".log")));
		URI readiness = URI.create(config.serviceUrl(service) + "/actuator/health/readiness");
		ReadinessWait.await(readiness, ServiceLauncher::isUp, config.serviceTimeout(), process, step);
		return process;
	}

	static List<String> command(PlatformService service, StackConfig config) {
		List<String> command = new ArrayList<>();
		command.add(javaExecutable());
		command.addAll(config.serviceJavaOptions());
		command.add("-Dfile.encoding=UTF-8");
		command.add("-jar");
		command.add(config.jar(service).toString());
		return command;
	}

	static boolean isUp(HttpResponse<String> response) {
		return response.statusCode() == 200 && response.body().contains("\"UP\"");
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
