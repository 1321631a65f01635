package org.shengshi.catalog.seed;

import java.util.List;

import org.shengshi.catalog.item.ServiceWindow;

/**
 * A department of the seed; items without windows of their own inherit the department's.
 */
public record Department(String code, String name, List<ServiceWindow> windows) {

	public Department {
		windows = (windows != null) ? List.copyOf(windows) : List.of();
	}

}
