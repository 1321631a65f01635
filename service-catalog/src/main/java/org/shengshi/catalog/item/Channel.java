package org.shengshi.catalog.item;

/** Where an item can be handled (办理渠道). */
public enum Channel {

	/** The online service portal (网上办). */
	ONLINE("网上办"),
	/** A service window in a government service centre (窗口办). */
	WINDOW("窗口办"),
	/** The mobile app or mini program (掌上办). */
	MOBILE("掌上办");

	private final String label;

	Channel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
