package org.shengshi.cases.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the holiday data: the built-in resource, then the operator's file or directory
 * (every {@code *.json} in it), whose years replace built-in years. Any unreadable or
 * inconsistent data fails the load with every problem listed.
 */
public final class HolidayCalendarLoader {

	static final String BUILT_IN = "calendar/cn-holidays.json";

	private static final Logger log = LoggerFactory.getLogger(HolidayCalendarLoader.class);

	private static final int MAX_OPERATOR_FILES = 100;

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private HolidayCalendarLoader() {
	}

	/** The notices shipped with the service. */
	public static WorkingDayCalendar builtIn() {
		return load(null);
	}

	/**
	 * The built-in notices overridden year by year by the operator's data.
	 * @param operatorPath a JSON file or a directory of JSON files; {@code null} for
	 * built-in data only
	 */
	public static WorkingDayCalendar load(Path operatorPath) {
		Map<Integer, HolidayNotice> byYear = new TreeMap<>();
		List<String> problems = new ArrayList<>();
		readBuiltIn().forEach((notice) -> addNotice(byYear, notice, BUILT_IN, problems));
		String origin = "classpath:" + BUILT_IN;
		if (operatorPath != null) {
			origin += " + " + operatorPath;
			Map<Integer, HolidayNotice> operator = new TreeMap<>();
			for (Path file : operatorFiles(operatorPath)) {
				read(file).forEach((notice) -> addNotice(operator, notice, file.toString(), problems));
			}
			byYear.putAll(operator);
			log.info("holiday calendar: operator data at {} supplies years {}", operatorPath, operator.keySet());
		}
		if (!problems.isEmpty()) {
			throw new CalendarDataException(origin, problems);
		}
		WorkingDayCalendar calendar = new WorkingDayCalendar(byYear, origin);
		log.info("holiday calendar loaded from {}: notices for years {}", origin, byYear.keySet());
		return calendar;
	}

	private static void addNotice(Map<Integer, HolidayNotice> byYear, HolidayNotice notice, String file,
			List<String> problems) {
		if (notice == null) {
			problems.add(file + ": empty notice entry");
			return;
		}
		if (byYear.put(notice.year(), notice) != null) {
			problems.add(file + ": year " + notice.year() + " is given more than once");
		}
	}

	private static List<HolidayNotice> readBuiltIn() {
		try (InputStream in = HolidayCalendarLoader.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
			if (in == null) {
				throw new IllegalStateException("built-in holiday data " + BUILT_IN + " is missing");
			}
			return parse(in, BUILT_IN);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<HolidayNotice> read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return parse(in, file.toString());
		}
		catch (IOException ex) {
			throw new CalendarDataException(file.toString(), List.of("cannot read: " + ex.getMessage()));
		}
	}

	private static List<HolidayNotice> parse(InputStream in, String origin) {
		try {
			HolidayFile file = JSON.readValue(in, HolidayFile.class);
			if (file == null || file.notices() == null) {
				throw new CalendarDataException(origin, List.of("no \"notices\" array"));
			}
			return file.notices();
		}
		catch (JacksonException ex) {
			throw new CalendarDataException(origin, List.of("not valid holiday JSON: " + ex.getOriginalMessage()));
		}
	}

	private static List<Path> operatorFiles(Path path) {
		if (Files.isRegularFile(path)) {
			return List.of(path);
		}
		if (!Files.isDirectory(path)) {
			throw new CalendarDataException(path.toString(), List.of("no such file or directory"));
		}
		try (Stream<Path> files = Files.list(path)) {
			List<Path> json = files.filter((file) -> file.getFileName().toString().endsWith(".json"))
				.filter(Files::isRegularFile)
				.sorted()
				.limit(MAX_OPERATOR_FILES + 1)
				.toList();
			if (json.isEmpty() || json.size() > MAX_OPERATOR_FILES) {
				throw new CalendarDataException(path.toString(),
						List.of("expected 1 to " + MAX_OPERATOR_FILES + " *.json files, found " + json.size()));
			}
			return json;
		}
		catch (IOException ex) {
			throw new CalendarDataException(path.toString(), List.of("cannot list: " + ex.getMessage()));
		}
	}

	/** The file format: {@code {"notices": [ ... ]}}. */
	record HolidayFile(List<HolidayNotice> notices) {
	}

}
